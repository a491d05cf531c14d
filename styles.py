"""Default styles for result layers, shared by the algorithms' post-processors and the dock."""

from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange, QgsSymbol
from qgis.PyQt.QtGui import QColor

from .translation import tr

#: Class breaks of a location quotient, symmetric in ratio around 1 (the region's own share).
LQ_BREAKS = (0.5, 0.8, 0.95, 1.05, 1.25, 2.0)
#: ColorBrewer RdBu (7 classes), blue = under-represented, white = as in the region, red = over-represented.
LQ_COLOURS = ("#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b")
#: Upper bound of the last class; location quotients above it still fall in it.
LQ_MAX = 1e9


def lq_ranges():
    """(lower, upper, label) of each location-quotient class."""
    bounds = (0.0,) + LQ_BREAKS + (LQ_MAX,)
    labels = [tr("under {}").format(LQ_BREAKS[0])]
    labels += [f"{lo:g} – {hi:g}" for lo, hi in zip(LQ_BREAKS[:-1], LQ_BREAKS[1:])]
    labels += [tr("{} or more").format(LQ_BREAKS[-1])]
    return [(bounds[i], bounds[i + 1], labels[i]) for i in range(len(labels))]


def diverging_lq_renderer(field_name, geometry_type):
    """Graduated renderer for a location-quotient field, diverging around LQ = 1."""
    ranges = []
    for (lower, upper, label), colour in zip(lq_ranges(), LQ_COLOURS):
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor(colour))
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    renderer = QgsGraduatedSymbolRenderer(field_name, ranges)
    return renderer


def apply_lq_style(layer, field_name):
    """Style ``layer`` by ``field_name`` (a location quotient); no-op for tables without geometry."""
    if not layer.isSpatial() or layer.fields().lookupField(field_name) < 0:
        return False
    layer.setRenderer(diverging_lq_renderer(field_name, layer.geometryType()))
    layer.triggerRepaint()
    return True
