"""Regions (cities) as an axis: one call with region labels equals one call per region.

Each region is its own reference population: its P (or P_m) comes from its own units only.
"""

import numpy as np
import pytest

from segregation_analysis.core import (INDICES, SINGLE_GROUP_IDS, Segments, dissimilarity, global_indices,
                                       isolation, unit_table)

CITIES = np.array(["Tampere", "Espoo", "Oulu", "Helsinki", "Vantaa"])


def units_in_cities(seed, n=200, k=3):
    """Random counts [n, k] and a scrambled city label per unit."""
    rng = np.random.default_rng(seed)
    totals = rng.integers(0, 300, n)
    shares = rng.dirichlet(np.full(k, 0.8), n)
    counts = np.array([rng.multinomial(t, s) for t, s in zip(totals, shares)], dtype=float)
    return counts, rng.choice(CITIES, n)


def compute(info, counts, regions=None):
    """Single-group ids use group 0 against the unit total; multigroup ids use all groups."""
    if info.id in SINGLE_GROUP_IDS:
        return info.function(counts[:, 0], counts.sum(axis=1), regions=regions)
    return info.function(counts, regions=regions)


@pytest.mark.parametrize("info", INDICES, ids=lambda info: info.id)
def test_regions_at_once_equal_each_region_alone(info):
    counts, labels = units_in_cities(seed=11)
    together = compute(info, counts, regions=labels)
    alone = [compute(info, counts[labels == city]) for city in sorted(set(labels))]
    assert together == pytest.approx(alone, rel=1e-10, abs=1e-12)


def test_region_labels_sorted():
    segments, labels = Segments.from_labels(["Vantaa", "Espoo", "Vantaa", "Helsinki"])
    assert labels == ["Espoo", "Helsinki", "Vantaa"]
    assert segments.codes.tolist() == [2, 0, 2, 1]
    table = unit_table({"a": [1, 2, 3, 4], "b": [4, 3, 2, 1]}, region=["Vantaa", "Espoo", "Vantaa", "Helsinki"])
    result = global_indices(table, ["dissimilarity"])
    assert result["region"].tolist()[:3] == ["Espoo", "Helsinki", "Vantaa"]


def test_municipality_codes_keep_leading_zeros_and_sort_as_text():
    # Region labels are compared as text: Statistics Finland codes '049' and '091' keep their zeros.
    _, labels = Segments.from_labels(["091", "049", "837", "564"])
    assert labels == ["049", "091", "564", "837"]


def test_missing_region_label_forms_its_own_region_placed_last():
    counts, labels = units_in_cities(seed=12, n=60)
    labels = labels.astype(object)
    labels[::7] = None
    _, names = Segments.from_labels(labels)
    assert names[-1] is None and None not in names[:-1]
    x, t = counts[:, 0], counts.sum(axis=1)
    together = dissimilarity(x, t, regions=labels)
    unlabelled = np.array([label is None for label in labels])
    assert together[-1] == pytest.approx(dissimilarity(x[unlabelled], t[unlabelled]), abs=1e-12)


def test_region_with_every_unit_dropped_gives_nan():
    # Oulu's only units have a suppressed group count: the region stays in the output, with NaN indices.
    table = unit_table({"a": [10, 20, -1, None, 5], "b": [30, 10, 7, 9, 5]},
                       region=["Espoo", "Espoo", "Oulu", "Oulu", "Espoo"])
    result = global_indices(table).set_index(["region", "group"])
    for group in ("a", "b", "(all groups)"):
        oulu = result.loc[("Oulu", group)]
        assert oulu["n_units"] == 0 and oulu["n_dropped"] == 2
        assert oulu[[info.id for info in INDICES]].isna().all(), group
    assert np.isfinite(result.loc[("Espoo", "(all groups)"), "multi_dissimilarity"])


def test_empty_region_gives_nan_for_every_index():
    # Region 1 has no units at all (a Segments with 3 regions, units only in 0 and 2).
    counts, _ = units_in_cities(seed=13, n=10)
    segments = Segments(np.array([0, 0, 0, 0, 0, 2, 2, 2, 2, 2]), 3)
    for info in INDICES:
        values = compute(info, counts, regions=segments)
        assert np.isnan(values[1]), info.id
        assert np.isfinite(values[[0, 2]]).all(), info.id


def test_single_unit_region_is_perfectly_even():
    # A region of one unit has p_1 = P: nothing is uneven, so D, Gini, H, A and V are 0 (not NaN) as
    # long as the group is present and not everyone (0 < P < 1). Isolation is then P itself.
    counts = np.array([[30, 70], [5, 5], [1, 9]], float)
    regions = ["alone", "pair", "pair"]
    x, t = counts[:, 0], counts.sum(axis=1)
    for index_id in ("dissimilarity", "gini", "entropy", "atkinson", "correlation_ratio"):
        assert _function(index_id)(x, t, regions=regions)[0] == pytest.approx(0.0, abs=1e-12), index_id
    for index_id in ("multi_dissimilarity", "multi_gini", "multi_information_theory", "mutual_information"):
        assert _function(index_id)(counts, regions=regions)[0] == pytest.approx(0.0, abs=1e-12), index_id
    assert isolation(x, t, regions=regions)[0] == pytest.approx(0.3)


def test_single_unit_region_of_only_the_group_is_nan():
    # P = 1: the denominators P (1 - P) of D and Gini are 0, so the index is undefined (NaN).
    assert np.isnan(dissimilarity([40, 3], [40, 9], regions=["a", "b"])[0])


def test_group_absent_from_region_gives_nan():
    # P = 0 in region "b": evenness, isolation and exposure of a group that is not there are undefined.
    x, t = np.array([3, 8, 0, 0]), np.array([10, 10, 20, 15])
    regions = ["a", "a", "b", "b"]
    for index_id in SINGLE_GROUP_IDS:
        values = _function(index_id)(x, t, regions=regions)
        assert np.isnan(values[1]) and np.isfinite(values[0]), index_id


def test_multigroup_with_one_group_absent_from_a_region():
    # Three groups, the third absent from region "b". D, Gini, H and M stay defined (the absent group has
    # p_im = P_m = 0 everywhere, so it adds nothing). The squared coefficient of variation divides by P_m
    # (Reardon & Firebaugh 2002, eq. 9) and is NaN there, as in PySAL's MultiSquaredCoefVar.
    counts = np.array([[5, 5, 2], [1, 9, 3], [5, 5, 0], [1, 9, 0]], float)
    regions = ["a", "a", "b", "b"]
    without_third = counts[2:, :2]
    for index_id in ("multi_dissimilarity", "multi_gini", "multi_information_theory", "mutual_information",
                     "multi_normalized_exposure", "multi_relative_diversity", "diversity"):
        values = _function(index_id)(counts, regions=regions)
        assert values[1] == pytest.approx(_function(index_id)(without_third), abs=1e-12), index_id
    assert np.isnan(_function("multi_squared_coefficient_of_variation")(counts, regions=regions)[1])


@pytest.mark.parametrize("info", INDICES, ids=lambda info: info.id)
def test_units_without_population_change_nothing(info):
    counts, labels = units_in_cities(seed=14, n=80)
    empty = np.zeros((6, counts.shape[1]))
    more_counts = np.vstack([empty[:3], counts, empty[3:]])
    more_labels = np.concatenate([CITIES[:3], labels, CITIES[2:5]])
    assert compute(info, more_counts, more_labels) == pytest.approx(compute(info, counts, labels),
                                                                     rel=1e-12, abs=1e-15)


def _function(index_id):
    return next(info.function for info in INDICES if info.id == index_id)
