"""Translated names and one-line meanings for the core's index ids (the core itself speaks in ids)."""

from .core import registry
from .translation import tr


def index_names():
    """id -> translated display name."""
    names = {
        "dissimilarity": tr("Dissimilarity (D)"),
        "gini": tr("Gini coefficient"),
        "entropy": tr("Entropy index (Theil's H)"),
        "atkinson": tr("Atkinson index"),
        "isolation": tr("Isolation (xPx)"),
        "exposure": tr("Exposure to the rest (xPy)"),
        "correlation_ratio": tr("Correlation ratio (eta squared)"),
        "multi_dissimilarity": tr("Multigroup dissimilarity"),
        "multi_gini": tr("Multigroup Gini"),
        "multi_information_theory": tr("Multigroup information theory index (H)"),
        "mutual_information": tr("Mutual information index (M)"),
        "multi_normalized_exposure": tr("Multigroup normalized exposure"),
        "multi_relative_diversity": tr("Multigroup relative diversity"),
        "multi_squared_coefficient_of_variation": tr("Multigroup squared coefficient of variation"),
        "simpson_concentration": tr("Simpson's concentration"),
        "simpson_interaction": tr("Simpson's interaction"),
        "diversity": tr("Diversity (entropy E)"),
        "spatial_dissimilarity": tr("Spatial dissimilarity D(adj) (Morrill)"),
        "boundary_spatial_dissimilarity": tr("Boundary spatial dissimilarity D(w) (Wong)"),
        "perimeter_area_dissimilarity": tr("Perimeter/area dissimilarity D(s) (Wong)"),
        "spatial_proximity": tr("Spatial proximity (White)"),
        "absolute_clustering": tr("Absolute clustering"),
        "relative_clustering": tr("Relative clustering"),
        "distance_decay_isolation": tr("Distance-decay isolation"),
        "distance_decay_exposure": tr("Distance-decay exposure"),
        "delta": tr("Delta (concentration)"),
        "absolute_concentration": tr("Absolute concentration"),
        "relative_concentration": tr("Relative concentration"),
        "absolute_centralization": tr("Absolute centralization"),
        "relative_centralization": tr("Relative centralization"),
    }
    for surface_id in registry.SURFACE_IDS:
        names[surface_id] = tr("Spatial (kernel-smoothed) {}").format(names[surface_id.replace("surface_", "", 1)])
    return names


def index_meanings():
    """id -> translated one-line reading of the value."""
    meanings = {
        "dissimilarity": tr("Share of the group that would have to move for an even distribution."),
        "gini": tr("Mean difference in group shares between all pairs of areas, weighted by population."),
        "entropy": tr("How much less diverse the areas are than the city as a whole."),
        "atkinson": tr("Unevenness that weights areas where the group is under-represented (shape b)."),
        "isolation": tr("Group share in the area of the average group member."),
        "exposure": tr("Share of the others in the area of the average group member."),
        "correlation_ratio": tr("Isolation corrected for the group's size in the city."),
        "multi_dissimilarity": tr("Dissimilarity generalised to all groups at once."),
        "multi_gini": tr("Gini coefficient generalised to all groups at once."),
        "multi_information_theory": tr("Theil's H for all groups: entropy lost by living apart."),
        "mutual_information": tr("Information the area gives about a resident's group (natural log)."),
        "multi_normalized_exposure": tr("Variance of group shares across areas, normalised per group."),
        "multi_relative_diversity": tr("Interaction lost by living apart, relative to the city."),
        "multi_squared_coefficient_of_variation": tr("Variance of group shares relative to group size."),
        "simpson_concentration": tr("Chance that two random residents of the city belong to the same group."),
        "simpson_interaction": tr("Chance that two random residents of the city belong to different groups."),
        "diversity": tr("Entropy of the city's composition (natural log; maximum ln K)."),
        "spatial_dissimilarity": tr("D minus the difference in group shares between neighbouring areas."),
        "boundary_spatial_dissimilarity": tr("D minus neighbour differences weighted by shared boundary length."),
        "perimeter_area_dissimilarity": tr("D(w) also weighting neighbours by the compactness of the areas."),
        "spatial_proximity": tr("Mean proximity within groups relative to the proximity of everyone."),
        "absolute_clustering": tr("Average proximity of group members to each other, 0 = none."),
        "relative_clustering": tr("Proximity within the group relative to proximity within the rest."),
        "distance_decay_isolation": tr("Isolation in distance-weighted surroundings, not just the own area."),
        "distance_decay_exposure": tr("Exposure to the rest in distance-weighted surroundings."),
        "delta": tr("Share of the group that would have to move to reach a uniform density."),
        "absolute_concentration": tr("How small an area the group occupies, relative to the extremes."),
        "relative_concentration": tr("Area occupied by the group relative to the area of the rest."),
        "absolute_centralization": tr("How close to the centre the group lives, relative to the area."),
        "relative_centralization": tr("How close to the centre the group lives, relative to the rest."),
    }
    for surface_id in registry.SURFACE_IDS:
        meanings[surface_id] = tr("The same index on kernel-smoothed local environments (Reardon & "
                                  "O'Sullivan 2004).")
    return meanings


def direction_text(index_id):
    """'Higher = more segregated' or 'Higher = more mixing', translated."""
    if _info(index_id).direction == registry.SEGREGATION:
        return tr("Higher = more segregated")
    return tr("Higher = more mixing")


def range_text(index_id):
    info = _info(index_id)
    high = "∞" if info.high is None else str(info.high).replace("1.0", "1")
    return f"{info.low:g} … {high}"


def index_source(index_id):
    """The literature reference of an index (as stored in the registry)."""
    return _info(index_id).source


def _info(index_id):
    return registry.BY_ID.get(index_id) or registry.SPATIAL_BY_ID[index_id]
