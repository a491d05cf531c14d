"""Sacramento MSA 2000 tracts: the published PySAL values (reference README) reproduced to 1e-9.

Read with GDAL's ogr only; PySAL is not needed here. Names differ between the libraries:

=========================================  =====================================================
ours                                       pysal/segregation
=========================================  =====================================================
exposure                                   Interaction (xPy)
correlation_ratio                          CorrelationR (eta squared)
mutual_information (M, natural log)        MultiDivergence
multi_information_theory (Theil's H)       MultiInfoTheory
diversity (entropy E, natural log)         MultiDiversity (normalized=False); / ln K = normalised
multi_normalized_exposure                  MultiNormExposure
multi_squared_coefficient_of_variation     MultiSquaredCoefVar
simpson_concentration / _interaction       SimpsonsConcentration / SimpsonsInteraction
=========================================  =====================================================
"""

import math

import numpy as np
import pytest

from oracle import SACRAMENTO_GROUPS, read_sacramento
from segregation_analysis.core import ALL_GROUPS, BY_ID, global_indices, unit_table

# pysal/segregation tests: group HISP(_), total TOT_POP
PUBLISHED_SINGLE = {
    "dissimilarity": 0.32184656076566864,
    "isolation": 0.2319615486459151,
    "exposure": 0.7680384513540848,
    "gini": 0.43506510676886234,
    "entropy": 0.09626774479970557,
    "atkinson": 0.15079259382667654,
    "correlation_ratio": 0.09164042012926693,
}
# groups WHITE, BLACK, ASIAN, HISP; total = their sum
PUBLISHED_MULTI = {
    "multi_dissimilarity": 0.41340872573177806,
    "multi_information_theory": 0.1710160297858887,
    "multi_relative_diversity": 0.15820019878220337,
    "multi_squared_coefficient_of_variation": 0.11875484641127525,
    "multi_gini": 0.5456349992598081,
    "multi_normalized_exposure": 0.18821879029994157,
    "mutual_information": 0.16645182134289443,   # PySAL: MultiDivergence
    "diversity": 0.9733112243997906,             # PySAL: MultiDiversity, natural log, not normalised
    "simpson_concentration": 0.49182413151957904,
    "simpson_interaction": 0.508175868480421,
}
NORMALISED_DIVERSITY = 0.7020956383415715        # MultiDiversity(normalized=True) = E / ln 4


@pytest.fixture(scope="module")
def tracts():
    return read_sacramento()


def close(value):
    return pytest.approx(value, abs=1e-9, rel=0)


def test_file_is_the_reference_file(tracts):
    assert len(tracts["TOT_POP"]) == 403
    assert (sum(tracts[g] for g in SACRAMENTO_GROUPS) <= tracts["TOT_POP"]).all()


@pytest.mark.parametrize("index_id", sorted(PUBLISHED_SINGLE))
def test_single_group_hispanic(tracts, index_id):
    """Single group HISP_ against TOT_POP; ``exposure`` is PySAL's Interaction."""
    value = BY_ID[index_id].function(tracts["HISP_"], tracts["TOT_POP"])
    assert value == close(PUBLISHED_SINGLE[index_id])


@pytest.mark.parametrize("index_id", sorted(PUBLISHED_MULTI))
def test_multigroup_four_groups(tracts, index_id):
    """Four groups; ``mutual_information`` is MultiDivergence and ``diversity`` is MultiDiversity."""
    counts = np.column_stack([tracts[g] for g in SACRAMENTO_GROUPS])
    assert BY_ID[index_id].function(counts) == close(PUBLISHED_MULTI[index_id])


def test_normalised_diversity(tracts):
    counts = np.column_stack([tracts[g] for g in SACRAMENTO_GROUPS])
    assert BY_ID["diversity"].function(counts) / math.log(4) == close(NORMALISED_DIVERSITY)


def test_published_values_cover_every_index():
    assert set(PUBLISHED_SINGLE) | set(PUBLISHED_MULTI) == set(BY_ID)


def test_whole_computation_from_raw_fields(tracts):
    """The path the algorithms take: raw fields -> unit_table -> global_indices, one row per group."""
    table = unit_table({g: tracts[g] for g in SACRAMENTO_GROUPS}, total=tracts["TOT_POP"], total_name="TOT_POP")
    result = global_indices(table).set_index("group")
    assert list(result.index) == list(SACRAMENTO_GROUPS) + [ALL_GROUPS]
    for index_id, value in PUBLISHED_SINGLE.items():
        assert result.loc["HISP_", index_id] == close(value), index_id
    for index_id, value in PUBLISHED_MULTI.items():
        assert result.loc[ALL_GROUPS, index_id] == close(value), index_id
    assert result.loc[ALL_GROUPS, "total_population"] == sum(tracts[g].sum() for g in SACRAMENTO_GROUPS)
    assert (result["n_dropped"] == 0).all()
