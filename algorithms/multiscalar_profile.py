"""segregation:multiscalarprofile: surface-based segregation indices over a list of bandwidths, per region.

Reardon et al. (2008): each index is computed on kernel-smoothed local environments (Reardon & O'Sullivan
2004, ``core.surface``) for every bandwidth; the table and the chart show at which scale segregation lives.
"""

import re
from pathlib import Path

import numpy as np
import pandas as pd

from qgis.core import (QgsProcessingException, QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString)

from ..compat import SOURCE_VECTOR_ANY, WKB_NO_GEOMETRY
from ..core.missing import impute_groups, prepare_multi, prepare_single
from ..core.registry import MULTIGROUP_IDS, SINGLE_GROUP_IDS
from ..core.surface import ALL_GROUPS, multiscalar_profile
from ..index_names import direction_text, index_meanings, index_names
from ..report import render_figure, render_page, render_table
from ..core.table import list_ids
from ..translation import tr, user_language
from .common import SegregationAlgorithm
from .geometry import measure, require_projected
from .reading import read_units
from .weights_parameters import KERNEL_IDS, kernel_options
from .writing import table_fields, write_rows

BANDWIDTHS = "BANDWIDTHS"
KERNEL = "KERNEL"
INDICES = "INDICES"
WITHIN_REGIONS = "WITHIN_REGIONS"
OUTPUT = "OUTPUT"
OUTPUT_CHART = "OUTPUT_CHART"
OUTPUT_HTML = "OUTPUT_HTML"

DEFAULT_BANDWIDTHS = "250, 500, 1000, 2000, 4000"
#: Aspatial index ids that make sense on local environments, in the order of the INDICES options.
PROFILE_IDS = ("dissimilarity", "entropy", "isolation", "exposure", "correlation_ratio",
               "multi_dissimilarity", "multi_information_theory", "mutual_information",
               "multi_relative_diversity", "multi_normalized_exposure")
DEFAULT_INDICES = ("dissimilarity", "isolation", "multi_information_theory")
DEFAULT_KERNEL = "gaussian"

COLUMNS = ("bandwidth", "region", "group", "index", "value", "n_units", "n_dropped")
TEXT_COLUMNS = ("region", "group", "index")
INT_COLUMNS = ("n_units", "n_dropped")

_UNIT = re.compile(r"(?<=[0-9.])\s+(?=(?:km|m)\b)", re.IGNORECASE)
_BANDWIDTH = re.compile(r"^((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?)(km|m)?$", re.IGNORECASE)


def parse_bandwidths(text):
    """Bandwidths in metres from text such as '250, 500, 1000' or '250 m; 1 km; 2km' -> (sorted unique
    values, tokens that are not a bandwidth). 0 is allowed (no smoothing: the aspatial value)."""
    tokens = [t for t in re.split(r"[,;\s]+", _UNIT.sub("", str(text or "")).strip()) if t]
    values, bad = [], []
    for token in tokens:
        match = _BANDWIDTH.match(token)
        value = float(match.group(1)) * (1000.0 if (match.group(2) or "").lower() == "km" else 1.0) \
            if match else float("nan")
        if np.isfinite(value):
            values.append(value)
        else:
            bad.append(token)
    return sorted(set(values)), bad


def plan_jobs(table, indices, missing):
    """Computations sharing one set of units: the missing-value policy's ``keep`` mask decides which units
    (and so which geometries) each index uses. Returns (imputed group counts, jobs, single ids, multi ids)."""
    groups, imputed = impute_groups(table, missing)
    single = [i for i in indices if i in SINGLE_GROUP_IDS]
    multi = [i for i in indices if i in MULTIGROUP_IDS] if table.n_groups >= 2 else []
    jobs = {}

    def job(prep):
        return jobs.setdefault(prep.keep.tobytes(), {"keep": prep.keep, "single": {}, "multi": None})

    if single:
        for j in range(table.n_groups):
            prep = prepare_single(table, j, groups, imputed)
            job(prep)["single"][j] = prep
    if multi:
        prep = prepare_multi(table, groups, imputed)
        job(prep)["multi"] = prep
    return groups, list(jobs.values()), single, multi


def compute_profile(table, groups, jobs, single, multi, centroids, bandwidths, kernel=DEFAULT_KERNEL,
                    within_regions=True, step=None):
    """The profile table (``COLUMNS``), ordered by bandwidth, index, group and region; ``step(b)`` is called
    after each bandwidth (progress, cancellation)."""
    names = list(table.group_names)
    k = len(names)
    frames = []
    for b, bandwidth in enumerate(bandwidths):
        for spec in jobs:
            keep = spec["keep"]
            used = set(spec["single"]) | (set(range(k)) if spec["multi"] is not None else set())
            counts = groups[keep].copy()
            counts[:, [c for c in range(k) if c not in used]] = 0.0  # columns of other jobs: may be missing here
            first = next(iter(spec["single"].values()), None)
            ids = (single if spec["single"] else []) + (multi if spec["multi"] is not None else [])
            segments = table.segments.subset(keep)
            if keep.any():
                frame = multiscalar_profile(counts, None if first is None else first.t, centroids[keep], [bandwidth],
                                            ids, regions=segments, kernel=kernel, group_names=names,
                                            within_regions=within_regions)
            else:  # every unit dropped: nothing to smooth, every value is empty
                frame = _empty_profile(bandwidth, ids, names, table.segments.n_segments, k)
            frames.append(_with_counts(frame, spec, names, single, multi))
        if step is not None:
            step(b)
    result = pd.concat(frames, ignore_index=True)
    order = {"index": {i: n for n, i in enumerate(list(single) + list(multi))},
             "group": {g: n for n, g in enumerate(names + [ALL_GROUPS])}}
    result = result.assign(_i=result["index"].map(order["index"]), _g=result["group"].map(order["group"]))
    result = result.sort_values(["bandwidth", "_i", "_g", "region"], kind="stable").drop(columns=["_i", "_g"])
    result["region"] = [table.region_labels[code] for code in result["region"]]
    return result.reset_index(drop=True)[list(COLUMNS)]


def _empty_profile(bandwidth, ids, names, n_regions, k):
    rows = []
    for index_id in ids:
        labels = names if index_id in SINGLE_GROUP_IDS else ([ALL_GROUPS] if k >= 2 else [])
        for group in labels:
            rows.append(pd.DataFrame({"bandwidth": float(bandwidth), "region": range(n_regions), "group": group,
                                      "index": index_id, "value": np.nan}))
    return pd.concat(rows, ignore_index=True)


def _with_counts(frame, spec, names, single, multi):
    """Rows of ``frame`` that belong to this job, with the units used / dropped of their region."""
    parts = []
    for j, prep in spec["single"].items():
        part = frame[(frame["group"] == names[j]) & frame["index"].isin(single)]
        parts.append(_counts(part, prep))
    if spec["multi"] is not None:
        part = frame[(frame["group"] == ALL_GROUPS) & frame["index"].isin(multi)]
        parts.append(_counts(part, spec["multi"]))
    return pd.concat(parts, ignore_index=True)


def _counts(part, prep):
    codes = part["region"].to_numpy(dtype=np.intp)
    return part.assign(n_units=prep.n_units[codes], n_dropped=prep.n_dropped[codes])


class MultiscalarProfileAlgorithm(SegregationAlgorithm):

    def name(self):
        return "multiscalarprofile"

    def displayName(self):
        return tr("Multiscalar segregation profile")

    def shortDescription(self):
        return tr("Spatial segregation indices on kernel-smoothed local environments over a list of bandwidths, "
                  "per region: a table and a chart of the profile.")

    def shortHelpString(self):
        return tr(
            "<p>Shows at which scale segregation lives. For every bandwidth (e.g. 250, 500, 1000, 2000 and "
            "4000 m) each unit's <i>local environment</i> is the population around it, weighted by a distance "
            "kernel, the unit itself included; the chosen aspatial indices are then computed on these "
            "environments for every region (city), as in Reardon &amp; O'Sullivan (2004) Measures of spatial "
            "segregation, Sociological Methodology 34, and Reardon et al. (2008) The geographic scale of "
            "metropolitan racial segregation, Demography 45(3). A bandwidth of 0 gives the aspatial value.</p>"
            "<p><b>Reading the profile</b>: a value that falls steeply as the bandwidth grows means "
            "micro-scale segregation (groups live apart in neighbouring blocks, but the larger districts are "
            "mixed); a flat profile means large-scale segregation (whole districts differ). Compare cities by "
            "the level and by the shape of their lines.</p>"
            "<p><b>Local environments</b>: the smoothed counts of every group and of the total are "
            "sum<sub>j</sub> K(d<sub>ij</sub>/h) x<sub>j</sub> over the units within the bandwidth h "
            "(distances between centroids, in metres: the layer needs a projected CRS such as ETRS-TM35FIN, "
            "EPSG:3067). Kernels as in libpysal: Gaussian (default, cut at the bandwidth), triangular, "
            "uniform, Epanechnikov, quartic. The unit's own weight is the kernel at distance 0, K(0) (PySAL "
            "sets it to 1: the two agree for the triangular kernel only). The smoothed counts are not rounded "
            "(PySAL's segregation package rounds them to whole persons), so values differ from PySAL's by that "
            "rounding. With <b>Environments stop at region borders</b> (default) a unit's environment only "
            "holds units of its own region. Regular grids (e.g. 250 m cells) are smoothed by FFT convolution, "
            "without a weights matrix.</p>"
            "<p><b>Output</b>: one row per bandwidth, region, index and group (single-group indices: each group "
            "against the rest of the total; multigroup indices: group '(all groups)'), with the value and the "
            "numbers of units used and dropped. The optional chart (PNG or SVG by the file extension) has one "
            "panel per index and group and one line per region, the bandwidth on a log scale; the optional "
            "HTML report holds the chart and the table.</p>") + self.missing_help() + tr(
            "<p>A unit dropped because of missing values is left out of the environments too (its location "
            "is not used).</p>")

    def initAlgorithm(self, config=None):
        self.add_unit_parameters()
        self.addParameter(QgsProcessingParameterString(
            BANDWIDTHS, tr("Bandwidths (metres, separated by commas; 0 = aspatial)"), defaultValue=DEFAULT_BANDWIDTHS))
        self.addParameter(QgsProcessingParameterEnum(
            KERNEL, tr("Kernel function"), options=kernel_options(), defaultValue=KERNEL_IDS.index(DEFAULT_KERNEL)))
        names = index_names()
        self.addParameter(QgsProcessingParameterEnum(
            INDICES, tr("Indices"), options=[f"{names[i]} [{i}]" for i in PROFILE_IDS], allowMultiple=True,
            defaultValue=[PROFILE_IDS.index(i) for i in DEFAULT_INDICES]))
        self.addParameter(QgsProcessingParameterBoolean(
            WITHIN_REGIONS, tr("Environments stop at region borders"), defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Multiscalar segregation profile"), type=SOURCE_VECTOR_ANY))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_CHART, tr("Profile chart"), fileFilter=tr("PNG images (*.png);;SVG images (*.svg)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_HTML, tr("HTML report"), fileFilter=tr("HTML files (*.html)"), optional=True,
            createByDefault=False))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            try:
                self._bandwidths(parameters, context)
            except QgsProcessingException as error:
                return False, str(error)
        return ok, message

    def _bandwidths(self, parameters, context):
        text = self.parameterAsString(parameters, BANDWIDTHS, context)
        values, bad = parse_bandwidths(text)
        if bad:
            raise QgsProcessingException(tr(
                "Bandwidths: '{}' is not a distance. Give distances in metres (0 or more) separated by commas, "
                "e.g. 250, 500, 1000, 2000, 4000.").format("', '".join(bad)))
        if not values:
            raise QgsProcessingException(tr(
                "Give at least one bandwidth in metres, e.g. 250, 500, 1000, 2000, 4000."))
        return values

    def processAlgorithm(self, parameters, context, feedback):
        units = self.unit_parameters(parameters, context)
        bandwidths = self._bandwidths(parameters, context)
        kernel = KERNEL_IDS[self.parameterAsEnum(parameters, KERNEL, context)]
        chosen = self.parameterAsEnums(parameters, INDICES, context)
        if not chosen:
            raise QgsProcessingException(tr("Choose at least one index."))
        indices = [PROFILE_IDS[i] for i in sorted(chosen)]
        within_regions = self.parameterAsBoolean(parameters, WITHIN_REGIONS, context)
        chart_path = self.parameterAsFileOutput(parameters, OUTPUT_CHART, context)
        chart_format = _chart_format(chart_path) if chart_path else None
        source = units.source
        if source.wkbType() == WKB_NO_GEOMETRY:
            raise QgsProcessingException(tr(
                "The multiscalar profile needs the location of every unit, but the input layer has no geometry "
                "(a plain table). Use a layer of polygons or points, e.g. join the table to the postal-code "
                "areas first."))
        if not require_projected(source.sourceCrs(), tr("The multiscalar profile")):
            feedback.pushWarning(tr("The layer has no coordinate reference system: distances are taken in its "
                                    "map units as if they were metres."))

        table, features = read_units(source, units.group_fields, units.total_field, units.region_field,
                                     feedback, keep_features=True, progress_share=30.0, repair_geometry=True)
        if table.n_groups < 2 and all(i in MULTIGROUP_IDS for i in indices):
            raise QgsProcessingException(tr("Multigroup indices need at least two group fields."))
        feedback.pushInfo(tr("{} units, {} regions, {} groups.").format(
            table.n_units, len(table.region_labels), table.n_groups))
        geometry = measure(features, feedback, 30.0, 40.0)
        del features
        groups, jobs, single, multi = plan_jobs(table, indices, units.missing)
        used = np.zeros(table.n_units, bool)
        for spec in jobs:
            used |= spec["keep"]
        empty = used & ~np.isfinite(geometry.centroids).all(axis=1)
        if empty.any():
            raise QgsProcessingException(tr(
                "Features {} have no geometry: the multiscalar profile needs every unit's location. Remove or "
                "fix them.").format(list_ids(table.ids[empty])))
        self._report_units(table, jobs, feedback)

        def step(b):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(40.0 + 45.0 * (b + 1) / len(bandwidths))
            feedback.pushInfo(tr("Bandwidth {:g} m done.").format(bandwidths[b]))

        try:
            result = compute_profile(table, groups, jobs, single, multi, geometry.centroids, bandwidths, kernel,
                                     within_regions, step)
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error

        fields = table_fields(list(COLUMNS), TEXT_COLUMNS, INT_COLUMNS)
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, WKB_NO_GEOMETRY, source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        write_rows(sink, fields, result, feedback, 85.0, 90.0)
        results = {OUTPUT: dest_id}

        html_path = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context)
        chart = None
        if chart_path or html_path:
            chart = self._chart(result, chart_format or "svg", feedback, required=bool(chart_path))
        if chart_path and chart is not None:
            Path(chart_path).write_bytes(chart)
            results[OUTPUT_CHART] = chart_path
        feedback.setProgress(95)
        if html_path:
            page = self.report_html(result, units, bandwidths, kernel, indices, within_regions, chart,
                                    chart_format or "svg")
            Path(html_path).write_text(page, encoding="utf-8")
            results[OUTPUT_HTML] = html_path
        feedback.setProgress(100)
        return results

    @staticmethod
    def _report_units(table, jobs, feedback):
        small = set()
        for spec in jobs:
            preps = list(spec["single"].items()) + ([(None, spec["multi"])] if spec["multi"] is not None else [])
            for j, prep in preps:
                group = ALL_GROUPS if j is None else table.group_names[j]
                for r in np.flatnonzero(prep.n_dropped > 0):
                    feedback.pushInfo(tr("Region {region}, {group}: {n} units dropped ({pop:g} inhabitants).").format(
                        region=_label(table.region_labels[r]), group=group, n=int(prep.n_dropped[r]),
                        pop=float(prep.dropped_population[r])))
                small.update(np.flatnonzero(prep.n_units < 2).tolist())
        for r in sorted(small):
            feedback.pushWarning(tr(
                "Region {} has fewer than two usable units: its evenness indices are 0 or empty by "
                "construction and say nothing about segregation.").format(_label(table.region_labels[r])))

    @staticmethod
    def chart_texts():
        return {"x_label": tr("Bandwidth (m, log scale)"), "y_label": tr("Index value"),
                "legend_title": tr("Region"), "aspatial": tr("0 (aspatial)"), "no_region": tr("all units")}

    def _chart(self, result, fmt, feedback, required):
        try:
            from .. import charts
        except ImportError as error:  # matplotlib missing from this QGIS installation
            message = tr("The chart needs the Python package matplotlib, which this QGIS installation lacks "
                         "({}).").format(error)
            if required:
                raise QgsProcessingException(message) from error
            feedback.pushWarning(message)
            return None
        figure = charts.profile_figure(result, index_names(), self.chart_texts())
        return charts.figure_bytes(figure, fmt)

    def report_html(self, result, units, bandwidths, kernel, indices, within_regions, chart, fmt):
        names = index_names()
        kernel_names = dict(zip(KERNEL_IDS, kernel_options()))
        parameters = [
            (tr("Input"), units.source.sourceName()),
            (tr("Group fields"), ", ".join(units.group_fields)),
            (tr("Total field"), units.total_field or tr("sum of the groups")),
            (tr("Region field"), units.region_field or tr("none (one region)")),
            (tr("Missing values"), tr("drop the unit") if units.missing == "drop" else tr("impute from the region's rate")),
            (tr("Bandwidths (m)"), ", ".join(f"{b:g}" for b in bandwidths)),
            (tr("Kernel function"), kernel_names.get(kernel, kernel)),
            (tr("Environments stop at region borders"), tr("yes") if within_regions else tr("no")),
        ]
        sections = []
        if chart is not None:
            from ..charts import svg_element
            caption = tr("Index value by bandwidth; one line per region.")
            sections.append(render_figure(caption, svg=svg_element(chart)) if fmt == "svg"
                            else render_figure(caption, png=chart, alt=tr("Multiscalar segregation profile")))
        sections.append(render_table(*self._wide_table(result, bandwidths, names)))
        notes = [tr("A value that falls steeply as the bandwidth grows means micro-scale segregation; a flat "
                    "profile means large-scale segregation. Bandwidth 0 is the aspatial value.")]
        notes += [f"{names[i]}: {index_meanings()[i]} {direction_text(i)}." for i in indices]
        return render_page(tr("Multiscalar segregation profile"), parameters, sections, notes, user_language())

    @staticmethod
    def _wide_table(result, bandwidths, names):
        """(frame, columns, caption, text columns) for render_table: one row per region, index and group."""
        keys = ["region", "index", "group"]
        frame = result.assign(region=result["region"].map(_label))
        counts = frame.groupby(keys, sort=False)["n_units"].first()
        wide = frame.set_index(keys + ["bandwidth"])["value"].unstack("bandwidth").reindex(counts.index)
        table = pd.DataFrame({
            "region": [k[0] for k in counts.index],
            "index": [names.get(k[1], k[1]) for k in counts.index],
            "group": [k[2] for k in counts.index],
            "n_units": counts.to_numpy(),
        })
        columns = [("region", tr("Region")), ("index", tr("Index")), ("group", tr("Group")), ("n_units", tr("Units"))]
        for n, bandwidth in enumerate(bandwidths):
            table[f"b{n}"] = wide[bandwidth].to_numpy() if bandwidth in wide.columns else np.nan
            columns.append((f"b{n}", tr("0 (aspatial)") if bandwidth == 0 else tr("{:g} m").format(bandwidth)))
        return table, columns, tr("Index values by bandwidth"), ("region", "index", "group")


def _chart_format(path):
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg"):
        raise QgsProcessingException(tr("The chart file '{}' must end in .png or .svg.").format(path))
    return suffix[1:]


def _label(region):
    return "-" if region is None else region

