"""The report's charts, drawn with matplotlib and returned as inline SVG. Each takes a small, tidy
Polars frame (built in `parley.report.data`) and knows nothing of the store."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import numpy as np
import polars as pl
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.ticker import MaxNLocator

from parley.report.layout import spring_layout
from parley.report.svg import COLORS, new_figure, styled, to_svg

WIDTH = 9.0  # inches: the report's column at 100 px per inch
TONES = ("cooperative", "neutral", "critical")
OTHER = "#bbbbbb"  # countries past the ten colours of the network's palette


def _month_axis(ax: Axes, months: list[dt.date]) -> None:
    """Dates on x with concise labels (year once, then months), whatever the span."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if len(months) == 1:  # one month would make a zero-width axis
        m = months[0]
        ax.set_xlim(mdates.date2num(m - dt.timedelta(days=45)), mdates.date2num(m + dt.timedelta(days=45)))


def _bars(
    ax: Axes,
    months: list[dt.date],
    heights: np.ndarray,
    bottom: np.ndarray | None = None,
    color: str = "#333333",
    label: str | None = None,
) -> None:
    """Monthly bars as one collection of rectangles, zero-height months skipped: one artist instead of
    one per bar keeps long panels quick to draw and the SVG small."""
    x = mdates.date2num(months)
    base = np.zeros(len(months)) if bottom is None else bottom
    # days: a bin's bar with a visible gap, whether the bins are months or years
    half = 0.4 * float(np.diff(x).min()) if len(x) > 1 else 12.0
    verts = [
        [(xi - half, b), (xi - half, b + h), (xi + half, b + h), (xi + half, b)]
        for xi, b, h in zip(x, base, heights, strict=True)
        if h > 0
    ]
    coll = PolyCollection(verts, facecolors=color, edgecolors="none", label=label)
    ax.add_collection(coll, autolim=False)
    if len(x):
        top = float((base + heights).max())
        ax.update_datalim([(x.min() - half, 0), (x.max() + half, max(top, 1.0))])
        ax.autoscale_view()


def _values(df: pl.DataFrame, column: str) -> np.ndarray:
    return np.asarray(df[column].to_list(), dtype=float)


def _integer_y(ax: Axes) -> None:
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))


def _legend_above(ax: Axes) -> None:
    """The legend just above the panel's top right corner, where it never covers a bar."""
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=3, borderaxespad=0.1, handlelength=1.2)


@styled
def coverage_chart(df: pl.DataFrame, chart_id: str, title: str, step: str = "month") -> str:
    """Two stacked panels over months: documents published (bars), then extracted records by kind
    (stacked bars). `df`: month (date), documents, meetings, statements, issues."""
    months = df["month"].to_list()
    fig, (top, bottom) = new_figure(WIDTH, 4.6, nrows=2, sharex=True, height_ratios=[1, 1.3])
    _bars(top, months, _values(df, "documents"), color=COLORS["documents"])
    top.set_ylabel("documents")
    top.set_title(title)
    base = np.zeros(len(months))
    for kind in ("meetings", "statements", "issues"):
        values = _values(df, kind)
        _bars(bottom, months, values, base, COLORS[kind], kind)
        base = base + values
    bottom.set_ylabel("records")
    bottom.set_xlabel(f"{step} (publication date; meetings by their own date)")
    _legend_above(bottom)
    for ax in (top, bottom):
        _integer_y(ax)
    _month_axis(bottom, months)
    return to_svg(fig, chart_id, title)


@styled
def ranking_chart(df: pl.DataFrame, chart_id: str, title: str, xlabel: str, color: str) -> str:
    """Horizontal bars, largest on top. `df`: label, n (already sorted and cut to the top k)."""
    labels, values = df["label"].to_list(), df["n"].to_list()
    fig, (ax,) = new_figure(WIDTH / 2 - 0.1, 0.6 + 0.24 * max(len(labels), 3))
    y = np.arange(len(labels))[::-1]
    ax.barh(y, values, color=color, height=0.7)
    ax.set_yticks(y, labels)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("dyad (ISO3)")
    ax.set_title(title)
    ax.grid(axis="y", visible=False)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    for yi, v in zip(y, values, strict=True):
        ax.annotate(f"{v:,}", (v, yi), xytext=(3, 0), textcoords="offset points", va="center", fontsize=7)
    ax.set_xlim(0, max(values) * 1.12 if values else 1)
    return to_svg(fig, chart_id, title)


@styled
def timeline_chart(df: pl.DataFrame, chart_id: str, title: str, step: str = "month") -> str:
    """One dyad over months, three panels sharing the time axis: meetings, statements by tone
    (stacked), issues raised. `df`: month, meetings, cooperative, neutral, critical, issues."""
    months = df["month"].to_list()
    fig, axes = new_figure(WIDTH, 5.0, nrows=3, sharex=True, height_ratios=[1, 1.4, 1])
    meet, talk, iss = axes
    _bars(meet, months, _values(df, "meetings"), color=COLORS["meetings"])
    meet.set_ylabel("meetings")
    meet.set_title(title)
    base = np.zeros(len(months))
    for tone in TONES:
        values = _values(df, tone)
        _bars(talk, months, values, base, COLORS[tone], tone)
        base = base + values
    talk.set_ylabel("statements")
    _legend_above(talk)
    _bars(iss, months, _values(df, "issues"), color=COLORS["issues"])
    iss.set_ylabel("issues raised")
    iss.set_xlabel(step)
    for ax, columns in zip(axes, (["meetings"], list(TONES), ["issues"]), strict=True):
        _integer_y(ax)
        if not df.select(columns).sum_horizontal().sum():
            ax.text(
                0.5, 0.5, f"none in these {step}s", transform=ax.transAxes, ha="center", va="center", color="#777777"
            )
    _month_axis(iss, months)
    return to_svg(fig, chart_id, title)


@styled
def heatmap_chart(df: pl.DataFrame, chart_id: str, title: str) -> str:
    """Dyads (rows) by issues (columns), cells the number of documents raising the issue.
    `df`: dyad, issue, n; rows and columns keep their order of first appearance."""
    dyads = list(dict.fromkeys(df["dyad"].to_list()))
    issues = list(dict.fromkeys(df["issue"].to_list()))
    grid = np.zeros((len(dyads), len(issues)))
    row, col = {d: i for i, d in enumerate(dyads)}, {s: j for j, s in enumerate(issues)}
    for d, s, n in df.select("dyad", "issue", "n").iter_rows():
        grid[row[d], col[s]] = n
    fig, (ax,) = new_figure(WIDTH, 1.9 + 0.26 * len(dyads))
    # pcolormesh, not imshow: cells stay vector shapes (imshow would embed a raster PNG in the SVG)
    image = ax.pcolormesh(
        np.arange(len(issues) + 1) - 0.5,
        np.arange(len(dyads) + 1) - 0.5,
        grid,
        cmap="Blues",
        vmin=0,
        edgecolors="white",
        linewidth=0.5,
    )
    ax.set_xlim(-0.5, len(issues) - 0.5)
    ax.set_ylim(len(dyads) - 0.5, -0.5)  # first dyad on top
    ax.grid(False)
    ax.set_xticks(range(len(issues)), [s.replace("_", " ") for s in issues], rotation=40, ha="right")
    ax.set_yticks(range(len(dyads)), dyads)
    ax.set_xlabel("issue")
    ax.set_ylabel("dyad (ISO3)")
    ax.set_title(title)
    top = grid.max() if grid.size else 0
    for i in range(len(dyads)):
        for j in range(len(issues)):
            if grid[i, j]:
                dark = grid[i, j] > top * 0.6
                ax.text(
                    j,
                    i,
                    f"{int(grid[i, j])}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if dark else "#222222",
                )
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.set_label("articles")
    bar.locator = MaxNLocator(integer=True, nbins=5)
    bar.update_ticks()
    return to_svg(fig, chart_id, title)


@styled
def network_chart(nodes: pl.DataFrame, edges: pl.DataFrame, chart_id: str, title: str) -> str:
    """Actors placed by a spring layout, edges as thick as the meetings two actors attended together,
    nodes as large as the meetings each attended, coloured by country.
    `nodes`: id, label, country, meetings; `edges`: source, target, weight."""
    ids = nodes["id"].to_list()
    index = {a: i for i, a in enumerate(ids)}
    pairs = [(index[s], index[t], w) for s, t, w in edges.select("source", "target", "weight").iter_rows()]
    pos = spring_layout(len(ids), pairs, seed=7)
    # The figure as tall as the layout needs (the legend takes a fifth of the width), within bounds
    spread = np.ptp(pos, axis=0) if len(pos) else np.ones(2)
    fig, (ax,) = new_figure(WIDTH, float(np.clip(0.8 * WIDTH * spread[1] / max(spread[0], 0.2) + 1.2, 3.0, 7.0)))
    top_w = max((w for *_, w in pairs), default=1)
    share = np.array([w / top_w for *_, w in pairs])
    # one collection for every edge: a few hundred separate lines would dominate the drawing time
    ax.add_collection(
        LineCollection(
            [(pos[i], pos[j]) for i, j, _ in pairs],
            colors=[(0.5, 0.5, 0.5, 0.25 + 0.5 * s) for s in share],
            linewidths=0.5 + 3.5 * share,
            zorder=1,
            capstyle="round",
        )
    )
    countries = nodes["country"].fill_null("unknown").to_list()
    palette = _country_palette(countries)
    sizes = np.asarray(nodes["meetings"].to_list(), dtype=float)
    sizes = 40 + 360 * sizes / max(sizes.max(), 1)
    ax.scatter(
        pos[:, 0], pos[:, 1], s=sizes, c=[palette[c] for c in countries], zorder=2, edgecolors="white", linewidths=0.8
    )
    # Labels legible over the lines: a white halo, and each set outward from the centre of the drawing
    # (left of a node on the left, right on the right), so neighbours' labels do not sit on each other.
    from matplotlib import patheffects

    centre = pos.mean(axis=0) if len(pos) else np.zeros(2)
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    for (x, y), label in zip(pos, nodes["label"].to_list(), strict=True):
        dx, dy = x - centre[0], y - centre[1]
        norm = float(np.hypot(dx, dy)) or 1.0
        ha = "left" if dx / norm > 0.35 else "right" if dx / norm < -0.35 else "center"
        ax.annotate(
            label,
            (x, y),
            xytext=(8 * dx / norm, 8 * dy / norm),
            textcoords="offset points",
            ha=ha,
            va="bottom" if dy >= 0 else "top",
            fontsize=8,
            zorder=3,
            path_effects=halo,
        )
    from matplotlib.lines import Line2D

    named = [(c, col) for c, col in palette.items() if col != OTHER]
    if len(named) < len(palette):
        named.append(("other", OTHER))
    handles = [Line2D([], [], marker="o", linestyle="", color=col, label=c) for c, col in named]
    ax.legend(handles=handles, title="country", loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7)
    ax.set_title(title)
    ax.set_xlabel("spring layout: actors who meet often are drawn together (axes have no units)")
    ax.set_ylabel("")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_aspect("equal", adjustable="datalim")
    ax.margins(0.08)
    return to_svg(fig, chart_id, title)


def _country_palette(countries: list[str]) -> dict[str, str]:
    """A colour per country, most frequent first; past nine, and an unknown country, grey ("other")."""
    from matplotlib import colormaps

    known = [c for c in countries if c != "unknown"]
    order = [c for c, _ in sorted(((c, known.count(c)) for c in set(known)), key=lambda t: (-t[1], t[0]))]
    cmap = colormaps["tab10"]
    colours = [_hex(cmap(i)) for i in range(10) if i != 7]  # tab10's own grey would read as "other"
    palette = {c: colours[i] for i, c in enumerate(order[: len(colours)])}
    palette.update({c: OTHER for c in [*order[len(colours) :], *(["unknown"] if "unknown" in countries else [])]})
    return palette


def _hex(rgba: tuple[float, float, float, float]) -> str:
    return "#" + "".join(f"{round(v * 255):02x}" for v in rgba[:3])
