"""How sure the extractor is that an event it made is a real event, and why.

An event is a clause that reports something that happened, happens or is planned, with an
identifiable actor and predicate. :func:`assess` reads what the extractor left on the event
(its title, actors, date and how it was found, kind, status, the sentence it came from) and
gives a score from 0 to 1 with the one reason that weighs most: "clause with subject and
verb, dated in its sentence", "no actor found", "fragment: no finite verb", "bare reporting
clause" ...

The hand weights of those faults make a first score (:func:`assess`); :func:`score_events` reads
it with the story's other signals (where the event stands in the story and its sentence, a
modal or a condition, a state verb, a title that retells an earlier one ...) through a small
logistic regression fitted to hand-labelled wire stories (benchmarks/bench_confidence.py,
tuning part only; the weights are the constants :data:`_WEIGHTS`). A serious fault (a fragment,
a state, a condition, no actor ...) keeps an event uncertain whatever else it has.

The score is used to hide uncertain events (see :data:`UNCERTAIN_BELOW`), never to change
them; events made or reviewed by a person are not scored (they keep 1.0).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from operator import mul

from timeline_app.core.extract.boilerplate import line_reason
from timeline_app.core.extract.dating import NEWS_EXPLANATION
from timeline_app.core.extract.dupes import quoted, similar_titles
from timeline_app.core.extract.lexicon import SPEECH, Lexicon, Verb, lexicon
from timeline_app.core.extract.nominal import NOUN_DATES
from timeline_app.core.extract.title_check import title_problems
from timeline_app.core.model import UNCERTAIN_BELOW, Article, Event, Kind, Status

__all__ = ["UNCERTAIN_BELOW", "assess", "score_events"]

# UNCERTAIN_BELOW (0.5, in core.model): every single fault below (a fragment, no actor, a bare
# reporting clause, a title that breaks off) takes a clause under it; a date carried from
# another sentence, an undated clause or a quote without a named speaker alone do not.


# weights read off hand-labelled wire stories (benchmarks/bench_confidence.py, tuning part)
LEAD_BONUS = 0.05
LATER_IN_SENTENCE = 0.15
NAMED_SUBJECT_BONUS = 0.1


OWN_DATE_AGAIN = "told again by an event of its sentence that has its own date"
"""Why an undated event gives way to a dated one of its sentence that tells the same thing (the
extractor looks for it to find the retold side-clause copies)."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PRONOUNS = _words(
    "he she it they we i you there this these those that what who which here one "
    "everybody everyone anybody anyone somebody someone"
)
# words a clause's subject never opens with: a title starting with one has lost its subject
# ("Of Heaven's Gate cult ...", "With freeze puts ...", "However report issues ...")
_NO_SUBJECT = _words(
    "of to in on at by for from with into over under after before during amid against between "
    "through since until and or but nor so if as than that like however rather whether while when "
    "where why how although though because whilst including regarding according not never yet still "
    "already also just even up out off"
)
_DANGLING = _words(
    "the a an of to in on at by for from with into over under after before during amid against between "
    "through since until and or but nor so if as than that like whether while when where which who whose "
    "its his her their our my your not never including regarding according is are was were be been "
    "being am has have had do does did will would shall should can could may might must 's ' \" “ - – — "
    "they them him it he she we i you going"
)
_AUXILIARIES = _words(
    "is are was were be been am has have had do does did will would shall should can could may might must"
)
_QUOTE_TITLE = re.compile(r"^(?P<speaker>[^:“\"]{1,60}): [“\"]")
_TOKEN = re.compile(r"[^\W_][\w'’.-]*|[“”\",]")
_CARRIED = "no date in the sentence"
_CONDITION = re.compile(r"^\W{0,2}(?:if|unless|whether|should)\b", re.IGNORECASE)


def score_events(events: Sequence[Event], article: Article, copies: Collection[str] = ()) -> list[Event]:
    """``events`` with ``confidence`` and ``confidence_reason`` set (an article's events, in
    the order the extractor made them; events a person made or reviewed are left as they are).
    ``copies``: the ids of events titled by their sentence's main clause under a side clause's
    date, whose date never makes the main clause's own event the one told again."""
    told: dict[tuple[int, int], int] = {}
    for e in events:
        if e.sources:
            key = (e.sources[0].start, e.sources[0].end)
            told[key] = told.get(key, 0) + 1
    scored: list[tuple[float, str]] = []
    faults: list[list[tuple[float, str]]] = []
    comments = _comments_start(article.text)
    for e in events:
        siblings = told.get((e.sources[0].start, e.sources[0].end), 1) - 1 if e.sources else 0
        if e.edited:
            scored.append((1.0, ""))
            faults.append([])
            continue
        found = _all_faults(e, article.text, siblings)
        if e.sources and e.sources[0].start >= comments:
            found.append((0.5, "a reader's comment under the story, not the story"))
        faults.append(found)
        scored.append(_hand_score(e, found))
    twice = _told_twice(events, [c for c, _ in scored], copies)
    seen: set[tuple[int, int]] = set()
    paragraphs = _paragraph_starts(article.text)
    stems = [_content_stems(_TITLE_WORD.findall(_title_body(e.title))) for e in events]
    read: dict[tuple[int, int], tuple[float, ...]] = {}
    told_before = _ToldBefore()
    out = []
    for n, e in enumerate(events):
        if n:
            told_before.add(stems[n - 1], events[n - 1])
        span = (e.sources[0].start, e.sources[0].end) if e.sources else (-1, -1)
        if e.edited:
            out.append(e)
            continue
        # the story's first event is its news, nearly always a real one; a second event of one
        # sentence is more often a side clause's (an object, a relative clause) than a happening
        score, why = scored[n]
        later = span in seen
        if n == 0:
            score += LEAD_BONUS
        elif later:
            score -= LATER_IN_SENTENCE
        seen.add(span)
        score = round(min(1.0, max(0.05, score)), 2)
        again = twice.get(n, "")
        if again:
            cost = (
                0.5 if again.startswith("a cut sentence") else 0.45
            )  # a cut sentence's date is no headline's
            score, why = round(max(0.05, score - cost), 2), again
        # what the story's events of other sentences said before (its own sentence's are "later")
        before = _Earlier(told_before, span[0])
        x = _signals(e, article.text, n, later, again, score, faults[n], paragraphs, before, read)
        combined = _combine(x)
        said = x[_ATTRIBUTED] > 0
        if again or any(cost >= SERIOUS and not _not_serious(why, said) for cost, why in faults[n]):
            # a fragment, a state, a condition ... is no event, lead or not (and its own fault says
            # so); a happening its sentence tells twice is shown once
            combined = min(combined, SERIOUS_CAP)
        if combined < UNCERTAIN_BELOW and not faults[n] and not again:
            why = _weakest(x) or why  # no fault found: what weighs most against it
        out.append(e.with_changes(confidence=combined, confidence_reason=why))
    return out


# a logistic regression over the signals, fitted to the tuning part of the hand-labelled wire
# stories (benchmarks/bench_confidence.py; L2 penalty 2, never the held-out fifth): the chance
# that an event is a real one. SHIFT moves where UNCERTAIN_BELOW cuts: on the tuning part
# (cross-validated by story) it hides no larger share of the real events than the hand weights did
SHIFT = -0.14
_BIAS = -0.10
_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("hand", 0.89),
    ("own date", 0.27),
    ("carried date", 0.49),
    ("publication day", -0.67),
    ("named subject", 0.24),
    ("lead", 1.08),
    ("later", -0.38),
    ("twice", -0.80),
    ("quote title", 0.01),
    ("cut title", -0.06),
    ("planned", 0.03),
    ("claimed", -0.10),
    ("kind other", -0.31),
    ("modal title", -0.28),
    ("if in sentence", -0.74),
    ("unnamed source", -0.38),
    ("paragraph", 0.34),
    ("first paragraph", 0.08),
    ("perfect undated", -0.06),
    ("perfect title", -0.35),
    ("since", -0.77),
    ("opens on quote", 0.08),
    ("stative verb", -0.56),
    ("copula", -0.16),
    ("faults", -0.78),
    ("title words", 0.24),
    ("verb far from subject", 0.15),
    ("title starts late", -0.57),
    ("modal before verb", -0.20),
    ("participle read as verb", -0.21),
    ("retells", -0.42),
    ("attributed", 0.34),
    ("says then a phrase", -0.53),
    ("fragment", -0.65),
    ("no actor", -0.00),
    ("no named actor", 0.19),
    ("breaks off", -0.03),
    ("state", -0.27),
    ("opinion", 0.66),
    ("reporting", -0.15),
    ("validator", -0.13),
    ("furniture", -0.03),
    ("condition", -0.20),
    ("figure", -0.52),
    ("side phrase", 0.28),
    ("quotation", -0.24),
    ("purpose", 0.00),
)


SERIOUS = 0.45
"""A fault that costs this much (a fragment, a state, a condition, a running total, no actor, a
bare reporting clause) keeps the event at :data:`SERIOUS_CAP` at most, whatever else it has."""
SERIOUS_CAP = 0.3
# but not an attitude: "I want to ...", "X hopes ..." are often statements a reader wants (a
# judgement, "the visit would be an important move", "the team would be hard to beat", is not)
_NOT_SERIOUS = ("an opinion",)
# what a speaker said, told as the title: a state, a view, a habit, a pronoun subject ("we are
# ready to ...", "it is only the beginning of aid", "the talks are expected to last two days")
# is what the statement says, not a fault of the event; the statement is the event (the audit
# rule: a statement by a named speaker is real, whatever its content). Its fault marks the
# event, the score weighs it, but it does not hide it whatever else it has.
_SAID_CONTENT = (
    "a state",
    "a habit",
    "a description",
    "something going on",
    "a judgement",
    "a quotation told as a clause",
    "no actor: the subject is a pronoun",
    "nothing happened: the subject is negated",
)


def _not_serious(why: str, said: bool) -> bool:
    return why.startswith(_NOT_SERIOUS) or (said and why.startswith(_SAID_CONTENT))


# why an event with no fault of its own scores uncertain: the signal that weighs most against it
_AGAINST = {
    "publication day": "no date of its own (placed on the publication day)",
    "later": "a second event of its sentence (often a side clause's)",
    "kind other": "no kind of diplomatic event found",
    "modal title": "a possibility (could, would, may ...), not an event",
    "if in sentence": "its sentence sets a condition (if, unless ...)",
    "unnamed source": "a view of unnamed analysts or experts",
    "perfect undated": "a perfect with no date (has ...), often a background",
    "perfect title": "its verb is a perfect with no date (has received ...): how things stand up to now",
    "since": "how things stand since a time",
    "opens on quote": "a quotation (it often repeats the story's summary)",
    "stative verb": "a verb of a state (includes, remains, owns ...)",
    "verb far from subject": "the title joins words far apart in its sentence",
    "title starts late": "the title starts late in its sentence (a side clause)",
    "retells": "much of it told by an earlier event of the story",
}


def _weakest(x: list[float]) -> str:
    against = [
        (w * v, name) for (name, w), v in zip(_WEIGHTS, x, strict=True) if name in _AGAINST and w * v < 0
    ]
    return _AGAINST[min(against)[1]] if against else ""


_WEIGHT_VALUES = tuple(w for _name, w in _WEIGHTS)


def _combine(x: list[float]) -> float:
    """The score of an event's signals (:data:`SIGNALS`, in order), from 0.01 to 0.99."""
    if len(x) != len(_WEIGHT_VALUES):
        raise ValueError(f"{len(x)} signals for {len(_WEIGHT_VALUES)} weights")
    # (the products summed in C, in the same order: the same float as a loop over the pairs)
    z = _BIAS + SHIFT + sum(map(mul, _WEIGHT_VALUES, x))
    return round(min(0.99, max(0.01, 1.0 / (1.0 + math.exp(-z)))), 2)


# the faults of event_faults, by kind (a signal each: the sum of their hand costs)
_FAULT_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("fragment", ("fragment",)),
    ("no actor", ("no actor", "nothing happened: the subject")),
    ("no named actor", ("no named actor",)),
    ("breaks off", ("title breaks off",)),
    (
        "state",
        (
            "a state",
            "a habit",
            "a description",
            "how things stand",
            "something going on",
            "nothing happened: a",
        ),
    ),
    ("opinion", ("an opinion", "a judgement")),
    ("reporting", ("bare reporting", "quote without a named speaker")),
    ("validator", ("title fails",)),
    ("furniture", ("page furniture", "a heading", "a question")),
    ("condition", ("condition",)),
    ("figure", ("running total", "a measure", "a statistic", "a forecast", "a finding", "an assessment")),
    ("side phrase", ("side phrase",)),
    ("quotation", ("a quotation told",)),
    ("purpose", ("purpose",)),
)
_HYPOTHETICAL = _words("would could might may can")
_IF_WORDS = re.compile(
    r"\b(?:if|unless|in case|in the event|provided that|as long as|whether)\b", re.IGNORECASE
)
# views of people the story does not name: "analysts said", "according to experts"
_UNNAMED = re.compile(
    r"\b(?:analysts?|experts?|critics?|observers?|commentators?|economists?)\b,? (?:\w+ )?(?:said|say|says|"
    r"believe|believes|warned|warn|argue|argued|noted|note|predicted|predict|expect|expected|fear|feared|think)\b"
    r"|\b(?:according to|said|say|says) (?:\w+ )?"
    r"(?:analysts|experts|critics|observers|commentators|economists)\b",
    re.IGNORECASE,
)
_BE_FORMS = _words("is are was were be been being am 's")
_UNNAMED_WORDS = ("analyst", "expert", "critic", "observer", "commentator", "economist")
_PERFECT = re.compile(
    r"\b(?:has|have)(?: \w+ly| not| never| also| already)? (?:been )?\w+(?:ed|en|wn|ne|un)\b"
)
_STATIVE_LEMMAS = _words(
    "own include contain require remain lie belong consist mean cost seem appear know need stand "
    "rank possess equal involve exist depend"
)
_COPULA = _words("is are was were be")
SIGNALS: tuple[str, ...] = (
    *("hand", "own date", "carried date", "publication day", "named subject", "lead", "later"),
    *("twice", "quote title", "cut title", "planned", "claimed", "kind other", "modal title"),
    *("if in sentence", "unnamed source", "paragraph", "first paragraph", "perfect undated"),
    *("perfect title", "since"),
    *("opens on quote", "stative verb", "copula", "faults", "title words"),
    *("verb far from subject", "title starts late", "modal before verb", "participle read as verb"),
    *("retells", "attributed", "says then a phrase"),
    *(kind for kind, _ in _FAULT_KINDS),
)
_ATTRIBUTED = SIGNALS.index("attributed")


def _signals(
    event: Event,
    text: str,
    n: int,
    later: bool,
    again: str,
    hand: float,
    faults: list[tuple[float, str]],
    paragraphs: list[int],
    earlier: _Earlier,
    read: dict[tuple[int, int], tuple[float, ...]],
) -> list[float]:
    """What the score reads of one event, in the order of :data:`SIGNALS` (``read`` keeps what
    each sentence says, for the other events of the sentence)."""
    sentence = ""
    start = end = 0
    if event.sources:
        src = event.sources[0]
        start, end = src.start, src.end
        sentence = text[src.start : src.end] if text else src.quote
    told = read.get((start, end))
    if told is None:
        told = read[(start, end)] = _sentence_signals(sentence)
    if_, unnamed, perfect, since, opens_quote, saying = told
    title = event.title.strip()
    quote = _QUOTE_TITLE.match(title) is not None
    lows = [w.lower() for w in _TITLE_WORD.findall(_title_body(title))]
    news = event.explanation == NEWS_EXPLANATION
    own = event.when is not None and bool(event.expression) and not news
    carried = event.explanation.startswith(_CARRIED) and not news
    paragraph = bisect_right(paragraphs, start) - 1 if text else 0
    lex = lexicon()
    verbs = [v for w in lows[1:] if (v := lex.verb(w)) is not None]
    x = [
        hand,
        float(own),
        float(carried),
        float(news),
        float(_named_subject(event, title)),
        float(n == 0),
        float(later),
        float(bool(again)),
        float(quote),
        float(title.endswith("…")),
        float(event.status is Status.PLANNED),
        float(event.status is Status.CLAIMED),
        float(event.kind is Kind.OTHER),
        float(bool(_HYPOTHETICAL & set(lows))),
        if_,
        unnamed,
        min(paragraph, 10) / 10,
        float(paragraph == 0),
        perfect if not own else 0.0,
        float(bool(perfect) and not own and not saying and _told_in_perfect(lows, sentence)),
        since,
        opens_quote,
        float(any(v.lemma in _STATIVE_LEMMAS for v in verbs[:1])),
        float(bool(_COPULA & set(lows[1:4]))),
        min(len(faults), 3) / 3,
        min(len(lows), 20) / 20,
    ]
    x.extend(_reading_signals(lows, sentence, lex))
    x.append(_retelling(lows, earlier))
    speaker = _SPEAKER_TITLE.match(title)
    named_speaker = speaker is not None and title.split()[0].lower().rstrip(":") not in _PRONOUNS
    x.append(float(bool(saying) or named_speaker))
    x.append(float(not quote and _says_then_phrase(lows, lex)))
    kinds = [0.0] * len(_FAULT_KINDS)
    for cost, why in faults:
        for k, (_kind, marks) in enumerate(_FAULT_KINDS):
            if why.startswith(marks) or any(m in why for m in marks):
                kinds[k] += cost
    x.extend(kinds)
    return x


def _sentence_signals(sentence: str) -> tuple[float, ...]:
    """What a sentence says whatever event is read from it: a condition, a view of unnamed
    analysts, a perfect, "since", an opening quotation mark, a speaker's saying ("..., Wang
    said", "X told reporters that ...")."""
    low = sentence.lower()
    unnamed = any(w in low for w in _UNNAMED_WORDS) and _UNNAMED.search(sentence) is not None
    return (
        float(_IF_WORDS.search(sentence) is not None),
        float(unnamed),
        float(("has " in low or "have " in low) and _PERFECT.search(sentence) is not None),
        float(" since " in low),
        float(sentence.lstrip()[:1] in ('"', "“", "‘")),
        float(_named_saying(low)),
    )


def _named_saying(low: str) -> bool:
    """Whether a (lower-cased) sentence tells someone saying it: "..., Wang said", "he told
    reporters", not only "officials said", "witnesses told AFP" (nobody the story names)."""
    for found in _SAID_RE.finditer(low):
        before = low[max(0, found.start() - 16) : found.start()].split()
        if not before or before[-1].strip("\"',“”") not in _UNNAMED_SPEAKERS:
            return True
    return False


# a verb of saying in a form that tells who said it: "..., Wang said", "X told reporters", "he added"
_SAID_RE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|stated|states|noted|notes|stressed|stresses|insisted|insists|"
    r"warned|warns|explained|explains|argued|argues|declared|declares|reiterated|reiterates|emphasi[sz]ed|"
    r"maintained|replied|wrote|saying|quoted|say)\b"
)
_UNNAMED_SPEAKERS = _words(
    "official officials source sources witness witnesses resident residents analyst analysts expert "
    "experts diplomat diplomats observer observers report reports media people"
)


_FUNCTION = _DANGLING | _AUXILIARIES | _words("also still now said says say told tell")


def _stem(word: str) -> str:
    return word.lower()[:5]


def _content_stems(words: list[str]) -> frozenset[str]:
    return frozenset(_stem(w) for w in words if w.lower() not in _FUNCTION and len(w) > 2)


class _ToldBefore:
    """The content stems of a story's events so far, indexed by stem: the words an event shares
    with each earlier one are counted through the index, so a story of 3,000 events costs
    what its shared words do, not 3,000 x 3,000 set intersections."""

    def __init__(self) -> None:
        self.by_stem: dict[str, list[int]] = {}
        self.starts: list[int | None] = []  # each event's sentence start (None: no source)
        self.per_start: dict[int, int] = {}  # how many events so far each sentence start has

    def add(self, stems: frozenset[str], event: Event) -> None:
        k = len(self.starts)
        for stem in stems:
            self.by_stem.setdefault(stem, []).append(k)
        start = event.sources[0].start if event.sources else None
        self.starts.append(start)
        if start is not None:
            self.per_start[start] = self.per_start.get(start, 0) + 1


class _Earlier:
    """The events told before one event, but those of its own sentence (of sentence start
    ``start``)."""

    def __init__(self, told: _ToldBefore, start: int) -> None:
        self.told, self.start = told, start

    def __len__(self) -> int:
        return len(self.told.starts) - self.told.per_start.get(self.start, 0)

    def most_shared(self, mine: frozenset[str]) -> int:
        """The most content stems of ``mine`` one of these events has."""
        starts, start = self.told.starts, self.start
        shared: dict[int, int] = {}
        for stem in mine:
            for k in self.told.by_stem.get(stem, ()):
                if starts[k] != start:
                    shared[k] = shared.get(k, 0) + 1
        return max(shared.values(), default=0)


def _retelling(lows: list[str], earlier: _Earlier) -> float:
    """How much of the title an earlier event's title of the story already said (the share
    of its content words)."""
    mine = _content_stems(lows)
    if not mine or not len(earlier):
        return 0.0
    return earlier.most_shared(mine) / len(mine)


def _says_then_phrase(lows: list[str], lex: Lexicon) -> bool:
    """ "Kabila says in this diamond centre held", "Council says given there": a verb of saying
    followed by nothing or by a phrase, not by what was said."""
    for i in range(1, len(lows)):
        verb = lex.verb(lows[i])
        if verb is not None and verb.lemma in SPEECH and verb.form in ("s", "past"):
            return i + 1 >= len(lows) or lows[i + 1] in _PREPOSITIONS or lows[i + 1] == "given"
    return False


def _reading_signals(lows: list[str], sentence: str, lex: Lexicon) -> list[float]:
    """Where the title's subject and verb stand in its sentence: how far the verb is from the
    subject (10 words when the sentence does not have it), how late in the sentence the title
    starts, whether a modal ("could", "would") stands before the verb there, and whether the
    title's verb is a participle there ("marching bands" -> "Parade marches bands", "the ministry
    controlled by al-Sadr" -> "Ministry controls by al-Sadr")."""
    tokens = [t.lower() for t in _TITLE_WORD.findall(sentence)]
    verb_at = next((i for i in range(1, len(lows)) if _finite(lows[i], lex, lows, i)), None)
    if not tokens or verb_at is None:
        return [0.0, 0.0, 0.0, 0.0]
    word = lows[verb_at] if lows[verb_at] != "to" or verb_at + 1 >= len(lows) else lows[verb_at + 1]
    verb = lex.verb(word)
    lemma = verb.lemma if verb is not None else word
    at = [
        i
        for i, t in enumerate(tokens)
        if t[:4] == lemma[:4] or ((v := lex.verb(t)) is not None and v.lemma == lemma)
    ]
    head = _stem(lows[verb_at - 1])
    subject_at = [i for i, t in enumerate(tokens) if _stem(t) == head]
    first = next((i for i, t in enumerate(tokens) if _stem(t) == _stem(lows[0])), None)
    late = first / len(tokens) if first is not None else 1.0
    if not at:
        return [1.0, late, 0.0, 0.0]
    gap = min((abs(v - s) for v in at for s in subject_at), default=10)
    before = {w for v in at for w in tokens[max(0, v - 3) : v]}
    modal = bool(before & _HYPOTHETICAL) or "likely" in before
    participle = verb is not None and verb.form == "s" and lows[verb_at + 1 : verb_at + 2] == ["by"]
    if verb is not None and verb.form != "ing" and not participle:
        forms = [lex.verb(tokens[i]) for i in at]
        participle = all(
            f is not None and f.form == "ing" and (i == 0 or tokens[i - 1] not in _BE_FORMS)
            for f, i in zip(forms, at, strict=True)
        )
    return [min(gap, 10) / 10, late, float(modal), float(participle)]


# a reader's comment under a web story: "At 15:32 26th Apr 2009, ebed09 wrote: ..." (a line of its
# own; the comments run to the end of the page)
_COMMENT_STAMP = re.compile(
    r"^At \d{1,2}:\d\d(?: ?[AaPp][Mm])?,? (?:on )?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4}, "
    r"[^\n:]{1,40} wrote:",
    re.MULTILINE,
)


def _comments_start(text: str) -> int:
    """Where the readers' comments under a web story begin (the first comment's line), or past
    the text's end when it has none."""
    found = _COMMENT_STAMP.search(text) if "wrote:" in text else None
    return found.start() if found is not None else len(text) + 1


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*", text)]


def _own_date(e: Event) -> bool:
    return e.when is not None and bool(e.expression) and e.explanation != NEWS_EXPLANATION


def _told_twice(events: Sequence[Event], scores: list[float], copies: Collection[str] = ()) -> dict[int, str]:
    """The events that repeat another event of their sentence, with why: of two with a similar
    title, the one without a date of its own when the other has one and is no less sure
    ("Polling stations opened amid tight security", dated by the sentence before, and "Polling
    stations open" at 8 a.m.); of two with the same title, the later (one sentence, two dates,
    one title: it tells one of them at most). The merge leaves them apart (each date may be
    some clause's); the reader should see one. A side clause's copy (``copies``) dates no main
    clause: the undated main-clause event is not its repeat (the copy gives way to it instead)."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for n, e in enumerate(events):
        if e.sources and not e.edited:
            by_span.setdefault((e.sources[0].start, e.sources[0].end), []).append(n)
    out: dict[int, str] = {}
    for group in by_span.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a in out or b in out:
                    continue
                ea, eb = events[a], events[b]
                if ea.explanation.endswith(NOUN_DATES) != eb.explanation.endswith(NOUN_DATES):
                    continue  # "praised Monday's agreement": the agreement is not the praise told again
                same = ea.title == eb.title
                if not same and not similar_titles(ea.title, eb.title):
                    continue
                own_a, own_b = _own_date(ea), _own_date(eb)
                cut_a, cut_b = ea.title.endswith("…"), eb.title.endswith("…")
                if cut_a != cut_b:
                    # a sentence cut to a title beside a headline of the same happening: the
                    # headline tells it; the cut one's date, if any, is a side clause's
                    headline = b if cut_a else a
                    out[a if cut_a else b] = (
                        f"a cut sentence beside the headline of its happening: “{events[headline].title}”"
                    )
                elif own_a != own_b:
                    loser, winner = (b, a) if own_a else (a, b)
                    if events[winner].id in copies and events[loser].id not in copies:
                        continue
                    # not for a sentence cut to a title ("...") over a headline: the date may be
                    # a side clause's ("has received requests ..., tenders in 2007 were turned down")
                    cut = events[winner].title.endswith("…") and not events[loser].title.endswith("…")
                    if same or (scores[winner] >= scores[loser] and not cut):
                        out[loser] = f"{OWN_DATE_AGAIN}: “{events[winner].title}”"
                elif same:
                    out[b] = f"same title as an earlier event of its sentence: “{ea.title}”"
    return out


def assess(event: Event, text: str = "", siblings: int = 0) -> tuple[float, str]:
    """(confidence, reason) for one extracted event, by the hand weights alone (the story's
    order and the other events of its sentence are :func:`score_events`' part).

    Args:
        event: the event as the extractor made it.
        text: the article's text (its first source's span is the sentence it came from).
        siblings: how many other events the same sentence gave.
    """
    return _hand_score(event, _all_faults(event, text, siblings))


def _all_faults(event: Event, text: str, siblings: int) -> list[tuple[float, str]]:
    faults = event_faults(event, text, siblings)
    if event.explanation.endswith(NOUN_DATES) and not any(why.startswith("fragment") for _c, why in faults):
        # a dated noun ("Last month's election") is a noun phrase, whatever word of it reads as a verb
        faults.append((0.5, "fragment: no finite verb"))
    return faults


def _hand_score(event: Event, faults: list[tuple[float, str]]) -> tuple[float, str]:
    title = event.title.strip()
    quote = _QUOTE_TITLE.match(title)
    dated = event.when is not None
    news = event.explanation == NEWS_EXPLANATION
    carried = event.explanation.startswith(_CARRIED) and not news
    score = 0.75 if dated and not carried and not news else 0.65
    if event.actors:
        score += 0.05
    if _named_subject(event, title):
        score += NAMED_SUBJECT_BONUS
    for cost, _why in faults:
        score -= cost
    score = round(min(1.0, max(0.05, score)), 2)
    if faults:
        return score, max(faults, key=lambda f: f[0])[1]
    if quote is not None:
        return score, "quoted statement with its speaker" + (", dated in its sentence" if dated else "")
    where = "dated in its sentence" if dated and not news else "undated"
    if news:
        where = "dated by the publication day (the story's news)"
    return score, f"clause with subject and verb, {where}"


_SPEAKER_TITLE = re.compile(r"^[^:“\"]{1,60}: [“\"]?")
_TITLE_WORD = re.compile(r"[\w'-]+")


def _title_body(title: str) -> str:
    """A title without its speaker ("Ivanov: we shall ..." -> "we shall ...")."""
    speaker = _SPEAKER_TITLE.match(title)
    return title[speaker.end() :] if speaker is not None else title


def _named_subject(event: Event, title: str) -> bool:
    """Whether the title opens on one of the event's actors ("Kyi urges ...", not "Response
    holds elections"): a clause whose subject the extractor could name."""
    words = _TITLE_WORD.findall(_title_body(title))
    if not words:
        return False
    first = words[0].lower()
    return any(first in actor.lower().split() for actor in event.actors)


_PREPOSITIONS = _words(
    "in of on at by for from with against among to into about through under over after before during "
    "within without amid between toward towards"
)
_DETERMINERS = _words("the a an its their his her our my your this that these those some several many")
_NOT_A_NOUN = _DANGLING | _NO_SUBJECT
_TIME_UNITS = _words("day days time week month year morning evening night")  # "one day we will ..."
_COUNT_OPENERS = _words("nearly over about some almost around roughly approximately more up")
_QUANTITY_OPENERS = _words("more less some about nearly almost over under up least")
_SENTENCE_TOKEN = re.compile(r"[\w'-]+|[,;:()\"“”]")


def _subject_in_phrase(title: str, sentence: str) -> bool:
    """Whether the word a title opens on stands in its sentence as a preposition's object ("in a
    statement issued in Geneva" -> "Statement issues in Geneva", "in response to reports" ->
    "Response holds ..."): the title is built on a side phrase, not on a clause's subject."""
    if _SPEAKER_TITLE.match(title):
        return False
    words = _TITLE_WORD.findall(title)
    if not words:
        return False
    first = words[0].lower()
    if first in _QUANTITY_OPENERS or first[:1].isdigit():
        return False  # "(at least) 14 Iraqis were killed", "(for which) more than 20,000 ... arrived"
    low = sentence.lower()
    at = low.find(first)
    while at >= 0 and (low[at - 1 : at].isalnum() or low[at + len(first) : at + len(first) + 1].isalnum()):
        at = low.find(first, at + 1)  # the first place the word stands whole
    if at < 0:
        return False
    tokens = _SENTENCE_TOKEN.findall(sentence[max(0, at - 80) : at])[-3:]
    lex = lexicon()
    for token in reversed(tokens):
        word = token.lower()
        if word in _PREPOSITIONS:
            return True
        if not token[:1].isalpha() or (token[:1].islower() and lex.verb(word) is not None):
            return False  # a comma, a bracket, a verb ("said such talks"): the phrase ends there
    return False


def event_faults(event: Event, text: str = "", siblings: int = 0) -> list[tuple[float, str]]:
    """What costs one event confidence: (how much, why) for each fault found."""
    sentence = ""
    if event.sources:
        s = event.sources[0]
        sentence = text[s.start : s.end] if text else s.quote
    title = event.title.strip()
    faults: list[tuple[float, str]] = []  # (how much it costs, why)
    quote = _QUOTE_TITLE.match(title)
    words = _TOKEN.findall(title if quote is None else quote.group("speaker"))
    lows = [w.lower() for w in words]
    if quote is not None:
        if not lows or lows[0] in _PRONOUNS or not event.actors:
            faults.append((0.5, "quote without a named speaker"))
    else:
        faults.extend(_clause_faults(event, words, lows, siblings, sentence))
    problems = title_problems(title)
    if problems:  # the titles' own validator (core.extract.title_check)
        faults.append((0.2, f"title fails the headline checks ({problems[0]})"))
    # every furniture rule is about a short line (or one ending in "///"): a long sentence is
    # not read again, which keeps scoring to a small share of extraction
    short = len(sentence) < 200 or sentence.rstrip().endswith(("///", "=="))
    furniture = line_reason(sentence) if short and sentence and "\n" not in sentence.strip() else None
    if furniture is not None and furniture != "heading or label":
        faults.append((0.5, f"looks like page furniture ({furniture})"))
    elif furniture == "heading or label" and event.kind is not Kind.OTHER:
        faults.append((0.3, "a heading, not a sentence"))
    stripped = sentence.rstrip(" \"'”’)")
    if stripped.endswith("?"):
        # a question someone is quoted asking may be news; the writer's own question (a
        # standfirst's "Can it ever recover?", a phone-in's "What do you think?") never is
        quoted = bool(re.match(r"\s*[\"“‘`]", sentence) or re.search(r"[:,]\s*[\"“‘`]", sentence))
        faults.append((0.3 if quoted else 0.5, "a question"))
    if _CONDITION.match(sentence) and quote is None:
        faults.append((0.5, "condition, not an event (if ...)"))
    elif quote is None:
        faults.extend(_background_faults(event, lows, sentence))
    news = event.explanation == NEWS_EXPLANATION
    if event.explanation.startswith(_CARRIED) and not news:
        # said as the reason; the lower base of a clause without a date of its own is the cost
        # (two thirds of such clauses are real events in the labelled wire stories)
        faults.append((0.0, "date carried from the sentence before"))
    faults.extend(_reading_faults(event, title, sentence))
    return faults


# what a poll, a survey or a statistic finds is a finding about how things stand ("Latest survey
# finds party on course to win 41 seats", "Statistics show 115,000 researchers"), not a happening
_FINDERS = _words("poll polls survey surveys statistics study studies figures data census research")
_FINDING = _words(
    "say says said find finds found show shows showed indicate indicates indicated suggest suggests"
)
# "has controlled the system since 1998", "have captured half the country since they launched ...":
# how things stand since a time (a count is _background_faults' running total)
_SINCE_NOW = re.compile(
    r"\b(?:have|has) (?:now |so far |already |also |long )?(?:been \w+|\w+ed|\w+en)\b.*\bsince\b"
    r"|\bsince\b.*\b(?:have|has) (?:now |so far |already |also |long )?(?:been \w+|\w+ed|\w+en)\b",
    re.IGNORECASE,
)
# "China is catching up with ...", "the United States has been pushing for ...": what goes on
_GOING_ON = re.compile(r"\b(?:is|are|has been|have been) (?:\w+ly )?(\w{3,}ing)\b", re.IGNORECASE)
_BE_PERFECT = _words("is are has have been")
_BEEN_STATE = re.compile(
    r"(?<!would )(?<!could )(?<!might )(?<!should )(?<!must )(?<!may )(?<!to )"
    r"\b(?:has|have)(?: long| also| always)? been (?:a|an|the|under|one of)\b",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(r"\bsince (?:the )?(?:early |late |mid-?)?(?:1[89]|20)\d\d", re.IGNORECASE)
# "since" of a time (a year, a month, a day, "then", "last ...", a past happening: "since Castro's
# illness removed him"), not of a reason ("since it stands liable")
_SINCE_TIME = re.compile(
    r"\bsince (?:then|last|early|late|mid|the (?:end|start|beginning|early|late|mid|fall|collapse|death)\b|"
    r"(?:1[89]|20)\d\d|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\b|\w+day\b|"
    r"(?:[\w'’-]+ ){0,4}(?:\w+ed|began|came|took|won|fell|broke|left|began|was|were|became|made|went)\b)",
    re.IGNORECASE,
)


_QUOTE_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_FUTURE = _words("will won't shall 'll")
_BEFORE_PARTICIPLE = _words("is are am be being 's")  # a present passive: "is heartened"


def _tells_what_happened(quote: str) -> bool:
    """Whether a quotation tells a happening or a plan: a verb in the past tense or a past
    participle ("struck", "came on and made", "were released", "have promised"; not a present
    passive, "is seen as") or a future ("will"). A quotation with neither ("It is a fundamental
    principle", "The government is taking measures ...", "X must understand ...") tells a view
    or a state."""
    lex = lexicon()
    words = _QUOTE_WORD.findall(quote.lower())
    before = ""
    for w in words:
        if w in _FUTURE:
            return True
        verb = lex.verb(w)
        if (
            verb is not None
            and verb.form == "past"
            and verb.lemma not in ("be", "have")
            and before not in _BEFORE_PARTICIPLE
        ):
            return True
        if not w.endswith("ly"):
            before = w
    return False


def _reading_faults(event: Event, title: str, sentence: str) -> list[tuple[float, str]]:
    """How the title reads its sentence: a side phrase made the subject ("in a statement issued
    in Geneva" -> "Statement issues in Geneva"), a quotation retold as a clause (a story's quote
    mostly repeats its summary: "Authorities arrested X ..." then "'X was caught taking ...'"),
    a poll's finding, a state kept up since a time."""
    out: list[tuple[float, str]] = []
    if _subject_in_phrase(title, sentence):
        out.append((0.35, "the title's subject is a side phrase of its sentence"))
    if _SPEAKER_TITLE.match(title) is None and sentence.lstrip()[:1] in ('"', "“", "‘"):
        if _tells_what_happened(quoted(sentence.lstrip())):
            out.append((0.15, "a quotation told as a clause (it often repeats the story's summary)"))
        else:
            out.append((0.45, "a quotation told as a clause, of a view or a state (no past, no plan)"))
    lows = [w.lower() for w in _TITLE_WORD.findall(title)]
    if _FINDERS & set(lows[:4]) and _FINDING & set(lows[:6]):
        out.append((0.3, "a finding of a poll or a statistic, not an event"))
    own_date = event.when is not None and bool(event.expression) and event.explanation != NEWS_EXPLANATION
    low = sentence.lower()
    maybe_going = (
        not own_date
        and event.status is not Status.PLANNED
        and ("is " in low or "are " in low or "been " in low)
    )
    going = _GOING_ON.search(sentence) if maybe_going else None
    if going is not None and _told(lows, going.group(1)):
        out.append((0.15, "something going on (is ...ing), not a happening"))
    since = "since" in low and (not own_date or _SINCE_YEAR.search(sentence) is not None)
    # the title's own verb a perfect kept up since a time, nobody quoted or said to tell it ("The
    # United States has maintained an embargo since 1962", "Since X's illness removed him, Y has
    # made numerous appeals"): a background, never the news (not "since it stands liable": a reason)
    kept = (
        # (its date, when it has one, is where the state began: "since March 13")
        (since or ("since" in low and f"since {event.expression}".lower() in low))
        and _SINCE_TIME.search(sentence) is not None
        and _QUOTE_MARKS.search(sentence) is None
        # (a saying of someone else's than the title's: "has maintained ... since" is its verb)
        and all(_told(lows, m.group(0)) for m in _SAID_RE.finditer(low))
        and _told_in_perfect(lows, sentence, irregular=True)
    )
    if kept or (since and _SINCE_NOW.search(sentence)):
        out.append((0.45 if kept else 0.2, "how things stand since a time (has ... since), not an event"))
    if (
        not own_date
        and "been " in low
        and _BE_PERFECT & set(lows[1:6])
        and _BEEN_STATE.search(sentence) is not None
        and _QUOTE_MARKS.search(sentence) is None
        and _SAID_RE.search(low) is None
    ):
        # the title's verb a copula kept up to now, with a noun or a place after it, nobody said
        # to tell it ("The meeting has been the fifth of its kind", "X has been under heavy
        # criticism"): a state, not a happening (not "has been arrested", "would have been a")
        out.append((0.45, "a state kept up to now (has been a ...), not an event"))
    return out


def _clause_faults(
    event: Event, words: list[str], lows: list[str], siblings: int, sentence: str = ""
) -> list[tuple[float, str]]:
    """What costs a clause title confidence: no verb or no subject, a pronoun or nobody for an
    actor, a title that breaks off or says too little, a state instead of an event, an attitude,
    a tense its sentence does not bear out, a bare reporting clause."""
    lex = lexicon()
    cut = event.title.rstrip().endswith("…")
    words, lows, verbs = _title_verbs(words, lows, lex)
    names = {w.lower() for a in event.actors for w in a.split()}
    first = lows[0].split("'")[0].split("’")[0] if lows else ""
    opening = lex.verb(first) if first and first not in names else None
    faults = _subject_and_verb_faults(event, words, lows, verbs, names, first, opening, cut, lex)
    # "Territorial claims emerge": of two verb forms in a row the first is the subject's noun
    main = next((v for v in verbs if v + 1 not in verbs), verbs[0]) if verbs else None
    if main is not None and _state(lows, main, lex):
        # with a date of its own it is often a fixture ("the final is at Auckland on December 26")
        own_date = event.when is not None and bool(event.expression)
        # (not "Exports were worth 2 billion dollars last year": a value, whatever its date)
        fixture = own_date and main + 1 < len(lows) and lows[main + 1] in _FIXTURE_AFTER
        faults.append((0.4 if fixture else 0.5, "a state, not an event (is, has, remains ...)"))
    head, noun_read = _verb_head(words, lows, main, lex)
    attitude = _attitude_or_figure(event, lows, head, lex, verbs[0], noun_read) if head is not None else []
    faults.extend(attitude or _foreseen_state(event, event.title))
    faults.extend(_foreseen_time_clause(event, lows, sentence))
    # a title opening on a verb form ("Blames same forces worldwide") has no subject to read by,
    # but "Forces are deployed" does: a verb or an auxiliary follows its first word
    second = lows[1] if len(lows) > 1 else ""
    verb_first = opening is not None and opening.form != "base" and second not in _AUXILIARIES
    tense_read = sentence and not attitude and not (verb_first and lex.verb(second) is None)
    if head is not None and not noun_read and tense_read:
        faults.extend(_tense_faults(event, lows, lows[head], sentence, lex))
    if main is not None and lex.verb(lows[main]) is not None:
        faults.extend(_bare_reporting(lows, main, names, siblings, lex))
    return faults


def _title_verbs(words: list[str], lows: list[str], lex: Lexicon) -> tuple[list[str], list[str], list[int]]:
    """The finite verbs of a title (or the words the lexicon does not know, when it knows none),
    with the words and verbs after an opening phrase's comma ("Under the new regulations, a new
    organization will ...": the subject follows the comma)."""
    verbs = [i for i, w in enumerate(lows) if i > 0 and _finite(w, lex, lows, i)] or _unknown_verbs(
        words, lex
    )
    comma = words.index(",") if "," in words else -1
    if verbs and 0 < comma < verbs[0] - 1:
        # "Under the new regulations, a new organization will ...": the subject follows the comma
        lows, words = lows[comma + 1 :], words[comma + 1 :]
        verbs = [v - comma - 1 for v in verbs]
    return words, lows, verbs


def _subject_and_verb_faults(
    event: Event,
    words: list[str],
    lows: list[str],
    verbs: list[int],
    names: set[str],
    first: str,
    opening: Verb | None,
    cut: bool,
    lex: Lexicon,
) -> list[tuple[float, str]]:
    """The faults of a title's subject and verb: no finite verb, a verb or auxiliary first with
    no subject, nobody or a pronoun as the subject, no actor, a title that breaks off or is too
    short to say what happened."""
    faults: list[tuple[float, str]] = []
    # "Conducts", "Calls on Malians": a verb first and none after it is a clause without its
    # subject; so is one opening on an auxiliary or a participle ("Is have", "Asked whether")
    name_like = len(words) > 1 and words[1][:1].isupper()  # "United Nations", not "Asked whether"
    # "Asked whether ...": a participle opening; "Fighting along the border erupts": a gerund
    # subject, with its verb after it
    participle = (
        opening is not None
        and (opening.form == "past" or (opening.form == "ing" and not verbs))
        and not name_like
    )
    if opening is not None and verbs and verbs[0] == 2 and lows[1] not in _NOT_A_NOUN:
        # "Planned trip was postponed", "Injured man dies": a participle before its noun, the
        # clause's verb after them
        participle = False
    subjectless = first in _AUXILIARIES or (
        opening is not None and (not verbs or participle) and _finite(first, lex, lows, 0)
    )
    # "Nearly 30 stores were set afire", "Over 20 bodies were brought": a count is the subject
    counted = first in _COUNT_OPENERS and len(lows) > 1 and _NUMBER.match(lows[1]) is not None
    if not verbs and not subjectless and not cut:  # a cut title may have lost its verb to the cut
        # a longer title opening on a name may hold a verb the lexicon does not know
        named = first in names and len(words) >= 4
        faults.append((0.3 if named else 0.5, "fragment: no finite verb"))
    if first in _NOBODY:  # "No one was injured", "No real solution is expected"
        faults.append((0.5, "nothing happened: the subject is negated"))
    # "One official alleges ...", "One civilian was killed": "one" before a noun is a count
    counted = counted or (
        first == "one"
        and len(lows) > 2
        and lows[1] not in _NOT_A_NOUN
        and lows[1] not in _TIME_UNITS
        and lex.verb(lows[1]) is None
    )
    if not lows or (first in _PRONOUNS and not counted):
        faults.append((0.5, "no actor: the subject is a pronoun"))
    elif not counted and (first in _NO_SUBJECT or subjectless or _adverb(first, names)):
        faults.append((0.5, "no actor found"))
    elif not event.actors and event.kind is not Kind.OTHER:
        faults.append((0.15, "no named actor"))
    if lows and lows[-1] in _DANGLING and not cut:
        told_to = lex.verb(lows[-2]) if len(lows) >= 3 else None  # "told them": what was told is lost
        whole = (
            told_to is not None
            and told_to.lemma not in _SAYING
            and _finite(lows[-2], lex, lows, len(lows) - 2)
        )
        if lows[-1] in _OBJECT_PRONOUNS and whole:
            # "Party suspends him", "William discourages them": a whole clause, its object a
            # pronoun the sentence names; a clumsy title of a real happening, not a cut one
            faults.append((0.2, "title breaks off on a pronoun for its object"))
        else:
            faults.append((0.5, "title breaks off (the clause is incomplete)"))
    if len(words) <= 2 and (verbs or subjectless):
        # "Agreement signed", "Tensions rise": a dated clause's two words still say too little
        faults.append((0.5, "fragment: too short to say what happened"))
    return faults


def _verb_head(words: list[str], lows: list[str], main: int | None, lex: Lexicon) -> tuple[int | None, bool]:
    """The word that carries a title's tense ("hopes" of "hopes to promote", "recognise" of "does
    not recognise"), and whether it is surely a noun read as the verb ("Political figures ...
    should abide", "EC shows concerns": an auxiliary after it, or a verb right before it)."""
    # not after a verb-first title ("Blames same forces worldwide": "forces" is no verb there)
    # "Political figures ... should abide", "EC shows concerns": a noun read as the title's verb
    # (an auxiliary after it, or a verb right before it) says nothing of the sentence's tense
    head = main - 1 if main is not None and main > 0 and lows[main] == "to" else main  # "hopes to promote"
    if (
        head is not None
        and lows[head] in ("does", "do")
        and lows[head + 1 : head + 2] == ["not"]
        and head + 2 < len(lows)
    ):
        head += 2  # "Hamas does not recognise": the verb after the negation
    noun_read = head is not None and (
        any(w in _FINITE_AUXILIARIES and lows[k - 1] != "to" for k, w in enumerate(lows) if k > head)
        or (
            head > 0
            and words[head - 1][:1].islower()
            and lows[head - 1] not in _AUXILIARIES
            and lex.verb(lows[head - 1]) is not None
        )
    )
    return head, noun_read


def _bare_reporting(
    lows: list[str], main: int, names: set[str], siblings: int, lex: Lexicon
) -> list[tuple[float, str]]:
    """A reporting clause with nothing said after it ("Officials say", "Vanhanen says leaders"):
    what was said is its own event, if the sentence gave one."""
    verb = lex.verb(lows[main])
    rest = [w for w in lows[main + 1 :] if w not in _DANGLING]
    # "Officials say", "Vanhanen says leaders", "X says official of Ministry of Health": what
    # was said has no verb of its own; not "Zakharova denies accusation", nor "Territorial
    # claims emerge" (a noun, then its verb)
    noun_then_verb = len(rest) == 1 and lex.verb(rest[0]) is not None and lows[main - 1] not in names
    clause = any(
        w in _AUXILIARIES or getattr(lex.verb(w), "form", "") in ("s", "past") for w in lows[main + 1 :]
    )
    saying = verb is not None and verb.lemma in _SAYING
    bare = (not rest and not noun_then_verb) or (
        saying and not noun_then_verb and (len(rest) == 1 or (len(rest) <= 3 and not clause))
    )
    if verb is not None and verb.lemma in SPEECH and bare:
        why = "bare reporting clause: what was said is its own event" if siblings else "bare reporting clause"
        return [(0.55, why)]
    return []


# words before a verb's form that make it a noun ("the talks", "its plans", "of concerns")
_NOUN_BEFORE = _words(
    "the a an its his her their our my your this that these those of 's ’s new such many some any "
    "several two three four five"
)
# "always abides", "has erupted periodically": what happens again and again is how things are
_HABITUAL = re.compile(
    r"\b(?:always|usually|normally|generally|routinely|regularly|periodically|traditionally|"
    r"habitually|often|frequently|constantly|ever since)\b",
    re.IGNORECASE,
)
# "has not reported any new cases since November", "have reported no new outbreaks since": nothing
# has happened, for a while; a state
_NOTHING_SINCE = re.compile(
    r"\b(?:has|have)(?: not| never|n't)? (?:yet )?(?:been )?\w+(?:ed|en)? (?:any|no)\b[^.;]*\bsince\b"
    r"|\b(?:has|have)(?: not|n't| never)\b[^.;]*\bsince\b"
    r"|\bsince\b[^.;]*\b(?:has|have)(?: not|n't| never)\b",
    re.IGNORECASE,
)
_SENTENCE_WORD = re.compile(r"[^\W_][\w'’-]*|,")


def _tense_faults(
    event: Event, title_lows: list[str], title_verb: str, sentence: str, lex: Lexicon
) -> list[tuple[float, str]]:
    """What the sentence's own verb says of time, where the title's headline present hides it:
    a present simple ("The river runs through five provinces", "The group claims the land was
    annexed", "China always abides by ...") tells how things are, not something that happened;
    so does a habit ("violence has erupted periodically ever since") and a negated perfect kept
    up to now ("has not reported any new cases since May"). A sentence with a date of its own
    ("the summit opens on Monday") and a plan are left alone, and so is a verb of saying."""
    if _NEGATED & set(title_lows) and _NOTHING_SINCE.search(sentence) and event.status is not Status.PLANNED:
        return [(0.5, "nothing happened: a negated perfect kept up to now (has not ... since)")]
    verb = lex.verb(title_verb)
    if verb is None or verb.lemma in _AUXILIARY_LEMMAS or event.status is Status.PLANNED:
        return []  # a copula or "has" is the title's own state check's (_state)
    tokens = _SENTENCE_WORD.findall(sentence)
    lows = [t.lower() for t in tokens]
    own_date = event.when is not None and bool(event.expression) and event.explanation != NEWS_EXPLANATION
    if verb.lemma in _TELLING:
        return []  # "Police say", "the agency reports": news told in the present
    infinitive = False
    for i, w in enumerate(lows):
        found = lex.verb(w)
        if found is None or found.lemma != verb.lemma:
            continue
        before = lows[i - 1] if i else ""
        if i == 0 or before in _NOUN_BEFORE or not tokens[i][:1].islower():
            continue  # a noun ("the talks"), or the sentence's first word
        if before == "to" and found.form == "base":
            # "no objection to visits by people to hold ceremonies": no holding yet (but "fell 3
            # percent during the week, to close at 3,550": the result, told)
            # (nor "managed to win", "voted to back": the verb before "to" tells it)
            infinitive = infinitive or (i >= 2 and lows[i - 2] != "," and lex.verb(lows[i - 2]) is None)
            continue
        # the verb's own adverbs: "always abides", "has erupted periodically ever since" (not
        # "destroyed the chapel which normally houses ...")
        near = " ".join(lows[max(0, i - 3) : i + 4])
        if _HABITUAL.search(near) and verb.lemma not in _CHANGE_LEMMAS:
            return [(0.45, "a habit or a state, not an event (always, usually ...)")]
        if own_date:
            return []
        present_not = found.form == "base" and before == "not" and i >= 2 and lows[i - 2] in ("does", "do")
        # "India and Pakistan dispute ownership", "Pashtuns use jirgas": a plural subject's
        # present (a base form right after a noun, not "to use", "will use", "helped build")
        plural_present = (
            found.form == "base"
            and before.isalpha()
            and before not in _NOT_PLURAL_SUBJECT
            and lex.verb(before) is None
            # "plan to", "want to": an intention told; "the order for jets", "present in": a noun
            # ("the nuclear issue.", "ski patrol and staff": a noun closing its phrase)
            and i + 1 < len(lows)
            and lows[i + 1] not in _PREPOSITIONS | {"to", ",", "and", "or", "but"}
            and not any(  # "share prices rose": a noun of a compound, its verb after it
                (v := lex.verb(w)) is not None and v.form in ("s", "past") for w in lows[i + 1 : i + 3]
            )
        )
        if (found.form == "s" and before not in _AUXILIARIES) or present_not or plural_present:
            # "runs through", "does not recognise": how things stand
            return [(0.45, "a state, not an event (present tense)")]
        back = lows[max(0, i - 3) : i]
        if (
            found.form == "ing"
            and back[-1:] in (["is"], ["are"])
            and back[-2:-1] in (["which"], ["who"], ["that"])
        ):
            # "a firm which is promoting paperless trade": what the firm does, said of it
            return [(0.45, "a description of a thing (which is ...), not an event")]
        if found.form in ("past", "en") and back[-1:] in (["is"], ["are"]) and lows[i + 1 : i + 2] != ["to"]:
            # "the forces are deployed a mile away", "a rating is defined as": a present passive
            # tells how things are (not "is expected to", a plan's)
            return [(0.4, "a state, not an event (present passive)")]
        return []
    if infinitive and title_verb not in ("to",) and event.status is not Status.PLANNED:
        return [(0.45, "what the sentence names as a purpose or a wish is told as done")]
    return []


_NEGATED = _words("not no never any n't")
# words a base form follows when it is no plural subject's present: an auxiliary, a modal, "to",
# a negation, a determiner or a preposition (a noun: "the use of", "from close range"), a
# conjunction ("to meet and discuss"), a speaker's own "I/we/you" (an attitude)
_NOT_PLURAL_SUBJECT = (
    _AUXILIARIES
    | _PREPOSITIONS
    | _words("to not n't never 'll the a an this that these those its his her their our my your")
    | _words("and or but nor then please let i we you they rather better cannot can could should might must")
)
_TELLING = _words("say tell report announce add state note write quote confirm")
_FINITE_AUXILIARIES = _AUXILIARIES - _words("be been")
# verbs of a mind's state: "China hopes to promote ties", "Li believed his team would ...",
# "Kadyrov wants parliament to focus on ...": an attitude told, not a happening
_MENTAL = _words("hope believe think expect fear feel doubt wish want assume suppose trust regard view")
# a quantity's course or level: "trade reached 29 billion dollars in 2005", "pollutants climbed
# 5 percent in the first nine months": a statistic of a period, not something that happened on a day
_ATTITUDE_BEFORE = _words("i we not do does did don't")
_FIGURE_EXTRA = _words("achieve account register post record narrow widen surge")
_COARSE = frozenset(["year", "quarter", "month", "week", "decade", "century"])
_MARKET = _words("index shares share stock stocks price prices currency")
_MAGNITUDE = _words("million billion trillion percent % tonnes tons barrels")


_MODALS = _words("will would may might could should must can")
_BE_STATE = re.compile(
    r"\b(?:will|would|may|might|could|should|must|can)(?: not| never)? be (?!to\b|able\b)(\w+)",
    re.IGNORECASE,
)


_TIME_CLAUSE = re.compile(r"^\W*(?:(?:but|and|so)\s+)?(?:when|once|after|until)\s+([^,;]+),", re.IGNORECASE)


def _foreseen_time_clause(event: Event, lows: list[str], sentence: str) -> list[tuple[float, str]]:
    """ "When the next flood hits, farmers may have some cover": a planned event told only by a
    fronted time clause of a foreseen or would-be act is its condition, not an event."""
    own_date = event.when is not None and bool(event.expression) and event.explanation != NEWS_EXPLANATION
    if event.status is not Status.PLANNED or own_date:
        return []
    found = _TIME_CLAUSE.match(sentence)
    if found is None:
        return []
    clause = {w.lower() for w in _TITLE_WORD.findall(found.group(1))}
    if not lows or not set(lows) <= clause:
        return []
    return [(0.45, "a time clause of a foreseen act (when the next flood hits ...), not an event")]


def _foreseen_state(event: Event, title: str) -> list[tuple[float, str]]:
    """ "Recent measures may not be sufficient", "the visit will be of great significance": a state
    foreseen or judged, not a happening (not "will be held", "would be to", a passive's plan)."""
    own_date = event.when is not None and bool(event.expression) and event.explanation != NEWS_EXPLANATION
    found = None if own_date else _BE_STATE.search(title)
    if found is None:
        return []
    after = lexicon().verb(found.group(1).lower())
    if after is not None and after.form in ("past", "ing"):
        return []  # "must be brought to justice", "will be held": a passive or a progressive
    return [(0.45, "a judgement or a foreseen state (may be, will be ...), not an event")]


def _attitude_or_figure(
    event: Event, lows: list[str], main: int, lex: Lexicon, first: int, noun_read: bool
) -> list[tuple[float, str]]:
    verb = lex.verb(lows[main])
    if event.status is Status.PLANNED:
        return []
    opening = lex.verb(lows[first])  # "Lind believes talks will resume": the first verb's attitude
    # "believes", "hoped", and "I do not expect", "we hope": a person's own attitude
    said = [v for v in (verb, opening) if v is not None and v.form in ("s", "past")]
    said += [
        v
        for k in range(1, len(lows))
        if lows[k - 1] in _ATTITUDE_BEFORE and (v := lex.verb(lows[k])) is not None
    ]
    if any(v.lemma in _MENTAL for v in said):
        return [(0.45, "an opinion or a wish, not an event (believes, hopes ...)")]
    if verb is None or noun_read:
        return []
    figure = any(_NUMBER.match(w) or w in ("percent", "%") for w in lows[main + 1 :])
    coarse = event.when is not None and bool(event.expression) and str(event.when.precision) in _COARSE
    # undated, an aggregate's course (millions, percent, tonnes) is its period's: the sentence
    # before dates it ("exports rose 2.5 percent to ..."); not a price's or an index's move, a
    # day's, nor a count ("150 cases have been registered")
    undated = (
        event.when is None
        and bool(_MAGNITUDE & set(lows[main + 1 :]))
        and not (_MARKET & set(lows[: main + 1]))
        and "points" not in lows
    )
    if (verb.lemma in _QUANTITY_VERBS or verb.lemma in _FIGURE_EXTRA) and figure and (coarse or undated):
        return [(0.5, "a statistic of a period, not an event")]
    return []


_AUXILIARY_LEMMAS = _words("be have do will shall can may must")
# "rose", "fell": a change told with a habit word ("prices usually rise") is still rare in news;
# these verbs tell a market's or a toll's move, an event when told
_CHANGE_LEMMAS = _words("rise fall drop gain lose climb increase decrease")


_NO_BASE_AFTER = _words("to not 'll the a an this that these those its his her their our my your")
_STATIVE = _words(
    "be is are was were has have remains remain remained includes contains requires lies belongs comprises "
    "owns own"
)
_STATIVE_NOT_BEFORE = _words(
    "to expected due set scheduled likely about going being been under set poised slated planning not "
    "forecast projected predicted estimated "
    "no never also still now"
)


_FIXTURE_AFTER = _words("at in on from")
# "is located in", "are stationed in", "is seen as": a participle that describes, not an act
_STATE_PARTICIPLES = _words(
    "located situated based stationed known composed considered seen regarded viewed deemed described defined"
)
_ASSESSED = _words("considered seen regarded viewed deemed described")
_AS_AFTER = _words(
    "seen regarded viewed described known defined"
)  # "is seen as a boost", not "was seen leaving"
_DEGREE = _words("widely generally largely often also still now commonly increasingly")
# verbs of a quantity's course: after "to" or a modal they make a forecast ("growth to reach 5
# percent", "losses would surpass 100 million"), not a plan someone carries out
_QUANTITY_VERBS = _words(
    "reach rise grow fall drop decline exceed surpass top hit slow climb shrink contract total amount "
    "stand remain ease soar plunge jump sink slump dip hover"
)
_FORECAST_MARKS = _words("to will would could may might")
_RUNNING = _words("toll total tally number figure count")
_BRINGING = _words("bring brings bringing brought take takes taking took raise raises raising raised push")
_MEASURE = _words("stand stands stood amount amounts amounted total totals totalled totaled number numbers")
_NUMBER = re.compile(
    r"^\d[\d,.]*$|^(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$"
)
# "have been killed since 2003", "has killed 400 people since March": a count kept up to now
_SINCE_PERFECT = re.compile(
    r"\b(?:have|has) (?:now |so far |already )?(?:been (\w+)|(\w+))\b.*"
    r"\b(?:since|(?:in|over) the (?:past|last) (?:\w+ )?(?:years|decades))\b",
    re.IGNORECASE,
)
# "The LRA has been fighting in the north for the past 10 years": a background that goes on
_ONGOING = re.compile(
    r"\b(?:have|has) been (\w+)ing\b[^.;]*\b(?:for (?:the )?(?:past |last )?(?:\w+ )?(?:years|decades)"
    r"|since (?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
# a tally or a habit kept up to now: "so far", "by now", "for 32 years", "frequently"
_SO_FAR = re.compile(
    r"\b(?:so far|by now|to date|to this day|repeatedly|consistently|frequent(?:ly)?|every year|each year|"
    r"annually|long-running|in recent years|over the years|"
    r"for (?:the )?(?:past|last) (?:\w+ )?(?:years|decades)|"
    r"for (?:(?:more than|over|nearly|almost|about|some|around) )?(?:\d+|two|three|four|five|six|ten|twenty|"
    r"many|several) (?:years|decades)|(?:each|every) (?:\w+ )?(?:season|summer|winter|spring|autumn)|"
    r"an average of|averag(?:ed|es|ing) (?:\d|a |an |more|over|nearly|about))\b",
    re.IGNORECASE,
)
# "sales are expected to sink", "oil prices would continue to hover": a quantity's foreseen course
_EXPECTED = re.compile(
    r"\b(?:expected|forecast|projected|predicted|estimated|likely) to (\w+)", re.IGNORECASE
)
_IF = _words("if unless")


def _background_faults(event: Event, lows: list[str], sentence: str) -> list[tuple[float, str]]:
    """How things stand rather than what happened: a running total ("bringing the death toll to
    70", "2,850 people have been killed since 2003"), a measure ("the index stands at 1,189"), an
    assessment ("the move is seen as a boost"), a condition ("X would resume ... if talks fail")
    and a forecast ("growth to reach 5 percent"). A change told with its verb ("the toll rose to
    70 on Monday") and a plan someone carries out ("the minister to visit Paris") stay events."""
    faults: list[tuple[float, str]] = []
    if not lows:
        return faults
    faults.extend(_writers_voice(event, lows, sentence))
    if _kept_up(event, lows, sentence):
        faults.append((0.45, "how things stand up to now (so far, for years, again and again), not an event"))
    for i, w in enumerate(lows[:-1]):
        if w in _BRINGING and any(x in _RUNNING for x in lows[i + 1 : i + 5]):
            faults.append((0.5, "a running total"))
            break
    numbers = [w for w in lows if _NUMBER.match(w)]
    since = _SINCE_PERFECT.search(sentence)
    if since is not None and numbers and _told_lemma(lows, since.group(1) or since.group(2)):
        near = sentence[max(0, since.start() - 30) : since.end()].lower()
        if any(n in near for n in numbers):  # "more than 2,850 people have been killed since 2003"
            faults.append((0.5, "a running total"))
    ongoing = _ONGOING.search(sentence)
    if ongoing is not None and _told(lows, ongoing.group(1)):
        faults.append((0.5, "a state, not an event (it goes on for years)"))
    for i, w in enumerate(lows[1:-1], 1):
        if w in _MEASURE and lows[i + 1] in ("at", "to") and lows[i - 1] not in _FORECAST_MARKS:
            faults.append((0.5, "a state, not an event (a measure)"))
            break
    for i, w in enumerate(lows[1:-1], 1):
        if w not in _STATIVE:
            continue  # (the test of the word first: the rest reads the words after it)
        nxt = lows[i + 1] if lows[i + 1] not in _DEGREE or i + 2 >= len(lows) else lows[i + 2]
        as_follows = "as" in lows[i + 2 : i + 5] or f"{nxt} as " in sentence
        if nxt in _STATE_PARTICIPLES and (nxt not in _AS_AFTER or as_follows):
            why = "an assessment" if nxt in _ASSESSED else "a state, not an event (is, has, remains ...)"
            faults.append((0.5, why))
            break
    if _IF & set(lows) and ("would" in lows or "could" in lows or "might" in lows):
        faults.append((0.5, "a condition, not an event (if ...)"))
    expected = _EXPECTED.search(sentence)
    course = expected.group(1).lower() if expected is not None else ""
    if course in _QUANTITY_VERBS - _words("reach hit top") and _told(lows, course):
        faults.append((0.5, "a forecast"))  # "sales are expected to sink"
        return faults
    for i, w in enumerate(lows[1:-1], 1):
        # "growth to reach 5 percent", "losses would surpass 100 million", "prices would continue
        # to hover": a quantity verb, a number after it
        if w not in _FORECAST_MARKS:
            continue  # (the test of the word first: the rest reads the words after it)
        verb = next((j for j in range(i + 1, min(i + 4, len(lows))) if lows[j] in _QUANTITY_VERBS), None)
        if verb is not None:
            if any(_NUMBER.match(x) or x in ("percent", "%") for x in lows[verb + 1 :]):
                faults.append((0.5, "a forecast"))
            break
    return faults


_HAS_HAVE = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
_QUOTE_MARKS = re.compile("[\"“”‘’`]|'(?![a-z])")
_FIRST_PERSON = re.compile(r"(?:^|\s)(?:me|my|you|your)\b")
# (lower case: "May" is a month; "can" and "may" with a day of their own are often a plan:
# "X may be handed two more years this weekend")
_MAYBE = re.compile(r"\b(?:could|might)\b(?! not| never)")
_MAYBE_UNDATED = re.compile(r"\b(?:could|might|can|may)\b(?! not| never)")
_MAYBE_WORDS = _words("could might can may")


def _writers_voice(event: Event, lows: list[str], sentence: str) -> list[tuple[float, str]]:
    """What the writer tells in his own voice, with nobody quoted or said to tell it: his own
    story or view ("the crisis got me thinking back to 1990"), words to the reader ("get the
    newsletter delivered to your inbox"), an aside in brackets ("(The term was coined in the 19th
    century ...)") and a possibility he weighs ("such a scenario could have boosted the team's
    morale", "the dead might vote", "the president can appoint two more governors"). Not a
    quotation, nor a sentence with a speaker ("..., he said", "analysts believe"): what someone
    says is news."""
    aside = sentence.strip()
    if aside[:1] == "(" and aside.rstrip(".").endswith(")") and "(" not in aside[1:]:
        return [(0.45, "a description in brackets, the writer's aside")]
    first, _, rest = aside.partition(" ")
    if first in _CALLS and rest.split(" ", 1)[0].lower() in _CALL_OBJECTS:
        return [(0.5, "words to the reader (rate, vote, tell us ...), no event")]
    low = sentence.lower()
    if (
        first in _DEFINITION_OPENERS
        and _DEFINITION.match(aside) is not None
        and _QUOTE_MARKS.search(sentence) is None
        and _SAID_RE.search(low) is None
    ):
        return [(0.45, "a definition in the writer's own voice (the key question is whether ...)")]
    first_person = " me" in low or "my " in low or "you" in low
    if not first_person and not (_MAYBE_WORDS & set(lows)):
        return []  # the cheap test: most sentences and titles have none of these words
    if _QUOTE_MARKS.search(sentence) is not None or _SAID_RE.search(low) is not None or _VIEW.search(low):
        return []
    if first_person and _FIRST_PERSON.search(low) is not None:
        return [(0.5, "a description in the writer's own voice (me, my) or to the reader (you), no speaker")]
    lex = lexicon()
    if any((v := lex.verb(w)) is not None and v.lemma in _SOMEONE_TELLS for w in _QUOTE_WORD.findall(low)):
        return []  # "announced he may stand", "warning the rule could lead to ...": someone tells it
    maybe = _MAYBE if _own_date(event) else _MAYBE_UNDATED
    if (
        maybe.search(" ".join(lows)) is not None
        and maybe.search(sentence) is not None
        and _MAYBE_AFTER.search(sentence) is None
    ):
        return [(0.45, "a condition or a possibility the writer weighs (could, might, can), not an event")]
    return []


# a call to the reader opening a line: "Rate the President's actions", "Tell us what you think",
# "Vote in our poll" (a capitalised imperative and what it calls for)
_CALLS = frozenset(_words("Rate Vote Tell Share Send Click Sign Subscribe Comment Email E-mail Join Follow"))
_CALL_OBJECTS = _words("the a an this these those our us your his her their what how in on for here now more")
# "The biggest decision Brown must make is whether ...", "One of the key questions is how ...": what
# a question, a choice or a task is, told by the writer
_DEFINITION_OPENERS = frozenset(("The", "One"))
_DEFINITION = re.compile(
    r"(?:The|One of the) (?:[\w'’-]+ ){0,4}(?:question|questions|issue|issues|problem|problems|challenge|"
    r"challenges|decision|decisions|task|priority|aim|goal|point|lesson|lessons|difference|test|danger|risk)"
    r"\b(?: [\w'’-]+|,){0,10}? (?:is|was|remains) (?:whether|how|what|why|who|to|that)\b"
)
# a verb that tells who says or thinks it: what follows is someone's, not the writer's
_SOMEONE_TELLS = SPEECH | _words("expect fear hope recommend propose urge vow pledge promise")
# "was voted out before the bill could be ratified": a time clause's modal is no possibility weighed
_MAYBE_AFTER = re.compile(r"\b(?:before|until|so that)\b[^,.;]*\b(?:could|might|can|may)\b")
# a view someone holds, told without a verb of saying: "analysts believe", "the government estimates"
_VIEW = re.compile(
    r"\b(?:believes?|believed|estimates?|estimated|expects?|expected|predicts?|predicted|suggests?|"
    r"suggested|indicates?|indicated|fears?|feared|thinks?|thought|according)\b"
)


def _kept_up(event: Event, lows: list[str], sentence: str) -> bool:
    """ "13 soldiers have died there by now", "4,300 samples have been collected so far", "has
    ruled for 32 years", "has witnessed frequent attacks": a tally or a habit kept up to now, in
    a clause with no date of its own. Not a saying ("X said the charge was fabricated and noted
    that Y had been a doctor for 20 years": what was said is the news) nor a quotation."""
    if event.status is Status.PLANNED or _own_date(event) or _SO_FAR.search(sentence) is None:
        return False
    if sentence.lstrip()[:1] in ('"', "“", "‘", "`"):
        return False
    lex = lexicon()
    verbs = [v for w in lows[1:] if (v := lex.verb(w)) is not None]
    if any(v.lemma in SPEECH for v in verbs):
        return False
    # kept up to now: a present perfect ("have died", "has been") or a present ("disappear each
    # year"), not a past ("had been unloaded for years", "lived there for 18 years": it ended)
    if _HAS_HAVE.search(sentence) is not None:
        return True
    if not verbs:
        return False
    told = [lex.verb(w.lower()) for w in _TITLE_WORD.findall(sentence)]  # the title is in the present
    return any(v is not None and v.lemma == verbs[0].lemma and v.form in ("s", "base") for v in told)


def _told(lows: list[str], verb: str) -> bool:
    """Whether the title tells this verb of its sentence (any form: "killed", "kills")."""
    stem = verb.lower()[:4]
    return len(stem) >= 3 and any(w.startswith(stem) for w in lows)


def _told_lemma(lows: list[str], verb: str) -> bool:
    """:func:`_told`, or a form of the same verb ("has sent" told as "sends")."""
    if _told(lows, verb):
        return True
    lex = lexicon()
    found = lex.verb(verb.lower())
    return found is not None and any((v := lex.verb(w)) is not None and v.lemma == found.lemma for w in lows)


# "Italy has received 13,000 refugees", "have been raised", "has long been fighting": a perfect
# of the title's own verb (its participle, after "has"/"have" and an adverb or "been")
_TITLE_PERFECT = re.compile(
    r"\b(?:has|have)(?: \w+ly| not| never| also| already| now| long| so far)? (?:been )?([a-z]\w+)\b",
    re.IGNORECASE,
)


def _told_in_perfect(lows: list[str], sentence: str, irregular: bool = False) -> bool:
    """Whether the title's verb is a present perfect in its sentence ("Italy has received ..." ->
    "Italy receives ..."): how things stand up to now, unless a date of its own says when.
    ``irregular``: any form of the verb counts ("has made" told as "makes"), but not a perfect
    progressive ("has been mediating talks since March": an action going on)."""
    lex = lexicon()
    told = _told_lemma if irregular else _told
    forms = ("past", "en") if irregular else ("past", "en", "ing")
    for found in _TITLE_PERFECT.finditer(sentence):
        verb = lex.verb(found.group(1).lower())
        if verb is not None and verb.form in forms and told(lows[1:], found.group(1)):
            return True
    return False


_STILL = _words("also still now already")


def _state(lows: list[str], main: int, lex: Lexicon) -> bool:
    """ "Poland is the only country ...", "Taobao has six million users": the main verb is a
    copula or a verb of having with no participle after it (not "was held", "has agreed",
    "is to visit", "is expected to"); a state holds, nothing happens."""
    if lows[main] not in _STATIVE or main + 1 >= len(lows):
        return False
    following = lows[main + 1]
    if lows[main] in ("has", "have") and _adverb(following, set()) and main + 2 < len(lows):
        following = lows[main + 2]  # "Syria has fully cooperated": the adverb before the participle
    elif following in _STILL and main + 2 < len(lows):
        following = lows[main + 2]  # "was also the leader", "has also agreed": the word after "also"
    if following in _STATIVE_NOT_BEFORE:
        return False
    if following.endswith(("ed", "en", "ing")) and len(following) > 4:  # "was slowed", "was lowering"
        return False
    verb = lex.verb(following)
    return verb is None or verb.form not in ("past", "ing")


def _unknown_verbs(words: list[str], lex: Lexicon) -> list[int]:
    """Where the lexicon knows no verb: a lower-case word it does not know that looks like a
    finite verb ("Meeting lasts just over an hour", "... last tests missile"), not at the end."""
    found = []
    for i in range(1, len(words) - 1):
        w = words[i]
        low = w.lower()
        if not w[:1].islower() or lex.verb(low) is not None or low in _DANGLING:
            continue
        if (low.endswith("s") and not low.endswith(("ss", "us", "is", "ics"))) or low.endswith("ed"):
            found.append(i)
    return found[:1]


_NOBODY = _words("no none nobody nothing neither")
_OBJECT_PRONOUNS = _words("him them her us me")
_SAYING = _words("say tell add state note quote think believe report comment remark explain insist stress")
_LY_WORDS = _words("only early daily weekly monthly yearly likely family italy july elderly friendly holy")


def _adverb(first: str, names: set[str]) -> bool:
    """ "Initially sets ...", "Neatly organized ...": an adverb where the subject should be."""
    return first.endswith("ly") and len(first) > 4 and first not in _LY_WORDS and first not in names


def _finite(low: str, lex: Lexicon, lows: list[str], i: int) -> bool:
    """Whether a title word is a verb that makes a clause: "says", "met", "was rejected",
    "to visit" (a planned event's title)."""
    if low in _AUXILIARIES:
        return True
    if low == "to" and 0 < i < len(lows) - 1:
        nxt = lex.verb(lows[i + 1])
        return lows[i + 1] in ("be", "have") or (nxt is not None and nxt.form == "base")
    verb = lex.verb(low)
    if verb is None:
        return False
    if verb.form == "base":  # "troops enter the town", not "to enter", "will enter", "leaves post"
        if i == 0 or lows[i - 1] in _AUXILIARIES or lows[i - 1] in _NO_BASE_AFTER:
            return False  # "to enter", "will enter", "the police" (a noun after a determiner)
        return lex.verb(lows[i - 1]) is None  # "fight brief war": after a verb, a base form is its object
    return verb.form in ("s", "past", "ing") if i == 0 else verb.form in ("s", "past")
