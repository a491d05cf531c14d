"""Spatial weights (core/weights.py): hand cases, the weights object, regions, islands and bad input.

Cross-checks with libpysal are in test_core_weights_libpysal.py, GAL/GWT files in test_core_weights_io.py.
"""

import json
import math
import tracemalloc

import numpy as np
import pytest
import scipy.sparse as sp

from segregation_analysis.core import Segments
from segregation_analysis.core import weights as W

CELL = 250.0
ORIGIN = np.array([385_125.0, 6_672_125.0])  # a 250 m cell centre in EPSG:3067


def lattice(ncols, nrows, cell=CELL, origin=ORIGIN):
    """Cell centres of an ncols x nrows grid, row-major (unit id = row * ncols + col, as lat2W)."""
    cols, rows = np.meshgrid(np.arange(ncols), np.arange(nrows))
    return np.column_stack([cols.ravel(), rows.ravel()]) * cell + origin


def neighbour_sets(w):
    """{unit: set of neighbours other than itself} from a SpatialWeights."""
    csr = w.sparse
    return {i: set(csr.indices[csr.indptr[i]:csr.indptr[i + 1]].tolist()) - {i} for i in range(w.n)}


def weight(w, i, j):
    return w.sparse[i, j]


# --- square grid ----------------------------------------------------------------------------------------

def test_grid_3x3_queen_counts_corners_edges_centre():
    w = W.grid(lattice(3, 3))
    assert w.cardinalities.tolist() == [3, 5, 3, 5, 8, 5, 3, 5, 3]
    assert neighbour_sets(w)[4] == {0, 1, 2, 3, 5, 6, 7, 8}
    assert neighbour_sets(w)[0] == {1, 3, 4}


def test_grid_3x3_rook_counts():
    w = W.grid(lattice(3, 3), contiguity="rook")
    assert w.cardinalities.tolist() == [2, 3, 2, 3, 4, 3, 2, 3, 2]
    assert neighbour_sets(w)[4] == {1, 3, 5, 7}
    assert neighbour_sets(w)[0] == {1, 3}


def test_grid_is_binary_symmetric_csr_float64():
    w = W.grid(lattice(4, 3))
    assert isinstance(w.sparse, sp.csr_matrix) and w.sparse.dtype == np.float64
    assert w.sparse.shape == (12, 12)
    assert set(w.sparse.data.tolist()) == {1.0}
    assert w.is_symmetric()
    assert w.spec["type"] == "grid" and w.spec["cell_size"] == CELL and w.spec["contiguity"] == "queen"


def test_grid_follows_unit_order_when_shuffled():
    points = lattice(5, 4)
    order = np.random.default_rng(3).permutation(len(points))
    expected = neighbour_sets(W.grid(points))
    shuffled = neighbour_sets(W.grid(points[order]))
    # unit k of the shuffled input is unit order[k] of the original
    assert {order[k]: {order[m] for m in nb} for k, nb in shuffled.items()} == expected


def test_grid_does_not_wrap_around_rows():
    # the last cell of row 0 and the first cell of row 1 are far apart: not neighbours
    w = W.grid(lattice(4, 2), contiguity="rook")
    assert 4 not in neighbour_sets(w)[3]
    assert neighbour_sets(w)[3] == {2, 7}


def test_grid_with_holes_and_detached_cells():
    points = lattice(5, 5)
    keep = np.ones(25, bool)
    keep[[6, 7, 8, 12]] = False            # a hole
    points = np.vstack([points[keep], ORIGIN + [10 * CELL, 10 * CELL]])  # and a detached cell
    w = W.grid(points)
    assert w.islands.tolist() == [len(points) - 1]
    assert w.n_components() == 2


def test_grid_boundary_lengths_are_cell_size_for_rook_pairs_only():
    b = W.grid_boundary_lengths(lattice(3, 3, cell=1000.0))
    assert set(b.sparse.data.tolist()) == {1000.0}
    assert neighbour_sets(b) == neighbour_sets(W.grid(lattice(3, 3, cell=1000.0), contiguity="rook"))
    assert b.spec["type"] == "grid_boundary_lengths"


def test_grid_regions_drop_links_between_cities():
    points = lattice(4, 1)
    w = W.grid(points, regions=np.array([0, 0, 1, 1]))
    assert neighbour_sets(w) == {0: {1}, 1: {0}, 2: {3}, 3: {2}}
    assert w.spec["within_regions"] is True


def test_grid_declared_cell_size_equals_detected():
    points = lattice(6, 5)
    assert neighbour_sets(W.grid(points, cell_size=CELL)) == neighbour_sets(W.grid(points))


def test_grid_single_cell_is_an_island():
    w = W.grid(ORIGIN[None, :])
    assert w.n == 1 and w.islands.tolist() == [0]


@pytest.mark.parametrize("cell", [250.0, 1000.0, 0.5])
def test_detect_grid_cell_size(cell):
    points = lattice(7, 4, cell=cell)[np.random.default_rng(1).permutation(28)]
    assert W.detect_grid(points) == cell


def test_detect_grid_tolerates_centroid_noise():
    points = lattice(10, 10) + np.random.default_rng(2).normal(0, 1e-6, (100, 2))
    assert W.detect_grid(points) == pytest.approx(CELL, rel=1e-9)
    assert W.grid(points).cardinalities.max() == 8


def test_detect_grid_takes_the_smallest_spacing():
    # a centre half a cell off puts every centre on a 125 m lattice: that is the grid found
    points = np.vstack([lattice(3, 3), ORIGIN + [CELL / 2, 0]])
    assert W.detect_grid(points) == CELL / 2


def test_detect_grid_with_gaps_still_finds_the_cell():
    points = lattice(10, 10)[::3]  # every third cell: spacing 250 still occurs between rows
    assert W.detect_grid(points) == CELL


@pytest.mark.parametrize("case", ["random", "rectangular", "one point", "shared cell", "off the lattice"])
def test_detect_grid_refuses_non_grids(case):
    rng = np.random.default_rng(5)
    points = {
        "random": rng.uniform(0, 10_000, (50, 2)),
        "rectangular": lattice(4, 4) * [1.0, 1.6],  # 250 x 400 m cells
        "one point": ORIGIN[None, :],
        "shared cell": np.vstack([lattice(3, 3), lattice(3, 3)[:1]]),
        "off the lattice": np.vstack([lattice(3, 3), ORIGIN + [0.4 * CELL, 0]]),
    }[case]
    assert W.detect_grid(points) is None


def test_grid_refuses_points_off_the_declared_grid():
    points = np.vstack([lattice(3, 3), ORIGIN + [100.0, 0]])
    with pytest.raises(ValueError, match=r"units 9 are not on the 250 grid"):
        W.grid(points, cell_size=CELL)


def test_grid_refuses_two_centres_in_one_cell():
    points = np.vstack([lattice(3, 3), lattice(3, 3)[4:5]])
    with pytest.raises(ValueError, match=r"units 4, 9 share a grid cell"):
        W.grid(points, cell_size=CELL)


def test_grid_refuses_undetectable_grid():
    with pytest.raises(ValueError, match="not the centres of a regular square grid"):
        W.grid(np.random.default_rng(0).uniform(0, 1000, (20, 2)))


def test_grid_refuses_unknown_contiguity():
    with pytest.raises(ValueError, match="'queen' or 'rook'"):
        W.grid(lattice(2, 2), contiguity="bishop")


# --- k nearest neighbours ------------------------------------------------------------------------------

LINE = np.array([[0.0, 0], [1, 0], [3, 0], [6, 0], [10, 0]])


def test_knn_on_a_line_k1():
    w = W.knn(LINE, 1)
    assert neighbour_sets(w) == {0: {1}, 1: {0}, 2: {1}, 3: {2}, 4: {3}}
    assert not w.is_symmetric()
    assert w.spec["type"] == "knn" and w.spec["k"] == 1


def test_knn_on_a_line_k2_tie_goes_to_lower_index():
    # unit 2 (x=3) is 3 from unit 0 (x=0) and 3 from unit 3 (x=6): the lower index wins
    w = W.knn(LINE, 2)
    assert neighbour_sets(w) == {0: {1, 2}, 1: {0, 2}, 2: {1, 0}, 3: {2, 4}, 4: {3, 2}}
    assert w.cardinalities.tolist() == [2] * 5


def test_knn_tie_break_is_by_index_not_by_position():
    centre_last = np.array([[1.0, 0], [0, 1], [-1, 0], [0, -1], [0, 0]])
    assert neighbour_sets(W.knn(centre_last, 2))[4] == {0, 1}
    centre_first = centre_last[[4, 3, 2, 1, 0]]
    assert neighbour_sets(W.knn(centre_first, 2))[0] == {1, 2}


def test_knn_many_ties_beyond_the_first_fetch():
    # 20 units exactly 100 from unit 0 (100^2 = 60^2 + 80^2 = 28^2 + 96^2), in scrambled order:
    # k=3 takes units 1, 2, 3 although the k-d tree returns tied units in its own order
    ring = np.array([(a * x, b * y) for x, y in [(100, 0), (0, 100), (60, 80), (80, 60), (28, 96), (96, 28)]
                     for a in (1, -1) for b in (1, -1)], dtype=float)
    ring = np.unique(ring, axis=0)[np.random.default_rng(8).permutation(20)]
    points = np.vstack([[0.0, 0.0], ring, [[500.0, 500.0]]])
    assert np.allclose(np.hypot(*points[1:21].T), 100.0, rtol=0, atol=0)
    assert neighbour_sets(W.knn(points, 3))[0] == {1, 2, 3}
    assert neighbour_sets(W.knn(points, 19))[0] == set(range(1, 20))


def test_knn_coincident_points_are_neighbours():
    points = np.array([[0.0, 0], [0, 0], [5, 0], [0, 0]])
    w = W.knn(points, 2)
    assert neighbour_sets(w)[0] == {1, 3}
    assert neighbour_sets(w)[1] == {0, 3}
    assert neighbour_sets(w)[2] == {0, 1}


@pytest.mark.parametrize("k", [1, 2, 3])
def test_knn_many_coincident_points_take_the_lowest_indices(k):
    # 15 units on one spot, scattered among 60 others: the k-d tree returns an arbitrary subset of the
    # coincident units, yet each must get the k lowest other indices of the spot
    rng = np.random.default_rng(0)
    points = np.vstack([np.zeros((15, 2)), rng.uniform(-50, 50, (60, 2))])[rng.permutation(75)]
    spot = np.flatnonzero((points == 0).all(axis=1))
    nearest = neighbour_sets(W.knn(points, k))
    for unit in spot:
        assert nearest[unit] == set(spot[spot != unit][:k].tolist())


def test_knn_k_larger_than_region_is_clamped_with_note():
    w = W.knn(LINE[:3], 5)
    assert w.cardinalities.tolist() == [2, 2, 2]
    assert w.spec["k_clamped_units"] == 3 and w.spec["k_effective_min"] == 2
    assert "clamped" in w.spec["notes"][0]


def test_knn_within_regions_equals_each_region_alone():
    rng = np.random.default_rng(7)
    points = rng.uniform(0, 5000, (120, 2))
    labels = rng.choice(np.array(["Espoo", "Helsinki", "Vantaa"]), 120)
    together = neighbour_sets(W.knn(points, 4, regions=labels))
    for city in np.unique(labels):
        units = np.flatnonzero(labels == city)
        alone = neighbour_sets(W.knn(points[units], 4))
        for local, nb in alone.items():
            assert together[units[local]] == {units[m] for m in nb}


def test_knn_far_apart_members_of_a_region_find_each_other():
    # region 0 is two units 10 km apart; region 1 fills the space between them: every k-d tree candidate
    # near a region-0 unit belongs to region 1, yet its neighbour must be the other region-0 unit
    middle = np.column_stack([np.linspace(100, 9900, 50), np.zeros(50)])
    points = np.vstack([[[0.0, 0.0], [10_000.0, 0.0]], middle])
    codes = np.array([0, 0] + [1] * 50)
    w = W.knn(points, 1, regions=codes)
    assert neighbour_sets(w)[0] == {1} and neighbour_sets(w)[1] == {0}
    k = W.kernel(points, "uniform", k=1, regions=codes)
    assert neighbour_sets(k)[0] == {1}
    assert k.spec["bandwidth_max"] == pytest.approx(10_000 * W.LIBPYSAL_EPS)


def test_knn_region_of_one_unit_is_an_island():
    w = W.knn(LINE, 2, regions=[0, 0, 0, 0, 1])
    assert w.islands.tolist() == [4]
    assert w.spec["k_clamped_units"] == 1


# --- distance band --------------------------------------------------------------------------------------

LINE3 = np.array([[0.0, 0], [1, 0], [3, 0]])


def test_distance_band_binary_includes_the_threshold():
    w = W.distance_band(LINE3, 2.0)
    assert neighbour_sets(w) == {0: {1}, 1: {0, 2}, 2: {1}}
    assert set(w.sparse.data.tolist()) == {1.0} and w.is_symmetric()


def test_distance_band_inverse_distance():
    w = W.distance_band(LINE3, 2.0, binary=False)
    assert weight(w, 0, 1) == 1.0 and weight(w, 1, 2) == 0.5 and weight(w, 2, 1) == 0.5
    g = W.distance_band(LINE3, 2.0, binary=False, alpha=-2.0)
    assert weight(g, 1, 2) == 0.25
    assert w.spec["alpha"] == -1.0 and w.spec["binary"] is False


def test_distance_band_island():
    w = W.distance_band(LINE3, 1.5)
    assert w.islands.tolist() == [2]
    assert w.summary()["n_islands"] == 1


def test_distance_band_coincident_binary_are_neighbours():
    points = np.array([[0.0, 0], [0, 0], [10, 0]])
    assert neighbour_sets(W.distance_band(points, 1.0)) == {0: {1}, 1: {0}, 2: set()}


def test_distance_band_coincident_inverse_raises_naming_units():
    points = np.array([[0.0, 0], [5, 0], [10, 0], [5, 0]])
    with pytest.raises(ValueError, match=r"distance 0\) \(1, 3\).*infinite"):
        W.distance_band(points, 6.0, binary=False)


def test_distance_band_regions():
    w = W.distance_band(LINE3, 5.0, regions=["a", "a", "b"])
    assert neighbour_sets(w) == {0: {1}, 1: {0}, 2: set()}


# --- kernels -----------------------------------------------------------------------------------------------

#: z = d / h for d = 1, 2, 3 with h = 4, and K(z) computed by hand.
KERNEL_HAND = {
    "triangular": (1.0, [0.75, 0.5, 0.25]),
    "uniform": (0.5, [0.5, 0.5, 0.5]),
    "epanechnikov": (0.75, [0.703125, 0.5625, 0.328125]),
    "quartic": (0.9375, [0.823974609375, 0.52734375, 0.179443359375]),
    "gaussian": (0.3989422804014327, [0.3866681168028493, 0.3520653267642995, 0.3011374321548044]),
}
POINTS4 = np.array([[0.0, 0], [1, 0], [2, 0], [3, 0], [9, 0]])


@pytest.mark.parametrize("function", sorted(KERNEL_HAND))
def test_kernel_fixed_bandwidth_hand_values(function):
    k0, values = KERNEL_HAND[function]
    w = W.kernel(POINTS4, function, bandwidth=4.0)
    assert [weight(w, 0, j) for j in (1, 2, 3)] == pytest.approx(values, rel=1e-12)
    assert weight(w, 0, 0) == pytest.approx(k0, rel=1e-15)
    assert weight(w, 0, 4) == 0.0                         # beyond the bandwidth, also for the gaussian
    assert w.is_symmetric()
    assert w.spec["bandwidth"] == 4.0 and w.spec["fixed"] is True


def test_kernel_aliases():
    a = W.kernel(POINTS4, "quadratic", bandwidth=4.0)
    b = W.kernel(POINTS4, "epanechnikov", bandwidth=4.0)
    assert (a.sparse != b.sparse).nnz == 0 and a.spec["kernel"] == "epanechnikov"
    assert W.kernel(POINTS4, "bisquare", bandwidth=4.0).spec["kernel"] == "quartic"


def test_kernel_diagonal_options():
    assert W.kernel(POINTS4, "gaussian", bandwidth=4.0, diagonal=False).diagonal.tolist() == [0.0] * 5
    assert W.kernel(POINTS4, "gaussian", bandwidth=4.0, diagonal=1.0).diagonal.tolist() == [1.0] * 5
    assert W.kernel(POINTS4, "gaussian", bandwidth=4.0, diagonal=False).spec["diagonal"] == "none"


def test_kernel_island_means_no_neighbour_but_itself():
    w = W.kernel(POINTS4, bandwidth=4.0)
    assert w.islands.tolist() == [4]                    # unit 4 has only its own K(0)
    assert w.cardinalities.tolist() == [3, 3, 3, 3, 0]
    assert w.diagonal[4] == 1.0


def test_kernel_unit_exactly_at_bandwidth_gets_no_link():
    # triangular K(1) = 0 is not stored; uniform K(1) = 1/2 is
    assert weight(W.kernel(POINTS4, "triangular", bandwidth=3.0), 0, 3) == 0.0
    assert neighbour_sets(W.kernel(POINTS4, "triangular", bandwidth=3.0))[0] == {1, 2}
    assert weight(W.kernel(POINTS4, "uniform", bandwidth=3.0), 0, 3) == 0.5


def test_kernel_adaptive_hand_values():
    eps = W.LIBPYSAL_EPS
    w = W.kernel(LINE3, "triangular", k=1)
    # h_0 = h_1 = eps * 1, h_2 = eps * 2 (distance to its nearest, unit 1)
    assert weight(w, 0, 1) == pytest.approx(1 - 1 / eps, rel=1e-9)
    assert weight(w, 2, 1) == pytest.approx(1 - 2 / (2 * eps), rel=1e-9)
    assert weight(w, 0, 2) == 0.0 and weight(w, 1, 2) == 0.0
    assert w.spec["fixed"] is False and w.spec["bandwidth_max"] == pytest.approx(2 * eps)


def test_kernel_fixed_bandwidth_from_k_is_largest_kth_distance():
    w = W.kernel(LINE3, "triangular", k=1, fixed=True)
    assert w.spec["bandwidth"] == pytest.approx(2 * W.LIBPYSAL_EPS, rel=1e-15)
    assert weight(w, 0, 1) == pytest.approx(1 - 1 / (2 * W.LIBPYSAL_EPS), rel=1e-12)


def test_kernel_adaptive_keeps_all_units_tied_with_the_kth():
    centre = np.array([[0.0, 0], [1, 0], [0, 1], [-1, 0], [0, -1], [5, 5]])
    w = W.kernel(centre, "uniform", k=2)
    assert neighbour_sets(w)[0] == {1, 2, 3, 4}


def test_kernel_regions_equal_each_region_alone():
    rng = np.random.default_rng(9)
    points = rng.uniform(0, 3000, (90, 2))
    codes = rng.integers(0, 3, 90)
    together = W.kernel(points, "quartic", k=5, regions=codes)
    for code in range(3):
        units = np.flatnonzero(codes == code)
        alone = W.kernel(points[units], "quartic", k=5)
        difference = together.sparse[units][:, units] - alone.sparse
        assert abs(difference).max() == 0 if difference.nnz else True
        assert together.sparse[units].nnz == alone.sparse.nnz  # no link leaves the region


def test_kernel_adaptive_zero_bandwidth_raises():
    points = np.array([[0.0, 0], [0, 0], [0, 0], [4, 4]])
    with pytest.raises(ValueError, match=r"adaptive bandwidth 0 for units 0, 1, 2"):
        W.kernel(points, k=2)


# --- the weights object ----------------------------------------------------------------------------------

def test_row_standardised_rows_sum_to_one_except_islands():
    w = W.distance_band(LINE, 3.0, binary=False).row_standardised()
    sums = np.asarray(w.sparse.sum(axis=1)).ravel()
    assert sums[:4] == pytest.approx([1.0] * 4, rel=1e-15)
    assert sums[4] == 0.0 and w.islands.tolist() == [4]
    assert w.spec["row_standardised"] is True
    assert weight(w, 1, 0) == pytest.approx(1.0 / (1.0 + 0.5))


def test_row_standardised_is_a_new_object():
    w = W.grid(lattice(3, 3))
    r = w.row_standardised()
    assert set(w.sparse.data.tolist()) == {1.0} and w.spec["row_standardised"] is False
    assert r.sparse[4, 0] == pytest.approx(1 / 8)


def test_is_symmetric_detects_asymmetric_values():
    matrix = sp.csr_matrix(np.array([[0, 1.0], [1.0 + 1e-9, 0]]))
    assert not W.SpatialWeights(matrix).is_symmetric()
    assert W.SpatialWeights(sp.csr_matrix(np.array([[0, 1.0], [1.0, 0]]))).is_symmetric()


def test_n_components():
    points = np.vstack([lattice(3, 3), lattice(2, 2) + 10_000, ORIGIN[None, :] - 10_000])
    w = W.grid(points, cell_size=CELL)
    assert w.n_components() == 3
    assert W.knn(points, 1).n_components() == 2  # the lone cell's nearest is in the 3 x 3 block


def test_summary_contents_and_json():
    w = W.distance_band(LINE, 3.0)
    s = w.summary()
    # pairs within 3 on x = 0, 1, 3, 6, 10: (0,1) (0,3) (1,3) (3,6); x = 10 is alone
    assert s["n"] == 5 and s["n_links"] == 8
    assert s["min_neighbours"] == 0 and s["max_neighbours"] == 3
    assert s["mean_neighbours"] == pytest.approx(8 / 5)
    assert s["islands"] == [4] and s["n_islands"] == 1
    assert s["n_components"] == 2 and s["symmetric"] is True
    assert s["spec"]["threshold"] == 3.0
    json.dumps(s)


@pytest.mark.parametrize("build", [
    lambda: W.knn(LINE, 2, regions=np.array([0, 0, 1, 1, 1], dtype=np.int64)),
    lambda: W.kernel(LINE, "gaussian", k=2, regions=np.array([0, 0, 1, 1, 1], dtype=np.int32)),
    lambda: W.grid(lattice(3, 3)),
    lambda: W.distance_band(LINE, np.float64(3.0), binary=False, alpha=np.float32(-1.5)),
], ids=["knn", "kernel", "grid", "distance_band"])
def test_spec_is_json_serialisable_plain_python(build):
    spec = build().spec
    assert json.loads(json.dumps(spec)) == spec


def test_no_explicit_zeros_and_canonical_form():
    matrix = sp.coo_matrix(([0.0, 2.0, 1.0, 1.0], ([0, 0, 1, 1], [1, 2, 0, 0])), shape=(3, 3))
    w = W.SpatialWeights(matrix)
    assert isinstance(w.sparse, sp.csr_matrix) and w.sparse.nnz == 2
    assert w.sparse[1, 0] == 2.0                     # duplicates summed
    assert w.islands.tolist() == [2]


def test_weights_refuse_non_finite_and_non_square():
    with pytest.raises(ValueError, match="finite"):
        W.SpatialWeights(sp.csr_matrix(np.array([[0, np.nan], [1, 0]])))
    with pytest.raises(ValueError, match="square"):
        W.SpatialWeights(sp.csr_matrix(np.ones((2, 3))))


def test_restrict_to_regions_with_codes_labels_or_segments():
    w = W.grid(lattice(4, 1))
    by_codes = w.restrict_to_regions(np.array([0, 0, 1, 1]))
    by_labels = w.restrict_to_regions(["091", "091", "049", "049"])
    by_segments = w.restrict_to_regions(Segments(np.array([1, 1, 0, 0]), 2))
    for r in (by_codes, by_labels, by_segments):
        assert neighbour_sets(r) == {0: {1}, 1: {0}, 2: {3}, 3: {2}}
        assert r.spec["within_regions"] is True


def test_restrict_after_row_standardisation_says_so():
    r = W.grid(lattice(4, 1)).row_standardised().restrict_to_regions([0, 0, 1, 1])
    assert r.spec["row_standardised"] is False
    assert any("row standardisation" in note for note in r.spec["notes"])


def test_subset_keeps_order_and_creates_islands():
    w = W.grid(lattice(3, 3), contiguity="rook")
    s = w.subset(np.array([True, True, False, False, False, False, False, False, True]))
    assert s.n == 3
    assert neighbour_sets(s) == {0: {1}, 1: {0}, 2: set()}
    assert s.spec["n"] == 3 and s.spec["subset_of"] == 9
    t = w.subset([4, 1])
    assert neighbour_sets(t) == {0: {1}, 1: {0}}
    with pytest.raises(ValueError, match="one value per unit"):
        w.subset(np.array([True, False]))


# --- contiguity pairs ---------------------------------------------------------------------------------------

def test_from_pairs_symmetric_default():
    w = W.from_pairs([0, 1], [1, 2], 4)
    assert neighbour_sets(w) == {0: {1}, 1: {0, 2}, 2: {1}, 3: set()}
    assert w.is_symmetric() and w.spec["type"] == "contiguity"


def test_from_pairs_both_directions_given_count_once():
    w = W.from_pairs([0, 1], [1, 0], 2, values=[30.0, 30.0000001])
    assert w.sparse.nnz == 2 and weight(w, 0, 1) == 30.0000001 and weight(w, 1, 0) == 30.0000001


def test_from_pairs_duplicates_sum_and_error():
    w = W.from_pairs([0, 0], [1, 1], 2, values=[10.0, 5.0], duplicates="sum")
    assert weight(w, 1, 0) == 15.0
    with pytest.raises(ValueError, match=r"more than once \(1\): \(0, 1\)"):
        W.from_pairs([0, 1], [1, 0], 2, duplicates="error")


def test_from_pairs_values_and_zero_drop():
    w = W.from_pairs([0, 1], [1, 2], 3, values=[120.5, 0.0])
    assert weight(w, 1, 0) == 120.5
    assert neighbour_sets(w)[2] == set() and w.spec["weighted"] is True


def test_from_pairs_directed_and_regions_and_spec():
    w = W.from_pairs([0, 1, 2], [1, 2, 0], 3, symmetric=False, regions=[5, 5, 7],
                     spec={"type": "queen", "tolerance": 0.5})
    assert neighbour_sets(w) == {0: {1}, 1: set(), 2: set()}
    assert w.spec["type"] == "queen" and w.spec["tolerance"] == 0.5 and w.spec["within_regions"] is True


@pytest.mark.parametrize("args, message", [
    (([0], [0], 2), r"own neighbour: pairs at positions 0"),
    (([0], [2], 2), r"out of range 0..1 at positions 0"),
    (([0, 1], [1], 2), r"same length"),
    (([0], [1], 0), r"n must be"),
    (([0.5], [1], 2), r"whole unit indices"),
])
def test_from_pairs_bad_input(args, message):
    with pytest.raises(ValueError, match=message):
        W.from_pairs(*args)


def test_from_pairs_bad_values():
    with pytest.raises(ValueError, match=r"finite and >= 0; not so at positions 1"):
        W.from_pairs([0, 1], [1, 2], 3, values=[1.0, -2.0])


# --- islands -------------------------------------------------------------------------------------------------

def test_attach_knn_to_islands_links_both_ways():
    points = np.array([[0.0, 0], [1, 0], [2, 0], [50, 0], [100, 0]])
    w = W.distance_band(points, 1.5)
    assert w.islands.tolist() == [3, 4]
    a = W.attach_knn_to_islands(w, points, k=1)
    assert a.islands.tolist() == []
    assert neighbour_sets(a)[3] == {2, 4} and neighbour_sets(a)[4] == {3}
    assert neighbour_sets(a)[2] == {1, 3}
    assert a.is_symmetric()
    assert a.spec["islands_attached"] == {"k": 1, "value": 1.0, "units": [3, 4], "within_regions": False}


def test_attach_knn_to_islands_within_regions():
    points = np.array([[0.0, 0], [1, 0], [50, 0], [52, 0], [90, 0]])
    w = W.distance_band(points, 1.5)
    a = W.attach_knn_to_islands(w, points, k=1, regions=[0, 0, 1, 1, 2])
    assert neighbour_sets(a)[2] == {3} and neighbour_sets(a)[3] == {2}
    assert a.islands.tolist() == [4]                          # alone in its region


def test_attach_knn_keeps_an_existing_link_into_the_island():
    points = np.array([[0.0, 0], [1, 0], [5, 0]])
    w = W.from_pairs([1, 2], [0, 1], 3, symmetric=False, values=[3.0, 1.0])   # nobody is linked *from* 0
    assert w.islands.tolist() == [0]
    a = W.attach_knn_to_islands(w, points, k=1, value=0.5)
    assert weight(a, 0, 1) == 0.5 and weight(a, 1, 0) == 3.0


def test_attach_knn_keeps_existing_weights():
    points = np.array([[0.0, 0], [1, 0], [3, 0]])
    w = W.distance_band(points, 1.5, binary=False, alpha=-2.0)
    a = W.attach_knn_to_islands(w, points, k=1, value=0.25)
    assert weight(a, 0, 1) == 1.0 and weight(a, 2, 1) == 0.25 and weight(a, 1, 2) == 0.25


# --- bad input --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("k", [0, -1, 1.5, True, None])
def test_bad_k(k):
    with pytest.raises(ValueError, match="k must be a whole number >= 1"):
        W.knn(LINE, k)


@pytest.mark.parametrize("bandwidth", [0, -5.0, np.nan, np.inf, "wide"])
def test_bad_bandwidth(bandwidth):
    with pytest.raises(ValueError, match="bandwidth must be a positive number"):
        W.kernel(LINE, bandwidth=bandwidth)


@pytest.mark.parametrize("threshold", [0, -1.0, np.nan])
def test_bad_threshold(threshold):
    with pytest.raises(ValueError, match="threshold must be a positive number"):
        W.distance_band(LINE, threshold)


def test_bandwidth_and_k_together_or_neither():
    with pytest.raises(ValueError, match="either bandwidth .* or k"):
        W.kernel(LINE, bandwidth=3.0, k=2)
    with pytest.raises(ValueError, match="either bandwidth .* or k"):
        W.kernel(LINE)


def test_unknown_kernel():
    with pytest.raises(ValueError, match=r"unknown kernel 'cosine'.*triangular"):
        W.kernel(LINE, "cosine", bandwidth=3.0)


def test_bad_diagonal():
    with pytest.raises(ValueError, match="diagonal must be"):
        W.kernel(LINE, bandwidth=3.0, diagonal=-1.0)


@pytest.mark.parametrize("build", [
    lambda p: W.knn(p, 2), lambda p: W.distance_band(p, 3.0), lambda p: W.kernel(p, k=2),
    lambda p: W.grid(p, cell_size=1.0), lambda p: W.detect_grid(p),
], ids=["knn", "distance_band", "kernel", "grid", "detect_grid"])
def test_nan_coordinates_name_the_units(build):
    points = LINE.copy()
    points[[1, 3], 0] = np.nan
    with pytest.raises(ValueError, match=r"coordinates for units 1, 3"):
        build(points)


@pytest.mark.parametrize("points, message", [
    (np.zeros((0, 2)), "no points"),
    (np.zeros((3, 3)), r"shape \(n, 2\)"),
    ([[0.0, "x"]], "must be numbers"),
])
def test_empty_or_malformed_points(points, message):
    with pytest.raises(ValueError, match=message):
        W.knn(points, 1)


def test_error_lists_are_capped():
    points = np.full((25, 2), np.nan)
    with pytest.raises(ValueError, match=r"units 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 \.\.\. and 15 more"):
        W.knn(points, 1)


def test_regions_of_wrong_length():
    with pytest.raises(ValueError, match=r"one code per unit \(5\)"):
        W.knn(LINE, 1, regions=[0, 1])


def test_attach_needs_matching_points():
    with pytest.raises(ValueError, match="4 points for weights of 5 units"):
        W.attach_knn_to_islands(W.knn(LINE, 1), LINE[:4])


# --- linear memory ------------------------------------------------------------------------------------------

def blob_grid(n_side, seed=4):
    """A round city of 250 m cells with random holes, in random order."""
    rng = np.random.default_rng(seed)
    points = lattice(n_side, n_side)
    centre = points.mean(axis=0)
    inside = np.hypot(*(points - centre).T) < 0.48 * n_side * CELL
    keep = inside & (rng.random(len(points)) > 0.1)
    return points[keep][rng.permutation(int(keep.sum()))]


@pytest.mark.parametrize("build", [
    lambda p: W.grid(p), lambda p: W.knn(p, 8), lambda p: W.distance_band(p, 600.0),
    lambda p: W.kernel(p, k=12),
], ids=["grid", "knn", "distance_band", "kernel"])
def test_memory_is_linear_not_n_squared(build):
    points = blob_grid(300)                  # ~61,000 cells: an n x n float matrix would need ~30 GB
    n = len(points)
    tracemalloc.start()
    try:
        w = build(points)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert w.n == n and w.n_links > 4 * n
    assert peak < 2_500 * n, f"peak {peak / 1e6:.0f} MB for {n} units"


def test_grid_equals_distance_band_queen_on_large_blob():
    points = blob_grid(120)
    queen = W.grid(points)
    band = W.distance_band(points, CELL * math.sqrt(2) * 1.0001)
    assert (queen.sparse != band.sparse).nnz == 0


def test_query_blocks_do_not_change_the_result(monkeypatch):
    rng = np.random.default_rng(21)
    points = np.vstack([blob_grid(30), rng.uniform(0, 5000, (50, 2)) + ORIGIN])
    codes = rng.integers(0, 3, len(points))
    expected = [W.knn(points, 5, regions=codes), W.kernel(points, "gaussian", k=7)]
    monkeypatch.setattr(W, "QUERY_BLOCK", 7)
    got = [W.knn(points, 5, regions=codes), W.kernel(points, "gaussian", k=7)]
    for a, b in zip(expected, got):
        assert (a.sparse != b.sparse).nnz == 0 and a.spec == b.spec
