"""core/lisa.py without esda: hand-computed cases, the permutation engine, multiple testing, bad input."""

import itertools
import math

import numpy as np
import pytest
import scipy.sparse as sp
from scipy import stats

from segregation_analysis.core import lisa
from segregation_analysis.core import weights as W
from segregation_analysis.core.inference import Cancelled


def path(n):
    """Binary weights of a path 0 - 1 - ... - (n - 1)."""
    i = np.arange(n - 1)
    return W.from_pairs(i, i + 1, n)


def lattice(nrows, ncols, contiguity="queen"):
    xs, ys = np.meshgrid(np.arange(ncols), np.arange(nrows))
    return W.grid(np.column_stack([xs.ravel(), ys.ravel()]).astype(float), contiguity=contiguity)


def points(n, seed=0):
    return np.random.default_rng(seed).uniform(0, 1000, size=(n, 2))


def mc_sd(p, R):
    """Monte-Carlo standard deviation of a pseudo p-value near p with R permutations."""
    return math.sqrt(max(p * (1 - p), 1e-4) / R)


# --------------------------------------------------------------------------------------------------------
# Hand-computed cases
# --------------------------------------------------------------------------------------------------------

PATH_Y = np.array([1.0, 2.0, 4.0, 9.0])  # mean 4, deviations -3 -2 0 5, population variance 9.5


def test_local_moran_by_hand_on_a_path():
    # z = d / sqrt(9.5), sum z^2 = 4, I_i = 3/4 z_i lag_i; row-standardised lags of d: -2, -1.5, 1.5, 0
    r = lisa.local_moran(PATH_Y, path(4), permutations=0)
    np.testing.assert_allclose(r.value, [9 / 19, 9 / 38, 0, 0], atol=1e-15)
    np.testing.assert_allclose(r.lag, np.array([-2, -1.5, 1.5, 0]) / math.sqrt(9.5), atol=1e-15)
    np.testing.assert_allclose(r.expected, -1 / 3)
    # m2 = 1, m4 = (81 + 16 + 0 + 625) / 9.5^2 / 4 = 2 = b2; Var = w_i(2) (4 - 2) / 3 - 1 / 9
    variance = np.array([5 / 9, 2 / 9, 2 / 9, 5 / 9])
    np.testing.assert_allclose(r.z, (r.value + 1 / 3) / np.sqrt(variance), rtol=1e-13)
    # z_2 = 0 counts as low (esda): LL, LL, LH, HL (lag 0 is not > 0)
    assert r.quadrant.tolist() == [lisa.LOW_LOW, lisa.LOW_LOW, lisa.LOW_HIGH, lisa.HIGH_LOW]
    assert np.isnan(r.p).all() and r.n_tested == 4
    assert (r.category == lisa.NOT_SIGNIFICANT).all()


def test_getis_ord_by_hand_on_a_path():
    w = path(4)
    star = lisa.getis_ord(PATH_Y, w, star=True, transform="b", permutations=0)
    np.testing.assert_allclose(star.value, np.array([3, 7, 15, 13]) / 16, rtol=1e-15)
    np.testing.assert_allclose(star.expected, np.array([2, 3, 3, 2]) / 4, rtol=1e-15)
    # VG* = w_i (N - w_i) / (N - 1) / N^2 * var / mean^2, N = 4, var = 9.5, mean = 4
    vg = np.array([2 * 2, 3 * 1, 3 * 1, 2 * 2]) / 3 / 16 * 9.5 / 16
    np.testing.assert_allclose(star.z, (star.value - star.expected) / np.sqrt(vg), rtol=1e-13)
    assert star.quadrant.tolist() == [2, 2, 1, 1]
    plain = lisa.getis_ord(PATH_Y, w, star=False, transform="b", permutations=0)
    # unit 0: y_1 / (16 - 1) = 2/15, E = 1/3; others' mean 5, variance 101/3 - 25 = 26/3
    assert plain.value[0] == pytest.approx(2 / 15, rel=1e-15)
    assert plain.expected[0] == pytest.approx(1 / 3, rel=1e-15)
    assert plain.z[0] == pytest.approx((2 / 15 - 1 / 3) / math.sqrt(1 * 2 / 2 / 9 * (26 / 3) / 25), rel=1e-13)
    row = lisa.getis_ord(PATH_Y, w, star=True, transform="r", permutations=0)
    # self-weight = the row's largest weight (1), then rows sum to 1: unit 0 = (1 + 2) / 2 / 16
    assert row.value[0] == pytest.approx(3 / 32, rel=1e-15)
    assert row.expected[0] == pytest.approx(1 / 4, rel=1e-15)
    assert row.z[0] == pytest.approx((3 / 32 - 1 / 4) / math.sqrt(1 * 3 / 3 / 16 * 9.5 / 16), rel=1e-13)


GRID_FLAGS = np.array([1, 1, 0,
                       1, 0, 0,
                       0, 0, 1], dtype=float)


def test_join_count_by_hand_on_a_rook_grid():
    r = lisa.join_count(GRID_FLAGS, lattice(3, 3, "rook"), permutations=0)
    assert r.value.tolist() == [2, 1, 0, 1, 0, 0, 0, 0, 0]
    assert r.lag.tolist() == [2, 1, 1, 1, 2, 1, 1, 1, 0]
    # unit 0: k = 2 neighbours drawn from the 8 others, 3 of them flagged: mean 2 * 3/8
    assert r.expected[0] == pytest.approx(0.75)
    assert r.expected[4] == 0 and np.isnan(r.z[4])
    variance = 2 * (3 / 8) * (5 / 8) * (8 - 2) / 7
    assert r.z[0] == pytest.approx((2 - 0.75) / math.sqrt(variance))
    # tested: flagged with a flagged neighbour (esda's p only where BJC > 0); unit 8 is flagged but alone
    assert r.quadrant.tolist() == [1, 1, 0, 1, 0, 0, 0, 0, 0]
    assert r.n_tested == 3


def test_join_count_p_values_match_the_exact_hypergeometric_tail():
    R = 9999
    r = lisa.join_count(GRID_FLAGS, lattice(3, 3, "rook"), permutations=R, seed=5, adjustment="none")
    card = np.array([2, 3, 2, 3, 4, 3, 2, 3, 2])
    for i in np.flatnonzero(np.isfinite(r.p)):
        exact = stats.hypergeom.sf(r.value[i] - 1, 8, 3, card[i])  # P(BJC >= observed | x_i = 1)
        assert abs(r.p[i] - exact) < 4 * mc_sd(exact, R) + 1 / R, (i, r.p[i], exact)
    assert np.isnan(r.p[[2, 4, 5, 6, 7, 8]]).all()


def test_moran_p_value_matches_the_enumerated_conditional_null():
    # unit 0 has one neighbour, drawn from the 3 other deviations (-2, 0, 5); z_0 < 0 so I_0 >= observed
    # when the neighbour's deviation <= -2: probability 1/3 (less: 3/3)
    R = 9999
    greater = lisa.local_moran(PATH_Y, path(4), permutations=R, seed=1, alternative="greater")
    less = lisa.local_moran(PATH_Y, path(4), permutations=R, seed=1, alternative="less")
    two = lisa.local_moran(PATH_Y, path(4), permutations=R, seed=1)
    assert abs(greater.p[0] - 1 / 3) < 4 * mc_sd(1 / 3, R)
    assert less.p[0] == 1.0
    assert two.p[0] == pytest.approx(min(1.0, 2 * min(greater.p[0], less.p[0])))
    # z_2 = 0: I_2 = 0 whatever the neighbours: every permutation ties, p = 1 both ways
    assert greater.p[2] == 1.0 and less.p[2] == 1.0


def test_eb_rates_equal_assuncao_reis_example():
    # esda.smoothing.assuncao_rate's documented example (values from its docstring)
    e = np.array([30, 25, 25, 15, 33, 21, 30, 20], dtype=float)
    b = np.array([100, 100, 110, 90, 100, 90, 110, 90], dtype=float)
    r = lisa.local_moran_rate(e, b, path(8), permutations=0)
    np.testing.assert_allclose(r.variable[:4], [1.03843594, -0.04099089, -0.56250375, -1.73061861], atol=1e-8)
    same = lisa.local_moran(r.variable, path(8), permutations=0)
    np.testing.assert_allclose(r.value, same.value, rtol=1e-14)


def test_categories_by_hand():
    quadrant = np.array([1, 2, 3, 4, 1, 0, 1, 2])
    p = np.array([0.01, 0.04, 0.05, 0.2, np.nan, 0.01, 0.01, 0.001])
    no_neighbours = np.array([0, 0, 0, 0, 1, 0, 0, 0], bool)
    missing = np.array([0, 0, 0, 0, 0, 0, 1, 0], bool)
    got = lisa.categories(quadrant, p, 0.05, no_neighbours, missing)
    assert got.tolist() == [lisa.HIGH_HIGH, lisa.LOW_LOW, lisa.HIGH_LOW, lisa.NOT_SIGNIFICANT,
                            lisa.NO_NEIGHBOURS, lisa.NOT_SIGNIFICANT, lisa.MISSING, lisa.LOW_LOW]
    assert lisa.CATEGORY_LABELS[lisa.LOW_HIGH] == "Low-High"


# --------------------------------------------------------------------------------------------------------
# Multiple testing
# --------------------------------------------------------------------------------------------------------

def reference_bh(p):
    """Benjamini & Hochberg (1995) written out: adj_(i) = min_{j >= i} min(1, m p_(j) / j)."""
    out = np.full(len(p), np.nan)
    finite = [i for i in range(len(p)) if np.isfinite(p[i])]
    ranked = sorted(finite, key=lambda i: p[i])
    m = len(ranked)
    for position, i in enumerate(ranked):
        out[i] = min(min(1.0, m * p[ranked[j]] / (j + 1)) for j in range(position, m))
    return out


def test_bh_equals_the_written_out_definition():
    rng = np.random.default_rng(3)
    p = np.round(rng.beta(0.4, 2, size=300), 3)  # many ties
    p[rng.choice(300, 40, replace=False)] = np.nan
    np.testing.assert_allclose(lisa.adjust_p_values(p, "fdr_bh"), reference_bh(p), rtol=1e-15)
    bonferroni = lisa.adjust_p_values(p, "bonferroni")
    np.testing.assert_allclose(bonferroni, np.minimum(1, 260 * p))
    np.testing.assert_array_equal(lisa.adjust_p_values(p, "none"), p)
    assert np.isnan(lisa.adjust_p_values(np.array([np.nan, np.nan]))).all()
    assert lisa.adjust_p_values([0.01, 0.04, 0.03]).tolist() == pytest.approx([0.03, 0.04, 0.04])


def test_bh_equals_statsmodels_if_installed():
    multitest = pytest.importorskip("statsmodels.stats.multitest")
    p = np.random.default_rng(4).uniform(size=200) ** 3
    np.testing.assert_allclose(lisa.adjust_p_values(p), multitest.multipletests(p, method="fdr_bh")[1])


def test_adjustment_refuses_bad_input():
    with pytest.raises(ValueError, match="adjustment"):
        lisa.adjust_p_values([0.1], "holm")
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        lisa.adjust_p_values([1.2])


def test_null_data_false_discoveries_stay_at_alpha():
    """Independent values on a 10 x 10 grid: raw p-values are valid and BH's FDR (= P(any discovery) under
    the complete null) stays below alpha, up to Monte-Carlo error over 200 data sets."""
    w = lattice(10, 10)
    rng = np.random.default_rng(2024)
    runs, any_discovery, small = 200, 0, []
    for _ in range(runs):
        r = lisa.local_moran(rng.normal(size=100), w, permutations=9999, seed=rng)
        any_discovery += bool((r.p_adjusted <= 0.05).any())
        small.append(np.mean(r.p <= 0.05))
    assert any_discovery / runs <= 0.05 + 3 * math.sqrt(0.05 * 0.95 / runs)
    assert 0.03 <= np.mean(small) <= 0.065


def test_clustered_data_are_found():
    """A block of high values on a 20 x 20 grid: its core is High-High after BH, a low block Low-Low."""
    rng = np.random.default_rng(8)
    y = rng.normal(size=(20, 20))
    y[2:8, 2:8] += 3
    y[12:18, 12:18] -= 3
    r = lisa.local_moran(y.ravel(), lattice(20, 20), permutations=999, seed=1)
    category = r.category.reshape(20, 20)
    assert (category[3:7, 3:7] == lisa.HIGH_HIGH).mean() > 0.8
    assert (category[13:17, 13:17] == lisa.LOW_LOW).mean() > 0.8
    g = lisa.getis_ord(y.ravel() + 10, lattice(20, 20), permutations=999, seed=1).category.reshape(20, 20)
    assert (g[3:7, 3:7] == lisa.HIGH_HIGH).mean() > 0.8 and (g[13:17, 13:17] == lisa.LOW_LOW).mean() > 0.8


# --------------------------------------------------------------------------------------------------------
# Seeds
# --------------------------------------------------------------------------------------------------------

def test_same_seed_same_result_and_seeds_differ_within_mc_error():
    rng = np.random.default_rng(0)
    y = rng.normal(size=144)
    w = lattice(12, 12)
    R = 999
    a = lisa.local_moran(y, w, permutations=R, seed=11)
    b = lisa.local_moran(y, w, permutations=R, seed=11)
    c = lisa.local_moran(y, w, permutations=R, seed=np.random.default_rng(11))
    d = lisa.local_moran(y, w, permutations=R, seed=12)
    np.testing.assert_array_equal(a.p, b.p)
    np.testing.assert_array_equal(a.z_sim, b.z_sim)
    np.testing.assert_array_equal(a.p, c.p)  # a Generator seeded alike draws the same
    assert a.settings["seed"] == 11 and c.settings["seed"] == "generator"
    assert not np.array_equal(a.p, d.p)
    # two-sided p = 2 x a tail: its MC sd is 2 sqrt(q (1 - q) / R), q the tail; the difference of two runs sqrt(2) x
    tail = np.minimum(a.p, 1) / 2
    sd = np.sqrt(2) * 2 * np.sqrt(np.maximum(tail * (1 - tail), 1e-3) / R)
    assert np.all(np.abs(a.p - d.p) <= 5 * sd + 2 / R)
    np.testing.assert_array_equal(a.value, d.value)


def test_no_seed_records_a_seed_that_reproduces_the_run():
    y = np.random.default_rng(1).normal(size=49)
    w = lattice(7, 7)
    first = lisa.getis_ord(y + 5, w, permutations=99)
    assert isinstance(first.settings["seed"], int)
    again = lisa.getis_ord(y + 5, w, permutations=99, seed=first.settings["seed"])
    np.testing.assert_array_equal(first.p, again.p)


def test_global_random_state_is_not_used():
    y = np.random.default_rng(1).normal(size=49)
    np.random.seed(1)
    state = np.random.get_state()[1].copy()
    lisa.local_moran(y, lattice(7, 7), permutations=99, seed=3)
    np.testing.assert_array_equal(np.random.get_state()[1], state)


# --------------------------------------------------------------------------------------------------------
# Missing data, islands, regions
# --------------------------------------------------------------------------------------------------------

def test_missing_units_leave_the_analysis():
    rng = np.random.default_rng(5)
    y = rng.normal(size=36)
    w = lattice(6, 6)
    missing = np.array([0, 7, 20])
    y_missing = y.copy()
    y_missing[missing] = np.nan
    full = lisa.local_moran(y_missing, w, permutations=99, seed=2)
    keep = np.setdiff1d(np.arange(36), missing)
    alone = lisa.local_moran(y[keep], w.subset(keep), permutations=99, seed=2)
    assert (full.category[missing] == lisa.MISSING).all()
    assert np.isnan(full.value[missing]).all() and np.isnan(full.p[missing]).all()
    np.testing.assert_array_equal(full.value[keep], alone.value)
    np.testing.assert_array_equal(full.p[keep], alone.p)
    assert full.settings["n_missing"] == 3


def test_islands_and_single_units_have_no_neighbours():
    # units 0-1-2 a path, 3 an island, 4-5 a pair
    w = W.from_pairs([0, 1, 4], [1, 2, 5], 6)
    y = np.array([1.0, 3.0, 2.0, 10.0, 4.0, 6.0])
    r = lisa.local_moran(y, w, permutations=99, seed=1)
    assert r.category[3] == lisa.NO_NEIGHBOURS and np.isnan(r.p[3]) and np.isnan(r.value[3])
    assert r.n_tested == 5 and np.isfinite(r.p[[0, 1, 2, 4, 5]]).all()
    # the island still counts in the mean and variance (as in esda): I_0 uses n = 6
    z = (y - y.mean()) / y.std()
    assert r.value[0] == pytest.approx(5 * z[0] * z[1] / (z @ z))
    # the adjustment is over the 5 tested units
    np.testing.assert_allclose(r.p_adjusted, lisa.adjust_p_values(r.p))
    one = lisa.local_moran(np.array([3.0]), W.from_pairs([], [], 1), permutations=9)
    assert one.category.tolist() == [lisa.NO_NEIGHBOURS] and one.n_tested == 0


def test_within_regions_equals_each_region_alone():
    rng = np.random.default_rng(6)
    w = lattice(8, 8)
    y = rng.gamma(2.0, size=64)
    regions = np.where(np.arange(64) % 8 < 3, "west", "east")
    regions[60:] = "tiny"          # 4 units of the last row: a small region
    regions[59] = "single"         # one unit: no neighbours in its region
    y[5] = np.nan
    for function, kwargs in ((lisa.local_moran, {}), (lisa.getis_ord, {"star": True}),
                             (lisa.getis_ord, {"star": False, "transform": "b"})):
        whole = function(y, w, permutations=199, seed=9, regions=regions, **kwargs)
        assert whole.settings["within_regions"] and whole.category[59] == lisa.NO_NEIGHBOURS
        for label in ("west", "east", "tiny"):
            members = np.flatnonzero(regions == label)
            sub = w.subset(members)
            alone = function(y[members], sub, permutations=199, seed=9, regions=regions[members], **kwargs)
            for name in ("value", "expected", "z", "lag", "p", "z_sim"):
                np.testing.assert_allclose(getattr(whole, name)[members], getattr(alone, name), rtol=1e-12,
                                           atol=1e-14, err_msg=f"{function.__name__} {name} {label}")
            np.testing.assert_array_equal(whole.quadrant[members], alone.quadrant)
        np.testing.assert_allclose(whole.p_adjusted, lisa.adjust_p_values(whole.p))  # over the whole run


def test_within_regions_drops_links_between_regions():
    w = path(6)
    y = np.array([1.0, 2.0, 3.0, 10.0, 11.0, 15.0])
    regions = np.array([7, 7, 7, 9, 9, 9])
    within = lisa.local_moran(y, w, permutations=0, regions=regions)
    first = lisa.local_moran(y[:3], path(3), permutations=0)
    np.testing.assert_allclose(within.value[:3], first.value)
    across = lisa.local_moran(y, w, permutations=0)
    assert not np.allclose(across.value[:3], first.value)


def test_eb_rates_are_computed_within_regions():
    rng = np.random.default_rng(2)
    w = lattice(6, 6)
    bases = rng.integers(50, 500, size=36).astype(float)
    counts = rng.binomial(bases.astype(int), 0.1).astype(float)
    regions = np.repeat([0, 1], 18)
    whole = lisa.local_moran_rate(counts, bases, w, permutations=0, regions=regions)
    top = lisa.local_moran_rate(counts[:18], bases[:18], w.subset(np.arange(18)), permutations=0)
    np.testing.assert_allclose(whole.variable[:18], top.variable, rtol=1e-13)
    np.testing.assert_allclose(whole.value[:18], top.value, rtol=1e-12)


# --------------------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------------------

def test_bad_input_raises_with_a_clear_message():
    w = path(4)
    with pytest.raises(ValueError, match="3 values for weights of 4"):
        lisa.local_moran([1.0, 2.0, 3.0], w)
    with pytest.raises(ValueError, match="all values are missing"):
        lisa.local_moran([np.nan] * 4, w)
    with pytest.raises(ValueError, match="constant"):
        lisa.local_moran([2.0] * 4, w)
    with pytest.raises(ValueError, match="constant.*region 'b'"):
        lisa.local_moran([1.0, 2.0, 5.0, 5.0], w, regions=["a", "a", "b", "b"])
    with pytest.raises(ValueError, match="constant"):
        lisa.getis_ord([3.0] * 4, w)
    for star in ("yes", -1.0, 0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="star must be True, False or a positive self-weight"):
            lisa.getis_ord(PATH_Y, w, star=star, permutations=0)
    with pytest.raises(ValueError, match=">= 0"):
        lisa.getis_ord([1.0, -2.0, 3.0, 4.0], w)
    with pytest.raises(ValueError, match="binary flags"):
        lisa.join_count([0, 1, 2, 1], w)
    with pytest.raises(ValueError, match="permutations"):
        lisa.local_moran(PATH_Y, w, permutations=-1)
    with pytest.raises(ValueError, match="alternative"):
        lisa.local_moran(PATH_Y, w, alternative="both")
    with pytest.raises(ValueError, match="alpha"):
        lisa.local_moran(PATH_Y, w, alpha=0)
    with pytest.raises(ValueError, match="transform"):
        lisa.getis_ord(PATH_Y, w, transform="o")
    with pytest.raises(ValueError, match="infinite"):
        lisa.local_moran([1.0, np.inf, 2.0, 3.0], w)
    with pytest.raises(ValueError, match="counts must be >= 0"):
        lisa.local_moran_rate([1.0, -1.0, 2.0, 3.0], [10.0] * 4, w)
    with pytest.raises(ValueError, match="base of 0"):
        lisa.local_moran_rate([1.0, 2.0, 2.0, 3.0], [10.0, 0.0, 10.0, 10.0], w)
    with pytest.raises(ValueError, match="same length"):
        lisa.local_moran_rate([1.0, 2.0, 2.0, 3.0], [10.0] * 3, w)
    with pytest.raises(ValueError, match="one code or label per unit"):
        lisa.local_moran(PATH_Y, w, regions=[1, 2])
    with pytest.raises(ValueError, match="seed"):
        lisa.local_moran(PATH_Y, w, seed=1.5)


def test_zero_base_and_zero_count_is_missing_and_constant_flags_are_allowed():
    w = path(5)
    r = lisa.local_moran_rate([1.0, 0.0, 4.0, 3.0, 2.0], [10.0, 0.0, 12.0, 9.0, 11.0], w, permutations=9, seed=1)
    assert r.category[1] == lisa.MISSING
    assert r.category[0] == lisa.NO_NEIGHBOURS  # its only neighbour is missing
    zeros = lisa.join_count(np.zeros(5), w, permutations=9, seed=1)
    assert zeros.n_tested == 0 and (zeros.category == lisa.NOT_SIGNIFICANT).all()
    ones = lisa.join_count(np.ones(5), w, permutations=99, seed=1)
    assert ones.n_tested == 5 and np.all(ones.p == 1.0)  # every permutation ties


def test_no_permutations_means_no_p_values():
    y = np.random.default_rng(1).gamma(2.0, size=25) + 1
    r = lisa.getis_ord(y, lattice(5, 5), permutations=0)
    assert np.isnan(r.p).all() and np.isnan(r.p_adjusted).all()
    assert (r.category == lisa.NOT_SIGNIFICANT).all() and r.n_tested == 25
    assert np.isfinite(r.z).all() and np.isnan(r.z_sim).all()


# --------------------------------------------------------------------------------------------------------
# The permutation engine
# --------------------------------------------------------------------------------------------------------

def brute_counts(v, offdiag, tested, rids):
    """The definition, unit by unit: weights in CSR order times the conditional sample's values."""
    n = len(v)
    card = np.diff(offdiag.indptr)
    observed = offdiag @ v
    ge, le = np.zeros(n, int), np.zeros(n, int)
    for i in np.flatnonzero(tested & (card > 0)):
        weights = offdiag.data[offdiag.indptr[i]:offdiag.indptr[i + 1]]
        lags = v[lisa._conditional_sample(rids, i, card[i])] @ weights
        tolerance = lisa.TIE_TOLERANCE * np.abs(v).max() * np.abs(weights).sum()
        ge[i] = (lags >= observed[i] - tolerance).sum()
        le[i] = (lags <= observed[i] + tolerance).sum()
    return ge, le


def engine_cases():
    rng = np.random.default_rng(12)
    pts = points(60, 3)
    grid = lattice(6, 7)
    return [
        ("queen", grid.sparse),
        ("row-standardised", grid.row_standardised().sparse),
        ("knn", W.knn(pts, 5).row_standardised().sparse),
        ("kernel", W.kernel(pts, "triangular", k=6, diagonal=False).sparse),
        ("mixed", sp.csr_matrix(grid.sparse.multiply(sp.csr_matrix(
            (rng.integers(1, 3, grid.sparse.nnz).astype(float), grid.sparse.indices, grid.sparse.indptr),
            shape=grid.sparse.shape)))),
    ]


@pytest.mark.parametrize("name,matrix", engine_cases(), ids=lambda case: case if isinstance(case, str) else "")
@pytest.mark.parametrize("values", ["integers", "normal"])
def test_fast_and_general_paths_agree_exactly_on_the_same_draws(name, matrix, values):
    rng = np.random.default_rng(7)
    n = matrix.shape[0]
    v = rng.integers(0, 4, n).astype(float) if values == "integers" else rng.normal(size=n)
    offdiag = lisa._without_diagonal(matrix)
    tested = rng.uniform(size=n) < 0.9
    K = int(np.diff(offdiag.indptr).max()) + 1
    rids = lisa._ordered_samples(rng, n, K, 400)
    auto = lisa._permutation_counts(v, offdiag, tested, rids)
    general = lisa._permutation_counts(v, offdiag, tested, rids, fast=False)
    tiny = lisa._permutation_counts(v, offdiag, tested, rids, fast=False, budget=1)  # one unit per chunk
    reference = brute_counts(v, offdiag, tested, rids)
    for got in (auto, general, tiny):
        np.testing.assert_array_equal(got[0], reference[0])
        np.testing.assert_array_equal(got[1], reference[1])
    np.testing.assert_allclose(auto[2], general[2], rtol=1e-10, atol=1e-9)
    np.testing.assert_allclose(auto[3], general[3], rtol=1e-10, atol=1e-9)
    assert np.all(auto[0][~tested] == 0)


def test_the_fast_path_is_used_for_equal_weights_only():
    grid = lattice(5, 5).sparse
    assert lisa._equal_rows(grid, np.diff(grid.indptr)).all()
    kernel = W.kernel(points(30), "triangular", k=4, diagonal=False).sparse
    assert not lisa._equal_rows(kernel, np.diff(kernel.indptr)).any()


def test_conditional_sample_is_a_uniform_subset_of_the_others():
    """rids[:, :k] with i replaced by rids[:, k]: each k-subset of the n - 1 others equally likely."""
    rng = np.random.default_rng(21)
    n, i, k, R = 6, 2, 3, 30000
    rids = lisa._ordered_samples(rng, n, k + 1, R)
    sample = lisa._conditional_sample(rids, i, k)
    assert not (sample == i).any()
    assert (np.sort(sample, axis=1)[:, 1:] != np.sort(sample, axis=1)[:, :-1]).all()
    subsets = list(itertools.combinations([u for u in range(n) if u != i], k))
    index = {s: j for j, s in enumerate(subsets)}
    counts = np.bincount([index[tuple(sorted(row))] for row in sample.tolist()], minlength=len(subsets))
    assert stats.chisquare(counts).pvalue > 1e-3
    # and the neighbour in the first position is uniform over the others
    first = np.bincount(sample[:, 0], minlength=n)
    assert first[i] == 0 and stats.chisquare(np.delete(first, i)).pvalue > 1e-3


@pytest.mark.parametrize("n,size", [(30, 2), (6, 4), (5, 5)])  # rejection branch, key branch, all units
def test_ordered_samples_are_uniform(n, size):
    rng = np.random.default_rng(n)
    R = 200 * math.perm(n, size) if math.perm(n, size) < 400 else 60000
    rids = lisa._ordered_samples(rng, n, size, R)
    assert rids.shape == (R, size) and rids.min() >= 0 and rids.max() < n
    assert not lisa._has_repeats(rids).any()
    if math.perm(n, size) < 400:
        keys = np.ravel_multi_index(rids.T, (n,) * size)
        counts = np.unique(keys, return_counts=True)[1]
        assert len(counts) == math.perm(n, size)
        assert stats.chisquare(counts).pvalue > 1e-3
    else:
        for column in range(size):
            assert stats.chisquare(np.bincount(rids[:, column], minlength=n)).pvalue > 1e-3


def test_kernel_weights_take_the_general_path_and_agree_with_binary_ones_statistically():
    pts = points(150, 9)
    y = np.random.default_rng(3).normal(size=150) + pts[:, 0] / 400
    kernel = W.kernel(pts, "uniform", k=6, diagonal=False)      # uniform kernel: all weights 1/2
    knn = W.knn(pts, 6)
    a = lisa.local_moran(y, kernel, permutations=4999, seed=1)
    b = lisa.local_moran(y, knn, permutations=4999, seed=2)
    shared = np.abs(kernel.sparse - knn.sparse * 0.5).sum(axis=1).A.ravel() == 0  # identical rows
    assert shared.sum() > 50
    np.testing.assert_allclose(a.value[shared], b.value[shared])
    tail = np.minimum(a.p[shared], 1) / 2
    sd = np.sqrt(2) * 2 * np.sqrt(np.maximum(tail * (1 - tail), 1e-3) / 4999)
    assert np.all(np.abs(a.p[shared] - b.p[shared]) <= 5 * sd + 2 / 4999)


def test_progress_is_reported_and_can_cancel():
    y = np.random.default_rng(1).normal(size=100)
    seen = []
    lisa.local_moran(y, lattice(10, 10), permutations=99, seed=1, progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0
    kernel = W.kernel(points(100), "triangular", k=5, diagonal=False)
    with pytest.raises(Cancelled):
        lisa.local_moran(y, kernel, permutations=99, seed=1, progress=lambda d, t: d == 0)


def test_settings_record_the_run():
    r = lisa.getis_ord(PATH_Y, path(4), star=False, permutations=19, seed=4, alternative="greater",
                       adjustment="bonferroni", alpha=0.1, transform="b", regions=[1, 1, 2, 2])
    s = r.settings
    assert (s["statistic"], s["permutations"], s["seed"], s["alternative"], s["adjustment"], s["alpha"],
            s["within_regions"], s["n_regions"], s["star"], s["transform"]) == \
        ("getis_ord", 19, 4, "greater", "bonferroni", 0.1, True, 2, False, "b")
    import json
    json.dumps(s)
