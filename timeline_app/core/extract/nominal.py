"""Events that a noun names with a date of their own: "ahead of the parliamentary election on
Sept. 28", "before the NATO summit in The Hague on June 24".

After a temporal preposition (before, after, ahead of, since, until, following) the date belongs
to the noun, not to the clause's verb: the allies were urged before the summit, not on its day.
The noun then makes an event of its own, planned when its date is after publication.

A time phrase in the possessive dates the noun it modifies the same way ("praised Monday's
agreement", "criticised last month's vote"): the agreement was made on Monday, not the praise,
unless that noun phrase is the subject of the verb after it ("Monday's attack killed 12").
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
_TOPIC_PARTICIPLES = frozenset(["surrounding", "concerning", "regarding", "involving"])
_OWNING = TEMPORAL | _TOPIC_PARTICIPLES
"""After a participle that hangs a topic on a noun ("uncertainty surrounding a general election on
May 1") the date is the topic's too: the clause's verb tells what the uncertainty did, not then."""
NOUN_DATES = "not the clause's verb"
"""The end of a dated noun's explanation: it tells of a noun the sentence names, never again its
main clause."""
_LEAD = frozenset(["on", "in", "at", "of", "the", "a", "an", "late", "early"])
_PREPOSITIONS = frozenset(
    ["between", "among", "against", "with", "under", "amid", "across", "near", "without", "within", "toward"]
)
_ARTICLES = frozenset(["the", "a", "an", "its", "their"])


def _noun_before(r: SentenceReading, first: int) -> tuple[int, int] | None:
    """(start of the noun phrase, index of the event noun) for an expression at ``first``."""
    k = first - 1
    steps = 0
    verbs = {p.index for p in r.preds}
    while k >= 0 and steps < 6:
        low = r.lows[k]
        m = r.mention_at(k)
        if m is None and _happening(low) and k not in verbs and r.tokens[k].text.islower():
            break
        if m is not None:
            k, steps = m.first - 1, steps + 1  # "summit in The Hague on June 24"
            continue
        if low not in _LEAD:
            return None
        k, steps = k - 1, steps + 1
    if k < 0 or not _happening(r.lows[k]) or k in verbs or r.mention_at(k) is not None:
        return None
    noun = k
    j = k - 1
    while j >= 0 and noun - j <= 5 and r.lows[j] not in _OWNING:
        if r.lows[j] in (",", ";", ".") or j in verbs:
            return None
        j -= 1
    if j < 0 or r.lows[j] not in _OWNING or not _owns(r.lows[j], r.lows[noun]):
        return None
    start = j + 1
    while start < noun and r.lows[start] in ("of", "to"):
        start += 1  # "ahead of", "prior to"
    return start, noun


def _happening(word: str) -> bool:
    """Whether a noun names something that happens ("summit", "invasion", "discovery")."""
    from timeline_app.core.extract.dating import _TIME_PARTS, names_an_event

    if word in _TIME_PARTS or word in ("evening", "night", "morning", "afternoon", "beginning", "opening"):
        return False  # "until early morning of March 30": a time, not a happening
    return word in EVENT_NOUNS or names_an_event(word) or _verbal_noun(word)


_AFTER = frozenset(["after", "following"])


def _owns(temporal: str, noun: str) -> bool:
    """Whether a date told of a noun after ``temporal`` is the noun's and not its clause's. After
    "since", "before", "ahead of", "until" it always is: what the clause tells lasts since the
    happening or comes before it ("every year since the massacre in 1989"). After "after" or
    "following" only for a meeting, a vote or the like (EVENT_NOUNS: "after the summit on June
    24"): what follows a war or a coup "in 1994" mostly happened that year too."""
    return temporal not in _AFTER or noun in EVENT_NOUNS


_LOOKING_AHEAD = {
    "to": frozenset(["run-up", "lead-up", "build-up", "countdown", "prior"]),
    "of": frozenset(["eve", "ahead"]),
}


def _dated_before_noun(r: SentenceReading, first: int, last: int) -> int | None:
    """The index of the event noun a date between a determiner and that noun modifies after a
    temporal preposition ("since the 2003 invasion", "hours before the Tuesday air strike", "after
    the March 28 election", "in the run-up to a March election"): the date is the noun's; what the
    clause tells happened before, after or since it."""
    if first < 2 or r.lows[first - 1] not in _ARTICLES:
        return None
    k = first - 2
    ahead = r.lows[k] in _LOOKING_AHEAD and k > 0 and r.lows[k - 1] in _LOOKING_AHEAD[r.lows[k]]
    if r.lows[k] not in TEMPORAL and not ahead:
        return None
    verbs = {p.index for p in r.preds}
    head, j = -1, last
    while j < len(r.tokens) and j - last < 3:
        word = r.tokens[j].text
        if not word.isalpha() or r.lows[j] in _STOPS or j in verbs:
            break
        head, j = j, j + 1
    if head < 0 or not r.tokens[head].text.islower() or not _happening(r.lows[head]):
        return None  # (not "before the UN Human Rights Commission": a name)
    if not (ahead or _owns(r.lows[k], r.lows[head])):
        return None
    return head


_STOPS = frozenset(
    [
        *("of", "in", "on", "at", "by", "for", "to", "and", "or", "but", "with", "from", "as"),
        "that",
        *_ARTICLES,
    ]
)


def _possessed_event(r: SentenceReading, first: int, last: int) -> int | None:
    """The index of the event noun a possessive time phrase (``first``..``last``) modifies
    ("Monday's surprise agreement") when that phrase is not the subject of the verb after it."""
    from timeline_app.core.extract import dating

    stops = dating._NOT_NOUNS | _PREPOSITIONS

    if not dating.possessed_by_time(r, first, last) or dating.possessor_predicate(r, first, last) is not None:
        return None
    verbs = {p.index for p in r.preds}
    head, j = -1, last + 1
    while j < len(r.tokens) and j - last <= 3:
        if not r.tokens[j].text.isalpha() or r.lows[j] in stops or j in verbs:
            break
        head, j = j, j + 1
    return head if head > 0 and (dating.names_an_event(r.lows[head]) or _verbal_noun(r.lows[head])) else None


def _verbal_noun(word: str) -> bool:
    """A noun made of a verb with "-y" ("discovery", "recovery", "delivery")."""
    from timeline_app.core.extract.lexicon import lexicon

    return word.endswith("ery") and lexicon().any_verb(word[:-1]) is not None


def dated_nouns(r: SentenceReading) -> list[tuple[int, int, DatedSpan]]:
    """(phrase start, noun index, expression) for every calendar expression a noun owns: after
    a temporal preposition, the phrase starts at its noun; in the possessive ("Monday's
    meeting"), the phrase starts at the time phrase. Worked out once per sentence (after
    :func:`~timeline_app.core.extract.dating.quoted_days` has dated its spans): do not change the list."""
    return r.per_sentence(_dated_nouns)


def _dated_nouns(r: SentenceReading) -> list[tuple[int, int, DatedSpan]]:
    out = []
    for a, b, e in r.expressions:
        if e.date is None:
            continue
        found = _noun_before(r, a)
        if found is not None:
            out.append((found[0], found[1], e))
            continue
        noun = _possessed_event(r, a, b)
        if noun is None:
            noun = _dated_before_noun(r, a, b)
        if noun is not None:
            out.append((a, noun, e))
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
    possessive = end == start  # "Monday's meeting": the time phrase, its noun and what is between
    if possessive:
        end = noun + 1
    while i < end:
        low = r.lows[i]
        if (i in time_tokens and not possessive) or (low in ("on", "in", "at") and i + 1 in time_tokens):
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
        explanation=expr.explanation + f"; it dates the {r.lows[noun]}, {NOUN_DATES}",
    )
