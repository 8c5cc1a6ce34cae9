"""Duplicate events within one story.

Two rules, both general (no phrase of any story):

* One verb with several dates ("grew 2.6 percent in the second quarter and 5.6 percent in the
  first"; "moved to Paris in 1953 and to Rome in 1955") gives a second event only when its title
  can name what differs: the phrase coordinated before the second date replaces the first date's
  phrase in the first title ("... grows 5.6 percent", "... moves to Rome"). Otherwise the verb
  tells one event (:func:`clone_title` returns "").
* The same happening told twice in one story (the lead, then a paragraph that restates it) is one
  event with both sources: same kind, the same date or one of them undated, actors in common and
  a similar title (:func:`merge_restated`). The cross-article merge is ``merge.py``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from timeline_app.core.model import Event, Status

if TYPE_CHECKING:
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract.clauses import Predicate
    from timeline_app.core.extract.reading import SentenceReading
    from timeline_app.core.temporal import DatedSpan

_BEFORE_DATE = frozenset(
    ["in", "on", "at", "during", "by", "of", "for", "from", "since", "until", "till", "late", "early",
     "the", "last", "this", "next", "around", "about"]
)  # fmt: skip
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her"])
_FUNCTION = _BEFORE_DATE | _DETERMINERS | frozenset(
    ["and", "or", "but", "to", "with", "as", "than", "that", "which", "who", "'s", "'", "was", "were",
     "is", "are"]
)  # fmt: skip
_JOINERS = frozenset(["and", ",", "then", "again", "but", "while", "as", "well"])
_MAX_PHRASE = 6


def _span(r: SentenceReading, expr: DatedSpan) -> tuple[int, int] | None:
    return next(((a, b) for a, b, e in r.expressions if e is expr or e.start == expr.start), None)


def _phrase(r: SentenceReading, lo: int, hi: int) -> str:
    """The words r.tokens[lo:hi] with joiners cut at the front and prepositions before the date
    cut at the end; "" when they hold a verb of their own or are too long to be one phrase."""
    while lo < hi and r.lows[lo] in _JOINERS:
        lo += 1
    while hi > lo and r.lows[hi - 1] in _BEFORE_DATE | {","}:
        hi -= 1
    if hi <= lo or hi - lo > _MAX_PHRASE:
        return ""
    if any(lo <= p.index < hi for p in r.preds):
        return ""
    return " ".join(t.text for t in r.tokens[lo:hi])


def clone_title(
    r: SentenceReading, pred: Predicate, first: DatedSpan, expr: DatedSpan, first_title: str
) -> str:
    """The title of the event a second date of ``pred`` tells, or "" when the title cannot name
    what differs from the first date's event (titled ``first_title``, dated by ``first``)."""
    a1, a2 = _span(r, first), _span(r, expr)
    if a1 is None or a2 is None or not pred.index < a1[0] < a2[0]:
        return dated_noun_title(r, pred, expr)
    mine = _phrase(r, pred.index + 1, a1[0])
    # the second date's phrase: after the last joiner between the first date and the second
    lo = a1[1]
    for i in range(a1[1], a2[0]):
        if r.lows[i] in ("and", ","):
            lo = i + 1
    if lo == a1[1]:
        # "in its first quarter to September": one period told in two pieces
        return dated_noun_title(r, pred, expr)
    theirs = _phrase(r, lo, a2[0])
    found = _whole_words(mine).search(first_title) if mine and theirs and mine != theirs else None
    if found is None:
        return dated_noun_title(r, pred, expr)
    return first_title[: found.start()] + theirs + first_title[found.end() :]


def _whole_words(phrase: str) -> re.Pattern[str]:
    """``phrase`` as whole words: "5 percent" is not found in "15 percent", nor "Rome" in "Romeo"."""
    return re.compile(rf"(?<![\w.]){re.escape(phrase)}(?![\w])")


def dated_noun_title(r: SentenceReading, pred: Predicate, expr: DatedSpan) -> str:
    """For a date that is not the verb's but names a thing of its own, the noun it dates: "the
    Aug. 7 bombings", "the October shooting", "Friday's close", "a rally on Saturday"; "" when
    the date stands alone."""
    span = _span(r, expr)
    if span is None:
        return ""
    verbs = {p.index for p in r.preds}
    a, b = span
    i = b + (1 if b < len(r.lows) and r.lows[b] in ("'s", "'") else 0)
    words: list[str] = []
    while i < len(r.lows) and len(words) < 3 and i not in verbs:
        low = r.lows[i]
        if not low.isalpha() or low in _FUNCTION or r.tokens[i].text[:1].isupper():
            break
        words.append(r.tokens[i].text)
        i += 1
    if not words:
        k = a - 1
        while k > pred.index and r.lows[k] in ("on", "in", "at", "during"):
            k -= 1
        end = k + 1
        m = r.mention_at(k) if k > pred.index else None
        if m is not None and m.first - 2 > pred.index and r.lows[m.first - 1] == "of":
            k = m.first - 2  # "the sale of Acme Holdings in August"
        low = r.lows[k] if k > pred.index else ""
        noun = low.isalpha() and low not in _FUNCTION and k not in verbs
        if noun and not r.tokens[k].text[:1].isupper() and r.lows[k - 1] in _DETERMINERS:
            words = [t.text for t in r.tokens[k:end]]  # "the broadcast on Sunday"
    if not words:
        return ""
    title = " ".join(words)
    return title[:1].upper() + title[1:]


@lru_cache(maxsize=16384)  # a long story compares each title with many others
def _words(title: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9][a-z0-9.%]*", title.lower()) if len(w) > 2)


@lru_cache(maxsize=4096)
def _marks(title: str) -> frozenset[str]:
    """The names and figures of a title (capitalised words after the first, numbers)."""
    words = re.findall(r"[\w.%-]+", title)
    return frozenset(w.lower().rstrip(".") for w in words[1:] if w[:1].isupper() or w[:1].isdigit())


@lru_cache(maxsize=4096)
def _all_marks(text: str) -> frozenset[str]:
    """Every word of a text as :func:`_marks` compares it."""
    return frozenset(w.lower().rstrip(".") for w in re.findall(r"[\w.%-]+", text))


def similar_titles(a: str, b: str) -> bool:
    """Most words of the shorter title are in the other (three-letter words and longer), and so
    are all its names and figures ("Rebels seize Goma" is not "Rebels seize Bukavu", a toll of 68
    is not one of 70)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return a.lower() == b.lower()
    short, long_ = (a, b) if len(wa) <= len(wb) else (b, a)
    if not _marks(short) <= _all_marks(long_):
        return False
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


@lru_cache(maxsize=8192)
def _lemma(word: str) -> str:
    """A word's lemma, a verb's first ("won" and "wins": "win"), else a noun's, else the word."""
    from timeline_app.core.extract.wordclass import noun_lemmas, verb_lemma

    verb = verb_lemma(word)
    if verb is not None:
        return verb
    nouns = noun_lemmas(word)
    return nouns[0] if nouns else word


@lru_cache(maxsize=16384)  # a long story's titles and their plain words
def _lemmas(title: str) -> frozenset[str]:
    """The content words of a title as lemmas (three letters and longer, not a function word or a
    word of attribution)."""
    words = re.findall(r"[a-z0-9][a-z0-9.%-]*", title.lower().replace("'s", ""))
    return frozenset(_lemma(w) for w in words if len(w) > 2 and w not in _PLAIN)


def same_telling(a: str, b: str) -> bool:
    """Two titles that tell one happening in other forms of the same words ("Ahmadinejad wins key
    posts" and "Several figures have won key posts"): three fifths of the shorter's content lemmas
    (two at least) are the other's, and so are its names and figures, unless the other title was
    cut ("…") before them."""
    la, lb = _lemmas(a), _lemmas(b)
    short, long_ = (a, b) if len(la) <= len(lb) else (b, a)
    ls, ll = (la, lb) if short is a else (lb, la)
    if len(ls) < 2 or len(ls & ll) < max(2, 0.6 * len(ls)):
        return False
    if _negated(a) != _negated(b) and not (a if _negated(b) else b).endswith("…"):
        return False  # one title negated, the other not (and not cut before a negation)
    if not any(_names_a_thing_or_act(w) for w in _lemmas(_plain_words(a)) & _lemmas(_plain_words(b))):
        # names alone in common ("Kell visits Tarvo", "Kell: goodwill towards Tarvo"), or a
        # word that names no thing or act ("later")
        return False
    # a name may be in the words a cut title lost, a figure must be in it all the same
    marks = {m for m in _marks(short) if m[:1].isdigit()} if long_.endswith("…") else _marks(short)
    return marks <= _all_marks(long_)


_NEGATIONS = frozenset(["not", "never", "no", "n't", "nothing", "none", "neither", "nor", "without"])


def main_clause_again(shown: str, retold: str) -> bool:
    """Whether ``retold``, the title a side clause's verb fell back to (its sentence's main clause
    trimmed, so the main clause's words again), tells what ``shown``, the title of another event of
    that sentence, tells: two content lemmas in common beyond ``shown``'s subject, one of them a
    thing or an act, the same negation and the same figures where both tell any, ``shown`` no
    saying ("A 24 percent lead over the Conservatives, according released" beside "Labour party
    maintains 24 percent lead"). Looser than :func:`same_telling` because a retold title is the
    sentence's words by construction, not a headline of its own."""
    if is_saying(shown):
        return False  # a statement and what it tells: see attributions
    common = _lemmas(shown) & _lemmas(retold) - _subject_lemmas(shown)
    if len(common) < 2 or not any(_names_a_thing_or_act(w) and not w[:1].isdigit() for w in common):
        return False  # the subject alone in common: "Rebel alliance seizes Kisangani" and its go-ahead
    if _negated(shown) != _negated(retold):
        return False
    figures_a = {m for m in _marks(shown) if m[:1].isdigit()}
    figures_b = {m for m in _marks(retold) if m[:1].isdigit()}
    return not (figures_a and figures_b and not figures_a & figures_b)


def _negated(title: str) -> bool:
    return bool(_NEGATIONS & set(re.findall(r"[a-z']+", title.lower().replace("n't", " n't"))))


def _first_lemma(title: str) -> str:
    """The lemma of a title's first content word: its subject's head or first name."""
    words = re.findall(r"[a-z0-9][a-z0-9.%-]*", title.lower().replace("'s", ""))
    return next((_lemma(w) for w in words if len(w) > 2 and w not in _PLAIN), "")


def _same_subject(a: str, b: str) -> bool:
    """The shorter title, of three content words at least, has its first content word in the other
    ("Cabinet approves bill", "Japanese cabinet approves measures ..."; not "Petroleum rises by
    two pence", "National shares rise ...")."""
    short, long_ = (a, b) if len(_lemmas(a)) <= len(_lemmas(b)) else (b, a)
    first = _first_lemma(short)
    return len(_lemmas(short)) >= 3 and bool(first) and first in _lemmas(long_)


def _names_a_thing_or_act(lemma: str) -> bool:
    from timeline_app.core.extract.wordclass import classes

    return bool(classes(lemma) & {"NOUN", "VERB"})


def _plain_words(title: str) -> str:
    """A title's words that are not names: those not capitalised (its first word is, whatever it is)."""
    return " ".join(w for w in title.split() if not w[:1].isupper())


def _standing(e: Event) -> str:
    """Whether an event is told as done (reported, claimed, confirmed), denied or planned: a
    claim and a report of one happening are one event, a denial or a plan is not."""
    return e.status.value if e.status in (Status.DENIED, Status.PLANNED) else "told"


def _same_sentence(a: Event, b: Event) -> bool:
    if not a.sources or not b.sources:
        return False
    return (a.sources[0].start, a.sources[0].end) == (b.sources[0].start, b.sources[0].end)


def restates(a: Event, b: Event) -> bool:
    """``b`` tells again what ``a`` told: the same date (or one undated), the same standing, and
    the same kind and title, or a similar title (or the same words in other forms) with the same
    kind or actors in common. Two events of one sentence with similar titles are one event
    whatever kind or standing each was given: a sentence that tells one happening read twice (by
    its main verb and by a verb of a side clause whose title fell back to the main clause) does
    not tell it twice."""
    return _restates(a, b, None, None)


def _may_restate(a: Event, b: Event) -> bool:
    """What :func:`restates` needs before it can hold, read from cached word sets (most of the
    candidates a long story's index finds fail it): the same sentence, or titles alike in words
    as :func:`similar_titles` counts them, or two lemmas in common as :func:`same_telling` needs."""
    if _same_sentence(a, b):
        return True
    wa, wb = _words(a.title), _words(b.title)
    if not wa or not wb or len(wa & wb) >= 0.6 * min(len(wa), len(wb)):
        return True
    return len(_lemmas(a.title) & _lemmas(b.title)) >= 2


def _restates(a: Event, b: Event, day_a: str | None, day_b: str | None) -> bool:
    """:func:`restates`, given the ISO days of the events' dates when known (None: not known)."""
    if (
        a.when is not None
        and b.when is not None
        and (a.when.iso() if day_a is None else day_a) != (b.when.iso() if day_b is None else day_b)
    ):
        return False
    same_sentence = _same_sentence(a, b)
    if same_sentence and (a.title == b.title or similar_titles(a.title, b.title)):
        return True
    if _standing(a) != _standing(b):
        return False
    if a.status != b.status and (a.when is None or b.when is None):
        return False  # a claim told again as fact, undated: too little to say it is the same
    same_kind, shared = a.kind == b.kind, bool(set(a.actors) & set(b.actors))
    if same_kind and a.title == b.title:
        return True
    if same_sentence:
        # two verbs of one sentence whose titles differ are its side clause and its main clause
        # (the extractor compares those) unless the titles are alike and the actors shared
        return same_kind and shared and similar_titles(a.title, b.title)
    one_day = (
        a.when is not None and b.when is not None and len(a.when.iso() if day_a is None else day_a) == 10
    )
    # a quotation restating its paraphrase shares few words with it: it is weighed as one telling
    quoting = any(e.description.lstrip().startswith(_QUOTE_OPEN) for e in (a, b))
    if _told_apart(a.title, b.title, one_day or quoting):
        return False  # other counts, roles swapped, or the subject and one light word in common
    # in other sentences, other forms of the same words too ("seized", "seizes"), and a kind read
    # otherwise ("issued a summons" once an act, once a statement) when the actors agree
    if same_kind and shared and similar_titles(a.title, b.title):
        return True
    if same_kind and shared:
        return same_telling(a.title, b.title)
    # another kind, or no actor in common: the same words, and the same subject
    return (same_kind or shared) and same_telling(a.title, b.title) and _same_subject(a.title, b.title)


_NUMBER_WORDS_TEXT = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty"
)
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(_NUMBER_WORDS_TEXT.split())}
_PASSIVE = frozenset(["is", "are", "was", "were", "be", "been", "being", "by"])


@lru_cache(maxsize=16384)
def _counts(title: str) -> frozenset[str]:
    """The counts a title tells, in figures ("two gold medals", "2 gold medals": "2")."""
    words = re.findall(r"[a-z0-9][a-z0-9.,]*", title.lower())
    return frozenset(c for c in map(_count_of, words) if c)


def _count_of(word: str) -> str:
    """The count a lower-case word tells, in figures ("two": "2", "2,000.": "2,000"), else ""."""
    return _NUMBER_WORDS.get(word, word.rstrip(".,")) if word in _NUMBER_WORDS or word[:1].isdigit() else ""


def _passive(title: str) -> bool:
    """Whether a title is told in the passive voice: a form of "be" or "by" in it, or a verb in the
    past that ends it ("Trade pact with Peru signed")."""
    words = re.findall(r"[a-z0-9][a-z0-9.%-]*", title.lower().replace("'s", ""))
    if _PASSIVE & set(words):
        return True
    from timeline_app.core.extract.lexicon import lexicon

    verb = lexicon().verb(words[-1]) if len(words) > 1 else None
    return verb is not None and verb.form == "past"


def _told_apart(a: str, b: str, one_day: bool = False) -> bool:
    """Two titles of other sentences that cannot tell one happening however alike their words:
    other counts ("Rungsri wins two more gold medals", "Thailand wins three more gold medals");
    the roles swapped, both told in the active voice ("Carter writes letters to Koirala",
    "Koirala writes letters to Carter": a name of one's subject is in the other's object, and no
    subject word is common to both); or only the subject and one more word in common when the shorter title
    has words the other lacks ("Hayward was taken to task", "Dudley takes over from Hayward":
    "take" and the name), unless both are dated to one day ("Japanese cabinet approves measures
    to force landowners ..." and "Cabinet approves bill" on Thursday) or one is a quotation
    (``one_day`` True for both)."""
    ca, cb = _counts(a), _counts(b)
    if ca and cb and not (ca <= cb or cb <= ca):
        return True
    la, lb = _lemmas(a), _lemmas(b)
    sa, sb = _subject_lemmas(a), _subject_lemmas(b)
    active = not _passive(a) and not _passive(b)
    if active and sa and sb and not sa & sb and (sa & (lb - sb) | sb & (la - sa)) & (_names(a) | _names(b)):
        return True
    short, long_ = (la, lb) if len(la) <= len(lb) else (lb, la)
    return not one_day and not short <= long_ and len((la & lb) - sa - sb) < 2


_TELLING = re.compile(
    r"^(?P<who>.+?) (?:says|say|reports|report|announces|announce|tells|claims|claim) (?P<what>.+)$"
)


@lru_cache(maxsize=1024)
def _telling(title: str) -> re.Match[str] | None:
    """``_TELLING.match(title)``, matched once a title: the pairs of an article's events ask it of
    the same titles again and again (a match is never changed)."""
    return _TELLING.match(title)


def reports(a: Event, b: Event) -> bool:
    """``a`` only reports what ``b`` tells ("Police say the army will deploy 700 troops" and "The
    army will deploy 700 troops"): ``a``'s title is a saying whose content has the words of ``b``'s
    title (three at least), and ``b`` has no other date. The saying is not an event of its own
    then."""
    m = _telling(a.title)
    if m is None or b.status is Status.DENIED or a.status is Status.DENIED:
        return False
    if a.when is not None and b.when is not None and a.when.iso() != b.when.iso():
        return False  # "said on Tuesday that talks will resume on April 2": the telling is news too
    return _tells_content(a, b)


def attributions(events: list[Event]) -> dict[str, str]:
    """The ids of sayings that only attribute a neighbouring event told as done on a day of its own
    before the telling ("Output rose 3 percent in May, the bureau said on Monday": the rise is the
    event; "the bureau says output rose 3 percent" on Monday tells it again). A saying of a plan
    stays an event (the statement on its day, the plan on its own), and so does a denial. Each
    saying's id maps to the id of the event it attributes."""
    out: dict[str, str] = {}
    for i, a in enumerate(events):
        if a.when is None or a.status is Status.DENIED or _telling(a.title) is None:
            continue
        for b in events[max(0, i - 2) : i + 3]:
            if b is a or b.when is None or b.status in (Status.DENIED, Status.PLANNED) or not _close(a, b):
                continue
            if b.when.end_days < a.when.start_days and _tells_content(a, b, forms=True):
                out[a.id] = b.id
                break
    return out


_QUOTE_OPEN = ('"', "“", "``", "‘")
_PLAIN_WORDS = (
    "the a an of to in on at by for from with and or but that this these those there is are was were be been "
    "being has have had will would can could may might must should it its their his her he she they we i our "
    "you your not no as who which what when where than more most also very all any some one two three said "
    "says say told tell added adds according quoted quote quoting saying source sources news agency agencies "
    "official officials spokesman spokeswoman ministry minister reporters statement"
)
_PLAIN = frozenset(_PLAIN_WORDS.split())


def _content(text: str) -> frozenset[str]:
    """The content words of a sentence, cut to their first five letters (so "carries", "carried" and
    "carry" are one), without function words and the words of an attribution."""
    return frozenset(w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in _PLAIN)


def restated_quotes(events: Sequence[Event], shown: float) -> dict[str, str]:
    """The ids of quotations that restate the event a sentence just before summed up ("The United
    States expressed sadness on Monday over the death of X." then '"We were saddened to learn of
    the death of X," a spokesman said.'): a sentence that opens on a quote mark and has no date of
    its own (or one within the date that event's words tell: '"I will be meeting him tomorrow," X
    said' after "X said he will meet Y on Sunday"), four content words at least in common with a
    shown event (confidence ``shown`` or more) of one of the two sentences before it, and as many
    as two fifths of the content words of its quotation (not of its attribution, whose words would
    hide how much the quotation restates). Each quotation's id maps to the id of the event it
    restates."""
    out: dict[str, str] = {}
    for i, e in enumerate(events):
        text = e.description.lstrip()
        if (e.expression and e.when is None) or not e.sources:
            continue
        if not text.startswith(_QUOTE_OPEN):
            if not e.expression:
                twin = _restated_inside(events, i, shown, out)
                if twin:
                    out[e.id] = twin
            continue
        mine, said = _content(text), len(_content(quoted(text)))
        for b in events[max(0, i - 6) : i]:
            if b.confidence < shown or not b.sources or b.description == e.description or b.id in out:
                continue
            if e.expression and (b.when is None or b.when.approximate or not _within(e.when, b.when)):
                continue  # a quotation dated in its words restates only an event told of that time
            if not 0 < e.sources[0].start - b.sources[0].end < 600:
                continue
            common = mine & _content(b.description)  # the speaker's name counts too
            if len(common) >= 4 and len(common) >= 0.4 * min(len(mine), said or len(mine)):
                out[e.id] = b.id
                break
        else:
            twin = _summed_up_by_speaker(events[max(0, i - 6) : i], e, shown)
            if twin and twin not in out:
                out[e.id] = twin
    return out


def _one_day(period: FuzzyDate, day: FuzzyDate) -> bool:
    """Whether ``day`` is ``period``'s day, guessed or not, or falls within it."""
    return period.iso()[:10] == day.iso()[:10] or (not period.approximate and _within(day, period))


def _summed_up_by_speaker(before: Sequence[Event], e: Event, shown: float) -> str:
    """The id of the shown event (confidence ``shown`` or more) that sums up the quotation ``e``
    of its speaker ("Varga criticises training of Kell police recruits", then '"We are not
    convinced by the training of the Kell police," Varga said'), else "": the last one before it
    titled by the speaker ``e``'s title names ("Varga: ..."), not a quotation, ending within 500
    characters before it, of the day ``e``'s own words tell if they tell one, with two words of
    its title besides the speaker's and as many as two fifths of them in the words ``e`` quotes."""
    head = e.title.split(": ", 1)[0] if ": " in e.title else ""
    if not head or not e.sources:
        return ""
    for b in reversed(before):
        if b.confidence < shown or not b.sources or not b.title.startswith(head + " "):
            continue
        gap = e.sources[0].start - b.sources[0].end
        if b.description.lstrip().startswith(_QUOTE_OPEN) or not 0 < gap < 500:
            return ""
        if e.expression and not (b.when is not None and e.when is not None and _one_day(b.when, e.when)):
            return ""  # a quotation dated in its words sums up only what was told of that time
        summed = _content(b.title) - _content(head)
        common = summed & _content(quoted(e.description.lstrip()))
        return b.id if len(common) >= 2 and len(common) >= 0.4 * len(summed) else ""
    return ""


_INNER_QUOTE = re.compile(r'(?:^|(?<=[\s:,(]))(?:"|“|``)([^"”]+?)(?:"|”|\'\'|$)')


def _restated_inside(events: Sequence[Event], i: int, shown: float, out: dict[str, str]) -> str:
    """The id of the shown event of the sentences just before that the quotation inside event
    ``i``'s sentence restates ('The Dutch government on Tuesday vowed to develop relations with
    China.' then 'In a statement, the Netherlands said it would "continue to commit itself to
    developing relations with China."'), else "": quoted words (four content words at least),
    three of them and two fifths in common with that event's sentence, two of those no names,
    the same negation, its first actor one of the first two of that event (the same speaker or
    party), and no "also"."""
    e = events[i]
    inner = " ".join(m.group(1) for m in _INNER_QUOTE.finditer(e.description))
    said = _content(inner)
    if len(said) < 4 or _ALSO.search(e.description):
        return ""  # "X also called on ...": another call alike
    for b in events[max(0, i - 6) : i]:
        if b.confidence < shown or not b.sources or b.description == e.description or b.id in out:
            continue
        if (
            not 0 < e.sources[0].start - b.sources[0].end < 600
            or not e.actors
            or e.actors[0] not in b.actors[:2]
        ):
            continue  # not the same speaker or party
        common = said & _content(b.description)
        if len(common) < 3 or len(common) < 0.4 * len(said):
            continue
        names = {w[:5].lower() for w in re.findall(r"\b[A-Z][a-z]+", b.description + " " + e.description)}
        if len(common - names) >= 2 and _negated(inner) == _negated(b.description):
            return b.id
    return ""


_QUOTE_CLOSE = re.compile(r'["”]|\'\'|’(?=\W*$|\s*,)')


def quoted(text: str) -> str:
    """What a sentence opening on a quote mark quotes: up to the closing mark (the whole sentence
    when the quotation runs on), not the attribution after it ("..., deputy head of the federal
    service, told the news agency"), whose words would hide how much the quotation restates."""
    close = _QUOTE_CLOSE.search(text, 1)
    return text[: close.start()] if close is not None else text


_SAID_NOUNS = (
    r"(?:remarks?|comments?|announcement|statement|warnings?|appeal|call|pledge|speech|offer|proposal"
    r"|accusations?|criticism|promise|assurances?|decision|move|threat)"
)
# "Peretz made the warning in a statement", "The comments came before a meeting in Rome": the
# sentence's main clause is a statement told before (a definite noun), with where, when or why
_SAID_AGAIN = re.compile(
    rf"^\W*(?:(?:the|these|those|his|her|its|their) {_SAID_NOUNS}\b[^,.;]{{0,40}}? "
    rf"(?:came|comes|come|was made|were made)\b"
    rf"|[^,;]{{0,80}}?\b(?:made|makes|make) (?:the|these|those|his|her|its|their) {_SAID_NOUNS}\b)",
    re.IGNORECASE,
)


def retold_statements(events: Sequence[Event], shown: float) -> dict[str, str]:
    """The ids of events that only tell where, when or why a statement the story told before was
    made ("Peretz made the warning in a statement, Al Jazeera reported.", "The comments came
    before a meeting in Rome."): the sentence's main clause has a definite statement noun (the
    remarks, the announcement, the warning ...) made or coming, and the event's title is that
    clause (its verb "make" or "come"). Each id maps to the id of the shown event (confidence
    ``shown`` or more) of the sentences just before it that it retells: the nearest that shares
    an actor with it, else the nearest; an event with no shown event before it is left alone."""
    out: dict[str, str] = {}
    for i, e in enumerate(events):
        if not e.sources or _SAID_AGAIN.match(e.description) is None:
            continue
        if not {"make", "come"} & _lemmas(e.title):
            continue
        start = e.sources[0].start
        near = [
            b
            for b in events[max(0, i - 6) : i]
            if b.confidence >= shown and b.sources and 0 <= start - b.sources[0].end < 600
        ]
        if near:
            speaker = [b for b in near if set(b.actors) & set(e.actors)]
            out[e.id] = (speaker or near)[-1].id
    return out


def _plain_title(title: str) -> str:
    return re.sub(r"\W+", " ", title.rstrip("…").lower()).strip()


def _one_title(a: str, b: str) -> bool:
    """Two plain titles that are one: the same, or one a cut of the other (25 letters at least)."""
    return a == b or (min(len(a), len(b)) > 25 and (a.startswith(b) or b.startswith(a)))


def titled_apart(events: Sequence[Event], shown: float, saying: bool) -> dict[str, str]:
    """The ids of events whose title an event of the same sentence or of the clause just before
    told already (their sources touch: one sentence read as two clauses), each mapped to that event's id: with
    ``saying`` False, the same title ("Wei had been under close watch, but was left briefly
    alone" from "The New York Times said Wei had been ..." and from "... was left briefly alone over
    the weekend"); with ``saying`` True, a saying whose content is that title ("Xinhua reports more
    than 500,000 Dutch tulips ..." beside "More than 500,000 Dutch tulips to deck out park ..."): the
    attribution of an event told apart. Only shown events (confidence ``shown`` or more) count."""
    out: dict[str, str] = {}
    for i, e in enumerate(events):
        if e.confidence < shown or not e.sources:
            continue
        if saying:
            m = _telling(e.title)
            if m is None:
                continue
            mine = _plain_title(m.group("what"))
        else:
            mine = _plain_title(e.title)
        for b in events[max(0, i - 4) : i]:
            if b.confidence < shown or not b.sources or b.id in out:
                continue
            same = (e.sources[0].start, e.sources[0].end) == (b.sources[0].start, b.sources[0].end)
            if not same and not 0 <= e.sources[0].start - b.sources[0].end <= 10:
                continue
            if _one_title(mine, _plain_title(b.title)):
                out[e.id] = b.id
                break
    return out


_VERB_MARKS = frozenset(
    ["to", "will", "would", "should", "could", "may", "might", "must", "can", "shall", "has", "have", "had"]
)


@lru_cache(maxsize=4096)
def _subject_lemmas(title: str) -> frozenset[str]:
    """The content lemmas of a title's words before its verb (a finite verb, a modal or "to")."""
    from timeline_app.core.extract.lexicon import lexicon

    lex = lexicon()
    words = re.findall(r"[a-z0-9][a-z0-9.%-]*", title.lower().replace("'s", ""))
    end = len(words)
    for i, w in enumerate(words[1:], 1):
        verb = lex.verb(w)
        form = verb.form if verb is not None else ""
        if w in _VERB_MARKS or form in ("s", "past") or (form == "base" and words[i - 1].endswith("s")):
            end = i  # "troops hold": a plural subject's verb
            break
    return frozenset(_lemma(w) for w in words[:end] if len(w) > 2 and w not in _PLAIN)


def told_in_sentence(events: Sequence[Event], shown: float) -> dict[str, str]:
    """The ids of shown events (confidence ``shown`` or more) that tell again what a shown event
    of their own sentence told before them, each mapped to that event's id: one clause read twice
    (by its verb and by a side clause's whose title fell back to it, or cut once and made a
    headline once: "Annan was on hand along with visiting Zapatero at the signing ceremony" as
    "Annan visits Zapatero at signing ceremony" and "Annan is on hand along with visiting
    Zapatero"). Three content lemmas at least in common, half of the shorter title's; not when
    the two tell other figures ("killed two ... and wounded three ...") or other days, when only the subject's
    words are common to both, when one is negated and the other not, or when one is denied or
    planned and the other not (days and standing count unless one is the sentence cut to a title)."""
    out: dict[str, str] = {}
    for i, e in enumerate(events):
        if e.confidence < shown or not e.sources or e.edited:
            continue
        span = (e.sources[0].start, e.sources[0].end)
        mine = _lemmas(e.title)
        if len(mine) < 3:
            continue
        for b in events[max(0, i - 6) : i]:
            if b.confidence < shown or not b.sources or b.id in out or b.edited:
                continue
            if (b.sources[0].start, b.sources[0].end) != span:
                continue
            cut = e.title.endswith("…") or b.title.endswith("…")
            if _standing(b) != _standing(e) and not cut:
                continue  # but a sentence cut to a title has a standing read off it whole
            if e.when is not None and b.when is not None and e.when.iso() != b.when.iso() and not cut:
                continue  # two days, two clauses ("was first found in February and ... on March 18")
            theirs = _lemmas(b.title)
            common = mine & theirs
            if len(common) < 2 or len(common) < 0.5 * min(len(mine), len(theirs)):
                continue
            if len(common - _subject_lemmas(e.title) - _subject_lemmas(b.title)) < 2:
                continue  # the subject alone in common: two things it did ("rebels seized ..., then ...")
            counts = _counts(e.title), _counts(b.title)  # "two", "2"
            if counts[0] != counts[1] and counts[0] and counts[1]:
                continue
            if _negated(e.title) != _negated(b.title):
                continue
            out[e.id] = b.id
            break
    return out


def _tells_content(a: Event, b: Event, forms: bool = False) -> bool:
    """``a``'s title is a saying whose content holds the names and figures of ``b``'s title and
    most of its words (three at least)."""
    m = _telling(a.title)
    if m is None:
        return False
    wb, what = _words(b.title), m.group("what")
    if not _marks(b.title) <= {w.lower().rstrip(".") for w in re.findall(r"[\w.%-]+", what)}:
        return False
    if len(wb) >= 3 and len(wb & _words(what)) >= 0.8 * len(wb):
        return True
    if not forms:
        return False
    # "Army claims killing of 30 rebels" and "Army kills 30 rebels": the speaker is the content's
    # subject, and a verb's forms are one word ("kills", "killing")
    stems, told = {w[:4] for w in wb}, {w[:4] for w in _words(a.title)}
    return len(stems) >= 3 and len(stems & told) >= 0.8 * len(stems)


def is_saying(title: str) -> bool:
    """Whether a title tells a saying ("X says ...", "X reports ...")."""
    return _telling(title) is not None


def _close(a: Event, b: Event) -> bool:
    if not a.sources or not b.sources:
        return False
    return abs(a.sources[0].start - b.sources[0].start) <= 400


def merge_restated(events: list[Event]) -> list[Event]:
    """Events of one story, each later event that restates an earlier one folded into it: the
    earlier event keeps its title (unless the later one's is the better headline) and gains the
    later one's sources, actors and places (and its date when it had none or only a guessed one)."""
    events, told = _fold_reports(list(events))
    out: list[Event] = []
    days: list[str] = []  # the ISO day of each kept event's date ("" when undated), read once
    index = _RestateIndex()
    for ev in (ev for i, ev in enumerate(events) if i not in told):
        day = ev.when.iso() if ev.when is not None else ""
        k = next(
            (
                k
                for k in sorted(index.candidates(ev, day))
                if _may_restate(out[k], ev) and _restates(out[k], ev, days[k], day)
            ),
            None,
        )
        if k is None:
            index.register(len(out), _restate_keys(ev, ev.actors), day)
            out.append(ev)
            days.append(day)
            continue
        e = out[k]
        gained = _restate_keys(e, [a for a in dict.fromkeys(ev.actors) if a not in e.actors], whole=False)
        if not e.sources and ev.sources:  # its first source is ev's from now on
            gained.append(("s", ev.sources[0].start, ev.sources[0].end))
        # an undated event stays found under "" (every day's look-up) when it takes ev's day
        index.register(k, gained, day if e.when is None else days[k])
        folded = out[k] = _folded(e, ev)
        if e.when is None and folded.when is not None:
            days[k] = folded.when.iso()
    return out


def _fold_reports(events: list[Event]) -> tuple[list[Event], set[int]]:
    """A saying whose content is an event of the same sentence or a neighbouring one becomes that
    event, attributed to the speaker (and dated by the telling when it has no date and is no
    plan); the events, and the indices of the sayings so folded."""
    told = set()
    for i, a in enumerate(events):
        j = next(
            (
                j
                for j in range(max(0, i - 2), min(len(events), i + 3))
                if j != i and j not in told and reports(a, events[j]) and _close(a, events[j])
            ),
            None,
        )
        if j is None:
            continue
        told.add(i)
        b = events[j]
        changes: dict[str, Any] = {"actors": tuple(dict.fromkeys(b.actors + a.actors))}
        if b.when is None and a.when is not None and b.status is not Status.PLANNED:
            changes.update(when=a.when, expression=a.expression, explanation=a.explanation)
        if changes.get("when", b.when) == a.when:
            changes["sources"] = b.sources + tuple(x for x in a.sources if x not in b.sources)
        if b.status is Status.REPORTED:
            changes["status"] = Status.CLAIMED
        events[j] = b.with_changes(**changes)
    return events, told


def _restate_keys(e: Event, actors: Iterable[str], whole: bool = True) -> list[tuple[Any, ...]]:
    """The keys an event is found by: its standing with each actor, and (``whole``) its kind and
    standing with its title and with each lemma of its words that are not names, and its first
    source."""
    told_as = (e.kind, _standing(e))
    found: list[tuple[Any, ...]] = [("a", told_as[1], a) for a in actors]
    if whole:  # what a merge leaves as it is: the first source, kind, standing and title
        found.append(("t", *told_as, e.title))
        found.extend(("l", *told_as, w) for w in _lemmas(_plain_words(e.title)))
        if e.sources:
            found.append(("s", e.sources[0].start, e.sources[0].end))
    return found


class _RestateIndex:
    """Only the kept events that could restate: one of the same sentence, one of the same standing
    with an actor in common, or one of the same kind and standing with the same title or a word of
    it in common, on the same day or undated (an index of
    each, by day too, so a story of thousands of events is not compared pair by pair; the first
    that restates wins, as before)."""

    __slots__ = ("any_day", "by_day")

    def __init__(self) -> None:
        self.any_day: dict[tuple[Any, ...], list[int]] = {}
        self.by_day: dict[tuple[Any, ...], list[int]] = {}  # (key, ISO day or "" when undated)

    def register(self, k: int, found: list[tuple[Any, ...]], day: str) -> None:
        """Kept event ``k`` is found by these keys, on this day ("" when undated)."""
        for key in found:
            self.any_day.setdefault(key, []).append(k)
            self.by_day.setdefault((key, day), []).append(k)

    def candidates(self, ev: Event, day: str) -> set[int]:
        """The kept events that share a key with ``ev``: on its day or undated when it is dated,
        on any day when it is not."""
        if day:
            return {
                k
                for key in _restate_keys(ev, ev.actors)
                for d in (day, "")
                for k in self.by_day.get((key, d), ())
            }
        return {k for key in _restate_keys(ev, ev.actors) for k in self.any_day.get(key, ())}


def _folded(e: Event, ev: Event) -> Event:
    """``e`` with what ``ev``, which restates it, adds: its sources, actors, places and roles, and
    its date (and, for a clause of the same sentence, its id) when ``e`` had none, or its day told
    where ``e`` has the publication day guessed (approximate); and ``ev``'s title when it is the
    better headline (:func:`_better_title`)."""
    changes: dict[str, Any] = {
        "sources": e.sources + tuple(s for s in ev.sources if s not in e.sources),
        "actors": tuple(dict.fromkeys(e.actors + ev.actors)),
        "places": tuple(dict.fromkeys(e.places + ev.places)),
        "roles": tuple(dict.fromkeys(e.roles + ev.roles)),
    }
    if e.when is None and ev.when is not None:
        changes.update(when=ev.when, expression=ev.expression, explanation=ev.explanation)
        if _same_sentence(e, ev):
            changes["id"] = ev.id  # the clause that tells the date stays the event's source
    elif (
        e.when is not None
        and ev.when is not None
        and e.when.approximate
        and not ev.when.approximate
        and _main_verb(ev.title)  # not a date naming a thing of its own ("Tuesday's court session")
    ):
        # the publication day guessed for the first telling, told as that day by the later one
        changes.update(when=ev.when, expression=ev.expression, explanation=ev.explanation)
    better = _better_title(e, ev)
    if better:
        changes["title"] = better
    return e.with_changes(**changes)


def _better_title(e: Event, ev: Event) -> str:
    """``ev``'s title when it is the better headline of the happening both tell, else "": the
    first fails the title validator, or is its sentence cut short ("Denmark sparked sharp
    criticism from China…") where ``ev`` of the same sentence is a whole headline ("Denmark
    sparks sharp criticism from China"); ``ev``'s title passes the validator, is not cut, has
    three content words at least, the same main verb and the same negation."""
    from timeline_app.core.extract.title_check import title_problems

    if ev.edited or e.edited or ev.title.endswith("…") or len(_lemmas(ev.title)) < 3:
        return ""
    worse = e.title.endswith("…") and _same_sentence(e, ev)
    if not worse and not title_problems(e.title):
        return ""
    verb = _main_verb(ev.title)
    if not verb or verb != _main_verb(e.title) or _negated(e.title) != _negated(ev.title):
        return ""
    return "" if title_problems(ev.title) else ev.title


_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])


@lru_cache(maxsize=16384)
def _main_verb(title: str) -> str:
    """The lemma of a title's main verb: its first verb in the present or the past after its
    first word, or the word after its auxiliaries ("had hoped": "hope"); "" when it has none."""
    from timeline_app.core.extract.lexicon import lexicon

    lex = lexicon()
    words = re.findall(r"[a-z0-9][a-z0-9.%-]*", title.lower().replace("'s", ""))
    for i, w in enumerate(words[1:], 1):
        if w == "to" and not (i + 1 < len(words) and _form(lex, words[i + 1]) == "base"):
            continue  # "the pilgrimage to Mecca"
        if w in _VERB_MARKS or w in _BE:
            j = i
            while j < len(words) and (words[j] in _VERB_MARKS or words[j] in _BE):
                j += 1
            return _lemma(words[j]) if j < len(words) and lex.verb(words[j]) is not None else ""
        if _form(lex, w) in ("s", "past") or (_form(lex, w) == "base" and words[i - 1].endswith("s")):
            return _lemma(w)  # "prices closed", "officers go"
    return ""


def _form(lex: Any, word: str) -> str:
    verb = lex.verb(word)
    return verb.form if verb is not None else ""


# A figure with its unit: "12.4 points", "3.5 percent", "1,043.69", "17 dead", a score "4-3"
_FIGURE = re.compile(
    r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{1,2}-\d{1,2}|\d+)(?![\w/-]|[.,]\d)"
    r"(?:\s*(%|percent\b|per cent\b|percentage points?\b|[a-z]+\b))?",
    re.IGNORECASE,
)
# words after a whole number that count nothing ("10 in", "20 November") or are a year's
_NOT_UNITS_WORDS = (
    "and or to than more less over under about nearly some other years year months month weeks week days day"
    " hours hour minutes am pm gmt january february march april may june july august september october"
    " november december jan feb mar apr jun jul aug sep sept oct nov dec"
)
_NOT_UNITS = _FUNCTION | frozenset(_NOT_UNITS_WORDS.split())
_AS_ONE = {"per cent": "percent", "%": "percent"}


def figures(text: str) -> frozenset[str]:
    """The distinctive figures of a text, each with its unit ("12.4 points", "3.5 percent", "17
    dead", "4-3"): a number with decimals or a thousands comma (with the word after it, if any),
    a score of two small numbers, or a whole number of ten or more followed by what it counts.
    Not a year, a day of the month, or a number counting nothing."""
    out = set()
    for m in _FIGURE.finditer(text):
        number, unit = m.group(1), (m.group(2) or "").lower()
        unit = _AS_ONE.get(unit, unit)
        if unit in _NOT_UNITS:
            unit = ""
        if "-" in number:
            out.add(number)  # "4-3"
        elif "." in number or "," in number:
            out.add(f"{number} {unit}".strip())
        elif unit and int(number) >= 10 and not (len(number) == 4 and number[:2] in ("19", "20")):
            out.add(f"{number} {unit}")
    return frozenset(out)


_ALSO = re.compile(r"\b(?:also|too|likewise|similarly|as well)\b", re.IGNORECASE)


def _names(title: str) -> frozenset[str]:
    """The names of a title: its capitalised words that are no common noun or verb (its first word
    too, unless it is one)."""
    words = re.findall(r"[A-Za-z][\w'-]*", title)
    return frozenset(
        w.lower() for w in words if w[:1].isupper() and not _names_a_thing_or_act(_lemma(w.lower()))
    )


def _within(day: FuzzyDate | None, period: FuzzyDate) -> bool:
    """Whether ``day`` falls in ``period`` (a later "this year" tells no new date for Tuesday)."""
    return day is not None and period.start_days <= day.start_days < period.end_days


def _distinct(common: frozenset[str]) -> bool:
    """Figures no two happenings of one story share by chance: a number with a thousands comma
    and decimals ("14,937.14"), or with decimals and a unit not a rate ("12.4 points", not "0.5
    percent")."""
    return any(
        ("," in f and "." in f.split()[0]) or ("." in f.split()[0] and f.split()[-1] not in ("percent", f))
        for f in common
    )


def same_figures(events: Sequence[Event], shown: float, told: dict[str, str]) -> dict[str, str]:
    """The ids of events that tell again a figure an event of an earlier sentence of the story told
    (an index's close in the lead and again later, a score or a toll told twice), each mapped to
    that event's id. ``told`` maps an event's id to the words that tell it (its clause). Both
    shown (confidence ``shown`` or more), a distinctive figure with its unit in common
    (:func:`figures`), and the same kind of happening: the same kind with its title's words in
    common, or a word of the title besides the figure ("index", "toll") in common; not when their
    actors differ (two teams, two indexes named) or the later tells a new date."""
    out: dict[str, str] = {}
    seen: list[tuple[Event, frozenset[str]]] = []
    for e in events:
        if e.confidence < shown or not e.sources:
            continue
        mine = figures(told.get(e.id, e.description))
        if mine:
            for b, theirs in seen:
                if _same_sentence(a=b, b=e) or b.id in out or not mine & theirs:
                    continue
                if e.actors and b.actors and not set(e.actors) & set(b.actors):
                    continue  # two teams, two indexes
                names, their_names = _names(e.title), _names(b.title)
                if names and their_names and not names & their_names:
                    continue  # "Ostrava index rises 12.4 points", "Kell index rises 12.4 points"
                if _ALSO.search(told.get(e.id, e.description)):
                    continue  # "the Kell index also rose 12.4 points": another one alike
                if e.expression and e.when is not None and not _within(b.when, e.when):
                    continue  # the later tells a date of its own
                if _distinct(mine & theirs):
                    out[e.id] = b.id  # "1,043.69", "12.4 points": one close, whatever the words
                    break
                common = _lemmas(e.title) & _lemmas(b.title)
                if not any(_names_a_thing_or_act(w) and not w[:1].isdigit() for w in common):
                    continue
                if e.kind != b.kind and len(common - {w for w in common if w[:1].isdigit()}) < 2:
                    continue
                out[e.id] = b.id
                break
            seen.append((e, mine))
    return out


# a story's market move: its shares, stocks or an index rising or falling ("Jakarta shares close 0.2
# percent higher", "Key indices close higher"), or a commodity's price ("World oil prices drop");
# each further figure of that session (an index's, the breadth, the turnover, a grade's price)
# tells that move again
_MARKET_MOVE = re.compile(
    r"\b(?:shares|stocks|share prices|stock prices|equities|bourse|index|indices|indexes|average"
    r"|stock markets?)\b",
    re.IGNORECASE,
)
_INDEX_FIGURE = re.compile(
    r"\b(?:index|indices|average|indicator)\b[^.;]{0,120}?\d[\d,.]*\s*(?:points?|percent|per cent|%)"
    r"|\d[\d,.]*\s*(?:of a\s+)?points?\b"
    r"|\b(?:index|indices|average)\b[^.;]{0,120}?\b(?:close|closed|closing|end|ended|ending|finish|finished|settle"
    r"|settled|stood)\s+(?:at|to)\s+\d",
    re.IGNORECASE,
)
_BREADTH = re.compile(
    r"\b(gainers|advancers|advances|advancing issues|decliners|losers|declines|declining issues)\b",
    re.IGNORECASE,
)
# the session's turnover: "Volume stood at 984 million shares", "a total turnover of 319 million"
_TURNOVER = re.compile(
    r"\b(?:turnover|trading volume|volume|volumes|value traded|trading value)\b[^.;]{0,60}?\d"
    r"|\bchanged hands\b",
    re.IGNORECASE,
)
# a commodity whose price a story tells moving, each word mapped to its family: a grade's or a
# contract's price after the move ("Brent North Sea crude gains 23 cents to 61.56 dollars" after
# "World oil futures climb") tells it again; another family is another market
_COMMODITY_WORDS = (
    "oil:oil crude brent barrel barrels gasoline petrol wti",
    "gold:gold bullion",
    "silver:silver",
    "copper:copper",
    "rubber:rubber rss tsr",
    "coffee:coffee arabica robusta",
    "cocoa:cocoa",
    "sugar:sugar",
    "grain:grain grains wheat corn maize soybeans soybean",
    "palm:palm",
    "gas:gas",
)
_COMMODITY = {w: g.split(":")[0] for g in _COMMODITY_WORDS for w in g.split(":")[1].split()}
# what the title of a market's move or figure holds, one of these words: a cheap test of the (short)
# title before any scan of an event's words
_MARKET_GATE_TEXT = (
    "index indexes indices average turnover volume traded share shares stock stocks equities bourse gainers"
    " losers advancers decliners futures contract prices price market markets points point cents"
)
_MARKET_GATE = frozenset(_MARKET_GATE_TEXT.split()) | frozenset(_COMMODITY)
_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_COMMODITY_MOVE = re.compile(r"\b(?:prices?|futures)\b", re.IGNORECASE)
_PRICE_FIGURE = re.compile(
    r"\d[\d,.]*\s*(?:cents?|dollars?|us dollars|pence|yen|ringgit)\b|\bcontract\b", re.IGNORECASE
)
_DELIVERY = re.compile(r"\b(?:delivery|contract)\b", re.IGNORECASE)
_UP_WORDS = "rise gain climb advance firm jump surge add rally recover rebound soar higher up"
_UP = frozenset(_UP_WORDS.split())
_DOWN_WORDS = "fall lose drop decline shed ease slip dip tumble slump retreat plunge sink lower down"
_DOWN = frozenset(_DOWN_WORDS.split())
_MOVE_WORDS_TEXT = (
    "close end open finish settle trade mixed steady unchanged slide edge inch sag weaken strengthen soften"
    " spike hit reach breach top leap push notch extend snap dive skid high low record"
)
_MOVE_WORDS = _UP | _DOWN | frozenset(_MOVE_WORDS_TEXT.split())


def _direction(text: str) -> str:
    """ "up" or "down" when the words of a market report move one way only, else ""."""
    words = {_lemma(w) for w in re.findall(r"[a-z]+", text.lower())}
    up, down = bool(words & _UP), bool(words & _DOWN)
    return "up" if up and not down else "down" if down and not up else ""


def _moves(text: str) -> bool:
    """Whether a market report's words tell it moving, closing or opening."""
    return any(_lemma(w) in _MOVE_WORDS for w in re.findall(r"[a-z]+", text.lower()))


def _same_day(a: Event, b: Event) -> bool:
    """Neither has a day of its own told apart from the other's: the same ISO day, or one undated
    or dated by the publication day guessed."""
    if a.when is None or b.when is None or a.when.approximate or b.when.approximate:
        return True
    return a.when.iso()[:10] == b.when.iso()[:10]


def _commodity(text: str) -> str:
    """The family of the first commodity a text names ("oil" for "Brent North Sea crude"), or ""."""
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in _COMMODITY:
            return _COMMODITY[w]
    return ""


def _countries(e: Event) -> frozenset[str]:
    """The countries of the places and actors an event names (Kuala Lumpur and Malaysia: one)."""
    from timeline_app.core.gazetteer import gazetteer, key

    gaz = gazetteer()
    out = set()
    for name in (*e.places, *e.actors):
        entry = gaz.lookup(key(name))
        if entry is not None and entry.is_place and entry.country:
            out.add(entry.country)
    return frozenset(out)


def _compared_day(e: Event, text: str) -> bool:
    """Whether the event's date is only the day its figure is compared with ("came to 2,322
    million shares against Tuesday's 2,082 million", "up from ... on Tuesday")."""
    if not e.expression:
        return False
    at = text.find(e.expression)
    return at >= 0 and bool(_COMPARED.search(text, max(0, at - 60), at))


_NOT_MARKET = re.compile(
    r"\b(?:consumer prices?|producer prices?|wholesale prices?|retail prices?|inflation|consumer confidence"
    r"|business confidence|consumer sentiment|polls?|survey|(?:food|import|export|house|home) prices?)\b",
    re.IGNORECASE,
)
_COMPARED = re.compile(r"\b(?:from|against|compared with|compared to|versus|over)\b", re.IGNORECASE)


def _delivery_month(lead: Event, e: Event, text: str) -> bool:
    """Whether the event's date is a contract's delivery month after the move's day ("Brent North
    Sea crude for January delivery gained 23 cents" in a December report)."""
    return (
        lead.when is not None
        and e.when is not None
        and e.when.start_days > lead.when.start_days
        and bool(_DELIVERY.search(text))
    )


def market_figures(events: Sequence[Event], shown: float, told: dict[str, str]) -> dict[str, str]:
    """The ids of shown events (confidence ``shown`` or more) that only give a figure of a market's
    session another event of the story told before ("Jakarta shares close 0.2 percent higher",
    then "The composite index closed up 1.58 points at 638.22", "The Second Board Index dropped
    0.74 of a point", "Gainers led losers 319 to 276", "Volume stood at 984 million shares";
    "World oil prices drop", then "Brent North Sea crude for January delivery slid 52 cents"),
    each mapped to the session's first shown event. A section of the story tells one market's
    session: it opens at a market's move or figure and ends at another market (a scene, "In
    Tokyo, ...", a country or a commodity of its own) or some 1,200 characters past its last
    figure. A figure of another day stays (yesterday's close), as does a stock's own news (its
    figures are no index's). When the session's move is hidden (a fragment), its first shown
    figure tells it. ``told`` maps an event's id to the words that tell it (its clause)."""
    out: dict[str, str] = {}
    # the open section: its first event, its first shown event (or None), its countries or
    # commodity, and where its last figure ended
    opener: Event | None = None
    lead: Event | None = None
    places: frozenset[str] = frozenset()
    commodity = ""
    end = 0
    for e in sorted((e for e in events if e.sources), key=lambda e: e.sources[0].start):
        text = told.get(e.id, e.description)
        if _MARKET_GATE.isdisjoint(_WORD.findall(e.title.lower())) and not (
            _DIGIT.search(e.title) and ("turnover" in (low := text.lower()) or "volume" in low)
        ):
            continue  # no market, no index and no figure of one in its title, nor a turnover's
        start = e.sources[0].start
        if _NOT_MARKET.search(e.title):
            continue  # an economic figure ("German consumer price index declines 0.5 percent")
        is_move = bool(_MARKET_MOVE.search(e.title)) and _moves(e.title)
        goods = (
            "" if is_move else _commodity(e.title) or (_commodity(text) if _PRICE_FIGURE.search(text) else "")
        )
        is_figure = bool(
            _INDEX_FIGURE.search(text)
            or _TURNOVER.search(text)
            or len(set(m.lower() for m in _BREADTH.findall(text))) >= 2
        )
        is_goods = (
            bool(goods)
            and (_COMMODITY_MOVE.search(e.title) is not None or _PRICE_FIGURE.search(text) is not None)
            and _moves(e.title)
        )
        if not (is_move or is_figure or is_goods):
            continue
        if opener is None and not (
            is_move or is_goods or _MARKET_MOVE.search(text) or _TURNOVER.search(text)
        ):
            continue  # "16 points ahead in the polls": no market's
        if opener is not None and start - end > 1200:
            opener = lead = None  # too far on: another part of the story
        if opener is not None:
            if goods:
                new = goods != commodity  # another commodity (or a stock market after one)
            else:
                theirs = _countries(e)
                # a stock market after a commodity's (its turnover in tonnes is the commodity's)
                new = bool(commodity) and (is_move or _INDEX_FIGURE.search(text) is not None)
                # a move in a country of its own ("Japanese share prices close higher" after "Wall
                # Street experiences second largest point gain"), or a figure naming another country
                new = new or (bool(theirs) and not theirs & places and (is_move or bool(places)))
                new = new or (_SCENE.match(e.description) is not None)
            if new:
                opener = lead = None
        shows = e.confidence >= shown
        if opener is None:
            opener, lead = e, (e if shows else None)
            commodity = goods if is_goods else ""
            places = frozenset() if commodity else _countries(e)
            end = e.sources[0].end
            continue
        if not commodity and not places:
            places = _countries(e)
        if lead is None and shows:
            lead = e  # the session's move is hidden: its first shown figure tells it
            end = max(end, e.sources[0].end)
            continue
        if start < opener.sources[0].end or (lead is not None and start < lead.sources[0].end):
            continue  # another clause of the session's first sentence
        day = lead or opener
        if not (_same_day(day, e) or _compared_day(e, text) or (commodity and _delivery_month(day, e, text))):
            continue  # another day's session ("SET index lost 2.41 points to close at 694.44 on Thursday")
        end = max(end, e.sources[0].end)
        if not shows or lead is None:
            continue
        if is_figure or (commodity and is_goods):
            out[e.id] = lead.id
    return out


_SCENE = re.compile(r"\W*(?:In|At|On) [A-Z]")


# verbs whose sameness tells no one act: a stance, a saying, a light verb ("express regrets" and
# "express doubts" are two stances; "Cohen flies into Tokyo", "Cohen to fly on": two legs)
_LIGHT_VERBS_TEXT = (
    "be have do make take give get go come say tell see become remain keep put set show hold express"
    " voice urge call ask warn stress add note welcome hope want need seek expect continue begin"
    " close rise fall gain lose climb drop"
)
_LIGHT_VERBS = frozenset(_LIGHT_VERBS_TEXT.split())
# kinds that tell a stance or a saying, which the same speaker may well tell twice of two things
_STANCE_KINDS = frozenset(["STATEMENT", "REQUEST", "ACCUSE", "THREATEN", "REJECT"])
# words that tell a happening of the same kind beside one told before ("eight other students were
# arrested", "another blast killed five"), not that one again
_ANOTHER = re.compile(
    r"\b(?:also|too|another|other|others|again|more|second|third|new|further|fresh|earlier|later"
    r"|previous|last|next|separate|similar|likewise|similarly|as well)\b",
    re.IGNORECASE,
)


# groups of news verbs that tell one act in other words ("halts" and "suspends"; "detain" and
# "arrest"), each a verb's class in :func:`retold_acts`. A hand list: WordNet's synsets (not shipped
# with any installed package, and its data is a download) join senses news never means ("fire" a
# worker and a gun, "sink" a ship and prices) and split the ones it does ("halt" and "suspend" share
# no synset); the PLOVER kind is far too broad (an arrest and a sanction are both COERCE)
_ACT_CLASSES_TEXT = (
    "halt suspend stop freeze cease shut",
    "arrest detain apprehend nab",
    "kill slay murder die",
    "wound injure",
    "sign ink",
    "release free",
    "sentence jail imprison",
    "appoint name nominate",
    "sack dismiss oust",
    "expel deport",
    "ban prohibit outlaw",
    "postpone delay defer",
    "cancel scrap",
    "charge indict",
    "buy acquire purchase",
    "kidnap abduct",
    "resign quit",
    "escape flee",
    "explode detonate",
    "crash collide",
    "approve ratify endorse",
    "raise increase hike boost",
    "cut reduce slash",
    "attack raid storm",
    "defeat beat crush thrash rout",
    "meet confer",
    "leave depart",
    "seize confiscate",
)
_ACT_CLASS = {verb: group.split()[0] for group in _ACT_CLASSES_TEXT for verb in group.split()}


def _act_class(verb: str) -> str:
    """The class of a verb's lemma (:data:`_ACT_CLASSES_TEXT`: "suspend": "halt"), else the verb."""
    return _ACT_CLASS.get(verb, verb)


def _dates_agree(a: Event, b: Event) -> bool:
    """Neither tells a day the other's date leaves out: the same day, one undated or dated by the
    publication day guessed, or one day within the other's period."""
    if _same_day(a, b):
        return True
    assert a.when is not None and b.when is not None
    return _within(a.when, b.when) or _within(b.when, a.when)


def retold_acts(events: Sequence[Event], shown: float, told: dict[str, str]) -> dict[str, str]:
    """The ids of shown events (confidence ``shown`` or more) that tell again in other words an
    act a shown event of an earlier sentence told ("Albright meets with three leaders of the Serbian
    opposition", then "Albright meets with three members of the opposition Zajedno coalition";
    "Blasts killed 388 people", then "388 people were killed"), each mapped to that event's id.
    Two agreements, never shared words alone: the same act (the same main verb, not a light verb
    or a saying, not a stance kind, both told as done or both planned) and either the
    same actor (a word of the subject in common, or the first actor, with a word of the predicate
    beyond the verb in common too) or the same count (a figure of ten or more, or a count with a
    word in common). Their kinds the same, or one of them OTHER. Not when their dates tell two
    days, their counts, actors or their subjects' names differ, one is a quotation, or the
    later's clause says it is another ("also", "other", "again", "second": ``told`` maps an
    event's id to the words that tell it)."""
    out: dict[str, str] = {}
    seen: list[tuple[Event, str]] = []
    for e in events:
        if e.confidence < shown or not e.sources:
            continue
        if (
            e.kind.value in _STANCE_KINDS
            or e.status is Status.DENIED
            or is_saying(e.title)
            or any(q in e.title for q in ('"', "“", ":"))
        ):
            continue
        verb = _main_verb(e.title)
        if verb and verb not in _LIGHT_VERBS and not _ANOTHER.search(told.get(e.id, e.description)):
            for b, their_verb in seen:
                if b.id not in out and _act_again(b, e, verb, their_verb):
                    out[e.id] = b.id
                    break
        seen.append((e, verb))
    return out


def _big_counts(title: str) -> frozenset[str]:
    """The counts of ten or more a title tells ("388 people were killed": "388")."""
    return frozenset(c for c in _counts(title) if c.isdigit() and int(c) >= 10)


# a plan told in the past ("Wen was to tour a satellite facility"), which the status may read as done
_WAS_TO = re.compile(r"\b(?:was|were|is|are) (?:due |set |scheduled )?to [a-z]+", re.IGNORECASE)


def _act_standing(e: Event) -> str:
    """:func:`_standing`, with a plan told in the past ("was to tour", "is due to present") planned."""
    return "planned" if e.status is not Status.DENIED and _WAS_TO.search(e.title) else _standing(e)


def _one_patient(b: Event, e: Event, verb: str) -> bool:
    """Whether ``e``, told in the passive of one person named ("Varga was arrested"), tells again
    the act ``b`` told of that person by a role or by the name ("Police arrest opposition leader",
    "Newspaper boss was killed in car bombing", "Security forces detained Varga", "Varga was
    detained"): ``e``'s main verb ``verb`` or one of its class (:func:`_act_class`) among ``b``'s
    words, the same kind, both dated to one day, no count in either, ``e``'s subject a name alone,
    and ``b``'s person (the words after its verb, or its passive subject) named by no other name."""
    if _act_class(verb) not in {_act_class(_lemma(w)) for w in re.findall(r"[a-z]+", b.title.lower())}:
        return False
    if b.kind != e.kind or b.when is None or e.when is None or b.when.iso()[:10] != e.when.iso()[:10]:
        return False
    if not _passive(e.title) or _counts(b.title) or _counts(e.title):
        return False
    subject = _subject_lemmas(e.title)
    if not subject or not subject <= _names(e.title) or len(subject) > 2:
        return False  # "Varga was arrested", not "Varga's aide was arrested"
    names, their_subject = _names(b.title), _subject_lemmas(b.title)
    if _passive(b.title):
        return not names & their_subject or names & their_subject == subject  # "Newspaper boss was killed"
    return not names - their_subject or subject <= names - their_subject  # "Police arrest opposition leader"


@lru_cache(maxsize=4096)
def _counted(title: str) -> frozenset[tuple[str, str]]:
    """A title's counts each with the nouns of the two words after it ("Three air passengers were
    detained": ("3", "air"), ("3", "passenger"))."""
    words = re.findall(r"[a-z0-9][a-z0-9.,-]*", title.lower())
    out = set()
    for i, w in enumerate(words):
        count = _count_of(w)
        for after in words[i + 1 : i + 3] if count else ():
            lemma = _lemma(after)
            if after in _PASSIVE or after in _FUNCTION or after in _PLAIN or not _names_a_thing_or_act(lemma):
                break
            out.add((count, lemma))
    return frozenset(out)


def _act_again(b: Event, e: Event, verb: str, their_verb: str) -> bool:
    """Whether ``e`` (its title's main verb ``verb``) tells again the act ``b`` (``their_verb``),
    of an earlier sentence, told: see :func:`retold_acts`."""
    if _act_standing(b) != _act_standing(e) or _same_sentence(b, e) or not _dates_agree(b, e):
        return False
    if b.kind != e.kind and "OTHER" not in (b.kind.value, e.kind.value):
        return False  # an arrival read as a visit beside one read as other is one kind
    if _negated(b.title) != _negated(e.title):
        return False
    if e.actors and b.actors and not set(e.actors) & set(b.actors):
        return False  # two golfers firing a 67, two teams
    if _one_patient(b, e, verb):
        return True  # one person told by a role, then by name
    names = _names(e.title) & _subject_lemmas(e.title)
    their_names = _names(b.title) & _subject_lemmas(b.title)
    if names and their_names and not names & their_names:
        return False  # "Telkom ...", "BNI ...": two actors named
    # a name the earlier sentence does not tell: another place or party ("16 miners were killed in
    # a gas explosion at the Shagou colliery" after "A coal mine blast has killed 16 miners")
    told_names = _names(e.title) <= {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", b.description)}
    if _act_class(their_verb) != _act_class(verb):
        # a figure told in the earlier sentence's participle ("Blasts rocked the city, killing 388"),
        # then as the happening of its own ("388 people were killed")
        big = _big_counts(e.title)
        return (
            bool(big & _counts(b.description))
            and told_names
            and verb in {_lemma(w) for w in re.findall(r"[a-z]+", b.description.lower())}
        )
    if _told_apart(b.title, e.title, one_day=True):
        return False  # other counts, or the roles swapped
    common = _lemmas(e.title) & _lemmas(b.title) - {verb, their_verb}
    counts = _counts(e.title) & _counts(b.title)
    subjects = bool(_subject_lemmas(e.title) & _subject_lemmas(b.title)) or bool(
        e.actors and b.actors and e.actors[0] == b.actors[0]
    )
    beyond = common - _subject_lemmas(e.title) - _subject_lemmas(b.title) - counts
    if subjects and beyond:
        return True  # the same actor and a word of the predicate
    if _passive(b.title) != _passive(e.title) and _counted(b.title) & _counted(e.title):
        return True  # "Three passengers were detained", "Police detain three passengers": one act
    same_count = any(int(c) >= 10 for c in counts if c.isdigit()) or bool(counts and beyond)
    return same_count and told_names  # the same count, and no name the earlier did not tell
