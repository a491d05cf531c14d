"""Inference for the global indices: null models, pseudo p-values, bootstrap intervals, bias-corrected D.

A segregation index of a city with few or small units is partly noise: even random residence gives D > 0.
This module simulates replicate count tables under a *null model* (no segregation), recomputes the indices
on every replicate and compares the observed value with that null distribution; it also resamples units
(bootstrap) for confidence intervals and corrects D for its small-unit bias (Allen et al. 2015).

Null models (``NULL_MODELS``), each drawn separately within every region (municipality):

- ``evenness``: unit totals t_i fixed; each unit's group counts are a multinomial draw of t_i persons with
  the region's group shares P_m (binomial for one group against the rest of the total). The expected value
  under "every unit is a random sample of its region". Region group totals vary.
- ``systematic`` (Allen et al. 2015; PySAL ``simulate_systematic_randomization``): region group totals X_m
  fixed; the members of each group are allocated to units in proportion to unit size, a multinomial of X_m
  over the units with probabilities t_i / T. Unit totals vary.
- ``person_permutation``: both margins fixed (every unit total and every region group total): the region's
  persons are shuffled over the units' places. One draw is a multivariate hypergeometric allocation of each
  group over the units' remaining capacities (group by group, the last group takes what is left); it is
  drawn without expanding individuals: every remaining place joins the group with the region's probability
  X_m / (places left), one binomial per unit, and then the region's count is made exactly X_m by taking out
  (or putting in) |S - X_m| persons chosen uniformly at random (``_fix_totals``). Given S the members are a
  uniformly random S-subset of the places, so after the correction they are a uniformly random X_m-subset:
  exactly the hypergeometric allocation, with about sd(S) random persons per region and no hypergeometric
  draw. PySAL expands every person (1.8 million list items per replicate on Sacramento). This is the default:
  conditioning on both margins gives the exact permutation (randomisation) test of independence of group and
  unit.
- ``geographic_permutation``: the units' rows (all counts and the total together) are shuffled over the
  units' locations within the region. Aspatial indices do not change under it, so it applies to spatial and
  surface indices only.

Which null model applies to which index: ``evenness``, ``systematic`` and ``person_permutation`` redraw the
counts of the same units, so they apply to every index (aspatial, spatial, surface): for spatial indices they
test "no segregation at all" (neither unevenness nor spatial pattern). ``geographic_permutation`` keeps each
unit's composition and only moves units, so it tests the spatial arrangement given the aspatial unevenness;
aspatial indices are invariant under it and get no p-value (``applies``). Composition-only indices
(``simpson_concentration``, ``simpson_interaction``, ``diversity``) are unchanged under the two models that
fix the region's group totals, so their p-value there is 1 by construction.

Counts are drawn as whole persons: non-integer counts (e.g. imputed from a region's rate) are rounded for
the draws of the first three models (``geographic_permutation`` and the bootstrap move the values as they
are). The observed value is always the one computed on the data as given.

Pseudo p-values (``p_value``) with R valid replicates (NaN replicates, e.g. a region whose group vanishes in
a draw, are left out) and M the number of replicates at least as extreme as the observed value:
p = (M + 1) / (R + 1) (Davison & Hinkley 1997; North, Curtis & Sham 2002), never 0.

- ``greater``: M = #{replicate >= observed}: the observed value is *higher* than chance (more segregated for
  indices where higher means more segregated).
- ``less``: M = #{replicate <= observed}.
- ``two-sided``: 2 min(p_greater, p_less), capped at 1 (the doubled smaller tail; it does not assume a
  symmetric null distribution, unlike a test on |observed - mean|).
- ``auto`` (``inference_table``): ``greater`` for indices whose higher values mean more segregation and
  ``less`` for exposure, interaction and diversity indices: always "more segregated than the null".

Ties: a replicate within ``TIE_TOLERANCE`` (relative, 1e-12) of the observed value counts as equal, so
floating-point noise from another summation order cannot turn an exact tie into a smaller p-value.

Bootstrap intervals (``bootstrap``): units resampled with replacement within each region (each region keeps
its number of units), the index recomputed, percentile interval [(1 - c)/2, (1 + c)/2] of the replicates.
Spatial indices get no bootstrap interval: a resample repeats units at the same location, for which
neighbours and distances are not defined.

Bias-corrected dissimilarity (``bias_corrected_dissimilarity``): Allen, Burgess, Davidson & Windmeijer (2015),
"More reliable inference for the dissimilarity index of segregation", The Econometrics Journal 18(1),
40-66, doi:10.1111/ectj.12039. Their model allocates the X group members and the Y others to the units
independently with unit probabilities x_i / X and y_i / Y (estimated by the observed distributions); the
bootstrap draws both groups as multinomials with those probabilities and keeps X and Y, and the
bootstrap bias-corrected estimator is D_bc = 2 D - mean(D*) (D* the bootstrap replicates). PySAL's
``BiasCorrectedDissim`` implements the same estimator. D_bc is below D (D is convex in the counts, so the
bootstrap mean is at least D) and can be negative where the observed D is small against its bias: for a
perfectly even city (D = 0) it is -mean(D*); read a negative value as 0.

Speed and memory. Replicates are evaluated as *stacked regions*: replicate r of region g becomes segment
r * G + g of one big ``Segments``, so every index is called once per chunk of replicates and reuses the core's
vectorisation over regions (no Python loop over replicates or regions). The chunk size is bounded by a memory
budget (``MEMORY_BUDGET``, 128 MB, shared by the worker threads) and ``_CHUNK_ELEMENTS`` (chunks whose arrays
stay in a core's cache run faster): memory stays linear in n. Spatial and surface indices, whose functions
need the units' geometry, are called once per replicate. Draws are vectorised over all units of all regions
and over a block of replicates; each block of replicates has its own random stream derived from the
generator. Binomial distributions that are the same in every replicate (a unit's first group under evenness
and person permutation) are drawn by inversion of tables (``_FixedBinomial``), three times as fast as numpy's
per-draw sampler. Multinomials of a region total over its units (systematic, Allen et al.'s bootstrap) go down
a binary tree of binomials, or, with many units against the totals (grids), are Poisson counts from tables
with the region total corrected (``_Multinomial``), three times as fast there. Tasks of whole blocks run in
``WORKERS`` threads (numpy releases the GIL in its samplers, sorts and array loops), as many as replicates fit
in the budget; in ``inference_table`` the runs of all group fields queue in the same threads (``_Pool``), so
one field's set-up overlaps the work of the field before. A replicate's draws and values do not depend on the
chunk, the task or the thread, so the results do not depend on the chunk size, the memory budget or the
number of workers. Cancellation: ``progress`` (``progress(done, total) -> bool``) is called from the calling
thread after every chunk (with several workers: every task); returning False raises ``Cancelled`` and the
running tasks stop at their next chunk.

Random numbers come only from the ``numpy.random.Generator`` (or seed) passed in; same seed, same data and
same settings give identical output. Nothing here uses numpy's global random state.
"""

import os
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ._util import as_segments, shared_intermediates
from .compute import ALL_GROUPS, SUMMARY_COLUMNS, global_indices
from .missing import DROP, impute_groups, prepare_multi, prepare_single
from .registry import BY_ID, MIXING, SINGLE, SPATIAL_BY_ID, SURFACE_IDS
from .segments import Segments
from .spatial_context import index_kind
from .surface import KernelSmoother

EVENNESS = "evenness"
SYSTEMATIC = "systematic"
PERSON_PERMUTATION = "person_permutation"
GEOGRAPHIC_PERMUTATION = "geographic_permutation"
NULL_MODELS = (EVENNESS, SYSTEMATIC, PERSON_PERMUTATION, GEOGRAPHIC_PERMUTATION)

GREATER = "greater"
LESS = "less"
TWO_SIDED = "two-sided"
AUTO = "auto"
ALTERNATIVES = (GREATER, LESS, TWO_SIDED)

#: Working memory (bytes) of the chunks of stacked replicates, shared by the worker threads: 128 MB lets two
#: threads each evaluate one replicate of 300,000 units at a time (~45 MB each).
MEMORY_BUDGET = 128 * 2 ** 20
#: Threads that draw and evaluate replicates at once (``workers=None``); at most 4.
WORKERS = max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))
#: Relative tolerance within which a replicate counts as equal to the observed value.
TIE_TOLERANCE = 1e-12
#: Name of the output column of Allen et al.'s bias-corrected D.
BIAS_CORRECTED_D = "bias_corrected_dissimilarity"
#: Suffixes of the per-index output columns of ``inference_table``.
COLUMN_SUFFIXES = ("_expected", "_p", "_ci_low", "_ci_high")

# float64 arrays of one replicate's n units alive at once while an index is evaluated (measured on the
# aspatial and multigroup indices: about 12-16), used to size chunks.
_WORK_ARRAYS = 16
# counts (units x columns x replicates) evaluated together at most: a chunk's count matrix and most of its work
# arrays stay in a core's cache (2 MB and more): the multigroup evaluation took 0.88 ms per replicate against
# 1.12 ms with bigger chunks (benchmarks/README.md), with few enough calls that the per-call cost of the index
# functions stays small
_CHUNK_ELEMENTS = 2 ** 17
# a block of replicates drawn with one random stream holds about this many counts (n * k * block)
_STREAM_ELEMENTS = 2 ** 18
_MAX_STREAM_BLOCK = 64
# stream purposes inside inference_table
_NULL, _BOOTSTRAP, _BIAS = 0, 1, 2


class Cancelled(Exception):
    """Raised when the ``progress`` callback returns False (checked between chunks of replicates)."""


# --- count tables and region layout ---------------------------------------------------------------------------

@dataclass
class _Table:
    """Count columns [n, k] of one computation: (x, t - x) for a single-group index, the groups otherwise."""

    values: np.ndarray
    single: bool

    @classmethod
    def from_arrays(cls, arrays):
        if isinstance(arrays, np.ndarray) and arrays.ndim == 2:
            arrays = (arrays,)
        arrays = [np.asarray(a, dtype=float) for a in arrays]
        if len(arrays) == 2:
            x, t = arrays
            if x.shape != t.shape or x.ndim != 1:
                raise ValueError("x and t must be one-dimensional arrays of the same length.")
            values, single = np.column_stack([x, t - x]), True
        elif len(arrays) == 1 and arrays[0].ndim == 2 and arrays[0].shape[1] >= 2:
            values, single = arrays[0], False
        else:
            raise ValueError("arrays must be (x, t) for a single-group index or (counts,) with counts [n, k >= 2].")
        if not np.isfinite(values).all():
            raise ValueError("Counts must be finite: drop or impute missing values first "
                             "(core.missing.prepare_single / prepare_multi).")
        if (values < -1e-9 * np.maximum(1.0, np.abs(values))).any():
            raise ValueError("Counts must be >= 0 and a group count must not exceed its total.")
        return cls(np.maximum(values, 0.0), single)

    @property
    def n(self):
        return self.values.shape[0]

    @property
    def k(self):
        return self.values.shape[1]

    def integers(self):
        """The counts rounded to whole persons (int64) and whether rounding changed any value."""
        rounded = np.rint(self.values)
        if self.single:  # round the group and the total (not the rest): the unit keeps its rounded total
            rounded[:, 1] = np.rint(self.values.sum(axis=1)) - rounded[:, 0]
        return rounded.astype(np.int64), bool(np.abs(rounded - self.values).max(initial=0.0) > 1e-9)

    def arrays(self, values):
        """Index arguments from table values [..., n, k]: (x, t) or (counts,)."""
        if self.single:
            x = np.ascontiguousarray(values[..., 0])
            return x, x + values[..., 1]
        return (values,)


class _Layout:
    """Units sorted by region: ``order`` (sorted position -> input position), sorted codes, region bounds."""

    def __init__(self, seg):
        self.seg = seg
        self.order = np.argsort(seg.codes, kind="stable")
        self.codes = seg.codes[self.order]
        self.bounds = np.searchsorted(self.codes, np.arange(seg.n_segments + 1))
        self.n_segments = seg.n_segments
        self._tree = None

    @property
    def tree(self):
        if self._tree is None:
            self._tree = _Tree(self.bounds)
        return self._tree

    def region_sums(self, values):
        """Integer sums per region of sorted values [n, k] (exact; bincount would go through float)."""
        out = np.zeros((self.n_segments, values.shape[1]), dtype=values.dtype)
        nonempty = self.bounds[1:] > self.bounds[:-1]
        if nonempty.any():
            out[nonempty] = np.add.reduceat(values, self.bounds[:-1][nonempty], axis=0)
        return out

    def unsort(self, values):
        """Values [..., n, k] in sorted order back to the input order."""
        out = np.empty_like(values)
        out[..., self.order, :] = values
        return out


@dataclass
class _Level:
    index: int
    leaf_nodes: np.ndarray
    leaf_pos: np.ndarray
    split_nodes: np.ndarray
    lo: np.ndarray
    mid: np.ndarray
    hi: np.ndarray


class _Tree:
    """Recursive halving of each region's (sorted) units: level by level, node [lo, hi) splits at the middle.

    ``allocate`` hands each region's total down the tree: at every node a ``split`` function draws how many
    go to the left half. All nodes of all regions (and a block of replicates) are drawn in one call per level.
    """

    def __init__(self, bounds):
        lo, hi = bounds[:-1], bounds[1:]
        self.roots = np.flatnonzero(hi > lo)
        lo, hi = lo[self.roots], hi[self.roots]
        self.levels = []
        while len(lo):
            leaf = hi - lo == 1
            split = ~leaf
            slo, shi = lo[split], hi[split]
            mid = (slo + shi) // 2
            self.levels.append(_Level(len(self.levels), np.flatnonzero(leaf), lo[leaf], np.flatnonzero(split),
                                      slo, mid, shi))
            lo, hi = np.concatenate([slo, mid]), np.concatenate([mid, shi])

    def halves(self, weights):
        """Per level: the weight of each splitting node's left and right half ([N] or [N, k] each)."""
        prefix = np.concatenate([np.zeros((1,) + weights.shape[1:], weights.dtype), np.cumsum(weights, axis=0)])
        return [(prefix[lv.mid] - prefix[lv.lo], prefix[lv.hi] - prefix[lv.mid]) for lv in self.levels]

    def left_probabilities(self, weights):
        """Per level: the left half's share of each splitting node's weight (0 for a node without weight)."""
        out = []
        for left, right in self.halves(np.asarray(weights, dtype=float)):
            whole = left + right
            p = np.zeros_like(whole)
            np.divide(left, whole, out=p, where=whole > 0)
            out.append(np.clip(p, 0.0, 1.0))
        return out

    def allocate(self, totals, n, split):
        """Totals per region [b, G, ...] handed down to the units: int64 [b, n, ...] (sorted order)."""
        out = np.zeros((totals.shape[0], n) + totals.shape[2:], dtype=np.int64)
        node_totals = totals[:, self.roots]
        for level in self.levels:
            if len(level.leaf_nodes):
                out[:, level.leaf_pos] = node_totals[:, level.leaf_nodes]
            if not len(level.split_nodes):
                break
            parent = node_totals[:, level.split_nodes]
            left = split(level, parent)
            node_totals = np.concatenate([left, parent - left], axis=1)
        return out


# --- samplers: one block of replicate tables [b, n, k] in sorted unit order -------------------------------------

# tables of fixed binomial distributions hold at most this many outcomes in all (cdf float64 + guide int32)
_TABLE_ENTRIES = 2 ** 21
# tails left out of a table: together below 2**-62, far below the resolution of a uniform double (2**-53)
_TAIL_LOG = 64 * np.log(2.0)
# steps up from a table's guide entry before the rest of the search bisects (rare draws far in a tail)
_LINEAR_STEPS = 4


class _FixedBinomial:
    """Draws of x_i ~ Binomial(n_i, p_i) for parameters that are the same in every replicate (one per unit):
    inversion of each distinct (n, p)'s cumulative table with a guide table (Devroye 1986, III.2.4): 21-24 ns per
    draw against about 85 ns for numpy's per-draw sampler, which sets its distribution up anew for every unit.

    Each table covers [mean - a, mean + a] (Bernstein's inequality: each tail outside has probability below
    2**-64); its probabilities come from the ratios of successive ones (relative error about 1e-12), and the
    search compares u with the table itself, so the guide only has to be at or below the answer. Without
    tables (more than ``_TABLE_ENTRIES`` outcomes in all) numpy's ``binomial`` draws instead.
    """

    def __init__(self, n, p, max_entries=None):
        self.n, self.p = np.asarray(n, dtype=np.int64), np.clip(np.asarray(p, dtype=float), 0.0, 1.0)
        # the distinct (n, p) in lexicographic order: complex keys sort that way, ~7 times faster than rows
        keys = self.n.astype(float) + 1j * np.where(self.n > 0, self.p, 0.0)
        combos, unit_combo = np.unique(keys, return_inverse=True)
        n_c, p_c = combos.real.astype(np.int64), combos.imag
        # log pmf(k + 1) / pmf(k) = log((n - k) / (k + 1) * p / (1 - p))
        with np.errstate(divide="ignore", invalid="ignore"):  # logarithms per distribution, not per outcome
            log_p, log_q = np.log(p_c), np.log1p(-p_c)
        self._tables(unit_combo.ravel(), n_c * p_c, n_c * p_c * (1 - p_c),
                     np.where(p_c >= 1, n_c, 0), np.where(p_c <= 0, 0, n_c),
                     lambda c, k: np.log((n_c[c] - k) / (k + 1.0)) + log_p[c] - log_q[c], max_entries)

    def _tables(self, unit_combo, mean, variance, lowest, highest, log_ratio, max_entries=None):
        """Tables of the distinct distributions (``unit_combo``: each unit's), their outcomes limited to
        [lowest, highest]; ``log_ratio(combo, k)`` = log pmf(k + 1) / pmf(k)."""
        a = _TAIL_LOG / 3 + np.sqrt((_TAIL_LOG / 3) ** 2 + 2 * variance * _TAIL_LOG)
        lo = np.clip(np.floor(mean - a), lowest, highest).astype(np.int64)
        hi = np.clip(np.ceil(mean + a), lo, highest).astype(np.int64)
        width = hi - lo + 1
        self.tables = width.sum() <= (_TABLE_ENTRIES if max_entries is None else max_entries) and len(width) < 2 ** 20
        if not self.tables:
            return
        start = np.concatenate([[0], np.cumsum(width)[:-1]])
        last = start + width - 1
        combo = np.repeat(np.arange(len(width)), width)
        k = np.arange(width.sum()) - start[combo] + lo[combo]  # the outcome of every table entry
        with np.errstate(divide="ignore", invalid="ignore"):
            step = log_ratio(combo, k)
        step[last] = 0.0
        step = np.where(np.isfinite(step), step, 0.0)
        step[last] = -np.add.reduceat(step, start)  # the running sum comes back to 0 at every table's start
        log_pmf = np.concatenate([[0.0], np.cumsum(step)[:-1]])
        log_pmf -= log_pmf[start][combo]
        log_pmf -= np.maximum.reduceat(log_pmf, start)[combo]
        cdf = np.cumsum(np.exp(log_pmf))
        before = np.concatenate([[0.0], cdf])[start]
        cdf -= before[combo]
        cdf /= cdf[last][combo]
        # guide: entry j of a table = its first outcome whose cdf exceeds j / width - 2**-30: at or below the
        # answer for every u >= j / width - 2**-30 (the margin covers the rounding of cdf + 2 * table, below
        # 2**-32 for fewer than 2**20 tables, and of u * width), so the search only steps up from it
        shifted = np.minimum(cdf, 1.0) + 2.0 * combo
        thresholds = (k - lo[combo]) / width[combo] - 2.0 ** -30 + 2.0 * combo
        guide = np.searchsorted(shifted, thresholds, side="right")
        cdf[last] = np.inf  # every search stops at the table's last outcome
        self.cdf, self.guide = cdf, np.minimum(guide, last[combo]).astype(np.int32)  # entries < 2**31
        small = np.int32 if len(cdf) < 2 ** 31 else np.int64  # per-unit positions: 4 bytes each
        self.first, self.width, self.last = (start[unit_combo].astype(small), width[unit_combo].astype(small),
                                             last[unit_combo].astype(small))
        self.lo = lo[unit_combo] - start[unit_combo]  # int64: the draws are int64

    def draw(self, rng, b):
        """int64 [b, N]."""
        if not self.tables:
            return self._numpy_draw(rng, b)
        N = len(self.first)
        u = rng.random((b, N))
        cell = (u * self.width).astype(np.intp)
        np.minimum(cell, self.width - 1, out=cell)  # (u * width rounds up to width for u near 1)
        cell += self.first
        k = self.guide[cell].ravel()
        u = u.ravel()
        cdf = self.cdf
        todo = np.flatnonzero(cdf[k] <= u)
        for _ in range(_LINEAR_STEPS):  # up: the first outcome whose cdf exceeds u
            if not len(todo):
                break
            k[todo] += 1
            todo = todo[cdf[k[todo]] <= u[todo]]
        if len(todo):  # the few still below (far in a tail): bisection up to the table's last outcome
            low, high, u = k[todo], self.last[todo % N], u[todo]  # cdf[low] <= u < cdf[high] (inf)
            while True:
                wide = np.flatnonzero(high - low > 1)
                if not len(wide):
                    break
                mid = (low[wide] + high[wide]) // 2
                up = cdf[mid] <= u[wide]
                low[wide[up]], high[wide[~up]] = mid[up], mid[~up]
            k[todo] = high
        return k.reshape(b, N) + self.lo  # int64

    def _numpy_draw(self, rng, b):
        return rng.binomial(np.broadcast_to(self.n, (b, len(self.n))), self.p)


class _FixedPoisson(_FixedBinomial):
    """Draws of y_i ~ Poisson(lambda_i), lambda the same in every replicate: the same tables as ``_FixedBinomial``
    (Bernstein's inequality bounds the Poisson tails with variance lambda), numpy's ``poisson`` without them."""

    def __init__(self, lam, max_entries=None):
        self.lam = np.maximum(np.asarray(lam, dtype=float), 0.0)
        combos, unit_combo = np.unique(self.lam, return_inverse=True)
        with np.errstate(divide="ignore"):  # log 0: a table of the single outcome 0
            log_lam = np.log(combos)
        # log pmf(k + 1) / pmf(k) = log(lambda / (k + 1))
        self._tables(unit_combo.ravel(), combos, combos, np.zeros(len(combos), dtype=np.int64),
                     np.where(combos > 0, 2 ** 62, 0), lambda c, k: log_lam[c] - np.log(k + 1.0), max_entries)

    def _numpy_draw(self, rng, b):
        return rng.poisson(np.broadcast_to(self.lam, (b, len(self.lam))))


def _fix_totals(y, capacity, targets, bounds, rng, room, put_in=None):
    """Makes each region's sum of ``y`` [b, n] (sorted units, int64, changed in place) equal ``targets`` [G]:
    S - X of the region's members (the persons counted in y), chosen uniformly at random without replacement,
    are taken out, or X - S persons are put in: without ``put_in``, X - S of its non-members (capacity - y),
    chosen without replacement; with ``put_in`` (weights [n]), X - S persons each put in unit i with
    probability put_in_i / (the region's sum), independently (with replacement).

    Person permutation (no ``put_in``): if every one of the region's places is a member independently with the
    same probability (y_i binomial over capacity_i), the members given their number S are a uniformly random
    S-subset of the places; after the change they are a uniformly random X-subset, whatever S was: the law of
    the result is unchanged by any permutation of the region's places and its count is X. That is the
    hypergeometric allocation of X members over the places, drawn with one binomial per unit and about sd(S)
    random persons per region instead of a hypergeometric draw per unit.

    Multinomial (``put_in`` = w): if y_i are independent Poisson(lambda w_i), the members given their number S
    are S independent persons each in unit i with probability w_i / W (Poisson splitting). Taking out a uniformly
    random S - X of them leaves X such persons; putting in X - S more such persons gives X of them: either way
    the result is Multinomial(X, w / W), drawn with one Poisson per unit and about sd(S) random persons per
    region instead of a binomial per unit and level of a splitting tree.

    ``room`` [G]: each region's places (the sum of ``capacity``, the same in every replicate) or, with ``put_in``,
    the sum of its weights.
    """
    b, n = y.shape
    nonempty = bounds[1:] > bounds[:-1]
    starts, sizes = bounds[:-1][nonempty], np.diff(bounds)[nonempty]
    if not len(starts):
        return y
    S = np.add.reduceat(y, starts, axis=1)
    excess = S - np.asarray(targets)[nonempty][None, :]
    if not excess.any():
        return y
    take = excess > 0                                            # [b, G'] take members out (else put some in)
    out = take[:, np.repeat(np.arange(len(starts)), sizes)]        # per unit: its region takes out
    room = np.asarray(room)[nonempty][None, :]
    if put_in is None:
        pool = np.where(take, S, room - S).ravel()                # persons to choose from, per (replicate, region)
        weights = capacity - y
    else:
        pool = np.where(take, S, room).ravel()
        weights = np.array(np.broadcast_to(put_in, (b, n)), dtype=y.dtype)
    count = np.abs(excess).ravel()
    np.copyto(weights, y, where=out)
    weights = weights.ravel()
    index = np.int32 if weights.sum() < 2 ** 31 else np.int64     # 32-bit running sums search faster
    cumulative = np.cumsum(weights, dtype=index)
    pair_first = (np.arange(b)[:, None] * n + starts[None, :]).ravel()
    before = np.concatenate([[0], cumulative])[pair_first]         # persons of the pools before each pair's
    pairs = np.repeat(np.arange(len(count)), count)
    shift = max(1, int(pool.max()).bit_length())                  # key = pair << shift | person
    dtype = np.uint32 if (len(count) << shift) <= 2 ** 32 else np.uint64  # 32-bit keys sort several times faster
    mask = dtype((1 << shift) - 1)
    distinct = take.ravel() if put_in is not None else None       # pairs drawn without replacement

    scale = pool * (1 - 2.0 ** -50)  # u * scale < pool for every double u < 1

    def persons(pairs):  # uniform in [0, pool): floor(u * pool) (bias below pool * 2**-50)
        drawn = rng.random(len(pairs))
        drawn *= scale[pairs]
        drawn = drawn.astype(dtype)
        drawn |= pairs.astype(dtype) << dtype(shift)
        return drawn

    keys = np.sort(persons(pairs))
    while True:  # without replacement: redraw the repeats (symmetric in the persons: uniform subsets)
        repeat = np.flatnonzero(keys[1:] == keys[:-1]) + 1
        if distinct is not None and len(repeat):  # persons put in with replacement may repeat
            repeat = repeat[distinct[(keys[repeat] >> dtype(shift)).astype(np.int64)]]
        if not len(repeat):
            break
        again = np.sort(persons((keys[repeat] >> dtype(shift)).astype(np.int64)))
        keys = np.delete(keys, repeat)
        keys = np.insert(keys, np.searchsorted(keys, again), again)  # still sorted
    pairs = (keys >> dtype(shift)).astype(np.int64)
    chosen = np.searchsorted(cumulative, (before[pairs] + (keys & mask)).astype(index), side="right")
    change = np.bincount(chosen, minlength=b * n).reshape(b, n)
    np.negative(change, out=change, where=~out)
    y -= change
    return y


class _Evenness:
    """Unit totals fixed; each unit's counts multinomial with the region's shares (conditional binomials; the
    first group's are the same distributions in every replicate: drawn from tables)."""

    def __init__(self, table, layout):
        counts, self.rounded = table.integers()
        counts = counts[layout.order]
        self.t = counts.sum(axis=1)
        self.totals = X = layout.region_sums(counts)                   # [G, k]
        # members of group m and of the groups after it: the places left for group m (T - X_<m)
        self.places = not_before = np.cumsum(X[:, ::-1], axis=1)[:, ::-1]
        q = np.zeros(X.shape)
        np.divide(X, not_before, out=q, where=not_before > 0)
        self.q = np.clip(q, 0.0, 1.0)[layout.codes]  # [n, k]: P(group m | not one of the groups before m)
        self.shape, self.bounds = counts.shape, layout.bounds
        self.first = _FixedBinomial(self.t, self.q[:, 0])

    def draw(self, rng, b):
        n, k = self.shape
        out = np.empty((b, n, k), dtype=np.int64)
        remaining = np.broadcast_to(self.t, (b, n))
        for m in range(k - 1):
            drawn = self.first.draw(rng, b) if m == 0 else rng.binomial(remaining, self.q[:, m])
            out[:, :, m] = drawn
            remaining = remaining - drawn
        out[:, :, k - 1] = remaining
        return out


# ``_Multinomial`` draws Poisson counts and corrects each region's total when the expected correction, about
# sqrt(2 X / pi) persons per region and column, is below this share of the units x columns (grids: many units
# against the totals); otherwise it hands the totals down a binary tree of binomials (postal areas: a few hundred
# units per city against totals of 10**4 to 10**5, where the corrections would cost as much as the tree)
_POISSON_CORRECTIONS = 0.25


class _Multinomial:
    """Each column m allocated over the units of its region as Multinomial(X_m, w_im / W_m), the region totals
    X fixed, w = ``weights(counts)`` [n, k]. Two exact ways, chosen from the data alone (the draws depend only
    on the data and the seed):

    - Poisson: y_im ~ Poisson(X_m w_im / W_m) (tables: the same means in every replicate), then ``_fix_totals``
      with ``put_in`` = w takes out or puts in persons until each region's sum is X_m, which makes the draw
      exactly multinomial; the correction moves about sqrt(2 X_m / pi) persons per region and column.
    - Tree: each region's X_m handed down a binary tree of its units, one binomial per node (the left half's
      share of the weight), n - 1 per region and column.
    """

    def __init__(self, table, layout):
        counts, self.rounded = table.integers()
        counts = counts[layout.order]
        self.bounds, self.shape = layout.bounds, counts.shape
        self.totals = layout.region_sums(counts)                      # [G, k]
        w = self.weights(counts)
        self.poisson = np.sqrt(2 * self.totals / np.pi).sum() < _POISSON_CORRECTIONS * counts.size
        if self.poisson:
            self.W = layout.region_sums(w)                             # [G, k]
            W = self.W[layout.codes]
            mean = np.zeros(self.shape)
            np.divide(self.totals[layout.codes] * w.astype(float), W, out=mean, where=W > 0)  # no int64 overflow
            self.w = np.ascontiguousarray(w.T)                         # [k, n]
            self.columns = [_FixedPoisson(column, _TABLE_ENTRIES // self.shape[1]) for column in mean.T]
        else:
            self.tree = layout.tree
            self.p = self.tree.left_probabilities(w.astype(float))    # per level [N, k]

    def draw(self, rng, b):
        n, k = self.shape
        if not self.poisson:
            totals = np.broadcast_to(self.totals, (b,) + self.totals.shape)
            return self.tree.allocate(totals, n, lambda level, parent: rng.binomial(parent, self.p[level.index]))
        out = np.empty((b, n, k), dtype=np.int64)
        for m in range(k):
            drawn = self.columns[m].draw(rng, b)
            out[:, :, m] = _fix_totals(drawn, None, self.totals[:, m], self.bounds, rng, self.W[:, m],
                                         put_in=self.w[m])
        return out


class _Systematic(_Multinomial):
    """Region group totals fixed; each group multinomial over the units with probabilities t_i / T."""

    @staticmethod
    def weights(counts):
        return np.repeat(counts.sum(axis=1)[:, None], counts.shape[1], axis=1)


class _GroupMultinomial(_Multinomial):
    """Allen et al. (2015) bootstrap: each group multinomial over the units with its own shares x_im / X_m."""

    @staticmethod
    def weights(counts):
        return counts


class _PersonPermutation(_Evenness):
    """Both margins fixed: each group a multivariate hypergeometric allocation over the units' remaining places.

    Group by group (the last takes the places left): every remaining place is a member with the region's
    probability X_m / (places left), the evenness draw's conditional share ``q``: one binomial per unit (the
    first group's from tables), then ``_fix_totals`` makes the region's count exactly X_m, which turns the draw
    into the hypergeometric one.
    """

    def draw(self, rng, b):
        n, k = self.shape
        out = np.empty((b, n, k), dtype=np.int64)
        places = np.broadcast_to(self.t, (b, n))
        for m in range(k - 1):
            drawn = self.first.draw(rng, b) if m == 0 else rng.binomial(places, self.q[:, m])
            _fix_totals(drawn, places, self.totals[:, m], self.bounds, rng, self.places[:, m])
            out[:, :, m] = drawn
            places = places - drawn
        out[:, :, k - 1] = places
        return out


class _GeographicPermutation:
    """Unit rows shuffled over the units' locations within each region (values as they are)."""

    rounded = False

    def __init__(self, table, layout):
        self.values = table.values[layout.order]
        self.codes = layout.codes.astype(float)

    def draw(self, rng, b):
        keys = self.codes + rng.random((b, len(self.codes)))  # region first, then a random order inside
        return self.values[np.argsort(keys, axis=1)]


class _Bootstrap:
    """Units resampled with replacement within each region (each region keeps its number of units)."""

    rounded = False

    def __init__(self, table, layout):
        self.values = table.values[layout.order]
        self.start = layout.bounds[:-1][layout.codes]
        self.size = (layout.bounds[1:] - layout.bounds[:-1])[layout.codes]

    def draw(self, rng, b):
        pick = self.start + np.minimum(np.floor(rng.random((b, len(self.start))) * self.size).astype(np.intp),
                                       self.size - 1)
        return self.values[pick]


_SAMPLERS = {EVENNESS: _Evenness, SYSTEMATIC: _Systematic, PERSON_PERMUTATION: _PersonPermutation,
             GEOGRAPHIC_PERMUTATION: _GeographicPermutation}


def _sampler(null_model, table, layout):
    if null_model not in _SAMPLERS:
        raise ValueError(f"Unknown null model '{null_model}': use one of {', '.join(NULL_MODELS)}.")
    return _SAMPLERS[null_model](table, layout)


# --- random streams, chunks, progress -----------------------------------------------------------------------------

def _generator(rng):
    if isinstance(rng, np.random.Generator):
        return rng
    return np.random.default_rng(rng)


def stream_block(n, k):
    """Replicates drawn with one random stream (and one numpy call per draw stage): about 2**18 counts."""
    return int(min(_MAX_STREAM_BLOCK, max(1, _STREAM_ELEMENTS // max(1, n * k))))


def chunk_replicates(n, k, memory_budget=MEMORY_BUDGET):
    """Replicates evaluated together (stacked) within ``memory_budget`` bytes; at least 1."""
    return int(max(1, memory_budget // (8 * max(1, n) * (k + _WORK_ARRAYS))))


class _Progress:
    """Counts replicates done over a whole computation; raises ``Cancelled`` when the callback says False."""

    def __init__(self, callback, total):
        self.callback, self.total, self.done = callback, int(total), 0
        self.report(0)

    def report(self, count):
        self.done += count
        if self.callback is not None:
            answer = self.callback(self.done, self.total)
            if answer is not None and not answer:
                raise Cancelled(f"Cancelled after {self.done} of {self.total} replicates.")


def _tasks(replicates, block, chunk):
    """(first replicate, count) of the units of work: whole stream blocks, about ``chunk`` replicates each
    (one block when a block is larger than a chunk; it is then evaluated in pieces of ``chunk``)."""
    size = max(1, chunk // block) * block
    return [(first, min(size, replicates - first)) for first in range(0, replicates, size)]


def _draw_task(sampler, base, first, count, block):
    """Tables [count, n, k] of replicates first ... first + count - 1 (``first`` is a multiple of ``block``)."""
    parts = [sampler.draw(np.random.default_rng([base, start // block]), min(block, first + count - start))
             for start in range(first, first + count, block)]
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


# --- evaluation of replicates -----------------------------------------------------------------------------------

class _StackedSegments(Segments):
    """``c`` replicates of one region layout stacked: replicate r's units (sorted by region) are the positions
    r * n ... r * n + n - 1 and its region g is segment r * G + g.

    The same segment operations as ``Segments`` (the core's index functions run unchanged), computed on the
    contiguous blocks this layout guarantees: sums with ``add.reduceat`` instead of ``bincount``, spreading
    with a gather of the region codes, and the within-region sort row by row (c sorts of n keys instead of one
    of c * n).
    """

    def __init__(self, layout, c):
        G, n = layout.n_segments, len(layout.codes)
        super().__init__((np.arange(c, dtype=np.intp)[:, None] * G + layout.codes[None, :]).ravel(), c * G)
        self.c, self.n, self.G = c, n, G
        self.sizes = np.tile(np.diff(layout.bounds), c)
        self.nonempty = self.sizes > 0
        self.starts = (np.arange(c, dtype=np.intp)[:, None] * n + layout.bounds[None, :-1]).ravel()[self.nonempty]
        self._spread = {}

    def sum(self, values):
        values = np.asarray(values, dtype=float)
        out = np.zeros((self.n_segments,) + values.shape[1:])
        if not len(self.starts):
            return out
        if values.ndim == 1:
            out[self.nonempty] = np.add.reduceat(values, self.starts)
            return out
        for j in range(values.shape[1]):  # column by column: the same sums, several times faster than axis=0
            out[self.nonempty, j] = np.add.reduceat(values[:, j], self.starts)
        return out

    def count(self, mask=None):
        return self.sizes.copy() if mask is None else super().count(mask)

    def spread(self, per_region):
        """Per-region values repeated over the units; the index formulas spread the same region shares many
        times, so results are remembered per array object for the current chunk (read-only)."""
        hit = self._spread.get(id(per_region))
        if hit is not None and hit[0] is per_region:
            return hit[1]
        values = np.asarray(per_region)
        if values.ndim == 2:  # columns contiguous, like the count matrices (``_stacked``)
            result = np.take(np.ascontiguousarray(values.T), self.codes, axis=1).T
        else:
            result = np.take(values, self.codes, axis=0)  # a gather: ~2.7 times as fast as repeat
        result.flags.writeable = False
        self._spread[id(per_region)] = (per_region, result)
        return result

    def forget(self):
        """Drop what ``spread`` remembered (called before every chunk)."""
        self._spread = {}

    def exclusive_cumsum(self, values_sorted, codes_sorted):
        if codes_sorted is not self.codes and (len(codes_sorted) != len(self.codes)
                                               or not np.array_equal(codes_sorted, self.codes)):
            return super().exclusive_cumsum(values_sorted, codes_sorted)
        # ordered by ``order_by``: segments in place; running sums within each replicate's row, then per region
        values = np.asarray(values_sorted, dtype=float).reshape(self.c, self.n)
        before = np.cumsum(values, axis=1)
        before -= values
        before = before.ravel()
        first = np.zeros(self.n_segments)
        first[self.nonempty] = before[self.starts]
        before -= np.take(first, self.codes)
        return before

    #: ``order_by`` moves units only within their region's positions (``seg.codes[order] == seg.codes``).
    order_keeps_segments = True

    def order_by(self, key):
        """Positions sorted by region, then by ``key`` within the region; row by row, so a replicate's order
        does not depend on the other replicates of the chunk."""
        key = np.asarray(key, dtype=float).reshape(self.c, self.n)
        order = self._radix_order(key)
        if order is None:
            order = (self._exact_order(key) + self._row_starts()).ravel()
        return order

    def _row_starts(self):
        return (np.arange(self.c, dtype=np.intp) * self.n)[:, None]

    def _exact_order(self, key):
        """Row-wise positions sorted by key, then (stable) by region: exact for any key, NaN last in a region."""
        within = np.argsort(key, axis=1)
        if self.G > 1:
            within = np.take_along_axis(within, np.argsort(self._region_digit()[within], axis=1, kind="stable"),
                                        axis=1)
        return within

    def _region_digit(self):
        """Each position's region in a row (0 ... G - 1)."""
        if not hasattr(self, "_regions"):
            self._regions = self.codes[:self.n].astype(np.uint16 if self.G <= 65535 else np.intp)
        return self._regions

    def _radix_order(self, key):
        """The order by (region, key) with numpy's radix sort (stable argsort of uint16 digits, linear time)
        instead of a comparison sort: ~1.8 times as fast (3,000 units, 11 regions). Each row's keys are mapped
        monotonically onto integers of 28 bits below the region's 4 (at most 16 regions) or of 32 bits (then the
        region is a third digit), so the order is the keys' except among different keys on the same integer, closer than
        2**-28 of the row's range (shares of whole persons differ by at least 1 / (t_i t_j)). Such a pair is
        found afterwards (a decrease inside a region) and its row sorted exactly. None when a key is not
        finite or with more than 65,535 regions."""
        if self.n < 2 or self.G > 65535:
            return None
        low, high = key.min(axis=1), key.max(axis=1)
        if not (np.isfinite(low).all() and np.isfinite(high).all()):
            return None
        folded = self.G <= 16
        bits = 28 if folded else 32
        span = high - low
        scale = np.zeros_like(span)
        np.divide(2.0 ** bits - 1, span, out=scale, where=span > 0)
        scaled = key - low[:, None]
        scaled *= scale[:, None]
        q = scaled.astype(np.uint32)  # truncation: monotone in the key
        del scaled
        if folded and self.G > 1:
            q |= self._region_digit().astype(np.uint32) << np.uint32(28)
        starts = self._row_starts()
        order = (np.argsort(q.astype(np.uint16), axis=1, kind="stable") + starts).ravel()  # low 16 bits
        q >>= np.uint32(16)
        digit = q.ravel()[order].astype(np.uint16).reshape(self.c, self.n)  # high 16 bits, in the order so far
        order = order[(np.argsort(digit, axis=1, kind="stable") + starts).ravel()]
        if not folded:  # the region last: stable, so the key order stays inside each region
            digit = np.tile(self._region_digit(), self.c)[order].reshape(self.c, self.n)
            order = order[(np.argsort(digit, axis=1, kind="stable") + starts).ravel()]
        ordered = key.ravel()[order].reshape(self.c, self.n)
        descending = np.diff(ordered, axis=1) < 0
        if self.G > 1:
            descending &= self._same_region()
        bad = np.flatnonzero(descending.any(axis=1))
        if len(bad):  # different keys on one integer, out of order: sort those rows exactly
            order = order.reshape(self.c, self.n)
            order[bad] = self._exact_order(key[bad]) + starts[bad]
            order = order.ravel()
        return order

    def _same_region(self):
        """Whether positions j and j + 1 of a row are in the same region [n - 1]."""
        if not hasattr(self, "_adjacent"):
            codes = self.codes[:self.n]
            self._adjacent = codes[1:] == codes[:-1]
        return self._adjacent


def _stacked(functions, table, layout, tables, segments=None, as_counts=()):
    """Every function on a chunk of replicates at once: replicate r of region g is segment r * G + g.

    Functions named in ``as_counts`` get the table's columns as one count matrix (a multigroup index on the
    same (group, rest) table), the others the table's usual arguments.
    """
    c, n = tables.shape[:2]
    seg = _StackedSegments(layout, c) if segments is None else segments  # the caller keeps one per chunk size
    seg.forget()
    # [c * n, k] with each column contiguous (Fortran order): column sums and row sums run several times faster
    values = np.moveaxis(tables, 2, 0).astype(float, order="C").reshape(table.k, c * n).T
    arrays = table.arrays(values) if any(name not in as_counts for name in functions) else None
    with shared_intermediates(), np.errstate(all="ignore"):
        return {name: np.asarray(f(*((values,) if name in as_counts else arrays), regions=seg),
                                 dtype=float).reshape(c, layout.n_segments)
                for name, f in functions.items()}, seg


def _looped(functions, table, layout, tables, as_counts=()):
    """Every function once per replicate, on the units in input order: ``f(*arrays) -> [G]``."""
    out = {name: np.empty((len(tables), layout.n_segments)) for name in functions}
    for r, values in enumerate(layout.unsort(tables)):
        values = values.astype(float)
        arrays = table.arrays(values)
        with shared_intermediates(), np.errstate(all="ignore"):
            for name, f in functions.items():
                out[name][r] = f(*((values,) if name in as_counts else arrays))
    return out


def _workers(workers):
    workers = WORKERS if workers is None else int(workers)
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}.")
    return workers


class _Pool:
    """The worker threads of one computation. Every run's tasks queue in the same threads, so the set-up of
    the next run (its tables and layout, in the calling thread) overlaps the work of the runs before it, and
    no thread idles at the end of a run while another still works. ``wait`` collects the tasks in the calling
    thread: progress is reported there, and an error or ``Cancelled`` stops the other tasks between chunks.
    With one worker nothing is queued: every task runs at once in the calling thread."""

    def __init__(self, workers):
        self.workers = workers
        self.stop = threading.Event()
        self._executor = ThreadPoolExecutor(workers) if workers > 1 else None
        self._futures = {}  # in the order submitted

    def submit(self, task, count, progress):
        if self._executor is None:
            task(progress.report if progress is not None else None)
        else:
            self._futures[self._executor.submit(task)] = (count, progress)

    def mark(self):
        """The tasks queued so far, for ``wait(mark)``."""
        return len(self._futures)

    def wait(self, mark=None):
        """Until the tasks queued before ``mark`` (None: all) are done."""
        queued = list(self._futures.items())
        mark = len(queued) if mark is None else mark
        futures, self._futures = dict(queued[:mark]), dict(queued[mark:])
        try:
            for future in as_completed(futures):
                future.result()
                count, progress = futures[future]
                if progress is not None:
                    progress.report(count)
        except BaseException:  # Cancelled, or an error in a task: stop the others between chunks
            self.stop.set()
            for future in futures:
                future.cancel()
            raise

    def close(self):
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        if kind is not None:  # an error in the calling thread: the queued tasks stop at their next chunk
            self.stop.set()
        self.close()


def _run(sampler, table, layout, replicates, rng, stacked=None, looped=None, progress=None,
         memory_budget=MEMORY_BUDGET, as_counts=(), workers=None, pool=None):
    """Replicate values {name: [replicates, G]} of the ``stacked`` and ``looped`` functions on the sampler's draws.

    The replicates are cut into tasks of whole stream blocks (``_tasks``); each task draws its blocks and
    evaluates them in chunks. With ``workers`` > 1 the tasks run in that many threads (numpy releases the GIL in
    its samplers, sorts and array loops), each chunk sized from ``memory_budget / workers``, and no more threads
    than replicates fit in the budget (one thread for units so many that one replicate fills half of it);
    ``progress`` is only ever called from the calling thread. A replicate's draws and values do not depend on the
    task, the chunk or the thread that computes it, so the result is the same for any number of workers.

    ``pool``: a ``_Pool`` shared by several runs; the tasks are then only queued and the values are complete
    after ``pool.wait()``. A run with spatial or surface functions (``looped``: one thread) or with units so
    many that fewer workers fit in the budget waits for the queued tasks and then runs in threads of its own.
    """
    stacked, looped = dict(stacked or {}), dict(looped or {})
    G = layout.n_segments
    results = {name: np.full((replicates, G), np.nan) for name in list(stacked) + list(looped)}
    if not results or replicates <= 0:
        return results
    workers = 1 if looped else _workers(workers)  # spatial and surface functions: one thread
    # every worker evaluates at least one replicate: no more workers than replicates fit in the budget
    workers = max(1, min(workers, chunk_replicates(table.n, table.k, memory_budget)))
    if pool is not None and workers < pool.workers:
        pool.wait()  # the queued tasks first: this run alone within the memory budget
        pool = None
    chunk = min(chunk_replicates(table.n, table.k, memory_budget // workers),
                max(1, _CHUNK_ELEMENTS // (table.n * table.k)))
    block = stream_block(table.n, table.k)
    base = int(rng.integers(2 ** 63))
    tasks = _tasks(replicates, block, chunk)
    local = threading.local()  # each thread's stacked layouts, one per chunk size
    own = pool is None
    if own:
        pool = _Pool(workers if len(tasks) > 1 else 1)

    def task(first, count, report=None):
        tables = _draw_task(sampler, base, first, count, block)
        pieces = -(-count // chunk)  # pieces of (nearly) equal size: no small remainder evaluated alone
        for piece in range(pieces):
            if pool.stop.is_set():
                return
            start, stop = count * piece // pieces, count * (piece + 1) // pieces
            part = tables[start:stop]
            rows = slice(first + start, first + stop)
            if stacked:
                layouts = local.__dict__.setdefault("layouts", {})
                values, layouts[len(part)] = _stacked(stacked, table, layout, part, layouts.get(len(part)),
                                                      as_counts)
                for name, value in values.items():
                    results[name][rows] = value
            if looped:
                for name, value in _looped(looped, table, layout, part, as_counts).items():
                    results[name][rows] = value
            if report is not None:
                report(len(part))

    try:
        for first, count in tasks:
            pool.submit(lambda report=None, first=first, count=count: task(first, count, report), count, progress)
        if own:
            pool.wait()
    finally:
        if own:
            pool.close()
    return results


def _resolve(index_function):
    """A callable, a registry id, or a dict / list of them -> ({name: callable}, several?)."""
    if isinstance(index_function, dict):
        return {name: _resolve(f)[0]["f"] for name, f in index_function.items()}, True
    if isinstance(index_function, (list, tuple)):
        return {f: _resolve(f)[0]["f"] for f in index_function}, True
    if isinstance(index_function, str):
        if index_function not in BY_ID:
            raise ValueError(f"'{index_function}' is not an aspatial index id; pass a function "
                             "f(*arrays, regions=...) (or f(*arrays) with stacked=False) instead.")
        return {"f": BY_ID[index_function].function}, False
    if not callable(index_function):
        raise TypeError("index_function must be a callable, an index id, or a dict/list of them.")
    return {"f": index_function}, False


def _prepare(arrays, segments):
    table = _Table.from_arrays(arrays)
    seg = as_segments(segments, table.n)
    if len(seg) != table.n:
        raise ValueError(f"segments ({len(seg)}) and arrays ({table.n}) must describe the same units.")
    return table, _Layout(seg)


def _functions_for(index_function, stacked, layout):
    functions, several = _resolve(index_function)
    if stacked:
        return functions, {}, several
    seg = layout.seg
    looped = {name: (lambda *arrays, f=f: f(*arrays, regions=seg)) for name, f in functions.items()}
    return {}, looped, several


# --- public API --------------------------------------------------------------------------------------------------

def simulate(index_function, arrays, segments=None, null_model=PERSON_PERMUTATION, permutations=999, rng=None,
             progress=None, memory_budget=MEMORY_BUDGET, stacked=True, workers=None):
    """Index values on ``permutations`` replicate tables drawn under ``null_model``: array [R, G].

    ``index_function``: a core index function ``f(*arrays, regions=None)`` vectorised over regions (e.g.
    ``aspatial.dissimilarity``), an aspatial index id ('dissimilarity'), or a dict / list of them (then a dict
    name -> [R, G] is returned; all of them see the same draws). ``arrays``: (x, t) for a single-group index,
    (counts,) with counts [n, k] for a multigroup one. ``segments``: region labels, a ``Segments`` or None
    (one region); G = number of regions. ``rng``: a ``numpy.random.Generator`` or a seed.

    ``stacked=True`` evaluates a chunk of replicates in one call (replicate r of region g = segment r * G + g);
    ``stacked=False`` calls ``f(*arrays, regions=segments)`` once per replicate (same draws, same values up to
    floating-point summation order; for functions that need the units in their input order).
    ``progress(done, total)``: called after each chunk (from the calling thread); returning False raises
    ``Cancelled``. ``workers``: threads (None = ``WORKERS``); the values do not depend on it.
    """
    table, layout = _prepare(arrays, segments)
    stacked_f, looped_f, several = _functions_for(index_function, stacked, layout)
    sampler = _sampler(null_model, table, layout)
    results = _run(sampler, table, layout, int(permutations), _generator(rng), stacked_f, looped_f,
                   _Progress(progress, permutations) if progress else None, memory_budget, workers=workers)
    return results if several else results["f"]


def draw_tables(null_model, arrays, segments=None, replicates=1, rng=None):
    """The replicate tables themselves, in the units' input order: (x [R, n], t [R, n]) or (counts [R, n, k],).

    The same draws as ``simulate`` with the same generator state (for tests and for custom statistics).
    """
    table, layout = _prepare(arrays, segments)
    sampler = _sampler(null_model, table, layout)
    base, replicates = int(_generator(rng).integers(2 ** 63)), int(replicates)  # as ``_run``
    values = (_draw_task(sampler, base, 0, replicates, stream_block(table.n, table.k)) if replicates > 0
              else np.zeros((0, table.n, table.k)))
    return table.arrays(layout.unsort(values))


def p_value(observed, replicates, alternative=GREATER):
    """Pseudo p-value (M + 1) / (R + 1) of ``observed`` [...] against ``replicates`` [R, ...].

    R counts the finite replicates; M those at least as extreme (``greater``: >= observed, ``less``: <=,
    ties within ``TIE_TOLERANCE``); ``two-sided`` = min(1, 2 min(p_greater, p_less)). NaN where the observed
    value is NaN or no replicate is finite.
    """
    if alternative not in ALTERNATIVES:
        raise ValueError(f"Unknown alternative '{alternative}': use one of {', '.join(ALTERNATIVES)}.")
    observed = np.asarray(observed, dtype=float)
    replicates = np.asarray(replicates, dtype=float)
    valid = np.isfinite(replicates)
    n_valid = valid.sum(axis=0)
    tolerance = TIE_TOLERANCE * np.maximum(1.0, np.abs(observed))
    with np.errstate(invalid="ignore"):
        p_greater = (((replicates >= observed - tolerance) & valid).sum(axis=0) + 1) / (n_valid + 1)
        p_less = (((replicates <= observed + tolerance) & valid).sum(axis=0) + 1) / (n_valid + 1)
    p = {GREATER: p_greater, LESS: p_less,
         TWO_SIDED: np.minimum(1.0, 2 * np.minimum(p_greater, p_less))}[alternative]
    p = np.where(np.isfinite(observed) & (n_valid > 0), p, np.nan)
    return float(p) if p.ndim == 0 else p


def expected_value(replicates):
    """Mean of the finite replicates (NaN where there is none)."""
    replicates = np.asarray(replicates, dtype=float)
    valid = np.isfinite(replicates)
    count = valid.sum(axis=0)
    total = np.where(valid, replicates, 0.0).sum(axis=0)
    return np.where(count > 0, total / np.maximum(count, 1), np.nan)


@dataclass
class NullTest:
    """Observed value, mean under the null, pseudo p-value and the replicates [R, G] of one index."""

    observed: np.ndarray
    expected: np.ndarray
    p: np.ndarray
    replicates: np.ndarray
    null_model: str
    alternative: str


def null_test(index_function, arrays, segments=None, null_model=PERSON_PERMUTATION, permutations=999, rng=None,
              alternative=GREATER, progress=None, memory_budget=MEMORY_BUDGET, workers=None):
    """``simulate`` plus the observed value, the expected value (mean of replicates) and the p-value."""
    functions, several = _resolve(index_function)
    replicates = simulate(functions, arrays, segments, null_model, permutations, rng, progress, memory_budget,
                          workers=workers)
    table, layout = _prepare(arrays, segments)
    out = {}
    for name, f in functions.items():
        with np.errstate(all="ignore"):
            observed = np.asarray(f(*table_arrays(arrays), regions=layout.seg), dtype=float)
        out[name] = NullTest(observed, expected_value(replicates[name]),
                             p_value(observed, replicates[name], alternative), replicates[name], null_model,
                             alternative)
    return out if several else out["f"]


def table_arrays(arrays):
    """(x, t) or (counts,) as float arrays, as the index functions take them."""
    if isinstance(arrays, np.ndarray) and arrays.ndim == 2:
        return (np.asarray(arrays, dtype=float),)
    return tuple(np.asarray(a, dtype=float) for a in arrays)


@dataclass
class BootstrapInterval:
    """Percentile interval [low, high] per region and the bootstrap replicates [R, G]."""

    low: np.ndarray
    high: np.ndarray
    replicates: np.ndarray
    confidence: float


def percentile_interval(replicates, confidence=0.95):
    """(low, high): the (1 - c)/2 and (1 + c)/2 quantiles of the finite replicates (linear interpolation)."""
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1 (exclusive), got {confidence}.")
    replicates = np.asarray(replicates, dtype=float)
    if not len(replicates):
        nan = np.full(replicates.shape[1:], np.nan)
        return nan, nan.copy()
    with np.errstate(all="ignore"), _quiet_nan_warnings():
        low, high = np.nanquantile(replicates, [(1 - confidence) / 2, (1 + confidence) / 2], axis=0)
    return low, high


class _quiet_nan_warnings:
    """Suppresses numpy's 'All-NaN slice' RuntimeWarning (a region without any finite replicate is NaN)."""

    def __enter__(self):
        import warnings
        self._catch = warnings.catch_warnings()
        self._catch.__enter__()
        warnings.simplefilter("ignore", RuntimeWarning)

    def __exit__(self, *exc):
        return self._catch.__exit__(*exc)


def bootstrap(index_function, arrays, segments=None, replications=999, confidence=0.95, rng=None, progress=None,
              memory_budget=MEMORY_BUDGET, stacked=True, workers=None):
    """Bootstrap percentile interval: units resampled with replacement within each region.

    Arguments as ``simulate``; returns a ``BootstrapInterval`` (or a dict of them for several functions).
    """
    percentile_interval(np.zeros((0, 1)), confidence)  # validates confidence before any work
    table, layout = _prepare(arrays, segments)
    stacked_f, looped_f, several = _functions_for(index_function, stacked, layout)
    results = _run(_Bootstrap(table, layout), table, layout, int(replications), _generator(rng), stacked_f, looped_f,
                   _Progress(progress, replications) if progress else None, memory_budget, workers=workers)
    out = {name: BootstrapInterval(*percentile_interval(values, confidence), values, confidence)
           for name, values in results.items()}
    return out if several else out["f"]


def bias_corrected_dissimilarity(x, t, regions=None, permutations=500, rng=None, progress=None,
                                 memory_budget=MEMORY_BUDGET, return_replicates=False, workers=None):
    """Allen et al. (2015) bootstrap bias-corrected dissimilarity D_bc = 2 D - mean(D*), per region.

    D* are ``permutations`` bootstrap replicates in which the group (X members) and the rest of the total
    (Y = T - X) are each drawn as a multinomial over the region's units with the observed probabilities
    x_i / X and y_i / Y (group totals kept, unit totals vary). Allen, Burgess, Davidson & Windmeijer (2015),
    The Econometrics Journal 18(1), 40-66; PySAL ``BiasCorrectedDissim``. Counts are rounded to whole persons
    for the draws. One float without ``regions``, else one value per region (sorted labels). With
    ``return_replicates`` also the replicates [R, G].
    """
    from .aspatial import dissimilarity
    table, layout = _prepare((x, t), regions)
    with np.errstate(all="ignore"):
        observed = dissimilarity(*table_arrays((x, t)), regions=layout.seg)
    replicates = _run(_GroupMultinomial(table, layout), table, layout, int(permutations), _generator(rng),
                      {"d": dissimilarity}, None, _Progress(progress, permutations) if progress else None,
                      memory_budget, workers=workers)["d"]
    corrected = 2 * observed - expected_value(replicates)
    if regions is None:
        corrected = float(corrected[0])
    return (corrected, replicates) if return_replicates else corrected


# --- the table for the algorithm ----------------------------------------------------------------------------------

def applies(index_id, null_model):
    """Whether ``null_model`` gives a meaningful null distribution for ``index_id``.

    Every null model applies to spatial and surface indices; aspatial indices are invariant under
    ``geographic_permutation`` (it only moves whole units), so it does not apply to them.
    """
    if null_model not in NULL_MODELS:
        raise ValueError(f"Unknown null model '{null_model}': use one of {', '.join(NULL_MODELS)}.")
    return not (index_id in BY_ID and null_model == GEOGRAPHIC_PERMUTATION)


def default_alternative(index_id):
    """'greater' for indices where higher = more segregated, 'less' for exposure/interaction/diversity."""
    info = BY_ID.get(index_id) or SPATIAL_BY_ID.get(index_id)
    return LESS if info is not None and info.direction == MIXING else GREATER


def _block_key(name):
    """A stable stream key per group field (independent of the other fields chosen)."""
    return zlib.crc32(str(name).encode("utf-8"))


def _spatial_function(index_id, space, seg, atkinson_b, multigroup):
    """``f(*arrays) -> [G]`` for a spatial or surface index on the units of ``space`` (input order)."""
    if index_id in SURFACE_IDS:
        smoother = KernelSmoother(space.geometry, space.bandwidth, space.kernel)
        weights = smoother if smoother.grid is not None else smoother.matrix(seg)  # the kernel built once
        function = SPATIAL_BY_ID[index_id].function
        kwargs = {"b": atkinson_b} if index_id == "surface_atkinson" else {}
        return lambda *arrays: function(*arrays, weights, regions=seg, **kwargs)
    if multigroup:
        raise ValueError(f"'{index_id}' is a single-group spatial index.")
    return lambda x, t: space.call(index_id, x, t, seg, atkinson_b=atkinson_b)


def fresh_seed():
    """A new seed from the operating system's entropy, below 2**31 (fits a 32-bit integer field)."""
    return int(np.random.SeedSequence().generate_state(1)[0] >> 1)


def inference_table(table, indices=None, null_model=PERSON_PERMUTATION, permutations=999, seed=None,
                    confidence=0.95, alternative=AUTO, missing=DROP, space=None, progress=None, atkinson_b=0.5,
                    bootstrap_replications=None, bias_replications=None, memory_budget=MEMORY_BUDGET,
                    workers=None):
    """Inference for ``compute.global_indices``: one row per row of its output (same region and group order).

    Columns: ``region``, ``group``, then per index ``<id>_expected`` (mean under ``null_model``), ``<id>_p``
    (pseudo p-value, ``alternative``), ``<id>_ci_low`` / ``<id>_ci_high`` (bootstrap percentile interval at
    ``confidence``), and ``bias_corrected_dissimilarity`` when 'dissimilarity' is among ``indices`` (on the
    single-group rows). NaN where a null model does not apply (``applies``), for bootstrap intervals of
    spatial indices, and where the index itself is NaN.

    ``permutations``: null replicates (0 = no test); ``bootstrap_replications`` and ``bias_replications``
    default to ``permutations`` (0 = none). ``seed``: an integer; None draws a fresh one. The settings, the
    seed and the resolved alternative of each index are in ``result.attrs["inference"]``. Same seed, data and
    settings give identical output, whatever the number of ``workers`` (threads; None = ``WORKERS``).
    ``progress(done, total)`` is called between chunks, from the calling thread (False cancels: ``Cancelled``).
    """
    if null_model not in NULL_MODELS:
        raise ValueError(f"Unknown null model '{null_model}': use one of {', '.join(NULL_MODELS)}.")
    if alternative != AUTO and alternative not in ALTERNATIVES:
        raise ValueError(f"Unknown alternative '{alternative}': use '{AUTO}' or one of {', '.join(ALTERNATIVES)}.")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1 (exclusive), got {confidence}.")
    permutations = int(permutations)
    boot_reps = permutations if bootstrap_replications is None else int(bootstrap_replications)
    bias_reps = permutations if bias_replications is None else int(bias_replications)
    if min(permutations, boot_reps, bias_reps) < 0:
        raise ValueError("The numbers of replicates must be >= 0.")
    seed = fresh_seed() if seed is None else int(seed)
    if seed < 0:
        raise ValueError(f"The seed must be a non-negative integer, got {seed}.")

    observed = global_indices(table, indices, atkinson_b, missing, space)  # validates the index ids
    indices = [c for c in observed.columns if c not in SUMMARY_COLUMNS]
    alternatives = {i: default_alternative(i) if alternative == AUTO else alternative for i in indices}
    groups, imputed = impute_groups(table, missing)
    blocks = _blocks_of(table, indices, groups, imputed)
    G = len(table.region_labels)
    for number, block in enumerate(blocks):
        assert list(observed["group"].iloc[number * G:(number + 1) * G]) == [block.name] * G  # same rows
        block.observed = observed.iloc[number * G:(number + 1) * G]
    settings = _Settings(null_model, permutations, boot_reps, bias_reps, confidence, alternatives, atkinson_b,
                         seed, memory_budget, _workers(workers))
    units = _shared_tables(blocks)
    tracker = _Progress(progress, sum(_work(unit, settings) for unit in units))
    rounded, finish_before = False, None
    with _Pool(settings.workers) as pool:  # the runs of all group fields share the threads
        for unit in units:
            before = pool.mark()
            finish = _unit_inference(unit, space, settings, tracker, pool)
            pool.wait(before)  # the table before is done: at most two tables' samplers and replicates alive
            if finish_before is not None:
                rounded = finish_before() or rounded  # its replicates reduced to columns, then freed
            finish_before = finish
        pool.wait()
    if finish_before is not None:
        rounded = finish_before() or rounded
    frames = []
    for block in blocks:
        frame = pd.DataFrame({"region": table.region_labels, "group": block.name})
        for index_id in indices:
            for suffix in COLUMN_SUFFIXES:
                frame[index_id + suffix] = block.columns.get(index_id + suffix, np.nan)
        if "dissimilarity" in indices:
            frame[BIAS_CORRECTED_D] = block.columns.get(BIAS_CORRECTED_D, np.nan)
        frames.append(frame)
    result = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["region", "group"])
    result.attrs["inference"] = {
        "seed": seed, "null_model": null_model, "permutations": permutations,
        "bootstrap_replications": boot_reps, "bias_replications": bias_reps if "dissimilarity" in indices else 0,
        "confidence": confidence, "alternative": alternative, "alternatives": alternatives,
        "not_tested": [i for i in indices if not applies(i, null_model)],
        "no_bootstrap": [i for i in indices if i not in BY_ID],
        "missing": missing, "atkinson_b": atkinson_b, "rounded_to_whole_persons": rounded,
        "p_value": "(M + 1) / (R + 1)", "interval": "bootstrap percentile, units resampled within region",
    }
    return result


@dataclass
class _Settings:
    null_model: str
    permutations: int
    boot_reps: int
    bias_reps: int
    confidence: float
    alternatives: dict
    atkinson_b: float
    seed: int
    memory_budget: int
    workers: int


@dataclass
class _Block:
    """The rows of one group field (single-group indices) or of the multigroup indices."""

    name: str
    prep: object
    ids: list
    multigroup: bool
    observed: pd.DataFrame = None

    def __post_init__(self):
        self.columns = {}

    def values(self):
        return self.prep.x if self.multigroup else np.column_stack([self.prep.x, self.prep.t - self.prep.x])


def _blocks_of(table, indices, groups, imputed):
    """Blocks in the row order of ``global_indices``: one per group field (always written, even without
    single-group indices), then the multigroup block."""
    single = [i for i in indices if index_kind(i) == SINGLE]
    multi = [i for i in indices if index_kind(i) != SINGLE]
    blocks = [_Block(name, prepare_single(table, j, groups, imputed) if single else None, single, False)
              for j, name in enumerate(table.group_names)]
    if multi and table.n_groups >= 2:
        blocks.append(_Block(ALL_GROUPS, prepare_multi(table, groups, imputed), multi, True))
    return blocks


def _shared_tables(blocks):
    """Blocks grouped by identical count tables: with one group field and a total, the multigroup indices
    use the same (group, rest) table as the group's single-group indices, so both share one set of draws."""
    units = [[b] for b in blocks if b.ids]
    multi = [u for u in units if u[0].multigroup]
    if multi:
        block = multi[0][0]
        for unit in units:
            other = unit[0]
            if (not other.multigroup and np.array_equal(other.prep.keep, block.prep.keep)
                    and np.array_equal(other.values(), block.values())):
                unit.append(block)
                units.remove(multi[0])
                break
    return units


def _work(unit, settings):
    ids = [i for block in unit for i in block.ids]
    single_ids = [i for block in unit if not block.multigroup for i in block.ids]
    return ((settings.permutations if any(applies(i, settings.null_model) for i in ids) else 0)
            + (settings.boot_reps if any(i in BY_ID for i in ids) else 0)
            + (settings.bias_reps if "dissimilarity" in single_ids else 0))


def _unit_inference(unit, space, settings, tracker, pool):
    """Queues the runs of one shared table in ``pool``; returns a function that, after ``pool.wait()``, fills
    ``block.columns`` ({column: [G]}) for the blocks of the table and returns whether counts were rounded for
    the draws."""
    first = unit[0]
    table = _Table.from_arrays((first.prep.x,) if first.multigroup else (first.prep.x, first.prep.t))
    layout = _Layout(first.prep.segments)
    local_space = space.subset(first.prep.keep) if space is not None else None
    key = _block_key(first.name)
    rng = {purpose: np.random.default_rng(np.random.SeedSequence(settings.seed, spawn_key=(key, purpose)))
           for purpose in (_NULL, _BOOTSTRAP, _BIAS)}
    as_counts = {(n, i) for n, block in enumerate(unit) if block.multigroup and table.single for i in block.ids}
    stacked, looped, aspatial = {}, {}, {}
    for n, block in enumerate(unit):
        for index_id in block.ids:
            if index_id in BY_ID:
                aspatial[(n, index_id)] = _aspatial_function(index_id, settings.atkinson_b)
                if applies(index_id, settings.null_model):
                    stacked[(n, index_id)] = aspatial[(n, index_id)]
            elif applies(index_id, settings.null_model):
                looped[(n, index_id)] = _spatial_function(index_id, local_space, layout.seg, settings.atkinson_b,
                                                          block.multigroup)
    run = dict(progress=tracker, memory_budget=settings.memory_budget, workers=settings.workers, pool=pool)
    rounded, null, boot, bias = False, None, None, None
    if settings.permutations and (stacked or looped):
        sampler = _sampler(settings.null_model, table, layout)
        rounded = sampler.rounded
        null = _run(sampler, table, layout, settings.permutations, rng[_NULL], stacked, looped, as_counts=as_counts,
                    **run)
    if settings.boot_reps and aspatial:
        boot = _run(_Bootstrap(table, layout), table, layout, settings.boot_reps, rng[_BOOTSTRAP], aspatial, None,
                    as_counts=as_counts, **run)
    if settings.bias_reps and table.single and "dissimilarity" in first.ids:
        sampler = _GroupMultinomial(table, layout)
        rounded = rounded or sampler.rounded
        bias = _run(sampler, table, layout, settings.bias_reps, rng[_BIAS], {"d": aspatial[(0, "dissimilarity")]},
                    None, **run)

    def finish():
        for (n, index_id), values in (null or {}).items():
            block = unit[n]
            observed = block.observed[index_id].to_numpy(dtype=float)
            block.columns[index_id + "_expected"] = expected_value(values)
            block.columns[index_id + "_p"] = p_value(observed, values, settings.alternatives[index_id])
        for (n, index_id), values in (boot or {}).items():
            low_high = percentile_interval(values, settings.confidence)
            unit[n].columns[index_id + "_ci_low"], unit[n].columns[index_id + "_ci_high"] = low_high
        if bias is not None:
            observed = first.observed["dissimilarity"].to_numpy(dtype=float)
            first.columns[BIAS_CORRECTED_D] = 2 * observed - expected_value(bias["d"])
        return rounded

    return finish


def _aspatial_function(index_id, atkinson_b):
    function = BY_ID[index_id].function
    if index_id == "atkinson":
        return lambda x, t, regions: function(x, t, regions=regions, b=atkinson_b)
    return function
