"""Reading raw field values, and the two missing-value policies (drop, impute), checked by hand.

Statistics Finland writes -1 for a suppressed value and NULL for no data; CSV exports add '' and '..'.
All of these are missing, never 0. Anything else that is not a count is refused with a message that
names the field and the features.
"""

import numpy as np
import pytest

from segregation_analysis.core import (ALL_GROUPS, ALL_IDS, IMPUTE, MULTIGROUP_IDS, SINGLE_GROUP_IDS,
                                       SUMMARY_COLUMNS, dissimilarity, global_indices, local_indices,
                                       parse_counts, unit_table)
from segregation_analysis.core.missing import impute_groups

# --- parse_counts ----------------------------------------------------------------------------------------

def test_suppression_code_and_null_are_missing():
    assert parse_counts([-1, 5, None, 0], "ko_perus") == pytest.approx([np.nan, 5, np.nan, 0], nan_ok=True)
    assert parse_counts(np.array([-1, 7]), "ko_perus") == pytest.approx([np.nan, 7], nan_ok=True)


def test_missing_text_is_missing_and_numeric_text_is_a_number():
    values = parse_counts(["", "..", " .. ", "12", "-1", " 3 "], "ko_perus")
    assert values == pytest.approx([np.nan, np.nan, np.nan, 12.0, np.nan, 3.0], nan_ok=True)


def test_other_negative_numbers_are_refused_with_field_and_ids():
    with pytest.raises(ValueError) as error:
        parse_counts([4, -2, 8, -5], "ko_perus", ids=["00100", "00120", "00130", "00140"])
    message = str(error.value)
    assert "ko_perus" in message and "00120" in message and "00140" in message
    assert "00100" not in message and "00130" not in message
    assert error.value.kind == "negative"


@pytest.mark.parametrize("bad", ["abc", "1,5"])
def test_non_numeric_text_is_refused_with_field_and_ids(bad):
    # '1,5' is a decimal comma: refused rather than guessed.
    with pytest.raises(ValueError) as error:
        parse_counts(["3", bad, "4"], "hr_pi_tul", ids=["00100", "00120", "00130"])
    message = str(error.value)
    assert "hr_pi_tul" in message and "00120" in message and "00100" not in message
    assert repr(bad) in message
    assert error.value.kind == "non_numeric"


def test_long_id_lists_are_truncated():
    # 15 bad features: the first 10 ids are listed, then "... and 5 more".
    ids = [f"id{i:02d}" for i in range(15)]
    with pytest.raises(ValueError) as error:
        parse_counts([-3] * 15, "he_vakiy", ids=ids)
    message = str(error.value)
    assert "id09" in message and "id10" not in message and "and 5 more" in message


# --- unit_table ------------------------------------------------------------------------------------------

def test_group_larger_than_total_is_refused():
    with pytest.raises(ValueError) as error:
        unit_table({"ko_perus": [5, 40, 2]}, total=[10, 30, 2], ids=["00100", "00120", "00130"],
                   total_name="ko_ika18y")
    message = str(error.value)
    assert "ko_perus" in message and "ko_ika18y" in message and "00120" in message
    assert "00100" not in message and "00130" not in message


def test_one_group_without_total_is_refused():
    with pytest.raises(ValueError, match="ko_perus"):
        unit_table({"ko_perus": [5, 40]})


def test_missing_total_does_not_trip_the_group_check():
    table = unit_table({"ko_perus": [5, 3]}, total=[None, -1])
    assert np.isnan(table.total).all()


# --- the drop and impute policies, by hand ---------------------------------------------------------------
# Espoo: (x 10, t 50), (x -1, t 20), (x 30, t 60)   -> the second area is suppressed
# Vantaa: (x NULL, t 25), (x 5, t 40), (x 12, t 40) -> the first area has no value

X = [10, -1, 30, None, 5, 12]
T = [50, 20, 60, 25, 40, 40]
CITY = ["Espoo"] * 3 + ["Vantaa"] * 3


@pytest.fixture
def table():
    return unit_table({"ko_perus": X}, total=T, region=CITY, total_name="ko_ika18y")


def test_drop_reports_what_was_left_out(table):
    rows = global_indices(table, ["dissimilarity"]).set_index("region")
    assert rows["n_units"].tolist() == [2, 2]
    assert rows["n_dropped"].tolist() == [1, 1]
    assert rows["dropped_population"].tolist() == [20, 25]      # the areas' totals
    assert rows["total_population"].tolist() == [110, 80]       # 50 + 60, 40 + 40
    assert rows["group_population"].tolist() == [40, 17]
    assert rows["n_imputed"].tolist() == [0, 0]
    assert rows.loc["Espoo", "dissimilarity"] == pytest.approx(dissimilarity([10, 30], [50, 60]), abs=1e-12)


def test_dropped_population_without_total_is_the_known_groups():
    # No total field: a dropped unit's population is what its known groups add up to (here 6).
    table = unit_table({"a": [3, None, 4], "b": [4, 6, 1]})
    row = global_indices(table, ["multi_dissimilarity"]).set_index("group").loc[ALL_GROUPS]
    assert row["n_dropped"] == 1 and row["dropped_population"] == 6


def test_impute_uses_the_region_rate_times_the_unit_total(table):
    # Espoo rate = (10 + 30) / (50 + 60) = 4/11: the suppressed area gets 20 * 4/11 = 80/11.
    # Vantaa rate = (5 + 12) / (40 + 40) = 17/80: the NULL area gets 25 * 17/80 = 5.3125.
    groups, imputed = impute_groups(table, IMPUTE)
    assert groups[:, 0] == pytest.approx([10, 80 / 11, 30, 5.3125, 5, 12], abs=1e-12)
    assert imputed[:, 0].tolist() == [False, True, False, True, False, False]
    rows = global_indices(table, ["dissimilarity"], missing=IMPUTE).set_index("region")
    assert rows["n_units"].tolist() == [3, 3] and rows["n_dropped"].tolist() == [0, 0]
    assert rows["n_imputed"].tolist() == [1, 1]
    assert rows.loc["Espoo", "group_population"] == pytest.approx(40 + 80 / 11)
    assert rows.loc["Espoo", "dissimilarity"] == pytest.approx(
        dissimilarity([10, 80 / 11, 30], [50, 20, 60]), abs=1e-12)


def test_impute_and_drop_give_different_d(table):
    dropped = global_indices(table, ["dissimilarity"])["dissimilarity"]
    imputed = global_indices(table, ["dissimilarity"], missing=IMPUTE)["dissimilarity"]
    assert (np.abs(dropped - imputed) > 1e-3).all()


def test_impute_without_total_field_drops():
    # With no total there is no base to multiply a rate by: the unit is dropped, as with "drop".
    table = unit_table({"a": [3, None, 4], "b": [4, 6, 1]})
    imputed = global_indices(table, missing=IMPUTE)
    dropped = global_indices(table)
    assert imputed["n_imputed"].eq(0).all() and imputed["n_dropped"].tolist() == [1, 1, 1]
    assert imputed.equals(dropped)


def test_unknown_policy_is_refused(table):
    with pytest.raises(ValueError, match="median"):
        global_indices(table, missing="median")


# --- global_indices and local_indices: shape of the output -----------------------------------------------

def test_global_indices_columns_and_rows():
    table = unit_table({"a": [3, 5, 4, 9], "b": [4, 6, 1, 2]}, total=[10, 12, 5, 20], region=["q", "p", "q", "p"])
    result = global_indices(table)
    assert list(result.columns) == list(SUMMARY_COLUMNS) + list(ALL_IDS)
    assert result[["region", "group"]].values.tolist() == [
        ["p", "a"], ["q", "a"], ["p", "b"], ["q", "b"], ["p", ALL_GROUPS], ["q", ALL_GROUPS]]
    by_group = result["group"] == ALL_GROUPS
    assert result.loc[by_group, list(SINGLE_GROUP_IDS)].isna().all().all()
    assert result.loc[~by_group, list(MULTIGROUP_IDS)].isna().all().all()
    # the multigroup rows use the sum of the groups as total, not the total field
    assert result.loc[by_group, "total_population"].tolist() == [5 + 6 + 9 + 2, 3 + 4 + 4 + 1]


def test_one_group_with_total_has_no_multigroup_rows():
    result = global_indices(unit_table({"a": [3, 5]}, total=[10, 12]))
    assert result["group"].tolist() == ["a"]


def test_requested_indices_only_in_requested_order():
    table = unit_table({"a": [3, 5], "b": [4, 6]})
    result = global_indices(table, ["gini", "dissimilarity"])
    assert list(result.columns) == list(SUMMARY_COLUMNS) + ["gini", "dissimilarity"]


def test_unknown_index_id_is_refused():
    table = unit_table({"a": [3, 5], "b": [4, 6]})
    with pytest.raises(ValueError, match="segregation_level"):
        global_indices(table, ["dissimilarity", "segregation_level"])


def test_local_indices_fields_and_dropped_units():
    table = unit_table({"ko_perus": [10, -1, 30, 8], "ko_koul": [40, 19, 30, None]}, total=[50, 20, 60, 30])
    result = local_indices(table)
    assert len(result) == 4
    assert {"lq_ko_perus", "lq_ko_koul", "local_entropy", "d_contribution", "dropped"} <= set(result.columns)
    assert result["dropped"].tolist() == [0, 1, 0, 1]
    composition = result.drop(columns=["lq_ko_perus", "lq_ko_koul", "dropped"])
    assert composition.iloc[[1, 3]].isna().all().all()
    assert composition.iloc[[0, 2]].notna().all().all()
    # each LQ drops only the units where its own group is missing:
    # lq_ko_perus = p_i / P with P = (10 + 30 + 8) / (50 + 60 + 30) = 48/140; area 2 (-1) is left out
    P = 48 / 140
    expected = [10 / 50 / P, np.nan, 30 / 60 / P, 8 / 30 / P]
    assert result["lq_ko_perus"].tolist() == pytest.approx(expected, nan_ok=True)
