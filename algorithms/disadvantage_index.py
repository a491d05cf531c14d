"""segregation:disadvantageindex: a composite index of several disadvantage rates per unit, with flags for
multiple disadvantage and unreliable small bases."""

import json
from pathlib import Path

from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessingException,
                       QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber)

from ..compat import FIELD_ANY, FIELD_DOUBLE, FIELD_INT, NUMBER_DOUBLE, SINK_FAST_INSERT, SOURCE_VECTOR_ANY
from ..core import disadvantage as D
from ..report import render_page, render_table
from ..styles import apply_disadvantage_style
from ..translation import tr, user_language
from .common import SegregationAlgorithm
from .indicators import INDICATORS, IndicatorReader, indicator_arrays, indicator_parameter, parse_indicator_table
from .reading import field_values, read_features
from .styling import load_styled
from .writing import CHECK_EVERY, plain, unique_name

INPUT = "INPUT"
REGION_FIELD = "REGION_FIELD"
STANDARDISATION = "STANDARDISATION"
REFERENCE = "REFERENCE"
THRESHOLD = "THRESHOLD"
THRESHOLD_MULTIPLE = "THRESHOLD_MULTIPLE"
MIN_BASE = "MIN_BASE"
MISSING = "MISSING"
SMOOTHING = "SMOOTHING"
OUTPUT = "OUTPUT"
OUTPUT_HTML = "OUTPUT_HTML"
N_MULTIPLE = "N_MULTIPLE"
N_UNRELIABLE = "N_UNRELIABLE"

#: Output columns that hold integers or flags (written as integer fields, 1/0/NULL).
INTEGER_SUFFIXES = ("_above", "_unreliable")
INTEGER_COLUMNS = ("n_indicators", "n_missing", "n_above", "multiple_disadvantage", "unreliable")


class DisadvantageIndexAlgorithm(SegregationAlgorithm):

    def name(self):
        return "disadvantageindex"

    def displayName(self):
        return tr("Disadvantage index")

    def group(self):
        return tr("Disadvantage clusters")

    def groupId(self):
        return "clusters"

    def shortDescription(self):
        return tr("A composite index of several disadvantage rates per area, flags for multiple disadvantage "
                  "and for small, unreliable bases.")

    def shortHelpString(self):
        return tr(
            "<p>Combines several rates (e.g. low-income households, unemployment, basic education only) into one "
            "disadvantage index per area, and marks the areas that are disadvantaged on <i>every</i> indicator "
            "at once.</p>"
            "<p><b>Indicators</b>: one row per indicator: a short name (used in the output field names), the "
            "count and the base (a field or an expression such as <code>pt_tyoll + pt_tyott</code>), a weight "
            "and whether a higher rate is worse (yes) or better (no, e.g. higher education). The default rows are "
            "Statistics Finland's Paavo fields: <code>tr_pi_tul / tr_kuty</code>, <code>pt_tyott / (pt_tyoll + "
            "pt_tyott)</code> and <code>ko_perus / ko_ika18y</code>. Suppressed values (-1, NULL, '..') are "
            "missing, never zero: an expression with a suppressed part is missing.</p>"
            "<p><b>Standardisation</b>: z-score (Townsend 1987), index with the reference rate = 100 (Helsinki's "
            "practice), or percentile rank. Every component is turned so that higher means more disadvantaged; "
            "the index is their weighted mean. <b>Reference</b>: the whole layer, or each region (city) "
            "separately.</p>"
            "<p><b>Multiple disadvantage</b>: every indicator over its threshold (the worst fifth of the "
            "reference, or a multiple of the reference rate). Areas whose base is below the minimum (default 30, "
            "Statistics Finland's rule for small areas) are flagged <code>unreliable</code>, not dropped. "
            "Empirical Bayes smoothing (Marshall 1991) pulls the rates of small areas towards the reference "
            "rate.</p>"
            "<p>Output fields per indicator: <code>&lt;name&gt;_rate</code>, <code>_std</code>, <code>_above</code> "
            "and <code>_unreliable</code>; then <code>disadvantage_index</code>, <code>n_indicators</code>, "
            "<code>n_missing</code>, <code>n_above</code>, <code>multiple_disadvantage</code> and "
            "<code>unreliable</code>. On the command line give the indicator table as one comma-separated list, "
            "row after row (expressions without commas).</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            INPUT, tr("Input layer (areas, grid cells or a table)"), [SOURCE_VECTOR_ANY]))
        self.addParameter(indicator_parameter())
        self.addParameter(QgsProcessingParameterField(
            REGION_FIELD, tr("Region field (one result per value, e.g. municipality)"), parentLayerParameterName=INPUT,
            type=FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterEnum(STANDARDISATION, tr("Standardisation"), options=[
            tr("z-score"), tr("Index, reference rate = 100"), tr("Percentile rank")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(REFERENCE, tr("Reference"), options=[
            tr("The whole layer"), tr("Each region separately")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(THRESHOLD, tr("Threshold of disadvantage"), options=[
            tr("Worst fifth (top quintile) of the reference"), tr("A multiple of the reference rate")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            THRESHOLD_MULTIPLE, tr("Multiple of the reference rate"), type=NUMBER_DOUBLE, defaultValue=1.5,
            minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            MIN_BASE, tr("Minimum base for a reliable rate (0 = no check)"), type=NUMBER_DOUBLE, defaultValue=30.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(MISSING, tr("Missing components"), options=[
            tr("Index from the available components"), tr("No index when a component is missing"),
            tr("Impute the reference rate")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            SMOOTHING, tr("Empirical Bayes smoothing of the rates"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Disadvantage index"), type=SOURCE_VECTOR_ANY))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_HTML, tr("HTML report"), fileFilter=tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(N_MULTIPLE, tr("Units with multiple disadvantage")))
        self.addOutput(QgsProcessingOutputNumber(N_UNRELIABLE, tr("Units with an unreliable base")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        specs = parse_indicator_table(self.parameterAsMatrix(parameters, INDICATORS, context))
        region_field = self.parameterAsString(parameters, REGION_FIELD, context) or None
        settings = self._settings(parameters, context)
        if settings["reference"] == "region" and not region_field:
            raise QgsProcessingException(tr("'Each region separately' needs a region field."))
        reader = IndicatorReader(specs, source.fields(), context)
        features = read_features(source, feedback, progress_share=20.0)
        values = reader.read(features, feedback, 20.0, 40.0)
        regions = field_values(features, source.fields(), region_field) if region_field else None
        indicators = [D.Indicator(name, count, base, weight, worse)
                      for name, count, base, weight, worse in indicator_arrays(specs, values)]
        try:
            result = D.disadvantage_index(indicators, regions=regions, ids=[f.id() for f in features], **settings)
        except ValueError as error:
            raise QgsProcessingException(self._core_message(error)) from error
        feedback.setProgress(60)
        dest_id, renamed = self._write(parameters, context, source, features, result.table, feedback)
        table = result.table
        n_multiple = int((table["multiple_disadvantage"] == 1).sum())
        n_unreliable = int((table["unreliable"] == 1).sum())
        feedback.pushInfo(tr("{} of {} units are disadvantaged on every indicator; {} have a base below the "
                             "minimum.").format(n_multiple, len(table), n_unreliable))
        n_missing = int((table["n_missing"] > 0).sum())
        if n_missing:
            feedback.pushInfo(tr("{} units have at least one missing (suppressed) component.").format(n_missing))
        results = {OUTPUT: dest_id, N_MULTIPLE: n_multiple, N_UNRELIABLE: n_unreliable}
        html_path = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context)
        if html_path:
            Path(html_path).write_text(self._html(specs, settings, result, source.sourceName(), region_field),
                                       encoding="utf-8")
            results[OUTPUT_HTML] = html_path
        load_styled(context, dest_id, apply_disadvantage_style, renamed["disadvantage_index"])
        feedback.setProgress(100)
        return results

    def _settings(self, parameters, context):
        return {
            "standardisation": D.STANDARDISATIONS[self.parameterAsEnum(parameters, STANDARDISATION, context)],
            "reference": D.REFERENCES[self.parameterAsEnum(parameters, REFERENCE, context)],
            "threshold": D.THRESHOLDS[self.parameterAsEnum(parameters, THRESHOLD, context)],
            "threshold_multiple": self.parameterAsDouble(parameters, THRESHOLD_MULTIPLE, context),
            "min_base": self.parameterAsDouble(parameters, MIN_BASE, context),
            "missing": D.MISSING_COMPONENTS[self.parameterAsEnum(parameters, MISSING, context)],
            "smoothing": "empirical_bayes" if self.parameterAsBoolean(parameters, SMOOTHING, context) else "none",
        }

    @staticmethod
    def _core_message(error):
        """The core's messages, translated where the core marks their kind."""
        messages = {
            "indicator_negative": tr("Indicator '{field}' has a negative or infinite count or base in features "
                                     "{ids}. Counts must be >= 0 (-1 is read as suppressed)."),
            "indicator_count_exceeds_base": tr("Indicator '{field}' has a count larger than its base in features "
                                               "{ids}: a share cannot exceed 1. Check that the base is the "
                                               "population the count is part of."),
        }
        template = messages.get(getattr(error, "kind", None))
        return template.format(field=error.field, ids=error.ids) if template else str(error)

    def _write(self, parameters, context, source, features, table, feedback):
        fields = QgsFields(source.fields())
        existing = [f.name() for f in source.fields()]
        renamed = {}
        for column in table.columns:
            name = unique_name(column, existing)
            existing.append(name)
            renamed[column] = name
            fields.append(QgsField(name, FIELD_INT if _is_integer(column) else FIELD_DOUBLE))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        columns = list(table.columns)
        integer = [_is_integer(c) for c in columns]
        total = max(len(features), 1)
        for n, (feature, row) in enumerate(zip(features, table.itertuples(index=False, name=None))):
            if n % CHECK_EVERY == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled."))
                feedback.setProgress(60 + 35 * n / total)
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [_cell(v, as_int) for v, as_int in zip(row, integer)])
            sink.addFeature(out, SINK_FAST_INSERT)
        return dest_id, renamed

    @staticmethod
    def _html(specs, settings, result, layer_name, region_field):
        parameters = [(tr("Input"), layer_name), (tr("Region field"), region_field or "-")]
        parameters += [(tr("Indicator {}").format(s.name),
                        tr("{count} / {base}, weight {weight:g}, higher is worse: {worse}").format(
                            count=_operand(s.count), base=_operand(s.base), weight=s.weight,
                            worse=tr("yes") if s.higher_is_worse else tr("no"))) for s in specs]
        parameters.append((tr("Settings"), json.dumps(result.settings, ensure_ascii=False, default=str)))
        long = _long_summary(result.summary, [s.name for s in specs])
        columns = [("reference", tr("Reference")), ("indicator", tr("Indicator")),
                   ("reference_rate", tr("Reference rate")), ("mean", tr("Mean of unit rates")),
                   ("sd", tr("Standard deviation")), ("threshold", tr("Threshold rate")),
                   ("n_rate", tr("Units with a rate")), ("n_above", tr("Units over the threshold")),
                   ("n_unreliable", tr("Unreliable units")), ("n_missing", tr("Missing"))]
        section = render_table(long, columns, tr("Reference values per indicator"),
                               text_columns=("reference", "indicator"))
        overall = result.summary.copy()
        overall["reference"] = [_reference_label(r) for r in overall["region"]]
        overall_columns = [("reference", tr("Reference")), ("n_units", tr("Units")),
                           ("n_index", tr("Units with an index")), ("index_mean", tr("Mean index")),
                           ("n_multiple_disadvantage", tr("Multiple disadvantage")),
                           ("n_unreliable", tr("Unreliable units")), ("note", tr("Notes"))]
        totals = render_table(overall, overall_columns, tr("Index per reference"), text_columns=("reference", "note"))
        notes = [tr("Rates are count / base; suppressed values (-1, NULL, '..') are missing, never zero. "
                    "Components are oriented so that higher means more disadvantaged."),
                 tr("Source of the data: see the layer's own attribution (e.g. Statistics Finland, Paavo, "
                    "CC BY 4.0).")]
        return render_page(tr("Disadvantage index"), parameters, [totals, section], notes, user_language())


def _operand(text):
    """A count or base as written, in parentheses when it is an expression (a / (b + c), not a / b + c)."""
    return text if text.replace("_", "").isalnum() else f"({text})"


def _reference_label(region):
    return tr("whole layer") if region is None or region != region else str(region)


def _long_summary(summary, names):
    """One row per reference and indicator from the core's wide summary (one row per reference)."""
    import pandas as pd
    rows = []
    for _, row in summary.iterrows():
        for name in names:
            entry = {"reference": _reference_label(row["region"]), "indicator": name}
            for key in ("reference_rate", "mean", "sd", "threshold", "n_rate", "n_above", "n_unreliable",
                        "n_missing"):
                entry[key] = row.get(f"{name}_{key}")
            rows.append(entry)
    return pd.DataFrame(rows)


def _is_integer(column):
    return column in INTEGER_COLUMNS or column.endswith(INTEGER_SUFFIXES)


def _cell(value, as_int):
    value = plain(value)
    if value is None:
        return None
    if as_int:
        return int(value)
    return float(value)
