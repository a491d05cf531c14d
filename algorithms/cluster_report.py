"""The HTML report of segregation:clusters: the run's settings and, per region, how many units (and inhabitants)
fall in each cluster category."""

import json

import numpy as np
import pandas as pd

from ..report import render_page, render_table
from ..styles import cluster_labels
from ..translation import tr, user_language

#: Category values in the order of the report's columns.
ORDER = ("High-High", "Low-Low", "High-Low", "Low-High", "Not significant", "No neighbours", "Missing")


def category_table(category, regions, population=None):
    """One row per region (and a total row): units per category and, with ``population``, the inhabitants of
    the High-High and Low-Low units (missing populations skipped)."""
    category = np.asarray(category, dtype=object)
    labels = np.array([tr("whole layer")] * len(category), dtype=object) if regions is None else \
        np.array(["-" if r is None else str(r) for r in regions], dtype=object)
    rows = []
    for label in sorted(set(labels)) + ([tr("all regions")] if regions is not None else []):
        mask = labels == label if label != tr("all regions") else np.ones(len(labels), bool)
        row = {"region": label, "n_units": int(mask.sum())}
        for value in ORDER:
            row[value] = int((mask & (category == value)).sum())
        if population is not None:
            for value in ("High-High", "Low-Low"):
                chosen = population[mask & (category == value)]
                row[f"population {value}"] = float(np.nansum(chosen)) if len(chosen) else 0.0
        rows.append(row)
    return pd.DataFrame(rows)


def cluster_report(layer_name, statistic, field, base_field, category, regions, population, population_field,
                   weights, inference, result):
    """The complete page (every value escaped by ``report``)."""
    names = cluster_labels()
    parameters = [(tr("Input"), layer_name), (tr("Statistic"), statistic),
                  (tr("Variable"), field if not base_field else f"{field} / {base_field}"),
                  (tr("Permutations"), inference["permutations"]), (tr("Random seed"), inference["seed"]),
                  (tr("Alternative hypothesis"), inference["alternative"]),
                  (tr("Multiple-testing adjustment"), inference["adjustment"]),
                  (tr("Significance level"), inference["alpha"]), (tr("Units tested"), int(result.n_tested)),
                  (tr("Spatial weights"), json.dumps(weights.spec, ensure_ascii=False, default=str))]
    table = category_table(category, regions, population)
    columns = [("region", tr("Region")), ("n_units", tr("Units"))] + [(value, names[value]) for value in ORDER]
    if population is not None:
        columns += [(f"population {value}", tr("Inhabitants ({}) in {}").format(population_field, names[value]))
                    for value in ("High-High", "Low-Low")]
    section = render_table(table, columns, tr("Units per cluster category"), text_columns=("region",))
    notes = [tr("Pseudo p = (M + 1) / (R + 1) from conditional permutation: each unit's value is held fixed and "
                "its neighbours' values are drawn from the other units. A unit is in a cluster when its adjusted "
                "p is at most the significance level."),
             tr("All units share one set of random draws (as esda does): each unit's test is exact, but the number "
                "of significant units moves a little from seed to seed. More permutations make it steadier.")]
    return render_page(tr("Disadvantage clusters (local spatial association)"), parameters, [section], notes,
                       user_language())
