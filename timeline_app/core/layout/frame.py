"""One view's geometry: lane boxes, stacked rows, clusters, density marks, the undated tray.

Computed for the visible window only. Items are counted per bin of an absolute time
grid (``cluster_width`` pixels wide at the current zoom) with binary searches on the
sorted starts, so a million events cost a few searches per bin, not a pass over all
of them. A bin holding more events than the lane has rows becomes a cluster ("12
events"); the others' events are stacked greedily into rows so labels never overlap,
and what still does not fit shows in the lane's density marks. The grid being fixed
in time, panning does not reshuffle clusters. Every drawn thing keeps its rectangle:
hit testing and tests read the same geometry the painter draws.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable

import numpy as np

from timeline_app.core.layout.columns import KINDS, Shape
from timeline_app.core.layout.geometry import (
    Chip,
    Cluster,
    Density,
    DrawnEvent,
    Frame,
    FrameMetrics,
    LaneBox,
)
from timeline_app.core.layout.layout import TimelineLayout
from timeline_app.core.layout.scale import TimeScale

TextWidth = Callable[[str], float]
_KIND_SAMPLE = 128
"""Kind proportions of a big cluster come from this many evenly spread events."""
_DAY_AS_BAR = 160.0
"""A point event whose period is wider than this many pixels is drawn as a bar."""
_DENSE_COLUMN = 3
"""Density marks show once some column of ``density_column`` pixels holds this many events."""
_TOP_KINDS = 4
"""A cluster shows its four commonest kinds; the rest share one neutral segment (-1)."""


def label_widths(layout: TimelineLayout, rows: np.ndarray, text_width: TextWidth, limit: float) -> np.ndarray:
    """Label widths of ``rows``, measured once per event and cached in the columns."""
    cols = layout.columns
    widths = cols.label_width[rows]
    missing = np.flatnonzero(np.isnan(widths))
    for i in missing.tolist():
        row = int(rows[i])
        event = cols.events[row]
        w = min(text_width(event.title), limit) if event is not None and event.title else 0.0
        cols.label_width[row] = w
        widths[i] = w
    return widths


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


def compute_frame(
    layout: TimelineLayout,
    scale: TimeScale,
    top: float,
    height: float,
    text_width: TextWidth,
    metrics: FrameMetrics | None = None,
    scroll: float = 0.0,
    tray_label: float = 0.0,
) -> Frame:
    """The geometry of the view ``scale`` over the band ``top``..``top + height``.

    ``tray_label`` is room (pixels) kept at the start of the undated tray for its title,
    when there is no lane-header column to hold it.
    """
    m = metrics or FrameMetrics()
    frame = Frame(scale, top, height)
    undated = layout.undated_rows
    if layout.filtered and len(undated):
        undated = undated[layout.visible[undated]]
    lanes_height = height - (m.tray_height if len(undated) else 0.0)
    heights = lane_heights(layout, lanes_height, m)
    tops = np.concatenate([[0.0], np.cumsum(heights)])
    frame.content_height = float(tops[-1])
    scroll = min(max(scroll, 0.0), max(frame.content_height - lanes_height, 0.0))
    frame.scroll = scroll
    for lane, info in enumerate(layout.lanes):
        y, lane_h = top + float(tops[lane]) - scroll, float(heights[lane])
        if y + lane_h <= top or y >= top + lanes_height:
            continue
        rows = max(1, int((lane_h - 2 * m.lane_padding - m.density_height) // m.row_height))
        box = LaneBox(lane, info.title, layout.lane_count(lane), y, lane_h, rows)
        frame.lanes.append(box)
        _lay_lane(frame, layout, box, text_width, m)
    if len(undated):
        _lay_tray(frame, layout, undated, top + lanes_height, text_width, m, tray_label)
    first, last = scale.start, scale.end
    pubs = layout.publication_days
    lo, hi = np.searchsorted(pubs, [first, last])
    frame.publications = [(scale.x_of(pubs[i]), layout.publication_articles[i]) for i in range(lo, hi)]
    return frame


def _lay_lane(
    frame: Frame, layout: TimelineLayout, box: LaneBox, text_width: TextWidth, m: FrameMetrics
) -> None:
    scale = frame.scale
    cols = layout.columns
    dpp = scale.days_per_px
    view_first, view_last = scale.start, scale.end
    margin = (m.label_max_width + 2 * m.marker_radius + m.label_gap) * dpp
    a, b = layout.lane_slice(box.lane, view_first - margin, view_last)
    starts = layout.item_start[a:b]
    rows = layout.item_row[a:b]
    if layout.filtered:
        keep = layout.visible[rows]
        starts, rows = starts[keep], rows[keep]
    # Items starting left of the margin show only if their span reaches into the view.
    cut = int(np.searchsorted(starts, view_first - margin))
    head = np.flatnonzero(cols.end[rows[:cut]] > view_first)
    starts, body_rows = starts[cut:], rows[cut:]
    capacity = box.rows
    bin_days = m.cluster_width * dpp
    first_bin = math.floor((view_first - margin) / bin_days)
    last_bin = math.floor(view_last / bin_days) + 1
    edges = np.arange(first_bin, last_bin + 1, dtype=np.float64) * bin_days
    bounds = np.searchsorted(starts, edges)
    bounds[0], bounds[-1] = 0, len(starts)
    counts = np.diff(bounds)
    # A bin up to twice the rows still tries its events one by one (what finds no row
    # becomes a "+N"); only busier bins are summed up as a cluster straight away.
    limit = 2 * capacity
    dense = np.flatnonzero(counts > limit)
    sparse = np.flatnonzero((counts > 0) & (counts <= limit))
    parts = [rows[:cut][head]] + [body_rows[bounds[i] : bounds[i + 1]] for i in sparse.tolist()]
    candidates = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
    row_y0 = box.y + m.lane_padding
    badge_h = m.row_height - 4
    badges: list[float] = []
    if len(dense):
        for cluster in _clusters(layout, box, scale, dense, edges, bounds, body_rows, row_y0, badge_h, m):
            frame.clusters.append(cluster)
            badges.append(cluster.x)
    overflow, used = _stack(frame, layout, box, candidates, badges, text_width, m)
    if overflow or len(dense):
        ncol = math.ceil(scale.width / m.density_column)
        col_edges = scale.start + np.arange(ncol + 1) * (m.density_column * dpp)
        col_counts = np.diff(np.searchsorted(starts, col_edges))
        # Marks only where events are packed closer than pixels can show (or are hidden):
        # a few scattered events would read as noise.
        clustered = int(counts[dense].sum())
        if overflow or (clustered > 4 * capacity and col_counts.max(initial=0) >= _DENSE_COLUMN):
            bottom = box.y + box.height - m.lane_padding
            free = bottom - (row_y0 + used * m.row_height + 4)
            dh = min(max(m.density_height, free), max(3 * m.density_height, 0.4 * box.height))
            frame.densities.append(Density(box.lane, scale.x0, bottom - dh, dh, m.density_column, col_counts))


def _clusters(
    layout: TimelineLayout,
    box: LaneBox,
    scale: TimeScale,
    dense: np.ndarray,
    edges: np.ndarray,
    bounds: np.ndarray,
    rows: np.ndarray,
    y: float,
    height: float,
    m: FrameMetrics,
) -> list[Cluster]:
    """A badge per dense bin; kind shares from an even sample of each bin, all bins at once."""
    lo, hi = bounds[dense], bounds[dense + 1]
    counts = hi - lo
    picks = lo[:, None] + (np.arange(_KIND_SAMPLE)[None, :] * counts[:, None]) // _KIND_SAMPLE
    kinds = layout.columns.kind[rows[picks]].astype(np.int64)
    n_kinds = len(KINDS)
    table = np.bincount(
        (np.arange(len(dense))[:, None] * n_kinds + kinds).ravel(), minlength=len(dense) * n_kinds
    )
    table = table.reshape(len(dense), n_kinds)
    order = np.argsort(-table, axis=1, kind="stable")[:, :_TOP_KINDS]
    shares = np.take_along_axis(table, order, axis=1) / _KIND_SAMPLE
    xs = scale.xs_of(edges[dense]).tolist()
    out = []
    for j, (x, n) in enumerate(zip(xs, counts.tolist(), strict=True)):
        top = [(k, sh) for k, sh in zip(order[j].tolist(), shares[j].tolist(), strict=True) if sh > 0]
        rest = 1.0 - sum(sh for _, sh in top)
        if rest > 1e-9:
            top.append((-1, rest))
        i = int(dense[j])
        out.append(
            Cluster(
                box.lane,
                x + 2,
                y + 2,
                m.cluster_width - 4,
                height,
                n,
                top,
                float(edges[i]),
                float(edges[i + 1]),
            )
        )
    return out


def _stack(
    frame: Frame,
    layout: TimelineLayout,
    box: LaneBox,
    rows: np.ndarray,
    badges: list[float],
    text_width: TextWidth,
    m: FrameMetrics,
) -> tuple[int, int]:
    """First-fit of ``rows`` into the lane's rows; returns (how many did not fit, rows used)."""
    if not len(rows):
        return 0, 1 if badges else 0
    scale = frame.scale
    cols = layout.columns
    px0, px1 = scale.xs_of(cols.start[rows]), scale.xs_of(cols.end[rows])
    spans = px1 - px0
    wide_rows = np.flatnonzero(spans > scale.width / 2)
    early: list[tuple[int, float, float]] = []
    if len(wide_rows) > 2 * box.rows:
        # Zoomed to a week, a million events hold thousands of years and months spanning
        # the view: only the shortest few can be drawn, the rest go straight to a "+N".
        by_span = wide_rows[np.argsort(spans[wide_rows], kind="stable")]
        drop = np.sort(by_span[2 * box.rows :])
        early = list(zip(rows[drop].tolist(), px0[drop].tolist(), px1[drop].tolist(), strict=True))
        keep = np.ones(len(rows), dtype=bool)
        keep[drop] = False
        rows, px0, px1 = rows[keep], px0[keep], px1[keep]
    widths = label_widths(layout, rows, text_width, m.label_max_width).tolist()
    xs0, xs1 = px0.tolist(), px1.tolist()
    shapes = cols.shape[rows].tolist()
    r, gap, lgap = m.marker_radius, m.item_gap, m.label_gap
    plot_left, plot_right = scale.x0, scale.x0 + scale.width
    badge_w = m.cluster_width - 4
    blocks = [(x, x + badge_w) for x in badges]
    # Each row keeps its placed footprints sorted by left edge; row 0 starts with the badges.
    placed_left: list[list[float]] = [[b[0] for b in blocks]] + [[] for _ in range(box.rows - 1)]
    placed_right: list[list[float]] = [[b[1] for b in blocks]] + [[] for _ in range(box.rows - 1)]
    wide_limit = scale.width / 2
    items = []
    for row, x0, x1, shape, lw in zip(rows.tolist(), xs0, xs1, shapes, widths, strict=True):
        if shape == Shape.POINT and x1 - x0 > _DAY_AS_BAR:
            shape = Shape.RANGE  # zoomed in to hours: a day is drawn as the day it is
        if shape == Shape.POINT:
            x0 = x1 = (x0 + x1) / 2  # the dot sits in its day, not on the midnight before it
            left, label_x = x0 - r, x0 + r + lgap
            right = label_x + lw
            inside = False
        else:
            if x1 - x0 < 2 * r:
                mid = (x0 + x1) / 2
                x0, x1 = mid - r, mid + r
            left = x0
            inner = max(x0, plot_left) + 6
            inside = x1 - inner >= lw + 6
            label_x = inner if inside else x1 + lgap
            right = max(x1, label_x + lw)
        if right < plot_left or left > plot_right:
            continue  # in the margin searched for labels reaching into view, but this one does not
        items.append((row, shape, x0, x1, label_x, lw, inside, left, right))
    # Short items first, in time order; spans wider than half the view (a year seen at the
    # scale of days) take what room is left, so they never push the day's events out.
    # Among the wide ones the shortest (the finest dates) go first.
    order = [i for i, it in enumerate(items) if it[8] - it[7] <= wide_limit]
    wide = [i for i, it in enumerate(items) if it[8] - it[7] > wide_limit]
    order += sorted(wide, key=lambda i: items[i][8] - items[i][7])
    used = 1 if badges else 0
    left_over = early
    for i in order:
        row, shape, x0, x1, label_x, lw, inside, left, right = items[i]
        placed = _first_free(placed_left, placed_right, left, right, gap)
        if placed < 0:
            left_over.append((row, left, right))
            continue
        used = max(used, placed + 1)
        y = box.y + m.lane_padding + placed * m.row_height
        frame.events.append(
            DrawnEvent(row, box.lane, shape, x0, x1, y, m.row_height, label_x, lw, inside, left, right)
        )
    if not left_over:
        return 0, used
    hidden, used_more = _more_badges(frame, layout, box, left_over, placed_left, placed_right, text_width, m)
    return hidden, max(used, used_more)


def _first_free(lefts_by_row: list[list[float]], rights_by_row: list[list[float]], left: float, right: float,
                gap: float) -> int:  # fmt: skip
    """The first row where ``left``..``right`` fits (and is then recorded), or -1."""
    for k, (lefts, rights) in enumerate(zip(lefts_by_row, rights_by_row, strict=True)):
        at = bisect.bisect_left(lefts, left)
        if at > 0 and rights[at - 1] + gap > left:
            continue
        if at < len(lefts) and lefts[at] < right + gap:
            continue
        # The footprint before ``at - 1`` may be long (a span): check the running extent.
        if at > 1 and max(rights[:at]) + gap > left:
            continue
        lefts.insert(at, left)
        rights.insert(at, right)
        return k
    return -1


def _more_badges(
    frame: Frame,
    layout: TimelineLayout,
    box: LaneBox,
    left_over: list[tuple[int, float, float]],
    placed_left: list[list[float]],
    placed_right: list[list[float]],
    text_width: TextWidth,
    m: FrameMetrics,
) -> tuple[int, int]:
    """Events that found no row become small "+N" badges where room is left, near where
    they start, so nothing in view disappears without a mark. Returns (still hidden, rows used)."""
    cols = layout.columns
    left_over.sort(key=lambda item: item[1])
    groups: list[list[tuple[int, float, float]]] = []
    for item in left_over:
        if groups and item[1] - groups[-1][0][1] < m.cluster_width:
            groups[-1].append(item)
        else:
            groups.append([item])
    hidden, used = 0, 0
    plot_left = frame.scale.x0
    bottom_right = -math.inf
    r = m.marker_radius
    for group in groups:
        if len(group) == 1:
            # One event: its mark alone (the label is in the tooltip) says more than "+1".
            row = group[0][0]
            x0, x1 = frame.scale.x_of(float(cols.start[row])), frame.scale.x_of(float(cols.end[row]))
            shape = int(cols.shape[row])
            if shape == Shape.POINT or x1 - x0 < 2 * r:
                x0 = x1 = (x0 + x1) / 2
                left, right = x0 - r, x0 + r
            else:
                left, right = x0, x1
            if right < plot_left or left > plot_left + frame.scale.width:
                continue  # only its label reached into view
            k = _first_free(placed_left, placed_right, left, right, 2.0)
            if k >= 0:
                used = max(used, k + 1)
                y = box.y + m.lane_padding + k * m.row_height
                shape = Shape.POINT if x0 == x1 else Shape.SPAN if shape == Shape.SPAN else Shape.RANGE
                frame.events.append(
                    DrawnEvent(row, box.lane, shape, x0, x1, y, m.row_height, right, 0.0, False, left, right)
                )
                continue
        x = max(group[0][1], plot_left)
        w = text_width(f"+{len(group)}") + 16
        k = _first_free(placed_left, placed_right, x, x + w, m.item_gap / 2)
        if k >= 0:
            used = max(used, k + 1)
            y, h = box.y + m.lane_padding + k * m.row_height + 2, m.row_height - 4
        else:  # every row is taken there: the badge sits on the lane's bottom edge instead
            if len(group) < 2 or bottom_right + 4 > x:  # a lone "+1" there would be noise
                hidden += len(group)
                continue
            h = m.density_height + 6
            y = box.y + box.height - m.lane_padding - h + 3
            bottom_right = x + w
        rows = np.array([g[0] for g in group], dtype=np.int64)
        kinds = np.bincount(cols.kind[rows], minlength=len(KINDS))
        order = np.argsort(-kinds, kind="stable")[:_TOP_KINDS]
        top = [(int(i), float(kinds[i]) / len(group)) for i in order.tolist() if kinds[i]]
        rest = 1.0 - sum(sh for _, sh in top)
        if rest > 1e-9:
            top.append((-1, rest))
        first, last = float(cols.start[rows].min()), float(cols.end[rows].max())
        frame.clusters.append(Cluster(box.lane, x, y, w, h, len(group), top, first, last, more=True))
    return hidden, used


def _lay_tray(
    frame: Frame,
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
