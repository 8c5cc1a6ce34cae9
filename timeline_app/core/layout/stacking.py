"""A lane's rows at one zoom, kept while the view pans so that no event changes row.

First-fit stacking in time order gives each event its row from the events before it,
so stacking only what is in view would move rows whenever the view pans. Here a lane's
stacking is kept per zoom level (:mod:`.stack_cache`) and grown a chunk at a time (a
chunk is a fixed stretch of an absolute time grid, ``BINS_PER_CHUNK`` cluster bins
wide) as the view reaches new time. Nothing placed ever moves: extending to the right
continues the same greedy pass, and extending to the left places the new chunk's events
around those already placed, so nothing overlaps either way. The cost of a frame still
follows the view: a chunk is stacked once per zoom level, then only read. The chunks a
view reaches at once are found and marked together (:mod:`.stack_plan`), then stacked
one after the other.

Level of detail, per chunk: a bin (``cluster_width`` pixels of the grid) holding more
than twice the lane's rows is a cluster from the start; the other bins' events are
stacked, and a bin two or more of whose events find no row becomes a cluster as well,
after which the chunk is stacked once more. A busy lane so reads as events and
"N events" badges, and only what still finds no room is left for a "+N".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.layout.clusters import NO_LEFTOVERS, Badge, Leftovers
from timeline_app.core.layout.footprints import Footprints, footprints
from timeline_app.core.layout.geometry import FrameMetrics
from timeline_app.core.layout.rowspace import RowSpace
from timeline_app.core.layout.stack_plan import Batch, Lost, Plan, plan, stack_together

if TYPE_CHECKING:
    from timeline_app.core.layout.layout import TimelineLayout

TextWidth = Callable[[str], float]
BINS_PER_CHUNK = 8
MAX_CHUNKS = 96
"""A lane's stacking past this many chunks starts again (rows may then change once)."""
_PASSES = 2


@dataclass(slots=True)
class Placed:
    """An event in its lane row; x in the stacking's own pixels (see :class:`LaneStack`)."""

    row: int
    k: int
    shape: int
    x0: float
    x1: float
    label_width: float
    inside: bool
    left: float
    right: float


@dataclass(slots=True)
class _Chunk:
    placed: list[Placed] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)
    leftovers: Leftovers = field(default_factory=lambda: NO_LEFTOVERS)


class LaneStack:
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
            c_hi = max(c_hi, c_lo)
            self._stack_chunks(c_lo, c_hi, head_until=math.inf)
            self.lo, self.hi = c_lo, c_hi
            return True
        if max(c_hi, self.hi) - min(c_lo, self.lo) >= MAX_CHUNKS:
            return False
        if c_hi > self.hi:
            self._stack_chunks(self.hi + 1, c_hi, head_until=None)
            self.hi = c_hi
        while c_lo < self.lo:
            # Events starting before this chunk and ending inside it were never stacked: the
            # ones reaching further were, with the chunk after it. (The same product as the
            # chunk's bin edges, so that no event falls between the two tests.)
            self._stack_chunks(
                self.lo - 1, self.lo - 1, head_until=(self.lo * BINS_PER_CHUNK) * self.bin_days
            )
            self.lo -= 1
        return True

    def _stack_chunks(self, c0: int, c1: int, head_until: float | None) -> None:
        """Stack chunks ``c0``..``c1`` of this lane alone (as the view pans to new time)."""
        stack_together([(self, plan(self, c0, c1, head_until))])

    def stack_planned(
        self, p: Plan, fp: Footprints, base: int, wide: list[int], long_mark: list[bool]
    ) -> None:
        """Stack the chunks of ``p``, whose marks are ``fp``'s from ``base`` on (see
        :func:`.stack_plan.stack_together`)."""
        cuts, dense = p.cuts.tolist(), p.dense.tolist()
        at = [base + p.heads]  # where each bin's marks start: a dense bin has none
        for j, busy in enumerate(dense):
            at.append(at[-1] if busy else at[-1] + cuts[j + 1] - cuts[j])
        batch = Batch(
            p.rows,
            cuts,
            dense,
            p.grid.days,
            p.grid.px,
            fp,
            at,
            base,
            p.heads,
            wide,
            long_mark,
        )
        done = [self._stack_chunk(p.c0 + i, batch, i * BINS_PER_CHUNK) for i in range(p.c1 - p.c0 + 1)]
        self._keep_leftovers(batch, done)

    def _stack_chunk(self, c: int, batch: Batch, b0: int) -> tuple[_Chunk, Lost]:
        """Stack chunk ``c``, bins ``b0``.. of ``batch`` (see the module's docstring). Returns
        it and what of it found no row, left for :meth:`_keep_leftovers`."""
        dense = {b for b in range(BINS_PER_CHUNK) if batch.dense[b0 + b]}
        chunk_x = batch.px[b0]
        cw = self.m.cluster_width
        for attempt in range(_PASSES):
            chunk, lost, crowd = self._try(c, batch, b0, dense)
            if not crowd:
                break
            # A bin two or more of whose events found no row becomes a cluster; one event
            # alone left out goes to a "+N" (a sparse lane keeps its events in sight).
            lost_in = Counter(math.floor((x - chunk_x) / cw) for x in crowd if x >= chunk_x)
            crowded = {b for b, n in lost_in.items() if n >= 2 and b < BINS_PER_CHUNK} - dense
            if not crowded or attempt == _PASSES - 1:
                break
            for b in chunk.badges:  # what this pass took, given back
                self.space.release(b.k, b.x + 2, b.x + cw - 2)
            for p in chunk.placed:
                self.space.release(p.k, p.left, p.right)
            dense |= crowded
        self.chunks[c] = chunk
        wide = self.chunk_px
        self.long += [p for p in chunk.placed if p.right - p.left > wide]
        chunk.placed = [p for p in chunk.placed if p.right - p.left <= wide]
        return chunk, lost

    def _keep_leftovers(self, batch: Batch, done: list[tuple[_Chunk, Lost]]) -> None:
        """Each chunk's leftovers, from one gathering for all the chunks: those wider than a
        chunk go with the stacking's long ones (read whatever the view), the rest with their
        chunk, each in the order they were left out."""
        fp, n, wide = batch.fp, len(batch.fp), self.chunk_px
        long_mark = batch.long_mark
        short: list[int] = []
        long_: list[int] = []
        counts: list[int] = []
        for _chunk, lost in done:
            before = len(short)
            for q in lost.missed:
                (long_ if long_mark[q] else short).append(q)
            if len(lost.dropped):
                far = fp.raw1[lost.dropped] - fp.raw0[lost.dropped] > wide
                short += (lost.dropped[~far] + n).tolist()
                long_ += (lost.dropped[far] + n).tolist()
            counts.append(len(short) - before)
        gathered = fp.leftovers(short + long_)
        if long_:
            self.long_leftovers.append(gathered.cut(len(short), len(gathered)))
        at = 0
        for (chunk, lost), k in zip(done, counts, strict=True):
            part = gathered.cut(at, at + k) if k else NO_LEFTOVERS
            at += k
            chunk.leftovers = Leftovers.concat([Leftovers.of(lost.badges), part]) if lost.badges else part

    @property
    def chunk_px(self) -> float:
        return BINS_PER_CHUNK * self.m.cluster_width

    def _try(self, c: int, batch: Batch, b0: int, dense: set[int]) -> tuple[_Chunk, Lost, list[float]]:
        """Stack one chunk with the bins in ``dense`` as clusters. Returns it (what it took of
        the rows' space are its badges and events), what found no row, and where the events
        that make a bin busy start."""
        chunk = _Chunk()
        lost = Lost()
        crowd: list[float] = []
        cw, first_free, add = self.m.cluster_width, self.space.first_free, chunk.badges.append
        cuts, px, days, all_rows = batch.cuts, batch.px, batch.edges, batch.rows
        for b in sorted(dense):  # hundreds at a new zoom over years: written for speed
            j = b0 + b
            x = px[j]
            k = first_free(x + 2, x + cw - 2, 0.0)
            rows = all_rows[cuts[j] : cuts[j + 1]]
            if k < 0:  # rows taken by labels from before: its events wait for a "+N"
                lost.badges += [(r, x + 2, x + 2, x + 2) for r in rows.tolist()]
                crowd += [x + 2] * len(rows)
                continue
            add(Badge(k, x, rows, days[j], days[j + 1], c * BINS_PER_CHUNK + b))
        # The head's marks and the other bins' (time order), as ranges of the batch's marks.
        at = batch.at
        spans = [(batch.base, batch.base + batch.heads)] if b0 == 0 and batch.heads else []
        spans += [(at[b0 + b], at[b0 + b + 1]) for b in range(BINS_PER_CHUNK) if b not in dense]
        picks = [q for i, j in spans for q in range(i, j)]
        if picks:
            if sum(batch.wide[j] - batch.wide[i] for i, j in spans) > 2 * self.rows:
                picks = self._drop_wide(batch.fp, picks, lost)
            self._place(batch.fp, picks, chunk, lost.missed, crowd)
        return chunk, lost, crowd

    def _drop_wide(self, fp: Footprints, picks: list[int], lost: Lost) -> list[int]:
        """Zoomed to a week, a million events hold thousands of years and months spanning
        the view: only the shortest few can be drawn, the rest go straight to a "+N"
        (``lost.dropped``, in numpy: they can be thousands). Returns the others."""
        at = np.array(picks)
        spans = fp.raw1[at] - fp.raw0[at]
        wide = np.flatnonzero(spans > self.wide_px)
        drop = np.sort(wide[np.argsort(spans[wide], kind="stable")][2 * self.rows :])
        lost.dropped = at[drop]
        keep = np.ones(len(at), dtype=bool)
        keep[drop] = False
        return at[keep].tolist()

    def _place(
        self,
        fp: Footprints,
        picks: list[int],
        chunk: _Chunk,
        missed: list[int],
        crowd: list[float],
    ) -> None:
        """First fit of the marks ``picks``. What finds no row goes to ``missed``, and where it
        starts to ``crowd`` unless it is a span wider than half the view (long, not a sign
        of a busy bin)."""
        # Short items first, in time order; spans wider than half the view (a year seen at the
        # scale of days) take what room is left, shortest first, so they never push the day's
        # events out.
        span, wide_px = fp.span, self.wide_px
        short = [q for q in picks if span[q] <= wide_px]
        long_ = sorted((q for q in picks if span[q] > wide_px), key=span.__getitem__)
        first_free, gap = self.space.first_free, self.m.item_gap
        left, right, x0 = fp.left, fp.right, fp.x0_list
        for q in short + long_:
            k = first_free(left[q], right[q], gap)
            if k < 0:  # kept with its mark's extent: a label reaching into view is no reason to count it
                missed.append(q)
                if span[q] <= wide_px:
                    crowd.append(x0[q])
                continue
            chunk.placed.append(
                Placed(
                    fp.row_list[q],
                    k,
                    fp.shape[q],
                    x0[q],
                    fp.x1_list[q],
                    fp.width[q],
                    fp.inside[q],
                    left[q],
                    right[q],
                )
            )

    def marks(self, rows: np.ndarray, px0: np.ndarray, px1: np.ndarray) -> list[Placed]:
        """Each event's mark and footprint (label included), not yet in a row."""
        fp = footprints(self.layout, rows, px0, px1, self.text_width, self.m)
        return [
            Placed(fp.row_list[q], -1, fp.shape[q], fp.x0_list[q], fp.x1_list[q], fp.width[q], fp.inside[q],
                   fp.left[q], fp.right[q])
            for q in range(len(fp))
        ]  # fmt: skip

    # -- reading ---------------------------------------------------------------------

    def visible(self, left: float, right: float) -> tuple[list[Placed], list[Badge], Leftovers]:
        """What of the stacking meets ``left``..``right`` (the stacking's pixels).

        A chunk's footprints, long ones apart, end within a chunk's width of its end, so
        the chunks from the one before ``left`` to the one at ``right`` hold all the rest.
        """
        c_lo = math.floor((left * self.dpp + self.origin) / self.chunk_days) - 1
        c_hi = math.floor((right * self.dpp + self.origin) / self.chunk_days)
        placed = [p for p in self.long if p.right >= left and p.left <= right]
        leftovers = list(self.long_leftovers)
        badges: list[Badge] = []
        cw = self.m.cluster_width
        for c in range(c_lo, c_hi + 1):
            chunk = self.chunks.get(c)
            if chunk is None:
                continue
            placed += [p for p in chunk.placed if p.right >= left and p.left <= right]
            badges += [b for b in chunk.badges if b.x + cw >= left and b.x <= right]
            leftovers.append(chunk.leftovers)
        # Gathered, then cut to the view once (the same events in the same order as cutting
        # each part: a frame reads a dozen lanes of a few parts each).
        return placed, badges, Leftovers.concat(leftovers).meeting(left, right)
