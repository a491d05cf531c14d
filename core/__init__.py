"""Segregation Analysis core: segregation indices on numpy arrays (no QGIS import).

Usable from any Python console::

    from segregation_analysis.core import dissimilarity, unit_table, global_indices
    dissimilarity(x, t)                      # one float
    dissimilarity(x, t, regions=municipality)  # one value per region (sorted labels)
"""

from .aspatial import (atkinson, correlation_ratio, dissimilarity, dissimilarity_contribution, entropy,
                       exposure, gini, isolation)
from .compute import ALL_GROUPS, SUMMARY_COLUMNS, default_indices, global_indices, local_indices
from .spatial_context import SURFACE_SEGREGATION_IDS, SpatialContext
from .local import (local_diversity, local_entropy, local_simpson_concentration, local_simpson_interaction,
                    location_quotient, mutual_information_contribution)
from .missing import DROP, IMPUTE, MISSING_POLICIES
from .multigroup import (diversity, multi_dissimilarity, multi_gini, multi_information_theory,
                         multi_normalized_exposure, multi_relative_diversity,
                         multi_squared_coefficient_of_variation, mutual_information, simpson_concentration,
                         simpson_interaction)
from .registry import ALL_IDS, BY_ID, INDICES, MULTIGROUP_IDS, SINGLE_GROUP_IDS, IndexInfo
from .segments import Segments
from .table import InputError, UnitTable, parse_counts, unit_table
from .geometry import GridCells, UnitGeometry, detect_grid
from .registry import (SPATIAL_BY_ID, SPATIAL_IDS, SPATIAL_INDICES, SPATIAL_REQUIRES, SURFACE_IDS, SURFACE_INDICES,
                       SURFACE_REQUIRES)
from .spatial import (absolute_centralization, absolute_clustering, absolute_concentration,
                      boundary_spatial_dissimilarity, delta, distance_decay_exposure, distance_decay_isolation,
                      perimeter_area_dissimilarity, relative_centralization, relative_clustering,
                      relative_concentration, spatial_dissimilarity, spatial_proximity)
from .surface import KernelSmoother, multiscalar_profile, smoothed_counts, surface_function, surface_index
from .decomposition import (COUNTERFACTUALS, DECOMPOSITION_COLUMNS, ShapleyDecomposition, counterfactual_counts,
                            mutual_information_decomposition, shapley_decomposition, shapley_table)
from .compare import COMPARE_COLUMNS, compare_indices
from .inference import (NULL_MODELS, Cancelled, bias_corrected_dissimilarity, bootstrap, draw_tables,
                        inference_table, null_test, p_value, simulate)
from .disadvantage import DisadvantageResult, Indicator, disadvantage_index, empirical_bayes_rates
from . import lisa
