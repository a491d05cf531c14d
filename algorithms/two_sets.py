"""Two sets of units for the comparison algorithms (compareindices, decomposition): two cities or two years.

The two sets are given either as two layers (``INPUT`` and ``INPUT_B``, e.g. the same city in two years) or as
one layer and a field with two values (``SET_FIELD`` = ``SET_A`` / ``SET_B``, e.g. kunta 091 and 049). The count
parameters (``GROUP_FIELDS``, ``TOTAL_FIELD``, ``MISSING``) apply to both sets. Each set is read into its own
``UnitTable`` (one region); the missing-value policy then works inside each set: "impute from the region's
rate" uses the set's own rate.
"""

from dataclasses import dataclass, field

import numpy as np

from qgis.core import (QgsProcessingException, QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterString)

from ..compat import FIELD_ANY, SOURCE_VECTOR_ANY
from ..core.missing import impute_groups, prepare_multi, prepare_single
from ..core.segments import Segments
from ..core.table import UnitTable
from ..translation import tr
from .common import INPUT
from .reading import read_units

INPUT_B = "INPUT_B"
SET_FIELD = "SET_FIELD"
SET_A = "SET_A"
SET_B = "SET_B"

FIELD_MODE = "field"
LAYERS_MODE = "layers"

#: How many values of the set field an error message lists.
MAX_LISTED = 20


def add_set_parameters(algorithm):
    """The parameters that define the two sets (after ``add_unit_parameters(region=False)``)."""
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        INPUT_B, tr("Second layer: set B, e.g. the same city in another year [or use a set field]"),
        [SOURCE_VECTOR_ANY], optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        SET_FIELD, tr("Set field of the input layer, e.g. the municipality code [instead of a second layer]"),
        parentLayerParameterName=INPUT, type=FIELD_ANY, optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        SET_A, tr("Set A: value of the set field, e.g. 091 [with two layers: an optional name for the input layer]"),
        optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        SET_B, tr("Set B: value of the set field, e.g. 049 [with two layers: an optional name for the second layer]"),
        optional=True))


def sets_help():
    """Help paragraph on the two ways to give the sets (shared by both algorithms)."""
    return tr(
        "<h3>The two sets</h3><p>Give the two sets of units in one of two ways: <b>two layers</b> (the input "
        "layer is set A, the second layer set B, e.g. the same city in 2015 and 2019; the count fields must "
        "exist in both; <i>Set A</i> and <i>Set B</i> may name them), or <b>one layer and a set field</b> with "
        "two of its values (e.g. field <code>kunta</code>, set A = 091 Helsinki, set B = 049 Espoo). A numeric "
        "field matches numerically (091 = 91). The group count fields, the total field and the missing-value "
        "policy apply to both sets; imputation uses each set's own rate. Each set needs at least two usable "
        "units.</p>")


@dataclass
class TwoSets:
    """Set A and set B as one-region ``UnitTable``s, with their labels and a description for reports."""

    a: UnitTable
    b: UnitTable
    label_a: str
    label_b: str
    mode: str
    description_a: str
    description_b: str
    missing: str
    _imputed: dict = field(default_factory=dict, repr=False)

    @property
    def group_names(self):
        return self.a.group_names

    def _groups(self, which):
        if which not in self._imputed:
            self._imputed[which] = impute_groups(getattr(self, which), self.missing)
        return self._imputed[which]

    def single(self, j):
        """(Prepared A, Prepared B) of group ``j`` against the total, after the missing-value policy."""
        return tuple(prepare_single(getattr(self, w), j, *self._groups(w)) for w in ("a", "b"))

    def multi(self):
        """(Prepared A, Prepared B) of all groups (total = their sum), after the missing-value policy."""
        return tuple(prepare_multi(getattr(self, w), *self._groups(w)) for w in ("a", "b"))

    def check(self, prepared, group):
        """Refuse a pair of prepared sets with fewer than two usable units or without population."""
        for prep, label in zip(prepared, (self.label_a, self.label_b)):
            n_units, n_dropped = int(prep.n_units[0]), int(prep.n_dropped[0])
            if n_units < 2:
                raise QgsProcessingException(tr(
                    "Set '{set}' has {n} usable unit(s) for {group} ({dropped} dropped because of missing "
                    "values): a comparison needs at least two units in each set.").format(
                        set=label, n=n_units, group=group, dropped=n_dropped))
            if float(np.sum(prep.t)) <= 0:
                raise QgsProcessingException(tr(
                    "Set '{set}' has no population in its usable units for {group} (every total is 0).").format(
                        set=label, group=group))


class _Stage:
    """Feedback for one reading step: cancellation as is, progress shifted by ``offset``."""

    def __init__(self, feedback, offset):
        self.feedback, self.offset = feedback, offset

    def isCanceled(self):  # noqa: N802 (QGIS API)
        return self.feedback.isCanceled()

    def setProgress(self, progress):  # noqa: N802 (QGIS API)
        self.feedback.setProgress(self.offset + progress)


def read_two_sets(algorithm, parameters, context, feedback, units, progress_share=30.0):
    """Read both sets once; ``units`` = ``algorithm.unit_parameters(...)``. Returns ``TwoSets``."""
    source_b = algorithm.parameterAsSource(parameters, INPUT_B, context)
    set_field = algorithm.parameterAsString(parameters, SET_FIELD, context) or None
    text_a = (algorithm.parameterAsString(parameters, SET_A, context) or "").strip()
    text_b = (algorithm.parameterAsString(parameters, SET_B, context) or "").strip()
    if source_b is not None and set_field:
        raise QgsProcessingException(tr(
            "Give the two sets either as a second layer or as a set field with two values, not both."))
    if source_b is None and not set_field:
        if parameters.get(INPUT_B) not in (None, ""):
            raise QgsProcessingException(algorithm.invalidSourceError(parameters, INPUT_B))
        raise QgsProcessingException(tr(
            "Give the two sets to compare: a second layer (set B), or a set field of the input layer with the "
            "values of set A and set B (e.g. kunta = 091 and 049)."))
    if source_b is not None:
        return _from_layers(units, source_b, text_a, text_b, feedback, progress_share)
    return _from_field(units, set_field, text_a, text_b, feedback, progress_share)


def _from_layers(units, source_b, text_a, text_b, feedback, share):
    names = list(units.group_fields) + ([units.total_field] if units.total_field else [])
    name_b = source_b.sourceName()
    absent = [name for name in names if source_b.fields().lookupField(name) < 0]
    if absent:
        raise QgsProcessingException(tr(
            "Field(s) {fields} are not in the second layer '{layer}': with two layers the group and total fields "
            "must exist in both.").format(fields=", ".join(f"'{n}'" for n in absent), layer=name_b))
    table_a, _ = read_units(units.source, units.group_fields, units.total_field, None, _Stage(feedback, 0.0),
                            progress_share=share / 2)
    table_b, _ = read_units(source_b, units.group_fields, units.total_field, None, _Stage(feedback, share / 2),
                            progress_share=share / 2)
    name_a = units.source.sourceName()
    label_a, label_b = text_a or name_a, text_b or name_b
    if label_a == label_b:
        label_a, label_b = f"{label_a} (A)", f"{label_b} (B)"
    return TwoSets(table_a, table_b, label_a, label_b, LAYERS_MODE, tr("layer '{}'").format(name_a),
                   tr("layer '{}'").format(name_b), units.missing)


def _from_field(units, set_field, text_a, text_b, feedback, share):
    if set_field in units.group_fields or set_field == units.total_field:
        raise QgsProcessingException(tr(
            "The set field '{}' is also chosen as a group or total field.").format(set_field))
    if not text_a or not text_b:
        raise QgsProcessingException(tr(
            "With a set field ('{}'), give the values of set A and set B (e.g. 091 and 049).").format(set_field))
    table, _ = read_units(units.source, units.group_fields, units.total_field, set_field, feedback,
                          progress_share=share)
    codes = []
    for text in (text_a, text_b):
        code = find_label(table.region_labels, text)
        if code is None:
            present = [_shown(label) for label in table.region_labels]
            listed = ", ".join(present[:MAX_LISTED]) + (f" … (+{len(present) - MAX_LISTED})"
                                                        if len(present) > MAX_LISTED else "")
            raise QgsProcessingException(tr(
                "No feature has the value '{value}' in the set field '{field}'. Values present: {values}.").format(
                    value=text, field=set_field, values=listed))
        codes.append(code)
    if codes[0] == codes[1]:
        raise QgsProcessingException(tr(
            "Set A and set B are the same value ('{}') of the set field: choose two different values.").format(
                table.region_labels[codes[0]]))
    region = table.segments.codes
    a, b = (_subset(table, region == code) for code in codes)
    label_a, label_b = (table.region_labels[code] for code in codes)  # the values as they are in the data
    source_name = units.source.sourceName()
    return TwoSets(a, b, label_a, label_b, FIELD_MODE,
                   tr("{field} = {value} in layer '{layer}'").format(field=set_field, value=label_a, layer=source_name),
                   tr("{field} = {value} in layer '{layer}'").format(field=set_field, value=label_b, layer=source_name),
                   units.missing)


def find_label(labels, text):
    """Code of ``text`` among the region labels: the same text, else the same number (091 = 91); or None."""
    for code, label in enumerate(labels):
        if label is not None and label == text:
            return code
    number = _number(text)
    if number is None:
        return None
    for code, label in enumerate(labels):
        if label is not None and _number(label) == number:
            return code
    return None


def _number(text):
    try:
        value = float(str(text).strip())
    except ValueError:
        return None
    return value if np.isfinite(value) else None


def _shown(label):
    return "NULL" if label is None else str(label)


def _subset(table, mask):
    """The units of ``table`` where ``mask`` is true, as a one-region table."""
    mask = np.asarray(mask, bool)
    return UnitTable(groups=table.groups[mask], group_names=table.group_names,
                     total=None if table.total is None else table.total[mask], total_name=table.total_name,
                     segments=Segments.single(int(mask.sum())), region_labels=[None], ids=table.ids[mask])
