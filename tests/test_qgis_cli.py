"""The plugin under ``qgis_process.bin`` (QGIS 3.22), in a throwaway profile: lists, runs, fails cleanly.

How qgis_process 3.22 finds and enables a Python plugin (checked on 3.22.16):

* The settings/profile folder comes from the environment variable ``QGIS_CUSTOM_CONFIG_PATH``:
  qgis_process uses ``$QGIS_CUSTOM_CONFIG_PATH/profiles/default`` (3.22 has no ``--profile`` or
  ``--profiles-path`` option; those came later).
* Python plugins are searched in ``<profile>/python/plugins`` (and in ``QGIS_PLUGINPATH``). Here the
  repository root is symlinked as ``<profile>/python/plugins/segregation_analysis``.
* qgis_process loads only plugins that are *enabled* (``[PythonPlugins] segregation_analysis=true`` in
  ``<profile>/QGIS/QGIS3.ini``, which ``qgis_process.bin plugins enable segregation_analysis`` writes) *and*
  declare ``hasProcessingProvider=yes`` in their metadata.txt; it then calls ``classFactory(iface=None)``
  and ``initProcessing()`` (never ``initGui()``). Without either condition the algorithms are missing
  from ``list``.
* Multiple values: a field list (``GROUP_FIELDS``) is given by repeating the parameter,
  ``--GROUP_FIELDS=a --GROUP_FIELDS=b``, or as one value separated by semicolons, ``"--GROUP_FIELDS=a;b"``
  (not commas: ``a,b`` is read as one field name). A multiple enum (``INDICES``) must be one value with the
  option numbers separated by commas, ``--INDICES=0,7``: repeating ``--INDICES=0 --INDICES=7`` is refused by
  3.22 ("Incorrect parameter value for INDICES", the repeated values arrive as a string list, which
  QgsProcessingParameterEnum of 3.22 does not accept). 3.22 cannot read parameters as JSON from stdin
  (``run ALG -`` came in a later release).
* A failing algorithm gives exit code 1 and the QgsProcessingException text on stderr; a crash at exit
  would give a negative code / 139, which these tests also catch.
"""

import csv
import os
import shutil
import subprocess

import numpy as np
import pytest

from conftest import PACKAGE, ROOT, SAMPLE_LAYER

GROUPS = ["ko_perus", "ko_yl_kork"]
TOTAL = "ko_ika18y"
REGION = "kunta"
TIMEOUT = 300


def qgis_process_binary():
    path = shutil.which("qgis_process.bin")
    assert path, "qgis_process.bin is not on PATH (install the Debian package qgis)"  # fail, never skip
    return path


@pytest.fixture(scope="module")
def profile_base(tmp_path_factory):
    """A throwaway QGIS settings folder with the plugin (the repository root) installed and enabled."""
    base = tmp_path_factory.mktemp("qgis_config")
    plugins = base / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / PACKAGE).symlink_to(ROOT, target_is_directory=True)
    result = run_cli(base, "plugins", "enable", PACKAGE)
    assert result.returncode == 0, result.stdout + result.stderr
    ini = base / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    assert f"{PACKAGE}=true" in ini.read_text(), ini.read_text()
    return base


def run_cli(base, *arguments):
    env = dict(os.environ)
    env.pop("QGIS_OPTIONS_PATH", None)  # pytest-qgis points these at its own settings folder
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(base), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([qgis_process_binary(), *arguments], env=env, capture_output=True, text=True,
                          timeout=TIMEOUT, cwd=str(base))


def unit_arguments(gpkg, groups=GROUPS, total=TOTAL):
    arguments = [f"--INPUT={gpkg}|layername={SAMPLE_LAYER}"]
    arguments += [f"--GROUP_FIELDS={g}" for g in groups]  # 3.22: a multi-value parameter is repeated
    arguments += [f"--TOTAL_FIELD={total}", f"--REGION_FIELD={REGION}"]
    return arguments


def test_binary_exists():
    assert os.access(qgis_process_binary(), os.X_OK)


def test_metadata_declares_a_processing_provider():
    metadata = ROOT / "metadata.txt"
    assert metadata.exists(), "metadata.txt is missing: qgis_process cannot load the plugin without it"
    lines = [line.strip().replace(" ", "") for line in metadata.read_text(encoding="utf-8").splitlines()]
    assert "hasProcessingProvider=yes" in lines


def test_plugins_lists_the_plugin(profile_base):
    result = run_cli(profile_base, "plugins")
    assert result.returncode == 0, result.stderr
    assert f"* {PACKAGE}" in result.stdout, result.stdout  # '*' = enabled and has a Processing provider


def test_list_shows_the_algorithms(profile_base):
    result = run_cli(profile_base, "list")
    assert result.returncode == 0, result.stderr
    assert "segregation:globalindices" in result.stdout, result.stdout[-3000:] + result.stderr[-3000:]
    assert "segregation:localindices" in result.stdout


def test_help_describes_the_parameters(profile_base):
    result = run_cli(profile_base, "help", "segregation:globalindices")
    assert result.returncode == 0, result.stderr
    for name in ("INPUT", "GROUP_FIELDS", "TOTAL_FIELD", "REGION_FIELD", "INDICES", "ATKINSON_B", "MISSING",
                 "OUTPUT", "OUTPUT_HTML"):
        assert name in result.stdout, name


def test_run_global_indices(profile_base, sample_gpkg, raw_sample, tmp_path):
    table, report = tmp_path / "indices.csv", tmp_path / "indices.html"
    result = run_cli(profile_base, "run", "segregation:globalindices", *unit_arguments(sample_gpkg),
                     f"--OUTPUT={table}", f"--OUTPUT_HTML={report}")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert table.exists() and report.exists()
    with table.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4 * 2 + 4
    assert list(rows[0])[:9] == ["region", "group", "n_units", "n_dropped", "dropped_population",
                                 "total_population", "group_population", "group_share", "n_imputed"]
    assert {r["region"] for r in rows} == {"049", "091", "092", "235"}
    assert {r["group"] for r in rows} == set(GROUPS) | {"(all groups)"}
    # Helsinki's D of ko_perus against a hand computation on the raw data (-1 and NULL removed by hand)
    helsinki = raw_sample[raw_sample[REGION] == "091"]
    helsinki = helsinki[helsinki[["ko_perus", TOTAL]].notna().all(axis=1)]
    helsinki = helsinki[(helsinki["ko_perus"] != -1) & (helsinki[TOTAL] != -1)]
    x, t = helsinki["ko_perus"].to_numpy(float), helsinki[TOTAL].to_numpy(float)
    d = 0.5 * np.abs(x / x.sum() - (t - x) / (t.sum() - x.sum())).sum()
    row = next(r for r in rows if r["region"] == "091" and r["group"] == "ko_perus")
    assert float(row["dissimilarity"]) == pytest.approx(d, abs=1e-9)
    assert "091" in report.read_text(encoding="utf-8")


def test_run_global_indices_with_list_values_in_one_argument(profile_base, sample_gpkg, raw_sample, tmp_path):
    table = tmp_path / "subset.csv"
    result = run_cli(profile_base, "run", "segregation:globalindices", f"--INPUT={sample_gpkg}",
                     "--GROUP_FIELDS=ko_perus;ko_yl_kork", f"--TOTAL_FIELD={TOTAL}", f"--REGION_FIELD={REGION}",
                     "--INDICES=0,7", "--MISSING=1", "--ATKINSON_B=0.3", f"--OUTPUT={table}")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    with table.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[9:] == ["dissimilarity", "multi_dissimilarity"]
    assert {r["group"] for r in rows} == set(GROUPS) | {"(all groups)"}
    # MISSING=1 (impute) reached the algorithm: suppressed (-1) counts with a published total are imputed
    espoo = raw_sample[raw_sample[REGION] == "049"]
    suppressed = int(((espoo["ko_perus"] == -1) & espoo[TOTAL].notna() & (espoo[TOTAL] != -1)).sum())
    assert suppressed > 0
    row = next(r for r in rows if r["region"] == "049" and r["group"] == "ko_perus")
    assert int(row["n_imputed"]) == suppressed


def test_run_local_indices(profile_base, sample_gpkg, tmp_path):
    from osgeo import ogr
    output = tmp_path / "local.gpkg"
    result = run_cli(profile_base, "run", "segregation:localindices", *unit_arguments(sample_gpkg),
                     f"--OUTPUT={output}")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert output.exists()
    dataset = ogr.Open(str(output))
    layer = dataset.GetLayer(0)
    assert layer.GetFeatureCount() == 167
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    for field in ("posti_alue", "lq_ko_perus", "lq_ko_yl_kork", "local_entropy", "d_contribution",
                  "m_contribution", "dropped"):
        assert field in names, field
    assert layer.GetGeomType() != ogr.wkbNone
    del layer, dataset


def test_bad_input_fails_with_the_field_name(profile_base, sample_gpkg, tmp_path):
    # ko_ika18y (adults) as the group and ko_perus as its "total": the group exceeds the total everywhere
    output = tmp_path / "never.csv"
    result = run_cli(profile_base, "run", "segregation:globalindices",
                     *unit_arguments(sample_gpkg, groups=["ko_ika18y"], total="ko_perus"), f"--OUTPUT={output}")
    assert result.returncode != 0
    assert result.returncode > 0, f"crashed (rc {result.returncode}) instead of failing cleanly"
    text = result.stdout + result.stderr
    assert "'ko_ika18y'" in text and "'ko_perus'" in text
    assert "larger than the total" in text


def test_missing_input_file_fails(profile_base, tmp_path):
    result = run_cli(profile_base, "run", "segregation:localindices", f"--INPUT={tmp_path / 'missing.gpkg'}",
                     "--GROUP_FIELDS=a", "--GROUP_FIELDS=b", f"--OUTPUT={tmp_path / 'x.gpkg'}")
    assert result.returncode > 0


def test_run_disadvantage_index_then_clusters(profile_base, sample_gpkg, tmp_path):
    """The indicator table on the command line (one comma-separated list, row after row), then the hot spots of
    the index it wrote, with cluster polygons."""
    from osgeo import ogr
    index = tmp_path / "disadvantage.gpkg"
    table = ("low_income,tr_pi_tul,tr_kuty,1,yes,"
             "unemployed,pt_tyott,pt_tyoll + pt_tyott,1,yes,"
             "basic_education,ko_perus,ko_ika18y,2,yes")
    result = run_cli(profile_base, "run", "segregation:disadvantageindex", f"--INPUT={sample_gpkg}",
                     f"--INDICATORS={table}", f"--REGION_FIELD={REGION}", f"--OUTPUT={index}")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    dataset = ogr.Open(str(index))
    layer = dataset.GetLayer(0)
    assert layer.GetFeatureCount() == 167
    values = [f.GetField("disadvantage_index") for f in layer]
    assert sum(v is not None for v in values) >= 160
    del layer, dataset

    output, clusters = tmp_path / "lisa.gpkg", tmp_path / "clusters.gpkg"
    result = run_cli(profile_base, "run", "segregation:clusters", f"--INPUT={index}", "--FIELD=disadvantage_index",
                     "--SEED=3", "--PERMUTATIONS=499", "--ALPHA=0.05", "--ADJUSTMENT=2", f"--OUTPUT={output}",
                     f"--OUTPUT_CLUSTERS={clusters}", "--POPULATION_FIELD=he_vakiy")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    dataset = ogr.Open(str(output))
    layer = dataset.GetLayer(0)
    categories = [f.GetField("cluster") for f in layer]
    assert len(categories) == 167 and "High-High" in categories
    del layer, dataset
    dataset = ogr.Open(str(clusters))
    layer = dataset.GetLayer(0)
    assert layer.GetFeatureCount() >= 1
    assert sum(f.GetField("n_units") for f in layer if f.GetField("cluster") == "High-High") == \
        categories.count("High-High")
    del layer, dataset
