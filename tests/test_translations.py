"""Finnish and Swedish translations: complete, faithful to their sources' markup, compilable, and loaded.

The .ts checks are pure Python (no QGIS); only the translator tests need the QgsApplication of pytest-qgis.
"""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
UPDATE_SCRIPT = ROOT / "scripts" / "update_translations.py"
LANGUAGES = ("fi", "sv")
CONTEXT = "SegregationAnalysis"

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# A tag starts with a letter right after '<' (or '</'), so "0 < b < 1" is not one.
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>")
CODE = re.compile(r"<code>(.*?)</code>", re.S)


def ts_path(language):
    return I18N / f"segregation_analysis_{language}.ts"


def messages(language):
    """[(source, translation text, translation element attributes)] of a .ts file."""
    root = ET.parse(ts_path(language)).getroot()
    found = []
    for context in root.iter("context"):
        assert context.findtext("name") == CONTEXT
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, message.findtext("source")
            found.append((message.findtext("source"), translation.text, dict(translation.attrib)))
    return found


def lrelease():
    path = shutil.which("lrelease") or ("/usr/bin/lrelease" if Path("/usr/bin/lrelease").exists() else None)
    assert path, "lrelease (Qt Linguist tools) is required to compile the translations"
    return path


def compile_qm(language, qm_file):
    result = subprocess.run([lrelease(), str(ts_path(language)), "-qm", str(qm_file)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr
    assert qm_file.exists() and qm_file.stat().st_size > 0
    return result.stdout + result.stderr


# --- pure checks of the .ts files -------------------------------------------------------------------

def test_update_translations_check_passes():
    result = subprocess.run([sys.executable, str(UPDATE_SCRIPT), "--check"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished(language):
    found = messages(language)
    assert found
    for source, text, attributes in found:
        assert text and text.strip(), source
        assert attributes.get("type") not in ("unfinished", "obsolete", "vanished"), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_languages_have_the_same_sources(language):
    assert [m[0] for m in messages(language)] == [m[0] for m in messages(LANGUAGES[0])]


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language):
    wrong = [(source, text) for source, text, _ in messages(language)
             if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text or ""))]
    assert not wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_tags_are_kept(language):
    wrong = [(source, text) for source, text, _ in messages(language)
             if Counter(HTML_TAG.findall(source)) != Counter(HTML_TAG.findall(text or ""))]
    assert not wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_code_is_not_translated(language):
    """Field names and index ids inside <code>…</code> stay exactly as in the source."""
    wrong = [(source, text) for source, text, _ in messages(language)
             if Counter(CODE.findall(source)) != Counter(CODE.findall(text or ""))]
    assert not wrong


def test_tag_pattern_ignores_comparisons():
    assert HTML_TAG.findall("Atkinson b (0 < b < 1) <b>x</b> <code>lq_&lt;field&gt;</code>") == [
        "<b>", "</b>", "<code>", "</code>"]


# --- compilation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_lrelease_compiles(language, tmp_path):
    output = compile_qm(language, tmp_path / f"segregation_analysis_{language}.qm")
    count = len(messages(language))
    assert f"{count} finished and 0 unfinished" in output, output


# --- the translator inside QGIS ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def compiled_qm():
    """Build both .qm files into i18n/ (gitignored), restoring whatever was there afterwards."""
    saved = {}
    for language in LANGUAGES:
        qm_file = I18N / f"segregation_analysis_{language}.qm"
        saved[qm_file] = qm_file.read_bytes() if qm_file.exists() else None
        compile_qm(language, qm_file)
    yield
    for qm_file, content in saved.items():
        if content is None:
            qm_file.unlink(missing_ok=True)
        else:
            qm_file.write_bytes(content)


@pytest.fixture
def translation(qgis_app, compiled_qm):
    from segregation_analysis import translation as module
    module.remove_translator()
    yield module
    module.remove_translator()


def expected(language, source):
    return next(text for s, text, _ in messages(language) if s == source)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translator_switches_language(translation, language):
    source = "Segregation indices"
    target = expected(language, source)
    assert target != source
    assert translation.tr(source) == source
    assert translation.install_translator(language)
    assert translation.tr(source) == target
    translation.remove_translator()
    assert translation.tr(source) == source


def test_translations_match_the_expected_wording(translation):
    assert translation.install_translator("fi")
    assert translation.tr("Segregation indices") == "Segregaatioindeksit"
    assert translation.install_translator("sv")  # replaces the Finnish translator
    assert translation.tr("Segregation indices") == "Segregationsindex"


def test_unknown_language_loads_nothing(translation):
    assert not translation.install_translator("xx")
    assert translation.tr("Segregation indices") == "Segregation indices"


@pytest.mark.parametrize("language", LANGUAGES)
def test_algorithm_and_provider_names_are_translated(translation, language):
    from segregation_analysis.algorithms.global_indices import GlobalIndicesAlgorithm
    from segregation_analysis.algorithms.local_indices import LocalIndicesAlgorithm
    from segregation_analysis.provider import SegregationProvider

    assert translation.install_translator(language)
    assert GlobalIndicesAlgorithm().displayName() == expected(language, "Segregation indices")
    assert LocalIndicesAlgorithm().displayName() == expected(language, "Local segregation indices")
    assert SegregationProvider().name() == expected(language, "Segregation analysis")
    help_text = GlobalIndicesAlgorithm().shortHelpString()
    assert "<code>ko_perus</code>" in help_text
    assert expected(language, "Dissimilarity (D)") in help_text
    translation.remove_translator()
    assert GlobalIndicesAlgorithm().displayName() == "Segregation indices"


@pytest.mark.parametrize("language", LANGUAGES)
def test_cluster_legend_is_in_the_users_language(translation, language, qgis_app):
    """The LISA map legend follows the user's language; the values in the field stay English (stable for
    models and scripts)."""
    from qgis.core import QgsWkbTypes

    from segregation_analysis.styles import cluster_renderer

    assert translation.install_translator(language)
    renderer = cluster_renderer("cluster", QgsWkbTypes.PolygonGeometry)
    labels = {c.value(): c.label() for c in renderer.categories()}
    assert labels["High-High"] == expected(language, "High-High (hot spot)") != "High-High (hot spot)"
    assert labels["Not significant"] == expected(language, "Not significant")
    assert set(labels) == {"High-High", "Low-Low", "High-Low", "Low-High", "Not significant", "No neighbours",
                           "Missing"}
    translation.remove_translator()
    del renderer
