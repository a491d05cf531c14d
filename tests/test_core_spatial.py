"""Spatial segregation indices (core/spatial.py, core/geometry.py): published values, PySAL, hand cases.

(a) Sacramento tracts, group HISP_ against TOT_POP: the values published by pysal/segregation's test suite.
    The geometry is read with GDAL (ogr/osr) and reprojected from NAD83 lon/lat (EPSG:4269) to UTM 10N
    (EPSG:26910), as PySAL's tests do. Contiguity comes from shared vertices, as libpysal builds it.
    Some published values were computed by PySAL on the *unprojected* lon/lat file (Delta, concentration,
    centralization, BoundarySpatialDissim): areas in square degrees and centroids in degrees. For those we
    (1) compare our UTM value with PySAL computed here on the UTM GeoDataFrame, and (2) show that the same
    formula on the degree arrays gives the published number (our functions refuse a geographic CRS, so the
    degree arrays are passed as a geometry *declared* planar, only to pin the formula).
(b) PySAL as an oracle on the plugin's Paavo sample, per municipality (rows with NULL/-1 dropped).
(c) Hand cases: checkerboard vs halves, concentration, centralization, both distance-decay conventions.
(d) Regions, the FFT path on grids and bad input.
"""

import dataclasses

import numpy as np
import pytest
from scipy import sparse

from segregation_analysis.core import aspatial, spatial
from segregation_analysis.core.geometry import UnitGeometry, detect_grid
from spatial_oracle import (PYSAL_SPATIAL, paavo_sample, pysal_paavo, pysal_sacramento_utm, pysal_spatial,
                            sacramento)

SPATIAL_IDS = tuple(PYSAL_SPATIAL)
GEOMETRY_IDS = tuple(i for i in SPATIAL_IDS if i != "spatial_dissimilarity")
DECAY_IDS = ("spatial_proximity", "absolute_clustering", "relative_clustering", "distance_decay_isolation",
             "distance_decay_exposure")
EXACT = dict(rel=1e-9, abs=1e-12)


def index(index_id):
    return getattr(spatial, index_id)


def call(index_id, x, t, geometry, queen, **kwargs):
    """Spatial dissimilarity takes contiguity weights, every other index the geometry."""
    return index(index_id)(x, t, queen if index_id == "spatial_dissimilarity" else geometry, **kwargs)


# --- (a) Sacramento --------------------------------------------------------------------------------------------

# pysal/segregation tests (reference README): value and the tolerance (absolute) they are published with.
PUBLISHED = {
    "spatial_dissimilarity": (0.2611974332919437, 0.5e-4),
    "boundary_spatial_dissimilarity": (0.2638936888653678, 0.5e-2),
    "perimeter_area_dissimilarity": (0.3112698489030527, 0.5e-4),
    "relative_clustering": (0.5172753899054523, 1e-6),
    "absolute_clustering": (0.0607015, 0.5e-4),
    "delta": (0.8044969214141899, 1e-9),
    "absolute_concentration": (0.8512824549657465, 1e-9),
    "relative_concentration": (0.12733820870675222, 1e-9),
    "absolute_centralization": (0.6891422368736286, 1e-9),
    "relative_centralization": (-0.11194177550430595, 1e-9),
    "distance_decay_isolation": (0.20144710843904595, 1e-6),
    "distance_decay_exposure": (0.8620769567792631, 1e-6),   # PySAL: DistanceDecayInteraction
    "spatial_proximity": (1.0467806527410652, 1e-6),
}
#: Published values that PySAL computed on the lon/lat file (degrees), not on UTM.
PUBLISHED_IN_LONLAT = ("boundary_spatial_dissimilarity", "delta", "absolute_concentration",
                       "relative_concentration", "absolute_centralization", "relative_centralization")


@pytest.fixture(scope="module")
def tracts():
    return sacramento()


@pytest.fixture(scope="module")
def pysal_utm():
    pytest.importorskip("segregation")
    frame = pysal_sacramento_utm()
    return {i: pysal_spatial(i, frame, "HISP_", "TOT_POP") for i in SPATIAL_IDS}


def test_published_values_cover_every_spatial_index():
    assert set(PUBLISHED) == set(SPATIAL_IDS)


@pytest.mark.parametrize("index_id", sorted(set(SPATIAL_IDS) - set(PUBLISHED_IN_LONLAT)))
def test_sacramento_published_projected(tracts, index_id):
    """Published values computed by PySAL in UTM (or CRS-free: queen contiguity), within their tolerance."""
    value, tolerance = PUBLISHED[index_id]
    ours = call(index_id, tracts["x"], tracts["t"], tracts["utm"], tracts["queen"])
    assert ours == pytest.approx(value, abs=tolerance, rel=0)


@pytest.mark.parametrize("index_id", SPATIAL_IDS)
def test_sacramento_utm_equals_pysal_on_utm(tracts, pysal_utm, index_id):
    """Our value on the UTM geometry equals PySAL's on the GeoDataFrame reprojected by geopandas."""
    ours = call(index_id, tracts["x"], tracts["t"], tracts["utm"], tracts["queen"])
    assert ours == pytest.approx(pysal_utm[index_id], **EXACT)


@pytest.mark.parametrize("index_id", PUBLISHED_IN_LONLAT)
def test_sacramento_published_lonlat_values(tracts, index_id):
    """The published number was PySAL on degrees; the same degree arrays, declared planar (our functions
    refuse a geographic CRS), give it exactly: the formula is PySAL's, only the CRS differs."""
    degrees = dataclasses.replace(tracts["lonlat"], crs_is_geographic=False)
    value, tolerance = PUBLISHED[index_id]
    ours = call(index_id, tracts["x"], tracts["t"], degrees, tracts["queen"])
    assert ours == pytest.approx(value, abs=min(tolerance, 1e-9), rel=0)
    projected = call(index_id, tracts["x"], tracts["t"], tracts["utm"], tracts["queen"])
    assert projected == pytest.approx(value, abs=0.01)  # the CRS moves it in the 3rd or 4th decimal
    if index_id != "boundary_spatial_dissimilarity":
        assert abs(projected - value) > 1e-5


@pytest.mark.parametrize("index_id", GEOMETRY_IDS)
def test_sacramento_lonlat_geometry_is_refused(tracts, index_id):
    with pytest.raises(ValueError, match=r"EPSG:3067"):
        call(index_id, tracts["x"], tracts["t"], tracts["lonlat"], tracts["queen"])


def test_spatial_dissimilarity_is_crs_free_and_below_aspatial(tracts):
    """Contiguity weights carry no distances: no CRS check; D(adj) <= D for this city."""
    value = spatial.spatial_dissimilarity(tracts["x"], tracts["t"], tracts["queen"])
    assert value < aspatial.dissimilarity(tracts["x"], tracts["t"])


def _dense_massey_denton(x, t, geometry, scale=1000.0):
    """The papers' formulas with a dense matrix: c_ij = exp(-d_ij / scale), d_ii = sqrt(0.6 a_i)."""
    c = np.exp(-np.hypot(*(geometry.centroids[:, None, :] - geometry.centroids[None, :, :]).transpose(2, 0, 1)) / scale)
    np.fill_diagonal(c, np.exp(-np.sqrt(0.6 * geometry.areas) / scale))
    y = t - x
    X, Y, T, n = x.sum(), y.sum(), t.sum(), len(x)
    pxx, pyy, ptt = x @ c @ x / X ** 2, y @ c @ y / Y ** 2, t @ c @ t / T ** 2
    k = c * t[None, :] / (c @ t)[:, None]
    return {
        "spatial_proximity": (X * pxx + Y * pyy) / (T * ptt),
        "absolute_clustering": (x @ c @ x / X - X / n ** 2 * c.sum()) / (x @ c @ t / X - X / n ** 2 * c.sum()),
        "relative_clustering": pxx / pyy - 1,
        "distance_decay_isolation": (x / X) @ (k @ np.where(t > 0, x / np.where(t > 0, t, 1), 0)),
        "distance_decay_exposure": (x / X) @ (k @ np.where(t > 0, y / np.where(t > 0, t, 1), 0)),
    }


@pytest.mark.parametrize("index_id", DECAY_IDS)
def test_sacramento_massey_denton_convention_equals_dense_formula(tracts, index_id):
    expected = _dense_massey_denton(tracts["x"], tracts["t"], tracts["utm"])[index_id]
    ours = index(index_id)(tracts["x"], tracts["t"], tracts["utm"], convention="massey_denton")
    assert ours == pytest.approx(expected, rel=1e-10)
    pysal_value = index(index_id)(tracts["x"], tracts["t"], tracts["utm"])
    assert abs(ours - pysal_value) > 1e-3  # the conventions really differ


def test_massey_denton_scale_is_the_distance_unit(tracts):
    """scale=1000 means distances in km: the same as metres scaled down by hand."""
    g = tracts["utm"]
    km = dataclasses.replace(g, centroids=g.centroids / 1000, areas=g.areas / 1e6)
    a = spatial.spatial_proximity(tracts["x"], tracts["t"], g, convention="massey_denton", scale=1000.0)
    b = spatial.spatial_proximity(tracts["x"], tracts["t"], km, convention="massey_denton", scale=1.0)
    assert a == pytest.approx(b, rel=1e-12)


# --- (b) PySAL oracle on the Paavo sample, per municipality -----------------------------------------------------

@pytest.fixture(scope="module")
def paavo():
    return paavo_sample()


@pytest.fixture(scope="module")
def paavo_pysal(paavo):
    """PySAL on each municipality with at least two postal areas (Kauniainen has one)."""
    pytest.importorskip("segregation")
    frame = pysal_paavo(paavo["keep"])
    return {code: {i: pysal_spatial(i, frame[frame.kunta == code].reset_index(drop=True), "ko_perus", "ko_ika18y")
                   for i in SPATIAL_IDS}
            for code in ("049", "091", "092")}


@pytest.mark.parametrize("index_id", SPATIAL_IDS)
def test_paavo_per_municipality_equals_pysal(paavo, paavo_pysal, index_id):
    ours = call(index_id, paavo["x"], paavo["t"], paavo["geometry"], paavo["queen"], regions=paavo["kunta"])
    # region labels sort as text: 049, 091, 092, 235
    for k, code in enumerate(("049", "091", "092")):
        expected = paavo_pysal[code][index_id]
        if index_id == "boundary_spatial_dissimilarity" and code == "091":
            assert np.isnan(expected)  # island postal areas: see the next test
            continue
        assert ours[k] == pytest.approx(expected, **EXACT), code


def test_paavo_boundary_dissimilarity_with_islands(paavo):
    """Helsinki has island postal areas without a shared boundary. PySAL row-standardises their empty rows
    (0/0) and returns NaN; we leave those units out of the neighbour term (they still count in D).
    Unstandardised, both agree; standardised, ours equals PySAL's own length matrix with the empty rows left out."""
    pytest.importorskip("segregation")
    from segregation._base import _return_length_weighted_w
    frame = pysal_paavo(paavo["keep"])
    helsinki = frame[frame.kunta == "091"].reset_index(drop=True)
    mask = paavo["kunta"] == "091"
    x, t, g = paavo["x"][mask], paavo["t"][mask], paavo["geometry"].subset(mask)
    raw = pysal_spatial("boundary_spatial_dissimilarity", helsinki, "ko_perus", "ko_ika18y", standardize=False)
    assert spatial.boundary_spatial_dissimilarity(x, t, g, standardize=False) == pytest.approx(raw, **EXACT)
    lengths = _return_length_weighted_w(helsinki).sparse.toarray()
    rows = lengths.sum(axis=1)
    assert (rows == 0).any()
    c = lengths[rows > 0] / rows[rows > 0, None]
    p = x / t
    expected = aspatial.dissimilarity(x, t) - (c * np.abs(p[rows > 0, None] - p[None, :])).sum() / c.sum()
    assert spatial.boundary_spatial_dissimilarity(x, t, g) == pytest.approx(expected, **EXACT)


@pytest.mark.parametrize("index_id", SPATIAL_IDS)
def test_paavo_regions_at_once_equal_each_municipality_alone(paavo, index_id):
    together = call(index_id, paavo["x"], paavo["t"], paavo["geometry"], paavo["queen"], regions=paavo["kunta"])
    for k, code in enumerate(np.unique(paavo["kunta"])):
        mask = paavo["kunta"] == code
        alone = call(index_id, paavo["x"][mask], paavo["t"][mask], paavo["geometry"].subset(mask),
                     paavo["queen"][mask][:, mask])
        np.testing.assert_allclose(together[k], alone, rtol=1e-10, atol=1e-13, equal_nan=True, err_msg=code)


def test_paavo_single_unit_municipality(paavo):
    """Kauniainen (235) has one postal area: evenness against itself is 0 or undefined, never an error."""
    g, x, t, regions = paavo["geometry"], paavo["x"], paavo["t"], paavo["kunta"]
    last = -1  # '235' sorts last
    assert spatial.delta(x, t, g, regions=regions)[last] == 0.0
    assert spatial.absolute_centralization(x, t, g, regions=regions)[last] == 0.0
    assert spatial.spatial_proximity(x, t, g, regions=regions)[last] == pytest.approx(1.0)
    assert np.isnan(spatial.spatial_dissimilarity(x, t, paavo["queen"], regions=regions)[last])


# --- (c) hand cases ---------------------------------------------------------------------------------------------

def grid(rows, cols, cell=100.0, origin=(385000.0, 6672000.0)):
    """Square cells: centroids, areas, perimeters and rook shared boundaries (length = cell)."""
    r, c = np.divmod(np.arange(rows * cols), cols)
    centroids = np.column_stack([origin[0] + (c + 0.5) * cell, origin[1] + (r + 0.5) * cell])
    right = (c < cols - 1)
    below = (r < rows - 1)
    i = np.r_[np.flatnonzero(right), np.flatnonzero(below)]
    j = np.r_[np.flatnonzero(right) + 1, np.flatnonzero(below) + cols]
    boundaries = UnitGeometry.boundaries_from_pairs(rows * cols, i, j, np.full(len(i), cell))
    n = rows * cols
    geometry = UnitGeometry(centroids, np.full(n, cell ** 2), np.full(n, 4 * cell), boundaries, crs="EPSG:3067")
    rook = boundaries.copy()
    rook.data[:] = 1.0
    return geometry, rook


def layout(pattern):
    """'G' cells hold 10 of the group, 'N' cells 10 others: every unit has t = 10."""
    cells = np.array([list(row) for row in pattern]).ravel()
    return np.where(cells == "G", 10.0, 0.0), np.full(len(cells), 10.0)


CHECKERBOARD_2 = ["GN", "NG"]
HALVES_2 = ["GN", "GN"]
CHECKERBOARD_3 = ["GNG", "NGN", "GNG"]
HALVES_3 = ["GGN", "GGN", "GNN"]


@pytest.mark.parametrize("pattern, spatial_d", [(CHECKERBOARD_2, 0.0), (HALVES_2, 0.5),
                                                (CHECKERBOARD_3, 0.0), (HALVES_3, 2 / 3)])
def test_checkerboard_and_halves_have_the_same_d_but_not_the_same_spatial_d(pattern, spatial_d):
    """Both layouts are completely segregated (D = 1); with rook neighbours every pair of a checkerboard
    differs (D(adj) = 1 - 1 = 0), while halves share most borders (2x2: 2 of 4 pairs differ; 3x3: 4 of 12)."""
    g, rook = grid(len(pattern), len(pattern[0]))
    x, t = layout(pattern)
    assert aspatial.dissimilarity(x, t) == pytest.approx(1.0)
    assert spatial.spatial_dissimilarity(x, t, rook) == pytest.approx(spatial_d, abs=1e-12)
    assert spatial.boundary_spatial_dissimilarity(x, t, g, standardize=False) == pytest.approx(spatial_d, abs=1e-12)
    # equal squares: (PA_i + PA_j) / (2 max PA) = 1 and standardised lengths: D(s) = D(w) unstandardised
    assert spatial.perimeter_area_dissimilarity(x, t, g) == pytest.approx(spatial_d, abs=1e-12)


def test_boundary_dissimilarity_row_standardised_by_hand():
    """3x3 halves, each row of boundary lengths divided by its sum: the mean over cells of the share of
    differing neighbours is (1/3 + 1/2 + 1/2 + 1/3 + 1/2 + 2/3) / 9 = 17/54, so D(w) = 1 - 17/54."""
    g, _ = grid(3, 3)
    x, t = layout(HALVES_3)
    assert spatial.boundary_spatial_dissimilarity(x, t, g) == pytest.approx(37 / 54, abs=1e-12)


def strip(areas, x, t, spacing=1000.0):
    """Units in a row, ``spacing`` metres apart, with the given areas (m²)."""
    n = len(areas)
    centroids = np.column_stack([385000.0 + spacing * np.arange(n), np.full(n, 6672000.0)])
    geometry = UnitGeometry(centroids, np.asarray(areas, float), crs="EPSG:3067")
    return geometry, np.asarray(x, float), np.asarray(t, float)


def test_delta_and_concentration_by_hand():
    """Group in the two smallest units (areas 1, 1, 2, 4 km²; x = 5, 5, 0, 0 of t = 10 each).

    Delta = 1/2 (|.5-.125| + |.5-.125| + |0-.25| + |0-.5|) = 0.75. n1 = 1 (the smallest unit holds X = 10
    already), n2 = 3: the concentration bounds are the smallest unit (1 km²) and the largest (4 km²), and the
    group's mean area is 1 km²: ACO = 1 - (1 - 1)/(4 - 1) = 1. The rest's mean area is 7/3 km², so
    RCO = (3/7 - 1) / (1/4 - 1) = 16/21.
    """
    g, x, t = strip(np.array([1, 1, 2, 4]) * 1e6, [5, 5, 0, 0], [10, 10, 10, 10])
    assert spatial.delta(x, t, g) == pytest.approx(0.75)
    assert spatial.absolute_concentration(x, t, g) == pytest.approx(1.0)
    assert spatial.relative_concentration(x, t, g) == pytest.approx(16 / 21)


def test_concentration_of_the_group_in_the_largest_units_is_negative():
    g, x, t = strip(np.array([1, 1, 2, 4]) * 1e6, [0, 0, 5, 5], [10, 10, 10, 10])
    assert spatial.relative_concentration(x, t, g) < 0
    assert spatial.absolute_concentration(x, t, g) < 0.5


def test_centralization_with_one_centre_at_a_corner():
    """3x3 grid of 100 m cells, centre at the grid's corner, the group only in the corner cell: its X curve
    jumps to 1 at the first step, so ACE = 1 - 1/9 and RCE = 1."""
    g, _ = grid(3, 3)
    corner = g.centroids.min(axis=0) - 50.0
    x, t = layout(["GNN", "NNN", "NNN"])
    assert spatial.absolute_centralization(x, t, g, center=corner) == pytest.approx(8 / 9)
    assert spatial.relative_centralization(x, t, g, center=corner) == pytest.approx(1.0)
    even = np.full(9, 5.0)  # half of every cell: no centralization
    assert spatial.absolute_centralization(even, t, g, center=corner) == pytest.approx(0.0, abs=1e-12)
    assert spatial.relative_centralization(even, t, g, center=corner) == pytest.approx(0.0, abs=1e-12)


def test_centralization_ignores_the_order_of_units_at_the_same_distance():
    """Cells (0,1) and (1,0) are equally far from the corner and form one step, in any input order. The group
    is in (0,1): after the corner cell (X = 0, A = 1/9) the step reaches X = 1, A = 3/9, so
    ACE = (0 - 1/9) + (1 - 3/9) = 5/9, the mean of the two orders a sort could pick (6/9 and 4/9)."""
    g, _ = grid(3, 3)
    corner = g.centroids.min(axis=0) - 50.0
    x, t = layout(["NGN", "NNN", "NNN"])
    value = spatial.absolute_centralization(x, t, g, center=corner)
    assert value == pytest.approx(5 / 9)
    swapped = np.array([0, 3, 2, 1, 4, 5, 6, 7, 8])
    moved = UnitGeometry(g.centroids[swapped], g.areas[swapped], crs="EPSG:3067")
    again = spatial.absolute_centralization(x[swapped], t[swapped], moved, center=corner)
    assert again == pytest.approx(value, abs=1e-15)


def test_polycentric_with_coinciding_centres_equals_one_centre(tracts):
    g, x, t = tracts["utm"], tracts["x"], tracts["t"]
    centre = g.centroids.mean(axis=0) + [1234.5, -678.9]
    for f in (spatial.absolute_centralization, spatial.relative_centralization):
        assert f(x, t, g, center=np.array([centre, centre])) == pytest.approx(f(x, t, g, center=centre), abs=1e-15)


def test_polycentric_distance_is_to_the_nearest_centre():
    """Six units in a row with a centre at each end; the group lives in both end units: they are the first
    step (distance 0) together, so ACE = 1 - 2/6 and RCE = 1."""
    g, x, t = strip(np.full(6, 1e4), [10, 0, 0, 0, 0, 10], np.full(6, 10.0))
    ends = g.centroids[[0, 5]]
    assert spatial.absolute_centralization(x, t, g, center=ends) == pytest.approx(2 / 3)
    assert spatial.relative_centralization(x, t, g, center=ends) == pytest.approx(1.0)
    assert spatial.relative_centralization(x, t, g, center=ends[:1]) < 1.0  # one centre: the far end is last


def test_centres_per_region():
    """Centres labelled with their region serve only that region: equal to each region alone."""
    g, x, t = strip(np.full(8, 1e4), [10, 0, 0, 0, 0, 3, 10, 0], np.full(8, 10.0))
    regions = np.array(["a"] * 4 + ["b"] * 4)
    centres, labels = g.centroids[[0, 7, 3]], ["a", "b", "b"]
    together = spatial.absolute_centralization(x, t, g, regions=regions, center=centres, center_regions=labels)
    for k, (region, mine) in enumerate((("a", [0]), ("b", [1, 2]))):
        mask = regions == region
        alone = spatial.absolute_centralization(x[mask], t[mask], g.subset(mask), center=centres[mine])
        assert together[k] == pytest.approx(alone)


def test_centre_choices_differ_and_are_validated(tracts):
    g, x, t = tracts["utm"], tracts["x"], tracts["t"]
    by_centroid = spatial.relative_centralization(x, t, g, center="centroid")
    by_population = spatial.relative_centralization(x, t, g, center="population")
    assert by_centroid != pytest.approx(by_population, abs=1e-4)
    with pytest.raises(ValueError, match="center"):
        spatial.relative_centralization(x, t, g, center="median")
    with pytest.raises(ValueError, match="center"):
        spatial.relative_centralization(x, t, g, center=np.zeros((2, 3)))


def two_units(convention):
    """Two units 2 km apart, complete segregation: every decay index in terms of c_ii = g and c_12 = e."""
    a = 250.0 ** 2
    g_, x, t = strip([a, a], [10, 0], [10, 10], spacing=2000.0)
    if convention == "pysal":  # d/S = 1 for two units; c_ii from the area in m²
        g, e = -np.expm1(-np.sqrt(0.6 * a)), 1 - np.exp(-1.0)
    else:
        g, e = np.exp(-np.sqrt(0.6 * a) / 1000), np.exp(-2.0)
    return g_, x, t, g, e


@pytest.mark.parametrize("convention", ["pysal", "massey_denton"])
def test_decay_indices_for_two_units_by_hand(convention):
    """P_xx = P_yy = g, P_tt = (g + e)/2: SP = 2g/(g+e), ACL = (g-e)/(g+e), RCL = 0, DP_xx = g/(g+e)."""
    geometry, x, t, g, e = two_units(convention)
    kw = dict(convention=convention)
    assert spatial.spatial_proximity(x, t, geometry, **kw) == pytest.approx(2 * g / (g + e))
    assert spatial.absolute_clustering(x, t, geometry, **kw) == pytest.approx((g - e) / (g + e))
    assert spatial.relative_clustering(x, t, geometry, **kw) == pytest.approx(0.0, abs=1e-12)
    assert spatial.distance_decay_isolation(x, t, geometry, **kw) == pytest.approx(g / (g + e))
    assert spatial.distance_decay_exposure(x, t, geometry, **kw) == pytest.approx(e / (g + e))


# --- (d) grids, FFT, regions, bad input -------------------------------------------------------------------------

def random_grid(rows, cols, seed, fill=0.8, cell=250.0):
    rng = np.random.default_rng(seed)
    r, c = np.divmod(np.arange(rows * cols), cols)
    keep = rng.random(rows * cols) < fill
    centroids = np.column_stack([3e5 + cell * c, 6.7e6 + cell * r])[keep]
    n = len(centroids)
    t = rng.poisson(40, n).astype(float)
    share = np.clip(0.15 + 0.6 * (centroids[:, 0] - 3e5) / (cell * cols), 0, 1)
    x = rng.binomial(t.astype(int), share).astype(float)
    regions = np.where(centroids[:, 1] > 6.7e6 + cell * rows / 2, "north", "south")
    return UnitGeometry(centroids, np.full(n, cell ** 2), crs="EPSG:3067"), x, t, regions


def test_grid_detection():
    g, *_ = random_grid(12, 15, seed=1)
    cells = detect_grid(g.centroids)
    assert cells.cell_size == pytest.approx(250.0)
    assert (cells.cols == np.rint((g.centroids[:, 0] - 3e5) / 250)).all()
    assert detect_grid(g.centroids + np.r_[[[3.0, 0.0]], np.zeros((len(g.centroids) - 1, 2))]) is None
    assert detect_grid(np.r_[g.centroids, g.centroids[:1]]) is None  # two units in one cell


@pytest.mark.parametrize("convention", ["pysal", "massey_denton"])
@pytest.mark.parametrize("index_id", DECAY_IDS)
def test_fft_path_equals_blocked_exact_computation(index_id, convention):
    g, x, t, regions = random_grid(30, 41, seed=2)
    exact = index(index_id)(x, t, g, regions=regions, convention=convention, method="exact")
    fft = index(index_id)(x, t, g, regions=regions, convention=convention, method="fft")
    np.testing.assert_allclose(fft, exact, rtol=1e-11, atol=1e-13)


def test_blocked_computation_is_independent_of_the_block_size(monkeypatch):
    from segregation_analysis.core import _proximity
    g, x, t, regions = random_grid(20, 20, seed=3)
    whole = spatial.distance_decay_isolation(x, t, g, regions=regions, method="exact")
    monkeypatch.setattr(_proximity, "BLOCK_ELEMENTS", 7 * 20)  # row blocks of a few units
    assert spatial.distance_decay_isolation(x, t, g, regions=regions, method="exact") == pytest.approx(whole, rel=1e-13)


def test_fft_is_refused_for_units_that_are_not_a_grid(tracts):
    with pytest.raises(ValueError, match="grid"):
        spatial.spatial_proximity(tracts["x"], tracts["t"], tracts["utm"], method="fft")


def test_unknown_convention_is_refused(tracts):
    with pytest.raises(ValueError, match="convention"):
        spatial.spatial_proximity(tracts["x"], tracts["t"], tracts["utm"], convention="miles")


@pytest.mark.parametrize("index_id", SPATIAL_IDS)
def test_regions_on_a_grid_equal_each_region_alone(index_id):
    g, x, t, regions = random_grid(14, 17, seed=4)
    rook = _rook_of(g)
    areas = np.random.default_rng(5).uniform(0.5, 1.5, len(x)) * 250.0 ** 2  # concentration needs unequal areas
    geometry = dataclasses.replace(g, areas=areas, perimeters=np.full(len(x), 1000.0), shared_boundaries=rook * 250.0)
    together = call(index_id, x, t, geometry, rook, regions=regions)
    for k, region in enumerate(("north", "south")):
        mask = regions == region
        alone = call(index_id, x[mask], t[mask], geometry.subset(mask), rook[mask][:, mask])
        assert np.isfinite(alone)
        assert together[k] == pytest.approx(alone, rel=1e-10, abs=1e-13)


def _rook_of(g):
    cells = detect_grid(g.centroids)
    key = {(r, c): k for k, (r, c) in enumerate(zip(cells.rows.tolist(), cells.cols.tolist()))}
    pairs = [(k, key[(r, c + 1)]) for (r, c), k in key.items() if (r, c + 1) in key]
    pairs += [(k, key[(r + 1, c)]) for (r, c), k in key.items() if (r + 1, c) in key]
    i, j = np.array(pairs).T
    return UnitGeometry.boundaries_from_pairs(len(g.centroids), i, j, np.ones(len(i)))


def test_geometry_validation_names_the_units():
    centroids = np.zeros((5, 2))
    centroids[[1, 3]] = np.nan
    with pytest.raises(ValueError, match=r"centroid.*: 1, 3\."):
        UnitGeometry(centroids)
    with pytest.raises(ValueError, match=r"area: 2\."):
        UnitGeometry(np.zeros((3, 2)), areas=[1.0, 1.0, -1.0])
    with pytest.raises(ValueError, match=r"shape"):
        UnitGeometry(np.zeros((3, 3)))
    asymmetric = sparse.csr_matrix(([5.0], ([0], [2])), shape=(3, 3))
    with pytest.raises(ValueError, match=r"symmetric.*: 0, 2\."):
        UnitGeometry(np.zeros((3, 2)), shared_boundaries=asymmetric)


def test_geographic_crs_message_suggests_etrs_tm35fin():
    g = UnitGeometry(np.zeros((2, 2)), areas=[1.0, 1.0], crs_is_geographic=True, crs="EPSG:4326")
    with pytest.raises(ValueError, match=r"EPSG:4326.*ETRS-TM35FIN \(EPSG:3067\)"):
        spatial.delta([1, 2], [3, 4], g)


def test_zero_areas():
    """Zero-area units (e.g. points): Delta and the decay indices still work; D(s) divides by the area."""
    g, x, t = strip([0.0, 1e4, 1e4], [3, 0, 2], [5, 5, 5])
    assert np.isfinite(spatial.delta(x, t, g))
    assert np.isfinite(spatial.spatial_proximity(x, t, g))
    lengths = UnitGeometry.boundaries_from_pairs(3, [0, 1], [1, 2], [10.0, 10.0])
    with_lengths = dataclasses.replace(g, perimeters=np.full(3, 400.0), shared_boundaries=lengths)
    with pytest.raises(ValueError, match=r"zero area: 0\."):
        spatial.perimeter_area_dissimilarity(x, t, with_lengths)


def test_missing_geometry_parts_are_named():
    g = UnitGeometry(np.zeros((3, 2)) + [[0, 0], [1000, 0], [2000, 0]])
    with pytest.raises(ValueError, match="areas"):
        spatial.delta([1, 2, 3], [3, 3, 3], g)
    with pytest.raises(ValueError, match="shared_boundaries"):
        spatial.boundary_spatial_dissimilarity([1, 2, 3], [3, 3, 3], g)


def test_a_single_unit():
    g, x, t = strip([1e4], [3], [10])
    assert spatial.delta(x, t, g) == 0.0
    assert spatial.absolute_centralization(x, t, g) == 0.0
    assert spatial.spatial_proximity(x, t, g) == pytest.approx(1.0)
    assert np.isnan(spatial.spatial_dissimilarity(x, t, sparse.csr_matrix((1, 1))))


@pytest.mark.parametrize("convention", ["pysal", "massey_denton"])
def test_coincident_points(convention):
    """Two units on the same spot: distance 0 is a valid distance (c = 1 - exp(0) = 0 in PySAL's convention,
    exp(0) = 1 in the papers'); the results are finite and do not depend on the order of the units."""
    centroids = np.array([[0.0, 0.0], [0.0, 0.0], [500.0, 0.0], [900.0, 300.0]]) + [385000, 6672000]
    g = UnitGeometry(centroids, np.zeros(4), crs="EPSG:3067")
    x, t = np.array([3.0, 5.0, 0.0, 1.0]), np.array([4.0, 9.0, 6.0, 2.0])
    order = np.array([3, 1, 0, 2])
    moved = UnitGeometry(centroids[order], np.zeros(4), crs="EPSG:3067")
    for index_id in DECAY_IDS:
        value = index(index_id)(x, t, g, convention=convention)
        assert np.isfinite(value), index_id
        assert index(index_id)(x[order], t[order], moved, convention=convention) == pytest.approx(value, rel=1e-12)
    all_on_one_spot = UnitGeometry(np.zeros((3, 2)), np.full(3, 1e4))
    assert np.isfinite(spatial.spatial_proximity([1, 2, 0], [3, 3, 3], all_on_one_spot, convention=convention))


def test_inputs_must_describe_the_same_units(tracts):
    with pytest.raises(ValueError, match="same units"):
        spatial.delta(tracts["x"][:-1], tracts["t"][:-1], tracts["utm"])


def test_registry_lists_the_spatial_indices_apart_from_the_count_only_ones():
    from segregation_analysis.core import registry
    assert registry.SPATIAL_IDS == SPATIAL_IDS
    assert set(registry.SPATIAL_REQUIRES) == set(SPATIAL_IDS)
    assert not set(SPATIAL_IDS) & set(registry.ALL_IDS)  # global_indices (counts only) is unchanged
    for index_id in SPATIAL_IDS:
        info = registry.SPATIAL_BY_ID[index_id]
        assert info.function is index(index_id) and info.kind == registry.SPATIAL
        assert info.direction in (registry.SEGREGATION, registry.MIXING)
        first_line = info.function.__doc__.split("\n")[0]
        assert any(ch.isdigit() for ch in first_line), index_id  # the formula's source with its year


def test_registry_surface_functions_take_the_cores_argument_order(tracts):
    from segregation_analysis.core import registry
    w = sparse.identity(len(tracts["x"]), format="csr")
    surface_d = registry.SPATIAL_BY_ID["surface_dissimilarity"].function(tracts["x"], tracts["t"], w)
    assert surface_d == pytest.approx(aspatial.dissimilarity(tracts["x"], tracts["t"]))
    counts = np.column_stack([tracts["x"], tracts["t"] - tracts["x"]])
    surface_h = registry.SPATIAL_BY_ID["surface_multi_information_theory"].function(counts, w)
    assert surface_h == pytest.approx(aspatial.entropy(tracts["x"], tracts["t"]))
