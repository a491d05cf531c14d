"""Textbook cases worked by hand, and identities that must hold on any data.

Notation (Massey & Denton 1988): unit i has total t_i and group count x_i, p_i = x_i / t_i;
T, X are the sums and P = X / T. Every expected number below is worked out in the comments.
"""

import math

import numpy as np
import pytest

from segregation_analysis.core import (INDICES, MULTIGROUP_IDS, SINGLE_GROUP_IDS, atkinson, correlation_ratio,
                                       dissimilarity, dissimilarity_contribution, diversity, entropy, exposure,
                                       gini, isolation, multi_dissimilarity, multi_gini,
                                       multi_information_theory, mutual_information,
                                       mutual_information_contribution, simpson_concentration,
                                       simpson_interaction)

BY_ID = {info.id: info for info in INDICES}
EVENNESS_SINGLE = (dissimilarity, gini, entropy, atkinson)


def approx(value):
    return pytest.approx(value, abs=1e-12, rel=0)


# --- textbook single-group cases -------------------------------------------------------------------------

def test_proportional_distribution_is_not_segregated():
    # Every unit is 20 % group: p_i = P = 0.2, so every |p_i - P| and every p_i - p_j is 0.
    x, t = [20, 40, 60], [100, 200, 300]
    for index in EVENNESS_SINGLE:
        assert index(x, t) == approx(0.0), index.__name__
    assert correlation_ratio(x, t) == approx(0.0)
    assert isolation(x, t) == approx(0.2)  # a group member's neighbours are 20 % group, like the city


def test_complete_segregation():
    # The group lives only in unit 1, which holds nobody else: p = (1, 0, 0).
    x, t = [50, 0, 0], [50, 30, 20]
    for index in EVENNESS_SINGLE:
        assert index(x, t) == approx(1.0), index.__name__
    assert isolation(x, t) == approx(1.0)
    assert exposure(x, t) == approx(0.0)
    assert correlation_ratio(x, t) == approx(1.0)


def test_dissimilarity_four_equal_units():
    # Group x = (40, 40, 10, 10), others y = (10, 10, 40, 40); X = Y = 100.
    # D = 1/2 sum |x_i/X - y_i/Y| = 1/2 (0.3 + 0.3 + 0.3 + 0.3) = 0.6:
    # 60 % of either group would have to move to even the units out.
    x, t = [40, 40, 10, 10], [50, 50, 50, 50]
    assert dissimilarity(x, t) == approx(0.6)


def test_dissimilarity_three_unequal_units():
    # x = (60, 30, 10), t = (60, 90, 150): y = (0, 60, 140); X = 100, Y = 200, T = 300, P = 1/3.
    # Share form: x/X = (.6, .3, .1), y/Y = (0, .3, .7): D = 1/2 (.6 + 0 + .6) = 0.6.
    # Massey-Denton form: p = (1, 1/3, 1/15); sum t_i |p_i - P| = 60*2/3 + 0 + 150*4/15 = 40 + 0 + 40 = 80;
    # 2 T P (1 - P) = 2 * 300 * 1/3 * 2/3 = 133.33...; D = 80 / 133.33 = 0.6.
    x, t = [60, 30, 10], [60, 90, 150]
    assert dissimilarity(x, t) == approx(0.6)
    # the unit parts t_i |p_i - P| / (2TP(1-P)) are 40/133.3, 0, 40/133.3
    assert dissimilarity_contribution(x, t, regions=[0, 0, 0]) == pytest.approx([0.3, 0.0, 0.3], abs=1e-12)


def test_isolation_exposure_correlation_ratio_three_units():
    # Same units: x/X = (.6, .3, .1), p = (1, 1/3, 1/15).
    # xPx = sum (x_i/X) p_i = .6 * 1 + .3 * 1/3 + .1 * 1/15 = .6 + .1 + 1/150 = 53/75
    # xPy = sum (x_i/X)(1 - p_i) = 1 - 53/75 = 22/75
    # V = (xPx - P) / (1 - P) = (53/75 - 25/75) / (2/3) = 28/75 * 3/2 = 0.56
    x, t = [60, 30, 10], [60, 90, 150]
    assert isolation(x, t) == approx(53 / 75)
    assert exposure(x, t) == approx(22 / 75)
    assert correlation_ratio(x, t) == approx(0.56)


def test_gini_three_units_by_explicit_pair_sum():
    # p = (1, 1/3, 1/15), t = (60, 90, 150), T = 300, P = 1/3.
    # pairs: 60*90*|1 - 1/3| = 3600, 60*150*|1 - 1/15| = 8400, 90*150*|1/3 - 1/15| = 3600;
    # sum over i and j counts each pair twice: 2 * 15600 = 31200.
    # G = 31200 / (2 T^2 P (1 - P)) = 31200 / (2 * 90000 * 2/9) = 31200 / 40000 = 0.78
    assert gini([60, 30, 10], [60, 90, 150]) == approx(0.78)


def test_atkinson_b_half():
    # t = (100, 100, 100), x = (10, 50, 90): p = (.1, .5, .9), T = 300, X = 150, P = 0.5.
    # b = 0.5: sum (1-p_i)^0.5 p_i^0.5 t_i = 100 (0.3 + 0.5 + 0.3) = 110; divided by P T = 150: 11/15.
    # A = 1 - P/(1-P) * (11/15)^(1/(1-b)) = 1 - 1 * (11/15)^2 = 1 - 121/225 = 104/225
    assert atkinson([10, 50, 90], [100, 100, 100], b=0.5) == approx(104 / 225)


@pytest.mark.parametrize("b", [0.1, 0.25, 0.5, 0.75, 0.9])
def test_atkinson_other_shapes(b):
    # t = (100, 100, 200), x = (100, 0, 100): p = (1, 0, .5), P = 200/400 = .5.
    # Units with p = 0 or 1 add (1-p)^(1-b) p^b = 0; the third adds .5^(1-b) .5^b * 200 = 100.
    # 100 / (P T) = 0.5, so A = 1 - 1 * 0.5^(1/(1-b)): 0.75 for b = .5, 0.9375 for b = .75.
    assert atkinson([100, 0, 100], [100, 100, 200], b=b) == approx(1 - 0.5 ** (1 / (1 - b)))


def test_atkinson_rejects_shape_outside_zero_one():
    with pytest.raises(ValueError, match="between 0 and 1"):
        atkinson([10, 50, 90], [100, 100, 100], b=1.0)


def test_entropy_half_mixed():
    # t = (200, 100, 100), x = (100, 0, 100): p = (.5, 0, 1), P = 200/400 = .5, E = ln 2.
    # E_i = (ln 2, 0, 0); H = sum t_i (E - E_i) / (E T) = (0 + 100 ln 2 + 100 ln 2) / (400 ln 2) = 0.5
    assert entropy([100, 0, 100], [200, 100, 100]) == approx(0.5)


# --- textbook multigroup case ----------------------------------------------------------------------------

THREE_GROUPS = np.array([[10, 10, 10],   # one fully mixed unit
                         [30, 0, 0],     # and three single-group units
                         [0, 30, 0],
                         [0, 0, 30]])


def test_multigroup_three_groups_by_hand():
    # T = 120, P = (1/3, 1/3, 1/3); Simpson lambda = 3 * 1/9 = 1/3, I = 1 - 1/3 = 2/3; E = ln 3.
    # D: unit 1 has p = P (0); units 2-4: 30 * (2/3 + 1/3 + 1/3) = 40 each; D = 120 / (2 * 120 * 2/3) = 0.75
    # H: E_i = (ln 3, 0, 0, 0); H = (0 + 3 * 30 ln 3) / (120 ln 3) = 0.75, and M = H E = 0.75 ln 3.
    assert multi_dissimilarity(THREE_GROUPS) == approx(0.75)
    assert multi_information_theory(THREE_GROUPS) == approx(0.75)
    assert mutual_information(THREE_GROUPS) == approx(0.75 * math.log(3))
    assert diversity(THREE_GROUPS) == approx(math.log(3))
    assert simpson_concentration(THREE_GROUPS) == approx(1 / 3)
    assert simpson_interaction(THREE_GROUPS) == approx(2 / 3)


# --- identities on random data ---------------------------------------------------------------------------

def random_units(seed, n=60, k=4):
    """Unit totals 0..400 (some 0) split over k groups with random unit-specific shares."""
    rng = np.random.default_rng(seed)
    totals = rng.integers(0, 400, n)
    totals[:3] = 0
    shares = rng.dirichlet(np.full(k, 0.7), n)
    return np.array([rng.multinomial(t, s) for t, s in zip(totals, shares)], dtype=float)


SEEDS = [1, 2, 3]


@pytest.mark.parametrize("seed", SEEDS)
def test_mutual_information_is_theil_h_times_entropy(seed):
    counts = random_units(seed)
    assert mutual_information(counts) == approx(multi_information_theory(counts) * diversity(counts))


@pytest.mark.parametrize("seed", SEEDS)
def test_dissimilarity_symmetric_in_group_and_complement(seed):
    counts = random_units(seed)
    x, t = counts[:, 0], counts.sum(axis=1)
    assert dissimilarity(x, t) == approx(dissimilarity(t - x, t))
    assert gini(x, t) == approx(gini(t - x, t))
    assert entropy(x, t) == approx(entropy(t - x, t))


@pytest.mark.parametrize("seed", SEEDS)
def test_isolation_plus_exposure_is_one(seed):
    counts = random_units(seed)
    x, t = counts[:, 1], counts.sum(axis=1)
    assert isolation(x, t) + exposure(x, t) == approx(1.0)


@pytest.mark.parametrize("seed", SEEDS)
def test_scale_invariance(seed):
    # Indices compare shares, so seven times the people in the same proportions change nothing.
    counts = random_units(seed)
    x, t = counts[:, 0], counts.sum(axis=1)
    for index_id in SINGLE_GROUP_IDS:
        f = BY_ID[index_id].function
        assert f(7 * x, 7 * t) == pytest.approx(f(x, t), rel=1e-12), index_id
    for index_id in MULTIGROUP_IDS:
        f = BY_ID[index_id].function
        assert f(7 * counts) == pytest.approx(f(counts), rel=1e-12), index_id


@pytest.mark.parametrize("seed", SEEDS + [4, 5, 6])
def test_bounds_on_random_data(seed):
    counts = random_units(seed, k=3)
    x, t = counts[:, 2], counts.sum(axis=1)
    for info in INDICES:
        value = info.function(x, t) if info.id in SINGLE_GROUP_IDS else info.function(counts)
        high = {1.0: 1.0, "ln K": math.log(3), None: math.inf}[info.high]
        assert info.low - 1e-12 <= value <= high + 1e-12, (info.id, value)


@pytest.mark.parametrize("seed", SEEDS)
def test_two_group_multigroup_equals_single_group(seed):
    # With K = 2: I = 2P(1-P) and sum_m |p_im - P_m| = 2|p_i - P|, so the multigroup D reduces to D;
    # likewise the multigroup Gini and Theil's H.
    counts = random_units(seed)
    x, t = counts[:, 0], counts.sum(axis=1)
    pair = np.column_stack([x, t - x])
    assert multi_dissimilarity(pair) == approx(dissimilarity(x, t))
    assert multi_gini(pair) == approx(gini(x, t))
    assert multi_information_theory(pair) == approx(entropy(x, t))


@pytest.mark.parametrize("seed", SEEDS)
def test_contributions_add_up(seed):
    counts = random_units(seed)
    regions = np.array(["a", "b", "c"])[np.arange(len(counts)) % 3]
    x, t = counts[:, 0], counts.sum(axis=1)
    parts = dissimilarity_contribution(x, t, regions=regions)
    sums = [parts[regions == r].sum() for r in ("a", "b", "c")]
    assert sums == pytest.approx(dissimilarity(x, t, regions=regions), abs=1e-12)
    parts = mutual_information_contribution(counts, regions=regions)
    sums = [np.nansum(parts[regions == r]) for r in ("a", "b", "c")]  # zero-population units are NaN
    assert sums == pytest.approx(mutual_information(counts, regions=regions), abs=1e-12)


def brute_force_gini(x, t):
    """sum_i sum_j t_i t_j |p_i - p_j| / (2 T^2 P (1 - P)) with the full n x n matrix."""
    x, t = np.asarray(x, float), np.asarray(t, float)
    p = np.divide(x, t, out=np.zeros_like(x), where=t > 0)
    P = x.sum() / t.sum()
    return (np.outer(t, t) * np.abs(p[:, None] - p[None, :])).sum() / (2 * t.sum() ** 2 * P * (1 - P))


@pytest.mark.parametrize("seed", range(10))
def test_gini_equals_brute_force_pair_sum(seed):
    counts = random_units(seed, n=25, k=2)
    x, t = counts[:, 0], counts.sum(axis=1)
    assert gini(x, t) == approx(brute_force_gini(x, t))


def test_gini_with_tied_shares():
    # Many units share the same p (0.5 or 0.2), in scrambled order: ties must not be double counted.
    t = np.array([10, 20, 10, 20, 30, 10, 50, 20, 0], float)
    p = np.array([.5, .2, .2, .5, .2, .5, .2, .5, 0])
    x = p * t
    assert gini(x, t) == approx(brute_force_gini(x, t))
    # two tied blocks only: G = D for a two-valued p (each unit is on one side of P)
    assert gini(x, t) == approx(dissimilarity(x, t))


@pytest.mark.parametrize("seed", range(3))
def test_multi_gini_equals_brute_force(seed):
    counts = random_units(seed, n=20, k=3)
    t = counts.sum(axis=1)
    p = np.divide(counts, t[:, None], out=np.zeros_like(counts), where=t[:, None] > 0)
    P = counts.sum(axis=0) / t.sum()
    pairs = sum((np.outer(t, t) * np.abs(p[:, m, None] - p[None, :, m])).sum() for m in range(3))
    assert multi_gini(counts) == approx(pairs / (2 * t.sum() ** 2 * (P * (1 - P)).sum()))
