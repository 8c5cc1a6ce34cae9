"""What an image export will cost, checked before anything is laid out or painted.

The painter's memory grows with the pixels of a raster (4 bytes each, and as much again
while the PNG is encoded), with the lanes (each has a header, a density strip and its
rows; an SVG writes them all), with the events placed in each of their lanes, and with
the text of their labels. A project under 100 MB could ask for millions of lanes
(``--lanes actor`` over events that each name 200 different people) or a 32767 x 32767
PNG: those exports are refused at once with one line, instead of running for minutes and
taking gigabytes. The figures per lane, item and event were measured with
benchmarks/bench_hostile and rounded up.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from timeline_app.core.errors import InputError
from timeline_app.core.lanes import LaneKeys, LaneMode
from timeline_app.core.model import Article, Event

PROCESS_MEMORY_LIMIT = 1024 * 2**20
"""The command line's promise: an export keeps the whole process under this, or refuses."""
MAX_IMAGE_LANES = 5_000
"""An image of more lanes is a list, not a figure (and 5,000 lanes is a 350,000-pixel-tall SVG)."""
BYTES_PER_LANE = 16 * 1024
BYTES_PER_LANE_ITEM = 64
BYTES_PER_EVENT = 1024
"""A 97 MB project of 300,000 events exports to PNG or SVG in 360 MB, the process included."""
BYTES_PER_TITLE_CHAR = 4
"""A title is copied to UTF-16 for Qt, and measured or laid out once more."""
BYTES_PER_PIXEL = 4 * 2
"""A 32-bit image, and about as much again while it is encoded."""


@dataclass(frozen=True, slots=True)
class ExportCost:
    """What an export asks of the painter: events, lanes, events placed in lanes, label text."""

    events: int
    lanes: int
    lane_items: int
    title_chars: int

    def memory(self, pixels: int = 0) -> int:
        """Bytes the layout and the painter will need beyond what the process holds now."""
        return (
            self.events * BYTES_PER_EVENT
            + self.lanes * BYTES_PER_LANE
            + self.lane_items * BYTES_PER_LANE_ITEM
            + self.title_chars * BYTES_PER_TITLE_CHAR
            + pixels * BYTES_PER_PIXEL
        )


def export_cost(events: Sequence[Event], lanes: str, articles: Sequence[Article] = ()) -> ExportCost:
    """The cost of painting ``events`` in lanes of the mode ``lanes`` (the same keys the layout uses)."""
    keys = LaneKeys(LaneMode(lanes), articles)
    seen: set[str] = set()
    items = chars = 0
    for event in events:
        found = keys.keys(event)
        items += len(found)
        seen.update(found)
        chars += len(event.title)
    return ExportCost(len(events), len(seen), items, chars)


def process_memory() -> int:
    """Bytes of memory this process holds now (resident set), 0 where it cannot be told."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def memory_budget(limit: int | None) -> int | None:
    """Bytes an export may add to this process so that it stays under ``limit`` (None: no limit)."""
    if limit is None:
        return None
    return max(limit - process_memory(), 0)


def check_export_cost(cost: ExportCost, lanes: str, budget: int | None, pixels: int = 0) -> None:
    """Refuse an export that would draw too many lanes or need more than ``budget`` bytes.

    Raises:
        InputError: one line with what was asked and the limit it breaks.
    """
    if cost.lanes > MAX_IMAGE_LANES:
        raise InputError(
            f"lanes by {lanes} would be {cost.lanes:,} lanes; an image shows at most {MAX_IMAGE_LANES:,} "
            "(choose other lanes, or export fewer events)"
        )
    needed = cost.memory(pixels)
    if budget is not None and needed > budget:
        raise InputError(
            f"this image would need about {needed / 2**20:,.0f} MB of memory, over the "
            f"{budget / 2**20:,.0f} MB left of {PROCESS_MEMORY_LIMIT / 2**20:,.0f} MB "
            "(export fewer events, fewer lanes, or a smaller image)"
        )


RASTER_MEMORY_SHARE = 0.6
"""A raster export may use at most this share of the memory available now."""


def available_memory() -> int | None:
    """Bytes of memory available now (Linux /proc/meminfo, else sysconf), or None if unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None
