"""Time the core on synthetic units, and PySAL (pysal/segregation) on the same arrays where installed.

    python benchmarks/bench_core.py [--sizes 10000 100000 300000] [--groups 4] [--regions 11]

Part 1 times ``global_indices`` (every index, all regions at once) and ``local_indices`` per size and
prints the process's peak RSS after each size (sizes run in ascending order, so it is that size's peak).
Part 2 runs afterwards (so PySAL's memory does not inflate part 1): each PySAL class against our function
on one region's units, and the ratio PySAL time / our time. No QGIS needed.
"""

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_analysis"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import load_plugin, peak_rss_mb  # noqa: E402

load_plugin()

from segregation_analysis.core import ALL_IDS, global_indices, local, local_indices, unit_table  # noqa: E402
from segregation_analysis.core import aspatial, multigroup  # noqa: E402

# ours -> PySAL class name (same formulas; see tests/test_core_pysal_oracle.py)
SINGLE = {"dissimilarity": "Dissim", "gini": "Gini", "entropy": "Entropy", "atkinson": "Atkinson",
          "isolation": "Isolation", "exposure": "Interaction", "correlation_ratio": "CorrelationR"}
MULTI = {"multi_dissimilarity": "MultiDissim", "multi_gini": "MultiGini",
         "multi_information_theory": "MultiInfoTheory", "mutual_information": "MultiDivergence",
         "multi_normalized_exposure": "MultiNormExposure", "multi_relative_diversity": "MultiRelativeDiversity",
         "multi_squared_coefficient_of_variation": "MultiSquaredCoefVar",
         "simpson_concentration": "SimpsonsConcentration", "simpson_interaction": "SimpsonsInteraction",
         "diversity": "MultiDiversity"}
LOCAL = {"location_quotient": "MultiLocationQuotient", "local_diversity": "MultiLocalDiversity",
         "local_entropy": "MultiLocalEntropy", "local_simpson_concentration": "MultiLocalSimpsonConcentration",
         "local_simpson_interaction": "MultiLocalSimpsonInteraction"}


def synthetic_units(n, k, n_regions, seed=2019):
    """Poisson unit sizes; each region has its own mean composition, each unit a Dirichlet draw around it."""
    rng = np.random.default_rng(seed)
    region = rng.integers(0, n_regions, n)
    region_shares = rng.dirichlet(np.full(k + 1, 2.0), n_regions)          # k groups + "others"
    unit_shares = np.array([rng.dirichlet(5 * s) for s in region_shares])[region]
    unit_shares = 0.5 * unit_shares + 0.5 * rng.dirichlet(np.ones(k + 1), n)
    sizes = rng.poisson(600, n)
    sizes[rng.random(n) < 0.01] = 0                                           # a few empty units
    counts = rng.multinomial(sizes, unit_shares).astype(float)
    labels = np.array([f"region_{r:02d}" for r in range(n_regions)])[region]
    return counts[:, :k], counts.sum(axis=1), labels


def best_of(repeat, func, *args, **kwargs):
    """Shortest wall time of ``repeat`` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(*args, **kwargs)
        times.append(time.perf_counter() - start)
    return min(times)


def time_core(sizes, k, n_regions, repeat):
    print(f"## core: global_indices ({len(ALL_IDS)} indices, {k} groups) and local_indices, "
          f"{n_regions} regions, best of {repeat}")
    print(f"peak RSS after imports: {peak_rss_mb():.0f} MB")
    print("| units | unit_table s | global_indices s | local_indices s | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|")
    for n in sizes:
        counts, total, labels = synthetic_units(n, k, n_regions)
        fields = {f"g{j}": counts[:, j] for j in range(k)}
        build = best_of(repeat, unit_table, fields, total=total, region=labels)
        table = unit_table(fields, total=total, region=labels)
        glob = best_of(repeat, global_indices, table)
        loc = best_of(repeat, local_indices, table)
        print(f"| {n:,} | {build:.3f} | {glob:.3f} | {loc:.3f} | {peak_rss_mb():.0f} |", flush=True)


def ours_single(index_id):
    return getattr(aspatial, index_id)


def time_pysal(sizes, k, n_regions, repeat, gini_cap, multi_gini_cap):
    try:
        import segregation  # noqa: F401
        from segregation import local as pysal_local, multigroup as pysal_multi, singlegroup as pysal_single
    except ImportError:
        print("\n(pysal/segregation not importable: PySAL comparison skipped)")
        return
    warnings.filterwarnings("ignore")
    np.seterr(all="ignore")
    pysal_single.Gini(pd.DataFrame({"g0": [1.0, 2.0], "total": [3.0, 3.0]}), "g0", "total")  # numba JIT warm-up
    print(f"\n## PySAL {segregation.__version__} vs core on ONE region's units (ratio = PySAL s / core s), "
          f"best of {repeat}")
    print(f"(PySAL Gini skipped above {gini_cap:,} units: O(n^2) pair loop; "
          f"MultiGini above {multi_gini_cap:,}: n x n matrices, 3 x 8 n^2 bytes)")
    for n in sizes:
        counts, total, labels = synthetic_units(n, k, n_regions)
        one = labels == labels[0]
        x, t, c = counts[one, 0], total[one], counts[one]
        groups = [f"g{j}" for j in range(k)]
        frame = pd.DataFrame(c, columns=groups).assign(total=t)
        m = int(one.sum())
        print(f"\n### {n:,} units in all, {m:,} in the region")
        print("| index | PySAL class | PySAL s | core s | ratio |")
        print("|---|---|---:|---:|---:|")
        jobs = []
        for ours, theirs in SINGLE.items():
            skip = ours == "gini" and m > gini_cap
            jobs.append((ours, theirs, skip, lambda cls=getattr(pysal_single, theirs): cls(frame, "g0", "total"),
                         lambda f=ours_single(ours): f(x, t)))
        for ours, theirs in MULTI.items():
            skip = ours == "multi_gini" and m > multi_gini_cap
            jobs.append((ours, theirs, skip, lambda cls=getattr(pysal_multi, theirs): cls(frame, groups),
                         lambda f=getattr(multigroup, ours): f(c)))
        for ours, theirs in LOCAL.items():
            jobs.append((ours, theirs, False, lambda cls=getattr(pysal_local, theirs): cls(frame, groups),
                         lambda f=getattr(local, ours): f(c)))
        for ours, theirs, skip, run_pysal, run_core in jobs:
            core_s = best_of(repeat, run_core)
            if skip:
                print(f"| {ours} | {theirs} | skipped ({m:,} units > cap) | {core_s:.5f} | |", flush=True)
                continue
            pysal_s = best_of(repeat, run_pysal)
            print(f"| {ours} | {theirs} | {pysal_s:.5f} | {core_s:.5f} | {pysal_s / core_s:.1f} |", flush=True)
    print(f"\npeak RSS after PySAL: {peak_rss_mb():.0f} MB")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    parser.add_argument("--groups", type=int, default=4)
    parser.add_argument("--regions", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--pysal-gini-cap", type=int, default=20_000, help="max units for PySAL's Gini")
    parser.add_argument("--pysal-multigini-cap", type=int, default=10_000, help="max units for PySAL's MultiGini")
    parser.add_argument("--no-pysal", action="store_true", help="time the core only")
    args = parser.parse_args(argv)
    if args.groups < 2:
        parser.error("--groups must be at least 2 (multigroup indices)")
    sizes = sorted(args.sizes)
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}, pandas {pd.__version__}")
    time_core(sizes, args.groups, args.regions, args.repeat)
    if not args.no_pysal:
        time_pysal(sizes, args.groups, args.regions, args.repeat, args.pysal_gini_cap, args.pysal_multigini_cap)


if __name__ == "__main__":
    main()
