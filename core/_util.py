"""Small numeric helpers shared by the index modules."""

import functools

import numpy as np

from .segments import Segments


def safe_div(num, den):
    """num / den elementwise, NaN where den is 0 or not finite (no warnings)."""
    num, den = np.broadcast_arrays(np.asarray(num, float), np.asarray(den, float))
    out = np.full(num.shape, np.nan)
    ok = np.isfinite(den) & (den != 0)
    np.divide(num, den, out=out, where=ok)
    return out


def share(x, t):
    """x / t with 0 where t == 0 (a unit without population contributes nothing)."""
    x, t = np.broadcast_arrays(np.asarray(x, float), np.asarray(t, float))
    out = np.zeros(x.shape)
    np.divide(x, t, out=out, where=t > 0)
    return out


def xlogx(p):
    """p * ln(p) with 0 ln 0 = 0."""
    p = np.asarray(p, float)
    out = np.zeros(p.shape)
    np.multiply(p, np.log(p, where=p > 0, out=np.ones(p.shape)), out=out, where=p > 0)
    return out


def as_segments(regions, n):
    """None -> one region; a Segments -> itself; labels -> encoded Segments."""
    if regions is None:
        return Segments.single(n)
    if isinstance(regions, Segments):
        return regions
    return Segments.from_labels(regions)[0]


def by_region(func):
    """Public wrapper: ``func(arrays..., seg)`` becomes ``name(arrays..., regions=None, **kw)``.

    With ``regions=None`` the result is one float; with region labels or a ``Segments`` it is an array
    with one value per region (sorted region labels; see ``Segments.from_labels``).
    """
    @functools.wraps(func)
    def wrapper(*arrays, regions=None, **kwargs):
        arrays = [np.asarray(a, dtype=float) for a in arrays]
        seg = as_segments(regions, len(arrays[0]))
        result = func(*arrays, seg=seg, **kwargs)
        return float(result[0]) if regions is None else result
    wrapper.raw = func
    return wrapper
