"""Missing-value policy: drop incomplete units, or impute a group count from its region's rate.

Both policies report, per region, how many units were dropped and how much population they held, so
an index is never silently computed on part of a city.
"""

from dataclasses import dataclass

import numpy as np

from .segments import Segments

DROP = "drop"
IMPUTE = "impute"
MISSING_POLICIES = (DROP, IMPUTE)


@dataclass
class Prepared:
    """Complete units for one computation: counts ``x`` ([m] or [m, k]), totals ``t``, their regions."""

    x: np.ndarray
    t: np.ndarray
    segments: Segments
    keep: np.ndarray
    n_units: np.ndarray
    n_dropped: np.ndarray
    dropped_population: np.ndarray
    n_imputed: np.ndarray


def impute_groups(table, policy=DROP):
    """Group counts after the policy: with ``impute``, a missing count becomes the unit's total times the
    region's rate (sum of known counts / sum of their totals); needs a total field. Returns (groups, imputed).
    """
    if policy not in MISSING_POLICIES:
        raise ValueError(f"Unknown missing-value policy '{policy}': use one of {', '.join(MISSING_POLICIES)}.")
    groups = table.groups.copy()
    imputed = np.zeros(groups.shape, dtype=bool)
    if policy == DROP or table.total is None:
        return groups, imputed
    seg, total = table.segments, table.total
    known_total = np.isfinite(total)
    for j in range(groups.shape[1]):  # loop over groups (a handful), not units
        column = groups[:, j]
        both = np.isfinite(column) & known_total
        rate = _ratio(seg.sum(np.where(both, column, 0.0)), seg.sum(np.where(both, total, 0.0)))
        fill = ~np.isfinite(column) & known_total & np.isfinite(seg.spread(rate))
        column[fill] = total[fill] * seg.spread(rate)[fill]
        imputed[:, j] = fill
    return groups, imputed


def prepare_single(table, j, groups=None, imputed=None):
    """Group ``j`` against the total (or against the sum of groups when there is no total field)."""
    groups = table.groups if groups is None else groups
    x = groups[:, j]
    t = table.total if table.total is not None else groups.sum(axis=1)
    keep = np.isfinite(x) & np.isfinite(t)
    was_imputed = imputed[:, j] if imputed is not None else np.zeros(len(x), bool)
    return _prepared(table, x, t, keep, was_imputed, groups)


def prepare_multi(table, groups=None, imputed=None):
    """All groups of ``table``, total = their sum; with one group and a total field, (group, rest)."""
    groups = table.groups if groups is None else groups
    if groups.shape[1] == 1:
        groups = np.column_stack([groups[:, 0], table.total - groups[:, 0]])
        imputed = None if imputed is None else np.column_stack([imputed[:, 0], imputed[:, 0]])
    keep = np.isfinite(groups).all(axis=1)
    was_imputed = imputed.any(axis=1) if imputed is not None else np.zeros(len(groups), bool)
    return _prepared(table, groups, groups.sum(axis=1), keep, was_imputed, table.groups)


def _prepared(table, x, t, keep, was_imputed, groups):
    seg = table.segments
    dropped = ~keep
    # population of a dropped unit: its total where known, else the sum of its known group counts
    known = table.total if table.total is not None else np.full(len(keep), np.nan)
    fallback = np.nansum(groups, axis=1) if groups.shape[1] else np.zeros(len(keep))
    population = np.where(np.isfinite(known), known, fallback)
    return Prepared(
        x=x[keep], t=t[keep], segments=seg.subset(keep), keep=keep,
        n_units=seg.count(keep), n_dropped=seg.count(dropped),
        dropped_population=seg.sum(np.where(dropped, population, 0.0)),
        n_imputed=seg.count(keep & was_imputed))


def _ratio(num, den):
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)
