"""What the spatial indices need from the units' geometry, as plain arrays (filled by the plugin's reading step).

Coordinates, areas and lengths must be in a projected CRS in metres: the distance-based indices refuse a
geographic CRS (degrees) with a message that suggests a projected one (ETRS-TM35FIN, EPSG:3067, for Finland).
"""

from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from . import weights

#: How many unit indices an error message lists before it says "and N more".
MAX_LISTED = 10

#: Suggested projected CRS in the messages (the plugin's users are mostly in Finland).
SUGGESTED_CRS = "ETRS-TM35FIN (EPSG:3067)"


def _listed(mask):
    """'3, 7, 9' (or '3, 7, ... and 12 more') for the unit indices where ``mask`` is true."""
    bad = np.flatnonzero(mask)
    shown = ", ".join(str(i) for i in bad[:MAX_LISTED])
    return shown + (f" ... and {len(bad) - MAX_LISTED} more" if len(bad) > MAX_LISTED else "")


@dataclass
class GridCells:
    """Units that are the cells of one regular square grid: integer ``rows``/``cols`` and the cell size."""

    rows: np.ndarray
    cols: np.ndarray
    cell_size: float

    def subset(self, mask):
        return GridCells(self.rows[mask], self.cols[mask], self.cell_size)


def detect_grid(centroids, rel_tol=1e-6):
    """``GridCells`` when every centroid lies on one square lattice with distinct cells, else None.

    The lattice test is ``weights.detect_grid`` (one detector for the whole plugin); this adds the cells'
    integer rows and columns, which the FFT paths need.
    """
    centroids = np.asarray(centroids, float)
    cell = weights.detect_grid(centroids, rel_tol) if len(centroids) >= 2 else None
    if cell is None:
        return None
    index = np.rint((centroids - centroids.min(axis=0)) / cell).astype(np.int64)
    return GridCells(index[:, 1], index[:, 0], cell)


@dataclass
class UnitGeometry:
    """Per-unit geometry for the spatial indices (n units, in the order of the count arrays).

    - ``centroids`` [n, 2]: x, y in metres (projected CRS);
    - ``areas`` [n] (m²) and ``perimeters`` [n] (m, holes included), optional (None: not available);
    - ``shared_boundaries``: optional ``scipy.sparse`` [n, n], symmetric, the length (m) of the boundary
      units i and j share (0 / absent for non-neighbours);
    - ``crs_is_geographic``: True for lon/lat layers (refused by the distance-based indices);
    - ``crs``: the CRS as text (authid or description), for messages and outputs.

    Construction validates shapes and values and names the offending unit indices (0-based positions).
    """

    centroids: np.ndarray
    areas: np.ndarray = None
    perimeters: np.ndarray = None
    shared_boundaries: object = None
    crs_is_geographic: bool = False
    crs: str = ""
    _grid: object = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self):
        self.centroids = np.asarray(self.centroids, dtype=float)
        if self.centroids.ndim != 2 or self.centroids.shape[1] != 2:
            raise ValueError(f"centroids must have shape (n, 2), got {self.centroids.shape}.")
        bad = ~np.isfinite(self.centroids).all(axis=1)
        if bad.any():
            raise ValueError(f"Units without a usable centroid (NaN or infinite coordinates, e.g. an empty "
                             f"geometry): {_listed(bad)}. Drop these units or repair their geometries.")
        self.areas = self._measure(self.areas, "areas")
        self.perimeters = self._measure(self.perimeters, "perimeters")
        if self.shared_boundaries is not None:
            self.shared_boundaries = self._boundaries(self.shared_boundaries)

    @property
    def n(self):
        return len(self.centroids)

    def _measure(self, values, name):
        if values is None:
            return None
        values = np.asarray(values, dtype=float)
        if values.shape != (self.n,):
            raise ValueError(f"{name} must have one value per unit ({self.n}), got shape {values.shape}.")
        bad = ~np.isfinite(values) | (values < 0)
        if bad.any():
            raise ValueError(f"Units with a missing, infinite or negative {name[:-1]}: {_listed(bad)}.")
        return values

    def _boundaries(self, matrix):
        matrix = sparse.csr_matrix(getattr(matrix, "sparse", matrix), dtype=float)
        if matrix.shape != (self.n, self.n):
            raise ValueError(f"shared_boundaries must be {self.n} x {self.n}, got {matrix.shape}.")
        if matrix.nnz and (not np.isfinite(matrix.data).all() or matrix.data.min() < 0):
            raise ValueError("shared_boundaries must hold finite, non-negative lengths.")
        difference = (matrix - matrix.T).tocoo()
        tolerance = 1e-9 * max(matrix.max() if matrix.nnz else 0.0, 1.0)
        asymmetric = np.isin(np.arange(self.n), difference.row[np.abs(difference.data) > tolerance])
        if asymmetric.any():
            raise ValueError("shared_boundaries must be symmetric (the boundary i shares with j is the one j "
                             f"shares with i); asymmetric rows: {_listed(asymmetric)}.")
        return matrix

    @staticmethod
    def boundaries_from_pairs(n, i, j, lengths):
        """Symmetric sparse [n, n] shared-boundary matrix from pairs (i, j, length), each pair listed once."""
        i, j, lengths = np.asarray(i, np.intp), np.asarray(j, np.intp), np.asarray(lengths, float)
        matrix = sparse.coo_matrix((np.r_[lengths, lengths], (np.r_[i, j], np.r_[j, i])), shape=(n, n))
        return matrix.tocsr()

    def subset(self, mask):
        """The same geometry restricted to the units where ``mask`` is true (e.g. the units kept)."""
        mask = np.asarray(mask, bool)
        boundaries = None if self.shared_boundaries is None else self.shared_boundaries[mask][:, mask]
        pick = (lambda v: None if v is None else v[mask])
        result = UnitGeometry(self.centroids[mask], pick(self.areas), pick(self.perimeters), boundaries,
                              self.crs_is_geographic, self.crs)
        if self._grid is not None and self._grid is not False:
            result._grid = self._grid.subset(mask)
        return result

    def require_projected(self, what="This index"):
        """Raise ``ValueError`` for a geographic CRS: distances and areas in degrees mean nothing."""
        if self.crs_is_geographic:
            crs = f" ({self.crs})" if self.crs else ""
            raise ValueError(
                f"{what} needs a projected coordinate reference system in metres, but the units are in a "
                f"geographic CRS{crs} (degrees). Reproject the layer first, e.g. to {SUGGESTED_CRS} for Finland.")

    def require(self, *names, what="This index", positive_areas=False):
        """Check the CRS and that ``names`` (e.g. 'areas', 'shared_boundaries') are available."""
        self.require_projected(what)
        missing = [name for name in names if getattr(self, name) is None]
        if missing:
            raise ValueError(f"{what} needs the units' {' and '.join(missing)} (polygon geometries).")
        if positive_areas and "areas" in names and (self.areas <= 0).any():
            raise ValueError(f"{what} divides by the area: units with zero area: {_listed(self.areas <= 0)}.")

    def grid(self):
        """The units as ``GridCells`` if their centroids form a regular square grid, else None (cached)."""
        if self._grid is None:
            self._grid = detect_grid(self.centroids) or False
        return self._grid or None
