"""Which verb each time expression dates, and the dates of a sentence's events.

The verb that governs an expression dates its clause ("The Kremlin announced Monday that ..."
dates the announcement); every distinct calendar date in a sentence dates an event, except a
period that describes a thing named after it ("a 13th-century mosque"). An event with no date
of its own that is the story's news takes the publication day, approximate (see
``_date_news`` in extractor.py); a date carries to a later sentence only when that sentence
continues the event (:func:`continues_previous`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import compress
from typing import Any

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.extract import wordclass
from timeline_app.core.extract.clauses import Predicate
from timeline_app.core.extract.reading import QUOTE_TOKENS, SentenceReading, governing_predicate
from timeline_app.core.extract.wordclass import noun_lemmas, verb_lemma, verb_only
from timeline_app.core.temporal import DatedSpan

_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"]
)
_NOT_NOUNS = frozenset(
    [
        # words that follow a time expression without being a noun it describes
        *("and", "or", "but", "nor", "as", "when", "while", "after", "before", "since", "until", "than"),
        *("to", "in", "on", "at", "of", "for", "from", "by", "with", "through", "into", "over", "about"),
        *("ago", "earlier", "later", "alone", "only", "again", "also", "already", "still", "so", "too"),
        *("the", "a", "an", "this", "that", "it", "he", "she", "they", "we", "i", "you", "there"),
        *("will", "would", "could", "should", "may", "might", "can", "must", "shall"),
        *("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did"),
        *("morning", "afternoon", "evening", "night", "local", "time", "gmt", "utc", "est", "edt"),
    ]
)


_POSSESSIVE = frozenset(["'s", "’s"])
_PERIODS = frozenset([Precision.QUARTER, Precision.DECADE, Precision.CENTURY, Precision.MILLENNIUM])
"""Periods that, put before a noun, say what the thing is ("a 13th-century mosque", "third-quarter
profit", "1960s music") far more often than when the clause happened."""
_EVENT_ENDINGS = ("ing", "tion", "sion", "ment", "ure", "val")
_EVENT_WORDS = frozenset(
    ["crash", "war", "coup", "death", "murder", "trip", "vote", "election", "talks", "handover", "takeover"]
)


def names_an_event(word: str) -> bool:
    """Whether a noun names something that happens ("bombing", "election", "attack")."""
    from timeline_app.core.extract.kinds import NOUN_KINDS
    from timeline_app.core.extract.nominal import EVENT_NOUNS

    return word in NOUN_KINDS or word in EVENT_NOUNS or word in _EVENT_WORDS or word.endswith(_EVENT_ENDINGS)


def modifies_noun(r: SentenceReading, first: int, last: int) -> bool:
    """Whether a time expression describes a thing named after it rather than dating the clause:
    "a 13th-century mosque", "the 1987 Chevrolet", "third-quarter profit". Such a date says
    when the thing was made or counted, not when the sentence's verb happened. A noun that
    names an event ("the 1996 bombing", "Wednesday's ruling") is left to date the clause that
    tells of it."""
    if last >= len(r.tokens):
        return False
    possessive = r.lows[last] in ("'s", "’s")
    j = last + 1 if possessive else last
    head = -1
    verbs = {p.index for p in r.preds}
    while j < len(r.tokens) and j - last < 4:
        word = r.tokens[j].text
        if not word.isalpha() or r.lows[j] in _NOT_NOUNS or r.lows[j].endswith("ly") or j in verbs:
            break
        head, j = j, j + 1
    if head < 0:
        return False
    if not possessive:
        hyphenated = "-" in r.tokens[last - 1].text  # "third-quarter loss", "13th-century mosque"
        determined = first > 0 and r.lows[first - 1] in _DETERMINERS  # "the 1987 Chevrolet"
        if not (determined or (hyphenated and r.tokens[last].text[:1].islower())):
            return False
    return not names_an_event(r.lows[head])


_BARE_UNITS = frozenset(["the year", "the month", "the week", "the day", "the decade", "the century"])
_TIME_PARTS = frozenset(
    [
        *("end", "rest", "start", "beginning", "middle", "half", "part", "remainder", "course", "balance"),
        *("close", "turn", "first", "second", "third", "fourth", "last", "time", "height", "peak", "bulk"),
        *("quarter", "months", "weeks", "days", "day", "week", "month", "hours", "morning", "evening"),
    ]
)


def names_an_award(r: SentenceReading, first: int, last: int, e: DatedSpan) -> bool:
    """ "player of the year", "the story of the day": "of the year" after a noun that is no part of
    a time names a title or a kind of thing, and dates nothing ("the end of the year" does)."""
    if e.text.lower() not in _BARE_UNITS or first < 2 or r.lows[first - 1] != "of":
        return False
    return r.lows[first - 2].isalpha() and r.lows[first - 2] not in _TIME_PARTS


def _holiday_compound(r: SentenceReading, first: int, last: int, e: DatedSpan) -> bool:
    """ "her Christmas card list", "Easter eggs": a holiday's name before a noun makes a compound
    that names a thing, not the day the clause happened (unless the noun names a happening:
    "the Christmas truce", "his Easter message")."""
    word = e.text
    if last != first + 1 or not word.isalpha() or not word.istitle() or last >= len(r.lows):
        return False
    low = word.lower()
    if low in _WEEKDAY_AND_MONTH_NAMES:
        return False
    nxt = r.tokens[last].text
    return (
        nxt.isalpha()
        and nxt.islower()
        and nxt not in _NOT_NOUNS
        and not nxt.endswith("ly")
        and not any(p.index == last for p in r.preds)
        and not names_an_event(nxt)
        and nxt not in _HOLIDAY_TIMES
        and nxt not in _FUNCTION_WORDS
    )


_HOLIDAY_TIMES = frozenset(
    [
        *("day", "eve", "holiday", "holidays", "period", "season", "break", "week", "weekend"),
        *("time", "vacation", "recess", "night", "morning", "message", "address", "speech", "truce"),
        *("service", "mass", "celebrations", "celebration", "festivities", "rush"),
    ]
)
"""Nouns after a holiday's name that still tell its time ("the Christmas holidays", "his Easter
message")."""
_FUNCTION_WORDS = frozenset(
    [
        *("because", "if", "unless", "although", "though", "where", "which", "who", "whose", "whom"),
        *("what", "how", "why", "yet", "not", "no", "his", "her", "its", "their", "our", "my", "your"),
        *("this", "these", "those", "him", "them", "us", "me", "once", "here", "now", "then", "even"),
        *("each", "every", "all", "some", "any", "both", "either", "neither", "nor", "against", "onwards"),
    ]
)


_WEEKDAY_AND_MONTH_NAMES = frozenset(
    [
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january"),
        *("february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december", "today", "yesterday", "tomorrow", "tonight"),
    ]
)


def _birth_date(r: SentenceReading, first: int) -> bool:
    """ "Mubarak, born in 1928, resigned": a birth date told beside a name dates the birth only,
    never what the person did later. ("She was born in 1950" makes "born" a verb of its own,
    which the date dates as usual.)"""
    k = first - 1
    while k >= 0 and r.lows[k] in ("in", "on", "at", "around", "about", "circa", "c."):
        k -= 1
    return k >= 0 and r.lows[k] in ("born", "b.") and not any(p.index == k for p in r.preds)


def _since(r: SentenceReading, first: int, p: Predicate) -> bool:
    """ "Indonesia has not reported a case since November 28": what has lasted since a date, up to
    the time of writing (present perfect or present), not something that happened on it."""
    return first > 0 and r.lows[first - 1] == "since" and p.tense in ("perfect", "present")


_FIRST_OR_MOST = frozenset(["first", "last", "most", "least", "only", "longest", "best", "worst"])


def _compared_since(r: SentenceReading, first: int) -> bool:
    """ "their first defeat since 2003", "the slowest growth since the final quarter of 2005", "a
    drop of 0.3 percentage points since 2000": the date is the point a record or a change is
    measured from, and dates nothing that happened."""
    if first == 0 or r.lows[first - 1] != "since":
        return False
    before = r.lows[max(0, first - 7) : first - 1]
    if before[-1:] and before[-1] in _MEASURES:
        return True
    return any(w in _FIRST_OR_MOST or (len(w) > 5 and w.endswith("est")) for w in before)


_COUNTED_SPAN = re.compile(
    r"(?:(?:the )?(?:past|last) )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|several|few|many)?\s*(?:years?|months?|decades?|weeks?)",
    re.IGNORECASE,
)


def _compared_over(r: SentenceReading, first: int, e: DatedSpan) -> bool:
    """ "the first visit by a Chinese leader in ten years", "the only win in five months": a record
    measured over a stretch up to now, not a time ten years ahead."""
    if first == 0 or r.lows[first - 1] not in ("in", "for") or not _COUNTED_SPAN.fullmatch(e.text.strip()):
        return False
    before = r.lows[max(0, first - 15) : first - 1]
    return "first" in before or "only" in before  # (not "could become the largest in 10 years")


_MEASURES = frozenset(["percent", "pct", "points", "point", "%", "percentage"])
_NOT_COMPARED = frozenset(["later", "earlier", "sooner", "other", "rather", "longer"])
_THAN_GAP = frozenset(["in", "the", "of", "during", "at", "for", "that", "those", "its", "their"])


def _compared_than(r: SentenceReading, first: int) -> bool:
    """ "46.5 percent higher than in 2001", "42 tons less than the 2004 production": the date of the
    figure compared against ("no later than 2008", "earlier than in May" still date: a deadline,
    an order of events)."""
    k = first - 1
    while k >= 0 and first - k <= 3 and r.lows[k] in _THAN_GAP:
        k -= 1
    if k < 1 or r.lows[k] != "than":
        return False
    word = r.lows[k - 1]
    if word in _NOT_COMPARED:
        return False
    return word in ("more", "less", "fewer", "up", "down") or (len(word) > 3 and word.endswith("er"))


_COMPARING = frozenset(["versus", "vs", "vs.", "compared", "comparing"])
_COMPARED_ADJECTIVES = ("year-earlier", "year-ago", "year-before")
_AGAINST = frozenset(["earlier", "ago", "before", "previous", "same", "prior"])
_CHANGES = frozenset(
    [
        *("up", "down", "rise", "rose", "risen", "rises", "rising", "fall", "fell", "fallen", "falls"),
        *("increase", "increased", "decrease", "decreased", "jump", "jumped", "drop", "dropped"),
        *("climb", "climbed", "grew", "grow", "grown", "declined", "gained", "slipped", "edged", "surged"),
        *("plunged", "soared", "slumped", "eased", "higher", "lower", "compared"),
    ]
)


_COUNTED_PERIODS = frozenset(["quarter", "period", "half", "months", "weeks", "season"])


def _baseline(r: SentenceReading, first: int) -> bool:
    """ "a net loss of $2 million, versus net income of $5 million a year earlier", "compared with a
    year-earlier loss", "up from 1,650 points on Thursday", "from 31 million in 2004": the date of
    the figure a change is measured against, which dates nothing that happened."""
    if r.lows[first] in _COMPARED_ADJECTIVES:
        return True
    before = r.lows[max(0, first - 3) : first]
    if "same" in before and any(w in _COUNTED_PERIODS for w in before):
        return True  # "a loss of $2 billion in the same quarter last year", "the same period of 2005"
    finite = {p.index for p in r.preds if p.finite}
    # a comma ends the comparison ("Compared with May, the February orders fell"), except before a
    # period told against another ("versus income of $5 million, or $1 a share, a year earlier")
    stops = (";", ":") if any(w in _AGAINST for w in r.lows[first : first + 4]) else (";", ":", ",")
    k = first - 1
    while k >= 0 and first - k <= 10 and r.lows[k] not in stops:
        low = r.lows[k]
        if low in _COMPARING and not (low.startswith("v") and r.tokens[k + 1].text[:1].isupper()):
            return True  # (not "Portugal versus Cameroon on Saturday": a fixture)
        if k in finite:
            break  # (a "compared" read as a verb still compares: "that compared with the year before")
        if low == "from" and (k + 1 == first or r.lows[k + 1][:1].isdigit()):
            # "rose 12 percent from a year earlier", "up from 1,650 points on Thursday" (not "moved
            # from 12 positions on Monday")
            return any(w in _CHANGES for w in r.lows[max(0, k - 6) : k])
        k -= 1
    return False


_FIGURE_VERBS = frozenset(
    [
        *("rise", "fall", "grow", "slow", "increase", "decrease", "decline", "drop", "climb", "jump"),
        *("expand", "shrink", "contract", "double", "triple", "ease", "slip", "slide", "soar", "surge"),
        *("plunge", "slump", "rebound", "accelerate", "decelerate"),
    ]
)
_AMOUNT_VERBS = frozenset(
    [*("top", "reach", "hit", "exceed", "surpass", "stand", "average", "total", "amount", "remain", "stay")]
)
"""Verbs that forecast a figure only when one follows ("will top 500,000 this year"; not "are
expected to reach the market early next year")."""
_FORECASTING = frozenset(
    [
        *("will", "would", "'ll", "could", "may", "might", "expected", "forecast", "projected"),
        *("predicted", "likely", "seen", "estimated", "set", "poised", "bound", "unlikely"),
    ]
)


def forecast_period(r: SentenceReading, p: Predicate, e: DatedSpan) -> bool:
    """ "Growth will slow to 3 percent in 2032", "exports are expected to top 5 billion dollars this
    year": a figure forecast for a period is what the forecast says, and the period does not date
    the forecast, which is told on the day of the story. A plan keeps its date ("will hold
    elections in 2032"), and so does a figure that is told as done ("exports rose in 2031")."""
    if e.date is None or not Precision.DAY.is_finer_than(e.date.precision) or e.start < 0:
        return False
    first = next((a for a, _b, other in r.expressions if other is e), -1)
    if first < p.index or p.passive:
        return False  # "Capital spending in 2032 will rise": the period the clause tells of
    if r.lows[first - 1] == "by" or r.lows[first - 2 : first] == ["by", "the"]:
        return False  # "will fall to 1,600 by the end of May": a deadline, which a plan may keep
    if p.lemma not in _FIGURE_VERBS and (
        p.lemma not in _AMOUNT_VERBS or not any(w[:1].isdigit() for w in r.lows[p.index : first])
    ):
        return False
    if p.lemma in _FIGURE_VERBS and p.index + 1 < len(r.lows) and r.lows[p.index + 1] in _DETERMINERS:
        return False  # "would increase its support this year": an act planned, not a figure
    if p.tense in ("future", "conditional"):
        return True
    return any(w in _FORECASTING for w in r.lows[max(0, p.index - 4) : p.index])


def told_forecast(r: SentenceReading, e: Any, now: FuzzyDate | None) -> Any:
    """The forecast ``e`` dated by the day it was told: the day of the sentence's telling verb
    ("..., the bank said on Tuesday"), else the publication day, approximate; None when neither
    is known."""
    when: FuzzyDate | None = None
    for a, b, other in r.expressions:
        if other is e or other.date is None or other.date.precision is not Precision.DAY:
            continue
        q = governing_predicate(r, a, b)
        if q is not None and q.is_speech:
            when, said = other.date, f"the day it was told ({other.text!r})"
            break
    else:
        when, said = publication_day(now), "the publication day"
    if when is None:
        return None
    how = f"a forecast for {e.text!r}, dated by {said}"
    return replace(e, date=when, explanation=how)


def lasting_until(e: Any, now: FuzzyDate) -> Any:
    """The expression ``e`` (a "since" date) as a range from its date to the publication day."""
    start, end = e.date, now.truncate(Precision.DAY) if now.precision.is_finer_than(Precision.DAY) else now
    end = replace(end, approximate=False, end=None)
    if start.end is not None or end.start_days < start.start_days:
        return e
    how = f"{e.explanation}; lasting until the publication day, {end.iso()}"
    return replace(e, date=replace(start, end=end), explanation=how)


def _reports_period(r: SentenceReading, first: int, e: DatedSpan) -> bool:
    """ "Third-quarter profit jumped": a reporting period before the subject dates what the
    clause says of that period; "Acme posted a third-quarter loss" (after its verb) does not."""
    return (
        e.date is not None
        and e.date.precision is Precision.QUARTER
        and not any(p.finite and p.index < first and r.segs[p.index] == r.segs[first] for p in r.preds)
    )


def describes_thing(r: SentenceReading, first: int, last: int, e: DatedSpan) -> bool:
    """Whether a period before a noun says what a thing is ("a 13th-century mosque", "a 20th
    century democrat") rather than when the clause happened."""
    return (
        e.date is not None
        and e.date.precision in _PERIODS
        and modifies_noun(r, first, last)
        and not _reports_period(r, first, e)
    )


def dates_a_thing(r: SentenceReading, first: int, last: int, e: DatedSpan) -> bool:
    """Whether a year, month or day between a determiner and a noun says when a thing is for or
    was made ("the 2007 budget", "a December delivery", "its 2005 report") rather than when the
    clause happened: "Parliament approved the 2007 budget" was not approved in 2007. A noun that
    names a happening ("the 1996 bombing") is left to date the clause, as in :func:`modifies_noun`.
    """
    if e.date is None or e.date.precision in _PERIODS or e.date.precision.is_finer_than(Precision.DAY):
        return False
    if r.lows[last - 1] in _POSSESSIVE or (last < len(r.lows) and r.lows[last] in _POSSESSIVE):
        return False  # "Monday's talks": see possessed_by_time
    if first == 0 or r.lows[first - 1] not in _DETERMINERS or r.lows[first - 1] in ("this", "that"):
        return False  # ("this year", "that day": the time itself)
    if first > 1 and r.lows[first - 2] in _WITHIN:
        return False  # "in the 1970-71 season", "in its 2005 report, the IRC said": a time adverbial
    if not modifies_noun(r, first, last):
        return False
    j = last
    while j + 1 < len(r.lows) and j - last < 3 and r.lows[j + 1].isalpha():
        if r.lows[j + 1] in _NOT_NOUNS:
            break
        j += 1  # the last word of the noun phrase: "the 2007 defence budget"
    if r.lows[j] in _FIGURE_NOUNS and _in_subject(r, first):
        return False  # "the 2006 profit rose 10 percent"
    return r.lows[j] in _FOR_NOUNS or r.lows[j] in _THING_NOUNS


_WITHIN = frozenset(
    [*("in", "during", "at", "on", "throughout", "over", "since", "until", "till", "by", "before", "after")]
)
_THING_NOUNS = frozenset(
    [
        *("law", "laws", "report", "reports", "constitution", "census", "edition", "model", "models"),
        *("version", "accounts", "results", "crop", "harvest", "season", "budgets", "figures", "data"),
        *("delivery", "deliveries", "shipment", "shipments", "payment", "payments", "deadline"),
    ]
)
"""Nouns of things a date before them is for ("the 2007 budget", "a December delivery", "its 2005
report"), which dates nothing done in the clause."""

_FIGURE_NOUNS = frozenset(
    [*("deficit", "surplus", "growth", "output", "revenue", "revenues", "profit", "profits", "sales")]
)
"""Figures counted over a period: before the verb ("output for February rose") the period dates
what the clause says of it, like a reporting period (:func:`_reports_period`)."""


def _in_subject(r: SentenceReading, first: int) -> bool:
    """Whether no finite verb comes before ``first`` in its clause segment."""
    return not any(p.finite and p.index < first and r.segs[p.index] == r.segs[first] for p in r.preds)


_FOR_NOUNS = frozenset(
    [
        *("budget", "budgets", "estimate", "estimates", "forecast", "forecasts", "target", "targets"),
        *("projection", "projections", "plan", "plans", "outlook", "goal", "goals", "quota", "quotas"),
        *("figure", "figures", "prediction", "predictions", "guidance", "spending", "allocation"),
        *_FIGURE_NOUNS,
        *("schedule", "calendar", "programme", "program", "agenda", "contract", "contracts", "tickets"),
    ]
)


_RANGE_JOINS = frozenset(["to", "and", "through", "-", "–", "until"])


def for_a_period(r: SentenceReading, first: int) -> bool:
    """ "the estimate for 2006", "a growth forecast for next year", "the budget for 2007": a date
    after "for" and a noun of figures or plans says what the noun covers, not when the clause
    happened ("revised its estimate for 2006 on Monday": on Monday). After a verb it stays a
    date ("set for Monday", "scheduled for next week")."""
    if first < 2 or r.lows[first - 1] != "for":
        return False
    k = first - 2
    if r.lows[k] in ("'s", "’s") or any(p.index == k for p in r.preds):
        return False
    if r.lows[k] not in _FOR_NOUNS:
        k -= 1  # "the growth forecast for 2007", "its economic growth target for next year"
        if k < 0 or r.lows[k] not in _FOR_NOUNS or any(p.index == k for p in r.preds):
            return False
    return not (r.lows[k] in _FIGURE_NOUNS and _in_subject(r, first))


_GOVERNED = frozenset(
    [
        *("in", "at", "on", "during", "by", "as", "of", "after", "before", "since", "until", "till"),
        *("following", "around", "through", "from", "to", "for", "with", "over", "ahead", "amid"),
        *("despite", "against", "about", "into", "under", "between", "among", "like", "than"),
    ]
)


def possessed_by_time(r: SentenceReading, first: int, last: int) -> bool:
    """Whether the time expression ``first``..``last`` is a possessive that is a subject or an
    object ("said last month's discovery", "Monday's meeting ended"): it dates the noun it
    modifies, not the clause's verb. After a preposition it stays a time adverbial ("at
    Friday's close", "after Monday's talks")."""
    if last >= len(r.lows) or r.lows[last] not in _POSSESSIVE:
        return False
    if first > 0 and r.lows[first - 1] == "next":
        first -= 1
    if _looks_ahead(r, first):
        return True  # "campaigning ahead of Sunday's vote": not on Sunday, before it
    return first == 0 or r.lows[first - 1] not in _GOVERNED


_AHEAD = {"of": frozenset(["ahead", "eve"]), "to": frozenset(["run-up", "lead-up", "build-up", "countdown"])}


def _looks_ahead(r: SentenceReading, first: int) -> bool:
    """Whether the expression at ``first`` follows a phrase that looks ahead to its day ("ahead of",
    "in the run-up to", "on the eve of", "before"): what the clause tells happens before that day."""
    k = first - 1
    if k >= 0 and r.lows[k] == "the":
        k -= 1
    if k < 0:
        return False
    if r.lows[k] == "before":
        return True
    return k > 0 and r.lows[k - 1] in _AHEAD.get(r.lows[k], ())


def possessor_predicate(r: SentenceReading, first: int, last: int) -> Predicate | None:
    """The verb whose subject a possessive time phrase (``first``..``last``) is part of ("Last
    week's attack killed 12"): when no verb comes before the phrase, its clause's first finite
    verb, unless a form of be (a state said of the thing: "Monday's talks were a success");
    else None: after a verb the phrase is an object ("praised Monday's agreement"), or the
    subject of a reported clause, and dates only its noun."""
    if any(p.finite and p.index < first for p in r.preds) or _in_apposition(r, first, last):
        return None
    p = next((p for p in r.preds if p.index > last and p.finite), None)
    return None if p is None or p.is_light else p


def _in_apposition(r: SentenceReading, first: int, last: int) -> bool:
    """Whether a possessive time phrase opens an apposition set off by commas after a name
    ("Arakawa, last year's world champion, won the bronze"): it tells who the person is, and
    dates the title, not what the main clause tells."""
    if first < 2 or r.lows[first - 1] != "," or r.mention_at(first - 2) is None:
        return False
    close = next((k for k in range(last, len(r.lows)) if r.lows[k] in (",", ";", ":", ".")), -1)
    return r.lows[close] == "," and not any(first <= p.index < close for p in r.preds)


_FRONTED_PARTICIPLES = frozenset(
    [
        *("begun", "built", "born", "made", "set", "held", "founded", "established", "created", "formed"),
        *("launched", "opened", "introduced", "adopted", "signed", "elected", "appointed", "named"),
        *("written", "drawn", "chosen", "taken", "given", "won", "completed", "finished", "discovered"),
    ]
)
"""Past participles that open a clause telling how its subject came to be ("Begun in 2000, the
process led to ...", "Founded in 1998, the firm ...")."""


def _fronted_participle(r: SentenceReading, first: int) -> bool:
    """A date in a participle clause that opens the sentence ("Begun in 2000 by producing countries,
    the Kimberley Process led to the adoption in November 2002 of ..."): it dates how the subject
    came to be, not what the main clause tells (which takes a date of its own, or none)."""
    if not r.lows or r.lows[0] not in _FRONTED_PARTICIPLES or r.lows[1:2] == [","]:
        return False
    comma = next((k for k, w in enumerate(r.lows) if w == ","), -1)
    return 0 < first < comma and not any(p.finite and p.index < comma for p in r.preds)


_SPAN_ENDS = frozenset(["until", "till", "til", "through", "thru"])
_DEADLINES = frozenset(["by", "before"])
_PLANNING = frozenset(
    [
        *("expected", "due", "scheduled", "set", "slated", "planned", "plans", "plan", "aims", "aimed"),
        *("intends", "intended", "promised", "pledged", "vowed", "hoped", "hopes"),
    ]
)
_WHETHER = frozenset(
    [
        *("ask", "asked", "asks", "asking", "know", "knew", "known", "see", "wonder", "wondered", "decide"),
        *("clear", "unclear", "sure", "determine", "check", "whether"),
    ]
)
_ASKED = frozenset(["me", "him", "her", "us", "them", "ourselves", "themselves", "himself", "herself"])
_CONDITION_ENDS = frozenset([",", ";", ":", "then"])
_THROUGH_VERBS = frozenset(["fall", "come", "break", "push", "pull", "follow", "get", "see", "put", "go"])


def _marker(r: SentenceReading, first: int) -> str:
    """The word that puts the expression at ``first`` at the end of a span or as a deadline
    ("until", "by", "before", "no later than", with "the end of" between), else ""; not the
    particle of a verb ("the vote fell through last week")."""
    k = first - 1
    while k >= 0 and first - k <= 4 and r.lows[k] in ("the", "end", "of", "close", "start"):
        k -= 1
    if k < 0:
        return ""
    if r.lows[k] in _SPAN_ENDS or r.lows[k] in _DEADLINES:
        if r.lows[k] == "through" and any(q.index == k - 1 and q.lemma in _THROUGH_VERBS for q in r.preds):
            return ""
        return r.lows[k]
    if r.lows[max(0, k - 2) : k + 1] == ["no", "later", "than"]:
        return "by"
    return ""


def _in_condition(r: SentenceReading, first: int) -> bool:
    """Whether the expression at ``first`` stands in a clause of condition ("unless the governor
    intervenes before Tuesday", "if the talks fail by Friday"): it dates the condition, not
    what the sentence tells ("asked them if he would come on Friday" asks whether)."""
    for k in range(first - 1, max(-1, first - 16), -1):
        w = r.lows[k]
        if w in _CONDITION_ENDS:
            return False
        if w == "unless":
            return True
        if w == "if":
            j = k - 2 if k > 1 and r.lows[k - 1] in _ASKED else k - 1
            return j < 0 or r.lows[j] not in _WHETHER
    return False


def _not_until(r: SentenceReading, first: int) -> bool:
    """Whether a negation comes shortly before the "until" of ``first`` in its clause ("would not be
    profitable until 1994", "was not until Tuesday that"): what is denied until then happens then."""
    for k in range(first - 2, max(-1, first - 10), -1):
        if r.lows[k] in _CONDITION_ENDS:
            return False
        if r.lows[k] in ("not", "never") or r.lows[k].endswith("n't"):
            return True
    return False


def _span_end(r: SentenceReading, first: int, last: int, p: Predicate, e: Any, now: FuzzyDate | None) -> bool:
    """ "Ministers agreed to raise the quota until 2010", "talks were adjourned until Monday",
    "the decision was taken to rule by January": a time after "until", "till" or "through" ends
    a span (but "did not decide until May" decides in May); one after "by",
    "before" or "no later than" is a deadline, which dates the planned act ("Iraq will pay by
    2010", "agreed to withdraw by May"). Neither dates a past act after the story day, nor "before" a
    past act; and a time
    in a clause of condition dates no event."""
    if last < len(r.lows) and r.lows[last] in _POSSESSIVE:
        return False  # "swept away by Tuesday's vote": the vote's day
    if _in_condition(r, first):
        return True
    word = _marker(r, first)
    if not word:
        return False
    if not p.finite and (p.index > first or word in _SPAN_ENDS):
        # "were adjourned until Monday to allow ...", "agreed to raise the quota until 2010": the
        # span of the finite verb before it
        p = next((q for q in reversed(r.preds) if q.finite and q.index < min(p.index, first)), p)
    if not p.finite or p.modal or p.tense not in ("past", "perfect"):
        return False  # a plan or a state to come ("will carry a dividend until 1994")
    if any(w in _PLANNING for w in r.lows[max(0, p.index - 3) : p.index + 1]):
        return False
    if word == "before":
        return True  # "before Sunday three people had been killed": not on Sunday
    if word in _SPAN_ENDS and (word == "through" or p.negated or _not_until(r, first)):
        return False  # "purchased 481,000 shares through May 29", "did not decide until May"
    # a past act is not dated by a time after the story ("adjourned until Monday", "agreed to raise
    # the quota until 2010"); a span that ended before it keeps its end ("shares dipped by midday")
    return now is None or int(e.date.start_days) > int(now.start_days)


def _restates(r: SentenceReading, end: int, first: int) -> bool:
    """Whether the expression at ``first`` follows the one that ends at ``end`` after only a comma
    and a preposition ("Four years later, in April 1998"): the same time said again."""
    if end >= len(r.lows) or r.lows[end] != ",":
        return False
    return first == end + 1 or (first == end + 2 and r.lows[end + 1] in ("in", "on", "at"))


_RECORD_PARTICIPLES = frozenset(
    ["struck", "set", "reached", "hit", "posted", "recorded", "touched", "marked"]
)
_RECORD_NOUNS = frozenset(
    ["high", "low", "record", "peak", "level", "levels", "highs", "lows", "records", "mark"]
)


def _record_of_a_day(r: SentenceReading, first: int) -> bool:
    """Whether a time right after a participle tells the day of a figure, not of the sentence's
    event ("beating the previous record high of 5,643.2 struck Wednesday", "above the peak
    reached on Monday"): a high, a low, a record or a figure before the participle."""
    k = first - 1
    if k > 0 and r.lows[k] == "on":
        k -= 1
    if k < 1 or r.lows[k] not in _RECORD_PARTICIPLES:
        return False
    before = r.lows[k - 1]
    return before in _RECORD_NOUNS or before[:1].isdigit()


def dated_predicates(r: SentenceReading, now: FuzzyDate | None = None) -> list[tuple[Predicate, list[Any]]]:
    """(predicate, [expression]) for each calendar date of the sentence and the verb it dates;
    ``now`` (the publication date) ends what has lasted "since" a date."""
    from timeline_app.core.extract.nominal import dated_nouns

    owned = {id(e) for _s, _n, e in dated_nouns(r)}  # "ahead of the election on Sept. 28"
    groups: dict[int, tuple[Predicate, list[Any]]] = {}
    modifiers: dict[int, bool] = {}  # expressions inside a noun phrase before their verb
    thing_ends: int | None = None
    restated: tuple[int, Predicate, Any] | None = None  # the end, verb and date of the last one kept
    for a, b, e in r.expressions:
        if e.date is None or id(e) in owned:
            continue
        if describes_thing(r, a, b, e) or names_an_award(r, a, b, e) or _holiday_compound(r, a, b, e):
            continue
        if dates_a_thing(r, a, b, e) or for_a_period(r, a):
            thing_ends = b
            continue
        if thing_ends is not None and a == thing_ends + 1 and r.lows[thing_ends] in _RANGE_JOINS:
            continue  # "the budget for 2007 to 2013": the end of the same period
        if _birth_date(r, a) or _fronted_participle(r, a) or _record_of_a_day(r, a):
            continue
        p = possessor_predicate(r, a, b) if possessed_by_time(r, a, b) else governing_predicate(r, a, b)
        if p is None:
            continue
        if _compared_since(r, a) or _baseline(r, a) or _compared_than(r, a) or _compared_over(r, a, e):
            continue
        if _span_end(r, a, b, p, e, now):
            continue
        if forecast_period(r, p, e):
            e = told_forecast(r, e, now)
            if e is None:
                continue
        if now is not None and _since(r, a, p):
            e = lasting_until(e, now)
        group = groups.setdefault(p.index, (p, []))[1]
        if restated is not None and restated[1] is p and _restates(r, restated[0], a):
            # "Four years later, in April 1998, ...": the second phrase says the same time again;
            # the finer of the two dates the verb
            prev = restated[2]
            finer = e.date is not None and e.date.precision.is_finer_than(prev.date.precision)
            if finer and prev in group:
                group[group.index(prev)] = e
                modifiers[id(e)] = modifiers[id(prev)]
                restated = (b, p, e)
            continue
        restated = (b, p, e)
        group.append(e)
        modifiers[id(e)] = (
            a < p.index and a > 0 and (r.lows[a - 1] in _DETERMINERS or r.lows[a - 1] in _POSSESSIVE)
        )
    out: list[tuple[Predicate, list[Any]]] = []
    seen_dates: set[str] = set()
    for p, es in sorted(groups.values(), key=lambda g: g[0].index):
        # a verb's own adverbial first ("was discovered last month"), a date inside its subject
        # ("Kopp's 1987 Chevrolet") after it: the first date of a verb is the one its event takes
        for e in sorted(es, key=lambda e: modifiers[id(e)]):
            # every distinct calendar date of the sentence dates an event: "fell to 3.8% last
            # month from 4.1% in December" tells of December too
            iso = e.date.iso()
            if iso in seen_dates:
                continue
            seen_dates.add(iso)
            out.append((p, [e]))
    return out


_SAID_DAYS = frozenset(["yesterday", "today", "tomorrow", "tonight"])
_QUOTE_MARKS = QUOTE_TOKENS
_ANY_QUOTE_MARK = _QUOTE_MARKS | {"`", "'"}  # (with the halves of a mark that comes as two)


def quoted_days(r: SentenceReading, published: FuzzyDate | None) -> None:
    """'"We met them yesterday," the minister said on Monday': a day that a quotation counts from
    its own telling ("yesterday", "today", "tomorrow") is counted from the day the sentence says
    it was told, not from the publication day. Replaces those expressions of ``r`` in place."""
    pub = publication_day(published)
    if pub is None or len(r.expressions) < 2 or _QUOTE_MARKS.isdisjoint(r.lows):
        return
    inside: set[int] = set()
    open_at: int | None = None
    for i, low in enumerate(r.lows):
        if low in _QUOTE_MARKS:
            open_at = i if open_at is None else None
        elif open_at is not None:
            inside.add(i)
    told = None
    for a, b, e in r.expressions:
        if a in inside or e.date is None or e.date.precision is not Precision.DAY or e.date.end is not None:
            continue
        q = governing_predicate(r, a, b)
        if q is not None and q.index not in inside and (q.is_speech or q.lemma in SAID_IN_WORDS):
            told = e
            break
    if told is None or told.date is None:
        return
    shift = told.date.start_days - pub.start_days
    if not shift:
        return
    for k, (a, b, e) in enumerate(r.expressions):
        d = e.date
        if (
            a not in inside
            or e.text.lower() not in _SAID_DAYS
            or d is None
            or d.precision is not Precision.DAY
        ):
            continue
        when = FuzzyDate.from_days(d.start_days + shift, Precision.DAY)
        how = f"{e.text} -> {when.iso()}: counted from the day it was told, {told.text!r} ({told.date.iso()})"
        span: Any = e  # a dataclass behind the DatedSpan protocol
        r.expressions[k] = (a, b, replace(span, date=when, explanation=how))


NEWS_EXPLANATION = "no date in the sentence; the story's news, dated by its publication day"


@lru_cache(maxsize=64)
def publication_day(published: FuzzyDate | None) -> FuzzyDate | None:
    """The publication date as an approximate day (or coarser, when only that is known): the
    news of a story happened on it or shortly before."""
    if published is None:
        return None
    day = published.truncate(Precision.DAY) if published.precision.is_finer_than(Precision.DAY) else published
    return replace(day, approximate=True, end=None)


def carried_day(when: FuzzyDate) -> FuzzyDate:
    """The date a sentence that goes on with a dated one takes: its day when the date is a clock
    time ("at 10 a.m. on Monday ... Then they arrested six men": Monday, not 10 a.m.)."""
    if when.precision.is_finer_than(Precision.DAY) and (
        when.end is None or when.end.iso()[:10] == when.iso()[:10]
    ):
        return replace(when.truncate(Precision.DAY), end=None)
    return when


def told_day(when: FuzzyDate | None, published: FuzzyDate | None) -> FuzzyDate | None:
    """The day a story's lead tells, as an approximate day, when it is the publication day or one
    of the two days before it (a morning paper tells the day before's news); else None. A time of
    that day ("said Tuesday afternoon") tells its day."""
    if when is not None:
        when = carried_day(when)
    if when is None or published is None or when.precision is not Precision.DAY or when.end is not None:
        return None
    if not 0 <= published.start_days - when.start_days <= 2:
        return None
    return replace(when, approximate=True)


def dateline_day(
    expressions: Sequence[DatedSpan], first_sentence: int, published: FuzzyDate | None
) -> DatedSpan | None:
    """The day of a wire dateline ("WASHINGTON, March 12 (Xinhua) --", skipped before the first
    sentence, which starts at ``first_sentence``) when it is the publication day or one of the
    two days before it: the day the story was written, its "today"; else None."""
    for e in expressions:
        if e.start >= first_sentence:
            break
        if told_day(e.date, published) is not None:
            return e
    return None


def dateline_explanation(expression: str) -> str:
    return f"no date in the sentence; the story's news, dated by the day of its dateline ({expression!r})"


def told_explanation(expression: str) -> str:
    return f"no date in the sentence; the story's news, dated by the day its lead tells ({expression!r})"


SAID_IN_WORDS = frozenset(
    [
        *("condemn", "criticize", "criticise", "denounce", "deplore", "praise", "welcome", "hail"),
        *("urge", "ask", "call", "appeal", "demand", "deny", "reject", "dismiss", "vow", "pledge"),
        *("promise", "threaten", "blame", "express", "voice", "thank", "apologize", "apologise"),
        *("decline", "refuse", "question", "defend", "congratulate", "protest", "reply", "respond"),
        *("request", "assail", "caution", "reveal", "exclaim", "admit", "concede", "complain"),
        *("speak", "talk", "propose", "recommend", "advise", "invite", "proclaim", "reaffirm"),
        *("rule", "order", "instruct", "approve", "veto", "endorse", "support", "oppose", "regret"),
    ]
)
"""Verbs whose act is done in words ("condemned the attack", "urged calm", "declined to comment"):
told in a news story with no date of their own, they were said for the story, like a "said"."""

_TELLING = frozenset(["give", "provide", "offer", "release", "disclose", "divulge"])
_TOLD_NOUNS = frozenset(
    [
        *("details", "detail", "reason", "reasons", "information", "figure", "figures", "comment"),
        *("explanation", "indication", "timetable", "estimate", "account", "evidence", "name", "names"),
    ]
)


def tells(r: SentenceReading, verb: int) -> bool:
    """Whether the verb at ``verb`` is a telling: one of SAID_IN_WORDS, or giving information
    ("Police gave no details", "It offered no explanation")."""
    p = next((q for q in r.preds if q.index == verb), None)
    if p is None:
        return False
    if p.is_speech or p.lemma in SAID_IN_WORDS:
        return True
    return p.lemma in _TELLING and any(w in _TOLD_NOUNS for w in r.lows[verb + 1 : verb + 5])


def since_then(r: SentenceReading) -> bool:
    """ "Violence has erupted periodically ever since", "since then": what has gone on from a
    time told before up to now, not something of the day of the story."""
    if "since" not in r.lows:
        return False  # (most sentences: no scan word by word)
    for k, low in enumerate(r.lows):
        if low == "since":
            after = r.lows[k + 1] if k + 1 < len(r.lows) else "."
            if (k > 0 and r.lows[k - 1] == "ever") or after in ("then", ".", ",", ";"):
                return True
    return False


_AT_THE_TIME = frozenset(["when", "as", "while"])


def at_the_time(r: SentenceReading, verb: int) -> bool:
    """Whether the verb at ``verb`` is in a clause that happens at the time of the clause it
    hangs on ("Tensions rose on Monday when the minister announced ..."): the date of that
    clause is its date too."""
    k = verb - 1
    while k >= 0 and verb - k <= 8 and r.lows[k] not in (",", ";", ":", "and", "but", "that"):
        if r.lows[k] in _AT_THE_TIME:
            return True
        k -= 1
    return False


_BACK_ADVERBS = frozenset(
    ["earlier", "previously", "formerly", "before", "once", "ago", "initially", "originally"]
)


def steps_back(r: SentenceReading, verb: int) -> bool:
    """Whether the clause of the verb at ``verb`` steps back from the time the story tells: the
    past perfect ("had fled", "had not been") or an adverb of earlier time ("earlier",
    "previously", "formerly", "two days before"; not the preposition of "days before the vote")."""
    return past_perfect(r, verb) or (
        not _BACK_ADVERBS.isdisjoint(r.lows)  # (most sentences have none: no scan word by word)
        and any(w in _BACK_ADVERBS and _adverb(r, k) for k, w in enumerate(r.lows))
    )


def told_before(r: SentenceReading, verb: int) -> bool:
    """Whether an adverb of a time before the story's stands right at the verb ("initially
    complained", "had previously said", "originally announced"): what it tells was told before the
    story's day. Not "said earlier", which in news is most often earlier that same day."""
    near = r.lows[max(0, verb - 2) : verb + 2]
    return any(w in _BACK_ADVERBS and w not in ("before", "ago", "earlier") for w in near)


def _adverb(r: SentenceReading, k: int) -> bool:
    """Whether the word at ``k`` steps back in time: not the "before" of a stretch before a later
    happening ("occurred days before the anniversary", "hours before the vote")."""
    if r.lows[k] != "before" or k == 0 or k + 1 >= len(r.lows):
        return True
    return not (r.lows[k - 1] in _SPANS and r.lows[k + 1] in _DETERMINERS)


_SPANS = frozenset(["minutes", "hours", "days", "weeks", "months", "shortly", "just", "moments"])


def past_perfect(r: SentenceReading, verb: int) -> bool:
    """Whether the verb at ``verb`` is in the past perfect ("had fled", "had not been"), or joined
    by "and" to one that is ("had denied the charges and said ...": the same "had")."""
    k = verb - 1
    while k >= 0 and verb - k <= 4 and r.lows[k] not in (",", ";", ":", "and", "but"):
        if r.lows[k] in ("had", "'d"):
            return True
        k -= 1
    if verb > 0 and r.lows[verb - 1] == "and":
        k = verb - 2
        while k >= 0 and verb - k <= 10 and r.lows[k] not in (",", ";", ":", "and", "but", "that", '"', "``"):
            if r.lows[k] in ("had", "'d") and k + 1 < len(r.lows) and _participle_like(r.lows[k + 1]):
                return True  # (not "had the task of ... and revealed": "had" as a verb of its own)
            k -= 1
    return False


_HAD_BETWEEN = frozenset(
    ["not", "never", "already", "just", "also", "only", "been", "long", "previously", "earlier", "once"]
)


def had_done(r: SentenceReading, verb: int) -> bool:
    """Whether the verb at ``verb`` is itself in the past perfect ("had been unloaded", "had only
    made", "Li had said"): a "had" right before it, with only "not", "been" or an adverb between.
    Not "had to fight" (an obligation), nor "Had the relatives allowed ..." (a condition)."""
    k = verb - 1
    while k > 0 and r.lows[k] in _HAD_BETWEEN:
        k -= 1
    return k > 0 and r.lows[k] in ("had", "'d") and r.lows[verb - 1] != "to"


_IRREGULAR_PARTICIPLES = frozenset(
    [
        *("been", "made", "said", "told", "done", "left", "held", "met", "sent", "seen", "gone", "come"),
        *("taken", "given", "found", "led", "won", "lost", "paid", "put", "set", "cut", "hit", "already"),
        *("not", "never", "just", "long", "also", "previously", "earlier", "once", "fled", "kept", "got"),
    ]
)


def _participle_like(word: str) -> bool:
    """Whether the word after a "had" makes it an auxiliary ("had denied", "had not", "had been")."""
    return word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES


_CONTINUING_OPENERS = frozenset(
    [
        *("then", "later", "afterwards", "afterward", "subsequently", "thereafter", "meanwhile"),
        *("he", "she", "they", "it"),
    ]
)
_NEXT_ADVERBS = frozenset(["then", "later", "subsequently"])
_NOT_NEXT = frozenset(["the", "since", "until", "till", "by", "from", "back", "of", "and", "or", "than"])
"""Words before a "then" that make it no step forward ("the then president", "since then")."""
_CONTINUING_PHRASES = {
    "same": ("the", "same", "day"),
    "that": ("that", "day"),
    "after": ("shortly", "after"),
    "time": ("at", "the", "time"),  # "X said at the time that ...": the time just told (not "at the time of")
}
_BE = frozenset(["is", "was", "are", "were", "'s", "has", "had", "would", "will", "seems", "seemed"])


def continues_previous(r: SentenceReading) -> bool:
    """Whether a sentence says it goes on with the event told just before: it opens with "Then",
    "Later", "Meanwhile", "And", a pronoun for the people or body just named ("It offered ..."),
    adds to it with "also" in its main clause ("The ministry also ordered ..."), or speaks of "the
    same day" or "at the time"."""
    lows = r.lows
    i = 0
    while i < len(lows) and lows[i] in ("and", "but", ",", "``", '"', "“"):
        i += 1
    if i > 0 and lows[:1] == ["and"]:
        return True
    if i < len(lows) and lows[i] in _CONTINUING_OPENERS:
        # "It offered more details": "it" for the body just named, not "It was a day of ..."
        return lows[i] != "it" or (i + 1 < len(lows) and lows[i + 1] not in _BE)
    first_verb = next((p.index for p in r.preds if p.finite), None)
    if first_verb is not None and "also" in lows[max(0, first_verb - 2) : first_verb + 1]:
        return True  # "Gov. Bush also asked ...": one more act of the same occasion
    if first_verb is not None and any(
        lows[k] in _NEXT_ADVERBS and lows[k - 1] not in _NOT_NEXT
        for k in range(max(1, first_verb - 2), min(len(lows), first_verb + 3))
    ):
        return True  # "The troops then arrested ...", "He was later taken to hospital": what came next
    for p in r.preds[:3]:
        k = p.index - 1  # "Led by Nicol, they crushed the visitors": the people just named
        if p.finite and k > 0 and lows[k] in ("he", "she", "they") and lows[k - 1] == ",":
            return True
    if _CONTINUING_PHRASES.keys().isdisjoint(lows):
        return False
    for j, low in enumerate(lows):
        phrase = _CONTINUING_PHRASES.get(low)
        if phrase is not None:
            k = j - phrase.index(low)
            if tuple(lows[k : k + len(phrase)]) == phrase and lows[k + len(phrase) : k + len(phrase) + 1] != [
                "of"
            ]:
                return True
    return False


_CLAUSE_JOINS = frozenset(["and", "but", ";", "--"])
_SPAN_EDGES = frozenset([",", ";", ":", "and", "but", "--", "—", "–"])


def clause_spans(r: SentenceReading, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The character span of each event's own clause in a sentence that tells several events.

    ``anchors`` gives, for each event, the token range [first, last] its span must hold (its verb
    and the expression that dates it). The sentence is cut between neighbouring events at the
    last clause boundary between them ("said on Tuesday | that the talks will resume on Nov.
    12"; a comma, "and", "but", or a word that opens a clause), else just after the first one's
    range; events whose ranges overlap share one stretch. Commas and conjunctions at a stretch's
    edges are left out, so that each quote reads as a clause."""
    n = len(r.tokens)
    order = sorted(range(len(anchors)), key=lambda k: anchors[k])
    groups: list[list[int]] = []  # events sharing one stretch, in text order
    reach: list[int] = []
    for k in order:
        if groups and anchors[k][0] <= reach[-1]:
            groups[-1].append(k)
            reach[-1] = max(reach[-1], anchors[k][1])
        else:
            groups.append([k])
            reach.append(anchors[k][1])
    cuts = [0]
    for g in range(1, len(groups)):
        lo, hi = reach[g - 1], min(anchors[k][0] for k in groups[g])
        cut = next(
            (b for b in range(hi, lo, -1) if r.segs[b] != r.segs[b - 1] or r.lows[b] in _CLAUSE_JOINS),
            lo + 1,
        )
        cuts.append(cut)
    cuts.append(n)
    out: list[tuple[int, int]] = [(0, 0)] * len(anchors)
    for g, members in enumerate(groups):
        first, last = cuts[g], cuts[g + 1] - 1
        while first < last and r.lows[first] in _SPAN_EDGES:
            first += 1
        while last > first and r.lows[last] in _SPAN_EDGES:
            last -= 1
        start = r.sentence.start if g == 0 else r.tokens[first].start
        end = r.sentence.end if g == len(groups) - 1 else r.tokens[last].end
        for k in members:
            out[k] = (start, end)
    return out


_HAPPENINGS = frozenset(
    [
        *("meeting", "meetings", "talks", "visit", "trip", "tour", "summit", "conference", "session"),
        *("vote", "voting", "poll", "polls", "election", "referendum", "ballot", "debate", "visits"),
        *("attack", "attacks", "blast", "explosion", "bombing", "raid", "raids", "shooting", "ambush"),
        *("clash", "clashes", "fighting", "battle", "assault", "offensive", "operation", "incident"),
        *("rally", "protest", "protests", "march", "demonstration", "riot", "riots", "strike", "unrest"),
        *("ceremony", "celebration", "funeral", "parade", "match", "game", "race", "inauguration"),
        *("crash", "accident", "fire", "blaze", "quake", "earthquake", "storm", "flood", "floods"),
        *("hearing", "trial", "verdict", "ruling", "decision", "announcement", "speech", "address"),
        *("signing", "agreement", "deal", "accord", "discussions", "negotiations", "consultations"),
        *("interview", "briefing", "statement", "statements", "exchange", "encounter", "gathering"),
    ]
)
"""Nouns of a happening that a later sentence names again to tell more of it ("at the meeting",
"during the visit", "the vote", "the blast")."""
_BACK_DETERMINERS = frozenset(["the", "this", "that", "these", "those", "his", "her", "their", "its"])
_PARTIES = frozenset(["sides", "leaders", "ministers", "men", "countries", "delegations", "presidents"])
_NOT_SCENE_NOUNS = frozenset(
    [
        *("year", "years", "month", "months", "week", "weeks", "today", "time", "times", "percent"),
        *("number", "part", "people", "news", "report", "reports", "agency", "source", "sources"),
        *("official", "officials", "government", "country", "state", "world", "issue", "matter"),
        *("thing", "things", "way", "end", "spokesman", "spokeswoman", "statement", "side", "told"),
        *("said", "says", "added", "quoted", "according", "also", "first", "last", "other", "same"),
    ]
)


def scene_nouns(r: SentenceReading) -> frozenset[str]:
    """The lemmas of the common words a sentence tells its happening with, as nouns or as verbs
    ("voted" -> vote, "firebomb attacks" -> firebomb, attack): a later sentence that names one of
    them again as a noun ("the vote", "the first firebomb attack") tells more of it. Names (a
    capital letter inside the sentence), short words and words of any story are left out."""
    out: set[str] = set()
    tokens = r.tokens
    found = list(map(_scene_lemmas, r.lows))  # (looked up in C; most words have none)
    for k in compress(range(len(found)), found):
        if not (k > 0 and tokens[k].text[:1].isupper()):
            out.update(found[k])
    return frozenset(out - _NOT_SCENE_NOUNS)


def _plain_word(low: str) -> bool:
    """A common word a scene may be told with: four letters or more, not of any story."""
    return len(low) >= 4 and low.isalpha() and low not in _NOT_SCENE_NOUNS


@lru_cache(maxsize=100_000)
def _scene_lemmas(low: str) -> tuple[str, ...]:
    """A plain word's lemmas as a noun and as a verb ("attacks" -> attack), none for any other
    word; looked up once a word (every word of every sentence asks)."""
    if not _plain_word(low):
        return ()
    verb = verb_lemma(low)
    return (*noun_lemmas(low), verb) if verb is not None else noun_lemmas(low)


@lru_cache(maxsize=100_000)
def _happening_lemmas(low: str) -> frozenset[str]:
    """A plain word's lemmas as a noun that name a happening; none for any other word."""
    return frozenset(n for n in noun_lemmas(low) if _happening(n)) if _plain_word(low) else frozenset()


@lru_cache(maxsize=100_000)
def _plain_noun_lemmas(low: str) -> frozenset[str]:
    """A plain word's lemmas as a noun; none for any other word."""
    return frozenset(noun_lemmas(low)) if _plain_word(low) else frozenset()


def refers_back(r: SentenceReading, nouns: frozenset[str]) -> bool:
    """Whether a sentence names again the happening a sentence before told: a noun of a
    happening after "the", "this", "that" ("at the meeting", "the vote", "during the visit"),
    "both sides", "the two leaders", or a noun that the sentence before told the happening with
    (``nouns``, from :func:`scene_nouns`: "firebomb attacks" then "the first firebomb attack")."""
    lows, tokens = r.lows, r.tokens
    for k, low in enumerate(lows):
        if low in _PARTIES and k > 0 and (lows[k - 1] == "both" or lows[max(0, k - 2) : k] == ["the", "two"]):
            return True
        if low in _HAPPENINGS and k > 0 and lows[k - 1] in _BACK_DETERMINERS:
            return True
        happenings = _happening_lemmas(low)
        if (
            happenings
            and not happenings.isdisjoint(nouns)
            and not (k > 0 and (tokens[k].text[:1].isupper() or lows[k - 1] in _OTHER_ONES))
        ):
            return True
    return False


def shares_words(r: SentenceReading, nouns: frozenset[str]) -> bool:
    """Whether a sentence names again, as a noun, something the scene was told with ("Police
    seized a car bomb ..." then "The bomb was destined for ..."): weaker than naming its
    happening, enough for the sentence right after it."""
    lows, tokens = r.lows, r.tokens
    for k, low in enumerate(lows):
        lemmas = _plain_noun_lemmas(low)
        if (
            lemmas
            and not lemmas.isdisjoint(nouns)
            and not (k > 0 and (lows[k - 1] in _OTHER_ONES or tokens[k].text[:1].isupper()))
        ):
            return True
    return False


def returns_to(r: SentenceReading, nouns: frozenset[str]) -> bool:
    """Whether a sentence names again, with "the", "this" or "his", the very happening the scene
    was told with ("Singh said in an address to parliament ..." then, after some background,
    "Singh did not mention China in his address"): news comes back to its scene after a step
    aside, and says so by naming it."""
    lows = r.lows
    for k in range(1, len(lows)):
        if lows[k - 1] in _BACK_DETERMINERS and lows[k] in _HAPPENINGS and set(noun_lemmas(lows[k])) & nouns:
            return not (k > 1 and lows[k - 2] in _OTHER_ONES)
    return False


_OTHER_ONES = frozenset(["new", "another", "other", "further", "fresh", "more", "renewed", "previous"])
"""Words before a noun of a happening that make it another one ("new clashes", "another attack")."""


_GATHERINGS = frozenset(
    ["meeting", "summit", "conference", "session", "talks", "gathering", "forum", "congress"]
)
"""Nouns of a gathering: one may name again what another told ("the summit" ... "the meeting")."""


def opens_on_happening(r: SentenceReading, before: frozenset[str]) -> bool:
    """Whether a sentence opens on a happening that the sentence before named (``before``: its
    words, lower case), with "the", "that", "this": "The first summit was held in December 1994"
    then "The meeting endorsed the plan", "A bomb exploded in a hotel in January last year" then
    "That attack was claimed by ...": its subject is that happening, so it tells more of it. A
    gathering may be named by another word of a gathering ("summit", "meeting")."""
    lows = r.lows
    if len(lows) < 3 or lows[0] not in _BACK_DETERMINERS:
        return False
    k = 1 if lows[1] in _HAPPENINGS else 2 if lows[2] in _HAPPENINGS and lows[1] in _ORDINALS else 0
    if k == 0:
        return False
    head = lows[k]
    if head in _GATHERINGS and before & _GATHERINGS:
        return True
    lemmas = set(noun_lemmas(head))
    return any(lemmas.intersection(noun_lemmas(w)) for w in before if len(w) > 3 and w.isalpha())


_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "last", "latest", "same", "previous"])


def _happening(noun: str) -> bool:
    """Whether a noun names a happening ("vote", "shooting", "explosion"), not a thing or people."""
    return noun in _HAPPENINGS or (len(noun) > 5 and noun.endswith(("ing", "tion", "sion", "ment")))


_NOT_PLAIN_PAST = frozenset(
    [
        *("is", "are", "am", "has", "have", "had", "will", "would", "can", "could", "may", "might"),
        *("must", "should", "shall", "'ll", "'ve", "'d", "recently", "previously", "earlier", "ago"),
        *("once", "already", "formerly", "since", "ever", "usually", "often", "traditionally"),
        *("annually", "every", "each", "never", "always", "still", "yet", "so far", "if", "unless"),
        *("week", "weeks", "month", "months", "year", "years", "decade", "decades", "according", "heard"),
    ]
)
"""Words that take a sentence out of the plain past of the day it tells: what is so or will be
("is", "will", "could"), a step back ("had", "earlier", "previously", "since"), a habit ("every",
"usually"), a condition ("if"), a stretch ("over the week"), and a telling at the end
("according to the minister", "the court heard"): what a source said, often of another time."""


_STATES = frozenset(
    [
        *("be", "have", "want", "remain", "seem", "appear", "know", "belong", "own", "need", "live"),
        *("consist", "contain", "lie", "exist", "mean", "include", "resemble", "deserve", "lack"),
    ]
)
"""Verbs of a state: in the past they tell how things were, not a happening of the scene."""


def plain_past(r: SentenceReading) -> bool:
    """Whether a sentence tells, in the plain past and with no time of its own, what happened:
    no time expression, no auxiliary of the present, the future, a condition or a step back
    ("has", "will", "would", "had"), no word of a habit or an earlier time ("usually",
    "previously", "recently"), no verb in the present ("owns", "says"), and a finite verb in the
    past that tells a happening, not a state ("was wanted", "lay"). Such a sentence may go on with
    the scene of a sentence before it."""
    if r.expressions or not any(p.finite and p.tense == "past" and p.lemma not in _STATES for p in r.preds):
        return False  # ("McLaren was wanted on charges", "The town lay in ruins": a state, not what happened)
    if not any(map(_takes_out_of_plain_past, r.lows)):
        return True  # (most sentences: no word that could, no scan word by word)
    aside = asides(r)
    quoted = _quoted(r.lows)
    subordinate = False  # past a "which", "who", "after": a clause inside the sentence's
    for k, low in enumerate(r.lows):
        if k in aside or (low in _UNITS and _length(r.lows, k)) or k in quoted:
            continue  # "The store, whose logo is pink, opened ...": the aside tells of the store
        subordinate = subordinate or (k > 0 and low in _SUBORDINATORS)
        if subordinate and low in _PERFECT_PAST:
            continue  # "he waved from the jet which had flown him in": the jet's earlier flight
        if low in _NOT_PLAIN_PAST and not (low in _EACH and _shared_out(r.lows, k)):
            return False
        if _present_form(low):
            return False  # "owns", "says": the present
    return True


@lru_cache(maxsize=100_000)
def _present_form(low: str) -> bool:
    """An -s form that can only be a verb in the present ("owns", "says"); looked up once a word."""
    return low.endswith("s") and len(low) > 3 and verb_only(low) and verb_lemma(low) != low


@lru_cache(maxsize=100_000)
def _takes_out_of_plain_past(low: str) -> bool:
    """A word that may take a sentence out of the plain past (see :func:`plain_past`)."""
    return low in _NOT_PLAIN_PAST or _present_form(low)


def _quoted(lows: list[str]) -> range | set[int]:
    """The words inside quotation marks opened and closed in the sentence ("children marched
    chanting 'We will save him!'": the chant's "will" is not the sentence's tense); none when a
    mark is left open (a quotation going on from or to another sentence)."""
    if _ANY_QUOTE_MARK.isdisjoint(lows):
        return range(0)  # (most sentences: no scan word by word)
    marks: list[tuple[int, int]] = []  # (first, last) word of each mark; "``" may come as two "`"
    k, n = 0, len(lows)
    while k < n:
        low = lows[k]
        if low in _QUOTE_MARKS:
            marks.append((k, k))
        elif low in ("`", "'") and k + 1 < n and lows[k + 1] == low:
            marks.append((k, k + 1))
            k += 1
        k += 1
    if not marks or len(marks) % 2:
        return range(0)
    return {k for a, b in zip(marks[::2], marks[1::2], strict=True) for k in range(a[1] + 1, b[0])}


_RELATIVES = frozenset(["who", "whose", "which", "where", "whom"])


def asides(r: SentenceReading) -> set[int]:
    """The words of relative clauses set off by commas ("The store, whose logo is pink and blue,
    opened ..."): they describe someone or something named, not the time of the sentence.
    Worked out once per sentence reading (several steps ask); callers only read the set."""
    return r.per_sentence(_asides_of)


def _asides_of(r: SentenceReading) -> set[int]:
    lows = r.lows
    out: set[int] = set()
    if "," not in lows or _RELATIVES.isdisjoint(lows):
        return out  # (no comma before a relative word: no scan word by word)
    k = 0
    while k < len(lows) - 1:
        if lows[k] == "," and lows[k + 1] in _RELATIVES:
            end = next((j for j in range(k + 2, len(lows)) if lows[j] == ","), None)
            if end is not None:
                out.update(range(k + 1, end))
                k = end
                continue
        k += 1
    return out


_COUNTS = frozenset(
    [
        *("two", "three", "four", "five", "six", "seven", "eight", "nine"),
        *("ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "several", "few"),
    ]
)
_UNITS = frozenset(["week", "weeks", "month", "months", "year", "years"])
_FROM_THEN = frozenset(["ago", "earlier", "later", "before", "after", "since", "old", "of", "in"])


MOVES = frozenset(
    [
        *("rise", "fall", "gain", "drop", "dip", "climb", "ease", "shed", "slip", "tumble", "plunge"),
        *("slide", "jump", "soar", "surge", "advance", "decline", "retreat", "edge", "firm", "rally"),
        *("sink", "weaken", "strengthen", "rebound", "recover", "close", "finish", "add", "lose"),
    ]
)  # fmt: skip
"""Verbs of a price or an index moving ("eased 10 sen", "closed 4.2 points higher")."""
_PAST_MOVES = frozenset(["fell", "rose", "shed", "slid", "sank", "lost", "rallied", "firmed", "dipped"])


_NUMBER_WORDS = frozenset(
    [
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
        *("twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "half"),
    ]
)  # fmt: skip
_SESSION_STATES = frozenset(["mixed", "unchanged", "flat", "steady", "higher", "lower"])
"""What a market or a stock was at the session's close with no figure ("Blue chips were mixed")."""
_WAS = frozenset(["was", "were"])


@lru_cache(maxsize=100_000)
def _past_move(low: str) -> bool:
    """A verb of moving in the past ("fell", "eased"); looked up once a word (every word asks)."""
    return low in _PAST_MOVES or (low.endswith("ed") and verb_lemma(low) in MOVES)


def tells_a_move(r: SentenceReading, session: bool = False) -> bool:
    """Whether a sentence tells a market move in the past, with its figure ("Tenaga eased 10 sen
    to 12.00 ringgit", "the index tumbled 13.68 points", "Telekom shed 20 sen", "News Corp rose
    eight cents"): a verb of moving in the past followed closely by a number. In a market report
    (``session``: its lead tells the market's move) a move needs no figure ("The Second Section
    fell", "Hyundai closed unchanged"), nor a verb of moving ("Blue chips were mixed")."""
    lows = r.lows
    for k, low in enumerate(lows):
        if session and low in _WAS and k + 1 < len(lows) and lows[k + 1] in _SESSION_STATES:
            return True
        if not _past_move(low):
            continue
        if session or any(w[:1].isdigit() or w in _NUMBER_WORDS for w in lows[k + 1 : k + 4]):
            return True
    return False


_MARKETS = frozenset(
    [
        *("shares", "stocks", "share", "stock", "index", "market", "markets", "bourse", "equities"),
        *("nikkei", "dow", "ftse", "dax", "cac-40", "kospi", "sensex", "hang", "composite"),
    ]
)  # fmt: skip
_SESSION_VERBS = frozenset(["opened", "closed", "ended", "finished"])


def market_lead(r: SentenceReading) -> bool:
    """Whether a story's lead tells a market's session ("Hong Kong shares closed 1.2 percent lower
    on Friday", "Tokyo stocks opened lower"): a market's word and a verb of moving or closing in
    the past; then the moves of single stocks and sectors told after it are of that session."""
    lows = r.lows
    if not _MARKETS.intersection(lows):
        return False
    return any(low in _SESSION_VERBS or _past_move(low) for low in lows)


_SUBORDINATORS = frozenset(["which", "who", "whom", "whose", "after", "because", "when", "where"])
_PERFECT_PAST = frozenset(["had", "'d"])
_EACH = frozenset(["each", "every"])
_TIMES_OF_HABIT = frozenset(
    [
        *("day", "days", "morning", "mornings", "night", "nights", "evening", "evenings", "time", "times"),
        *("hour", "hours", "minute", "minutes", "weekend", "weekends", "summer", "winter", "spring"),
        *("autumn", "season", "seasons", "other", "monday", "tuesday", "wednesday", "thursday", "friday"),
        *("saturday", "sunday", "week", "weeks", "month", "months", "year", "years", "decade", "quarter"),
    ]
)  # fmt: skip


def _shared_out(lows: list[str], k: int) -> bool:
    """Whether "each" or "every" shares something out ("eased 10 sen each", "each side accused
    the other"), not a habit ("each morning", "every two weeks"): no word of a time next to it."""
    return not any(w in _TIMES_OF_HABIT for w in lows[k + 1 : k + 4])


def _length(lows: list[str], k: int) -> bool:
    """Whether a word of weeks, months or years tells a length ("jailed for terms of 13 months to
    ten years"), not a time: a count before it and no "ago", "later" or "before" after it."""
    if lows[k] not in _UNITS or k == 0:
        return False
    count = lows[k - 1]
    after = lows[k + 1] if k + 1 < len(lows) else ""
    return (count.isdigit() or count in _COUNTS) and after not in _FROM_THEN and "for" in lows[:k]


_COMES = frozenset(["comes", "came", "come", "follows", "followed", "follow"])
_SUBJECT_WORDS = frozenset(["it", "this", "that"])
_HEDGES = frozenset(
    ["just", "only", "barely", "nearly", "almost", "about", "some", "roughly", "less", "more", "than"]
)
_COUNT_DAYS = {
    **{
        w: n
        for n, w in enumerate(
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], 1
        )
    },
    "a": 1,
    "an": 1,
}
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0, "minute": 0, "minutes": 0}


def comes_after(r: SentenceReading) -> tuple[int, int, str] | None:
    """A sentence that times what comes after it by the story's own news ("It comes a day after
    the board agreed ...", "The move came two days after the ministers met", "The attack follows
    hours after ..."): the index of its "after", how many days before the news that happened, and
    the words that tell it ("a day after"); else None. Only a subject of one to three words
    ("It", "This", "The move", "The latest attack") and a count of days, weeks or hours: "months
    after" or "weeks after" name no day."""
    lows = r.lows
    n = len(lows)
    if n < 5:
        return None
    k = 1
    if lows[0] not in _SUBJECT_WORDS:
        if lows[0] not in ("the", "this", "that", "its"):
            return None
        k = next((j for j in range(2, min(n, 5)) if lows[j] in _COMES), 0)
        if not k or not all(w.isalpha() for w in lows[1:k]):
            return None
    if lows[k] not in _COMES:
        return None
    j = k + 1
    while j < n and lows[j] in _HEDGES:
        j += 1
    if j + 1 >= n:
        return None
    count, unit = lows[j], lows[j + 1]
    if unit in _UNIT_DAYS:
        days = _COUNT_DAYS.get(count, int(count) if count.isdigit() and int(count) < 60 else -1)
        if days < 0 or (days > 1 and unit in ("day", "week", "hour", "minute")):
            return None
        days *= _UNIT_DAYS[unit]
        at = j + 2
    elif count in ("hours", "minutes"):
        days, at = 0, j + 1  # "came hours after": the same day
    else:
        return None
    if at >= n or lows[at] != "after":
        return None
    return at, days, " ".join(r.tokens[i].text for i in range(k + 1, at + 1))


def before_news(days: int, words: str, news: FuzzyDate, what: str) -> tuple[FuzzyDate, str]:
    """The approximate day of what a sentence says the story's news came ``days`` after (see
    :func:`comes_after`), and its explanation for Review Mode; ``what`` tells what came after it
    ("the story's news ({}, dated by 'Tuesday')", the day put in its braces)."""
    when = replace(FuzzyDate.from_days(news.start_days - days), approximate=True)
    how = f"no date in the sentence; {what.format(news.iso())} came {words!r} it: about {when.iso()}"
    return when, how


_STANCES = frozenset(
    [
        *("hope", "wish", "fear", "expect", "anticipate", "appear", "seem", "doubt", "believe"),
        *("think", "predict", "forecast", "reckon", "warn"),
    ]
)
"""Verbs of a stance (a hope, an expectation, a belief) that, told in the present, hold as of the
story's telling ("the party hopes to win seats in September", "analysts expect a rate cut next
month"): the time inside is that of what they hold, not theirs."""


def stance_holds(r: SentenceReading, main: Predicate) -> bool:
    """Whether a sentence's main verb is a stance told in the present ("The party hopes to win its
    first seats this September", "The Fed expects the economy to slow in coming months"): it
    holds as of the story's telling (approximate publication day, the DATING RULE), and a time in
    what it holds dates that, not the stance. Not in the past ("hoped"), nor a passive ("is
    expected to"), nor negated or with a modal ("may expect")."""
    return (
        main.finite
        and not main.passive
        and not main.modal
        and main.tense == "present"
        and main.lemma in _STANCES
        and not any(q.is_speech and q.index < main.index and held_by(r, q, main) for q in r.preds)
        and not _noun_before(r, main.index)
    )  # (not what a saying reports: "the company said it expects ...": told when it said so)


def _noun_before(r: SentenceReading, k: int) -> bool:
    """Whether a stance verb is rather a noun or not the clause's verb ("harbours faint hopes",
    "dash Tory hopes", "the fears"): a determiner or a possessive before it, a finite verb before it
    in its clause, or a modifier before it that follows a verb."""
    if k == 0:
        return False
    before = r.lows[k - 1]
    if before in _DETERMINERS or before in _POSSESSIVE:
        return True
    seg = next((p.segment for p in r.preds if p.index == k), -1)
    if any(p.finite and p.index < k and p.segment == seg for p in r.preds):
        return True  # "The BJP harbours faint hopes of ...": the verb is "harbours"
    two = r.tokens[k - 2].text if k > 1 else ""
    return r.tokens[k - 1].text[:1].isupper() and two.islower() and "VERB" in wordclass.classes(two)


def held_by(r: SentenceReading, main: Predicate, p: Predicate) -> bool:
    """Whether the verb ``p`` tells what the stance ``main`` holds: after it, with no clause boundary
    between ("hopes to win", "expects the economy to slow", "fears that the war will spread")."""
    from timeline_app.core.extract.frames import complement

    return p.index > main.index and p in complement(r, main)


def stance_time(r: SentenceReading, p: Predicate, e: DatedSpan | None, title: str) -> tuple[str, str] | None:
    """(the stance's verb, the time's words) when the event of verb ``p``, dated by ``e``, is
    titled by a stance told in the present that holds what ``p`` tells ("Party hopes to win its
    first seats" for "... and hopes to win its first seats this September"): the stance is dated
    as of the story's telling, not by ``e``. None when the title tells what is held without the
    stance, or ``e`` dates the stance itself ("expects on Monday that ...")."""
    if e is None:
        return None
    if stance_holds(r, p):
        if not any(held_by(r, p, q) and r.tokens[q.index].end <= e.start for q in r.preds):
            return None  # (the time is the stance's own, or comes before what it holds)
        at = p.index
    else:
        stance = next((s for s in reversed(r.preds) if s.index < p.index and stance_holds(r, s)), None)
        if stance is None or not held_by(r, stance, p):
            return None
        at = stance.index
    if any(t.start < e.start and t.text in (",", ";", ":") for t in r.tokens[at + 1 :]):
        return None  # ("Russia hopes ... will be less severe, a spokesman said Monday": the saying's day)
    verb = r.tokens[at].text
    if verb.lower() not in title.lower().split():
        return None
    return verb, e.text
