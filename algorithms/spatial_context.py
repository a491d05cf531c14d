"""Parameters and building of the core's ``SpatialContext`` for the spatial and surface indices."""

import numpy as np

from qgis.core import (QgsCoordinateTransform, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField, QgsProject, QgsWkbTypes)

from ..compat import GEOMETRY_POLYGON, FIELD_ANY, PARAMETER_ADVANCED, SOURCE_VECTOR_ANY, WKB_NO_GEOMETRY, WKB_UNKNOWN, python_value
from ..core import BY_ID, SpatialContext
from ..core.geometry import UnitGeometry
from ..core.table import list_ids
from ..core.weights import KERNELS
from ..translation import tr
from .geometry import contiguity_pairs, measure
from .weights_parameters import (BANDWIDTH, KERNEL, add_weights_parameters, build_weights, shared_boundaries,
                                 weights_settings)

CENTER = "CENTER"
CENTERS = "CENTERS"
CENTER_REGION_FIELD = "CENTER_REGION_FIELD"
DECAY = "DECAY"

CENTER_IDS = ("centroid", "population", "points")
DECAY_IDS = ("massey_denton", "pysal")
GAUSSIAN = KERNELS.index("gaussian")


def add_spatial_parameters(algorithm):
    """Weights, bandwidth/kernel, centre and distance-decay parameters (all advanced)."""
    add_weights_parameters(algorithm, advanced=True, default_kernel=GAUSSIAN, bandwidth_label=tr(
        "Bandwidth of the surface (kernel-smoothed) indices, map units (0 = none); also kernel weights"))
    parameters = [
        QgsProcessingParameterEnum(CENTER, tr("Centre for centralization"), options=[
            tr("Region centroid (mean of unit centroids)"), tr("Population-weighted mean centre"),
            tr("Nearest point of the centre layer")], defaultValue=0),
        QgsProcessingParameterFeatureSource(CENTERS, tr("Centre points (polycentric cities)"),
                                            [SOURCE_VECTOR_ANY], optional=True),
        QgsProcessingParameterField(CENTER_REGION_FIELD, tr("Region of each centre point (field of the centre layer)"),
                                    parentLayerParameterName=CENTERS, type=FIELD_ANY, optional=True),
        QgsProcessingParameterEnum(DECAY, tr("Distance-decay convention"), options=[
            tr("Massey & Denton 1988: exp(-distance in km)"), tr("PySAL 2.5 compatible")], defaultValue=0),
    ]
    for parameter in parameters:
        parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
        algorithm.addParameter(parameter)


def geometry_type(source):
    return QgsWkbTypes.geometryType(source.wkbType())


def has_geometry(source):
    return source.wkbType() not in (WKB_NO_GEOMETRY, WKB_UNKNOWN)


def wants_geometry(source, indices):
    """True when the run needs geometry: spatial ids chosen, or the default (None) on a layer with geometry."""
    return has_geometry(source) and (indices is None or any(i not in BY_ID for i in indices))


def build_spatial_context(algorithm, parameters, context, source, features, table, indices, feedback):
    """A ``SpatialContext`` for the units read (input order), computing only what ``indices`` need."""
    crs = source.sourceCrs()
    geometry = measure(features, feedback, 60, 65)
    if geometry.empty_ids:
        raise QgsProcessingException(tr(
            "Features {} have no geometry, so spatial indices cannot place them. Remove or repair them, or "
            "choose only aspatial indices.").format(list_ids(geometry.empty_ids)))
    settings = weights_settings(algorithm, parameters, context)
    settings["within_regions"] = True  # spatial indices compare each region with itself only
    polygons = geometry_type(source) == GEOMETRY_POLYGON
    contiguity = settings["method"] in ("queen", "rook")
    needs_pairs = polygons and (contiguity or indices is None or any(
        i in ("boundary_spatial_dissimilarity", "perimeter_area_dissimilarity") for i in indices))
    pairs = contiguity_pairs(geometry.geometries, settings["tolerance"], feedback, 65, 75) if needs_pairs else None
    binary, spec = None, None
    if polygons or not contiguity:  # points and lines have no contiguity: spatial D needs KNN/distance weights
        weights = build_weights(settings, geometry, crs, table.segments, [str(f.id()) for f in features],
                                feedback, pairs=pairs)
        binary, spec = weights.sparse.copy(), weights.spec
        binary.data[:] = 1.0
    boundaries = shared_boundaries(geometry, pairs, settings["tolerance"]) if pairs is not None else None
    geographic = crs.isValid() and crs.isGeographic()
    try:
        unit_geometry = UnitGeometry(geometry.centroids, geometry.areas, geometry.perimeters if polygons else None,
                                     boundaries, crs_is_geographic=geographic, crs=crs.authid())
    except ValueError as error:
        raise QgsProcessingException(str(error)) from error
    center, center_codes = _centres(algorithm, parameters, context, crs, table, feedback)
    return SpatialContext(
        geometry=unit_geometry, contiguity=binary,
        bandwidth=algorithm.parameterAsDouble(parameters, BANDWIDTH, context),
        kernel=KERNELS[algorithm.parameterAsEnum(parameters, KERNEL, context)],
        center=center, center_codes=center_codes,
        convention=DECAY_IDS[algorithm.parameterAsEnum(parameters, DECAY, context)]), spec


def _centres(algorithm, parameters, context, crs, table, feedback):
    """('centroid' | 'population', None) or (points [m, 2], region code per point or None)."""
    choice = CENTER_IDS[algorithm.parameterAsEnum(parameters, CENTER, context)]
    if choice != "points":
        return choice, None
    centres = algorithm.parameterAsSource(parameters, CENTERS, context)
    if centres is None:
        raise QgsProcessingException(tr("Choose the centre point layer for centralization."))
    transform = QgsCoordinateTransform(centres.sourceCrs(), crs, QgsProject.instance())
    field = algorithm.parameterAsString(parameters, CENTER_REGION_FIELD, context) or None
    index = centres.fields().lookupField(field) if field else -1
    points, labels = [], []
    for feature in centres.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        point = geometry.centroid().asPoint()
        points.append((point.x(), point.y()))
        labels.append(python_value(feature.attributes()[index]) if index >= 0 else None)
    if not points:
        raise QgsProcessingException(tr("The centre point layer has no points."))
    if index < 0:
        return np.array(points), None
    lookup = {label: code for code, label in enumerate(table.region_labels)}
    regions = [None if v is None else str(v) for v in labels]
    codes = np.array([lookup.get(v, -1) for v in regions], dtype=np.intp)
    unmatched = sorted({_label(v) for v, code in zip(regions, codes) if code < 0})
    if (codes < 0).all():  # every centralization value would be empty: a wrong field or other region codes
        raise QgsProcessingException(tr(
            "No centre point's region in '{field}' is a region of the units: {codes} (the units' regions are "
            "{regions}).").format(field=field, codes=list_ids(unmatched),
                                  regions=list_ids(_label(v) for v in table.region_labels)))
    if len(unmatched):
        feedback.pushWarning(tr("{} centre points have a region that no unit has; they are ignored.").format(
            int((codes < 0).sum())) + " (" + list_ids(unmatched) + ")")
    matched = set(codes.tolist())
    without = [_label(label) for code, label in enumerate(table.region_labels) if code not in matched]
    if without:
        feedback.pushWarning(tr("Regions without a centre point (their centralization indices are empty): {}").format(
            list_ids(without)))
    return np.array(points), codes


def _label(value):
    """A region label for a message: quoted, NULL for a missing one."""
    return "NULL" if value is None else f"'{value}'"

