"""The chunks a view reaches, planned and marked together before a lane's stacking
places them one after the other (:mod:`.stacking`).

A new zoom stacks a few chunks in every lane in view. Finding each chunk's bins and
marking its events took a dozen numpy calls a chunk, more than the marking itself; here
a lane's chunks are found with one search (:func:`plan`), and every lane's events are
marked in one pass (:func:`stack_together`), the lanes sharing one set of marks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.layout.footprints import NO_FOOTPRINTS, Footprints, footprints

if TYPE_CHECKING:
    from timeline_app.core.layout.stacking import LaneStack

NO_MARKS = np.zeros(0, dtype=np.int64)


@dataclass(slots=True)
class Grid:
    """The bin edges of chunks ``c0``..``c1`` at one zoom level, in days (``edges``, ``days``)
    and in the level's pixels: the same for every lane of the level, worked out once."""

    edges: np.ndarray
    days: list[float]
    px: list[float]


def grid(stack: LaneStack, c0: int, c1: int) -> Grid:
    per = stack.bins_per_chunk
    edges = (c0 * per + np.arange((c1 - c0 + 1) * per + 1, dtype=np.float64)) * stack.bin_days
    return Grid(edges, edges.tolist(), stack.px(edges).tolist())


@dataclass(slots=True)
class Plan:
    """A lane's chunks ``c0``..``c1`` before marking: bin ``j``'s rows are
    ``rows[cuts[j]:cuts[j + 1]]``, ``dense`` bins are clusters from the start, ``marked``
    are the head's events (``heads`` of them) then the other bins'."""

    c0: int
    c1: int
    rows: np.ndarray
    cuts: np.ndarray
    lens: np.ndarray
    dense: np.ndarray
    grid: Grid
    heads: int
    marked: np.ndarray


@dataclass(slots=True)
class Batch:
    """Chunks stacked together: the rows of bin ``j`` are ``rows[cuts[j]:cuts[j + 1]]``;
    ``dense`` bins are clusters from the start; bin edges in days and in the stacking's
    pixels; the marks of the head (``heads`` from ``base``) and of the other bins' events
    (bin ``j``'s at ``at[j]``..``at[j + 1]``); ``wide[q]``: how many marks before ``q``
    span more than half the view; ``long_mark[q]``: mark ``q`` is wider than a chunk."""

    rows: np.ndarray
    cuts: list[int]
    dense: list[bool]
    edges: list[float]
    px: list[float]
    fp: Footprints
    at: list[int]
    base: int
    heads: int
    wide: list[int]
    long_mark: list[bool]


@dataclass(slots=True)
class Lost:
    """What of a chunk found no row: marks of the batch that ``missed`` a row or were
    ``dropped`` untried (too many spans wider than half the view), and the events of
    ``badges`` that found no row (as leftover tuples)."""

    missed: list[int] = field(default_factory=list)
    dropped: np.ndarray = field(default_factory=lambda: NO_MARKS)
    badges: list[tuple[int, float, float, float]] = field(default_factory=list)


def plan(stack: LaneStack, c0: int, c1: int, head_until: float | None, bins: Grid | None = None) -> Plan:
    """Chunks ``c0``..``c1``'s bins and the events to mark, from one search (a new zoom
    stacks a few chunks a lane, and per-chunk numpy calls were most of their cost).
    With ``head_until``, the first chunk also stacks the events that start before it
    and end after its start, up to ``head_until``."""
    layout = stack.layout
    lo, hi = int(layout.lane_offsets[stack.lane]), int(layout.lane_offsets[stack.lane + 1])
    bins = bins or grid(stack, c0, c1)
    edges = bins.edges
    bounds = lo + np.searchsorted(layout.item_start[lo:hi], edges)
    rows, cuts = _bin_rows(stack, bounds)
    lens = cuts[1:] - cuts[:-1]
    dense = lens > 2 * stack.rows
    head = np.zeros(0, dtype=np.int32)
    if head_until is not None and bounds[0] > lo:  # (none start before the lane's first event)
        a, _ = layout.lane_slice(stack.lane, edges[0], edges[0])
        before = _lane_rows(stack, a, int(bounds[0]))
        ends = layout.columns.end[before]
        head = before[(ends > edges[0]) & (ends <= head_until)]
    marked = np.concatenate([head, rows[np.repeat(~dense, lens)]])
    return Plan(c0, c1, rows, cuts, lens, dense, bins, len(head), marked)


def _lane_rows(stack: LaneStack, a: int, b: int) -> np.ndarray:
    rows = stack.layout.item_row[a:b]
    if stack.layout.filtered and len(rows):
        rows = rows[stack.layout.visible[rows]]
    return rows


def _bin_rows(stack: LaneStack, bounds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows between ``bounds`` (item indices) and where each bin starts among them,
    from one slice and one mask."""
    layout = stack.layout
    a, b = int(bounds[0]), int(bounds[-1])
    rows = layout.item_row[a:b]
    cuts = bounds - a
    if layout.filtered and len(rows):
        keep = layout.visible[rows]
        cuts = np.concatenate([[0], np.cumsum(keep)])[cuts]
        rows = rows[keep]
    return rows, cuts


def stack_together(work: list[tuple[LaneStack, Plan]]) -> None:
    """Stack each plan in its lane's stacking, all their events marked in one pass. The
    stackings must share a zoom level (origin, zoom, metrics, text widths): a new zoom
    stacks every lane in view at once, and a numpy pass per lane cost more than the marks."""
    stack = work[0][0]
    parts = [p.marked for _, p in work]
    marked = np.concatenate(parts) if len(parts) > 1 else parts[0]
    if len(marked):
        cols = stack.layout.columns
        px0, px1 = stack.px(cols.start[marked]), stack.px(cols.end[marked])
        fp = footprints(stack.layout, marked, px0, px1, stack.text_width, stack.m)
        wide = np.concatenate([[0], np.cumsum(px1 - px0 > stack.wide_px)]).tolist()
        long_mark = (fp.mark_right - fp.mark_left > stack.chunk_px).tolist()
    else:  # every bin a cluster (years in view): nothing to mark
        fp, wide, long_mark = NO_FOOTPRINTS, [0], []
    base = 0
    for lane_stack, p in work:
        lane_stack.stack_planned(p, fp, base, wide, long_mark)
        base += len(p.marked)


def cover_together(stacks: list[LaneStack], first: float, last: float) -> None:
    """:meth:`LaneStack.cover` of new stackings of one zoom level, in one go."""
    c_lo, c_hi = math.floor(first / stacks[0].chunk_days), math.floor(last / stacks[0].chunk_days)
    c_hi = max(c_hi, c_lo)
    bins = grid(stacks[0], c_lo, c_hi)
    stack_together([(stack, plan(stack, c_lo, c_hi, math.inf, bins)) for stack in stacks])
    for stack in stacks:
        stack.lo, stack.hi = c_lo, c_hi
