"""The writing step: core results (pandas DataFrames) to Processing sinks; NaN becomes NULL."""

import math

import numpy as np
from qgis.core import QgsFeature, QgsField, QgsFields, QgsProcessingException

from ..compat import FIELD_DOUBLE, FIELD_INT, FIELD_LONG, FIELD_STRING, SINK_FAST_INSERT
from ..translation import tr

CHECK_EVERY = 1000


def plain(value):
    """numpy scalars to Python values, NaN/None to None (written as NULL)."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def plain_column(values):
    """``plain`` for a whole float array at once: a Python list with None (NULL) for NaN and infinities."""
    values = np.asarray(values, dtype=float)
    listed = values.tolist()
    for i in np.flatnonzero(~np.isfinite(values)):  # only the missing ones, not every value
        listed[i] = None
    return listed


def table_fields(columns, text_columns=(), int_columns=(), long_columns=()):
    """QgsFields for a result table: text, integer, 64-bit integer, and double for everything else."""
    fields = QgsFields()
    for name in columns:
        kind = (FIELD_STRING if name in text_columns else FIELD_INT if name in int_columns
                else FIELD_LONG if name in long_columns else FIELD_DOUBLE)
        fields.append(QgsField(name, kind))
    return fields


def write_rows(sink, fields, frame, feedback, progress_from=90.0, progress_to=100.0):
    """Write every row of ``frame`` (columns = ``fields``) as a geometryless feature."""
    names = [field.name() for field in fields]
    total = max(len(frame), 1)
    for n, row in enumerate(frame[names].itertuples(index=False, name=None)):
        if n % CHECK_EVERY == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(progress_from + (progress_to - progress_from) * n / total)
        feature = QgsFeature(fields)
        feature.setAttributes([plain(v) for v in row])
        sink.addFeature(feature, SINK_FAST_INSERT)


def unique_name(name, existing):
    """``name``, or ``name_2``, ``name_3`` ... if the input layer already has a field called so."""
    taken = {n.lower() for n in existing}
    if name.lower() not in taken:
        return name
    k = 2
    while f"{name}_{k}".lower() in taken:
        k += 1
    return f"{name}_{k}"
