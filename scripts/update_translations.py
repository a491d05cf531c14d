#!/usr/bin/env python3
"""Collect every ``tr("...")`` string of the plugin into i18n/segregation_analysis_<lang>.ts.

Existing translations are kept, new strings are added as unfinished, strings no longer in the code are
dropped. ``--check`` only reports (exit 1) strings that are missing or unfinished in a language.
Usage: python3 scripts/update_translations.py [--check]
"""

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
CONTEXT = "SegregationAnalysis"
LANGUAGES = {"fi": "fi_FI", "sv": "sv_SE"}
SKIP_DIRS = {"tests", "benchmarks", "scripts", ".venv", "build", "dist", "demo_output", "core", ".git"}


def source_files():
    for path in sorted(ROOT.rglob("*.py")):
        if not SKIP_DIRS.intersection(path.relative_to(ROOT).parts[:-1]):
            yield path


def extract():
    """Ordered {source text: (relative file, line)} of every tr("literal") call."""
    found = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, (path.relative_to(ROOT).as_posix(), node.lineno))
    return found


def read_ts(path):
    """{source: translation or None (unfinished)} from an existing .ts file."""
    if not path.exists():
        return {}
    done = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        unfinished = translation is None or translation.get("type") == "unfinished" or not text
        done[message.findtext("source")] = None if unfinished else text
    return done


def write_ts(path, language, strings, existing):
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, (filename, line) in strings.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../{filename}", line=str(line))
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if existing.get(source):
            translation.text = existing[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report missing translations, change nothing")
    args = parser.parse_args()
    strings = extract()
    missing = 0
    for lang, locale in LANGUAGES.items():
        path = I18N / f"segregation_analysis_{lang}.ts"
        existing = read_ts(path)
        todo = [s for s in strings if not existing.get(s)]
        missing += len(todo)
        print(f"{path.name}: {len(strings)} strings, {len(todo)} untranslated")
        for source in todo if args.check else ():
            print(f"  {source[:100]!r}")
        if not args.check:
            I18N.mkdir(exist_ok=True)
            write_ts(path, locale, strings, existing)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
