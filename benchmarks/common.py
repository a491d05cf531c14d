"""Shared by the benchmark scripts: load the plugin folder as a package by path (as tests/conftest.py
does), measure memory, and run a measurement in its own forked process."""

import importlib.util
import math
import multiprocessing
import resource
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_analysis"


def load_plugin():
    """Import the repository root as ``segregation_analysis`` (its imports are relative)."""
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(PACKAGE, ROOT / "__init__.py",
                                                      submodule_search_locations=[str(ROOT)])
        sys.modules[PACKAGE] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[PACKAGE])
    return sys.modules[PACKAGE]


def peak_rss_mb():
    """Peak resident memory of this process so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb():
    """Resident memory now, in MB (Linux /proc; None elsewhere)."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2 ** 20
    except (OSError, IndexError, ValueError):
        return None


def memory(peak, before):
    """'peak (before)' in MB for a table cell."""
    return f"{peak:.0f} ({before:.0f})" if before is not None else f"{peak:.0f}"


def _child(connection, func, repeat):
    warnings.filterwarnings("ignore")
    try:
        before = current_rss_mb()
        times, value = [], None
        for _ in range(repeat):
            start = time.perf_counter()
            value = func()
            times.append(time.perf_counter() - start)
        connection.send((min(times), peak_rss_mb(), before, value, None))
    except Exception as error:  # reported in the table, not raised
        connection.send((None, None, None, None, f"{type(error).__name__}: {error}"))


def isolated(func, repeat=1):
    """(best seconds, peak RSS MB, RSS before MB, func's last return value, error) of ``func()`` run ``repeat``
    times in a forked child process, so every measurement has its own peak memory."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(child, func, repeat))
    process.start()
    result = parent.recv()
    process.join()
    return result


def city_cells(n, seed=2019):
    """Row and column of exactly ``n`` populated 250 m cells shaped like a city (three centres) with lakes and
    empty cells, densest first; and the random generator, to draw more from the same stream."""
    rng = np.random.default_rng(seed)
    side = int(math.ceil(math.sqrt(n / 0.45))) + 2
    cols, rows = np.meshgrid(np.arange(side), np.arange(side))
    x, y = cols.ravel() / side, rows.ravel() / side
    density = sum(np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * s ** 2))
                  for cx, cy, s in ((0.45, 0.5, 0.22), (0.7, 0.35, 0.12), (0.3, 0.72, 0.1)))
    for cx, cy, r in rng.uniform([0.2, 0.2, 0.02], [0.8, 0.8, 0.06], (6, 3)):       # lakes
        density[(x - cx) ** 2 + (y - cy) ** 2 < r ** 2] = -np.inf
    density[rng.random(len(density)) < 0.08] = -np.inf                              # empty cells
    chosen = np.argsort(-(density + rng.normal(0, 0.02, len(density))))[:n]
    return rows.ravel()[chosen], cols.ravel()[chosen], rng
