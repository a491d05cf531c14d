"""segregation:multiscalarprofile through ``processing.run``, checked against data read independently with OGR.

The expected values never come from the plugin's reading code: the sample is read with ``osgeo.ogr`` (centroids
with OGR's GEOS), -1 and NULL are dropped here by hand, and every region is computed on its own with
``core.surface`` (a ``KernelSmoother`` on that region's points only), so "environments stop at region borders"
and "dropped units leave the geometry too" are checked rather than assumed.
"""

import base64
import math
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsProcessingFeedback,
                       QgsVectorLayer)

from conftest import SAMPLE_LAYER
from segregation_analysis.core import aspatial, multigroup
from segregation_analysis.core.surface import KernelSmoother, surface_index
from by_hand import usable

ALG = "segregation:multiscalarprofile"
GROUPS = ["ko_perus", "ko_yl_kork"]
TOTAL = "ko_ika18y"
REGION = "kunta"
REGIONS = ["049", "091", "092", "235"]
ALL_GROUPS = "(all groups)"
# the INDICES options, in their order
PROFILE_IDS = ["dissimilarity", "entropy", "isolation", "exposure", "correlation_ratio", "multi_dissimilarity",
               "multi_information_theory", "mutual_information", "multi_relative_diversity",
               "multi_normalized_exposure"]
SINGLE_IDS = PROFILE_IDS[:5]
MULTI_IDS = PROFILE_IDS[5:]
KERNELS = ["triangular", "uniform", "epanechnikov", "quartic", "gaussian"]  # the KERNEL options
COLUMNS = ["bandwidth", "region", "group", "index", "value", "n_units", "n_dropped"]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


# --- independent expectations ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ogr_units(sample_gpkg):
    """The sample read with GDAL's osgeo.ogr: raw attributes (-1 / None kept) and GEOS centroids."""
    import pandas as pd
    from osgeo import ogr

    dataset = ogr.Open(str(sample_gpkg))
    layer = dataset.GetLayerByName(SAMPLE_LAYER)
    rows = []
    for feature in layer:
        centroid = feature.GetGeometryRef().Centroid()
        row = {name: feature.GetField(name) for name in GROUPS + [TOTAL, REGION, "posti_alue"]}
        row.update(fid=feature.GetFID(), x=centroid.GetX(), y=centroid.GetY())
        rows.append(row)
    del layer, dataset
    return pd.DataFrame(rows)






def aspatial_value(index_id, counts, total):
    if index_id in SINGLE_IDS:
        return float(getattr(aspatial, index_id)(counts, total))
    return float(getattr(multigroup, index_id)(counts))


def expected_value(units, index_id, group, bandwidth, kernel="gaussian"):
    """One region's value, from that region's usable units only (their points and nothing else)."""
    if index_id in SINGLE_IDS:
        part = usable(units, [group, TOTAL])
        counts, total = part[group].to_numpy(float), part[TOTAL].to_numpy(float)
    else:
        part = usable(units, GROUPS)
        counts, total = part[GROUPS].to_numpy(float), None
    if not len(part):
        return float("nan"), 0
    if bandwidth == 0:
        return aspatial_value(index_id, counts, total), len(part)
    points = part[["x", "y"]].to_numpy(float)
    smoother = KernelSmoother(points, bandwidth, kernel, method="exact")
    return surface_index(index_id, counts, smoother, total=total), len(part)


def close(actual, expected, tol=1e-9):
    if expected is None or math.isnan(expected):
        return actual is None
    return actual is not None and abs(actual - expected) <= tol * max(1.0, abs(expected))


def sample_parameters(sample_gpkg, **extra):
    parameters = {"INPUT": f"{sample_gpkg}|layername={SAMPLE_LAYER}", "GROUP_FIELDS": GROUPS,
                  "TOTAL_FIELD": TOTAL, "REGION_FIELD": REGION}
    parameters.update(extra)
    return parameters


def keyed(rows):
    return {(row["bandwidth"], row["region"], row["group"], row["index"]): row for row in rows}


def run_error(run_alg, parameters):
    with pytest.raises(QgsProcessingException) as error:
        run_alg(ALG, parameters)
    return str(error.value)


# --- values ------------------------------------------------------------------------------------------------------

def test_profile_equals_core_surface_per_region(run_alg, sample_gpkg, ogr_units):
    bandwidths = [0.0, 500.0, 1000.0, 2000.0, 4000.0]
    results, names, rows = run_alg(ALG, sample_parameters(
        sample_gpkg, BANDWIDTHS="4000, 0, 500, 1000, 2000, 1000", INDICES=list(range(len(PROFILE_IDS)))))
    assert names == COLUMNS
    assert results["OUTPUT_WKB_TYPE"] == 100  # NoGeometry: a table
    # bandwidths x indices x regions, single-group indices once per group
    assert len(rows) == len(bandwidths) * (len(SINGLE_IDS) * len(GROUPS) + len(MULTI_IDS)) * len(REGIONS)
    assert [row["bandwidth"] for row in rows] == sorted(row["bandwidth"] for row in rows)  # sorted, no duplicate
    table = keyed(rows)
    assert len(table) == len(rows)
    checked = 0
    for region in REGIONS:
        units = ogr_units[ogr_units[REGION] == region]
        for bandwidth in bandwidths:
            for index_id in PROFILE_IDS:
                for group in (GROUPS if index_id in SINGLE_IDS else [ALL_GROUPS]):
                    row = table[(bandwidth, region, group, index_id)]
                    value, n_units = expected_value(units, index_id, group, bandwidth)
                    assert close(row["value"], value), (region, bandwidth, group, index_id, row["value"], value)
                    assert row["n_units"] == n_units
                    assert row["n_dropped"] == len(units) - n_units
                    checked += 1
    assert checked == len(rows)
    # the sample does have dropped units, and the profile is not flat in Helsinki
    assert sum(row["n_dropped"] for row in rows) > 0
    helsinki = [table[(b, "091", ALL_GROUPS, "multi_information_theory")]["value"] for b in bandwidths]
    assert helsinki[-1] < helsinki[0]


def test_bandwidth_zero_equals_globalindices(run_alg, sample_gpkg):
    _, _, rows = run_alg(ALG, sample_parameters(sample_gpkg, BANDWIDTHS="0", INDICES=list(range(len(PROFILE_IDS)))))
    _, _, global_rows = run_alg("segregation:globalindices", sample_parameters(sample_gpkg))
    global_table = {(row["region"], row["group"]): row for row in global_rows}
    for row in rows:
        assert close(row["value"], global_table[(row["region"], row["group"])][row["index"]], 1e-12), row


@pytest.mark.parametrize("kernel", ["triangular", "quartic", "uniform"])
def test_kernel_choice(run_alg, sample_gpkg, ogr_units, kernel):
    _, _, rows = run_alg(ALG, sample_parameters(sample_gpkg, BANDWIDTHS="3000", KERNEL=KERNELS.index(kernel),
                                                INDICES=[0, 6]))
    assert len(rows) == (len(GROUPS) + 1) * len(REGIONS)
    for row in rows:
        units = ogr_units[ogr_units[REGION] == row["region"]]
        value, _ = expected_value(units, row["index"], row["group"], 3000.0, kernel)
        assert close(row["value"], value), row


def test_environments_across_region_borders(run_alg, sample_gpkg, ogr_units):
    """WITHIN_REGIONS false: environments take units of other municipalities, indices stay per region."""
    _, _, rows = run_alg(ALG, sample_parameters(sample_gpkg, BANDWIDTHS="2000", INDICES=[0, 6],
                                                WITHIN_REGIONS=False))
    _, _, inside = run_alg(ALG, sample_parameters(sample_gpkg, BANDWIDTHS="2000", INDICES=[0, 6]))
    for index_id, group, columns in [("dissimilarity", "ko_perus", ["ko_perus", TOTAL]),
                                     ("multi_information_theory", ALL_GROUPS, GROUPS)]:
        part = usable(ogr_units, columns)
        points = part[["x", "y"]].to_numpy(float)
        smoother = KernelSmoother(points, 2000.0, "gaussian", method="exact")
        counts = part[GROUPS].to_numpy(float) if group == ALL_GROUPS else part["ko_perus"].to_numpy(float)
        total = None if group == ALL_GROUPS else part[TOTAL].to_numpy(float)
        values = surface_index(index_id, counts, smoother, total=total, regions=part[REGION].tolist(),
                               within_regions=False)
        got = {row["region"]: row["value"] for row in rows if row["index"] == index_id and row["group"] == group}
        assert sorted(got) == REGIONS
        for region, value in zip(REGIONS, values):  # labels sort as text, like the plugin's
            assert close(got[region], value), (region, index_id)
    differs = [a["value"] != b["value"] for a, b in zip(rows, inside) if a["region"] in ("091", "049")]
    assert any(differs)


def test_dropped_unit_leaves_the_geometry_too(run_alg, memory_layer):
    """A unit dropped for a missing count must not smooth its neighbours: same result as without it."""
    fields = [("region", "string"), ("grp_a", "int"), ("grp_b", "int")]
    rows = [["A", 10, 90], ["A", 40, 10], ["A", 5, 45], ["A", 30, 30], ["A", 70, 5]]
    with_gap = memory_layer(fields, rows[:2] + [["A", None, 500]] + rows[2:])
    without = memory_layer(fields, rows[:2] + [["A", 0, 0]] + rows[2:])
    gone = [f.id() for f in without.getFeatures() if f["grp_b"] == 0]
    assert without.dataProvider().deleteFeatures(gone) and without.featureCount() == 5  # the others stay put
    params = {"GROUP_FIELDS": ["grp_a", "grp_b"], "REGION_FIELD": "region", "BANDWIDTHS": "1500, 3000",
              "INDICES": list(range(len(PROFILE_IDS)))}
    _, _, dropped = run_alg(ALG, dict(params, INPUT=with_gap))
    _, _, empty = run_alg(ALG, dict(params, INPUT=without))
    del with_gap, without
    assert len(dropped) == len(empty) == 2 * (5 * 2 + 5)
    for a, b in zip(dropped, empty):
        assert (a["bandwidth"], a["group"], a["index"]) == (b["bandwidth"], b["group"], b["index"])
        assert close(a["value"], b["value"]), (a, b)
        assert a["n_dropped"] == 1 and b["n_dropped"] == 0
        assert a["n_units"] == b["n_units"] == 5
    assert len({row["value"] for row in dropped if row["index"] == "dissimilarity"}) > 1


def test_impute_keeps_the_unit(run_alg, memory_layer):
    layer = memory_layer([("grp", "int"), ("total", "int")], [[10, 100], [None, 50], [40, 50], [5, 80]])
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": ["grp"], "TOTAL_FIELD": "total", "MISSING": 1,
                               "BANDWIDTHS": "1500", "INDICES": [0]})
    del layer
    assert len(rows) == 1 and rows[0]["n_dropped"] == 0 and rows[0]["n_units"] == 4
    rate = (10 + 40 + 5) / (100 + 50 + 80)  # the region's rate, by hand
    counts = np.array([10, 50 * rate, 40, 5])
    points = np.column_stack([1000.0 * np.arange(4), np.full(4, 7e6)])
    value = surface_index("dissimilarity", counts, KernelSmoother(points, 1500.0, "gaussian", method="exact"),
                          total=np.array([100, 50, 50, 80.0]))
    assert close(rows[0]["value"], value)


def test_single_unit_region_and_region_with_every_unit_dropped(run_alg, memory_layer):
    layer = memory_layer([("region", "string"), ("grp_a", "int"), ("grp_b", "int")],
                         [["A", 10, 90], ["A", 40, 10], ["A", 5, 45], ["S", 7, 3], ["Z", None, 5], ["Z", -1, 4]])
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"], "REGION_FIELD": "region",
                               "BANDWIDTHS": "0, 1000, 5000", "INDICES": [0, 2, 6]})
    del layer
    assert len(rows) == 3 * (2 * 2 + 1) * 3
    for row in rows:
        if row["region"] == "Z":
            assert row["value"] is None and row["n_units"] == 0 and row["n_dropped"] == 2
        elif row["region"] == "S":
            assert row["n_units"] == 1
            if row["index"] != "isolation":
                assert row["value"] == pytest.approx(0.0, abs=1e-12)
        else:
            assert row["value"] is not None and row["n_units"] == 3


def test_single_unit_layer(run_alg, memory_layer):
    layer = memory_layer([("grp_a", "int"), ("grp_b", "int")], [[3, 7]], geometry="Polygon")
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"], "BANDWIDTHS": "250",
                               "INDICES": [0]})
    del layer
    assert [(row["group"], row["n_units"]) for row in rows] == [("grp_a", 1), ("grp_b", 1)]
    assert all(row["region"] is None for row in rows)


# --- chart and report ---------------------------------------------------------------------------------------------

def test_png_chart_and_html_embed_it(run_alg, sample_gpkg, tmp_path):
    chart, page = tmp_path / "profile.png", tmp_path / "profile.html"
    results, _, rows = run_alg(ALG, sample_parameters(sample_gpkg, OUTPUT_CHART=str(chart), OUTPUT_HTML=str(page)))
    assert results["OUTPUT_CHART"] == str(chart) and results["OUTPUT_HTML"] == str(page)
    content = chart.read_bytes()
    assert content.startswith(PNG_MAGIC) and len(content) > 10_000
    html = page.read_text(encoding="utf-8")
    assert f"data:image/png;base64,{base64.b64encode(content).decode('ascii')}" in html
    assert "Multiscalar segregation profile" in html and "ko_perus" in html and "4000 m" in html
    # default parameters: 5 bandwidths, dissimilarity and isolation per group, multigroup H
    assert len(rows) == 5 * (2 * 2 + 1) * 4
    assert sorted({row["index"] for row in rows}) == ["dissimilarity", "isolation", "multi_information_theory"]


def test_svg_chart_escapes_a_malicious_field_name(run_alg, memory_layer, tmp_path):
    evil = "<script>alert(1)</script>"
    layer = memory_layer([("region", "string"), (evil, "int"), ("other", "int")],
                         [["A", 10, 90], ["A", 40, 10], ["A", 5, 45], ["B", 7, 3], ["B", 1, 30]], geometry="Polygon")
    chart, page = tmp_path / "profile.svg", tmp_path / "report.html"
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": [evil, "other"], "REGION_FIELD": "region",
                               "BANDWIDTHS": "0, 1500, 3000", "OUTPUT_CHART": str(chart), "OUTPUT_HTML": str(page)})
    del layer
    assert {row["group"] for row in rows} == {evil, "other", ALL_GROUPS}
    svg_text = chart.read_text(encoding="utf-8")
    root = ET.fromstring(svg_text.encode("utf-8"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<script" not in svg_text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    inline = html[html.index("<svg"):html.index("</svg>") + len("</svg>")]
    assert inline == svg_text[svg_text.index("<svg"):].strip()
    ET.fromstring(inline)  # well-formed inline SVG


def test_chart_with_another_extension_is_refused(run_alg, memory_layer, tmp_path):
    layer = memory_layer([("grp_a", "int"), ("grp_b", "int")], [[3, 7], [5, 5]])
    message = run_error(run_alg, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"],
                                  "OUTPUT_CHART": str(tmp_path / "chart.jpg")})
    del layer
    assert ".png" in message and ".svg" in message


# --- refused input --------------------------------------------------------------------------------------------------

def test_geographic_crs_is_refused(run_alg):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=grp_a:integer&field=grp_b:integer", "geo", "memory")
    features = []
    for i, (a, b) in enumerate([(1, 9), (5, 5), (8, 2)]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([a, b])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(24.9 + 0.01 * i, 60.2)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    message = run_error(run_alg, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"]})
    del layer, features
    assert "EPSG:4326" in message and "EPSG:3067" in message and "projected" in message


def test_geometryless_csv_is_refused(run_alg, sample_csv):
    message = run_error(run_alg, {"INPUT": str(sample_csv), "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": TOTAL,
                                  "REGION_FIELD": REGION})
    assert "no geometry" in message and "polygons or points" in message


@pytest.mark.parametrize("text, bad", [("250, abc, 1000", "abc"), ("250, -500", "-500"), ("nan", "nan"),
                                       ("1e999", "1e999"), ("500 metres", "metres")])
def test_bad_bandwidths_are_refused(run_alg, memory_layer, text, bad):
    layer = memory_layer([("grp_a", "int"), ("grp_b", "int")], [[3, 7], [5, 5]])
    message = run_error(run_alg, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"], "BANDWIDTHS": text})
    del layer
    assert f"'{bad}'" in message and "metres" in message


def test_no_bandwidth_is_refused(run_alg, memory_layer):
    layer = memory_layer([("grp_a", "int"), ("grp_b", "int")], [[3, 7], [5, 5]])
    message = run_error(run_alg, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"], "BANDWIDTHS": " , ;"})
    del layer
    assert "at least one bandwidth" in message


def test_bandwidth_text_is_parsed_robustly():
    from segregation_analysis.algorithms.multiscalar_profile import parse_bandwidths
    assert parse_bandwidths("250 m; 1 km, 2km\t500  0.5e3 ,0") == ([0.0, 250.0, 500.0, 1000.0, 2000.0], [])
    assert parse_bandwidths("250, 5x0, inf") == ([250.0], ["5x0", "inf"])
    assert parse_bandwidths("") == ([], [])


def test_empty_geometry_of_a_used_unit_is_refused(run_alg, memory_layer):
    layer = memory_layer([("grp_a", "int"), ("grp_b", "int")], [[3, 7], [5, 5], [2, 8], [None, 4]], geometry="Polygon")
    ids = [f.id() for f in layer.getFeatures()]
    assert layer.dataProvider().changeGeometryValues({ids[1]: QgsGeometry(), ids[3]: QgsGeometry()})
    message = run_error(run_alg, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"], "INDICES": [5]})
    del layer
    # feature ids[3] is dropped for its missing count, so only ids[1] is named
    assert f"Features {ids[1]} have no geometry" in message


def test_cancel_between_bandwidths(segregation_provider, memory_layer):
    import processing

    class CancelAfterFirst(QgsProcessingFeedback):
        done = 0

        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            if text.startswith("Bandwidth"):
                type(self).done += 1
                self.cancel()

    layer = memory_layer([("grp_a", "int"), ("grp_b", "int")], [[3, 7], [5, 5], [2, 8]])
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(ALG, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"], "BANDWIDTHS": "500, 1000, 2000",
                             "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=CancelAfterFirst())
    del layer
    assert CancelAfterFirst.done == 1


# --- the algorithm's description --------------------------------------------------------------------------------------

def test_parameters_and_help(segregation_provider):
    from qgis.core import QgsApplication
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm.displayName() == "Multiscalar segregation profile"
    assert algorithm.group() == "Segregation indices"
    definitions = {p.name(): p for p in algorithm.parameterDefinitions()}
    assert sorted(definitions) == sorted(["INPUT", "GROUP_FIELDS", "TOTAL_FIELD", "REGION_FIELD", "MISSING",
                                          "BANDWIDTHS", "KERNEL", "INDICES", "WITHIN_REGIONS", "OUTPUT",
                                          "OUTPUT_CHART", "OUTPUT_HTML"])
    assert definitions["BANDWIDTHS"].defaultValue() == "250, 500, 1000, 2000, 4000"
    assert len(definitions["KERNEL"].options()) == len(KERNELS)
    assert KERNELS[definitions["KERNEL"].defaultValue()] == "gaussian"
    assert [i for i in PROFILE_IDS if f"[{i}]" in " ".join(definitions["INDICES"].options())] == PROFILE_IDS
    assert [PROFILE_IDS[i] for i in definitions["INDICES"].defaultValue()] == [
        "dissimilarity", "isolation", "multi_information_theory"]
    assert definitions["WITHIN_REGIONS"].defaultValue() is True
    help_text = algorithm.shortHelpString()
    for text in ("Reardon", "O'Sullivan", "2004", "2008", "not rounded", "K(0)", "micro-scale", "large-scale",
                 "Missing values", "-1", "NULL"):
        assert text in help_text, text


def test_invalid_geometry_is_repaired_not_refused(run_alg, memory_layer):
    """Processing stops at an invalid geometry by default; the profile repairs it (centroid of the valid shape)."""
    layer = memory_layer([("grp_a", "int"), ("grp_b", "int")], [[3, 7], [5, 5], [2, 8]], geometry="Polygon")
    bow_tie = QgsGeometry.fromWkt("POLYGON((0 7000000, 100 7000100, 100 7000000, 0 7000100, 0 7000000))")
    assert not bow_tie.isGeosValid()
    first = next(layer.getFeatures()).id()
    assert layer.dataProvider().changeGeometryValues({first: bow_tie})
    _, _, rows = run_alg(ALG, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"], "BANDWIDTHS": "1500",
                               "INDICES": [5]})
    del layer
    assert len(rows) == 1 and rows[0]["n_units"] == 3 and rows[0]["value"] > 0
