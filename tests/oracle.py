"""Reference data for the core tests, and PySAL (``pysal/segregation``) as an independent oracle.

The readers need only GDAL's ``osgeo.ogr`` (Sacramento) and pandas (Paavo). PySAL is imported inside the
``pysal_*`` functions, so importing this module never needs it.
"""

import numpy as np
import pandas as pd
from osgeo import ogr

from conftest import PAAVO_CSV, SACRAMENTO_SHP

SACRAMENTO_GROUPS = ("WHITE_", "BLACK_", "ASIAN_", "HISP_")

#: Our index id -> PySAL class name. Same formula, sometimes another name (see the oracle tests).
PYSAL_SINGLE_GROUP = {
    "dissimilarity": "Dissim",
    "gini": "Gini",
    "entropy": "Entropy",
    "atkinson": "Atkinson",
    "isolation": "Isolation",
    "exposure": "Interaction",
    "correlation_ratio": "CorrelationR",
}
PYSAL_MULTIGROUP = {
    "multi_dissimilarity": "MultiDissim",
    "multi_gini": "MultiGini",
    "multi_information_theory": "MultiInfoTheory",
    "mutual_information": "MultiDivergence",
    "multi_normalized_exposure": "MultiNormExposure",
    "multi_relative_diversity": "MultiRelativeDiversity",
    "multi_squared_coefficient_of_variation": "MultiSquaredCoefVar",
    "simpson_concentration": "SimpsonsConcentration",
    "simpson_interaction": "SimpsonsInteraction",
    "diversity": "MultiDiversity",  # normalized=False (the default): natural-log entropy
}
#: Our local_indices field -> PySAL segregation.local class name (composition of all groups).
PYSAL_LOCAL = {
    "local_diversity": "MultiLocalDiversity",
    "local_entropy": "MultiLocalEntropy",
    "local_simpson_concentration": "MultiLocalSimpsonConcentration",
    "local_simpson_interaction": "MultiLocalSimpsonInteraction",
}

#: Paavo education, adults 18+: the five levels add up to ko_ika18y (basic only + four post-basic levels).
PAAVO_EDUCATION = ("ko_perus", "ko_yliop", "ko_ammat", "ko_al_kork", "ko_yl_kork")
PAAVO_CITIES = {"091": "Helsinki", "049": "Espoo", "837": "Tampere", "564": "Oulu"}


def read_sacramento(fields=("TOT_POP",) + SACRAMENTO_GROUPS):
    """Sacramento tract fields as float arrays, in file order (403 tracts)."""
    source = ogr.Open(str(SACRAMENTO_SHP))
    layer = source.GetLayer()
    rows = [[feature.GetField(name) for name in fields] for feature in layer]
    values = np.array(rows, dtype=float)
    return {name: values[:, j] for j, name in enumerate(fields)}


def read_paavo(cities=tuple(PAAVO_CITIES)):
    """Paavo rows of the given municipalities, every value as the raw text of the CSV ('' = NULL, '-1')."""
    frame = pd.read_csv(PAAVO_CSV, dtype=str, keep_default_na=False)
    return frame[frame["kunta"].isin(cities)].reset_index(drop=True)


def clean(frame, columns):
    """The rows where none of ``columns`` is NULL or -1, as floats: what a careful PySAL user would feed."""
    values = frame[list(columns)].replace("", np.nan).astype(float)
    keep = values.notna().all(axis=1) & (values != -1).all(axis=1)
    return values[keep].reset_index(drop=True)


def pysal_single(index_id, frame, group, total):
    """PySAL's statistic for one of our single-group ids on a DataFrame (one region)."""
    from segregation import singlegroup
    kwargs = {"b": 0.5} if index_id == "atkinson" else {}
    cls = getattr(singlegroup, PYSAL_SINGLE_GROUP[index_id])
    return float(cls(frame, group, total, **kwargs).statistic)


def pysal_multi(index_id, frame, groups):
    """PySAL's statistic for one of our multigroup ids on a DataFrame (one region)."""
    from segregation import multigroup
    cls = getattr(multigroup, PYSAL_MULTIGROUP[index_id])
    return float(cls(frame, list(groups)).statistic)


def pysal_local(name, frame, groups):
    """PySAL's per-unit statistics (``segregation.local``) for one region: [n] or, for LQ, [n, k]."""
    from segregation import local
    return np.asarray(getattr(local, name)(frame, list(groups)).statistics, dtype=float)
