"""Shared by the benchmark scripts: load the plugin folder as a package by path (as tests/conftest.py
does) and measure peak memory."""

import importlib.util
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_analysis"


def load_plugin():
    """Import the repository root as ``segregation_analysis`` (its imports are relative)."""
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(PACKAGE, ROOT / "__init__.py",
                                                      submodule_search_locations=[str(ROOT)])
        sys.modules[PACKAGE] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[PACKAGE])
    return sys.modules[PACKAGE]


def peak_rss_mb():
    """Peak resident memory of this process so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
