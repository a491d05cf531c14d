"""Inference in segregation:globalindices: the core's inference table, seeded and recorded in the output."""

import numpy as np
import pytest

from segregation_analysis.core import inference_table, unit_table

GROUPS = ["ko_perus", "ko_yl_kork"]


def run(run_alg, source, tmp_path=None, **extra):
    parameters = {"INPUT": str(source), "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": "ko_ika18y", "REGION_FIELD": "kunta",
                  "INDICES": [0, 4, 7], "NULL_MODEL": 1, "PERMUTATIONS": 99, "SEED": 7}
    parameters.update(extra)
    return run_alg("segregation:globalindices", parameters)


def by_key(rows):
    return {(r["region"], r["group"]): r for r in rows}


def test_seed_makes_the_run_reproducible_and_is_recorded(run_alg, sample_csv):
    _, names, first = run(run_alg, sample_csv)
    _, _, second = run(run_alg, sample_csv)
    assert {"dissimilarity_expected", "dissimilarity_p", "dissimilarity_ci_low", "dissimilarity_ci_high",
            "bias_corrected_dissimilarity", "null_model", "permutations", "seed", "confidence",
            "alternative"} <= set(names)
    assert first == second
    assert {r["seed"] for r in first} == {7} and {r["null_model"] for r in first} == {"evenness"}
    _, _, other = run(run_alg, sample_csv, SEED=8)
    assert [r["dissimilarity_expected"] for r in other] != [r["dissimilarity_expected"] for r in first]


def test_values_equal_the_core_inference_table(run_alg, sample_csv):
    _, _, rows = run(run_alg, sample_csv)
    # Rebuild the same table from the CSV read independently with pandas (-1 and empty stay raw: the core
    # reads them as missing exactly as the plugin does).
    import pandas as pd
    frame = pd.read_csv(sample_csv, dtype={"kunta": str, "posti_alue": str}, keep_default_na=False)
    table = unit_table({g: frame[g].tolist() for g in GROUPS}, total=frame["ko_ika18y"].tolist(),
                       region=frame["kunta"].tolist())
    expected = inference_table(table, ["dissimilarity", "isolation", "multi_dissimilarity"], "evenness", 99, 7)
    got = by_key(rows)
    for row in expected.itertuples(index=False):
        mine = got[(row.region, row.group)]
        for column in ("dissimilarity_expected", "dissimilarity_p", "isolation_ci_low", "multi_dissimilarity_p"):
            want = getattr(row, column)
            if np.isnan(want):
                assert mine[column] is None
            else:
                assert mine[column] == pytest.approx(want, abs=1e-12), column


def test_empty_seed_draws_one_and_writes_it(run_alg, sample_csv):
    _, _, rows = run(run_alg, sample_csv, SEED=None)
    seeds = {r["seed"] for r in rows}
    assert len(seeds) == 1 and next(iter(seeds)) is not None
    _, _, again = run(run_alg, sample_csv, SEED=next(iter(seeds)))
    assert [r["dissimilarity_expected"] for r in again] == [r["dissimilarity_expected"] for r in rows]


def test_no_null_model_adds_no_inference_columns(run_alg, sample_csv):
    _, names, _ = run(run_alg, sample_csv, NULL_MODEL=0)
    assert not any(n.endswith("_p") for n in names) and "seed" not in names


def test_html_report_has_the_inference_section(run_alg, sample_csv, tmp_path):
    report = tmp_path / "report.html"
    run(run_alg, sample_csv, OUTPUT_HTML=str(report))
    text = report.read_text(encoding="utf-8")
    assert "Inference" in text and "evenness" in text


def test_null_model_with_zero_permutations_is_refused(run_alg, sample_csv):
    """A null model asks for a test: 0 permutations would give only empty inference columns, so the run stops
    with a message naming the parameter (and how to run without inference); no null model with 0 is fine."""
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException) as error:
        run(run_alg, sample_csv, PERMUTATIONS=0)
    message = str(error.value)
    assert "Permutations" in message and "at least 1" in message and "None (no inference)" in message
    _, names, rows = run(run_alg, sample_csv, NULL_MODEL=0, PERMUTATIONS=0)
    assert rows and not any(n.endswith("_p") for n in names)


def test_cancel_stops_the_replicates(segregation_provider, sample_csv):
    """The Cancel button during the inference stops the run between chunks of replicates (all group fields
    share the worker threads: the queued ones never start) with a 'Cancelled' message, not a result."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelDuringReplicates(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.progress = []

        def setProgress(self, value):  # noqa: N802 (QGIS API)
            super().setProgress(value)
            self.progress.append(value)
            if value > 70:  # the inference reports 70 ... 90
                self.cancel()

    feedback = CancelDuringReplicates()
    parameters = {"INPUT": str(sample_csv), "GROUP_FIELDS": GROUPS, "TOTAL_FIELD": "ko_ika18y",
                  "REGION_FIELD": "kunta", "NULL_MODEL": 1, "PERMUTATIONS": 9999, "SEED": 7,
                  "OUTPUT": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("segregation:globalindices", parameters, feedback=feedback)
    assert max(feedback.progress) < 90  # stopped well before the replicates were done
