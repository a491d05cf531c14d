"""Intermediate results shared between the indices of one run, and region label order."""

import numpy as np

from segregation_analysis.core import Segments, dissimilarity, gini, global_indices, unit_table
from segregation_analysis.core._util import share, shared_intermediates


def test_changing_an_array_in_place_gives_a_fresh_value_outside_a_run():
    x = np.array([10.0, 0.0, 5.0])
    t = np.array([10.0, 10.0, 10.0])
    before = dissimilarity(x, t)
    x[:] = [5.0, 5.0, 5.0]  # now perfectly even
    assert before > 0
    assert dissimilarity(x, t) == 0.0


def test_shared_run_gives_the_same_values_as_separate_calls():
    rng = np.random.default_rng(3)
    t = rng.integers(0, 200, 500).astype(float)
    x = rng.binomial(t.astype(int), 0.3).astype(float)
    regions = rng.integers(0, 4, 500)
    alone = [dissimilarity(x, t, regions=regions), gini(x, t, regions=regions)]
    with shared_intermediates():
        shared = [dissimilarity(x, t, regions=regions), gini(x, t, regions=regions)]
    np.testing.assert_array_equal(alone[0], shared[0])
    np.testing.assert_array_equal(alone[1], shared[1])


def test_numeric_region_codes_sort_as_numbers_and_text_codes_as_text():
    _, numeric = Segments.from_labels([10, 9, 100, 9])
    assert numeric == ["9", "10", "100"]
    _, text = Segments.from_labels(["091", "049", "235", None])
    assert text == ["049", "091", "235", None]


def test_region_labels_from_integer_codes_reach_the_result_table():
    table = unit_table({"a": [1, 2, 3, 4], "b": [3, 2, 1, 0]}, region=[10, 10, 9, 9])
    result = global_indices(table, ["dissimilarity"])
    assert list(result.region.unique()) == ["9", "10"]


def test_share_is_zero_where_the_total_is_not_positive():
    """x / t by hand, 0 for an empty (t = 0), negative or NaN total; t broadcasts over count matrices; a
    scalar stays an array."""
    np.testing.assert_array_equal(share([1.0, 2.0, 3.0, 4.0], [4.0, 0.0, -1.0, np.nan]), [0.25, 0.0, 0.0, 0.0])
    counts = np.array([[1.0, 3.0], [0.0, 0.0], [2.0, 2.0]])
    t = counts.sum(axis=1)
    np.testing.assert_array_equal(share(counts, t[:, None]), [[0.25, 0.75], [0.0, 0.0], [0.5, 0.5]])
    assert share(3.0, 4.0).shape == () and float(share(3.0, 4.0)) == 0.75
    assert float(share(3.0, 0.0)) == 0.0
