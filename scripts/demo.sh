#!/usr/bin/env bash
# Demo: install the packaged plugin into a throwaway QGIS profile, enable it for qgis_process, run both
# algorithms on the sample data per municipality and print the index table. Outputs: demo_output/.
#
# Usage: scripts/demo.sh [dist/segregation_analysis-<version>.zip]     (normally via `make demo`)
#
# How the plugin is enabled (verified on QGIS 3.22.16): qgis_process honours QGIS_CUSTOM_CONFIG_PATH,
# so the profile is demo_output/profile/profiles/default, the plugin is unzipped into its
# python/plugins/segregation_analysis, and `qgis_process plugins enable segregation_analysis` writes
# `[PythonPlugins] segregation_analysis=true` into that profile's QGIS/QGIS3.ini. qgis_process then
# loads it and calls initProcessing() (metadata.txt: hasProcessingProvider=yes). The user's own
# QGIS profile is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PLUGIN_NAME=segregation_analysis
VERSION=$(sed -n 's/^version[[:space:]]*=[[:space:]]*//p' metadata.txt)
ZIP=${1:-dist/$PLUGIN_NAME-$VERSION.zip}
# Debian's /usr/bin/qgis_process wrapper adds --noversioncheck, which qgis_process 3.22 rejects.
QGIS_PROCESS=${QGIS_PROCESS:-$(command -v qgis_process.bin || command -v qgis_process)}
PYTHON=/usr/bin/python3
OUT=$ROOT/demo_output
DATA=$ROOT/sample_data/paavo2019_capital_region.gpkg

[ -f "$ZIP" ] || { echo "demo: $ZIP not found (run: make package)" >&2; exit 1; }
[ -x "$QGIS_PROCESS" ] || { echo "demo: qgis_process not found (run: make deps)" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT"
PROFILE_ROOT=$OUT/profile
PLUGINS_DIR=$PROFILE_ROOT/profiles/default/python/plugins
mkdir -p "$PLUGINS_DIR"
"$PYTHON" -m zipfile -e "$ZIP" "$PLUGINS_DIR"

export QGIS_CUSTOM_CONFIG_PATH=$PROFILE_ROOT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

# Run qgis_process, keep its full output in a log, show the log and stop when it fails.
qp() {
  local log=$OUT/$1.log
  shift
  local rc=0
  "$QGIS_PROCESS" "$@" >"$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "demo: qgis_process $* failed (exit code $rc). Its output ($log):" >&2
    cat "$log" >&2
    exit "$rc"
  fi
}

echo "== QGIS: $("$QGIS_PROCESS" --version 2>/dev/null | grep -m1 '^QGIS ' || echo unknown)"
echo "== Installing the plugin from $ZIP into $PLUGINS_DIR/$PLUGIN_NAME"
qp enable plugins enable "$PLUGIN_NAME"
qp list list
if ! grep -q 'segregation:globalindices' "$OUT/list.log" || ! grep -q 'segregation:localindices' "$OUT/list.log"; then
  echo "demo: qgis_process does not list the segregation provider's algorithms. Log: $OUT/list.log" >&2
  grep -v -e '^\s*$' "$OUT/enable.log" >&2 || true
  exit 1
fi
echo "   qgis_process lists: $(grep -o 'segregation:[a-z]*' "$OUT/list.log" | tr '\n' ' ')"

COMMON=(--INPUT="$DATA" --REGION_FIELD=kunta --GROUP_FIELDS=ko_perus --GROUP_FIELDS=ko_yl_kork
        --TOTAL_FIELD=ko_ika18y --MISSING=0)

echo "== segregation:globalindices on the Paavo 2019 capital region, per municipality (kunta)"
echo "   groups: ko_perus (basic education only), ko_yl_kork (higher university degree); total: ko_ika18y (aged 18+)"
echo "   spatial indices with queen contiguity; surface (kernel-smoothed) indices at a 1 km Gaussian bandwidth"
qp globalindices run segregation:globalindices "${COMMON[@]}" --BANDWIDTH=1000 \
   --OUTPUT="$OUT/global_indices.csv" --OUTPUT_HTML="$OUT/report.html"
echo "== segregation:localindices"
qp localindices run segregation:localindices "${COMMON[@]}" --OUTPUT="$OUT/local_indices.gpkg"
echo "== segregation:multiscalarprofile (bandwidths 0, 250 m ... 4 km)"
qp multiscalar run segregation:multiscalarprofile "${COMMON[@]}" --BANDWIDTHS="0, 250, 500, 1000, 2000, 4000" \
   --OUTPUT="$OUT/multiscalar_profile.csv" --OUTPUT_CHART="$OUT/multiscalar_profile.png" \
   --OUTPUT_HTML="$OUT/multiscalar_profile.html"

echo "== segregation:disadvantageindex (low income, unemployment, basic education only; z-scores, top quintile)"
qp disadvantage run segregation:disadvantageindex --INPUT="$DATA" --REGION_FIELD=kunta \
   --INDICATORS="low_income,tr_pi_tul,tr_kuty,1,yes,unemployed,pt_tyott,pt_tyoll + pt_tyott,1,yes,basic_education,ko_perus,ko_ika18y,1,yes" \
   --OUTPUT="$OUT/disadvantage.gpkg" --OUTPUT_HTML="$OUT/disadvantage.html"
echo "== segregation:clusters (local Moran's I of the index, queen neighbours, 9 999 permutations, FDR 0.05)"
qp clusters run segregation:clusters --INPUT="$OUT/disadvantage.gpkg" --FIELD=disadvantage_index \
   --PERMUTATIONS=9999 --SEED=2019 --OUTPUT="$OUT/clusters.gpkg" --OUTPUT_CLUSTERS="$OUT/cluster_polygons.gpkg" \
   --POPULATION_FIELD=he_vakiy

for f in global_indices.csv report.html local_indices.gpkg multiscalar_profile.csv multiscalar_profile.png \
         disadvantage.gpkg disadvantage.html clusters.gpkg; do
  [ -s "$OUT/$f" ] || { echo "demo: qgis_process succeeded but $OUT/$f is missing or empty" >&2; exit 1; }
done

"$PYTHON" - "$OUT" <<'PYEOF'
"""Print the demo's results readably."""
import sys
from pathlib import Path

import pandas as pd
from osgeo import ogr

out = Path(sys.argv[1])
names = {"091": "Helsinki", "049": "Espoo", "092": "Vantaa", "235": "Kauniainen"}
groups = {"ko_perus": "basic educ. only", "ko_yl_kork": "higher univ. degree"}
pd.set_option("display.width", 200)
pd.set_option("display.max_columns", 30)

table = pd.read_csv(out / "global_indices.csv", dtype={"region": str})
table.insert(1, "city", table["region"].map(names).fillna(""))
single = table[table["group"] != "(all groups)"].copy()
single["group"] = single["group"].map(lambda g: groups.get(g, g))
multi = table[table["group"] == "(all groups)"]
single_cols = [c for c in ("dissimilarity", "gini", "entropy", "atkinson", "isolation", "exposure",
                           "correlation_ratio") if c in table]
multi_cols = [c for c in table.columns if c.startswith(("multi_", "mutual_", "simpson_", "diversity"))]
counts = [c for c in ("n_units", "n_dropped", "group_share") if c in table]

print("\nSingle-group indices (each group against the rest of the adults), per municipality:")
print(single[["region", "city", "group"] + counts + single_cols].round(3).to_string(index=False))
print("\nMultigroup indices of the two groups together (one column per municipality):")
print(multi.set_index("city")[multi_cols].round(3).T.to_string())
spatial_cols = [c for c in ("dissimilarity", "spatial_dissimilarity", "boundary_spatial_dissimilarity",
                            "surface_dissimilarity", "absolute_clustering", "delta", "absolute_centralization")
                if c in table]
print("\nBasic education only: aspatial D beside the spatial indices (queen neighbours, 1 km surface):")
perus = table[table["group"] == "ko_perus"]
print(perus[["region", "city"] + spatial_cols].round(3).to_string(index=False))
profile = pd.read_csv(out / "multiscalar_profile.csv", dtype={"region": str})
wide = profile[profile["index"] == "dissimilarity"].pivot_table(index=["region", "group"], columns="bandwidth",
                                                                values="value")
print("\nMultiscalar profile of D (columns: bandwidth in metres, 0 = aspatial); chart: multiscalar_profile.png")
print(wide.round(3).to_string())

ds = ogr.Open(str(out / "local_indices.gpkg"))
layer = ds.GetLayer(0)
rows = [{k: f.GetField(k) for k in ("posti_alue", "nimi", "kunta", "lq_ko_perus", "d_contribution",
                                      "local_entropy", "dropped")} for f in layer]
local = pd.DataFrame(rows)
local["city"] = local["kunta"].map(names)
print(f"\nLocal indices: {len(local)} postal-code areas in {out / 'local_indices.gpkg'} "
      f"(layer '{layer.GetName()}'), {int(local['dropped'].fillna(0).sum())} dropped because of missing values.")
print("Highest location quotient of basic education only (lq_ko_perus) per municipality:")
top = (local.dropna(subset=["lq_ko_perus"]).sort_values("lq_ko_perus", ascending=False)
       .groupby("kunta", sort=True).head(1))
print(top[["city", "posti_alue", "nimi", "lq_ko_perus", "d_contribution", "local_entropy"]]
      .round(3).to_string(index=False))
ds = ogr.Open(str(out / "clusters.gpkg"))
layer = ds.GetLayer(0)
rows = [{k: f.GetField(k) for k in ("posti_alue", "nimi", "kunta", "disadvantage_index", "multiple_disadvantage",
                                      "lisa_i_p", "lisa_i_p_adjusted", "cluster")} for f in layer]
lisa = pd.DataFrame(rows)
lisa["city"] = lisa["kunta"].map(names)
print(f"\nDisadvantage index (z-scores of three rates, whole capital region as reference): "
      f"{int((lisa['multiple_disadvantage'] == 1).sum())} postal areas in the worst fifth on all three indicators.")
print("Local Moran's I of the index (queen neighbours, 9 999 permutations, Benjamini-Hochberg FDR 0.05):")
print(lisa["cluster"].value_counts().to_string())
hot = lisa[lisa["cluster"] == "High-High"].sort_values("disadvantage_index", ascending=False)
print("High-High (disadvantaged areas among disadvantaged neighbours):")
print(hot[["city", "posti_alue", "nimi", "disadvantage_index", "lisa_i_p_adjusted"]].round(3).head(12)
      .to_string(index=False))
polygons = ogr.Open(str(out / "cluster_polygons.gpkg"))
if polygons is not None:
    player = polygons.GetLayer(0)
    print(f"{player.GetFeatureCount()} cluster polygons in cluster_polygons.gpkg:")
    for f in player:
        print(f"  #{f.GetField('cluster_id')} {f.GetField('cluster')}: {f.GetField('n_units')} postal areas, "
              f"{f.GetField('population') or 0:.0f} inhabitants, mean index {f.GetField('mean_value'):.2f}")
print("\nSource: Statistics Finland, Paavo – Open data by postal code area, 2019 edition. CC BY 4.0 "
      "(modified: subset, reprojected, geometry edited).")
PYEOF

echo
echo "Outputs in demo_output/: global_indices.csv, report.html, local_indices.gpkg, multiscalar_profile.csv/.png/.html,"
echo "disadvantage.gpkg/.html, clusters.gpkg, cluster_polygons.gpkg (when any cluster is significant),"
echo "*.log (qgis_process output),"
echo "profile/ (the throwaway QGIS profile; reuse it with QGIS_CUSTOM_CONFIG_PATH=$PROFILE_ROOT qgis_process.bin ...)."
