"""segregation:decomposition through ``processing.run``: the hierarchical M decomposition and the Shapley
decomposition of a difference, checked against the core on arrays read independently with OGR (``raw_sample``,
-1 and NULL dropped here by hand)."""

import math

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from conftest import SAMPLE_LAYER
from segregation_analysis.core import multigroup
from segregation_analysis.core.decomposition import (COUNTERFACTUALS, DECOMPOSITION_COLUMNS,
                                                     mutual_information_decomposition, shapley_decomposition)
from segregation_analysis.core.registry import SINGLE_GROUP_IDS
from by_hand import missing, usable

ALG = "segregation:decomposition"
INCOME = ["hr_pi_tul", "hr_ke_tul", "hr_hy_tul"]
GROUPS = ["ko_perus", "ko_yl_kork"]
TOTAL = "ko_ika18y"
HELSINKI, ESPOO, KAUNIAINEN = "091", "049", "235"
SHAPLEY_COLUMNS = ["set_1", "set_2", "group", "index", "counterfactual", "value_1", "value_2", "difference", "c_s",
                   "c_a", "value_s1_a2", "value_s2_a1", "n_units_1", "n_units_2", "n_dropped_1", "n_dropped_2",
                   "dropped_population_1", "dropped_population_2", "n_imputed_1", "n_imputed_2"]
EXACT = 1e-12






def sample_input(sample_gpkg):
    return f"{sample_gpkg}|layername={SAMPLE_LAYER}"


def run_error(run_alg, parameters):
    with pytest.raises(QgsProcessingException) as error:
        run_alg(ALG, parameters)
    return str(error.value)


def by_component(rows, component):
    return [row for row in rows if row["component"] == component]


# --- hierarchical decomposition --------------------------------------------------------------------------------------

def test_municipalities_between_plus_within_is_the_total(run_alg, sample_gpkg, raw_sample, tmp_path):
    page = tmp_path / "hierarchy.html"
    results, names, rows = run_alg(ALG, {"INPUT": sample_input(sample_gpkg), "GROUP_FIELDS": INCOME,
                                         "LEVEL_FIELDS": ["kunta"], "OUTPUT_HTML": str(page)})
    assert names == list(DECOMPOSITION_COLUMNS)
    assert results["OUTPUT_WKB_TYPE"] == 100
    [total], [between], [within] = (by_component(rows, c) for c in ("total", "between", "within"))
    units = by_component(rows, "unit")
    assert len(rows) == 3 + 4 and [u["unit"] for u in units] == ["049", "091", "092", "235"]
    # exact identities
    assert between["M"] + sum(u["M"] for u in units) == pytest.approx(total["M"], abs=EXACT, rel=0)
    assert between["M"] + within["M"] == pytest.approx(total["M"], abs=EXACT, rel=0)
    assert between["H"] + within["H"] == pytest.approx(total["H"], abs=EXACT, rel=0)
    assert sum(u["weight"] for u in units) == pytest.approx(1.0, abs=EXACT)
    # the total is the core's M of all usable units (read with OGR, cleaned by hand), each unit's M its own
    clean = usable(raw_sample, INCOME)
    counts = clean[INCOME].to_numpy(float)
    assert total["M"] == pytest.approx(multigroup.mutual_information(counts), abs=EXACT, rel=0)
    assert total["H"] == pytest.approx(multigroup.multi_information_theory(counts), abs=EXACT, rel=0)
    assert total["n_subunits"] == len(clean) < len(raw_sample)  # the sample has dropped units
    for unit in units:
        part = clean[clean["kunta"] == unit["unit"]][INCOME].to_numpy(float)
        assert unit["population"] == part.sum() and unit["n_subunits"] == len(part)
        if len(part) > 1:
            assert unit["within_M"] == pytest.approx(multigroup.mutual_information(part), abs=EXACT, rel=0)
    between_m = multigroup.mutual_information(np.vstack([clean[clean["kunta"] == u["unit"]][INCOME].to_numpy(float)
                                                         .sum(axis=0) for u in units]))
    assert between["M"] == pytest.approx(between_m, abs=EXACT, rel=0)
    html = page.read_text(encoding="utf-8")
    for text in ("Hierarchical decomposition", "Between the units of kunta", "Within the units of kunta",
                 "Theil &amp; Finizza 1971", "hr_pi_tul, hr_ke_tul, hr_hy_tul"):
        assert text in html, text


def test_two_levels_in_any_order_equal_the_core(run_alg, raw_sample, memory_layer):
    """A coarser level (two made-up sub-regions) above kunta; given finest first, the algorithm orders them."""
    side = {"091": "north", "092": "north", "049": "west", "235": "west"}
    records = raw_sample[["kunta"] + INCOME].itertuples(index=False, name=None)
    rows = [[side[r[0]], r[0]] + [None if missing(v) else int(v) for v in r[1:]] for r in records]
    layer = memory_layer([("side", "string"), ("kunta", "string")] + [(g, "int") for g in INCOME], rows)
    _, _, result = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": INCOME, "LEVEL_FIELDS": ["kunta", "side"]})
    del layer
    clean = usable(raw_sample, INCOME)
    expected = mutual_information_decomposition(clean[INCOME].to_numpy(float),
                                                {"side": clean["kunta"].map(side).to_numpy(),
                                                 "kunta": clean["kunta"].to_numpy()})
    assert len(result) == len(expected)
    for row, core in zip(result, expected.to_dict("records")):
        for column in DECOMPOSITION_COLUMNS:
            value = core[column]
            if isinstance(value, float) and math.isnan(value):
                assert row[column] is None, column
            elif isinstance(value, float):
                assert row[column] == pytest.approx(value, abs=EXACT, rel=0), column
            else:
                assert row[column] == value, column
    between = by_component(result, "between")
    assert [b["level"] for b in between] == ["side", "kunta"]
    [total], [within] = by_component(result, "total"), by_component(result, "within")
    assert sum(b["M"] for b in between) + within["M"] == pytest.approx(total["M"], abs=EXACT, rel=0)
    kunta_units = [u for u in by_component(result, "unit") if u["level"] == "kunta"]
    assert {u["unit"]: u["parent"] for u in kunta_units} == side


def test_impute_from_the_finest_levels_rate(run_alg, memory_layer):
    layer = memory_layer([("kunta", "string"), ("a", "int"), ("b", "int"), ("total", "int")],
                         [["X", 10, 90, 100], ["X", None, 10, 50], ["X", 30, 20, 50], ["Y", 5, 75, 80],
                          ["Y", 40, 0, 40]])
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": ["a", "b"], "TOTAL_FIELD": "total", "MISSING": 1,
                               "LEVEL_FIELDS": ["kunta"]})
    del layer
    rate = 40 / 150  # kunta X's rate of a, by hand
    counts = np.array([[10, 90], [50 * rate, 10], [30, 20], [5, 75], [40, 0.0]])
    [total] = by_component(rows, "total")
    assert total["n_subunits"] == 5
    assert total["M"] == pytest.approx(multigroup.mutual_information(counts), abs=EXACT, rel=0)


def test_fewer_than_two_groups(run_alg, sample_gpkg):
    message = run_error(run_alg, {"INPUT": sample_input(sample_gpkg), "GROUP_FIELDS": ["ko_perus"],
                                  "TOTAL_FIELD": TOTAL, "LEVEL_FIELDS": ["kunta"]})
    assert "at least two group fields" in message


def test_no_level_field(run_alg, sample_gpkg):
    message = run_error(run_alg, {"INPUT": sample_input(sample_gpkg), "GROUP_FIELDS": INCOME})
    assert "at least one level field" in message


def test_levels_not_nested(run_alg, memory_layer):
    layer = memory_layer([("region", "string"), ("district", "string"), ("a", "int"), ("b", "int")],
                         [["R1", "1", 5, 5], ["R1", "2", 8, 2], ["R2", "1", 1, 9], ["R2", "3", 4, 4]])
    message = run_error(run_alg, {"INPUT": layer, "GROUP_FIELDS": ["a", "b"], "LEVEL_FIELDS": ["region", "district"]})
    del layer
    assert "not nested" in message and "district '1'" in message and "'R1'" in message and "'R2'" in message


def test_null_level_label_names_the_features(run_alg, memory_layer):
    layer = memory_layer([("kunta", "string"), ("a", "int"), ("b", "int")],
                         [["X", 5, 5], [None, 8, 2], ["Y", 1, 9], [None, None, 4]])
    ids = [f.id() for f in layer.getFeatures()]
    message = run_error(run_alg, {"INPUT": layer, "GROUP_FIELDS": ["a", "b"], "LEVEL_FIELDS": ["kunta"]})
    del layer
    # the last feature is dropped for its missing count, so only the second is named
    assert "'kunta'" in message and f"features {ids[1]}:" in message


def test_hierarchical_report_escapes_a_malicious_field_name(run_alg, memory_layer, tmp_path):
    evil = "<script>alert(1)</script>"
    layer = memory_layer([("<i>level</i>", "string"), (evil, "int"), ("other", "int")],
                         [["<b>X</b>", 10, 90], ["<b>X</b>", 40, 10], ["Y&Z", 5, 45], ["Y&Z", 7, 3]])
    page = tmp_path / "report.html"
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": [evil, "other"], "LEVEL_FIELDS": ["<i>level</i>"],
                               "OUTPUT_HTML": str(page)})
    del layer
    assert {row["unit"] for row in by_component(rows, "unit")} == {"<b>X</b>", "Y&Z"}
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<b>X" not in html and "<i>level" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;X&lt;/b&gt;" in html and "Y&amp;Z" in html


# --- Shapley decomposition -------------------------------------------------------------------------------------------

def city_arrays(raw_sample, code, group):
    part = usable(raw_sample[raw_sample["kunta"] == code], [group, TOTAL])
    return part[group].to_numpy(float), part[TOTAL].to_numpy(float)


def shapley_parameters(sample_gpkg, **extra):
    parameters = {"INPUT": sample_input(sample_gpkg), "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": TOTAL, "MODE": 1,
                  "SET_FIELD": "kunta", "SET_A": HELSINKI, "SET_B": ESPOO}
    parameters.update(extra)
    return parameters


@pytest.mark.parametrize("index, counterfactual", [("dissimilarity", "composition"), ("dissimilarity", "share"),
                                                   ("dissimilarity", "dual_composition"), ("gini", "composition"),
                                                   ("atkinson", "share")])
def test_shapley_equals_the_core(run_alg, sample_gpkg, raw_sample, index, counterfactual):
    results, names, rows = run_alg(ALG, shapley_parameters(
        sample_gpkg, INDEX=SINGLE_GROUP_IDS.index(index), COUNTERFACTUAL=COUNTERFACTUALS.index(counterfactual),
        ATKINSON_B=0.3))
    assert names == SHAPLEY_COLUMNS
    assert [row["group"] for row in rows] == GROUPS
    for row in rows:
        x1, t1 = city_arrays(raw_sample, HELSINKI, row["group"])
        x2, t2 = city_arrays(raw_sample, ESPOO, row["group"])
        core = shapley_decomposition(x1, t1, x2, t2, index=index, counterfactual=counterfactual, atkinson_b=0.3)
        for column, value in core.as_dict().items():
            assert row[column] == value, (column, row[column], value)
        assert row["c_s"] + row["c_a"] == pytest.approx(row["difference"], abs=EXACT, rel=0)
        assert row["difference"] == row["value_2"] - row["value_1"]
        assert (row["set_1"], row["set_2"]) == (HELSINKI, ESPOO)
        assert (row["n_units_1"], row["n_units_2"]) == (len(x1), len(x2))
        assert row["n_dropped_1"] == 84 - len(x1) and row["n_dropped_2"] == 46 - len(x2)


def test_shapley_two_layers_equal_the_set_field(run_alg, sample_gpkg, raw_sample, memory_layer, tmp_path):
    def layer(code, name):
        part = raw_sample[raw_sample["kunta"] == code][GROUPS + [TOTAL]]
        rows = [[None if missing(v) else int(v) for v in r] for r in part.itertuples(index=False, name=None)]
        return memory_layer([(f, "int") for f in GROUPS + [TOTAL]], rows, geometry=None, name=name)

    helsinki, espoo = layer(HELSINKI, "helsinki 2017"), layer(ESPOO, "espoo 2017")
    page = tmp_path / "shapley.html"
    _, _, layers = run_alg(ALG, {"INPUT": helsinki, "INPUT_B": espoo, "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": TOTAL,
                                 "MODE": 1, "OUTPUT_HTML": str(page)})
    del helsinki, espoo
    _, _, field = run_alg(ALG, shapley_parameters(sample_gpkg))
    assert [(r["set_1"], r["set_2"]) for r in layers] == [("helsinki 2017", "espoo 2017")] * 2
    skip = ("set_1", "set_2", "_fid", "_geometry")
    assert [{k: v for k, v in r.items() if k not in skip} for r in layers] == \
        [{k: v for k, v in r.items() if k not in skip} for r in field]
    html = page.read_text(encoding="utf-8")
    for text in ("Shapley", "Rey, Cortes &amp; Knaap 2021", "Spatial part c_s", "Compositional part c_a",
                 "helsinki 2017", "opposite"):
        assert text in html, text


def test_shapley_set_with_a_single_unit(run_alg, sample_gpkg):
    message = run_error(run_alg, shapley_parameters(sample_gpkg, SET_B=KAUNIAINEN))
    assert f"'{KAUNIAINEN}'" in message and "at least two units" in message


def test_shapley_set_value_not_present(run_alg, sample_gpkg):
    message = run_error(run_alg, shapley_parameters(sample_gpkg, SET_A="00000"))
    assert "'00000'" in message and "'kunta'" in message


def test_shapley_field_missing_in_the_second_layer(run_alg, memory_layer):
    first = memory_layer([("grp", "int"), ("total", "int")], [[1, 10], [5, 10]], geometry=None, name="first")
    second = memory_layer([("grp", "int"), ("base", "int")], [[1, 10], [5, 10]], geometry=None, name="second")
    message = run_error(run_alg, {"INPUT": first, "INPUT_B": second, "GROUP_FIELDS": ["grp"], "TOTAL_FIELD": "total",
                                  "MODE": 1})
    del first, second
    assert "'total'" in message and "second layer 'second'" in message


def test_shapley_group_absent_from_a_set(run_alg, memory_layer):
    layer = memory_layer([("city", "string"), ("grp", "int"), ("total", "int")],
                         [["A", 1, 10], ["A", 5, 10], ["B", 0, 10], ["B", 0, 20]])
    message = run_error(run_alg, {"INPUT": layer, "GROUP_FIELDS": ["grp"], "TOTAL_FIELD": "total", "MODE": 1,
                                  "SET_FIELD": "city", "SET_A": "A", "SET_B": "B"})
    del layer
    assert "'grp'" in message and "set 'B'" in message and "must be present" in message


def test_shapley_report_escapes_a_malicious_field_name(run_alg, memory_layer, tmp_path):
    evil = "<script>alert(1)</script>"
    layer = memory_layer([("city", "string"), (evil, "int"), ("total", "int")],
                         [["<b>A</b>", 1, 10], ["<b>A</b>", 5, 10], ["<b>A</b>", 2, 9], ["B", 3, 10], ["B", 7, 20],
                          ["B", 1, 30]])
    page = tmp_path / "shapley.html"
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": [evil], "TOTAL_FIELD": "total", "MODE": 1,
                               "SET_FIELD": "city", "SET_A": "<b>A</b>", "SET_B": "B", "OUTPUT_HTML": str(page)})
    del layer
    assert [row["group"] for row in rows] == [evil]
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<b>A</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;A&lt;/b&gt;" in html


# --- description -----------------------------------------------------------------------------------------------------

def test_parameters_and_help(segregation_provider):
    from qgis.core import QgsApplication
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm.displayName() == "Decompose segregation"
    assert algorithm.group() == "Segregation indices"
    definitions = {p.name(): p for p in algorithm.parameterDefinitions()}
    assert sorted(definitions) == sorted(["INPUT", "GROUP_FIELDS", "TOTAL_FIELD", "MISSING", "MODE", "LEVEL_FIELDS",
                                          "INPUT_B", "SET_FIELD", "SET_A", "SET_B", "INDEX", "COUNTERFACTUAL",
                                          "ATKINSON_B", "OUTPUT", "OUTPUT_HTML"])
    assert len(definitions["MODE"].options()) == 2 and definitions["MODE"].defaultValue() == 0
    assert definitions["LEVEL_FIELDS"].allowMultiple()
    assert SINGLE_GROUP_IDS[definitions["INDEX"].defaultValue()] == "dissimilarity"
    assert len(definitions["INDEX"].options()) == len(SINGLE_GROUP_IDS)
    assert len(definitions["COUNTERFACTUAL"].options()) == len(COUNTERFACTUALS)
    help_text = algorithm.shortHelpString()
    for text in ("Theil &amp; Finizza (1971)", "Mora &amp; Ruiz-Castillo (2011)", "Elbers", "segregation",
                 "Rey, Cortes &amp; Knaap (2021)", "between", "within", "c_s", "c_a", "spatial", "compositional",
                 "Missing values", "-1", "NULL"):
        assert text in help_text, text
