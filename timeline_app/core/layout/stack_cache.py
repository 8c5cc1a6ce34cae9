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
        if layout.version != self.version:
            if layout.rebuilt > self.version:
                self.levels.clear()
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
                self.levels.popitem(last=False)
        else:
            self.levels.move_to_end(key)
        origin, stacks = level
        found = stacks.get((lane, rows))
        if found is not None and found.cover(first, last):
            return found
        made = LaneStack(layout, lane, rows, scale.days_per_px, origin, scale.width / 2, text_width, m)
        made.cover(first, last)
        stacks[(lane, rows)] = made
        return made
