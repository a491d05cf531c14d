"""segregation:localindices through ``processing.run``: a copy of every feature with the local fields added."""

import math

import numpy as np
import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsVectorLayer, QgsWkbTypes
from by_hand import missing as is_missing

GROUPS = ["ko_perus", "ko_yl_kork"]
TOTAL = "ko_ika18y"
REGION = "kunta"
LOCAL_FIELDS = ["lq_ko_perus", "lq_ko_yl_kork", "local_entropy", "local_diversity", "local_simpson_concentration",
                "local_simpson_interaction", "d_contribution", "m_contribution", "dropped"]


def parameters(source, **extra):
    base = {"INPUT": source, "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": TOTAL, "REGION_FIELD": REGION}
    base.update(extra)
    return base




def complete(row, columns=tuple(GROUPS) + (TOTAL,)):
    return not any(is_missing(row[c]) for c in columns)


@pytest.fixture
def local_run(run_alg, sample_gpkg):
    return run_alg("segregation:localindices", parameters(str(sample_gpkg)))


def test_every_feature_and_field_is_copied(local_run, sample_layer, read_layer):
    _, names, rows = local_run
    input_names, input_rows = read_layer(sample_layer)
    assert names == input_names + LOCAL_FIELDS
    assert len(rows) == len(input_rows) == 167
    by_code = {row["posti_alue"]: row for row in rows}
    assert len(by_code) == 167
    for original in input_rows:
        copy = by_code[original["posti_alue"]]
        assert [copy[n] for n in input_names] == [original[n] for n in input_names]


def test_geometry_is_preserved(local_run, sample_layer, raw_sample):
    results, _, rows = local_run
    assert QgsWkbTypes.geometryType(results["OUTPUT_WKB_TYPE"]) == QgsWkbTypes.PolygonGeometry
    areas = dict(zip(raw_sample["posti_alue"], raw_sample["area"]))  # areas computed by OGR
    geometries = {f["posti_alue"]: f.geometry() for f in sample_layer.getFeatures()}
    for row in rows:
        assert row["_geometry"] is not None
        assert row["_geometry"].area() == pytest.approx(areas[row["posti_alue"]], rel=1e-12)
        assert row["_geometry"].equals(geometries[row["posti_alue"]])


def test_dropped_units_by_hand(local_run, raw_sample):
    _, _, rows = local_run
    missing = {r["posti_alue"] for _, r in raw_sample.iterrows() if not complete(r)}
    assert missing  # the sample has NULL and -1 units
    for row in rows:
        if row["posti_alue"] in missing:
            assert row["dropped"] == 1
            assert all(row[f] is None for f in LOCAL_FIELDS[:-1])
        else:
            assert row["dropped"] == 0
            if row[TOTAL] > 0:
                assert all(row[f] is not None for f in LOCAL_FIELDS[:-1]), row["posti_alue"]


def test_d_and_m_contributions_add_up_to_global_indices(local_run, run_alg, sample_gpkg):
    _, _, rows = local_run
    _, _, global_rows = run_alg("segregation:globalindices", parameters(str(sample_gpkg)))
    multigroup = {row["region"]: row for row in global_rows if row["group"] == "(all groups)"}
    assert sorted(multigroup) == ["049", "091", "092", "235"]
    for region, row in multigroup.items():
        units = [r for r in rows if r[REGION] == region and r["dropped"] == 0]
        assert len(units) == row["n_units"]
        d_sum = sum(r["d_contribution"] for r in units)
        m_sum = sum(r["m_contribution"] for r in units)
        assert d_sum == pytest.approx(row["multi_dissimilarity"], abs=1e-12), region
        assert m_sum == pytest.approx(row["mutual_information"], abs=1e-12), region
    assert multigroup["091"]["multi_dissimilarity"] > 0.05  # a non-trivial check


def test_location_quotient_and_composition_by_hand(local_run, raw_sample):
    _, _, rows = local_run
    code = "00100"  # Helsinki Keskusta - Etu-Töölö
    raw = raw_sample.set_index("posti_alue")
    unit = raw.loc[code]
    region = raw_sample[(raw_sample[REGION] == unit[REGION])]
    region = region[region.apply(complete, axis=1)]
    row = next(r for r in rows if r["posti_alue"] == code)
    for group in GROUPS:
        expected = (unit[group] / unit[TOTAL]) / (region[group].sum() / region[TOTAL].sum())
        assert row[f"lq_{group}"] == pytest.approx(expected, abs=1e-12), group
    # composition of the groups (total = their sum)
    x = np.array([unit[g] for g in GROUPS], float)
    p = x / x.sum()
    entropy = -(p * np.log(p)).sum()
    assert row["local_diversity"] == pytest.approx(entropy, abs=1e-12)
    assert row["local_entropy"] == pytest.approx(entropy / math.log(len(GROUPS)), abs=1e-12)
    assert row["local_simpson_concentration"] == pytest.approx((p ** 2).sum(), abs=1e-12)
    assert row["local_simpson_interaction"] == pytest.approx(1 - (p ** 2).sum(), abs=1e-12)
    # its part of the region's multigroup D: t_i sum_m |p_im - P_m| / (2 T I), Reardon & Firebaugh 2002
    totals = region[GROUPS].to_numpy(float)
    T = totals.sum()
    P = totals.sum(axis=0) / T
    I = (P * (1 - P)).sum()
    expected_d = x.sum() * np.abs(p - P).sum() / (2 * T * I)
    assert row["d_contribution"] == pytest.approx(expected_d, abs=1e-12)


def test_field_name_collision_gets_a_suffix(run_alg, memory_layer):
    layer = memory_layer([("region", "string"), ("grp", "int"), ("total", "int"), ("lq_grp", "double"),
                          ("LQ_GRP_2", "double"), ("dropped", "string")],
                         [["A", 10, 100, 99.0, 98.0, "x"], ["A", 40, 50, 99.0, 98.0, "y"],
                          ["A", 5, 80, 99.0, 98.0, "z"]], geometry="Polygon")
    _, names, rows = run_alg("segregation:localindices", {"INPUT": layer, "GROUP_FIELDS": ["grp"],
                                                         "TOTAL_FIELD": "total", "REGION_FIELD": "region"})
    del layer
    assert names[:6] == ["region", "grp", "total", "lq_grp", "LQ_GRP_2", "dropped"]
    assert "lq_grp_3" in names and "dropped_2" in names
    assert len(names) == len(set(n.lower() for n in names))
    share = (10 + 40 + 5) / (100 + 50 + 80)
    for row in rows:
        assert (row["lq_grp"], row["LQ_GRP_2"]) == (99.0, 98.0)  # the input's own values, untouched
        assert row["dropped"] in ("x", "y", "z")
        assert row["lq_grp_3"] == pytest.approx(row["grp"] / row["total"] / share, abs=1e-12)
        assert row["dropped_2"] == 0


def test_output_is_loaded_with_the_lq_style(run_and_load, sample_gpkg):
    layer = run_and_load("segregation:localindices", parameters(str(sample_gpkg)))
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "lq_ko_perus"  # the first group's location quotient
    ranges = renderer.ranges()
    assert len(ranges) >= 3
    middle = [r for r in ranges if r.lowerValue() <= 1.0 <= r.upperValue()]
    assert len(middle) == 1  # one class around LQ = 1 ...
    colour = middle[0].symbol().color()
    assert abs(colour.red() - colour.blue()) < 40  # ... in a neutral colour
    low, high = ranges[0].symbol().color(), ranges[-1].symbol().color()
    assert low.blue() > low.red() and high.red() > high.blue()  # diverging: blue below 1, red above
    assert ranges[0].lowerValue() <= 0 and ranges[-1].upperValue() >= 10
    # every output value falls in a class
    values = [f["lq_ko_perus"] for f in layer.getFeatures() if f["dropped"] == 0]
    assert all(renderer.rangeForValue(v) is not None for v in values)
    del layer, renderer, ranges, middle


def test_apply_lq_style_on_a_copy_and_on_a_table(sample_layer, memory_layer):
    from segregation_analysis.styles import apply_lq_style
    polygons = sample_layer.clone()
    assert apply_lq_style(polygons, "ko_perus")
    assert isinstance(polygons.renderer(), QgsGraduatedSymbolRenderer)
    assert polygons.renderer().classAttribute() == "ko_perus"
    assert not apply_lq_style(polygons, "no_such_field")
    table = memory_layer([("a", "double")], [[1.0]], geometry=None)
    assert not apply_lq_style(table, "a")  # nothing to draw for a table
    del polygons, table


def test_csv_without_geometry(run_alg, sample_csv, local_run):
    layer = QgsVectorLayer(str(sample_csv), "csv", "ogr")
    assert layer.isValid() and layer.wkbType() == QgsWkbTypes.NoGeometry
    field_names = layer.fields().names()
    results, names, rows = run_alg("segregation:localindices", parameters(layer))
    del layer
    assert results["OUTPUT_WKB_TYPE"] == QgsWkbTypes.NoGeometry
    assert names == field_names + LOCAL_FIELDS
    assert len(rows) == 167
    # the same values as from the GeoPackage
    _, _, gpkg_rows = local_run
    by_code = {r["posti_alue"]: r for r in gpkg_rows}
    for row in rows:
        other = by_code[row["posti_alue"]]
        for field in LOCAL_FIELDS:
            if other[field] is None:
                assert row[field] is None
            else:
                assert row[field] == pytest.approx(other[field], abs=1e-12), field


def test_single_group_with_total_uses_group_and_rest(run_alg, memory_layer):
    layer = memory_layer([("grp", "int"), ("total", "int")], [[10, 100], [40, 50], [5, 80]])
    _, names, rows = run_alg("segregation:localindices", {"INPUT": layer, "GROUP_FIELDS": ["grp"],
                                                         "TOTAL_FIELD": "total"})
    del layer
    assert "lq_grp" in names
    row = rows[1]
    p = np.array([40, 10]) / 50
    assert row["local_simpson_concentration"] == pytest.approx((p ** 2).sum(), abs=1e-12)
    x, t = np.array([10, 40, 5.0]), np.array([100, 50, 80.0])
    d = 0.5 * np.abs(x / x.sum() - (t - x) / (t - x).sum()).sum()
    assert sum(r["d_contribution"] for r in rows) == pytest.approx(d, abs=1e-12)
