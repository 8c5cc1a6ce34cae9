"""Layout of a timeline for drawing: pure Python and numpy, no Qt.

- :mod:`.scale`: ``TimeScale``, time <-> x, zoom about a point, pan.
- :mod:`.ticks`: axis ticks and two-level labels measured with a text-width function.
- :mod:`.columns`, :mod:`.lanes`, :mod:`.layout`: per-event arrays, lanes, the time index.
- :mod:`.frame`: one view's lanes, events, clusters, density marks and undated tray;
  :mod:`.geometry`: what it returns, with hit testing.
- :mod:`.stacking`: a lane's rows at one zoom, kept while panning (:mod:`.footprints`
  marks events, :mod:`.rowspace` holds the rows' free room, :mod:`.clusters` what stands
  for many events); :mod:`.stack_cache` keeps them per zoom level, :mod:`.stack_edits`
  follows edits in them.
"""

from timeline_app.core.lanes import Lane, LaneMode
from timeline_app.core.layout.columns import KINDS, STATUSES, EventColumns, Shape
from timeline_app.core.layout.frame import compute_frame, lane_heights, lanes_extent
from timeline_app.core.layout.geometry import (
    Chip,
    Cluster,
    Density,
    DrawnEvent,
    FrameMetrics,
    Hit,
    LaneBox,
    ViewFrame,
)
from timeline_app.core.layout.layout import TimelineLayout
from timeline_app.core.layout.scale import MAX_SPAN_DAYS, MIN_SPAN_DAYS, TimeScale
from timeline_app.core.layout.ticks import Tick, Ticks, choose_ticks

__all__ = [
    "KINDS",
    "MAX_SPAN_DAYS",
    "MIN_SPAN_DAYS",
    "STATUSES",
    "Chip",
    "Cluster",
    "Density",
    "DrawnEvent",
    "EventColumns",
    "FrameMetrics",
    "Hit",
    "Lane",
    "LaneBox",
    "LaneMode",
    "Shape",
    "Tick",
    "Ticks",
    "TimeScale",
    "TimelineLayout",
    "ViewFrame",
    "choose_ticks",
    "compute_frame",
    "lane_heights",
    "lanes_extent",
]
