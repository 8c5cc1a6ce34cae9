"""One sentence read: its names, verbs, segments, and which verb each time expression belongs to."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from timeline_app.core.extract.clauses import ADVERBS, Predicate, predicates, segments
from timeline_app.core.extract.lexicon import Lexicon
from timeline_app.core.extract.mentions import Mention
from timeline_app.core.extract.text import Sentence
from timeline_app.core.extract.vocabulary import DIRECTIONS, GROUP_WORDS, LOCATIVE
from timeline_app.core.gazetteer import MAJOR_CITY, Gazetteer
from timeline_app.core.temporal import DatedSpan
from timeline_app.core.text import Token

T = TypeVar("T")

TOWN_PARTS = frozenset(
    [
        "suburbs",
        "suburb",
        "outskirts",
        "centre",
        "center",
        "streets",
        "district",
        "airport",
        "port",
        "outskirt",
    ]
)
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic", "ot")
CALENDAR_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


@dataclass(slots=True)
class SentenceReading:
    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    preds: list[Predicate]
    segs: list[int]
    expressions: list[tuple[int, int, DatedSpan]] = field(default_factory=list)  # (first, last, expression)

    lows: list[str] = field(default_factory=list)
    # the token indices inside time expressions, made once (see time_tokens)
    _timed: set[int] | None = field(default=None, init=False, repr=False, compare=False)
    # mention_at's index: (how many names it was made from, token index -> name)
    _at: tuple[int, dict[int, Mention]] | None = field(default=None, init=False, repr=False, compare=False)
    # what per_sentence and per_verb worked out: (rule, verb id, ...) -> (verb, value)
    _memo: dict[Hashable, tuple[object, Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self.lows:
            self.lows = [t.lower for t in self.tokens]

    def per_sentence(self, rule: Callable[[SentenceReading], T]) -> T:
        """``rule(self)``, worked out once: for a reading of the sentence that several steps
        ask for (the rule must read only the sentence's words, verbs, names and time spans, which
        stay as they are once read, and its value must not be changed by the callers)."""
        key = (rule,)
        hit = self._memo.get(key)
        if hit is not None:
            return hit[1]
        value = rule(self)
        self._memo[key] = (None, value)
        return value

    def per_verb(self, rule: Callable[..., T], p: Predicate, *more: Hashable) -> T:
        """``rule(self, p, *more)``, worked out once per verb (see :meth:`per_sentence`)."""
        key = (rule, id(p), *more)
        hit = self._memo.get(key)
        if hit is not None and hit[0] is p:  # (the verb is kept in the value: its id stays its own)
            return hit[1]
        value = rule(self, p, *more)
        self._memo[key] = (p, value)
        return value

    def mention_at(self, i: int) -> Mention | None:
        """The first of the sentence's names that token ``i`` is in, or None (an index of the
        tokens made on the first call, kept while the names are as many: rules ask it hundreds
        of times an article, and a reading's names are not added or removed once read)."""
        at = self._at
        if at is None or at[0] != len(self.mentions):
            index: dict[int, Mention] = {}
            for m in self.mentions:
                for k in range(m.first, m.last):
                    index.setdefault(k, m)
            at = self._at = (len(self.mentions), index)
        return at[1].get(i)

    def is_place_use(self, m: Mention) -> bool:
        """Whether a place name names where something happened rather than who acted.

        A capital used as the state ("Moscow's forces", "proposed by Washington", "Beirut again
        rejected") is an actor, as is a place coordinated with the subject ("Bosnia and Slovenia
        agreed"); a country after "in"/"to" is a place unless it is an adjective ("in Israeli
        police custody"); a demonym or a bare country elsewhere is an actor.
        """
        before = self.tokens[m.first - 1].lower if m.first > 0 else ""
        k = m.first - 1
        while k > 0 and self.tokens[k].lower in DIRECTIONS:
            k -= 1
        if k < m.first - 1:
            before = self.tokens[k].lower  # "in central Nairobi"
        if m.kind in ("city", "region", "place"):
            if m.possessive:
                # "Moscow's forces" acts; "Krasnoarmeysk's central square" is where
                owner = self.tokens[m.last + 1].lower if m.last + 1 < len(self.tokens) else ""
                if owner in DIRECTIONS or owner in TOWN_PARTS:
                    return True  # "Beirut's southern suburbs", "Kyiv's outskirts"
                return owner not in GROUP_WORDS and "capital" not in m.extras
            if before in LOCATIVE or before in ("of", "on", "against"):
                return True  # "the coastal city of Mombasa killed ...": a name after a preposition
            return not (before == "by" or self.is_subject(m))
        if m.kind == "country":
            if m.possessive or before not in LOCATIVE:
                return False
            nxt = self.tokens[m.last] if m.last < len(self.tokens) else None
            adjective = (
                nxt is not None
                and nxt.text[:1].islower()
                and nxt.lower.isalpha()
                and (m.text.lower() != m.name.lower() and nxt.lower not in LOCATIVE and nxt.lower != "and")
            )
            return not adjective
        return False

    def is_subject(self, m: Mention) -> bool:
        """Whether a name is (part of) the subject of a verb: the verb follows it, perhaps after
        adverbs or after a coordinated name ("Bosnia and Slovenia agreed")."""
        pred_at = {p.index for p in self.preds}
        j = m.last
        while j < len(self.tokens) and self.tokens[j].lower in ADVERBS:
            j += 1
        if j in pred_at:
            return True
        if j < len(self.tokens) and self.tokens[j].lower in ("and", ","):
            other = self.mention_at(j + 1)
            if other is not None and other is not m:
                return self.is_subject(other)
        return False

    def time_tokens(self) -> set[int]:
        """The token indices inside the sentence's time expressions (made on the first call: the
        expressions' spans never change once read; callers must not change the set)."""
        if self._timed is None:
            self._timed = {i for a, b, _ in self.expressions for i in range(a, b)}
        return self._timed


def _copied(m: Mention) -> Mention:
    """A copy of a mention with its own extras: ``replace(m, extras=dict(m.extras))`` at a third
    of its cost (a test checks that the two agree and that no field is left out)."""
    return Mention(
        m.first, m.last, m.kind, m.name, m.text, m.country, m.role, m.canonical, m.possessive, dict(m.extras)
    )


def read_sentence(
    sentence: Sentence,
    gaz: Gazetteer,
    lex: Lexicon,
    found: Sequence[Mention],
    known_people: Mapping[str, str],
    expressions: Sequence[DatedSpan],
) -> SentenceReading:
    """The sentence's verbs, clause segments and dated spans, given its names and the people
    the article has named so far (:class:`~timeline_app.core.extract.analysis.SentenceNames`).
    The names are copied, not changed, so an analysis can be read again."""
    tokens = list(sentence.tokens)
    spans: list[tuple[int, int, DatedSpan]] = []
    for e in expressions:
        idx = [i for i, t in enumerate(tokens) if t.start >= e.start and t.end <= e.end]
        if idx:
            spans.append((idx[0], idx[-1] + 1, e))
    in_time = {i for a, b, _ in spans for i in range(a, b)}
    mentions = [
        _copied(m)
        for m in found
        if in_time.isdisjoint(range(m.first, m.last)) and m.text.lower() not in CALENDAR_WORDS
    ]
    for m in mentions:
        if m.kind == "city" and (m.canonical or m.name).lower() in gaz.capitals:
            m.extras["capital"] = "1"  # a capital's possessive is the state's ("Moscow's forces")
    names = {i for m in mentions for i in range(m.first, m.last)} | in_time
    adjectives = {
        m.last - 1
        for m in mentions
        if m.kind == "country"
        and m.text.lower() != m.name.lower()
        and m.text.lower().endswith(DEMONYM_ENDINGS)
    }
    segs = segments(tokens)
    lows = [t.lower for t in tokens]  # (made once: the verbs are read from them, and the reading keeps them)
    preds = predicates(tokens, lex, names, adjectives, segs, lows)
    for m in mentions:
        # A small town as the subject of a verb ("Mori held talks") is a surname, not a place;
        # capitals acting for their state ("Moscow said") stay places.
        small = m.kind == "city" and int(m.extras.get("population", "0")) < MAJOR_CITY
        before = tokens[m.first - 1].lower if m.first > 0 else ""
        if (
            small
            and m.last - m.first == 1
            and before not in LOCATIVE
            and any(p.index == m.last for p in preds)
            and m.text.lower() not in gaz.capitals
        ):
            m.kind, m.name = "person", known_people.get(m.text, m.text)
    return SentenceReading(sentence, tokens, mentions, preds, segs, spans, lows)


_GERUND_PREPOSITIONS = frozenset(["of", "for", "by", "about", "without", "from", "in", "on", "at"])


def _gerund_in_phrase(r: SentenceReading, p: Predicate) -> bool:
    """An -ing form after a preposition ("a target of spending") belongs to a noun phrase."""
    word = r.lows[p.index]
    if p.finite or not word.endswith("ing") or p.index == 0:
        return False
    before = r.lows[p.index - 1]
    if before in _GERUND_PREPOSITIONS:
        return True
    # "voted against a resolution condemning the invasion ... on Monday": a participle on a noun
    return (
        before.isalpha()
        and r.mention_at(p.index - 1) is None
        and before not in ("is", "are", "was", "were", "be")
    )


_BE_TO = frozenset(["is", "are", "was", "were", "am"])


_JOINS = frozenset(["and", "but", ";"])


def _closes_clause(r: SentenceReading, last: int, verb: int) -> bool:
    """Whether a time expression ending before ``last`` closes its clause: "and" or "but" follows
    it (after a comma, perhaps) and a subject of its own comes before the next verb ("on Thursday
    and the members will vote"; not "on Friday and warned him": one subject, two verbs)."""
    k = last
    if k < verb and r.lows[k] == ",":
        k += 1
    return k < verb and r.lows[k] in _JOINS and verb - k > 1


def governing_predicate(r: SentenceReading, first: int, last: int) -> Predicate | None:
    """The verb a time expression dates: the nearest verb before it in its clause segment,
    else the nearest after it there, else (a fronted "On Sunday, ...") the next finite verb."""
    if not r.preds:
        return None
    seg = r.segs[first]
    same = [p for p in r.preds if r.segs[p.index] == seg]
    left = [p for p in same if p.index < first]
    finite_left = [p for p in left if p.finite]
    if left and finite_left and _gerund_in_phrase(r, left[-1]):
        # "endorsed a target of spending 5% ... on Wednesday": the endorsement; "are to hold a
        # meeting later Monday": the infinitive the finite verb governs, not the "are"
        be = finite_left[-1]
        if r.lows[be.index] in _BE_TO and r.lows[be.index + 1 : be.index + 2] == ["to"]:
            infinitive = [p for p in left if p.index == be.index + 2]
            if infinitive:
                return infinitive[0]
        return be
    if left:
        return left[-1]
    right = [p for p in same if p.index >= last]
    left_any = [p for p in r.preds if p.index < first]
    if right and left_any and _closes_clause(r, last, right[0].index):
        # "will present a draft before the commission on Thursday and the members will vote":
        # the verb after "and" opens a clause of its own; the date is the clause's before it
        return left_any[-1]
    if right:
        return right[0]
    after = [p for p in r.preds if p.index >= last and p.finite]
    fronted = not any(p.finite for p in r.preds if p.index < first)  # no clause has begun before it
    if after and fronted and (first == 0 or r.segs[first] != r.segs[after[0].index]):
        # fronted adverbial: "Late Monday, the ministry distributed ..."
        before_words = [t for t in r.tokens[:first] if t.lower not in ("on", "late", "early", "by")]
        if not before_words or r.tokens[last].lower == "," if last < len(r.tokens) else False:
            from timeline_app.core.extract.mainverb import in_relative

            # "On Thursday, Ozawa, who heads the party, promised ...": the main verb, not the
            # relative clause's that describes its subject
            return next((p for p in after if not in_relative(r, p)), after[0])
    if left_any:
        return left_any[-1]
    return after[0] if after else r.preds[0]


SPEAKING_BODIES = frozenset(
    ["ministry", "ministries", "company", "companies", "firm", "concern", "police", "embassy", "spokesman",
     "spokeswoman", "spokesperson", "official", "officials", "authorities", "agency", "government",
     "court", "army", "military", "department", "office", "bank", "hospital", "council", "committee",
     "commission", "board", "cabinet", "administration", "prosecutors", "prosecutor", "investigators",
     "ministers", "minister", "statement", "communique", "secretariat", "utility", "airline", "carrier",
     "maker", "producer", "group", "parliament", "legislature", "navy", "coastguard", "tribunal",
     "organisation", "organization", "union", "party", "fund", "exchange", "regulator", "agencies"]
)  # fmt: skip
"""Common nouns of a body or of an official who speaks for one: as the one who tells a sentence
("the ministry said", "police said", "said the company") or does what it tells ("the ministry sent
rescue teams"), an identifiable actor."""

_SAYS_NOTHING = frozenset(
    ["comment", "comments", "elaborate", "details", "detail", "disclose", "confirm", "say"]
)
_REFUSING = frozenset(["not", "n't", "unable", "declined", "refused", "no", "without", "nothing"])
_TELL_SKIP = frozenset(
    ["has", "have", "had", "also", "later", "earlier", "again", "further", "then", "would", "will"]
)
_BEFORE_BODY = frozenset(
    ["with", "in", "of", "by", "to", "for", "on", "at", "from", "than", "against", "about"]
)


def told_by_body(r: SentenceReading) -> bool:
    """Whether a body or an official named by a common noun tells the sentence or does what it
    tells: the subject of one of its finite verbs of saying ("The ministry said rescue teams reached
    three villages", "..., the embassy said", "..., said the company") or of its finite verb of
    action ("The ministry sent rescue teams", not "The company has 8.8 million shares"), so that what
    it tells has someone to do or tell it. Only for a sentence without a date (a dated one has its
    events told by its dates) and without a quotation (an unnamed official's words are a comment,
    read as one), and not when what is told is a refusal to tell ("an official said police were
    unable to comment")."""
    lows = r.lows
    if SPEAKING_BODIES.isdisjoint(lows):
        return False  # (cheap: most sentences name no such body)
    if any(e.date is not None for _a, _b, e in r.expressions) or not QUOTE_TOKENS.isdisjoint(lows):
        return False
    if not _SAYS_NOTHING.isdisjoint(lows) and not _REFUSING.isdisjoint(lows):
        return False
    for p in r.preds:
        if not p.finite or (p.is_light and not p.is_speech):
            continue
        j = p.index - 1
        while j >= 0 and lows[j] in _TELL_SKIP:
            j -= 1
        if j >= 0 and lows[j] in SPEAKING_BODIES and _body_noun(r, j, p.is_speech):
            return not p.is_speech or _tells_happening(r, p)  # "the ministry said", "... sent"
        if p.is_speech and p.index > 0 and lows[p.index - 1] in (",", '"', "”", "''"):
            for w in lows[p.index + 1 : p.index + 5]:  # ", said the company" / ", said a police spokesman"
                if w in SPEAKING_BODIES:
                    return _tells_happening(r, p)
                if not w.isalpha() or w in ("who", "which", "that", "on", "in", "at"):
                    break
    return False


_STATES = frozenset(
    ["include", "contain", "remain", "total", "number", "represent", "comprise", "consist", "exist"]
)


def _tells_happening(r: SentenceReading, said: Predicate) -> bool:
    """Whether what a body tells is a happening or a plan: the first finite verb of what it says
    (after its verb of saying, else before it when it closes the sentence) is no state ("there had
    been 80,000 pilgrims", "the package included $220 million", "the finalists include") and no
    condition ("the funds would go to transport", "details would be worked out later")."""
    told = [q for q in r.preds if q.finite and q.index > said.index] or [
        q for q in r.preds if q.finite and q.index < said.index
    ]
    if not told:
        return False
    q = told[0]
    return not q.is_light and q.lemma not in _STATES and q.tense != "conditional" and q.modal not in _IF_ONLY


_IF_ONLY = frozenset(["would", "could", "might", "may", "should"])


_PAPERS = frozenset(["statement", "communique"])
QUOTE_TOKENS = frozenset(['"', "“", "”", "``", "''"])
"""The tokens that open or close a quotation, as the tokenizer gives them."""
_OPENS_PHRASE = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "some", "many", "several", "both", "all", "other",
     ",", ";"]
)  # fmt: skip


def _body_noun(r: SentenceReading, j: int, speech: bool) -> bool:
    """Whether the body noun at ``j`` heads a subject: no name reads it otherwise (a lone "Police"
    opening the sentence is no name), and its phrase opens the sentence or a clause, or comes after
    a determiner, with no verb before it in the phrase ("policies to privatize state companies left
    millions jobless", "in line with government estimates"); of a verb other than saying, only a
    body's ("a statement designed to fool" tells nothing done)."""
    lows = r.lows
    if not speech and lows[j] in _PAPERS:
        return False
    m = r.mention_at(j)
    if m is not None and not (m.kind == "unknown" and m.last - m.first == 1):
        return False
    verbs = {p.index for p in r.preds}
    k = j - 1
    while k >= 0 and j - k <= 4:
        if lows[k] in _OPENS_PHRASE or lows[k] in QUOTE_TOKENS:
            return True
        if k in verbs or not lows[k].isalpha() or lows[k] in _BEFORE_BODY or lows[k] in ("and", "or", "that"):
            return False
        k -= 1
    return k < 0
