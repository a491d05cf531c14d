"""segregation:spatialweights through ``processing.run``, checked against libpysal (the reference implementation).

Neighbour sets are compared as sets of (id, id) pairs read back from the GAL/GWT files with ``libpysal.io.open``,
so the exchange files are checked at the same time. The references are built independently: libpysal's
Queen/Rook on the sample read with geopandas, ``lat2W`` for square grids, and hand-made layouts whose
neighbour counts are worked out below.
"""

import hashlib
import math
import warnings

import numpy as np
import pytest
from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsProcessingFeedback,
                       QgsVectorLayer)

from conftest import SAMPLE_LAYER, layer_rows

ALG = "segregation:spatialweights"
QUEEN, ROOK, KNN, BAND, KERNEL = range(5)
KERNELS = ["triangular", "uniform", "epanechnikov", "quartic", "gaussian"]  # the KERNEL options
KEEP, ATTACH = range(2)
SAMPLE_ISLANDS = ["00160", "00190", "00340", "00570", "00830", "00860"]  # archipelago postal areas

# A 250 m grid of 12 x 9 cells in ETRS-TM35FIN with a few holes (no cell there).
CELL, COLS, ROWS = 250.0, 12, 9
ORIGIN = (385000.0, 6672000.0)
HOLES = {(0, 0), (3, 4), (3, 5), (4, 5), (8, 11), (6, 0), (6, 1)}


# --- helpers ---------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_frame(sample_gpkg):
    """The sample read with geopandas (libpysal's usual input), not with QGIS."""
    import geopandas
    return geopandas.read_file(sample_gpkg, layer=SAMPLE_LAYER)


def sample_source(sample_gpkg):
    return f"{sample_gpkg}|layername={SAMPLE_LAYER}"


def libpysal_weights(kind, frame, **kwargs):
    import libpysal
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "not fully connected": the islands are the point of some tests
        return getattr(libpysal.weights, kind).from_dataframe(frame, ids="posti_alue", use_index=False, **kwargs)


def read_weights(path):
    """A GAL/GWT file read with libpysal.io.open."""
    import libpysal
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        handle = libpysal.io.open(str(path))
        try:
            return handle.read()
        finally:
            handle.close()


def pairs(w, self_links=False):
    """Directed (id, neighbour id) pairs of a libpysal W."""
    return {(i, j) for i, neighbours in w.neighbors.items() for j in neighbours if self_links or i != j}


class Messages(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.info, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.info.append(text)

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.warnings.append(text)


@pytest.fixture
def run_weights(segregation_provider, tmp_path):
    """``run_weights(parameters, file='w.gal') -> (results, output rows, feedback)``; the output layer is read
    into plain Python and dropped. ``file=None`` writes no weights file."""
    import processing
    from qgis.core import QgsMapLayer

    def run(parameters, file="w.gal"):
        parameters = dict(parameters)
        parameters.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
        if file:
            parameters.setdefault("OUTPUT_FILE", str(tmp_path / file))
        feedback = Messages()
        results = processing.run(ALG, parameters, feedback=feedback)
        output = results.pop("OUTPUT")
        if not isinstance(output, QgsMapLayer):
            output = QgsVectorLayer(output, "output", "ogr")
        assert output.isValid()
        rows = layer_rows(output)
        results["OUTPUT_FIELDS"] = output.fields().names()
        del output
        return results, rows, feedback
    return run


def run_error(run_weights, parameters):
    with pytest.raises(QgsProcessingException) as error:
        run_weights(parameters, file=None)
    return str(error.value)


@pytest.fixture
def wkt_layer():
    """``wkt_layer(geometry_type, fields, rows, wkts, crs='EPSG:3067')``: a memory layer from WKT geometries
    (None = no geometry). Layers are dropped after the test."""
    from segregation_analysis.compat import FIELD_DOUBLE, FIELD_INT, FIELD_STRING

    kinds = {"int": FIELD_INT, "double": FIELD_DOUBLE, "string": FIELD_STRING}
    made = []

    def make(geometry_type, fields, rows, wkts, crs="EPSG:3067"):
        layer = QgsVectorLayer(f"{geometry_type}?crs={crs}", "layer", "memory")
        assert layer.isValid()
        assert layer.dataProvider().addAttributes([QgsField(n, kinds[k]) for n, k in fields])
        layer.updateFields()
        features = []
        for values, wkt in zip(rows, wkts):
            feature = QgsFeature(layer.fields())
            feature.setAttributes(list(values))
            if wkt is not None:
                feature.setGeometry(QgsGeometry.fromWkt(wkt))
            features.append(feature)
        ok, _ = layer.dataProvider().addFeatures(features)
        assert ok
        made.append(layer)
        return layer

    yield make
    made.clear()


def square(x, y, size):
    return f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


def grid_cells():
    """(row, col) of every cell of the test grid, holes left out, row-major."""
    return [(r, c) for r in range(ROWS) for c in range(COLS) if (r, c) not in HOLES]


def cell_id(r, c):
    return f"r{r}c{c}"


def grid_layer(wkt_layer, jitter=0.0):
    """The test grid as polygons; ``jitter`` > 0 moves every lattice vertex by up to that many metres (the
    cells still tile the plane, so the neighbours are the same, but it is no longer a regular grid)."""
    def vertex(i, j):
        dx = jitter * math.sin(1.3 * i + 0.7 * j)
        dy = jitter * math.cos(0.9 * i - 1.1 * j)
        return ORIGIN[0] + j * CELL + dx, ORIGIN[1] + i * CELL + dy

    wkts = []
    for r, c in grid_cells():
        corners = [vertex(r, c), vertex(r, c + 1), vertex(r + 1, c + 1), vertex(r + 1, c), vertex(r, c)]
        wkts.append("POLYGON((" + ", ".join(f"{x!r} {y!r}" for x, y in corners) + "))")
    return wkt_layer("Polygon", [("cell", "string")], [[cell_id(r, c)] for r, c in grid_cells()], wkts)


def lattice_pairs(rook):
    """libpysal's lat2W neighbours of the full 12 x 9 lattice (ids row * COLS + col), holes removed."""
    import libpysal
    w = libpysal.weights.lat2W(ROWS, COLS, rook=rook)
    present = {r * COLS + c: cell_id(r, c) for r, c in grid_cells()}
    return {(present[i], present[j]) for i, neighbours in w.neighbors.items() for j in neighbours
            if i in present and j in present}


# Hand-made point layout: a 100 m square of four points and one point 4.9 km away.
POINTS = [(0, 0), (100, 0), (0, 100), (100, 100), (5000, 0)]
POINT_IDS = ["p0", "p1", "p2", "p3", "p4"]


def point_layer(wkt_layer, regions=("A", "A", "A", "A", "B"), crs="EPSG:3067"):
    x0, y0 = (380000.0, 6670000.0) if crs == "EPSG:3067" else (24.9, 60.2)
    scale = 1.0 if crs == "EPSG:3067" else 1e-5
    wkts = [f"POINT({x0 + x * scale!r} {y0 + y * scale!r})" for x, y in POINTS]
    return wkt_layer("Point", [("pid", "string"), ("region", "string")], list(zip(POINT_IDS, regions)), wkts, crs)


# --- contiguity on the sample against libpysal ----------------------------------------------------------------------

@pytest.mark.parametrize("method, kind", [(QUEEN, "Queen"), (ROOK, "Rook")])
def test_contiguity_equals_libpysal_on_the_sample(run_weights, sample_gpkg, sample_frame, tmp_path, method, kind):
    reference = libpysal_weights(kind, sample_frame)
    results, rows, feedback = run_weights({"INPUT": sample_source(sample_gpkg), "ID_FIELD": "posti_alue",
                                           "WEIGHTS": method})
    written = read_weights(results["OUTPUT_FILE"])
    assert sorted(written.id_order) == sorted(sample_frame["posti_alue"])  # text ids, leading zeros kept
    assert "00100" in written.id_order
    assert pairs(written) == pairs(reference)
    assert results["N_ISLANDS"] == len(reference.islands) == len(SAMPLE_ISLANDS)
    assert sorted(reference.islands) == SAMPLE_ISLANDS
    assert results["MEAN_NEIGHBOURS"] == pytest.approx(reference.mean_neighbors, abs=1e-12)
    assert results["N_COMPONENTS"] == reference.n_components
    assert any(all(i in text for i in SAMPLE_ISLANDS) for text in feedback.warnings)
    # the output layer: one row per feature, with its neighbour count, island flag and connected part
    assert results["OUTPUT_FIELDS"][-3:] == ["n_neighbours", "island", "component"]
    by_id = {row["posti_alue"]: row for row in rows}
    assert len(by_id) == len(rows) == len(sample_frame)
    for unit, neighbours in reference.neighbors.items():
        assert by_id[unit]["n_neighbours"] == len(neighbours), unit
        assert by_id[unit]["island"] == int(unit in SAMPLE_ISLANDS)
        assert by_id[unit]["_geometry"] is not None and not by_id[unit]["_geometry"].isEmpty()
    # the same partition into connected parts as libpysal's (labels may differ)
    labels = dict(zip(reference.id_order, reference.component_labels))
    mapping = {}
    for unit, row in by_id.items():
        assert mapping.setdefault(row["component"], labels[unit]) == labels[unit]
    assert len(mapping) == reference.n_components


def test_region_field_keeps_neighbours_within_regions(run_weights, sample_gpkg, sample_frame):
    reference = libpysal_weights("Queen", sample_frame)
    region = dict(zip(sample_frame["posti_alue"], sample_frame["kunta"]))
    results, rows, _ = run_weights({"INPUT": sample_source(sample_gpkg), "ID_FIELD": "posti_alue", "WEIGHTS": QUEEN,
                                    "REGION_FIELD": "kunta"})
    found = pairs(read_weights(results["OUTPUT_FILE"]))
    assert found and all(region[i] == region[j] for i, j in found)
    expected = {(i, j) for i, j in pairs(reference) if region[i] == region[j]}
    assert len(expected) < len(pairs(reference))  # the sample has neighbours across municipal borders
    assert found == expected
    isolated = {unit for unit in reference.id_order if not any(i == unit for i, _ in expected)}
    assert results["N_ISLANDS"] == len(isolated) and "00160" in isolated
    assert {row["posti_alue"] for row in rows if row["island"] == 1} == isolated


def test_without_region_field_neighbours_cross_municipal_borders(run_weights, sample_gpkg, sample_frame):
    region = dict(zip(sample_frame["posti_alue"], sample_frame["kunta"]))
    results, _, _ = run_weights({"INPUT": sample_source(sample_gpkg), "ID_FIELD": "posti_alue", "WEIGHTS": QUEEN,
                                 "WITHIN_REGIONS": True})
    assert any(region[i] != region[j] for i, j in pairs(read_weights(results["OUTPUT_FILE"])))


@pytest.mark.parametrize("regions", [False, True])
def test_attached_islands_equal_libpysal_attach_islands(run_weights, sample_gpkg, sample_frame, regions):
    import libpysal
    parameters = {"INPUT": sample_source(sample_gpkg), "ID_FIELD": "posti_alue", "WEIGHTS": QUEEN, "ISLANDS": ATTACH,
                  "K": 1}
    if regions:
        parameters["REGION_FIELD"] = "kunta"
    results, rows, _ = run_weights(parameters)
    found = pairs(read_weights(results["OUTPUT_FILE"]))
    if regions:  # Kauniainen (235) is a municipality of one postal area: nothing to link it to
        assert results["N_ISLANDS"] == 1
        assert [row["posti_alue"] for row in rows if row["island"]] == ["02700"]
        return
    assert results["N_ISLANDS"] == 0 and not any(row["island"] for row in rows)
    queen = libpysal_weights("Queen", sample_frame)
    nearest = libpysal_weights("KNN", sample_frame, k=1)  # on the polygons' centroids
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = libpysal.weights.util.attach_islands(queen, nearest)
    assert found == pairs(expected)
    for island in SAMPLE_ISLANDS:
        assert any(i == island for i, _ in found)


# --- the square-grid fast path ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("method, rook", [(QUEEN, False), (ROOK, True)])
def test_grid_fast_path_equals_lat2w_and_the_geos_path(run_weights, wkt_layer, method, rook):
    regular = grid_layer(wkt_layer)
    irregular = grid_layer(wkt_layer, jitter=6.0)
    results, rows, feedback = run_weights({"INPUT": regular, "ID_FIELD": "cell", "WEIGHTS": method}, file="grid.gal")
    fast = pairs(read_weights(results["OUTPUT_FILE"]))
    assert any("Regular grid of 250 map-unit cells" in text for text in feedback.info)
    results_geos, rows_geos, feedback_geos = run_weights({"INPUT": irregular, "ID_FIELD": "cell", "WEIGHTS": method},
                                                         file="geos.gal")
    del regular, irregular
    assert not any("Regular grid" in text for text in feedback_geos.info)  # the jittered cells take GEOS
    geos = pairs(read_weights(results_geos["OUTPUT_FILE"]))
    expected = lattice_pairs(rook)
    assert fast == expected
    assert geos == expected
    assert len(expected) == sum(row["n_neighbours"] for row in rows)
    assert [row["n_neighbours"] for row in rows] == [row["n_neighbours"] for row in rows_geos]
    assert results["MEAN_NEIGHBOURS"] == pytest.approx(results_geos["MEAN_NEIGHBOURS"])
    assert results["N_ISLANDS"] == 0 and results["N_COMPONENTS"] == 1


def test_grid_fast_path_equals_libpysal_queen_on_the_cells(run_weights, wkt_layer):
    import geopandas
    from shapely import wkt as shapely_wkt

    layer = grid_layer(wkt_layer)
    frame = geopandas.GeoDataFrame({"posti_alue": [f["cell"] for f in layer.getFeatures()]},
                                   geometry=[shapely_wkt.loads(f.geometry().asWkt()) for f in layer.getFeatures()],
                                   crs="EPSG:3067")
    results, _, _ = run_weights({"INPUT": layer, "ID_FIELD": "cell", "WEIGHTS": QUEEN})
    del layer
    assert pairs(read_weights(results["OUTPUT_FILE"])) == pairs(libpysal_weights("Queen", frame))


# --- distance-based weights on a hand-made layout --------------------------------------------------------------------

@pytest.mark.parametrize("parameters, islands, mean, components", [
    ({"WEIGHTS": KNN, "K": 2}, 0, 2.0, 1),  # every point gets 2; p4's nearest are p1 and p3
    ({"WEIGHTS": KNN, "K": 2, "REGION_FIELD": "region"}, 1, 8 / 5, 2),  # p4 is alone in region B
    ({"WEIGHTS": BAND, "DISTANCE": 120.0}, 1, 8 / 5, 2),  # square sides (100 m), not the diagonals (141 m)
    ({"WEIGHTS": BAND, "DISTANCE": 150.0}, 1, 12 / 5, 2),  # diagonals too
    ({"WEIGHTS": BAND, "DISTANCE": 5000.0}, 0, 18 / 5, 1),  # p4 reaches p1 (4900 m), p3 (4901 m), p0 (5000 m)
    ({"WEIGHTS": BAND, "DISTANCE": 120.0, "ISLANDS": ATTACH, "K": 1}, 0, 10 / 5, 1),  # p4 <-> p1, both ways
    ({"WEIGHTS": KERNEL, "KERNEL": 0, "BANDWIDTH": 120.0}, 1, 8 / 5, 2),
    ({"WEIGHTS": KERNEL, "KERNEL": 4, "BANDWIDTH": 150.0}, 1, 12 / 5, 2),
    ({"WEIGHTS": KERNEL, "KERNEL": 2, "BANDWIDTH": 0.0, "K": 2}, 0, 2.0, 1),  # adaptive: h = 2nd neighbour
])
def test_distance_methods_on_a_hand_made_layout(run_weights, wkt_layer, parameters, islands, mean, components):
    layer = point_layer(wkt_layer)
    results, rows, _ = run_weights(dict(parameters, INPUT=layer, ID_FIELD="pid"))
    del layer
    assert results["N_ISLANDS"] == islands
    assert results["MEAN_NEIGHBOURS"] == pytest.approx(mean, abs=1e-12)
    assert results["N_COMPONENTS"] == components
    assert sum(row["n_neighbours"] for row in rows) == round(mean * 5)


def test_knn_neighbours_by_hand(run_weights, wkt_layer):
    layer = point_layer(wkt_layer)
    results, _, _ = run_weights({"INPUT": layer, "ID_FIELD": "pid", "WEIGHTS": KNN, "K": 2})
    del layer
    assert pairs(read_weights(results["OUTPUT_FILE"])) == {
        ("p0", "p1"), ("p0", "p2"), ("p1", "p0"), ("p1", "p3"), ("p2", "p0"), ("p2", "p3"), ("p3", "p1"),
        ("p3", "p2"), ("p4", "p1"), ("p4", "p3")}


@pytest.mark.parametrize("kernel", KERNELS)
def test_kernel_gwt_equals_libpysal_kernel(run_weights, wkt_layer, kernel):
    import libpysal
    layer = point_layer(wkt_layer)
    points = np.array([[f.geometry().asPoint().x(), f.geometry().asPoint().y()] for f in layer.getFeatures()])
    results, _, _ = run_weights({"INPUT": layer, "ID_FIELD": "pid", "WEIGHTS": KERNEL, "KERNEL": KERNELS.index(kernel),
                                 "BANDWIDTH": 150.0}, file="kernel.gwt")
    del layer
    written = read_weights(results["OUTPUT_FILE"])
    name = {"epanechnikov": "quadratic"}.get(kernel, kernel)
    reference = libpysal.weights.Kernel(points, bandwidth=150.0, function=name, ids=POINT_IDS)
    # both keep each unit's own weight K(0) on the diagonal
    assert pairs(written, self_links=True) == pairs(reference, self_links=True)
    for unit in POINT_IDS:
        got = dict(zip(written.neighbors[unit], written.weights[unit]))
        want = dict(zip(reference.neighbors[unit], reference.weights[unit]))
        assert got == pytest.approx(want, rel=1e-12), unit


def test_gwt_of_contiguity_is_read_by_libpysal(run_weights, sample_gpkg, sample_frame):
    results, _, _ = run_weights({"INPUT": sample_source(sample_gpkg), "ID_FIELD": "posti_alue", "WEIGHTS": ROOK},
                                file="rook.gwt")
    written = read_weights(results["OUTPUT_FILE"])
    assert pairs(written) == pairs(libpysal_weights("Rook", sample_frame))
    assert set(written.id_order) == set(sample_frame["posti_alue"]) - set(SAMPLE_ISLANDS)  # GWT: islands have no line
    assert all(value == 1.0 for values in written.weights.values() for value in values)


def test_without_id_field_the_ids_are_feature_ids(run_weights, wkt_layer):
    layer = point_layer(wkt_layer)
    fids = [str(f.id()) for f in layer.getFeatures()]
    results, _, _ = run_weights({"INPUT": layer, "WEIGHTS": KNN, "K": 1})
    del layer
    assert sorted(read_weights(results["OUTPUT_FILE"]).id_order) == sorted(fids)


# --- refused and odd input ------------------------------------------------------------------------------------------

def test_duplicate_ids_are_refused(run_weights, sample_gpkg):
    message = run_error(run_weights, {"INPUT": sample_source(sample_gpkg), "ID_FIELD": "kunta", "WEIGHTS": QUEEN})
    assert "'kunta'" in message and "unique" in message


@pytest.mark.parametrize("method", [KNN, BAND, KERNEL])
def test_geographic_crs_is_refused_for_distance_methods(run_weights, wkt_layer, method):
    layer = point_layer(wkt_layer, crs="EPSG:4326")
    message = run_error(run_weights, {"INPUT": layer, "WEIGHTS": method, "BANDWIDTH": 100.0})
    del layer
    assert "EPSG:4326" in message and "EPSG:3067" in message and "projected" in message


def test_geographic_crs_is_fine_for_contiguity(run_weights, wkt_layer):
    wkts = [square(24.90, 60.20, 0.01), square(24.91, 60.20, 0.01), square(24.95, 60.20, 0.01)]
    layer = wkt_layer("Polygon", [("pid", "string")], [["a"], ["b"], ["c"]], wkts, crs="EPSG:4326")
    results, _, _ = run_weights({"INPUT": layer, "ID_FIELD": "pid", "WEIGHTS": QUEEN})
    del layer
    assert results["N_ISLANDS"] == 1 and pairs(read_weights(results["OUTPUT_FILE"])) == {("a", "b"), ("b", "a")}


@pytest.mark.parametrize("method", [QUEEN, ROOK])
def test_bow_tie_is_repaired_and_still_linked(run_weights, wkt_layer, method):
    bow_tie = "POLYGON((380000 6670000, 380100 6670100, 380100 6670000, 380000 6670100, 380000 6670000))"
    assert not QgsGeometry.fromWkt(bow_tie).isGeosValid()
    layer = wkt_layer("Polygon", [("pid", "string")], [["bow"], ["right"], ["far"]],
                      [bow_tie, square(380100, 6670000, 100), square(390000, 6670000, 100)])
    results, rows, _ = run_weights({"INPUT": layer, "ID_FIELD": "pid", "WEIGHTS": method})
    del layer
    assert pairs(read_weights(results["OUTPUT_FILE"])) == {("bow", "right"), ("right", "bow")}
    assert results["N_ISLANDS"] == 1
    assert [row["island"] for row in rows] == [0, 0, 1]


def test_empty_geometry_is_refused_with_its_feature_id(run_weights, wkt_layer):
    layer = wkt_layer("Polygon", [("pid", "string")], [["a"], ["b"], ["c"]],
                      [square(0, 0, 100), None, square(100, 0, 100)])
    empty = [f.id() for f in layer.getFeatures() if f["pid"] == "b"]
    message = run_error(run_weights, {"INPUT": layer, "WEIGHTS": QUEEN})
    del layer
    assert f"Features {empty[0]} have no geometry" in message


@pytest.mark.parametrize("parameters", [{"WEIGHTS": QUEEN}, {"WEIGHTS": ROOK}, {"WEIGHTS": KNN, "K": 3},
                                        {"WEIGHTS": BAND, "DISTANCE": 500.0},
                                        {"WEIGHTS": KERNEL, "BANDWIDTH": 500.0},
                                        {"WEIGHTS": QUEEN, "ISLANDS": ATTACH}])
def test_single_feature_layer_is_one_island(run_weights, wkt_layer, parameters):
    layer = wkt_layer("Polygon", [("pid", "string")], [["only"]], [square(380000, 6670000, 250)])
    results, rows, _ = run_weights(dict(parameters, INPUT=layer, ID_FIELD="pid"))
    del layer
    assert results["N_ISLANDS"] == 1 and results["MEAN_NEIGHBOURS"] == 0 and results["N_COMPONENTS"] == 1
    assert [(row["n_neighbours"], row["island"], row["component"]) for row in rows] == [(0, 1, 0)]
    assert read_weights(results["OUTPUT_FILE"]).id_order == ["only"]


def test_input_layer_is_unchanged(run_weights, wkt_layer, sample_gpkg):
    layer = grid_layer(wkt_layer)
    before = [(f.id(), f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()]
    fields = layer.fields().names()
    digest = hashlib.sha256(sample_gpkg.read_bytes()).hexdigest()
    results, rows, _ = run_weights({"INPUT": layer, "ID_FIELD": "cell", "WEIGHTS": QUEEN})
    run_weights({"INPUT": sample_source(sample_gpkg), "WEIGHTS": ROOK})
    assert layer.fields().names() == fields
    assert [(f.id(), f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()] == before
    del layer
    assert hashlib.sha256(sample_gpkg.read_bytes()).hexdigest() == digest
    assert results["OUTPUT_FIELDS"] == fields + ["n_neighbours", "island", "component"]
    assert [row["cell"] for row in rows] == [values[0] for _, values, _ in before]


def test_existing_field_names_get_a_suffix(run_weights, wkt_layer):
    layer = wkt_layer("Polygon", [("island", "int"), ("n_neighbours", "string")], [[7, "x"], [8, "y"]],
                      [square(0, 0, 100), square(100, 0, 100)])
    results, rows, _ = run_weights({"INPUT": layer, "WEIGHTS": ROOK}, file=None)
    del layer
    assert results["OUTPUT_FIELDS"] == ["island", "n_neighbours", "n_neighbours_2", "island_2", "component"]
    assert [(row["island"], row["n_neighbours_2"], row["island_2"]) for row in rows] == [(7, 1, 0), (8, 1, 0)]


def test_html_summary_escapes_ids(run_weights, wkt_layer, tmp_path):
    layer = wkt_layer("Polygon", [("pid", "string")], [["<b>x"], ["ok"]],
                      [square(0, 0, 100), square(500, 0, 100)])
    page = tmp_path / "summary.html"
    results, _, _ = run_weights({"INPUT": layer, "ID_FIELD": "pid", "WEIGHTS": QUEEN, "OUTPUT_HTML": str(page)},
                                file=None)
    del layer
    html = page.read_text(encoding="utf-8")
    assert results["N_ISLANDS"] == 2
    assert "<b>x" not in html and "&lt;b&gt;x" in html


# --- snapping tolerance ------------------------------------------------------------------------------------------

def tolerance_layer(wkt_layer):
    """a and b: 0.5 m apart along a 100 m border; c touches b at one corner only; d touches nothing."""
    return wkt_layer("Polygon", [("pid", "string")], [["a"], ["b"], ["c"], ["d"]],
                     [square(0, 0, 100), square(100.5, 0, 100), square(200.5, 100, 100), square(1000, 0, 100)])


@pytest.mark.parametrize("method, tolerance, expected", [
    (QUEEN, 0.0, {("b", "c")}),
    (ROOK, 0.0, set()),
    (QUEEN, 1.0, {("a", "b"), ("b", "c")}),  # the 0.5 m gap is closed
    (ROOK, 1.0, {("a", "b")}),  # a corner touch stays a queen-only link with snapping too
    (ROOK, 5.0, {("a", "b")}),
])
def test_tolerance_closes_gaps_but_corners_stay_corners(run_weights, wkt_layer, method, tolerance, expected):
    layer = tolerance_layer(wkt_layer)
    results, _, _ = run_weights({"INPUT": layer, "ID_FIELD": "pid", "WEIGHTS": method, "TOLERANCE": tolerance})
    del layer
    assert pairs(read_weights(results["OUTPUT_FILE"])) == expected | {(j, i) for i, j in expected}


@pytest.mark.parametrize("tolerance", [0.5, 5.0])
def test_rook_with_tolerance_equals_libpysal_rook_on_the_sample(run_weights, sample_gpkg, sample_frame, tolerance):
    """The sample has no gaps: snapping must not turn its corner-only (queen) contacts into rook links."""
    rook, queen = libpysal_weights("Rook", sample_frame), libpysal_weights("Queen", sample_frame)
    assert pairs(queen) - pairs(rook)  # there are corner-only contacts to get wrong
    results, _, _ = run_weights({"INPUT": sample_source(sample_gpkg), "ID_FIELD": "posti_alue", "WEIGHTS": ROOK,
                                 "TOLERANCE": tolerance})
    assert pairs(read_weights(results["OUTPUT_FILE"])) == pairs(rook)


def test_geographic_crs_is_refused_for_linking_islands(run_weights, wkt_layer):
    wkts = [square(24.90, 60.20, 0.01), square(24.91, 60.20, 0.01), square(24.95, 60.20, 0.01)]
    layer = wkt_layer("Polygon", [("pid", "string")], [["a"], ["b"], ["c"]], wkts, crs="EPSG:4326")
    message = run_error(run_weights, {"INPUT": layer, "WEIGHTS": QUEEN, "ISLANDS": ATTACH})
    del layer
    assert "EPSG:4326" in message and "EPSG:3067" in message
