"""Indicators of the disadvantage index: a table of (name, count, base, weight, direction) rows and their
values per feature.

Count and base are field names or QGIS expressions (``pt_tyoll + pt_tyott``). Before an expression is
evaluated, every suppressed value of the fields it uses (-1, '..', empty text) is set to NULL, so that a
suppressed part makes the whole expression missing: ``pt_tyoll + pt_tyott`` with ``pt_tyott = -1`` is missing,
not ``pt_tyoll - 1``.
"""

import math
import re
from dataclasses import dataclass

import numpy as np

from qgis.core import (QgsExpression, QgsExpressionContext, QgsFeature, QgsFeatureRequest,
                       QgsProcessingException, QgsProcessingParameterMatrix)

from ..compat import python_value
from ..core.table import MISSING_TEXT, SUPPRESSED_CODES, InputError, parse_counts
from ..translation import tr
from .reading import CHECK_EVERY, input_error_message

INDICATORS = "INDICATORS"
COLUMNS = 5
#: Statistics Finland's Paavo indicators of disadvantage (the default rows of the table).
PAAVO_DEFAULT = [
    "low_income", "tr_pi_tul", "tr_kuty", "1", "yes",
    "unemployed", "pt_tyott", "pt_tyoll + pt_tyott", "1", "yes",
    "basic_education", "ko_perus", "ko_ika18y", "1", "yes",
]
YES = frozenset({"yes", "y", "true", "1", "+", "up", "kyllä", "k", "ja", "j"})
NO = frozenset({"no", "n", "false", "0", "-", "down", "ei", "e", "nej"})
NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,29}$")


@dataclass
class IndicatorSpec:
    """One row of the indicator table, as the user typed it."""

    name: str
    count: str
    base: str
    weight: float
    higher_is_worse: bool


def indicator_parameter():
    return QgsProcessingParameterMatrix(
        INDICATORS, tr("Indicators (name, count, base, weight, higher is worse)"), numberRows=3,
        hasFixedNumberRows=False,
        headers=[tr("Name"), tr("Count (field or expression)"), tr("Base (field or expression)"), tr("Weight"),
                 tr("Higher is worse (yes/no)")],
        defaultValue=list(PAAVO_DEFAULT))


def parse_indicator_table(values):
    """The flat matrix value (row after row of 5 cells) as ``IndicatorSpec`` rows; clear messages on error."""
    cells = ["" if python_value(v) is None else str(python_value(v)).strip() for v in (values or [])]
    if not cells or all(c == "" for c in cells):
        raise QgsProcessingException(tr("Give at least one indicator (name, count, base, weight, higher is worse)."))
    if len(cells) % COLUMNS:
        raise QgsProcessingException(tr(
            "The indicator table has {} cells, not a multiple of 5 (name, count, base, weight, higher is worse). "
            "On the command line, give the cells separated by commas; expressions must not contain commas.").format(
                len(cells)))
    specs = []
    for row in range(len(cells) // COLUMNS):
        name, count, base, weight, direction = cells[row * COLUMNS:(row + 1) * COLUMNS]
        if not any((name, count, base)):
            continue  # an empty row left in the table dialog
        specs.append(IndicatorSpec(_name(name, row), _required(count, row, tr("count")),
                                   _required(base, row, tr("base")), _weight(weight, name),
                                   _direction(direction, name)))
    names = [s.name.lower() for s in specs]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise QgsProcessingException(tr("Indicator names must be unique: {} is used twice.").format(
            ", ".join(duplicated)))
    if not specs:
        raise QgsProcessingException(tr("Give at least one indicator (name, count, base, weight, higher is worse)."))
    return specs


def _name(name, row):
    if not NAME_PATTERN.match(name):
        raise QgsProcessingException(tr(
            "Indicator name '{}' (row {}) must start with a letter and contain only letters, digits and '_' "
            "(at most 30 characters): it becomes part of the output field names.").format(name, row + 1))
    return name


def _required(text, row, what):
    if not text:
        raise QgsProcessingException(tr("Row {} of the indicator table has no {} field or expression.").format(
            row + 1, what))
    return text


def _weight(text, name):
    try:
        weight = float(text.replace(",", ".")) if text else 1.0
    except ValueError:
        weight = float("nan")
    if not math.isfinite(weight) or weight <= 0:
        raise QgsProcessingException(tr("The weight of indicator '{}' must be a positive number, not '{}'.").format(
            name, text))
    return weight


def _direction(text, name):
    word = text.lower() or "yes"
    if word in YES:
        return True
    if word in NO:
        return False
    raise QgsProcessingException(tr("'Higher is worse' of indicator '{}' must be yes or no, not '{}'.").format(
        name, text))


class IndicatorReader:
    """Evaluates the count and base of every indicator on features, suppressed values read as missing."""

    def __init__(self, specs, fields, context):
        self.fields = fields
        self.columns = {}  # text -> ('field', index) or ('expression', QgsExpression, [field indexes])
        for spec in specs:
            for text in (spec.count, spec.base):
                if text not in self.columns:
                    self.columns[text] = self._prepare(text, spec.name)
        self.context = QgsExpressionContext(context.expressionContext()) if context is not None \
            else QgsExpressionContext()
        self.context.setFields(fields)
        for kind, *rest in self.columns.values():
            if kind == "expression":
                rest[0].prepare(self.context)

    def _prepare(self, text, indicator):
        index = self.fields.lookupField(text)
        if index >= 0:
            return ("field", index)
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(tr("Indicator '{}': '{}' is neither a field of the layer nor a valid "
                                            "expression ({}).").format(indicator, text, expression.parserErrorString()))
        used = []
        for column in expression.referencedColumns():
            column_index = self.fields.lookupField(column)
            if column_index < 0 and column != QgsFeatureRequest.ALL_ATTRIBUTES:
                raise QgsProcessingException(tr("Indicator '{}': the expression '{}' uses '{}', which is not a field "
                                                "of the layer.").format(indicator, text, column))
            if column_index >= 0:
                used.append(column_index)
        return ("expression", expression, used)

    def read(self, features, feedback, progress_from=0.0, progress_to=20.0):
        """{text: float array (NaN = missing)} for every count and base, in feature order."""
        raw = {text: [] for text in self.columns}
        total = max(len(features), 1)
        for n, feature in enumerate(features):
            if n % CHECK_EVERY == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled."))
                feedback.setProgress(progress_from + (progress_to - progress_from) * n / total)
            attributes = feature.attributes()
            cleaned = None
            for text, (kind, *rest) in self.columns.items():
                if kind == "field":
                    raw[text].append(python_value(attributes[rest[0]]))
                    continue
                if cleaned is None:
                    cleaned = self._cleaned(feature, attributes)
                self.context.setFeature(cleaned)
                value = rest[0].evaluate(self.context)
                if rest[0].hasEvalError():
                    raise QgsProcessingException(tr("The expression '{}' failed on feature {}: {}").format(
                        text, feature.id(), rest[0].evalErrorString()))
                raw[text].append(python_value(value))
        ids = [f.id() for f in features]
        values = {}
        for text, column in raw.items():
            try:
                values[text] = parse_counts(column, text, ids)
            except InputError as error:
                raise QgsProcessingException(input_error_message(error)) from error
        return values

    def _cleaned(self, feature, attributes):
        """A copy of ``feature`` with suppressed attribute values (-1, '..', '') set to NULL."""
        copy = QgsFeature(feature)
        values = list(attributes)
        for i, value in enumerate(values):
            if _suppressed(python_value(value)):
                values[i] = None
        copy.setAttributes(values)
        return copy



def _suppressed(value):
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() in MISSING_TEXT
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) in SUPPRESSED_CODES
    return False


def indicator_arrays(specs, values):
    """(name, count array, base array, weight, higher_is_worse) per indicator from ``IndicatorReader.read``."""
    return [(s.name, np.asarray(values[s.count], float), np.asarray(values[s.base], float), s.weight,
             s.higher_is_worse) for s in specs]
