"""Shapley decomposition of a difference into spatial and attribute parts (Rey, Cortes & Knaap 2021).

Published values: pysal/segregation tests/test_decomposition.py, Sacramento tracts,
``DecomposeSegregation(Dissim(HISP, TOT_POP), Dissim(BLACK, TOT_POP))``. PySAL reports the parts of
index1 - index2; ours are of index(2) - index(1), so PySAL's (HISP, BLACK) is our (x1=BLACK, x2=HISP).
The method is deterministic (ranks and quantiles), so the values are reproduced to 1e-9.
"""

import numpy as np
import pandas as pd
import pytest

from oracle import read_sacramento
from segregation_analysis.core import BY_ID, SINGLE_GROUP_IDS
from segregation_analysis.core.decomposition import (COUNTERFACTUALS, counterfactual_counts, shapley_decomposition,
                                                     shapley_table)

PUBLISHED = {  # approach: (c_a, c_s) of D(HISP) - D(BLACK)
    "composition": (-0.16138819842911295, -0.005104643275796905),
    "share": (-0.1543828579279878, -0.012109983776922045),
    "dual_composition": (-0.16159526946235048, -0.004897572242559378),  # PySAL's test only, not in our README
}


def close(value, tol=1e-9):
    return pytest.approx(value, abs=tol, rel=0)


@pytest.fixture(scope="module")
def tracts():
    return read_sacramento(("TOT_POP", "HISP_", "BLACK_", "ASIAN_", "WHITE_"))


@pytest.mark.parametrize("approach", sorted(PUBLISHED))
def test_sacramento_published_values(tracts, approach):
    c_a, c_s = PUBLISHED[approach]
    t = tracts["TOT_POP"]
    swapped = shapley_decomposition(tracts["BLACK_"], t, tracts["HISP_"], t, counterfactual=approach)
    assert swapped.c_a == close(c_a) and swapped.c_s == close(c_s)
    assert swapped.value_1 == close(BY_ID["dissimilarity"].function(tracts["BLACK_"], t))
    assert swapped.value_2 == close(0.32184656076566864)  # published D(HISP)
    # in PySAL's order (x1 = HISP, x2 = BLACK) our parts of D(BLACK) - D(HISP) are the negated values
    ours = shapley_decomposition(tracts["HISP_"], t, tracts["BLACK_"], t, counterfactual=approach)
    assert ours.c_a == close(-c_a) and ours.c_s == close(-c_s)
    assert ours.value_s1_a2 == close(swapped.value_s2_a1) and ours.value_s2_a1 == close(swapped.value_s1_a2)


@pytest.mark.parametrize("approach", COUNTERFACTUALS)
@pytest.mark.parametrize("index_id", SINGLE_GROUP_IDS)
def test_parts_add_up_to_the_difference(tracts, index_id, approach):
    t = tracts["TOT_POP"]
    result = shapley_decomposition(tracts["ASIAN_"], t, tracts["HISP_"], t, index=index_id, counterfactual=approach)
    function = BY_ID[index_id].function
    assert result.difference == pytest.approx(function(tracts["HISP_"], t) - function(tracts["ASIAN_"], t),
                                              abs=1e-15, rel=0)
    assert result.c_s + result.c_a == pytest.approx(result.difference, abs=1e-15, rel=0)
    assert result.c_s == result.spatial and result.c_a == result.attribute


@pytest.mark.parametrize("approach", COUNTERFACTUALS)
def test_counterfactual_construction(tracts, approach):
    """What each approach keeps: unit totals (composition), group and rest totals (share)."""
    t = tracts["TOT_POP"]
    x1, x2 = tracts["BLACK_"], tracts["HISP_"]
    cx1, ct1, cx2, ct2 = counterfactual_counts(x1, t, x2, t, approach)
    result = shapley_decomposition(x1, t, x2, t, counterfactual=approach)
    assert result.value_s1_a2 == close(BY_ID["dissimilarity"].function(cx1, ct1), 1e-15)
    assert result.value_s2_a1 == close(BY_ID["dissimilarity"].function(cx2, ct2), 1e-15)
    assert (cx1 >= 0).all() and (cx1 <= ct1 + 1e-9).all()
    if approach == "composition":
        assert np.array_equal(ct1, t) and np.array_equal(ct2, t)
        # unit i of city 1 gets city 2's composition at its percentile: the order of compositions is kept
        order = np.argsort(x1 / t, kind="stable")
        assert (np.diff((cx1 / t)[order]) >= -1e-15).all()
    if approach == "share":
        assert cx1.sum() == close(x1.sum(), 1e-6) and (ct1 - cx1).sum() == close((t - x1).sum(), 1e-6)


def test_identical_cities_have_no_parts(tracts):
    t, x = tracts["TOT_POP"], tracts["HISP_"]
    for approach in COUNTERFACTUALS:
        result = shapley_decomposition(x, t, x.copy(), t.copy(), counterfactual=approach)
        assert result.difference == 0 and result.c_s == 0 and result.c_a == 0


def test_different_unit_counts_and_zero_population_units(tracts):
    """Cities of different sizes (a year with more tracts); a unit without population has composition 0."""
    t, x = tracts["TOT_POP"].copy(), tracts["HISP_"].copy()
    t[:3] = x[:3] = 0
    result = shapley_decomposition(x[:150], t[:150], tracts["HISP_"], tracts["TOT_POP"], index="gini")
    assert np.isfinite([result.c_s, result.c_a]).all()
    assert result.c_s + result.c_a == pytest.approx(result.difference, abs=1e-15)


def test_table_of_several_indices(tracts):
    t = tracts["TOT_POP"]
    table = shapley_table(tracts["BLACK_"], t, tracts["HISP_"], t, indices=["dissimilarity", "gini"],
                          counterfactuals=["composition", "share"])
    assert list(table[["index", "counterfactual"]].itertuples(index=False, name=None)) == [
        ("dissimilarity", "composition"), ("dissimilarity", "share"), ("gini", "composition"), ("gini", "share")]
    assert table.loc[1, "c_a"] == close(PUBLISHED["share"][0])
    assert (table["c_s"] + table["c_a"] - table["difference"]).abs().max() < 1e-15


@pytest.fixture(scope="module")
def pysal_frame(tracts):
    return pd.DataFrame({"HISP": tracts["HISP_"], "ASIAN": tracts["ASIAN_"], "TOT_POP": tracts["TOT_POP"]})


@pytest.mark.parametrize("approach", COUNTERFACTUALS)
def test_counterfactual_counts_equal_pysal(tracts, pysal_frame, approach):
    """The counterfactual populations themselves against PySAL's ``_generate_counterfactual`` (to 1e-9)."""
    pytest.importorskip("segregation")
    from segregation.inference.comparative import _generate_counterfactual

    theirs1, theirs2 = _generate_counterfactual(pysal_frame, pysal_frame, "HISP", "TOT_POP", "ASIAN", "TOT_POP",
                                                counterfactual_approach=approach)
    cx1, ct1, cx2, ct2 = counterfactual_counts(tracts["HISP_"], tracts["TOT_POP"], tracts["ASIAN_"],
                                               tracts["TOT_POP"], approach)
    group, total = "counterfactual_group_pop", "counterfactual_total_pop"
    for ours, theirs, column in ((cx1, theirs1, group), (ct1, theirs1, total), (cx2, theirs2, group),
                                 (ct2, theirs2, total)):
        assert ours == pytest.approx(theirs[column].to_numpy(), abs=1e-9, rel=1e-12)


@pytest.mark.parametrize("index_id, approach", [(i, "composition") for i in SINGLE_GROUP_IDS if i != "dissimilarity"]
                         + [("gini", "share"), ("entropy", "dual_composition")])
def test_against_pysal_decompose_segregation(tracts, pysal_frame, index_id, approach):
    """Other indices against PySAL's DecomposeSegregation itself, live (to 1e-9); D is the published case.
    (PySAL's counterfactuals take about a second each, so not every index x approach pair is run.)"""
    pytest.importorskip("segregation")
    from segregation import singlegroup
    from segregation.decomposition import DecomposeSegregation

    from oracle import PYSAL_SINGLE_GROUP

    cls = getattr(singlegroup, PYSAL_SINGLE_GROUP[index_id])
    kwargs = {"b": 0.5} if index_id == "atkinson" else {}
    index1, index2 = cls(pysal_frame, "HISP", "TOT_POP", **kwargs), cls(pysal_frame, "ASIAN", "TOT_POP", **kwargs)
    theirs = DecomposeSegregation(index1, index2, counterfactual_approach=approach)
    ours = shapley_decomposition(tracts["ASIAN_"], tracts["TOT_POP"], tracts["HISP_"], tracts["TOT_POP"],
                                 index=index_id, counterfactual=approach)
    assert ours.c_s == close(theirs.c_s) and ours.c_a == close(theirs.c_a)
    assert ours.value_s1_a2 == close(theirs.indices["s2_a1"])
    assert ours.value_s2_a1 == close(theirs.indices["s1_a2"])


# --- bad input ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs, message", [
    (dict(index="multi_gini"), "Unknown single-group index 'multi_gini'"),
    (dict(index="spatial_dissimilarity"), "Unknown single-group index"),
    (dict(index="nope"), "Known: dissimilarity, gini"),
    (dict(counterfactual="swap"), "Unknown counterfactual approach 'swap'"),
])
def test_bad_options(kwargs, message):
    x, t = np.array([1.0, 5.0, 2.0]), np.array([10.0, 10.0, 10.0])
    with pytest.raises(ValueError, match=message):
        shapley_decomposition(x, t, x, t, **kwargs)


@pytest.mark.parametrize("x1, t1, message", [
    ([1.0, 2.0], [5.0, 5.0, 5.0], "City 1: 2 group counts but 3 totals"),
    ([], [], "City 1 has no units"),
    ([1.0, np.nan], [5.0, 5.0], "missing"),
    ([1.0, -1.0], [5.0, 5.0], "negative"),
    ([6.0, 1.0], [5.0, 5.0], "larger than its unit's total"),
    ([0.0, 0.0], [5.0, 5.0], "group must be present"),
    ([[1.0], [2.0]], [[5.0], [5.0]], "one-dimensional"),
])
def test_bad_arrays(x1, t1, message):
    x2, t2 = np.array([1.0, 3.0]), np.array([4.0, 4.0])
    with pytest.raises(ValueError, match=message):
        shapley_decomposition(x1, t1, x2, t2)
