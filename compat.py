"""Qt5/Qt6 and QGIS 3.22 ... 4.x enum access in one place.

QGIS 3.36+ moved many enums to scoped ``Qgis.*`` enums and QGIS 4 (Qt6) drops the old unscoped
aliases; QGIS 3.22 only has the old ones. Every enum the plugin uses is resolved here, newest first.
"""

from qgis.core import (Qgis, QgsFeatureRequest, QgsFeatureSink, QgsProcessing, QgsProcessingFeatureSource,
                       QgsProcessingParameterDefinition, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant


def first_attr(*candidates):
    """The first ``(owner, 'Dotted.name')`` that resolves, e.g. (Qgis, 'WkbType.NoGeometry')."""
    for owner, dotted in candidates:
        value = owner
        try:
            for part in dotted.split("."):
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    raise AttributeError("None of " + ", ".join(d for _, d in candidates) + " exists in this QGIS")


QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

SOURCE_VECTOR_ANY = first_attr((Qgis, "ProcessingSourceType.Vector"), (QgsProcessing, "TypeVector"))
FIELD_ANY = first_attr((Qgis, "ProcessingFieldParameterDataType.Any"), (QgsProcessingParameterField, "Any"))
NUMBER_DOUBLE = first_attr((Qgis, "ProcessingNumberParameterType.Double"), (QgsProcessingParameterNumber, "Double"))
NUMBER_INTEGER = first_attr((Qgis, "ProcessingNumberParameterType.Integer"), (QgsProcessingParameterNumber, "Integer"))
PARAMETER_ADVANCED = first_attr((Qgis, "ProcessingParameterFlag.Advanced"),
                                (QgsProcessingParameterDefinition, "FlagAdvanced"))
WKB_NO_GEOMETRY = first_attr((Qgis, "WkbType.NoGeometry"), (QgsWkbTypes, "NoGeometry"))
WKB_UNKNOWN = first_attr((Qgis, "WkbType.Unknown"), (QgsWkbTypes, "Unknown"))
REQUEST_NO_GEOMETRY = first_attr((Qgis, "FeatureRequestFlag.NoGeometry"), (QgsFeatureRequest, "NoGeometry"))
GEOMETRY_POLYGON = first_attr((Qgis, "GeometryType.Polygon"), (QgsWkbTypes, "PolygonGeometry"))
SINK_FAST_INSERT = first_attr((QgsFeatureSink, "Flag.FastInsert"), (QgsFeatureSink, "FastInsert"))
#: Read invalid geometries as they are (the reading step repairs them) instead of Processing's check.
SOURCE_SKIP_GEOMETRY_CHECKS = first_attr((Qgis, "ProcessingFeatureSourceFlag.SkipGeometryValidityChecks"),
                                         (QgsProcessingFeatureSource, "FlagSkipGeometryValidityChecks"))


def _field_type(name):
    """QgsField type: QMetaType.Type on QGIS >= 3.38 (required by QGIS 4), QVariant.Type before."""
    if QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType
        return getattr(QMetaType.Type, name)
    return getattr(QVariant, name)


FIELD_DOUBLE = _field_type("Double")
FIELD_INT = _field_type("Int")
FIELD_LONG = _field_type("LongLong")
FIELD_STRING = _field_type("QString" if QGIS_VERSION_INT >= 33800 else "String")


def is_null(value):
    """True for None and for QGIS 3's NULL QVariant (QGIS 4 returns None)."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def python_value(value):
    """An attribute value as plain Python: NULL QVariant to None, everything else unchanged."""
    return None if is_null(value) else value
