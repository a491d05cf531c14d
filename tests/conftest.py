"""Test set-up: import the repository root (the plugin folder) as the package ``segregation_analysis``.

The plugin folder may be checked out under any name, so it is loaded by path; every import inside the
plugin is relative, exactly as when QGIS installs it.
"""

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "segregation_analysis"
SHARED = ROOT.parent / "shared"
SAMPLE_GPKG = ROOT / "sample_data" / "paavo2019_capital_region.gpkg"
SACRAMENTO_SHP = SHARED / "data" / "reference" / "sacramento" / "sacramentot2.shp"
PAAVO_CSV = SHARED / "data" / "finland" / "paavo2019_finland_attributes.csv"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if PACKAGE not in sys.modules:
    spec = importlib.util.spec_from_file_location(PACKAGE, ROOT / "__init__.py",
                                                  submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)
