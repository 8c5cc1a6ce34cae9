"""Which verb each time expression dates, and the dates of a sentence's events.

The verb that governs an expression dates its clause ("The Kremlin announced Monday that ..."
dates the announcement); every distinct calendar date in a sentence dates an event.
"""

from __future__ import annotations

from typing import Any

from timeline_app.core.extract.clauses import Predicate
from timeline_app.core.extract.reading import Reading, governing_predicate


def dated_predicates(r: Reading) -> list[tuple[Predicate, list[Any]]]:
    from timeline_app.core.extract.nominal import dated_nouns

    owned = {id(e) for _s, _n, e in dated_nouns(r)}  # "ahead of the election on Sept. 28"
    groups: dict[int, tuple[Predicate, list[Any]]] = {}
    for a, b, e in r.expressions:
        if getattr(e, "date", None) is None or id(e) in owned:
            continue
        p = governing_predicate(r, a, b)
        if p is None:
            continue
        groups.setdefault(p.index, (p, []))[1].append(e)
    out: list[tuple[Predicate, list[Any]]] = []
    seen_dates: set[str] = set()
    for p, es in sorted(groups.values(), key=lambda g: g[0].index):
        for e in es:
            # every distinct calendar date of the sentence dates an event: "fell to 3.8% last
            # month from 4.1% in December" tells of December too
            iso = e.date.iso()
            if iso in seen_dates:
                continue
            seen_dates.add(iso)
            out.append((p, [e]))
    return out
