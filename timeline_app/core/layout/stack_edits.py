"""Following edits in kept stackings: an edited event leaves its row and takes the first
free one where it now is, and every other event stays where it was.

Restacking a lane after each edit would move many events (first fit in time order lets
one change ripple through the rows), which is what the user notices most after dragging
an event to a new date. A removed event only frees its room; an event added to a bin
shown as a cluster joins the cluster.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.layout.clusters import Leftovers
from timeline_app.core.layout.columns import Shape

if TYPE_CHECKING:
    from timeline_app.core.layout.layout import TimelineLayout
    from timeline_app.core.layout.stacking import LaneStack


def lanes_of(layout: TimelineLayout, rows: set[int]) -> dict[int, set[int]]:
    """The lanes each of ``rows`` is now drawn in (none once removed, filtered out or undated)."""
    cols = layout.columns
    out: dict[int, set[int]] = {}
    for row in rows:
        event = cols.events[row] if row < len(cols.events) else None
        if event is None or not layout.visible[row] or cols.shape[row] == Shape.UNDATED:
            out[row] = set()
        else:
            out[row] = {layout.lane_index[k] for k in layout.lane_keys.keys(event) if k in layout.lane_index}
    return out


def follow_edits(stack: LaneStack, lanes: dict[int, set[int]]) -> None:
    """Bring ``stack`` up to date with the events of ``lanes`` (edited, added or removed;
    see :func:`lanes_of`)."""
    for row in lanes:
        _forget(stack, row)
    for row in sorted(lanes):
        if stack.lane in lanes[row]:
            _place(stack, row)


def _forget(stack: LaneStack, row: int) -> None:
    space, cw = stack.space, stack.m.cluster_width
    for p in [p for p in stack.long if p.row == row]:
        space.release(p.k, p.left, p.right)
        stack.long.remove(p)
    stack.long_leftovers = [part.where(part.rows != row) for part in stack.long_leftovers]
    for chunk in stack.chunks.values():
        for p in [p for p in chunk.placed if p.row == row]:
            space.release(p.k, p.left, p.right)
            chunk.placed.remove(p)
        for b in list(chunk.badges):
            if (b.rows == row).any():
                b.rows, b.kinds = b.rows[b.rows != row], None
                if not len(b.rows):
                    space.release(b.k, b.x + 2, b.x + cw - 2)
                    chunk.badges.remove(b)
        if len(chunk.leftovers) and (chunk.leftovers.rows == row).any():
            chunk.leftovers = chunk.leftovers.where(chunk.leftovers.rows != row)


def _place(stack: LaneStack, row: int) -> None:
    cols = stack.layout.columns
    start, end = float(cols.start[row]), float(cols.end[row])
    if stack.lo is None or math.isnan(start):
        return
    bin_ = math.floor(start / stack.bin_days)
    c = bin_ // stack.bins_per_chunk
    lo_start = (stack.lo * stack.bins_per_chunk) * stack.bin_days
    if c > stack.hi or (c < stack.lo and end <= lo_start):
        return  # stacked when the view first reaches it
    chunk = stack.chunks[max(c, stack.lo)]
    badge = next((b for b in chunk.badges if b.bin == bin_), None) if c >= stack.lo else None
    if badge is not None:
        badge.rows, badge.kinds = np.append(badge.rows, row), None
        return
    p = stack.marks(np.array([row]), stack.px(cols.start[[row]]), stack.px(cols.end[[row]]))[0]
    k = stack.space.first_free(p.left, p.right, stack.m.item_gap)
    if k < 0:
        r = stack.m.marker_radius
        left, right = (p.x0 - r, p.x1 + r) if p.shape == Shape.POINT else (p.x0, p.x1)
        lost = Leftovers.of([(row, p.x0, left, right)])
        if right - left > stack.chunk_px:
            stack.long_leftovers.append(lost)
        else:
            chunk.leftovers = Leftovers.concat([chunk.leftovers, lost])
        return
    p.k = k
    (stack.long if p.right - p.left > stack.chunk_px else chunk.placed).append(p)
