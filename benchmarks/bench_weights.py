"""Time the spatial-weights engine (core/weights.py) on synthetic grids and irregular points, and libpysal.

    python benchmarks/bench_weights.py [--sizes 10000 100000 300000] [--points 3000] [--repeat 3]

Data: for each size, a 250 m grid of exactly that many populated cells, shaped like a city (three
overlapping bumps of density, lakes cut out, 8 % of cells empty at random) and shuffled into random
order; and ``--points`` irregular points (clustered like postal-code centroids over 40 x 40 km).

Each measurement runs in its own forked process, so the peak RSS (``resource.getrusage``) is that
builder's alone (it includes the ~70 MB of Python, numpy and the input points). libpysal runs on the same
points where importable (``lat2W`` on a full rectangle of about the same number of cells, since it only
makes rectangles), and is skipped above ``--pysal-cap`` / ``--pysal-kernel-cap`` units, where it would
take minutes; the output says so. No QGIS needed.
"""

import argparse
import importlib.util
import math
import multiprocessing
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from scipy.spatial import cKDTree

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_analysis"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import city_cells, current_rss_mb, load_plugin, peak_rss_mb  # noqa: E402

load_plugin()

from segregation_analysis.core import weights  # noqa: E402

CELL = 250.0
BAND = 600.0  # distance band on the grid: 20 neighbours for an inner cell


def city_grid(n, seed=2019):
    """Centres of exactly ``n`` 250 m cells shaped like a city with lakes and empty cells, shuffled."""
    rows, cols, rng = city_cells(n, seed)
    points = np.column_stack([cols, rows]) * CELL + [200_125.0, 6_650_125.0]
    return points[rng.permutation(n)]


def irregular_points(n, seed=2019):
    """``n`` clustered points over 40 x 40 km, like the centroids of postal-code areas."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(5_000, 35_000, (12, 2))
    points = centres[rng.integers(0, 12, n)] + rng.normal(0, 2_500, (n, 2))
    return points + [370_000.0, 6_670_000.0]


def _child(connection, func, args, repeat):
    warnings.filterwarnings("ignore")
    try:
        getattr(func, "setup", lambda: None)()
        before = current_rss_mb()
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            result = func(*args)
            times.append(time.perf_counter() - start)
            links = _links(result)
            del result
        connection.send((min(times), _memory(before), links, None))
    except Exception as error:  # reported in the table, not raised
        connection.send((None, None, None, f"{type(error).__name__}: {error}"))


def _memory(before):
    """'peak (before the build)' in MB."""
    return f"{peak_rss_mb():.0f}" + ("" if before is None else f" ({before:.0f})")


def _links(result):
    """Non-zero off-diagonal weights of our SpatialWeights or a libpysal W."""
    if hasattr(result, "n_links"):
        return result.n_links
    matrix = result.sparse
    return int(matrix.nnz - (matrix.diagonal() != 0).sum())


def isolated(func, args, repeat):
    """(best seconds, peak RSS MB, links, error) of ``func(*args)`` run in a forked child process."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(child, func, args, repeat))
    process.start()
    result = parent.recv()
    process.join()
    return result


def ours(kind):
    return {
        "grid queen": lambda p: weights.grid(p),
        "knn k=8": lambda p: weights.knn(p, 8),
        "distance band": lambda p, band: weights.distance_band(p, band),
        "kernel adaptive k=12": lambda p: weights.kernel(p, "triangular", k=12),
    }[kind]


def theirs(kind):
    """libpysal's builder; libpysal is imported in the child, so our runs never carry its memory."""
    def W():
        import libpysal
        return libpysal.weights
    func = {
        "grid queen": lambda p: W().lat2W(*_rectangle(len(p)), rook=False),
        "knn k=8": lambda p: W().KNN.from_array(p, k=8),
        "distance band": lambda p, band: W().DistanceBand.from_array(p, band, silence_warnings=True),
        "kernel adaptive k=12": lambda p: W().Kernel(p, function="triangular", k=12, fixed=False),
    }[kind]
    func.setup = W  # import before the clock starts
    return func


def _libpysal_version():
    """libpysal's version without importing it here (None when it is not installed)."""
    if importlib.util.find_spec("libpysal") is None:
        return None
    from importlib.metadata import version
    return version("libpysal")


def _rectangle(n):
    side = int(round(math.sqrt(n)))
    return side, int(round(n / side))


def cases(sizes, n_points):
    """(label, points, band) per data set: the grids, then the irregular points."""
    for n in sizes:
        yield f"{n:,}-cell grid", city_grid(n), BAND
    if n_points:
        points = irregular_points(n_points)
        eighth = cKDTree(points).query(points, k=9)[0][:, -1]      # distance to the 8th nearest neighbour
        yield f"{n_points:,} irregular points", points, float(round(np.median(eighth), -1))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 300_000], help="grid cells")
    parser.add_argument("--points", type=int, default=3_000, help="irregular points (0 = none)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--pysal-cap", type=int, default=300_000,
                        help="largest input for libpysal's lat2W, KNN and DistanceBand")
    parser.add_argument("--pysal-kernel-cap", type=int, default=100_000,
                        help="largest input for libpysal's Kernel (a Python loop over units: ~1 min per 300k)")
    parser.add_argument("--no-pysal", action="store_true", help="time the core only")
    args = parser.parse_args(argv)
    libpysal = None if args.no_pysal else _libpysal_version()
    if libpysal is None and not args.no_pysal:
        print("(libpysal not importable: comparison skipped)")
    kinds = ("grid queen", "knn k=8", "distance band", "kernel adaptive k=12")
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}, "
          f"scipy {__import__('scipy').__version__}" + (f", libpysal {libpysal}" if libpysal else ""))
    print(f"best of {args.repeat} (libpysal above 50,000 units: 1 run); each builder runs in a forked process: "
          f"RSS = that process's peak, in brackets its RSS before the build (parent after imports: "
          f"{peak_rss_mb():.0f} MB). Grid distance band: {BAND:g} m; irregular points: the median distance "
          f"to the 8th nearest neighbour.")
    print("| data | weights | units | links | core s | core peak RSS MB (before) | libpysal s | "
          "libpysal peak RSS MB (before) | libpysal s / core s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, points, band in cases(sorted(args.sizes), args.points):
        for kind in kinds:
            if kind == "grid queen" and "irregular" in label:
                continue
            call_args = (points, band) if kind == "distance band" else (points,)
            seconds, rss, links, error = isolated(ours(kind), call_args, args.repeat)
            name = f"{kind} {call_args[1]:g} m" if kind == "distance band" else kind
            core = f"{links:,} | {seconds:.3f} | {rss}" if error is None else f"{error} | |"
            print(f"| {label} | {name} | {len(points):,} | {core} |"
                  + _their_cells(kind, call_args, points, seconds, args, libpysal), flush=True)


def _their_cells(kind, call_args, points, our_seconds, args, libpysal):
    """The libpysal columns of one table row."""
    if libpysal is None:
        return " | | |"
    cap = args.pysal_kernel_cap if kind.startswith("kernel") else args.pysal_cap
    if len(points) > cap:
        return f" skipped (> {cap:,} units: minutes) | | |"
    seconds, rss, _, error = isolated(theirs(kind), call_args, 1 if len(points) > 50_000 else args.repeat)
    if error is not None:
        return f" {error} | | |"
    ratio = f"{seconds / our_seconds:.1f}" if our_seconds else ""
    return f" {seconds:.3f} | {rss} | {ratio} |"


if __name__ == "__main__":
    main()
