"""Translated names and one-line meanings for the core's index ids (the core itself speaks in ids)."""

from .core import registry
from .translation import tr


def index_names():
    """id -> translated display name."""
    return {
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
    }


def index_meanings():
    """id -> translated one-line reading of the value."""
    return {
        "dissimilarity": tr("Share of the group that would have to move for an even distribution."),
        "gini": tr("Mean difference in group shares between all pairs of areas, weighted by population."),
        "entropy": tr("How much less diverse the areas are than the city as a whole."),
        "atkinson": tr("Unevenness that weighs areas where the group is under-represented (shape b)."),
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
    }


def direction_text(index_id):
    """'Higher = more segregated' or 'Higher = more mixing', translated."""
    if registry.BY_ID[index_id].direction == registry.SEGREGATION:
        return tr("Higher = more segregated")
    return tr("Higher = more mixing")


def range_text(index_id):
    info = registry.BY_ID[index_id]
    high = "∞" if info.high is None else str(info.high).replace("1.0", "1")
    return f"{info.low:g} … {high}"
