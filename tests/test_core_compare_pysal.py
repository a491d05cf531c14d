"""Random labelling and bootstrap against PySAL's ``TwoValueTest`` (statistically) on the Sacramento tracts.

PySAL draws from numpy's global random state; it is seeded with ``np.random.seed`` and run with
``n_jobs=1`` (joblib's worker processes would not inherit the seed). PySAL's difference is index1 - index2,
ours b - a, so PySAL's replicates are negated. Both are Monte-Carlo estimates with R = 999 replicates from
independent streams; the tolerances are four standard errors of the difference of two such estimates:

- null / bootstrap means: |m_ours - m_pysal| <= 4 sd sqrt(2 / R)  (about 0.18 sd);
- standard deviations: |sd_ours / sd_pysal - 1| <= 4 sqrt(1 / R)  (about 0.13; SE of a sd is sd / sqrt(2R));
- p-values: |p_ours - p_pysal| <= 4 sqrt(2 p (1 - p) / R) + 2 / (R + 1)  (the last term: our (count + 1) /
  (R + 1) pseudo p-value against PySAL's count / R);
- the two null distributions: two-sample Kolmogorov-Smirnov p > 0.001.
"""

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from oracle import SACRAMENTO_GROUPS, read_sacramento
from segregation_analysis.core.compare import compare_indices

pytest.importorskip("segregation")

R = 999
SPLIT = 200  # the first 200 tracts against the other 203, as in PySAL's multigroup inference test


@pytest.fixture(scope="module")
def frame():
    tracts = read_sacramento()
    return pd.DataFrame({name.rstrip("_"): values for name, values in tracts.items()})


def pysal_two_value(cls, frame, *args, approach="random_label", seed=123):
    from segregation.inference import TwoValueTest
    np.random.seed(seed)
    return TwoValueTest(cls(frame[:SPLIT], *args), cls(frame[SPLIT:], *args), iterations_under_null=R,
                        null_approach=approach, n_jobs=1)


def assert_same_distribution(ours, theirs):
    ours, theirs = np.asarray(ours), np.asarray(theirs)
    sd = theirs.std(ddof=1)
    assert abs(ours.mean() - theirs.mean()) <= 4 * sd * np.sqrt(2 / R)
    assert abs(ours.std(ddof=1) / sd - 1) <= 4 * np.sqrt(1 / R)
    assert stats.ks_2samp(ours, theirs).pvalue > 1e-3


def assert_same_p(ours, theirs):
    p = (ours + theirs) / 2
    assert abs(ours - theirs) <= 4 * np.sqrt(2 * p * (1 - p) / R) + 2 / (R + 1)


@pytest.mark.parametrize("pysal_name, index_id", [("Dissim", "dissimilarity"), ("Isolation", "isolation"),
                                                  ("Gini", "gini")])
def test_random_labelling_single_group(frame, pysal_name, index_id):
    from segregation import singlegroup
    theirs = pysal_two_value(getattr(singlegroup, pysal_name), frame, "HISP", "TOT_POP")
    a = (frame["HISP"].to_numpy()[:SPLIT], frame["TOT_POP"].to_numpy()[:SPLIT])
    b = (frame["HISP"].to_numpy()[SPLIT:], frame["TOT_POP"].to_numpy()[SPLIT:])
    ours, reps = compare_indices(a, b, [index_id], permutations=R, rng=np.random.default_rng(123), confidence=None,
                                 return_replicates=True)
    row = ours.iloc[0]
    assert row.difference == pytest.approx(-theirs.est_point_diff, abs=1e-12)
    assert_same_distribution(reps["null"][index_id], -np.asarray(theirs.est_sim))
    assert_same_p(row.p_value, theirs.p_value)


def test_random_labelling_multigroup(frame):
    from segregation.multigroup import MultiDissim
    groups = [g.rstrip("_") for g in SACRAMENTO_GROUPS]
    theirs = pysal_two_value(MultiDissim, frame, groups)
    counts = frame[groups].to_numpy(dtype=float)
    ours, reps = compare_indices(counts[:SPLIT], counts[SPLIT:], ["multi_dissimilarity"], permutations=R,
                                 rng=np.random.default_rng(123), confidence=None, return_replicates=True)
    assert ours.iloc[0].difference == pytest.approx(-theirs.est_point_diff, abs=1e-12)
    assert_same_distribution(reps["null"]["multi_dissimilarity"], -np.asarray(theirs.est_sim))
    assert_same_p(ours.iloc[0].p_value, theirs.p_value)


def test_bootstrap_spread_of_the_difference(frame):
    """PySAL bootstraps each index separately (units with replacement, as ours): the difference of
    independent bootstrap replicates has mean m2 - m1 and sd sqrt(sd1^2 + sd2^2)."""
    from segregation.singlegroup import Dissim
    theirs = pysal_two_value(Dissim, frame, "HISP", "TOT_POP", approach="bootstrap")
    boot1, boot2 = (np.asarray(v) for v in theirs.est_sim)
    x, t = frame["HISP"].to_numpy(), frame["TOT_POP"].to_numpy()
    ours = compare_indices((x[:SPLIT], t[:SPLIT]), (x[SPLIT:], t[SPLIT:]), ["dissimilarity"], method="bootstrap",
                           permutations=R, rng=np.random.default_rng(123)).iloc[0]
    sd = np.sqrt(boot1.var(ddof=1) + boot2.var(ddof=1))
    assert abs(ours.boot_mean - (boot2.mean() - boot1.mean())) <= 4 * sd * np.sqrt(2 / R)
    assert abs(ours.boot_sd / sd - 1) <= 4 * np.sqrt(1 / R)
    # PySAL's bootstrap test is a t-test on the two distributions; ours is the percentile bootstrap. Both
    # reject clearly here (the halves differ by 3 standard errors).
    assert ours.p_value < 0.01 and theirs.p_value < 0.01
