"""segregation:compareindices: the difference of aspatial indices between two cities or two years, with a test
(random labelling of units, Rey & Sastré-Gutiérrez 2010) and a bootstrap confidence interval (``core.compare``)."""

import secrets
from pathlib import Path

import numpy as np
import pandas as pd

from qgis.core import (QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_VECTOR_ANY, WKB_NO_GEOMETRY, is_null
from ..core.compare import BOOTSTRAP, COMPARE_COLUMNS, METHODS, RANDOM_LABELLING, Cancelled, compare_indices
from ..core.compute import ALL_GROUPS
from ..core.registry import ALL_IDS, MULTIGROUP_IDS, SINGLE_GROUP_IDS
from ..index_names import direction_text, index_meanings, index_names
from ..report import render_page, render_table
from ..translation import tr, user_language
from .common import SegregationAlgorithm
from .two_sets import add_set_parameters, read_two_sets, sets_help
from .writing import table_fields, write_rows

INDICES = "INDICES"
METHOD = "METHOD"
PERMUTATIONS = "PERMUTATIONS"
SEED = "SEED"
CONFIDENCE = "CONFIDENCE"
ATKINSON_B = "ATKINSON_B"
OUTPUT = "OUTPUT"
OUTPUT_HTML = "OUTPUT_HTML"
#: Output (not a parameter): the seed the run used, given or drawn.
SEED_USED = "SEED_USED"

DEFAULT_INDICES = ("dissimilarity", "isolation", "multi_dissimilarity", "mutual_information")
#: Seeds are drawn (and accepted) in 0 … 2^31 - 1, so they fit an integer field of any format.
MAX_SEED = 2 ** 31 - 1

COLUMNS = (("set_a", "set_b", "group") + tuple(COMPARE_COLUMNS)
           + ("n_dropped_a", "n_dropped_b", "dropped_population_a", "dropped_population_b", "n_imputed_a",
              "n_imputed_b", "seed"))
TEXT_COLUMNS = ("set_a", "set_b", "group", "index", "kind", "method", "alternative")
INT_COLUMNS = ("n_null", "n_boot", "permutations", "n_units_a", "n_units_b", "n_dropped_a", "n_dropped_b",
               "n_imputed_a", "n_imputed_b", "seed")


def method_options():
    return [tr("Random labelling of units between the two sets (test), with a bootstrap interval"),
            tr("Bootstrap only (interval, and the bootstrap test of a zero difference)")]


class CompareIndicesAlgorithm(SegregationAlgorithm):

    def name(self):
        return "compareindices"

    def displayName(self):
        return tr("Compare segregation between two cities or years")

    def shortDescription(self):
        return tr("Difference of segregation indices between two sets of units (two cities, or one city in two "
                  "years) with a p-value and a confidence interval.")

    def shortHelpString(self):
        return tr(
            "<p>Is a city's segregation really higher than another's, or higher than it was? The index values of "
            "two sets of units differ even when residence is random, especially when the units are few or "
            "small. For each chosen index this algorithm computes the value in set A and set B, the "
            "<b>difference</b> (B minus A), a two-sided <b>p-value</b> and a <b>confidence interval</b> of the "
            "difference.</p>"
            "<p><b>Random labelling</b> (default; Rey &amp; Sastré-Gutiérrez 2010, Interregional inequality "
            "dynamics in Mexico, Spatial Economic Analysis 5(3); PySAL's TwoValueTest): the null hypothesis is "
            "that both sets come from one population of units. Each replicate pools the units of both sets, "
            "shuffles them between the sets (keeping the number of units in each) and recomputes the "
            "difference. p = 2 × (the smaller number of replicates at least as large, or at least as small, as "
            "the observed difference, + 1) / (replicates + 1), at most 1. <b>Bootstrap</b>: units are resampled "
            "with replacement within each set; the interval is the percentile interval of the resampled "
            "differences at the chosen confidence level (computed with both methods); with the bootstrap method "
            "the p-value tests a zero difference from the same replicates.</p>"
            "<p><b>Reading</b>: a small p (e.g. below 0.05) means a difference as large as the observed one "
            "rarely arises by chance; with R replicates p is never below 2 / (R + 1). An interval that excludes "
            "0 agrees with a significant difference, and its width tells how precisely the difference is "
            "known.</p>"
            "<p><b>Indices</b>: single-group indices (e.g. dissimilarity, isolation) are compared for every "
            "group field against the rest of the total; multigroup indices (e.g. multigroup dissimilarity, "
            "mutual information) once on all group fields (total = their sum, at least two groups). The "
            "default is dissimilarity and isolation and, with two or more groups, multigroup dissimilarity and "
            "mutual information.</p>"
            "<p><b>Reproducibility</b>: the random draws come from the seed. Leave <i>Random seed</i> empty for "
            "a new seed: the seed used is written to every output row, to the log and to the report, and "
            "running again with it gives identical results. Every group field and the multigroup indices are "
            "drawn from the same seed.</p>"
            "<p><b>Output</b>: one row per index and group with the two values, the difference, the p-value, "
            "the mean and standard deviation of the random-labelling differences, the interval, the numbers of "
            "units used and dropped in each set, the method, the replicates and the seed. The optional HTML "
            "report shows the same as a readable page.</p>") + sets_help() + self.missing_help()

    def initAlgorithm(self, config=None):
        self.add_unit_parameters(region=False)
        add_set_parameters(self)
        names = index_names()
        self.addParameter(QgsProcessingParameterEnum(
            INDICES, tr("Indices"), options=[f"{names[i]} [{i}]" for i in ALL_IDS], allowMultiple=True,
            defaultValue=[ALL_IDS.index(i) for i in DEFAULT_INDICES]))
        self.addParameter(QgsProcessingParameterEnum(
            METHOD, tr("Method"), options=method_options(), defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            PERMUTATIONS, tr("Replicates (permutations and bootstrap samples)"), type=NUMBER_INTEGER,
            defaultValue=999, minValue=1, maxValue=1000000))
        self.addParameter(QgsProcessingParameterNumber(
            SEED, tr("Random seed [empty = a new seed, written to the output]"), type=NUMBER_INTEGER,
            optional=True, minValue=0, maxValue=MAX_SEED))
        self.addParameter(QgsProcessingParameterNumber(
            CONFIDENCE, tr("Confidence level of the interval"), type=NUMBER_DOUBLE, defaultValue=0.95,
            minValue=0.5, maxValue=0.999))
        self.addParameter(QgsProcessingParameterNumber(
            ATKINSON_B, tr("Atkinson shape parameter b (0 < b < 1)"), type=NUMBER_DOUBLE, defaultValue=0.5,
            minValue=0.01, maxValue=0.99))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Comparison of segregation"), type=SOURCE_VECTOR_ANY))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_HTML, tr("HTML report"), fileFilter=tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(SEED_USED, tr("Random seed used")))

    def processAlgorithm(self, parameters, context, feedback):
        units = self.unit_parameters(parameters, context)
        chosen = self.parameterAsEnums(parameters, INDICES, context)
        if not chosen:
            raise QgsProcessingException(tr("Choose at least one index."))
        indices = [ALL_IDS[i] for i in sorted(set(chosen))]
        method = METHODS[self.parameterAsEnum(parameters, METHOD, context)]
        permutations = self.parameterAsInt(parameters, PERMUTATIONS, context)
        if permutations < 1:
            raise QgsProcessingException(tr("The number of replicates must be at least 1."))
        seed = self.seed(parameters, context)
        confidence = self.parameterAsDouble(parameters, CONFIDENCE, context)
        b = self.parameterAsDouble(parameters, ATKINSON_B, context)

        sets = read_two_sets(self, parameters, context, feedback, units, progress_share=20.0)
        feedback.pushInfo(tr("Set A '{a}': {n_a} units; set B '{b}': {n_b} units; {k} groups.").format(
            a=sets.label_a, n_a=sets.a.n_units, b=sets.label_b, n_b=sets.b.n_units, k=len(sets.group_names)))
        feedback.pushInfo(tr("Random seed: {}").format(seed))
        single = [i for i in indices if i in SINGLE_GROUP_IDS]
        multi = [i for i in indices if i in MULTIGROUP_IDS]
        if multi and len(sets.group_names) < 2:
            if parameters.get(INDICES) not in (None, "", []):
                feedback.pushWarning(tr("Multigroup indices need at least two group fields: {} left out.").format(
                    ", ".join(multi)))
            multi = []
        if not single and not multi:
            raise QgsProcessingException(tr("Multigroup indices need at least two group fields."))

        jobs = [(name, sets.single(j), single) for j, name in enumerate(sets.group_names) if single]
        if multi:
            jobs.append((ALL_GROUPS, sets.multi(), multi))
        for group, prepared, _ in jobs:
            sets.check(prepared, group)
            for prep, label in zip(prepared, (sets.label_a, sets.label_b)):
                if prep.n_dropped[0]:
                    feedback.pushInfo(tr("Set {set}, {group}: {n} units dropped ({pop:g} inhabitants).").format(
                        set=label, group=group, n=int(prep.n_dropped[0]), pop=float(prep.dropped_population[0])))

        frames = []
        for number, (group, (prep_a, prep_b), ids) in enumerate(jobs):
            def progress(done, total, number=number):
                feedback.setProgress(20.0 + 70.0 * (number + done / max(total, 1)) / len(jobs))
                return not feedback.isCanceled()

            a, b_set = ((prep_a.x, prep_a.t), (prep_b.x, prep_b.t)) if group != ALL_GROUPS else (prep_a.x, prep_b.x)
            try:
                frame = compare_indices(a, b_set, ids, method=method, permutations=permutations,
                                        rng=np.random.default_rng(seed), confidence=confidence, atkinson_b=b,
                                        progress=progress)
            except Cancelled as error:
                raise QgsProcessingException(tr("Cancelled.")) from error
            except ValueError as error:
                raise QgsProcessingException(str(error)) from error
            frame.insert(0, "group", group)
            frame.insert(0, "set_b", sets.label_b)
            frame.insert(0, "set_a", sets.label_a)
            frame = frame.assign(
                n_dropped_a=int(prep_a.n_dropped[0]), n_dropped_b=int(prep_b.n_dropped[0]),
                dropped_population_a=float(prep_a.dropped_population[0]),
                dropped_population_b=float(prep_b.dropped_population[0]),
                n_imputed_a=int(prep_a.n_imputed[0]), n_imputed_b=int(prep_b.n_imputed[0]), seed=seed)
            frames.append(frame)
        result = pd.concat(frames, ignore_index=True)[list(COLUMNS)]

        fields = table_fields(list(COLUMNS), TEXT_COLUMNS, INT_COLUMNS)
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, WKB_NO_GEOMETRY,
                                             units.source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        write_rows(sink, fields, result, feedback, 90.0, 97.0)
        results = {OUTPUT: dest_id, SEED_USED: seed}
        html_path = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context)
        if html_path:
            page = self.report_html(result, units, sets, method, permutations, seed, confidence, b, indices)
            Path(html_path).write_text(page, encoding="utf-8")
            results[OUTPUT_HTML] = html_path
        feedback.setProgress(100)
        return results

    def seed(self, parameters, context):
        """The given seed, or a new one (0 … 2^31 - 1) when the parameter is empty."""
        raw = parameters.get(SEED)
        if raw is None or is_null(raw) or (isinstance(raw, str) and not raw.strip()):
            return secrets.randbelow(MAX_SEED + 1)
        seed = self.parameterAsInt(parameters, SEED, context)
        if not 0 <= seed <= MAX_SEED:
            raise QgsProcessingException(tr("The random seed must be an integer from 0 to {}.").format(MAX_SEED))
        return seed

    def report_html(self, result, units, sets, method, permutations, seed, confidence, b, indices):
        names = index_names()
        table = result.assign(index=result["index"].map(lambda i: names.get(i, i)))
        columns = [
            ("group", tr("Group")), ("index", tr("Index")),
            ("value_a", tr("A: {}").format(sets.label_a)), ("value_b", tr("B: {}").format(sets.label_b)),
            ("difference", tr("Difference B − A")), ("p_value", tr("p-value")),
            ("ci_low", tr("Interval low")), ("ci_high", tr("Interval high")),
            ("null_mean", tr("Mean difference under random labelling")), ("n_units_a", tr("Units A")),
            ("n_units_b", tr("Units B")), ("n_dropped_a", tr("Dropped A")), ("n_dropped_b", tr("Dropped B")),
        ]
        if method != RANDOM_LABELLING:
            columns = [c for c in columns if c[0] != "null_mean"]
        section = render_table(table, columns, tr("Differences between the two sets"), ("group", "index"))
        parameters = [
            (tr("Set A"), sets.description_a),
            (tr("Set B"), sets.description_b),
            (tr("Group fields"), ", ".join(units.group_fields)),
            (tr("Total field"), units.total_field or tr("sum of the groups")),
            (tr("Missing values"), tr("drop the unit") if units.missing == "drop"
             else tr("impute from the set's rate")),
            (tr("Method"), method_options()[METHODS.index(method)]),
            (tr("Replicates"), str(permutations)),
            (tr("Random seed"), str(seed)),
            (tr("Confidence level"), f"{confidence:g}"),
            (tr("Atkinson b"), f"{b:g}"),
        ]
        notes = [
            tr("Difference = value in set B minus value in set A. Alternative hypothesis: two-sided (the index "
               "differs between the two sets, in either direction)."),
        ]
        if method == BOOTSTRAP:
            notes.append(tr(
                "p-value (bootstrap): from the {r} bootstrap differences, p = 2 × (the smaller number of them on "
                "either side of 0, + 1) / ({r} + 1), at most 1. A small p (e.g. below 0.05) means the interval "
                "of plausible differences lies clearly on one side of 0.").format(r=permutations))
        else:
            notes.append(tr(
                "p-value (random labelling, Rey & Sastré-Gutiérrez 2010): the null hypothesis is that both sets "
                "come from one population of units. Each of the {r} replicates shuffles the units between the "
                "two sets (keeping the number of units in each) and recomputes the difference; p = 2 × (the "
                "smaller number of replicates at least as large, or at least as small, as the observed "
                "difference, + 1) / ({r} + 1), at most 1. A small p (e.g. below 0.05) means a difference this "
                "large rarely arises by chance; with {r} replicates p is never below {p_min:.4f}.").format(
                    r=permutations, p_min=min(1.0, 2.0 / (permutations + 1))))
        notes.append(tr(
            "Interval: the {level:g} % bootstrap percentile interval of the difference (units resampled with "
            "replacement within each set, {r} replicates). An interval that excludes 0 agrees with a "
            "significant difference; its width shows how precisely the difference is known.").format(
                level=100 * confidence, r=permutations))
        notes.append(tr(
            "Small units bias the evenness indices upward even when residence is random, the more so the fewer "
            "and smaller the units: read a value together with its test, not alone."))
        notes.append(tr("Random seed {}: running again with this seed gives identical p-values and "
                        "intervals.").format(seed))
        meanings = index_meanings()
        notes += [f"{names[i]}: {meanings[i]} {direction_text(i)}." for i in indices if i in set(result["index"])]
        return render_page(tr("Comparison of segregation between two sets"), parameters, [section], notes,
                           user_language())
