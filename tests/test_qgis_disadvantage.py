"""segregation:disadvantageindex through ``processing.run`` on the Paavo sample and on small memory layers."""


import numpy as np
import pytest
from qgis.core import QgsProcessingException
from by_hand import missing

ALG = "segregation:disadvantageindex"
PAAVO_INDICATORS = ["low_income", "tr_pi_tul", "tr_kuty", "1", "yes",
                    "unemployed", "pt_tyott", "pt_tyoll + pt_tyott", "1", "yes",
                    "basic_education", "ko_perus", "ko_ika18y", "1", "yes"]
NEW_FIELDS = ["low_income_rate", "low_income_std", "low_income_above", "low_income_unreliable",
              "unemployed_rate", "unemployed_std", "unemployed_above", "unemployed_unreliable",
              "basic_education_rate", "basic_education_std", "basic_education_above", "basic_education_unreliable",
              "disadvantage_index", "n_indicators", "n_missing", "n_above", "multiple_disadvantage", "unreliable"]




def hand_rates(raw):
    """Each indicator's rate from the raw attributes (read with OGR), -1 and NULL made missing by hand."""
    def column(name):
        return np.array([np.nan if missing(v) else float(v) for v in raw[name]])
    rates = {}
    with np.errstate(invalid="ignore", divide="ignore"):
        rates["low_income"] = column("tr_pi_tul") / column("tr_kuty")
        rates["unemployed"] = column("pt_tyott") / (column("pt_tyoll") + column("pt_tyott"))
        rates["basic_education"] = column("ko_perus") / column("ko_ika18y")
    for name, rate in rates.items():
        rate[~np.isfinite(rate)] = np.nan
    return rates


@pytest.fixture
def paavo_run(run_alg, sample_gpkg):
    return run_alg(ALG, {"INPUT": str(sample_gpkg), "INDICATORS": PAAVO_INDICATORS, "REGION_FIELD": "kunta"})


def test_defaults_are_the_paavo_indicators(segregation_provider):
    from qgis.core import QgsApplication
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    definitions = {p.name(): p for p in algorithm.parameterDefinitions()}
    assert [str(v) for v in definitions["INDICATORS"].defaultValue()] == PAAVO_INDICATORS
    assert definitions["MIN_BASE"].defaultValue() == 30


def test_every_feature_is_copied_with_the_new_fields(paavo_run, sample_layer, read_layer):
    results, names, rows = paavo_run
    input_names, input_rows = read_layer(sample_layer)
    assert names == input_names + NEW_FIELDS
    assert len(rows) == len(input_rows) == 167
    assert all(row["_geometry"] is not None for row in rows)
    assert results["N_MULTIPLE"] == sum(1 for r in rows if r["multiple_disadvantage"] == 1)


def test_rates_equal_a_hand_computation_with_suppressed_parts_missing(paavo_run, raw_sample):
    _, _, rows = paavo_run
    by_code = {r["posti_alue"]: r for r in rows}
    rates = hand_rates(raw_sample)
    suppressed_unemployment = 0
    for i, code in enumerate(raw_sample["posti_alue"]):
        row = by_code[code]
        for name, rate in rates.items():
            value = row[f"{name}_rate"]
            if np.isnan(rate[i]):
                assert value is None, (code, name)
            else:
                assert value == pytest.approx(rate[i], rel=1e-12), (code, name)
        if missing(raw_sample["pt_tyott"][i]) or missing(raw_sample["pt_tyoll"][i]):
            suppressed_unemployment += 1
            # pt_tyoll + pt_tyott with a -1 part is missing, not pt_tyoll - 1
            assert row["unemployed_rate"] is None and row["n_missing"] >= 1
    assert suppressed_unemployment >= 1


def test_zscore_components_and_index(paavo_run, raw_sample):
    _, _, rows = paavo_run
    rates = hand_rates(raw_sample)
    by_code = {r["posti_alue"]: r for r in rows}
    for name, rate in rates.items():
        known = np.isfinite(rate)
        mean, sd = rate[known].mean(), rate[known].std(ddof=Z_DDOF)
        for i, code in enumerate(raw_sample["posti_alue"]):
            if known[i]:
                assert by_code[code][f"{name}_std"] == pytest.approx((rate[i] - mean) / sd, rel=1e-9, abs=1e-12)
    for row in rows:
        parts = [row[f"{n}_std"] for n in rates if row[f"{n}_std"] is not None]
        assert row["n_indicators"] == len(parts)
        assert row["n_missing"] == 3 - len(parts)
        if parts:
            assert row["disadvantage_index"] == pytest.approx(np.mean(parts), rel=1e-12, abs=1e-12)


def test_top_quintile_flags_and_multiple_disadvantage(paavo_run):
    _, _, rows = paavo_run
    names = ("low_income", "unemployed", "basic_education")
    for name in names:
        known = [r for r in rows if r[f"{name}_rate"] is not None]
        above = [r for r in known if r[f"{name}_above"] == 1]
        # the worst fifth: about 20 % of the units with a rate, and every flagged rate >= every unflagged one
        assert abs(len(above) - 0.2 * len(known)) <= 2
        assert min(r[f"{name}_rate"] for r in above) >= max(r[f"{name}_rate"] for r in known
                                                            if r[f"{name}_above"] == 0)
    for row in rows:
        flags = [row[f"{n}_above"] for n in names]
        assert row["n_above"] == sum(1 for f in flags if f == 1)
        assert (row["multiple_disadvantage"] == 1) == all(f == 1 for f in flags)


@pytest.mark.parametrize("min_base", [30, 500])
def test_unreliable_small_bases(run_alg, sample_gpkg, raw_sample, min_base):
    # Paavo already suppresses the smallest areas: no household base is below 30, so 500 is tried too
    results, _, rows = run_alg(ALG, {"INPUT": str(sample_gpkg), "INDICATORS": PAAVO_INDICATORS, "MIN_BASE": min_base})
    by_code = {r["posti_alue"]: r for r in rows}
    flagged = 0
    for i, code in enumerate(raw_sample["posti_alue"]):
        base = raw_sample["tr_kuty"][i]
        small = not missing(base) and base < min_base
        assert (by_code[code]["low_income_unreliable"] == 1) == small, code
        flagged += small
        if small:
            assert by_code[code]["unreliable"] == 1
            assert by_code[code]["low_income_rate"] is not None  # flagged, not dropped
    assert (flagged >= 3) == (min_base == 500)
    assert results["N_UNRELIABLE"] == sum(1 for r in rows if r["unreliable"] == 1)


def test_reference_by_region_needs_a_region_field(run_alg, sample_gpkg):
    with pytest.raises(QgsProcessingException, match="region field"):
        run_alg(ALG, {"INPUT": str(sample_gpkg), "INDICATORS": PAAVO_INDICATORS, "REFERENCE": 1})


def test_html_report_is_written_and_escaped(run_alg, memory_layer, tmp_path):
    layer = memory_layer([("c", "int"), ("b", "int"), ("<b>x", "int")],
                         [[1, 10, 5], [2, 10, 5], [3, 10, 5], [4, 10, 5], [5, 10, 5]], geometry="Polygon")
    report = tmp_path / "report.html"
    results, _, rows = run_alg(ALG, {"INPUT": layer, "INDICATORS": ["share", "c", '"<b>x" + b', "1", "yes"],
                                     "MIN_BASE": 0, "OUTPUT_HTML": str(report)})
    text = report.read_text(encoding="utf-8")
    assert "&lt;b&gt;x" in text and "<b>x" not in text
    assert [r["share_rate"] for r in rows] == pytest.approx([c / 15 for c in (1, 2, 3, 4, 5)])


@pytest.mark.parametrize("indicators, message", [
    (["x y", "c", "b", "1", "yes"], "must start with a letter"),
    (["a", "c", "b", "0", "yes"], "positive number"),
    (["a", "c", "b", "1", "maybe"], "yes or no"),
    (["a", "nosuchfield", "b", "1", "yes"], "nosuchfield"),
    (["a", "c +", "b", "1", "yes"], "neither a field"),
    (["a", "c", "b", "1", "yes", "a", "c", "b", "1", "yes"], "unique"),
    (["a", "c", "b", "1"], "multiple of 5"),
])
def test_bad_indicator_table_is_refused(run_alg, memory_layer, indicators, message):
    layer = memory_layer([("c", "int"), ("b", "int")], [[1, 10], [2, 10], [3, 10]], geometry="Polygon")
    with pytest.raises(QgsProcessingException, match=message):
        run_alg(ALG, {"INPUT": layer, "INDICATORS": indicators})


def test_count_above_base_names_the_indicator_and_features(run_alg, memory_layer):
    layer = memory_layer([("c", "int"), ("b", "int")], [[1, 10], [20, 10], [3, 10]], geometry="Polygon")
    with pytest.raises(QgsProcessingException) as error:
        run_alg(ALG, {"INPUT": layer, "INDICATORS": ["share", "c", "b", "1", "yes"]})
    text = str(error.value)
    assert "share" in text and "2" in text  # feature id 2 (memory layers count from 1)


def test_negative_count_is_refused_with_the_field(run_alg, memory_layer):
    layer = memory_layer([("c", "int"), ("b", "int")], [[1, 10], [-5, 10], [3, 10]], geometry="Polygon")
    with pytest.raises(QgsProcessingException, match="'c'"):
        run_alg(ALG, {"INPUT": layer, "INDICATORS": ["share", "c", "b", "1", "yes"]})


def test_input_layer_is_not_modified(run_alg, sample_layer, sample_gpkg, read_layer):
    before = read_layer(sample_layer)
    run_alg(ALG, {"INPUT": str(sample_gpkg), "INDICATORS": PAAVO_INDICATORS})
    after = read_layer(sample_layer)
    assert before[0] == after[0]
    assert [{k: v for k, v in r.items() if k != "_geometry"} for r in before[1]] == \
        [{k: v for k, v in r.items() if k != "_geometry"} for r in after[1]]


Z_DDOF = 1


def test_output_is_loaded_in_quintiles_of_the_index(run_and_load, sample_gpkg):
    from qgis.core import QgsGraduatedSymbolRenderer
    layer = run_and_load(ALG, {"INPUT": str(sample_gpkg), "INDICATORS": PAAVO_INDICATORS})
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "disadvantage_index"
    ranges = renderer.ranges()
    assert len(ranges) == 5
    values = [f["disadvantage_index"] for f in layer.getFeatures() if f["disadvantage_index"] is not None
              and f["disadvantage_index"] == f["disadvantage_index"]]
    counts = [sum(1 for v in values if r.lowerValue() <= v <= r.upperValue()) for r in ranges]
    assert all(abs(c - len(values) / 5) <= 3 for c in counts)  # quintiles: about a fifth of the units each
    first, last = ranges[0].symbol().color(), ranges[-1].symbol().color()
    assert first.name() == "#ffffb2" and last.name() == "#bd0026"  # light yellow to dark red
    del layer, renderer, ranges


def test_report_lists_each_region_and_indicator_with_its_reference_rate(run_alg, sample_gpkg, raw_sample, tmp_path):
    report = tmp_path / "report.html"
    run_alg(ALG, {"INPUT": str(sample_gpkg), "INDICATORS": PAAVO_INDICATORS, "REGION_FIELD": "kunta",
                  "REFERENCE": 1, "OUTPUT_HTML": str(report)})
    text = report.read_text(encoding="utf-8")
    assert "pt_tyott / (pt_tyoll + pt_tyott)" in text
    for region in ("049", "091", "092", "235"):
        rows = raw_sample[raw_sample["kunta"] == region]
        known = [(c, b) for c, b in zip(rows["tr_pi_tul"], rows["tr_kuty"]) if not missing(c) and not missing(b)]
        rate = sum(c for c, _ in known) / sum(b for _, b in known)  # population-weighted: the city's own rate
        assert f"<td class=\"text\">{region}</td><td class=\"text\">low_income</td><td>{rate:.4f}</td>" in text


def test_empty_layer_is_refused(run_alg, memory_layer):
    layer = memory_layer([("c", "int"), ("b", "int")], [], geometry="Polygon")
    with pytest.raises(QgsProcessingException, match="no features"):
        run_alg(ALG, {"INPUT": layer, "INDICATORS": ["share", "c", "b", "1", "yes"]})


def test_single_unit_gets_no_zscore_but_keeps_its_rate(run_alg, memory_layer):
    layer = memory_layer([("c", "int"), ("b", "int")], [[3, 10]], geometry="Polygon")
    _, _, rows = run_alg(ALG, {"INPUT": layer, "INDICATORS": ["share", "c", "b", "1", "yes"], "MIN_BASE": 0})
    assert rows[0]["share_rate"] == pytest.approx(0.3)
    assert rows[0]["share_std"] is None and rows[0]["disadvantage_index"] is None  # no spread to standardise by


def test_zero_base_and_suppressed_text_are_missing_not_zero(run_alg, memory_layer):
    # base 0 (nobody lives there) and Statistics Finland's '..' / -1 in text and number fields
    layer = memory_layer([("c", "string"), ("b", "int")],
                         [["1", 10], ["0", 0], ["..", 10], ["-1", 10], ["4", 10], ["5", 10]], geometry="Polygon")
    _, _, rows = run_alg(ALG, {"INPUT": layer, "INDICATORS": ["share", "c", "b", "1", "yes"], "MIN_BASE": 0})
    rates = [r["share_rate"] for r in rows]
    assert rates[0] == pytest.approx(0.1) and rates[4] == pytest.approx(0.4) and rates[5] == pytest.approx(0.5)
    assert rates[1] is None and rates[2] is None and rates[3] is None
    assert [r["n_missing"] for r in rows] == [0, 1, 1, 1, 0, 0]
    known = [0.1, 0.4, 0.5]  # z-scores over the three known rates only
    mean, sd = np.mean(known), np.std(known, ddof=1)
    assert rows[4]["share_std"] == pytest.approx((0.4 - mean) / sd)
