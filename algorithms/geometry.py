"""The geometry half of the reading step: features to what the maths needs (no layer is read twice).

Centroids, areas and perimeters come from each feature's geometry; polygon contiguity (queen/rook) and
the length of the boundary two units share come from GEOS through a QGIS spatial index, with a snapping
tolerance that closes slivers and tiny gaps between neighbouring areas.
"""

from dataclasses import dataclass, field

import numpy as np

from qgis.core import QgsGeometry, QgsProcessingException, QgsRectangle, QgsSpatialIndex

from ..compat import GEOMETRY_POLYGON
from ..translation import tr

CHECK_EVERY = 200


@dataclass
class FeatureGeometry:
    """Per-unit geometry measures (NaN for empty geometries) and the ids of problem features."""

    centroids: np.ndarray
    areas: np.ndarray
    perimeters: np.ndarray
    empty_ids: list = field(default_factory=list)
    repaired_ids: list = field(default_factory=list)
    geometries: list = field(default_factory=list)


def require_projected(crs, what):
    """Distances and areas need metres: refuse a geographic CRS with a suggestion."""
    if not crs.isValid():
        return False  # unknown CRS: the caller warns that map units are taken as metres
    if crs.isGeographic():
        raise QgsProcessingException(tr(
            "{} needs a projected coordinate reference system (metres), but the layer is in {} "
            "(degrees). Reproject it first, e.g. to ETRS-TM35FIN (EPSG:3067) for Finland.").format(
                what, crs.authid() or crs.description()))
    return True


def measure(features, feedback, progress_from=0.0, progress_to=10.0):
    """Centroids (x, y), areas and perimeters of ``features``; invalid geometries are repaired."""
    n = len(features)
    centroids = np.full((n, 2), np.nan)
    areas = np.full(n, np.nan)
    perimeters = np.full(n, np.nan)
    result = FeatureGeometry(centroids, areas, perimeters)
    for i, feature in enumerate(features):
        if i % CHECK_EVERY == 0:
            _check(feedback, progress_from + (progress_to - progress_from) * i / max(n, 1))
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            result.empty_ids.append(feature.id())
            result.geometries.append(None)
            continue
        if not geometry.isGeosValid():
            repaired = geometry.makeValid()
            if not repaired.isNull() and not repaired.isEmpty():
                geometry = repaired
                result.repaired_ids.append(feature.id())
        point = geometry.centroid().asPoint()
        centroids[i] = (point.x(), point.y())
        areas[i] = geometry.area()
        perimeters[i] = _perimeter(geometry) if geometry.type() == GEOMETRY_POLYGON else 0.0
        result.geometries.append(geometry)
    return result


def _perimeter(polygon):
    """Boundary length of a (multi)polygon, holes included."""
    boundary = QgsGeometry(polygon.constGet().boundary())
    return boundary.length()


def contiguity_pairs(geometries, tolerance, feedback, progress_from=10.0, progress_to=40.0):
    """Neighbour pairs (i < j) of polygons, with the length of the boundary they share.

    Queen neighbours are polygons within ``tolerance`` of each other (touching at a point suffices); the
    shared length is the part of i's boundary within ``tolerance`` of j (0 for a corner touch when
    ``tolerance`` is 0). Snapping lengthens every contact by about ``tolerance`` at each end (a corner touch
    measures about 2 x ``tolerance``), so rook neighbours are the pairs with ``is_rook(length, tolerance)``.
    Returns arrays i, j, length.
    """
    index = QgsSpatialIndex()
    for i, geometry in enumerate(geometries):
        if geometry is not None:
            index.addFeature(i, geometry.boundingBox())
    pairs_i, pairs_j, lengths = [], [], []
    n = len(geometries)
    for i, geometry in enumerate(geometries):
        if i % CHECK_EVERY == 0:
            _check(feedback, progress_from + (progress_to - progress_from) * i / max(n, 1))
        if geometry is None:
            continue
        box = QgsRectangle(geometry.boundingBox())
        box.grow(tolerance)
        candidates = [j for j in index.intersects(box) if j > i]
        if not candidates:
            continue
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        boundary = QgsGeometry(geometry.constGet().boundary())
        for j in candidates:
            other = geometries[j]
            if engine.distance(other.constGet()) > tolerance:
                continue
            near = other.buffer(tolerance, 4) if tolerance > 0 else other
            pairs_i.append(i)
            pairs_j.append(j)
            lengths.append(boundary.intersection(near).length())
    return np.array(pairs_i, dtype=np.intp), np.array(pairs_j, dtype=np.intp), np.array(lengths, float)


def is_rook(shared, tolerance):
    """Rook pairs among contiguity pairs: a shared border longer than ``tolerance`` once the 2 x ``tolerance``
    that snapping adds at its two ends is taken off (shared > 3 x tolerance; shared > 0 without snapping)."""
    return np.asarray(shared) > 3.0 * tolerance


def _check(feedback, progress):
    if feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled."))
    feedback.setProgress(progress)
