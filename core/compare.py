"""Comparing segregation indices between two sets of units: two cities, or one city in two years.

For each index: the observed difference b - a, a two-sided pseudo p-value by random labelling of the units
between the two sets (Rey & Sastré-Gutiérrez 2010, "Interregional inequality dynamics in Mexico", Spatial
Economic Analysis 5(3); PySAL ``TwoValueTest(null_approach="random_label")``) and a bootstrap percentile
confidence interval of the difference (units resampled with replacement within each set).

Replicates are vectorised: a chunk of m replicates is one long array of m x (n_a + n_b) units with 2m
segments (replicate r, set a -> segment 2r, set b -> 2r + 1), so every index is evaluated once per chunk
with the core's segment sums. Random numbers come only from the numpy ``Generator`` passed in.
"""

import numbers

import numpy as np
import pandas as pd

from ._util import shared_intermediates
from .inference import Cancelled  # one exception for every cancellable core computation
from .registry import BY_ID, MULTI, SINGLE
from .segments import Segments

__all__ = ["compare_indices", "Cancelled", "COMPARE_COLUMNS", "METHODS", "RANDOM_LABELLING", "BOOTSTRAP"]

RANDOM_LABELLING = "random_labelling"
BOOTSTRAP = "bootstrap"
METHODS = (RANDOM_LABELLING, BOOTSTRAP)

#: Columns of the ``compare_indices`` result, one row per index.
COMPARE_COLUMNS = ("index", "kind", "value_a", "value_b", "difference", "method", "alternative", "p_value",
                   "null_mean", "null_sd", "n_null", "ci_low", "ci_high", "confidence", "boot_mean", "boot_sd",
                   "n_boot", "permutations", "n_units_a", "n_units_b")

#: Working memory (bytes) of one chunk of replicates (as ``inference.MEMORY_BUDGET``).
MEMORY_BUDGET = 64 * 2 ** 20
# float64 arrays of n_a + n_b values alive per replicate while the indices run, besides the count columns
_WORK_ARRAYS = 16


def compare_indices(a, b, indices, method=RANDOM_LABELLING, permutations=999, rng=None, confidence=0.95,
                    atkinson_b=0.5, progress=None, chunk_size=None, memory_budget=MEMORY_BUDGET,
                    return_replicates=False):
    """Compare aspatial indices between unit sets ``a`` and ``b``: difference b - a, p-value, bootstrap CI.

    ``a``, ``b``: for single-group ids a pair ``(x, t)`` of group counts and unit totals; for multigroup ids
    a count matrix [n, k] (k >= 2, same groups in both), at least two units each. Counts must be complete
    and non-negative (drop or impute missing values first). ``indices``: an id or a list of ids of
    ``registry.INDICES`` of the matching kind.

    ``method``:

    - ``random_labelling`` (default): the null hypothesis is that both sets come from one population of
      units. Each replicate pools the n_a + n_b units, shuffles the set labels (n_a units stay "a") and takes
      index(b*) - index(a*). Two-sided pseudo p-value p = min(1, 2 min(#{d* >= d} + 1, #{d* <= d} + 1) /
      (R + 1)) over the R finite replicates: the folded form, valid also when the null distribution is
      not centred on 0 (sets of different sizes). PySAL's ``TwoValueTest`` uses the same folding without
      the + 1 terms. A bootstrap CI is added unless ``confidence`` is None.
    - ``bootstrap``: only the bootstrap: the p-value is that of the percentile bootstrap for H0: difference
      = 0, p = min(1, 2 min(#{d* <= 0} + 1, #{d* >= 0} + 1) / (R + 1)).

    Bootstrap: each replicate resamples n_a units of a and n_b units of b with replacement; the CI is the
    ((1 - confidence) / 2, (1 + confidence) / 2) percentile interval of index(b*) - index(a*).

    ``permutations``: replicates R for each of the two procedures. ``rng``: a ``numpy.random.Generator``
    (or an int seed for one); it is required, so every result can be reproduced. It draws two seeds, one for
    the random-labelling stream and one for the bootstrap stream, so the bootstrap CI is the same whichever
    ``method`` is chosen, and results do not depend on ``chunk_size``. ``progress(done, total)`` is called
    before the first and after every chunk; returning False raises ``Cancelled`` (the class of
    ``core.inference``). ``chunk_size``: replicates per chunk; by default as many as fit in
    ``memory_budget`` bytes (64 MiB: 8 bytes x (n_a + n_b) x (count columns + about 16 work arrays) each).

    Returns a DataFrame with ``COMPARE_COLUMNS``, one row per index: ``value_a``, ``value_b``,
    ``difference`` (= value_b - value_a), ``p_value`` (two-sided, ``alternative``), ``null_mean``/``null_sd``/
    ``n_null`` of the random-labelling differences, ``ci_low``/``ci_high``/``boot_mean``/``boot_sd``/
    ``n_boot`` of the bootstrap differences (NaN where not computed). Replicates where an index is undefined
    (NaN, e.g. a bootstrap sample without the group) are left out and counted in ``n_null``/``n_boot``.
    With ``return_replicates`` the result is ``(frame, {"null": {id: d*}, "bootstrap": {id: d*}})``.
    """
    indices = _index_ids(indices)
    if method not in METHODS:
        raise ValueError(f"Unknown comparison method '{method}': use one of {', '.join(METHODS)}.")
    if isinstance(permutations, bool) or not isinstance(permutations, numbers.Integral) or permutations < 1:
        raise ValueError(f"permutations must be a positive integer, got {permutations!r}.")
    permutations = int(permutations)
    if confidence is not None and not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1 (exclusive), got {confidence}.")
    if not 0 < atkinson_b < 1:
        raise ValueError(f"The Atkinson shape parameter b must be between 0 and 1 (exclusive), got {atkinson_b}.")
    rng = _generator(rng)
    kind, set_a = _unit_set(a, "a")
    kind_b, set_b = _unit_set(b, "b")
    if kind != kind_b:
        raise ValueError("Sets a and b must be of the same kind: both (x, t) pairs or both count matrices.")
    if kind == MULTI and set_a.shape[1] != set_b.shape[1]:
        raise ValueError(f"Set a has {set_a.shape[1]} groups and set b {set_b.shape[1]}: the groups must be the same.")
    wrong = [i for i in indices if BY_ID[i].kind != kind]
    if wrong:
        need = "(x, t) pairs" if kind == MULTI else "count matrices [units x groups]"
        raise ValueError(f"Index(es) {', '.join(wrong)} need {need}; the sets given suit "
                         f"{'single-group' if kind == SINGLE else 'multigroup'} indices only.")

    n_a, n_b = len(set_a[0]) if kind == SINGLE else len(set_a), len(set_b[0]) if kind == SINGLE else len(set_b)
    for name, size in (("a", n_a), ("b", n_b)):
        if size < 2:  # one unit: every index is 0 or undefined, and a resample is that unit again
            raise ValueError(f"Set {name} has only one unit: a comparison needs at least two units in each set.")
    pooled = _pool(kind, set_a, set_b)
    evaluate = _Evaluator(kind, indices, atkinson_b)
    observed = evaluate(pooled, Segments(np.repeat([0, 1], [n_a, n_b]), 2))
    run_null = method == RANDOM_LABELLING
    run_boot = method == BOOTSTRAP or confidence is not None
    seeds = rng.integers(0, 2 ** 63 - 1, size=2)
    n = n_a + n_b
    width = pooled.shape[1] if pooled.ndim == 2 else 2
    chunk = int(chunk_size) if chunk_size else max(1, int(memory_budget) // (8 * n * (width + _WORK_ARRAYS)))
    if chunk < 1:
        raise ValueError(f"chunk_size must be a positive integer, got {chunk_size!r}.")
    tracker = _Progress(progress, permutations * (run_null + run_boot))

    null = {i: np.empty(0) for i in indices}
    boot = {i: np.empty(0) for i in indices}
    labels = np.repeat(np.array([0, 1], dtype=np.intp), [n_a, n_b])
    if run_null:
        stream = np.random.default_rng(int(seeds[0]))
        null = _replicates(permutations, chunk, tracker, evaluate, lambda m: _random_labels(
            stream, labels, pooled, m))
    if run_boot:
        stream = np.random.default_rng(int(seeds[1]))
        boot = _replicates(permutations, chunk, tracker, evaluate, lambda m: _bootstrap_sample(
            stream, labels, n_a, n_b, pooled, m))

    rows = []
    for i in indices:
        value_a, value_b = (float(v) for v in observed[i][0])
        difference = value_b - value_a
        d_null = null[i][np.isfinite(null[i])]
        d_boot = boot[i][np.isfinite(boot[i])]
        if method == RANDOM_LABELLING:
            p = _folded_p(d_null, difference)
        else:
            p = _folded_p(d_boot, 0.0)
        ci = (np.quantile(d_boot, [(1 - confidence) / 2, (1 + confidence) / 2])
              if confidence is not None and len(d_boot) else (np.nan, np.nan))
        rows.append({
            "index": i, "kind": kind, "value_a": value_a, "value_b": value_b, "difference": difference,
            "method": method, "alternative": "two-sided", "p_value": p,
            "null_mean": _mean(d_null), "null_sd": _sd(d_null), "n_null": len(d_null),
            "ci_low": ci[0], "ci_high": ci[1], "confidence": np.nan if confidence is None else confidence,
            "boot_mean": _mean(d_boot), "boot_sd": _sd(d_boot), "n_boot": len(d_boot),
            "permutations": permutations, "n_units_a": n_a, "n_units_b": n_b})
    frame = pd.DataFrame(rows, columns=list(COMPARE_COLUMNS))
    if return_replicates:
        return frame, {"null": null if run_null else {}, "bootstrap": boot if run_boot else {}}
    return frame


def _index_ids(indices):
    if isinstance(indices, str):
        indices = [indices]
    indices = list(indices) if indices is not None else []
    if not indices:
        raise ValueError("No index to compare: give one or more index ids.")
    unknown = [str(i) for i in indices if i not in BY_ID]
    if unknown:
        raise ValueError(f"Unknown index id(s): {', '.join(unknown)}. Known (aspatial): {', '.join(BY_ID)}.")
    if len(set(indices)) != len(indices):
        raise ValueError("An index id is given twice.")
    return indices


def _generator(rng):
    if isinstance(rng, np.random.Generator):
        return rng
    if isinstance(rng, numbers.Integral) and not isinstance(rng, bool):
        return np.random.default_rng(int(rng))
    raise ValueError("Give the random numbers explicitly: rng must be a numpy.random.Generator "
                     "(e.g. numpy.random.default_rng(seed)) or an integer seed.")


def _unit_set(data, name):
    """('single', (x, t)) for a pair, ('multi', counts [n, k]) for a matrix; checked."""
    if isinstance(data, (tuple, list)) and len(data) == 2 and all(np.ndim(v) == 1 for v in data):
        x, t = (np.asarray(v, dtype=float) for v in data)
        if len(x) != len(t):
            raise ValueError(f"Set {name}: {len(x)} group counts but {len(t)} totals (lengths differ).")
        if len(x) == 0:
            raise ValueError(f"Set {name} is empty: it has no units.")
        _check_values(np.column_stack([x, t]), name)
        if (x > t).any():
            raise ValueError(f"Set {name}: a group count is larger than its unit's total "
                             f"(units {', '.join(map(str, np.flatnonzero(x > t)[:10]))}).")
        if t.sum() <= 0:
            raise ValueError(f"Set {name} has no population (all totals are 0).")
        return SINGLE, (x, t)
    counts = np.asarray(data, dtype=float)
    if counts.ndim != 2:
        raise ValueError(f"Set {name} must be a pair (x, t) of 1-D arrays for single-group indices or a count "
                         f"matrix [units x groups] for multigroup indices.")
    if len(counts) == 0:
        raise ValueError(f"Set {name} is empty: it has no units.")
    if counts.shape[1] < 2:
        raise ValueError(f"Set {name}: a count matrix needs at least two group columns.")
    _check_values(counts, name)
    if counts.sum() <= 0:
        raise ValueError(f"Set {name} has no population (all counts are 0).")
    return MULTI, counts


def _check_values(values, name):
    if not np.isfinite(values).all():
        raise ValueError(f"Set {name}: counts contain missing (NaN) or infinite values: drop or impute them first.")
    if (values < 0).any():
        raise ValueError(f"Set {name}: counts contain negative values.")


def _pool(kind, set_a, set_b):
    """Units of a then b: [n, 2] columns (x, t) for single-group sets, [n, k] counts for multigroup."""
    if kind == SINGLE:
        return np.column_stack([np.concatenate([set_a[0], set_b[0]]), np.concatenate([set_a[1], set_b[1]])])
    return np.concatenate([set_a, set_b], axis=0)


class _Evaluator:
    """Every requested index on one stacked array of units with its Segments, sharing intermediates."""

    def __init__(self, kind, indices, atkinson_b):
        self.kind, self.indices, self.atkinson_b = kind, indices, atkinson_b

    def __call__(self, units, seg):
        """{id: values [n_segments / 2, 2]}: columns = set a, set b of each replicate."""
        out = {}
        if self.kind == SINGLE:
            arrays = (np.ascontiguousarray(units[:, 0]), np.ascontiguousarray(units[:, 1]))
        else:
            arrays = (units,)
        with np.errstate(all="ignore"), shared_intermediates():
            for i in self.indices:
                kwargs = {"b": self.atkinson_b} if i == "atkinson" else {}
                values = np.asarray(BY_ID[i].function.raw(*arrays, seg, **kwargs), dtype=float)
                out[i] = values.reshape(-1, 2)
        return out


def _random_labels(stream, labels, pooled, m):
    """m replicates: the pooled units with their set labels shuffled (the same units, new sets)."""
    shuffled = stream.permuted(np.tile(labels, (m, 1)), axis=1)
    codes = (2 * np.arange(m, dtype=np.intp))[:, None] + shuffled
    units = np.tile(pooled, (m, 1))
    return units, Segments(codes.ravel(), 2 * m)


def _bootstrap_sample(stream, labels, n_a, n_b, pooled, m):
    """m replicates: n_a units drawn with replacement from a, n_b from b."""
    high = np.repeat([n_a, n_b], [n_a, n_b])
    offset = np.repeat([0, n_a], [n_a, n_b])
    rows = stream.integers(0, high, size=(m, n_a + n_b)) + offset
    codes = (2 * np.arange(m, dtype=np.intp))[:, None] + labels
    return pooled[rows.ravel()], Segments(codes.ravel(), 2 * m)


def _replicates(total, chunk, tracker, evaluate, draw):
    """Differences b* - a* of every index over ``total`` replicates, drawn and evaluated ``chunk`` at a time."""
    parts = []
    done = 0
    while done < total:
        m = min(chunk, total - done)
        units, seg = draw(m)
        values = evaluate(units, seg)
        parts.append({i: v[:, 1] - v[:, 0] for i, v in values.items()})
        del units, seg, values
        done += m
        tracker.advance(m)
    return {i: np.concatenate([p[i] for p in parts]) for i in parts[0]}


class _Progress:
    def __init__(self, callback, total):
        self.callback, self.total, self.done = callback, total, 0
        self._report()

    def advance(self, m):
        self.done += m
        self._report()

    def _report(self):
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise Cancelled(f"Cancelled after {self.done} of {self.total} replicates.")


def _folded_p(replicates, value):
    """Two-sided pseudo p-value: min(1, 2 min(#{r >= v} + 1, #{r <= v} + 1) / (R + 1)); NaN without data."""
    if len(replicates) == 0 or not np.isfinite(value):
        return np.nan
    tolerance = 1e-12 * max(1.0, abs(value))  # a replicate equal to the observed value up to rounding is a tie
    above = int(np.count_nonzero(replicates >= value - tolerance))
    below = int(np.count_nonzero(replicates <= value + tolerance))
    return min(1.0, 2 * (min(above, below) + 1) / (len(replicates) + 1))


def _mean(values):
    return float(values.mean()) if len(values) else np.nan


def _sd(values):
    return float(values.std(ddof=1)) if len(values) > 1 else np.nan
