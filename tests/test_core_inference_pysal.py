"""PySAL's inference (segregation 2.5.4, ``segregation.inference``) as an oracle for core/inference.py.

PySAL draws with numpy's *global* random state (``np.random.binomial``, ``multinomial``, ``choice``) inside
joblib workers; with ``n_jobs=1`` joblib runs in this process, so ``np.random.seed`` makes a PySAL run
reproducible (tested below). The global state is saved and restored around every PySAL call.

Tolerance: two Monte-Carlo means (ours over R1 replicates, PySAL's over R2) must agree within 4 standard
errors of their difference, |m1 - m2| < 4 sqrt(s1^2 / R1 + s2^2 / R2), s = the replicates' standard deviations
(false alarm probability about 6e-5 per check; seeds are fixed, so the suite is deterministic). Null-model
spreads must agree within 4 standard errors of the sd ratio (about 1 / sqrt(2 R) each).

Name mapping (null_approach): evenness, systematic, person_permutation, geographic_permutation are the same
names; PySAL's ``bootstrap`` null approach resamples rows as our ``bootstrap`` does; ``BiasCorrectedDissim``
is our ``bias_corrected_dissimilarity``.

The data are Sacramento's 403 tracts (HISP_ against TOT_POP; WHITE_, BLACK_, ASIAN_, HISP_ for the
multigroup D), one region. PySAL's person permutation expands all 1.8 million residents per replicate
(0.6 s each), so it gets 20 replicates; its geographic permutation rebuilds queen weights per replicate.
"""

import math
import warnings

import numpy as np
import pytest

from conftest import SACRAMENTO_SHP
from oracle import SACRAMENTO_GROUPS, read_sacramento
from segregation_analysis.core import aspatial, multigroup, spatial_dissimilarity
from segregation_analysis.core.inference import (bias_corrected_dissimilarity, bootstrap, null_test, p_value,
                                                 simulate)

segregation = pytest.importorskip("segregation")
gpd = pytest.importorskip("geopandas")

OURS = 999


def agree(ours, theirs, z=4.0):
    ours, theirs = np.asarray(ours, float), np.asarray(theirs, float)
    ours, theirs = ours[np.isfinite(ours)], theirs[np.isfinite(theirs)]
    se = math.sqrt(ours.var(ddof=1) / len(ours) + theirs.var(ddof=1) / len(theirs))
    return abs(ours.mean() - theirs.mean()) < z * se, (ours.mean(), theirs.mean(), se)


def same_spread(ours, theirs, z=4.0):
    ratio = np.std(ours, ddof=1) / np.std(theirs, ddof=1)
    se = math.sqrt(1 / (2 * (len(ours) - 1)) + 1 / (2 * (len(theirs) - 1)))
    return abs(math.log(ratio)) < z * se, ratio


def seeded(seed, func, *args, **kwargs):
    """Run a PySAL call with numpy's global state seeded, then restore the state."""
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return func(*args, **kwargs)
    finally:
        np.random.set_state(state)


def pysal_null(index, null_approach, iterations, seed):
    from segregation.inference import SingleValueTest
    return seeded(seed, SingleValueTest, index, iterations_under_null=iterations, null_approach=null_approach,
                  n_jobs=1, two_tailed=False)


@pytest.fixture(scope="module")
def frame():
    return gpd.read_file(SACRAMENTO_SHP)


@pytest.fixture(scope="module")
def tracts():
    return read_sacramento()


@pytest.fixture(scope="module")
def pysal_dissim(frame):
    from segregation.singlegroup import Dissim
    return Dissim(frame, "HISP_", "TOT_POP")


def test_pysal_runs_are_reproducible_with_the_global_seed(pysal_dissim):
    a = pysal_null(pysal_dissim, "evenness", 5, 3).est_sim
    b = pysal_null(pysal_dissim, "evenness", 5, 3).est_sim
    c = pysal_null(pysal_dissim, "evenness", 5, 4).est_sim
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)


@pytest.mark.parametrize("null_model, iterations", [("evenness", 300), ("systematic", 300),
                                                    ("person_permutation", 20)])
def test_dissimilarity_null_distribution_agrees_with_pysal(tracts, pysal_dissim, null_model, iterations):
    theirs = pysal_null(pysal_dissim, null_model, iterations, 2019).est_sim
    ours = simulate("dissimilarity", (tracts["HISP_"], tracts["TOT_POP"]), None, null_model, OURS, 2019)[:, 0]
    ok, detail = agree(ours, theirs)
    assert ok, detail
    # about 0.016 (D = 0.32 observed): Sacramento's tracts hold 4,500 people on average
    assert 0.012 < ours.mean() < 0.02
    if iterations >= 300:
        ok, ratio = same_spread(ours, theirs)
        assert ok, ratio


@pytest.mark.parametrize("null_model", ["evenness", "systematic"])
def test_multigroup_dissimilarity_null_agrees_with_pysal(frame, tracts, null_model):
    from segregation.multigroup import MultiDissim
    groups = list(SACRAMENTO_GROUPS)
    theirs = pysal_null(MultiDissim(frame, groups), null_model, 100, 7).est_sim
    counts = np.column_stack([tracts[g] for g in groups])
    ours = simulate(multigroup.multi_dissimilarity, (counts,), None, null_model, OURS, 7)[:, 0]
    ok, detail = agree(ours, theirs)
    assert ok, detail


def test_bootstrap_distribution_agrees_with_pysal(tracts, pysal_dissim):
    """PySAL's ``bootstrap`` null approach resamples the tracts with replacement: our bootstrap replicates."""
    theirs = pysal_null(pysal_dissim, "bootstrap", 300, 11).est_sim
    ours = bootstrap("dissimilarity", (tracts["HISP_"], tracts["TOT_POP"]), None, OURS, 0.95, 11).replicates[:, 0]
    ok, detail = agree(ours, theirs)
    assert ok, detail
    ok, ratio = same_spread(ours, theirs)
    assert ok, ratio


def test_bias_corrected_dissimilarity_agrees_with_pysal(frame, tracts):
    """PySAL's ``BiasCorrectedDissim`` (B = 500) and ours (999 replicates): 2 D - mean(D*) with D* from the same
    multinomials (each group over the tracts with its own observed shares)."""
    from segregation.singlegroup import BiasCorrectedDissim
    theirs = seeded(5, BiasCorrectedDissim, frame, "HISP_", "TOT_POP", B=500).statistic
    ours, reps = bias_corrected_dissimilarity(tracts["HISP_"], tracts["TOT_POP"], permutations=OURS, rng=5,
                                              return_replicates=True)
    sd = reps[:, 0].std(ddof=1)
    assert abs(ours - theirs) < 4 * sd * math.sqrt(1 / OURS + 1 / 500), (ours, theirs)
    assert ours < aspatial.dissimilarity(tracts["HISP_"], tracts["TOT_POP"])


def test_p_value_agrees_with_pysal_on_a_city_without_segregation(frame, tracts):
    """Sacramento's tracts with a group drawn at random (evenness): D is noise, p is in the middle. PySAL's
    one-tailed p = #(D* > D) / R; ours (#(D* >= D) + 1) / (R + 1): the same estimate up to 1 / R."""
    from segregation.singlegroup import Dissim
    rng = np.random.default_rng(42)
    t = tracts["TOT_POP"]
    x = rng.binomial(t.astype(np.int64), 0.15).astype(float)
    shuffled = frame.assign(RANDOM_=x)
    theirs = pysal_null(Dissim(shuffled, "RANDOM_", "TOT_POP"), "evenness", 300, 3)
    ours = null_test("dissimilarity", (x, t), None, "evenness", OURS, 3)
    p_ours, p_theirs = ours.p[0], theirs.p_value
    assert 0.02 < p_ours < 0.98
    se = math.sqrt(p_ours * (1 - p_ours) * (1 / OURS + 1 / 300))
    assert abs(p_ours - p_theirs) < 4 * se + 2 / 300, (p_ours, p_theirs)
    # and PySAL's own replicates give our p-value formula's value on them
    assert p_value(theirs.statistic, theirs.est_sim) == pytest.approx(
        ((theirs.est_sim >= theirs.statistic).sum() + 1) / (len(theirs.est_sim) + 1))


def test_spatial_dissimilarity_geographic_permutation_agrees_with_pysal():
    """Morrill's D(adj) with queen weights: PySAL shuffles the tract geometries (and rebuilds the weights),
    we shuffle the tracts' counts over the fixed weights: the same null distribution."""
    from segregation.singlegroup import SpatialDissim
    from spatial_oracle import pysal_sacramento_utm, sacramento
    data = sacramento()
    theirs = pysal_null(SpatialDissim(pysal_sacramento_utm(), "HISP_", "TOT_POP"), "geographic_permutation", 12, 1)
    queen = data["queen"]
    ours = simulate(lambda x, t, regions: spatial_dissimilarity(x, t, queen, regions=regions),
                    (data["x"], data["t"]), None, "geographic_permutation", OURS, 1, stacked=False)[:, 0]
    ok, detail = agree(ours, theirs.est_sim)
    assert ok, detail
    assert theirs.statistic == pytest.approx(spatial_dissimilarity(data["x"], data["t"], queen), abs=1e-9)
    assert ours.mean() < theirs.statistic  # Hispanic residents cluster in neighbouring tracts
