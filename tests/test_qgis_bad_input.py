"""Bad input refused with a message naming the field and the feature ids; odd-but-valid input accepted.

Layers are built here as memory layers; the feature ids expected in the messages are read back from the
layer (QGIS assigns them), never taken from the plugin.
"""

import re

import pytest
from qgis.core import QgsProcessingException

ALGORITHMS = ["segregation:globalindices", "segregation:localindices"]


def ids_where(layer, field, predicate):
    return [f.id() for f in layer.getFeatures() if predicate(f[field])]


def message_ids(message):
    """The feature ids listed after 'features' in a message, as ints."""
    found = re.search(r"features ([0-9, ]+)", message)
    assert found, message
    return [int(v) for v in found.group(1).replace(" ", "").strip(",").split(",")]


def run_error(run_alg, algorithm, parameters):
    with pytest.raises(QgsProcessingException) as error:
        run_alg(algorithm, parameters)
    return str(error.value)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_negative_count_is_refused(run_alg, memory_layer, algorithm):
    layer = memory_layer([("grp_a", "int"), ("grp_b", "int"), ("total", "int")],
                         [[10, 20, 30], [-5, 20, 30], [5, 5, 10], [3, -7, 10], [1, -1, 2]])
    bad = ids_where(layer, "grp_a", lambda v: v == -5)
    message = run_error(run_alg, algorithm, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"],
                                             "TOTAL_FIELD": "total"})
    del layer
    assert "'grp_a'" in message
    assert "negative" in message
    assert message_ids(message) == bad  # only the -5 unit: -1 is a suppression code, not an error


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_negative_count_in_second_group_names_that_field(run_alg, memory_layer, algorithm):
    layer = memory_layer([("grp_a", "int"), ("grp_b", "int"), ("total", "int")],
                         [[10, 20, 30], [5, 5, 10], [3, -7, 10], [2, -2, 10]])
    bad = ids_where(layer, "grp_b", lambda v: v < -1)
    message = run_error(run_alg, algorithm, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"],
                                             "TOTAL_FIELD": "total"})
    del layer
    assert "'grp_b'" in message
    assert message_ids(message) == bad and len(bad) == 2


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_group_larger_than_total_is_refused(run_alg, memory_layer, algorithm):
    layer = memory_layer([("region", "string"), ("poor", "int"), ("adults", "int")],
                         [["A", 10, 100], ["A", 120, 100], ["B", 5, 50], ["B", 51, 50], ["B", 50, 50]])
    bad = [f.id() for f in layer.getFeatures() if f["poor"] > f["adults"]]
    message = run_error(run_alg, algorithm, {"INPUT": layer, "GROUP_FIELDS": ["poor"], "TOTAL_FIELD": "adults",
                                             "REGION_FIELD": "region"})
    del layer
    assert "'poor'" in message and "'adults'" in message
    assert "larger than the total" in message
    assert message_ids(message) == bad and len(bad) == 2


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_non_numeric_text_is_refused(run_alg, memory_layer, algorithm):
    layer = memory_layer([("grp", "string"), ("total", "int")],
                         [["10", 100], ["abc", 100], ["..", 50], ["", 50], ["-1", 20], ["7", 40]])
    bad = ids_where(layer, "grp", lambda v: v == "abc")
    message = run_error(run_alg, algorithm, {"INPUT": layer, "GROUP_FIELDS": ["grp"], "TOTAL_FIELD": "total"})
    del layer
    assert "'grp'" in message
    assert "non-numeric" in message and "abc" in message
    assert message_ids(message) == bad  # '..', '' and '-1' are missing values, not errors


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_single_group_without_total_is_refused(run_alg, memory_layer, algorithm):
    layer = memory_layer([("grp", "int"), ("other", "int")], [[1, 2], [3, 4]])
    message = run_error(run_alg, algorithm, {"INPUT": layer, "GROUP_FIELDS": ["grp"]})
    del layer
    assert "'grp'" in message
    assert "total" in message.lower()


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("geometry", ["Point", None])
def test_empty_layer_is_refused(run_alg, memory_layer, algorithm, geometry):
    layer = memory_layer([("grp_a", "int"), ("grp_b", "int")], [], geometry=geometry)
    assert layer.featureCount() == 0
    message = run_error(run_alg, algorithm, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"]})
    del layer
    assert "no features" in message


def test_total_field_also_a_group_is_refused(run_alg, memory_layer):
    layer = memory_layer([("grp", "int"), ("total", "int")], [[1, 2], [3, 4]])
    message = run_error(run_alg, "segregation:globalindices",
                        {"INPUT": layer, "GROUP_FIELDS": ["grp", "total"], "TOTAL_FIELD": "total"})
    del layer
    assert "'total'" in message


# --- odd but valid ---------------------------------------------------------------------------------------------

def test_region_with_total_zero_everywhere_gives_null_indices(run_alg, memory_layer):
    layer = memory_layer([("region", "string"), ("grp", "int"), ("total", "int")],
                         [["A", 10, 100], ["A", 40, 50], ["A", 5, 80], ["Z", 0, 0], ["Z", 0, 0], ["Z", 0, 0]])
    _, _, rows = run_alg("segregation:globalindices", {"INPUT": layer, "GROUP_FIELDS": ["grp"],
                                                       "TOTAL_FIELD": "total", "REGION_FIELD": "region"})
    del layer
    table = {row["region"]: row for row in rows}
    assert set(table) == {"A", "Z"}
    assert table["Z"]["total_population"] == 0
    assert table["Z"]["n_dropped"] == 0  # a zero total is a valid (empty) unit, not a missing one
    for index_id in ("dissimilarity", "gini", "entropy", "atkinson", "isolation", "exposure"):
        assert table["Z"][index_id] is None, index_id
        assert table["A"][index_id] is not None, index_id
    assert table["Z"]["group_share"] is None


def test_units_with_total_zero_add_nothing(run_alg, memory_layer):
    rows_a = [["A", 10, 100], ["A", 40, 50], ["A", 5, 80]]
    with_zeros = memory_layer([("region", "string"), ("grp", "int"), ("total", "int")],
                              rows_a + [["A", 0, 0], ["A", 0, 0]])
    without = memory_layer([("region", "string"), ("grp", "int"), ("total", "int")], rows_a)
    params = {"GROUP_FIELDS": ["grp"], "TOTAL_FIELD": "total", "REGION_FIELD": "region"}
    _, _, zero_rows = run_alg("segregation:globalindices", dict(params, INPUT=with_zeros))
    _, _, plain_rows = run_alg("segregation:globalindices", dict(params, INPUT=without))
    del with_zeros, without
    for index_id in ("dissimilarity", "gini", "entropy", "atkinson", "isolation", "correlation_ratio"):
        assert zero_rows[0][index_id] == pytest.approx(plain_rows[0][index_id], abs=1e-12), index_id


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_single_unit_region_is_not_an_error(run_alg, memory_layer, algorithm):
    layer = memory_layer([("region", "string"), ("grp_a", "int"), ("grp_b", "int")],
                         [["A", 10, 90], ["A", 40, 10], ["A", 5, 45], ["S", 7, 3]])
    results, names, rows = run_alg(algorithm, {"INPUT": layer, "GROUP_FIELDS": ["grp_a", "grp_b"],
                                               "REGION_FIELD": "region"})
    del layer
    if algorithm == "segregation:globalindices":
        table = {(row["region"], row["group"]): row for row in rows}
        single = table[("S", "grp_a")]
        assert single["n_units"] == 1 and single["n_dropped"] == 0
        # one unit holds the whole region: its share equals the region's, so D is 0 (or left empty)
        assert single["dissimilarity"] in (None, pytest.approx(0.0, abs=1e-12))
        assert table[("A", "grp_a")]["dissimilarity"] > 0
    else:
        single = [row for row in rows if row["region"] == "S"]
        assert len(single) == 1 and len(rows) == 4
        assert single[0]["lq_grp_a"] == pytest.approx(1.0, abs=1e-12)  # its share is the region's share
        assert single[0]["dropped"] == 0


def _centre_run(memory_layer, centre_regions, feedback=None):
    """Absolute centralization around the nearest centre point of the unit's region: units in regions A and B,
    one centre point per entry of ``centre_regions`` (its region in the field 'kunta')."""
    import processing
    from qgis.core import QgsMapLayer, QgsProcessingFeedback, QgsVectorLayer

    from conftest import layer_rows
    from segregation_analysis.algorithms.global_indices import OFFERED_IDS
    units = memory_layer([("region", "string"), ("grp", "int"), ("total", "int")],
                         [["A", 10, 100], ["A", 50, 100], ["A", 90, 100], ["B", 20, 100], ["B", 60, 100],
                          ["B", 30, 100]], geometry="Polygon")
    centres = memory_layer([("kunta", "string")], [[r] for r in centre_regions], name="centres")
    results = processing.run("segregation:globalindices", {
        "INPUT": units, "GROUP_FIELDS": ["grp"], "TOTAL_FIELD": "total", "REGION_FIELD": "region",
        "INDICES": [OFFERED_IDS.index("absolute_centralization")], "CENTER": 2, "CENTERS": centres,
        "CENTER_REGION_FIELD": "kunta", "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback or QgsProcessingFeedback())
    output = results["OUTPUT"]
    output = output if isinstance(output, QgsMapLayer) else QgsVectorLayer(output, "output", "ogr")
    return {row["region"]: row["absolute_centralization"] for row in layer_rows(output)}


def test_centre_layer_matching_no_region_is_refused(segregation_provider, memory_layer):
    """Centre points whose regions are none of the units' (e.g. codes of another field): every centralization
    value would be empty, so the run stops and names the unmatched codes, the field and the units' regions."""
    with pytest.raises(QgsProcessingException) as error:
        _centre_run(memory_layer, ["X", "Y", "X"])
    message = str(error.value)
    assert "'kunta'" in message and "'X'" in message and "'Y'" in message
    assert "'A'" in message and "'B'" in message  # the units' regions, to compare with


def test_centre_layer_matching_some_regions_warns_and_names_them(segregation_provider, memory_layer):
    """Centres for region A and for an unknown region Z: A gets its centralization, B (no centre) an empty
    value, and the log names both the ignored centre region Z and the region B without a centre."""
    from qgis.core import QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)
            super().pushWarning(text)

    feedback = Warnings()
    values = _centre_run(memory_layer, ["A", "Z"], feedback)
    assert values["A"] is not None and values["B"] is None
    ignored = [w for w in feedback.warnings if "'Z'" in w]
    without = [w for w in feedback.warnings if "'B'" in w]
    assert len(ignored) == 1 and "1 centre points" in ignored[0]
    assert len(without) == 1 and "'A'" not in without[0]
