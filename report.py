"""HTML reports: a readable page with the parameters, the result table and notes; every value escaped.

Pure Python (no QGIS), so the same renderer serves algorithms and the dock, and tests can read it.
"""

import base64
import html
import math

STYLE = """
body { font-family: sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: right; }
th { background: #f0f0f0; vertical-align: bottom; }
td.text { text-align: left; }
caption { text-align: left; font-weight: bold; margin-bottom: 0.3em; }
p.note { font-size: 0.85em; color: #444; max-width: 60em; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dt { font-weight: bold; }
figure { margin: 1em 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85em; color: #444; }
"""


def format_value(value, digits=4):
    """Numbers to text with ``digits`` decimals (integers as they are); missing as an empty cell."""
    if value is None:
        return ""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer() and abs(value) >= 1000:
            return f"{value:,.0f}".replace(",", "\u202f")
        return f"{value:.{digits}f}"
    return str(value)


def render_table(frame, columns, caption="", text_columns=()):
    """``columns``: list of (column id, header text). Cells and headers are escaped."""
    e = html.escape
    head = "".join(f"<th title=\"{e(cid)}\">{e(header)}</th>" for cid, header in columns)
    body = []
    for row in frame[[cid for cid, _ in columns]].itertuples(index=False, name=None):
        cells = "".join(
            f"<td class=\"text\">{e(format_value(v))}</td>" if cid in text_columns else f"<td>{e(format_value(v))}</td>"
            for (cid, _), v in zip(columns, row))
        body.append(f"<tr>{cells}</tr>")
    return (f"<table><caption>{e(caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def render_page(title, parameters, sections, notes=(), language="en"):
    """A complete HTML page. ``parameters``: (label, value) pairs; ``sections``: already-rendered
    HTML fragments from ``render_table``; ``notes``: plain-text paragraphs (escaped here)."""
    e = html.escape
    params = "".join(f"<dt>{e(str(k))}</dt><dd>{e(str(v))}</dd>" for k, v in parameters)
    note_html = "".join(f"<p class=\"note\">{e(str(n))}</p>" for n in notes)
    return (f"<!DOCTYPE html>\n<html lang=\"{e(language)}\"><head><meta charset=\"utf-8\">"
            f"<title>{e(title)}</title><style>{STYLE}</style></head><body>"
            f"<h1>{e(title)}</h1><dl>{params}</dl>{''.join(sections)}{note_html}</body></html>\n")


def render_figure(caption="", svg=None, png=None, alt=""):
    """A chart as an HTML fragment for ``render_page``: inline SVG markup (a trusted ``<svg>`` element made
    by the plugin, e.g. ``charts.svg_element``) or PNG bytes embedded as base64; caption and alt escaped."""
    e = html.escape
    if svg is not None:
        body = svg
    elif png is not None:
        data = base64.b64encode(png).decode("ascii")
        body = f"<img src=\"data:image/png;base64,{data}\" alt=\"{e(alt)}\" style=\"max-width:100%\">"
    else:
        raise ValueError("render_figure needs svg or png")
    return f"<figure>{body}<figcaption>{e(caption)}</figcaption></figure>"
