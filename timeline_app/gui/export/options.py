"""What an export is asked for: the options of File > Export and of the command line."""

from __future__ import annotations

from dataclasses import dataclass

MAX_SIDE = 32767
"""Qt's raster engine clips coordinates beyond 2^15 - 1: no side may be longer."""


@dataclass(slots=True)
class ExportOptions:
    """What the user chose in File > Export or on the command line.

    ``first``/``last`` are days since 1970-01-01 (None: the timeline's own extent);
    ``width``/``height`` are logical pixels (None: fit to content); ``scale`` is the
    number of device pixels per logical pixel of a PNG.
    """

    format: str = "png"
    first: float | None = None
    last: float | None = None
    width: int | None = None
    height: int | None = None
    scale: float = 1.0
    title: str | None = None
    subtitle: str = ""
    legend: bool = True
    lane_headers: bool = True
    footnotes: bool = True
    lanes: str = "none"
    theme: str = "light"
    transparent: bool = False
    page: str = "a4"
    """The paper of a PDF, always landscape: a4, letter or a3."""
    memory_limit: int | None = None
    """Bytes the whole process must stay under (the command line's 1 GB, see export_budget);
    None: what the machine has available now."""
    key_events: dict[str, int] | None = None
    """Key Events mode, as the window shows it: these events (id -> how many articles tell
    it) are drawn prominent with their source counts, every other one in the density band;
    labels carry no note marks (the source count stands for them). None: every event drawn."""
