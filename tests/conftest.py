"""Test set-up: import the repository root (the plugin folder) as the package ``segregation_analysis``.

The plugin folder may be checked out under any name, so it is loaded by path; every import inside the
plugin is relative, exactly as when QGIS installs it.
"""

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_analysis"
SHARED = ROOT.parent / "shared"
SAMPLE_GPKG = ROOT / "sample_data" / "paavo2019_capital_region.gpkg"
SACRAMENTO_SHP = SHARED / "data" / "reference" / "sacramento" / "sacramentot2.shp"
PAAVO_CSV = SHARED / "data" / "finland" / "paavo2019_finland_attributes.csv"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if PACKAGE not in sys.modules:
    spec = importlib.util.spec_from_file_location(PACKAGE, ROOT / "__init__.py",
                                                  submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)


# --- QGIS-side fixtures (tests/test_qgis_*.py) ---------------------------------------------------------------
# QGIS is imported inside the fixtures, so the core tests never need it. Every helper hands back plain Python
# values (lists, dicts, DataFrames, QgsGeometry copies) and drops the layers it made: a layer or processing
# result still alive when pytest-qgis calls exitQgis() crashes the process at exit (rc 139).

import shutil  # noqa: E402

import pytest  # noqa: E402

SHARED_SAMPLE_GPKG = SHARED / "data" / "finland" / "paavo2019_capital_region.gpkg"
SAMPLE_CSV = ROOT / "sample_data" / "paavo2019_capital_region.csv"
SAMPLE_LAYER = "paavo2019_pks"


@pytest.fixture(scope="session")
def sample_gpkg(tmp_path_factory):
    """A writable private copy of the sample GeoPackage: no test touches (or leaves -wal files next to) the
    shipped file."""
    source = SAMPLE_GPKG if SAMPLE_GPKG.exists() else SHARED_SAMPLE_GPKG
    target = tmp_path_factory.mktemp("sample") / source.name
    shutil.copyfile(source, target)
    target.chmod(0o644)
    return target


@pytest.fixture(scope="session")
def sample_csv(tmp_path_factory):
    """A private copy of the sample CSV and its .csvt (column types for OGR)."""
    assert SAMPLE_CSV.exists(), f"{SAMPLE_CSV} is missing"
    folder = tmp_path_factory.mktemp("sample_csv")
    for suffix in (".csv", ".csvt"):
        shutil.copyfile(SAMPLE_CSV.with_suffix(suffix), folder / SAMPLE_CSV.with_suffix(suffix).name)
    return folder / SAMPLE_CSV.name


@pytest.fixture(scope="session")
def raw_sample(sample_gpkg):
    """The sample's attributes read with GDAL's ``osgeo.ogr`` only (not with QGIS or the plugin's reader):
    a DataFrame of raw values (-1 and None kept as they are) with the feature id in ``fid``."""
    import pandas as pd
    from osgeo import ogr

    dataset = ogr.Open(str(sample_gpkg))
    layer = dataset.GetLayerByName(SAMPLE_LAYER)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows = []
    for feature in layer:
        row = {name: feature.GetField(name) for name in names}
        row["fid"] = feature.GetFID()
        row["area"] = feature.GetGeometryRef().GetArea()
        rows.append(row)
    del layer, dataset
    return pd.DataFrame(rows)


_PROVIDERS = []  # Python references: the registry does not keep the Python side of a provider alive


@pytest.fixture
def segregation_provider(qgis_processing):
    """The plugin's provider in the processing registry (registered again if a plugin test removed it)."""
    from qgis.core import QgsApplication

    from segregation_analysis.provider import SegregationProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("segregation") is None:
        provider = SegregationProvider()
        assert registry.addProvider(provider)
        _PROVIDERS[:] = [provider]
    return registry.providerById("segregation")


def _plain(value):
    from qgis.PyQt.QtCore import QVariant
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def layer_rows(layer):
    """Attributes of every feature as dicts (NULL -> None), plus ``_fid`` and a copy of ``_geometry``."""
    from qgis.core import QgsGeometry
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        row = {name: _plain(value) for name, value in zip(names, feature.attributes())}
        row["_fid"] = feature.id()
        row["_geometry"] = QgsGeometry(feature.geometry()) if feature.hasGeometry() else None
        rows.append(row)
    return rows


@pytest.fixture
def read_layer():
    """``read_layer(layer) -> (field names, rows)``: see ``layer_rows``."""
    def read(layer):
        return layer.fields().names(), layer_rows(layer)
    return read


@pytest.fixture
def run_alg(segregation_provider):
    """``run_alg(algorithm_id, parameters) -> (results, field names, rows)``.

    ``OUTPUT`` defaults to a temporary (memory) layer; its content is read into plain Python and the layer
    is dropped before returning. Other results (e.g. ``OUTPUT_HTML``) come back as they are.
    """
    import processing
    from qgis.core import QgsMapLayer

    def run(algorithm_id, parameters):
        parameters = dict(parameters)
        parameters.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
        results = processing.run(algorithm_id, parameters)
        output = results.pop("OUTPUT")
        if not isinstance(output, QgsMapLayer):
            from qgis.core import QgsVectorLayer
            output = QgsVectorLayer(output, "output", "ogr")
        assert output.isValid()
        names, rows = output.fields().names(), layer_rows(output)
        results["OUTPUT_WKB_TYPE"] = output.wkbType()
        del output
        return results, names, rows
    return run


@pytest.fixture
def sample_layer(sample_gpkg):
    """The sample GeoPackage layer, opened with QGIS's OGR provider; dropped after the test."""
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(f"{sample_gpkg}|layername={SAMPLE_LAYER}", "paavo", "ogr")
    assert layer.isValid()
    yield layer
    del layer


@pytest.fixture
def memory_layer():
    """``memory_layer(fields, rows, geometry='Point', name='x')``: a memory layer built in the test.

    ``fields``: list of (name, 'int' | 'double' | 'string'); ``rows``: list of attribute lists; feature i
    gets a point at (1000 * i, 7e6), or for 'Polygon' a 100 m square there; ``geometry=None`` makes a table. Layers are dropped after the test.
    """
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer

    from segregation_analysis.compat import FIELD_DOUBLE, FIELD_INT, FIELD_STRING

    kinds = {"int": FIELD_INT, "double": FIELD_DOUBLE, "string": FIELD_STRING}
    made = []

    def make(fields, rows, geometry="Point", name="x"):
        uri = "None" if geometry is None else f"{geometry}?crs=EPSG:3067"
        layer = QgsVectorLayer(uri, name, "memory")
        assert layer.isValid()
        provider = layer.dataProvider()
        # fields are added through the provider (not the URI) so any name, e.g. '<script>x', is possible
        assert provider.addAttributes([QgsField(n, kinds[k]) for n, k in fields])
        layer.updateFields()
        features = []
        for i, values in enumerate(rows):
            feature = QgsFeature(layer.fields())
            feature.setAttributes(list(values))
            if geometry == "Polygon":  # a 100 m square per feature
                feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(1000.0 * i, 7e6, 1000.0 * i + 100, 7e6 + 100)))
            elif geometry is not None:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(1000.0 * i, 7e6)))
            features.append(feature)
        ok, _ = provider.addFeatures(features)
        assert ok
        made.append(layer)
        return layer

    yield make
    made.clear()


@pytest.fixture
def run_and_load(segregation_provider, qgis_new_project):
    """``run_and_load(algorithm_id, parameters) -> layer``: run with ``OUTPUT`` loaded into the (new) project, as
    the toolbox does, so the algorithm's style post-processor runs. The project is emptied after the test."""
    import processing

    def run(algorithm_id, parameters):
        parameters = dict(parameters, OUTPUT="TEMPORARY_OUTPUT")
        results = processing.runAndLoadResults(algorithm_id, parameters)
        layer_id = results["OUTPUT"] if isinstance(results["OUTPUT"], str) else results["OUTPUT"].id()
        del results
        layer = qgis_new_project.mapLayer(layer_id)
        assert layer is not None, "the output was not loaded into the project"
        return layer

    yield run
    qgis_new_project.removeAllMapLayers()
