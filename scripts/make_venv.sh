#!/usr/bin/env bash
# Create .venv for tests: Debian's Python (it has the QGIS bindings) with its site packages visible,
# plus the test-only packages of requirements-test.txt. pip may not replace the compiled Debian
# packages QGIS and GDAL are built against, so constraints.txt pins them at their installed versions.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=/usr/bin/python3
VENV=.venv

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv --system-site-packages "$VENV"
fi

# Read the versions from the system interpreter (a Debian 13 machine has other ones).
"$PY" - > constraints.txt <<'PYEOF'
from importlib.metadata import PackageNotFoundError, version
for dist in ("numpy", "pyproj", "pandas", "geopandas", "scipy"):
    try:
        print(f"{dist}=={version(dist)}")
    except PackageNotFoundError:
        pass
PYEOF
echo "constraints.txt (Debian's versions):"
sed 's/^/  /' constraints.txt

"$VENV/bin/python" -m pip install --disable-pip-version-check -q -c constraints.txt -r requirements-test.txt

# The venv must still import QGIS and Debian's numpy.
"$VENV/bin/python" - <<'PYEOF'
import numpy, qgis.core, esda, libpysal, segregation
print("venv ok: numpy", numpy.__version__, "| QGIS", qgis.core.Qgis.QGIS_VERSION,
      "| segregation", segregation.__version__, "| esda", esda.__version__, "| libpysal", libpysal.__version__)
PYEOF
