"""Small numeric helpers shared by the index modules."""

import contextlib
import functools
import math
import threading

import numpy as np

from .segments import Segments


def safe_div(num, den):
    """num / den elementwise, NaN where den is 0 or not finite (no warnings)."""
    num, den = np.broadcast_arrays(np.asarray(num, float), np.asarray(den, float))
    out = np.full(num.shape, np.nan)
    ok = np.isfinite(den) & (den != 0)
    np.divide(num, den, out=out, where=ok)
    return out


def positive_number(value, name):
    """A positive finite float; ValueError naming the parameter otherwise."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a positive number, got {value!r}") from None
    if not math.isfinite(number) or number <= 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return number


def share(x, t):
    """x / t with 0 where t is not positive (a unit without population contributes nothing); ``t`` broadcasts.

    A count matrix over its row totals (``t[:, None]``): one plain division by the rows and the few empty rows
    set to 0, 1.6-2.6 times as fast as the masked division of the general case (750,000 x 4, 1 % empty rows)."""
    x, t = np.asarray(x, float), np.asarray(t, float)
    if x.ndim == 2 and t.shape == (x.shape[0], 1):
        positive = t[:, 0] > 0
        out = x / np.where(positive, t[:, 0], 1.0)[:, None]
        if not positive.all():
            out[~positive] = 0.0
        return out
    x, t = np.broadcast_arrays(x, t)
    out = np.zeros(x.shape)
    np.divide(x, t, out=out, where=t > 0)
    return out


def xlogx(p):
    """p * ln(p) with 0 ln 0 = 0 (and 0 for a negative or NaN p)."""
    q = np.fmax(np.asarray(p, float), 0.0)  # fmax: NaN -> 0
    out = np.log(np.fmax(q, _TINY))  # ln of the smallest normal number where q is 0: finite, times 0 is 0
    out *= q
    return out


_TINY = np.finfo(float).tiny


_run = threading.local()


@contextlib.contextmanager
def shared_intermediates():
    """Within this block, functions marked ``@reused`` compute each result once per argument objects.

    Many indices of one run need the same shares, region sums and sort orders. Outside such a block
    nothing is remembered, so a console user who changes an array in place never gets a stale value.
    The memory is per thread (Processing runs algorithms in threads) and freed when the block ends.
    """
    previous = getattr(_run, "cache", None)
    _run.cache = {}
    try:
        yield
    finally:
        _run.cache = previous


def reused(func):
    """Mark ``func`` as shareable inside ``shared_intermediates`` (arguments compared by identity)."""
    @functools.wraps(func)
    def wrapper(*args):
        cache = getattr(_run, "cache", None)
        if cache is None:
            return func(*args)
        key = (func.__qualname__,) + tuple(id(a) for a in args)
        hit = cache.get(key)
        if hit is not None and all(a is b for a, b in zip(hit[0], args)):
            return hit[1]
        result = func(*args)
        cache[key] = (args, result)
        return result
    return wrapper


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
