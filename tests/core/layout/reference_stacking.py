"""The stacking as it was first written, kept as the reference the faster one is tested
against: chunk by chunk, each event's mark worked out in a Python loop, a Placed for
every event tried. Not used by the application."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from timeline_app.core.layout.clusters import NO_LEFTOVERS, Badge, Leftovers
from timeline_app.core.layout.columns import Shape
from timeline_app.core.layout.footprints import DAY_AS_BAR
from timeline_app.core.layout.geometry import FrameMetrics
from timeline_app.core.layout.layout import TimelineLayout
from timeline_app.core.layout.rowspace import RowSpace, TextWidth, label_widths
from timeline_app.core.layout.stacking import BINS_PER_CHUNK, MAX_CHUNKS, Placed

_PASSES = 2


@dataclass(slots=True)
class _Chunk:
    placed: list[Placed] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)
    leftovers: Leftovers = field(default_factory=lambda: NO_LEFTOVERS)


class ReferenceStack:
    """The stacking of one lane at one zoom (``days_per_px``), grown chunk by chunk.

    Positions are pixels from ``origin`` (a time) at this zoom, so they stay small and
    exact near where the user looks; a view adds one offset to draw them.
    """

    bins_per_chunk = BINS_PER_CHUNK

    def __init__(
        self,
        layout: TimelineLayout,
        lane: int,
        rows: int,
        days_per_px: float,
        origin: float,
        wide_px: float,
        text_width: TextWidth,
        m: FrameMetrics,
    ) -> None:
        self.layout, self.lane, self.rows = layout, lane, rows
        self.dpp, self.origin, self.wide_px = days_per_px, origin, wide_px
        self.text_width, self.m = text_width, m
        self.bin_days = m.cluster_width * days_per_px
        self.chunk_days = BINS_PER_CHUNK * self.bin_days
        self.space = RowSpace(rows)
        self.chunks: dict[int, _Chunk] = {}
        self.long: list[Placed] = []
        self.long_leftovers: list[Leftovers] = []
        self.lo: int | None = None
        self.hi = 0

    def px(self, days: np.ndarray | float):
        return (days - self.origin) / self.dpp

    # -- growing -------------------------------------------------------------------

    def cover(self, first: float, last: float) -> bool:
        """Stack every event starting in ``first``..``last``; False when the stacking would
        grow past ``MAX_CHUNKS`` (the caller then starts a new one)."""
        c_lo, c_hi = math.floor(first / self.chunk_days), math.floor(last / self.chunk_days)
        if self.lo is None:
            self._stack_chunk(c_lo, head_until=math.inf)
            for c in range(c_lo + 1, c_hi + 1):
                self._stack_chunk(c, head_until=None)
            self.lo, self.hi = c_lo, c_hi
            return True
        if max(c_hi, self.hi) - min(c_lo, self.lo) >= MAX_CHUNKS:
            return False
        for c in range(self.hi + 1, c_hi + 1):
            self._stack_chunk(c, head_until=None)
            self.hi = c
        while c_lo < self.lo:
            # Events starting before this chunk and ending inside it were never stacked: the
            # ones reaching further were, with the chunk after it. (The same product as the
            # chunk's bin edges, so that no event falls between the two tests.)
            self._stack_chunk(self.lo - 1, head_until=(self.lo * BINS_PER_CHUNK) * self.bin_days)
            self.lo -= 1
        return True

    def _lane_rows(self, a: int, b: int) -> np.ndarray:
        rows = self.layout.item_row[a:b]
        if self.layout.filtered and len(rows):
            rows = rows[self.layout.visible[rows]]
        return rows

    def _bins(self, bounds: np.ndarray) -> list[np.ndarray]:
        """The rows of each bin between ``bounds`` (item indices), from one slice and one mask."""
        layout = self.layout
        a, b = int(bounds[0]), int(bounds[-1])
        rows = layout.item_row[a:b]
        cuts = bounds - a
        if layout.filtered and len(rows):
            keep = layout.visible[rows]
            cuts = np.concatenate([[0], np.cumsum(keep)])[cuts]
            rows = rows[keep]
        at = cuts.tolist()
        return [rows[i:j] for i, j in pairwise(at)]

    def _stack_chunk(self, c: int, head_until: float | None) -> None:
        layout = self.layout
        lo, hi = int(layout.lane_offsets[self.lane]), int(layout.lane_offsets[self.lane + 1])
        edges = (c * BINS_PER_CHUNK + np.arange(BINS_PER_CHUNK + 1, dtype=np.float64)) * self.bin_days
        starts = layout.item_start[lo:hi]
        bounds = lo + np.searchsorted(starts, edges)
        bins = self._bins(bounds)
        head = np.zeros(0, dtype=np.int32)
        if head_until is not None:
            a, _ = layout.lane_slice(self.lane, edges[0], edges[0])
            rows = self._lane_rows(a, int(bounds[0]))
            ends = layout.columns.end[rows]
            head = rows[(ends > edges[0]) & (ends <= head_until)]
        dense = {i for i, b in enumerate(bins) if len(b) > 2 * self.rows}
        chunk_x = float(self.px(edges[0]))
        cw = self.m.cluster_width
        memo: dict[int, Placed] = {}  # each event's mark, worked out once for both passes
        for attempt in range(_PASSES):
            chunk, taken, lost = self._try(c, bins, head, edges, dense, memo)
            if not lost:
                break
            # A bin two or more of whose events found no row becomes a cluster; one event
            # alone left out goes to a "+N" (a sparse lane keeps its events in sight).
            lost_in = Counter(math.floor((x - chunk_x) / cw) for x in lost if x >= chunk_x)
            crowded = {b for b, n in lost_in.items() if n >= 2 and b < BINS_PER_CHUNK} - dense
            if not crowded or attempt == _PASSES - 1:
                break
            for k, left, right in taken:
                self.space.release(k, left, right)
            dense |= crowded
        self.chunks[c] = chunk
        wide = self.chunk_px
        self.long += [p for p in chunk.placed if p.right - p.left > wide]
        chunk.placed = [p for p in chunk.placed if p.right - p.left <= wide]
        if len(chunk.leftovers):
            long_ = chunk.leftovers.right - chunk.leftovers.left > wide
            if long_.any():
                self.long_leftovers.append(chunk.leftovers.where(long_))
                chunk.leftovers = chunk.leftovers.where(~long_)

    @property
    def chunk_px(self) -> float:
        return BINS_PER_CHUNK * self.m.cluster_width

    def _try(
        self,
        c: int,
        bins: list[np.ndarray],
        head: np.ndarray,
        edges: np.ndarray,
        dense: set[int],
        memo: dict[int, Placed],
    ) -> tuple[_Chunk, list[tuple[int, float, float]], list[float]]:
        """Stack one chunk with the bins in ``dense`` as clusters. Returns it, what it took
        of the rows' space, and where the events that found no row start."""
        m, space = self.m, self.space
        chunk = _Chunk()
        taken: list[tuple[int, float, float]] = []
        lost: list[tuple[int, float, float, float]] = []
        crowd: list[float] = []  # where the events that make a bin busy start
        for b in sorted(dense):
            x = float(self.px(edges[b]))
            k = space.first_free(x + 2, x + m.cluster_width - 2, 0.0)
            if k < 0:  # rows taken by labels from before: its events wait for a "+N"
                lost += [(r, x + 2, x + 2, x + 2) for r in bins[b].tolist()]
                crowd += [x + 2] * len(bins[b])
                continue
            taken.append((k, x + 2, x + m.cluster_width - 2))
            first, last = float(edges[b]), float(edges[b + 1])
            chunk.badges.append(Badge(k, x, bins[b], first, last, c * BINS_PER_CHUNK + b))
        parts = [head] + [bins[b] for b in range(BINS_PER_CHUNK) if b not in dense and len(bins[b])]
        rows = np.concatenate(parts) if len(parts) > 1 else head
        dropped = NO_LEFTOVERS
        if len(rows):
            dropped = self._place(rows, chunk, taken, lost, crowd, memo)
        chunk.leftovers = Leftovers.concat([Leftovers.of(lost), dropped])
        return chunk, taken, crowd

    def _place(
        self,
        rows: np.ndarray,
        chunk: _Chunk,
        taken: list[tuple[int, float, float]],
        lost: list[tuple[int, float, float, float]],
        crowd: list[float],
        memo: dict[int, Placed],
    ) -> Leftovers:
        """First fit of ``rows``; returns the long spans dropped without trying. What finds
        no row goes to ``lost``, and where it starts to ``crowd`` unless it is a span wider
        than half the view (long, not a sign of a busy bin)."""
        m, cols = self.m, self.layout.columns
        px0, px1 = self.px(cols.start[rows]), self.px(cols.end[rows])
        spans = px1 - px0
        wide = np.flatnonzero(spans > self.wide_px)
        dropped = NO_LEFTOVERS
        if len(wide) > 2 * self.rows:
            # Zoomed to a week, a million events hold thousands of years and months spanning
            # the view: only the shortest few can be drawn, the rest go straight to a "+N".
            by_span = wide[np.argsort(spans[wide], kind="stable")]
            drop = np.sort(by_span[2 * self.rows :])
            dropped = Leftovers(rows[drop].astype(np.int64), px0[drop], px0[drop], px1[drop])
            keep = np.ones(len(rows), dtype=bool)
            keep[drop] = False
            rows, px0, px1 = rows[keep], px0[keep], px1[keep]
        items = self._marks_once(rows, px0, px1, memo)
        # Short items first, in time order; spans wider than half the view (a year seen at the
        # scale of days) take what room is left, shortest first, so they never push the day's
        # events out.
        short = [p for p in items if p.x1 - p.x0 <= self.wide_px]
        long_ = sorted((p for p in items if p.x1 - p.x0 > self.wide_px), key=lambda p: p.x1 - p.x0)
        r = m.marker_radius
        for p in short + long_:
            k = self.space.first_free(p.left, p.right, m.item_gap)
            if k < 0:  # kept with its mark's extent: a label reaching into view is no reason to count it
                lost.append(
                    (p.row, p.x0, p.x0 - r, p.x1 + r) if p.shape == Shape.POINT else (p.row, p.x0, p.x0, p.x1)
                )
                if p.x1 - p.x0 <= self.wide_px:
                    crowd.append(p.x0)
                continue
            p.k = k
            taken.append((k, p.left, p.right))
            chunk.placed.append(p)
        return dropped

    def _marks_once(
        self, rows: np.ndarray, px0: np.ndarray, px1: np.ndarray, memo: dict[int, Placed]
    ) -> list[Placed]:
        """:meth:`marks` of ``rows``, those of a chunk's first pass taken from ``memo`` (a mark
        depends on its event alone; its row is set afresh)."""
        keys = rows.tolist()
        if not memo:
            items = self.marks(rows, px0, px1)
            memo.update(zip(keys, items, strict=True))
            return items
        new = [i for i, row in enumerate(keys) if row not in memo]
        if new:
            memo.update(zip((keys[i] for i in new), self.marks(rows[new], px0[new], px1[new]), strict=True))
        items = [memo[row] for row in keys]
        for p in items:
            p.k = -1
        return items

    def marks(self, rows: np.ndarray, px0: np.ndarray, px1: np.ndarray) -> list[Placed]:
        """Each event's mark and footprint (label included), not yet in a row."""
        m = self.m
        widths = label_widths(self.layout, rows, self.text_width, m.label_max_width).tolist()
        shapes = self.layout.columns.shape[rows].tolist()
        r, lgap = m.marker_radius, m.label_gap
        items = []
        geometry = zip(rows.tolist(), px0.tolist(), px1.tolist(), shapes, widths, strict=True)
        for row, x0, x1, shape, lw in geometry:
            if shape == Shape.POINT and x1 - x0 > DAY_AS_BAR:
                shape = Shape.RANGE  # zoomed in to hours: a day is drawn as the day it is
            if shape == Shape.POINT:
                x0 = x1 = (x0 + x1) / 2  # the dot sits in its day, not on the midnight before it
                left, right, inside = x0 - r, x0 + r + lgap + lw, False
            else:
                if x1 - x0 < 2 * r:
                    mid = (x0 + x1) / 2
                    x0, x1 = mid - r, mid + r
                # The label rides inside the span when the whole span holds it; the view
                # slides it along to stay in sight, so the footprint does not depend on the view.
                inside = x1 - x0 >= lw + 12
                left, right = x0, x1 if inside else x1 + lgap + lw
            items.append(Placed(row, -1, shape, x0, x1, lw, inside, left, right))
        return items

    # -- reading ---------------------------------------------------------------------

    def visible(self, left: float, right: float) -> tuple[list[Placed], list[Badge], Leftovers]:
        """What of the stacking meets ``left``..``right`` (the stacking's pixels).

        A chunk's footprints, long ones apart, end within a chunk's width of its end, so
        the chunks from the one before ``left`` to the one at ``right`` hold all the rest.
        """
        c_lo = math.floor((left * self.dpp + self.origin) / self.chunk_days) - 1
        c_hi = math.floor((right * self.dpp + self.origin) / self.chunk_days)
        placed = [p for p in self.long if p.right >= left and p.left <= right]
        leftovers = [part.meeting(left, right) for part in self.long_leftovers]
        badges: list[Badge] = []
        cw = self.m.cluster_width
        for c in range(c_lo, c_hi + 1):
            chunk = self.chunks.get(c)
            if chunk is None:
                continue
            placed += [p for p in chunk.placed if p.right >= left and p.left <= right]
            badges += [b for b in chunk.badges if b.x + cw >= left and b.x <= right]
            leftovers.append(chunk.leftovers.meeting(left, right))
        return placed, badges, Leftovers.concat(leftovers)
