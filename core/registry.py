"""What each index is: id (= output column), kind, direction, range and source.

The core speaks in ids; the plugin layer turns ids into translated names and sentences.
"""

from dataclasses import dataclass

from . import aspatial, multigroup

#: Higher values mean more segregation (unevenness, isolation).
SEGREGATION = "segregation"
#: Higher values mean more mixing (exposure, interaction, diversity).
MIXING = "mixing"

SINGLE = "single"
MULTI = "multi"


@dataclass(frozen=True)
class IndexInfo:
    id: str
    kind: str
    function: object
    direction: str
    low: float
    high: object
    dimension: str
    source: str


def _info(id, kind, module, direction, dimension, source, low=0.0, high=1.0):
    return IndexInfo(id, kind, getattr(module, id), direction, low, high, dimension, source)


INDICES = (
    _info("dissimilarity", SINGLE, aspatial, SEGREGATION, "evenness", "Duncan & Duncan 1955; Massey & Denton 1988"),
    _info("gini", SINGLE, aspatial, SEGREGATION, "evenness", "Massey & Denton 1988"),
    _info("entropy", SINGLE, aspatial, SEGREGATION, "evenness", "Theil 1972; Massey & Denton 1988"),
    _info("atkinson", SINGLE, aspatial, SEGREGATION, "evenness", "Atkinson 1970; Massey & Denton 1988"),
    _info("isolation", SINGLE, aspatial, SEGREGATION, "exposure", "Bell 1954; Massey & Denton 1988"),
    _info("exposure", SINGLE, aspatial, MIXING, "exposure", "Bell 1954; Massey & Denton 1988"),
    _info("correlation_ratio", SINGLE, aspatial, SEGREGATION, "exposure", "White 1986; Massey & Denton 1988"),
    _info("multi_dissimilarity", MULTI, multigroup, SEGREGATION, "evenness", "Sakoda 1981; Reardon & Firebaugh 2002"),
    _info("multi_gini", MULTI, multigroup, SEGREGATION, "evenness", "Reardon & Firebaugh 2002"),
    _info("multi_information_theory", MULTI, multigroup, SEGREGATION, "evenness", "Theil 1972; Reardon & Firebaugh 2002"),
    _info("mutual_information", MULTI, multigroup, SEGREGATION, "evenness", "Theil & Finizza 1971; Mora & Ruiz-Castillo 2011",
          high="ln K"),
    _info("multi_normalized_exposure", MULTI, multigroup, SEGREGATION, "exposure", "Reardon & Firebaugh 2002"),
    _info("multi_relative_diversity", MULTI, multigroup, SEGREGATION, "evenness", "Carlson 1992; Reardon & Firebaugh 2002"),
    _info("multi_squared_coefficient_of_variation", MULTI, multigroup, SEGREGATION, "evenness",
          "Reardon & Firebaugh 2002", high=None),
    _info("simpson_concentration", MULTI, multigroup, SEGREGATION, "composition", "Simpson 1949"),
    _info("simpson_interaction", MULTI, multigroup, MIXING, "composition", "Simpson 1949"),
    _info("diversity", MULTI, multigroup, MIXING, "composition", "Theil 1972", high="ln K"),
)

BY_ID = {info.id: info for info in INDICES}
SINGLE_GROUP_IDS = tuple(i.id for i in INDICES if i.kind == SINGLE)
MULTIGROUP_IDS = tuple(i.id for i in INDICES if i.kind == MULTI)
ALL_IDS = tuple(BY_ID)

#: Local (per unit) output fields; "{group}" is replaced by the group field's name.
LOCAL_FIELDS = (
    ("lq_{group}", "Location quotient: unit's group share / region's group share (1 = as in the region)"),
    ("local_entropy", "Entropy of the unit's composition / ln K (0..1, higher = more mixed)"),
    ("local_diversity", "Entropy of the unit's composition, natural log (0..ln K, higher = more mixed)"),
    ("local_simpson_concentration", "Chance two residents share a group (higher = less mixed)"),
    ("local_simpson_interaction", "Chance two residents differ (higher = more mixed)"),
    ("d_contribution", "Unit's additive part of the region's dissimilarity D"),
    ("m_contribution", "Unit's additive part of the region's mutual information M"),
)


# --- spatial indices (issue 3) -----------------------------------------------------------------------------------
# They need geometry or weights besides the counts, so they are listed apart from INDICES / ALL_IDS (which
# ``compute.global_indices`` computes from counts alone). ``SPATIAL_REQUIRES`` says what each one needs.

from . import spatial, surface  # noqa: E402

SPATIAL = "spatial"
SURFACE = "surface"

SPATIAL_INDICES = (
    _info("spatial_dissimilarity", SPATIAL, spatial, SEGREGATION, "evenness", "Morrill 1991", low=-1.0),
    _info("boundary_spatial_dissimilarity", SPATIAL, spatial, SEGREGATION, "evenness", "Wong 1993", low=-1.0),
    _info("perimeter_area_dissimilarity", SPATIAL, spatial, SEGREGATION, "evenness", "Wong 1993; Tivadar 2019",
          low=-1.0),
    _info("spatial_proximity", SPATIAL, spatial, SEGREGATION, "clustering", "White 1983; Massey & Denton 1988",
          high=None),
    _info("absolute_clustering", SPATIAL, spatial, SEGREGATION, "clustering", "Massey & Denton 1988"),
    _info("relative_clustering", SPATIAL, spatial, SEGREGATION, "clustering", "Massey & Denton 1988", low=-1.0,
          high=None),
    _info("distance_decay_isolation", SPATIAL, spatial, SEGREGATION, "exposure", "Morgan 1983; Massey & Denton 1988"),
    _info("distance_decay_exposure", SPATIAL, spatial, MIXING, "exposure", "Morgan 1983; Massey & Denton 1988"),
    _info("delta", SPATIAL, spatial, SEGREGATION, "concentration", "Hoover 1941; Massey & Denton 1988"),
    _info("absolute_concentration", SPATIAL, spatial, SEGREGATION, "concentration", "Massey & Denton 1988"),
    _info("relative_concentration", SPATIAL, spatial, SEGREGATION, "concentration", "Massey & Denton 1988",
          low=-1.0),
    _info("absolute_centralization", SPATIAL, spatial, SEGREGATION, "centralization", "Massey & Denton 1988",
          low=-1.0),
    _info("relative_centralization", SPATIAL, spatial, SEGREGATION, "centralization", "Massey & Denton 1988",
          low=-1.0),
)

#: What each spatial index needs besides counts: ``weights`` (a sparse contiguity matrix) or UnitGeometry fields.
SPATIAL_REQUIRES = {
    "spatial_dissimilarity": ("weights",),
    "boundary_spatial_dissimilarity": ("shared_boundaries",),
    "perimeter_area_dissimilarity": ("shared_boundaries", "perimeters", "areas"),
    "spatial_proximity": ("centroids", "areas"),
    "absolute_clustering": ("centroids", "areas"),
    "relative_clustering": ("centroids", "areas"),
    "distance_decay_isolation": ("centroids", "areas"),
    "distance_decay_exposure": ("centroids", "areas"),
    "delta": ("areas",),
    "absolute_concentration": ("areas",),
    "relative_concentration": ("areas",),
    "absolute_centralization": ("centroids", "areas"),
    "relative_centralization": ("centroids",),
}

#: Every aspatial index on kernel-smoothed local environments (Reardon & O'Sullivan 2004): id ``surface_<id>``,
#: same kind of rows (single-group or multigroup), direction and range as the aspatial index. They need kernel
#: weights (a sparse matrix with its diagonal) or a ``surface.KernelSmoother`` (centroids and a bandwidth).
SURFACE_INDICES = tuple(
    IndexInfo(f"surface_{info.id}", info.kind, surface.surface_function(info.id), info.direction, info.low,
              info.high, info.dimension, f"Reardon & O'Sullivan 2004 on {info.source}")
    for info in INDICES)
SURFACE_REQUIRES = {info.id: ("kernel_weights",) for info in SURFACE_INDICES}

SPATIAL_BY_ID = {info.id: info for info in SPATIAL_INDICES + SURFACE_INDICES}
SPATIAL_IDS = tuple(info.id for info in SPATIAL_INDICES)
SURFACE_IDS = tuple(info.id for info in SURFACE_INDICES)
