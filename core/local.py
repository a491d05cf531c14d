"""Local (per unit) indices: which areas drive a region's segregation.

Each function takes ``counts`` [n, k] (unit total = sum of groups unless ``total`` is given) and optional
``regions``; reference shares P_m are the unit's own region's. Units without population get NaN.
"""

import numpy as np

from ._util import as_segments, safe_div, share, xlogx
from . import multigroup


def _prepare(counts, regions):
    counts = np.asarray(counts, dtype=float)
    if counts.ndim == 1:
        counts = counts[:, None]
    return counts, as_segments(regions, len(counts))


def _populated(t, values):
    t = np.asarray(t)
    mask = t > 0 if values.ndim == 1 else (t > 0)[:, None]
    return np.where(mask, values, np.nan)


def location_quotient(counts, total=None, regions=None):
    """LQ_im = (x_im / t_i) / (X_m / T) per unit and group (Isard 1960); [n, k], 1 = the region's share."""
    counts, seg = _prepare(counts, regions)
    t = counts.sum(axis=1) if total is None else np.asarray(total, float)
    P = safe_div(seg.sum(counts), seg.sum(t)[:, None])
    return _populated(t, safe_div(share(counts, t[:, None]), seg.spread(P)))


def local_diversity(counts, regions=None):
    """E_i = -sum_m p_im ln p_im: the unit's entropy (Theil 1972); 0 = one group only, maximum ln K."""
    counts, seg = _prepare(counts, regions)
    t = counts.sum(axis=1)
    return _populated(t, 0.0 - xlogx(share(counts, t[:, None])).sum(axis=1))


def local_entropy(counts, regions=None):
    """E_i / ln K: the unit's entropy normalised to 0..1 (1 = all K groups equally present)."""
    counts = np.asarray(counts, dtype=float)
    k = counts.shape[1] if counts.ndim == 2 else 1
    return local_diversity(counts, regions) / np.log(k) if k > 1 else np.full(len(counts), np.nan)


def local_simpson_concentration(counts, regions=None):
    """lambda_i = sum_m p_im^2: chance that two residents of the unit share a group (Simpson 1949)."""
    counts, seg = _prepare(counts, regions)
    t = counts.sum(axis=1)
    return _populated(t, (share(counts, t[:, None]) ** 2).sum(axis=1))


def local_simpson_interaction(counts, regions=None):
    """1 - lambda_i: chance that two residents of the unit belong to different groups (Simpson 1949)."""
    return 1 - local_simpson_concentration(counts, regions)


def dissimilarity_contribution(counts, regions=None):
    """Unit i's part of the multigroup D, t_i sum_m |p_im - P_m| / (2 T I); sums to D per region."""
    counts, seg = _prepare(counts, regions)
    return multigroup.multi_dissimilarity_contribution.raw(counts, seg)


def mutual_information_contribution(counts, regions=None):
    """Unit i's part of M, (t_i / T) sum_m p_im ln(p_im / P_m); sums to M per region."""
    counts, seg = _prepare(counts, regions)
    return multigroup.mutual_information_contribution.raw(counts, seg)
