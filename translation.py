"""User-visible text: ``tr()`` for every string, and the translator for Finnish and Swedish.

Translations live in ``i18n/segregation_analysis_<lang>.ts`` (source, edited by hand or with Qt
Linguist) and are compiled to ``.qm`` by ``make translations``; ``scripts/update_translations.py``
collects every ``tr("...")`` string of the plugin into the .ts files.
"""

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CONTEXT = "SegregationAnalysis"
I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("fi", "sv")

_translators = []


def tr(text):
    """Translate ``text`` in the plugin's context (the source language is English)."""
    return QCoreApplication.translate(CONTEXT, text)


def user_language():
    """Two-letter language of the QGIS user interface ('en' when unknown)."""
    settings = QgsSettings()
    locale = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "") or ""
    if not locale:
        locale = QgsApplication.locale() or ""
    return (locale or "en")[:2].lower()


def install_translator(language=None):
    """Load ``i18n/segregation_analysis_<language>.qm`` (default: the UI language); True if loaded."""
    remove_translator()
    language = language or user_language()
    qm_file = I18N_DIR / f"segregation_analysis_{language}.qm"
    if not qm_file.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return False
    QCoreApplication.installTranslator(translator)
    _translators.append(translator)
    return True


def remove_translator():
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())
