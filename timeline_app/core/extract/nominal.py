"""Events that a noun names with a date of their own: "ahead of the parliamentary election on
Sept. 28", "before the NATO summit in The Hague on June 24".

After a temporal preposition (before, after, ahead of, since, until, following) the date belongs
to the noun, not to the clause's verb: the allies were urged before the summit, not on its day.
The noun then makes an event of its own, planned when its date is after publication.
"""

from __future__ import annotations

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.kinds import NOUN_KINDS
from timeline_app.core.extract.reading import SentenceReading
from timeline_app.core.model import Article, Event, Kind, Source, Status
from timeline_app.core.temporal import DatedSpan

EVENT_NOUNS = frozenset(
    ["election", "elections", "vote", "referendum", "summit", "talks", "meeting", "conference", "visit",
     "ceasefire", "truce", "deadline", "inauguration", "parade", "exercises", "drills", "invasion",
     "offensive", "hearing", "trial", "ballot", "runoff"]
)  # fmt: skip
TEMPORAL = frozenset(["before", "after", "ahead", "since", "until", "following", "prior", "pending"])
_LEAD = frozenset(["on", "in", "at", "of", "the", "a", "an", "late", "early"])
_ARTICLES = frozenset(["the", "a", "an", "its", "their"])


def _noun_before(r: SentenceReading, first: int) -> tuple[int, int] | None:
    """(start of the noun phrase, index of the event noun) for an expression at ``first``."""
    k = first - 1
    steps = 0
    while k >= 0 and steps < 6:
        low = r.lows[k]
        if low in EVENT_NOUNS:
            break
        m = r.mention_at(k)
        if m is not None:
            k, steps = m.first - 1, steps + 1  # "summit in The Hague on June 24"
            continue
        if low not in _LEAD:
            return None
        k, steps = k - 1, steps + 1
    if k < 0 or r.lows[k] not in EVENT_NOUNS:
        return None
    noun = k
    j = k - 1
    while j >= 0 and noun - j <= 5 and r.lows[j] not in TEMPORAL:
        if r.lows[j] in (",", ";", ".") or any(p.index == j for p in r.preds):
            return None
        j -= 1
    if j < 0 or r.lows[j] not in TEMPORAL:
        return None
    start = j + 1
    while start < noun and r.lows[start] in ("of", "to"):
        start += 1  # "ahead of", "prior to"
    return start, noun


def dated_nouns(r: SentenceReading) -> list[tuple[int, int, DatedSpan]]:
    """(phrase start, noun index, expression) for every calendar expression a noun owns."""
    out = []
    for a, _b, e in r.expressions:
        if e.date is None:
            continue
        found = _noun_before(r, a)
        if found is not None:
            out.append((found[0], found[1], e))
    return out


def nominal_event(
    article: Article,
    r: SentenceReading,
    start: int,
    noun: int,
    expr: DatedSpan,
    anchor: FuzzyDate | None,
    event_id: str,
) -> Event:
    time_tokens = r.time_tokens()
    words: list[str] = []
    i = start
    end = min(a for a, _b, e in r.expressions if e is expr)
    while i < end:
        low = r.lows[i]
        if i in time_tokens or (low in ("on", "in", "at") and i + 1 in time_tokens):
            break
        m = r.mention_at(i)
        if m is not None and m.first == i:
            words.append(m.name)
            i = m.last
            continue
        if low in _ARTICLES:
            i += 1
            continue
        words.append(r.tokens[i].text)
        i += 1
    title = " ".join(words).replace(" 's", "'s")
    names = [m for m in r.mentions if start <= m.first < end]
    places = [m.name for m in names if m.kind in ("city", "region", "place")]
    actors = [m.name for m in names if m.kind in ("person", "org", "group", "country", "seat")]
    future = anchor is not None and expr.date is not None and expr.date.start_days >= anchor.end_days
    s = r.sentence
    quote = article.text[s.start : s.end]
    return Event(
        id=event_id,
        title=(title[:1].upper() + title[1:])[:80],
        when=expr.date,
        description=quote,
        actors=tuple(actors),
        places=tuple(places),
        kind=NOUN_KINDS.get(r.lows[noun], Kind.OTHER),
        status=Status.PLANNED if future else Status.REPORTED,
        sources=(Source(article.id, s.start, s.end, quote),),
        expression=expr.text,
        explanation=expr.explanation + f"; it dates the {r.lows[noun]}, not the clause's verb",
    )
