"""Parameters shared by the index algorithms: the input layer, its count fields, region and missing values."""

from dataclasses import dataclass

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField)
from qgis.PyQt.QtGui import QIcon

from ..compat import FIELD_ANY, SOURCE_VECTOR_ANY
from ..core import MISSING_POLICIES
from ..translation import tr
from ..plugin_paths import plugin_path

INPUT = "INPUT"
GROUP_FIELDS = "GROUP_FIELDS"
TOTAL_FIELD = "TOTAL_FIELD"
REGION_FIELD = "REGION_FIELD"
MISSING = "MISSING"


def missing_options():
    return [tr("Drop the unit"), tr("Impute the group count from the region's rate")]


@dataclass
class UnitParameters:
    source: object
    group_fields: list
    total_field: str
    region_field: str
    missing: str


class SegregationAlgorithm(QgsProcessingAlgorithm):
    """Base class: icon, group, translation and the unit parameters every index algorithm has."""

    def createInstance(self):
        return type(self)()

    def group(self):
        return tr("Segregation indices")

    def groupId(self):
        return "indices"

    def icon(self):
        return QIcon(plugin_path("icon.svg"))

    def add_unit_parameters(self, region=True):
        """INPUT, GROUP_FIELDS, TOTAL_FIELD, REGION_FIELD (unless ``region`` is False) and MISSING."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            INPUT, tr("Input layer (areas, grid cells or a table)"), [SOURCE_VECTOR_ANY]))
        self.addParameter(QgsProcessingParameterField(
            GROUP_FIELDS, tr("Group count fields"), parentLayerParameterName=INPUT, type=FIELD_ANY,
            allowMultiple=True))
        self.addParameter(QgsProcessingParameterField(
            TOTAL_FIELD, tr("Total (base) field [empty = sum of the groups]"), parentLayerParameterName=INPUT,
            type=FIELD_ANY, optional=True))
        if region:
            self.addParameter(QgsProcessingParameterField(
                REGION_FIELD, tr("Region field (one result per value, e.g. municipality)"),
                parentLayerParameterName=INPUT, type=FIELD_ANY, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            MISSING, tr("Missing values (-1, NULL, '..')"), options=missing_options(), defaultValue=0))

    def unit_parameters(self, parameters, context):
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        group_fields = self.parameterAsFields(parameters, GROUP_FIELDS, context)
        if not group_fields:
            raise QgsProcessingException(tr("Choose at least one group field."))
        total_field = self.parameterAsString(parameters, TOTAL_FIELD, context) or None
        if total_field in group_fields:
            raise QgsProcessingException(
                tr("The total field '{}' is also chosen as a group field.").format(total_field))
        region_field = (self.parameterAsString(parameters, REGION_FIELD, context) or None
                        if self.parameterDefinition(REGION_FIELD) is not None else None)
        missing = MISSING_POLICIES[self.parameterAsEnum(parameters, MISSING, context)]
        return UnitParameters(source, group_fields, total_field, region_field, missing)

    def missing_help(self):
        return tr(
            "<h3>Missing values</h3><p>Statistics Finland's suppression code -1, NULL, empty text and '..' "
            "are read as missing, never as zero. <b>Drop the unit</b> leaves units with a missing count or "
            "total out of that index; <b>Impute</b> replaces a missing group count by the unit's total times "
            "the region's rate of that group (it needs a total field; a unit whose total is missing is "
            "dropped). Each result reports the number of dropped units and the population they held. A unit "
            "with total 0 adds nothing. Other negative values, non-numeric text and a group count larger "
            "than the total stop the algorithm with a message naming the field and the feature ids.</p>")
