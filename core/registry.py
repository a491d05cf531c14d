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
