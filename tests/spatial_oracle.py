"""Geometry of the reference data for the spatial tests, read with GDAL's ``osgeo.ogr``/``osgeo.osr`` only.

Sacramento's shapefile has no .prj: its coordinates are NAD83 lon/lat (EPSG:4269). PySAL's tests reproject
to UTM zone 10N (EPSG:26910) for the metric indices, and so do these readers. PySAL (geopandas) is imported
inside the ``pysal_*`` helpers only.
"""

import numpy as np
from osgeo import ogr, osr
from scipy import sparse

from conftest import SACRAMENTO_SHP, SAMPLE_GPKG

SACRAMENTO_GAL = SACRAMENTO_SHP.with_suffix(".gal")
LONLAT, UTM10N = 4269, 26910
PAAVO_LAYER = "paavo2019_pks"


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # x = lon/easting, y = lat/northing
    return srs


def read_polygons(path, fields, layer_name=None, source_epsg=None, target_epsg=None):
    """Fields (float arrays) and OGR geometries (reprojected if asked), in file order."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer()
    transform = None
    if target_epsg is not None and target_epsg != source_epsg:
        transform = osr.CoordinateTransformation(_srs(source_epsg), _srs(target_epsg))
    values, geometries = [], []
    for feature in layer:
        values.append([feature.GetField(name) for name in fields])
        geometry = feature.GetGeometryRef().Clone()
        if transform is not None:
            geometry.Transform(transform)
        geometries.append(geometry)
    del layer, dataset
    table = np.array([[np.nan if v is None else v for v in row] for row in values], dtype=float)
    return {name: table[:, k] for k, name in enumerate(fields)}, geometries


def measures(geometries):
    """Centroids [n, 2], areas and perimeters (holes included), as GEOS computes them (like geopandas)."""
    centroids = np.array([[g.Centroid().GetX(), g.Centroid().GetY()] for g in geometries])
    areas = np.array([g.GetArea() for g in geometries])
    perimeters = np.array([g.Boundary().Length() for g in geometries])
    return centroids, areas, perimeters


def read_gal(path, n):
    """A GAL file (1-based ids in file order) as a binary symmetric csr matrix."""
    lines = path.read_text().split("\n")[1:]
    rows, cols = [], []
    for head, body in zip(lines[0::2], lines[1::2]):
        if not head.strip():
            continue
        unit = int(head.split()[0]) - 1
        for other in body.split():
            rows.append(unit)
            cols.append(int(other) - 1)
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))


def shared_boundaries(geometries, pairs):
    """Symmetric sparse matrix of the length of the boundary shared by each candidate pair (i, j)."""
    n = len(geometries)
    coo = sparse.triu(pairs, k=1).tocoo()
    lengths = np.array([geometries[i].Intersection(geometries[j]).Length() for i, j in zip(coo.row, coo.col)])
    keep = lengths > 0
    matrix = sparse.coo_matrix((lengths[keep], (coo.row[keep], coo.col[keep])), shape=(n, n))
    return (matrix + matrix.T).tocsr()


def _rings(geometry):
    """Every ring of a (multi)polygon as an [m, 2] array of its vertices."""
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat == ogr.wkbPolygon:
        parts = [geometry]
    else:
        parts = [geometry.GetGeometryRef(k) for k in range(geometry.GetGeometryCount())]
    return [np.array(part.GetGeometryRef(r).GetPoints())[:, :2]
            for part in parts for r in range(part.GetGeometryCount())]


def contiguity(geometries, criterion="queen"):
    """Queen (a shared vertex) or rook (a shared edge) contiguity from exactly equal vertices, as libpysal
    builds it; binary, symmetric csr matrix without diagonal."""
    owners, keys = [], []
    for unit, geometry in enumerate(geometries):
        for ring in _rings(geometry):
            if criterion == "queen":
                keys.append(ring)
            else:  # an edge is the sorted pair of its end vertices
                ends = np.stack([ring[:-1], ring[1:]], axis=1)
                first, second = ends[:, 0], ends[:, 1]
                swap = (first[:, 0] > second[:, 0]) | ((first[:, 0] == second[:, 0]) & (first[:, 1] > second[:, 1]))
                ends[swap] = ends[swap][:, ::-1]
                keys.append(ends.reshape(len(ends), 4))
            owners.append(np.full(len(keys[-1]), unit))
    keys, owners = np.concatenate(keys), np.concatenate(owners)
    _, key_id = np.unique(keys, axis=0, return_inverse=True)
    incidence = sparse.csr_matrix((np.ones(len(owners)), (owners, key_id.ravel())))
    shared = (incidence @ incidence.T).tocsr()
    shared.setdiag(0)
    shared.eliminate_zeros()
    shared.data[:] = 1.0
    return shared


# --- the two reference data sets as arrays ---------------------------------------------------------------------

#: Our spatial index id -> PySAL 2.5.4 class (singlegroup). Same formulas with convention="pysal".
PYSAL_SPATIAL = {
    "spatial_dissimilarity": "SpatialDissim",
    "boundary_spatial_dissimilarity": "BoundarySpatialDissim",
    "perimeter_area_dissimilarity": "PARDissim",
    "spatial_proximity": "SpatialProximity",
    "absolute_clustering": "AbsoluteClustering",
    "relative_clustering": "RelativeClustering",
    "distance_decay_isolation": "DistanceDecayIsolation",
    "distance_decay_exposure": "DistanceDecayInteraction",
    "delta": "Delta",
    "absolute_concentration": "AbsoluteConcentration",
    "relative_concentration": "RelativeConcentration",
    "absolute_centralization": "AbsoluteCentralization",
    "relative_centralization": "RelativeCentralization",
}


def unit_geometry(geometries, contiguity_source, crs, geographic=False):
    """``UnitGeometry`` of OGR polygons; rook pairs (from ``contiguity_source``, the file's own vertices)
    give the shared boundary lengths, measured on ``geometries``."""
    from segregation_analysis.core.geometry import UnitGeometry
    centroids, areas, perimeters = measures(geometries)
    boundaries = shared_boundaries(geometries, contiguity(contiguity_source, "rook"))
    return UnitGeometry(centroids, areas, perimeters, boundaries, crs_is_geographic=geographic, crs=crs)


def sacramento():
    """Sacramento tracts: HISP_, TOT_POP, queen contiguity (shared vertices), and the geometry in UTM 10N
    (``utm``) and in lon/lat degrees (``lonlat``, flagged geographic)."""
    from osgeo import gdal
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # Length() of point intersections (corner neighbours)
    try:
        fields, lonlat = read_polygons(SACRAMENTO_SHP, ["HISP_", "TOT_POP"])
        _, utm = read_polygons(SACRAMENTO_SHP, ["HISP_"], source_epsg=LONLAT, target_epsg=UTM10N)
        return dict(x=fields["HISP_"], t=fields["TOT_POP"], queen=contiguity(lonlat),
                    utm=unit_geometry(utm, lonlat, "EPSG:26910"),
                    lonlat=unit_geometry(lonlat, lonlat, "EPSG:4269", geographic=True))
    finally:
        gdal.PopErrorHandler()


def paavo_sample(group="ko_perus", total="ko_ika18y"):
    """The plugin's Paavo sample (EPSG:3067) without rows whose group or total is NULL or -1: counts, the
    municipality code per unit, queen contiguity and geometry."""
    from osgeo import gdal
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(str(SAMPLE_GPKG))
        layer = dataset.GetLayerByName(PAAVO_LAYER)
        rows, geometries = [], []
        for feature in layer:
            rows.append((feature.GetField(group), feature.GetField(total), feature.GetField("kunta")))
            geometries.append(feature.GetGeometryRef().Clone())
        del layer, dataset
        keep = [k for k, (x, t, _) in enumerate(rows) if x is not None and t is not None and x != -1 and t != -1]
        geometries = [geometries[k] for k in keep]
        x = np.array([rows[k][0] for k in keep], float)
        t = np.array([rows[k][1] for k in keep], float)
        kunta = np.array([rows[k][2] for k in keep], dtype=object)
        return dict(x=x, t=t, kunta=kunta, keep=np.array(keep), queen=contiguity(geometries),
                    geometry=unit_geometry(geometries, geometries, "EPSG:3067"))
    finally:
        gdal.PopErrorHandler()


def pysal_sacramento_utm():
    """Sacramento as PySAL's tests use it: a GeoDataFrame reprojected with geopandas to EPSG:26910."""
    import geopandas as gpd
    return gpd.read_file(SACRAMENTO_SHP).set_crs(LONLAT).to_crs(UTM10N)


def pysal_paavo(keep):
    """The Paavo sample's kept rows as a GeoDataFrame (EPSG:3067), in the same order."""
    import geopandas as gpd
    return gpd.read_file(SAMPLE_GPKG, layer=PAAVO_LAYER).iloc[keep].reset_index(drop=True)


def pysal_spatial(index_id, frame, group, total, **kwargs):
    """PySAL's statistic for one of our spatial ids on a GeoDataFrame (one region)."""
    import warnings
    from segregation import singlegroup
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(getattr(singlegroup, PYSAL_SPATIAL[index_id])(frame, group, total, **kwargs).statistic)
