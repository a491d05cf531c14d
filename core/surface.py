"""Surface-based ("egohood") spatial segregation indices: Reardon & O'Sullivan (2004), Sociological Methodology 34.

Each unit's *local environment* is the kernel-weighted population around it, the unit itself included:
x~_i = sum_j w_ij x_j (``smoothed_counts``, W a kernel weights matrix with its diagonal). An aspatial index
computed on the local environments is its spatial version (spatial D~, H~, P~ ...); repeated over
bandwidths it gives a multiscalar segregation profile (Reardon et al. 2008).

Two ways to use the environments (``population``):

- ``"environment"`` (default, PySAL ``segregation`` 2.5.4 with ``w=``/``distance=``): every count *and* the
  total are smoothed and the aspatial formula is applied to the smoothed table unchanged; works for every
  aspatial index id. PySAL rounds the smoothed counts to whole persons (``.round(0)`` in
  ``_build_local_environment``); we do not, so our values differ from PySAL's by that rounding only (tested).
- ``"own"`` (Reardon & O'Sullivan's weighting): each unit weighs with its *own* population t_i, its composition
  is its environment's p~_im = x~_im / t~_i, and the region's composition P_m is the actual one, e.g.
  D~ = sum_i t_i sum_m |p~_im - P_m| / (2 T I). Available for the ids in ``OWN_POPULATION_IDS``.

Kernels (``KERNELS``, z = d / bandwidth, zero beyond the bandwidth) are libpysal's (Anselin & Rey 2010): the
weights matrix of a bandwidth equals libpysal's ``Kernel(points, bandwidth=h, function=...)``. The unit's own
weight is the kernel at distance 0 (``self_weight=None``); PySAL sets it to 1 (``fill_diagonal``), which
``self_weight=1.0`` reproduces (it differs from K(0) except for the triangular kernel).
"""

import functools

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.spatial import cKDTree

from . import aspatial, multigroup
from ._proximity import Raster, region_slices
from ._util import as_segments, safe_div, share, xlogx
from . import weights
from .geometry import UnitGeometry, detect_grid
from .segments import Segments

ENVIRONMENT = "environment"
OWN = "own"
#: Group label of multigroup rows in ``multiscalar_profile`` (as in ``compute.global_indices``).
ALL_GROUPS = "(all groups)"

#: Kernel functions of z = d / bandwidth (0 <= z <= 1): the same formulas as the weights engine (libpysal's).
KERNELS = {name: functools.partial(weights.kernel_values, name) for name in weights.KERNELS}
KERNELS.update({alias: KERNELS[name] for alias, name in weights.KERNEL_ALIASES.items()})
#: Smoothed values below this share of a column's largest value are FFT round-off and set to 0.
FFT_NOISE = 1e-11


def _kernel(name):
    if name not in KERNELS:
        raise ValueError(f"Unknown kernel '{name}': use one of {', '.join(KERNELS)}.")
    return KERNELS[name]


class KernelSmoother:
    """Local environments for a distance kernel of a fixed bandwidth (metres) on unit points.

    On a regular square grid (``method`` 'auto' or 'fft') the sums are an FFT convolution of the cell raster
    with the kernel: no weights matrix at all. Otherwise the sparse weights matrix of the pairs within the
    bandwidth is built with a k-d tree (memory: the number of such pairs).
    """

    def __init__(self, points, bandwidth, kernel="gaussian", self_weight=None, method="auto"):
        geometry = points if isinstance(points, UnitGeometry) else None
        if geometry is not None:
            geometry.require_projected("A kernel bandwidth in metres")
            points = geometry.centroids
        self.points = np.asarray(points, dtype=float)
        if not bandwidth > 0:
            raise ValueError(f"The bandwidth must be positive, got {bandwidth}.")
        self.bandwidth, self.function = float(bandwidth), _kernel(kernel)
        self.self_weight = float(self.function(0.0)) if self_weight is None else float(self_weight)
        if method not in ("auto", "fft", "exact"):
            raise ValueError("method must be 'auto', 'fft' or 'exact'.")
        if method == "exact":
            self.grid = None
        else:  # a UnitGeometry remembers whether it is a grid
            self.grid = geometry.grid() if geometry is not None else detect_grid(self.points)
        if method == "fft" and self.grid is None:
            raise ValueError("method='fft' needs points that are the cells of a regular square grid.")

    def matrix(self, seg=None):
        """The sparse kernel weights [n, n] (pairs in different regions left out when ``seg`` is given)."""
        pairs = cKDTree(self.points).query_pairs(self.bandwidth, output_type="ndarray")
        i, j = pairs[:, 0], pairs[:, 1]
        if seg is not None:
            same = seg.codes[i] == seg.codes[j]
            i, j = i[same], j[same]
        w = self.function(np.hypot(*(self.points[i] - self.points[j]).T) / self.bandwidth)
        n = len(self.points)
        diagonal = np.arange(n)
        return sparse.csr_matrix((np.r_[w, w, np.full(n, self.self_weight)],
                                  (np.r_[i, j, diagonal], np.r_[j, i, diagonal])), shape=(n, n))

    def apply(self, values, seg=None):
        """sum_j w_ij values_j for values [n] or [n, k]; within regions when ``seg`` is given."""
        values = np.asarray(values, dtype=float)
        if self.grid is None:
            return self.matrix(seg) @ values
        flat = values.reshape(len(values), -1)
        out = np.zeros_like(flat)
        groups = [np.arange(len(flat))] if seg is None else region_slices(seg)
        for idx in groups:  # loop over regions, each one FFT convolution
            if len(idx):
                out[idx] = self._convolve(Raster(self.grid.rows[idx], self.grid.cols[idx], self.grid.cell_size),
                                          flat[idx])
        return out.reshape(values.shape)

    def _convolve(self, raster, values):
        reach = int(np.floor(self.bandwidth / raster.cell_size * (1 + 1e-12)))
        half = (min(reach, raster.shape[0] - 1), min(reach, raster.shape[1] - 1))
        z = raster.offsets(*half) / self.bandwidth
        kernel = np.where(z <= 1 + 1e-12, self.function(np.minimum(z, 1.0)), 0.0)
        kernel[half] = self.self_weight
        out = raster.convolve(kernel, values)
        out[np.abs(out) < FFT_NOISE * np.abs(out).max(axis=0, initial=0.0)] = 0.0  # round-off of exact zeros
        return out


def smoothed_counts(counts, weights, regions=None, self_weight=None, within_regions=True):
    """Local environments W @ counts (not rounded; PySAL rounds them to whole persons); Reardon & O'Sullivan 2004.

    ``weights``: a sparse [n, n] kernel weights matrix that includes each unit itself (its diagonal), an object
    with ``.sparse`` (SpatialWeights, libpysal W) or a ``KernelSmoother``. ``self_weight`` replaces the diagonal
    (PySAL uses 1.0). With ``regions`` and ``within_regions``, environments stop at region borders.
    """
    counts = np.asarray(counts, dtype=float)
    seg = None if regions is None or not within_regions else as_segments(regions, len(counts))
    if isinstance(weights, KernelSmoother):
        return weights.apply(counts, seg)
    matrix = sparse.csr_matrix(getattr(weights, "sparse", weights), dtype=float)
    if matrix.shape != (len(counts), len(counts)):
        raise ValueError(f"The weights matrix is {matrix.shape}, but there are {len(counts)} units.")
    if self_weight is not None:
        matrix = matrix.tolil()
        matrix.setdiag(float(self_weight))
        matrix = matrix.tocsr()
    elif not matrix.diagonal().any():
        raise ValueError("Kernel weights for local environments must include each unit itself (a non-zero "
                         "diagonal); pass self_weight=1.0 to set it as PySAL does.")
    if seg is not None:
        coo = matrix.tocoo()
        same = seg.codes[coo.row] == seg.codes[coo.col]
        matrix = sparse.csr_matrix((coo.data[same], (coo.row[same], coo.col[same])), shape=matrix.shape)
    return matrix @ counts


# --- the unit's own population, the environment's composition (Reardon & O'Sullivan 2004) ---------------------

def _own_parts(counts, smoothed, seg):
    """Own totals t, environment composition p~ [n, k], region totals T and composition P [R, k]."""
    t = counts.sum(axis=1)
    T = seg.sum(t)
    return t, share(smoothed, smoothed.sum(axis=1)[:, None]), T, safe_div(seg.sum(counts), T[:, None])


def _own_dissimilarity(counts, smoothed, seg):
    """D~ = sum_i t_i sum_m |p~_im - P_m| / (2 T I); Reardon & O'Sullivan 2004."""
    t, p, T, P = _own_parts(counts, smoothed, seg)
    return safe_div(seg.sum(t * np.abs(p - seg.spread(P)).sum(axis=1)), 2 * T * (P * (1 - P)).sum(axis=1))


def _own_information_theory(counts, smoothed, seg):
    """H~ = 1 - sum_i t_i E~_i / (T E), E = -sum_m P_m ln P_m; Reardon & O'Sullivan 2004."""
    t, p, T, P = _own_parts(counts, smoothed, seg)
    E = -xlogx(P).sum(axis=1)
    return safe_div(seg.sum(t * (seg.spread(E) + xlogx(p).sum(axis=1))), T * E)


def _own_relative_diversity(counts, smoothed, seg):
    """R~ = 1 - sum_i t_i I~_i / (T I), I = sum_m P_m (1 - P_m); Reardon & O'Sullivan 2004."""
    t, p, T, P = _own_parts(counts, smoothed, seg)
    I = (P * (1 - P)).sum(axis=1)
    return safe_div(seg.sum(t * (seg.spread(I) - (p * (1 - p)).sum(axis=1))), T * I)


def _own_isolation(counts, smoothed, seg):
    """P~*_xx = sum_i (x_i / X) p~_ix for group column 0; Reardon & O'Sullivan 2004."""
    t, p, T, P = _own_parts(counts, smoothed, seg)
    return safe_div(seg.sum(counts[:, 0] * p[:, 0]), seg.sum(counts[:, 0]))


def _own_exposure(counts, smoothed, seg):
    """P~*_xy = sum_i (x_i / X) (1 - p~_ix), the rest of the total as y; Reardon & O'Sullivan 2004."""
    return 1 - _own_isolation(counts, smoothed, seg)


def _own_correlation_ratio(counts, smoothed, seg):
    """(P~*_xx - P) / (1 - P), the correlation ratio on local environments (White 1986)."""
    t, p, T, P = _own_parts(counts, smoothed, seg)
    return safe_div(_own_isolation(counts, smoothed, seg) - P[:, 0], 1 - P[:, 0])


_OWN = {
    "dissimilarity": _own_dissimilarity, "multi_dissimilarity": _own_dissimilarity,
    "entropy": _own_information_theory, "multi_information_theory": _own_information_theory,
    "multi_relative_diversity": _own_relative_diversity,
    "isolation": _own_isolation, "exposure": _own_exposure, "correlation_ratio": _own_correlation_ratio,
}
OWN_POPULATION_IDS = tuple(_OWN)


def _aspatial_function(index_id):
    module = aspatial if hasattr(aspatial, index_id) else multigroup
    if not hasattr(module, index_id):
        raise ValueError(f"Unknown aspatial index id '{index_id}'.")
    return getattr(module, index_id), module is aspatial


def _on_environments(index_id, raw, smoothed, seg, population, single, **index_kwargs):
    """One index on pre-smoothed columns: ``raw``/``smoothed`` are [n, 2] (x, t) or [n, k] (groups)."""
    function, is_single = _aspatial_function(index_id)
    if is_single != single:
        raise ValueError(f"'{index_id}' is a {'single' if is_single else 'multi'}group index: give "
                         f"{'a group and a total' if is_single else 'a count matrix of two or more groups'}.")
    if population == ENVIRONMENT:
        arrays = (smoothed[:, 0], smoothed[:, 1]) if single else (smoothed,)
        with np.errstate(all="ignore"):
            return function(*arrays, regions=seg, **index_kwargs)
    if population != OWN:
        raise ValueError(f"population must be '{ENVIRONMENT}' or '{OWN}'.")
    if index_id not in _OWN:
        raise ValueError(f"population='own' is defined for {', '.join(OWN_POPULATION_IDS)}; not for '{index_id}'.")
    if single:  # group and rest of the total
        raw = np.column_stack([raw[:, 0], raw[:, 1] - raw[:, 0]])
        smoothed = np.column_stack([smoothed[:, 0], smoothed[:, 1] - smoothed[:, 0]])
    with np.errstate(all="ignore"):
        return _OWN[index_id](raw, smoothed, seg)


def surface_index(index_id, counts, weights, total=None, regions=None, population=ENVIRONMENT, self_weight=None,
                  within_regions=True, **index_kwargs):
    """An aspatial index on kernel-smoothed local environments; Reardon & O'Sullivan 2004 (PySAL with w=/distance=).

    Single-group ids: ``counts`` is the group [n] and ``total`` its base [n]. Multigroup ids: ``counts`` is
    [n, k], total = the sum of the groups. Returns a float, or one value per region with ``regions``.
    """
    counts = np.asarray(counts, dtype=float)
    single = total is not None
    raw = np.column_stack([counts, np.asarray(total, dtype=float)]) if single else counts
    seg = as_segments(regions, len(raw))
    smoothed = smoothed_counts(raw, weights, seg if within_regions else None, self_weight)
    result = _on_environments(index_id, raw, smoothed, seg, population, single, **index_kwargs)
    return float(result[0]) if regions is None else result


def _smoother_for(points_or_builder, bandwidth, kernel, self_weight, method):
    if bandwidth == 0:
        return None  # no smoothing: the aspatial index
    if callable(points_or_builder):
        return points_or_builder(bandwidth)
    return KernelSmoother(points_or_builder, bandwidth, kernel, self_weight, method)


def _group_table(counts, group_names):
    if isinstance(counts, pd.DataFrame):
        return counts.to_numpy(dtype=float), list(counts.columns)
    counts = np.asarray(counts, dtype=float)
    counts = counts[:, None] if counts.ndim == 1 else counts
    names = list(group_names) if group_names is not None else [f"group_{j}" for j in range(counts.shape[1])]
    return counts, names


def multiscalar_profile(counts, total, points_or_builder, bandwidths, indices, regions=None, kernel="gaussian",
                        group_names=None, population=ENVIRONMENT, self_weight=None, within_regions=True,
                        method="auto"):
    """Surface indices over bandwidths (Reardon et al. 2008 multiscalar profile): a tidy DataFrame.

    ``counts``: groups [n, k] (a DataFrame names them); ``total``: base [n] or None (sum of the groups).
    ``points_or_builder``: unit points [n, 2] / a ``UnitGeometry`` (kernel ``kernel``), or a callable
    ``weights_for_bandwidth(bw) -> sparse [n, n]``. A bandwidth of 0 means no smoothing (the aspatial value).
    Single-group ids give one row per group, multigroup ids (k >= 2) one row with group ``ALL_GROUPS``.
    Columns: bandwidth, region, group, index, value.
    """
    counts, names = _group_table(counts, group_names)
    t = counts.sum(axis=1) if total is None else np.asarray(total, dtype=float)
    raw = np.column_stack([counts, t])
    seg, labels = _segments_and_labels(regions, len(raw))
    rows = []
    for bandwidth in bandwidths:  # loop over bandwidths; each smooths every column once
        smoother = _smoother_for(points_or_builder, bandwidth, kernel, self_weight, method)
        diagonal = None if isinstance(smoother, KernelSmoother) else self_weight  # a smoother has its own
        borders = seg if within_regions else None
        smoothed = raw if smoother is None else smoothed_counts(raw, smoother, borders, diagonal)
        for index_id in indices:
            for group, single, columns in _index_columns(index_id, names, counts.shape[1]):
                value = _on_environments(index_id, raw[:, columns], smoothed[:, columns], seg, population, single)
                rows.append(pd.DataFrame({"bandwidth": float(bandwidth), "region": labels, "group": group,
                                          "index": index_id, "value": value}))
    return pd.concat(rows, ignore_index=True)


def _segments_and_labels(regions, n):
    if regions is None:
        return as_segments(None, n), [None]
    if isinstance(regions, Segments):
        return regions, list(range(regions.n_segments))
    return Segments.from_labels(regions)


def _index_columns(index_id, names, k):
    """(group label, single?, columns of [groups..., total]) for each row an index gives."""
    if _aspatial_function(index_id)[1]:
        return [(name, True, [j, k]) for j, name in enumerate(names)]
    return [(ALL_GROUPS, False, list(range(k)))] if k >= 2 else []


def surface_function(index_id):
    """The surface version of an aspatial id with the core's argument order, for the registry:
    ``f(x, t, weights, regions=None, **kw)`` (single-group) or ``f(counts, weights, regions=None, **kw)``."""
    _, single = _aspatial_function(index_id)
    if single:
        def function(x, t, weights, regions=None, **kwargs):
            return surface_index(index_id, x, weights, total=t, regions=regions, **kwargs)
    else:
        def function(counts, weights, regions=None, **kwargs):
            return surface_index(index_id, counts, weights, regions=regions, **kwargs)
    function.__name__ = f"surface_{index_id}"
    function.__doc__ = (f"'{index_id}' on kernel-smoothed local environments (Reardon & O'Sullivan 2004); "
                        "see ``surface_index`` for the options.")
    return function
