"""The Processing provider and the plugin's life cycle under a test ``iface`` (pytest-qgis)."""

import sys

import pytest
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingProvider

PROVIDER_ID = "segregation"
ALGORITHM_IDS = ("segregation:globalindices", "segregation:localindices", "segregation:spatialweights",
                 "segregation:multiscalarprofile", "segregation:compareindices", "segregation:decomposition",
                 "segregation:disadvantageindex", "segregation:clusters")
UNIT_PARAMETERS = ("INPUT", "GROUP_FIELDS", "TOTAL_FIELD", "REGION_FIELD", "MISSING")
WEIGHTS_PARAMETERS = ("WEIGHTS", "TOLERANCE", "K", "DISTANCE", "KERNEL", "BANDWIDTH", "ISLANDS", "WITHIN_REGIONS",
                      "WEIGHTS_FILE")
SPATIAL_PARAMETERS = WEIGHTS_PARAMETERS + ("CENTER", "CENTERS", "CENTER_REGION_FIELD", "DECAY")
INFERENCE_PARAMETERS = ("NULL_MODEL", "PERMUTATIONS", "SEED", "CONFIDENCE", "ALTERNATIVE")
GLOBAL_PARAMETERS = (UNIT_PARAMETERS + ("INDICES", "ATKINSON_B", "OUTPUT", "OUTPUT_HTML") + SPATIAL_PARAMETERS
                     + INFERENCE_PARAMETERS)
LOCAL_PARAMETERS = UNIT_PARAMETERS + ("OUTPUT",)


def registry():
    return QgsApplication.processingRegistry()


def test_provider_is_registered_with_its_id(segregation_provider):
    provider = registry().providerById(PROVIDER_ID)
    assert isinstance(provider, QgsProcessingProvider)
    assert provider.id() == PROVIDER_ID
    assert provider.name() == "Segregation analysis"
    assert not provider.icon().isNull()
    assert sorted(a.id() for a in provider.algorithms()) == sorted(ALGORITHM_IDS)


@pytest.mark.parametrize("algorithm_id, display_name", [
    ("segregation:globalindices", "Segregation indices"),
    ("segregation:localindices", "Local segregation indices"),
])
def test_algorithm_names_group_and_help(segregation_provider, algorithm_id, display_name):
    algorithm = registry().algorithmById(algorithm_id)
    assert isinstance(algorithm, QgsProcessingAlgorithm), algorithm_id
    assert algorithm.displayName() == display_name
    assert algorithm.group() == "Segregation indices"
    assert algorithm.groupId()
    assert algorithm.provider().id() == PROVIDER_ID
    help_text = algorithm.shortHelpString()
    assert help_text and len(help_text) > 200
    # the formula source ...
    assert "Reardon" in help_text and "Firebaugh" in help_text
    # ... and how missing values are read
    assert "Missing values" in help_text
    assert "-1" in help_text and "NULL" in help_text and "'..'" in help_text
    assert "dropped" in help_text.lower()


def test_global_help_names_its_sources_and_every_index(segregation_provider):
    help_text = registry().algorithmById("segregation:globalindices").shortHelpString()
    assert "Massey" in help_text and "Denton" in help_text
    for index_id in ("dissimilarity", "gini", "atkinson", "isolation", "mutual_information", "diversity"):
        assert f"<code>{index_id}</code>" in help_text


@pytest.mark.parametrize("algorithm_id, names", [
    ("segregation:globalindices", GLOBAL_PARAMETERS),
    ("segregation:localindices", LOCAL_PARAMETERS),
])
def test_parameter_names(segregation_provider, algorithm_id, names):
    algorithm = registry().algorithmById(algorithm_id)
    assert sorted(p.name() for p in algorithm.parameterDefinitions()) == sorted(names)
    definitions = {p.name(): p for p in algorithm.parameterDefinitions()}
    assert definitions["GROUP_FIELDS"].allowMultiple()
    assert definitions["GROUP_FIELDS"].parentLayerParameterName() == "INPUT"
    optional = QgsProcessingParameterOptionalFlag()
    assert definitions["TOTAL_FIELD"].flags() & optional
    assert definitions["REGION_FIELD"].flags() & optional
    assert not definitions["GROUP_FIELDS"].flags() & optional
    assert len(definitions["MISSING"].options()) == 2


def test_global_parameter_details(segregation_provider):
    definitions = {p.name(): p for p in registry().algorithmById("segregation:globalindices").parameterDefinitions()}
    indices = definitions["INDICES"]
    assert indices.allowMultiple()
    # 17 aspatial, 13 spatial, 14 surface (kernel-smoothed; Simpson and diversity are not segregation there)
    assert len(indices.options()) == 17 + 13 + 14
    assert indices.defaultValue() is None  # none chosen = every index that applies
    assert definitions["ATKINSON_B"].defaultValue() == 0.5
    assert definitions["OUTPUT_HTML"].flags() & QgsProcessingParameterOptionalFlag()


def QgsProcessingParameterOptionalFlag():  # noqa: N802 (mirrors the enum name)
    from qgis.core import Qgis, QgsProcessingParameterDefinition
    try:
        return Qgis.ProcessingParameterFlag.Optional
    except AttributeError:
        return QgsProcessingParameterDefinition.FlagOptional


# --- plugin life cycle -----------------------------------------------------------------------------------------

@pytest.fixture
def no_provider(qgis_processing):
    """Start without the provider (other tests register one through the ``segregation_provider`` fixture)."""
    if registry().providerById(PROVIDER_ID) is not None:
        registry().removeProvider(PROVIDER_ID)
    assert registry().providerById(PROVIDER_ID) is None
    yield
    # leave it as found by the next test: the segregation_provider fixture re-registers when needed


def test_package_exposes_only_class_factory():
    package = sys.modules["segregation_analysis"]
    assert callable(package.classFactory)


def test_plugin_init_processing_registers_once_and_unload_removes(no_provider, qgis_iface):
    plugin = sys.modules["segregation_analysis"].classFactory(qgis_iface)
    assert registry().providerById(PROVIDER_ID) is None  # constructing the plugin registers nothing yet
    plugin.initProcessing()
    provider = registry().providerById(PROVIDER_ID)
    assert provider is not None
    assert registry().algorithmById("segregation:globalindices") is not None
    assert registry().algorithmById("segregation:localindices") is not None
    plugin.initProcessing()  # qgis_process and then initGui both call it: still one provider
    plugin.initGui()
    assert [p.id() for p in registry().providers()].count(PROVIDER_ID) == 1
    assert registry().providerById(PROVIDER_ID) is provider
    plugin.unload()
    assert registry().providerById(PROVIDER_ID) is None
    assert registry().algorithmById("segregation:globalindices") is None
    plugin.unload()  # a second unload is harmless
    assert registry().providerById(PROVIDER_ID) is None
    del plugin, provider


def test_plugin_init_gui_alone_registers_and_reload_works(no_provider, qgis_iface):
    factory = sys.modules["segregation_analysis"].classFactory
    plugin = factory(qgis_iface)
    plugin.initGui()  # QGIS desktop calls initGui (and initProcessing) after classFactory
    assert registry().providerById(PROVIDER_ID) is not None
    plugin.unload()
    assert registry().providerById(PROVIDER_ID) is None
    # reloading the plugin (Plugin Reloader, or disable/enable) registers it again
    plugin = factory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    assert [p.id() for p in registry().providers()].count(PROVIDER_ID) == 1
    plugin.unload()
    assert registry().providerById(PROVIDER_ID) is None
    del plugin
