"""segregation:clusters: local spatial association (local Moran's I, Getis-Ord Gi*, local join count, EB rate
Moran) with permutation inference, multiple-testing control, a LISA cluster map and dissolved cluster polygons."""

import json
from pathlib import Path

import numpy as np

from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessingException,
                       QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)

from ..compat import (FIELD_ANY, FIELD_DOUBLE, FIELD_INT, FIELD_LONG, FIELD_STRING, NUMBER_DOUBLE, NUMBER_INTEGER,
                      PARAMETER_ADVANCED, SINK_FAST_INSERT, SOURCE_VECTOR_ANY)
from ..core import Segments
from ..core import lisa as L
from ..core.inference import Cancelled
from ..core.table import InputError, parse_counts, parse_values
from ..styles import apply_cluster_style
from ..translation import tr
from .cluster_polygons import CLUSTER_CATEGORIES, cluster_members, write_cluster_polygons
from .cluster_report import cluster_report
from .common import SegregationAlgorithm
from .geometry import measure
from .reading import field_values, input_error_message, read_features
from .styling import load_styled
from .weights_parameters import add_weights_parameters, build_weights, weights_settings
from .writing import CHECK_EVERY, plain_column, unique_name

INPUT = "INPUT"
STATISTIC = "STATISTIC"
FIELD = "FIELD"
BASE_FIELD = "BASE_FIELD"
REGION_FIELD = "REGION_FIELD"
SUPPRESSED = "SUPPRESSED"
TRANSFORM = "TRANSFORM"
PERMUTATIONS = "PERMUTATIONS"
SEED = "SEED"
ALTERNATIVE = "ALTERNATIVE"
ADJUSTMENT = "ADJUSTMENT"
ALPHA = "ALPHA"
POPULATION_FIELD = "POPULATION_FIELD"
GROUP_FIELDS = "GROUP_FIELDS"
OUTPUT = "OUTPUT"
OUTPUT_CLUSTERS = "OUTPUT_CLUSTERS"
OUTPUT_HTML = "OUTPUT_HTML"
N_HIGH_HIGH = "N_HIGH_HIGH"
N_LOW_LOW = "N_LOW_LOW"
N_CLUSTERS = "N_CLUSTERS"

STATISTIC_IDS = ("local_moran", "getis_ord", "join_count", "local_moran_rate")
#: Output field of each statistic's value.
STATISTIC_FIELDS = {"local_moran": "lisa_i", "getis_ord": "gi_star", "join_count": "bjc",
                    "local_moran_rate": "lisa_rate_i"}
ALTERNATIVE_IDS = ("two-sided", "greater", "less")
ADJUSTMENT_IDS = ("fdr_bh", "bonferroni", "none")
TRANSFORM_IDS = ("r", "b")
CLUSTER_FIELD = "cluster"


class ClustersAlgorithm(SegregationAlgorithm):

    def name(self):
        return "clusters"

    def displayName(self):
        return tr("Disadvantage clusters (local spatial association)")

    def group(self):
        return tr("Disadvantage clusters")

    def groupId(self):
        return "clusters"

    def shortDescription(self):
        return tr("Hot spots and clusters of a variable: local Moran's I, Getis-Ord Gi*, local join count or the "
                  "rate Moran, with permutation p-values corrected for multiple testing.")

    def shortHelpString(self):
        return tr(
            "<p>Finds where high (or low) values cluster in space, e.g. the disadvantage index or an "
            "unemployment rate.</p><ul>"
            "<li><b>Local Moran's I</b> (Anselin 1995): a unit like its neighbours (High-High, Low-Low) or unlike "
            "them (High-Low, Low-High).</li>"
            "<li><b>Getis-Ord Gi*</b> (Getis &amp; Ord 1992; Ord &amp; Getis 1995): hot spots (High-High) and cold "
            "spots (Low-Low) of the unit and its neighbours together; values must be non-negative.</li>"
            "<li><b>Local join count</b> (Anselin &amp; Li 2019): units flagged 1 (e.g. "
            "<code>multiple_disadvantage</code>) whose neighbours are also flagged; always tested one-sided (more "
            "flagged neighbours than chance).</li>"
            "<li><b>Rate Moran</b> (Assunção &amp; Reis 1999): local Moran's I of empirical-Bayes standardised "
            "rates count / base, so small areas do not dominate.</li></ul>"
            "<p><b>Inference</b>: conditional permutation (each unit's value is held fixed and its neighbours' "
            "values are drawn at random from the other units), pseudo p = (M + 1) / (R + 1), two-sided by "
            "default. With hundreds of units, some are 'significant' by chance; the p-values are therefore "
            "adjusted: Benjamini-Hochberg false discovery rate (default), Bonferroni, or none. A unit is in a "
            "cluster when its adjusted p is at most the significance level. With R permutations no p is below "
            "1 / (R + 1): on layers of thousands of units (e.g. 250 m grids) use 9 999 permutations or more, "
            "or the adjustment leaves nothing significant.</p>"
            "<p><b>Weights</b>: queen contiguity by default; square grids are linked from their positions. With "
            "a region field and 'Neighbours only within the same region', every region (city) is analysed on "
            "its own: its own mean, its own permutations. Units without neighbours get 'No neighbours'; "
            "units with a missing value (-1, NULL, '..') get 'Missing' and are left out.</p>"
            "<p><b>Output</b>: a copy of the features with the statistic, its expectation, z, p, adjusted p and "
            "the <code>cluster</code> field (High-High, Low-Low, High-Low, Low-High, Not significant, No "
            "neighbours, Missing), styled red, blue, pink, light blue and grey. <b>Cluster polygons</b> "
            "(optional): linked significant High-High (and Low-Low) units dissolved into one polygon per "
            "cluster, with the number of units, the population and group counts and the mean value. The seed and "
            "every setting are written into the output, so the run can be repeated exactly.</p>")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(INPUT, tr("Input layer"), [SOURCE_VECTOR_ANY]))
        self.addParameter(QgsProcessingParameterEnum(STATISTIC, tr("Statistic"), options=[
            tr("Local Moran's I"), tr("Getis-Ord Gi* (hot spots)"), tr("Local join count (0/1 flag)"),
            tr("Local Moran's I of an empirical Bayes rate (count / base)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            FIELD, tr("Variable (for the rate: the count; for the join count: a 0/1 flag)"),
            parentLayerParameterName=INPUT, type=FIELD_ANY))
        self.addParameter(QgsProcessingParameterField(
            BASE_FIELD, tr("Base (population at risk) for the rate"), parentLayerParameterName=INPUT, type=FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            REGION_FIELD, tr("Region field (e.g. municipality)"), parentLayerParameterName=INPUT, type=FIELD_ANY,
            optional=True))
        add_weights_parameters(self, advanced=False)
        self.addParameter(QgsProcessingParameterNumber(
            PERMUTATIONS, tr("Permutations"), type=NUMBER_INTEGER, defaultValue=999, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            SEED, tr("Random seed [empty = a new seed, written to the output]"), type=NUMBER_INTEGER, optional=True,
            minValue=0))
        self.addParameter(QgsProcessingParameterEnum(ALTERNATIVE, tr("Alternative hypothesis"), options=[
            tr("Two-sided"), tr("Greater than the null"), tr("Less than the null")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(ADJUSTMENT, tr("Multiple-testing adjustment"), options=[
            tr("Benjamini-Hochberg false discovery rate"), tr("Bonferroni"), tr("None")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            ALPHA, tr("Significance level"), type=NUMBER_DOUBLE, defaultValue=0.05, minValue=0.0001, maxValue=0.5))
        transform = QgsProcessingParameterEnum(TRANSFORM, tr("Weights transformation"), options=[
            tr("Row-standardised"), tr("Binary")], defaultValue=0)
        suppressed = QgsProcessingParameterBoolean(
            SUPPRESSED, tr("Read -1 as suppressed (missing)"), defaultValue=True)
        for parameter in (transform, suppressed):
            parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterField(
            POPULATION_FIELD, tr("Population field (summed per cluster polygon)"), parentLayerParameterName=INPUT,
            type=FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterField(
            GROUP_FIELDS, tr("Group count fields (summed per cluster polygon)"), parentLayerParameterName=INPUT,
            type=FIELD_ANY, optional=True, allowMultiple=True))
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Local statistics and clusters"),
                                                            type=SOURCE_VECTOR_ANY))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT_CLUSTERS, tr("Cluster polygons"), type=SOURCE_VECTOR_ANY, optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_HTML, tr("HTML report"), fileFilter=tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(N_HIGH_HIGH, tr("Units in High-High clusters")))
        self.addOutput(QgsProcessingOutputNumber(N_LOW_LOW, tr("Units in Low-Low clusters")))
        self.addOutput(QgsProcessingOutputNumber(N_CLUSTERS, tr("Number of cluster polygons")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        statistic = STATISTIC_IDS[self.parameterAsEnum(parameters, STATISTIC, context)]
        field = self.parameterAsString(parameters, FIELD, context)
        base_field = self.parameterAsString(parameters, BASE_FIELD, context) or None
        region_field = self.parameterAsString(parameters, REGION_FIELD, context) or None
        if statistic == "local_moran_rate" and not base_field:
            raise QgsProcessingException(tr("The rate Moran needs a base field (the population at risk)."))
        settings = weights_settings(self, parameters, context)
        inference = self._inference_settings(parameters, context)

        features = read_features(source, feedback, progress_share=10.0)
        fields = source.fields()
        ids = [f.id() for f in features]
        values = self._values(statistic, features, fields, field, base_field, ids,
                              self.parameterAsBoolean(parameters, SUPPRESSED, context))
        labels = field_values(features, fields, region_field) if region_field else None
        segments = Segments.from_labels(labels)[0] if labels is not None else Segments.single(len(features))
        geometry = measure(features, feedback, 10, 20)
        weights = build_weights(settings, geometry, source.sourceCrs(), segments, [str(i) for i in ids], feedback)
        if weights.n_links == 0:
            raise QgsProcessingException(tr("No unit has a neighbour with these weights. Points and separate areas "
                                            "need k nearest neighbours or a distance band (parameter WEIGHTS)."))
        islands = len(weights.islands)
        if islands:
            feedback.pushWarning(tr("{} of {} units have no neighbours: they are not tested ('No neighbours').").format(
                islands, weights.n))
        regions = segments.codes if (region_field and settings["within_regions"]) else None
        result = self._run(statistic, values, weights, regions, inference, feedback)
        inference["seed"] = result.settings["seed"]  # drawn by the core when the parameter is empty
        feedback.setProgress(80)

        dest_id, renamed = self._write(parameters, context, source, features, statistic, result, weights, inference,
                                       feedback)
        codes = np.asarray(result.category, dtype=np.intp)
        label_of = np.array([L.CATEGORY_LABELS[c] for c in range(len(L.CATEGORY_LABELS))], dtype=object)
        category = label_of[codes]
        tally = np.bincount(codes, minlength=len(label_of))
        counts = {label: int(tally[code]) for code, label in L.CATEGORY_LABELS.items()}
        feedback.pushInfo(", ".join(f"{label}: {n}" for label, n in counts.items()))
        results = {OUTPUT: dest_id, N_HIGH_HIGH: counts["High-High"], N_LOW_LOW: counts["Low-Low"], N_CLUSTERS: 0}
        population_field = self.parameterAsString(parameters, POPULATION_FIELD, context) or None
        group_fields = self.parameterAsFields(parameters, GROUP_FIELDS, context)
        wants_polygons = OUTPUT_CLUSTERS in parameters and parameters[OUTPUT_CLUSTERS] is not None
        html_path = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context)
        summed = self._counts(features, fields, ([population_field] if population_field else [])
                              + (list(group_fields) if wants_polygons else []), ids)
        if wants_polygons:
            members = cluster_members(result.category, weights, CLUSTER_CATEGORIES)
            written = write_cluster_polygons(self, parameters, context, source, features, members, result,
                                             _analysed(statistic, values), labels, population_field, group_fields,
                                             summed, feedback)
            if written is not None:
                results[OUTPUT_CLUSTERS], results[N_CLUSTERS] = written
        if html_path:
            page = cluster_report(source.sourceName(), statistic, field, base_field, category, labels,
                                  summed.get(population_field), population_field, weights, inference, result)
            Path(html_path).write_text(page, encoding="utf-8")
            results[OUTPUT_HTML] = html_path
        load_styled(context, dest_id, apply_cluster_style, renamed[CLUSTER_FIELD])
        feedback.setProgress(100)
        return results

    def _inference_settings(self, parameters, context):
        seed = parameters.get(SEED)
        return {
            "permutations": self.parameterAsInt(parameters, PERMUTATIONS, context),
            "seed": None if seed in (None, "") else self.parameterAsInt(parameters, SEED, context),
            "alternative": ALTERNATIVE_IDS[self.parameterAsEnum(parameters, ALTERNATIVE, context)],
            "adjustment": ADJUSTMENT_IDS[self.parameterAsEnum(parameters, ADJUSTMENT, context)],
            "alpha": self.parameterAsDouble(parameters, ALPHA, context),
            "transform": TRANSFORM_IDS[self.parameterAsEnum(parameters, TRANSFORM, context)],
        }

    @staticmethod
    def _values(statistic, features, fields, field, base_field, ids, suppressed):
        """(values,) or (counts, bases) as float arrays with NaN for missing values."""
        try:
            if statistic == "local_moran_rate":
                return (parse_counts(field_values(features, fields, field), field, ids),
                        parse_counts(field_values(features, fields, base_field), base_field, ids))
            return (parse_values(field_values(features, fields, field), field, ids, suppressed),)
        except InputError as error:
            raise QgsProcessingException(input_error_message(error)) from error

    @staticmethod
    def _counts(features, fields, names, ids):
        """{field: counts} of the population and group fields summed per cluster, each field read once."""
        try:
            return {name: parse_counts(field_values(features, fields, name), name, ids)
                    for name in dict.fromkeys(names)}
        except InputError as error:
            raise QgsProcessingException(input_error_message(error)) from error

    @staticmethod
    def _run(statistic, values, weights, regions, inference, feedback):
        def progress(done, total):
            feedback.setProgress(20 + 60 * done / max(total, 1))
            return not feedback.isCanceled()

        common = dict(permutations=inference["permutations"], seed=inference["seed"], alternative=inference["alternative"],
                      adjustment=inference["adjustment"], alpha=inference["alpha"], regions=regions,
                      progress=progress)
        try:
            if statistic == "local_moran":
                return L.local_moran(values[0], weights, transform=inference["transform"], **common)
            if statistic == "getis_ord":
                return L.getis_ord(values[0], weights, star=True, transform=inference["transform"], **common)
            if statistic == "join_count":
                # clustering of flagged units means *more* flagged neighbours than chance: one-sided, as esda
                inference["alternative"] = common["alternative"] = "greater"
                return L.join_count(values[0], weights, **common)
            return L.local_moran_rate(values[0], values[1], weights, transform=inference["transform"], **common)
        except Cancelled as error:
            raise QgsProcessingException(tr("Cancelled.")) from error
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error

    def _write(self, parameters, context, source, features, statistic, result, weights, inference, feedback):
        stat = STATISTIC_FIELDS[statistic]
        columns = [(stat, FIELD_DOUBLE), (f"{stat}_expected", FIELD_DOUBLE), (f"{stat}_z", FIELD_DOUBLE),
                   (f"{stat}_p", FIELD_DOUBLE), (f"{stat}_p_adjusted", FIELD_DOUBLE), (CLUSTER_FIELD, FIELD_STRING),
                   ("permutations", FIELD_INT), ("seed", FIELD_LONG), ("settings", FIELD_STRING)]
        fields = QgsFields(source.fields())
        existing = [f.name() for f in source.fields()]
        renamed = {}
        for name, kind in columns:
            renamed[name] = unique_name(name, existing)
            existing.append(renamed[name])
            fields.append(QgsField(renamed[name], kind))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        spec = {"statistic": statistic, **{k: v for k, v in inference.items()}, "weights": weights.spec,
                "n_tested": int(result.n_tested)}
        settings_text = json.dumps(spec, ensure_ascii=False, default=str)
        columns_out = list(zip(*(plain_column(a) for a in (result.value, result.expected, result.z, result.p,
                                                        result.p_adjusted))))
        labels = [L.CATEGORY_LABELS[int(c)] for c in result.category]
        total = max(len(features), 1)
        for n, feature in enumerate(features):
            if n % CHECK_EVERY == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled."))
                feedback.setProgress(80 + 15 * n / total)
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + list(columns_out[n]) + [
                labels[n], int(inference["permutations"]), int(inference["seed"]), settings_text])
            sink.addFeature(out, SINK_FAST_INSERT)
        return dest_id, renamed


def _analysed(statistic, values):
    """The variable as the user reads it: the value, or the rate count / base (NaN where the base is 0)."""
    if statistic != "local_moran_rate":
        return values[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = values[0] / values[1]
    rate[~np.isfinite(rate)] = np.nan
    return rate
