"""Synthetic timelines for benchmarks and tests: many plausible events, made fast.

Dates are spread over ``years`` years ending at the start of 2026, a third of them
bunched in a few "crises", with the mix of precisions news gives (mostly days, some
months, years, approximate dates, ranges and times, a few undated). Dates, titles and
actor tuples are drawn from small shared pools, so a million events stay a few hundred
megabytes and take seconds, not minutes, to make.
"""

from __future__ import annotations

import random
from dataclasses import replace

from timeline_app.core.dates import FuzzyDate, Precision, civil_from_days, days_from_civil
from timeline_app.core.model import Article, Event, Kind, Status, Timeline

ACTORS = (
    "United States", "Russia", "Ukraine", "China", "European Union", "France", "Germany", "United Kingdom",
    "Iran", "Israel", "Turkey", "India", "Japan", "NATO", "United Nations", "Saudi Arabia", "Qatar",
    "Egypt", "Poland", "Brazil", "South Africa", "North Korea", "South Korea", "Hamas",
)  # fmt: skip
_VERBS = {
    Kind.CONSULT: ("meets", "holds talks with", "calls"),
    Kind.AGREE: ("signs accord with", "agrees ceasefire with"),
    Kind.STATEMENT: ("comments on", "issues statement on"),
    Kind.ACCUSE: ("accuses", "blames"),
    Kind.THREATEN: ("threatens", "warns"),
    Kind.SANCTION: ("sanctions", "imposes tariffs on"),
    Kind.ASSAULT: ("strikes", "shells"),
    Kind.AID: ("sends aid to", "pledges support to"),
    Kind.REQUEST: ("asks", "urges"),
    Kind.COOPERATE: ("cooperates with",),
    Kind.REJECT: ("rejects proposal of",),
    Kind.MOBILIZE: ("mobilises against",),
    Kind.PROTEST: ("protests against",),
    Kind.SUPPORT: ("backs",),
    Kind.RETREAT: ("withdraws from",),
    Kind.CONCEDE: ("concedes to",),
    Kind.COERCE: ("expels diplomats of",),
    Kind.OTHER: ("and",),
}
_KIND_WEIGHTS = dict(zip(_VERBS, (20, 6, 18, 8, 5, 5, 9, 4, 6, 4, 3, 2, 2, 3, 1, 1, 2, 1), strict=True))
_STATUS_WEIGHTS = {
    Status.REPORTED: 60, Status.CLAIMED: 18, Status.CONFIRMED: 12, Status.PLANNED: 6, Status.DENIED: 4,
}  # fmt: skip
END_DAY = days_from_civil(2026, 1, 1)


def synthetic_events(n: int, years: float = 30, seed: int = 0, undated: float = 0.005) -> list[Event]:
    """``n`` events over ``years`` years before 2026-01-01, reproducible from ``seed``."""
    rnd = random.Random(seed)
    first = END_DAY - int(years * 365.2425)
    span = END_DAY - first
    crises = [(rnd.uniform(first, END_DAY), rnd.uniform(5, 60)) for _ in range(6)]
    kinds = list(_KIND_WEIGHTS)
    kind_w = list(_KIND_WEIGHTS.values())
    statuses = list(_STATUS_WEIGHTS)
    status_w = list(_STATUS_WEIGHTS.values())
    pairs = [(a,) for a in ACTORS] + [(a, b) for a in ACTORS[:10] for b in ACTORS if a != b]
    dates: dict[tuple[int, int, int], FuzzyDate] = {}
    titles: dict[tuple[Kind, tuple[str, ...], int], str] = {}
    kind_draw = rnd.choices(kinds, kind_w, k=n)
    status_draw = rnd.choices(statuses, status_w, k=n)
    out: list[Event] = []
    for i in range(n):
        kind = kind_draw[i]
        actors = pairs[int(rnd.paretovariate(1.2) * 3) % len(pairs)]
        r = rnd.random()
        if r < undated:
            when = None
        else:
            if rnd.random() < 0.35:
                centre, width = crises[i % len(crises)]
                day = int(min(max(rnd.gauss(centre, width), first), END_DAY - 1))
            else:
                day = first + rnd.randrange(span)
            p = rnd.random()
            if p < 0.72:
                code = 0
            elif p < 0.76:
                code = 1  # a time of day
            elif p < 0.86:
                code = 2  # month
            elif p < 0.90:
                code = 3  # year
            elif p < 0.95:
                code = 4  # approximate day
            else:
                code = 5 + rnd.randrange(3)  # a range of a few days to weeks
            key = (day, code, rnd.randrange(24) if code == 1 else 0)
            when = dates.get(key)
            if when is None:
                when = _date(day, code, key[2])
                dates[key] = when
        verb_i = i % len(_VERBS[kind])
        tkey = (kind, actors, verb_i)
        title = titles.get(tkey)
        if title is None:
            verb = _VERBS[kind][verb_i]
            other = actors[1] if len(actors) > 1 else ("allies" if kind is not Kind.STATEMENT else "talks")
            title = f"{actors[0]} {verb} {other}"
            titles[tkey] = title
        out.append(
            Event(f"s{i:07d}", title, when, actors=actors, kind=kind, status=status_draw[i], expression="")
        )
    return out


def _date(day: int, code: int, hour: int) -> FuzzyDate:
    y, m, d = civil_from_days(day)
    base = FuzzyDate(y, m, d)
    if code == 0:
        return base
    if code == 1:
        return FuzzyDate(y, m, d, hour, (hour * 7) % 60, Precision.MINUTE)
    if code == 2:
        return base.truncate(Precision.MONTH)
    if code == 3:
        return base.truncate(Precision.YEAR)
    if code == 4:
        return replace(base, approximate=True)
    ey, em, ed = civil_from_days(day + (3, 12, 40)[code - 5])
    return replace(base, end=FuzzyDate(ey, em, ed))


def synthetic_timeline(n: int, years: float = 30, seed: int = 0, articles: int = 0) -> Timeline:
    """A Timeline of :func:`synthetic_events`, with ``articles`` dated articles (no text)."""
    timeline = Timeline(title=f"{n:,} synthetic events")
    rnd = random.Random(seed + 1)
    first = END_DAY - int(years * 365.2425)
    for i in range(articles):
        y, m, d = civil_from_days(rnd.randrange(first, END_DAY))
        timeline.add_article(Article(f"a{i}", f"Article {i + 1}", "", FuzzyDate(y, m, d)))
    timeline.add_events(synthetic_events(n, years, seed))
    return timeline
