"""segregation:clusters through ``processing.run``: local statistics against esda on the Paavo sample (queen
weights from libpysal, independently of the plugin's contiguity), categories, cluster polygons, bad input."""

import json
import warnings

import numpy as np
import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingException, QgsVectorLayer

from conftest import SAMPLE_LAYER

ALG = "segregation:clusters"
MORAN, GI_STAR, JOIN_COUNT, RATE = range(4)
VARIABLE = "tr_pi_tul"  # low-income households: published for every postal area of the sample
CATEGORIES = {"High-High", "Low-Low", "High-Low", "Low-High", "Not significant", "No neighbours", "Missing"}


def sample_source(sample_gpkg):
    return f"{sample_gpkg}|layername={SAMPLE_LAYER}"


@pytest.fixture(scope="module")
def sample_frame(sample_gpkg):
    geopandas = pytest.importorskip("geopandas")
    return geopandas.read_file(sample_gpkg, layer=SAMPLE_LAYER)


@pytest.fixture(scope="module")
def known(sample_frame):
    """The postal areas whose variable is published (NULL in 3 areas): the plugin analyses only these."""
    return sample_frame[sample_frame[VARIABLE].notna()].reset_index(drop=True)


@pytest.fixture(scope="module")
def queen(known):
    """libpysal's queen contiguity among the known areas (the plugin drops missing units from the weights)."""
    libpysal = pytest.importorskip("libpysal")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return libpysal.weights.Queen.from_dataframe(known, use_index=False)


def run(run_alg, sample_gpkg, **extra):
    parameters = {"INPUT": sample_source(sample_gpkg), "FIELD": VARIABLE, "SEED": 7, "PERMUTATIONS": 199}
    parameters.update(extra)
    return run_alg(ALG, parameters)


def column(rows, name):
    return np.array([np.nan if r[name] is None else r[name] for r in rows], float)


def test_local_moran_equals_esda(run_alg, sample_gpkg, sample_frame, known, queen):
    esda = pytest.importorskip("esda")
    _, names, rows = run(run_alg, sample_gpkg)
    assert names[-9:] == ["lisa_i", "lisa_i_expected", "lisa_i_z", "lisa_i_p", "lisa_i_p_adjusted", "cluster",
                          "permutations", "seed", "settings"]
    y = known[VARIABLE].to_numpy(float)
    # esda keeps islands in (their lag is 0, I = 0); the plugin leaves them untested: compare the others
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference = esda.Moran_Local(y, queen, transformation="r", permutations=0)
    by_code = {r["posti_alue"]: r for r in rows}
    missing = set(sample_frame["posti_alue"]) - set(known["posti_alue"])
    assert len(missing) == 3 and all(by_code[c]["cluster"] == "Missing" and by_code[c]["lisa_i"] is None
                                     for c in missing)
    islands = set(queen.islands)
    compared = 0
    for i, code in enumerate(known["posti_alue"]):
        if i in islands:
            assert by_code[code]["cluster"] == "No neighbours" and by_code[code]["lisa_i_p"] is None
            continue
        assert by_code[code]["lisa_i"] == pytest.approx(reference.Is[i], rel=1e-10, abs=1e-12), code
        compared += 1
    assert compared == len(rows) - len(islands) - len(missing) > 100


def test_categories_follow_adjusted_p_and_alpha(run_alg, sample_gpkg):
    _, _, rows = run(run_alg, sample_gpkg, ALPHA=0.1)
    assert {r["cluster"] for r in rows} <= CATEGORIES
    for row in rows:
        if row["cluster"] in ("High-High", "Low-Low", "High-Low", "Low-High"):
            assert row["lisa_i_p_adjusted"] <= 0.1
        elif row["cluster"] == "Not significant":
            assert row["lisa_i_p_adjusted"] > 0.1
        if row["lisa_i_p"] is not None:
            assert row["lisa_i_p_adjusted"] >= row["lisa_i_p"] - 1e-15  # an adjustment never lowers p
            assert 1 / 200 <= row["lisa_i_p"] <= 1


def test_same_seed_same_output_and_settings_recorded(run_alg, sample_gpkg):
    first = run(run_alg, sample_gpkg, SEED=11)
    second = run(run_alg, sample_gpkg, SEED=11)
    other = run(run_alg, sample_gpkg, SEED=12)
    assert column(first[2], "lisa_i_p").tolist() == pytest.approx(column(second[2], "lisa_i_p").tolist(), nan_ok=True)
    assert column(first[2], "lisa_i_p").tolist() != pytest.approx(column(other[2], "lisa_i_p").tolist(), nan_ok=True)
    row = first[2][0]
    assert row["seed"] == 11 and row["permutations"] == 199
    settings = json.loads(row["settings"])
    assert settings["alternative"] == "two-sided" and settings["adjustment"] == "fdr_bh"
    assert settings["statistic"] == "local_moran" and settings["weights"]["type"] == "queen"


def test_seed_is_drawn_and_written_when_empty(run_alg, sample_gpkg):
    _, _, rows = run(run_alg, sample_gpkg, SEED=None)
    seeds = {r["seed"] for r in rows}
    assert len(seeds) == 1 and 0 <= seeds.pop() < 2 ** 31


def test_getis_ord_analytic_z_equals_esda(run_alg, sample_gpkg, known, queen):
    esda = pytest.importorskip("esda")
    _, names, rows = run(run_alg, sample_gpkg, STATISTIC=GI_STAR, PERMUTATIONS=0)
    y = known[VARIABLE].to_numpy(float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference = esda.G_Local(y, queen, transform="R", star=True, permutations=0)
    by_code = {r["posti_alue"]: r for r in rows}
    islands = set(queen.islands)
    for i, code in enumerate(known["posti_alue"]):
        if i in islands:
            continue
        assert by_code[code]["gi_star"] == pytest.approx(reference.Gs[i], rel=1e-10), code
        assert by_code[code]["gi_star_z"] == pytest.approx(reference.Zs[i], rel=1e-9, abs=1e-12), code
    # no permutations: no p-values, nothing significant
    assert all(r["gi_star_p"] is None for r in rows)
    assert {r["cluster"] for r in rows} <= {"Not significant", "No neighbours", "Missing"}


def test_rate_moran_and_join_count_run(run_alg, sample_gpkg, memory_layer):
    _, names, rows = run(run_alg, sample_gpkg, STATISTIC=RATE, FIELD="pt_tyott", BASE_FIELD="pt_vakiy")
    assert "lisa_rate_i" in names
    assert any(r["cluster"] == "Missing" for r in rows)  # pt_tyott = -1 somewhere in the sample
    with pytest.raises(QgsProcessingException, match="base field"):
        run(run_alg, sample_gpkg, STATISTIC=RATE, FIELD="pt_tyott")


def test_within_regions_changes_the_neighbours(run_alg, sample_gpkg):
    _, _, across = run(run_alg, sample_gpkg, WITHIN_REGIONS=False, REGION_FIELD="kunta")
    _, _, within = run(run_alg, sample_gpkg, WITHIN_REGIONS=True, REGION_FIELD="kunta")
    by_code = {r["posti_alue"]: r for r in within}
    # Kauniainen (235) is a single postal area: alone in its region it has no neighbours
    kauniainen = [r for r in within if r["kunta"] == "235"]
    assert len(kauniainen) == 1 and kauniainen[0]["cluster"] == "No neighbours"
    assert any(by_code[r["posti_alue"]]["lisa_i"] != pytest.approx(r["lisa_i"]) for r in across
               if r["lisa_i"] is not None and by_code[r["posti_alue"]]["lisa_i"] is not None)


def test_cluster_polygons(run_alg, sample_gpkg, tmp_path):
    output = tmp_path / "clusters.gpkg"
    results, _, rows = run(run_alg, sample_gpkg, ALPHA=0.1, ADJUSTMENT=2, OUTPUT_CLUSTERS=str(output),
                           POPULATION_FIELD="he_vakiy", GROUP_FIELDS=["tr_pi_tul", "tr_kuty"], PERMUTATIONS=999)
    layer = QgsVectorLayer(f"{output}|layername=clusters", "clusters", "ogr")
    if not layer.isValid():
        layer = QgsVectorLayer(str(output), "clusters", "ogr")
    assert layer.isValid()
    features = list(layer.getFeatures())
    names = layer.fields().names()
    for name in ("cluster_id", "cluster", "n_units", "population", "tr_pi_tul", "tr_kuty", "mean_value"):
        assert name in names
    members = {"High-High": [r for r in rows if r["cluster"] == "High-High"],
               "Low-Low": [r for r in rows if r["cluster"] == "Low-Low"]}
    assert results["N_HIGH_HIGH"] == len(members["High-High"])
    assert results["N_CLUSTERS"] == len(features) >= 1
    for category, units in members.items():
        polygons = [f for f in features if f["cluster"] == category]
        assert sum(f["n_units"] for f in polygons) == len(units)
        assert sum(f["tr_pi_tul"] for f in polygons) == pytest.approx(sum(r["tr_pi_tul"] for r in units))
        area = sum(f.geometry().area() for f in polygons)
        assert area == pytest.approx(sum(r["_geometry"].area() for r in units), rel=1e-6)
    del features, layer


def test_output_is_loaded_with_the_cluster_colours(run_and_load, sample_gpkg):
    layer = run_and_load(ALG, {"INPUT": sample_source(sample_gpkg), "FIELD": VARIABLE, "SEED": 1, "PERMUTATIONS": 99})
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "cluster"
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    labels = {c.value(): c.label() for c in renderer.categories()}
    assert colours["High-High"] == "#ff0000" and colours["Low-Low"] == "#0000ff"
    assert colours["High-Low"] == "#f4ada8" and colours["Low-High"] == "#a7adf9"
    assert colours["Not significant"] == "#eeeeee"
    assert "hot spot" in labels["High-High"]
    values = {f["cluster"] for f in layer.getFeatures()}
    assert values <= set(colours)  # every output value has its legend entry
    del layer, renderer


@pytest.mark.parametrize("values, message", [
    ([5, 5, 5, 5], "constant"),
    ([None, None, None, None], "missing"),
])
def test_bad_variable_is_refused(run_alg, memory_layer, values, message):
    layer = memory_layer([("v", "double")], [[v] for v in values], geometry="Polygon")
    with pytest.raises(QgsProcessingException, match=message):
        run_alg(ALG, {"INPUT": layer, "FIELD": "v", "WEIGHTS": 2, "K": 2, "SEED": 1})


def test_geographic_crs_is_refused_for_distance_weights(run_alg, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=v:double", "geo", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY
    features = []
    for i in range(5):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([float(i)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(24 + i * 0.01, 60)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    with pytest.raises(QgsProcessingException, match="projected"):
        run_alg(ALG, {"INPUT": layer, "FIELD": "v", "WEIGHTS": 2, "K": 2})
    del layer


def test_join_count_of_a_flag_is_one_sided(run_alg, memory_layer):
    # a 6 x 6 grid of 100 m squares: the flagged units form a 3 x 3 block in one corner
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle
    layer = memory_layer([("flag", "int")], [], geometry="Polygon")
    features = []
    for row in range(6):
        for col in range(6):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([int(row < 3 and col < 3)])
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(col * 100, row * 100, col * 100 + 100,
                                                                  row * 100 + 100)))
            features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    _, names, rows = run_alg(ALG, {"INPUT": layer, "FIELD": "flag", "STATISTIC": JOIN_COUNT, "SEED": 5,
                                   "PERMUTATIONS": 999, "ALTERNATIVE": 0, "ADJUSTMENT": 2})
    assert json.loads(rows[0]["settings"])["alternative"] == "greater"
    flagged = [r for r in rows if r["flag"] == 1]
    assert all(r["bjc_p"] is not None for r in flagged) and all(r["bjc_p"] is None for r in rows if r["flag"] == 0)
    # the block's centre cell has all 8 neighbours flagged: BJC = 8, far more than chance (8 x 8/35)
    centre = next(r for r in rows if r["_geometry"].centroid().asPoint().x() == 150
                  and r["_geometry"].centroid().asPoint().y() == 150)
    assert centre["bjc"] == 8 and centre["cluster"] == "High-High"
    assert {r["cluster"] for r in rows if r["flag"] == 0} == {"Not significant"}


def test_points_with_contiguity_weights_are_refused_with_a_hint(run_alg, memory_layer):
    layer = memory_layer([("v", "double")], [[1.0], [2.0], [3.0], [4.0]], geometry="Point")
    with pytest.raises(QgsProcessingException, match="nearest neighbours"):
        run_alg(ALG, {"INPUT": layer, "FIELD": "v"})
    _, _, rows = run_alg(ALG, {"INPUT": layer, "FIELD": "v", "WEIGHTS": 2, "K": 1, "SEED": 1})
    assert all(r["cluster"] == "Not significant" for r in rows)  # 4 units: nothing can be significant


def test_html_report_counts_categories_per_region(run_alg, sample_gpkg, tmp_path):
    report = tmp_path / "clusters.html"
    _, _, rows = run(run_alg, sample_gpkg, REGION_FIELD="kunta", ADJUSTMENT=2, OUTPUT_HTML=str(report),
                     POPULATION_FIELD="he_vakiy")
    text = report.read_text(encoding="utf-8")
    for region in ("049", "091", "092", "235"):
        units = [r for r in rows if r["kunta"] == region]
        counts = [sum(1 for r in units if r["cluster"] == c) for c in
                  ("High-High", "Low-Low", "High-Low", "Low-High", "Not significant", "No neighbours", "Missing")]
        cells = "".join(f"<td>{n}</td>" for n in [len(units)] + counts)
        assert f"<td class=\"text\">{region}</td>{cells}" in text, region
    hot_population = sum(r["he_vakiy"] for r in rows if r["cluster"] == "High-High" and r["he_vakiy"] not in (None, -1))
    assert f"{hot_population:,.0f}".replace(",", "\u202f") in text or f"{hot_population:.4f}" in text
    assert "<dt>Random seed</dt><dd>7</dd>" in text and "<dt>Permutations</dt><dd>199</dd>" in text


def test_report_escapes_names_from_the_data(run_alg, memory_layer, tmp_path):
    rows = [[float(i % 3), "<img src=x onerror=alert(1)>" if i < 3 else "b"] for i in range(8)]
    layer = memory_layer([("<script>v", "double"), ("region", "string")], rows, geometry="Point")
    report = tmp_path / "report.html"
    run_alg(ALG, {"INPUT": layer, "FIELD": "<script>v", "REGION_FIELD": "region", "WITHIN_REGIONS": False,
                  "WEIGHTS": 2, "K": 2, "SEED": 1, "PERMUTATIONS": 9, "OUTPUT_HTML": str(report)})
    text = report.read_text(encoding="utf-8")
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;v" in text and "&lt;img src=x onerror=alert(1)&gt;" in text


def test_bad_population_field_is_refused_with_its_name(run_alg, memory_layer, tmp_path):
    rows = [[float(i % 3), -5 if i == 2 else 10] for i in range(8)]
    layer = memory_layer([("v", "double"), ("pop", "int")], rows, geometry="Point")
    with pytest.raises(QgsProcessingException, match="'pop'.*negative"):
        run_alg(ALG, {"INPUT": layer, "FIELD": "v", "WEIGHTS": 2, "K": 2, "SEED": 1, "PERMUTATIONS": 9,
                      "POPULATION_FIELD": "pop", "OUTPUT_HTML": str(tmp_path / "r.html")})


def test_empty_layer_and_single_unit_are_refused(run_alg, memory_layer):
    empty = memory_layer([("v", "double")], [], geometry="Polygon")
    with pytest.raises(QgsProcessingException, match="no features"):
        run_alg(ALG, {"INPUT": empty, "FIELD": "v"})
    single = memory_layer([("v", "double")], [[1.0]], geometry="Polygon")
    with pytest.raises(QgsProcessingException, match="neighbour"):
        run_alg(ALG, {"INPUT": single, "FIELD": "v"})


def test_suppressed_values_are_missing_and_the_input_is_untouched(run_alg, memory_layer, read_layer):
    values = [1.0, -1.0, None, 4.0, 2.0, 7.0, 3.0, 5.0]
    layer = memory_layer([("v", "double")], [[v] for v in values], geometry="Point")
    before = read_layer(layer)
    _, _, rows = run_alg(ALG, {"INPUT": layer, "FIELD": "v", "WEIGHTS": 2, "K": 2, "SEED": 1, "PERMUTATIONS": 9})
    assert [r["cluster"] for r in rows][1:3] == ["Missing", "Missing"]
    assert all(r["cluster"] != "Missing" for i, r in enumerate(rows) if i not in (1, 2))
    # with SUPPRESSED off, -1 is a value like any other (e.g. a z-score)
    _, _, kept = run_alg(ALG, {"INPUT": layer, "FIELD": "v", "WEIGHTS": 2, "K": 2, "SEED": 1, "PERMUTATIONS": 9,
                               "SUPPRESSED": False})
    assert kept[1]["cluster"] != "Missing" and kept[2]["cluster"] == "Missing"
    after = read_layer(layer)
    assert before[0] == after[0]
    assert [r["v"] for r in before[1]] == [r["v"] for r in after[1]] == values
