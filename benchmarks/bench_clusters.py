"""Time the local cluster statistics of core/lisa.py (LISA) and esda's Moran_Local on the same grid.

    python benchmarks/bench_clusters.py [--sizes 10000 100000 300000] [--permutations 999] [--no-esda]

Part 1: ours on a regular grid of about n cells (rows x columns close to 5 : 6; 300,000 = 500 x 600), queen
contiguity (``core.weights.grid``), 999 permutations: local Moran, Gi*, the local join count and the EB-rate
Moran (the fast path: equal weights per row), and local Moran with adaptive triangular kernel weights (k = 8:
the general path, a dense product per chunk of units).
Part 2: esda 2.7's ``Moran_Local(y, w, permutations=999, n_jobs=1, seed=...)`` against our ``local_moran`` on
the same values and queen weights (esda's numba functions are compiled on a 10 x 10 grid first, in the same
process, before the clock starts), and how far the two agree.

Every measurement runs in its own forked process, ours before esda's: the peak RSS (``resource.getrusage``)
is that run's alone, with the process's RSS before the run in brackets (it includes the grid and weights).
No QGIS needed.
"""

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import isolated, load_plugin, memory  # noqa: E402

load_plugin()

from segregation_analysis.core import lisa  # noqa: E402
from segregation_analysis.core import weights as W  # noqa: E402


def grid_data(n, seed=2019):
    """Cell centres of a rows x columns grid (about n cells), a smooth field plus noise, counts and bases."""
    rows = max(1, round(math.sqrt(n * 5 / 6)))
    cols = max(1, n // rows)
    xs, ys = np.meshgrid(np.arange(cols) * 250.0, np.arange(rows) * 250.0)
    points = np.column_stack([xs.ravel(), ys.ravel()])
    rng = np.random.default_rng(seed)
    field = np.sin(points[:, 0] / 4000.0) + np.cos(points[:, 1] / 3000.0)  # clusters of ~ 3 km
    y = field + rng.normal(scale=1.0, size=len(points))
    bases = rng.poisson(30, len(points)).astype(float) + 1
    counts = rng.binomial(bases.astype(np.int64), 0.1 + 0.05 * (field - field.min()) / np.ptp(field)).astype(float)
    return rows, cols, points, y, counts, bases


# --- part 1 ----------------------------------------------------------------------------------------------

def part1(sizes, permutations):
    print(f"## 1. Ours, {permutations} permutations, queen contiguity unless noted (seconds; peak RSS MB "
          "(before))\n")
    print("| cells | grid | statistic | weights | seconds | peak RSS MB (before) | p <= 0.05 | BH-significant |")
    print("|---:|---|---|---|---:|---:|---:|---:|")
    for n in sizes:
        rows, cols, points, y, counts, bases = grid_data(n)
        queen = W.grid(points)
        flags = (y > np.quantile(y, 0.8)).astype(float)
        kernel = W.kernel(points, "triangular", k=8, diagonal=False)
        cases = [
            ("local_moran", "queen", lambda: lisa.local_moran(y, queen, permutations=permutations, seed=1)),
            ("getis_ord (Gi*)", "queen", lambda: lisa.getis_ord(y - y.min(), queen, permutations=permutations,
                                                               seed=1)),
            ("join_count", "queen", lambda: lisa.join_count(flags, queen, permutations=permutations, seed=1)),
            ("local_moran_rate", "queen", lambda: lisa.local_moran_rate(counts, bases, queen,
                                                                        permutations=permutations, seed=1)),
            ("local_moran", "kernel k=8 (general path)",
             lambda: lisa.local_moran(y, kernel, permutations=permutations, seed=1)),
        ]
        for name, weights, run in cases:
            seconds, peak, before, found, error = isolated(lambda: _significant(run()))
            if error:
                print(f"| {len(y):,} | {rows} x {cols} | {name} | {weights} | failed: {error} | | | |")
                continue
            print(f"| {len(y):,} | {rows} x {cols} | {name} | {weights} | {seconds:.2f} | {memory(peak, before)} | "
                  f"{found[0]:,} | {found[1]:,} |", flush=True)


def _significant(result):
    """(units with p <= 0.05, units in a cluster category after the BH adjustment)."""
    clusters = np.isin(result.category, (lisa.HIGH_HIGH, lisa.LOW_LOW, lisa.HIGH_LOW, lisa.LOW_HIGH))
    return int((result.p <= 0.05).sum()), int(clusters.sum())


# --- part 2 ----------------------------------------------------------------------------------------------

def part2(sizes, permutations):
    try:
        import esda
        import libpysal
    except ImportError:
        print("\n(esda or libpysal not importable: esda comparison skipped)")
        return
    print(f"\n## 2. esda {esda.__version__} Moran_Local (n_jobs=1, keep_simulations=True, its default) vs ours, "
          f"{permutations} permutations, queen contiguity\n")
    print("| cells | ours s | ours peak RSS MB (before) | esda s | esda peak RSS MB (before) | esda / ours | "
          "max abs diff I_i | corr(p) | significant at 0.05 ours / esda / both |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for n in sizes:
        rows, cols, points, y, _, _ = grid_data(n)
        queen = W.grid(points)

        def ours():
            r = lisa.local_moran(y, queen, permutations=permutations, seed=1, adjustment="none")
            return r.value, r.p

        def theirs():
            warm = libpysal.weights.lat2W(10, 10, rook=False)
            esda.moran.Moran_Local(np.arange(100.0) % 7, warm, permutations=99, n_jobs=1, seed=1)  # numba JIT
            w = libpysal.weights.W.from_sparse(queen.sparse)
            start = time.perf_counter()
            lm = esda.moran.Moran_Local(y, w, transformation="r", permutations=permutations, n_jobs=1, seed=1)
            seconds = time.perf_counter() - start
            return seconds, lm.Is, np.minimum(1.0, 2.0 * lm.p_sim)

        o_seconds, o_peak, o_before, (value, p), error = isolated(ours)
        if error:
            print(f"| {len(y):,} | failed: {error} |")
            continue
        total, e_peak, e_before, answer, error = isolated(theirs)
        if error:
            print(f"| {len(y):,} | {o_seconds:.2f} | {memory(o_peak, o_before)} | failed: {error} | | | | | |")
            continue
        e_seconds, their_value, their_p = answer
        ours_sig, their_sig = p <= 0.05, their_p <= 0.05
        print(f"| {len(y):,} | {o_seconds:.2f} | {memory(o_peak, o_before)} | {e_seconds:.1f} | "
              f"{memory(e_peak, e_before)} | {e_seconds / o_seconds:.0f} | "
              f"{np.abs(value - their_value).max():.1e} | {np.corrcoef(p, their_p)[0, 1]:.4f} | "
              f"{ours_sig.sum():,} / {their_sig.sum():,} / {(ours_sig & their_sig).sum():,} |", flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 300_000], help="grid cells")
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--no-esda", action="store_true")
    parser.add_argument("--no-ours", action="store_true", help="skip part 1")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}\n")
    if not args.no_ours:
        part1(args.sizes, args.permutations)
    if not args.no_esda:
        part2(args.sizes, args.permutations)


if __name__ == "__main__":
    main()
