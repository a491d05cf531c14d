"""Multiple disadvantage of neighbourhoods: standardised shares, thresholds and a composite index.

Finnish cities describe the "multiple disadvantage" (huono-osaisuuden kasautuminen) of postal-code areas
with a few shares from Statistics Finland's Paavo data, e.g. low-income households ``tr_pi_tul / tr_kuty``,
unemployed ``pt_tyott / (pt_tyoll + pt_tyott)`` and adults with basic education only ``ko_perus /
ko_ika18y``. Each such *indicator* is a count and its base per unit; this module turns them into one
component per indicator, flags the units over a threshold, and averages the components into an index.

Rates. r_i = count_i / base_i. A missing count or base (NaN: Statistics Finland's -1 and NULL, read as
missing by ``table.parse_counts``, never as 0) or a base of 0 with a count of 0 (nobody lives there) gives a
missing rate; it is counted in ``n_missing``. A negative or infinite count or base, or a count larger than
its base (a share above 1 is impossible, e.g. ``pt_tyott > pt_tyoll + pt_tyott``), is refused with an
``InputError`` naming the indicator and the rows (feature ids when ``ids`` is given; kinds
``indicator_negative`` and ``indicator_count_exceeds_base``; ``error.rows`` holds every offending position).

Reference. ``layer``: all units together; ``region``: each region (municipality) on its own, with its own
rate, mean, sd, percentiles and thresholds, exactly as if it were run alone. Two reference statistics are
used, deliberately different:

- the *reference rate* m = sum of counts / sum of bases over the units where both are known: the
  population-weighted rate, i.e. "the city's rate" of municipal monitoring. It is the 100 of ``index100``,
  the base of ``multiple_of_mean``, the prior mean of Empirical Bayes smoothing and the imputed value;
- the *unweighted* mean and sample sd (ddof = 1, as R's ``scale()``) of the unit rates: the z-score's
  centre and scale. Each area counts once, as in the Townsend (1987) and Carstairs & Morris (1989)
  deprivation scores, so a z-score says where an area stands among the areas, not among the residents.

Standardisation (one component per indicator, oriented so that HIGHER = MORE DISADVANTAGED):

- ``zscore``: z_i = (r_i - mean) / sd (Townsend 1987; Carstairs & Morris 1989); ``-z`` when
  ``higher_is_worse`` is False. No log transformation (Townsend's log(x + 1) for skewed variables) is applied.
- ``index100``: 100 r_i / m, reference = 100 (Helsinki's "index, city = 100"); mirrored about 100 to
  200 - 100 r_i / m when ``higher_is_worse`` is False, so a unit 20 % below the city's share of, say,
  graduates scores 120 and the components stay linear in the rate (a reciprocal 100 m / r_i would be
  infinite at r_i = 0 and would dominate a weighted mean). The mirrored value can be negative for a unit
  with more than twice the reference rate.
- ``percentile``: p_i = 100 (rank_i - 1) / (n - 1) with the average rank for ties, 0 = lowest rate and
  100 = highest among the n units of the reference with a value (the inverse of Hyndman & Fan's 1996
  type 7 quantile, numpy's default linear interpolation between order statistics); ``100 - p`` when ``higher_is_worse`` is False, which equals the
  percentile of -r exactly, ties included.

Thresholds (``<id>_above``; NaN where the rate is missing, also when it was imputed):

- ``top_quintile``: in the worst fifth of the reference, i.e. the oriented percentile >= 80 (for
  ``higher_is_worse`` False: p <= 20). The summary's threshold is the rate at that percentile (type 7); a
  unit with an untied rate is flagged exactly when its rate is at or beyond it, a tied group as a whole by
  its average rank.
- ``multiple_of_mean``: r_i >= k m for k = ``threshold_multiple``; for ``higher_is_worse`` False,
  r_i <= m / k (the reference rate is at least k times the unit's). This ratio rule stays meaningful for any
  k, whereas the mirrored ``index100`` would reach 100 k only for k < 2, so for such indicators the flag is
  not "index >= 100 k". Undefined (NaN, noted) when m = 0.

Composite. ``disadvantage_index`` = sum_j w_j c_ij / sum_j w_j over the components c_ij in use; ``n_indicators``
= the number in use (0 when the index is NaN), ``n_missing`` = the number of missing rates. ``missing``:

- ``available``: the weighted mean of the components that exist; NaN when none does.
- ``drop``: NaN when any component is missing (complete cases only).
- ``impute``: a missing rate is replaced by its reference rate m before standardising (single mean
  imputation: the filled units join the reference's mean, sd and ranks, which shrinks the sd a little); the
  component then exists, ``<id>_rate`` and ``<id>_above`` stay NaN (not observed) and ``n_missing`` still
  counts it. A reference with no known rate has nothing to impute.

Under ``available`` and ``drop`` the reference statistics of one indicator use every unit with a known rate
for that indicator (not only complete cases), so the policy never changes the component of a unit with data.

Multiple disadvantage. ``n_above`` = the number of indicators over their threshold; ``multiple_disadvantage``
is True when every indicator is over its threshold, False when at least one known indicator is not, and NaN
when all known ones are over but some are missing (three-valued AND: the answer is unknown, not False).

Reliability. ``<id>_unreliable``: the base is known and below ``min_base`` (default 30: Statistics Finland
suppresses Paavo data of areas with fewer than 30 inhabitants); such units are flagged, never dropped.
``unreliable``: any indicator is. ``min_base=0`` disables the flag.

Smoothing. ``empirical_bayes``: global Empirical Bayes (Marshall 1991), computed within each reference:
r_EB = m + C_i (r_i - m), C_i = s2 / (s2 + m / b_i), with the method-of-moments between-area variance
s2 = sum b_i (r_i - m)^2 / sum b_i - m / mean(b), truncated at 0 (then every rate equals m; noted). The
same estimator as PySAL's ``esda.smoothing.Empirical_Bayes``, which does not truncate.

Undefined standardisation. A reference where a component cannot be computed (z-score: fewer than two units
with a rate, or all rates equal; percentile: one unit; index100: m = 0) gets NaN components for that
indicator and a note in ``summary``; the other references are unaffected (one tiny municipality does not
stop a national run). ``drop`` makes such units' index NaN; ``available`` and ``impute`` leave them out.

Summary (one row per reference: the layer, or each region in sorted label order): ``reference``, ``region``
(label; None for the layer), ``n_units``; per indicator ``<id>_reference_rate`` (m), ``<id>_mean`` and
``<id>_sd`` (unweighted mean and sample sd of the rates standardised, whatever the standardisation),
``<id>_threshold`` (the rate at the threshold: the oriented 80th percentile, or k m / m / k),
``<id>_n_rate`` (units with a value, imputed ones included), ``<id>_n_above``, ``<id>_n_unreliable``,
``<id>_n_missing``, ``<id>_eb_variance`` (s2; NaN without smoothing); then ``n_index`` (units with an index),
``index_mean`` (their unweighted mean), ``n_multiple_disadvantage``, ``n_unreliable`` and ``note`` (why a
component is undefined there; empty when all is well).

Sources: Townsend P (1987) Deprivation, J Soc Policy 16(2):125-146. Carstairs V, Morris R (1989)
Deprivation: explaining differences in mortality between Scotland and England and Wales, BMJ 299:886-889.
Marshall RJ (1991) Mapping disease and mortality rates using empirical Bayes estimators, Appl Stat
40(2):283-294. Hyndman RJ, Fan Y (1996) Sample quantiles in statistical packages, Am Stat 50(4):361-365.
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ._util import safe_div
from .segments import Segments
from .table import InputError, describe_ids

ZSCORE, INDEX100, PERCENTILE = "zscore", "index100", "percentile"
STANDARDISATIONS = (ZSCORE, INDEX100, PERCENTILE)
LAYER, REGION = "layer", "region"
REFERENCES = (LAYER, REGION)
TOP_QUINTILE, MULTIPLE_OF_MEAN = "top_quintile", "multiple_of_mean"
THRESHOLDS = (TOP_QUINTILE, MULTIPLE_OF_MEAN)
AVAILABLE, DROP, IMPUTE = "available", "drop", "impute"
MISSING_COMPONENTS = (AVAILABLE, DROP, IMPUTE)
NO_SMOOTHING, EMPIRICAL_BAYES = "none", "empirical_bayes"
SMOOTHING = (NO_SMOOTHING, EMPIRICAL_BAYES)

#: Oriented percentile from which a unit is in the worst fifth of its reference.
TOP_QUINTILE_PERCENTILE = 80.0
#: Per-indicator columns of ``DisadvantageResult.table``: ``<id><suffix>``.
INDICATOR_SUFFIXES = ("_rate", "_std", "_above", "_unreliable")
#: Per-unit columns after the indicator columns.
OVERALL_COLUMNS = ("disadvantage_index", "n_indicators", "n_missing", "n_above", "multiple_disadvantage",
                   "unreliable")
#: Per-indicator columns of ``DisadvantageResult.summary``: ``<id><suffix>``.
SUMMARY_SUFFIXES = ("_reference_rate", "_mean", "_sd", "_threshold", "_n_rate", "_n_above", "_n_unreliable",
                    "_n_missing", "_eb_variance")
#: Columns of ``summary`` around the indicator columns.
SUMMARY_LEAD_COLUMNS = ("reference", "region", "n_units")
SUMMARY_TAIL_COLUMNS = ("n_index", "index_mean", "n_multiple_disadvantage", "n_unreliable", "note")


@dataclass
class Indicator:
    """One share: ``count / base`` per unit (NaN = missing/suppressed), its weight and its direction."""

    id: str
    count: np.ndarray
    base: np.ndarray
    weight: float = 1.0
    higher_is_worse: bool = True


@dataclass
class DisadvantageResult:
    """``table``: one row per unit (input order); ``summary``: one row per reference; ``settings``."""

    table: pd.DataFrame
    summary: pd.DataFrame
    settings: dict = field(default_factory=dict)


def indicator_columns(indicator_id):
    """The table columns of one indicator: ``<id>_rate``, ``<id>_std``, ``<id>_above``, ``<id>_unreliable``."""
    return tuple(f"{indicator_id}{suffix}" for suffix in INDICATOR_SUFFIXES)


# --- rates -------------------------------------------------------------------------------------------------

def unit_rates(indicator, ids=None):
    """r_i = count_i / base_i (NaN when either is missing or base = 0); validates the counts (see module doc)."""
    count, base = _as_array(indicator.count), _as_array(indicator.base)
    ids = np.arange(len(count)) if ids is None else np.asarray(ids)
    invalid = (count < 0) | (base < 0) | np.isinf(count) | np.isinf(base)
    if invalid.any():
        raise _row_error("indicator_negative", indicator.id, invalid, ids,
                         "has a negative or infinite count or base in rows {}. Counts must be >= 0 (read "
                         "Statistics Finland's -1 as missing, e.g. with parse_counts).")
    over = count > base  # False where either is NaN
    if over.any():
        raise _row_error("indicator_count_exceeds_base", indicator.id, over, ids,
                         "has a count larger than its base in rows {}: a share cannot exceed 1. Check that the "
                         "base is the population the count is part of.")
    return safe_div(count, np.where(base > 0, base, np.nan))


def _row_error(kind, indicator_id, mask, ids, text):
    """``InputError`` naming the indicator and the rows (ids); ``rows`` holds every row position."""
    listed = describe_ids(ids, mask)
    error = InputError(kind, f"Indicator '{indicator_id}' " + text.format(listed), indicator_id, listed)
    error.rows = np.flatnonzero(mask)
    return error


def reference_rate(count, base, known, seg):
    """m = sum count / sum base over the units with a known rate, per region: the population-weighted rate."""
    return safe_div(seg.sum(np.where(known, count, 0.0)), seg.sum(np.where(known, base, 0.0)))


def empirical_bayes_rates(count, base, regions=None):
    """Global Empirical Bayes rates m + C_i (r_i - m), C_i = s2 / (s2 + m / b_i), per region (Marshall 1991).

    ``count``, ``base``: arrays (NaN = missing); ``regions``: labels, a ``Segments`` or None (all units).
    Missing rates (NaN count or base, base 0) stay NaN and take no part in m or s2.
    """
    count, base = _as_array(count), _as_array(base)
    seg = _segments(regions, len(count))
    rate = unit_rates(Indicator("rate", count, base))
    return _empirical_bayes(rate, count, base, np.isfinite(rate), seg)[0]


def _empirical_bayes(rate, count, base, known, seg):
    """(smoothed rates, s2 per region): Marshall's (1991) moment estimator, s2 truncated at 0."""
    m = reference_rate(count, base, known, seg)
    b = np.where(known, base, 0.0)
    n = seg.count(known)
    deviation = np.where(known, rate - seg.spread(m), 0.0)
    s2 = safe_div(seg.sum(b * deviation ** 2), seg.sum(b)) - safe_div(m, safe_div(seg.sum(b), n))
    s2 = np.where(np.isfinite(s2), np.maximum(s2, 0.0), np.nan)
    s2_unit, m_unit = seg.spread(s2), seg.spread(m)
    shrink = safe_div(s2_unit, s2_unit + safe_div(m_unit, np.where(known, base, np.nan)))
    shrink = np.where(s2_unit == 0, 0.0, shrink)  # s2 = 0: every rate is m (also when m = 0)
    return np.where(known, m_unit + shrink * (rate - m_unit), np.nan), s2


# --- standardisation -----------------------------------------------------------------------------------------

def _sorted_by_region(values, known, seg):
    """Known values sorted by region then value, each region's start offset and size."""
    sub = seg.subset(known)
    kept = values[known]
    order = sub.order_by(kept)
    sorted_values, sorted_codes = kept[order], sub.codes[order]
    starts = np.searchsorted(sorted_codes, np.arange(seg.n_segments))
    return sorted_values, starts, sub.count()


def region_quantile(values, known, seg, q):
    """The q-quantile of the known values per region, linear interpolation (Hyndman & Fan 1996 type 7)."""
    sorted_values, starts, n = _sorted_by_region(values, known, seg)
    position = q * np.maximum(n - 1, 0)
    low = np.floor(position).astype(np.intp)
    high = np.minimum(low + 1, np.maximum(n - 1, 0))
    if not len(sorted_values):
        return np.full(seg.n_segments, np.nan)
    at = lambda k: sorted_values[np.minimum(starts + k, len(sorted_values) - 1)]  # noqa: E731
    return np.where(n > 0, at(low) + (position - low) * (at(high) - at(low)), np.nan)


def _all_equal(values, known, seg):
    """True for regions whose known values are all the same (zero variance), compared exactly."""
    sorted_values, starts, n = _sorted_by_region(values, known, seg)
    if not len(sorted_values):
        return np.zeros(seg.n_segments, bool)
    last = np.minimum(starts + np.maximum(n - 1, 0), len(sorted_values) - 1)
    first = np.minimum(starts, len(sorted_values) - 1)
    return (n > 0) & (sorted_values[first] == sorted_values[last])


def zscores(values, known, seg):
    """(z, mean, sd, defined): z_i = (r_i - mean) / sd with the unweighted mean and sample sd (Townsend 1987)."""
    n = seg.count(known)
    mean = safe_div(seg.sum(np.where(known, values, 0.0)), n)
    deviation = np.where(known, values - seg.spread(mean), 0.0)
    sd = np.sqrt(safe_div(seg.sum(deviation ** 2), np.where(n > 1, n - 1, 0)))
    defined = (n > 1) & ~_all_equal(values, known, seg)
    scale = np.where(defined, sd, np.nan)
    return np.where(known, safe_div(deviation, seg.spread(scale)), np.nan), mean, sd, defined


def percentiles(values, known, seg):
    """p_i = 100 (rank_i - 1) / (n - 1), average rank for ties, within each region (0 lowest, 100 highest)."""
    n = seg.count(known)
    ranks = np.full(len(values), np.nan)
    ranks[known] = pd.Series(values[known]).groupby(seg.codes[known]).rank(method="average").to_numpy()
    return safe_div(100.0 * (ranks - 1.0), seg.spread(np.where(n > 1, n - 1, 0)).astype(float)), n > 1


def index100(values, m, seg):
    """100 r_i / m: the unit's rate relative to its reference's population-weighted rate (reference = 100)."""
    m_unit = seg.spread(m)
    return 100.0 * safe_div(values, np.where(m_unit > 0, m_unit, np.nan))


# --- the composite -----------------------------------------------------------------------------------------

def disadvantage_index(indicators, *, regions=None, standardisation=ZSCORE, reference=LAYER,
                       threshold=TOP_QUINTILE, threshold_multiple=1.5, min_base=30, missing=AVAILABLE,
                       smoothing=NO_SMOOTHING, ids=None):
    """Components, thresholds and the weighted composite of ``indicators`` (a list of ``Indicator``).

    ``regions``: region label per unit (or a ``Segments``), used when ``reference='region'``; ``ids``:
    feature ids for error messages (default: row numbers). See the module docstring for every convention.
    """
    indicators = list(indicators)
    _check_options(indicators, standardisation, reference, threshold, threshold_multiple, min_base, missing,
                   smoothing, regions, ids)
    n = len(_as_array(indicators[0].count))
    seg, labels = _reference_segments(regions, reference, n)
    columns, summary, notes = {}, {}, [[] for _ in range(seg.n_segments)]
    components, missing_rate, above = [], [], []
    for ind in indicators:  # a handful of indicators; every step inside is vectorised over units and regions
        part = _component(ind, seg, standardisation, threshold, threshold_multiple, min_base, missing,
                          smoothing, ids, notes)
        rate_col, std_col, above_col, unreliable_col = indicator_columns(ind.id)
        columns[rate_col], columns[std_col] = part["rate"], part["component"]
        columns[above_col] = _three_valued(part["above"])
        columns[unreliable_col] = part["unreliable"]
        summary.update({f"{ind.id}{suffix}": part[suffix] for suffix in SUMMARY_SUFFIXES})
        components.append(part["component"])
        missing_rate.append(~part["known"])
        above.append(part["above"])
    comp = np.column_stack(components)
    weights = np.array([float(ind.weight) for ind in indicators])
    n_missing = np.column_stack(missing_rate).sum(axis=1)
    index, n_used = _weighted_mean(comp, weights, drop=missing == DROP)
    above = np.column_stack(above)
    n_above = np.nansum(above, axis=1).astype(int)
    multiple = _all_above(above)
    unreliable = np.column_stack([columns[indicator_columns(i.id)[3]] for i in indicators]).any(axis=1)
    columns.update({"disadvantage_index": index, "n_indicators": n_used, "n_missing": n_missing,
                    "n_above": n_above, "multiple_disadvantage": _three_valued(multiple), "unreliable": unreliable})
    table = pd.DataFrame(columns)
    overall = {
        "n_index": seg.count(np.isfinite(index)),
        "index_mean": safe_div(seg.sum(np.where(np.isfinite(index), index, 0.0)), seg.count(np.isfinite(index))),
        "n_multiple_disadvantage": seg.count(multiple == 1.0),
        "n_unreliable": seg.count(unreliable),
        "note": ["; ".join(region_notes) for region_notes in notes],
    }
    lead = {"reference": [reference] * seg.n_segments, "region": labels, "n_units": seg.count()}
    summary_frame = pd.DataFrame({**lead, **summary, **overall})
    settings = {
        "indicators": [{"id": i.id, "weight": float(i.weight), "higher_is_worse": bool(i.higher_is_worse)}
                       for i in indicators],
        "standardisation": standardisation, "reference": reference, "threshold": threshold,
        "threshold_multiple": float(threshold_multiple), "min_base": float(min_base), "missing": missing,
        "smoothing": smoothing, "zscore_ddof": 1, "top_quintile_percentile": TOP_QUINTILE_PERCENTILE,
    }
    return DisadvantageResult(table, summary_frame, settings)


def _component(ind, seg, standardisation, threshold, multiple, min_base, missing, smoothing, ids, notes):
    """Rate, oriented component, threshold flag (1/0/NaN) and summary columns of one indicator."""
    count, base = _as_array(ind.count), _as_array(ind.base)
    rate = unit_rates(ind, ids)
    known = np.isfinite(rate)
    m = reference_rate(count, base, known, seg)
    eb_variance = np.full(seg.n_segments, np.nan)
    if smoothing == EMPIRICAL_BAYES:
        rate, eb_variance = _empirical_bayes(rate, count, base, known, seg)
        _note(notes, eb_variance == 0, f"{ind.id}: Empirical Bayes between-area variance <= 0, every rate set "
                                       "to the reference rate")
    values = rate
    if missing == IMPUTE:
        values = np.where(known, rate, seg.spread(m))
    used = np.isfinite(values)
    sign = 1.0 if ind.higher_is_worse else -1.0
    n_used = seg.count(used)
    _note(notes, n_used == 0, f"{ind.id}: no unit has a rate")
    z, mean, sd, z_defined = zscores(values, used, seg)
    p, p_defined = percentiles(values, used, seg)
    oriented_p = p if ind.higher_is_worse else 100.0 - p
    if standardisation == ZSCORE:
        component = sign * z
        _note(notes, (n_used > 0) & ~z_defined, f"{ind.id}: z-score undefined (fewer than 2 units with a rate, "
                                                "or all rates equal)")
    elif standardisation == PERCENTILE:
        component = oriented_p
        _note(notes, (n_used == 1), f"{ind.id}: percentile undefined (1 unit with a rate)")
    else:
        index = index100(values, m, seg)
        component = index if ind.higher_is_worse else 200.0 - index
        _note(notes, (n_used > 0) & (m == 0), f"{ind.id}: index100 undefined (reference rate 0)")
    if threshold == TOP_QUINTILE:
        above = np.where(np.isfinite(oriented_p), oriented_p >= TOP_QUINTILE_PERCENTILE, np.nan)
        q = TOP_QUINTILE_PERCENTILE / 100.0 if ind.higher_is_worse else 1.0 - TOP_QUINTILE_PERCENTILE / 100.0
        cut = np.where(p_defined, region_quantile(values, used, seg, q), np.nan)
        _note(notes, (n_used == 1), f"{ind.id}: top quintile undefined (1 unit with a rate)")
    else:
        cut = np.where(m > 0, m * multiple if ind.higher_is_worse else m / multiple, np.nan)
        cut_unit = seg.spread(cut)
        flag = values >= cut_unit if ind.higher_is_worse else values <= cut_unit
        above = np.where(np.isfinite(cut_unit) & used, flag, np.nan)
        _note(notes, (n_used > 0) & (m == 0), f"{ind.id}: multiple of the mean undefined (reference rate 0)")
    above = np.where(known, above, np.nan)  # an imputed rate is not an observation
    unreliable = np.isfinite(base) & (base < min_base)
    return {
        "rate": np.where(known, rate, np.nan), "component": component, "above": above, "known": known,
        "unreliable": unreliable,
        "_reference_rate": m, "_mean": mean, "_sd": sd, "_threshold": cut, "_n_rate": n_used,
        "_n_above": seg.count(above == 1.0), "_n_unreliable": seg.count(unreliable),
        "_n_missing": seg.count(~known), "_eb_variance": eb_variance,
    }


def _weighted_mean(comp, weights, drop):
    """(sum_j w_j c_ij / sum_j w_j over the finite components, their number); ``drop``: NaN unless all are."""
    finite = np.isfinite(comp)
    w = np.where(finite, weights, 0.0)
    index = safe_div(np.where(finite, comp, 0.0) @ weights, w.sum(axis=1))
    n_used = finite.sum(axis=1)
    if drop:
        complete = finite.all(axis=1)
        index = np.where(complete, index, np.nan)
        n_used = np.where(complete, n_used, 0)
    return index, n_used


def _all_above(above):
    """Three-valued AND over the indicators (1 / 0 / NaN): 0 if any is 0, else NaN if any is NaN, else 1."""
    any_below = (above == 0.0).any(axis=1)
    any_unknown = np.isnan(above).any(axis=1)
    return np.where(any_below, 0.0, np.where(any_unknown, np.nan, 1.0))


def _three_valued(flags):
    """1 / 0 / NaN to an object array of True / False / NaN (NaN is written as NULL)."""
    out = np.full(len(flags), np.nan, dtype=object)
    known = np.isfinite(flags)
    out[known] = flags[known] == 1.0
    return out


def _note(notes, mask, text):
    for r in np.flatnonzero(mask):  # regions with a problem: normally none
        notes[r].append(text)


# --- checks ------------------------------------------------------------------------------------------------

def _check_options(indicators, standardisation, reference, threshold, multiple, min_base, missing, smoothing,
                   regions, ids):
    for name, value, allowed in (("standardisation", standardisation, STANDARDISATIONS),
                                 ("reference", reference, REFERENCES), ("threshold", threshold, THRESHOLDS),
                                 ("missing", missing, MISSING_COMPONENTS), ("smoothing", smoothing, SMOOTHING)):
        if value not in allowed:
            raise ValueError(f"Unknown {name} '{value}': use one of {', '.join(allowed)}.")
    if not indicators:
        raise ValueError("Choose at least one indicator.")
    if not np.isfinite(multiple) or multiple <= 0:
        raise ValueError(f"threshold_multiple must be a number > 0, got {multiple}.")
    if not np.isfinite(min_base) or min_base < 0:
        raise ValueError(f"min_base must be a number >= 0, got {min_base}.")
    names = [ind.id for ind in indicators]
    for ind in indicators:
        if not isinstance(ind.id, str) or not ind.id:
            raise ValueError(f"Indicator id must be a non-empty text, got {ind.id!r}.")
        if not np.isfinite(ind.weight) or ind.weight <= 0:
            raise ValueError(f"Indicator '{ind.id}' has weight {ind.weight}: weights must be > 0.")
    duplicated = sorted({i for i in names if names.count(i) > 1})
    if duplicated:
        raise ValueError(f"Indicator ids must be unique: {', '.join(duplicated)} used more than once.")
    taken = {column: i for i in names for column in indicator_columns(i)}
    clash = [column for column in OVERALL_COLUMNS if column in taken]
    if clash:
        raise ValueError(f"Indicator '{taken[clash[0]]}' gives a column '{clash[0]}' that the index itself uses: "
                         "choose another id.")
    lengths = {ind.id: (len(_as_array(ind.count)), len(_as_array(ind.base))) for ind in indicators}
    n = lengths[names[0]][0]
    wrong = [i for i, (a, b) in lengths.items() if a != n or b != n]
    if wrong:
        raise ValueError(f"Indicators {', '.join(wrong)}: count and base need one value per unit ({n}) like "
                         f"'{names[0]}'.")
    if reference == REGION and regions is None:
        raise ValueError("reference='region' needs the region of each unit (regions=...).")
    if regions is not None and len(regions) != n:
        raise ValueError(f"regions has {len(regions)} values for {n} units.")
    if ids is not None and len(ids) != n:
        raise ValueError(f"ids has {len(ids)} values for {n} units.")


def _as_array(values):
    array = np.asarray(values, dtype=float)
    if array.ndim != 1:
        raise ValueError(f"Counts and bases must be one value per unit (1-D), got shape {array.shape}.")
    return array


def _segments(regions, n):
    return _reference_segments(regions, REGION if regions is not None else LAYER, n)[0]


def _reference_segments(regions, reference, n):
    """(Segments, labels) of the references: one for the layer, or the sorted regions."""
    if reference == LAYER or regions is None:
        return Segments.single(n), [None]
    if isinstance(regions, Segments):
        return regions, list(range(regions.n_segments))
    return Segments.from_labels(regions)
