#!/usr/bin/python3
"""Build the plugin zip for QGIS "Install from ZIP" and the QGIS plugin repository.

The zip holds one top-level folder ``segregation_analysis/`` with the plugin as users get it: the files
git knows (tracked, or new and not ignored), the compiled translations (``i18n/*.qm``, which git
ignores), and nothing that is only for developers (tests, benchmarks, CI, scripts, the venv, build
output). The result is checked against the rules plugins.qgis.org applies on upload.

Usage: /usr/bin/python3 scripts/package.py [--output dist/segregation_analysis-<version>.zip]
"""

import argparse
import configparser
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_NAME = "segregation_analysis"

#: Top-level entries that are for developers only.
EXCLUDED_TOP = {
    "tests", "benchmarks", "scripts", ".ci", ".github", ".venv", ".git", "dist", "build", "demo_output",
    ".pytest_cache", "Makefile", "requirements-test.txt", "constraints.txt", ".gitignore", ".gitattributes",
}
#: Directory names excluded at any depth (plugins.qgis.org refuses __pycache__, .git and __MACOSX).
EXCLUDED_DIRS = {"__pycache__", ".git", "__MACOSX", ".pytest_cache"}
EXCLUDED_SUFFIXES = (".pyc", ".pyo", "~", ".orig", ".rej", ".swp")
#: What plugins.qgis.org requires in metadata.txt (validator.PLUGIN_REQUIRED_METADATA).
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                     "tracker", "repository")


def read_metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser.items("general"))


def candidate_files():
    """Relative paths (posix) of the working tree's files: git's view if possible, else a walk."""
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             cwd=ROOT, check=True, capture_output=True).stdout
        paths = {p for p in out.decode("utf-8").split("\0") if p}
    except (OSError, subprocess.CalledProcessError):
        paths = set()
        for dirpath, dirnames, filenames in os.walk(ROOT):
            dirnames[:] = [d for d in dirnames if d not in EXCLUDED_DIRS and not d.startswith(".")]
            for name in filenames:
                paths.add((Path(dirpath) / name).relative_to(ROOT).as_posix())
    # Compiled translations are build output, ignored by git, but belong in the package.
    paths.update(p.relative_to(ROOT).as_posix() for p in (ROOT / "i18n").glob("*.qm"))
    return sorted(paths)


def included(path):
    parts = path.split("/")
    if parts[0] in EXCLUDED_TOP or EXCLUDED_DIRS.intersection(parts[:-1]):
        return False
    if any(part.startswith(".") for part in parts) or parts[-1].endswith(EXCLUDED_SUFFIXES):
        return False  # hidden files and folders, e.g. pytest-qgis' .qgis-settings/, editor litter
    return (ROOT / path).is_file()  # deleted in the working tree but still in git's index


def check(zip_path, metadata):
    """The offline part of plugins.qgis.org's upload validator, plus what this plugin must ship."""
    problems = []
    missing = [key for key in REQUIRED_METADATA if not metadata.get(key, "").strip()]
    if missing:
        problems.append("metadata.txt lacks " + ", ".join(missing))
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        if archive.testzip() is not None:
            problems.append("corrupt member " + archive.testzip())
    tops = {name.split("/")[0] for name in names}
    if tops != {PLUGIN_NAME}:
        problems.append(f"top-level entries {sorted(tops)}, expected only {PLUGIN_NAME}/")
    for name in names:
        parts = name.split("/")
        if ".." in parts or name.startswith("/") or "\\" in name or name.endswith((".pyc", ".pyo")):
            problems.append("forbidden entry " + name)
        hidden = any(part.startswith(".") for part in parts)
        if hidden or EXCLUDED_DIRS.intersection(parts[:-1]) or (len(parts) > 1 and parts[1] in EXCLUDED_TOP):
            problems.append("developer-only entry " + name)
    required = ["__init__.py", "metadata.txt", "LICENSE", metadata.get("icon", "icon.svg"),
                "sample_data/paavo2019_capital_region.gpkg", "sample_data/README.md"]
    for rel in required:
        if f"{PLUGIN_NAME}/{rel}" not in names:
            problems.append("missing " + rel)
    return problems


def main():
    metadata = read_metadata()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path,
                        default=ROOT / "dist" / f"{PLUGIN_NAME}-{metadata['version']}.zip")
    args = parser.parse_args()
    output = args.output if args.output.is_absolute() else Path.cwd() / args.output

    files = [p for p in candidate_files() if included(p)]
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        # The first entry names the plugin folder (plugins.qgis.org reads the package name from it).
        archive.writestr(zipfile.ZipInfo(PLUGIN_NAME + "/"), "")
        for rel in files:
            archive.write(ROOT / rel, f"{PLUGIN_NAME}/{rel}")
    problems = check(tmp, metadata)
    if problems:
        tmp.unlink()
        sys.exit("package: " + "; ".join(problems))
    tmp.replace(output)
    print(f"package: {output.relative_to(Path.cwd()) if output.is_relative_to(Path.cwd()) else output}"
          f" ({len(files)} files, {output.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
