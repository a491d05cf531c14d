"""Comparing indices between two sets of units: difference, random-labelling p-value, bootstrap CI."""

import itertools

import numpy as np
import pandas as pd
import pytest

from oracle import SACRAMENTO_GROUPS, read_sacramento
from segregation_analysis.core import BY_ID, MULTIGROUP_IDS, SINGLE_GROUP_IDS
from segregation_analysis.core.compare import COMPARE_COLUMNS, Cancelled, compare_indices
from segregation_analysis.core.inference import Cancelled as InferenceCancelled


@pytest.fixture(scope="module")
def tracts():
    return read_sacramento()


@pytest.fixture(scope="module")
def hisp(tracts):
    return tracts["HISP_"], tracts["TOT_POP"]


@pytest.fixture(scope="module")
def counts(tracts):
    return np.column_stack([tracts[g] for g in SACRAMENTO_GROUPS])


def test_columns_and_observed_values(hisp):
    x, t = hisp
    a, b = (x[:200], t[:200]), (x[200:], t[200:])
    frame = compare_indices(a, b, list(SINGLE_GROUP_IDS), permutations=99, rng=np.random.default_rng(1))
    assert list(frame.columns) == list(COMPARE_COLUMNS)
    assert list(frame["index"]) == list(SINGLE_GROUP_IDS)
    for row in frame.itertuples():
        function = BY_ID[row.index].function
        assert row.value_a == pytest.approx(function(*a), abs=1e-14)
        assert row.value_b == pytest.approx(function(*b), abs=1e-14)
        assert row.difference == row.value_b - row.value_a
        assert row.ci_low <= row.ci_high
        assert 0 < row.p_value <= 1
    assert (frame["n_units_a"] == 200).all() and (frame["n_units_b"] == 203).all()
    assert (frame["n_null"] == 99).all() and (frame["n_boot"] == 99).all()
    assert set(frame["alternative"]) == {"two-sided"} and set(frame["method"]) == {"random_labelling"}


def test_a_city_against_itself(hisp, counts):
    """Difference exactly 0; the null distribution is symmetric about 0, so the two-sided p is close to 1."""
    single = compare_indices(hisp, (hisp[0].copy(), hisp[1].copy()), list(SINGLE_GROUP_IDS), permutations=999,
                             rng=np.random.default_rng(3))
    multi = compare_indices(counts, counts.copy(), list(MULTIGROUP_IDS), permutations=999,
                            rng=np.random.default_rng(3))
    for frame in (single, multi):
        assert (frame["difference"] == 0).all()
        assert (frame["p_value"] > 0.9).all(), frame[["index", "p_value"]]
        assert ((frame["ci_low"] < 0) & (frame["ci_high"] > 0)).all()
        assert (frame["null_mean"].abs() < 4 * frame["null_sd"] / np.sqrt(999)).all()


def test_against_an_evenly_redrawn_copy(hisp):
    """Sacramento against a copy whose Hispanic counts are redrawn evenly (binomial with the city's share):
    the evenness indices drop close to 0 and the difference is clearly significant."""
    x, t = hisp
    rng = np.random.default_rng(11)
    even = rng.binomial(t.astype(int), x.sum() / t.sum()).astype(float)
    frame = compare_indices((x, t), (even, t), ["dissimilarity", "gini", "entropy", "atkinson"], permutations=499,
                            rng=np.random.default_rng(5)).set_index("index")
    assert (frame["difference"] < -0.2 * frame["value_a"]).all()
    assert (frame["p_value"] <= 2 / 500).all()
    assert (frame["ci_high"] < 0).all()
    boot = compare_indices((x, t), (even, t), ["dissimilarity"], method="bootstrap", permutations=499,
                           rng=np.random.default_rng(5))
    assert boot["p_value"].item() <= 2 / 500


def test_multigroup_halves(counts):
    frame = compare_indices(counts[:200], counts[200:], ["multi_dissimilarity", "diversity"], permutations=199,
                            rng=np.random.default_rng(2)).set_index("index")
    assert frame.loc["multi_dissimilarity", "value_a"] == pytest.approx(BY_ID["multi_dissimilarity"].function(
        counts[:200]), abs=1e-14)
    assert frame.loc["diversity", "p_value"] <= 0.01  # the north and south of the region differ in composition


def test_random_labelling_against_full_enumeration():
    """8 units, 4 per set: all 70 splits enumerated with the scalar index. The Monte-Carlo null mean and sd
    and the p-value agree with the exact permutation distribution within 4 standard errors."""
    x = np.array([5, 40, 12, 3, 30, 8, 25, 1], float)
    t = np.array([50, 60, 40, 45, 55, 70, 35, 30], float)
    a, b = (x[:4], t[:4]), (x[4:], t[4:])
    R = 20000
    for index_id in ("dissimilarity", "isolation"):
        f = BY_ID[index_id].function
        exact = []
        for chosen in itertools.combinations(range(8), 4):
            mask = np.zeros(8, bool)
            mask[list(chosen)] = True
            exact.append(f(x[~mask], t[~mask]) - f(x[mask], t[mask]))
        exact = np.array(exact)
        observed = f(*b) - f(*a)
        p_exact = min(1.0, 2 * min((exact >= observed - 1e-12).mean(), (exact <= observed + 1e-12).mean()))
        row = compare_indices(a, b, [index_id], permutations=R, rng=np.random.default_rng(8), confidence=None).iloc[0]
        assert row.difference == pytest.approx(observed, abs=1e-15)
        assert row.null_mean == pytest.approx(exact.mean(), abs=4 * exact.std() / np.sqrt(R))
        assert row.null_sd == pytest.approx(exact.std(), rel=4 / np.sqrt(2 * R))
        assert row.p_value == pytest.approx(p_exact, abs=4 * 2 * np.sqrt(0.25 / R) + 2 / R)


def test_same_seed_same_output_whatever_the_chunk_size(hisp):
    x, t = hisp
    a, b = (x[:150], t[:150]), (x[150:], t[150:])
    ids = ["dissimilarity", "gini", "isolation"]
    results = [compare_indices(a, b, ids, permutations=101, rng=np.random.default_rng(42), chunk_size=size,
                               return_replicates=True) for size in (None, None, 1, 7, 1000)]
    first_frame, first_reps = results[0]
    for frame, reps in results[1:]:
        pd.testing.assert_frame_equal(frame, first_frame, check_exact=True)
        for kind in ("null", "bootstrap"):
            for index_id in ids:
                assert np.array_equal(reps[kind][index_id], first_reps[kind][index_id])
    seeded = compare_indices(a, b, ids, permutations=101, rng=42, chunk_size=13)  # an int seed makes the Generator
    pd.testing.assert_frame_equal(seeded, first_frame, check_exact=True)


def test_different_seeds_agree_within_monte_carlo_error(hisp):
    """Isolation of the two halves has p near 0.5; two seeds give p-values within 4 binomial SEs."""
    x, t = hisp
    a, b = (x[:200], t[:200]), (x[200:], t[200:])
    R = 999
    one = compare_indices(a, b, ["isolation"], permutations=R, rng=np.random.default_rng(1)).iloc[0]
    two = compare_indices(a, b, ["isolation"], permutations=R, rng=np.random.default_rng(2)).iloc[0]
    assert one.p_value != two.p_value
    p = (one.p_value + two.p_value) / 2
    assert abs(one.p_value - two.p_value) < 4 * np.sqrt(2 * p * (1 - p) / R)
    assert abs(one.ci_low - two.ci_low) < 0.25 * one.boot_sd and abs(one.ci_high - two.ci_high) < 0.25 * one.boot_sd


def test_bootstrap_method_and_ci_are_consistent(hisp):
    """The bootstrap stream is separate: the same seed gives the same CI with either method."""
    x, t = hisp
    a, b = (x[:200], t[:200]), (x[200:], t[200:])
    labelled = compare_indices(a, b, ["dissimilarity"], permutations=299, rng=np.random.default_rng(4)).iloc[0]
    boot, reps = compare_indices(a, b, ["dissimilarity"], method="bootstrap", permutations=299,
                                 rng=np.random.default_rng(4), return_replicates=True)
    boot = boot.iloc[0]
    assert (boot.ci_low, boot.ci_high) == (labelled.ci_low, labelled.ci_high)
    assert np.isnan(boot.null_mean) and boot.n_null == 0 and reps["null"] == {}
    d = reps["bootstrap"]["dissimilarity"]
    assert boot.ci_low == pytest.approx(np.quantile(d, 0.025), abs=1e-15)
    assert boot.ci_high == pytest.approx(np.quantile(d, 0.975), abs=1e-15)
    assert boot.p_value == pytest.approx(min(1, 2 * (min((d <= 0).sum(), (d >= 0).sum()) + 1) / 300))
    no_ci = compare_indices(a, b, ["dissimilarity"], permutations=50, rng=np.random.default_rng(4),
                            confidence=None).iloc[0]
    assert np.isnan(no_ci.ci_low) and no_ci.n_boot == 0 and np.isnan(no_ci.confidence)
    narrow = compare_indices(a, b, ["dissimilarity"], permutations=299, rng=np.random.default_rng(4),
                             confidence=0.5).iloc[0]
    assert labelled.ci_low < narrow.ci_low < narrow.ci_high < labelled.ci_high


def test_undefined_replicates_are_left_out():
    """A group present in 2 of 12 units: some relabelled sets and bootstrap samples lack it (index NaN); they
    are left out and not counted."""
    x = np.array([0, 0, 0, 0, 0, 9], float)
    t = np.full(6, 20.0)
    frame = compare_indices((x, t), (x[::-1].copy(), t), ["dissimilarity"], permutations=200,
                            rng=np.random.default_rng(0)).iloc[0]
    assert 0 < frame.n_boot < 200 and 0 < frame.n_null < 200
    assert np.isfinite([frame.ci_low, frame.ci_high, frame.p_value]).all()


def test_progress_and_cancel(hisp):
    x, t = hisp
    a, b = (x[:200], t[:200]), (x[200:], t[200:])
    calls = []
    compare_indices(a, b, ["dissimilarity"], permutations=20, rng=np.random.default_rng(0), chunk_size=7,
                    progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 40), (7, 40), (14, 40), (20, 40), (27, 40), (34, 40), (40, 40)]

    def stop_after_first_chunk(done, total):
        return done == 0

    assert Cancelled is InferenceCancelled  # one exception class for the plugin to catch
    with pytest.raises(Cancelled, match="7 of 40"):
        compare_indices(a, b, ["dissimilarity"], permutations=20, rng=np.random.default_rng(0), chunk_size=7,
                        progress=stop_after_first_chunk)


def test_memory_is_bounded_by_chunks(hisp):
    """A chunk takes 8 bytes x pooled units x (columns + 16 work arrays) per replicate: with a small budget,
    many chunks, and the same result."""
    calls = []
    budget = 8 * 806 * (2 + 16) * 5  # 806 pooled units, columns x and t: 5 replicates per chunk
    small = compare_indices(hisp, hisp, ["dissimilarity"], permutations=100, rng=0, memory_budget=budget,
                            progress=lambda done, total: calls.append(done))
    assert np.diff(calls).max() == 5
    pd.testing.assert_frame_equal(small, compare_indices(hisp, hisp, ["dissimilarity"], permutations=100, rng=0))


# --- bad input ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, indices, message", [
    (([1.0, 2.0], [5.0, 5.0, 5.0]), ([1.0], [5.0]), "dissimilarity", "Set a: 2 group counts but 3 totals"),
    (([1.0], [5.0]), ([], []), "dissimilarity", "Set b is empty"),
    (np.ones((3, 2)), np.ones((0, 2)), "multi_gini", "Set b is empty"),
    (([1.0], [5.0]), ([1.0], [5.0]), "nope", "Unknown index id.*nope.*Known"),
    (([1.0], [5.0]), ([1.0], [5.0]), [], "No index"),
    (([1.0], [5.0]), ([1.0], [5.0]), "spatial_dissimilarity", "Unknown index id"),
    (([1.0], [5.0]), ([1.0], [5.0]), "multi_gini", "need count matrices"),
    (np.ones((3, 2)), np.ones((3, 2)), "gini", r"need \(x, t\) pairs"),
    (np.ones((3, 2)), ([1.0], [5.0]), "gini", "same kind"),
    (np.ones((3, 2)), np.ones((3, 3)), "multi_gini", "2 groups and set b 3"),
    (np.ones((3, 1)), np.ones((3, 1)), "multi_gini", "at least two group columns"),
    (([1.0, np.nan], [5.0, 5.0]), ([1.0], [5.0]), "gini", "missing"),
    (([1.0, -1.0], [5.0, 5.0]), ([1.0], [5.0]), "gini", "negative"),
    (([6.0], [5.0]), ([1.0], [5.0]), "gini", "larger than its unit's total"),
    (([0.0], [0.0]), ([1.0], [5.0]), "gini", "no population"),
    (np.ones(3), np.ones(3), "gini", r"pair \(x, t\)"),
    (([1.0], [5.0]), ([1.0], [5.0]), ["gini", "gini"], "twice"),
])
def test_bad_sets_and_indices(a, b, indices, message):
    with pytest.raises(ValueError, match=message):
        compare_indices(a, b, indices, rng=np.random.default_rng(0))


@pytest.mark.parametrize("a, b, indices, name", [
    (([1.0], [5.0]), ([1.0, 2.0], [5.0, 5.0]), "dissimilarity", "a"),
    (([1.0, 2.0], [5.0, 5.0]), ([3.0], [5.0]), ["gini", "isolation"], "b"),
    (np.ones((1, 3)), np.ones((4, 3)), "multi_gini", "a"),
    (np.ones((4, 3)), np.ones((1, 3)), "multi_dissimilarity", "b"),
])
def test_a_set_of_one_unit_is_refused(a, b, indices, name):
    """As the plugin (algorithms/two_sets.py): one unit is no distribution of units to compare (its index is 0
    or undefined, every resample is the same unit), so the set is refused by name."""
    with pytest.raises(ValueError, match=f"Set {name} has only one unit.*at least two units"):
        compare_indices(a, b, indices, rng=np.random.default_rng(0))
    two = (([1.0, 2.0], [5.0, 5.0]), ([3.0, 1.0], [5.0, 4.0])) if isinstance(a, tuple) else (np.ones((2, 3)),) * 2
    result = compare_indices(*two, indices, permutations=9, rng=np.random.default_rng(0))
    assert len(result) == len(np.atleast_1d(indices))


@pytest.mark.parametrize("kwargs, message", [
    (dict(method="t-test"), "Unknown comparison method 't-test'"),
    (dict(permutations=0), "positive integer"),
    (dict(permutations=9.5), "positive integer"),
    (dict(confidence=1.0), "confidence must be between 0 and 1"),
    (dict(rng=None), "rng must be a numpy.random.Generator"),
    (dict(rng=np.random.RandomState(1)), "rng must be a numpy.random.Generator"),
    (dict(atkinson_b=1.5), "Atkinson"),
    (dict(chunk_size=-1), "chunk_size"),
])
def test_bad_options(hisp, kwargs, message):
    options = dict(rng=np.random.default_rng(0))
    options.update(kwargs)
    with pytest.raises(ValueError, match=message):
        compare_indices(hisp, hisp, ["dissimilarity"], **options)


def test_pysal_published_random_label_mean(hisp, tracts):
    """PySAL's own test: TwoValueTest(Dissim HISP, Dissim BLACK, random_label) has est_sim mean -0.00314
    (decimal=2, 50 iterations; PySAL's difference is index1 - index2, ours b - a)."""
    frame = compare_indices(hisp, (tracts["BLACK_"], tracts["TOT_POP"]), ["dissimilarity"], permutations=999,
                            rng=np.random.default_rng(123), confidence=None).iloc[0]
    np.testing.assert_almost_equal(-frame.null_mean, -0.0031386146371949076, decimal=2)
    assert frame.difference == pytest.approx(0.4883394024705785 - 0.32184656076566864, abs=1e-12)
    assert frame.p_value == pytest.approx(2 / 1000)
