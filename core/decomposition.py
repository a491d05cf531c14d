"""Decompositions: hierarchical between/within parts of M and H, and Shapley spatial/attribute parts of a difference.

1. ``mutual_information_decomposition``: the mutual information index M (natural log) of a table of units by
   groups splits exactly into the segregation *between* the units of nested levels (regions, municipalities
   within regions, ...) and the segregation *within* them (Theil & Finizza 1971; Mora & Ruiz-Castillo 2011;
   Elbers 2023, R package ``segregation``). Theil's H = M / E splits the same way.
2. ``shapley_decomposition``: the difference of a single-group index between two cities (or two years of one
   city) splits into a spatial and an attribute (compositional) part with counterfactual distributions and
   a Shapley decomposition (Rey, Cortes & Knaap 2021; PySAL ``segregation.decomposition.DecomposeSegregation``).

Pure numpy/scipy/pandas; all units and all higher-level units at once (``numpy.bincount`` through
``Segments``), no Python loop over units.
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy.stats import rankdata

from ._util import safe_div, xlogx
from .multigroup import mutual_information
from .registry import BY_ID, SINGLE, SINGLE_GROUP_IDS
from .segments import Segments

#: ``component`` values of the rows of ``mutual_information_decomposition``.
TOTAL, BETWEEN, WITHIN, UNIT = "total", "between", "within", "unit"

DECOMPOSITION_COLUMNS = ("component", "level", "unit", "parent", "population", "weight", "n_subunits", "entropy",
                         "within_M", "within_H", "subunit_M", "M", "H", "share")


# --- hierarchical decomposition of M and H ------------------------------------------------------------------

def mutual_information_decomposition(counts, levels, names=None, require_nesting=True):
    """Exact decomposition of M (and H = M / E) of ``counts`` into between- and within-parts of nested levels.

    ``counts``: [n, k] group counts of the n base units (k >= 2, unit total = sum of its groups; complete,
    non-negative: drop or impute missing values first, e.g. with ``missing.prepare_multi``).
    ``levels``: the labels of the higher levels, coarsest first: a list of n-long label arrays, a DataFrame
    (its columns, left to right) or a dict (name -> labels); e.g. ``[region, municipality]`` for postal areas
    within municipalities within regions. ``names``: level names (default: the DataFrame/dict keys, else
    ``level_1``, ``level_2`` ...). A unit of level l is identified by its labels on levels 1..l; labels are
    returned as text (numbers sort as numbers, as in ``Segments.from_labels``). With ``require_nesting``
    (default) every label of a level must lie in one unit of the level above (a municipality code under two
    regions is a data error and raises ``ValueError``); with False, labels are read as local to their parent
    (district "1" of two municipalities are two districts).

    Notation: T the population, E the entropy of the whole table (natural log); for a unit g of a level:
    T_g, weight w_g = T_g / T, W_g = M of the base units inside g (its *within* segregation, what
    ``mutual_information(counts, regions=...)`` gives for g) and B_g = M between its sub-units (the units of
    the next level inside g; for the finest level the base units, so B_g = W_g). Then M(l) = M of the table
    aggregated to level l, and the chain rule of mutual information (Theil & Finizza 1971; Mora &
    Ruiz-Castillo 2011) gives exactly

        M = M(l) + sum_{g in level l} w_g W_g                           for every level l,
        M = between(1) + between(2) + ... + between(L) + within,

    with between(1) = M(1), between(l) = M(l) - M(l-1) = sum_{g in level l-1} w_g B_g (the segregation
    between the units of level l inside their parents), within = sum_{g in level L} w_g W_g (between the base
    units inside the units of the finest level), and W_g = B_g + sum_{c child of g} (T_c / T_g) W_c.
    The H parts are the M parts divided by E (so they add up to H = M / E).

    Returns a tidy DataFrame with ``DECOMPOSITION_COLUMNS``:

    - ``component``: ``total`` (one row: M and H of the base units; ``n_subunits`` = n), ``between`` (one
      row per level, ``level`` = its name, ``n_subunits`` = its number of units), ``within`` (one row:
      inside the units of the finest level, ``level`` = its name), ``unit`` (one row per unit of every
      level, in level order, then by parent and label);
    - ``unit``, ``parent``: the labels of a unit row and of its parent (None on the top level and on the
      component rows);
    - ``population`` T_g (T on the component rows), ``weight`` w_g (1 on the total row, NaN on the between
      and within rows), ``n_subunits`` its number of sub-units (rows of the next level or base units),
      ``entropy`` E_g;
    - ``within_M`` W_g, ``within_H`` W_g / E_g (Theil's H inside g; NaN when E_g = 0), ``subunit_M`` B_g;
    - ``M``, ``H``: the row's additive part of the total: the component's value, and for a unit row its
      contribution w_g W_g (and w_g W_g / E); ``share`` = M / M_total.

    A unit without population has weight 0, contribution 0 and NaN within-values.
    """
    counts = _count_matrix(counts)
    n = len(counts)
    labels, names = _levels(levels, names, n)
    nodes = _nested_nodes(labels, names, require_nesting)

    with np.errstate(all="ignore"):
        population = float(counts.sum())
        if population <= 0:
            raise ValueError("The decomposition needs population: every count is 0.")
        E = float(_entropy(counts.sum(axis=0)[None, :])[0])
        M_total = float(mutual_information.raw(counts, Segments.single(n))[0])

        aggregated = [Segments(codes, len(own)).sum(counts) for codes, own, _, _ in nodes]
        children = [(aggregated[l + 1], nodes[l + 1][2]) for l in range(len(nodes) - 1)]
        children.append((counts, nodes[-1][0]))  # the finest level's sub-units are the base units

        rows = [_component_row(TOTAL, None, population, 1.0, n, E, M_total, E)]
        top = aggregated[0]
        between = [float(mutual_information.raw(top, Segments.single(len(top)))[0])]
        unit_frames = []
        for l, ((codes, own, parent, node_labels), table, (child_counts, child_parent)) in enumerate(
                zip(nodes, aggregated, children)):
            weight = table.sum(axis=1) / population
            within = mutual_information.raw(counts, Segments(codes, len(table)))  # NaN without population
            subunit = mutual_information.raw(child_counts, Segments(child_parent, len(table)))
            contribution = _weighted(weight, within)
            E_g = _entropy(table)
            parent_labels = (np.full(len(table), None, dtype=object) if parent is None
                             else np.asarray(nodes[l - 1][3], dtype=object)[parent])
            unit_frames.append(pd.DataFrame({
                "component": UNIT, "level": names[l], "unit": node_labels, "parent": parent_labels,
                "population": table.sum(axis=1), "weight": weight,
                "n_subunits": np.bincount(child_parent, minlength=len(table)), "entropy": E_g,
                "within_M": within, "within_H": safe_div(within, E_g), "subunit_M": subunit,
                "M": contribution, "H": contribution / E if E > 0 else np.nan}))
            if l + 1 < len(nodes):
                between.append(float(_weighted(weight, subunit).sum()))
            else:
                within_part = float(contribution.sum())

    for l, value in enumerate(between):
        rows.append(_component_row(BETWEEN, names[l], population, np.nan, len(aggregated[l]), E, value, E))
    rows.append(_component_row(WITHIN, names[-1], population, np.nan, n, E, within_part, E))
    frame = pd.concat([pd.DataFrame(rows)] + unit_frames, ignore_index=True)
    frame["share"] = frame["M"] / M_total if M_total > 0 else np.nan
    frame["n_subunits"] = frame["n_subunits"].astype(int)
    return frame.reindex(columns=list(DECOMPOSITION_COLUMNS))


def _weighted(weight, values):
    """w_g x value, 0 where the unit has no population (its value is NaN)."""
    return np.where(weight > 0, weight * np.where(np.isfinite(values), values, 0.0), 0.0)


def _component_row(component, level, population, weight, n_subunits, entropy, M, E):
    return {"component": component, "level": level, "unit": None, "parent": None, "population": population,
            "weight": weight, "n_subunits": n_subunits, "entropy": entropy, "within_M": np.nan,
            "within_H": np.nan, "subunit_M": np.nan, "M": M, "H": M / E if E > 0 else np.nan}


def _entropy(table):
    """Entropy (natural log) of each row's composition; NaN for a row without population."""
    T = table.sum(axis=1)
    P = safe_div(table, T[:, None])
    return np.where(T > 0, -xlogx(np.nan_to_num(P)).sum(axis=1), np.nan)


def _count_matrix(counts):
    counts = np.asarray(counts, dtype=float)
    if counts.ndim != 2 or counts.shape[1] < 2:
        raise ValueError("The M decomposition needs a count matrix [units x groups] with at least two group "
                         "columns (for one group against the rest: column_stack([x, t - x])).")
    if len(counts) == 0:
        raise ValueError("The M decomposition needs at least one unit; the count matrix is empty.")
    if not np.isfinite(counts).all():
        raise ValueError("The counts contain missing (NaN) or infinite values: drop or impute them first.")
    if (counts < 0).any():
        raise ValueError("The counts contain negative values.")
    return counts


def _levels(levels, names, n):
    if isinstance(levels, pd.DataFrame):
        default = [str(c) for c in levels.columns]
        arrays = [levels[c].to_numpy() for c in levels.columns]
    elif isinstance(levels, dict):
        default = [str(c) for c in levels]
        arrays = [np.asarray(v, dtype=object) for v in levels.values()]
    else:
        if levels is None or isinstance(levels, (str, bytes)):
            raise ValueError("levels must be a list of label arrays (coarsest first), a DataFrame or a dict.")
        arrays = list(levels)
        if arrays and np.ndim(arrays[0]) == 0:  # one flat label array given instead of a list of them
            arrays = [np.asarray(levels, dtype=object)]
        default = [f"level_{i + 1}" for i in range(len(arrays))]
    if not arrays:
        raise ValueError("levels is empty: give at least one level of labels (e.g. the region of each unit).")
    names = default if names is None else [str(v) for v in names]
    if len(names) != len(arrays):
        raise ValueError(f"{len(names)} level names for {len(arrays)} levels.")
    if len(set(names)) != len(names):
        raise ValueError(f"Level names must differ: {', '.join(names)}.")
    for name, labels in zip(names, arrays):
        if len(labels) != n:
            raise ValueError(f"Level '{name}' has {len(labels)} labels for {n} units.")
    return arrays, names


def _nested_nodes(labels, names, require_nesting):
    """Per level: (unit -> node code [n], node -> own label code, node -> parent node code or None, labels)."""
    nodes = []
    previous = None
    for name, values in zip(names, labels):
        seg, label_values = Segments.from_labels(values)
        if label_values and label_values[-1] is None:
            raise ValueError(f"Level '{name}' has missing labels in {int(seg.count()[-1])} units.")
        if previous is None:
            codes, own, parent = seg.codes, np.arange(seg.n_segments), None
        else:
            key = previous.astype(np.int64) * seg.n_segments + seg.codes
            unique, codes = np.unique(key, return_inverse=True)
            parent, own = unique // seg.n_segments, unique % seg.n_segments
            if require_nesting and len(np.unique(own)) < len(own):
                repeated = own[np.flatnonzero(np.diff(np.sort(own)) == 0)[0]]
                parents = np.asarray(nodes[-1][3], dtype=object)[parent[own == repeated]]
                raise ValueError(
                    f"Level '{name}' is not nested in level '{nodes[-1][4]}': '{label_values[repeated]}' lies in "
                    f"{', '.join(repr(str(p)) for p in parents)}. Fix the labels, or pass require_nesting=False "
                    f"to read the labels of '{name}' as local to their parent.")
        node_labels = np.asarray(label_values, dtype=object)[own]
        nodes.append((np.asarray(codes, dtype=np.intp), own, parent, node_labels, name))
        previous = np.asarray(codes, dtype=np.intp)
    return [(codes, own, parent, node_labels) for codes, own, parent, node_labels, _ in nodes]


# --- Shapley decomposition of a difference: spatial and attribute parts ---------------------------------------

#: Counterfactual approaches (PySAL ``segregation.inference.comparative.DUAL_SIMULATORS``).
COMPOSITION, SHARE, DUAL_COMPOSITION = "composition", "share", "dual_composition"
COUNTERFACTUALS = (COMPOSITION, SHARE, DUAL_COMPOSITION)


@dataclass(frozen=True)
class ShapleyDecomposition:
    """Spatial and attribute parts of ``difference`` = index(city 2) - index(city 1) = ``c_s`` + ``c_a``.

    ``value_1`` = G(S1, A1) and ``value_2`` = G(S2, A2) are the observed indices; ``value_s1_a2`` = G(S1, A2)
    is city 1's spatial structure with city 2's attribute distribution, ``value_s2_a1`` = G(S2, A1) the
    reverse. ``counterfactual_x1, counterfactual_t1`` (and ``_2``) are the counterfactual counts behind them.
    """

    index: str
    counterfactual: str
    value_1: float
    value_2: float
    value_s1_a2: float
    value_s2_a1: float
    c_s: float
    c_a: float
    counterfactual_x1: np.ndarray = field(repr=False)
    counterfactual_t1: np.ndarray = field(repr=False)
    counterfactual_x2: np.ndarray = field(repr=False)
    counterfactual_t2: np.ndarray = field(repr=False)

    @property
    def difference(self):
        """index(2) - index(1) = c_s + c_a."""
        return self.value_2 - self.value_1

    @property
    def spatial(self):
        return self.c_s

    @property
    def attribute(self):
        return self.c_a

    def as_dict(self):
        """The scalars, e.g. for one row of an output table."""
        return {"index": self.index, "counterfactual": self.counterfactual, "value_1": self.value_1,
                "value_2": self.value_2, "difference": self.difference, "c_s": self.c_s, "c_a": self.c_a,
                "value_s1_a2": self.value_s1_a2, "value_s2_a1": self.value_s2_a1}


def shapley_decomposition(x1, t1, x2, t2, index="dissimilarity", counterfactual=COMPOSITION, atkinson_b=0.5):
    """Split index(x2, t2) - index(x1, t1) into a spatial part c_s and an attribute part c_a (Shapley).

    Rey, S. J., Cortes, R. X. & Knaap, E. (2021), "Comparative spatial segregation analytics", Spatial
    Demography 9, 199-233; the method of PySAL's ``DecomposeSegregation`` (``segregation`` 2.5). ``index`` is
    any single-group aspatial index id (``registry.SINGLE_GROUP_IDS``); units with t = 0 have share 0.

    A city is a *spatial structure* S (its units, their totals and the rank order of the units) and an
    *attribute distribution* A (the distribution of a unit variable across units). A counterfactual city
    (S1, A2) keeps city 1's units and ranks but takes its values from city 2's distribution: unit i of city 1
    with percentile rank q_i (pandas ``rank(pct=True)``: average rank / n) gets the q_i-quantile of city 2's
    values (linear interpolation, pandas ``Series.quantile``); (S2, A1) likewise. Approaches:

    - ``composition``: the variable is the unit's group share p_i = x_i / t_i; x'_i = Q2(q_i) t_i and
      t'_i = t_i (unit totals kept, the city's group total changes);
    - ``share``: the variables are the unit's share of the group, x_i / X, and of the rest, (t_i - x_i) /
      (T - X); each counterfactual share is rescaled to sum to 1 and multiplied by the city's own X (T - X);
      t'_i = x'_i + y'_i (group totals kept, unit totals change);
    - ``dual_composition``: the group share p_i and the rest's share 1 - p_i are mapped separately,
      x'_i = Q2(q_i) t_i, y'_i = Q2'(q'_i) t_i, t'_i = x'_i + y'_i.

    With G(S, A) the index of a (counterfactual) city, the Shapley values of changing S1 -> S2 and A1 -> A2:

        c_s = 1/2 [(G(S2, A1) - G(S1, A1)) + (G(S2, A2) - G(S1, A2))]
        c_a = 1/2 [(G(S1, A2) - G(S1, A1)) + (G(S2, A2) - G(S2, A1))]

    so that c_s + c_a = G(S2, A2) - G(S1, A1) = index(2) - index(1) exactly. Sign convention: PySAL reports
    the parts of index(1) - index(2); its c_s and c_a for (index1, index2) are ours with the cities swapped,
    or ours negated (the construction is antisymmetric). E.g. Sacramento, PySAL
    ``DecomposeSegregation(Dissim(HISP), Dissim(BLACK))`` gives c_a = -0.1614, c_s = -0.0051, which is
    ``shapley_decomposition(x1=BLACK, t1=TOT_POP, x2=HISP, t2=TOT_POP)``.

    Returns a ``ShapleyDecomposition``.
    """
    if index not in BY_ID or BY_ID[index].kind != SINGLE:
        raise ValueError(f"Unknown single-group index '{index}' for the Shapley decomposition. "
                         f"Known: {', '.join(SINGLE_GROUP_IDS)}.")
    if counterfactual not in COUNTERFACTUALS:
        raise ValueError(f"Unknown counterfactual approach '{counterfactual}': use one of "
                         f"{', '.join(COUNTERFACTUALS)}.")
    x1, t1 = _single_set(x1, t1, "1")
    x2, t2 = _single_set(x2, t2, "2")
    cx1, ct1, cx2, ct2 = _SIMULATORS[counterfactual](x1, t1, x2, t2)
    kwargs = {"b": atkinson_b} if index == "atkinson" else {}
    function = BY_ID[index].function
    with np.errstate(all="ignore"):
        s1_a1 = function(x1, t1, **kwargs)
        s2_a2 = function(x2, t2, **kwargs)
        s1_a2 = function(cx1, ct1, **kwargs)
        s2_a1 = function(cx2, ct2, **kwargs)
    c_s = 0.5 * ((s2_a1 - s1_a1) + (s2_a2 - s1_a2))
    c_a = 0.5 * ((s1_a2 - s1_a1) + (s2_a2 - s2_a1))
    return ShapleyDecomposition(index, counterfactual, s1_a1, s2_a2, s1_a2, s2_a1, c_s, c_a, cx1, ct1, cx2, ct2)


def _single_set(x, t, name):
    x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
    if x.ndim != 1 or t.ndim != 1:
        raise ValueError(f"City {name}: group counts and totals must be one-dimensional arrays.")
    if len(x) != len(t):
        raise ValueError(f"City {name}: {len(x)} group counts but {len(t)} totals (lengths differ).")
    if len(x) == 0:
        raise ValueError(f"City {name} has no units.")
    if not (np.isfinite(x).all() and np.isfinite(t).all()):
        raise ValueError(f"City {name}: counts contain missing (NaN) or infinite values: drop or impute them first.")
    if (x < 0).any() or (t < 0).any():
        raise ValueError(f"City {name}: counts contain negative values.")
    if (x > t).any():
        raise ValueError(f"City {name}: a group count is larger than its unit's total "
                         f"(units {', '.join(map(str, np.flatnonzero(x > t)[:10]))}).")
    if t.sum() <= 0 or x.sum() <= 0 or x.sum() >= t.sum():
        raise ValueError(f"City {name}: the group must be present and not be the whole population "
                         f"(group {x.sum():g} of {t.sum():g}); the index is undefined.")
    return x, t


def _map_by_rank(values, target):
    """Each value replaced by the target distribution's quantile at its percentile rank (PySAL's mapping)."""
    q = rankdata(values, method="average") / len(values)
    return np.quantile(target, q)


def _fraction(num, den):
    """num / den with 0 where den is 0 (pandas ``(a / b).fillna(0)`` for 0 / 0)."""
    num, den = np.broadcast_arrays(np.asarray(num, float), np.asarray(den, float))
    out = np.zeros(num.shape)
    np.divide(num, den, out=out, where=den != 0)
    return out


def _sim_composition(x1, t1, x2, t2):
    p1, p2 = _fraction(x1, t1), _fraction(x2, t2)
    return _map_by_rank(p1, p2) * t1, t1.copy(), _map_by_rank(p2, p1) * t2, t2.copy()


def _sim_dual_composition(x1, t1, x2, t2):
    p1, p2 = _fraction(x1, t1), _fraction(x2, t2)
    r1, r2 = _fraction(t1 - x1, t1), _fraction(t2 - x2, t2)
    cx1, cx2 = _map_by_rank(p1, p2) * t1, _map_by_rank(p2, p1) * t2
    cy1, cy2 = _map_by_rank(r1, r2) * t1, _map_by_rank(r2, r1) * t2
    return cx1, cx1 + cy1, cx2, cx2 + cy2


def _sim_share(x1, t1, x2, t2):
    y1, y2 = t1 - x1, t2 - x2

    def rescaled(s_own, s_other, own_total):
        mapped = _map_by_rank(s_own, s_other)
        return _fraction(mapped, mapped.sum()) * own_total  # PySAL's correction term: shares sum to 1 again

    s1, s2 = _fraction(x1, x1.sum()), _fraction(x2, x2.sum())
    r1, r2 = _fraction(y1, y1.sum()), _fraction(y2, y2.sum())
    cx1, cx2 = rescaled(s1, s2, x1.sum()), rescaled(s2, s1, x2.sum())
    cy1, cy2 = rescaled(r1, r2, y1.sum()), rescaled(r2, r1, y2.sum())
    return cx1, cx1 + cy1, cx2, cx2 + cy2


_SIMULATORS = {COMPOSITION: _sim_composition, SHARE: _sim_share, DUAL_COMPOSITION: _sim_dual_composition}


def counterfactual_counts(x1, t1, x2, t2, counterfactual=COMPOSITION):
    """The counterfactual (x'_1, t'_1, x'_2, t'_2) of ``shapley_decomposition`` (city 1 with city 2's
    attribute distribution, and the reverse)."""
    if counterfactual not in COUNTERFACTUALS:
        raise ValueError(f"Unknown counterfactual approach '{counterfactual}': use one of "
                         f"{', '.join(COUNTERFACTUALS)}.")
    x1, t1 = _single_set(x1, t1, "1")
    x2, t2 = _single_set(x2, t2, "2")
    return _SIMULATORS[counterfactual](x1, t1, x2, t2)


def shapley_table(x1, t1, x2, t2, indices=("dissimilarity",), counterfactuals=(COMPOSITION,), atkinson_b=0.5):
    """``shapley_decomposition`` for several indices and approaches: one row per (index, approach) with the
    columns of ``ShapleyDecomposition.as_dict`` (``difference`` = index(2) - index(1) = c_s + c_a)."""
    if isinstance(indices, str):
        indices = [indices]
    if isinstance(counterfactuals, str):
        counterfactuals = [counterfactuals]
    rows = [shapley_decomposition(x1, t1, x2, t2, index=i, counterfactual=c, atkinson_b=atkinson_b).as_dict()
            for i in indices for c in counterfactuals]
    if not rows:
        raise ValueError("No index or no counterfactual approach given.")
    return pd.DataFrame(rows)
