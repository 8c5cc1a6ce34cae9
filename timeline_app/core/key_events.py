"""What the window's Key Events mode shows: the key dates, the few events drawn for each, and
every day's score (the Events table's importance column).

Pure and thread-safe (it reads frozen events and builds new objects), so the window runs
it off the GUI thread. The ranking is :func:`timeline_app.core.keydates.key_dates`', asked
once for every day: the key dates are the ``count`` days it scores highest, as its own
``count`` picks them, and the other days' scores come with the same call.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeline_app.core.dates import days_from_civil, dense_run
from timeline_app.core.keydates import KeyDate, event_day, event_sentence, key_dates, summarise_day
from timeline_app.core.model import Article, Event

PER_DATE = 2
"""Events drawn prominent on each key date at most: its most widely reported ones that say
different things (the others of the day join the density band)."""
SECOND_SHARE = 0.5
"""An event after a key date's first is drawn only if at least two articles and this share of
the first's tell it: a story one article tells beside the day's news is detail, not a key event.
When all the events come from one article, nothing is told more widely than anything else:
a key day then draws all its events that say different things (a reader who opens one story
in Key Events mode sees its days' events, not one a day)."""
MIN_DATES, MAX_DATES, DEFAULT_DATES = 10, 200, 30
_EVERY_DAY = 10**9


def source_count(event: Event) -> int:
    """How many articles tell ``event``."""
    return len({source.article for source in event.sources})


@dataclass(slots=True)
class KeyEvents:
    """The key dates (calendar order; each one's ``events`` are those drawn prominent), the
    source count of each drawn event by id, every day's score, and the day of each event
    dated to the day (by id, as the events were when worked out)."""

    dates: list[KeyDate] = field(default_factory=list)
    sources: dict[str, int] = field(default_factory=dict)
    day_score: dict[_dt.date, float] = field(default_factory=dict)
    day_of: dict[str, _dt.date] = field(default_factory=dict)

    def changed_days(self, before: KeyEvents) -> set[_dt.date]:
        """The days whose score is not what it was in ``before``."""
        now, then = self.day_score, before.day_score
        return {day for day in now.keys() | then.keys() if now.get(day) != then.get(day)}

    def score_of(self, event: Event) -> float | None:
        """The score of the day ``event`` falls on; None for an event not dated to a day."""
        day = event_day(event)
        return None if day is None else self.day_score.get(day)

    def span(self) -> tuple[float, float] | None:
        """(first, last) day of the key dates, in days since 1970-01-01 (the last day whole)."""
        if not self.dates:
            return None
        first, last = self.dates[0].date, self.dates[-1].date
        return (
            float(days_from_civil(first.year, first.month, first.day)),
            float(days_from_civil(last.year, last.month, last.day) + 1),
        )


FIT_SHARE = 0.9
"""Fit to Key Events frames at least this share of the key dates."""


def fit_dates(dates: list[_dt.date], share: float = FIT_SHARE) -> tuple[list[_dt.date], list[_dt.date]]:
    """(dates to frame, dates left out) for Fit to Key Events: the background days a crisis's
    articles name (an earthquake of 1918) are left out when framing them would squeeze the
    crisis into a few pixels (:func:`~timeline_app.core.dates.dense_run`)."""
    days = sorted(dates)
    first, end = dense_run([float(d.toordinal()) for d in days], share)
    return days[first:end], days[:first] + days[end:]


def key_events(
    events: Iterable[Event],
    count: int,
    *,
    per_date: int = PER_DATE,
    shown: Callable[[Event], bool] | None = None,
    articles: Iterable[Article] = (),
) -> KeyEvents:
    """The ``count`` key dates of ``events`` and up to ``per_date`` events to draw for each.

    Days are ranked on every event (each weighs by its confidence, as in ``summarize``);
    the events drawn are chosen among those ``shown`` accepts (the window hides uncertain
    events unless asked): the ones behind the day's summary sentences, most widely reported
    first, never two saying the same thing. ``count`` 0 gives only the days' scores.
    ``articles``: the events' articles, whose time expressions refer to days too (as in
    ``summarize``).
    """
    events = list(events)
    every_day = key_dates(events, _EVERY_DAY, sentences=0, articles=articles)
    one_article = len({source.article for event in events for source in event.sources}) <= 1
    result = KeyEvents(
        day_score={k.date: k.score for k in every_day},
        day_of={e.id: k.date for k in every_day for e in k.events},
    )
    if count <= 0:
        return result
    ranked = sorted(every_day, key=lambda k: (-k.score, k.date))[:count]
    for key in sorted(ranked, key=lambda k: k.date):
        candidates = [e for e in key.events if shown is None or shown(e)]
        if one_article:  # a single story: each key day's events that say different things
            picked = _distinct(candidates, max(per_date, len(candidates)), least=1.0)
        else:
            picked = _distinct(candidates, per_date)
        result.dates.append(KeyDate(key.date, key.score, picked, [event_sentence(e) for e in picked]))
        result.sources.update((e.id, source_count(e)) for e in picked)
    return result


def _distinct(events: list[Event], most: int, least: float = 2.0) -> list[Event]:
    """Up to ``most`` of a day's events (most reported first) that say different things: those
    behind :func:`summarise_day`'s sentences (else the first), the first and those after it
    that enough articles tell (at least ``least``, see :data:`SECOND_SHARE`)."""
    by_sentence: dict[str, Event] = {}
    for event in events:
        by_sentence.setdefault(event_sentence(event), event)
    picked = [by_sentence[s] for s in summarise_day(events, most) if s in by_sentence] or events[:1]
    if not picked:
        return []
    enough = max(least, SECOND_SHARE * source_count(picked[0]))
    return picked[:1] + [e for e in picked[1:] if source_count(e) >= enough]
