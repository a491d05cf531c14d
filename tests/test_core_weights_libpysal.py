"""Spatial weights against libpysal (test oracle only): same neighbour sets and weights to 1e-12.

Data: the centroids of the 167 Paavo postal-code areas of the sample (EPSG:3067, read with osgeo.ogr),
random points, and regular lattices (libpysal.weights.lat2W). The first tests need no libpysal: they
check the values printed in libpysal's own docstrings.
"""

import json
import math

import numpy as np
import pytest
import scipy.sparse as sp

from segregation_analysis.core import weights as W

from conftest import SAMPLE_LAYER

#: The six points of libpysal's distance.py docstrings.
DOC_POINTS = np.array([(10, 10), (20, 10), (40, 10), (15, 20), (30, 20), (30, 30)], dtype=float)
KERNEL_FUNCTIONS = ("triangular", "uniform", "quadratic", "quartic", "gaussian")

# libpysal warns about islands and disconnected components on purpose-built cases, and DistanceBand raises
# its zero self-distances to the power alpha (scipy warns) before dropping them
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:libpysal", "ignore::RuntimeWarning:libpysal",
                                        "ignore:divide by zero encountered:RuntimeWarning:scipy")


def row(w, i):
    """{neighbour: weight} of unit i, self included."""
    csr = w.sparse
    span = slice(csr.indptr[i], csr.indptr[i + 1])
    return dict(zip(csr.indices[span].tolist(), csr.data[span].tolist()))


# --- values printed in libpysal's docstrings (no libpysal needed) ---------------------------------------------

def test_docstring_knn():
    w = W.knn(DOC_POINTS, 2)
    assert row(w, 0) == {1: 1.0, 3: 1.0} and row(w, 1) == {0: 1.0, 3: 1.0}


def test_docstring_distance_band():
    assert row(W.distance_band(DOC_POINTS, 11.2, binary=False), 0) == pytest.approx({1: 0.1, 3: 0.08944271909999159})
    assert row(W.distance_band(DOC_POINTS, 11.2, binary=False, alpha=-2.0), 0) == pytest.approx({1: 0.01, 3: 0.008})
    assert W.distance_band(DOC_POINTS, 11.2).islands.tolist() == [2]


def test_docstring_kernel_fixed_from_k():
    w = W.kernel(DOC_POINTS, k=2, fixed=True)          # libpysal Kernel(points): fixed, k=2
    assert row(w, 0) == pytest.approx({0: 1.0, 1: 0.500000049999995, 3: 0.4409830615267465}, rel=1e-14)
    assert w.spec["bandwidth"] == pytest.approx(20.000002)


def test_docstring_kernel_fixed_bandwidth():
    assert row(W.kernel(DOC_POINTS, bandwidth=15.0), 0) == pytest.approx(
        {0: 1.0, 1: 0.33333333333333337, 3: 0.2546440075000701}, rel=1e-14)


def test_docstring_kernel_adaptive():
    w = W.kernel(DOC_POINTS, k=2)                      # libpysal Kernel(points, fixed=False)
    assert row(w, 0) == pytest.approx({0: 1.0, 1: 0.10557289844279438, 3: 9.99999900663795e-08}, rel=1e-9)
    assert w.spec["bandwidth_min"] == pytest.approx(11.18034101)
    assert w.spec["bandwidth_max"] == pytest.approx(20.000002)
    g = W.kernel(DOC_POINTS, "gaussian", k=2)
    assert row(g, 0) == pytest.approx({0: 0.3989422804014327, 1: 0.2674190291577696, 3: 0.2419707487162134},
                                      rel=1e-14)


def test_docstring_kernel_gaussian_diagonal_one():
    w = W.kernel(DOC_POINTS, "gaussian", k=2, fixed=True, diagonal=1.0)   # libpysal diagonal=True
    assert row(w, 0) == pytest.approx({0: 1.0, 1: 0.35206533556593145, 3: 0.3412334260702758}, rel=1e-14)
    assert row(w, 2) == pytest.approx({1: 0.2419707487162134, 2: 1.0, 4: 0.31069657591175387}, rel=1e-14)


# --- libpysal as an oracle ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def libpysal():
    return pytest.importorskip("libpysal")


@pytest.fixture(scope="module")
def paavo(sample_gpkg):
    """(centroids [167, 2], municipality codes) of the sample's postal-code areas, read with osgeo.ogr."""
    ogr = pytest.importorskip("osgeo.ogr")
    dataset = ogr.Open(str(sample_gpkg))
    layer = dataset.GetLayerByName(SAMPLE_LAYER)
    points, kunta = [], []
    for feature in layer:
        centroid = feature.GetGeometryRef().Centroid()
        points.append((centroid.GetX(), centroid.GetY()))
        kunta.append(feature.GetField("kunta"))
    del layer, dataset
    return np.array(points), np.array(kunta)


@pytest.fixture(scope="module")
def random_points():
    """400 points: a uniform scatter and a tight cluster (metres)."""
    rng = np.random.default_rng(2019)
    return np.vstack([rng.uniform(0, 20_000, (300, 2)), rng.normal(10_000, 800, (100, 2))])


@pytest.fixture(params=["paavo", "random"])
def points(request, paavo, random_points):
    return paavo[0] if request.param == "paavo" else random_points


def their_csr(w):
    """libpysal W -> csr in id order, without libpysal's explicit zeros."""
    matrix = sp.csr_matrix(w.sparse, dtype=float)
    matrix.eliminate_zeros()
    matrix.sort_indices()
    return matrix


def assert_same_weights(ours, theirs, rtol=1e-12):
    """Identical neighbour sets (sparsity pattern) and weights within rtol."""
    a, b = ours.sparse, their_csr(theirs)
    assert a.shape == b.shape
    assert np.array_equal(a.indptr, b.indptr), "different numbers of neighbours"
    assert np.array_equal(a.indices, b.indices), "different neighbours"
    np.testing.assert_allclose(a.data, b.data, rtol=rtol, atol=0)


@pytest.mark.parametrize("k", [1, 2, 4, 8, 15])
def test_knn_equals_libpysal(libpysal, points, k):
    assert_same_weights(W.knn(points, k), libpysal.weights.KNN.from_array(points, k=k))


def test_points_have_no_distance_ties(paavo, random_points):
    # the KNN comparison is only exact because no unit has two neighbours at the same distance
    for pts in (paavo[0], random_points):
        d = W.distance_band(pts, 1e9, binary=False)
        rows = np.repeat(np.arange(d.n), np.diff(d.sparse.indptr))
        pairs = np.unique(np.column_stack([rows, d.sparse.data]), axis=0)
        assert len(pairs) == d.sparse.nnz


def scaled(points, fraction):
    """A distance that is ``fraction`` of the points' extent."""
    return fraction * float(np.ptp(points, axis=0).max())


@pytest.mark.parametrize("fraction", [0.05, 0.1, 0.25])
@pytest.mark.parametrize("binary, alpha", [(True, -1.0), (False, -1.0), (False, -2.0), (False, -0.5)])
def test_distance_band_equals_libpysal(libpysal, points, fraction, binary, alpha):
    threshold = scaled(points, fraction)
    theirs = libpysal.weights.DistanceBand.from_array(points, threshold, binary=binary, alpha=alpha,
                                                      silence_warnings=True)
    ours = W.distance_band(points, threshold, binary=binary, alpha=alpha)
    assert_same_weights(ours, theirs)
    assert ours.islands.tolist() == sorted(theirs.islands)


@pytest.mark.parametrize("function", KERNEL_FUNCTIONS)
@pytest.mark.parametrize("k", [2, 6, 12])
def test_kernel_adaptive_equals_libpysal(libpysal, points, function, k):
    theirs = libpysal.weights.Kernel(points, function=function, k=k, fixed=False)
    assert_same_weights(W.kernel(points, function, k=k), theirs)


@pytest.mark.parametrize("function", KERNEL_FUNCTIONS)
@pytest.mark.parametrize("k", [2, 5])
def test_kernel_fixed_from_k_equals_libpysal(libpysal, points, function, k):
    theirs = libpysal.weights.Kernel(points, function=function, k=k, fixed=True)
    ours = W.kernel(points, function, k=k, fixed=True)
    assert_same_weights(ours, theirs)
    assert ours.spec["bandwidth"] == pytest.approx(float(theirs.bandwidth[0, 0]), rel=1e-15)


@pytest.mark.parametrize("function", KERNEL_FUNCTIONS)
@pytest.mark.parametrize("fraction", [0.08, 0.2])
def test_kernel_fixed_bandwidth_equals_libpysal(libpysal, points, function, fraction):
    bandwidth = scaled(points, fraction)
    theirs = libpysal.weights.Kernel(points, function=function, bandwidth=bandwidth)
    assert_same_weights(W.kernel(points, function, bandwidth=bandwidth), theirs)


@pytest.mark.parametrize("function", KERNEL_FUNCTIONS)
def test_kernel_diagonal_one_equals_libpysal_diagonal_true(libpysal, points, function):
    theirs = libpysal.weights.Kernel(points, function=function, k=6, fixed=False, diagonal=True)
    assert_same_weights(W.kernel(points, function, k=6, diagonal=1.0), theirs)


def test_kernel_fill_diagonal_as_pysal_segregation(libpysal, paavo):
    # PySAL's segregation builds Kernel(bandwidth=...) and then fill_diagonal(w) (1.0)
    theirs = libpysal.weights.util.fill_diagonal(libpysal.weights.Kernel(paavo[0], bandwidth=3000.0,
                                                                        function="gaussian"))
    assert_same_weights(W.kernel(paavo[0], "gaussian", bandwidth=3000.0, diagonal=1.0), theirs)


def test_kernel_without_diagonal_equals_libpysal_minus_its_diagonal(libpysal, paavo):
    theirs = libpysal.weights.Kernel(paavo[0], function="quartic", k=6, fixed=False)
    expected = their_csr(theirs) - sp.diags(their_csr(theirs).diagonal())
    ours = W.kernel(paavo[0], "quartic", k=6, diagonal=False)
    assert abs(ours.sparse - expected).max() == 0.0 and ours.diagonal.max() == 0.0


def test_knn_within_municipalities_equals_libpysal_per_municipality(libpysal, paavo):
    points, kunta = paavo
    ours = W.knn(points, 6, regions=kunta)
    assert ours.spec["within_regions"] is True
    alone = [code for code in np.unique(kunta) if (kunta == code).sum() == 1]
    assert alone == ["235"]                         # Kauniainen is one postal-code area: an island
    assert ours.islands.tolist() == np.flatnonzero(kunta == "235").tolist()
    for code in ("049", "091", "092"):              # Espoo, Helsinki, Vantaa
        units = np.flatnonzero(kunta == code)
        theirs = libpysal.weights.KNN.from_array(points[units], k=6)
        assert abs(ours.sparse[units][:, units] - their_csr(theirs)).max() == 0.0
        assert ours.sparse[units].nnz == their_csr(theirs).nnz  # nothing outside the municipality


def test_kernel_within_municipalities_equals_libpysal_per_municipality(libpysal, paavo):
    points, kunta = paavo
    ours = W.kernel(points, "gaussian", k=4, regions=kunta)
    for code in ("049", "091", "092"):
        units = np.flatnonzero(kunta == code)
        theirs = libpysal.weights.Kernel(points[units], function="gaussian", k=4, fixed=False)
        np.testing.assert_allclose(ours.sparse[units][:, units].toarray(), their_csr(theirs).toarray(),
                                   rtol=1e-12, atol=0)


def test_row_standardisation_islands_and_components_equal_libpysal(libpysal, paavo):
    threshold = 1800.0
    theirs = libpysal.weights.DistanceBand.from_array(paavo[0], threshold, binary=False, silence_warnings=True)
    ours = W.distance_band(paavo[0], threshold, binary=False)
    assert len(theirs.islands) > 0, "the threshold should leave some islands"
    assert ours.islands.tolist() == sorted(theirs.islands)
    assert ours.n_components() == theirs.n_components
    assert ours.cardinalities.tolist() == [theirs.cardinalities[i] for i in range(theirs.n)]
    theirs.transform = "r"
    assert_same_weights(ours.row_standardised(), theirs, rtol=1e-14)


def test_summary_equals_libpysal(libpysal, paavo):
    theirs = libpysal.weights.KNN.from_array(paavo[0], k=5)
    summary = W.knn(paavo[0], 5).summary()
    assert summary["mean_neighbours"] == theirs.mean_neighbors
    assert summary["n_links"] == theirs.s0
    assert summary["symmetric"] is False and len(theirs.asymmetry()) > 0
    json.dumps(summary)


def lattice_points(nrows, ncols, cell=250.0):
    """Cell centres in lat2W's id order (id = row * ncols + col)."""
    ids = np.arange(nrows * ncols)
    return np.column_stack([ids % ncols, ids // ncols]) * cell + [500_125.0, 7_000_125.0]


@pytest.mark.parametrize("rook, contiguity", [(True, "rook"), (False, "queen")])
@pytest.mark.parametrize("shape", [(3, 3), (7, 11), (1, 9), (40, 25)])
def test_grid_equals_lat2w(libpysal, rook, contiguity, shape):
    nrows, ncols = shape
    theirs = their_csr(libpysal.weights.lat2W(nrows, ncols, rook=rook))
    points = lattice_points(nrows, ncols)
    order = np.random.default_rng(nrows * ncols).permutation(len(points))  # any unit order
    ours = W.grid(points[order], contiguity=contiguity).sparse
    back = np.argsort(order)                                               # original id -> our row
    assert abs(ours[back][:, back] - theirs).max() == 0.0 if theirs.nnz else ours.nnz == 0
    assert ours.nnz == theirs.nnz


def test_grid_queen_and_rook_equal_distance_bands_on_a_blob(libpysal):
    rng = np.random.default_rng(12)
    points = lattice_points(60, 60)
    centre = points.mean(axis=0)
    points = points[(np.hypot(*(points - centre).T) < 7000) & (rng.random(len(points)) > 0.15)]
    cell = W.detect_grid(points)
    assert cell == 250.0
    for contiguity, threshold in (("queen", cell * math.sqrt(2) * 1.0001), ("rook", cell * 1.0001)):
        band = libpysal.weights.DistanceBand.from_array(points, threshold, silence_warnings=True)
        assert_same_weights(W.grid(points, contiguity=contiguity), band)


def test_libpysal_attach_islands_agrees(libpysal, paavo):
    threshold = 1800.0
    theirs = libpysal.weights.DistanceBand.from_array(paavo[0], threshold, silence_warnings=True)
    attached = libpysal.weights.util.attach_islands(theirs, libpysal.weights.KNN.from_array(paavo[0], k=1))
    ours = W.attach_knn_to_islands(W.distance_band(paavo[0], threshold), paavo[0], k=1)
    assert ours.islands.tolist() == [] and attached.islands == []
    # libpysal links only island -> nearest (one direction); ours links both ways
    theirs_csr = their_csr(attached)
    assert abs(ours.sparse - theirs_csr.maximum(theirs_csr.T)).max() == 0.0
