"""segregation:compareindices through ``processing.run``, checked against ``core.compare.compare_indices`` on arrays
read independently with OGR.

The expected values never come from the plugin's reading code: the sample is read with ``osgeo.ogr``
(``raw_sample``), -1 and NULL are dropped here by hand, and the core is called with the same seed, so the
difference, the p-value and the interval must be equal exactly (the random draws depend only on the seed and
the units' order).
"""

import math

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conftest import SAMPLE_LAYER
from segregation_analysis.core import aspatial
from segregation_analysis.core.compare import COMPARE_COLUMNS, compare_indices
from segregation_analysis.core.registry import ALL_IDS, MULTIGROUP_IDS, SINGLE_GROUP_IDS
from by_hand import usable

ALG = "segregation:compareindices"
GROUPS = ["ko_perus", "ko_yl_kork"]
TOTAL = "ko_ika18y"
HELSINKI, ESPOO, KAUNIAINEN = "091", "049", "235"
ALL_GROUPS = "(all groups)"
COLUMNS = (["set_a", "set_b", "group"] + list(COMPARE_COLUMNS)
           + ["n_dropped_a", "n_dropped_b", "dropped_population_a", "dropped_population_b", "n_imputed_a",
              "n_imputed_b", "seed"])
#: every numeric result of the core that the output must reproduce exactly
EXACT_COLUMNS = ["value_a", "value_b", "difference", "p_value", "null_mean", "null_sd", "n_null", "ci_low",
                 "ci_high", "confidence", "boot_mean", "boot_sd", "n_boot", "permutations", "n_units_a", "n_units_b"]


# --- independent expectations ------------------------------------------------------------------------------------





def city(raw_sample, code):
    return raw_sample[raw_sample["kunta"] == code]


def single_set(units, group):
    part = usable(units, [group, TOTAL])
    return part[group].to_numpy(float), part[TOTAL].to_numpy(float)


def multi_set(units):
    return usable(units, GROUPS)[GROUPS].to_numpy(float)


def expected_rows(raw_sample, a, b, indices, seed, permutations, method="random_labelling", confidence=0.95):
    """{(group, index): core row} computed on the hand-cleaned OGR arrays with the same seed."""
    units_a, units_b = city(raw_sample, a), city(raw_sample, b)
    single = [i for i in indices if i in SINGLE_GROUP_IDS]
    multi = [i for i in indices if i in MULTIGROUP_IDS]
    rows = {}
    for group in GROUPS:
        if single:
            frame = compare_indices(single_set(units_a, group), single_set(units_b, group), single, method=method,
                                    permutations=permutations, rng=np.random.default_rng(seed),
                                    confidence=confidence)
            rows.update({(group, row["index"]): row for row in frame.to_dict("records")})
    if multi:
        frame = compare_indices(multi_set(units_a), multi_set(units_b), multi, method=method,
                                permutations=permutations, rng=np.random.default_rng(seed), confidence=confidence)
        rows.update({(ALL_GROUPS, row["index"]): row for row in frame.to_dict("records")})
    return rows


def same(actual, expected):
    if isinstance(expected, float) and math.isnan(expected):
        return actual is None
    return actual == expected


def sample_parameters(sample_gpkg, **extra):
    parameters = {"INPUT": f"{sample_gpkg}|layername={SAMPLE_LAYER}", "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": TOTAL,
                  "SET_FIELD": "kunta", "SET_A": HELSINKI, "SET_B": ESPOO, "PERMUTATIONS": 199}
    parameters.update(extra)
    return parameters


def values(rows):
    """Rows without the output feature id, for comparing two runs."""
    return [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows]


def run_error(run_alg, parameters):
    with pytest.raises(QgsProcessingException) as error:
        run_alg(ALG, parameters)
    return str(error.value)


def city_layer(memory_layer, raw_sample, code, fields=(*GROUPS, TOTAL), name="city"):
    """The units of one municipality, raw values (-1 kept, NULL as NULL), in a geometryless memory layer."""
    rows = [[None if (isinstance(v, float) and math.isnan(v)) or v is None else int(v) for v in record]
            for record in city(raw_sample, code)[list(fields)].itertuples(index=False, name=None)]
    return memory_layer([(f, "int") for f in fields], rows, geometry=None, name=name)


# --- values ------------------------------------------------------------------------------------------------------

def test_helsinki_vs_espoo_equals_core_compare(run_alg, sample_gpkg, raw_sample):
    seed, permutations = 20240601, 199
    results, names, rows = run_alg(ALG, sample_parameters(sample_gpkg, INDICES=list(range(len(ALL_IDS))),
                                                          SEED=seed, PERMUTATIONS=permutations))
    assert names == COLUMNS
    assert results["OUTPUT_WKB_TYPE"] == 100  # NoGeometry: a table
    assert results["SEED_USED"] == seed
    assert len(rows) == len(SINGLE_GROUP_IDS) * len(GROUPS) + len(MULTIGROUP_IDS)
    expected = expected_rows(raw_sample, HELSINKI, ESPOO, ALL_IDS, seed, permutations)
    assert sorted((row["group"], row["index"]) for row in rows) == sorted(expected)
    helsinki, espoo = city(raw_sample, HELSINKI), city(raw_sample, ESPOO)
    for row in rows:
        core = expected[(row["group"], row["index"])]
        for column in EXACT_COLUMNS:
            assert same(row[column], core[column]), (row["group"], row["index"], column, row[column], core[column])
        assert row["difference"] == row["value_b"] - row["value_a"]
        assert (row["set_a"], row["set_b"], row["seed"]) == (HELSINKI, ESPOO, seed)
        assert (row["method"], row["alternative"], row["permutations"]) == ("random_labelling", "two-sided", 199)
        columns = GROUPS if row["group"] == ALL_GROUPS else [row["group"], TOTAL]
        assert row["n_dropped_a"] == len(helsinki) - len(usable(helsinki, columns)) > 0
        assert row["n_dropped_b"] == len(espoo) - len(usable(espoo, columns)) > 0
        assert row["n_imputed_a"] == row["n_imputed_b"] == 0
        assert 0 < row["p_value"] <= 1 and row["ci_low"] <= row["ci_high"]
    # the core's values are the plain indices of the two cities
    x, t = single_set(helsinki, "ko_perus")
    d = next(r for r in rows if (r["group"], r["index"]) == ("ko_perus", "dissimilarity"))
    assert d["value_a"] == pytest.approx(aspatial.dissimilarity(x, t), abs=1e-14)


def test_bootstrap_method_equals_core(run_alg, sample_gpkg, raw_sample):
    _, _, rows = run_alg(ALG, sample_parameters(sample_gpkg, METHOD=1, SEED=5, PERMUTATIONS=99, CONFIDENCE=0.9,
                                                INDICES=[ALL_IDS.index("gini"), ALL_IDS.index("diversity")]))
    expected = expected_rows(raw_sample, HELSINKI, ESPOO, ["gini", "diversity"], 5, 99, method="bootstrap",
                             confidence=0.9)
    assert len(rows) == 3
    for row in rows:
        core = expected[(row["group"], row["index"])]
        assert row["method"] == "bootstrap" and row["confidence"] == 0.9
        assert row["null_mean"] is None and row["n_null"] == 0
        for column in EXACT_COLUMNS:
            assert same(row[column], core[column]), (row["index"], column)


def test_same_seed_gives_identical_output(run_alg, sample_gpkg):
    first = run_alg(ALG, sample_parameters(sample_gpkg, SEED=7, PERMUTATIONS=99))[2]
    second = run_alg(ALG, sample_parameters(sample_gpkg, SEED=7, PERMUTATIONS=99))[2]
    other = run_alg(ALG, sample_parameters(sample_gpkg, SEED=8, PERMUTATIONS=99))[2]
    assert values(first) == values(second)
    assert [r["p_value"] for r in first] != [r["p_value"] for r in other] or \
        [r["ci_low"] for r in first] != [r["ci_low"] for r in other]


def test_empty_seed_is_drawn_recorded_and_reproduces_the_run(run_alg, sample_gpkg):
    results, _, rows = run_alg(ALG, sample_parameters(sample_gpkg, PERMUTATIONS=99))
    seed = results["SEED_USED"]
    assert isinstance(seed, int) and 0 <= seed <= 2 ** 31 - 1
    assert {row["seed"] for row in rows} == {seed}
    again = run_alg(ALG, sample_parameters(sample_gpkg, PERMUTATIONS=99, SEED=seed))[2]
    assert values(again) == values(rows)
    assert run_alg(ALG, sample_parameters(sample_gpkg, PERMUTATIONS=9, SEED=None))[0]["SEED_USED"] != seed


def test_two_layers_equal_the_set_field(run_alg, sample_gpkg, raw_sample, memory_layer):
    helsinki = city_layer(memory_layer, raw_sample, HELSINKI, name="helsinki")
    espoo = city_layer(memory_layer, raw_sample, ESPOO, name="espoo")
    assert helsinki.featureCount() == 84 and espoo.featureCount() == 46
    parameters = {"INPUT": helsinki, "INPUT_B": espoo, "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": TOTAL,
                  "PERMUTATIONS": 99, "SEED": 3, "INDICES": list(range(len(ALL_IDS)))}
    _, _, layers = run_alg(ALG, dict(parameters, SET_A=HELSINKI, SET_B=ESPOO))
    _, _, unnamed = run_alg(ALG, parameters)
    del helsinki, espoo, parameters
    _, _, field = run_alg(ALG, sample_parameters(sample_gpkg, PERMUTATIONS=99, SEED=3,
                                                 INDICES=list(range(len(ALL_IDS)))))
    assert values(layers) == values(field)
    # without names the sets are called by their layers
    assert {(r["set_a"], r["set_b"]) for r in unnamed} == {("helsinki", "espoo")}
    assert [r["p_value"] for r in unnamed] == [r["p_value"] for r in field]


def test_numeric_set_field_matches_codes_with_leading_zeros(run_alg, memory_layer):
    layer = memory_layer([("kunta", "int"), ("grp", "int"), ("total", "int")],
                         [[91, 10, 100], [91, 50, 60], [91, 5, 80], [49, 30, 90], [49, 20, 40], [49, 44, 50]])
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": ["grp"], "TOTAL_FIELD": "total", "SET_FIELD": "kunta",
                               "SET_A": "091", "SET_B": "049", "PERMUTATIONS": 19, "SEED": 1})
    del layer
    # one group field: the default multigroup indices are left out, not refused
    assert [(r["group"], r["index"]) for r in rows] == [("grp", "dissimilarity"), ("grp", "isolation")]
    assert {(r["set_a"], r["set_b"]) for r in rows} == {("91", "49")}
    x, t = np.array([10, 50, 5.0]), np.array([100, 60, 80.0])
    assert rows[0]["value_a"] == pytest.approx(aspatial.dissimilarity(x, t), abs=1e-14)


def test_impute_uses_each_sets_own_rate(run_alg, memory_layer):
    layer = memory_layer([("city", "string"), ("grp", "int"), ("total", "int")],
                         [["A", 10, 100], ["A", None, 50], ["A", 40, 50], ["B", 5, 80], ["B", 60, 70], ["B", -1, 20]])
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": ["grp"], "TOTAL_FIELD": "total", "SET_FIELD": "city",
                               "SET_A": "A", "SET_B": "B", "MISSING": 1, "PERMUTATIONS": 19, "SEED": 1,
                               "INDICES": [0]})
    del layer
    row = rows[0]
    rate_a, rate_b = 50 / 150, 65 / 150  # each set's own rate, by hand
    d_a = aspatial.dissimilarity(np.array([10, 50 * rate_a, 40]), np.array([100, 50, 50.0]))
    d_b = aspatial.dissimilarity(np.array([5, 60, 20 * rate_b]), np.array([80, 70, 20.0]))
    assert row["value_a"] == pytest.approx(d_a, abs=1e-14) and row["value_b"] == pytest.approx(d_b, abs=1e-14)
    assert (row["n_imputed_a"], row["n_imputed_b"], row["n_dropped_a"], row["n_dropped_b"]) == (1, 1, 0, 0)


# --- refused input -------------------------------------------------------------------------------------------------

def test_set_value_not_present(run_alg, sample_gpkg):
    message = run_error(run_alg, sample_parameters(sample_gpkg, SET_A="999"))
    assert "'999'" in message and "'kunta'" in message
    assert all(code in message for code in (HELSINKI, ESPOO, "092", KAUNIAINEN))  # the values present


def test_set_with_a_single_unit(run_alg, sample_gpkg):
    message = run_error(run_alg, sample_parameters(sample_gpkg, SET_B=KAUNIAINEN))
    assert f"'{KAUNIAINEN}'" in message and "1 usable unit" in message and "at least two units" in message


def test_same_value_twice(run_alg, sample_gpkg):
    message = run_error(run_alg, sample_parameters(sample_gpkg, SET_B="91"))
    assert "same value" in message and "091" in message


def test_field_missing_in_the_second_layer(run_alg, raw_sample, memory_layer):
    helsinki = city_layer(memory_layer, raw_sample, HELSINKI, name="helsinki")
    espoo = city_layer(memory_layer, raw_sample, ESPOO, fields=("ko_perus", TOTAL), name="espoo 2019")
    message = run_error(run_alg, {"INPUT": helsinki, "INPUT_B": espoo, "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": TOTAL})
    del helsinki, espoo
    assert "'ko_yl_kork'" in message and "second layer 'espoo 2019'" in message and "both" in message


@pytest.mark.parametrize("extra, text", [
    ({"SET_FIELD": None, "SET_A": None, "SET_B": None}, "Give the two sets"),
    ({"SET_B": None}, "give the values of set A and set B"),
    ({"SET_FIELD": TOTAL}, "also chosen as a group or total field"),
])
def test_sets_not_given(run_alg, sample_gpkg, extra, text):
    assert text in run_error(run_alg, sample_parameters(sample_gpkg, **extra))


def test_second_layer_and_set_field_together(run_alg, sample_gpkg, raw_sample, memory_layer):
    espoo = city_layer(memory_layer, raw_sample, ESPOO)
    message = run_error(run_alg, sample_parameters(sample_gpkg, INPUT_B=espoo))
    del espoo
    assert "not both" in message


def test_only_multigroup_indices_with_one_group(run_alg, sample_gpkg):
    message = run_error(run_alg, sample_parameters(sample_gpkg, GROUP_FIELDS=["ko_perus"],
                                                   INDICES=[ALL_IDS.index("mutual_information")]))
    assert "at least two group fields" in message


def test_cancel_stops_the_replicates(segregation_provider, sample_gpkg):
    import processing

    class CancelBeforeReplicates(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            if text.startswith("Random seed"):
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(ALG, dict(sample_parameters(sample_gpkg), OUTPUT="TEMPORARY_OUTPUT"),
                       feedback=CancelBeforeReplicates())


# --- report and description ----------------------------------------------------------------------------------------

def test_html_report_escapes_a_malicious_field_name(run_alg, memory_layer, tmp_path):
    evil = "<script>alert(1)</script>"
    layer = memory_layer([("city", "string"), (evil, "int"), ("other", "int")],
                         [["<b>A</b>", 10, 90], ["<b>A</b>", 40, 10], ["<b>A</b>", 5, 45],
                          ["B&B", 7, 3], ["B&B", 1, 30], ["B&B", 20, 20]])
    page = tmp_path / "compare.html"
    results, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": [evil, "other"], "SET_FIELD": "city",
                                     "SET_A": "<b>A</b>", "SET_B": "B&B", "PERMUTATIONS": 49, "SEED": 11,
                                     "OUTPUT_HTML": str(page)})
    del layer
    assert results["OUTPUT_HTML"] == str(page)
    assert {row["group"] for row in rows} == {evil, "other", ALL_GROUPS}
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<b>A</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;A&lt;/b&gt;" in html and "B&amp;B" in html
    # it states the alternative, how to read p and the interval, and the seed
    for text in ("two-sided", "random labelling", "Rey &amp; Sastré-Gutiérrez 2010", "p-value", "interval",
                 "Random seed", "11", "excludes 0", "never below 0.0400"):
        assert text in html, text


def test_parameters_and_help(segregation_provider):
    from qgis.core import QgsApplication
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm.displayName() == "Compare segregation between two cities or years"
    assert algorithm.group() == "Segregation indices"
    definitions = {p.name(): p for p in algorithm.parameterDefinitions()}
    assert sorted(definitions) == sorted(["INPUT", "GROUP_FIELDS", "TOTAL_FIELD", "MISSING", "INPUT_B", "SET_FIELD",
                                          "SET_A", "SET_B", "INDICES", "METHOD", "PERMUTATIONS", "SEED", "CONFIDENCE",
                                          "ATKINSON_B", "OUTPUT", "OUTPUT_HTML"])
    assert [o.name() for o in algorithm.outputDefinitions() if o.name() == "SEED_USED"] == ["SEED_USED"]
    assert [ALL_IDS[i] for i in definitions["INDICES"].defaultValue()] == [
        "dissimilarity", "isolation", "multi_dissimilarity", "mutual_information"]
    assert len(definitions["INDICES"].options()) == len(ALL_IDS)
    assert definitions["METHOD"].defaultValue() == 0 and len(definitions["METHOD"].options()) == 2
    assert definitions["PERMUTATIONS"].defaultValue() == 999
    assert definitions["CONFIDENCE"].defaultValue() == 0.95
    assert definitions["SEED"].defaultValue() is None
    help_text = algorithm.shortHelpString()
    for text in ("Rey &amp; Sastré-Gutiérrez 2010", "random", "Bootstrap", "two-sided", "seed", "Missing values",
                 "-1", "NULL", "set field", "two layers"):
        assert text in help_text, text
