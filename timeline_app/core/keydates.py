"""Key dates: the days an editor would put on a published timeline, each with what happened.

:func:`key_dates` ranks the days of a timeline's (merged) events by what the articles say,
never by any reference timeline:

- how many independent articles report an event on the day (an article counts once a day);
- whether they refer to the day in their own words ("on 12 January", "Tuesday") or only
  place the story's news on their publication day, which says less (every article has one);
- how sure the extractor is that each event is real (``Event.confidence``);
- whether the article tells the event in its lead, as its news, or later, where background,
  reaction and detail are told (:data:`LEAD_CHARS`, :data:`LATER_WEIGHT`);
- whether they were published on or after the day (reporting it) or before it (expecting it);
- how many articles name the day in any time expression, an event's or not.

An article's weight for a day is its best event there: ``confidence`` for an event dated by
an expression of the text, :data:`PUBLICATION_WEIGHT` times it for one dated only by the
publication day (approximate, no expression), :data:`LATER_WEIGHT` times that for an event
told after the article's lead. An article that names a day it was published
after refers back to it, and a day still named weeks later mattered: such a reference weighs
``1 + ln(1 + lag / RECALL_DAYS)`` times more (``lag`` in days, at most a year; the article's
publication day is the day its events dated only by the publication day fall on). The day's
score is the sum over articles.

An article published before a day cannot report that the day's events happened: it announces
or expects them (a hearing set for Thursday, a visit due on Sunday, talks planned for next week),
or it read a weekday forward by mistake. So its events on a later day weigh :data:`AHEAD_WEIGHT`
(nothing): whether the hearing, the visit or the talks took place, and mattered, the articles
published on and after the day tell. Its naming of the day still counts as a reference (below).

An article that names a day in any of its time expressions ("since April 20", "the April 20
explosion", "a week after the 12 January quake") refers to it, whether or not an event of it is
dated there (most such references date no event: a noun phrase, a "since"): each article naming
a day adds :data:`REFERENCE_WEIGHT` to it (boosted by its lag as above), once, on top of its
best event there. Only days with events are ranked.

Only an article's own word puts it on a day. The merge folds into an event the same event told
by another article with another date (kept in ``alternatives``), and the sources of such an
event need not all have said its day; a relative word ("Monday", "4pm", "tonight") said of the
publication day reaches about a week from it. So a source of an event with alternatives, other
than the event's first (whose text gave the day), counts for the day only if its article was
published within :data:`REACH_DAYS` of it or its sentence names the day itself ("on 12
January", "April 20, 2010"); otherwise a long lag would make a schedule's "4pm" of a year later
weigh the most. "Two days later" counted from a date of the text reaches any distance: the
first source keeps it, as does an event every source of which gave the same day.

The boost rewards a day that was the collection's news and is still named later. A day more
than :data:`BACKGROUND_DAYS` before the articles begin (an earlier disaster, a founding, last
year's election) was never their news, only history they recall: its references count once
each, unboosted, so that background named in many articles does not outrank the crisis's own
days.

Some time expressions name no day of the news. A page's stamps (a reader comment's "At 13:57
3rd Jun 2010, Name wrote:", "Page last updated at ...", "Posted by: Name | ...") are dropped,
both as references and as the dates of events (:func:`is_stamp`). A month and day written
without a year had its year guessed from the publication date: when the articles write that
month and day with another year more often ("the attacks of September 11, 2001"), a yearless
mention published more than :data:`REACH_DAYS` from the guessed day names that year (a named
anniversary, :func:`named_year`).

An editor spreads a timeline over its whole span: a quiet month's news is its own biggest day,
not the busy month's tenth. So a day with more evidence than every other day within
:data:`PEAK_DAYS` either side of it (the top of its stretch: a burst over its neighbours) weighs
:data:`PEAK_WEIGHT` times more; a day of a busy month must beat its neighbours to be a peak, a
day of a quiet month only its few neighbours. A day alone in its stretch stands out over nothing
(a stray mention of a later or earlier day), background days (see above) are no one's news and a
day after the last article was published was reported by none (a date set for a trial, a vote):
none of them is a peak.

Each key date's summary is made of source sentences: the sentences whose words the day's
articles share most (a sentence whose words many articles of that day use is what was widely
reported), never two that say the same thing.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from timeline_app.core.dates import Precision
from timeline_app.core.extract.merge import STOPWORDS
from timeline_app.core.model import Article, Event
from timeline_app.core.temporal import tag

PUBLICATION_WEIGHT = 0.5
"""Weight of an event dated only by its article's publication day, against one whose text
names its date."""

RECALL_DAYS = 7.0
"""The scale (days) of the weight a later article's reference to a day gets (see above)."""

MAX_LAG_DAYS = 365
"""A reference more than a year later (an anniversary, background) counts as one a year later."""

BACKGROUND_DAYS = 30
"""A day more than this many days before the articles begin is background (see above). They
begin on the 2nd percentile of their publication days, so one stray old article does not move
the start; a crisis's first day often comes a few days or weeks before the first saved article."""

REACH_DAYS = 7
"""How far (days) from its article's publication day a source merged into an event with other
dates may put it without naming the day in its sentence (see above)."""

LEAD_CHARS = 800
"""An article's lead: its first characters (the headline, the dateline and the first paragraph or
two), where it tells its news; what it tells later is mostly background, reaction and detail."""

LATER_WEIGHT = 0.5
"""Weight of an event told after its article's lead (see :data:`LEAD_CHARS`), against one told
in it."""

AHEAD_WEIGHT = 0.0
"""Weight of an event on a day told by an article published before that day (see above)."""

REFERENCE_WEIGHT = 0.5
"""What an article naming a day in any time expression adds to the day (before the lag boost),
beside the weight of its events there (see above)."""

ANNIVERSARY_SAID = 2
"""How many times the articles must write a year with a month and day for a yearless mention
of it to name that year (see :func:`named_year`)."""

PEAK_DAYS = 30
"""A day with more evidence than every other day within this many days either side of it is a
peak of its stretch (see above)."""

PEAK_WEIGHT = 3.0
"""How much more a peak weighs (see :data:`PEAK_DAYS`): any value from 3 up ranks the peaks
the same on Timeline17's tuning part (2 nearly so)."""

SAME_THING = 0.45
"""Two summary sentences whose content words overlap this much (Jaccard) say the same thing."""

_DAY_OR_FINER = frozenset({Precision.DAY, Precision.HOUR, Precision.MINUTE})
_WORD = re.compile(r"[^\W\d_][\w'-]+")
_STOP = STOPWORDS | {"can", "could", "may", "might", "i", "you", "us", "our", "him", "them"} | {
    "mr", "mrs", "ms", "today", "tomorrow", "yesterday",
}  # fmt: skip
"""The merge's function words, and pronouns, modals and day words that say nothing of what
happened (summary sentences are compared by the rest)."""


@dataclass(slots=True)
class KeyDate:
    """One key date: its score, its events (most reported first) and a short summary."""

    date: _dt.date
    score: float
    events: list[Event] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)


def event_day(event: Event) -> _dt.date | None:
    """The calendar day of an event dated to the day (or finer), else ``None``."""
    when = event.when
    if when is None or when.precision not in _DAY_OR_FINER or when.end is not None:
        return None
    try:
        return when.to_date()
    except ValueError:
        return None


def _articles(event: Event) -> set[str]:
    return {s.article for s in event.sources}


def _names_its_date(event: Event) -> bool:
    """Dated by an expression of its own text, not only by the publication day."""
    return bool(event.expression) and not (event.when is not None and event.when.approximate)


def _weight(event: Event) -> float:
    sure = min(1.0, max(0.0, event.confidence))
    return sure if _names_its_date(event) else PUBLICATION_WEIGHT * sure


def publication_days(events: Iterable[Event]) -> dict[str, _dt.date]:
    """Each article's publication day, as its events dated only by it tell (the most common
    day among them); articles with no such event are missing."""
    days: dict[str, Counter[_dt.date]] = defaultdict(Counter)
    for event in events:
        day = event_day(event)
        if day is not None and not _names_its_date(event):
            for article in _articles(event):
                days[article][day] += 1
    return {article: counter.most_common(1)[0][0] for article, counter in days.items()}


@lru_cache(maxsize=4096)
def names_day(sentence: str, day: _dt.date) -> bool:
    """Whether ``sentence`` names ``day`` itself: a date with its day and month (and its year,
    if it gives one), in any language the time tagger reads; "Monday" or "today" do not."""
    month_day = f"-{day.month:02d}-{day.day:02d}"
    for expression in tag(sentence, None):
        value = expression.value
        if len(value) >= 10 and value[4:10] == month_day and value[:4] in ("XXXX", f"{day.year:04d}"):
            return True
    return False


def _counts_for(event: Event, i: int, day: _dt.date, published: dict[str, _dt.date]) -> bool:
    """Whether the ``i``-th source of ``event`` may put its article on ``day`` (see
    :data:`REACH_DAYS`)."""
    if i == 0 or not event.alternatives:
        return True
    source = event.sources[i]
    when = published.get(source.article)
    return when is None or abs((when - day).days) <= REACH_DAYS or names_day(source.quote, day)


def coverage_start(published: dict[str, _dt.date]) -> _dt.date | None:
    """The day the articles begin: the 2nd percentile of their publication days (None: none
    known)."""
    if not published:
        return None
    days = sorted(published.values())
    return days[len(days) // 50]


def _boost(lag: int) -> float:
    """How much more a reference ``lag`` days after the day weighs (1 for none after it)."""
    return 1 + math.log1p(min(lag, MAX_LAG_DAYS) / RECALL_DAYS) if lag > 0 else 1.0


def _iso_day(value: str) -> _dt.date | None:
    """The calendar day a TIMEX3 value names ("2010-04-20", "2010-04-20T14:00"), else None."""
    if len(value) < 10 or not (value[:4].isdigit() and value[5:7].isdigit() and value[8:10].isdigit()):
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# A page's own stamps, not news: a reader's comment ("At 13:57 3rd Jun 2010, Name wrote:",
# "Posted by: Name | September 24, 2008 6:17 PM | Report abuse"), the page's update time
# ("Page last updated at 14:02 GMT, Tuesday, 1 June 2010", "1 June 2010 Last updated at 14:02",
# "Published: 12 May"), a print edition's ("Thursday, October 23, 2008; Page A01").
_STAMP_BEFORE = re.compile(
    r"(?:\b(?:[Ll]ast [Uu]pdated|[Uu]pdated|Published|Posted|First published)\b(?: (?:at|on))?:?"
    r"|\bPosted by:?[^|\n]{1,60}\|)[^.!?\n]{0,12}$"
)
_STAMP_AFTER = re.compile(
    r",\s*[^\s,.]+(?: [^\s,.]+){0,2} wrote\s*:|[^.!?\n]{0,25}?\|\s*Report abuse|\s*;\s*Page [A-Z]?\d"
    r"|\s+(?:[Ll]ast [Uu]pdated|Updated)\b"
)


def is_stamp(text: str, start: int, end: int) -> bool:
    """Whether the time expression ``text[start:end]`` is a page's stamp (a reader comment's
    time, the page's update or print time), not a day the article tells of."""
    return bool(_STAMP_BEFORE.search(text[max(0, start - 80) : start]) or _STAMP_AFTER.match(text, end))


_YEAR = re.compile(r"\d{4}|'\d\d\b")
"""A year written out ("2001", "'01"): an expression without one had its year guessed."""

YearsSaid = dict[tuple[int, int], Counter[int]]
"""For each (month, day), the years the articles write with it ("September 11, 2001")."""


def years_said(articles: Iterable[Article]) -> YearsSaid:
    """The years the articles' time expressions write out with each month and day."""
    out: YearsSaid = defaultdict(Counter)
    for article in articles:
        for mark in article.time_marks or ():
            day = _iso_day(mark.value)
            if (
                day is not None
                and _YEAR.search(article.text[mark.start : mark.end])
                and not is_stamp(article.text, mark.start, mark.end)
            ):
                out[(day.month, day.day)][day.year] += 1
    return out


def named_year(
    expression: str, day: _dt.date, said: YearsSaid, published: _dt.date | None = None
) -> _dt.date | None:
    """The day a month and day without a year ("Sept. 11") names: ``day`` (its year guessed
    from the publication date), or the same month and day of another year when the articles
    write that year with it at least :data:`ANNIVERSARY_SAID` times and more often than the
    guessed one (a named anniversary: "the Sept. 11 attacks" of 2001 in articles of 2008),
    unless it was ``published`` within :data:`REACH_DAYS` of ``day`` (this year's anniversary,
    told in its week); None when that day does not exist (29 February)."""
    if _YEAR.search(expression) or (published is not None and abs((published - day).days) <= REACH_DAYS):
        return day
    years = said.get((day.month, day.day))
    if not years:
        return day
    year, times = years.most_common(1)[0]
    if year == day.year or times < ANNIVERSARY_SAID or times <= years[day.year]:
        return day
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def named_days(articles: Iterable[Article], said: YearsSaid | None = None) -> dict[_dt.date, dict[str, int]]:
    """For each day the articles' time expressions name, the articles naming it and how many
    days after it each was published (articles not tagged or not dated are skipped); a month and
    day without a year names the year the articles write with it (:func:`named_year`)."""
    articles = list(articles)
    if said is None:
        said = years_said(articles)
    out: dict[_dt.date, dict[str, int]] = defaultdict(dict)
    for article in articles:
        marks = article.time_marks
        if not marks or article.published is None:
            continue
        try:
            published = article.published.to_date()
        except ValueError:
            continue
        for mark in marks:
            day = _iso_day(mark.value)
            if day is not None and is_stamp(article.text, mark.start, mark.end):
                continue
            if day is not None:
                day = named_year(article.text[mark.start : mark.end], day, said, published)
            if day is not None:
                out[day][article.id] = (published - day).days
    return out


def day_scores(
    events: Iterable[Event],
    published: dict[str, _dt.date] | None = None,
    named: dict[_dt.date, dict[str, int]] | None = None,
    days: dict[str, _dt.date] | None = None,
) -> dict[_dt.date, float]:
    """Every day's evidence: the sum over articles of the article's best event that day, plus
    :data:`REFERENCE_WEIGHT` for each article naming the day (days with events only).

    ``published``: the articles' publication days (default: :func:`publication_days`);
    ``named``: the days the articles name (:func:`named_days`; default none); ``days``: each
    event's day by id (default: :func:`event_day`)."""
    events = list(events)
    if published is None:
        published = publication_days(events)
    begin = coverage_start(published)
    best: dict[_dt.date, dict[str, float]] = defaultdict(dict)
    for event in events:
        day = event_day(event) if days is None else days.get(event.id)
        if day is None:
            continue
        weight = _weight(event)
        boosted = _names_its_date(event) and (begin is None or (begin - day).days <= BACKGROUND_DAYS)
        per_article = best[day]
        tellings = [
            (s.article, weight if s.start < LEAD_CHARS else LATER_WEIGHT * weight)
            for i, s in enumerate(event.sources)
            if _counts_for(event, i, day, published)
        ]
        for article, w in tellings if event.sources else [(event.id, weight)]:
            told = published.get(article)
            if told is not None and told < day:
                w *= AHEAD_WEIGHT  # told before it happened: announced or expected, not reported
            elif boosted and told is not None:
                w *= _boost((told - day).days)
            if w > per_article.get(article, -1.0):
                per_article[article] = w
    scores = {day: sum(articles.values()) for day, articles in best.items()}
    for day, lags in (named or {}).items():
        if day in scores:
            history = begin is not None and (begin - day).days > BACKGROUND_DAYS
            scores[day] += REFERENCE_WEIGHT * sum(1.0 if history else _boost(lag) for lag in lags.values())
    return scores


def local_peaks(
    scores: dict[_dt.date, float], begin: _dt.date | None = None, last: _dt.date | None = None
) -> set[_dt.date]:
    """The days whose score is above every other day's within :data:`PEAK_DAYS` either side
    (at least one), but background days more than :data:`BACKGROUND_DAYS` before ``begin``
    (the day the articles begin) and days after ``last`` (the last article's day)."""
    days = sorted(scores)
    reach = _dt.timedelta(days=PEAK_DAYS)
    peaks = set()
    lo = hi = 0
    for i, day in enumerate(days):
        while days[lo] < day - reach:
            lo += 1
        while hi < len(days) and days[hi] <= day + reach:
            hi += 1
        if (begin is not None and (begin - day).days > BACKGROUND_DAYS) or (last is not None and day > last):
            continue
        score = scores[day]
        if hi - lo > 1 and all(scores[days[j]] < score for j in range(lo, hi) if j != i):
            peaks.add(day)
    return peaks


def _words(text: str) -> set[str]:
    return {w[:7] for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOP and len(w) > 2}


# A wire story's dateline left in its sentence: "... | Fri May 7, 2010 1:59 pm EDT NEW YORK (Reuters) - "
# (an agency's name in brackets and a dash, near the start), or "NEW ORLEANS -- " opening it.
_AGENCY_DATELINE = re.compile(r"^.{0,200}?\([A-Z][A-Za-z .&-]{1,30}\)\s*(?:--|[-–—])\s+(?=[A-Z\"'“‘])")
_CITY_DATELINE = re.compile(
    r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
    r"\s*(?:--|—)\s+(?=[A-Z])"
)


def without_dateline(text: str) -> str:
    """A sentence without the wire dateline a story's first line may keep (the place and time it
    was filed from, not what happened)."""
    for pattern in (_AGENCY_DATELINE, _CITY_DATELINE):
        m = pattern.match(text)
        if m is not None:
            return text[m.end() :]
    return text


def event_sentence(event: Event) -> str:
    """The event's source sentence, on one line, without a wire dateline; its title when it has
    no source."""
    quote = without_dateline(" ".join(event.sources[0].quote.split())) if event.sources else ""
    return quote if len(quote) >= len(event.title) else event.title


_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our|me|us)\b")


def _well_formed(text: str) -> float:
    """How much a sentence reads as a whole report: one cut mid-sentence (starting in lower
    case, or not ending as a sentence ends), quoting someone's own words or in the first
    person counts for less."""
    factor = 1.0
    if not text[:1].isupper() and not text[:1].isdigit():
        factor *= 0.3
    if text.endswith(("...", "…")):  # a teaser cut off with an ellipsis
        factor *= 0.3
    elif text[-1:] not in ".!?\"')”’":  # cut before its end
        factor *= 0.6
    if text[:1] in "\"'“‘" or text.count('"') % 2 or _FIRST_PERSON.search(text):
        factor *= 0.5
    return factor


def _reports(event: Event) -> int:
    return len(_articles(event))


def summarise_day(events: list[Event], sentences: int) -> list[str]:
    """Up to ``sentences`` sentences saying what happened, the most widely reported first."""
    if sentences <= 0 or not events:
        return []
    texts = [event_sentence(e) for e in events]
    words = [_words(t) for t in texts]
    # in how many of the day's articles each word appears
    spread: Counter[str] = Counter()
    article_words: dict[str, set[str]] = defaultdict(set)
    for event, ws in zip(events, words, strict=True):
        for article in _articles(event) or {event.id}:
            article_words[article] |= ws
    for ws in article_words.values():
        spread.update(ws)
    total = max(1, len(article_words))

    def centrality(i: int) -> float:
        ws = words[i]
        if not ws:
            return 0.0
        shared = sum(spread[w] for w in ws) / (len(ws) * total)
        fullness = min(1.0, len(ws) / 6) * _well_formed(texts[i])  # fragments say little
        return shared * fullness * (0.5 + 0.5 * _weight(events[i])) * (1 + 0.1 * (_reports(events[i]) - 1))

    order = sorted(range(len(events)), key=lambda i: (-centrality(i), texts[i]))
    chosen: list[int] = []
    for i in order:
        if len(chosen) == sentences:
            break
        if not words[i] or any(texts[i] == texts[j] for j in chosen):
            continue
        if any(len(words[i] & words[j]) / len(words[i] | words[j]) >= SAME_THING for j in chosen):
            continue
        chosen.append(i)
    return [texts[i] for i in chosen]


# What a radio or television listing says of its programmes (lower case): a guest or a band in
# the studio, a presenter sitting in, a station; and a programme's slot ("7.00-9.00pm").
_LISTING_CUES = (
    "in the studio", "in session", " sits in for ", " joined by ", " live ", "counts down the chart",
    "'s show", "'s programme", "episode", "listeners", "viewers", "radio ", "1xtra", "6 music",
    "bbc one", "bbc two", "bbc three", "bbc four", "presents ", "hosts ", "introduces ",
)  # fmt: skip
_SLOT = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*-\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b")
_SENTENCE_END = re.compile(r"[.!?][\"')\]”’]*(?:\s|$)")
LISTING_CUES = 10
"""A page that says this many things of programmes, in at least :data:`LISTING_SHARE` of its
sentences, is a broadcast listing (see :func:`is_listing`)."""
LISTING_SHARE = 0.1
LISTING_READ = 20_000
"""Characters of an article read to tell a listing (a listing is one from its start; reading a
whole collection's few long pages took half as long as ranking its days)."""


def is_listing(article: Article) -> bool:
    """Whether an article is a radio or television listing (a week's programmes): the days its
    programmes go out on, and the days its guests' news is told ("Zoe Ball returns after the
    birth of her daughter on 14 January"), are no evidence of the collection's news. It says at
    least :data:`LISTING_CUES` things only programmes are said to do, in at least
    :data:`LISTING_SHARE` of its sentences (a news story of a broadcast says a few), in its
    first :data:`LISTING_READ` characters."""
    text = article.text[:LISTING_READ].lower()
    cues = sum(text.count(cue) for cue in _LISTING_CUES)
    if LISTING_CUES / 2 <= cues < LISTING_CUES:
        cues += len(_SLOT.findall(text))
    if cues < LISTING_CUES:
        return False
    sentences = sum(1 for _ in _SENTENCE_END.finditer(text)) or 1
    return cues >= LISTING_SHARE * sentences


def _told(event: Event, published: dict[str, _dt.date]) -> _dt.date | None:
    """The publication day of the article whose text dated ``event`` (its first source)."""
    return published.get(event.sources[0].article) if event.sources else None


def _stamped(event: Event) -> bool:
    """Whether the expression dating ``event`` is a page stamp in its first source (see
    :func:`is_stamp`)."""
    if not event.sources:
        return False
    quote, expression = event.sources[0].quote, event.expression
    at = quote.find(expression)
    return at >= 0 and is_stamp(quote, at, at + len(expression))


def key_dates(
    events: Iterable[Event],
    count: int,
    *,
    start: _dt.date | None = None,
    end: _dt.date | None = None,
    sentences: int = 1,
    articles: Iterable[Article] = (),
) -> list[KeyDate]:
    """The ``count`` days with the most evidence between ``start`` and ``end`` (inclusive),
    in calendar order, each with its events (most reported first) and ``sentences`` summary
    sentences. Only events dated to the day count; ties go to the earlier day. ``articles``:
    the events' articles, whose time expressions (:attr:`Article.time_marks`) refer to days
    too (see :data:`REFERENCE_WEIGHT`)."""
    articles = list(articles)
    listings = {a.id for a in articles if is_listing(a)}
    everything = [e for e in events if not (e.sources and all(s.article in listings for s in e.sources))]
    articles = [a for a in articles if a.id not in listings]
    said = years_said(articles)
    published = publication_days(everything)
    by_day: dict[_dt.date, list[Event]] = defaultdict(list)
    for event in everything:
        day = event_day(event)
        if day is not None and event.expression and _stamped(event):
            continue
        if day is not None and event.expression and said:
            day = named_year(event.expression, day, said, _told(event, published))
        if day is None or (start is not None and day < start) or (end is not None and day > end):
            continue
        by_day[day].append(event)
    scores = day_scores(
        (e for day_events in by_day.values() for e in day_events),
        published,
        named_days(articles, said),
        {e.id: day for day, day_events in by_day.items() for e in day_events},
    )
    last = max(published.values(), default=None)
    for day in local_peaks(scores, coverage_start(published), last):
        scores[day] *= PEAK_WEIGHT
    ranked = sorted(by_day, key=lambda d: (-scores[d], d))[: max(0, count)]
    out = []
    for day in sorted(ranked):
        day_events = sorted(by_day[day], key=lambda e: (-_reports(e), -_weight(e), e.id))
        out.append(KeyDate(day, scores[day], day_events, summarise_day(day_events, sentences)))
    return out
