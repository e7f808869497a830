"""Matplotlib set up for reports (text kept as text) and figures turned into SVG that can be inlined
many times in one HTML page."""

from __future__ import annotations

import functools
import io
import re
import warnings
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure

# Figures are made with `Figure` itself, never pyplot: no GUI backend is chosen or needed (cron,
# servers), no global backend is switched under a notebook that imports parley, and nothing stays
# registered in pyplot's figure manager after a chart is written.

P = ParamSpec("P")
R = TypeVar("R")

# Text stays <text> (searchable, selectable, no embedded glyph paths) and falls back to the viewer's
# own sans-serif: nothing is fetched at view time.
STYLE: dict[Any, Any] = {  # Any keys: matplotlib types them as a Literal of every rcParam
    "svg.fonttype": "none",
    "text.parse_math": False,  # names from articles are text: "$" must not start matplotlib's mathtext
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Helvetica", "Arial", "Liberation Sans"],
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#e3e3e3",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "legend.frameon": False,
    "legend.fontsize": 8,
    "figure.dpi": 100,
}

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
COLORS = {
    "documents": "#56B4E9",
    "meetings": "#0072B2",
    "statements": "#009E73",
    "issues": "#CC79A7",
    "cooperative": "#009E73",
    "neutral": "#999999",
    "critical": "#D55E00",
    "quarantined": "#E69F00",
}

_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
_PROLOGUE = re.compile(r"^.*?(?=<svg\b)", re.S)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters from article text
_SIZE = re.compile(r'<svg([^>]*?) width="[^"]*" height="[^"]*"')


def styled(fn: Callable[P, R]) -> Callable[P, R]:
    """Run a chart function under the report style: rcParams are read when each artist is made, so the
    whole drawing, not only the figure's creation, happens inside the context."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with matplotlib.rc_context(STYLE):
            return fn(*args, **kwargs)

    return wrapper


def new_figure(
    width: float, height: float, nrows: int = 1, sharex: bool = False, height_ratios: list[float] | None = None
) -> tuple[Figure, list[Axes]]:
    """A figure and its stacked axes (inches; the report's column is about 9 wide)."""
    fig = Figure(figsize=(width, height))
    axes = fig.subplots(
        nrows, 1, sharex=sharex, squeeze=False, gridspec_kw={"height_ratios": height_ratios} if height_ratios else None
    )
    return fig, [row[0] for row in axes]


def to_svg(fig: Figure, chart_id: str, title: str) -> str:
    """The figure as an inline <svg> element: no XML prologue, ids prefixed with `chart_id` so that
    several charts in one page never share one, and a width that follows the page."""
    buf = io.StringIO()
    # The salt makes matplotlib's clip-path ids deterministic (same input, same file) and, being the
    # chart id, different between charts.
    with matplotlib.rc_context({**STYLE, "svg.hashsalt": chart_id}), warnings.catch_warnings():
        # Text stays text (svg.fonttype none): a glyph missing from matplotlib's font (a name in
        # another script, a control character) is the viewer's font's business, not an error.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
        # tight_layout rather than a tight bounding box: the figure keeps its width, so every chart
        # scaled to the page's column shows its text at the same size.
        fig.tight_layout(pad=0.4)
        fig.savefig(buf, format="svg", metadata=_METADATA)
    svg = _XML_ILLEGAL.sub("\ufffd", _PROLOGUE.sub("", buf.getvalue(), count=1))
    svg = svg.replace('id="', f'id="{chart_id}-').replace("url(#", f"url(#{chart_id}-")
    svg = svg.replace('xlink:href="#', f'xlink:href="#{chart_id}-')
    svg = _SIZE.sub(rf'<svg\1 role="img" aria-label="{_attr(title)}"', svg, count=1)
    return svg.strip()


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
