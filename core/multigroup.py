"""Multigroup aspatial indices (Reardon & Firebaugh 2002), all regions at once.

Every function takes ``counts`` [n, k] (k >= 2 groups; unit total t_i = sum of its groups) and, with
``regions``, returns one value per region; without it, one float. Notation: p_im = x_im / t_i,
P_m = X_m / T, I = sum_m P_m (1 - P_m) (Simpson interaction), E = -sum_m P_m ln P_m (entropy, natural log).
"""

import numpy as np

from ._util import as_segments, reused, safe_div, share, xlogx
from .aspatial import pairwise_abs_difference


def _multi(func):
    """Like ``by_region`` for [n, k] count matrices."""
    def wrapper(counts, regions=None, **kwargs):
        counts = np.asarray(counts, dtype=float)
        if counts.ndim != 2 or counts.shape[1] < 2:
            raise ValueError("Multigroup indices need a count matrix with at least two group columns.")
        seg = as_segments(regions, len(counts))
        result = func(counts, seg=seg, **kwargs)
        return float(result[0]) if regions is None else result
    wrapper.__name__, wrapper.__doc__, wrapper.raw = func.__name__, func.__doc__, func
    return wrapper


def _row_sum(values):
    """``values.sum(axis=1)`` of [n, k], bit for bit (numpy adds fewer than 8 columns in order, left to right),
    with one vectorised addition per column instead of numpy's short inner reduction (3.6 times as fast on
    C-ordered matrices, 1.5 times on the column-major ones of the inference)."""
    k = values.shape[1]
    if not 2 <= k < 8:
        return values.sum(axis=1)
    out = values[:, 0] + values[:, 1]
    for j in range(2, k):
        out += values[:, j]
    return out


@reused
def _composition(counts, seg):
    """Unit totals t, unit shares p [n, k], region totals T [R], region shares P [R, k]."""
    t = _row_sum(counts)
    T = seg.sum(t)
    P = safe_div(seg.sum(counts), T[:, None])
    return t, share(counts, t[:, None]), T, P


@reused
def _deviations(counts, seg):
    """p_im - P_m [n, k], shared by D and the squared deviations."""
    t, p, T, P = _composition(counts, seg)
    return p - seg.spread(P)


@reused
def _squared_deviations(counts, seg):
    """sum_i t_i (p_im - P_m)^2 per region and group [R, k], shared by P, R and C."""
    t, p, T, P = _composition(counts, seg)
    terms = np.square(_deviations(counts, seg))
    terms *= t[:, None]
    return seg.sum(terms)


def _interaction(P):
    return (P * (1 - P)).sum(axis=1)


def _entropy(P):
    return -xlogx(P).sum(axis=1)


@_multi
def multi_dissimilarity(counts, seg):
    """D = sum_i sum_m t_i |p_im - P_m| / (2 T I); Reardon & Firebaugh 2002, eq. 11 (Sakoda 1981)."""
    t, p, T, P = _composition(counts, seg)
    gaps = _row_sum(np.abs(_deviations(counts, seg)))
    gaps *= t
    # divide the region sum (not sum unit parts): a region without units is NaN, not an empty sum 0
    return safe_div(seg.sum(gaps), 2 * T * _interaction(P))


@_multi
def multi_dissimilarity_contribution(counts, seg):
    """Unit i's additive part of the multigroup D: t_i sum_m |p_im - P_m| / (2 T I)."""
    t, p, T, P = _composition(counts, seg)
    spread = np.abs(p - seg.spread(P)).sum(axis=1)
    return safe_div(t * spread, seg.spread(2 * T * _interaction(P)))


@_multi
def multi_gini(counts, seg):
    """G = sum_m sum_i sum_j t_i t_j |p_im - p_jm| / (2 T^2 I); Reardon & Firebaugh 2002, eq. 12."""
    t, p, T, P = _composition(counts, seg)
    if counts.shape[1] == 2:  # p_i2 = 1 - p_i1 where t_i > 0 (and t_i = 0 weighs nothing): the same pairs twice
        pairs = 2 * pairwise_abs_difference(p[:, 0], t, seg, T)
    else:
        columns = np.ascontiguousarray(p.T)  # each group's shares contiguous for its sort
        pairs = sum(pairwise_abs_difference(column, t, seg, T) for column in columns)
    return safe_div(pairs, 2 * T ** 2 * _interaction(P))


@_multi
def multi_information_theory(counts, seg):
    """Theil's H = sum_i t_i (E - E_i) / (T E); Reardon & Firebaugh 2002, eq. 14."""
    t, p, T, P = _composition(counts, seg)
    return safe_div(_mutual_information(counts, seg), _entropy(P))


@_multi
def mutual_information(counts, seg):
    """M = E - sum_i (t_i / T) E_i (natural log; M = H E); Theil & Finizza 1971, Mora & Ruiz-Castillo 2011."""
    return _mutual_information(counts, seg)


@reused
def _mutual_information(counts, seg):
    """M per region, computed once per run for both M and H."""
    t, p, T, P = _composition(counts, seg)
    return safe_div(seg.sum(t * _kullback_leibler(p, P, seg)), T)  # NaN (not 0) for a region without units


@_multi
def mutual_information_contribution(counts, seg):
    """Unit i's additive part of M: (t_i / T) sum_m p_im ln(p_im / P_m) (a Kullback-Leibler term)."""
    t, p, T, P = _composition(counts, seg)
    return safe_div(t * _kullback_leibler(p, P, seg), seg.spread(T))


def _kullback_leibler(p, P, seg):
    """sum_m p_im ln(p_im / P_m) per unit, with 0 ln 0 = 0."""
    with np.errstate(invalid="ignore"):
        log_P = np.log(np.where(P > 0, P, 1.0))  # per region: the logarithms of [R, k], not of [n, k]
    terms = xlogx(p)
    terms -= p * seg.spread(log_P)
    return _row_sum(terms)


@_multi
def multi_normalized_exposure(counts, seg):
    """P = sum_m sum_i t_i (p_im - P_m)^2 / (T (1 - P_m)); Reardon & Firebaugh 2002, eq. 10 (range 0..1)."""
    t, p, T, P = _composition(counts, seg)
    return safe_div(_squared_deviations(counts, seg), T[:, None] * (1 - P)).sum(axis=1)


@_multi
def multi_relative_diversity(counts, seg):
    """R = 1 - sum_i t_i I_i / (T I) = sum_m sum_i t_i (p_im - P_m)^2 / (T I); Reardon & Firebaugh 2002, eq. 13."""
    t, p, T, P = _composition(counts, seg)
    return safe_div(_squared_deviations(counts, seg).sum(axis=1), T * _interaction(P))


@_multi
def multi_squared_coefficient_of_variation(counts, seg):
    """C = sum_m sum_i t_i (p_im - P_m)^2 / ((K - 1) T P_m); Reardon & Firebaugh 2002, eq. 9."""
    t, p, T, P = _composition(counts, seg)
    return safe_div(safe_div(_squared_deviations(counts, seg), T[:, None] * P).sum(axis=1), counts.shape[1] - 1)


@_multi
def simpson_concentration(counts, seg):
    """lambda = sum_m P_m^2: probability that two random residents belong to the same group (Simpson 1949)."""
    t, p, T, P = _composition(counts, seg)
    return np.where(T > 0, (P ** 2).sum(axis=1), np.nan)


@_multi
def simpson_interaction(counts, seg):
    """I = sum_m P_m (1 - P_m) = 1 - lambda: probability that two random residents differ (Simpson 1949)."""
    t, p, T, P = _composition(counts, seg)
    return np.where(T > 0, _interaction(P), np.nan)


@_multi
def diversity(counts, seg):
    """Entropy E = -sum_m P_m ln P_m of the region's composition (Theil 1972); maximum ln K."""
    t, p, T, P = _composition(counts, seg)
    return np.where(T > 0, _entropy(P), np.nan)
