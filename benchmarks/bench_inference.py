"""Time the inference of core/inference.py: null models, bootstrap and bias correction, and PySAL's.

    python benchmarks/bench_inference.py [--units 3000 33000] [--groups 2 4] [--grid 300000] [--no-pysal]
                                         [--workers 1]

Part 1: ``inference_table`` with 999 replicates of every aspatial index (7 single-group indices per group
field, 10 multigroup indices) for 11 cities on synthetic postal areas (``bench_core.synthetic_units``:
Poisson(600) residents per area, each city its own composition). "null" = the null-model test alone
(``bootstrap_replications=0, bias_replications=0``); "full" adds 999 bootstrap and 999 bias-correction
replicates. Then the stacked evaluation (replicates as stacked regions, one index call per chunk) against a
Python loop over replicates (``stacked=False``, the same draws), and the draws alone.
Part 2: 999 replicates of D on a 300,000-cell grid (one region, Poisson(30) residents per cell): time and
peak RSS, with the inference's memory budget (``inference.MEMORY_BUDGET``, shared by the worker threads).
Part 3: PySAL's ``SingleValueTest`` (``n_jobs=1``) for D on one city's units, against ours.

Every measurement runs in its own forked process: the peak RSS (``resource.getrusage``) is that run's alone,
with the process's RSS before the run in brackets. ``--workers``: threads of the inference (default
``inference.WORKERS``: the machine's cores, at most 4). No QGIS needed.
"""

import argparse
import contextlib
import io
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_analysis"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import isolated, load_plugin, memory  # noqa: E402

load_plugin()

from bench_core import synthetic_units  # noqa: E402
from segregation_analysis.core import (MULTIGROUP_IDS, SINGLE_GROUP_IDS, Segments, aspatial,  # noqa: E402
                                       unit_table)
from segregation_analysis.core import inference  # noqa: E402

MODELS = (inference.EVENNESS, inference.SYSTEMATIC, inference.PERSON_PERMUTATION)


def postal_table(n, k, regions=11):
    """``k`` group fields; with k = 2 no total (the groups are the population), otherwise with the total."""
    counts, total, labels = synthetic_units(n, k, regions)
    return unit_table({f"g{j}": counts[:, j] for j in range(k)}, total=None if k == 2 else total, region=labels)


# --- part 1 --------------------------------------------------------------------------------------------------

def part1(units, groups, repeat, permutations, workers=None):
    print(f"## 1. inference_table, {permutations} replicates of all aspatial indices, 11 cities "
          f"(best of {repeat}; seconds, peak RSS MB (before); {workers or inference.WORKERS} worker threads)")
    print("Groups: 1 = one group field and its total (the 7 single-group indices: no multigroup rows); 2 = two "
          "group fields, no total (the multigroup table is the first group against the rest, so it shares that "
          "group's draws); 4 = four group fields and a total.\n")
    print("| areas | groups | rows | null model | null s | full s | peak RSS MB |")
    print("|---:|---:|---:|---|---:|---:|---:|")
    for n in units:
        for k in groups:
            table = postal_table(n, k)
            rows = 11 * (k + (k >= 2))
            for model in MODELS:
                null = isolated(lambda: inference.inference_table(
                    table, null_model=model, permutations=permutations, seed=1, bootstrap_replications=0,
                    bias_replications=0, workers=workers), repeat)
                full = isolated(lambda: inference.inference_table(
                    table, null_model=model, permutations=permutations, seed=1, workers=workers), repeat) \
                    if model == inference.EVENNESS else (None, None, None, None)
                full_s = f"{full[0]:.2f}" if full[0] is not None else "–"
                print(f"| {n:,} | {k} | {rows} | {model} | {null[0]:.2f} | {full_s} | "
                      f"{memory(*(full if full[0] else null)[1:3])} |", flush=True)


def part1_parts(n, repeat, permutations):
    """Where the time goes for one group field against the total and the multigroup indices of two groups."""
    counts, total, labels = synthetic_units(n, 2, 11)
    seg = Segments.from_labels(labels)[0]
    single = (counts[:, 0], total)
    multi = (counts,)
    print(f"\n### {n:,} areas: draws, stacked evaluation and a Python loop over replicates (one block each)\n")
    print("| block | null model | draws only s | stacked s | loop over replicates s | loop / stacked |")
    print("|---|---|---:|---:|---:|---:|")
    for name, ids, arrays in (("7 single-group indices", SINGLE_GROUP_IDS, single),
                              ("10 multigroup indices (2 groups)", MULTIGROUP_IDS, multi)):
        for model in MODELS:
            draws = isolated(lambda: inference.draw_tables(model, arrays, seg, permutations, 1), repeat)[0]
            stacked = isolated(lambda: inference.simulate(list(ids), arrays, seg, model, permutations, 1), repeat)[0]
            looped = isolated(lambda: inference.simulate(list(ids), arrays, seg, model, permutations, 1,
                                                         stacked=False), repeat)[0]
            print(f"| {name} | {model} | {draws:.2f} | {stacked:.2f} | {looped:.2f} | {looped / stacked:.1f} |",
                  flush=True)


# --- part 2 --------------------------------------------------------------------------------------------------

def part2(cells, permutations, models, workers=None):
    rng = np.random.default_rng(2019)
    t = rng.poisson(30, cells).astype(float)
    side = int(np.sqrt(cells))
    col = np.arange(cells) % side
    share = 0.1 + 0.3 * (col / side)  # a west-east gradient: some segregation
    x = rng.binomial(t.astype(np.int64), share).astype(float)
    # as inference._run: no more threads than replicates fit in the memory budget
    threads = max(1, min(workers or inference.WORKERS, inference.chunk_replicates(cells, 2)))
    print(f"\n## 2. D on {cells:,} grid cells, {permutations} replicates, one region "
          f"(memory budget {inference.MEMORY_BUDGET / 2 ** 20:.0f} MB: {threads} worker thread(s), "
          f"{inference.chunk_replicates(cells, 2, inference.MEMORY_BUDGET // threads)} replicate(s) per chunk)\n")
    print("| null model | seconds | per replicate ms | peak RSS MB (before) | expected D | p |")
    print("|---|---:|---:|---:|---:|---:|")
    for model in models:
        def run():
            result = inference.null_test("dissimilarity", (x, t), None, model, permutations, 1, workers=workers)
            return float(result.expected[0]), float(result.p[0])

        seconds, peak, before, values, error = isolated(run)
        if error:
            print(f"| {model} | {error} | | | | |", flush=True)
            continue
        print(f"| {model} | {seconds:.1f} | {1000 * seconds / permutations:.1f} | {memory(peak, before)} | "
              f"{values[0]:.4f} | {values[1]:.4f} |", flush=True)
    print(f"\nobserved D = {aspatial.dissimilarity(x, t):.4f}")


# --- part 3 --------------------------------------------------------------------------------------------------

def part3(permutations, repeat):
    try:
        import geopandas as gpd
        from segregation.inference import SingleValueTest
        from segregation.singlegroup import Dissim
    except ImportError:
        print("\n(pysal/segregation or geopandas not importable: PySAL comparison skipped)")
        return
    counts, total, labels = synthetic_units(3000, 1, 11)
    one = labels == labels[0]
    x, t = counts[one, 0], total[one]
    rng = np.random.default_rng(0)
    frame = gpd.GeoDataFrame({"g": x, "total": t}, geometry=gpd.points_from_xy(rng.random(len(x)), rng.random(len(x))),
                             crs="EPSG:3067")
    print(f"\n## 3. PySAL SingleValueTest (n_jobs=1) vs ours: D of one city ({len(x)} areas), {permutations} "
          f"replicates\n")
    print("| null model | PySAL s | ours s | PySAL / ours |")
    print("|---|---:|---:|---:|")
    for model in MODELS:
        def theirs():
            np.random.seed(1)
            with contextlib.redirect_stderr(io.StringIO()):  # PySAL's tqdm progress bar
                SingleValueTest(Dissim(frame, "g", "total"), iterations_under_null=permutations,
                                null_approach=model, n_jobs=1)
        p = isolated(theirs, 1)[0]
        o = isolated(lambda: inference.simulate("dissimilarity", (x, t), None, model, permutations, 1), repeat)[0]
        print(f"| {model} | {p:.2f} | {o:.3f} | {p / o:.0f} |", flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, nargs="+", default=[3000, 33000], help="postal areas in all")
    parser.add_argument("--groups", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--parts-units", type=int, nargs="*", default=[300, 3000],
                        help="sizes for the draws / stacked / loop breakdown")
    parser.add_argument("--grid", type=int, default=300_000, help="grid cells of part 2 (0 = skip)")
    parser.add_argument("--grid-models", nargs="+", default=list(MODELS))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-pysal", action="store_true")
    parser.add_argument("--workers", type=int, default=None, help="threads (default: inference.WORKERS)")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}")
    part1(args.units, args.groups, args.repeat, args.permutations, args.workers)
    for n in args.parts_units:
        part1_parts(n, args.repeat, args.permutations)
    if args.grid:
        part2(args.grid, args.permutations, args.grid_models, args.workers)
    if not args.no_pysal:
        part3(args.permutations, args.repeat)


if __name__ == "__main__":
    main()
