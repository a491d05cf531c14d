"""core/lisa.py against esda 2.7: deterministic values to 1e-10, permutation p-values statistically.

(a) esda's own documented examples (desmith, the G_Local points, lat2W join counts); (b) the plugin's Paavo
sample (164 postal areas, queen contiguity from the GeoPackage's vertices, ``spatial_oracle.paavo_sample``),
over the whole capital region and municipality by municipality. esda keeps islands in y (lag 0); here they
are ``NO_NEIGHBOURS`` with NaN statistics, so the comparisons are over units with neighbours.

esda's permutations use numba and numpy's global random state, seeded through its ``seed=`` argument
(``Join_Counts_Local.fit`` ignores its seed: ``np.random.seed`` is set before it). Our permutation draws are
different random numbers, so p-values agree only statistically: at R = 9 999 permutations the correlation of
p across units exceeds 0.99, and a unit may be significant at 0.05 in one run and not in the other only if
one of its two p-values lies within ``P_NEAR_ALPHA`` = 0.02 of 0.05. That is 4.5 Monte-Carlo standard
deviations of the difference of two independent two-sided p-values at 0.05 (each 2 x a tail estimate:
sd = 2 sqrt(0.025 x 0.975 / 9 999) = 0.0031; difference sqrt(2) x 0.0031 = 0.0044).
"""

import inspect
import warnings

import numpy as np
import pytest

from segregation_analysis.core import lisa
from segregation_analysis.core import weights as W

esda = pytest.importorskip("esda")
libpysal = pytest.importorskip("libpysal")
pytest.importorskip("osgeo.ogr")

from spatial_oracle import paavo_sample  # noqa: E402

ATOL = 1e-10
R = 9999
P_NEAR_ALPHA = 0.02


@pytest.fixture(autouse=True)
def quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # libpysal's island warnings, esda's Gi* row-max warning
        yield


def their_w(csr):
    """A fresh libpysal W with every unit, islands included (esda changes its transform in place)."""
    csr = csr.tocsr()
    csr.sort_indices()
    rows = range(csr.shape[0])
    neighbours = {i: csr.indices[csr.indptr[i]:csr.indptr[i + 1]].tolist() for i in rows}
    weights = {i: csr.data[csr.indptr[i]:csr.indptr[i + 1]].tolist() for i in rows}
    return libpysal.weights.W(neighbours, weights, id_order=list(rows), silence_warnings=True)


def esda_vi_fixed(lm):
    """esda 2.7's VI with b2 = sum z^4 / n / m2^2 (pysal/esda#390, fixed by #391) instead of z_i^4 / n / m2^2.

    VI is linear in b2: VI = A + B b2 with B = -w_i(2) / (n - 1) + 2 w_i(kh) (2) / ((n - 1)(n - 2)), so the fix
    is VI + B (b2 - b2_i). Where esda already sums m4, it is VI itself.
    """
    if "m4 = z**4 / n" not in inspect.getsource(esda.moran.Moran_Local):
        return lm.VI
    z, n = lm.z, lm.n
    matrix = lm.w.sparse
    wi = np.asarray(matrix.sum(axis=1)).ravel()
    wi2 = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
    m2 = (z * z).sum() / n
    b2_unit = z ** 4 / n / m2 ** 2
    b2 = (z ** 4).sum() / n / m2 ** 2
    slope = -wi2 / (n - 1) + 2 * (wi ** 2 - wi2) / ((n - 1) * (n - 2))
    return lm.VI + slope * (b2 - b2_unit)


def assert_moran_equal(ours, lm, keep):
    np.testing.assert_allclose(ours.value[keep], lm.Is[keep], atol=ATOL, rtol=0)
    np.testing.assert_allclose(ours.expected[keep], lm.EI[keep], atol=ATOL, rtol=0)
    vi = esda_vi_fixed(lm)
    np.testing.assert_allclose(ours.z[keep], ((lm.Is - lm.EI) / np.sqrt(vi))[keep], atol=ATOL, rtol=0)
    np.testing.assert_allclose(ours.lag[keep], lisa_lag(lm)[keep], atol=ATOL, rtol=0)
    assert ours.quadrant[keep].tolist() == [lisa.ESDA_QUADRANT[q] for q in lm.q[keep]]


def lisa_lag(lm):
    return libpysal.weights.lag_spatial(lm.w, lm.z)


def assert_g_equal(ours, g, keep):
    for mine, theirs in ((ours.value, g.Gs), (ours.expected, g.EGs), (ours.z, g.Zs)):
        np.testing.assert_allclose(mine[keep], np.asarray(theirs)[keep], atol=ATOL, rtol=0)


# --------------------------------------------------------------------------------------------------------
# (a) esda's documented examples
# --------------------------------------------------------------------------------------------------------

def desmith():
    w = libpysal.io.open(libpysal.examples.get_path("desmith.gal")).read()
    y = np.array(libpysal.io.open(libpysal.examples.get_path("desmith.txt")).by_col["z"], dtype=float)
    return y, w


def test_desmith_local_moran_equals_esda():
    y, w = desmith()
    csr = w.sparse.copy()
    lm = esda.moran.Moran_Local(y, w, transformation="r", permutations=0)
    ours = lisa.local_moran(y, W.SpatialWeights(csr), permutations=0)
    assert_moran_equal(ours, lm, np.ones(len(y), bool))
    # esda's docstring: q = [4, 4, 4, 2, 3, 3, 1, 4, 3, 3] (1 HH, 2 LH, 3 LL, 4 HL)
    assert ours.quadrant.tolist() == [lisa.ESDA_QUADRANT[q] for q in [4, 4, 4, 2, 3, 3, 1, 4, 3, 3]]
    np.testing.assert_allclose(ours.expected, -np.ones(10) / 9)  # esda's test_local_moments EI


def test_esda_vi_differs_from_sokal_only_by_the_kurtosis_sum():
    """Our VI (global b2) is esda's VI once the fourth moment is summed (esda#390); esda 2.7 differs."""
    y, w = desmith()
    lm = esda.moran.Moran_Local(y, w, transformation="r", permutations=0)
    ours = lisa.local_moran(y, W.SpatialWeights(w.sparse), permutations=0)
    variance = ((ours.value - ours.expected) / ours.z) ** 2
    np.testing.assert_allclose(variance, esda_vi_fixed(lm), rtol=1e-10)
    if "m4 = z**4 / n" in inspect.getsource(esda.moran.Moran_Local):  # esda 2.7: per-unit b2
        assert np.abs(variance - lm.VI).max() > 1e-3


POINTS = np.array([(10, 10), (20, 10), (40, 10), (15, 20), (30, 20), (30, 30)], dtype=float)
G_Y = np.array([2, 3, 3.2, 5, 8, 7])
# esda's tests (test_getisord.py) and G_Local docstring: Zs[0] per (transform, star)
G_DOCUMENTED = {("b", False): -1.0136729, ("r", False): -0.62074534, ("b", True): -1.39727626,
                ("r", True): -0.62488094}


@pytest.mark.parametrize("transform,star", list(G_DOCUMENTED))
def test_g_local_documented_example(transform, star):
    band = libpysal.weights.DistanceBand(POINTS, threshold=15)
    ours = lisa.getis_ord(G_Y, W.SpatialWeights(band.sparse), star=star, transform=transform, permutations=0)
    assert ours.z[0] == pytest.approx(G_DOCUMENTED[transform, star], abs=1e-7)
    g = esda.getisord.G_Local(G_Y, libpysal.weights.DistanceBand(POINTS, threshold=15),
                              transform=transform.upper(), star=star, permutations=0, n_jobs=1)
    assert_g_equal(ours, g, np.ones(6, bool))
    if (transform, star) == ("r", True):  # the docstring's whole Zs array
        np.testing.assert_allclose(ours.z, [-0.62488094, -0.09144599, 0.41150696, -0.09144599, 0.24690418,
                                            1.28024388], atol=1e-8)


def test_join_counts_documented_example():
    w = libpysal.weights.lat2W(4, 4)
    y = np.ones(16)
    y[0:8] = 0
    ljc = esda.join_counts_local.Join_Counts_Local(connectivity=w).fit(y, permutations=0)
    ours = lisa.join_count(y, W.SpatialWeights(libpysal.weights.lat2W(4, 4).sparse), permutations=0)
    np.testing.assert_array_equal(ours.value, ljc.LJC)
    assert ours.value.tolist() == [0] * 8 + [2, 3, 3, 2, 2, 3, 3, 2]  # rook: flagged neighbours


# --------------------------------------------------------------------------------------------------------
# (b) the Paavo sample
# --------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def paavo():
    """Basic-education-only adults / adults per postal area, queen contiguity, municipalities."""
    data = paavo_sample("ko_perus", "ko_ika18y")
    keep = data["t"] > 0
    x, t = data["x"][keep], data["t"][keep]
    queen = data["queen"][keep][:, keep].tocsr()
    return dict(x=x, t=t, share=x / t, kunta=data["kunta"][keep], queen=queen,
                linked=np.diff(queen.indptr) > 0)


def test_paavo_has_islands_and_a_one_unit_municipality(paavo):
    assert (~paavo["linked"]).sum() >= 1
    assert min(np.unique(paavo["kunta"], return_counts=True)[1]) == 1


def test_paavo_local_moran_equals_esda(paavo):
    lm = esda.moran.Moran_Local(paavo["share"], their_w(paavo["queen"]), transformation="r", permutations=0)
    ours = lisa.local_moran(paavo["share"], W.SpatialWeights(paavo["queen"]), permutations=0)
    assert_moran_equal(ours, lm, paavo["linked"])
    assert (ours.category[~paavo["linked"]] == lisa.NO_NEIGHBOURS).all()
    binary = lisa.local_moran(paavo["share"], W.SpatialWeights(paavo["queen"]), transform="b", permutations=0)
    lb = esda.moran.Moran_Local(paavo["share"], their_w(paavo["queen"]), transformation="b", permutations=0)
    assert_moran_equal(binary, lb, paavo["linked"])


def test_paavo_local_moran_with_kernel_self_weights_equals_esda(paavo):
    """Kernel weights with K(0) on the diagonal, untransformed ('o'): the self-weight enters the lag."""
    centres = np.random.default_rng(0).uniform(0, 20000, size=(len(paavo["share"]), 2))
    kernel = W.kernel(centres, "triangular", k=6, diagonal=True)
    lm = esda.moran.Moran_Local(paavo["share"], their_w(kernel.sparse), transformation="o", permutations=0)
    ours = lisa.local_moran(paavo["share"], kernel, transform="o", permutations=0)
    assert_moran_equal(ours, lm, np.ones(len(centres), bool))


@pytest.mark.parametrize("transform,star", [("r", True), ("r", False), ("b", True), ("b", False)])
def test_paavo_getis_ord_equals_esda(paavo, transform, star):
    g = esda.getisord.G_Local(paavo["share"], their_w(paavo["queen"]), transform=transform.upper(), star=star,
                              permutations=0, n_jobs=1)
    ours = lisa.getis_ord(paavo["share"], W.SpatialWeights(paavo["queen"]), star=star, transform=transform,
                          permutations=0)
    assert_g_equal(ours, g, paavo["linked"])


def test_paavo_join_counts_equal_esda(paavo):
    flags = (paavo["share"] > np.quantile(paavo["share"], 0.75)).astype(float)
    ljc = esda.join_counts_local.Join_Counts_Local(connectivity=their_w(paavo["queen"]),
                                                   drop_islands=False).fit(flags, permutations=0)
    ours = lisa.join_count(flags, W.SpatialWeights(paavo["queen"]), permutations=0)
    np.testing.assert_array_equal(ours.value[paavo["linked"]], ljc.LJC[paavo["linked"]])
    assert ours.value[paavo["linked"]].sum() > 10


def test_paavo_rate_moran_equals_esda(paavo):
    lm = esda.moran.Moran_Local_Rate(paavo["x"], paavo["t"], their_w(paavo["queen"]), transformation="r",
                                     permutations=0)
    ours = lisa.local_moran_rate(paavo["x"], paavo["t"], W.SpatialWeights(paavo["queen"]), permutations=0)
    np.testing.assert_allclose(ours.variable, esda.smoothing.assuncao_rate(paavo["x"], paavo["t"]), atol=ATOL)
    assert_moran_equal(ours, lm, paavo["linked"])


def test_paavo_within_municipalities_equals_esda_per_municipality(paavo):
    w = W.SpatialWeights(paavo["queen"])
    moran = lisa.local_moran(paavo["share"], w, permutations=0, regions=paavo["kunta"])
    rate = lisa.local_moran_rate(paavo["x"], paavo["t"], w, permutations=0, regions=paavo["kunta"])
    gstar = lisa.getis_ord(paavo["share"], w, permutations=0, regions=paavo["kunta"])
    compared = 0
    for code in np.unique(paavo["kunta"]):
        members = np.flatnonzero(paavo["kunta"] == code)
        if len(members) < 3:
            assert (moran.category[members] == lisa.NO_NEIGHBOURS).all()
            continue
        sub = paavo["queen"][members][:, members].tocsr()
        linked = np.diff(sub.indptr) > 0
        lm = esda.moran.Moran_Local(paavo["share"][members], their_w(sub), transformation="r", permutations=0)
        assert_moran_equal(_take(moran, members), lm, linked)
        lr = esda.moran.Moran_Local_Rate(paavo["x"][members], paavo["t"][members], their_w(sub),
                                         transformation="r", permutations=0)
        assert_moran_equal(_take(rate, members), lr, linked)
        g = esda.getisord.G_Local(paavo["share"][members], their_w(sub), transform="R", star=True,
                                  permutations=0, n_jobs=1)
        assert_g_equal(_take(gstar, members), g, linked)
        compared += linked.sum()
    assert compared > 150


def _take(result, members):
    """A LocalResult's arrays restricted to some units."""
    import dataclasses
    return dataclasses.replace(result, **{name: getattr(result, name)[members] for name in
                                          ("value", "expected", "z", "lag", "quadrant")})


# --------------------------------------------------------------------------------------------------------
# Permutation p-values: statistical agreement
# --------------------------------------------------------------------------------------------------------

def assert_p_agree(ours_p, esda_two_sided, keep, alpha=0.05):
    a, b = ours_p[keep], esda_two_sided[keep]
    assert np.corrcoef(a, b)[0, 1] > 0.99
    differ = (a <= alpha) != (b <= alpha)
    near = (np.abs(a - alpha) <= P_NEAR_ALPHA) | (np.abs(b - alpha) <= P_NEAR_ALPHA)
    assert not np.any(differ & ~near), np.column_stack([a, b])[differ & ~near]
    assert (a <= alpha).sum() >= 10  # the comparison is not vacuous


def test_paavo_moran_p_values_agree_with_esda(paavo):
    lm = esda.moran.Moran_Local(paavo["share"], their_w(paavo["queen"]), transformation="r", permutations=R,
                                seed=12345, n_jobs=1, keep_simulations=True)
    ours = lisa.local_moran(paavo["share"], W.SpatialWeights(paavo["queen"]), permutations=R, seed=12345)
    assert_p_agree(ours.p, np.minimum(1, 2 * lm.p_sim), paavo["linked"])
    keep = paavo["linked"]
    # two independent permutation means: difference sd = sqrt(2 / R) x the permutation sd of I_i
    assert np.all(np.abs(ours.expected_sim - lm.EI_sim)[keep] <= 5 * np.sqrt(2 / R) * lm.seI_sim[keep])
    np.testing.assert_allclose(ours.z_sim[keep], lm.z_sim[keep], atol=0.1)


def test_paavo_kernel_moran_p_values_agree_with_esda(paavo):
    """Kernel weights (unequal, with self-weights): our general path against esda."""
    centres = np.random.default_rng(1).uniform(0, 20000, size=(len(paavo["share"]), 2))
    y = paavo["share"] + centres[:, 0] / 2e5  # a trend, so that some units are significant
    kernel = W.kernel(centres, "triangular", k=8, diagonal=True)
    lm = esda.moran.Moran_Local(y, their_w(kernel.sparse), transformation="o", permutations=R, seed=7,
                                n_jobs=1)
    ours = lisa.local_moran(y, kernel, transform="o", permutations=R, seed=7)
    assert_p_agree(ours.p, np.minimum(1, 2 * lm.p_sim), np.ones(len(y), bool))


def test_paavo_gi_star_p_values_agree_with_esda(paavo):
    g = esda.getisord.G_Local(paavo["share"], their_w(paavo["queen"]), transform="R", star=True,
                              permutations=R, seed=2024, n_jobs=1)
    ours = lisa.getis_ord(paavo["share"], W.SpatialWeights(paavo["queen"]), permutations=R, seed=2024)
    assert_p_agree(ours.p, np.minimum(1, 2 * g.p_sim), paavo["linked"])
    np.testing.assert_allclose(ours.z_sim[paavo["linked"]], g.z_sim[paavo["linked"]], atol=0.1)


def test_paavo_join_count_p_values_agree_with_esda(paavo):
    """esda folds p_sim to the smaller tail; where our one-sided p is below 0.4 that tail is the upper one."""
    flags = (paavo["share"] > np.quantile(paavo["share"], 0.75)).astype(float)
    np.random.seed(99)  # Join_Counts_Local.fit draws its numba seed from numpy's global state
    ljc = esda.join_counts_local.Join_Counts_Local(connectivity=their_w(paavo["queen"]),
                                                   drop_islands=False).fit(flags, permutations=R)
    ours = lisa.join_count(flags, W.SpatialWeights(paavo["queen"]), permutations=R, seed=99)
    tested = np.isfinite(ours.p)
    np.testing.assert_array_equal(tested & paavo["linked"], np.isfinite(ljc.p_sim) & paavo["linked"])
    upper = tested & (ours.p < 0.4)
    assert upper.sum() >= 5
    sd = np.sqrt(2 * ours.p[upper] * (1 - ours.p[upper]) / R)
    assert np.all(np.abs(ours.p[upper] - ljc.p_sim[upper]) <= 5 * sd + 2 / R)
