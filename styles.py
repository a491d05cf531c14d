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


# --- Disadvantage index -----------------------------------------------------------------------------------

#: ColorBrewer YlOrRd (5 classes): light = least, dark red = most disadvantaged.
DISADVANTAGE_COLOURS = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")


def disadvantage_renderer(layer, field_name):
    """Graduated renderer in quintiles of ``field_name`` (equal numbers of units per class)."""
    from qgis.core import QgsClassificationQuantile, QgsGradientColorRamp, QgsGradientStop

    renderer = QgsGraduatedSymbolRenderer(field_name, [])
    renderer.setClassificationMethod(QgsClassificationQuantile())
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    renderer.setSourceSymbol(symbol)
    last = len(DISADVANTAGE_COLOURS) - 1
    stops = [QgsGradientStop(i / last, QColor(c)) for i, c in enumerate(DISADVANTAGE_COLOURS[1:-1], start=1)]
    ramp = QgsGradientColorRamp(QColor(DISADVANTAGE_COLOURS[0]), QColor(DISADVANTAGE_COLOURS[-1]), False, stops)
    renderer.setSourceColorRamp(ramp)
    renderer.updateClasses(layer, len(DISADVANTAGE_COLOURS))
    return renderer


def apply_disadvantage_style(layer, field_name):
    """Style ``layer`` in quintiles of the composite index; no-op for tables without geometry."""
    if not layer.isSpatial() or layer.fields().lookupField(field_name) < 0:
        return False
    layer.setRenderer(disadvantage_renderer(layer, field_name))
    layer.triggerRepaint()
    return True


# --- Local clusters (LISA) -----------------------------------------------------------------------------------

#: Category values written in the cluster field (stable, English) with GeoDa's conventional colours.
CLUSTER_COLOURS = (
    ("High-High", "#ff0000"), ("Low-Low", "#0000ff"), ("High-Low", "#f4ada8"), ("Low-High", "#a7adf9"),
    ("Not significant", "#eeeeee"), ("No neighbours", "#464646"), ("Missing", "#ffffff"),
)


def cluster_labels():
    """Legend text of every cluster category in the user's language."""
    return {
        "High-High": tr("High-High (hot spot)"), "Low-Low": tr("Low-Low (cold spot)"),
        "High-Low": tr("High-Low (high among low)"), "Low-High": tr("Low-High (low among high)"),
        "Not significant": tr("Not significant"), "No neighbours": tr("No neighbours"),
        "Missing": tr("Missing data"),
    }


def cluster_renderer(field_name, geometry_type):
    """Categorized renderer of the cluster field: red, blue, pink, light blue, grey (GeoDa's LISA map)."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    labels = cluster_labels()
    categories = []
    for value, colour in CLUSTER_COLOURS:
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor(colour))
        categories.append(QgsRendererCategory(value, symbol, labels[value]))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def apply_cluster_style(layer, field_name):
    """Style ``layer`` by its cluster category field; no-op for tables without geometry."""
    if not layer.isSpatial() or layer.fields().lookupField(field_name) < 0:
        return False
    layer.setRenderer(cluster_renderer(field_name, layer.geometryType()))
    layer.triggerRepaint()
    return True
