"""PySAL (pysal/segregation) as an independent oracle: every index, global and local, on real data.

(a) Sacramento tracts; (b) Paavo 2019 postal areas of Helsinki, Espoo, Tampere and Oulu, education of
adults (five levels adding up to ko_ika18y). We compute all cities in one call from the *raw* CSV text
(-1 and NULL read as missing, units dropped); PySAL gets one city at a time, already cleaned.

Known differences, each pinned by a test below:
- names: exposure = Interaction, mutual_information = MultiDivergence, diversity = MultiDiversity;
- PySAL's local indices have no regions: their reference shares are the whole input frame's;
- PySAL's local entropy / diversity / Simpson use ``nansum`` and give 0 (or 1) to a unit without
  population; ours give NaN (no residents, no composition);
- PySAL reads -1 as a count; we read it as suppressed;
- PySAL 2.5's ``Atkinson`` class ignores its ``b`` argument (always 0.5); we honour ``atkinson_b``.
"""

import warnings

import numpy as np
import pandas as pd
import pytest

from oracle import (PAAVO_CITIES, PAAVO_EDUCATION, PYSAL_LOCAL, PYSAL_MULTIGROUP, PYSAL_SINGLE_GROUP,
                    SACRAMENTO_GROUPS, clean, pysal_local, pysal_multi, pysal_single, read_paavo,
                    read_sacramento)
from segregation_analysis.core import (ALL_GROUPS, MULTIGROUP_IDS, SINGLE_GROUP_IDS, global_indices, local,
                                       local_indices, unit_table)

segregation = pytest.importorskip("segregation")

TOLERANCE = dict(rel=1e-9, abs=1e-12)


def test_oracle_covers_every_index():
    assert set(PYSAL_SINGLE_GROUP) == set(SINGLE_GROUP_IDS)
    assert set(PYSAL_MULTIGROUP) == set(MULTIGROUP_IDS)


# --- (a) Sacramento --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sacramento():
    tracts = read_sacramento()
    table = unit_table({g: tracts[g] for g in SACRAMENTO_GROUPS}, total=tracts["TOT_POP"], total_name="TOT_POP")
    return pd.DataFrame(tracts), global_indices(table).set_index("group"), local_indices(table)


@pytest.mark.parametrize("group", SACRAMENTO_GROUPS)
@pytest.mark.parametrize("index_id", SINGLE_GROUP_IDS)
def test_sacramento_single_group(sacramento, index_id, group):
    frame, ours, _ = sacramento
    assert ours.loc[group, index_id] == pytest.approx(pysal_single(index_id, frame, group, "TOT_POP"), **TOLERANCE)


@pytest.mark.parametrize("b", [0.1, 0.9])
def test_sacramento_atkinson_other_shapes(sacramento, b):
    """PySAL 2.5's ``Atkinson`` class swallows ``b`` in ``**kwargs`` and always uses 0.5; its module
    function ``_atkinson(data, group, total, b)`` honours b, so that is the oracle for other shapes."""
    from segregation.singlegroup.atkinson import Atkinson, _atkinson
    frame, _, _ = sacramento
    table = unit_table({g: frame[g] for g in SACRAMENTO_GROUPS}, total=frame["TOT_POP"])
    ours = global_indices(table, ["atkinson"], atkinson_b=b).set_index("group").loc["HISP_", "atkinson"]
    assert ours == pytest.approx(_atkinson(frame, "HISP_", "TOT_POP", b=b)[0], **TOLERANCE)
    ignored_b = Atkinson(frame, "HISP_", "TOT_POP", b=b).statistic
    assert ignored_b == pytest.approx(_atkinson(frame, "HISP_", "TOT_POP", b=0.5)[0], **TOLERANCE)
    assert abs(ignored_b - ours) > 0.01


@pytest.mark.parametrize("index_id", MULTIGROUP_IDS)
def test_sacramento_multigroup(sacramento, index_id):
    frame, ours, _ = sacramento
    assert ours.loc[ALL_GROUPS, index_id] == pytest.approx(pysal_multi(index_id, frame, SACRAMENTO_GROUPS),
                                                          **TOLERANCE)


@pytest.mark.parametrize("field", sorted(PYSAL_LOCAL))
def test_sacramento_local_composition(sacramento, field):
    frame, _, ours = sacramento
    expected = pysal_local(PYSAL_LOCAL[field], frame, SACRAMENTO_GROUPS)
    assert ours[field].to_numpy() == pytest.approx(expected, **TOLERANCE)


def test_sacramento_location_quotients(sacramento):
    """Our lq_<group> divides by the total field (TOT_POP); PySAL's MultiLocationQuotient divides by the
    sum of the listed groups. Listing (group, TOT_POP - group) makes the two the same quotient."""
    frame, _, ours = sacramento
    for group in SACRAMENTO_GROUPS:
        pair = pd.DataFrame({group: frame[group], "rest": frame["TOT_POP"] - frame[group]})
        expected = pysal_local("MultiLocationQuotient", pair, [group, "rest"])[:, 0]
        assert ours[f"lq_{group}"].to_numpy() == pytest.approx(expected, **TOLERANCE), group
    counts = frame[list(SACRAMENTO_GROUPS)].to_numpy()
    expected = pysal_local("MultiLocationQuotient", frame, SACRAMENTO_GROUPS)
    assert local.location_quotient(counts) == pytest.approx(expected, **TOLERANCE)


# --- (b) Paavo, four cities at once ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def paavo():
    raw = read_paavo()
    table = unit_table({g: raw[g] for g in PAAVO_EDUCATION}, total=raw["ko_ika18y"], region=raw["kunta"],
                       ids=raw["posti_alue"], total_name="ko_ika18y")
    return raw, global_indices(table).set_index(["region", "group"]), local_indices(table)


@pytest.mark.parametrize("city", sorted(PAAVO_CITIES))
def test_paavo_single_group_per_city(paavo, city):
    raw, ours, _ = paavo
    for group in PAAVO_EDUCATION:
        cleaned = clean(raw[raw["kunta"] == city], [group, "ko_ika18y"])
        assert ours.loc[(city, group), "n_units"] == len(cleaned)
        for index_id in SINGLE_GROUP_IDS:
            expected = pysal_single(index_id, cleaned, group, "ko_ika18y")
            assert ours.loc[(city, group), index_id] == pytest.approx(expected, **TOLERANCE), (group, index_id)


@pytest.mark.parametrize("city", sorted(PAAVO_CITIES))
def test_paavo_multigroup_per_city(paavo, city):
    raw, ours, _ = paavo
    cleaned = clean(raw[raw["kunta"] == city], PAAVO_EDUCATION)
    for index_id in MULTIGROUP_IDS:
        expected = pysal_multi(index_id, cleaned, PAAVO_EDUCATION)
        assert ours.loc[(city, ALL_GROUPS), index_id] == pytest.approx(expected, **TOLERANCE), index_id


@pytest.mark.parametrize("city", sorted(PAAVO_CITIES))
def test_paavo_local_per_city(paavo, city):
    """Reference shares are the city's: PySAL is run on one city's (cleaned) rows at a time."""
    raw, _, ours = paavo
    in_city = (raw["kunta"] == city).to_numpy()
    ours = ours[in_city & (ours["dropped"] == 0).to_numpy()]
    cleaned = clean(raw[in_city], PAAVO_EDUCATION + ("ko_ika18y",))
    for field, name in PYSAL_LOCAL.items():
        expected = pysal_local(name, cleaned, PAAVO_EDUCATION)
        assert ours[field].to_numpy() == pytest.approx(expected, **TOLERANCE), field
    expected = pysal_local("MultiLocationQuotient", cleaned, PAAVO_EDUCATION)
    for m, group in enumerate(PAAVO_EDUCATION):
        assert ours[f"lq_{group}"].to_numpy() == pytest.approx(expected[:, m], **TOLERANCE), group


def test_pysal_local_location_quotient_ignores_regions(paavo):
    """PySAL on all four cities at once compares each area with the four-city share, not its own city's."""
    raw, _, ours = paavo
    cleaned = clean(raw, PAAVO_EDUCATION + ("ko_ika18y",))
    pooled = pysal_local("MultiLocationQuotient", cleaned, PAAVO_EDUCATION)[:, 0]
    per_city = ours.loc[ours["dropped"] == 0, "lq_ko_perus"].to_numpy()
    assert np.abs(pooled - per_city).max() > 0.01


def test_local_composition_of_an_empty_unit():
    """A unit without population: PySAL's nansum gives entropy 0 and Simpson interaction 0; ours NaN."""
    frame = pd.DataFrame({"a": [10.0, 0.0, 3.0], "b": [5.0, 0.0, 9.0]})
    ours = local_indices(unit_table({"a": frame["a"], "b": frame["b"]}))
    with np.errstate(all="ignore"):
        for field, name in PYSAL_LOCAL.items():
            theirs = pysal_local(name, frame, ["a", "b"])
            assert np.isnan(ours[field][1]) and theirs[1] == 0.0, field
            assert ours[field][[0, 2]].to_numpy() == pytest.approx(theirs[[0, 2]], **TOLERANCE), field


# --- the -1 suppression code -----------------------------------------------------------------------------

def test_raw_minus_one_codes_mislead_pysal_but_not_us():
    """Espoo postal area 02290 has ko_ika18y = 6 and ko_perus = -1 (suppressed, base < 30).

    PySAL fed the raw file counts -1 persons there and gets another D; we read -1 as missing, drop the
    area and get exactly PySAL's D on the cleaned rows."""
    raw = read_paavo(["049"])
    assert (raw["ko_perus"] == "-1").sum() == 1
    as_numbers = raw[["ko_perus", "ko_ika18y"]].replace("", np.nan).astype(float)
    table = unit_table({"ko_perus": raw["ko_perus"]}, total=raw["ko_ika18y"], ids=raw["posti_alue"])
    ours = global_indices(table, ["dissimilarity"]).iloc[0]
    pysal_raw = pysal_single("dissimilarity", as_numbers, "ko_perus", "ko_ika18y")
    pysal_clean = pysal_single("dissimilarity", clean(raw, ["ko_perus", "ko_ika18y"]), "ko_perus", "ko_ika18y")
    assert ours["n_dropped"] == 1 and ours["dropped_population"] == 6
    assert ours["dissimilarity"] == pytest.approx(pysal_clean, **TOLERANCE)
    assert abs(pysal_raw - ours["dissimilarity"]) > 1e-5


def test_raw_nulls_make_pysal_nan_but_not_us():
    """Helsinki 00230 (Ilmala, uninhabited) is NULL in the education theme: PySAL warns and returns NaN."""
    raw = read_paavo(["091"])
    as_numbers = raw[["ko_perus", "ko_ika18y"]].replace("", np.nan).astype(float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert np.isnan(pysal_single("dissimilarity", as_numbers, "ko_perus", "ko_ika18y"))
    table = unit_table({"ko_perus": raw["ko_perus"]}, total=raw["ko_ika18y"])
    ours = global_indices(table, ["dissimilarity"]).iloc[0]
    assert ours["n_dropped"] == 1 and np.isfinite(ours["dissimilarity"])
