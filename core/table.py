"""The one reading step: raw field values to clean count arrays with a missing mask.

Statistics Finland marks suppressed values with ``-1`` and absent themes with NULL; CSV exports add
empty strings and ``..``. All of these are *missing* (NaN here), never zero. Any other negative number,
non-numeric text or a group count larger than its total is refused with a ``ValueError`` that names the
field and the offending feature ids.
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .segments import Segments

#: Numeric codes that mean "suppressed" (Statistics Finland: "protected data are indicated with -1").
SUPPRESSED_CODES = (-1.0,)
#: Text that means "no value" (empty, Statistics Finland's '..' not available, '.' logically impossible,
#: '...' and '-' as used in some exports). Treated as missing, never as zero.
MISSING_TEXT = frozenset({"", ".", "..", "...", "-", "NULL", "null", "NA", "N/A", "nan", "NaN"})

#: How many feature ids an error message lists before it says "and N more".
MAX_IDS_IN_MESSAGE = 10


class InputError(ValueError):
    """Bad input, with a machine-readable ``kind`` so the plugin can translate the message.

    Kinds: ``non_numeric``, ``negative``, ``group_exceeds_total``, ``no_groups``, ``single_group_no_total``.
    """

    def __init__(self, kind, message, field=None, ids="", examples="", total_field=None):
        super().__init__(message)
        self.kind, self.field, self.ids, self.examples, self.total_field = kind, field, ids, examples, total_field


def describe_ids(ids, mask):
    """'1, 5, 9' (or '1, 5, ... and 12 more') for the ids where ``mask`` is true."""
    return list_ids(np.asarray(ids)[np.asarray(mask, bool)])


def list_ids(ids):
    """'1, 5, 9' (or '1, 5, ... and 12 more'): feature ids for a message, at most ``MAX_IDS_IN_MESSAGE``."""
    ids = list(ids)
    shown = ", ".join(str(i) for i in ids[:MAX_IDS_IN_MESSAGE])
    extra = len(ids) - MAX_IDS_IN_MESSAGE
    return shown + (f" ... and {extra} more" if extra > 0 else "")


def parse_counts(values, field_name, ids=None):
    """Field values (numbers, text, None) to a float array with NaN for missing/suppressed values.

    Raises ``ValueError`` naming ``field_name`` and the feature ids for non-numeric text and for
    negative numbers other than the suppression code -1.
    """
    ids = np.arange(len(values)) if ids is None else np.asarray(ids)
    try:  # fast path: numbers, numeric text and None (-> NaN) convert in one C-level call
        counts = np.array(values, dtype=float)
    except (TypeError, ValueError):
        counts = _parse_mixed(pd.Series(values, dtype=object), field_name, ids)
    counts = counts.copy()
    counts[np.isin(counts, SUPPRESSED_CODES)] = np.nan
    infinite = np.isinf(counts)
    negative = counts < 0
    if infinite.any() or negative.any():
        listed = describe_ids(ids, infinite | negative)
        raise InputError(
            "negative",
            f"Field '{field_name}' has negative or infinite counts in features "
            f"{listed}. Counts must be >= 0 (-1 is read as suppressed).", field_name, listed)
    return counts


def parse_values(values, field_name, ids=None, suppressed=True):
    """Field values of a variable that may be negative (a rate, a z-score) to floats, NaN for missing.

    NULL and missing text are missing; ``suppressed`` also reads the code -1 as missing (Statistics Finland's
    count fields). Non-numeric text raises ``InputError`` naming the field and the feature ids.
    """
    ids = np.arange(len(values)) if ids is None else np.asarray(ids)
    try:
        numbers = np.array(values, dtype=float)
    except (TypeError, ValueError):
        numbers = _parse_mixed(pd.Series(values, dtype=object), field_name, ids)
    numbers = numbers.copy()
    if suppressed:
        numbers[np.isin(numbers, SUPPRESSED_CODES)] = np.nan
    numbers[np.isinf(numbers)] = np.nan
    return numbers


def _parse_mixed(series, field_name, ids):
    """Slow path for values with text: missing tokens to NaN, anything else non-numeric is an error."""
    is_text = series.map(type).eq(str).to_numpy()
    stripped = series[is_text].str.strip()
    series = series.copy()
    series[is_text] = stripped.where(~stripped.isin(MISSING_TEXT), None)
    numbers = pd.to_numeric(series, errors="coerce")
    not_numeric = numbers.isna().to_numpy() & series.notna().to_numpy()
    if not_numeric.any():
        examples = ", ".join(repr(v) for v in series[not_numeric].unique()[:3])
        listed = describe_ids(ids, not_numeric)
        raise InputError(
            "non_numeric",
            f"Field '{field_name}' has non-numeric values ({examples}) in features "
            f"{listed}. Use a numeric field, or clean these values.",
            field_name, listed, examples)
    return numbers.to_numpy(dtype=float)


@dataclass
class UnitTable:
    """Counts per unit: ``groups[n, k]`` (NaN = missing), optional ``total[n]``, region labels, ids.

    ``total`` None means the total of each unit is the sum of its groups.
    """

    groups: np.ndarray
    group_names: tuple
    total: np.ndarray = None
    total_name: str = None
    segments: Segments = None
    region_labels: list = field(default_factory=lambda: [None])
    ids: np.ndarray = None

    @property
    def n_units(self):
        return self.groups.shape[0]

    @property
    def n_groups(self):
        return self.groups.shape[1]


def unit_table(groups, total=None, region=None, ids=None, total_name="total"):
    """Build a validated ``UnitTable`` from raw columns.

    ``groups``: mapping field name -> values (or a DataFrame). ``total``: values or None (sum of groups).
    ``region``: labels per unit or None (one region). ``ids``: feature ids used in error messages.
    """
    if isinstance(groups, pd.DataFrame):
        groups = {name: groups[name].to_numpy() for name in groups.columns}
    if not groups:
        raise InputError("no_groups", "Choose at least one group field.")
    names = tuple(groups)
    n = len(next(iter(groups.values())))
    ids = np.arange(n) if ids is None else np.asarray(ids)
    columns = [parse_counts(groups[name], name, ids) for name in names]
    counts = np.column_stack(columns) if n else np.zeros((0, len(names)))
    total_counts = None
    if total is not None:
        total_counts = parse_counts(total, total_name, ids)
        for j, name in enumerate(names):
            over = counts[:, j] > total_counts
            if over.any():
                listed = describe_ids(ids, over)
                raise InputError(
                    "group_exceeds_total",
                    f"Field '{name}' is larger than the total '{total_name}' in features "
                    f"{listed}. Check that '{total_name}' is the base count of '{name}'.",
                    name, listed, total_field=total_name)
    elif len(names) == 1:
        raise InputError(
            "single_group_no_total",
            f"Only one group field ('{names[0]}') and no total field: choose the total (base) field, "
            "or at least two group fields whose sum is the total.", names[0])
    if region is None:
        segments, labels = Segments.single(n), [None]
    else:
        segments, labels = Segments.from_labels(region)
    return UnitTable(counts, names, total_counts, total_name if total is not None else None,
                     segments, labels, ids)
