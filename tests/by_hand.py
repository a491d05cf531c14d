"""Hand-side helpers of the QGIS tests: what counts as missing in the raw attributes, decided here and not by
the plugin's reader, so the tests stay an independent check of it."""

import math

import numpy as np


def missing(value):
    """By hand: Statistics Finland's -1 (suppressed), NULL and NaN are missing."""
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == -1


def usable(frame, columns):
    """The rows of ``frame`` whose ``columns`` are all known."""
    keep = np.ones(len(frame), bool)
    for column in columns:
        keep &= ~frame[column].map(missing).to_numpy()
    return frame[keep]
