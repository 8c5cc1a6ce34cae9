"""Each lane's stacking for the last few zoom levels of a layout (:class:`StackCache`).

Kept apart from :mod:`.stacking` (one lane's rows at one zoom): this is the bookkeeping
around it, which zoom levels are kept, which stacking serves a lane with so many rows,
and bringing kept stackings up to date after edits (:mod:`.stack_edits`).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from timeline_app.core.layout.geometry import FrameMetrics
from timeline_app.core.layout.scale import TimeScale
from timeline_app.core.layout.stack_edits import follow_edits, lanes_of
from timeline_app.core.layout.stack_plan import cover_together
from timeline_app.core.layout.stacking import LaneStack, TextWidth

if TYPE_CHECKING:
    from timeline_app.core.layout.layout import TimelineLayout

ZOOM_LEVELS = 4
"""Stackings kept for this many zoom levels: zooming in and back out finds the same rows."""


class StackCache:
    """Each lane's :class:`LaneStack` for the last few zoom levels of one layout: edited
    events are moved in them (:mod:`.stack_edits`), a rebuild or a new filter drops them."""

    def __init__(self) -> None:
        self.version = -1
        self.levels: OrderedDict[tuple, tuple[float, dict[tuple[int, int], LaneStack]]] = OrderedDict()
        self.retired: list[object] = []
        """The zoom level last dropped, kept until :meth:`release`: freeing thousands of
        objects took a few tenths of a millisecond of the first frame at a new zoom, which
        a view can spend once the frame is shown instead."""

    def release(self) -> None:
        """Free the dropped zoom level (a view calls this when idle)."""
        self.retired.clear()

    def _level(self, layout: TimelineLayout, scale: TimeScale, m: FrameMetrics) -> tuple[float, dict]:
        """(origin, stackings by (lane, rows)) of the zoom of ``scale``, after following the
        layout's changes since the last call."""
        if layout.version != self.version:
            if layout.rebuilt > self.version:
                self.levels.clear()
                self.retired.clear()
            else:  # events changed one by one: each keeps its row, the changed ones move
                changed = {row for version, row in layout.edited if version > self.version}
                lanes = lanes_of(layout, changed)
                for _origin, kept in self.levels.values():
                    for stack in kept.values():
                        follow_edits(stack, lanes)
            self.version = layout.version
        key = (scale.days_per_px, scale.width, m)
        level = self.levels.get(key)
        if level is None:
            level = self.levels[key] = (scale.start, {})
            while len(self.levels) > ZOOM_LEVELS:
                # One dropped level waits for release(); one dropped before it, never
                # released (no view asks), is freed now.
                self.retired[:] = [self.levels.popitem(last=False)]
        else:
            self.levels.move_to_end(key)
        return level

    def prepare(
        self,
        layout: TimelineLayout,
        lanes: list[tuple[int, int]],
        scale: TimeScale,
        text_width: TextWidth,
        m: FrameMetrics,
        first: float,
        last: float,
    ) -> None:
        """Stack at once each of ``lanes`` ((lane, rows)) that has no stacking at this zoom
        yet, covering ``first``..``last``: the first frame at a new zoom stacks every lane
        in view, and one marking pass for all of them is what keeps it quick."""
        origin, stacks = self._level(layout, scale, m)
        fresh = []
        for lane, rows in lanes:
            if (lane, rows) not in stacks:
                made = LaneStack(
                    layout, lane, rows, scale.days_per_px, origin, scale.width / 2, text_width, m
                )
                stacks[(lane, rows)] = made
                fresh.append(made)
        if fresh:
            cover_together(fresh, first, last)

    def stack(
        self,
        layout: TimelineLayout,
        lane: int,
        rows: int,
        scale: TimeScale,
        text_width: TextWidth,
        m: FrameMetrics,
        first: float,
        last: float,
    ) -> LaneStack:
        """The stacking of ``lane`` (``rows`` rows) at the zoom of ``scale``, covering
        every event that starts in ``first``..``last``."""
        origin, stacks = self._level(layout, scale, m)
        found = stacks.get((lane, rows))
        if found is not None and found.cover(first, last):
            return found
        made = LaneStack(layout, lane, rows, scale.days_per_px, origin, scale.width / 2, text_width, m)
        made.cover(first, last)
        stacks[(lane, rows)] = made
        return made
