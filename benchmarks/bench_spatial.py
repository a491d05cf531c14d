"""Time the spatial segregation indices (core/spatial.py, core/surface.py) and PySAL on the same units.

    python benchmarks/bench_spatial.py [--sizes 10000 100000 300000] [--points 3000] [--repeat 3]

Data: for each size, a 250 m grid of exactly that many populated cells shaped like a city (three bumps of
density, lakes, 8 % of the cells empty), so the bounding-box raster the FFT path convolves is about twice
the number of cells; and ``--points`` irregular points (clustered like postal-code centroids over
40 x 40 km) with areas. Counts: Poisson(40) residents per unit, the group's share rising from west to east
plus noise. One region (the largest raster the FFT path sees).

Part 1 runs each size in its own forked process, so the peak RSS (``resource.getrusage``) belongs to that
size (it includes ~70 MB of Python, numpy and scipy). Grids use the FFT path (``method='auto'``); the
irregular points the exact blocked computation. Every distance-decay index is timed in both conventions.
Part 2 runs PySAL (``segregation`` 2.5.4) where importable, on the same units, with caps: its distance-decay
indices and its three dissimilarities build several dense n x n float64 matrices (``--pysal-dense-cap``,
default 5000 units: 200 MB each), its kernel weights for ``distance=`` loop in Python per unit
(``--pysal-kernel-cap``, 5 000); Delta, concentration and centralization are O(n) (``--pysal-linear-cap``,
100 000). The output says what was skipped. No QGIS needed.
"""

import argparse
import multiprocessing
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_analysis"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import city_cells, load_plugin, peak_rss_mb  # noqa: E402

load_plugin()

from segregation_analysis.core import spatial, surface  # noqa: E402
from segregation_analysis.core.geometry import UnitGeometry  # noqa: E402

CELL = 250.0
DECAY = ("spatial_proximity", "absolute_clustering", "relative_clustering", "distance_decay_isolation",
         "distance_decay_exposure")
AREA_BASED = ("delta", "absolute_concentration", "relative_concentration", "absolute_centralization",
              "relative_centralization")
CONTIGUITY = ("spatial_dissimilarity", "boundary_spatial_dissimilarity", "perimeter_area_dissimilarity")
PYSAL = {"spatial_dissimilarity": "SpatialDissim", "boundary_spatial_dissimilarity": "BoundarySpatialDissim",
         "perimeter_area_dissimilarity": "PARDissim", "spatial_proximity": "SpatialProximity",
         "absolute_clustering": "AbsoluteClustering", "relative_clustering": "RelativeClustering",
         "distance_decay_isolation": "DistanceDecayIsolation", "distance_decay_exposure": "DistanceDecayInteraction",
         "delta": "Delta", "absolute_concentration": "AbsoluteConcentration",
         "relative_concentration": "RelativeConcentration", "absolute_centralization": "AbsoluteCentralization",
         "relative_centralization": "RelativeCentralization"}


# --- data ------------------------------------------------------------------------------------------------------

def city_grid(n, seed=2019):
    """Cell rows/cols of exactly ``n`` populated 250 m cells shaped like a city with lakes and empty cells, in
    row-major order."""
    rows, cols, _ = city_cells(n, seed)
    order = np.lexsort((cols, rows))
    return rows[order], cols[order]


def neighbour_pairs(rows, cols, steps):
    """Pairs (i, j) of cells j = i + (d_row, d_col) for each step, in O(n log n)."""
    width = cols.max() + 3  # a step never wraps into the next row
    key = rows.astype(np.int64) * width + cols
    order = np.argsort(key)
    pairs_i, pairs_j = [], []
    for d_row, d_col in steps:
        target = key + d_row * width + d_col
        position = np.minimum(np.searchsorted(key[order], target), len(key) - 1)
        found = key[order][position] == target
        pairs_i.append(np.flatnonzero(found))
        pairs_j.append(order[position[found]])
    return np.concatenate(pairs_i), np.concatenate(pairs_j)


def contiguity(rows, cols):
    """Rook shared boundaries (one 250 m side) and binary queen contiguity of grid cells."""
    n = len(rows)
    i, j = neighbour_pairs(rows, cols, [(0, 1), (1, 0)])
    boundaries = UnitGeometry.boundaries_from_pairs(n, i, j, np.full(len(i), CELL))
    i, j = neighbour_pairs(rows, cols, [(0, 1), (1, 0), (1, 1), (1, -1)])
    return boundaries, UnitGeometry.boundaries_from_pairs(n, i, j, np.ones(len(i)))


def counts_for(points, seed=7):
    rng = np.random.default_rng(seed)
    t = rng.poisson(40, len(points)).astype(float)
    east = (points[:, 0] - points[:, 0].min()) / max(np.ptp(points[:, 0]), 1.0)
    share = np.clip(0.1 + 0.5 * east + rng.normal(0, 0.1, len(points)), 0, 1)
    return rng.binomial(t.astype(int), share).astype(float), t


def grid_units(n):
    rows, cols = city_grid(n)
    points = np.column_stack([200_125.0 + CELL * cols, 6_650_125.0 + CELL * rows])
    boundaries, queen = contiguity(rows, cols)
    geometry = UnitGeometry(points, np.full(n, CELL ** 2), np.full(n, 4 * CELL), boundaries, crs="EPSG:3067")
    return geometry, queen, (rows.max() + 1 - rows.min()) * (cols.max() + 1 - cols.min())


def irregular_units(n, seed=2019):
    """``n`` clustered points over 40 x 40 km with areas 0.1-4 km²."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 40_000, (12, 2))
    points = centres[rng.integers(0, 12, n)] + rng.normal(0, 3000, (n, 2)) + [370_000.0, 6_660_000.0]
    return UnitGeometry(points, rng.uniform(0.1, 4.0, n) * 1e6, crs="EPSG:3067")


# --- measuring -------------------------------------------------------------------------------------------------

def best_of(repeat, func, *args, **kwargs):
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = func(*args, **kwargs)
        times.append(time.perf_counter() - start)
    return min(times), value


def in_child(func, *args):
    """Run ``func(*args)`` in a forked process; returns its result (the child's peak RSS is its own)."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()

    def target():
        child.send(func(*args))
        child.close()
    process = context.Process(target=target)
    process.start()
    result = parent.recv()
    process.join()
    return result


def time_ours(kind, n, repeat):
    """Seconds per index for one data set, the raster size and the peak RSS (in a child process)."""
    if kind == "grid":
        geometry, queen, raster = grid_units(n)
    else:
        geometry, queen, raster = irregular_units(n), None, None
    x, t = counts_for(geometry.centroids)
    seconds = {}
    if queen is not None:
        seconds["spatial_dissimilarity"] = best_of(repeat, spatial.spatial_dissimilarity, x, t, queen)[0]
        for index_id in CONTIGUITY[1:]:
            seconds[index_id] = best_of(repeat, getattr(spatial, index_id), x, t, geometry)[0]
    for convention in ("pysal", "massey_denton"):
        for index_id in DECAY:
            seconds[f"{index_id} ({convention})"] = best_of(repeat, getattr(spatial, index_id), x, t, geometry,
                                                            convention=convention)[0]
    for index_id in AREA_BASED:
        seconds[index_id] = best_of(repeat, getattr(spatial, index_id), x, t, geometry)[0]
    smoother = surface.KernelSmoother(geometry, 2000.0, "gaussian")
    seconds["surface D, gaussian 2 km"] = best_of(repeat, surface.surface_index, "dissimilarity", x, smoother,
                                                  total=t)[0]
    groups = np.column_stack([x, t - x])
    seconds["profile D+H, 5 bandwidths"] = best_of(
        1, surface.multiscalar_profile, groups, None, geometry, [250, 500, 1000, 2000, 4000],
        ["multi_dissimilarity", "multi_information_theory"])[0]
    return seconds, raster, peak_rss_mb()


def part1(sizes, points, repeat):
    runs = [("grid", n) for n in sizes] + ([("irregular", points)] if points else [])
    results = {}
    for kind, n in runs:
        seconds, raster, rss = in_child(time_ours, kind, n, repeat)
        results[(kind, n)] = (seconds, raster, rss)
        extra = f", raster {raster:,} cells" if raster else ""
        print(f"{kind} {n:,} units{extra}: peak RSS {rss:.0f} MB", flush=True)
    names = list(next(iter(results.values()))[0])
    header = [f"{kind} {n:,}" for kind, n in runs]
    print(f"\n## core, one region, best of {repeat} (seconds)\n")
    print("| index | " + " | ".join(header) + " |")
    print("|---|" + "---:|" * len(runs))
    for name in names:
        cells = [f"{results[run][0][name]:.3f}" if name in results[run][0] else "–" for run in runs]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("| peak RSS MB | " + " | ".join(f"{results[run][2]:.0f}" for run in runs) + " |")


# --- PySAL ------------------------------------------------------------------------------------------------------

def geodataframe(geometry, x, t, squares_of=None):
    """Square polygons (the grid cells, or squares of each unit's area around its point) for PySAL."""
    import geopandas as gpd
    side = np.sqrt(geometry.areas) if squares_of is None else squares_of
    polygons = gpd.GeoSeries.from_xy(*geometry.centroids.T, crs=3067).buffer(side / 2, cap_style=3)
    return gpd.GeoDataFrame({"x": x, "t": t}, geometry=polygons, crs=3067)


def pysal_row(name, kind, n, ours_call, pysal_call, repeat):
    ours_s, ours_value = best_of(repeat, ours_call)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pysal_s, pysal_value = best_of(1, pysal_call)
    difference = f"{abs(ours_value - pysal_value):.1e}"
    if not np.isfinite(ours_value):  # concentration with equal areas: 0/0 (PySAL: inf or round-off noise)
        difference = f"core undefined, PySAL {pysal_value:.3g}"
    elif not np.isfinite(pysal_value):  # boundary D(w) with units without neighbours: PySAL 0/0
        difference = f"PySAL {pysal_value}"
    print(f"| {name} | {kind} {n:,} | {ours_s:.4f} | {pysal_s:.3f} | {pysal_s / ours_s:,.0f} | {difference} |",
          flush=True)


def time_pysal(kind, n, caps, repeat):
    from segregation import singlegroup
    if kind == "grid":
        geometry, queen, _ = grid_units(n)
    else:
        geometry, queen = irregular_units(n), None
    x, t = counts_for(geometry.centroids)
    frame = geodataframe(geometry, x, t)
    indices = list(AREA_BASED) if n <= caps["linear"] else []
    if n <= caps["dense"]:
        indices += list(DECAY) + (list(CONTIGUITY) if queen is not None else [])
    for index_id in indices:
        cls = getattr(singlegroup, PYSAL[index_id])
        space = queen if index_id == "spatial_dissimilarity" else geometry
        pysal_row(index_id, kind, n, lambda: getattr(spatial, index_id)(x, t, space),
                  lambda: cls(frame, "x", "t").statistic, repeat)
    if n <= caps["kernel"]:
        smoother = surface.KernelSmoother(geometry, 2000.0, "triangular", self_weight=1.0)
        pysal_row("surface D, triangular 2 km (PySAL rounds)", kind, n,
                  lambda: surface.surface_index("dissimilarity", x, smoother, total=t),
                  lambda: singlegroup.Dissim(frame, "x", "t", distance=2000.0, function="triangular").statistic,
                  repeat)
    return peak_rss_mb()


def part2(sizes, points, caps, repeat):
    try:
        import segregation  # noqa: F401
    except ImportError:
        print("\nPySAL (segregation) is not importable: part 2 skipped.")
        return
    print("\n## PySAL vs core (ratio = PySAL s / core s; |diff| = |core - PySAL|)\n")
    print(f"caps: dense n x n indices <= {caps['dense']:,} units, kernel weights <= {caps['kernel']:,}, "
          f"O(n) indices <= {caps['linear']:,}\n")
    print("| index | units | core s | PySAL s | ratio | abs diff |")
    print("|---|---|---:|---:|---:|---:|")
    largest = max(caps.values())
    runs = ([("irregular", points)] if points else []) + [("grid", caps["dense"])] + \
        [("grid", n) for n in sizes if n <= largest]
    for kind, n in runs:
        rss = in_child(time_pysal, kind, n, caps, repeat)
        print(f"| peak RSS of this run: {rss:.0f} MB | {kind} {n:,} | | | | |", flush=True)
    skipped = [n for n in sizes if n > caps["dense"]]
    if skipped:
        print(f"\nPySAL's distance-decay indices and dissimilarities skipped at {', '.join(f'{n:,}' for n in skipped)} "
              f"units: {', '.join(f'{3 * 8 * n * n / 2**30:,.0f} GB' for n in skipped)} for three n x n matrices.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000, 300000])
    parser.add_argument("--points", type=int, default=3000, help="irregular points (0: none)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-pysal", action="store_true")
    parser.add_argument("--pysal-dense-cap", type=int, default=5000)
    parser.add_argument("--pysal-kernel-cap", type=int, default=5000)
    parser.add_argument("--pysal-linear-cap", type=int, default=100000)
    args = parser.parse_args()
    start = time.perf_counter()
    part1(sorted(args.sizes), args.points, args.repeat)
    if not args.no_pysal:
        caps = {"dense": args.pysal_dense_cap, "kernel": args.pysal_kernel_cap, "linear": args.pysal_linear_cap}
        part2(sorted(args.sizes), args.points, caps, args.repeat)
    print(f"\ntotal {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
