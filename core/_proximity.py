"""Products C @ V with a dense proximity matrix C that is never stored: O(n) memory.

C_ij is a function of the distance between units i and j (and, in PySAL's convention, of j's total
distance to the others). Two ways to compute C @ V for the units of one region:

- ``blocked``: exact; rows in blocks of at most ``BLOCK_ELEMENTS`` distances (O(n^2) time, O(n) memory);
- ``fft``: units that are the cells of a regular grid; the sums are convolutions of the cell raster with a
  distance kernel (``scipy.signal.fftconvolve``), exact up to floating-point rounding (relative ~1e-12) and,
  for the exponential kernel, up to truncating the kernel where it falls below ``tol`` (see ``fft_products``).

Regions are independent (C is block-diagonal by region): ``by_region`` loops over regions, never over units.
"""

import math

import numpy as np
from scipy.signal import fftconvolve
from scipy.spatial.distance import cdist

#: Distances held at once by the blocked computation (2**21 float64 = 16 MB per temporary array).
BLOCK_ELEMENTS = 2 ** 21
#: The FFT path is chosen automatically when its padded raster is this many times smaller than n^2.
FFT_ADVANTAGE = 64
#: Largest padded raster (cells x vectors) the FFT path accepts (about 2 GB of float64).
FFT_MAX_ELEMENTS = 2 ** 28

PYSAL = "pysal"
MASSEY_DENTON = "massey_denton"
CONVENTIONS = (PYSAL, MASSEY_DENTON)


def region_slices(seg):
    """Unit positions of each region: a list of index arrays (empty arrays for empty regions)."""
    order = np.argsort(seg.codes, kind="stable")
    bounds = np.searchsorted(seg.codes[order], np.arange(seg.n_segments + 1))
    return [order[bounds[r]:bounds[r + 1]] for r in range(seg.n_segments)]


def self_proximity(areas, convention, alpha, beta, scale):
    """c_ii from the self-distance d_ii = (alpha a_i)^beta (Massey & Denton 1988: sqrt(0.6 a_i))."""
    d_ii = (alpha * areas) ** beta
    if convention == PYSAL:
        return -np.expm1(-d_ii)  # PySAL: 1 - exp(-d_ii), d_ii in metres (not normalised)
    return np.exp(-d_ii / scale)


def off_diagonal(d, column_sums, convention, scale):
    """c_ij for a block of distances d (rows i, columns j)."""
    if convention == PYSAL:
        u = np.zeros_like(d)
        np.divide(d, column_sums, out=u, where=column_sums > 0)
        return -np.expm1(-u, out=u)  # 1 - exp(-d_ij / S_j), computed without cancellation
    return np.exp(-d / scale)


def _row_blocks(m):
    rows = max(1, BLOCK_ELEMENTS // max(m, 1))
    return [(start, min(m, start + rows)) for start in range(0, m, rows)]


def distance_sums(points):
    """S_j = sum_k d_jk over the given points, in row blocks."""
    sums = np.empty(len(points))
    for start, stop in _row_blocks(len(points)):
        sums[start:stop] = cdist(points[start:stop], points).sum(axis=1)
    return sums


def blocked_products(points, diag, values, convention, scale):
    """C @ values for one region, exactly, holding at most ``BLOCK_ELEMENTS`` distances at a time."""
    m = len(points)
    column_sums = distance_sums(points) if convention == PYSAL else None
    out = np.empty_like(values)
    for start, stop in _row_blocks(m):
        c = off_diagonal(cdist(points[start:stop], points), column_sums, convention, scale)
        c[np.arange(stop - start), np.arange(start, stop)] = diag[start:stop]
        out[start:stop] = c @ values
    return out


class Raster:
    """The cells of one region on their bounding-box raster; convolves per-cell values with a kernel."""

    def __init__(self, rows, cols, cell_size):
        self.rows, self.cols = rows - rows.min(), cols - cols.min()
        self.shape = (int(self.rows.max()) + 1, int(self.cols.max()) + 1)
        self.cell_size = cell_size

    def offsets(self, half_rows, half_cols):
        """Distances (m) of the kernel offsets (-half..half in each direction) from the centre."""
        dy = np.arange(-half_rows, half_rows + 1)[:, None]
        dx = np.arange(-half_cols, half_cols + 1)[None, :]
        return self.cell_size * np.hypot(dy, dx)

    def padded_size(self, kernel_shape, k):
        return (self.shape[0] + kernel_shape[0]) * (self.shape[1] + kernel_shape[1]) * k

    def convolve(self, kernel, values):
        """out_i = sum_j kernel[offset(i, j)] values_j for values [m, k] at the cells (kernel centred)."""
        raster = np.zeros(self.shape + (values.shape[1],))
        raster[self.rows, self.cols] = values
        return fftconvolve(raster, kernel[:, :, None], mode="same", axes=(0, 1))[self.rows, self.cols]


def _series_terms(u_max, tol=1e-17):
    """Terms of 1 - exp(-u) = sum_m (-1)^(m+1) u^m / m! needed for relative error below ``tol`` (u <= u_max)."""
    terms = 1
    while terms < 60 and u_max ** terms / math.factorial(terms + 1) > tol:
        terms += 1
    return terms


def fft_kernel_shape(raster, convention, scale, tol):
    """Half-sizes of the kernel: the whole raster for PySAL's, truncated where exp(-d/scale) < tol."""
    full = (raster.shape[0] - 1, raster.shape[1] - 1)
    if convention == PYSAL:
        return full
    reach = int(math.ceil(scale * -math.log(tol) / raster.cell_size))
    return min(full[0], reach), min(full[1], reach)


def fft_products(raster, diag, values, convention, scale, tol=1e-16):
    """C @ values for the cells of one region by FFT convolution.

    Massey & Denton: kernel exp(-d / scale), truncated where it falls below ``tol`` (each sum then misses at
    most ``tol`` x the region's sum of the values). PySAL: c_ij = 1 - exp(-d_ij / S_j) depends on j, so it is
    expanded as sum_m (-1)^(m+1) d_ij^m / (m! S_j^m) with u = d/S <= 1; every term is a convolution with the
    kernel d^m, and terms are added until the remainder is below 1e-17 of the first (usually 2-4 terms).
    """
    half = fft_kernel_shape(raster, convention, scale, tol)
    dist = raster.offsets(*half)
    out = diag[:, None] * values
    if convention == MASSEY_DENTON:
        kernel = np.exp(-dist / scale)
        kernel[half] = 0.0  # the unit itself: c_ii from its area, added above
        return out + raster.convolve(kernel, values)
    if len(values) < 2:
        return out
    sums = raster.convolve(dist, np.ones((len(values), 1)))[:, 0]
    reach = np.sqrt(np.maximum(raster.rows, raster.shape[0] - 1 - raster.rows) ** 2
                    + np.maximum(raster.cols, raster.shape[1] - 1 - raster.cols) ** 2) * raster.cell_size
    u_max = float(np.max(reach / sums))  # >= every d_ij / S_j (the farthest corner of the box)
    longest = float(dist.max())
    for term in range(1, _series_terms(min(u_max, 1.0)) + 1):
        kernel = (dist / longest) ** term
        scaled = values * ((longest / sums) ** term)[:, None]
        out += (-1) ** (term + 1) / math.factorial(term) * raster.convolve(kernel, scaled)
    return out


def choose_fft(raster, m, k, convention, scale, tol, method):
    """Whether to use the FFT path for a region of m grid cells (``method``: auto, fft or exact)."""
    if method == "exact" or raster is None:
        return False
    half = fft_kernel_shape(raster, convention, scale, tol)
    padded = raster.padded_size((2 * half[0] + 1, 2 * half[1] + 1), k)
    if padded > FFT_MAX_ELEMENTS:
        if method == "fft":
            raise ValueError(f"The FFT path would need a raster of {padded:,} cells x vectors; use method='exact'.")
        return False
    return method == "fft" or padded * FFT_ADVANTAGE < m * m


def by_region(geometry, seg, values, convention, alpha, beta, scale, method, tol=1e-16):
    """C @ values for all units, C block-diagonal by region (pairs in different regions are not used)."""
    values = np.asarray(values, float)
    out = np.zeros_like(values)
    diag = self_proximity(geometry.areas, convention, alpha, beta, scale)
    grid = None if method == "exact" else geometry.grid()
    if method == "fft" and grid is None:
        raise ValueError("method='fft' needs units that are the cells of a regular square grid.")
    for idx in region_slices(seg):  # loop over regions; each is vectorised
        if not len(idx):
            continue
        raster = None if grid is None else Raster(grid.rows[idx], grid.cols[idx], grid.cell_size)
        if choose_fft(raster, len(idx), values.shape[1], convention, scale, tol, method):
            out[idx] = fft_products(raster, diag[idx], values[idx], convention, scale, tol)
        else:
            out[idx] = blocked_products(geometry.centroids[idx], diag[idx], values[idx], convention, scale)
    return out
