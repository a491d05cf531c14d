"""Local spatial association (LISA) for disadvantage clusters: where do high (or low) values cluster?

Four local statistics, each with conditional permutation inference, a multiple-testing adjustment and a
cluster category per unit:

- ``local_moran``: local Moran's I_i (Anselin 1995), as ``esda.Moran_Local``.
- ``getis_ord``: Getis-Ord G_i and G_i* (Getis & Ord 1992; Ord & Getis 1995), as ``esda.G_Local``.
- ``join_count``: the local join count BJC_i of a 0/1 flag (Anselin & Li 2019), as ``esda.Join_Counts_Local``.
- ``local_moran_rate``: local Moran's I_i of the Empirical Bayes standardised rates of Assuncao & Reis (1999),
  as ``esda.Moran_Local_Rate``.

The deterministic values (statistic, analytic expectation and z, quadrant) equal esda 2.7's to rounding, with
one deliberate exception: the analytic variance of local Moran's I_i uses the kurtosis b2 = m4 / m2^2 of the
whole variable (Sokal, Oden & Thomson 1998, eq. A4); esda 2.7 uses z_i^4 / n in place of m4 (pysal/esda issue
#390, fixed after 2.7 by pull request #391).

Missing data. NaN values (suppressed data) leave the analysis entirely: the weights are subset to the valid
units, so a unit's lag, the mean and variance and the permutation pool use valid units only; missing units
get category ``MISSING`` and NaN statistics. A valid unit without a valid neighbour (an island, or a unit
alone in its region) gets ``NO_NEIGHBOURS``, NaN statistics and a NaN p-value; it is not tested and not
counted in the multiple-testing adjustment, but it still counts in its group's mean, variance, n and
permutation pool (as in esda, where an island keeps its place in y).

Regions. With ``regions`` every region (municipality) is analysed on its own: links between regions are
dropped (``SpatialWeights.restrict_to_regions``) before the weights are transformed, and the mean, variance
and n of the standardisation, the Empirical Bayes rates and the permutation pool are the region's own valid
units. Each region draws its permutations from its own random stream, keyed by the run's seed and the
region's label, so a region's p-values do not depend on which other regions are in the run. The
multiple-testing adjustment is over all tested units of the whole run. Without ``regions`` the analysis is
one group of all valid units, with the weights as given (which may link units of different regions).

Conditional permutation (Anselin 1995, section 4). Unit i keeps its value; its k_i neighbours' values are
replaced by k_i values drawn without replacement from the n - 1 other units of its group (esda draws one set
of indices for all units, ``esda.crand``; so does this module). Every statistic here is an affine function
of the permuted off-diagonal lag L_i = sum_m w_i(m) v_(m) for a fixed unit i (statistic = a_i L_i + b_i), so
a permuted statistic is at least the observed one exactly when a_i L_i is at least a_i times the observed
lag: counting is done on the lag. Each block of permutations draws ``rids`` [R, K], K = k_max + 1 distinct
indices per permutation, in random order. For unit i with cardinality k the neighbour sample of
permutation r is rids[r, :k], except when i is among them: then i is replaced by rids[r, k]. This is a
uniform k-subset of the other units (each k-subset A arises from k!(n - k) sequences with A first and from
k * k! sequences with i first and the missing element of A in place k: k! n in all), in uniformly random
order. Hence:

- Rows with equal off-diagonal weights c_i (binary, row-standardised binary, k nearest neighbours, binary
  distance bands; detected per row) have L_i(r) = c_i S_k(r), S_k(r) = the sum of v over rids[r, :k]
  (shared by every unit with k neighbours), except for the (i, r) pairs where i is among rids[r, :k] (about
  R k / n per unit), which are corrected exactly. Counting is a sort of S_k per distinct k and a
  ``searchsorted`` per unit: O(n log R + R K) time, O(n + R K) memory, no n x R array.
- Other rows (kernel weights) take the general path: the permuted lags of a chunk of units are one dense
  product (units x K weights in CSR column order, as esda) @ (K x R values) plus the same sparse corrections;
  chunks are bounded by ``MEMORY_BUDGET`` (64 MB).

Both paths give identical counts for identical ``rids`` (``_permutation_counts``, tested). ``progress(done,
total)`` is called between chunks (units done, summed over blocks of permutations); returning False raises
``Cancelled``. Blocks of permutations (``MEMORY_BUDGET`` over R x K) are drawn one after the other from the
group's stream; only when R x K exceeds about 10^6 does the block size, and so the draws, depend on the budget.

Shared draws (esda's design, kept here) make the Monte-Carlo errors of different units correlated: each
unit's p-value is an exact-size permutation test, but the *number* of units below a threshold varies more
between seeds than independent draws would make it (on 100,000 grid cells at R = 999: 36,400 to 39,300
units with p <= 0.05 over six seeds). More permutations shrink it; R = 9 999 costs little here.

Pseudo p-values (Davison & Hinkley 1997): p = (M + 1) / (R + 1) with R permutations and M the number at
least as extreme: ``greater`` M = #{permuted >= observed}, ``less`` M = #{permuted <= observed},
``two-sided`` = min(1, 2 min(p_greater, p_less)). A permuted value within a relative ``TIE_TOLERANCE``
(1e-12, of the largest possible |lag|: sum_m |w_im| max |v|) of the observed one counts as a tie. esda's
``p_sim`` is the folded one-tailed value (min(M_ge, R - M_ge) + 1) / (R + 1); for continuous data the
two-sided p here is min(1, 2 p_sim). Where the statistic cannot vary (z_i = 0 for Moran) every permutation
ties: p = 1 here, while esda reports its smallest p, 1 / (R + 1). With ``permutations=0`` there are no
p-values (NaN) and every tested unit is ``NOT_SIGNIFICANT`` (the analytic z is still reported).

Random numbers come only from the ``numpy.random.Generator`` or integer seed given (never numpy's global
state): the same seed, data and settings give identical output. Without a seed a fresh one is drawn from
the operating system and recorded in ``settings['seed']``, so any run can be repeated.
"""

import zlib
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from ._util import positive_number
from .inference import TIE_TOLERANCE, Cancelled, fresh_seed
from .segments import Segments
from .weights import SpatialWeights

#: Working memory (bytes) of a chunk of units or a block of permutations (``budget`` of the counting).
MEMORY_BUDGET = 64 * 2 ** 20

STATISTICS = ("local_moran", "getis_ord", "join_count", "local_moran_rate")
ADJUSTMENTS = ("fdr_bh", "bonferroni", "none")
ALTERNATIVES = ("two-sided", "greater", "less")
TRANSFORMS = ("r", "b", "o")

NOT_SIGNIFICANT, HIGH_HIGH, LOW_LOW, HIGH_LOW, LOW_HIGH, NO_NEIGHBOURS, MISSING = 0, 1, 2, 3, 4, 5, 6
CATEGORY_LABELS = {NOT_SIGNIFICANT: "Not significant", HIGH_HIGH: "High-High", LOW_LOW: "Low-Low",
                   HIGH_LOW: "High-Low", LOW_HIGH: "Low-High", NO_NEIGHBOURS: "No neighbours",
                   MISSING: "Missing"}
#: esda's ``Moran_Local.q`` (1 HH, 2 LH, 3 LL, 4 HL) -> the quadrant codes here (1 HH, 2 LL, 3 HL, 4 LH).
ESDA_QUADRANT = {1: 1, 2: 4, 3: 2, 4: 3}

# float64 (R x K) arrays alive at once in one block of permutations: bounds the block's rows.
_BLOCK_ARRAYS = 8
# float64 (units x R) arrays alive at once in a chunk of the general path.
_CHUNK_ARRAYS = 4


@dataclass
class LocalResult:
    """One local statistic per unit, with its inference and cluster category (arrays over all units).

    ``expected`` and ``z`` are analytic: local Moran's total-randomisation moments (Anselin 1995; Sokal
    et al. 1998, eqs. A3-A4), G_i's moments (Ord & Getis 1995, as esda's EGs, VGs, Zs), the hypergeometric
    moments of BJC_i given x_i = 1 (conditional permutation, Anselin & Li 2019). ``expected_sim`` and
    ``z_sim`` are the permutation mean and (value - mean) / sd (esda's EI_sim / EG_sim and z_sim).
    ``variable`` is the variable analysed: Moran's standardised z, the EB-standardised rate, Gi's y,
    the 0/1 flag. ``n_tested`` counts the units with a p-value (with ``permutations=0``: the units that
    would have one); it is the m of the multiple-testing adjustment.
    """

    statistic: str
    value: np.ndarray
    expected: np.ndarray
    z: np.ndarray
    p: np.ndarray
    p_adjusted: np.ndarray
    quadrant: np.ndarray
    category: np.ndarray
    lag: np.ndarray
    n_tested: int
    settings: dict
    expected_sim: np.ndarray = None
    z_sim: np.ndarray = None
    variable: np.ndarray = None


# --------------------------------------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------------------------------------

def local_moran(values, weights, *, permutations=999, seed=None, alternative="two-sided", adjustment="fdr_bh",
                alpha=0.05, regions=None, transform="r", progress=None):
    """Local Moran I_i = (n - 1) z_i sum_j w_ij z_j / sum_k z_k^2, z = (x - mean) / sd (Anselin 1995, eq. 12).

    As ``esda.Moran_Local``: sd is the population standard deviation, w the weights after ``transform``
    ('r' row-standardised, 'b' binary, 'o' as given; a self-weight w_ii counts in the lag). Quadrant: 1 HH
    (z_i > 0, lag > 0), 2 LL (z_i <= 0, lag <= 0), 3 HL, 4 LH (esda's q mapped by ``ESDA_QUADRANT``).
    ``expected`` = -w_i / (n - 1), ``z`` = (I_i - E) / sqrt(Var) under total randomisation (Sokal et al. 1998,
    eqs. A3-A4, with the global kurtosis; see the module docstring on esda 2.7's VI). ``lag`` = W z.
    See the module docstring for missing values, ``regions``, the permutations and the p-values.
    """
    options = _Options.make("local_moran", permutations, seed, alternative, adjustment, alpha, progress)
    transform = _check_transform(transform, TRANSFORMS)
    y = _check_values(values, "values")
    setup = _Setup.make(np.isfinite(y), weights, regions, y.size)
    matrix = _transformed(setup.weights.sparse, transform)
    parts = _moran_parts(y[setup.valid], matrix, setup)
    return _finish(parts, matrix, setup, options, {"transform": transform})


def getis_ord(values, weights, *, star=True, permutations=999, seed=None, alternative="two-sided",
              adjustment="fdr_bh", alpha=0.05, regions=None, transform="r", progress=None):
    """Getis-Ord G_i = sum_j w_ij y_j / sum_{j != i} y_j and G_i* = sum_j w_ij y_j / sum_j y_j (Ord & Getis 1995).

    As ``esda.G_Local``: ``star=True`` gives each unit the self-weight w_ii = the largest weight of its row
    (1 for binary weights; esda's fill for untransformed weights) unless the weights already have a
    diagonal, which is kept; a number gives that self-weight; ``star=False`` drops any diagonal. Then
    ``transform`` 'r' (row-standardised, self-weight included) or 'b' (binary). ``expected`` EG_i = w_i / N,
    ``z`` = (G_i - EG_i) / sqrt(VG_i) with VG_i = w_i (N - w_i) / (N - 1) / N^2 * s^2 / ybar^2 over the N
    units other than i (all n for G_i*), esda's formulas (Ord & Getis 1995, eqs. 4-6). Quadrant: 1 hot
    (G_i > EG_i), 2 cold (<). The values must be >= 0 (G_i is a share of the total). ``lag`` = W y.
    """
    options = _Options.make("getis_ord", permutations, seed, alternative, adjustment, alpha, progress)
    transform = _check_transform(transform, ("r", "b"))
    star = _check_star(star)
    y = _check_values(values, "values")
    negative = np.flatnonzero(y < 0)
    if len(negative):
        raise ValueError(f"Getis-Ord G needs values >= 0 (a share of the total); negative at units "
                         f"{_listing(negative)}: use local_moran for variables with negative values")
    setup = _Setup.make(np.isfinite(y), weights, regions, y.size)
    matrix = _star_weights(setup.weights.sparse, star, transform)
    parts = _getis_ord_parts(y[setup.valid], matrix, setup, star is not False)
    return _finish(parts, matrix, setup, options, {"transform": transform, "star": star})


def join_count(flags, weights, *, permutations=999, seed=None, alternative="greater", adjustment="fdr_bh",
               alpha=0.05, regions=None, progress=None):
    """Local join count BJC_i = x_i sum_j w_ij x_j, binary w, x in {0, 1} (Anselin & Li 2019, eq. 5).

    As ``esda.Join_Counts_Local``: weights made binary, any diagonal dropped; p-values only for units with
    x_i = 1 and BJC_i > 0 (esda sets the others' p to NaN), the others are not tested. ``expected`` and ``z``:
    the hypergeometric mean k_i (n1 - 1) / (n - 1) and z of BJC_i under conditional permutation given
    x_i = 1 (n1 flagged units in the group; 0 and NaN for x_i = 0). Quadrant 1 where x_i = 1 and BJC_i > 0.
    Constant flags are allowed (nothing can be significant). ``lag`` = number of flagged neighbours.
    """
    options = _Options.make("join_count", permutations, seed, alternative, adjustment, alpha, progress)
    x = _check_values(flags, "flags")
    finite = np.isfinite(x)
    bad = np.flatnonzero(finite & (x != 0) & (x != 1))
    if len(bad):
        raise ValueError(f"join counts need binary flags (0 or 1, NaN = missing); other values at units "
                         f"{_listing(bad)}")
    setup = _Setup.make(finite, weights, regions, x.size)
    matrix = _binary(_without_diagonal(setup.weights.sparse))
    parts = _join_count_parts(x[setup.valid], matrix, setup)
    return _finish(parts, matrix, setup, options, {"transform": "b"})


def local_moran_rate(counts, bases, weights, *, permutations=999, seed=None, alternative="two-sided",
                     adjustment="fdr_bh", alpha=0.05, regions=None, transform="r", progress=None):
    """Local Moran of Empirical Bayes standardised rates z_i = (r_i - b) / sqrt(a + b / n_i) (Assuncao & Reis 1999).

    As ``esda.Moran_Local_Rate`` (``esda.smoothing.assuncao_rate``): r_i = counts_i / bases_i, b = sum counts /
    sum bases, s^2 = sum n_i (r_i - b)^2 / sum n_i, a = s^2 - b / mean(n_i); where a + b / n_i < 0 the
    variance is b / n_i. Then ``local_moran`` of these z_i. Units with NaN counts or bases, or a base of 0
    with a count of 0, are missing; negative values and a count > 0 on a base of 0 raise ValueError.
    ``variable`` holds the EB-standardised rates (before Moran's own standardisation).
    """
    options = _Options.make("local_moran_rate", permutations, seed, alternative, adjustment, alpha, progress)
    transform = _check_transform(transform, TRANSFORMS)
    e = _check_values(counts, "counts")
    b = _check_values(bases, "bases")
    if e.size != b.size:
        raise ValueError(f"counts and bases must have the same length, got {e.size} and {b.size}")
    for name, array in (("counts", e), ("bases", b)):
        negative = np.flatnonzero(array < 0)
        if len(negative):
            raise ValueError(f"{name} must be >= 0; negative at units {_listing(negative)}")
    impossible = np.flatnonzero((b == 0) & (e > 0))
    if len(impossible):
        raise ValueError(f"a count > 0 on a base of 0 (a rate of infinity) at units {_listing(impossible)}: "
                         "check the base field")
    setup = _Setup.make(np.isfinite(e) & np.isfinite(b) & (b > 0), weights, regions, e.size)
    rates = _eb_rates(e[setup.valid], b[setup.valid], setup)
    matrix = _transformed(setup.weights.sparse, transform)
    parts = _moran_parts(rates, matrix, setup)
    parts.variable = rates
    return _finish(parts, matrix, setup, options, {"transform": transform})


def adjust_p_values(p, method="fdr_bh"):
    """Adjusted p-values over the finite entries (NaN stays NaN): Benjamini & Hochberg (1995) or Bonferroni.

    BH: p_adj(i) = min over j >= i of min(1, m p_(j) / j), p_(1) <= ... <= p_(m) the m finite p-values;
    Bonferroni: min(1, m p); 'none': unchanged.
    """
    if method not in ADJUSTMENTS:
        raise ValueError(f"unknown adjustment {method!r}: use one of {', '.join(ADJUSTMENTS)}")
    p = np.array(p, dtype=float, ndmin=1)
    finite = np.isfinite(p)
    q = p[finite]
    if np.any((q < 0) | (q > 1)):
        raise ValueError("p-values must lie in [0, 1] (NaN for untested units)")
    m = q.size
    if method == "bonferroni":
        q = np.minimum(1.0, m * q)
    elif method == "fdr_bh" and m:
        order = np.argsort(q, kind="stable")
        scaled = q[order] * m / np.arange(1, m + 1)
        adjusted = np.empty(m)
        adjusted[order] = np.minimum(1.0, np.minimum.accumulate(scaled[::-1])[::-1])
        q = adjusted
    out = p.copy()
    out[finite] = q
    return out


def categories(quadrant, p_adjusted, alpha, no_neighbours_mask, missing_mask):
    """Cluster category per unit: the quadrant's (1 HH, 2 LL, 3 HL, 4 LH) where p_adjusted <= alpha.

    Other units are ``NOT_SIGNIFICANT``; then ``NO_NEIGHBOURS`` and ``MISSING`` (which wins) from the masks.
    Gi's hot/cold quadrants (1/2) become High-High/Low-Low, the join count's 1 High-High.
    """
    quadrant = np.asarray(quadrant)
    p_adjusted = np.asarray(p_adjusted, dtype=float)
    alpha = _check_alpha(alpha)
    if quadrant.shape != p_adjusted.shape:
        raise ValueError(f"quadrant and p_adjusted must have the same shape, got {quadrant.shape} and "
                         f"{p_adjusted.shape}")
    category = np.full(quadrant.shape, NOT_SIGNIFICANT, dtype=np.int64)
    with np.errstate(invalid="ignore"):
        significant = np.isfinite(p_adjusted) & (p_adjusted <= alpha) & (quadrant >= 1) & (quadrant <= 4)
    category[significant] = quadrant[significant]
    category[np.asarray(no_neighbours_mask, dtype=bool)] = NO_NEIGHBOURS
    category[np.asarray(missing_mask, dtype=bool)] = MISSING
    return category


# --------------------------------------------------------------------------------------------------------
# Options and the units analysed
# --------------------------------------------------------------------------------------------------------

@dataclass
class _Options:
    """Checked run options; ``rng`` is the generator, ``seed`` what settings record."""

    statistic: str
    permutations: int
    rng: np.random.Generator
    seed: object
    alternative: str
    adjustment: str
    alpha: float
    progress: object

    @classmethod
    def make(cls, statistic, permutations, seed, alternative, adjustment, alpha, progress):
        if isinstance(permutations, (bool, np.bool_)) or not isinstance(permutations, (int, np.integer)) \
                or permutations < 0:
            raise ValueError(f"permutations must be a whole number >= 0, got {permutations!r}")
        if alternative not in ALTERNATIVES:
            raise ValueError(f"unknown alternative {alternative!r}: use one of {', '.join(ALTERNATIVES)}")
        if adjustment not in ADJUSTMENTS:
            raise ValueError(f"unknown adjustment {adjustment!r}: use one of {', '.join(ADJUSTMENTS)}")
        if progress is not None and not callable(progress):
            raise ValueError("progress must be a callable progress(done, total) -> bool, or None")
        rng, recorded = _generator(seed)
        return cls(statistic, int(permutations), rng, recorded, alternative, adjustment, _check_alpha(alpha),
                   progress)


def _generator(seed):
    """(Generator, seed to record): an int seed, a Generator (recorded as 'generator') or None (fresh seed)."""
    if isinstance(seed, np.random.Generator):
        return seed, "generator"
    if seed is None:
        seed = fresh_seed()  # the OS's entropy, below 2**31 as in core.inference; recorded for a rerun
    if isinstance(seed, (bool, np.bool_)) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed must be a whole number >= 0, a numpy Generator or None, got {seed!r}")
    return np.random.default_rng(int(seed)), int(seed)


@dataclass
class _Setup:
    """The valid units, the weights among them (within regions when given) and each one's group."""

    n: int
    valid: np.ndarray
    weights: SpatialWeights
    codes: np.ndarray
    labels: list
    within: bool

    @classmethod
    def make(cls, valid, weights, regions, n):
        weights = _check_weights(weights, n)
        valid = np.asarray(valid, dtype=bool)
        if not valid.any():
            raise ValueError("all values are missing (NaN): nothing to analyse")
        subset = weights.subset(valid)
        if regions is None:
            return cls(n, valid, subset, np.zeros(int(valid.sum()), dtype=np.intp), [None], False)
        codes, labels = _region_codes(regions, n)
        codes = codes[valid]
        present, dense = np.unique(codes, return_inverse=True)
        subset = subset.restrict_to_regions(dense)
        return cls(n, valid, subset, dense.astype(np.intp), [labels[c] for c in present], True)

    @property
    def n_groups(self):
        return len(self.labels)

    def group_sum(self, values):
        """Sum of ``values`` over each group's valid units, spread back to the units."""
        return np.bincount(self.codes, weights=values, minlength=self.n_groups)[self.codes]

    def group_size(self):
        return np.bincount(self.codes, minlength=self.n_groups)[self.codes].astype(float)

    def where(self, group):
        """' in region X' for messages (nothing without regions)."""
        return f" in region {self.labels[group]!r}" if self.within else ""


def _region_codes(regions, n):
    """(codes per unit, label per code) from integer codes, labels (None allowed) or a ``Segments``."""
    if isinstance(regions, Segments):
        return np.asarray(regions.codes, dtype=np.intp), list(range(regions.n_segments))
    array = np.asarray(regions)
    if array.ndim != 1 or len(array) != n:
        raise ValueError(f"regions must give one code or label per unit ({n}), got shape {array.shape}")
    if np.issubdtype(array.dtype, np.integer):
        labels, codes = np.unique(array, return_inverse=True)
        return codes.astype(np.intp), labels.tolist()
    segments, labels = Segments.from_labels(array)
    return segments.codes, labels


def _check_weights(weights, n):
    if sp.issparse(weights):
        weights = SpatialWeights(weights)
    if not isinstance(weights, SpatialWeights):
        raise ValueError(f"weights must be a SpatialWeights (core.weights) or a scipy.sparse matrix, got "
                         f"{type(weights).__name__}")
    if weights.n != n:
        raise ValueError(f"{n} values for weights of {weights.n} units: one value per unit is needed")
    return weights


def _check_values(values, name):
    """A 1-D float array; NaN means missing, infinity is refused."""
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be numbers (NaN for missing)") from None
    if array.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional (one value per unit), got shape {array.shape}")
    infinite = np.flatnonzero(np.isinf(array))
    if len(infinite):
        raise ValueError(f"{name} must be finite or NaN (missing); infinite at units {_listing(infinite)}")
    return array


def _check_alpha(alpha):
    try:
        alpha = float(alpha)
    except (TypeError, ValueError):
        raise ValueError(f"alpha must be a number in (0, 1), got {alpha!r}") from None
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be a number in (0, 1), got {alpha!r}")
    return alpha


def _check_transform(transform, allowed):
    name = str(transform).lower()
    if name not in allowed:
        raise ValueError(f"unknown transform {transform!r}: use one of {', '.join(allowed)}")
    return name


def _check_star(star):
    if isinstance(star, (bool, np.bool_)):
        return bool(star)
    try:
        return positive_number(star, "star")
    except ValueError:
        raise ValueError(f"star must be True, False or a positive self-weight, got {star!r}") from None


def _listing(items, limit=10):
    items = [str(item) for item in np.asarray(items).tolist()]
    extra = len(items) - limit
    return ", ".join(items[:limit]) + (f" ... and {extra} more" if extra > 0 else "")


# --------------------------------------------------------------------------------------------------------
# Weights
# --------------------------------------------------------------------------------------------------------

def _without_diagonal(matrix):
    """The off-diagonal part of a csr matrix (sorted indices, no explicit zeros)."""
    if not np.any(matrix.diagonal() != 0):
        out = matrix.copy()
        out.eliminate_zeros()
        out.sort_indices()
        return out
    coo = matrix.tocoo()
    keep = coo.row != coo.col
    out = sp.csr_matrix((coo.data[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)
    out.sort_indices()
    return out


def _binary(matrix):
    out = matrix.copy()
    out.data[:] = 1.0
    return out


def _row_standardised(matrix):
    """Rows summing to 1 (libpysal transform 'R'); empty rows stay empty."""
    out = matrix.copy()
    sums = np.asarray(out.sum(axis=1)).ravel()
    scale = np.divide(1.0, sums, out=np.zeros_like(sums), where=sums != 0)
    out.data *= np.repeat(scale, np.diff(out.indptr))
    return out


def _transformed(matrix, transform):
    """libpysal's transforms: 'r' row-standardised, 'b' binary, 'o' the weights as given."""
    if transform == "r":
        return _row_standardised(matrix)
    if transform == "b":
        return _binary(matrix)
    return matrix.copy()


def _star_weights(matrix, star, transform):
    """esda.G_Local's weights (``_infer_star_and_structure_w``): self-weights for Gi*, then the transform."""
    off = _without_diagonal(matrix)
    diagonal = matrix.diagonal()
    if star is False:
        diagonal = np.zeros(matrix.shape[0])
    elif star is True:
        if not np.any(diagonal != 0):  # esda keeps a diagonal that is there, else fills it
            if transform == "b":
                diagonal = np.ones(matrix.shape[0])
            else:  # the row's largest weight (0 for an island)
                diagonal = np.asarray(off.max(axis=1).todense()).ravel() if off.nnz else np.zeros(off.shape[0])
    else:
        diagonal = np.full(matrix.shape[0], float(star))
    full = (off + sp.diags(diagonal)).tocsr()
    full.eliminate_zeros()
    full.sort_indices()
    return _transformed(full, transform)


# --------------------------------------------------------------------------------------------------------
# The statistics (per valid unit)
# --------------------------------------------------------------------------------------------------------

@dataclass
class _Parts:
    """Deterministic results per valid unit and the affine map statistic = slope * lag + intercept."""

    value: np.ndarray
    expected: np.ndarray
    z: np.ndarray
    lag: np.ndarray
    quadrant: np.ndarray
    permuted: np.ndarray   # the variable whose neighbour values are permuted
    slope: np.ndarray      # statistic = slope * (off-diagonal lag of ``permuted``) + intercept
    intercept: np.ndarray
    tested: np.ndarray     # bool: gets a p-value
    variable: np.ndarray = None
    notes: dict = field(default_factory=dict)


def _cardinalities(matrix):
    """Off-diagonal neighbours per row."""
    return np.diff(matrix.indptr) - (matrix.diagonal() != 0)


def _refuse_constant(values, setup, cardinality, what="values"):
    """ValueError naming the first group with neighbours whose values do not vary (zero variance)."""
    order = np.argsort(setup.codes, kind="stable")
    starts = np.searchsorted(setup.codes[order], np.arange(setup.n_groups))
    ordered = values[order]
    constant = np.maximum.reduceat(ordered, starts) == np.minimum.reduceat(ordered, starts)
    with_links = np.bincount(setup.codes, weights=(cardinality > 0).astype(float), minlength=setup.n_groups) > 0
    found = np.flatnonzero(with_links & constant)
    if len(found):
        raise ValueError(f"the {what} are constant (zero variance){setup.where(found[0])}: the local statistic "
                         "is undefined" + ("; leave that region out" if setup.within else ""))


def _moran_parts(y, matrix, setup):
    """Local Moran (esda.Moran_Local) with the moments of Sokal et al. (1998), eqs. A3-A4 (global b2)."""
    card = _cardinalities(matrix)
    _refuse_constant(y, setup, card)
    n = setup.group_size()
    wi = np.asarray(matrix.sum(axis=1)).ravel()
    wi2 = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
    with np.errstate(divide="ignore", invalid="ignore"):  # a lone unit's group has sd 0: NaN, not tested
        mean = setup.group_sum(y) / n
        deviation = y - mean
        sd = np.sqrt(setup.group_sum(deviation ** 2) / n)
        z = deviation / sd
        den = setup.group_sum(z * z)
        lag = matrix @ z
        scale = (n - 1) / den
        value = scale * z * lag
        m2 = den / n
        b2 = (setup.group_sum(z ** 4) / n) / m2 ** 2
        expected = -wi / (n - 1)
        variance = wi2 * (n - b2) / (n - 1) + (wi ** 2 - wi2) * (2 * b2 - n) / ((n - 1) * (n - 2)) \
            - (wi / (n - 1)) ** 2
        zscore = (value - expected) / np.sqrt(variance)
    high, lag_high = z > 0, lag > 0
    quadrant = np.select([high & lag_high, ~high & ~lag_high, high & ~lag_high], [1, 2, 3], 4)
    with np.errstate(invalid="ignore"):
        slope = scale * z
        intercept = slope * matrix.diagonal() * z
    return _Parts(value, expected, zscore, lag, quadrant, z, slope, intercept, card > 0, variable=z)


def _getis_ord_parts(y, matrix, setup, star):
    """G_i / G_i* with esda.G_Local's moments (Ord & Getis 1995)."""
    card = _cardinalities(matrix)
    _refuse_constant(y, setup, card)
    remove_self = 0.0 if star else 1.0
    total = setup.group_sum(y)
    N = setup.group_size() - remove_self
    denominator = total - y * remove_self
    lag = matrix @ y
    weight_sum = np.asarray(matrix.sum(axis=1)).ravel()
    with np.errstate(divide="ignore", invalid="ignore"):
        value = lag / denominator
        mean = denominator / N
        variance = (setup.group_sum(y ** 2) - y ** 2 * remove_self) / N - mean ** 2
        expected = weight_sum / N
        v = weight_sum * (N - weight_sum) / (N - 1) / N ** 2 * variance / mean ** 2
        zscore = (value - expected) / np.sqrt(v)
        slope = 1.0 / denominator
        intercept = slope * matrix.diagonal() * y
    quadrant = np.where(value > expected, 1, np.where(value < expected, 2, 0))
    tested = (card > 0) & (denominator != 0)
    return _Parts(value, expected, zscore, lag, quadrant, y, slope, intercept, tested, variable=y)


def _join_count_parts(x, matrix, setup):
    """BJC_i (esda.Join_Counts_Local) with hypergeometric moments given x_i = 1 (Anselin & Li 2019)."""
    card = _cardinalities(matrix)
    lag = matrix @ x
    value = x * lag
    N = setup.group_size() - 1                 # the other units
    K = setup.group_sum(x) - x                 # flagged among them
    with np.errstate(divide="ignore", invalid="ignore"):
        share = K / N
        expected = x * card * share
        variance = card * share * (1 - share) * (N - card) / (N - 1)
        zscore = np.where(x == 1, (value - expected) / np.sqrt(variance), np.nan)
    tested = (card > 0) & (x == 1) & (value > 0)
    quadrant = np.where(tested, 1, 0)
    return _Parts(value, expected, zscore, lag, quadrant, x, x.copy(), np.zeros_like(x), tested, variable=x)


def _eb_rates(e, b, setup):
    """EB standardised rates of each group (Assuncao & Reis 1999; esda.smoothing.assuncao_rate)."""
    rate = e / b
    card = _cardinalities(setup.weights.sparse)
    _refuse_constant(rate, setup, card, what="rates")
    n = setup.group_size()
    b_total = setup.group_sum(b)
    overall = setup.group_sum(e) / b_total
    s2 = setup.group_sum(b * (rate - overall) ** 2) / b_total
    a = s2 - overall / (b_total / n)
    variance = a + overall / b
    variance = np.where(variance < 0, overall / b, variance)
    return (rate - overall) / np.sqrt(variance)


# --------------------------------------------------------------------------------------------------------
# Putting a result together
# --------------------------------------------------------------------------------------------------------

def _finish(parts, matrix, setup, options, extra):
    """Permutation p-values, adjustment, categories; arrays spread back to all units (NaN when missing)."""
    offdiag = _without_diagonal(matrix)
    card = np.diff(offdiag.indptr)
    tested = parts.tested & (card > 0)
    R = options.permutations
    p_valid = np.full(tested.shape, np.nan)
    mean_sim = np.full(tested.shape, np.nan)
    z_sim = np.full(tested.shape, np.nan)
    if R > 0 and tested.any():
        ge, le, s1, s2 = _conditional_permutation(parts.permuted, offdiag, tested, setup, options)
        p_valid[tested] = _pseudo_p(ge[tested], le[tested], parts.slope[tested], R, options.alternative)
        with np.errstate(divide="ignore", invalid="ignore"):
            lag_mean = s1 / R
            lag_sd = np.sqrt(np.maximum(s2 / R - lag_mean ** 2, 0.0))
            mean_sim[tested] = (parts.slope * lag_mean + parts.intercept)[tested]
            z_sim[tested] = ((parts.value - mean_sim) / (np.abs(parts.slope) * lag_sd))[tested]
    no_neighbours_valid = card == 0
    out = {}
    for name, array in (("value", parts.value), ("expected", parts.expected), ("z", parts.z),
                        ("lag", parts.lag), ("p", p_valid), ("expected_sim", mean_sim), ("z_sim", z_sim),
                        ("variable", parts.variable)):
        full = np.full(setup.n, np.nan)
        full[setup.valid] = np.where(no_neighbours_valid, np.nan, array) if name != "variable" else array
        out[name] = full
    quadrant = np.zeros(setup.n, dtype=np.int64)
    quadrant[setup.valid] = np.where(no_neighbours_valid, 0, parts.quadrant)
    no_neighbours = np.zeros(setup.n, dtype=bool)
    no_neighbours[setup.valid] = no_neighbours_valid
    p_adjusted = adjust_p_values(out["p"], options.adjustment)
    category = categories(quadrant, p_adjusted, options.alpha, no_neighbours, ~setup.valid)
    settings = {
        "statistic": options.statistic, "permutations": R, "seed": options.seed,
        "alternative": options.alternative, "adjustment": options.adjustment, "alpha": options.alpha,
        "within_regions": setup.within, "n_regions": setup.n_groups if setup.within else None,
        "star": None, "transform": None, "tie_tolerance": TIE_TOLERANCE,
        "null": "conditional permutation (Anselin 1995)",
        "n_missing": int((~setup.valid).sum()), "n_no_neighbours": int(no_neighbours.sum()),
        "weights": dict(setup.weights.spec),
    }
    settings.update(extra)
    return LocalResult(options.statistic, out["value"], out["expected"], out["z"], out["p"], p_adjusted,
                       quadrant, category, out["lag"], int(tested.sum()), settings, out["expected_sim"],
                       out["z_sim"], out["variable"])


def _pseudo_p(ge, le, slope, R, alternative):
    """(M + 1) / (R + 1) from lag counts; the statistic rises with the lag when slope > 0 (Davison & Hinkley 1997)."""
    up, down = slope > 0, slope < 0
    m_greater = np.where(up, ge, np.where(down, le, R))
    m_less = np.where(up, le, np.where(down, ge, R))
    p_greater = (m_greater + 1.0) / (R + 1.0)
    p_less = (m_less + 1.0) / (R + 1.0)
    if alternative == "greater":
        return p_greater
    if alternative == "less":
        return p_less
    return np.minimum(1.0, 2.0 * np.minimum(p_greater, p_less))


# --------------------------------------------------------------------------------------------------------
# Conditional permutation
# --------------------------------------------------------------------------------------------------------

class _Tracker:
    """Units done over the whole run; calls ``progress(done, total)`` and raises ``Cancelled`` on False."""

    def __init__(self, callback, total):
        self.callback, self.total, self.done = callback, int(total), 0
        self(0)

    def __call__(self, count):
        self.done += int(count)
        if self.callback is not None:
            answer = self.callback(self.done, self.total)
            if answer is not None and not answer:
                raise Cancelled(f"Cancelled after {self.done} of {self.total} unit-permutation blocks.")


def _conditional_permutation(v, offdiag, tested, setup, options, budget=MEMORY_BUDGET):
    """Lag counts (>=, <= observed), sum and sum of squares of the permuted lags, group by group."""
    n = len(v)
    ge, le = np.zeros(n, np.int64), np.zeros(n, np.int64)
    s1, s2 = np.zeros(n), np.zeros(n)
    order = np.argsort(setup.codes, kind="stable")
    bounds = np.searchsorted(setup.codes[order], np.arange(setup.n_groups + 1))
    base = int(options.rng.integers(2 ** 63))
    plan = []
    for g in range(setup.n_groups):
        idx = order[bounds[g]:bounds[g + 1]]
        if tested[idx].any():
            block = offdiag[idx][:, idx] if setup.within else offdiag
            K = int(np.diff(block.indptr)[tested[idx]].max()) + 1
            rows = _block_rows(options.permutations, K, budget)
            plan.append((g, idx, block, K, rows))
    total = sum(int(tested[idx].sum()) * -(-options.permutations // rows) for _, idx, _, _, rows in plan)
    tick = _Tracker(options.progress, total)
    for g, idx, block, K, rows in plan:
        label = "" if not setup.within else str(setup.labels[g])
        stream = np.random.default_rng([base, zlib.crc32(label.encode("utf-8"))])
        for start in range(0, options.permutations, rows):
            rids = _ordered_samples(stream, len(idx), K, min(rows, options.permutations - start), budget)
            counts = _permutation_counts(v[idx], block, tested[idx], rids, tick=tick, budget=budget)
            for total_array, part in zip((ge, le, s1, s2), counts):
                total_array[idx] += part
    return ge, le, s1, s2


def _block_rows(permutations, K, budget):
    """Permutations per block: the block's (rows x K) arrays stay within the memory budget."""
    return int(max(1, min(permutations, budget // (8 * K * _BLOCK_ARRAYS))))


def _ordered_samples(rng, n, size, rows, budget=MEMORY_BUDGET):
    """``rows`` ordered samples of ``size`` distinct indices of range(n), uniform (random permutation prefixes).

    size^2 <= n: draws with replacement, rows with a repeat drawn again (each row is repeat-free with
    probability >= 1/2). Otherwise the ``size`` smallest of n uniform keys per row, in key order.
    """
    if size > n:
        raise ValueError(f"cannot draw {size} distinct units from {n}")
    if size * size <= n:
        out = rng.integers(0, n, size=(rows, size))
        redo = _has_repeats(out)
        while redo.any():
            out[redo] = rng.integers(0, n, size=(int(redo.sum()), size))
            redo[redo] = _has_repeats(out[redo])
        return out
    chunk = max(1, budget // (8 * n * 3))
    parts = []
    for start in range(0, rows, chunk):
        keys = rng.random((min(chunk, rows - start), n))
        if size < n:
            first = np.argpartition(keys, size - 1, axis=1)[:, :size]
        else:
            first = np.broadcast_to(np.arange(n), keys.shape)
        ranks = np.argsort(np.take_along_axis(keys, first, axis=1), axis=1)
        parts.append(np.take_along_axis(first, ranks, axis=1))
    return np.concatenate(parts).astype(np.int64)


def _has_repeats(samples):
    ordered = np.sort(samples, axis=1)
    return (ordered[:, 1:] == ordered[:, :-1]).any(axis=1)


def _conditional_sample(rids, i, k):
    """Neighbour indices [R, k] of unit i with k neighbours: rids[:, :k], with i replaced by rids[:, k]."""
    sample = np.array(rids[:, :k], copy=True)
    hit = sample == i
    sample[hit] = np.broadcast_to(rids[:, k:k + 1], sample.shape)[hit]
    return sample


def _permutation_counts(v, offdiag, tested, rids, fast=None, tick=None, budget=MEMORY_BUDGET):
    """For each unit: #{r: L(r) >= L_obs - tol}, #{r: L(r) <= L_obs + tol}, sum L(r), sum L(r)^2.

    L(r) = sum_m w_i(m) v[sample_m(r)] is the permuted off-diagonal lag, with ``_conditional_sample`` of
    ``rids`` [R, K] (K > every tested cardinality) and the row's weights in CSR order; tol = TIE_TOLERANCE *
    sum_m |w_i(m)| * max |v|. Rows with equal weights use the shared prefix sums (``fast=None``: detected;
    ``fast=False``: never); the others the chunked dense product. Untested units get zeros.
    """
    n = len(v)
    R, K = rids.shape
    card = np.diff(offdiag.indptr)
    tested = np.asarray(tested, dtype=bool) & (card > 0)
    if tested.any() and card[tested].max() >= K:
        raise ValueError("rids need more columns than the largest cardinality of a tested unit")
    counts = (np.zeros(n, np.int64), np.zeros(n, np.int64), np.zeros(n), np.zeros(n))
    if not tested.any():
        return counts
    scale = TIE_TOLERANCE * float(np.abs(v).max())
    occurrences = _occurrences(rids, card, tested, v)
    equal = _equal_rows(offdiag, card) if fast is not False else np.zeros(n, dtype=bool)
    fast_units = np.flatnonzero(tested & equal)
    general_units = np.flatnonzero(tested & ~equal)
    if len(fast_units):
        _fast_counts(v, offdiag, card, fast_units, rids, occurrences, scale, counts)
        if tick is not None:
            tick(len(fast_units))
    if len(general_units):
        _general_counts(v, offdiag, card, general_units, rids, occurrences, scale, counts, tick, budget)
    return counts


def _occurrences(rids, card, tested, v):
    """(unit, permutation, position, replacement value) where a tested unit is among its own first k draws."""
    R, K = rids.shape
    flat = rids.ravel()
    position = np.tile(np.arange(K), R)
    keep = tested[flat] & (position < card[flat])
    unit = flat[keep]
    row = np.repeat(np.arange(R), K)[keep]
    return unit, row, position[keep], v[rids[row, card[unit]]]


def _equal_rows(offdiag, card):
    """True for rows whose off-diagonal weights are all equal and positive (and not empty)."""
    equal = np.zeros(len(card), dtype=bool)
    rows = np.flatnonzero(card > 0)
    if len(rows):
        starts = offdiag.indptr[rows]
        high = np.maximum.reduceat(offdiag.data, starts)
        low = np.minimum.reduceat(offdiag.data, starts)
        equal[rows] = (high == low) & (high > 0)
    return equal


def _fast_counts(v, offdiag, card, units, rids, occurrences, scale, counts):
    """Equal-weight rows: L = c_i S_k(r), S_k the prefix sums of v over rids, plus exact corrections."""
    ge, le, s1, s2 = counts
    R = rids.shape[0]
    weight = offdiag.data[offdiag.indptr[units]]                     # c_i
    pattern = sp.csr_matrix((np.ones(offdiag.nnz), offdiag.indices, offdiag.indptr), shape=offdiag.shape)
    observed = np.zeros(len(v))
    observed[units] = (pattern[units] @ v)                           # U_i = sum of the neighbours' v
    tolerance = np.zeros(len(v))
    tolerance[units] = scale * card[units]
    prefix = np.cumsum(v[rids], axis=1)                               # S_k(r) = prefix[r, k - 1]
    column_sum, column_squares = prefix.sum(axis=0), (prefix * prefix).sum(axis=0)
    c = np.zeros(len(v))
    c[units] = weight
    k_of = card[units]
    for k in np.unique(k_of):
        sel = units[k_of == k]
        column = np.sort(prefix[:, k - 1])
        ge[sel] += R - np.searchsorted(column, observed[sel] - tolerance[sel], side="left")
        le[sel] += np.searchsorted(column, observed[sel] + tolerance[sel], side="right")
        s1[sel] += c[sel] * column_sum[k - 1]
        s2[sel] += c[sel] ** 2 * column_squares[k - 1]
    is_fast = np.zeros(len(v), dtype=bool)
    is_fast[units] = True
    unit, row, _, replacement = occurrences
    keep = is_fast[unit]
    unit, row, replacement = unit[keep], row[keep], replacement[keep]
    old = prefix[row, card[unit] - 1]
    new = old - v[unit] + replacement
    low = observed[unit] - tolerance[unit]
    high = observed[unit] + tolerance[unit]
    n = len(v)
    ge += np.rint(np.bincount(unit, (new >= low).astype(float) - (old >= low), n)).astype(np.int64)
    le += np.rint(np.bincount(unit, (new <= high).astype(float) - (old <= high), n)).astype(np.int64)
    s1 += np.bincount(unit, c[unit] * (new - old), n)
    s2 += np.bincount(unit, c[unit] ** 2 * (new * new - old * old), n)


def _general_counts(v, offdiag, card, units, rids, occurrences, scale, counts, tick, budget):
    """Any weights: permuted lags of a chunk of units as (units x k) @ (k x R), plus exact corrections."""
    ge, le, s1, s2 = counts
    R = rids.shape[0]
    observed = offdiag @ v
    tolerance = scale * np.asarray(abs(offdiag).sum(axis=1)).ravel()
    unit, row, position, replacement = occurrences
    local = np.full(len(v), -1, dtype=np.int64)
    chunk = int(max(1, budget // (8 * R * _CHUNK_ARRAYS)))
    for start in range(0, len(units), chunk):
        members = units[start:start + chunk]
        dense = _padded_rows(offdiag, members, card)                  # [b, k_chunk], CSR order
        lags = dense @ v[rids[:, :dense.shape[1]]].T                  # [b, R]
        local[members] = np.arange(len(members))
        sel = local[unit] >= 0
        b = local[unit[sel]]
        lags[b, row[sel]] += dense[b, position[sel]] * (replacement[sel] - v[unit[sel]])
        local[members] = -1
        low = (observed[members] - tolerance[members])[:, None]
        high = (observed[members] + tolerance[members])[:, None]
        ge[members] += (lags >= low).sum(axis=1)
        le[members] += (lags <= high).sum(axis=1)
        s1[members] += lags.sum(axis=1)
        s2[members] += (lags * lags).sum(axis=1)
        if tick is not None:
            tick(len(members))


def _padded_rows(matrix, rows, card):
    """The CSR rows' weights left-aligned in a dense [len(rows), max card] array (zeros after the end)."""
    counts = card[rows]
    dense = np.zeros((len(rows), int(counts.max())))
    row = np.repeat(np.arange(len(rows)), counts)
    within = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    dense[row, within] = matrix.data[np.repeat(matrix.indptr[rows], counts) + within]
    return dense
