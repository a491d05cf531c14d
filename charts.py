"""Charts of multiscalar segregation profiles: pure matplotlib (Agg/SVG canvases, never pyplot), no QGIS.

The Processing algorithm and the dock share it: they pass the profile table and already translated
texts, and get a ``matplotlib.figure.Figure`` or the bytes of a PNG / SVG file.

Layout (Reardon et al. 2008): one panel per index (and group, for single-group indices), one line per
region (city), x = bandwidth on a log scale, y = index value. A bandwidth of 0 (no smoothing, the
aspatial value) is drawn left of the smallest positive bandwidth and labelled as such.
"""

import io
import math

import matplotlib
from matplotlib.figure import Figure

#: Group label of multigroup rows (as in core.surface / core.compute).
ALL_GROUPS = "(all groups)"
#: File formats by extension.
FORMATS = {".png": "png", ".svg": "svg"}
#: Most legend entries in one legend column.
LEGEND_ROWS = 25

DEFAULT_TEXTS = {
    "title": "",
    "x_label": "Bandwidth (m, log scale)",
    "y_label": "Index value",
    "legend_title": "Region",
    "aspatial": "0 (aspatial)",
    "no_region": "all units",
}


def chart_format(path):
    """'png' or 'svg' from a file name's extension; None for any other extension."""
    name = str(path).lower()
    for suffix, fmt in FORMATS.items():
        if name.endswith(suffix):
            return fmt
    return None


def profile_figure(profile, index_names=None, texts=None, columns=3):
    """A Figure of ``profile`` (a DataFrame with columns bandwidth, region, group, index, value).

    ``index_names``: index id -> display name (panel titles); ``texts``: overrides of ``DEFAULT_TEXTS``
    (translated axis titles, legend title, the label of bandwidth 0 and of the region None).
    """
    texts = dict(DEFAULT_TEXTS, **(texts or {}))
    index_names = index_names or {}
    panels = list(dict.fromkeys(zip(profile["index"], profile["group"])))
    regions = list(dict.fromkeys(profile["region"]))
    bandwidths = sorted(set(float(b) for b in profile["bandwidth"]))
    position, ticks, tick_labels, log_scale = _x_axis(bandwidths, texts["aspatial"])
    n_columns = max(1, min(columns, len(panels)))
    n_rows = max(1, math.ceil(len(panels) / n_columns))
    figure = Figure(figsize=(4.0 * n_columns, 3.0 * n_rows + (0.4 if texts["title"] else 0.0)), dpi=100)
    colours = _colours(len(regions))
    legend = {}  # region position -> its first line
    for p, (index_id, group) in enumerate(panels):
        axes = figure.add_subplot(n_rows, n_columns, p + 1)
        rows = profile[(profile["index"] == index_id) & (profile["group"] == group)]
        for r, region in enumerate(regions):
            line = rows[_same(rows["region"], region)].sort_values("bandwidth")
            if not len(line):
                continue
            (handle,) = axes.plot([position[float(b)] for b in line["bandwidth"]], line["value"].astype(float),
                                  marker="o", markersize=3, linewidth=1.4, color=colours[r],
                                  label=_region_text(region, texts["no_region"]))
            legend.setdefault(r, handle)
        if log_scale:
            axes.set_xscale("log")
        axes.set_xticks(ticks)
        axes.set_xticklabels(tick_labels, rotation=45 if len(ticks) > 5 else 0, fontsize=8)
        axes.minorticks_off()
        name = index_names.get(index_id, index_id)
        axes.set_title(name if group == ALL_GROUPS else f"{name}: {group}", fontsize=9)
        if p + n_columns >= len(panels):  # no panel below: label the x axis
            axes.set_xlabel(texts["x_label"], fontsize=8)
        if p % n_columns == 0:
            axes.set_ylabel(texts["y_label"], fontsize=8)
        axes.tick_params(axis="y", labelsize=8)
        axes.grid(True, linewidth=0.4, alpha=0.5)
    if texts["title"]:
        figure.suptitle(texts["title"])
    handles = [legend[r] for r in sorted(legend)]
    if handles:
        labels = [h.get_label() for h in handles]
        figure.legend(handles, labels, title=texts["legend_title"], loc="center left", bbox_to_anchor=(1.0, 0.5),
                      fontsize=8, title_fontsize=9, ncol=max(1, math.ceil(len(handles) / LEGEND_ROWS)),
                      frameon=False)
    figure.tight_layout()
    return figure


def figure_bytes(figure, fmt):
    """The figure as PNG or SVG bytes (the legend right of the panels included)."""
    if fmt not in FORMATS.values():
        raise ValueError(f"Unknown chart format '{fmt}': use png or svg.")
    buffer = io.BytesIO()
    # text as paths: the SVG looks the same without the fonts, and carries no markup from field names
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "segregation-profile"}):
        figure.savefig(buffer, format=fmt, bbox_inches="tight", dpi=100 if fmt == "png" else None,
                       metadata={"Date": None} if fmt == "svg" else None)
    return buffer.getvalue()


def save_profile_chart(profile, path, index_names=None, texts=None):
    """Write the chart of ``profile`` to ``path`` (PNG or SVG by extension); returns the bytes written."""
    fmt = chart_format(path)
    if fmt is None:
        raise ValueError(f"'{path}': the chart file must end in .png or .svg.")
    content = figure_bytes(profile_figure(profile, index_names, texts), fmt)
    with open(path, "wb") as handle:
        handle.write(content)
    return content


def svg_element(svg_bytes):
    """The ``<svg …>…</svg>`` element of an SVG file, for inlining in HTML (no XML prolog or DOCTYPE)."""
    text = svg_bytes.decode("utf-8")
    start = text.find("<svg")
    return text[start:] if start >= 0 else text


def _x_axis(bandwidths, aspatial_label):
    """x position of every bandwidth, ticks and labels, and whether the axis is logarithmic."""
    positive = [b for b in bandwidths if b > 0]
    position = {b: b for b in positive}
    if not positive:  # only the aspatial value
        return {0.0: 0.0}, [0.0], [aspatial_label], False
    if 0.0 in bandwidths:
        position[0.0] = min(positive) / 2.0  # left of the smallest bandwidth, one half-octave away
    ticks = [position[b] for b in bandwidths]
    labels = [aspatial_label if b == 0 else f"{b:g}" for b in bandwidths]
    return position, ticks, labels, True


def _colours(n):
    name = "tab10" if n <= 10 else "tab20" if n <= 20 else "viridis"
    try:
        colormap = matplotlib.colormaps[name]
    except AttributeError:  # matplotlib < 3.5
        from matplotlib import cm
        colormap = cm.get_cmap(name)
    if n <= 20:
        return [colormap(i) for i in range(n)]
    return [colormap(i / max(n - 1, 1)) for i in range(n)]


def _same(column, value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return column.isna()
    return column == value


def _region_text(region, no_region):
    if region is None or (isinstance(region, float) and math.isnan(region)):
        return no_region
    return str(region)
