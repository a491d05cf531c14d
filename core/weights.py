"""Sparse spatial weights: contiguity pairs, k nearest neighbours, distance bands, kernels, square grids.

Every builder returns a :class:`SpatialWeights`: a ``scipy.sparse.csr_matrix`` (float64, n x n, rows in
unit order, no explicit zeros) and a JSON-serialisable ``spec`` that says how it was made, so the spec
can be written into outputs. Memory is linear in the number of links: no n x n dense array is ever made
and no Python loop runs over units (only over a handful of grid offsets or query rounds).

Conventions (each builder's docstring gives its source):

- ``regions``: integer codes per unit (``Segments.codes``), a ``Segments``, or labels. When given, links
  join only units of the same region (city). Neighbour searches run in one k-d tree in which every
  region is moved far away from the others along a third axis, so "nearest" means nearest in the region.
- Distances are Euclidean in the units of the coordinates: give projected coordinates (metres).
- ``cardinalities`` and ``islands`` ignore the diagonal: a kernel's self-weight is not a neighbour.
- Kernels follow ``libpysal.weights.Kernel`` (Anselin & Rey 2010, table 5.4) formula for formula; see
  :func:`kernel` for the few places where this module deliberately differs.
- GAL and GWT files follow GeoDa / PySAL (``libpysal.io.iohandlers.gal`` and ``gwt``); ids are text.
"""

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from ._util import positive_number
from .segments import Segments

#: Kernel functions by canonical name; ``KERNEL_ALIASES`` maps other names to them.
KERNELS = ("triangular", "uniform", "epanechnikov", "quartic", "gaussian")
KERNEL_ALIASES = {"quadratic": "epanechnikov", "bisquare": "quartic", "biweight": "quartic"}
#: libpysal's ``Kernel(eps=...)``: the k-th neighbour distance is stretched by this factor so that the
#: k-th neighbour keeps a (tiny) positive weight.
LIBPYSAL_EPS = 1.0000001
#: Units per k-d tree query block: bounds the scratch arrays (block x candidates) of neighbour searches.
QUERY_BLOCK = 65_536
#: How many unit indices an error message lists before "... and N more".
MAX_IN_MESSAGE = 10


# --------------------------------------------------------------------------------------------------------
# The weights object
# --------------------------------------------------------------------------------------------------------

@dataclass
class SpatialWeights:
    """Sparse spatial weights W (n x n, w_ij = weight of unit j for unit i) and the spec that made them.

    Source: the W of Anselin (1988), *Spatial Econometrics*, ch. 3; stored like ``libpysal.weights.WSP``.
    """

    sparse: sp.csr_matrix
    spec: dict = field(default_factory=dict)

    def __post_init__(self):
        """Canonical form: csr float64, square, duplicates summed, zeros dropped, sorted indices."""
        self.sparse = _canonical_csr(self.sparse)
        self.spec = _jsonable(dict(self.spec))

    @property
    def n(self):
        """Number of units."""
        return self.sparse.shape[0]

    @property
    def n_links(self):
        """Number of non-zero off-diagonal weights (directed links)."""
        return int(self.cardinalities.sum())

    @property
    def diagonal(self):
        """The self-weights w_ii (zeros for most weights; a kernel's K(0))."""
        return self.sparse.diagonal()

    @property
    def cardinalities(self):
        """Neighbours per unit, the unit itself not counted (libpysal ``W.cardinalities`` minus self)."""
        return np.diff(self.sparse.indptr) - (self.diagonal != 0)

    @property
    def islands(self):
        """Indices of units without a neighbour other than themselves (libpysal ``W.islands``)."""
        return np.flatnonzero(self.cardinalities == 0)

    def row_standardised(self):
        """New weights with rows summing to 1 (libpysal ``transform='r'``); zero rows stay zero."""
        matrix = self.sparse.copy()
        sums = np.asarray(matrix.sum(axis=1)).ravel()
        scale = np.divide(1.0, sums, out=np.zeros_like(sums), where=sums != 0)
        matrix.data *= np.repeat(scale, np.diff(matrix.indptr))
        return self._derived(matrix, row_standardised=True)

    def is_symmetric(self, rtol=1e-12):
        """True when |w_ij - w_ji| <= rtol * max |w| for all pairs (libpysal ``W.asymmetry``)."""
        if self.sparse.nnz == 0:
            return True
        difference = abs(self.sparse - self.sparse.T)
        return bool(difference.nnz == 0 or difference.max() <= rtol * abs(self.sparse).max())

    def n_components(self):
        """Number of connected components, links taken as undirected (scipy ``connected_components``)."""
        return int(connected_components(self.sparse, directed=True, connection="weak")[0])

    def component_labels(self):
        """Connected component (0, 1, ...) of every unit, links taken as undirected."""
        return connected_components(self.sparse, directed=True, connection="weak")[1]

    def summary(self):
        """Plain dict: n, n_links, mean/min/max neighbours, islands, components, symmetry, spec."""
        cards = self.cardinalities
        islands = self.islands
        return {
            "n": self.n, "n_links": int(cards.sum()),
            "mean_neighbours": float(cards.mean()) if self.n else 0.0,
            "min_neighbours": int(cards.min()) if self.n else 0,
            "max_neighbours": int(cards.max()) if self.n else 0,
            "n_islands": len(islands), "islands": islands.tolist(),
            "n_components": self.n_components(), "symmetric": self.is_symmetric(),
            "spec": dict(self.spec),
        }

    def restrict_to_regions(self, codes):
        """Drop links between units of different regions (cities): w_ij = 0 unless region_i = region_j."""
        codes = _region_codes(codes, self.n)
        coo = self.sparse.tocoo()
        keep = codes[coo.row] == codes[coo.col]
        matrix = sp.csr_matrix((coo.data[keep], (coo.row[keep], coo.col[keep])), shape=coo.shape)
        return self._derived(matrix, within_regions=True, **self._standardisation_lost())

    def subset(self, mask):
        """Weights among the units where ``mask`` is true (or the given indices), in their order."""
        mask = np.asarray(mask)
        if mask.dtype == bool and mask.shape != (self.n,):
            raise ValueError(f"a boolean mask needs one value per unit ({self.n}), got shape {mask.shape}")
        index = np.flatnonzero(mask) if mask.dtype == bool else _check_indices(mask, self.n, "subset")
        matrix = self.sparse[index][:, index]
        return self._derived(matrix, subset_of=self.n, **self._standardisation_lost())

    def _derived(self, matrix, **spec_changes):
        """New weights from ``matrix`` with this spec, updated (and n kept right)."""
        spec = dict(self.spec)
        spec.update(spec_changes)
        if "n" in spec:
            spec["n"] = matrix.shape[0]
        return SpatialWeights(matrix, spec)

    def _standardisation_lost(self):
        """Row standardisation does not survive dropping links: say so in the spec."""
        if not self.spec.get("row_standardised"):
            return {}
        notes = list(self.spec.get("notes", [])) + ["links dropped after row standardisation: rows may "
                                                    "no longer sum to 1"]
        return {"row_standardised": False, "notes": notes}


# --------------------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------------------

def from_pairs(i, j, n, values=None, symmetric=True, spec=None, regions=None, duplicates="max"):
    """Contiguity weights from neighbour pairs (i, j), e.g. found with GEOS (Anselin 1988, ch. 3).

    ``values`` (default 1) are the weights, e.g. shared boundary lengths for Wong's D(w); a value of 0
    drops the pair. With ``symmetric`` each pair also links j to i, and (i, j) and (j, i) count as the
    same pair. Pairs given more than once are merged by ``duplicates``: 'max', 'sum' or 'error'.
    """
    n = _check_count(n)
    i, j = _check_indices(i, n, "i"), _check_indices(j, n, "j")
    if len(i) != len(j):
        raise ValueError(f"i and j must have the same length, got {len(i)} and {len(j)}")
    values = np.ones(len(i)) if values is None else _check_values(values, len(i))
    self_pairs = np.flatnonzero(i == j)
    if len(self_pairs):
        raise ValueError(f"a unit cannot be its own neighbour: pairs at positions {_listing(self_pairs)}")
    if symmetric:
        i, j = np.minimum(i, j), np.maximum(i, j)
    i, j, values = _merge_duplicates(i, j, values, n, duplicates)
    if symmetric:
        i, j, values = np.concatenate([i, j]), np.concatenate([j, i]), np.concatenate([values, values])
    base = {"type": "contiguity", "symmetric_input": bool(symmetric), "weighted": bool(np.any(values != 1))}
    base.update(spec or {})
    return _assemble(i, j, values, n, base, regions)


def knn(points, k, regions=None):
    """k nearest neighbours, binary, asymmetric (libpysal.weights.KNN; cKDTree; Anselin 1988).

    Ties at the k-th distance are broken by the lower unit index. Coincident points (distance 0) are
    neighbours. When a region has k or fewer units, its units get all the others of the region (k is
    clamped to the region's size - 1; the spec says where) and a unit alone in its region is an island.
    """
    points = _check_points(points)
    k = _check_k(k)
    codes = _region_codes(regions, len(points))
    rows, cols, _, found, _ = _nearest(points, codes, k, ties=False)
    spec = {"type": "knn", "k": k, "binary": True, "within_regions": codes is not None}
    spec.update(_clamp_note(k, found))
    return _assemble(rows, cols, np.ones(len(rows)), len(points), spec, None)


def distance_band(points, threshold, binary=True, alpha=-1.0, regions=None):
    """Units within ``threshold`` (d_ij <= threshold): binary or d_ij**alpha (libpysal.weights.DistanceBand).

    Coincident points are neighbours with binary weights (libpysal drops them); with inverse-distance
    weights d**alpha would be infinite, so they raise ValueError naming the units.
    """
    points = _check_points(points)
    threshold = positive_number(threshold, "threshold")
    alpha = float(alpha)
    if not math.isfinite(alpha):
        raise ValueError(f"alpha must be a finite number, got {alpha}")
    codes = _region_codes(regions, len(points))
    rows, cols, d = _symmetric_pairs_within(points, codes, threshold)
    if binary:
        values = np.ones(len(d))
    else:
        _refuse_coincident(rows, cols, d, "inverse-distance weights d**alpha")
        values = d ** alpha
    spec = {"type": "distance_band", "threshold": threshold, "binary": bool(binary),
            "alpha": None if binary else alpha, "within_regions": codes is not None}
    return _assemble(rows, cols, values, len(points), spec, None)


def kernel(points, function="triangular", bandwidth=None, k=None, regions=None, diagonal=True, fixed=None,
           eps=LIBPYSAL_EPS):
    """Kernel weights w_ij = K(d_ij / h_i) for d_ij <= h_i (libpysal.weights.Kernel; Anselin & Rey 2010).

    K(z): triangular 1 - z; uniform 1/2; epanechnikov (= libpysal 'quadratic') 3/4 (1 - z^2);
    quartic (= bisquare) 15/16 (1 - z^2)^2; gaussian (2 pi)^(-1/2) exp(-z^2 / 2), truncated at the
    bandwidth exactly as in libpysal (no weight beyond h_i, no renormalisation).

    Bandwidth: ``bandwidth`` = a fixed distance h (used as given). ``k`` = adaptive, h_i = eps * the
    distance to unit i's k-th nearest other unit (libpysal ``Kernel(fixed=False, k=k)``); with
    ``fixed=True`` and ``k``, one h = eps * the largest such distance (libpysal's default ``fixed=True``).

    ``diagonal``: True = self-weight K(0) (libpysal's default ``diagonal=False``); False = no self-link;
    a number = that self-weight (1.0 = libpysal ``diagonal=True`` and ``fill_diagonal``, as PySAL's
    ``segregation`` uses).

    Deliberate differences from libpysal: a unit exactly at distance h gets K(1), which is 0 for the
    triangular, Epanechnikov and quartic kernels and is then not stored (libpysal stores explicit
    zeros); with adaptive bandwidths, units tied with the k-th neighbour are all neighbours (libpysal
    takes k of them in k-d tree order). An adaptive h_i of 0 (k or more units on top of unit i) raises.
    """
    points = _check_points(points)
    name = _kernel_name(function)
    self_weight = _self_weight(diagonal, name)
    eps = positive_number(eps, "eps")
    codes = _region_codes(regions, len(points))
    adaptive, h = _bandwidth_mode(bandwidth, k, fixed)
    spec = {"type": "kernel", "kernel": name, "fixed": not adaptive, "k": None if k is None else int(k),
            "eps": None if k is None else eps, "diagonal": "none" if self_weight is None else self_weight,
            "within_regions": codes is not None}
    if k is not None:
        rows, cols, d, found, reach = _nearest(points, codes, _check_k(k), ties=True)
        h = eps * reach  # libpysal Kernel._set_bw: eps times the k-th neighbour distance
        spec.update(_clamp_note(int(k), found))
    if adaptive:
        z = d / _check_adaptive_bandwidths(h)[rows]
        spec.update(bandwidth=None, bandwidth_min=_nanstat(np.nanmin, h), bandwidth_max=_nanstat(np.nanmax, h))
    else:
        h = positive_number(np.nanmax(h) if np.ndim(h) else h, "bandwidth")
        rows, cols, d = _symmetric_pairs_within(points, codes, h)
        z = d / h
        spec.update(bandwidth=h)
    rows, cols, values = _with_diagonal(rows, cols, kernel_values(name, z), len(points), self_weight)
    return _assemble(rows, cols, values, len(points), spec, None)


def detect_grid(points, rel_tol=1e-6):
    """Cell size of a regular square grid whose cell centres are ``points``, or None (not a grid).

    The step is the smallest spacing between distinct x or y values, refined by least squares and
    rounded to 3 more digits than rel_tol resolves; every centre must lie within rel_tol * cell of the
    lattice, with the same step in x and y. Source:
    regular lattices as in libpysal.weights.lat2W; Statistics Finland's 250 m / 1 km grid cells.
    """
    points = _check_points(points)
    if len(points) < 2:
        return None
    step = _smallest_step(points, rel_tol)
    if step is None:
        return None
    index = np.rint((points - points.min(axis=0)) / step)
    if index.max() > 1e9:
        return None
    fitted = _fitted_step(points, index)
    digits = 3 + math.ceil(-math.log10(rel_tol)) if 0 < rel_tol < 1 else 12
    for candidate in (float(f"{fitted:.{digits}g}"), fitted):  # a round step (250, not 250.0000000001)
        if _on_lattice(points, index, candidate, rel_tol):
            break
    else:
        return None
    if len(np.unique(_cell_keys(index.astype(np.int64)))) != len(points):
        return None  # two centres in one cell: not a grid of cells
    return float(candidate)


def _on_lattice(points, index, step, rel_tol):
    """True when every point lies within rel_tol * step of origin + index * step."""
    residual = points - points.min(axis=0) - index * step
    return step > 0 and np.abs(residual).max() <= rel_tol * step


def grid(points, cell_size=None, contiguity="queen", regions=None, rel_tol=1e-6):
    """Rook or queen contiguity of square grid cells from their centres, by hashing cell indices.

    No geometry predicates: centres -> integer (column, row), neighbours by searching the sorted cell
    keys for the 4 (rook) or 8 (queen) offsets; O(n log n). Equals libpysal.weights.lat2W
    (``rook=True`` / ``rook=False``) on a full rectangle. ``cell_size=None`` detects it (detect_grid).
    """
    points = _check_points(points)
    if contiguity not in ("queen", "rook"):
        raise ValueError(f"contiguity must be 'queen' or 'rook', got {contiguity!r}")
    cell = _grid_cell_size(points, cell_size, rel_tol)
    index = _grid_index(points, cell or 1.0, rel_tol)
    i, j = _lattice_pairs(index, contiguity)
    spec = {"type": "grid", "contiguity": contiguity, "cell_size": cell, "binary": True,
            "origin": None if cell is None else (points.min(axis=0) - cell / 2).tolist()}
    return _assemble(np.concatenate([i, j]), np.concatenate([j, i]), np.ones(2 * len(i)), len(points),
                     spec, regions)


def grid_boundary_lengths(points, cell_size=None, regions=None, rel_tol=1e-6):
    """Shared boundary length of rook-adjacent grid cells (= the cell size), the w_ij of Wong's D(w).

    Source: Wong 1993 (boundary-length weights); cells as in :func:`grid`. Queen (corner) neighbours
    share no boundary and are absent.
    """
    w = grid(points, cell_size, "rook", regions, rel_tol)
    matrix = w.sparse * w.spec["cell_size"]
    spec = dict(w.spec, type="grid_boundary_lengths", binary=False, values="shared boundary length")
    return SpatialWeights(matrix, spec)


def attach_knn_to_islands(w, points, k=1, regions=None, value=1.0):
    """Link every island to its k nearest units, both ways, with weight ``value`` (libpysal attach_islands).

    Other units keep their links. With ``regions`` the nearest units are sought in the island's region;
    a unit alone in its region stays an island. The spec records the k and the islands linked.
    """
    points = _check_points(points)
    if len(points) != w.n:
        raise ValueError(f"{len(points)} points for weights of {w.n} units")
    k = _check_k(k)
    value = positive_number(value, "value")
    islands = w.islands
    codes = _region_codes(regions, w.n)
    rows, cols, _, _, _ = _nearest(points, codes, k, ties=False, query=islands)
    added = sp.csr_matrix((np.full(2 * len(rows), value), (np.concatenate([rows, cols]),
                                                           np.concatenate([cols, rows]))), shape=w.sparse.shape)
    merged = w.sparse.maximum(added)
    spec = {"islands_attached": {"k": k, "value": value, "units": islands.tolist(),
                                 "within_regions": codes is not None}}
    return w._derived(merged, **spec, **w._standardisation_lost())


# --------------------------------------------------------------------------------------------------------
# GAL / GWT exchange files (GeoDa, PySAL)
# --------------------------------------------------------------------------------------------------------

def write_gal(w, path, ids, shapefile_name="", id_name=""):
    """Write binary neighbour lists in GAL format (GeoDa; libpysal.io.iohandlers.gal).

    Header "n" (PySAL), or GeoDa's "0 n shapefile id_name" when either name is given. Then per unit a
    line "id count" and a line of its neighbours' ids (empty for an island). Weights' values are not
    stored: GAL is binary.
    """
    names = _id_text(ids, w.n)
    header = f"0 {w.n} {_header_word(shapefile_name)} {_header_word(id_name)}\n" \
        if (shapefile_name or id_name) else f"{w.n}\n"
    csr = w.sparse
    counts = np.diff(csr.indptr)
    slots = 1 + np.maximum(counts, 1)              # a head line, then the neighbour tokens (or a "\n")
    start = np.cumsum(slots) - slots
    pieces = np.full(int(slots.sum()), "\n", dtype=object)
    pieces[start] = names + " " + counts.astype(str).astype(object) + "\n"
    row = np.repeat(np.arange(w.n), counts)
    position = start[row] + 1 + (np.arange(csr.nnz) - csr.indptr[row])
    last = np.zeros(csr.nnz, dtype=bool)
    last[csr.indptr[1:][counts > 0] - 1] = True
    pieces[position] = names[csr.indices] + np.where(last, "\n", " ").astype(object)
    _write_text(path, header + "".join(pieces.tolist()))


def read_gal(path, ids=None):
    """Read a GAL file (PySAL's "n" or GeoDa's "0 n shapefile id" header) -> (SpatialWeights, ids).

    Rows follow ``ids`` when given (the file must hold exactly these ids), else the file's order.
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].split():
        raise ValueError(f"{path}: empty GAL file")
    header = lines[0].split()
    n = _header_count(header[1] if len(header) > 1 else header[0], path)
    body = lines[1:1 + 2 * n] + [""] * max(0, 2 * n - len(lines) + 1)
    heads = pd.Series(body[0::2], dtype=object).str.split()
    if (heads.str.len() != 2).any():
        bad = np.flatnonzero((heads.str.len() != 2).to_numpy())
        raise ValueError(f"{path}: unit lines must read 'id count'; not so for units at {_listing(bad)}")
    file_ids = heads.str[0].to_numpy(dtype=object)
    counts = _parse_counts(heads.str[1], path)
    neighbours = pd.Series(body[1::2], dtype=object).str.split()
    mismatch = np.flatnonzero(neighbours.str.len().to_numpy() != counts)
    if len(mismatch):
        raise ValueError(f"{path}: neighbour count differs from the list for ids {_listing(file_ids[mismatch])}")
    order_ids, position = _id_positions(file_ids, ids, path)
    tokens = np.array(" ".join(body[1::2]).split(), dtype=object)
    rows = np.repeat(position, counts)
    cols = _lookup(order_ids, tokens, path)
    spec = {"type": "gal", "source": Path(path).name, "binary": True}
    if len(header) >= 4:
        spec.update(shapefile=header[2], id_name=header[3])
    return _assemble(rows, cols, np.ones(len(rows)), len(order_ids), spec, None), list(order_ids)


def write_gwt(w, path, ids, shapefile_name="", id_name=""):
    """Write weights as GWT lines "id_i id_j w_ij" under the header "0 n shapefile id_name".

    Source: GeoDa's GWT, libpysal.io.iohandlers.gwt (which writes 6 significant digits; this writes
    full precision). Empty names become "Unknown" as in libpysal (its reader needs four header words).
    Islands have no line: read the file back with ``ids`` to keep them.
    """
    names = _id_text(ids, w.n)
    coo = w.sparse.tocoo()
    values = np.array(list(map(repr, coo.data.tolist())), dtype=object)  # shortest text that reads back exactly
    lines = names[coo.row] + " " + names[coo.col] + " " + values + "\n"
    header = f"0 {w.n} {_header_word(shapefile_name)} {_header_word(id_name)}\n"
    _write_text(path, header + "".join(lines.tolist()))


def read_gwt(path, ids=None):
    """Read a GWT (or KWT) file -> (SpatialWeights, ids); source: GeoDa, libpysal.io.iohandlers.gwt.

    Without ``ids`` the units are the ids in order of first appearance (as libpysal); units without any
    line (islands) cannot be known then, and the spec notes it when the header counts more. GeoDa's
    distance GWT files hold distances, not inverse distances: the values are kept as in the file.
    """
    text = Path(path).read_text(encoding="utf-8")
    header, _, body = text.partition("\n")
    words = header.split()
    if len(words) < 2:
        raise ValueError(f"{path}: GWT header must read '0 n shapefile id_name', got {header!r}")
    n = _header_count(words[1], path)
    tokens = np.array(body.split(), dtype=object)
    if len(tokens) % 3:
        raise ValueError(f"{path}: every GWT line must read 'id_i id_j weight'")
    links = tokens.reshape(-1, 3)
    values = _parse_floats(links[:, 2], path)
    known = pd.unique(np.concatenate([links[:, 0], links[:, 1]])) if ids is None else None
    order_ids, _ = _id_positions(known, ids, path, expected_n=None if ids is None else n)
    rows, cols = _lookup(order_ids, links[:, 0], path), _lookup(order_ids, links[:, 1], path)
    _refuse_duplicate_links(rows, cols, order_ids, path)
    spec = {"type": "gwt", "source": Path(path).name, "shapefile": words[2] if len(words) > 2 else "",
            "id_name": words[3] if len(words) > 3 else ""}
    if len(order_ids) != n:
        spec["notes"] = [f"header counts {n} units but only {len(order_ids)} ids have links; pass ids= "
                         "to keep units without links (islands)"]
    return _assemble(rows, cols, values, len(order_ids), spec, None), list(order_ids)


# --------------------------------------------------------------------------------------------------------
# Neighbour searches (cKDTree)
# --------------------------------------------------------------------------------------------------------

def _search_points(points, codes, radius=0.0):
    """Coordinates for the k-d tree: with regions, region r moves to z = r * offset, far from the others.

    The offset exceeds every within-region distance and the search radius, so no search crosses
    regions; within a region dz = 0 exactly, so distances equal the 2-D ones bit for bit.
    """
    if codes is None:
        return points
    span = float(np.hypot(*np.ptp(points, axis=0)))
    offset = math.ceil(2.0 * (span + radius) + 1.0)
    return np.column_stack([points, codes * float(offset)])


def _symmetric_pairs_within(points, codes, radius):
    """Both directions of every pair with d_ij <= radius in the same region, and distances (query_pairs)."""
    tree = cKDTree(_search_points(points, codes, radius))
    pairs = tree.query_pairs(radius, output_type="ndarray")
    i, j = pairs[:, 0].astype(np.intp), pairs[:, 1].astype(np.intp)
    if codes is not None:
        same = codes[i] == codes[j]
        i, j = i[same], j[same]
    d = _distance(points, i, j)
    return np.concatenate([i, j]), np.concatenate([j, i]), np.concatenate([d, d])


def _distance(points, i, j):
    """Euclidean distances of pairs, computed as cKDTree does (sqrt of the summed squares)."""
    delta = points[i] - points[j]
    return np.sqrt((delta * delta).sum(axis=1))


def _nearest(points, codes, k, ties, query=None):
    """Each query unit's k nearest other units in its region: (rows, cols, distances, found, reach).

    Candidates are ordered by (distance, index). ``ties=False`` keeps exactly k (lower index wins a tie);
    ``ties=True`` also keeps every unit at the k-th distance. Rows whose k-th distance might be tied
    beyond the fetched candidates are fetched again with twice as many (a loop over rounds, not units).
    ``found`` counts the neighbours kept per query unit, ``reach`` is the farthest one's distance (NaN
    when none): the k-th neighbour distance, or less when the region has k or fewer other units.
    """
    tree = cKDTree(_search_points(points, codes))
    query = np.arange(tree.n) if query is None else np.asarray(query, dtype=np.intp)
    in_leaf_order = _leaf_order(tree, query)          # nearby queries together: far fewer cache misses
    query = query[in_leaf_order]
    count = min(k + 2 + k // 2, tree.n)               # self, k, and room for ties (common on grids)
    pending = np.arange(len(query))
    found, reach = np.zeros(len(query), dtype=np.intp), np.full(len(query), np.nan)
    parts = []
    while len(pending):
        again = []
        for block in np.array_split(pending, -(-len(pending) // QUERY_BLOCK)):  # bounded scratch memory
            me = query[block]
            d, j, keep, complete = _nearest_round(tree, me, count, codes, k, ties)
            r, c = np.nonzero(keep)
            parts.append((me[r], j[r, c], d[r, c]))
            found[block[complete]] = keep[complete].sum(axis=1)
            reach[block[complete]] = np.where(keep, d, -np.inf)[complete].max(axis=1, initial=-np.inf)
            again.append(block[~complete])
        pending = np.concatenate(again)
        count = min(2 * count, tree.n)
    reach[found == 0] = np.nan
    found[in_leaf_order], reach[in_leaf_order] = found.copy(), reach.copy()  # back to the callers' order
    rows, cols, dist = (np.concatenate(p) for p in zip(*parts)) if parts else (np.array([], np.intp),) * 3
    return (rows.astype(np.intp, copy=False), cols.astype(np.intp, copy=False),
            dist.astype(float, copy=False), found, reach)


def _leaf_order(tree, query):
    """Permutation putting query units in the k-d tree's leaf order (spatially coherent)."""
    leaf_rank = np.empty(tree.n, dtype=np.intp)
    leaf_rank[tree.indices] = np.arange(tree.n)
    return np.argsort(leaf_rank[query])


def _nearest_round(tree, me, count, codes, k, ties):
    """One fetch of ``count`` candidates: (d, j, kept candidates, rows whose answer is complete).

    A row is complete when its k-th distance is below the last candidate's (no tie can hide beyond),
    when the last candidate lies in another region (all of the region was seen), or when every unit
    was fetched.
    """
    n = tree.n
    d, j = _query_sorted(tree, me, count)
    valid = (j < n) & (j != me[:, None])
    if codes is not None:
        valid &= codes[np.minimum(j, n - 1)] == codes[me][:, None]
    rank = np.cumsum(valid, axis=1)
    kth = np.where(rank[:, -1] >= k, d[np.arange(len(me)), np.argmax(rank >= k, axis=1)], np.inf)
    last_outside = ~valid[:, -1] & (j[:, -1] != me)
    complete = (count >= n) | last_outside | (kth < d[:, -1])
    keep = valid & ((d <= kth[:, None]) if ties else (rank <= k)) & complete[:, None]
    return d, j, keep, complete


def _query_sorted(tree, me, count):
    """``tree.query`` of units ``me`` for ``count`` neighbours, columns sorted by (distance, index)."""
    d, j = _parallel_query(tree, tree.data[me], count)
    d, j = d.reshape(len(me), -1), j.reshape(len(me), -1)
    order = np.lexsort((j, d), axis=-1)
    return np.take_along_axis(d, order, axis=1), np.take_along_axis(j, order, axis=1)


def _parallel_query(tree, x, count):
    """cKDTree.query on all cores (``workers`` exists since scipy 1.6; older scipy runs one thread)."""
    try:
        return tree.query(x, k=count, workers=-1)
    except TypeError:
        return tree.query(x, k=count)


def _clamp_note(k, found):
    """Spec entries saying where k exceeded the units available in a region."""
    short = found < k
    if not short.any():
        return {}
    return {"k_clamped_units": int(short.sum()), "k_effective_min": int(found.min()),
            "notes": [f"k={k} exceeds the other units of the region for {int(short.sum())} units: they got "
                      f"all the others (k clamped to the region's size - 1; "
                      f"{int((found == 0).sum())} units alone in their region are islands)"]}


# --------------------------------------------------------------------------------------------------------
# Kernels
# --------------------------------------------------------------------------------------------------------

def _kernel_name(function):
    """Canonical kernel name; ValueError for an unknown one."""
    name = str(function).lower()
    name = KERNEL_ALIASES.get(name, name)
    if name not in KERNELS:
        raise ValueError(f"unknown kernel {function!r}; choose one of {', '.join(KERNELS)} "
                         f"(aliases: {', '.join(KERNEL_ALIASES)})")
    return name


def kernel_values(name, z):
    """K(z) for 0 <= z <= 1, written as in libpysal.weights.Kernel._eval_kernel (Anselin & Rey 2010)."""
    z = np.asarray(z, dtype=float)
    if name == "triangular":
        return 1 - z
    if name == "uniform":
        return np.ones(z.shape) * 0.5
    if name == "epanechnikov":
        return (3.0 / 4) * (1 - z ** 2)
    if name == "quartic":
        return (15.0 / 16) * (1 - z ** 2) ** 2
    return (np.pi * 2) ** (-0.5) * np.exp(-(z ** 2) / 2.0)


def _self_weight(diagonal, name):
    """The diagonal value: K(0) for True, None (no self-link) for False, else the number given."""
    if isinstance(diagonal, (bool, np.bool_)):
        return float(kernel_values(name, np.zeros(1))[0]) if diagonal else None
    value = float(diagonal)
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"diagonal must be True, False or a non-negative number, got {diagonal!r}")
    return value or None


def _with_diagonal(rows, cols, values, n, self_weight):
    """Add w_ii = self_weight for every unit (replacing K(d_ii) links, which searches never return)."""
    if self_weight is None:
        return rows, cols, values
    units = np.arange(n)
    return (np.concatenate([rows, units]), np.concatenate([cols, units]),
            np.concatenate([values, np.full(n, self_weight)]))


def _bandwidth_mode(bandwidth, k, fixed):
    """(adaptive?, fixed h or None) from the bandwidth / k / fixed arguments."""
    if (bandwidth is None) == (k is None):
        raise ValueError("give either bandwidth (a fixed distance) or k (bandwidth from the k-th nearest "
                         "neighbour), not both or neither")
    if bandwidth is not None:
        if fixed is False:
            raise ValueError("a bandwidth distance is fixed: use k for adaptive bandwidths")
        if np.ndim(bandwidth):
            raise ValueError("bandwidth must be one distance; use k for adaptive bandwidths")
        return False, positive_number(bandwidth, "bandwidth")
    return not fixed, None


def _check_adaptive_bandwidths(h):
    """Adaptive bandwidths must be positive: h_i = 0 means k or more units coincide with unit i."""
    zero = np.flatnonzero(h == 0)
    if len(zero):
        raise ValueError(f"adaptive bandwidth 0 for units {_listing(zero)}: k or more other units lie on "
                         "top of each of them; raise k or merge coincident units")
    return h


def _nanstat(func, values):
    """func over the finite values as a float, or None when there are none."""
    finite = values[np.isfinite(values)]
    return float(func(finite)) if len(finite) else None


# --------------------------------------------------------------------------------------------------------
# Grids
# --------------------------------------------------------------------------------------------------------

def _smallest_step(points, rel_tol):
    """Smallest spacing between distinct x (or y) values above the noise level, or None."""
    scale = max(float(np.ptp(points, axis=0).max()), 1e-300)
    steps = []
    for axis in range(2):  # two axes, not units
        gaps = np.diff(np.unique(points[:, axis]))
        gaps = gaps[gaps > rel_tol * scale]
        if len(gaps):
            steps.append(gaps.min())
    return float(min(steps)) if steps else None


def _fitted_step(points, index):
    """Least-squares lattice step over both axes (each axis with its own origin)."""
    x = points - points.mean(axis=0)
    m = index - index.mean(axis=0)
    denominator = float((m * m).sum())
    return float((x * m).sum() / denominator) if denominator > 0 else 0.0


def _grid_cell_size(points, cell_size, rel_tol):
    """The declared cell size (checked) or the detected one; ValueError when points are not a grid."""
    if cell_size is not None:
        return positive_number(cell_size, "cell_size")
    detected = detect_grid(points, rel_tol)
    if detected is None:
        if len(points) == 1:
            return None  # one cell: no neighbours, whatever its size
        raise ValueError("the points are not the centres of a regular square grid (or two share a "
                         "cell): give cell_size, or use knn / distance_band / polygon contiguity")
    return detected


def _grid_index(points, cell, rel_tol):
    """Integer (column, row) of each centre; ValueError for off-lattice centres."""
    offset = (points - points.min(axis=0)) / cell
    index = np.rint(offset)
    off = np.flatnonzero(np.abs(offset - index).max(axis=1) > rel_tol)
    if len(off):
        raise ValueError(f"units {_listing(off)} are not on the {cell:g} grid of the others")
    return index.astype(np.int64)


def _cell_keys(index, width=None):
    """One int64 key per cell: row * width + column, with a spare column on either side."""
    width = int(index[:, 0].max()) + 3 if width is None else width
    return (index[:, 1] + 1) * width + (index[:, 0] + 1)


def _lattice_pairs(index, contiguity):
    """Unordered neighbour pairs of cells by searchsorted on the sorted keys (half the offsets).

    The keys are searched in sorted order (key + offset is sorted too), which keeps memory access
    sequential; ValueError when two centres share a cell.
    """
    width = int(index[:, 0].max()) + 3
    keys = _cell_keys(index, width)
    order = np.argsort(keys)
    sorted_keys = keys[order]
    same = np.flatnonzero(sorted_keys[1:] == sorted_keys[:-1])
    if len(same):
        raise ValueError(f"units {_listing(np.union1d(order[same], order[same + 1]))} share a grid cell")
    offsets = [(1, 0), (0, 1)] + ([(1, 1), (-1, 1)] if contiguity == "queen" else [])
    i_parts, j_parts = [], []
    for dx, dy in offsets:  # 2 or 4 offsets, not units
        target = sorted_keys + (dy * width + dx)
        position = np.minimum(np.searchsorted(sorted_keys, target), len(keys) - 1)
        hit = sorted_keys[position] == target
        i_parts.append(order[hit])
        j_parts.append(order[position[hit]])
    return np.concatenate(i_parts).astype(np.intp), np.concatenate(j_parts).astype(np.intp)


# --------------------------------------------------------------------------------------------------------
# Assembly and checks
# --------------------------------------------------------------------------------------------------------

def _assemble(rows, cols, values, n, spec, regions):
    """SpatialWeights from COO triplets; with ``regions``, cross-region links are dropped first."""
    codes = _region_codes(regions, n)
    if codes is not None:
        same = codes[rows] == codes[cols]
        rows, cols, values = rows[same], cols[same], values[same]
        spec = dict(spec, within_regions=True)
    spec = dict(spec)
    spec.setdefault("within_regions", False)
    spec.setdefault("row_standardised", False)
    spec = {"type": spec.pop("type"), "n": int(n), **spec}
    matrix = sp.csr_matrix((np.asarray(values, float), (rows, cols)), shape=(n, n))
    return SpatialWeights(matrix, spec)


def _canonical_csr(matrix):
    """csr float64 copy, square, with summed duplicates, no explicit zeros, sorted indices, finite."""
    if not sp.issparse(matrix):
        raise TypeError(f"weights must be a scipy.sparse matrix, got {type(matrix).__name__}")
    if matrix.shape[0] != matrix.shape[1]:
        raise ValueError(f"weights must be square, got shape {matrix.shape}")
    csr = sp.csr_matrix(matrix, dtype=np.float64, copy=True)
    csr.sum_duplicates()
    if not np.isfinite(csr.data).all():
        raise ValueError("weights must be finite (no NaN or infinity)")
    csr.eliminate_zeros()
    csr.sort_indices()
    return csr


def _merge_duplicates(i, j, values, n, how):
    """One entry per (i, j): the 'max' or 'sum' of repeated values, or ValueError for 'error'."""
    if how not in ("max", "sum", "error"):
        raise ValueError(f"duplicates must be 'max', 'sum' or 'error', got {how!r}")
    keys = i.astype(np.int64) * n + j
    order = np.argsort(keys, kind="stable")
    keys, values = keys[order], values[order]
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]])) if len(keys) else np.array([], int)
    if how == "error" and len(starts) < len(keys):
        repeated = np.unique(keys[1:][keys[1:] == keys[:-1]])
        pairs = list(zip((repeated // n).tolist(), (repeated % n).tolist()))
        raise ValueError(f"pairs given more than once ({len(repeated)}): {_listing(pairs)}")
    merged = (np.add if how == "sum" else np.maximum).reduceat(values, starts) if len(keys) else values
    unique = keys[starts]
    return (unique // n).astype(np.intp), (unique % n).astype(np.intp), merged


def _check_points(points):
    """Coordinates as a float (n, 2) array; ValueError for empty input or NaN/infinite coordinates."""
    try:
        array = np.asarray(points, dtype=float)
    except (TypeError, ValueError) as error:
        raise ValueError(f"points must be numbers, shape (n, 2): {error}") from None
    if array.ndim != 2 or array.shape[1] != 2:
        raise ValueError(f"points must have shape (n, 2) (x, y per unit), got shape {array.shape}")
    if len(array) == 0:
        raise ValueError("no points: spatial weights need at least one unit")
    bad = np.flatnonzero(~np.isfinite(array).all(axis=1))
    if len(bad):
        raise ValueError(f"missing (NaN) or infinite coordinates for units {_listing(bad)}: drop them or "
                         "give them a location (e.g. empty geometries)")
    return array


def _check_k(k):
    """k as a positive int; ValueError otherwise."""
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ValueError(f"k must be a whole number >= 1, got {k!r}")
    return int(k)


def _check_count(n):
    """The number of units as a positive int; ValueError otherwise."""
    if isinstance(n, (bool, np.bool_)) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a whole number >= 1, got {n!r}")
    return int(n)


def _check_indices(values, n, name):
    """Unit indices as intp in range(n); ValueError naming the bad positions."""
    array = np.asarray(values)
    if array.size and not np.issubdtype(array.dtype, np.integer):
        if not np.all(np.isfinite(array)) or not np.all(array == np.round(array)):
            raise ValueError(f"{name} must hold whole unit indices")
    array = array.astype(np.intp).ravel()
    bad = np.flatnonzero((array < 0) | (array >= n))
    if len(bad):
        raise ValueError(f"{name}: unit indices out of range 0..{n - 1} at positions {_listing(bad)}")
    return array


def _check_values(values, length):
    """Finite, non-negative link values of the right length."""
    array = np.asarray(values, dtype=float).ravel()
    if len(array) != length:
        raise ValueError(f"values must have one entry per pair ({length}), got {len(array)}")
    bad = np.flatnonzero(~np.isfinite(array) | (array < 0))
    if len(bad):
        raise ValueError(f"values must be finite and >= 0; not so at positions {_listing(bad)}")
    return array


def _refuse_coincident(i, j, d, what):
    """ValueError naming coincident pairs (distance 0), for weights that would be infinite."""
    zero = np.flatnonzero((d == 0) & (i < j))
    if len(zero):
        pairs = list(zip(i[zero].tolist(), j[zero].tolist()))
        raise ValueError(f"units on top of each other (distance 0) {_listing(pairs)}: {what} would be "
                         "infinite; merge or move them, or use binary weights")


def _region_codes(regions, n):
    """Dense 0..R-1 region codes per unit (or None): from codes, a Segments or labels."""
    if regions is None:
        return None
    if isinstance(regions, Segments):
        regions = regions.codes
    array = np.asarray(regions)
    if array.ndim != 1 or len(array) != n:
        raise ValueError(f"regions must give one code per unit ({n}), got shape {array.shape}")
    if not np.issubdtype(array.dtype, np.integer):
        return Segments.from_labels(array)[0].codes
    return np.unique(array, return_inverse=True)[1].astype(np.intp)


def _listing(items):
    """'1, 5, 9' or '1, 5, ... and 12 more' for error messages."""
    items = list(np.asarray(items, dtype=object).tolist()) if not isinstance(items, list) else items
    shown = ", ".join(str(item) for item in items[:MAX_IN_MESSAGE])
    extra = len(items) - MAX_IN_MESSAGE
    return shown + (f" ... and {extra} more" if extra > 0 else "")


def _jsonable(value):
    """Numpy scalars and arrays, tuples -> plain Python, so ``json.dumps(spec)`` works."""
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_jsonable(item) for item in (value.tolist() if isinstance(value, np.ndarray) else value)]
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


# --------------------------------------------------------------------------------------------------------
# File helpers
# --------------------------------------------------------------------------------------------------------

def _id_text(ids, n):
    """Ids as an object array of text: one per unit, unique, non-empty, without whitespace."""
    if ids is None:
        raise ValueError("ids are required: one text id per unit (e.g. the layer's id field)")
    names = pd.Series(np.asarray(ids, dtype=object).ravel()).astype(str)
    if len(names) != n:
        raise ValueError(f"{len(names)} ids for weights of {n} units")
    bad = np.flatnonzero((names.str.len() == 0) | names.str.contains(r"\s", regex=True))
    if len(bad):
        raise ValueError(f"ids must be non-empty text without spaces; not so at units {_listing(bad)}")
    repeated = names[names.duplicated()].unique()
    if len(repeated):
        raise ValueError(f"ids must be unique; repeated: {_listing(list(repeated))}")
    return names.to_numpy(dtype=object)


def _header_word(name):
    """A header field: the name, or libpysal's placeholder 'Unknown' when empty; no whitespace allowed."""
    name = str(name or "Unknown")
    if any(ch.isspace() for ch in name):
        raise ValueError(f"header names cannot contain spaces: {name!r}")
    return name


def _header_count(word, path):
    """The unit count of a GAL/GWT header; ValueError naming the file otherwise."""
    try:
        n = int(word)
    except ValueError:
        raise ValueError(f"{path}: the header must give the number of units, got {word!r}") from None
    if n < 0:
        raise ValueError(f"{path}: negative number of units {n}")
    return n


def _parse_counts(series, path):
    """GAL neighbour counts as intp; ValueError naming the units whose count is not a whole number."""
    counts = pd.to_numeric(series, errors="coerce").to_numpy()
    bad = np.flatnonzero(~np.isfinite(counts) | (counts < 0) | (counts != np.round(counts)))
    if len(bad):
        raise ValueError(f"{path}: neighbour counts must be whole numbers; not so for units at {_listing(bad)}")
    return counts.astype(np.intp)


def _parse_floats(tokens, path):
    """Weights as floats, correctly rounded (Python's float(); pandas' fast parser may be 1 ulp off)."""
    try:
        values = np.fromiter(map(float, tokens), dtype=float, count=len(tokens))
    except ValueError:
        values = pd.to_numeric(pd.Series(tokens, dtype=object), errors="coerce").to_numpy(dtype=float)
    bad = np.flatnonzero(~np.isfinite(values))
    if len(bad):
        raise ValueError(f"{path}: weights must be finite numbers; not so on links {_listing(bad)}")
    return values


def _id_positions(file_ids, ids, path, expected_n=None):
    """(ids in row order, row of each file id): the given ``ids`` or the file's own order."""
    if ids is None:
        order = pd.Index(file_ids)
        if order.has_duplicates:
            raise ValueError(f"{path}: ids listed twice: {_listing(list(order[order.duplicated()].unique()))}")
        return np.asarray(order, dtype=object), np.arange(len(order))
    order = pd.Index(_id_text(ids, len(ids)))
    if expected_n is not None and len(order) != expected_n:
        raise ValueError(f"{path}: the header counts {expected_n} units but {len(order)} ids were given")
    if file_ids is None:
        return np.asarray(order, dtype=object), None
    if len(file_ids) != len(order):
        raise ValueError(f"{path}: the file lists {len(file_ids)} units but {len(order)} ids were given")
    return np.asarray(order, dtype=object), _lookup(np.asarray(order, dtype=object), file_ids, path)


def _lookup(order_ids, tokens, path):
    """Row of each id token; ValueError naming ids that are not known."""
    position = pd.Index(order_ids).get_indexer(pd.Index(np.asarray(tokens, dtype=object)))
    unknown = np.flatnonzero(position < 0)
    if len(unknown):
        raise ValueError(f"{path}: unknown ids {_listing(list(pd.unique(np.asarray(tokens)[unknown])))}")
    return position.astype(np.intp)


def _refuse_duplicate_links(rows, cols, order_ids, path):
    """ValueError naming links that a GWT file lists twice (libpysal silently keeps the last)."""
    keys = rows.astype(np.int64) * max(len(order_ids), 1) + cols
    unique, counts = np.unique(keys, return_counts=True)
    repeated = unique[counts > 1]
    if len(repeated):
        n = max(len(order_ids), 1)
        pairs = [(order_ids[k // n], order_ids[k % n]) for k in repeated[:MAX_IN_MESSAGE].tolist()]
        raise ValueError(f"{path}: links listed more than once: {_listing(pairs)}")


def _write_text(path, text):
    """Write UTF-8 text with Unix line ends (GeoDa and libpysal read both)."""
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
