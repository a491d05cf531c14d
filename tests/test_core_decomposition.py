"""Hierarchical decomposition of M and H (exact identities, hand cases, an independent loop oracle)."""

import math

import numpy as np
import pandas as pd
import pytest

from segregation_analysis.core import (diversity, multi_information_theory, mutual_information)
from segregation_analysis.core.decomposition import (BETWEEN, DECOMPOSITION_COLUMNS, TOTAL, UNIT, WITHIN,
                                                     mutual_information_decomposition)

EXACT = dict(abs=1e-12, rel=0)


def nested_data(seed=0, n=2000, k=4):
    """Base units in districts within municipalities within regions; district labels repeat across
    municipalities (local numbering), municipality codes are unique. Some units and one district are empty."""
    rng = np.random.default_rng(seed)
    region = rng.integers(0, 3, n)
    municipality = region * 100 + rng.integers(0, 6, n)
    district = rng.integers(1, 5, n)
    shares = rng.dirichlet(np.ones(k) * 0.7, n)
    totals = rng.integers(0, 400, n)
    counts = np.vstack([rng.multinomial(tt, p) for tt, p in zip(totals, shares)]).astype(float)
    counts[:25] = 0.0  # units without population
    counts[(municipality == 101) & (district == 2)] = 0.0  # a whole district without population
    return counts, region.astype(str), np.char.add("m", municipality.astype(str)), district


def oracle_mutual_information(table):
    """M of a units x groups table: sum_ug p_ug ln(p_ug / (p_u p_g)), written out with plain numpy."""
    table = np.asarray(table, float)
    p = table / table.sum()
    pu = p.sum(axis=1, keepdims=True)
    pg = p.sum(axis=0, keepdims=True)
    ok = p > 0
    return float((p[ok] * np.log(p[ok] / (pu @ pg)[ok])).sum())


@pytest.fixture(scope="module")
def data():
    return nested_data()


@pytest.fixture(scope="module")
def result(data):
    counts, region, municipality, district = data
    return mutual_information_decomposition(counts, [region, municipality, district],
                                            names=["region", "municipality", "district"], require_nesting=False)


def test_columns_and_components(result):
    assert list(result.columns) == list(DECOMPOSITION_COLUMNS)
    comp = result["component"]
    assert (comp == TOTAL).sum() == 1 and (comp == WITHIN).sum() == 1
    assert list(result.loc[comp == BETWEEN, "level"]) == ["region", "municipality", "district"]
    assert set(result.loc[comp == UNIT, "level"]) == {"region", "municipality", "district"}


def test_between_plus_within_is_total(result):
    total = result.loc[result.component == TOTAL, "M"].item()
    parts = result.loc[result.component.isin([BETWEEN, WITHIN]), "M"].sum()
    assert parts == pytest.approx(total, **EXACT)
    assert result.loc[result.component.isin([BETWEEN, WITHIN]), "share"].sum() == pytest.approx(1.0, **EXACT)


@pytest.mark.parametrize("level", [0, 1, 2])
def test_each_level_between_plus_weighted_within_is_total(result, level):
    """For every level l: between(1) + ... + between(l) + sum_g w_g M_g over the units of level l = M."""
    names = ["region", "municipality", "district"]
    total = result.loc[result.component == TOTAL, "M"].item()
    between = result[result.component == BETWEEN].set_index("level")["M"]
    units = result[(result.component == UNIT) & (result.level == names[level])]
    weighted = (units["weight"] * units["within_M"].fillna(0.0)).sum()
    assert between[names[:level + 1]].sum() + weighted == pytest.approx(total, **EXACT)
    assert units["M"].to_numpy() == pytest.approx((units["weight"] * units["within_M"].fillna(0)).to_numpy(), **EXACT)
    assert units["weight"].sum() == pytest.approx(1.0, **EXACT)


def test_between_parts_are_weighted_subunit_segregation(result):
    """between(l) = sum over the units g of level l - 1 of w_g B_g (M between g's sub-units)."""
    between = result[result.component == BETWEEN].set_index("level")["M"]
    units = result[result.component == UNIT]

    def weighted_subunit(level):
        part = units[units.level == level]
        return (part["weight"] * part["subunit_M"].fillna(0)).sum()

    assert between["municipality"] == pytest.approx(weighted_subunit("region"), **EXACT)
    assert between["district"] == pytest.approx(weighted_subunit("municipality"), **EXACT)
    within = result.loc[result.component == WITHIN, "M"].item()
    assert within == pytest.approx(units.loc[units.level == "district", "M"].sum(), **EXACT)
    assert within == pytest.approx(weighted_subunit("district"), **EXACT)
    finest = units[units.level == "district"]
    assert finest["subunit_M"].to_numpy() == pytest.approx(finest["within_M"].to_numpy(), **EXACT, nan_ok=True)


def test_within_of_a_unit_splits_into_its_subunits(result):
    """W_g = B_g + sum over its children c of (T_c / T_g) W_c, for every region and municipality."""
    units = result[result.component == UNIT]
    for level, child_level in (("region", "municipality"), ("municipality", "district")):
        parents = units[(units.level == level) & (units.population > 0)]
        children = units[(units.level == child_level) & (units.population > 0)]
        inner = (children["population"] * children["within_M"]).groupby(children["parent"]).sum()
        expected = parents["subunit_M"].to_numpy() + inner[parents["unit"]].to_numpy() / parents["population"]
        assert parents["within_M"].to_numpy() == pytest.approx(expected, **EXACT)


def test_h_is_m_over_e(result, data):
    counts = data[0]
    E = diversity(counts)
    assert result["H"].to_numpy() == pytest.approx(result["M"].to_numpy() / E, **EXACT)
    total = result[result.component == TOTAL]
    assert total["H"].item() == pytest.approx(multi_information_theory(counts), **EXACT)
    units = result[result.component == UNIT]
    populated = units["entropy"] > 0
    assert units.loc[populated, "within_H"].to_numpy() == pytest.approx(
        (units.loc[populated, "within_M"] / units.loc[populated, "entropy"]).to_numpy(), **EXACT)


def test_total_and_levels_against_plain_numpy_oracle(result, data):
    """Total M, the top level's aggregated M and every unit's within-M recomputed with a loop over units."""
    counts, region, municipality, district = data
    assert result.loc[result.component == TOTAL, "M"].item() == pytest.approx(oracle_mutual_information(counts),
                                                                              **EXACT)
    frame = pd.DataFrame(counts).assign(region=region, municipality=municipality, district=district)
    by_region = frame.groupby("region")[list(range(counts.shape[1]))].sum()
    between_region = result[(result.component == BETWEEN) & (result.level == "region")]["M"].item()
    assert between_region == pytest.approx(oracle_mutual_information(by_region.to_numpy()), **EXACT)
    units = result[result.component == UNIT]
    groups = list(range(counts.shape[1]))
    # region g: M of its base units (within), M between its municipalities (subunit)
    for label, sub in frame.groupby("region"):
        row = units[(units.level == "region") & (units.unit == label)]
        assert row["within_M"].item() == pytest.approx(oracle_mutual_information(sub[groups].to_numpy()), **EXACT)
        table = sub.groupby("municipality")[groups].sum().to_numpy()
        assert row["subunit_M"].item() == pytest.approx(oracle_mutual_information(table), **EXACT)
        assert row["population"].item() == sub[list(range(counts.shape[1]))].to_numpy().sum()
    # district (local label) within its municipality: M between its base units
    for (mun, dist), sub in frame.groupby(["municipality", "district"]):
        row = units[(units.level == "district") & (units.unit == str(dist)) & (units.parent == mun)]
        assert len(row) == 1
        table = sub[list(range(counts.shape[1]))].to_numpy()
        if table.sum() > 0:
            assert row["within_M"].item() == pytest.approx(oracle_mutual_information(table), **EXACT)
        else:
            assert row["weight"].item() == 0 and row["M"].item() == 0 and np.isnan(row["within_M"].item())
        assert row["n_subunits"].item() == len(sub)


def test_one_level_equals_core_mutual_information(data):
    counts, region = data[0], data[1]
    result = mutual_information_decomposition(counts, [region], names=["region"])
    total = result.loc[result.component == TOTAL, "M"].item()
    assert total == pytest.approx(mutual_information(counts), **EXACT)
    units = result[result.component == UNIT]
    assert units["within_M"].to_numpy() == pytest.approx(mutual_information(counts, regions=region), **EXACT)
    assert units["within_H"].to_numpy() == pytest.approx(multi_information_theory(counts, regions=region), **EXACT)
    assert units["subunit_M"].to_numpy() == pytest.approx(units["within_M"].to_numpy(), **EXACT)
    assert (units["weight"] * units["within_M"]).sum() + result.loc[result.component == BETWEEN, "M"].item() \
        == pytest.approx(total, **EXACT)
    assert list(units["unit"]) == sorted(set(region))


def test_top_level_between_is_m_of_aggregated_table(data):
    counts, region = data[0], data[1]
    result = mutual_information_decomposition(counts, {"region": region})
    labels = sorted(set(region))
    aggregated = np.vstack([counts[region == r].sum(axis=0) for r in labels])
    between = result.loc[result.component == BETWEEN, "M"].item()
    assert between == pytest.approx(mutual_information(aggregated), **EXACT)
    # and an identical second level adds nothing between, everything stays within
    twice = mutual_information_decomposition(counts, pd.DataFrame({"a": region, "b": region}))
    assert twice.loc[(twice.component == BETWEEN) & (twice.level == "b"), "M"].item() == pytest.approx(0, **EXACT)


def test_hand_case():
    """Region A: (10, 0), (0, 10), fully segregated; region B: (5, 5), (5, 5), even. Groups 20 / 20."""
    counts = np.array([[10, 0], [0, 10], [5, 5], [5, 5]], float)
    result = mutual_information_decomposition(counts, [["A", "A", "B", "B"]], names=["region"])
    ln2 = math.log(2)
    get = result.set_index(["component", "unit"])
    assert get.loc[(TOTAL, None), "M"] == pytest.approx(0.5 * ln2, **EXACT)
    assert get.loc[(TOTAL, None), "H"] == pytest.approx(0.5, **EXACT)
    assert result.loc[result.component == BETWEEN, "M"].item() == pytest.approx(0.0, **EXACT)
    assert result.loc[result.component == WITHIN, "M"].item() == pytest.approx(0.5 * ln2, **EXACT)
    assert get.loc[(UNIT, "A"), "within_M"] == pytest.approx(ln2, **EXACT)
    assert get.loc[(UNIT, "A"), "within_H"] == pytest.approx(1.0, **EXACT)
    assert get.loc[(UNIT, "A"), "weight"] == 0.5
    assert get.loc[(UNIT, "B"), "within_M"] == pytest.approx(0.0, **EXACT)
    assert get.loc[(UNIT, "A"), "share"] == pytest.approx(1.0, **EXACT)


def test_order_of_units_does_not_matter(data):
    counts, region, municipality, _ = data
    order = np.random.default_rng(5).permutation(len(counts))
    one = mutual_information_decomposition(counts, [region, municipality])
    two = mutual_information_decomposition(counts[order], [region[order], municipality[order]])
    pd.testing.assert_frame_equal(one, two, check_exact=False, rtol=0, atol=1e-13)


def test_numeric_level_labels_sort_as_numbers():
    counts = np.array([[3, 1], [1, 3], [2, 2], [4, 0]], float)
    result = mutual_information_decomposition(counts, [[10, 10, 9, 9]])
    assert list(result.loc[result.component == UNIT, "unit"]) == ["9", "10"]


def test_large_input_is_vectorised():
    """300 000 units in 3 levels: no Python loop over units or higher-level units (seconds, not minutes)."""
    rng = np.random.default_rng(2)
    n = 300_000
    counts = rng.integers(0, 30, (n, 3)).astype(float)
    region = rng.integers(0, 19, n)
    municipality = region * 1000 + rng.integers(0, 15, n)
    district = municipality * 1000 + rng.integers(0, 40, n)
    result = mutual_information_decomposition(counts, [region, municipality, district])
    parts = result.loc[result.component.isin([BETWEEN, WITHIN]), "M"].sum()
    assert parts == pytest.approx(result.loc[result.component == TOTAL, "M"].item(), **EXACT)
    assert (result.component == UNIT).sum() == 19 + 19 * 15 + 19 * 15 * 40


# --- bad input ---------------------------------------------------------------------------------------------

def test_not_nested_raises_with_names(data):
    counts = np.ones((4, 2))
    with pytest.raises(ValueError, match=r"'kunta' is not nested in level 'region': '091' lies in 'A', 'B'"):
        mutual_information_decomposition(counts, [["A", "A", "B", "B"], ["091", "049", "091", "235"]],
                                         names=["region", "kunta"])
    ok = mutual_information_decomposition(counts, [["A", "A", "B", "B"], ["091", "049", "091", "235"]],
                                          names=["region", "kunta"], require_nesting=False)
    assert ((ok.component == UNIT) & (ok.level == "kunta")).sum() == 4


@pytest.mark.parametrize("counts, levels, message", [
    (np.ones((3, 2)), [["a", "b"]], "has 2 labels for 3 units"),
    (np.ones((3, 1)), [["a", "b", "c"]], "at least two group columns"),
    (np.ones(3), [["a", "b", "c"]], "at least two group columns"),
    (np.ones((0, 2)), [[]], "empty"),
    (np.array([[1, np.nan], [1, 1]]), [["a", "b"]], "missing"),
    (np.array([[1, -2], [1, 1]]), [["a", "b"]], "negative"),
    (np.zeros((2, 2)), [["a", "b"]], "needs population"),
    (np.ones((2, 2)), [], "levels is empty"),
    (np.ones((2, 2)), [["a", None]], "missing labels in 1 units"),
    (np.ones((2, 2)), "ab", "list of label arrays"),
])
def test_bad_input(counts, levels, message):
    with pytest.raises(ValueError, match=message):
        mutual_information_decomposition(counts, levels)


def test_bad_names():
    with pytest.raises(ValueError, match="2 level names for 1 levels"):
        mutual_information_decomposition(np.ones((2, 2)), [["a", "b"]], names=["x", "y"])
    with pytest.raises(ValueError, match="must differ"):
        mutual_information_decomposition(np.ones((2, 2)), [["a", "b"], ["a", "b"]], names=["x", "x"])
