"""Reading the ``when`` of an event record: its start and end text at a stated precision.

Shared by the reader's two paths (project_records for records as written, project_reader
for the rest), each distinct ``when`` once.
"""

from __future__ import annotations

import re
from typing import Any

from timeline_app.core.dates import FuzzyDate, Precision

__all__ = ["read_when"]

_PRECISIONS = {p.value: p for p in Precision}
_MILLENNIUM = re.compile(r"[+-]?\d{1,3}")


def read_when(start: Any, end: Any, precision: Any, end_precision: Any, approximate: bool) -> FuzzyDate:
    """The date of a ``when`` object's values (see project.when_to_json).

    Raises:
        ValueError: no text start, an unknown precision, or an impossible date.
    """
    if not isinstance(start, str):
        raise ValueError("a date needs a text 'start'")
    prec = _precision(precision)
    date = _date(start, prec)
    if end is not None:
        if not isinstance(end, str):
            raise ValueError("a date's 'end' must be text or null")
        if end_precision is not None:
            last = _date(end, _precision(end_precision))
        else:  # files without end_precision: the end at the start's precision when it is finer
            last = _date(end, None) if not _MILLENNIUM.fullmatch(end.strip()) else _date(end, prec)
            if prec is not None and last.precision.rank < prec.rank:
                last = last.truncate(prec)
    else:
        last = None
    d = date
    if last is not None:  # what dataclasses.replace would do, without its overhead
        return FuzzyDate(
            d.year, d.month, d.day, d.hour, d.minute, d.precision, approximate or d.approximate, last
        )
    if approximate:  # nothing to check again
        return FuzzyDate(d.year, d.month, d.day, d.hour, d.minute, d.precision, True, None)
    return date


def _precision(value: Any) -> Precision | None:
    if value is None:
        return None
    found = _PRECISIONS.get(value) if isinstance(value, str) else None
    if found is None:
        raise ValueError(f"unknown precision {value!r}")
    return found


def _date(text: str, precision: Precision | None) -> FuzzyDate:
    """One date's text at a known precision."""
    if precision is Precision.MILLENNIUM and _MILLENNIUM.fullmatch(text.strip()):
        # FuzzyDate.iso() writes a millennium as "2" (for 2000), which FuzzyDate.parse does not read.
        return FuzzyDate(int(text) * 1000, precision=Precision.MILLENNIUM)
    date = FuzzyDate.parse(text)
    if precision is not None and date.precision is not precision:
        date = date.truncate(precision)
    return date
