"""Single-group aspatial indices: one group (x) against the rest of the total (t - x).

Every function takes unit counts ``x`` and totals ``t`` and, with ``regions`` (labels per unit or a
``Segments``), returns one value per region; without it, one float. Notation (Massey & Denton 1988):
t_i, x_i unit total and group count, p_i = x_i / t_i, T and X the region's sums, P = X / T.
Units with t_i = 0 contribute nothing. A region where P is 0 or 1 gives NaN (the index is undefined).
"""

import numpy as np

from ._util import by_region, reused, safe_div, share, xlogx


@reused
def _region_sums(x, t, seg):
    """Region sums X, T and share P of one group, computed once per (x, t, regions)."""
    T = seg.sum(t)
    X = seg.sum(x)
    return X, T, safe_div(X, T)


@reused
def _unit_shares(x, t):
    return share(x, t)


@by_region
def dissimilarity(x, t, seg):
    """Duncan & Duncan (1955) D = sum_i t_i |p_i - P| / (2 T P (1 - P)); Massey & Denton 1988, eq. 1."""
    X, T, P = _region_sums(x, t, seg)
    gap = _unit_shares(x, t) - seg.spread(P)
    np.abs(gap, out=gap)
    gap *= t
    # divide the region sum (not sum unit parts): a region without units is NaN, not an empty sum 0
    return safe_div(seg.sum(gap), 2 * T * P * (1 - P))


@by_region
def dissimilarity_contribution(x, t, seg):
    """Unit i's additive part of D: t_i |p_i - P| / (2 T P (1 - P)); sums to D over a region."""
    X, T, P = _region_sums(x, t, seg)
    p = _unit_shares(x, t)
    return safe_div(t * np.abs(p - seg.spread(P)), seg.spread(2 * T * P * (1 - P)))


@by_region
def gini(x, t, seg):
    """G = sum_i sum_j t_i t_j |p_i - p_j| / (2 T^2 P (1 - P)); Massey & Denton 1988, eq. 4; O(n log n)."""
    X, T, P = _region_sums(x, t, seg)
    return safe_div(pairwise_abs_difference(_unit_shares(x, t), t, seg, T), 2 * T ** 2 * P * (1 - P))


def pairwise_abs_difference(p, w, seg, total=None):
    """sum_i sum_j w_i w_j |p_i - p_j| per region by sorting p (no n x n matrix); O(n log n).

    With the units of a region in ascending order of p, W_<i the weight before unit i and W the region's:
    sum_ij = 2 sum_i w_i p_i (W_<i - W_>i) = 2 sum_i w_i p_i (2 W_<i + w_i - W), one running sum of the
    weights. ``total``: W per region when the caller has it. A ``Segments`` whose ``order_by`` keeps every
    unit inside its region's positions (``order_keeps_segments``) skips the gathers of the region codes.
    """
    order = seg.order_by(p)
    ps, ws = p[order], w[order]
    total = seg.sum(w) if total is None else total
    keeps = getattr(seg, "order_keeps_segments", False)
    codes = seg.codes if keeps else seg.codes[order]
    terms = seg.exclusive_cumsum(ws, codes)
    terms *= 2
    terms += ws
    terms -= seg.spread(total) if keeps else total[codes]
    terms *= ws
    terms *= ps
    return 2 * (seg.sum(terms) if keeps else np.bincount(codes, weights=terms, minlength=seg.n_segments))


def _binary_entropy(p):
    return -(xlogx(p) + xlogx(1 - p))


@by_region
def entropy(x, t, seg):
    """Theil's H = sum_i t_i (E - E_i) / (E T), E = binary entropy of P; Massey & Denton 1988, eq. 3."""
    X, T, P = _region_sums(x, t, seg)
    E = _binary_entropy(P)
    terms = seg.spread(E) - _binary_entropy(_unit_shares(x, t))
    terms *= t
    return safe_div(seg.sum(terms), E * T)


@by_region
def atkinson(x, t, seg, b=0.5):
    """A = 1 - P/(1-P) |sum_i (1-p_i)^(1-b) p_i^b t_i / (P T)|^(1/(1-b)); Massey & Denton 1988, eq. 5."""
    if not 0 < b < 1:
        raise ValueError(f"The Atkinson shape parameter b must be between 0 and 1 (exclusive), got {b}.")
    X, T, P = _region_sums(x, t, seg)
    p = _unit_shares(x, t)
    if b == 0.5:  # the default: one square root instead of two powers
        terms = np.sqrt((1 - p) * p)
    else:
        terms = (1 - p) ** (1 - b)
        terms *= p ** b
    terms *= t
    inner = safe_div(seg.sum(terms), P * T)
    value = 1 - safe_div(P, 1 - P) * np.abs(inner) ** (1 / (1 - b))
    return np.clip(value, 0.0, 1.0)  # a region of one unit gives 1 - (1 + 1e-16): rounding, not a value


@by_region
def isolation(x, t, seg):
    """xPx = sum_i (x_i / X)(x_i / t_i); Massey & Denton 1988, eq. 7 (Bell 1954)."""
    return _isolation(x, t, seg)


@reused
def _isolation(x, t, seg):
    """xPx per region, computed once per run for xPx and the correlation ratio."""
    X, T, P = _region_sums(x, t, seg)
    return safe_div(seg.sum(x * _unit_shares(x, t)), X)


@by_region
def exposure(x, t, seg):
    """xPy = sum_i (x_i / X)(y_i / t_i), y = t - x; Massey & Denton 1988, eq. 6 (interaction).

    Computed as 1 - xPx: sum_i (x_i / X)(1 - p_i) = 1 - sum_i (x_i / X) p_i (a unit without population has no
    group members), which shares the isolation index's sums."""
    return 1 - _isolation(x, t, seg)  # NaN where X = 0, as xPx


@by_region
def correlation_ratio(x, t, seg):
    """Eta squared V = (xPx - P) / (1 - P); Massey & Denton 1988, eq. 8 (White 1986)."""
    X, T, P = _region_sums(x, t, seg)
    return safe_div(_isolation(x, t, seg) - P, 1 - P)


@by_region
def location_quotient(x, t, seg):
    """LQ_i = p_i / P: the unit's group share relative to its region's (1 = as in the region)."""
    X, T, P = _region_sums(x, t, seg)
    return np.where(t > 0, safe_div(_unit_shares(x, t), seg.spread(P)), np.nan)
