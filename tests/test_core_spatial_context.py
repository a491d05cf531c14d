"""Spatial and surface indices inside ``global_indices``: the same values as the index functions called
directly, the right units after missing values, and clear refusals when geometry is missing."""

import numpy as np
import pytest

from segregation_analysis.core import SpatialContext, global_indices, spatial, unit_table
from segregation_analysis.core.spatial_context import SURFACE_SEGREGATION_IDS
from segregation_analysis.core.surface import KernelSmoother, surface_index

from spatial_oracle import paavo_sample, sacramento

POLYGON_IDS = ["spatial_dissimilarity", "boundary_spatial_dissimilarity", "perimeter_area_dissimilarity",
               "spatial_proximity", "absolute_clustering", "relative_clustering", "distance_decay_isolation",
               "distance_decay_exposure", "delta", "absolute_concentration", "relative_concentration",
               "absolute_centralization", "relative_centralization"]
DISTANCE_IDS = [i for i in POLYGON_IDS if i != "spatial_dissimilarity"]


@pytest.fixture(scope="module")
def sac():
    return sacramento()


def single_row(result):
    return result[result.group == "HISP_"].iloc[0]


def test_every_spatial_index_equals_the_function_called_directly(sac):
    table = unit_table({"HISP_": sac["x"]}, total=sac["t"])
    space = SpatialContext(geometry=sac["utm"], contiguity=sac["queen"], convention="pysal")
    row = single_row(global_indices(table, POLYGON_IDS, space=space))
    for index_id in POLYGON_IDS:
        function = getattr(spatial, index_id)
        where = sac["queen"] if index_id == "spatial_dissimilarity" else sac["utm"]
        kwargs = {"convention": "pysal"} if index_id in ("spatial_proximity", "absolute_clustering",
                                                          "relative_clustering", "distance_decay_isolation",
                                                          "distance_decay_exposure") else {}
        assert row[index_id] == pytest.approx(function(sac["x"], sac["t"], where, **kwargs), abs=1e-12), index_id


def test_published_spatial_dissimilarity_through_global_indices(sac):
    table = unit_table({"HISP_": sac["x"]}, total=sac["t"])
    space = SpatialContext(geometry=sac["utm"], contiguity=sac["queen"])
    row = single_row(global_indices(table, ["spatial_dissimilarity"], space=space))
    assert row["spatial_dissimilarity"] == pytest.approx(0.2611974332919437, abs=1e-4)  # PySAL's published value


def test_default_indices_follow_what_the_geometry_supplies(sac):
    table = unit_table({"HISP_": sac["x"]}, total=sac["t"])
    projected = global_indices(table, space=SpatialContext(geometry=sac["utm"], contiguity=sac["queen"]))
    assert [c for c in projected.columns if c in POLYGON_IDS] == POLYGON_IDS
    assert not any(c.startswith("surface_") for c in projected.columns)  # no bandwidth, no surface indices
    geographic = global_indices(table, space=SpatialContext(geometry=sac["lonlat"], contiguity=sac["queen"]))
    assert "spatial_dissimilarity" in geographic.columns  # neighbours need no metres
    assert not set(DISTANCE_IDS) & set(geographic.columns)
    with_bandwidth = global_indices(table, space=SpatialContext(geometry=sac["utm"], bandwidth=2000.0))
    assert "surface_dissimilarity" in with_bandwidth.columns
    assert "spatial_dissimilarity" not in with_bandwidth.columns  # no contiguity given


def test_distance_index_on_geographic_coordinates_is_refused_with_the_reason(sac):
    table = unit_table({"HISP_": sac["x"]}, total=sac["t"])
    with pytest.raises(ValueError, match="projected_crs"):
        global_indices(table, ["delta"], space=SpatialContext(geometry=sac["lonlat"]))
    with pytest.raises(ValueError, match="geometry"):
        global_indices(table, ["spatial_proximity"])


def test_points_have_no_area_indices():
    rng = np.random.default_rng(4)
    from segregation_analysis.core.geometry import UnitGeometry
    points = UnitGeometry(rng.random((30, 2)) * 5000, areas=np.zeros(30), crs="EPSG:3067")
    space = SpatialContext(geometry=points)
    assert not space.available("delta") and "positive_areas" in space.missing_requirements("delta")
    assert space.available("spatial_proximity")


def test_dropped_units_leave_the_geometry_too():
    paavo = paavo_sample()  # already without -1/NULL rows
    raw_x = paavo["x"].copy()
    raw_x[[0, 5, 9]] = -1  # suppress three more units: they must leave counts and geometry alike
    table = unit_table({"ko_perus": raw_x}, total=paavo["t"], region=paavo["kunta"])
    space = SpatialContext(geometry=paavo["geometry"], contiguity=paavo["queen"], bandwidth=1500.0)
    result = global_indices(table, ["delta", "spatial_dissimilarity", "surface_dissimilarity"], space=space)
    keep = np.ones(len(raw_x), bool)
    keep[[0, 5, 9]] = False
    kunta = paavo["kunta"][keep]
    expected_delta = spatial.delta(paavo["x"][keep], paavo["t"][keep], paavo["geometry"].subset(keep), regions=kunta)
    queen = paavo["queen"][keep][:, keep]
    expected_d = spatial.spatial_dissimilarity(paavo["x"][keep], paavo["t"][keep], queen, regions=kunta)
    smoother = KernelSmoother(paavo["geometry"].subset(keep), 1500.0, "gaussian")
    expected_s = surface_index("dissimilarity", paavo["x"][keep], smoother, total=paavo["t"][keep], regions=kunta)
    rows = result[result.group == "ko_perus"]
    np.testing.assert_allclose(rows["delta"], expected_delta, atol=1e-12)
    np.testing.assert_allclose(rows["spatial_dissimilarity"], expected_d, atol=1e-12, equal_nan=True)
    np.testing.assert_allclose(rows["surface_dissimilarity"], expected_s, atol=1e-12)
    assert rows["n_dropped"].sum() == 3


def test_surface_multigroup_index_on_all_groups_row():
    paavo = paavo_sample()
    rest = paavo["t"] - paavo["x"]
    table = unit_table({"ko_perus": paavo["x"], "rest": rest}, region=paavo["kunta"])
    space = SpatialContext(geometry=paavo["geometry"], bandwidth=2000.0)
    result = global_indices(table, ["surface_multi_information_theory"], space=space)
    row = result[result.group == "(all groups)"]
    smoother = KernelSmoother(paavo["geometry"], 2000.0, "gaussian")
    expected = surface_index("multi_information_theory", np.column_stack([paavo["x"], rest]), smoother,
                             regions=paavo["kunta"])
    np.testing.assert_allclose(row["surface_multi_information_theory"], expected, atol=1e-12)
    assert "surface_simpson_concentration" not in SURFACE_SEGREGATION_IDS
