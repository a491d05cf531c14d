"""Multiple disadvantage (core/disadvantage.py): hand-worked cases, the policies, and the Paavo sample.

Notation: r_i = count_i / base_i; m = sum counts / sum bases (the reference's population-weighted rate);
z-scores use the unweighted mean and the sample sd (ddof = 1) of the unit rates; the percentile is
100 (rank - 1) / (n - 1) with average ranks. Every expected number is worked out in the comments.
"""

import math

import numpy as np
import pandas as pd
import pytest

from segregation_analysis.core.disadvantage import (INDICATOR_SUFFIXES, OVERALL_COLUMNS, SUMMARY_LEAD_COLUMNS,
                                                    SUMMARY_SUFFIXES, SUMMARY_TAIL_COLUMNS, DisadvantageResult,
                                                    Indicator, disadvantage_index, empirical_bayes_rates)
from segregation_analysis.core.table import InputError

from conftest import SAMPLE_CSV

NAN = np.nan


def approx(values):
    return pytest.approx(values, abs=1e-12, rel=0, nan_ok=True)


def one(count, base, **kwargs):
    """A run with the single indicator 'x'."""
    hiw = kwargs.pop("higher_is_worse", True)
    return disadvantage_index([Indicator("x", np.array(count, float), np.array(base, float),
                                         higher_is_worse=hiw)], **kwargs)


def column(result, name):
    return result.table[name].to_numpy()


def flags(result, name):
    """A True/False/NaN column as a list of True/False/None."""
    return [None if pd.isna(v) else bool(v) for v in result.table[name]]


# Five units: counts 1, 4, 6, 4, 10 of bases 10, 20, 20, 10, 10 -> r = 0.1, 0.2, 0.3, 0.4, 1.0.
# Unweighted mean 2.0 / 5 = 0.4; deviations -0.3, -0.2, -0.1, 0, 0.6; sum of squares 0.5; sd = sqrt(0.5 / 4).
# m = 25 / 70 = 5 / 14. Percentiles: 0, 25, 50, 75, 100.
COUNT, BASE = [1, 4, 6, 4, 10], [10, 20, 20, 10, 10]
RATES = [0.1, 0.2, 0.3, 0.4, 1.0]
SD = math.sqrt(0.5 / 4)
Z = [-0.3 / SD, -0.2 / SD, -0.1 / SD, 0.0, 0.6 / SD]
M = 25 / 70


# --- standardisations, directions, thresholds -------------------------------------------------------------------

def test_zscore_hand_case_and_table_layout():
    result = one(COUNT, BASE)
    assert isinstance(result, DisadvantageResult)
    assert list(result.table.columns) == [f"x{s}" for s in INDICATOR_SUFFIXES] + list(OVERALL_COLUMNS)
    assert column(result, "x_rate") == approx(RATES)
    assert column(result, "x_std") == approx(Z)
    assert column(result, "disadvantage_index") == approx(Z)  # one indicator: the index is its component
    # top quintile: percentile >= 80 -> only the unit at 100
    assert flags(result, "x_above") == [False, False, False, False, True]
    assert flags(result, "multiple_disadvantage") == [False, False, False, False, True]
    assert list(column(result, "n_above")) == [0, 0, 0, 0, 1]
    row = result.summary.iloc[0]
    assert row["reference"] == "layer" and row["region"] is None and row["n_units"] == 5
    assert row["x_reference_rate"] == pytest.approx(M, abs=1e-15)
    assert row["x_mean"] == pytest.approx(0.4, abs=1e-15) and row["x_sd"] == pytest.approx(SD, abs=1e-15)
    # the rate at the 80th percentile: position 0.8 * 4 = 3.2 between 0.4 and 1.0 -> 0.4 + 0.2 * 0.6 = 0.52
    assert row["x_threshold"] == pytest.approx(0.52, abs=1e-15)
    assert row["x_n_above"] == 1 and row["n_multiple_disadvantage"] == 1 and row["note"] == ""
    assert list(result.summary.columns) == (list(SUMMARY_LEAD_COLUMNS) + [f"x{s}" for s in SUMMARY_SUFFIXES]
                                            + list(SUMMARY_TAIL_COLUMNS))


def test_zscore_lower_is_worse_is_negated():
    # higher_is_worse=False: component -z; the worst fifth is the lowest rate (oriented percentile 100 - p)
    result = one(COUNT, BASE, higher_is_worse=False)
    assert column(result, "x_std") == approx([-z for z in Z])
    assert flags(result, "x_above") == [True, False, False, False, False]
    assert result.summary["x_threshold"][0] == pytest.approx(0.18, abs=1e-15)  # 20th pct: 0.1 + 0.8 * 0.1


def test_index100_hand_case_both_directions():
    # 100 r / m with m = 5/14: 100 * 0.1 * 14 / 5 = 28, then 56, 84, 112, 280
    expected = [28.0, 56.0, 84.0, 112.0, 280.0]
    assert column(one(COUNT, BASE, standardisation="index100"), "x_std") == approx(expected)
    # mirrored about 100: 200 - index
    mirrored = column(one(COUNT, BASE, standardisation="index100", higher_is_worse=False), "x_std")
    assert mirrored == approx([172.0, 144.0, 116.0, 88.0, -80.0])


def test_index100_is_100_at_the_reference_rate():
    # r = 0.2, 0.3 of bases 10, 10: m = 0.25; a unit at exactly m would score 100, these 80 and 120
    assert column(one([2, 3], [10, 10], standardisation="index100"), "x_std") == approx([80.0, 120.0])


def test_percentile_hand_case_both_directions():
    assert column(one(COUNT, BASE, standardisation="percentile"), "x_std") == approx([0, 25, 50, 75, 100])
    lower = one(COUNT, BASE, standardisation="percentile", higher_is_worse=False)
    assert column(lower, "x_std") == approx([100, 75, 50, 25, 0])


def test_percentile_ties_are_averaged():
    # r = 0.1, 0.2, 0.2, 0.2, 0.5: ranks 1, 3, 3, 3, 5 -> 0, 50, 50, 50, 100
    result = one([1, 2, 2, 2, 5], [10] * 5, standardisation="percentile")
    assert column(result, "x_std") == approx([0, 50, 50, 50, 100])
    # r = 0.1, 0.2, 0.3, 0.5, 0.5: ranks 1, 2, 3, 4.5, 4.5 -> 0, 25, 50, 87.5, 87.5: both tied units flagged
    result = one([1, 2, 3, 5, 5], [10] * 5, standardisation="percentile")
    assert column(result, "x_std") == approx([0, 25, 50, 87.5, 87.5])
    assert flags(result, "x_above") == [False, False, False, True, True]
    # the other direction is the percentile of -r exactly: 100, 75, 50, 12.5, 12.5
    lower = one([1, 2, 3, 5, 5], [10] * 5, standardisation="percentile", higher_is_worse=False)
    assert column(lower, "x_std") == approx([100, 75, 50, 12.5, 12.5])
    assert flags(lower, "x_above") == [True, False, False, False, False]


def test_top_quintile_includes_the_80th_percentile():
    # six units: percentiles 0, 20, 40, 60, 80, 100 -> the units at 80 and 100 are the worst fifth
    result = one([1, 2, 3, 4, 5, 6], [10] * 6, standardisation="percentile")
    assert column(result, "x_std") == approx([0, 20, 40, 60, 80, 100])
    assert flags(result, "x_above") == [False] * 4 + [True, True]


def test_all_tied_rates_are_the_median_and_not_flagged():
    result = one([1, 2, 3], [10, 20, 30], standardisation="percentile")  # all 0.1
    assert column(result, "x_std") == approx([50, 50, 50])
    assert flags(result, "x_above") == [False, False, False]


def test_multiple_of_mean_both_directions():
    # higher is worse: r >= 1.5 m = 0.5357...: only r = 1.0; with k = 1.1 (0.3929): 0.4 and 1.0
    assert flags(one(COUNT, BASE, threshold="multiple_of_mean"), "x_above") == [False] * 4 + [True]
    result = one(COUNT, BASE, threshold="multiple_of_mean", threshold_multiple=1.1)
    assert flags(result, "x_above") == [False, False, False, True, True]
    assert result.summary["x_threshold"][0] == pytest.approx(1.1 * M, abs=1e-15)
    # lower is worse: r <= m / 1.5 = 0.2381: 0.1 and 0.2
    lower = one(COUNT, BASE, threshold="multiple_of_mean", higher_is_worse=False)
    assert flags(lower, "x_above") == [True, True, False, False, False]
    assert lower.summary["x_threshold"][0] == pytest.approx(M / 1.5, abs=1e-15)


def test_lower_is_worse_equals_the_complement_share_for_z_and_percentile():
    # r -> 1 - r reverses every deviation and every rank: -z and 100 - p exactly, the same top quintile
    count, base = np.array([3, 7, 1, 9, 4, 6.0]), np.array([10, 20, 5, 30, 8, 12.0])
    for standardisation in ("zscore", "percentile"):
        lower = one(count, base, standardisation=standardisation, higher_is_worse=False)
        complement = one(base - count, base, standardisation=standardisation)
        assert column(lower, "x_std") == approx(column(complement, "x_std"))
        assert flags(lower, "x_above") == flags(complement, "x_above")


# --- weights, regions ---------------------------------------------------------------------------------------

def test_weighted_mean_of_components():
    # a: r = 0.1, 0.2, 0.3 -> z = -1, 0, 1 (mean 0.2, sd 0.1); b: r = 0.3, 0.1, 0.2 -> z = 1, -1, 0
    a = Indicator("a", np.array([1, 2, 3.0]), np.array([10, 10, 10.0]), weight=3.0)
    b = Indicator("b", np.array([3, 1, 2.0]), np.array([10, 10, 10.0]), weight=1.0)
    result = disadvantage_index([a, b])
    assert column(result, "a_std") == approx([-1, 0, 1]) and column(result, "b_std") == approx([1, -1, 0])
    # (3 z_a + z_b) / 4 = (-3 + 1) / 4, (0 - 1) / 4, (3 + 0) / 4
    assert column(result, "disadvantage_index") == approx([-0.5, -0.25, 0.75])
    assert list(column(result, "n_indicators")) == [2, 2, 2]
    # equal weights: the plain mean
    a.weight = 1.0
    assert column(disadvantage_index([a, b]), "disadvantage_index") == approx([0, -0.5, 0.5])


def _paavo():
    raw = pd.read_csv(SAMPLE_CSV, dtype={"posti_alue": str, "kunta": str})
    return raw, raw.replace(-1, np.nan)


def _paavo_indicators(frame):
    return [Indicator("low_income", frame["tr_pi_tul"].to_numpy(float), frame["tr_kuty"].to_numpy(float)),
            Indicator("unemployed", frame["pt_tyott"].to_numpy(float),
                      (frame["pt_tyoll"] + frame["pt_tyott"]).to_numpy(float)),
            Indicator("basic_education", frame["ko_perus"].to_numpy(float), frame["ko_ika18y"].to_numpy(float),
                      weight=2.0)]


@pytest.mark.parametrize("options", [
    dict(),
    dict(standardisation="percentile", missing="drop"),
    dict(standardisation="index100", threshold="multiple_of_mean", smoothing="empirical_bayes", missing="impute"),
])
def test_reference_region_equals_each_region_alone(options):
    _, frame = _paavo()
    whole = disadvantage_index(_paavo_indicators(frame), regions=frame["kunta"], reference="region", **options)
    assert list(whole.summary["region"]) == ["049", "091", "092", "235"]
    for row, label in enumerate(whole.summary["region"]):
        part = frame[frame["kunta"] == label].reset_index(drop=True)
        alone = disadvantage_index(_paavo_indicators(part), **options)
        mine = whole.table[(frame["kunta"] == label).to_numpy()].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, alone.table, check_exact=False, rtol=0, atol=1e-10)
        summary_alone = alone.summary.drop(columns=["reference", "region"]).iloc[0]
        summary_region = whole.summary.drop(columns=["reference", "region"]).iloc[row]
        pd.testing.assert_series_equal(summary_region, summary_alone, check_names=False, check_exact=False,
                                       rtol=0, atol=1e-10)


def test_layer_reference_differs_from_region_reference():
    # units 0-2 in region A (r = 0.1, 0.2, 0.3), 3-5 in B (r = 0.5, 0.6, 0.7): within each region z = -1, 0, 1
    count, base = np.array([1, 2, 3, 5, 6, 7.0]), np.full(6, 10.0)
    regions = ["A", "A", "A", "B", "B", "B"]
    by_region = one(count, base, regions=regions, reference="region")
    assert column(by_region, "x_std") == approx([-1, 0, 1, -1, 0, 1])
    assert list(by_region.summary["region"]) == ["A", "B"]
    assert list(by_region.summary["x_reference_rate"]) == approx([0.2, 0.6])
    # the layer: mean 0.4; sd^2 = (0.09 + 0.04 + 0.01 + 0.01 + 0.04 + 0.09) / 5 = 0.056
    layer = one(count, base, regions=regions)  # reference='layer' (default): regions are not used
    sd = math.sqrt(0.056)
    assert column(layer, "x_std") == approx([(r - 0.4) / sd for r in (0.1, 0.2, 0.3, 0.5, 0.6, 0.7)])
    assert len(layer.summary) == 1


def test_single_unit_region_gives_nan_and_a_note_not_an_error():
    # region B has one unit: its z-score is undefined; region A is computed as usual
    result = one([1, 2, 3, 4.0], [10] * 4, regions=["A", "A", "A", "B"], reference="region")
    assert column(result, "x_std") == approx([-1, 0, 1, NAN])
    assert column(result, "disadvantage_index") == approx([-1, 0, 1, NAN])
    assert flags(result, "x_above")[3] is None  # top quintile undefined with one unit
    notes = list(result.summary["note"])
    assert notes[0] == "" and "x: z-score undefined" in notes[1]
    # index100 is defined for a single unit (its rate is the reference rate: 100)
    assert column(one([1, 2, 3, 4.0], [10] * 4, regions=["A", "A", "A", "B"], reference="region",
                      standardisation="index100"), "x_std")[3] == pytest.approx(100.0)


def test_zero_variance_and_zero_reference_rate_are_noted():
    equal = one([1, 2, 3], [10, 20, 30])  # every rate 0.1: no sd
    assert column(equal, "x_std") == approx([NAN] * 3)
    assert "z-score undefined" in equal.summary["note"][0]
    zero = one([0, 0, 0], [10, 20, 30], standardisation="index100", threshold="multiple_of_mean")
    assert column(zero, "x_std") == approx([NAN] * 3)
    assert flags(zero, "x_above") == [None] * 3
    assert "index100 undefined (reference rate 0)" in zero.summary["note"][0]


# --- missing components ---------------------------------------------------------------------------------------

# a: r = 0.1, 0.2, 0.3, 0.4 (mean 0.25, sd sqrt(0.05 / 3)); b: r = 0.2, 0.3, 0.1, missing
# b's known rates: mean 0.2, sd 0.1 -> z = 0, 1, -1; m_b = (2 + 6 + 1) / (10 + 20 + 10) = 0.225
SD_A = math.sqrt(0.05 / 3)
Z_A = [-0.15 / SD_A, -0.05 / SD_A, 0.05 / SD_A, 0.15 / SD_A]
MISSING_A = Indicator("a", np.array([1, 2, 3, 4.0]), np.full(4, 10.0))
MISSING_B = Indicator("b", np.array([2, 6, 1, NAN]), np.array([10, 20, 10, 10.0]))


def test_available_policy_averages_what_exists():
    result = disadvantage_index([MISSING_A, MISSING_B], missing="available")
    assert column(result, "b_rate") == approx([0.2, 0.3, 0.1, NAN])
    assert column(result, "b_std") == approx([0, 1, -1, NAN])
    assert column(result, "disadvantage_index") == approx([Z_A[0] / 2, (Z_A[1] + 1) / 2, (Z_A[2] - 1) / 2, Z_A[3]])
    assert list(column(result, "n_indicators")) == [2, 2, 2, 1]
    assert list(column(result, "n_missing")) == [0, 0, 0, 1]
    # top quintile: a flags unit 3 (percentile 100), b unit 1; unit 3 is over on a and unknown on b
    assert flags(result, "a_above") == [False, False, False, True]
    assert flags(result, "b_above") == [False, True, False, None]
    assert list(column(result, "n_above")) == [0, 1, 0, 1]
    assert flags(result, "multiple_disadvantage") == [False, False, False, None]
    assert result.summary["b_n_missing"][0] == 1 and result.summary["b_n_rate"][0] == 3


def test_drop_policy_needs_every_component():
    result = disadvantage_index([MISSING_A, MISSING_B], missing="drop")
    assert column(result, "disadvantage_index") == approx([Z_A[0] / 2, (Z_A[1] + 1) / 2, (Z_A[2] - 1) / 2, NAN])
    assert list(column(result, "n_indicators")) == [2, 2, 2, 0]
    assert list(column(result, "n_missing")) == [0, 0, 0, 1]
    # the components of the units with data do not depend on the policy
    available = disadvantage_index([MISSING_A, MISSING_B])
    assert column(result, "b_std") == approx(column(available, "b_std"))


def test_impute_policy_fills_the_reference_rate_before_standardising():
    result = disadvantage_index([MISSING_A, MISSING_B], missing="impute")
    filled = np.array([0.2, 0.3, 0.1, 0.225])  # m_b = 0.225 for the missing unit
    # mean 0.825 / 4 = 0.20625; deviations -0.00625, 0.09375, -0.10625, 0.01875
    ss = 0.00625 ** 2 + 0.09375 ** 2 + 0.10625 ** 2 + 0.01875 ** 2
    z_b = (filled - 0.20625) / math.sqrt(ss / 3)
    assert column(result, "b_std") == approx(z_b)
    assert column(result, "b_rate") == approx([0.2, 0.3, 0.1, NAN])  # the observed rate stays missing
    assert column(result, "disadvantage_index") == approx((np.array(Z_A) + z_b) / 2)
    assert list(column(result, "n_indicators")) == [2, 2, 2, 2]
    assert list(column(result, "n_missing")) == [0, 0, 0, 1]  # still counted
    assert flags(result, "b_above")[3] is None  # an imputed rate is not over any threshold
    assert flags(result, "multiple_disadvantage")[3] is None


def test_no_component_gives_nan_index():
    a = Indicator("a", np.array([1, NAN, 3.0]), np.array([10, 10, 10.0]))
    b = Indicator("b", np.array([1, 2, 3.0]), np.array([10, NAN, 10.0]))
    result = disadvantage_index([a, b])
    assert np.isnan(column(result, "disadvantage_index")[1])
    assert column(result, "n_indicators")[1] == 0 and column(result, "n_missing")[1] == 2


def test_base_zero_is_missing_not_zero():
    result = one([0, 1, 2, 3], [0, 10, 10, 10])
    assert column(result, "x_rate") == approx([NAN, 0.1, 0.2, 0.3])
    assert list(column(result, "n_missing")) == [1, 0, 0, 0]
    assert column(result, "x_std") == approx([NAN, -1, 0, 1])


# --- bad input -------------------------------------------------------------------------------------------------

def test_count_above_base_is_refused_with_indicator_and_rows():
    bad = Indicator("unemployed", np.array([5, 12, 3, 40.0]), np.array([10, 10, 10, 30.0]))
    with pytest.raises(InputError) as error:
        disadvantage_index([bad])
    message = str(error.value)
    assert "unemployed" in message and "rows 1, 3" in message and error.value.kind == "indicator_count_exceeds_base"
    assert list(error.value.rows) == [1, 3]  # positions, for the algorithm to name its feature ids
    with pytest.raises(InputError) as error:
        disadvantage_index([bad], ids=["00100", "00120", "00130", "00140"])
    message = str(error.value)
    assert "00120" in message and "00140" in message and "00100" not in message and "00130" not in message


@pytest.mark.parametrize("count, base", [([1, -2, 3], [10, 10, 10]), ([1, 2, 3], [10, 10, -1]),
                                         ([1, 2, np.inf], [10, 10, 10])])
def test_negative_or_infinite_input_is_refused(count, base):
    with pytest.raises(InputError) as error:
        disadvantage_index([Indicator("low_income", np.array(count, float), np.array(base, float))],
                           ids=["a", "b", "c"])
    message = str(error.value)
    assert "low_income" in message and error.value.kind == "indicator_negative"
    bad = [i for i, (c, b) in enumerate(zip(count, base)) if c < 0 or b < 0 or np.isinf(c)]
    assert all("abc"[i] in error.value.ids for i in bad) and len(error.value.ids.split(", ")) == len(bad)


@pytest.mark.parametrize("indicators, options, words", [
    ([], {}, "at least one indicator"),
    ([Indicator("a", [1.0], [2.0], weight=0.0)], {}, "'a' has weight 0"),
    ([Indicator("a", [1.0], [2.0], weight=-1.0)], {}, "'a' has weight -1"),
    ([Indicator("a", [1.0], [2.0]), Indicator("a", [1.0], [2.0])], {}, "unique: a"),
    ([Indicator("a", [1.0], [2.0]), Indicator("b", [1.0, 2.0], [2.0, 3.0])], {}, "Indicators b"),
    ([Indicator("a", [1.0], [2.0])], {"reference": "region"}, "needs the region"),
    ([Indicator("a", [1.0], [2.0])], {"standardisation": "rank"}, "Unknown standardisation 'rank'"),
    ([Indicator("a", [1.0], [2.0])], {"threshold_multiple": 0}, "threshold_multiple"),
    ([Indicator("n", [1.0], [2.0])], {}, "'n' gives a column 'n_above'"),
])
def test_bad_arguments_are_refused(indicators, options, words):
    with pytest.raises(ValueError, match=None) as error:
        disadvantage_index(indicators, **options)
    assert words in str(error.value)


# --- unreliable -------------------------------------------------------------------------------------------------

def test_small_bases_are_flagged_not_dropped():
    result = one([1, 3, 6, 20, 2], [10, 29, 30, 100, NAN])
    assert list(column(result, "x_unreliable")) == [True, True, False, False, False]
    assert list(column(result, "unreliable")) == [True, True, False, False, False]
    assert np.isfinite(column(result, "x_std")[:4]).all()  # still standardised
    assert result.summary["x_n_unreliable"][0] == 2 and result.summary["n_unreliable"][0] == 2
    assert not column(one([1, 3], [10, 29], min_base=0), "unreliable").any()
    assert list(column(one([1, 3], [10, 29], min_base=20), "unreliable")) == [True, False]


# --- Empirical Bayes -----------------------------------------------------------------------------------------

EB_COUNT, EB_BASE = [2, 10, 30, 5], [100, 200, 300, 50]


def _eb_by_hand(count, base):
    # Marshall (1991): m = sum c / sum b; s2 = sum b (r - m)^2 / sum b - m / mean(b), at least 0;
    # C_i = s2 / (s2 + m / b_i); r_EB = m + C_i (r_i - m)
    m = sum(count) / sum(base)
    rates = [c / b for c, b in zip(count, base)]
    s2 = sum(b * (r - m) ** 2 for r, b in zip(rates, base)) / sum(base) - m / (sum(base) / len(base))
    s2 = max(s2, 0.0)
    return [m + s2 / (s2 + m / b) * (r - m) for r, b in zip(rates, base)], s2


def test_empirical_bayes_hand_case():
    expected, s2 = _eb_by_hand(EB_COUNT, EB_BASE)
    assert s2 > 0  # m = 47 / 650, s2 = 0.000986 - 0.000445
    assert empirical_bayes_rates(EB_COUNT, EB_BASE) == approx(expected)
    result = one(EB_COUNT, EB_BASE, smoothing="empirical_bayes", standardisation="index100", min_base=0)
    assert column(result, "x_rate") == approx(expected)
    assert result.summary["x_eb_variance"][0] == pytest.approx(s2, abs=1e-15)
    # shrinkage toward m: the smallest base (50) moves most
    raw = np.array(EB_COUNT) / np.array(EB_BASE)
    assert np.all(np.abs(np.array(expected) - 47 / 650) <= np.abs(raw - 47 / 650))


def test_empirical_bayes_truncates_a_negative_variance():
    # r = 0.1, 0.2 of bases 10, 10: m = 0.15, 0.0025 - 0.015 < 0 -> s2 = 0: every rate is m
    assert empirical_bayes_rates([1, 2], [10, 10]) == approx([0.15, 0.15])
    result = one([1, 2], [10, 10], smoothing="empirical_bayes", min_base=0)
    assert "Empirical Bayes between-area variance <= 0" in result.summary["note"][0]


def test_empirical_bayes_per_region_and_missing():
    count = [2, 10, 30, 5, NAN, 3, 9, 1]
    base = [100, 200, 300, 50, 80, 40, 60, 30]
    regions = ["A", "A", "A", "A", "A", "B", "B", "B"]
    a, _ = _eb_by_hand(EB_COUNT, EB_BASE)  # the missing unit takes no part
    b, _ = _eb_by_hand([3, 9, 1], [40, 60, 30])
    assert empirical_bayes_rates(count, base, regions=regions) == approx(a + [NAN] + b)


def test_empirical_bayes_matches_esda():
    smoothing = pytest.importorskip("esda.smoothing")
    _, frame = _paavo()
    for label, part in frame.groupby("kunta"):
        count, base = part["pt_tyott"].to_numpy(float), (part["pt_tyoll"] + part["pt_tyott"]).to_numpy(float)
        known = np.isfinite(count) & np.isfinite(base)
        ours = empirical_bayes_rates(count, base)[known]
        _, s2 = _eb_by_hand(list(count[known]), list(base[known]))
        if s2 > 0:  # esda does not truncate s2 at 0; where it is positive the formula is the same
            theirs = smoothing.Empirical_Bayes(count[known], base[known]).r.ravel()
            assert ours == pytest.approx(theirs, abs=1e-12, rel=0), label


# --- the Paavo sample ---------------------------------------------------------------------------------------

def test_paavo_sample_runs_and_counts_suppressed_values():
    raw, frame = _paavo()
    fields = {"low_income": ["tr_pi_tul", "tr_kuty"], "unemployed": ["pt_tyott", "pt_tyoll"],
              "basic_education": ["ko_perus", "ko_ika18y"]}
    # an indicator is missing where any of its fields is -1 (or empty) in the file
    suppressed = np.column_stack([((raw[f] == -1) | raw[f].isna()).any(axis=1).to_numpy()
                                  for f in fields.values()])
    assert suppressed.any()  # the sample has suppressed areas
    for options in (dict(), dict(reference="region", regions=frame["kunta"]),
                    dict(standardisation="percentile", smoothing="empirical_bayes", missing="impute")):
        result = disadvantage_index(_paavo_indicators(frame), ids=frame["posti_alue"], **options)
        table = result.table
        assert len(table) == len(frame)
        assert list(table["n_missing"]) == list(suppressed.sum(axis=1))
        complete = ~suppressed.any(axis=1)
        if "regions" in options:
            complete &= (frame["kunta"] != "235").to_numpy()  # Kauniainen: one postal code, no z-score
        assert np.isfinite(table["disadvantage_index"][complete]).all()
        assert table["multiple_disadvantage"][complete].notna().all()
        for name in fields:
            assert table[f"{name}_rate"][~suppressed[:, list(fields).index(name)]].between(0, 1).all()
    # z-scores of the layer: mean 0, sd 1 over the units with a rate
    z = disadvantage_index(_paavo_indicators(frame)).table["unemployed_std"].dropna()
    assert z.mean() == pytest.approx(0, abs=1e-12) and z.std(ddof=1) == pytest.approx(1, abs=1e-12)
