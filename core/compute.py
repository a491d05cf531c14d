"""Whole computations for the algorithms: a ``UnitTable`` in, a tidy ``pandas.DataFrame`` out."""

import numpy as np
import pandas as pd

from . import local
from ._util import shared_intermediates
from .missing import DROP, impute_groups, prepare_multi, prepare_single
from .registry import ALL_IDS, BY_ID, MULTI, SINGLE, SPATIAL_BY_ID, SPATIAL_IDS, SURFACE_IDS
from .spatial_context import SURFACE_SEGREGATION_IDS, index_kind

#: Group label of the rows that hold multigroup indices.
ALL_GROUPS = "(all groups)"

SUMMARY_COLUMNS = ("region", "group", "n_units", "n_dropped", "dropped_population", "total_population",
                   "group_population", "group_share", "n_imputed")


def global_indices(table, indices=None, atkinson_b=0.5, missing=DROP, space=None):
    """One row per region x group (single-group indices) and per region (multigroup, if >= 2 groups).

    ``indices``: ids from the registry (aspatial, spatial, surface); None = every aspatial index and every
    spatial/surface index that ``space`` (a ``SpatialContext``) can compute. Columns: ``SUMMARY_COLUMNS``
    then one column per index id (NaN where it does not apply to the row).
    """
    indices = default_indices(space) if indices is None else list(indices)
    unknown = [i for i in indices if i not in BY_ID and i not in SPATIAL_BY_ID]
    if unknown:
        known = ALL_IDS + SPATIAL_IDS + SURFACE_IDS
        raise ValueError(f"Unknown index id(s): {', '.join(unknown)}. Known: {', '.join(known)}.")
    for index_id in indices:
        lacks = () if index_id in BY_ID else (space.missing_requirements(index_id) if space else ("geometry",))
        if lacks:
            raise ValueError(f"Index '{index_id}' needs {', '.join(lacks)}, which this input does not provide.")
    groups, imputed = impute_groups(table, missing)
    single = [i for i in indices if index_kind(i) == SINGLE]
    multi = [i for i in indices if index_kind(i) == MULTI]
    frames = []
    for j, name in enumerate(table.group_names):  # one pass per group field, all regions at once
        prep = prepare_single(table, j, groups, imputed)
        local_space = space.subset(prep.keep) if space is not None else None
        with shared_intermediates():
            values = {i: _call(i, prep, local_space, atkinson_b) for i in single}
        frames.append(_frame(table, name, prep, prep.segments.sum(prep.x), values))
    if multi and table.n_groups >= 2:
        prep = prepare_multi(table, groups, imputed)
        local_space = space.subset(prep.keep) if space is not None else None
        with shared_intermediates():
            values = {i: _call(i, prep, local_space, atkinson_b, multigroup=True) for i in multi}
        frames.append(_frame(table, ALL_GROUPS, prep, None, values))
    result = pd.concat(frames, ignore_index=True)
    return result.reindex(columns=list(SUMMARY_COLUMNS) + indices)


def default_indices(space=None):
    """Every aspatial index, then the spatial and surface indices that ``space`` can compute."""
    if space is None:
        return list(ALL_IDS)
    extra = [i for i in SPATIAL_IDS + SURFACE_SEGREGATION_IDS if space.available(i)]
    return list(ALL_IDS) + extra


def _call(index_id, prep, space, atkinson_b, multigroup=False):
    with np.errstate(all="ignore"):
        if index_id in BY_ID:
            kwargs = {"b": atkinson_b} if index_id == "atkinson" else {}
            arrays = (prep.x,) if multigroup else (prep.x, prep.t)
            return BY_ID[index_id].function(*arrays, regions=prep.segments, **kwargs)
        counts = prep.x if multigroup else None
        return space.call(index_id, prep.x, prep.t, prep.segments, counts=counts, atkinson_b=atkinson_b)


def _frame(table, group, prep, group_population, values):
    total = prep.segments.sum(prep.t)
    frame = pd.DataFrame({
        "region": table.region_labels,
        "group": group,
        "n_units": prep.n_units,
        "n_dropped": prep.n_dropped,
        "dropped_population": prep.dropped_population,
        "total_population": total,
        "group_population": np.nan if group_population is None else group_population,
        "group_share": np.nan if group_population is None else _share(group_population, total),
        "n_imputed": prep.n_imputed,
    })
    for index_id, column in values.items():
        frame[index_id] = column
    return frame


def _share(part, whole):
    with np.errstate(all="ignore"):
        return np.where(whole > 0, part / np.where(whole > 0, whole, 1), np.nan)


def local_indices(table, missing=DROP):
    """Per-unit fields (``registry.LOCAL_FIELDS``), one row per unit in input order; NaN where dropped.

    Location quotients use each group against the total; the composition fields use all groups (or, with
    one group and a total, the group and the rest of the total). ``dropped`` is 1 for units left out.
    """
    groups, imputed = impute_groups(table, missing)
    n = table.n_units
    out = {}
    for j, name in enumerate(table.group_names):
        prep = prepare_single(table, j, groups, imputed)
        out[f"lq_{name}"] = _scatter(n, prep.keep, local.location_quotient(prep.x, prep.t, prep.segments))
    prep = prepare_multi(table, groups, imputed)
    with np.errstate(all="ignore"), shared_intermediates():
        composition = {
            "local_entropy": local.local_entropy(prep.x, prep.segments),
            "local_diversity": local.local_diversity(prep.x, prep.segments),
            "local_simpson_concentration": local.local_simpson_concentration(prep.x, prep.segments),
            "local_simpson_interaction": local.local_simpson_interaction(prep.x, prep.segments),
            "d_contribution": local.dissimilarity_contribution(prep.x, prep.segments),
            "m_contribution": local.mutual_information_contribution(prep.x, prep.segments),
        }
    for key, values in composition.items():
        out[key] = _scatter(n, prep.keep, values)
    out["dropped"] = (~prep.keep).astype(int)
    return pd.DataFrame(out)


def _scatter(n, keep, values):
    full = np.full(n, np.nan)
    full[keep] = np.ravel(values)
    return full
