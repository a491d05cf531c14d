"""segregation:decomposition: the hierarchical between/within decomposition of M and H, or the Shapley
decomposition of the difference between two cities or years into a spatial and a compositional part."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

from qgis.core import (QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)

from ..compat import FIELD_ANY, NUMBER_DOUBLE, SOURCE_VECTOR_ANY, WKB_NO_GEOMETRY
from ..core.decomposition import (BETWEEN, COUNTERFACTUALS, DECOMPOSITION_COLUMNS, TOTAL, UNIT, WITHIN,
                                  mutual_information_decomposition, shapley_decomposition)
from ..core.missing import impute_groups, prepare_multi
from ..core.registry import SINGLE_GROUP_IDS
from ..core.segments import Segments
from ..index_names import index_meanings, index_names
from ..report import render_page, render_table
from ..core.table import list_ids
from ..translation import tr, user_language
from .common import INPUT, SegregationAlgorithm
from .reading import read_columns, read_units
from .two_sets import INPUT_B, SET_A, SET_B, SET_FIELD, add_set_parameters, read_two_sets, sets_help
from .writing import table_fields, write_rows

MODE = "MODE"
LEVEL_FIELDS = "LEVEL_FIELDS"
INDEX = "INDEX"
COUNTERFACTUAL = "COUNTERFACTUAL"
ATKINSON_B = "ATKINSON_B"
OUTPUT = "OUTPUT"
OUTPUT_HTML = "OUTPUT_HTML"

HIERARCHICAL, SHAPLEY = "hierarchical", "shapley"
MODES = (HIERARCHICAL, SHAPLEY)

HIERARCHY_TEXT = ("component", "level", "unit", "parent")
HIERARCHY_INT = ("n_subunits",)

SHAPLEY_COLUMNS = ("set_1", "set_2", "group", "index", "counterfactual", "value_1", "value_2", "difference", "c_s",
                   "c_a", "value_s1_a2", "value_s2_a1", "n_units_1", "n_units_2", "n_dropped_1", "n_dropped_2",
                   "dropped_population_1", "dropped_population_2", "n_imputed_1", "n_imputed_2")
SHAPLEY_TEXT = ("set_1", "set_2", "group", "index", "counterfactual")
SHAPLEY_INT = ("n_units_1", "n_units_2", "n_dropped_1", "n_dropped_2", "n_imputed_1", "n_imputed_2")

#: How many feature ids an error message lists.


def mode_options():
    return [tr("Hierarchical decomposition of M and H into between- and within-parts"),
            tr("Shapley decomposition of the difference between two sets into spatial and compositional parts")]


def counterfactual_options():
    return [tr("Composition: the units' group shares"),
            tr("Share: the units' shares of the group and of the rest"),
            tr("Dual composition: group shares and rest shares separately")]


class DecompositionAlgorithm(SegregationAlgorithm):

    def name(self):
        return "decomposition"

    def displayName(self):
        return tr("Decompose segregation")

    def shortDescription(self):
        return tr("Split the mutual information index M into between- and within-parts of nested levels, or the "
                  "difference between two cities or years into a spatial and a compositional part.")

    def shortHelpString(self):
        return tr(
            "<p>Two decompositions, chosen with <i>Decomposition</i>.</p>"
            "<h3>Hierarchical decomposition of M and H</h3>"
            "<p>Theil &amp; Finizza (1971) A note on the measurement of racial integration of schools by means "
            "of informational concepts, Journal of Mathematical Sociology 1; Mora &amp; Ruiz-Castillo (2011) "
            "Entropy-based segregation indices, Sociological Methodology 41; as in Elbers' R package "
            "<i>segregation</i> (Elbers 2023, Sociological Methods &amp; Research 52). The mutual information "
            "index M of all units (the features, e.g. postal-code areas) of all group fields (at least two; "
            "total = their sum) splits exactly into a <b>between</b> part for every level and a <b>within</b> "
            "part. Choose one or more <i>level fields</i>, coarsest first, e.g. a region field and then "
            "<code>kunta</code>; the units themselves are the finest level. Then M = between(first level) + "
            "between(second level) + … + within, exactly: between(first level) is the segregation between the "
            "units of the first level (e.g. between municipalities), between(next level) the segregation "
            "between its units inside their parents, and within the segregation between the features inside "
            "the units of the finest level (e.g. between the postal-code areas of each municipality). Theil's "
            "H = M / E (E the entropy of the whole population) splits the same way.</p>"
            "<p><b>Reading</b>: the share of the between part tells how much of the segregation is a matter of "
            "which municipality (or region) people live in; the within part how much is a matter of the "
            "neighbourhood inside it. The rows of component <code>unit</code> give, for each unit of each "
            "level, its population, its weight (population share), its own M and H (<code>within_M</code>, "
            "<code>within_H</code>: the segregation inside it) and its additive contribution <code>M</code> = "
            "weight × within_M; for the finest level these contributions add up to the within part. Levels "
            "must be nested (a municipality code in one region only); they are ordered by their number of "
            "distinct values, so the order chosen does not matter.</p>"
            "<h3>Shapley decomposition of a difference</h3>"
            "<p>Rey, Cortes &amp; Knaap (2021) Comparative spatial segregation analytics, Spatial Demography 9; "
            "the method of PySAL's DecomposeSegregation. For a single-group index and every group field, the "
            "difference between set B and set A (value_2 − value_1) splits into c_s + c_a exactly. "
            "<b>c_a</b>, the compositional (attribute) part, is the change due to the distribution of the "
            "group across the units (how unequal the units' compositions are); <b>c_s</b>, the spatial part, "
            "the change due to the spatial structure: the units themselves, their sizes and which of them hold "
            "the high and low shares. Both are Shapley values: averages of swapping one part at a time in the "
            "two possible orders, with counterfactual cities that keep their own units and ranks but take the "
            "other set's distribution of the units' group shares (<i>composition</i>), of their shares of the "
            "group and of the rest (<i>share</i>), or of both separately (<i>dual composition</i>). PySAL "
            "reports the parts of value A − value B: its signs are the opposite.</p>"
            "<p><b>Output</b>: the hierarchical table (component, level, unit, parent, population, weight, "
            "n_subunits, entropy, within_M, within_H, subunit_M, M, H, share) or one row per group field with "
            "value_1, value_2, difference, c_s, c_a, the counterfactual values and the units used and dropped "
            "in each set; the optional HTML report shows it as a readable page.</p>") + sets_help() + \
            self.missing_help() + tr(
            "<p>In the hierarchical decomposition a unit with a missing group count is dropped (or imputed from "
            "the rate of its unit of the finest level); a unit whose level field is NULL stops the algorithm "
            "with its feature ids.</p>")

    def initAlgorithm(self, config=None):
        self.add_unit_parameters(region=False)
        self.addParameter(QgsProcessingParameterEnum(
            MODE, tr("Decomposition"), options=mode_options(), defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            LEVEL_FIELDS, tr("Level fields, coarsest first, e.g. region and kunta [hierarchical decomposition]"),
            parentLayerParameterName=INPUT, type=FIELD_ANY, allowMultiple=True, optional=True))
        add_set_parameters(self)
        names = index_names()
        self.addParameter(QgsProcessingParameterEnum(
            INDEX, tr("Index [Shapley decomposition]"), options=[f"{names[i]} [{i}]" for i in SINGLE_GROUP_IDS],
            defaultValue=SINGLE_GROUP_IDS.index("dissimilarity")))
        self.addParameter(QgsProcessingParameterEnum(
            COUNTERFACTUAL, tr("Counterfactual [Shapley decomposition]"), options=counterfactual_options(),
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            ATKINSON_B, tr("Atkinson shape parameter b (0 < b < 1)"), type=NUMBER_DOUBLE, defaultValue=0.5,
            minValue=0.01, maxValue=0.99))
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Decomposition"), type=SOURCE_VECTOR_ANY))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT_HTML, tr("HTML report"), fileFilter=tr("HTML files (*.html)"), optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        units = self.unit_parameters(parameters, context)
        mode = MODES[self.parameterAsEnum(parameters, MODE, context)]
        if mode == HIERARCHICAL:
            ignored = [p for p in (INPUT_B, SET_FIELD, SET_A, SET_B) if parameters.get(p) not in (None, "")]
            if ignored:
                feedback.pushWarning(tr("The hierarchical decomposition does not use {}: ignored.").format(
                    ", ".join(ignored)))
            result, page = self._hierarchical(parameters, context, feedback, units)
            text, integers = HIERARCHY_TEXT, HIERARCHY_INT
        else:
            if self.parameterAsFields(parameters, LEVEL_FIELDS, context):
                feedback.pushWarning(tr("The Shapley decomposition does not use the level fields: ignored."))
            result, page = self._shapley(parameters, context, feedback, units)
            text, integers = SHAPLEY_TEXT, SHAPLEY_INT
        feedback.setProgress(85)
        fields = table_fields(list(result.columns), text, integers)
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, WKB_NO_GEOMETRY,
                                             units.source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        write_rows(sink, fields, result, feedback, 85.0, 95.0)
        results = {OUTPUT: dest_id}
        html_path = self.parameterAsFileOutput(parameters, OUTPUT_HTML, context)
        if html_path:
            Path(html_path).write_text(page(), encoding="utf-8")
            results[OUTPUT_HTML] = html_path
        feedback.setProgress(100)
        return results

    # --- hierarchical decomposition of M ------------------------------------------------------------------------

    def _hierarchical(self, parameters, context, feedback, units):
        if len(units.group_fields) < 2:
            raise QgsProcessingException(tr(
                "The hierarchical decomposition needs at least two group fields (their sum is the total), e.g. "
                "ko_perus and ko_koul, or hr_pi_tul, hr_ke_tul and hr_hy_tul."))
        levels = self.parameterAsFields(parameters, LEVEL_FIELDS, context)
        if not levels:
            raise QgsProcessingException(tr(
                "Choose at least one level field for the hierarchical decomposition, e.g. the municipality code "
                "kunta (the units themselves are the finest level)."))
        if len(set(levels)) != len(levels):
            raise QgsProcessingException(tr("A level field is chosen twice."))
        overlap = [f for f in levels if f in units.group_fields or f == units.total_field]
        if overlap:
            raise QgsProcessingException(tr("The level field '{}' is also chosen as a group or total field.").format(
                overlap[0]))
        table, _ = read_units(units.source, units.group_fields, units.total_field, None, feedback,
                              progress_share=40.0)
        ids, columns = read_columns(units.source, levels, feedback, 40.0, 60.0)
        columns = _aligned(table.ids, ids, columns)
        # coarsest first: a coarser level has fewer distinct values (stable for ties, so the given order stays)
        encoded = {name: Segments.from_labels(columns[name]) for name in levels}
        levels = sorted(levels, key=lambda name: encoded[name][0].n_segments)
        feedback.pushInfo(tr("Levels, coarsest first: {}.").format(", ".join(levels)))
        finest, finest_labels = encoded[levels[-1]]
        # impute from the rate of each unit's finest-level unit (as a region)
        groups, imputed = impute_groups(replace(table, segments=finest, region_labels=finest_labels), units.missing)
        prep = prepare_multi(table, groups, imputed)
        keep = prep.keep
        n_dropped = int((~keep).sum())
        if n_dropped:
            feedback.pushInfo(tr("{n} units dropped because of missing values ({pop:g} inhabitants).").format(
                n=n_dropped, pop=float(prep.dropped_population.sum())))
        if int(prep.n_imputed.sum()):
            feedback.pushInfo(tr("{} units with imputed group counts.").format(int(prep.n_imputed.sum())))
        if not keep.any():
            raise QgsProcessingException(tr("Every unit has a missing group count: nothing to decompose."))
        for name in levels:
            labels = np.asarray(columns[name], dtype=object)
            null = keep & np.array([value is None or value == "" for value in labels])
            if null.any():
                raise QgsProcessingException(tr(
                    "The level field '{field}' is empty (NULL) in features {ids}: give every unit its {field}, or "
                    "filter these features out.").format(field=name, ids=list_ids(table.ids[null])))
        level_labels = {name: np.asarray(columns[name], dtype=object)[keep] for name in levels}
        self._check_nesting(levels, level_labels)
        counts = prep.x
        if float(counts.sum()) <= 0:
            raise QgsProcessingException(tr("The usable units have no population: nothing to decompose."))
        try:
            result = mutual_information_decomposition(counts, level_labels, names=levels)
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        result = result[list(DECOMPOSITION_COLUMNS)]
        total = result[result["component"] == TOTAL].iloc[0]
        feedback.pushInfo(tr("M = {m:.6f}, H = {h:.6f} on {n} units.").format(
            m=float(total["M"]), h=float(total["H"]), n=int(keep.sum())))
        for row in result[result["component"].isin([BETWEEN, WITHIN])].itertuples(index=False):
            feedback.pushInfo(tr("{component}: M = {m:.6f} ({share:.1%} of M).").format(
                component=_component_label(row.component, row.level), m=row.M,
                share=row.share if np.isfinite(row.share) else 0.0))

        def page():
            return self._hierarchical_html(result, units, levels, int(keep.sum()), n_dropped,
                                           float(prep.dropped_population.sum()))
        return result, page

    @staticmethod
    def _check_nesting(levels, labels):
        """Every unit of a level lies in one unit of the level above (a translated message otherwise)."""
        for parent, child in zip(levels, levels[1:]):
            pairs = pd.DataFrame({"child": [str(v) for v in labels[child]],
                                  "parent": [str(v) for v in labels[parent]]}).drop_duplicates()
            repeated = pairs[pairs.duplicated("child", keep=False)]
            if len(repeated):
                value = repeated["child"].iloc[0]
                parents = ", ".join(f"'{p}'" for p in repeated.loc[repeated["child"] == value, "parent"])
                raise QgsProcessingException(tr(
                    "The levels are not nested: {child} '{value}' lies in more than one {parent} ({parents}). "
                    "Each unit of a level must lie in one unit of the level above; use codes that are unique "
                    "(e.g. the municipality code, not a district number that repeats in every municipality).").format(
                        child=child, value=value, parent=parent, parents=parents))

    def _hierarchical_html(self, result, units, levels, n_units, n_dropped, dropped_population):
        components = result[result["component"] != UNIT].copy()
        components["label"] = [_component_label(c, lv) for c, lv in zip(components["component"], components["level"])]
        component_table = render_table(
            components, [("label", tr("Component")), ("n_subunits", tr("Units")), ("M", tr("M")), ("H", tr("H")),
                         ("share", tr("Share of M"))],
            tr("Between- and within-parts (they add up to the total)"), ("label",))
        unit_rows = result[result["component"] == UNIT]
        unit_table = render_table(
            unit_rows, [("level", tr("Level")), ("unit", tr("Unit")), ("parent", tr("Parent")),
                        ("population", tr("Population")), ("weight", tr("Weight")),
                        ("n_subunits", tr("Sub-units")), ("within_M", tr("M inside")),
                        ("within_H", tr("H inside")), ("M", tr("Contribution to M")), ("share", tr("Share of M"))],
            tr("Units of each level"), ("level", "unit", "parent"))
        parameters = [
            (tr("Input"), units.source.sourceName()),
            (tr("Group fields"), ", ".join(units.group_fields)),
            (tr("Levels, coarsest first"), ", ".join(levels)),
            (tr("Missing values"), tr("drop the unit") if units.missing == "drop"
             else tr("impute from the rate of the finest level's unit")),
            (tr("Units used"), str(n_units)),
            (tr("Units dropped"), tr("{n} ({pop:g} inhabitants)").format(n=n_dropped, pop=dropped_population)),
        ]
        notes = [
            tr("M = between(first level) + … + between(finest level) + within, exactly (Theil & Finizza 1971; "
               "Mora & Ruiz-Castillo 2011). Between(first level) is the segregation between the units of the first "
               "level; between(a finer level) the segregation between its units inside their parents; within the "
               "segregation between the features inside the units of the finest level. H = M / E splits the "
               "same way."),
            tr("For each unit of a level: weight = its share of the population; M inside = its own mutual "
               "information (the segregation among the features inside it); contribution = weight × M inside. "
               "The contributions of the finest level add up to the within part."),
            tr("A large between share means segregation is mostly a matter of which unit of that level people "
               "live in; a large within share means it is mostly a matter of the neighbourhood inside them."),
            tr("M uses the natural logarithm (0 … ln K for K groups); H = M / E is between 0 and 1."),
        ]
        return render_page(tr("Hierarchical decomposition of segregation"), parameters,
                           [component_table, unit_table], notes, user_language())

    # --- Shapley decomposition of a difference --------------------------------------------------------------------

    def _shapley(self, parameters, context, feedback, units):
        index = SINGLE_GROUP_IDS[self.parameterAsEnum(parameters, INDEX, context)]
        counterfactual = COUNTERFACTUALS[self.parameterAsEnum(parameters, COUNTERFACTUAL, context)]
        b = self.parameterAsDouble(parameters, ATKINSON_B, context)
        sets = read_two_sets(self, parameters, context, feedback, units, progress_share=50.0)
        feedback.pushInfo(tr("Set 1 (A) '{a}': {n_a} units; set 2 (B) '{b}': {n_b} units.").format(
            a=sets.label_a, n_a=sets.a.n_units, b=sets.label_b, n_b=sets.b.n_units))
        rows = []
        for j, group in enumerate(sets.group_names):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            prep_1, prep_2 = sets.single(j)
            sets.check((prep_1, prep_2), group)
            for prep, label in zip((prep_1, prep_2), (sets.label_a, sets.label_b)):
                x, t = float(prep.x.sum()), float(prep.t.sum())
                if x <= 0 or x >= t:
                    raise QgsProcessingException(tr(
                        "Group '{group}' in set '{set}': {x:g} of {t:g} inhabitants. The group must be present "
                        "and must not be the whole population, or the index is undefined.").format(
                            group=group, set=label, x=x, t=t))
                if prep.n_dropped[0]:
                    feedback.pushInfo(tr("Set {set}, {group}: {n} units dropped ({pop:g} inhabitants).").format(
                        set=label, group=group, n=int(prep.n_dropped[0]), pop=float(prep.dropped_population[0])))
            try:
                parts = shapley_decomposition(prep_1.x, prep_1.t, prep_2.x, prep_2.t, index=index,
                                              counterfactual=counterfactual, atkinson_b=b)
            except ValueError as error:
                raise QgsProcessingException(str(error)) from error
            row = {"set_1": sets.label_a, "set_2": sets.label_b, "group": group}
            row.update(parts.as_dict())
            row.update({"n_units_1": int(prep_1.n_units[0]), "n_units_2": int(prep_2.n_units[0]),
                        "n_dropped_1": int(prep_1.n_dropped[0]), "n_dropped_2": int(prep_2.n_dropped[0]),
                        "dropped_population_1": float(prep_1.dropped_population[0]),
                        "dropped_population_2": float(prep_2.dropped_population[0]),
                        "n_imputed_1": int(prep_1.n_imputed[0]), "n_imputed_2": int(prep_2.n_imputed[0])})
            rows.append(row)
            feedback.setProgress(50.0 + 35.0 * (j + 1) / len(sets.group_names))
        result = pd.DataFrame(rows)[list(SHAPLEY_COLUMNS)]

        def page():
            return self._shapley_html(result, units, sets, index, counterfactual, b)
        return result, page

    def _shapley_html(self, result, units, sets, index, counterfactual, b):
        names = index_names()
        section = render_table(
            result, [("group", tr("Group")), ("value_1", tr("A: {}").format(sets.label_a)),
                     ("value_2", tr("B: {}").format(sets.label_b)), ("difference", tr("Difference B − A")),
                     ("c_s", tr("Spatial part c_s")), ("c_a", tr("Compositional part c_a")),
                     ("value_s1_a2", tr("A's units, B's distribution")),
                     ("value_s2_a1", tr("B's units, A's distribution")),
                     ("n_units_1", tr("Units A")), ("n_units_2", tr("Units B")),
                     ("n_dropped_1", tr("Dropped A")), ("n_dropped_2", tr("Dropped B"))],
            tr("Spatial and compositional parts of the difference"), ("group",))
        parameters = [
            (tr("Set A"), sets.description_a),
            (tr("Set B"), sets.description_b),
            (tr("Group fields"), ", ".join(units.group_fields)),
            (tr("Total field"), units.total_field or tr("sum of the groups")),
            (tr("Missing values"), tr("drop the unit") if units.missing == "drop"
             else tr("impute from the set's rate")),
            (tr("Index"), names[index]),
            (tr("Counterfactual"), counterfactual_options()[COUNTERFACTUALS.index(counterfactual)]),
        ]
        if index == "atkinson":
            parameters.append((tr("Atkinson b"), f"{b:g}"))
        notes = [
            tr("Difference = value in set B minus value in set A = c_s + c_a, exactly (Shapley decomposition; "
               "Rey, Cortes & Knaap 2021)."),
            tr("c_a, the compositional part: the change due to the distribution of the group across the units "
               "(how unequal the units' compositions are). c_s, the spatial part: the change due to the spatial "
               "structure, the units themselves, their sizes and which of them hold the high and low shares."),
            tr("Each part is the average of two counterfactual swaps: a city keeps its own units and their rank "
               "order but takes the other city's distribution. The columns 'A's units, B's distribution' and "
               "'B's units, A's distribution' are these counterfactual values."),
            tr("PySAL's DecomposeSegregation reports the parts of value A − value B: its signs are the opposite."),
            f"{names[index]}: {index_meanings()[index]}",
        ]
        return render_page(tr("Shapley decomposition of a difference in segregation"), parameters, [section], notes,
                           user_language())


def _component_label(component, level):
    if component == TOTAL:
        return tr("Total")
    if component == BETWEEN:
        return tr("Between the units of {}").format(level)
    if component == WITHIN:
        return tr("Within the units of {}").format(level)
    return str(component)


def _aligned(table_ids, ids, columns):
    """``columns`` (read in the order ``ids``) in the order of ``table_ids`` (the count reading step's)."""
    table_ids = list(np.asarray(table_ids).tolist())
    if list(ids) == table_ids:
        return columns
    position = {fid: n for n, fid in enumerate(ids)}
    if len(position) != len(ids) or any(fid not in position for fid in table_ids):
        raise QgsProcessingException(tr("The layer changed while it was read: run the algorithm again."))
    order = [position[fid] for fid in table_ids]
    return {name: [values[n] for n in order] for name, values in columns.items()}

