"""Spatial single-group segregation indices: one group (x) against the rest of the total (t - x).

Every function takes unit counts ``x``, totals ``t`` and what the index needs of space (a sparse weights
matrix or a ``UnitGeometry``), and, with ``regions`` (labels per unit or a ``Segments``), returns one value
per region (sorted labels); without it, one float. Each region is computed as if alone: neighbour pairs and
distances between units of different regions are not used. Coordinates, areas and lengths are in metres
(a geographic CRS is refused). Formulas follow PySAL ``segregation`` 2.5.4; where PySAL departs from the
paper, ``convention="massey_denton"`` gives the paper's formula (see the distance-decay section below).

Distance-decay indices (spatial proximity, clustering, distance-decay isolation/exposure) use a proximity
c_ij between every pair of units of a region, computed in row blocks (or by FFT on grids), never as an
n x n matrix:

- ``convention="pysal"`` (default; PySAL 2.5.4, whose published values these reproduce):
  c_ij = 1 - exp(-d_ij / S_j) with S_j = sum_k d_jk the total distance from j to the region's units (so the
  distance unit cancels: PySAL does not convert metres to km, it divides by these sums), and
  c_ii = 1 - exp(-(alpha a_i)^beta) with the area a_i in m² (d_ii = sqrt(0.6 a_i) m, not normalised).
  PySAL's relative clustering uses sum_ij c_ij x_j^2 for P_xx, and its distance-decay isolation/exposure
  normalise K_ij = c_ij t_j / sum_k c_jk t_k by the row sum of j (numpy broadcasting); both are reproduced.
- ``convention="massey_denton"``: the papers' c_ij = exp(-d_ij / scale), d in metres, ``scale`` = 1000 (km),
  c_ii = exp(-(alpha a_i)^beta / scale) (White 1983; Massey & Denton 1988), with P_xx = sum_ij x_i x_j c_ij / X^2
  and K_ij = c_ij t_j / sum_k c_ik t_k (Morgan 1983).
"""

import functools

import numpy as np
from scipy import sparse
from scipy.spatial import cKDTree

from . import _proximity
from ._proximity import CONVENTIONS, PYSAL
from ._util import as_segments, safe_div, share
from .aspatial import dissimilarity
from .geometry import UnitGeometry
from .segments import Segments

#: Unit centres for centralization: mean of the unit centroids, or population-weighted mean centre.
CENTROID = "centroid"
POPULATION = "population"


def _spatial(func):
    """Public wrapper: ``func(x, t, space, seg, **kw)`` becomes ``name(x, t, space, regions=None, **kw)``."""
    @functools.wraps(func)
    def wrapper(x, t, space, regions=None, **kwargs):
        x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
        n = space.n if isinstance(space, UnitGeometry) else getattr(space, "sparse", space).shape[0]
        if not len(x) == len(t) == n:
            raise ValueError(f"x ({len(x)}), t ({len(t)}) and the geometry/weights ({n}) must describe the same "
                             "units.")
        seg = as_segments(regions, len(x))
        result = func(x, t, space, seg, **kwargs)
        return float(result[0]) if regions is None else result
    wrapper.raw = func
    return wrapper


def _group_totals(x, t, seg):
    return seg.sum(x), seg.sum(t - x), seg.sum(t)


# --- contiguity and shared boundaries -------------------------------------------------------------------------

def _region_pairs(matrix, seg):
    """Entries (i, j, c_ij) of a sparse matrix whose units i and j lie in the same region."""
    coo = sparse.coo_matrix(getattr(matrix, "sparse", matrix))
    same = seg.codes[coo.row] == seg.codes[coo.col]
    return coo.row[same], coo.col[same], coo.data[same].astype(float)


def _row_standardise(i, c, n):
    rows = np.bincount(i, weights=c, minlength=n)
    return safe_div(c, rows[i])  # a unit without neighbours has no entries, so no 0/0 reaches the sums


def _neighbour_difference(p, i, j, c, seg):
    """sum_ij c_ij |p_i - p_j| / sum_ij c_ij per region."""
    num = np.bincount(seg.codes[i], weights=c * np.abs(p[i] - p[j]), minlength=seg.n_segments)
    return safe_div(num, np.bincount(seg.codes[i], weights=c, minlength=seg.n_segments))


@_spatial
def spatial_dissimilarity(x, t, w, seg, standardize=False):
    """Morrill (1991) D(adj) = D - sum_ij c_ij |p_i - p_j| / sum_ij c_ij, c = contiguity weights.

    PySAL ``SpatialDissim`` (queen weights, not row-standardised by default).
    """
    i, j, c = _region_pairs(w, seg)
    if standardize:
        c = _row_standardise(i, c, len(x))
    return dissimilarity.raw(x, t, seg) - _neighbour_difference(share(x, t), i, j, c, seg)


def _boundaries(space, what):
    if isinstance(space, UnitGeometry):
        space.require("shared_boundaries", what=what)
        return space.shared_boundaries
    return space


@_spatial
def boundary_spatial_dissimilarity(x, t, geometry, seg, standardize=True):
    """Wong (1993) D(w) = D - sum_ij c_ij |p_i - p_j| / sum_ij c_ij, c_ij = length of the shared boundary.

    PySAL ``BoundarySpatialDissim`` row-standardises c by default; a unit without any shared boundary (an
    island) makes its row 0/0 and PySAL's value NaN, while we leave that unit out of the neighbour term.
    """
    i, j, c = _region_pairs(_boundaries(geometry, "Boundary spatial dissimilarity"), seg)
    if standardize:
        c = _row_standardise(i, c, len(x))
    return dissimilarity.raw(x, t, seg) - _neighbour_difference(share(x, t), i, j, c, seg)


@_spatial
def perimeter_area_dissimilarity(x, t, geometry, seg, standardize=True):
    """Wong (1993) D(s), corrected by Tivadar (2019): D - sum_ij |p_i - p_j| c_ij (PA_i + PA_j) / (2 max PA).

    PA = perimeter / area, c_ij = shared boundary length / the region's sum of them. Tivadar's appendix
    removes the extra division by 2 of Wong's interaction term; PySAL ``PARDissim`` follows it.
    """
    geometry.require("shared_boundaries", "perimeters", "areas", what="Perimeter/area dissimilarity",
                     positive_areas=True)
    i, j, c = _region_pairs(geometry.shared_boundaries, seg)
    if standardize:
        c = safe_div(c, seg.spread(np.bincount(seg.codes[i], weights=c, minlength=seg.n_segments))[i])
    pa = geometry.perimeters / geometry.areas
    max_pa = np.full(seg.n_segments, np.nan)
    np.fmax.at(max_pa, seg.codes, pa)
    p = share(x, t)
    num = np.bincount(seg.codes[i], weights=np.abs(p[i] - p[j]) * c * (pa[i] + pa[j]), minlength=seg.n_segments)
    return dissimilarity.raw(x, t, seg) - safe_div(num, 2 * max_pa)


# --- distance decay -------------------------------------------------------------------------------------------

def _decay(geometry, seg, columns, what, convention, alpha, beta, scale, method):
    """C @ [columns] per region (see the module docstring for c_ij); one array [n, len(columns)]."""
    if convention not in CONVENTIONS:
        raise ValueError(f"Unknown convention '{convention}': use one of {', '.join(CONVENTIONS)}.")
    if alpha < 0 or beta < 0 or scale <= 0:
        raise ValueError("alpha and beta must be >= 0 and scale > 0.")
    geometry.require("areas", what=what)
    return _proximity.by_region(geometry, seg, np.column_stack(columns), convention, alpha, beta, scale, method)


def _decay_options(func):
    """Adds the keyword options shared by the distance-decay indices."""
    @functools.wraps(func)
    def wrapper(x, t, geometry, seg, convention=PYSAL, alpha=0.6, beta=0.5, scale=1000.0, method="auto"):
        products = functools.partial(_decay, geometry, seg, convention=convention, alpha=alpha, beta=beta,
                                     scale=scale, method=method)
        return func(x, t, seg, products, convention)
    return wrapper


@_spatial
@_decay_options
def spatial_proximity(x, t, seg, products, convention):
    """White (1983) SP = (X P_xx + Y P_yy) / (T P_tt), P_xx = sum_ij x_i x_j c_ij / X^2; Massey & Denton 1988.

    PySAL ``SpatialProximity``; c_ij per ``convention`` (module docstring).
    """
    y = t - x
    X, Y, T = _group_totals(x, t, seg)
    cx, cy, ct = products([x, y, t], what="Spatial proximity").T
    pxx, pyy, ptt = (safe_div(seg.sum(v * cv), V ** 2) for v, cv, V in ((x, cx, X), (y, cy, Y), (t, ct, T)))
    return safe_div(X * pxx + Y * pyy, T * ptt)


@_spatial
@_decay_options
def absolute_clustering(x, t, seg, products, convention):
    """Massey & Denton (1988) ACL = (sum_i x_i/X sum_j c_ij x_j - X/n^2 sum_ij c_ij) / (same with t_j for x_j).

    PySAL ``AbsoluteClustering``; n = the region's number of units.
    """
    X = seg.sum(x)
    cx, ct, c1 = products([x, t, np.ones(len(x))], what="Absolute clustering").T
    mean_term = X / seg.count().astype(float) ** 2 * seg.sum(c1)
    return safe_div(safe_div(seg.sum(x * cx), X) - mean_term, safe_div(seg.sum(x * ct), X) - mean_term)


@_spatial
@_decay_options
def relative_clustering(x, t, seg, products, convention):
    """Massey & Denton (1988) RCL = P_xx / P_yy - 1, P_xx = sum_ij x_i x_j c_ij / X^2.

    PySAL ``RelativeClustering`` computes P_xx = sum_ij c_ij x_j^2 / X^2 (convention "pysal" does too).
    """
    y = t - x
    X, Y, T = _group_totals(x, t, seg)
    if convention == PYSAL:
        cx, cy = products([x ** 2, y ** 2], what="Relative clustering").T
        pxx, pyy = safe_div(seg.sum(cx), X ** 2), safe_div(seg.sum(cy), Y ** 2)
    else:
        cx, cy = products([x, y], what="Relative clustering").T
        pxx, pyy = safe_div(seg.sum(x * cx), X ** 2), safe_div(seg.sum(y * cy), Y ** 2)
    return safe_div(pxx, pyy) - 1


def _distance_decay_exposure(x, v, t, seg, products, convention, what):
    """sum_i (x_i / X) sum_j K_ij v_j / t_j with K_ij = c_ij t_j / (normalising row sum)."""
    X = seg.sum(x)
    if convention == PYSAL:  # PySAL divides column j by row sum j: K_ij = c_ij t_j / sum_k c_jk t_k
        ct = products([t], what=what)[:, 0]
        weights = np.where(t > 0, share(v, ct), 0.0)
        return safe_div(seg.sum(x * products([weights], what=what)[:, 0]), X)
    cv, ct = products([v, t], what=what).T  # Morgan 1983: K_ij = c_ij t_j / sum_k c_ik t_k
    return safe_div(seg.sum(x * share(cv, ct)), X)


@_spatial
@_decay_options
def distance_decay_isolation(x, t, seg, products, convention):
    """Morgan (1983) DP_xx = sum_i (x_i / X) sum_j K_ij x_j / t_j, K_ij = c_ij t_j / sum_k c_ik t_k.

    Massey & Denton 1988; PySAL ``DistanceDecayIsolation`` (which normalises K by the row sum of j).
    """
    return _distance_decay_exposure(x, x, t, seg, products, convention, "Distance-decay isolation")


@_spatial
@_decay_options
def distance_decay_exposure(x, t, seg, products, convention):
    """Morgan (1983) DP_xy = sum_i (x_i / X) sum_j K_ij y_j / t_j, y = t - x, K as in distance-decay isolation.

    Massey & Denton 1988; PySAL ``DistanceDecayInteraction``.
    """
    return _distance_decay_exposure(x, t - x, t, seg, products, convention, "Distance-decay exposure")


# --- concentration ---------------------------------------------------------------------------------------------

def _areas(geometry, what):
    geometry.require("areas", what=what)
    return geometry.areas


@_spatial
def delta(x, t, geometry, seg):
    """Hoover's delta DEL = 1/2 sum_i |x_i / X - a_i / A|; Massey & Denton 1988, eq. 9 (PySAL ``Delta``)."""
    a = _areas(geometry, "Delta")
    X, A = seg.sum(x), seg.sum(a)
    return 0.5 * seg.sum(np.abs(safe_div(x, seg.spread(X)) - safe_div(a, seg.spread(A))))


def _first_reaching(order, t, X, T, seg):
    """Per region: how many units, taken in ``order``, until the cumulative population first reaches X."""
    codes = seg.codes[order]
    cumulative = seg.exclusive_cumsum(t[order], codes) + t[order]
    short = cumulative / T[codes] < X[codes] / T[codes]  # as PySAL compares (pysal/segregation issue #43)
    return np.bincount(codes, weights=short, minlength=seg.n_segments).astype(int) + 1


def _concentration_bounds(x, t, a, seg):
    """sum t_i a_i and sum t_i over the n1 smallest units (T1) and over the units from rank n2 on (T2).

    n1: the smallest units (by area) until their population first reaches X; n2 = n - the same count
    taken from the largest units (Massey & Denton 1988; PySAL's n1, n2).
    """
    X, T = seg.sum(x), seg.sum(t)
    order = seg.order_by(a)
    codes = seg.codes[order]
    rank = np.arange(len(order)) - np.searchsorted(codes, codes)
    n1 = _first_reaching(order, t, X, T, seg)
    n2 = seg.count() - _first_reaching(seg.order_by(-a), t, X, T, seg)
    small, large = rank < n1[codes], rank >= n2[codes]
    ts, ta = t[order], (t * a)[order]
    sums = [np.bincount(codes, weights=np.where(mask, v, 0.0), minlength=seg.n_segments)
            for mask in (small, large) for v in (ta, ts)]
    return sums  # [sum1, t1, sum2, t2]


@_spatial
def absolute_concentration(x, t, geometry, seg):
    """Massey & Denton (1988) ACO = 1 - (sum_i x_i a_i / X - L) / (H - L), eq. 10.

    L = sum t_i a_i / T1 over the n1 smallest units, H = the same over the units from rank n2 on (the largest);
    PySAL ``AbsoluteConcentration``. Undefined (NaN) when all units have the same area.
    """
    a = _areas(geometry, "Absolute concentration")
    sum1, t1, sum2, t2 = _concentration_bounds(x, t, a, seg)
    low, high = safe_div(sum1, t1), safe_div(sum2, t2)
    return 1 - safe_div(safe_div(seg.sum(x * a), seg.sum(x)) - low, high - low)


@_spatial
def relative_concentration(x, t, geometry, seg):
    """Massey & Denton (1988) RCO = ((sum x_i a_i / X) / (sum y_i a_i / Y) - 1) / (L / H - 1), eq. 11.

    L and H as in absolute concentration; PySAL ``RelativeConcentration``.
    """
    a = _areas(geometry, "Relative concentration")
    y = t - x
    sum1, t1, sum2, t2 = _concentration_bounds(x, t, a, seg)
    group_ratio = safe_div(safe_div(seg.sum(x * a), seg.sum(x)), safe_div(seg.sum(y * a), seg.sum(y)))
    return safe_div(group_ratio - 1, safe_div(safe_div(sum1, t1), safe_div(sum2, t2)) - 1)


# --- centralization --------------------------------------------------------------------------------------------

def _centre_codes(regions, center_regions):
    """Region code of each centre (-1 for a label that no unit has), matched by label like the units' regions."""
    if regions is None:
        return np.zeros(len(center_regions), dtype=np.intp)
    if isinstance(regions, Segments):
        return np.asarray(center_regions, dtype=np.intp)  # already the codes of that Segments
    lookup = {label: code for code, label in enumerate(Segments.from_labels(regions)[1])}
    centre_seg, centre_labels = Segments.from_labels(center_regions)
    return np.array([lookup.get(centre_labels[c], -1) for c in range(len(centre_labels))],
                    dtype=np.intp)[centre_seg.codes]


def _centre_distances(centroids, t, seg, center, centre_codes):
    """Distance from each unit's centroid to its region's centre, or to the nearest of several centres."""
    if isinstance(center, str):
        if center not in (CENTROID, POPULATION):
            raise ValueError(f"Unknown center '{center}': use '{CENTROID}', '{POPULATION}' or centre coordinates.")
        weights = np.ones(len(t)) if center == CENTROID else t
        total = seg.sum(weights)
        centre = np.column_stack([safe_div(seg.sum(weights * centroids[:, k]), total) for k in (0, 1)])
        return np.hypot(*(centroids - seg.spread(centre)).T)
    points = np.atleast_2d(np.asarray(center, dtype=float))
    if points.ndim != 2 or points.shape[1] != 2 or not len(points) or not np.isfinite(points).all():
        raise ValueError("center must be 'centroid', 'population', one point (x, y) or an array of points [m, 2].")
    if centre_codes is None:
        return cKDTree(points).query(centroids)[0]
    if len(centre_codes) != len(points):
        raise ValueError("center_regions must give one region per centre point.")
    distance = np.full(len(t), np.nan)  # a region without a centre gets NaN
    for code, units in enumerate(_proximity.region_slices(seg)):  # loop over regions, not units
        mine = points[centre_codes == code]
        if len(units) and len(mine):
            distance[units] = cKDTree(mine).query(centroids[units])[0]
    return distance


def _curve_difference(distance, u, v, seg):
    """sum_k U_(k-1) V_k - U_k V_(k-1), units by distance to the centre within each region, U and V the
    cumulative shares of u and v. Units at the same distance form one step (their order does not matter)."""
    order = seg.order_by(distance)
    codes, d = seg.codes[order], distance[order]
    U, V = (safe_div(seg.exclusive_cumsum(w[order], codes) + w[order], seg.sum(w)[codes]) for w in (u, v))
    step_end = np.r_[(codes[1:] != codes[:-1]) | (d[1:] != d[:-1]), True]
    codes, U, V = codes[step_end], U[step_end], V[step_end]
    first = np.r_[True, codes[1:] != codes[:-1]]
    U_before, V_before = (np.where(first, 0.0, np.r_[0.0, W[:-1]]) for W in (U, V))
    result = np.bincount(codes, weights=U_before * V - U * V_before, minlength=seg.n_segments)
    # a region without units, or without a centre (every distance NaN), has no value
    return np.where(seg.count(np.isfinite(distance)) > 0, result, np.nan)


def _centralization(func):
    """Adds ``center`` and ``center_regions`` (the region label of each centre point) to a centralization index."""
    @functools.wraps(func)
    def wrapper(x, t, geometry, regions=None, center=CENTROID, center_regions=None):
        codes = None if center_regions is None else _centre_codes(regions, center_regions)
        return func(x, t, geometry, regions=regions, center=center, centre_codes=codes)
    wrapper.raw = func.raw
    return wrapper


@_centralization
@_spatial
def absolute_centralization(x, t, geometry, seg, center=CENTROID, centre_codes=None):
    """Massey & Denton (1988) ACE = sum_i X_(i-1) A_i - sum_i X_i A_(i-1), eq. 12.

    Units sorted by distance to the centre; X, A cumulative shares of the group and of the area. PySAL
    ``AbsoluteCentralization`` (its center='mean' is our 'centroid', 'population_weighted_mean' our 'population').
    """
    geometry.require("areas", what="Absolute centralization")
    distance = _centre_distances(geometry.centroids, t, seg, center, centre_codes)
    return _curve_difference(distance, x, geometry.areas, seg)


@_centralization
@_spatial
def relative_centralization(x, t, geometry, seg, center=CENTROID, centre_codes=None):
    """Massey & Denton (1988) RCE = sum_i X_(i-1) Y_i - sum_i X_i Y_(i-1), eq. 13.

    Units sorted by distance to the centre; X, Y cumulative shares of the group and of the rest. PySAL
    ``RelativeCentralization``.
    """
    geometry.require_projected("Relative centralization")
    distance = _centre_distances(geometry.centroids, t, seg, center, centre_codes)
    return _curve_difference(distance, x, t - x, seg)
