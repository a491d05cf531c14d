"""Cluster polygons: linked significant High-High (and Low-Low) units dissolved into one feature per cluster."""

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsProcessingException, QgsWkbTypes

from ..compat import FIELD_DOUBLE, FIELD_INT, FIELD_STRING, SINK_FAST_INSERT
from ..core import lisa as L
from ..translation import tr
from .writing import plain, unique_name

OUTPUT_CLUSTERS = "OUTPUT_CLUSTERS"
#: Categories whose linked units form cluster polygons.
CLUSTER_CATEGORIES = (L.HIGH_HIGH, L.LOW_LOW)


def cluster_members(category, weights, categories=CLUSTER_CATEGORIES):
    """[(category code, unit indices)] per cluster: units of one category joined through the weights' links
    (in either direction), largest clusters first within each category."""
    category = np.asarray(category)
    matrix = weights.sparse.tocoo()
    clusters = []
    for code in categories:
        members = category == code
        if not members.any():
            continue
        keep = members[matrix.row] & members[matrix.col] & (matrix.row != matrix.col)
        links = sp.csr_matrix((np.ones(int(keep.sum())), (matrix.row[keep], matrix.col[keep])),
                              shape=matrix.shape)
        _, labels = connected_components(links, directed=True, connection="weak")
        member_labels = labels[members]
        index = np.flatnonzero(members)
        groups = [index[member_labels == label] for label in np.unique(member_labels)]
        groups.sort(key=lambda g: (-len(g), g[0]))
        clusters.extend((code, g) for g in groups)
    return clusters


def write_cluster_polygons(algorithm, parameters, context, source, features, clusters, result, values, regions,
                           population_field, group_fields, sums, feedback):
    """Write one dissolved feature per cluster to OUTPUT_CLUSTERS; returns (destination id, number written).

    ``sums``: {field: counts per unit} of the population and group fields (missing values skipped in the sums)."""
    fields = QgsFields()
    names = ["cluster_id", "cluster", "region", "n_units", "population"] + list(group_fields or []) + ["mean_value",
                                                                                                     "mean_statistic"]
    kinds = [FIELD_INT, FIELD_STRING, FIELD_STRING, FIELD_INT, FIELD_DOUBLE] + [FIELD_DOUBLE] * len(group_fields or []) \
        + [FIELD_DOUBLE, FIELD_DOUBLE]
    taken = []
    for name, kind in zip(names, kinds):
        name = unique_name(name, taken)
        taken.append(name)
        fields.append(QgsField(name, kind))
    geometry_type = QgsWkbTypes.multiType(source.wkbType())
    sink, dest_id = algorithm.parameterAsSink(parameters, OUTPUT_CLUSTERS, context, fields, geometry_type,
                                              source.sourceCrs())
    if sink is None:
        return None
    for number, (code, members) in enumerate(clusters, start=1):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        geometries = [features[i].geometry() for i in members if features[i].hasGeometry()]
        union = QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry()
        if not union.isNull():
            union.convertToMultiType()
        region_names = sorted({str(regions[i]) for i in members if regions is not None and regions[i] is not None})
        attributes = [number, L.CATEGORY_LABELS[int(code)], ", ".join(region_names) or None, len(members)]
        attributes.append(_sum(sums.get(population_field), members) if population_field else None)
        attributes += [_sum(sums[name], members) for name in (group_fields or [])]
        attributes += [_mean(values, members), _mean(result.value, members)]
        feature = QgsFeature(fields)
        feature.setGeometry(union)
        feature.setAttributes(attributes)
        sink.addFeature(feature, SINK_FAST_INSERT)
    return dest_id, len(clusters)


def _sum(values, members):
    """Sum over the cluster's units of the known values (missing ones skipped); None if all are missing."""
    chosen = values[members]
    return float(np.nansum(chosen)) if np.isfinite(chosen).any() else None


def _mean(values, members):
    """Mean over the cluster's units of the known values (missing ones skipped); None if all are missing."""
    chosen = values[members]
    return plain(np.nanmean(chosen)) if np.isfinite(chosen).any() else None
