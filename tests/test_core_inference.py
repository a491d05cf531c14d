"""Inference (core/inference.py): null models, p-values, bootstrap intervals, bias-corrected D.

Statistical assertions compare a Monte-Carlo mean with an exact value (or another Monte-Carlo mean) within
4 standard errors, |mean - exact| < 4 sd / sqrt(R): a correct implementation fails one such check with
probability about 6e-5, and every check uses a fixed seed, so the suite is deterministic.
"""

import itertools
import math

import numpy as np
import pandas as pd
import pytest
from scipy import sparse, special, stats

from segregation_analysis.core import (ALL_GROUPS, INDICES, MULTIGROUP_IDS, SINGLE_GROUP_IDS, Segments,
                                       SpatialContext, UnitGeometry, aspatial, global_indices, inference,
                                       unit_table)
from segregation_analysis.core.inference import (EVENNESS, GEOGRAPHIC_PERMUTATION, NULL_MODELS, PERSON_PERMUTATION,
                                                 SYSTEMATIC, Cancelled, bias_corrected_dissimilarity, bootstrap,
                                                 draw_tables, inference_table, null_test, p_value, simulate)
from segregation_analysis.core.missing import prepare_single

COUNT_MODELS = (EVENNESS, SYSTEMATIC, PERSON_PERMUTATION)
BY_ID = {info.id: info for info in INDICES}


def city(n=60, k=3, regions=3, seed=0, size=40):
    """Units with a few groups in ``regions`` regions (labels 'a', 'b', ...), some segregation."""
    rng = np.random.default_rng(seed)
    region = np.sort(rng.integers(0, regions, n))
    shares = rng.dirichlet(np.ones(k + 1), n)
    t = rng.poisson(size, n) + 1
    counts = rng.multinomial(t, shares)
    labels = np.array([chr(ord("a") + r) for r in range(regions)])[region]
    return counts[:, :k].astype(float), t.astype(float), labels


def within(mean, exact, sd, replicates, z=4.0):
    return abs(mean - exact) < z * sd / math.sqrt(replicates) + 1e-12


# --- p-values ------------------------------------------------------------------------------------------------

def test_p_value_hand_case():
    # observed 0.5; replicates 0.1, 0.5, 0.7, 0.2: two are >= 0.5, three are <= 0.5 (R = 4)
    reps = np.array([0.1, 0.5, 0.7, 0.2])
    assert p_value(0.5, reps, "greater") == pytest.approx((2 + 1) / (4 + 1))
    assert p_value(0.5, reps, "less") == pytest.approx((3 + 1) / (4 + 1))
    assert p_value(0.5, reps, "two-sided") == 1.0  # 2 * min(0.6, 0.8) = 1.2, capped
    # every replicate above: p_greater = 5/5, p_less = 1/5, two-sided = 2/5
    above = np.array([0.6, 0.7, 0.8, 0.9])
    assert p_value(0.5, above, "greater") == 1.0
    assert p_value(0.5, above, "less") == pytest.approx(0.2)
    assert p_value(0.5, above, "two-sided") == pytest.approx(0.4)


def test_p_value_per_region_nan_and_ties():
    observed = np.array([0.3, np.nan, 0.2, 0.5])
    reps = np.array([[0.1, 0.1, np.nan, 0.5 * (1 + 1e-15)],
                     [0.4, 0.2, np.nan, 0.6],
                     [np.nan, 0.3, np.nan, 0.4]])
    p = p_value(observed, reps, "greater")
    assert p[0] == pytest.approx((1 + 1) / (2 + 1))     # the NaN replicate is left out: R = 2
    assert np.isnan(p[1])                                # observed NaN
    assert np.isnan(p[2])                                # no finite replicate
    assert p[3] == pytest.approx((2 + 1) / (3 + 1))     # 0.5 (1 + 1e-15) is a tie with 0.5, 0.6 above


def test_p_value_rejects_unknown_alternative():
    with pytest.raises(ValueError, match="alternative"):
        p_value(0.1, [0.2], "bigger")


# --- margins of the null models -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small_city():
    counts, t, labels = city(n=80, k=3, regions=3, seed=1)
    return counts, t, labels, Segments.from_labels(labels)[0]


def test_person_permutation_keeps_both_margins(small_city):
    counts, t, labels, seg = small_city
    all_counts = np.column_stack([counts, t - counts.sum(axis=1)])  # groups + rest: exhaustive
    (reps,) = draw_tables(PERSON_PERMUTATION, (all_counts,), labels, 50, 3)
    assert reps.dtype.kind == "i" and (reps >= 0).all()
    assert (reps.sum(axis=2) == t).all()                            # every unit total, every replicate
    for r in reps:
        assert (seg.sum(r) == seg.sum(all_counts)).all()            # every group total of every region
    assert (reps != all_counts).any()                               # and something moved
    x, tt = draw_tables(PERSON_PERMUTATION, (counts[:, 0], t), labels, 50, 3)
    assert (tt == t).all()
    assert all((seg.sum(row) == seg.sum(counts[:, 0])).all() for row in x)


def test_systematic_keeps_group_totals(small_city):
    counts, t, labels, seg = small_city
    (reps,) = draw_tables(SYSTEMATIC, (counts,), labels, 50, 4)
    for r in reps:
        assert (seg.sum(r) == seg.sum(counts)).all()
    assert (reps.sum(axis=2) != counts.sum(axis=1)).any()           # unit totals vary
    x, tt = draw_tables(SYSTEMATIC, (counts[:, 0], t), labels, 50, 4)
    for xr, tr in zip(x, tt):
        assert (seg.sum(xr) == seg.sum(counts[:, 0])).all() and (seg.sum(tr) == seg.sum(t)).all()
    # each unit's expected share of a group is its share of the region's population, t_i / T
    expected = seg.spread(seg.sum(counts[:, 0])) * t / seg.spread(seg.sum(t))
    assert np.abs(x.mean(axis=0) - expected).max() < 4 * np.sqrt(expected.max() / 50) + 1e-9


def test_evenness_keeps_unit_totals(small_city):
    counts, t, labels, seg = small_city
    (reps,) = draw_tables(EVENNESS, (counts,), labels, 200, 5)
    assert (reps.sum(axis=2) == counts.sum(axis=1)).all()
    group_totals = np.array([seg.sum(r) for r in reps])
    assert (group_totals != seg.sum(counts)).any()                  # region group totals vary
    # each unit is multinomial with its region's shares
    shares = seg.spread(seg.sum(counts) / seg.sum(counts.sum(axis=1))[:, None])
    mean = reps.mean(axis=0)
    sd = np.sqrt(counts.sum(axis=1)[:, None] * shares * (1 - shares) / 200)
    assert (np.abs(mean - counts.sum(axis=1)[:, None] * shares) < 5 * sd + 1e-9).all()
    x, tt = draw_tables(EVENNESS, (counts[:, 1], t), labels, 20, 5)
    assert (tt == t).all() and (x <= t).all()


def test_geographic_permutation_moves_whole_units_within_regions(small_city):
    counts, t, labels, seg = small_city
    (reps,) = draw_tables(GEOGRAPHIC_PERMUTATION, (counts,), labels, 20, 6)
    for r in reps:
        for g in range(seg.n_segments):
            units = seg.codes == g
            assert sorted(map(tuple, r[units])) == sorted(map(tuple, counts[units]))
    assert (reps != counts).any()


def test_bootstrap_resamples_units_of_the_same_region(small_city):
    counts, t, labels, seg = small_city
    table, layout = inference._prepare((counts,), labels)
    sampler = inference._Bootstrap(table, layout)
    draws = layout.unsort(sampler.draw(np.random.default_rng(7), 30))
    for r in draws:
        for g in range(seg.n_segments):
            rows = {tuple(v) for v in counts[seg.codes == g]}
            assert {tuple(v) for v in r[seg.codes == g]} <= rows


def _chi_square_p(observed_tables, probabilities, tables):
    """p-value of a chi-square test of drawn tables against exact probabilities (cells with expected >= 5;
    the rest pooled)."""
    index = {tuple(row): i for i, row in enumerate(tables)}
    counts = np.bincount([index[tuple(row)] for row in observed_tables], minlength=len(tables))
    expected = probabilities * len(observed_tables)
    big = expected >= 5
    observed = np.r_[counts[big], counts[~big].sum()]
    expected = np.r_[expected[big], expected[~big].sum()]
    keep = expected > 0
    return stats.chisquare(observed[keep], expected[keep] * observed[keep].sum() / expected[keep].sum()).pvalue


def _multivariate_hypergeometric(t, X):
    """Every table (units x groups) with unit totals ``t`` and group totals ``X``, and its probability under
    person permutation: prod_m prod_i C(places, x_im) over the ways to seat the groups one after the other."""
    rows = []
    for cells in itertools.product(*[list(_compositions(int(ti), len(X))) for ti in t]):
        table = np.array(cells)
        if (table.sum(axis=0) == X).all():
            rows.append(table)
    tables = np.array(rows)
    log_p = (special.gammaln(np.asarray(t) + 1).sum() + special.gammaln(np.asarray(X) + 1).sum()
             - special.gammaln(tables + 1).sum(axis=(1, 2)) - special.gammaln(sum(t) + 1))
    return tables, np.exp(log_p)


@pytest.mark.parametrize("k", [2, 3])
def test_person_permutation_draws_the_exact_multivariate_hypergeometric(k):
    """The binomial draw per unit and the correction of the region's total (``_fix_totals``) give exactly the
    hypergeometric allocation: the drawn tables of two regions against the enumerated probabilities."""
    t = np.array([3, 2, 4, 1, 2, 3])
    labels = np.array(["a", "a", "a", "b", "b", "b"])
    counts = np.array([[2, 0, 1], [1, 1, 0], [0, 2, 2], [1, 0, 0], [0, 1, 1], [2, 0, 1]])[:, :k]
    counts[:, -1] = t - counts[:, :-1].sum(axis=1)
    (draws,) = draw_tables(PERSON_PERMUTATION, (counts.astype(float),), labels, 40000, 11)
    for region in ("a", "b"):
        rows = labels == region
        tables, probability = _multivariate_hypergeometric(t[rows], counts[rows].sum(axis=0))
        assert probability.sum() == pytest.approx(1.0)
        drawn = draws[:, rows].reshape(len(draws), -1)
        assert _chi_square_p(drawn, probability, tables.reshape(len(tables), -1)) > 1e-4, region


def test_evenness_draws_the_exact_product_multinomial():
    t = np.array([3, 2, 4])
    counts = np.array([[2, 0, 1], [1, 1, 0], [0, 2, 2]])
    (draws,) = draw_tables(EVENNESS, (counts.astype(float),), None, 40000, 12)
    shares = counts.sum(axis=0) / t.sum()
    cells = [list(_compositions(int(ti), 3)) for ti in t]
    tables = np.array([np.array(c) for c in itertools.product(*cells)])
    probability = np.prod([stats.multinomial.pmf(tables[:, i], t[i], shares) for i in range(len(t))], axis=0)
    assert _chi_square_p(draws.reshape(len(draws), -1), probability, tables.reshape(len(tables), -1)) > 1e-4


def _product_multinomial(X, probabilities):
    """Every table (units x columns) whose column m is a composition of X_m over the units, and its probability
    when the columns are independent Multinomial(X_m, probabilities[:, m])."""
    columns = [np.array(list(_compositions(int(Xm), len(probabilities)))) for Xm in X]
    tables, probability = [], []
    for cells in itertools.product(*[range(len(c)) for c in columns]):
        tables.append(np.column_stack([columns[m][c] for m, c in enumerate(cells)]))
        probability.append(np.prod([stats.multinomial.pmf(columns[m][c], int(X[m]), probabilities[:, m])
                                    for m, c in enumerate(cells)]))
    return np.array(tables), np.array(probability)


@pytest.mark.parametrize("poisson", [True, False])
@pytest.mark.parametrize("k", [2, 3])
def test_systematic_and_allen_bootstrap_draw_the_exact_multinomials(k, poisson, monkeypatch):
    """Both ways of ``_Multinomial`` give exactly independent multinomials per column: systematic (probabilities
    t_i / T, the same for every column) and Allen et al.'s bootstrap (each column its own x_im / X_m), against
    the enumerated probabilities of two regions. Poisson: one Poisson per unit and the correction of the
    region's total (``_fix_totals`` with persons put in with replacement; small totals, so both corrections,
    out and in, happen often); tree: one binomial per node of a binary tree of the units."""
    monkeypatch.setattr(inference, "_POISSON_CORRECTIONS", np.inf if poisson else 0.0)
    t = np.array([3, 2, 4, 1, 2, 3])
    labels = np.array(["a", "a", "a", "b", "b", "b"])
    counts = np.array([[2, 0, 1], [1, 1, 0], [0, 2, 2], [1, 0, 0], [0, 1, 1], [2, 0, 1]])[:, :k]
    counts[:, -1] = t - counts[:, :-1].sum(axis=1)
    layout = inference._Layout(Segments.from_labels(labels)[0])
    table = inference._Table.from_arrays((counts.astype(float),))
    for sampler, weights in ((inference._Systematic, np.repeat(t[:, None], k, axis=1)),
                             (inference._GroupMultinomial, counts)):
        drawer = sampler(table, layout)
        assert drawer.poisson == poisson
        draws = layout.unsort(drawer.draw(np.random.default_rng(13), 40000))
        for region in ("a", "b"):
            rows = labels == region
            X = counts[rows].sum(axis=0)
            tables, probability = _product_multinomial(X, weights[rows] / weights[rows].sum(axis=0))
            assert probability.sum() == pytest.approx(1.0)
            drawn = draws[:, rows].reshape(len(draws), -1)
            assert _chi_square_p(drawn, probability, tables.reshape(len(tables), -1)) > 1e-4, (sampler, region)


def test_fixed_poisson_tables_draw_the_poisson():
    lam = np.array([0.0, 0.3, 4.0, 4.0, 30.0, 600.0])
    sampler = inference._FixedPoisson(lam)
    assert sampler.tables
    draws = sampler.draw(np.random.default_rng(5), 100000)
    assert draws.dtype == np.int64 and (draws[:, 0] == 0).all()
    for i in range(1, len(lam)):
        outcomes = np.arange(int(lam[i] + 12 * np.sqrt(lam[i]) + 10))
        probability = stats.poisson.pmf(outcomes, lam[i])
        assert _chi_square_p(draws[:, i:i + 1], probability / probability.sum(), outcomes[:, None]) > 1e-4, lam[i]
    assert not np.array_equal(draws[:, 2], draws[:, 3])  # one table, independent draws


def test_poisson_means_of_huge_counts_do_not_overflow(monkeypatch):
    """The means X_m w_i / W_m are formed in floating point: X_m w_i of 1.6e19 would wrap around in int64."""
    monkeypatch.setattr(inference, "_POISSON_CORRECTIONS", np.inf)
    layout = inference._Layout(Segments.single(2))
    table = inference._Table.from_arrays((np.array([4e9, 4e9]), np.array([4e9, 4e9])))
    np.testing.assert_allclose(inference._Systematic(table, layout).columns[0].lam, [4e9, 4e9])


def test_multinomial_way_follows_the_units_against_the_totals():
    """Postal areas (a few hundred units per city, totals of 10**4 and more) go down the binary tree; a grid of
    small cells (many units against the totals) takes the Poisson draws and the correction."""
    rng = np.random.default_rng(1)
    postal = unit_table({"x": rng.binomial(600, 0.2, 3000).astype(float)}, total=np.full(3000, 600.0),
                        region=np.repeat(np.arange(11), 273)[:3000].astype(str))
    grid_t = rng.poisson(30, 300_000).astype(float)
    grid = unit_table({"x": rng.binomial(grid_t.astype(np.int64), 0.25).astype(float)}, total=grid_t)
    for table, poisson in ((postal, False), (grid, True)):
        prep = prepare_single(table, 0)
        layout = inference._Layout(prep.segments)
        sampled = inference._Table.from_arrays((prep.x, prep.t))
        assert inference._Systematic(sampled, layout).poisson == poisson
        assert inference._GroupMultinomial(sampled, layout).poisson == poisson


@pytest.mark.parametrize("tables", [True, False])
def test_fixed_binomial_tables_draw_the_binomial(tables, monkeypatch):
    """Inversion of tabulated binomial distributions (one per distinct (n, p)), and numpy's sampler when the
    tables would be too big: the frequencies of every outcome match the binomial probabilities."""
    if not tables:
        monkeypatch.setattr(inference, "_TABLE_ENTRIES", 0)
    n = np.array([0, 1, 5, 20, 20, 600, 600, 3, 1000, 50, 7, 7])
    p = np.array([0.3, 0.5, 0.0, 0.3, 1.0, 0.2, 0.001, 0.999, 0.5, 0.02, 0.5, 0.5])
    sampler = inference._FixedBinomial(n, p)
    assert sampler.tables == tables
    draws = sampler.draw(np.random.default_rng(3), 100000)
    assert draws.shape == (100000, len(n)) and draws.dtype == np.int64
    assert (draws[:, 0] == 0).all() and (draws[:, 2] == 0).all() and (draws[:, 4] == 20).all()
    for i in (1, 3, 5, 6, 7, 8, 9, 10, 11):
        outcomes = np.arange(n[i] + 1)
        p_value = _chi_square_p(draws[:, i:i + 1], stats.binom.pmf(outcomes, n[i], p[i]), outcomes[:, None])
        assert p_value > 1e-4, (n[i], p[i])
    # one table per distinct (n, p): the two Bin(7, 0.5) units share theirs, yet draw independently
    assert not np.array_equal(draws[:, 10], draws[:, 11])
    assert abs(np.corrcoef(draws[:, 10], draws[:, 11])[0, 1]) < 0.02
    if tables:  # the guide search gives exactly the inverse of each unit's table at the same uniforms
        u = np.random.default_rng(3).random((100000, len(n)))
        for i in range(len(n)):
            table = sampler.cdf[sampler.first[i]:sampler.first[i] + sampler.width[i]]
            exact = np.searchsorted(table, u[:, i], side="right") + sampler.first[i] + sampler.lo[i]
            np.testing.assert_array_equal(draws[:, i], exact)


def test_non_integer_counts_are_rounded_for_draws():
    x, t = np.array([1.4, 2.6, 0.0]), np.array([3.0, 5.2, 2.0])
    table, layout = inference._prepare((x, t), None)
    sampler = inference._PersonPermutation(table, layout)
    assert sampler.rounded
    xr, tr = draw_tables(PERSON_PERMUTATION, (x, t), None, 10, 0)
    assert (tr == [3, 5, 2]).all() and (xr.sum(axis=1) == 4).all()   # rint: 1 + 3 = 4 of 3 + 5 + 2 places


# --- reproducibility, chunking, stacking ----------------------------------------------------------------------

def test_same_seed_identical_and_other_seed_different(small_city):
    counts, t, labels, _ = small_city
    a = simulate(list(SINGLE_GROUP_IDS), (counts[:, 0], t), labels, PERSON_PERMUTATION, 99, 11)
    b = simulate(list(SINGLE_GROUP_IDS), (counts[:, 0], t), labels, PERSON_PERMUTATION, 99,
                 np.random.default_rng(11))
    c = simulate(list(SINGLE_GROUP_IDS), (counts[:, 0], t), labels, PERSON_PERMUTATION, 99, 12)
    for index_id in SINGLE_GROUP_IDS:
        np.testing.assert_array_equal(a[index_id], b[index_id])
        assert not np.array_equal(a[index_id], c[index_id])


def test_memory_budget_holds_two_threads_for_a_national_grid():
    """The default budget holds one replicate of 300,000 grid cells in each of two worker threads (~45 MB
    each), and the chunks of a 3,000-area table are bounded by the cache, not by the budget."""
    assert inference.chunk_replicates(300_000, 2) >= 2
    assert 8 * 300_000 * (2 + inference._WORK_ARRAYS) * 2 <= inference.MEMORY_BUDGET <= 256 * 2 ** 20
    assert inference.chunk_replicates(3000, 5) > inference._CHUNK_ELEMENTS // (3000 * 5)


@pytest.mark.parametrize("null_model", NULL_MODELS)
def test_chunking_gives_the_same_result(small_city, null_model):
    counts, t, labels, _ = small_city
    ids = list(MULTIGROUP_IDS)
    one_chunk = simulate(ids, (counts,), labels, null_model, 70, 5, memory_budget=2 ** 40)
    tiny = simulate(ids, (counts,), labels, null_model, 70, 5, memory_budget=1)      # one replicate per chunk
    odd = simulate(ids, (counts,), labels, null_model, 70, 5,
                   memory_budget=8 * 80 * (3 + inference._WORK_ARRAYS) * 7)          # chunks of 7
    assert inference.chunk_replicates(80, 3, 1) == 1
    assert inference.chunk_replicates(80, 3, 8 * 80 * (3 + inference._WORK_ARRAYS) * 7) == 7
    for index_id in ids:
        np.testing.assert_allclose(tiny[index_id], one_chunk[index_id], rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(odd[index_id], one_chunk[index_id], rtol=1e-12, atol=1e-14)


def _regions_with_edge_cases():
    """Three ordinary regions, one with a single unit and one region code without units."""
    counts, t, labels = city(n=70, k=3, regions=3, seed=2)
    labels = labels.astype(object)
    labels[0] = "z_alone"
    codes = Segments.from_labels(labels)[0]
    seg = Segments(codes.codes, codes.n_segments + 1)  # one more region code: empty
    return counts, t, seg


@pytest.mark.parametrize("null_model", COUNT_MODELS + ("bootstrap",))
def test_stacked_replicates_equal_a_plain_loop(null_model):
    """Stacked evaluation (replicate r of region g = segment r * G + g) equals calling each core index
    function once per replicate on the same draws."""
    counts, t, seg = _regions_with_edge_cases()
    single = {i: BY_ID[i].function for i in SINGLE_GROUP_IDS}
    multi = {i: BY_ID[i].function for i in MULTIGROUP_IDS}
    for functions, arrays in ((single, (counts[:, 0], t)), (multi, (counts,))):
        if null_model == "bootstrap":
            stacked = {i: v.replicates for i, v in bootstrap(functions, arrays, seg, 40, rng=8).items()}
            looped = {i: v.replicates for i, v in bootstrap(functions, arrays, seg, 40, rng=8, stacked=False).items()}
            table, layout = inference._prepare(arrays, seg)
            sampler = inference._Bootstrap(table, layout)
            block = inference.stream_block(table.n, table.k)
            draws = inference._draw_task(sampler, int(np.random.default_rng(8).integers(2 ** 63)), 0, 40, block)
            tables = table.arrays(layout.unsort(draws))
            plain = {i: np.array([f(*[a[r] for a in tables], regions=seg) for r in range(40)])
                     for i, f in functions.items()}
            for index_id in functions:
                np.testing.assert_allclose(looped[index_id], plain[index_id], rtol=0, atol=0, equal_nan=True)
        else:
            stacked = simulate(functions, arrays, seg, null_model, 40, 8)
            looped = simulate(functions, arrays, seg, null_model, 40, 8, stacked=False)
            tables = draw_tables(null_model, arrays, seg, 40, 8)
            plain = {i: np.array([f(*[a[r] for a in tables], regions=seg) for r in range(40)])
                     for i, f in functions.items()}
            for index_id in functions:
                np.testing.assert_allclose(looped[index_id], plain[index_id], rtol=0, atol=0, equal_nan=True)
        for index_id in functions:
            np.testing.assert_allclose(stacked[index_id], looped[index_id], rtol=1e-10, atol=1e-12,
                                       equal_nan=True, err_msg=index_id)
            assert np.isnan(stacked[index_id][:, -1]).all()            # the empty region
            assert np.isfinite(stacked[index_id][:, 0]).all()


def test_stacked_segments_reproduce_segments_operations():
    counts, t, seg = _regions_with_edge_cases()
    layout = inference._Layout(seg)
    stacked = inference._StackedSegments(layout, 3)
    plain = Segments(stacked.codes, stacked.n_segments)
    rng = np.random.default_rng(0)
    values = rng.random((len(stacked.codes), 2))
    np.testing.assert_allclose(stacked.sum(values), plain.sum(values), rtol=1e-12)
    np.testing.assert_allclose(stacked.sum(values[:, 0]), plain.sum(values[:, 0]), rtol=1e-12)
    np.testing.assert_array_equal(stacked.count(), plain.count())
    for shape in ((), (4,), (2, 3)):  # per-region values, vectors and matrices (a custom index's)
        per_region = rng.random((stacked.n_segments,) + shape)
        np.testing.assert_array_equal(stacked.spread(per_region), plain.spread(per_region))
    key = rng.random(len(stacked.codes))
    order = stacked.order_by(key)
    assert (np.diff(stacked.codes[order]) >= 0).all()
    same = np.diff(stacked.codes[order]) == 0
    assert (np.diff(key[order])[same] >= 0).all()
    np.testing.assert_allclose(stacked.exclusive_cumsum(values[order, 0], stacked.codes[order]),
                               plain.exclusive_cumsum(values[order, 0], stacked.codes[order]), atol=1e-12)
    # keys with NaN: sorted exactly by region, NaN last within each region
    key[::5] = np.nan
    order = stacked.order_by(key)
    assert (np.diff(stacked.codes[order]) >= 0).all()
    for g in np.unique(stacked.codes):
        inside = key[order][stacked.codes[order] == g]
        finite = np.isfinite(inside)
        assert (np.diff(inside[finite]) >= 0).all() and not finite[finite.sum():].any()


@pytest.mark.parametrize("regions", [1, 5, 40])
def test_stacked_radix_order_is_the_exact_order(regions):
    """The stacked layout sorts each replicate's units by (region, key) with radix passes over 16-bit digits:
    the region folded into the key (up to 16 regions) or a pass of its own (more), and rows with different keys
    closer than the integer grid sorted exactly. The order must be that of the keys within every region, and
    the pair sum of the Gini indices must equal the O(n^2) sum (up to rounding: 1e-13 of W^2 max|p|, W the
    region's weight, as the index divides it by about T^2)."""
    rng = np.random.default_rng(regions)
    codes = np.sort(rng.integers(0, regions, 300))
    layout = inference._Layout(Segments(codes, regions))
    stacked = inference._StackedSegments(layout, 4)
    keys = rng.random((4, 300))
    keys[1] = np.round(keys[1], 2)                             # ties: any order among them is right
    keys[2] = 0.5 + rng.integers(0, 3, 300) * 1e-13            # different keys on one integer: exact fallback
    keys[3, ::7] = 1e6                                         # a wide range: the rest share few integers
    key = keys.ravel()
    order = stacked.order_by(key)
    assert (stacked.codes[order] == stacked.codes).all()       # every unit stays in its region's positions
    same = stacked.codes[1:] == stacked.codes[:-1]
    assert (np.diff(key[order])[same] >= 0).all()
    w = rng.integers(0, 50, len(key)).astype(float)
    pairs = aspatial.pairwise_abs_difference(key, w, stacked)
    for segment in range(stacked.n_segments):
        inside = stacked.codes == segment
        p, ww = key[inside], w[inside]
        brute = (ww[:, None] * ww[None, :] * np.abs(p[:, None] - p[None, :])).sum()
        assert pairs[segment] == pytest.approx(brute, rel=1e-12, abs=1e-13 * ww.sum() ** 2 * np.abs(p).max())


def test_cancellation_stops_between_chunks(small_city):
    counts, t, labels, _ = small_city
    calls, reports = [], []

    def index(x, t, regions=None):
        calls.append(len(x))
        return aspatial.dissimilarity(x, t, regions=regions)

    def progress(done, total):
        reports.append((done, total))
        return len(reports) < 3  # the third report (after the second chunk) cancels

    budget = 8 * 80 * (2 + inference._WORK_ARRAYS) * 8  # chunks of 8 replicates (a stream block of 64: 8 chunks)
    with pytest.raises(Cancelled):
        simulate(index, (counts[:, 0], t), labels, EVENNESS, 100, 1, progress=progress, memory_budget=budget,
                 workers=1)
    assert reports == [(0, 100), (8, 100), (16, 100)]
    assert calls == [8 * 80, 8 * 80]  # two chunks evaluated (stacked), nothing after the cancel


def test_threads_give_the_same_values_and_report_from_the_calling_thread(small_city):
    """With several workers the tasks run in threads: the same values as one worker (each replicate's draws
    and values do not depend on the thread or the chunk), progress only from the calling thread, and a
    cancel stops the run between chunks (at most the chunks already running finish)."""
    import threading
    counts, t, labels, _ = small_city
    ids = list(SINGLE_GROUP_IDS)
    budget = 8 * 80 * (2 + inference._WORK_ARRAYS) * 4  # tasks of one stream block (64), chunks of 2 or 4
    one = simulate(ids, (counts[:, 0], t), labels, PERSON_PERMUTATION, 300, 3, memory_budget=budget, workers=1)
    threads = []
    several = simulate(ids, (counts[:, 0], t), labels, PERSON_PERMUTATION, 300, 3, memory_budget=budget,
                       workers=3, progress=lambda done, total: threads.append(threading.current_thread()))
    for index_id in ids:
        np.testing.assert_array_equal(several[index_id], one[index_id])
    assert set(threads) == {threading.current_thread()} and len(threads) == 1 + 5  # 0, then 5 tasks
    calls = []

    def index(x, t, regions=None):
        calls.append(len(x))
        return aspatial.dissimilarity(x, t, regions=regions)

    with pytest.raises(Cancelled):
        simulate(index, (counts[:, 0], t), labels, EVENNESS, 640, 1, memory_budget=budget, workers=2,
                 progress=lambda done, total: done == 0)  # cancels at the first task done
    # 10 tasks of 64 replicates in chunks of 2: the cancel comes after the first task (32 chunks); the running
    # tasks stop at their next chunk and the waiting ones never start (generous bound: thread timing varies)
    assert 32 <= len(calls) < 5 * 32 and all(c == 2 * 80 for c in calls)
    with pytest.raises(ValueError, match="workers"):
        simulate("dissimilarity", (counts[:, 0], t), labels, EVENNESS, 5, 1, workers=0)


def test_progress_reaches_total_and_none_does_not_cancel(small_city):
    counts, t, labels, _ = small_city
    reports = []
    simulate("dissimilarity", (counts[:, 0], t), labels, SYSTEMATIC, 55, 1,
             progress=lambda done, total: reports.append((done, total)))  # returns None: not a cancel
    assert reports[0] == (0, 55) and reports[-1] == (55, 55)
    assert all(b[0] > a[0] for a, b in zip(reports, reports[1:]))


# --- exact null distributions of textbook cases ----------------------------------------------------------------

def _d(a, b):
    """D of tables (a = group, b = rest) given as arrays [..., n]; NaN where a group is empty."""
    A, B = a.sum(axis=-1, keepdims=True), b.sum(axis=-1, keepdims=True)
    with np.errstate(all="ignore"):
        return 0.5 * np.abs(a / A - b / B).sum(axis=-1)


def _compositions(total, parts):
    """All vectors of ``parts`` non-negative integers summing to ``total``."""
    for cuts in itertools.combinations(range(total + parts - 1), parts - 1):
        edges = (-1,) + cuts + (total + parts - 1,)
        yield [edges[i + 1] - edges[i] - 1 for i in range(parts)]


def _log_comb(n, k):
    return special.gammaln(n + 1) - special.gammaln(k + 1) - special.gammaln(n - k + 1)


def exact_null(null_model, x, t):
    """(probabilities, D values) of every table the null model can draw (exact enumeration)."""
    x, t = np.asarray(x), np.asarray(t)
    X, T = int(x.sum()), int(t.sum())
    if null_model == PERSON_PERMUTATION:   # multivariate hypergeometric over the unit totals
        grids = np.array(list(itertools.product(*[range(int(ti) + 1) for ti in t[:-1]])))
        last = X - grids.sum(axis=1)
        ok = (last >= 0) & (last <= t[-1])
        a = np.column_stack([grids[ok], last[ok]])
        log_prob = sum(_log_comb(ti, a[:, i]) for i, ti in enumerate(t)) - _log_comb(T, X)
        return np.exp(log_prob), _d(a, t - a)
    if null_model == EVENNESS:              # independent binomials with the city's share
        a = np.array(list(itertools.product(*[range(int(ti) + 1) for ti in t])))
        prob = np.prod([stats.binom.pmf(a[:, i], ti, X / T) for i, ti in enumerate(t)], axis=0)
        return prob, _d(a, t - a)
    if null_model == SYSTEMATIC:            # both groups multinomial over the units with t / T
        p = t / T
        minority = np.array(list(_compositions(X, len(t))))
        majority = np.array(list(_compositions(T - X, len(t))))
        pa = stats.multinomial.pmf(minority, X, p)
        pb = stats.multinomial.pmf(majority, T - X, p)
        a = np.repeat(minority, len(majority), axis=0)
        b = np.tile(majority, (len(minority), 1))
        return np.repeat(pa, len(majority)) * np.tile(pb, len(minority)), _d(a, b)
    raise ValueError(null_model)


def exact_moments(null_model, x, t, observed):
    prob, d = exact_null(null_model, x, t)
    ok = np.isfinite(d)
    prob, d = prob[ok] / prob[ok].sum(), d[ok]  # given a defined D, as the replicates are counted
    mean = (prob * d).sum()
    sd = math.sqrt(max((prob * (d - mean) ** 2).sum(), 0.0))
    p_greater = prob[d >= observed - 1e-12].sum()
    return mean, sd, p_greater


TEXTBOOK = {
    # test_core_hand_cases: D = 0.6 in both; p_i = (1, 1/3, 1/15) and (0.8, 0.8, 0.2, 0.2)
    "three_unequal_units": ([60, 30, 10], [60, 90, 150], (EVENNESS, PERSON_PERMUTATION)),
    "four_equal_units": ([40, 40, 10, 10], [50, 50, 50, 50], (PERSON_PERMUTATION,)),
    # small enough to enumerate every null model, and not significant: p in the middle
    "tiny": ([2, 1, 0], [2, 3, 4], COUNT_MODELS),
    "tiny_four": ([1, 2, 1, 0], [2, 3, 3, 2], COUNT_MODELS),
}


@pytest.mark.parametrize("case", TEXTBOOK)
def test_textbook_null_mean_and_p_equal_the_exact_distribution(case):
    x, t, models = TEXTBOOK[case]
    R = 4000
    observed = aspatial.dissimilarity(x, t)
    for null_model in models:
        mean, sd, p_exact = exact_moments(null_model, x, t, observed)
        result = null_test("dissimilarity", (np.array(x, float), np.array(t, float)), None, null_model, R, 2024)
        reps = result.replicates[:, 0]
        n_valid = np.isfinite(reps).sum()
        assert within(np.nanmean(reps), mean, sd, n_valid), (case, null_model, np.nanmean(reps), mean)
        assert result.expected[0] == pytest.approx(np.nanmean(reps))
        # (M + 1) / (R + 1) estimates P(D* >= D) with binomial error
        assert abs(result.p[0] - p_exact) < 4 * math.sqrt(max(p_exact * (1 - p_exact), 1e-4) / n_valid) + 2 / n_valid
        if observed == pytest.approx(0.6):
            assert p_exact < 1e-6 and result.p[0] == pytest.approx(1 / (n_valid + 1))


def test_perfectly_even_small_units_have_expected_d_above_zero():
    """Small-unit bias: 50 units of 10 persons with exactly 2 group members each have D = 0, yet random
    residence gives D around 0.3 (nobody could be more evenly spread than this city: p = 1)."""
    x, t = np.full(50, 2.0), np.full(50, 10.0)
    assert aspatial.dissimilarity(x, t) == 0.0
    for null_model in COUNT_MODELS:
        result = null_test("dissimilarity", (x, t), None, null_model, 499, 3)
        assert 0.2 < result.expected[0] < 0.45, null_model
        assert result.p[0] == 1.0
    # with units 100 times larger the bias nearly vanishes
    big = null_test("dissimilarity", (x * 100, t * 100), None, PERSON_PERMUTATION, 199, 3)
    assert big.expected[0] < 0.04


def test_bias_correction_moves_random_cities_towards_zero():
    """Cities with no systematic segregation (each unit a random sample of 10 persons, 20 % group): the
    observed D is biased up (about 0.32); Allen et al.'s D_bc = 2 D - mean(D*) is below D in every city
    (D is convex in the counts) and much closer to the true 0 on average."""
    rng = np.random.default_rng(5)
    observed, corrected = [], []
    for number in range(60):
        t = np.full(50, 10.0)
        x = rng.binomial(10, 0.2, 50).astype(float)
        observed.append(aspatial.dissimilarity(x, t))
        corrected.append(bias_corrected_dissimilarity(x, t, permutations=200, rng=number))
    observed, corrected = np.array(observed), np.array(corrected)
    assert (corrected < observed).all()
    assert 0.25 < observed.mean() < 0.4
    assert abs(corrected.mean()) < 0.65 * observed.mean()


def test_bias_corrected_dissimilarity_definition_and_regions():
    counts, t, labels = city(n=90, k=1, regions=3, seed=9)
    x = counts[:, 0]
    corrected, reps = bias_corrected_dissimilarity(x, t, labels, 300, 4, return_replicates=True)
    observed = aspatial.dissimilarity(x, t, regions=labels)
    np.testing.assert_allclose(corrected, 2 * observed - reps.mean(axis=0), rtol=1e-12)
    assert corrected.shape == (3,) and (corrected < observed).all()
    # one region at a time gives the same estimator (statistically: different streams)
    for g, label in enumerate(sorted(set(labels))):
        one = labels == label
        alone = bias_corrected_dissimilarity(x[one], t[one], permutations=300, rng=5)
        assert abs(alone - corrected[g]) < 4 * reps[:, g].std() * math.sqrt(2 / 300)
    # group totals are kept in every bootstrap table (Allen et al.: X and Y fixed)
    table, layout = inference._prepare((x, t), labels)
    draws = layout.unsort(inference._GroupMultinomial(table, layout).draw(np.random.default_rng(0), 20))
    seg = Segments.from_labels(labels)[0]
    for r in draws:
        np.testing.assert_array_equal(seg.sum(r[:, 0]), seg.sum(x))
        np.testing.assert_array_equal(seg.sum(r[:, 1]), seg.sum(t - x))


# --- bootstrap ---------------------------------------------------------------------------------------------------

def test_bootstrap_percentile_interval():
    counts, t, labels = city(n=120, k=1, regions=2, seed=4)
    x = counts[:, 0]
    result = bootstrap("dissimilarity", (x, t), labels, 400, 0.9, 6)
    np.testing.assert_allclose(result.low, np.quantile(result.replicates, 0.05, axis=0))
    np.testing.assert_allclose(result.high, np.quantile(result.replicates, 0.95, axis=0))
    observed = aspatial.dissimilarity(x, t, regions=labels)
    assert (result.low < observed).all() and (observed < result.high).all()
    # identical units in each region: every resample is the same city, the interval collapses on D = 0
    same = bootstrap("dissimilarity", (np.r_[np.full(5, 3.0), np.full(5, 1.0)], np.full(10, 4.0)),
                     np.r_[np.zeros(5), np.ones(5)], 50, 0.95, 1)
    assert (same.low == 0).all() and (same.high == 0).all()
    with pytest.raises(ValueError, match="confidence"):
        bootstrap("dissimilarity", (x, t), labels, 10, 1.5, 1)


# --- inference_table -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def city_table():
    counts, t, labels = city(n=150, k=3, regions=4, seed=3, size=60)
    return unit_table({"g0": counts[:, 0], "g1": counts[:, 1], "g2": counts[:, 2]}, total=t, region=labels)


@pytest.fixture(scope="module")
def city_result(city_table):
    return inference_table(city_table, null_model=EVENNESS, permutations=199, seed=7)


def test_inference_table_rows_and_columns_align_with_global_indices(city_table, city_result):
    observed = global_indices(city_table)
    pd.testing.assert_frame_equal(city_result[["region", "group"]], observed[["region", "group"]])
    ids = [i for i in observed.columns if i in BY_ID]
    expected_columns = ["region", "group"] + [i + s for i in ids for s in inference.COLUMN_SUFFIXES] \
        + [inference.BIAS_CORRECTED_D]
    assert list(city_result.columns) == expected_columns
    single = city_result["group"] != ALL_GROUPS
    for index_id in SINGLE_GROUP_IDS:
        assert city_result.loc[single, index_id + "_p"].notna().all()
        assert city_result.loc[~single, index_id + "_p"].isna().all()
    for index_id in MULTIGROUP_IDS:
        assert city_result.loc[~single, [index_id + s for s in inference.COLUMN_SUFFIXES]].notna().all().all()
    assert city_result.loc[single, "bias_corrected_dissimilarity"].notna().all()
    assert city_result.loc[~single, "bias_corrected_dissimilarity"].isna().all()
    info = city_result.attrs["inference"]
    assert info["seed"] == 7 and info["null_model"] == EVENNESS and info["permutations"] == 199
    assert info["alternatives"]["exposure"] == "less" and info["alternatives"]["dissimilarity"] == "greater"
    assert info["alternatives"]["diversity"] == "less"


def test_inference_table_values_match_the_functions(city_table, city_result):
    """The table's numbers are those of the public functions on the same units (statistically: other streams),
    and the observed values lie far above the evenness null (the synthetic city is segregated)."""
    observed = global_indices(city_table)
    rows = city_result["group"] == "g1"
    x, t = city_table.groups[:, 1], city_table.total
    test = null_test("dissimilarity", (x, t), city_table.segments, EVENNESS, 199, 1)
    sd = test.replicates.std(axis=0)
    assert (np.abs(city_result.loc[rows, "dissimilarity_expected"].to_numpy() - test.expected)
            < 4 * sd * math.sqrt(2 / 199)).all()
    assert (city_result.loc[rows, "dissimilarity_p"] == 1 / 200).all()
    assert (observed.loc[rows, "dissimilarity"] > city_result.loc[rows, "dissimilarity_expected"]).all()
    low, high = city_result.loc[rows, "dissimilarity_ci_low"], city_result.loc[rows, "dissimilarity_ci_high"]
    assert (low < observed.loc[rows, "dissimilarity"]).all() and (observed.loc[rows, "dissimilarity"] < high).all()


def test_inference_table_same_seed_identical_other_seed_within_monte_carlo_error(city_table, city_result):
    again = inference_table(city_table, null_model=EVENNESS, permutations=199, seed=7)
    pd.testing.assert_frame_equal(again, city_result)
    assert again.attrs == city_result.attrs
    other = inference_table(city_table, null_model=EVENNESS, permutations=199, seed=8)
    assert not other.equals(city_result)
    expected = [c for c in city_result.columns if c.endswith("_expected")]
    a, b = city_result[expected].to_numpy(float), other[expected].to_numpy(float)
    ok = np.isfinite(a)
    # two independent means of 199 replicates: their difference has sd sqrt(2) * sd / sqrt(199); the null's
    # sd is not stored, the bootstrap half-width bounds it generously for these indices
    scale = (city_result[[c.replace("_expected", "_ci_high") for c in expected]].to_numpy(float)
             - city_result[[c.replace("_expected", "_ci_low") for c in expected]].to_numpy(float))
    assert (np.abs(a - b)[ok] < 4 * np.sqrt(2 / 199) * scale[ok] + 1e-12).all()


def test_inference_table_group_results_do_not_depend_on_other_fields(city_table):
    """Each group field has its own random stream (keyed by its name): adding fields changes nothing for g1."""
    both = inference_table(city_table, ["dissimilarity", "gini"], PERSON_PERMUTATION, 99, seed=3)
    alone_table = unit_table({"g1": city_table.groups[:, 1]}, total=city_table.total,
                             region=np.array(city_table.region_labels, dtype=object)[city_table.segments.codes])
    alone = inference_table(alone_table, ["dissimilarity", "gini"], PERSON_PERMUTATION, 99, seed=3)
    pd.testing.assert_frame_equal(both[both["group"] == "g1"].reset_index(drop=True), alone)


def test_inference_table_two_groups_without_total_share_draws(city_table):
    """Two group fields and no total: the multigroup table is (g0, g1) = group g0 against the rest, so the
    multigroup D equals D of g0 on the same draws (one set of draws serves both rows)."""
    two = unit_table({"g0": city_table.groups[:, 0], "g1": city_table.groups[:, 1]},
                     region=np.array(city_table.region_labels, dtype=object)[city_table.segments.codes])
    result = inference_table(two, ["dissimilarity", "multi_dissimilarity"], PERSON_PERMUTATION, 99, seed=2)
    g0 = result[result["group"] == "g0"]
    multi = result[result["group"] == ALL_GROUPS]
    for suffix in inference.COLUMN_SUFFIXES:
        np.testing.assert_allclose(multi["multi_dissimilarity" + suffix].to_numpy(float),
                                   g0["dissimilarity" + suffix].to_numpy(float), rtol=1e-10)


def test_inference_table_missing_values(city_table):
    groups = city_table.groups.copy()
    groups[::7, 0] = np.nan
    regions = np.array(city_table.region_labels, dtype=object)[city_table.segments.codes]
    table = unit_table({"g0": groups[:, 0], "g1": groups[:, 1]}, total=city_table.total, region=regions)
    dropped = inference_table(table, ["dissimilarity"], EVENNESS, 99, seed=1)
    assert dropped["dissimilarity_p"].notna().all() and not dropped.attrs["inference"]["rounded_to_whole_persons"]
    imputed = inference_table(table, ["dissimilarity"], EVENNESS, 99, seed=1, missing="impute")
    assert imputed.attrs["inference"]["rounded_to_whole_persons"]  # imputed counts are not whole persons
    assert imputed["dissimilarity_p"].notna().all()
    # the g1 rows do not depend on g0's missing values or on the policy
    pd.testing.assert_frame_equal(dropped[dropped["group"] == "g1"], imputed[imputed["group"] == "g1"])


def test_inference_table_multigroup_only_keeps_the_single_group_rows(city_table):
    result = inference_table(city_table, ["multi_dissimilarity", "mutual_information"], SYSTEMATIC, 49, seed=1)
    observed = global_indices(city_table, ["multi_dissimilarity", "mutual_information"])
    pd.testing.assert_frame_equal(result[["region", "group"]], observed[["region", "group"]])
    multi = result["group"] == ALL_GROUPS
    assert result.loc[~multi].drop(columns=["region", "group"]).isna().all().all()
    assert result.loc[multi].drop(columns=["region", "group"]).notna().all().all()
    assert "bias_corrected_dissimilarity" not in result.columns


def test_inference_table_settings(city_table):
    none = inference_table(city_table, ["dissimilarity"], EVENNESS, 0, seed=1, bootstrap_replications=0,
                           bias_replications=0)
    assert none.drop(columns=["region", "group"]).isna().all().all()
    only_p = inference_table(city_table, ["dissimilarity"], EVENNESS, 49, seed=1, bootstrap_replications=0,
                             alternative="two-sided")
    assert only_p["dissimilarity_p"].notna().all() and only_p["dissimilarity_ci_low"].isna().all()
    assert only_p.attrs["inference"]["alternatives"] == {"dissimilarity": "two-sided"}
    assert (only_p["dissimilarity_p"] == 2 / 50).all()  # 2 * (0 + 1) / (49 + 1)
    fresh = inference_table(city_table, ["dissimilarity"], EVENNESS, 9, bootstrap_replications=0)
    assert isinstance(fresh.attrs["inference"]["seed"], int) and 0 <= fresh.attrs["inference"]["seed"] < 2 ** 31
    for bad, match in ((dict(null_model="random"), "null model"), (dict(alternative="bigger"), "alternative"),
                       (dict(confidence=1.0), "confidence"), (dict(permutations=-1), ">= 0"),
                       (dict(seed=-3), "seed"), (dict(indices=["nope"]), "Unknown index")):
        with pytest.raises(ValueError, match=match):
            inference_table(city_table, **{"indices": ["dissimilarity"], **bad})


def test_inference_table_same_for_any_number_of_workers(city_table):
    """All group fields' runs share one pool of threads: the table is the same with 1 or 3 workers and with a
    budget small enough for chunks of a few replicates, for every null model (null, bootstrap, bias)."""
    for model in (EVENNESS, SYSTEMATIC, PERSON_PERMUTATION):
        one = inference_table(city_table, null_model=model, permutations=60, seed=5, workers=1)
        several = inference_table(city_table, null_model=model, permutations=60, seed=5, workers=3,
                                  memory_budget=8 * 150 * (3 + inference._WORK_ARRAYS) * 6)
        pd.testing.assert_frame_equal(one, several)
        assert one.filter(like="_p").notna().any().any()


def test_inference_table_queues_at_most_two_group_fields(city_table, monkeypatch):
    """The group fields share one pool of threads, but a field's runs are queued only once the field before
    the last is done: at most two samplers (with their tables) are alive at once, whatever the fields."""
    import gc
    import weakref
    made, alive = [], []
    original = inference._sampler

    def sampler(*args):
        made.append(weakref.ref(result := original(*args)))
        gc.collect()
        alive.append(sum(ref() is not None for ref in made))
        return result

    monkeypatch.setattr(inference, "_sampler", sampler)
    inference_table(city_table, null_model=PERSON_PERMUTATION, permutations=200, seed=1, bootstrap_replications=0,
                    bias_replications=0, workers=2, memory_budget=8 * 150 * (3 + inference._WORK_ARRAYS) * 6)
    assert len(made) == 4 and max(alive) <= 2  # three fields and the multigroup table


def test_inference_table_reduces_each_fields_replicates_early(city_table, monkeypatch):
    """Each field's replicates ([R, G] per index: 3 GB for 10 fields x 3,000 regions x 999 replicates) are
    reduced to its columns as soon as its tasks are done: at most two fields' replicates are held at once."""
    original, held, most = inference._unit_inference, [0], [0]

    def unit_inference(*args):
        finish = original(*args)
        held[0] += 1
        most[0] = max(most[0], held[0])

        def reduce():
            held[0] -= 1
            return finish()
        return reduce

    monkeypatch.setattr(inference, "_unit_inference", unit_inference)
    result = inference_table(city_table, null_model=EVENNESS, permutations=40, seed=1, workers=2)
    assert most[0] == 2 and held[0] == 0  # three fields and the multigroup table: never more than two
    assert result.filter(like="_p").notna().any().any()


def test_inference_table_progress_and_cancel(city_table):
    reports = []
    inference_table(city_table, ["dissimilarity"], EVENNESS, 20, seed=1,
                    progress=lambda done, total: reports.append((done, total)) or True)
    # 3 groups x (20 null + 20 bootstrap + 20 bias-correction replicates)
    assert reports[0] == (0, 180) and reports[-1] == (180, 180)
    with pytest.raises(Cancelled):
        inference_table(city_table, ["dissimilarity"], EVENNESS, 20, seed=1, progress=lambda d, t: d < 30)


def test_geographic_permutation_only_for_spatial_indices():
    """A 10 x 10 grid, one region: the group lives in the left half (strong spatial pattern). Morrill's
    spatial D under geographic permutation is far above the shuffled units' values; the aspatial D is
    invariant under it (no p-value), and spatial indices get no bootstrap interval."""
    side = 10
    rows, cols = np.divmod(np.arange(side * side), side)
    t = np.full(side * side, 100.0)
    x = np.where(cols < side // 2, 70.0, 30.0) + np.random.default_rng(0).integers(-5, 6, side * side)
    w = sparse.csr_matrix((np.abs(rows[:, None] - rows[None, :]) <= 1) & (np.abs(cols[:, None] - cols[None, :]) <= 1)
                          & ~np.eye(side * side, dtype=bool), dtype=float)
    geometry = UnitGeometry(np.column_stack([cols * 100.0, rows * 100.0]) + 5e5, areas=np.full(side * side, 1e4))
    space = SpatialContext(geometry=geometry, contiguity=w)
    table = unit_table({"x": x}, total=t)
    result = inference_table(table, ["dissimilarity", "spatial_dissimilarity", "delta"], GEOGRAPHIC_PERMUTATION,
                             199, seed=4, space=space)
    row = result.iloc[0]
    assert np.isnan(row["dissimilarity_expected"]) and np.isnan(row["dissimilarity_p"])
    assert result.attrs["inference"]["not_tested"] == ["dissimilarity"]
    assert row["spatial_dissimilarity_p"] == pytest.approx(1 / 200)
    assert np.isnan(row["spatial_dissimilarity_ci_low"]) and np.isnan(row["delta_ci_low"])
    assert np.isfinite(row["dissimilarity_ci_low"])
    observed = global_indices(table, ["spatial_dissimilarity"], space=space)["spatial_dissimilarity"][0]
    assert row["spatial_dissimilarity_expected"] < observed
    # the same replicates as calling the spatial function once per shuffled table
    seg = Segments.single(side * side)
    stream = np.random.default_rng(np.random.SeedSequence(4, spawn_key=(inference._block_key("x"), inference._NULL)))
    xs, ts = draw_tables(GEOGRAPHIC_PERMUTATION, (x, t), seg, 199, stream)
    from segregation_analysis.core import spatial_dissimilarity
    values = np.array([spatial_dissimilarity(xs[r], ts[r], w) for r in range(199)])
    assert row["spatial_dissimilarity_expected"] == pytest.approx(values.mean(), rel=1e-12)
    # delta (areas all equal): the null moves units, the concentration does not depend on where they are
    assert row["delta_expected"] == pytest.approx(global_indices(table, ["delta"], space=space)["delta"][0])
    # person permutation applies to spatial indices too: the counts are redrawn on the same grid
    person = inference_table(table, ["spatial_dissimilarity"], PERSON_PERMUTATION, 99, seed=4, space=space)
    assert person["spatial_dissimilarity_expected"][0] < 0.1 < observed


def test_surface_index_under_evenness_matches_a_loop():
    side = 8
    rows, cols = np.divmod(np.arange(side * side), side)
    geometry = UnitGeometry(np.column_stack([cols * 250.0, rows * 250.0]) + 5e5, areas=np.full(side * side, 62500.0))
    t = np.full(side * side, 50.0)
    x = np.where(rows < 4, 35.0, 10.0)
    space = SpatialContext(geometry=geometry, bandwidth=600.0)
    table = unit_table({"x": x}, total=t)
    result = inference_table(table, ["surface_dissimilarity"], EVENNESS, 60, seed=2, space=space,
                             bootstrap_replications=0)
    stream = np.random.default_rng(np.random.SeedSequence(2, spawn_key=(inference._block_key("x"), inference._NULL)))
    xs, ts = draw_tables(EVENNESS, (x, t), None, 60, stream)
    values = [global_indices(unit_table({"x": xs[r]}, total=ts[r]), ["surface_dissimilarity"], space=space)
              ["surface_dissimilarity"][0] for r in range(60)]
    assert result["surface_dissimilarity_expected"][0] == pytest.approx(np.mean(values), rel=1e-10)


def test_applies_and_default_alternative():
    assert not inference.applies("dissimilarity", GEOGRAPHIC_PERMUTATION)
    assert inference.applies("spatial_dissimilarity", GEOGRAPHIC_PERMUTATION)
    assert all(inference.applies(i, m) for i in ("gini", "spatial_proximity") for m in COUNT_MODELS)
    assert inference.default_alternative("exposure") == "less"
    assert inference.default_alternative("distance_decay_exposure") == "less"
    assert inference.default_alternative("surface_exposure") == "less"
    assert inference.default_alternative("mutual_information") == "greater"


def test_input_validation():
    with pytest.raises(ValueError, match="null model"):
        simulate("dissimilarity", ([1.0, 2.0], [3.0, 4.0]), None, "shuffle", 5, 1)
    with pytest.raises(ValueError, match="finite"):
        simulate("dissimilarity", ([1.0, np.nan], [3.0, 4.0]), None, EVENNESS, 5, 1)
    with pytest.raises(ValueError, match="exceed"):
        simulate("dissimilarity", ([5.0, 2.0], [3.0, 4.0]), None, EVENNESS, 5, 1)
    with pytest.raises(ValueError, match="aspatial index id"):
        simulate("spatial_dissimilarity", ([1.0, 2.0], [3.0, 4.0]), None, EVENNESS, 5, 1)
    with pytest.raises(ValueError, match="k >= 2"):
        simulate("multi_dissimilarity", (np.ones((3, 1)),), None, EVENNESS, 5, 1)


def test_multigroup_person_permutation_null_mean_of_m_is_small_and_positive():
    """Under person permutation with both margins fixed, M's null mean is about (K - 1)(n - 1) / (2 N)
    (the chi-square approximation of the likelihood-ratio statistic G = 2 N M)."""
    counts, t, labels = city(n=100, k=3, regions=1, seed=12, size=200)
    N, n, K = counts.sum(), len(counts), 3
    result = null_test("mutual_information", (counts,), None, PERSON_PERMUTATION, 400, 9)
    approx = (K - 1) * (n - 1) / (2 * N)
    assert abs(result.expected[0] / approx - 1) < 0.1
    assert result.p[0] == pytest.approx(1 / 401)
