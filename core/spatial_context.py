"""What the spatial and surface indices need besides counts, bundled for one run (``global_indices``).

The plugin fills a ``SpatialContext`` once per run from the layer's geometry; ``global_indices`` restricts it
to the units each index keeps after missing values (``subset``) and asks it for each index's arguments.
"""

from dataclasses import dataclass, replace

import numpy as np

from ._proximity import MASSEY_DENTON
from .geometry import UnitGeometry
from .registry import BY_ID, SPATIAL_BY_ID, SPATIAL_IDS, SPATIAL_REQUIRES, SURFACE_IDS
from .surface import KernelSmoother

#: Surface ids offered for segregation: composition-only indices (Simpson, diversity) say nothing on environments.
SURFACE_SEGREGATION_IDS = tuple(i for i in SURFACE_IDS
                                if i.replace("surface_", "", 1) not in
                                ("simpson_concentration", "simpson_interaction", "diversity"))
DECAY_IDS = ("spatial_proximity", "absolute_clustering", "relative_clustering", "distance_decay_isolation",
             "distance_decay_exposure")
CENTRALIZATION_IDS = ("absolute_centralization", "relative_centralization")
#: Indices that only need neighbours, so they are defined in any CRS.
TOPOLOGICAL_IDS = ("spatial_dissimilarity",)
#: Indices that divide by unit areas (points, with area 0, cannot have them).
AREA_IDS = ("perimeter_area_dissimilarity", "delta", "absolute_concentration", "relative_concentration")


@dataclass
class SpatialContext:
    """Geometry, contiguity weights, kernel and centre settings for the units of one table (input order).

    ``contiguity``: binary weights (``SpatialWeights`` or sparse) for Morrill's D(adj); ``bandwidth`` > 0
    enables the surface indices with ``kernel``; ``center``: 'centroid', 'population' or centre points [m, 2]
    with ``center_codes`` (region code of each centre, or None for the nearest centre anywhere);
    ``convention``: distance-decay convention ('massey_denton' = the papers, 'pysal' = PySAL 2.5).
    """

    geometry: UnitGeometry = None
    contiguity: object = None
    bandwidth: float = 0.0
    kernel: str = "gaussian"
    center: object = "centroid"
    center_codes: np.ndarray = None
    convention: str = MASSEY_DENTON

    def missing_requirements(self, index_id):
        """What this context lacks for ``index_id`` (empty tuple = it can be computed)."""
        if index_id in SURFACE_IDS:
            lacks = () if self.bandwidth > 0 else ("bandwidth",)
            return lacks + self._geometry_lacks(("centroids",), projected=True)
        needs = SPATIAL_REQUIRES[index_id]
        if "weights" in needs:
            return () if self.contiguity is not None else ("weights",)
        lacks = self._geometry_lacks(needs, projected=index_id not in TOPOLOGICAL_IDS)
        if index_id in AREA_IDS and "areas" not in lacks and (self.geometry.areas <= 0).any():
            lacks += ("positive_areas",)
        return lacks

    def _geometry_lacks(self, needs, projected):
        if self.geometry is None:
            return ("geometry",)
        lacks = tuple(n for n in needs if getattr(self.geometry, n) is None)
        if projected and self.geometry.crs_is_geographic:
            lacks += ("projected_crs",)
        return lacks

    def available(self, index_id):
        return not self.missing_requirements(index_id)

    def subset(self, keep):
        """The context for the units where ``keep`` is true (after missing values are dropped)."""
        keep = np.asarray(keep, bool)
        if keep.all():
            return self
        geometry = None if self.geometry is None else self.geometry.subset(keep)
        contiguity = self.contiguity
        if contiguity is not None:
            contiguity = contiguity.subset(keep) if hasattr(contiguity, "subset") else contiguity[keep][:, keep]
        return replace(self, geometry=geometry, contiguity=contiguity)

    def call(self, index_id, x, t, segments, counts=None, atkinson_b=0.5):
        """Value per region of a spatial (single-group) or surface index on the units of this context."""
        if index_id in SURFACE_IDS:
            function = SPATIAL_BY_ID[index_id].function
            smoother = KernelSmoother(self.geometry, self.bandwidth, self.kernel)
            kwargs = {"b": atkinson_b} if index_id == "surface_atkinson" else {}
            if counts is not None:
                return function(counts, smoother, regions=segments, **kwargs)
            return function(x, t, smoother, regions=segments, **kwargs)
        function = SPATIAL_BY_ID[index_id].function
        if index_id in TOPOLOGICAL_IDS:
            return function(x, t, self.contiguity, regions=segments)
        kwargs = {}
        if index_id in DECAY_IDS:
            kwargs["convention"] = self.convention
        if index_id in CENTRALIZATION_IDS:
            kwargs["center"] = self.center
            if not isinstance(self.center, str) and self.center_codes is not None:
                kwargs["center_regions"] = self.center_codes
        return function(x, t, self.geometry, regions=segments, **kwargs)


def index_kind(index_id):
    """'single' or 'multi' for any index id (spatial indices are single-group)."""
    if index_id in BY_ID:
        return BY_ID[index_id].kind
    if index_id in SPATIAL_IDS:
        return "single"
    if index_id in SURFACE_IDS:
        return BY_ID[index_id.replace("surface_", "", 1)].kind
    raise KeyError(index_id)
