"""segregation:globalindices through ``processing.run``, checked against data read independently with OGR.

The expected values never come from the plugin's own reading code: the sample is read with ``osgeo.ogr``
(fixture ``raw_sample``), -1 and NULL are removed here by hand, and the indices are either the core's
``global_indices`` on those cleaned arrays or formulas written out below (Massey & Denton 1988).
"""

import hashlib
import math

import numpy as np
import pytest
from qgis.core import (QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsVectorLayer,
                       QgsWkbTypes)

from conftest import SAMPLE_LAYER
from segregation_analysis.core import ALL_IDS, global_indices, unit_table
from by_hand import missing as is_missing

GROUPS = ["ko_perus", "ko_yl_kork"]
TOTAL = "ko_ika18y"
REGION = "kunta"
REGIONS = ["049", "091", "092", "235"]  # Espoo, Helsinki, Vantaa, Kauniainen (sorted codes)
ALL_GROUPS = "(all groups)"
SUMMARY = ["region", "group", "n_units", "n_dropped", "dropped_population", "total_population",
           "group_population", "group_share", "n_imputed"]
# The index ids of the issue, in its order (single-group, then multigroup).
INDEX_IDS = ["dissimilarity", "gini", "entropy", "atkinson", "isolation", "exposure", "correlation_ratio",
             "multi_dissimilarity", "multi_gini", "multi_information_theory", "mutual_information",
             "multi_normalized_exposure", "multi_relative_diversity", "multi_squared_coefficient_of_variation",
             "simpson_concentration", "simpson_interaction", "diversity"]
SINGLE_IDS = INDEX_IDS[:7]
MULTI_IDS = INDEX_IDS[7:]


def parameters(source, **extra):
    base = {"INPUT": source, "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": TOTAL, "REGION_FIELD": REGION}
    base.update(extra)
    return base


def keyed(rows):
    return {(row["region"], row["group"]): row for row in rows}




def clean(raw, columns=tuple(GROUPS) + (TOTAL,)):
    keep = np.ones(len(raw), bool)
    for column in columns:
        keep &= ~raw[column].map(is_missing).to_numpy()
    return raw[keep]


def core_expected(frame, **kwargs):
    """The core's global_indices on already cleaned rows (all values valid)."""
    table = unit_table({g: frame[g].to_numpy(float) for g in GROUPS}, total=frame[TOTAL].to_numpy(float),
                       region=frame[REGION].tolist())
    result = global_indices(table, **kwargs)
    return {(r["region"], r["group"]): r for r in result.to_dict("records")}


def hand_dissimilarity(x, t):
    """Duncan & Duncan: D = 1/2 sum |x_i / X - (t_i - x_i) / (T - X)|."""
    x, t = np.asarray(x, float), np.asarray(t, float)
    return 0.5 * np.abs(x / x.sum() - (t - x) / (t.sum() - x.sum())).sum()


def hand_atkinson(x, t, b):
    """Massey & Denton (1988): A = 1 - P/(1-P) |1/(P T) sum (1-p_i)^(1-b) p_i^b t_i|^(1/(1-b))."""
    x, t = np.asarray(x, float), np.asarray(t, float)
    p, P, T = x / t, x.sum() / t.sum(), t.sum()
    inner = abs(((1 - p) ** (1 - b) * p ** b * t).sum() / (P * T))
    return 1 - P / (1 - P) * inner ** (1 / (1 - b))


def assert_same_value(actual, expected, label):
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        assert actual is None, f"{label}: expected NULL, got {actual}"
    else:
        assert actual is not None, f"{label}: NULL, expected {expected}"
        assert actual == pytest.approx(float(expected), abs=1e-12, rel=1e-12), label


def attribute_checksum(layer):
    digest = hashlib.sha256()
    for feature in sorted(layer.getFeatures(), key=lambda f: f.id()):
        digest.update(repr((feature.id(), [str(v) for v in feature.attributes()])).encode())
        digest.update(bytes(feature.geometry().asWkb()))
    return digest.hexdigest()


# --- the sample, per municipality ------------------------------------------------------------------------------

# Spatial ids a projected polygon layer gets by default (no bandwidth: no surface indices).
POLYGON_SPATIAL_IDS = ["spatial_dissimilarity", "boundary_spatial_dissimilarity", "perimeter_area_dissimilarity",
                       "spatial_proximity", "absolute_clustering", "relative_clustering", "distance_decay_isolation",
                       "distance_decay_exposure", "delta", "absolute_concentration", "relative_concentration",
                       "absolute_centralization", "relative_centralization"]


def test_rows_and_columns(run_alg, sample_gpkg):
    _, names, rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg)))
    assert names == SUMMARY + INDEX_IDS + POLYGON_SPATIAL_IDS
    assert list(ALL_IDS) == INDEX_IDS  # the registry order is the order
    assert len(rows) == len(REGIONS) * len(GROUPS) + len(REGIONS)
    assert sorted(keyed(rows)) == sorted([(r, g) for r in REGIONS for g in GROUPS + [ALL_GROUPS]])
    for row in rows:
        if row["group"] == ALL_GROUPS:  # multigroup row: single-group indices empty and vice versa
            assert all(row[i] is None for i in SINGLE_IDS)
            assert row["group_population"] is None
        else:
            assert all(row[i] is None for i in MULTI_IDS)


def test_values_equal_core_on_independently_cleaned_data(run_alg, sample_gpkg, raw_sample):
    _, _, rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg)))
    expected = core_expected(clean(raw_sample))
    actual = keyed(rows)
    assert sorted(actual) == sorted(expected)
    for key, want in expected.items():
        got = actual[key]
        for column in ("n_units", "total_population", "group_population", "group_share", "n_imputed"):
            assert_same_value(got[column], want[column], f"{key} {column}")
        for index_id in INDEX_IDS:
            assert_same_value(got[index_id], want[index_id], f"{key} {index_id}")
    # not trivially true: Helsinki's D is a real number strictly between 0 and 1
    assert 0 < actual[("091", "ko_perus")]["dissimilarity"] < 1


def test_helsinki_dissimilarity_by_hand(run_alg, sample_gpkg, raw_sample):
    _, _, rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg)))
    helsinki = clean(raw_sample)
    helsinki = helsinki[helsinki[REGION] == "091"]
    expected = hand_dissimilarity(helsinki["ko_perus"], helsinki[TOTAL])
    row = keyed(rows)[("091", "ko_perus")]
    assert row["dissimilarity"] == pytest.approx(expected, abs=1e-12)
    assert row["n_units"] == len(helsinki)
    assert row["group_population"] == helsinki["ko_perus"].sum()
    assert row["total_population"] == helsinki[TOTAL].sum()


def test_dropped_units_and_population_counted_by_hand(run_alg, sample_gpkg, raw_sample):
    _, _, rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg)))
    actual = keyed(rows)

    def held(row):  # population of a dropped unit: its total where published, else its known group counts
        if not is_missing(row[TOTAL]):
            return row[TOTAL]
        return sum(row[g] for g in GROUPS if not is_missing(row[g]))

    dropped_anywhere = 0
    for region in REGIONS:
        units = raw_sample[raw_sample[REGION] == region]
        for group, needed in [(g, [g, TOTAL]) for g in GROUPS] + [(ALL_GROUPS, GROUPS)]:
            dropped = units[units[needed].apply(lambda r: any(is_missing(v) for v in r), axis=1)]
            row = actual[(region, group)]
            assert row["n_dropped"] == len(dropped), (region, group)
            assert row["dropped_population"] == sum(held(r) for _, r in dropped.iterrows()), (region, group)
            assert row["n_units"] + row["n_dropped"] == len(units), (region, group)
            dropped_anywhere += len(dropped)
    assert dropped_anywhere > 0  # the sample does have suppressed and NULL units


def test_impute_changes_d_and_reports_imputed_units(run_alg, sample_gpkg, raw_sample):
    _, _, dropped_rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg), MISSING=0))
    _, _, imputed_rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg), MISSING=1))
    dropped, imputed = keyed(dropped_rows), keyed(imputed_rows)
    changed = 0
    for region in REGIONS:
        units = raw_sample[raw_sample[REGION] == region]
        t = units[TOTAL].to_numpy(object)
        x = units["ko_perus"].to_numpy(object)
        known_t = np.array([not is_missing(v) for v in t])
        known_x = np.array([not is_missing(v) for v in x])
        to_fill = known_t & ~known_x  # a missing group count with a published total gets imputed
        row = imputed[(region, "ko_perus")]
        assert row["n_imputed"] == to_fill.sum(), region
        assert row["n_dropped"] == (~known_t).sum(), region  # a missing total is still dropped
        if to_fill.any():
            changed += 1
            # by hand: x_i = t_i * (sum of known x / sum of their totals) in the region
            rate = x[known_x & known_t].astype(float).sum() / t[known_x & known_t].astype(float).sum()
            xs = np.where(to_fill, t, x)[known_t].astype(float)
            xs[to_fill[known_t]] = t[to_fill].astype(float) * rate
            expected = hand_dissimilarity(xs, t[known_t].astype(float))
            assert row["dissimilarity"] == pytest.approx(expected, abs=1e-12), region
            assert row["dissimilarity"] != pytest.approx(dropped[(region, "ko_perus")]["dissimilarity"], abs=1e-9)
        else:
            assert row["dissimilarity"] == pytest.approx(dropped[(region, "ko_perus")]["dissimilarity"], abs=1e-12)
        assert dropped[(region, "ko_perus")]["n_imputed"] == 0
    assert changed >= 1  # the sample has a suppressed (-1) count with a published base (Espoo)


def test_indices_subset_gives_only_those_columns(run_alg, sample_gpkg):
    chosen = ["gini", "isolation", "mutual_information"]
    _, names, rows = run_alg("segregation:globalindices",
                             parameters(str(sample_gpkg), INDICES=[INDEX_IDS.index(i) for i in chosen]))
    assert names == SUMMARY + chosen
    assert len(rows) == 12
    _, names, rows = run_alg("segregation:globalindices",
                             parameters(str(sample_gpkg), INDICES=[INDEX_IDS.index("dissimilarity")]))
    assert names == SUMMARY + ["dissimilarity"]
    assert all(row["dissimilarity"] is not None for row in rows if row["group"] != ALL_GROUPS)


def test_atkinson_shape_parameter(run_alg, sample_gpkg, raw_sample):
    helsinki = clean(raw_sample)
    helsinki = helsinki[helsinki[REGION] == "091"]
    values = {}
    for b in (0.2, 0.5, 0.8):
        _, _, rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg), ATKINSON_B=b))
        values[b] = keyed(rows)[("091", "ko_perus")]["atkinson"]
        assert values[b] == pytest.approx(hand_atkinson(helsinki["ko_perus"], helsinki[TOTAL], b), abs=1e-12)
    assert len({round(v, 12) for v in values.values()}) == 3
    # the default is 0.5
    _, _, rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg)))
    assert keyed(rows)[("091", "ko_perus")]["atkinson"] == pytest.approx(values[0.5], abs=1e-15)


def test_selected_features_only(run_alg, qgis_new_project, sample_gpkg, raw_sample):
    layer = QgsVectorLayer(f"{sample_gpkg}|layername={SAMPLE_LAYER}", "paavo", "ogr")
    assert layer.isValid()
    layer_id = layer.id()
    qgis_new_project.addMapLayer(layer)
    try:
        layer.selectByExpression("\"kunta\" IN ('091', '092') AND \"he_vakiy\" > 8000")
        selected = set(layer.selectedFeatureIds())
        assert 0 < len(selected) < layer.featureCount()
        source = QgsProcessingFeatureSourceDefinition(layer_id, True)
        _, _, rows = run_alg("segregation:globalindices", parameters(source))
    finally:
        qgis_new_project.removeMapLayer(layer_id)
        del layer
    subset = raw_sample[raw_sample["fid"].isin(selected)]
    assert sorted(subset[REGION].unique()) == ["091", "092"]
    expected = core_expected(clean(subset))
    actual = keyed(rows)
    assert sorted(actual) == sorted(expected)
    for key, want in expected.items():
        assert actual[key]["n_units"] == want["n_units"]
        for index_id in ("dissimilarity", "gini", "multi_dissimilarity", "mutual_information"):
            assert_same_value(actual[key][index_id], want[index_id], f"{key} {index_id}")


def test_input_layer_is_not_modified(run_alg, sample_layer, sample_gpkg):
    fields = [(f.name(), f.typeName()) for f in sample_layer.fields()]
    count = sample_layer.featureCount()
    checksum = attribute_checksum(sample_layer)
    for algorithm in ("segregation:globalindices", "segregation:localindices"):
        for missing in (0, 1):
            run_alg(algorithm, parameters(sample_layer, MISSING=missing))
    assert not sample_layer.isModified()
    assert [(f.name(), f.typeName()) for f in sample_layer.fields()] == fields
    assert sample_layer.featureCount() == count
    assert attribute_checksum(sample_layer) == checksum
    reopened = QgsVectorLayer(f"{sample_gpkg}|layername={SAMPLE_LAYER}", "again", "ogr")
    assert attribute_checksum(reopened) == checksum
    del reopened


# --- tables without geometry -----------------------------------------------------------------------------------

def test_sample_csv_without_geometry_gives_the_same_table(run_alg, sample_gpkg, sample_csv):
    csv_layer = QgsVectorLayer(str(sample_csv), "csv", "ogr")
    assert csv_layer.isValid()
    assert csv_layer.wkbType() == QgsWkbTypes.NoGeometry
    assert csv_layer.featureCount() == 167
    _, csv_names, csv_rows = run_alg("segregation:globalindices", parameters(csv_layer))
    del csv_layer
    _, gpkg_names, gpkg_rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg)))
    assert csv_names == SUMMARY + INDEX_IDS  # a table has no geometry: only the aspatial indices apply
    assert gpkg_names[:len(csv_names)] == csv_names
    csv_table, gpkg_table = keyed(csv_rows), keyed(gpkg_rows)
    assert sorted(csv_table) == sorted(gpkg_table)
    for key, row in gpkg_table.items():
        for column in SUMMARY[2:] + INDEX_IDS:
            assert_same_value(csv_table[key][column], row[column], f"{key} {column}")


MESSY_CSV = """id,region,grp,total
1,A,10,100
2,A,..,60
3,A,,40
4,A,-1,30
5,A,30,100
6,A,5,50
7,B,20,100
8,B,40,50
9,B,1,25
"""


@pytest.mark.parametrize("provider", ["delimitedtext", "ogr"])
def test_csv_with_missing_codes(run_alg, tmp_path, provider):
    path = tmp_path / "messy.csv"
    path.write_text(MESSY_CSV, encoding="utf-8")
    if provider == "delimitedtext":
        uri = f"{path.as_uri()}?type=csv&delimiter=,&detectTypes=yes&geomType=none"
    else:
        uri = str(path)  # OGR without a .csvt: every column is text
    layer = QgsVectorLayer(uri, "messy", provider)
    assert layer.isValid()
    assert layer.featureCount() == 9
    assert layer.wkbType() == QgsWkbTypes.NoGeometry
    _, _, rows = run_alg("segregation:globalindices", {"INPUT": layer, "GROUP_FIELDS": ["grp"],
                                                       "TOTAL_FIELD": "total", "REGION_FIELD": "region"})
    del layer
    table = keyed(rows)
    a, b = table[("A", "grp")], table[("B", "grp")]
    assert (a["n_units"], a["n_dropped"], a["dropped_population"]) == (3, 3, 60 + 40 + 30)
    assert (b["n_units"], b["n_dropped"], b["dropped_population"]) == (3, 0, 0)
    assert a["group_population"] == 10 + 30 + 5
    assert a["total_population"] == 100 + 100 + 50
    assert a["dissimilarity"] == pytest.approx(hand_dissimilarity([10, 30, 5], [100, 100, 50]), abs=1e-12)
    assert b["dissimilarity"] == pytest.approx(hand_dissimilarity([20, 40, 1], [100, 50, 25]), abs=1e-12)


# --- HTML report -----------------------------------------------------------------------------------------------

def test_html_report(run_alg, sample_gpkg, tmp_path):
    report = tmp_path / "report.html"
    results, _, _ = run_alg("segregation:globalindices", parameters(str(sample_gpkg), OUTPUT_HTML=str(report)))
    assert results["OUTPUT_HTML"] == str(report)
    text = report.read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html")
    for region in REGIONS:
        assert f">{region}<" in text
    for group in GROUPS:
        assert group in text
    lowered = text.lower()
    for name in ("dissimilarity", "gini", "atkinson", "isolation", "exposure", "mutual information", "simpson",
                 "diversity"):
        assert name in lowered, name
    assert text.count("<tr>") >= 12  # 8 group rows + 4 multigroup rows (+ headers)


def test_html_report_not_written_unless_asked(run_alg, sample_gpkg):
    results, _, _ = run_alg("segregation:globalindices", parameters(str(sample_gpkg)))
    assert not results.get("OUTPUT_HTML")


def test_html_report_escapes_field_names_and_values(run_alg, memory_layer, tmp_path):
    layer = memory_layer([("<script>x", "int"), ("rest", "int"), ("region", "string")],
                         [[10, 90, '<b>&"'], [40, 10, '<b>&"'], [5, 45, '<b>&"'], [20, 20, "ok"], [1, 9, "ok"]],
                         name="<i>layer</i>")
    report = tmp_path / "evil.html"
    _, _, rows = run_alg("segregation:globalindices",
                         {"INPUT": layer, "GROUP_FIELDS": ["<script>x", "rest"], "REGION_FIELD": "region",
                          "OUTPUT_HTML": str(report)})
    del layer
    assert {row["region"] for row in rows} == {'<b>&"', "ok"}  # the table keeps the raw value
    assert {row["group"] for row in rows} == {"<script>x", "rest", ALL_GROUPS}
    text = report.read_text(encoding="utf-8")
    assert "<script" not in text.lower()
    assert "&lt;script&gt;x" in text
    assert '<b>&"' not in text and "<b>" not in text
    assert "&lt;b&gt;&amp;&quot;" in text
    assert "<i>layer</i>" not in text and "&lt;i&gt;layer&lt;/i&gt;" in text


def test_unknown_field_is_refused(run_alg, sample_gpkg):
    with pytest.raises(QgsProcessingException) as error:
        run_alg("segregation:globalindices", parameters(str(sample_gpkg), GROUP_FIELDS=["no_such_field"]))
    assert "no_such_field" in str(error.value)
