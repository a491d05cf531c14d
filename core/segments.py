"""Regions as a first-class axis: segment sums and within-segment ordering over sorted region codes.

Every index in the core is computed for all regions (cities) at once. A ``Segments`` object maps each
unit to an integer region code; sums over units become ``numpy.bincount`` calls, so no Python loop over
units or over regions is needed anywhere.
"""

import numpy as np
import pandas as pd


class Segments:
    """Integer region codes ``codes[n]`` in ``range(n_segments)`` with vectorised segment reductions."""

    def __init__(self, codes, n_segments):
        self.codes = np.asarray(codes, dtype=np.intp)
        self.n_segments = int(n_segments)

    @classmethod
    def single(cls, n):
        """All ``n`` units in one region."""
        return cls(np.zeros(int(n), dtype=np.intp), 1)

    @classmethod
    def from_labels(cls, labels):
        """Encode region labels (text, numbers or None) into sorted codes; returns (segments, labels).

        Missing labels (None/NaN) form their own region, labelled ``None``, placed last.
        """
        series = pd.Series(labels, dtype=object)
        missing = series.isna().to_numpy()
        present = series[~missing]
        if pd.api.types.infer_dtype(present, skipna=True) in ("integer", "floating", "mixed-integer-float"):
            numbers = present.astype(float).to_numpy()  # numeric codes sort as numbers: 9 before 10
            uniques, codes = np.unique(numbers, return_inverse=True)
            region_labels = [f"{u:g}" if not float(u).is_integer() else str(int(u)) for u in uniques]
        else:
            uniques, codes = np.unique(present.astype(str).to_numpy(), return_inverse=True)
            region_labels = [str(u) for u in uniques]
        all_codes = np.empty(len(series), dtype=np.intp)
        all_codes[~missing] = codes
        if missing.any():
            all_codes[missing] = len(region_labels)
            region_labels.append(None)
        return cls(all_codes, len(region_labels)), region_labels

    def __len__(self):
        return len(self.codes)

    def subset(self, mask):
        """The same regions restricted to the units where ``mask`` is true (regions may become empty)."""
        return Segments(self.codes[mask], self.n_segments)

    def sum(self, values):
        """Sum of ``values`` (shape [n] or [n, k]) per region: shape [R] or [R, k]."""
        values = np.asarray(values, dtype=float)
        if values.ndim == 1:
            return np.bincount(self.codes, weights=values, minlength=self.n_segments)
        return np.column_stack([self.sum(values[:, j]) for j in range(values.shape[1])]) \
            if values.shape[1] else np.zeros((self.n_segments, 0))

    def count(self, mask=None):
        """Number of units (where ``mask`` is true) per region."""
        if mask is None:
            return np.bincount(self.codes, minlength=self.n_segments)
        return np.bincount(self.codes[np.asarray(mask, bool)], minlength=self.n_segments)

    def spread(self, per_region):
        """Broadcast a per-region array ([R] or [R, k]) back to the units ([n] or [n, k])."""
        return np.asarray(per_region)[self.codes]

    def order_by(self, key):
        """Permutation sorting units by region, then by ``key`` ascending within each region."""
        order = np.argsort(key)  # ties in the key need no particular order
        if self.n_segments == 1:
            return order
        # a stable sort of the (small-integer) codes keeps the key order inside each region
        codes = self.codes[order].astype(np.int32 if self.n_segments > 32767 else np.int16)
        return order[np.argsort(codes, kind="stable")]

    def exclusive_cumsum(self, values_sorted, codes_sorted):
        """Within-region running sum *before* each element, for arrays already sorted by region."""
        running = np.cumsum(values_sorted)
        before = running - values_sorted
        starts = np.searchsorted(codes_sorted, np.arange(self.n_segments))
        start_of_unit = starts[codes_sorted]
        return before - before[start_of_unit] if len(before) else before
