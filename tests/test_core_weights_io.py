"""GAL / GWT weight files (GeoDa, PySAL): round trips, files written by libpysal and GeoDa, bad files."""

import math
from pathlib import Path

import numpy as np
import pytest

from segregation_analysis.core import weights as W

# libpysal warns about islands when it reads a file, and DistanceBand raises zero self-distances to alpha
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:libpysal",
                                        "ignore:divide by zero encountered:RuntimeWarning:scipy")

POINTS = np.array([[0.0, 0], [1, 0], [3, 0], [6, 0], [30, 0]])
IDS = ["00100", "00120", "00130", "00140", "02700"]   # postal codes: text with leading zeros


def neighbour_ids(w, ids):
    """{id: set of neighbour ids} (self included when it is a link)."""
    csr = w.sparse
    return {ids[i]: {ids[j] for j in csr.indices[csr.indptr[i]:csr.indptr[i + 1]]} for i in range(w.n)}


def weights_by_id(w, ids):
    coo = w.sparse.tocoo()
    return {(ids[i], ids[j]): v for i, j, v in zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist())}


# --- GAL ------------------------------------------------------------------------------------------------------

def test_gal_text_pysal_header(tmp_path):
    path = tmp_path / "w.gal"
    W.write_gal(W.distance_band(POINTS, 2.0), path, IDS)
    assert path.read_text() == "5\n00100 1\n00120\n00120 2\n00100 00130\n00130 1\n00120\n00140 0\n\n02700 0\n\n"


def test_gal_geoda_header(tmp_path):
    path = tmp_path / "w.gal"
    W.write_gal(W.knn(POINTS, 1), path, IDS, shapefile_name="paavo", id_name="posti_alue")
    assert path.read_text().splitlines()[0] == "0 5 paavo posti_alue"


@pytest.mark.parametrize("header", [{}, {"shapefile_name": "paavo", "id_name": "posti_alue"}])
def test_gal_round_trip_keeps_islands_and_ids(tmp_path, header):
    w = W.distance_band(POINTS, 2.5)
    path = tmp_path / "w.gal"
    W.write_gal(w, path, IDS, **header)
    back, ids = W.read_gal(path)
    assert ids == IDS
    assert (back.sparse != w.sparse).nnz == 0
    assert back.islands.tolist() == [3, 4]
    assert back.spec["type"] == "gal" and back.spec["binary"] is True


def test_gal_read_in_given_id_order(tmp_path):
    path = tmp_path / "w.gal"
    W.write_gal(W.knn(POINTS, 2), path, IDS)
    order = IDS[::-1]
    back, ids = W.read_gal(path, ids=order)
    assert ids == order
    assert neighbour_ids(back, order) == neighbour_ids(W.knn(POINTS, 2), IDS)


def test_gal_numeric_ids_are_written_as_text(tmp_path):
    path = tmp_path / "w.gal"
    W.write_gal(W.knn(POINTS, 1), path, np.arange(101, 106))
    assert W.read_gal(path)[1] == ["101", "102", "103", "104", "105"]


def test_gal_read_by_libpysal(tmp_path):
    libpysal = pytest.importorskip("libpysal")
    rng = np.random.default_rng(1)
    points = rng.uniform(0, 1000, (60, 2))
    ids = [f"u{i:03d}" for i in range(60)]
    ours = W.distance_band(points, 120.0)
    path = tmp_path / "ours.gal"
    W.write_gal(ours, path, ids)
    theirs = libpysal.io.open(str(path), "r").read()
    assert theirs.id_order == ids
    assert {i: set(theirs.neighbors[i]) for i in ids} == neighbour_ids(ours, ids)


def test_gal_written_by_libpysal(tmp_path):
    libpysal = pytest.importorskip("libpysal")
    theirs = libpysal.weights.lat2W(4, 5, rook=False, id_type="string")
    path = tmp_path / "theirs.gal"
    handle = libpysal.io.open(str(path), "w")
    handle.write(theirs)
    handle.close()
    ours, ids = W.read_gal(path)
    assert ids == theirs.id_order
    assert neighbour_ids(ours, ids) == {i: set(theirs.neighbors[i]) for i in ids}


@pytest.mark.parametrize("name", ["baltim/baltim_q.gal", "sids2/sids2.gal", "10740/10740_rook.gal", "stl/stl.gal"])
def test_gal_files_shipped_with_libpysal(name):
    libpysal = pytest.importorskip("libpysal")
    path = Path(libpysal.__file__).parent / "examples" / name
    if not path.exists():
        pytest.skip(f"{name} not shipped with this libpysal")
    theirs = libpysal.io.open(str(path), "r").read()
    ours, ids = W.read_gal(path)
    assert ids == [str(i) for i in theirs.id_order]
    assert neighbour_ids(ours, ids) == {str(i): {str(j) for j in theirs.neighbors[i]} for i in theirs.id_order}
    assert ours.islands.tolist() == [ids.index(str(i)) for i in theirs.islands]


# --- GWT ------------------------------------------------------------------------------------------------------

def test_gwt_text(tmp_path):
    path = tmp_path / "w.gwt"
    W.write_gwt(W.distance_band(POINTS[:3], 2.0, binary=False), path, IDS[:3], "paavo", "posti_alue")
    assert path.read_text() == ("0 3 paavo posti_alue\n00100 00120 1.0\n00120 00100 1.0\n00120 00130 0.5\n"
                                "00130 00120 0.5\n")


def test_gwt_default_header_words(tmp_path):
    path = tmp_path / "w.gwt"
    W.write_gwt(W.knn(POINTS, 1), path, IDS)
    assert path.read_text().splitlines()[0] == "0 5 Unknown Unknown"


def test_gwt_round_trip_full_precision_with_diagonal(tmp_path):
    w = W.kernel(np.random.default_rng(4).uniform(0, 100, (40, 2)), "gaussian", k=5)
    ids = [f"cell{i}" for i in range(40)]
    path = tmp_path / "w.kwt"
    W.write_gwt(w, path, ids)
    back, back_ids = W.read_gwt(path)
    assert back_ids == ids
    assert (back.sparse != w.sparse).nnz == 0                     # bit for bit: repr() round-trips
    assert back.diagonal == pytest.approx(1 / math.sqrt(2 * math.pi))


def test_gwt_islands_need_ids(tmp_path):
    w = W.distance_band(POINTS, 2.5, binary=False)               # units 3 and 4 are islands
    path = tmp_path / "w.gwt"
    W.write_gwt(w, path, IDS)
    without, found = W.read_gwt(path)
    assert found == IDS[:3] and without.n == 3
    assert "islands" in without.spec["notes"][0]
    with_ids, given = W.read_gwt(path, ids=IDS)
    assert given == IDS and with_ids.islands.tolist() == [3, 4]
    assert (with_ids.sparse != w.sparse).nnz == 0


def test_gwt_read_by_libpysal(tmp_path):
    libpysal = pytest.importorskip("libpysal")
    points = np.random.default_rng(6).uniform(0, 1000, (50, 2))
    ids = [f"u{i}" for i in range(50)]
    ours = W.distance_band(points, 300.0, binary=False, alpha=-2.0)
    path = tmp_path / "ours.gwt"
    W.write_gwt(ours, path, ids, "synthetic", "uid")
    with pytest.warns(RuntimeWarning, match="DBF relating to GWT was not found"):
        theirs = libpysal.io.open(str(path), "r").read()
    expected = weights_by_id(ours, ids)
    got = {(i, j): v for i in theirs.neighbors for j, v in zip(theirs.neighbors[i], theirs.weights[i])}
    assert got.keys() == expected.keys()
    assert [got[key] for key in expected] == [expected[key] for key in expected]


def test_gwt_written_by_libpysal(tmp_path):
    libpysal = pytest.importorskip("libpysal")
    points = np.random.default_rng(7).uniform(0, 1000, (50, 2))
    theirs = libpysal.weights.DistanceBand.from_array(points, 250.0, binary=False, silence_warnings=True,
                                                      ids=[f"u{i}" for i in range(50)])
    path = tmp_path / "theirs.gwt"
    handle = libpysal.io.open(str(path), "w")
    handle.write(theirs)
    handle.close()
    ours, ids = W.read_gwt(path, ids=theirs.id_order)
    expected = {(i, j): v for i in theirs.neighbors for j, v in zip(theirs.neighbors[i], theirs.weights[i])}
    got = weights_by_id(ours, ids)
    assert got.keys() == expected.keys()
    for key, value in expected.items():                          # libpysal writes 6 significant digits
        assert got[key] == pytest.approx(value, rel=5e-6)


@pytest.mark.parametrize("name", ["juvenile/juvenile.gwt", "baltim/baltim_k4.gwt", "baltim/baltim.tri.k12.kwt"])
def test_gwt_files_shipped_with_libpysal(name):
    libpysal = pytest.importorskip("libpysal")
    path = Path(libpysal.__file__).parent / "examples" / name
    if not path.exists():
        pytest.skip(f"{name} not shipped with this libpysal")
    theirs = libpysal.io.open(str(path), "r").read()             # reads the ids' order from the .dbf
    ids = [str(i) for i in theirs.id_order]
    ours, _ = W.read_gwt(path, ids=ids)
    expected = {(str(i), str(j)): v for i in theirs.neighbors for j, v in zip(theirs.neighbors[i], theirs.weights[i])}
    assert weights_by_id(ours, ids) == expected


# --- bad input ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ids, message", [
    (["a", "b", "c", "d"], r"4 ids for weights of 5 units"),
    (["a", "b", "b", "c", "c"], r"ids must be unique; repeated: b, c"),
    (["a", "b c", "d", "e", "f"], r"without spaces; not so at units 1"),
    (["a", "", "d", "e", "f"], r"without spaces; not so at units 1"),
    (None, r"ids are required"),
])
@pytest.mark.parametrize("writer", [W.write_gal, W.write_gwt], ids=["gal", "gwt"])
def test_bad_ids(tmp_path, writer, ids, message):
    with pytest.raises(ValueError, match=message):
        writer(W.knn(POINTS, 1), tmp_path / "w.txt", ids)


def test_header_name_with_space(tmp_path):
    with pytest.raises(ValueError, match="header names cannot contain spaces"):
        W.write_gwt(W.knn(POINTS, 1), tmp_path / "w.gwt", IDS, shapefile_name="my data")


@pytest.mark.parametrize("text, message", [
    ("", r"empty GAL file"),
    ("x\n", r"number of units, got 'x'"),
    ("2\na 1\nb\nb 2\na\n", r"neighbour count differs from the list for ids b"),
    ("2\na 1\nc\nb 0\n\n", r"unknown ids c"),
    ("2\na 1 extra\nb\nb 1\na\n", r"'id count'; not so for units at 0"),
    ("2\na x\nb\nb 1\na\n", r"whole numbers; not so for units at 0"),
    ("2\na 1\nb\na 1\na\n", r"ids listed twice: a"),
])
def test_bad_gal_files(tmp_path, text, message):
    path = tmp_path / "bad.gal"
    path.write_text(text)
    with pytest.raises(ValueError, match=message):
        W.read_gal(path)


def test_gal_ids_must_match_the_file(tmp_path):
    path = tmp_path / "w.gal"
    W.write_gal(W.knn(POINTS, 1), path, IDS)
    with pytest.raises(ValueError, match=r"lists 5 units but 4 ids"):
        W.read_gal(path, ids=IDS[:4])
    with pytest.raises(ValueError, match=r"unknown ids 00100"):
        W.read_gal(path, ids=["x"] + IDS[1:])


@pytest.mark.parametrize("text, message", [
    ("0\n", r"header must read"),
    ("0 2 s id\na b 1.0\nb a\n", r"'id_i id_j weight'"),
    ("0 2 s id\na b one\nb a 1\n", r"finite numbers; not so on links 0"),
    ("0 2 s id\na b 1\na b 2\n", r"links listed more than once: \('a', 'b'\)"),
])
def test_bad_gwt_files(tmp_path, text, message):
    path = tmp_path / "bad.gwt"
    path.write_text(text)
    with pytest.raises(ValueError, match=message):
        W.read_gwt(path)


def test_gwt_ids_must_match_header_and_links(tmp_path):
    path = tmp_path / "w.gwt"
    W.write_gwt(W.knn(POINTS, 1), path, IDS)
    with pytest.raises(ValueError, match=r"header counts 5 units but 4 ids"):
        W.read_gwt(path, ids=IDS[:4])
    with pytest.raises(ValueError, match=r"unknown ids 00100"):
        W.read_gwt(path, ids=["x"] + IDS[1:])
