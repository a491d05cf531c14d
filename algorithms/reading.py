"""The reading step: a Processing feature source to the core's ``UnitTable`` (read once)."""

from qgis.core import QgsFeatureRequest, QgsProcessingException

from ..compat import REQUEST_NO_GEOMETRY, SOURCE_SKIP_GEOMETRY_CHECKS, python_value
from ..core import InputError, unit_table
from ..translation import tr

#: How often (in features) progress and cancellation are checked while reading.
CHECK_EVERY = 1000


def read_units(source, group_fields, total_field, region_field, feedback, keep_features=False,
               progress_share=50.0, repair_geometry=False):
    """Read the chosen fields of every feature once; returns (UnitTable, features or None).

    ``keep_features`` keeps the features (with geometry) for algorithms that write a copy of the layer.
    ``repair_geometry``: the caller repairs invalid geometries itself (``geometry.measure``), so Processing's
    invalid-geometry check (which stops the algorithm by default) is skipped.
    Reading takes the first ``progress_share`` percent of the progress bar.
    """
    if not group_fields:
        raise QgsProcessingException(tr("Choose at least one group field."))
    names = list(group_fields) + [f for f in (total_field, region_field) if f]
    indexes = field_indexes(source.fields(), names)
    request = QgsFeatureRequest()
    if not keep_features:  # a copy of the layer needs every attribute and the geometry
        request.setSubsetOfAttributes(indexes)
        request.setFlags(REQUEST_NO_GEOMETRY)
    columns = {name: [] for name in names}
    ids, features = [], [] if keep_features else None
    count = max(source.featureCount(), 1)
    features_read = source.getFeatures(request, SOURCE_SKIP_GEOMETRY_CHECKS) if repair_geometry \
        else source.getFeatures(request)
    for n, feature in enumerate(features_read):
        if n % CHECK_EVERY == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(progress_share * n / count)
        attributes = feature.attributes()
        for name, index in zip(names, indexes):
            columns[name].append(python_value(attributes[index]))
        ids.append(feature.id())
        if keep_features:
            features.append(feature)
    if not ids:
        raise QgsProcessingException(tr("The input layer has no features (or no selected features)."))
    try:
        table = unit_table({name: columns[name] for name in group_fields},
                           total=columns[total_field] if total_field else None,
                           region=columns[region_field] if region_field else None,
                           ids=ids, total_name=total_field or "total")
    except InputError as error:
        raise QgsProcessingException(input_error_message(error)) from error
    feedback.setProgress(progress_share)
    return table, features


def input_error_message(error):
    """The core's ``InputError`` as a translated sentence naming the field and the feature ids."""
    messages = {
        "non_numeric": tr("Field '{field}' has non-numeric values ({examples}) in features {ids}. "
                          "Use a numeric field, or clean these values."),
        "negative": tr("Field '{field}' has negative or infinite counts in features {ids}. "
                       "Counts must be >= 0 (-1 is read as suppressed)."),
        "group_exceeds_total": tr("Field '{field}' is larger than the total '{total}' in features {ids}. "
                                  "Check that '{total}' is the base count of '{field}'."),
        "no_groups": tr("Choose at least one group field."),
        "single_group_no_total": tr("Only one group field ('{field}') and no total field: choose the total "
                                    "(base) field, or at least two group fields whose sum is the total."),
    }
    template = messages.get(error.kind)
    if template is None:
        return str(error)
    return template.format(field=error.field, examples=error.examples, ids=error.ids, total=error.total_field)


def read_features(source, feedback, progress_share=20.0):
    """Every feature (attributes and geometry) of ``source``, once; honours cancellation.

    Invalid geometries are read as they are (``geometry.measure`` repairs them): Processing's invalid-geometry
    check, which stops the algorithm by default, is skipped.
    """
    features = []
    count = max(source.featureCount(), 1)
    for n, feature in enumerate(source.getFeatures(QgsFeatureRequest(), SOURCE_SKIP_GEOMETRY_CHECKS)):
        if n % CHECK_EVERY == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(progress_share * n / count)
        features.append(feature)
    if not features:
        raise QgsProcessingException(tr("The input layer has no features (or no selected features)."))
    return features


def field_indexes(fields, names):
    """The index of every field in ``names``; a clear message naming a field the layer does not have."""
    indexes = []
    for name in names:
        index = fields.lookupField(name)
        if index < 0:
            raise QgsProcessingException(tr("Field '{}' is not in the input layer.").format(name))
        indexes.append(index)
    return indexes


def field_values(features, fields, name):
    """Plain Python values of field ``name`` for ``features`` (NULL as None)."""
    index, = field_indexes(fields, [name])
    return [python_value(feature.attributes()[index]) for feature in features]


def read_columns(source, names, feedback, progress_from=0.0, progress_to=0.0):
    """Plain Python values (NULL as None) of the fields ``names`` of every feature, without geometry, once.

    Returns (feature ids, {name: values}). For label fields (levels of a hierarchy, set codes) that the count
    reading step (``read_units``) does not keep; align the two by feature id.
    """
    indexes = field_indexes(source.fields(), names)
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(indexes)
    request.setFlags(REQUEST_NO_GEOMETRY)
    columns = {name: [] for name in names}
    ids = []
    count = max(source.featureCount(), 1)
    for n, feature in enumerate(source.getFeatures(request)):
        if n % CHECK_EVERY == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(progress_from + (progress_to - progress_from) * n / count)
        attributes = feature.attributes()
        for name, index in zip(names, indexes):
            columns[name].append(python_value(attributes[index]))
        ids.append(feature.id())
    return ids, columns
