"""Segregation Analysis: segregation indices and disadvantage clusters for QGIS.

QGIS calls ``classFactory``; everything else is imported lazily so that the pure-Python ``core``
package can be used (and tested) without QGIS.
"""


def classFactory(iface):  # noqa: N802 (QGIS plugin entry point name)
    from .plugin import SegregationPlugin
    return SegregationPlugin(iface)
