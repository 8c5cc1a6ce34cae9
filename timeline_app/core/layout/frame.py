"""One view's geometry: lane boxes, events in their rows, clusters, density marks, the tray.

Computed for the visible window only. Each lane's rows come from its stacking at the
current zoom (:mod:`.stacking`), which is kept while the view pans, so an event keeps
its row; this module places the lanes, turns the stacking's pixels into the view's,
gathers what found no row into a few "+N" marks on the lane's bottom edge, and adds
density marks where events are packed closer than pixels can show. Every drawn thing
keeps its rectangle: hit testing and tests read the same geometry the painter draws.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from timeline_app.core.layout.clusters import Badge, Leftovers, bins_kinds
from timeline_app.core.layout.geometry import (
    Chip,
    Cluster,
    Density,
    DrawnEvent,
    FrameMetrics,
    LaneBox,
    ViewFrame,
)
from timeline_app.core.layout.layout import TimelineLayout
from timeline_app.core.layout.rowspace import label_widths
from timeline_app.core.layout.scale import TimeScale

TextWidth = Callable[[str], float]
_DENSE_COLUMN = 3
"""Density marks show once some column of ``density_column`` pixels holds this many events."""
_MORE_GROUP = 2.0
"""Events that found no row within this many cluster widths share one "+N"."""

__all__ = ["compute_frame", "label_widths", "lane_heights", "lanes_extent"]


def lane_heights(layout: TimelineLayout, available: float, m: FrameMetrics) -> np.ndarray:
    """Each lane's height: at least ``min_lane_rows`` rows; spare room goes to lanes by the
    square root of their event counts (a busy lane gets more rows, a quiet one is not
    squeezed out), never more rows than a lane has events. Counts, not what is in view,
    decide, so lanes do not jump while panning."""
    n = len(layout.lanes)
    if not n:
        return np.zeros(0)
    fixed = 2 * m.lane_padding + m.density_height
    least = fixed + m.min_lane_rows * m.row_height
    heights = np.full(n, least)
    spare = available - least * n
    if spare <= 0:
        return heights
    counts = np.diff(layout.lane_offsets).astype(np.float64)
    cap = fixed + np.maximum(counts, m.min_lane_rows) * m.row_height
    for _ in range(3):  # what capped lanes cannot use goes to the others
        room = cap - heights
        open_ = room > 1e-9
        if spare <= 1e-9 or not open_.any():
            break
        weights = np.sqrt(np.maximum(counts, 1.0)) * open_
        share = np.minimum(spare * weights / weights.sum(), room)
        heights = heights + share
        spare -= float(share.sum())
    return heights


def _undated(layout: TimelineLayout) -> np.ndarray:
    undated = layout.undated_rows
    if layout.filtered and len(undated):
        undated = undated[layout.visible[undated]]
    return undated


def lanes_extent(
    layout: TimelineLayout, height: float, metrics: FrameMetrics | None = None
) -> tuple[float, float]:
    """(height of all lanes, height they are shown in) in a body ``height`` tall: what a
    scroll bar needs, without laying out a frame."""
    m = metrics or FrameMetrics()
    shown = height - (m.tray_height if len(_undated(layout)) else 0.0)
    return float(lane_heights(layout, shown, m).sum()), shown


def compute_frame(
    layout: TimelineLayout,
    scale: TimeScale,
    top: float,
    height: float,
    text_width: TextWidth,
    metrics: FrameMetrics | None = None,
    scroll: float = 0.0,
    tray_label: float = 0.0,
    lane_rows: Sequence[int] | None = None,
) -> ViewFrame:
    """The geometry of the view ``scale`` over the band ``top``..``top + height``.

    ``tray_label`` is room (pixels) kept at the start of the undated tray for its title,
    when there is no lane-header column to hold it. ``lane_rows``: each lane gets that many
    rows instead of a share of ``height`` (a printed page sized to its lanes).
    """
    m = metrics or FrameMetrics()
    frame = ViewFrame(scale, top, height)
    kinds = _Kinds()
    measure = _memo(text_width)  # "+N" texts recur from lane to lane
    undated = _undated(layout)
    lanes_height = height - (m.tray_height if len(undated) else 0.0)
    if lane_rows is None:
        heights = lane_heights(layout, lanes_height, m)
    else:
        fixed = 2 * m.lane_padding + m.density_height
        heights = fixed + np.asarray(lane_rows, dtype=np.float64) * m.row_height
    tops = np.concatenate([[0.0], np.cumsum(heights)])
    frame.content_height = float(tops[-1])
    scroll = min(max(scroll, 0.0), max(frame.content_height - lanes_height, 0.0))
    frame.scroll = scroll
    for lane, info in enumerate(layout.lanes):
        y, lane_h = top + float(tops[lane]) - scroll, float(heights[lane])
        if y + lane_h <= top or y >= top + lanes_height:
            continue
        rows = max(1, int((lane_h - 2 * m.lane_padding - m.density_height) // m.row_height))
        frame.lanes.append(LaneBox(lane, info.title, layout.lane_count(lane), y, lane_h, rows))
    first, last = _stacked_span(scale, m)
    layout.stacks.prepare(
        layout, [(box.lane, box.rows) for box in frame.lanes], scale, text_width, m, first, last
    )
    for box in frame.lanes:
        _lay_lane(frame, layout, box, text_width, m, kinds, measure)
    kinds.fill(layout)
    if len(undated):
        _lay_tray(frame, layout, undated, top + lanes_height, text_width, m, tray_label)
    first, last = scale.start, scale.end
    pubs = layout.publication_days
    lo, hi = np.searchsorted(pubs, [first, last])
    frame.publications = [(scale.x_of(pubs[i]), layout.publication_articles[i]) for i in range(lo, hi)]
    return frame


def _stacked_span(scale: TimeScale, m: FrameMetrics) -> tuple[float, float]:
    """The days whose events a view's stacking must hold: those in view, and before them
    those whose label may reach into it."""
    margin = (m.label_max_width + 2 * m.marker_radius + m.label_gap) * scale.days_per_px
    return scale.start - margin, scale.end


def _memo(text_width: TextWidth) -> TextWidth:
    widths: dict[str, float] = {}

    def measure(text: str) -> float:
        if text not in widths:
            widths[text] = text_width(text)
        return widths[text]

    return measure


class _Kinds:
    """The clusters of a frame whose kinds are still to be worked out, all lanes' in one
    :func:`bins_kinds` pass at the end (a pass per lane cost more in numpy calls than in
    sampling). A badge keeps its kinds for the next frames at its zoom."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self.rows: list[np.ndarray] = []
        self.badges: list[Badge | None] = []

    def add(self, cluster: Cluster, rows: np.ndarray, badge: Badge | None = None) -> None:
        self.clusters.append(cluster)
        self.rows.append(rows)
        self.badges.append(badge)

    def fill(self, layout: TimelineLayout) -> None:
        for cluster, badge, kinds in zip(
            self.clusters, self.badges, bins_kinds(layout, self.rows), strict=True
        ):
            cluster.kinds = kinds
            if badge is not None:
                badge.kinds = kinds


def _lay_lane(
    frame: ViewFrame,
    layout: TimelineLayout,
    box: LaneBox,
    text_width: TextWidth,
    m: FrameMetrics,
    kinds: _Kinds,
    measure: TextWidth,
) -> None:
    scale = frame.scale
    dpp = scale.days_per_px
    first, last = _stacked_span(scale, m)
    stack = layout.stacks.stack(layout, box.lane, box.rows, scale, text_width, m, first, last)
    shift = scale.x0 - stack.px(scale.start)  # view x = stacking x + shift
    plot_left, plot_right = scale.x0, scale.x0 + scale.width
    placed, badges, leftovers = stack.visible(plot_left - shift, plot_right - shift)
    row_y0, rh = box.y + m.lane_padding, m.row_height
    r, lgap = m.marker_radius, m.label_gap
    used = 0
    for p in placed:
        x0, x1 = p.x0 + shift, p.x1 + shift
        if x1 + r < plot_left:
            continue  # its mark has left the view: a label cut at the edge reads as a glitch
        if p.inside:  # slid along the span to stay in sight
            label_x = min(max(x0, plot_left) + 6, x1 - 6 - p.label_width)
        else:
            label_x = x0 + r + lgap if p.x0 == p.x1 else x1 + lgap
        y = row_y0 + p.k * rh
        frame.events.append(
            DrawnEvent(p.row, box.lane, p.shape, x0, x1, y, rh, label_x, p.label_width, p.inside,
                       p.left + shift, p.right + shift)
        )  # fmt: skip
        used = max(used, p.k + 1)
    cw = m.cluster_width
    clustered = 0
    lane, edge, w, h, add = box.lane, plot_left + 16, cw - 4, rh - 4, frame.clusters.append
    for b in badges:  # hundreds in a view of years: written for speed
        x = b.x
        if x + shift + cw - 2 < edge:
            continue  # a sliver of a badge at the edge says nothing
        k, n = b.k, len(b.rows)
        cluster = Cluster(lane, x + shift + 2, row_y0 + k * rh + 2, w, h, n, b.kinds or [], b.first, b.last)
        add(cluster)
        if b.kinds is None:  # worked out at the end of the frame, for all lanes at once
            kinds.add(cluster, b.rows, b)
        if k >= used:
            used = k + 1
        clustered += n
    if len(leftovers):
        _more_marks(frame, layout, box, leftovers, shift, measure, m, kinds)
    hidden = len(leftovers)
    keyed = layout.background is not None  # Key Events mode: every other event is in the band
    if hidden <= 4 * box.rows and clustered <= 4 * box.rows and not keyed:
        return  # a few "+N" or small clusters: their marks say it all
    # Marks only where events are packed closer than pixels can show (or are hidden):
    # a few scattered events would read as noise.
    ncol = math.ceil(scale.width / m.density_column)
    col_edges = scale.start + np.arange(ncol + 1) * (m.density_column * dpp)
    lo, hi = int(layout.lane_offsets[box.lane]), int(layout.lane_offsets[box.lane + 1])
    starts = layout.item_start[lo:hi]
    a, b = (lo + np.searchsorted(starts, col_edges[[0, -1]])).tolist()
    starts = layout.item_start[a:b]
    if layout.background is not None:
        starts = starts[layout.background[layout.item_row[a:b]]]
    elif layout.filtered:
        starts = starts[layout.visible[layout.item_row[a:b]]]
    col_counts = np.diff(np.searchsorted(starts, col_edges))
    if hidden > 4 * box.rows or col_counts.max(initial=0) >= _DENSE_COLUMN or (keyed and col_counts.any()):
        bottom = box.y + box.height - m.lane_padding
        free = bottom - (row_y0 + used * rh + 4)
        dh = min(max(m.density_height, free), max(3 * m.density_height, 0.4 * box.height))
        frame.densities.append(Density(box.lane, scale.x0, bottom - dh, dh, m.density_column, col_counts))


def _more_marks(
    frame: ViewFrame,
    layout: TimelineLayout,
    box: LaneBox,
    leftovers: Leftovers,
    shift: float,
    measure: TextWidth,
    m: FrameMetrics,
    kinds: _Kinds,
) -> None:
    """Events that found no row, gathered into a few "+N" marks on the lane's bottom edge,
    one per stretch of ``_MORE_GROUP`` cluster widths of the stacking's grid (so they stay
    put while panning), each where its first event starts: nothing in view disappears
    without a mark, and the rows keep only events and clusters."""
    view_left = frame.scale.x0 - shift
    x = np.maximum(leftovers.x, view_left)
    group_of = np.floor(x / (_MORE_GROUP * m.cluster_width))
    order = np.argsort(group_of, kind="stable")
    groups = np.concatenate([[0], np.flatnonzero(np.diff(group_of[order])) + 1])
    # Under the rows, never over them: in what the lane keeps for its density marks.
    rows_bottom = box.y + m.lane_padding + box.rows * m.row_height
    h = max(min(m.density_height + 6, box.y + box.height - rows_bottom - 2), 8.0)
    y = rows_bottom + 1
    starts: list[int] = []  # where each mark's events start in ``order``
    places: list[float] = []
    right = -math.inf
    widest = measure("+999") + 16  # how far a mark may reach
    for start, at in zip(
        groups.tolist(), (np.minimum.reduceat(x[order], groups) + shift).tolist(), strict=True
    ):
        if places and at < right + 6:  # would touch the one before: counted in it
            continue
        starts.append(start)
        places.append(at)
        right = at + widest
    rows = leftovers.rows[order]
    cols = layout.columns
    firsts = np.minimum.reduceat(cols.start[rows], starts).tolist()
    lasts = np.maximum.reduceat(cols.end[rows], starts).tolist()
    for at, a, b, first, last in zip(places, starts, [*starts[1:], len(rows)], firsts, lasts, strict=True):
        w = measure(f"+{b - a}") + 16
        cluster = Cluster(box.lane, at, y, w, h, b - a, [], first, last, more=True)
        frame.clusters.append(cluster)
        kinds.add(cluster, rows[a:b])


def _lay_tray(
    frame: ViewFrame,
    layout: TimelineLayout,
    rows: np.ndarray,
    y: float,
    text_width: TextWidth,
    m: FrameMetrics,
    label: float,
) -> None:
    scale = frame.scale
    frame.tray = (y, m.tray_height)
    frame.undated_total = len(rows)
    widths = label_widths(layout, rows[:200], text_width, m.chip_max_width).tolist()
    x = scale.x0 + 4 + label
    limit = scale.x0 + scale.width - 90  # room for "+N more"
    chip_h = m.tray_height - 12
    shown = 0
    for row, lw in zip(rows[:200].tolist(), widths, strict=True):
        w = lw + 26
        if x + w > limit:
            break
        frame.chips.append(Chip(row, x, y + 6, w, chip_h))
        x += w + 6
        shown += 1
    frame.undated_more = len(rows) - shown
