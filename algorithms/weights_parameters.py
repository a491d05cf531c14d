"""Spatial-weights parameters shared by every algorithm that needs neighbours, and the weights builder.

Weights are built once per run from the features already read (no second pass over the layer) and
carry their spec, which the algorithms write into their outputs.
"""

from pathlib import Path

import numpy as np

from qgis.core import (QgsProcessingException, QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber)

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, PARAMETER_ADVANCED
from ..core import weights as W
from ..core.table import list_ids
from ..translation import tr
from .geometry import contiguity_pairs, is_rook, require_projected

WEIGHTS = "WEIGHTS"
TOLERANCE = "TOLERANCE"
K = "K"
DISTANCE = "DISTANCE"
KERNEL = "KERNEL"
BANDWIDTH = "BANDWIDTH"
ISLANDS = "ISLANDS"
WITHIN_REGIONS = "WITHIN_REGIONS"
WEIGHTS_FILE = "WEIGHTS_FILE"

QUEEN, ROOK, KNN, BAND, KERNEL_WEIGHTS, FROM_FILE = range(6)
METHOD_IDS = ("queen", "rook", "knn", "distance_band", "kernel", "file")
KERNEL_IDS = W.KERNELS
KEEP_ISLANDS, ATTACH_NEAREST = range(2)


def method_options():
    return [tr("Queen contiguity (shared border or corner)"), tr("Rook contiguity (shared border)"),
            tr("K nearest neighbours"), tr("Distance band"), tr("Kernel"), tr("From a GAL/GWT file")]


def kernel_options():
    return [tr("Triangular"), tr("Uniform"), tr("Epanechnikov"), tr("Quartic (bisquare)"), tr("Gaussian")]


def add_weights_parameters(algorithm, default_method=QUEEN, advanced=True, default_kernel=0,
                           bandwidth_label=None):
    """Declare the weights parameters on ``algorithm`` (``advanced``: shown under Advanced parameters)."""
    extra = [
        QgsProcessingParameterEnum(WEIGHTS, tr("Spatial weights (neighbours)"), options=method_options(),
                                   defaultValue=default_method),
        QgsProcessingParameterNumber(TOLERANCE, tr("Contiguity snapping tolerance (map units, closes slivers "
                                                   "and gaps)"), type=NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0),
        QgsProcessingParameterNumber(K, tr("Number of neighbours k (KNN, adaptive kernel, islands)"),
                                     type=NUMBER_INTEGER, defaultValue=6, minValue=1),
        QgsProcessingParameterNumber(DISTANCE, tr("Distance band threshold (map units)"), type=NUMBER_DOUBLE,
                                     defaultValue=1000.0, minValue=0.0),
        QgsProcessingParameterEnum(KERNEL, tr("Kernel function"), options=kernel_options(),
                                   defaultValue=default_kernel),
        QgsProcessingParameterNumber(BANDWIDTH, bandwidth_label or tr("Kernel bandwidth (map units; 0 = adaptive, "
                                                                      "k-th neighbour)"),
                                     type=NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0),
        QgsProcessingParameterEnum(ISLANDS, tr("Units without neighbours (islands)"),
                                   options=[tr("Keep without neighbours"), tr("Link to their k nearest units")],
                                   defaultValue=KEEP_ISLANDS),
        QgsProcessingParameterBoolean(WITHIN_REGIONS, tr("Neighbours only within the same region"),
                                      defaultValue=True),
        QgsProcessingParameterFile(WEIGHTS_FILE, tr("Weights file (GAL or GWT; ids = feature ids or the ID field)"),
                                   optional=True, fileFilter=tr("Weights files (*.gal *.GAL *.gwt *.GWT)")),
    ]
    for parameter in extra:
        if advanced:
            parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
        algorithm.addParameter(parameter)


def weights_settings(algorithm, parameters, context):
    """The weights parameters as a plain dict (method id, k, distances, kernel …)."""
    return {
        "method": METHOD_IDS[algorithm.parameterAsEnum(parameters, WEIGHTS, context)],
        "tolerance": algorithm.parameterAsDouble(parameters, TOLERANCE, context),
        "k": algorithm.parameterAsInt(parameters, K, context),
        "distance": algorithm.parameterAsDouble(parameters, DISTANCE, context),
        "kernel": KERNEL_IDS[algorithm.parameterAsEnum(parameters, KERNEL, context)],
        "bandwidth": algorithm.parameterAsDouble(parameters, BANDWIDTH, context),
        "attach_islands": algorithm.parameterAsEnum(parameters, ISLANDS, context) == ATTACH_NEAREST,
        "within_regions": algorithm.parameterAsBoolean(parameters, WITHIN_REGIONS, context),
        "file": algorithm.parameterAsFile(parameters, WEIGHTS_FILE, context),
    }


def build_weights(settings, geometry, crs, segments, ids, feedback, pairs=None):
    """SpatialWeights for the units (rows in feature order) from ``settings`` and measured geometry.

    ``geometry``: a ``FeatureGeometry``; ``segments``: the table's regions; ``ids``: text ids per unit
    (for weights files). Contiguity on a regular square grid uses the grid fast path (no GEOS).
    ``pairs``: contiguity pairs already found with ``contiguity_pairs`` (reused, not searched again).
    """
    method = settings["method"]
    regions = segments if settings["within_regions"] else None
    if geometry.empty_ids:
        raise QgsProcessingException(tr("Features {} have no geometry: spatial weights need every unit's "
                                        "location. Remove or fix them.").format(list_ids(geometry.empty_ids)))
    try:
        if method == "file":
            weights = _read_file(settings["file"], ids)
        elif method in ("queen", "rook"):
            weights = _contiguity(method, settings["tolerance"], geometry, regions, feedback, pairs)
        else:
            if not require_projected(crs, tr("Distance-based weights")):
                feedback.pushWarning(tr("The layer has no coordinate reference system: distances are taken "
                                        "in its map units as if they were metres."))
            weights = _distance_weights(settings, geometry.centroids, regions)
        if settings["attach_islands"] and len(weights.islands):
            if method in ("queen", "rook", "file") and not require_projected(
                    crs, tr("Linking islands to their nearest units")):
                feedback.pushWarning(tr("The layer has no coordinate reference system: distances are taken "
                                        "in its map units as if they were metres."))
            weights = W.attach_knn_to_islands(weights, geometry.centroids, settings["k"], regions=regions)
    except ValueError as error:
        raise QgsProcessingException(str(error)) from error
    weights.spec["crs"] = crs.authid()
    return weights


def regular_grid_cell(geometry):
    """Cell size when the units are the cells of a regular square grid (centres on a lattice, equal areas)."""
    cell = W.detect_grid(geometry.centroids)
    if cell is not None and np.allclose(geometry.areas, cell * cell, rtol=1e-6):
        return cell
    return None


def _contiguity(method, tolerance, geometry, regions, feedback, pairs=None):
    cell = regular_grid_cell(geometry)
    if cell is not None:
        feedback.pushInfo(tr("Regular grid of {:g} map-unit cells: contiguity from cell positions.").format(cell))
        return W.grid(geometry.centroids, cell, method, regions=regions)
    i, j, shared = pairs if pairs is not None else contiguity_pairs(geometry.geometries, tolerance, feedback)
    if method == "rook":
        keep = is_rook(shared, tolerance)
        i, j = i[keep], j[keep]
    spec = {"type": method, "tolerance": tolerance}
    return W.from_pairs(i, j, len(geometry.areas), spec=spec, regions=regions)


def shared_boundaries(geometry, pairs, tolerance=0.0):
    """Sparse shared-boundary lengths (Wong's D(w), D(s)): from the cell size on a regular grid, else from
    the GEOS ``pairs`` (i, j, length); with snapping, corner touches are dropped and the 2 x ``tolerance``
    that snapping adds at the two ends of a border is taken off."""
    cell = regular_grid_cell(geometry)
    if cell is not None:
        return W.grid_boundary_lengths(geometry.centroids, cell).sparse
    i, j, shared = pairs
    keep = is_rook(shared, tolerance)
    lengths = shared[keep] - 2.0 * tolerance if tolerance > 0 else shared[keep]
    return W.from_pairs(i[keep], j[keep], len(geometry.areas), values=lengths).sparse


def _distance_weights(settings, points, regions):
    if settings["method"] == "knn":
        return W.knn(points, settings["k"], regions=regions)
    if settings["method"] == "distance_band":
        return W.distance_band(points, settings["distance"], regions=regions)
    if settings["bandwidth"] > 0:
        return W.kernel(points, settings["kernel"], bandwidth=settings["bandwidth"], regions=regions)
    return W.kernel(points, settings["kernel"], k=settings["k"], regions=regions)


def _read_file(path, ids):
    if not path:
        raise QgsProcessingException(tr("Choose a GAL or GWT weights file."))
    suffix = Path(path).suffix.lower()
    reader = {".gal": W.read_gal, ".gwt": W.read_gwt}.get(suffix)
    if reader is None:
        raise QgsProcessingException(tr("Weights file '{}' is neither .gal nor .gwt.").format(path))
    weights, _ = reader(path, ids=ids)
    return weights

