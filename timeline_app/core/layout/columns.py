"""Per-event numpy columns: start, end, precision, kind, status... one row per event.

A million ``Event`` objects are fine in memory, but reading ``when.start_days`` on each
in Python costs seconds; here the date fields are pulled out once in a tight loop and
the calendar arithmetic (Hinnant's days-from-civil) runs vectorised in numpy. Rows are
addressed by a stable index; a removed event leaves a dead row until the next rebuild,
so an edit touches one row and never shifts the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from operator import attrgetter

import numpy as np

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.model import Event, Kind, Status

KINDS: tuple[Kind, ...] = tuple(Kind)
STATUSES: tuple[Status, ...] = tuple(Status)
_KIND_INDEX = {k: i for i, k in enumerate(KINDS)}
_STATUS_INDEX = {s: i for i, s in enumerate(STATUSES)}
_RANK = {p: p.rank for p in Precision}
_ID, _WHEN, _KIND, _STATUS = (attrgetter(a) for a in ("id", "when", "kind", "status"))


class Shape(IntEnum):
    """How an event is drawn, from its date's precision."""

    POINT = 0  # a day or finer: a dot and its label
    SPAN = 1  # a month, a year, an approximate date: a span with soft ends
    RANGE = 2  # "from ... to ...": a bar with hard ends
    UNDATED = 3


def days_from_civil_np(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Vectorised :func:`timeline_app.core.dates.days_from_civil` (int64, BCE-safe)."""
    y = y - (m <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _period_end(y: np.ndarray, m: np.ndarray, start: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """Exclusive end of each date's own period, as FuzzyDate.period_end_days does."""
    add_months = np.select([rank == 4, (rank == 5) | (rank == 6)], [1, 3], 0)
    add_years = np.select([rank == 7, rank == 8, rank == 9, rank == 10], [1, 10, 100, 1000], 0)
    m0 = m - 1 + add_months
    ey = y + m0 // 12 + add_years
    em = np.where(add_years > 0, 1, m0 % 12 + 1)
    calendar_end = days_from_civil_np(ey, em, np.ones_like(ey)).astype(np.float64)
    fixed = np.select([rank == 0, rank == 1, rank == 2, rank == 3], [1 / 1440, 1 / 24, 1.0, 7.0], 0.0)
    return np.where(rank <= 3, start + fixed, calendar_end)


_NO_DATE = FuzzyDate(1970, precision=Precision.YEAR)


def _ints(values: list, n: int) -> np.ndarray:
    return np.fromiter(values, dtype=np.int64, count=n)


def date_fields(whens: list[FuzzyDate | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(start, end, precision rank, shape) of each date; NaN start and end for None.

    One list comprehension per field is about five times faster than building a tuple
    per date, which matters at a million events.
    """
    n = len(whens)
    undated = np.fromiter((w is None for w in whens), dtype=np.bool_, count=n)
    ws: list[FuzzyDate] = [_NO_DATE if w is None else w for w in whens]
    y = _ints([w.year for w in ws], n)
    m = _ints([w.month or 1 for w in ws], n)
    d = _ints([w.day or 1 for w in ws], n)
    minutes = _ints([(w.hour or 0) * 60 + (w.minute or 0) for w in ws], n)
    rank = _ints([_RANK[w.precision] for w in ws], n)
    approx = np.fromiter((w.approximate for w in ws), dtype=np.bool_, count=n)
    start = days_from_civil_np(y, m, d).astype(np.float64) + minutes / 1440.0
    end = _period_end(y, m, start, rank)
    ranged = [i for i, w in enumerate(ws) if w.end is not None]
    has_end = np.zeros(n, dtype=bool)
    if ranged:
        idx = np.array(ranged, dtype=np.int64)
        has_end[idx] = True
        ends: list[FuzzyDate] = [e for i in ranged if (e := ws[i].end) is not None]
        k = len(ends)
        ey, em = _ints([e.year for e in ends], k), _ints([e.month or 1 for e in ends], k)
        ed = _ints([e.day or 1 for e in ends], k)
        emin = _ints([(e.hour or 0) * 60 + (e.minute or 0) for e in ends], k)
        erank = _ints([_RANK[e.precision] for e in ends], k)
        end_start = days_from_civil_np(ey, em, ed).astype(np.float64) + emin / 1440.0
        end[idx] = _period_end(ey, em, end_start, erank)
    start[undated] = np.nan
    end[undated] = np.nan
    shape = np.where(has_end, Shape.RANGE, np.where(np.logical_or(rank > 2, approx), Shape.SPAN, Shape.POINT))
    shape[undated] = Shape.UNDATED
    return start, end, rank.astype(np.int8), shape.astype(np.int8)


class EventColumns:
    """The events of a timeline as parallel arrays, plus the events themselves.

    ``events[i]`` is the ``Event`` of row ``i`` (``None`` once removed); ``row_of``
    maps an event id to its row.
    """

    def __init__(self, events: Iterable[Event] = ()) -> None:
        evs = list(events)
        n = len(evs)
        self.events: list[Event | None] = list(evs)
        # map/attrgetter rather than comprehensions: this runs once per event per rebuild.
        self.row_of: dict[str, int] = dict(zip(map(_ID, evs), range(n), strict=True))
        start, end, rank, shape = date_fields(list(map(_WHEN, evs)))
        self.start = start
        self.end = end
        self.rank = rank
        self.shape = shape
        self.kind = np.fromiter(map(_KIND_INDEX.__getitem__, map(_KIND, evs)), dtype=np.int8, count=n)
        self.status = np.fromiter(map(_STATUS_INDEX.__getitem__, map(_STATUS, evs)), dtype=np.int8, count=n)
        self.alive = np.ones(len(evs), dtype=bool)
        self.label_width = np.full(len(evs), np.nan, dtype=np.float32)

    def __len__(self) -> int:
        return len(self.events)

    @property
    def live_count(self) -> int:
        return len(self.row_of)

    def set_row(self, row: int, event: Event) -> None:
        """Put ``event`` in ``row`` (an edit, or a new row made by :meth:`append`)."""
        start, end, rank, shape = date_fields([event.when])
        self.events[row] = event
        self.row_of[event.id] = row
        self.start[row], self.end[row], self.rank[row], self.shape[row] = start[0], end[0], rank[0], shape[0]
        self.kind[row] = _KIND_INDEX[event.kind]
        self.status[row] = _STATUS_INDEX[event.status]
        self.alive[row] = True
        self.label_width[row] = np.nan

    def append(self, events: list[Event]) -> list[int]:
        """New rows at the end for ``events``; returns their rows."""
        n0, k = len(self.events), len(events)
        self.events.extend([None] * k)
        self.start = np.concatenate([self.start, np.full(k, np.nan)])
        self.end = np.concatenate([self.end, np.full(k, np.nan)])
        self.rank = np.concatenate([self.rank, np.zeros(k, np.int8)])
        self.shape = np.concatenate([self.shape, np.zeros(k, np.int8)])
        self.kind = np.concatenate([self.kind, np.zeros(k, np.int8)])
        self.status = np.concatenate([self.status, np.zeros(k, np.int8)])
        self.alive = np.concatenate([self.alive, np.zeros(k, bool)])
        self.label_width = np.concatenate([self.label_width, np.full(k, np.nan, np.float32)])
        rows = list(range(n0, n0 + k))
        for row, event in zip(rows, events, strict=True):
            self.set_row(row, event)
        return rows

    def kill(self, row: int) -> None:
        event = self.events[row]
        if event is not None:
            self.row_of.pop(event.id, None)
        self.events[row] = None
        self.alive[row] = False
