"""segregation:globalindices: the aspatial segregation indices per region and group, as a table."""

from pathlib import Path

from qgis.core import (QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)

from ..compat import NUMBER_DOUBLE, SOURCE_VECTOR_ANY, WKB_NO_GEOMETRY
from ..core import ALL_GROUPS, ALL_IDS, BY_ID, SUMMARY_COLUMNS, SURFACE_SEGREGATION_IDS, global_indices
from ..core.registry import MULTI, SPATIAL_IDS
from ..core.spatial_context import index_kind
from ..index_names import direction_text, index_meanings, index_names, index_source, range_text
from ..report import render_page, render_table
from ..translation import tr, user_language
from .common import SegregationAlgorithm
from .reading import read_units
from .inference_parameters import add_inference_parameters, inference_settings, run_inference
from .spatial_context import add_spatial_parameters, build_spatial_context, has_geometry, wants_geometry
from .writing import table_fields, write_rows

INDICES = "INDICES"
ATKINSON_B = "ATKINSON_B"
OUTPUT = "OUTPUT"
OUTPUT_HTML = "OUTPUT_HTML"

#: Every index the algorithm offers, in option order: aspatial, spatial, surface (kernel-smoothed).
OFFERED_IDS = ALL_IDS + SPATIAL_IDS + SURFACE_SEGREGATION_IDS
TEXT_COLUMNS = ("region", "group")
INT_COLUMNS = ("n_units", "n_dropped", "n_imputed")


class GlobalIndicesAlgorithm(SegregationAlgorithm):

    def name(self):
        return "globalindices"

    def displayName(self):
        return tr("Segregation indices")

    def shortDescription(self):
        return tr("Aspatial, spatial and kernel-smoothed segregation indices per region (city) and group, "
                  "in one table.")

    def shortHelpString(self):
        names, meanings = index_names(), index_meanings()
        lines = "".join(
            f"<li><b>{names[i]}</b> (<code>{i}</code>, {range_text(i)}; {direction_text(i)}): "
            f"{meanings[i]} <i>{index_source(i)}</i></li>" for i in ALL_IDS + SPATIAL_IDS)
        return tr(
            "<p>Computes the classic aspatial segregation indices of each group against the rest of the "
            "total, and the multigroup indices of all groups together, for every region (e.g. municipality) "
            "in one run.</p><p>Choose the group count fields (e.g. <code>ko_perus</code>) and their total "
            "(base) field (e.g. <code>ko_ika18y</code>); each Paavo theme has its own base. Without a total "
            "field the total of a unit is the sum of the groups. Multigroup indices use the groups only "
            "(total = their sum) and need at least two group fields.</p>"
            "<p>The output table has one row per region and group (single-group indices) and one row per "
            "region with group '(all groups)' (multigroup indices), with the number of units used and "
            "dropped and the population they held.</p>") + f"<ul>{lines}</ul>" + self.missing_help() + tr(
            "<p>Formulas: Massey &amp; Denton (1988) The dimensions of residential segregation, Social Forces "
            "67(2); Reardon &amp; Firebaugh (2002) Measures of multigroup segregation, Sociological "
            "Methodology 32. Values match PySAL's segregation package where the formulas coincide.</p>") + tr(
            "<h3>Spatial indices</h3><p>On a layer with geometry the spatial indices are computed too (leave "
            "<i>Indices</i> empty for every index that applies). Spatial dissimilarity uses the chosen spatial "
            "weights (queen contiguity by default; neighbours only within the region); the boundary and "
            "perimeter/area versions use the length of the boundaries units share (with the snapping "
            "tolerance); the distance-decay, concentration and centralization indices use centroids and areas "
            "and need a projected CRS in metres (e.g. EPSG:3067). Distance decay follows Massey &amp; Denton "
            "(exp of minus the distance in km, self-distance sqrt(0.6 area)) or, as an option, PySAL 2.5's "
            "convention, whose values differ. Centralization measures distance to the region's centroid, the "
            "population-weighted mean centre, or the nearest point of a centre layer (polycentric cities). "
            "With a <i>bandwidth</i> above 0 the <code>surface_</code> indices compute each aspatial index on "
            "kernel-smoothed local environments (Reardon &amp; O'Sullivan 2004), not rounded to whole "
            "persons. Points and tables get the indices their geometry allows.</p>")

    def initAlgorithm(self, config=None):
        self.add_unit_parameters()
        names = index_names()
        self.addParameter(QgsProcessingParameterEnum(
            INDICES, tr("Indices [none chosen = every index that applies]"),
            options=[f"{names[i]} [{i}]" for i in OFFERED_IDS], allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            ATKINSON_B, tr("Atkinson shape parameter b (0 < b < 1)"), type=NUMBER_DOUBLE, defaultValue=0.5,
            minValue=0.01, maxValue=0.99))
        add_inference_parameters(self)
        add_spatial_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Segregation indices"), type=SOURCE_VECTOR_ANY))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_HTML, tr("HTML report"), fileFilter=tr("HTML files (*.html)"), optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        units = self.unit_parameters(parameters, context)
        given = parameters.get(INDICES) not in (None, "", [])  # QGIS reads an empty choice as [0]
        chosen = self.parameterAsEnums(parameters, INDICES, context) if given else []
        indices = [OFFERED_IDS[i] for i in sorted(chosen)] if chosen else None
        b = self.parameterAsDouble(parameters, ATKINSON_B, context)
        inference = inference_settings(self, parameters, context)  # refuses bad settings before any reading
        spatial = wants_geometry(units.source, indices)
        if indices and not has_geometry(units.source) and any(i not in BY_ID for i in indices):
            raise QgsProcessingException(tr("Spatial indices need a layer with geometry; this input is a table."))
        table, features = read_units(units.source, units.group_fields, units.total_field, units.region_field,
                                     feedback, keep_features=spatial, progress_share=60.0,
                                     repair_geometry=spatial)
        if indices and table.n_groups < 2 and all(index_kind(i) == MULTI for i in indices):
            raise QgsProcessingException(tr("Multigroup indices need at least two group fields."))
        feedback.pushInfo(tr("{} units, {} regions, {} groups.").format(
            table.n_units, len(table.region_labels), table.n_groups))
        space, weights_spec = None, None
        if spatial:
            space, weights_spec = build_spatial_context(self, parameters, context, units.source, features, table,
                                                        indices, feedback)
        del features
        try:
            result = global_indices(table, indices, atkinson_b=b, missing=units.missing, space=space)
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        indices = [c for c in result.columns if c not in SUMMARY_COLUMNS]
        if inference is not None:
            result = run_inference(inference, table, indices, result, units.missing, space, b, feedback)
        if weights_spec:
            feedback.pushInfo(tr("Spatial weights: {}").format(weights_spec))
        self._report_dropped(result, feedback)
        feedback.setProgress(80)
        fields = table_fields(list(result.columns), TEXT_COLUMNS + ("null_model", "alternative"),
                              INT_COLUMNS + ("permutations",), long_columns=("seed",))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, WKB_NO_GEOMETRY,
                                             units.source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        write_rows(sink, fields, result, feedback, 80, 95)
        results = {OUTPUT: dest_id}
        html_path = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context)
        if html_path:
            Path(html_path).write_text(self.report_html(result, units, b, indices), encoding="utf-8")
            results[OUTPUT_HTML] = html_path
        feedback.setProgress(100)
        return results

    @staticmethod
    def _report_dropped(result, feedback):
        for row in result[result.n_dropped > 0].itertuples(index=False):
            feedback.pushInfo(tr("Region {region}, {group}: {n} units dropped ({pop:g} inhabitants).").format(
                region=_label(row.region), group=row.group, n=row.n_dropped, pop=row.dropped_population))
        small = result[(result.n_units < 2) & (result.group == result.group.iloc[0])]
        for region in small.region:
            feedback.pushWarning(tr(
                "Region {} has fewer than two usable units: its evenness indices are 0 or empty by "
                "construction and say nothing about segregation.").format(_label(region)))

    def report_html(self, result, units, b, indices):
        names = index_names()
        headers = {
            "region": tr("Region"), "group": tr("Group"), "n_units": tr("Units"),
            "n_dropped": tr("Dropped units"), "dropped_population": tr("Dropped population"),
            "total_population": tr("Total population"), "group_population": tr("Group population"),
            "group_share": tr("Group share"), "n_imputed": tr("Imputed units"),
        }
        summary = [(c, headers[c]) for c in SUMMARY_COLUMNS]
        single = [i for i in indices if index_kind(i) != MULTI]
        multi = [i for i in indices if index_kind(i) == MULTI]
        sections = []
        group_rows = result[result.group != ALL_GROUPS]
        if single and len(group_rows):
            sections.append(render_table(group_rows, summary + [(i, names[i]) for i in single],
                                         tr("Single-group indices (group against the rest)"), TEXT_COLUMNS))
        multi_rows = result[result.group == ALL_GROUPS]
        if multi and len(multi_rows):
            sections.append(render_table(multi_rows, summary[:6] + [(i, names[i]) for i in multi],
                                         tr("Multigroup indices (all groups)"), TEXT_COLUMNS))
        parameters = [
            (tr("Input"), units.source.sourceName()),
            (tr("Group fields"), ", ".join(units.group_fields)),
            (tr("Total field"), units.total_field or tr("sum of the groups")),
            (tr("Region field"), units.region_field or tr("none (one region)")),
            (tr("Missing values"), tr("drop the unit") if units.missing == "drop" else tr("impute from the region's rate")),
            (tr("Atkinson b"), f"{b:g}"),
        ]
        if "seed" in result.columns:
            sections.append(self._inference_section(result, indices, names))
            parameters += [(tr("Null model"), result["null_model"].iloc[0]),
                           (tr("Permutations"), int(result["permutations"].iloc[0])),
                           (tr("Seed"), int(result["seed"].iloc[0])),
                           (tr("Confidence level"), f"{result['confidence'].iloc[0]:g}")]
        notes = [f"{names[i]}: {index_meanings()[i]} {direction_text(i)}; {range_text(i)}." for i in indices]
        return render_page(tr("Segregation indices"), parameters, sections, notes, user_language())

    @staticmethod
    def _inference_section(result, indices, names):
        """One row per region, group and index: value, mean under the null, p and bootstrap interval."""
        import pandas as pd
        rows = []
        for index_id in indices:
            if f"{index_id}_p" not in result.columns:
                continue
            part = result[["region", "group", index_id, f"{index_id}_expected", f"{index_id}_p",
                           f"{index_id}_ci_low", f"{index_id}_ci_high"]].dropna(subset=[index_id])
            part.columns = ["region", "group", "value", "expected", "p", "ci_low", "ci_high"]
            part.insert(2, "index", names[index_id])
            rows.append(part)
        frame = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(
            columns=["region", "group", "index", "value", "expected", "p", "ci_low", "ci_high"])
        columns = [("region", tr("Region")), ("group", tr("Group")), ("index", tr("Index")), ("value", tr("Value")),
                   ("expected", tr("Mean under the null")), ("p", tr("p-value")),
                   ("ci_low", tr("Interval low")), ("ci_high", tr("Interval high"))]
        return render_table(frame, columns, tr("Inference: null model and bootstrap interval"),
                            ("region", "group", "index"))


def _label(region):
    return "-" if region is None else region
