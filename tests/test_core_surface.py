"""Surface-based ("egohood") indices and multiscalar profiles (core/surface.py), Reardon & O'Sullivan 2004.

PySAL computes an aspatial index with ``w=`` (kernel weights) or ``distance=`` (a bandwidth) on local
environments: ``_build_local_environment`` sets each unit's own weight to 1, smooths every count and the
total with the weights, and *rounds* the smoothed counts to whole persons. We do not round. The tests pin
(1) ours = PySAL's computation without the rounding, to 1e-9, and (2) ours - PySAL (rounded) is small but not 0.
"""

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from oracle import SACRAMENTO_GROUPS, read_sacramento
from segregation_analysis.core import aspatial, multigroup, surface
from segregation_analysis.core.geometry import UnitGeometry
from segregation_analysis.core.surface import KernelSmoother, multiscalar_profile, smoothed_counts, surface_index
from spatial_oracle import paavo_sample, pysal_paavo, pysal_sacramento_utm

SINGLE = {"dissimilarity": "Dissim", "isolation": "Isolation", "exposure": "Interaction", "entropy": "Entropy",
          "gini": "Gini", "atkinson": "Atkinson", "correlation_ratio": "CorrelationR"}
MULTI = {"multi_dissimilarity": "MultiDissim", "multi_information_theory": "MultiInfoTheory",
         "multi_relative_diversity": "MultiRelativeDiversity", "multi_normalized_exposure": "MultiNormExposure",
         "multi_gini": "MultiGini", "simpson_interaction": "SimpsonsInteraction"}
EXACT = dict(rel=1e-9, abs=1e-12)
BANDWIDTH = 5000.0


@pytest.fixture(scope="module")
def sac():
    """Sacramento (UTM) as PySAL sees it, libpysal kernel weights, and the same counts as arrays."""
    pytest.importorskip("segregation")
    from libpysal.weights import Kernel
    from libpysal.weights.util import fill_diagonal
    frame = pysal_sacramento_utm()
    points = np.column_stack([frame.centroid.x, frame.centroid.y])
    w = Kernel(points, bandwidth=BANDWIDTH, function="triangular")
    tracts = read_sacramento()
    counts = np.column_stack([tracts[g] for g in SACRAMENTO_GROUPS])
    return dict(frame=frame, points=points, w=w, filled=fill_diagonal(w).sparse, x=tracts["HISP_"],
                t=tracts["TOT_POP"], counts=counts)


def pysal_unrounded(sac, columns):
    """What PySAL's local environment would be without ``.round(0)``: libpysal's lag with diagonal 1."""
    from libpysal.weights import lag_spatial
    from libpysal.weights.util import fill_diagonal
    w = fill_diagonal(sac["w"])
    return pd.DataFrame({c: lag_spatial(w, sac["frame"][c].to_numpy(float)) for c in columns})


def pysal_class(name):
    from segregation import multigroup as m, singlegroup as s
    return getattr(s, name, None) or getattr(m, name)


def test_smoothed_counts_are_not_rounded(sac):
    from segregation._base import _build_local_environment
    ours = smoothed_counts(np.column_stack([sac["x"], sac["t"]]), sac["w"], self_weight=1.0)
    np.testing.assert_allclose(ours, sac["filled"] @ np.column_stack([sac["x"], sac["t"]]), rtol=1e-13)
    rounded = _build_local_environment(sac["frame"], ["HISP_", "TOT_POP"], sac["w"])
    np.testing.assert_array_equal(np.round(ours), rounded[["HISP_", "TOT_POP"]].to_numpy())
    difference = np.abs(ours - rounded[["HISP_", "TOT_POP"]].to_numpy())
    assert 0.1 < difference.max() <= 0.5


@pytest.mark.parametrize("index_id", sorted(SINGLE))
def test_single_group_surface_index_equals_pysal_unrounded(sac, index_id):
    smoothed = pysal_unrounded(sac, ["HISP_", "TOT_POP"])
    expected = pysal_class(SINGLE[index_id])(smoothed, "HISP_", "TOT_POP").statistic
    ours = surface_index(index_id, sac["x"], sac["w"], total=sac["t"], self_weight=1.0)
    assert ours == pytest.approx(expected, **EXACT)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rounded = pysal_class(SINGLE[index_id])(sac["frame"], "HISP_", "TOT_POP", w=sac["w"]).statistic
    assert 0 < abs(ours - rounded) < 1e-4  # PySAL's rounding to whole persons, nothing else


@pytest.mark.parametrize("index_id", sorted(MULTI))
def test_multigroup_surface_index_equals_pysal_unrounded(sac, index_id):
    groups = list(SACRAMENTO_GROUPS)
    expected = pysal_class(MULTI[index_id])(pysal_unrounded(sac, groups), groups).statistic
    ours = surface_index(index_id, sac["counts"], sac["w"], self_weight=1.0)
    assert ours == pytest.approx(expected, **EXACT)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rounded = pysal_class(MULTI[index_id])(sac["frame"], groups, w=sac["w"]).statistic
    assert 0 < abs(ours - rounded) < 1e-4


def test_our_kernel_weights_are_libpysal_kernel_weights(sac):
    from libpysal.weights import Kernel
    from libpysal.weights.util import fill_diagonal
    for kernel in ("triangular", "uniform", "quadratic", "quartic", "gaussian"):
        theirs = fill_diagonal(Kernel(sac["points"], bandwidth=BANDWIDTH, function=kernel)).sparse
        ours = KernelSmoother(sac["points"], BANDWIDTH, kernel, self_weight=1.0).matrix()
        assert abs(ours - theirs).max() < 1e-14, kernel
        own = KernelSmoother(sac["points"], BANDWIDTH, kernel).matrix()  # default: own weight K(0)
        np.testing.assert_allclose(own.diagonal(), float(surface.KERNELS[kernel](0.0)), rtol=1e-15)


def test_paavo_distance_bandwidth_per_municipality_equals_pysal():
    """PySAL ``Dissim(data, ..., distance=2000)`` per municipality against ours for all at once."""
    pytest.importorskip("segregation")
    import warnings
    from segregation.singlegroup import Dissim
    paavo = paavo_sample()
    frame = pysal_paavo(paavo["keep"])
    smoother = KernelSmoother(paavo["geometry"], 2000.0, "triangular", self_weight=1.0)
    ours = surface_index("dissimilarity", paavo["x"], smoother, total=paavo["t"], regions=paavo["kunta"])
    for k, code in enumerate(("049", "091", "092")):
        city = frame[frame.kunta == code].reset_index(drop=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = Dissim(city, "ko_perus", "ko_ika18y", distance=2000.0, function="triangular").statistic
        assert ours[k] == pytest.approx(theirs, abs=1e-3), code  # PySAL rounds the environments
        mask = paavo["kunta"] == code
        alone = surface_index("dissimilarity", paavo["x"][mask], smoother.matrix()[mask][:, mask],
                              total=paavo["t"][mask])
        assert ours[k] == pytest.approx(alone, **EXACT), code


# --- Reardon & O'Sullivan's weighting: own population, environment composition ---------------------------------

@pytest.mark.parametrize("index_id", surface.OWN_POPULATION_IDS)
def test_without_neighbours_both_weightings_are_the_aspatial_index(sac, index_id):
    identity = sparse.identity(len(sac["x"]), format="csr")
    single = hasattr(aspatial, index_id)
    args = (sac["x"],) if single else (sac["counts"],)
    kw = dict(total=sac["t"]) if single else {}
    if single:
        expected = getattr(aspatial, index_id)(sac["x"], sac["t"])
    else:
        expected = getattr(multigroup, index_id)(sac["counts"])
    for population in ("own", "environment"):
        assert surface_index(index_id, *args, identity, population=population, **kw) == pytest.approx(expected, **EXACT)


def test_own_population_dissimilarity_by_dense_formula(sac):
    """D~ = sum_i t_i |p~_i - P| / (2 T P (1 - P)) with p~ the environment's share and t_i the unit's own."""
    w = sac["filled"].toarray()
    x, t = sac["x"], sac["t"]
    p_env = (w @ x) / (w @ t)
    P = x.sum() / t.sum()
    expected = (t * np.abs(p_env - P)).sum() / (2 * t.sum() * P * (1 - P))
    assert surface_index("dissimilarity", x, sac["w"], total=t, population="own", self_weight=1.0) == \
        pytest.approx(expected, rel=1e-12)
    environment = surface_index("dissimilarity", x, sac["w"], total=t, self_weight=1.0)
    assert abs(environment - expected) > 1e-4  # the two weightings differ


def test_one_environment_for_everyone_has_no_segregation():
    """A uniform kernel wider than the region: every environment is the region, so D~ = H~ = R~ = 0 and the
    isolation is the group's share."""
    rng = np.random.default_rng(7)
    points = rng.uniform(0, 3000, (60, 2)) + [385000, 6672000]
    counts = rng.poisson(20, (60, 3)).astype(float)
    smoother = KernelSmoother(points, 10000.0, "uniform")
    for index_id in ("multi_dissimilarity", "multi_information_theory", "multi_relative_diversity"):
        for population in ("own", "environment"):
            assert surface_index(index_id, counts, smoother, population=population) == pytest.approx(0.0, abs=1e-12)
    t = counts.sum(axis=1)
    share = counts[:, 0].sum() / t.sum()
    assert surface_index("isolation", counts[:, 0], smoother, total=t, population="own") == pytest.approx(share)


def test_own_population_is_refused_for_other_indices(sac):
    with pytest.raises(ValueError, match="own"):
        surface_index("gini", sac["x"], sac["w"], total=sac["t"], population="own", self_weight=1.0)


# --- grids: FFT convolution = sparse weights -------------------------------------------------------------------

def grid_units(rows, cols, seed, cell=250.0):
    rng = np.random.default_rng(seed)
    r, c = np.divmod(np.arange(rows * cols), cols)
    keep = rng.random(rows * cols) < 0.85
    points = np.column_stack([3e5 + cell * c, 6.7e6 + cell * r])[keep]
    counts = rng.poisson(np.column_stack([5 + 20 * (c[keep] / cols), np.full(keep.sum(), 8.0), 3 + 0 * c[keep]]))
    regions = np.where(points[:, 0] < 3e5 + cell * cols / 3, "west", "east")
    return points, counts.astype(float), regions


@pytest.mark.parametrize("kernel", ["gaussian", "triangular", "quartic", "uniform"])
def test_fft_smoothing_equals_sparse_weights(kernel):
    points, counts, regions = grid_units(25, 31, seed=8)
    for bandwidth in (600.0, 1000.0):  # 2.4 cells and exactly 4 cells
        fft = KernelSmoother(points, bandwidth, kernel, method="fft")
        exact = KernelSmoother(points, bandwidth, kernel, method="exact")
        assert fft.grid is not None and exact.grid is None
        for seg in (None, regions):
            from segregation_analysis.core._util import as_segments
            s = None if seg is None else as_segments(seg, len(points))
            np.testing.assert_allclose(fft.apply(counts, s), exact.apply(counts, s), rtol=1e-9, atol=1e-9)


def test_fft_zeros_stay_zero():
    """An empty neighbourhood gives exactly 0 (not FFT round-off), so shares there are not noise."""
    points, counts, _ = grid_units(30, 30, seed=9)
    counts[points[:, 0] < 3e5 + 250 * 10, 1] = 0.0
    smoothed = KernelSmoother(points, 500.0, "triangular", method="fft").apply(counts)
    far = points[:, 0] < 3e5 + 250 * 7
    assert (smoothed[far, 1] == 0).all()
    assert (smoothed >= 0).all()


# --- multiscalar profile ---------------------------------------------------------------------------------------

def test_profile_table_shape_and_the_aspatial_bandwidth_zero():
    points, counts, regions = grid_units(20, 24, seed=10)
    frame = pd.DataFrame(counts, columns=["a", "b", "c"])
    profile = multiscalar_profile(frame, None, points, [0, 500, 1000, 2000], ["dissimilarity", "multi_dissimilarity"],
                                  regions=regions)
    assert list(profile.columns) == ["bandwidth", "region", "group", "index", "value"]
    assert len(profile) == 4 * (3 * 2 + 2)  # bandwidths x (groups x regions + multigroup x regions)
    assert set(profile.group) == {"a", "b", "c", surface.ALL_GROUPS}
    aspatial_d = profile[(profile.bandwidth == 0) & (profile.group == "a")].set_index("region").value
    t = counts.sum(axis=1)
    expected = aspatial.dissimilarity(counts[:, 0], t, regions=regions)
    assert aspatial_d.loc["east"] == pytest.approx(expected[0]) and aspatial_d.loc["west"] == pytest.approx(expected[1])


def test_profile_with_a_weights_builder_equals_points():
    points, counts, regions = grid_units(15, 15, seed=11)
    def builder(bandwidth):
        return KernelSmoother(points, bandwidth, "gaussian", method="exact").matrix()
    by_points = multiscalar_profile(counts, None, points, [400, 900], ["multi_information_theory", "isolation"],
                                    regions=regions)
    by_builder = multiscalar_profile(counts, None, builder, [400, 900], ["multi_information_theory", "isolation"],
                                     regions=regions)
    np.testing.assert_allclose(by_points.value, by_builder.value, rtol=1e-9)


def test_profile_of_two_halves_falls_with_the_bandwidth():
    """Group a in the west half, b in the east: the wider the environment, the more it mixes."""
    r, c = np.divmod(np.arange(40 * 40), 40)
    points = np.column_stack([3e5 + 250.0 * c, 6.7e6 + 250.0 * r])
    counts = np.column_stack([np.where(c < 20, 10.0, 0.0), np.where(c < 20, 0.0, 10.0)])
    profile = multiscalar_profile(counts, None, points, [0, 250, 500, 1000, 2000, 4000], ["multi_dissimilarity"],
                                  kernel="triangular")
    values = profile.value.to_numpy()
    assert values[:2] == pytest.approx([1.0, 1.0])  # triangular: the neighbour 250 m away weighs 1 - 1 = 0
    assert (np.diff(values[1:]) < 0).all()


def test_profile_regions_equal_each_region_alone():
    points, counts, regions = grid_units(18, 21, seed=12)
    together = multiscalar_profile(counts, None, points, [700], ["multi_relative_diversity"], regions=regions)
    for region in ("east", "west"):
        mask = regions == region
        alone = multiscalar_profile(counts[mask], None, points[mask], [700], ["multi_relative_diversity"])
        assert together[together.region == region].value.iloc[0] == pytest.approx(alone.value.iloc[0], rel=1e-10)


def test_environments_may_cross_region_borders():
    points, counts, regions = grid_units(18, 21, seed=13)
    smoother = KernelSmoother(points, 1500.0, "gaussian")
    inside = surface_index("multi_dissimilarity", counts, smoother, regions=regions)
    across = surface_index("multi_dissimilarity", counts, smoother, regions=regions, within_regions=False)
    assert np.abs(inside - across).max() > 1e-4


# --- bad input -------------------------------------------------------------------------------------------------

def test_weights_without_the_unit_itself_are_refused():
    w = sparse.csr_matrix(np.array([[0, 1.0], [1.0, 0]]))
    with pytest.raises(ValueError, match="self_weight"):
        smoothed_counts([[1.0, 2.0], [3.0, 4.0]], w)
    assert smoothed_counts([[1.0, 2.0], [3.0, 4.0]], w, self_weight=1.0).tolist() == [[4.0, 6.0], [4.0, 6.0]]


def test_bad_kernel_bandwidth_and_shapes():
    points = np.array([[0.0, 0.0], [100.0, 0.0]])
    with pytest.raises(ValueError, match="kernel"):
        KernelSmoother(points, 100.0, "cosine")
    with pytest.raises(ValueError, match="bandwidth"):
        KernelSmoother(points, 0.0)
    with pytest.raises(ValueError, match="units"):
        smoothed_counts(np.ones((3, 2)), sparse.identity(2))
    with pytest.raises(ValueError, match="grid"):
        KernelSmoother(points[:1].repeat(2, axis=0), 100.0, method="fft")
    with pytest.raises(ValueError, match="multigroup|single"):
        surface_index("dissimilarity", np.ones((2, 2)), sparse.identity(2))


def test_geographic_crs_is_refused_for_a_metric_bandwidth():
    g = UnitGeometry(np.array([[24.9, 60.2], [25.0, 60.2]]), crs_is_geographic=True, crs="EPSG:4326")
    with pytest.raises(ValueError, match="EPSG:3067"):
        KernelSmoother(g, 1000.0)


def test_coincident_points_share_one_environment():
    points = np.array([[0.0, 0.0], [0.0, 0.0], [300.0, 0.0], [5000.0, 0.0]])
    smoothed = KernelSmoother(points, 1000.0, "triangular").apply(np.array([1.0, 4.0, 2.0, 8.0]))
    assert smoothed[0] == smoothed[1] == pytest.approx(1 + 4 + 0.7 * 2)
    assert smoothed[3] == 8.0
