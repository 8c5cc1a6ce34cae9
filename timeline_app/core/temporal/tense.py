"""The tense of the clause that governs a time expression.

"Putin will receive Witkoff on Tuesday" names the coming Tuesday; "Rubio met them on
Sunday" the Sunday just gone. A full parser is not needed for this: the nearest
tense-bearing word in the same sentence (a modal, a past-tense verb, a phrase like
"is expected to") decides, looking first at the words before the expression.
The event extractor uses :func:`governing_tense` for the same purpose.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from timeline_app.core.temporal.lexicon import words as _words
from timeline_app.core.temporal.lowered import matches as lowered_matches
from timeline_app.core.temporal.lowered import twin as lowered_twin
from timeline_app.core.temporal.triggers import folds_oddly
from timeline_app.core.text import sentence_starts

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_FUTURE_WORDS = frozenset(
    _words(
        "will 'll shall won't upcoming forthcoming coming tomorrow scheduled payable effective "
        "expires expire expiring might"
    )
)
"""Single words that put a clause in the future. Words that are future only in a phrase ("plans to",
"is expected to", "next week") are matched as phrases: "plans" alone is a noun, "next" may be "next to"."""
_FUTURE_PHRASES = re.compile(
    # (one word boundary ahead of all the phrases, each of which then starts with a letter: the
    # engine tests the boundary once a position and skips a phrase at its first letter; it is
    # searched around every time expression)
    r"\b(?:(?:is|are|am)\s+(?:to|due\s+to|set\s+to|going\s+to|expected\s+to|scheduled\s+to|scheduled|"
    r"slated\s+to|poised\s+to|planning\s+to|preparing\s+(?:for|to)|about\s+to|ready\s+to)\b"
    r"|(?:plans?|intends?|aims?|hopes?|vows?|pledges?|promises?|threatens?|expects?|ready|set|due)"
    r"\s+to\b(?=\s+(?!(?:the|a|an)\b)(?-i:[a-z]))"
    r"|prepares?\s+(?:for|to)\b|(?:will|shall|won't|would|'ll)\b|as\s+soon\s+as\b"
    # "an interview to be published on Wednesday", "the summit to be held Friday": a thing still
    # to come
    # (not "was believed to be", "is said to be", which tell what is thought of it, nor "the first to
    # be arrested": the words before "to", looked back at from after it)
    r"|to(?<![A-Za-z]ed\sto)(?<!\bsaid\sto)(?<!\bknown\sto)(?<!\bthought\sto)(?<!\bfirst\sto)"
    r"(?<!\blast\sto)(?<!\bonly\sto)\s+be\s+(?=(?-i:[a-z]+(?:ed|en)|held|sworn|set|put|cut|built|sent|paid)\b))",
    re.IGNORECASE,
)
_PAST_FUTURE_PHRASES = re.compile(
    r"\b(?:(?:was|were)\s+(?:to|due\s+to|set\s+to|going\s+to|expected\s+to|scheduled\s+to|scheduled|"
    r"slated\s+to|poised\s+to|planning\s+to|preparing\s+(?:for|to)|about\s+to|ready\s+to)\b"
    r"|(?:planned|intended|hoped|vowed|pledged|promised|threatened|expected|prepared|decided|agreed)"
    r"\s+to\b(?!\s+(?:the|a|an)\b)|(?:planned|scheduled|set|slated|expected|postponed|delayed|"
    r"adjourned|put\s+off)\s+(?:for|until|till)\b)",
    re.IGNORECASE,
)
"""A future seen from the past ("planned to leave on Thursday"): future for what follows it;
before it, the time is that of the planning ("On Friday, the government planned to pay")."""
_PAST_WORDS = frozenset(
    _words(
        "was were had did said told met made took went came gave held left began became found got "
        "saw sent spoke struck won lost fell rose paid sold bought brought thought knew led ran "
        "wrote shot fought sought stood broke chose drove flew grew hung kept meant overtook spent "
        "swept taught threw understood woke withdrew ago earlier yesterday last previously former "
        "formerly underwent overcame forbade foresaw withheld upheld overthrew undertook mistook "
        "forgave oversaw arose swore tore wore rode hid shook sank sang rang drank swam slid stole "
        "froze spun sprang stuck strode wept slept crept dealt caught bought fled retook "
        "overran blew drew felt built"
    )
)
_NOT_PAST_ED = frozenset(
    _words(
        "scheduled expected indeed need united red bed shed hundred speed seed feed embed bled led "
        "sacred naked wicked aged alleged based"
    )
)
_PAST_EED = frozenset(["agreed", "freed", "decreed", "disagreed", "guaranteed", "refereed"])
"""-eed words that are past tenses (unlike "succeed", "proceed", "exceed", "need")."""
_DETERMINERS = frozenset(
    _words("a an the this that these those its their his her our your my still newly already so-called")
)
_PLANNING = frozenset(["planned", "scheduled", "slated", "postponed"])
"""Verbs whose object happens later; they govern a time expression that follows them."""
_PASSIVE_AUX = frozenset(["be", "been", "being"])
_PRESENT_WORDS = frozenset(
    _words(
        "is are am does do says say remains remain meets hosts visits holds signs calls urges warns "
        "rejects arrives travels heads leaves opens begins starts launches kills strikes attacks "
        "announces votes approves condemns receives welcomes speaks tells faces returns resumes "
        "ends wins sends seeks hits accuses denies confirms unveils discusses addresses takes comes "
        "goes runs"
    )
)
"""Present tenses, with the verbs news headlines tell events in ("Putin meets Witkoff Tuesday")."""
_NOUN_LIKE = _PRESENT_WORDS - frozenset(_words("is are am does do says say remains remain"))
"""Present verbs that are also plural nouns ("Strikes", "Talks", "Attacks") when they open a sentence."""
_PERFECT_WORDS = frozenset(["has", "have"])
"""A present perfect tells of the past ("has been shelled since Monday")."""
_REPORTING = frozenset(
    _words(
        "said told announced reported added noted stated declared confirmed disclosed explained "
        "indicated insisted warned wrote estimated predicted forecast projected"
    )
)


def sentence_bounds(
    text: str, start: int, end: int, reach: int = 400, breaks: list[int] | None = None
) -> tuple[int, int]:
    """Offsets of the sentence around ``text[start:end]``, looking at most ``reach`` characters away."""
    if breaks is None:
        lo, hi = max(0, start - reach), min(len(text), end + reach)
        window = text[lo:hi]
        breaks = [lo + s for s in sentence_starts(window)]
    i = bisect_right(breaks, start) - 1
    left = max(breaks[i], start - reach)
    j = bisect_left(breaks, end)
    right = min(breaks[j] if j < len(breaks) else len(text), end + reach)
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


_DUE_LINKS = frozenset(["in", "on", "by", "at", "around", "before", "this", "next", "early", "late"])
_OBLIGING = frozenset(["should", "must", "ought"])
_NEGATIVE_SUBJECTS = frozenset(["neither", "nor", "no", "nobody", "none", "nothing", "noone"])


def _word_tense(word: str) -> str | None:
    w = word.lower()
    if w in _FUTURE_WORDS or word == "may":  # the modal; "May" is a month
        return "future"
    if w in _REPORTING:
        return "reported"
    if w in _PAST_WORDS:
        return "past"
    if w in _PERFECT_WORDS:
        return "perfect"
    if w in _PRESENT_WORDS:
        return "present"
    if (
        len(w) > 4
        and w.endswith("ed")
        and (not w.endswith("eed") or w in _PAST_EED)
        and w not in _NOT_PAST_ED
        and word[0].islower()
    ):
        return "past"
    return None


_BASE_PRESENT = frozenset(
    _words("meet resume hold begin start open end sign visit vote gather arrive return launch host head go")
)
_NOT_FINITE_BEFORE = frozenset(
    _words(
        "to not never did does do will would could can may might must should shall didn't don't "
        "doesn't won't can't cannot let help make be been being"
    )
)


_SINGLE = frozenset(_words("one another each every first last early late final"))
"""Words before a noun that a plural subject's present cannot follow ("one early sign", "another
visit", "the first meeting")."""


def _plural_present(words: list[re.Match[str]], i: int) -> bool:
    """ "Talks resume Thursday", "Leaders meet Monday": a plural subject's present, not an
    infinitive or a verb after an auxiliary ("did not meet")."""
    w = words[i].group()
    if w.lower() not in _BASE_PRESENT or i == 0:
        return False
    if words[i].string[words[i].end() : words[i].end() + 1] in (",", ";", ":"):
        return False  # "In one early sign, X sacked ...": a noun that closes its phrase, not a verb
    before = words[i - 1].group().lower()
    return before not in _NOT_FINITE_BEFORE and before not in _DETERMINERS and before not in _SINGLE


_RELATIVE = frozenset(_words("which that who"))


def _relative_present(words: list[re.Match[str]], i: int) -> bool:
    """ "which falls on Friday", "who heads the team": a lower-case -s word right after a
    relative pronoun is its clause's present-tense verb."""
    w = words[i].group()
    return (
        i > 0
        and words[i - 1].group().lower() in _RELATIVE
        and w[0].islower()
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
    )


_ASIDE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,.;:!?]*,")
"""A relative clause set off by commas: its verb tells of its own noun, not of the date after it."""
_AFTER_ASIDE = re.compile(r"\s*(?:in|at|on|during|with|through|by|from)\b[^,.;:!?]*", re.IGNORECASE)
"""What must follow an aside for the date to belong to the clause around it: a phrase opened by a
preposition ("..., in a statement on Sunday"), not the rest of a list ("..., president and ...")."""

_NOUN_PHRASE_REACH = 5
"""Words a plural noun may lie after the past verb whose object it heads ("condemned the latest
Russian drone strikes")."""


def _noun_after_past(words: list[re.Match[str]], i: int) -> bool:
    """Whether ``words[i]``, a present verb that is also a plural noun ("strikes", "attacks"), is
    the noun: right after a determiner or a possessive ("the strikes", "Russia's attacks"), or in
    the object of a past verb a few words before it with no other verb between."""
    w = words[i].group()
    if w.lower() not in _NOUN_LIKE or i == 0:
        return False
    before = words[i - 1].group().lower()
    if before in _DETERMINERS or before.endswith("'s"):
        return True
    for k in range(i - 1, max(-1, i - 1 - _NOUN_PHRASE_REACH), -1):
        t = _word_tense(words[k].group())
        if t is None:
            continue
        return t == "past" and not _participle(words, k)
    return False


def _participle(words: list[re.Match[str]], i: int) -> bool:
    """Whether the -ed word ``words[i]`` is a participle: "to be completed", "a still unspecified date",
    "Zaire's embattled president"."""
    if i == 0:
        return False
    before = words[i - 1].group().lower()
    return before in _PASSIVE_AUX or before in _DETERMINERS or before.endswith(("'s", "’s"))


_NOUN_PLANS = frozenset(_words("plan plans aim aims hope hopes vow vows pledge pledges promise promises"))
_NOUN_LEAD = re.compile(
    r"(?:\b(?:a|an|the|this|that|its|their|his|her|our|new|latest)|\w-[A-Za-z]+|['’]s)\s+$", re.IGNORECASE
)


_PLUPERFECT = re.compile(r"\b(?:had\s+been|had|previously|originally)\s+$", re.IGNORECASE)
"""Before a plan ("had been due to expire Friday", "as previously planned"): the plan is seen
from after its time, so it does not put the date ahead."""


def _noun_plan(text: str, m: re.Match[str]) -> bool:
    """ "the 21-point plan to Arab leaders", "Trump's plan to end the war": a noun, not a future."""
    head = m.group().split(None, 1)[0].lower()
    return head in _NOUN_PLANS and bool(_NOUN_LEAD.search(text, max(0, m.start() - 24), m.start()))


def governing_tense(text: str, start: int, end: int, breaks: list[int] | None = None) -> str | None:
    """ "past", "perfect", "present", "future" or None for the clause around ``text[start:end]``.

    "perfect" ("has set Nov. 10 as the deadline") tells of the past, but a date in such a
    clause is not when the act happened (English does not say "has met on Friday"), so rules
    that place a full date treat it as no tense at all.

    The nearest marker before the expression in its sentence decides ("Peskov said Putin
    will receive him on Tuesday": "will"); when there is none, the words after it count
    ("On Sunday, Rubio met ..."). A verb of saying ("said", "announced") governs a report
    whose own tense may differ, so it decides only for an expression right next to it
    ("announced Monday") or when nothing else in the sentence does.
    """
    if text[end : end + 2] in ("'s", "’s"):
        # "Wednesday's ruling": an event already spoken of, even in a future clause ("will appeal
        # Wednesday's ruling"), unless a phrase looks ahead to it ("in the run-up to Sunday's vote")
        # or a future clause tells of a happening set for that day ("would lead the party at
        # April's election"), or a day's programme or occasion is what a future tells of ("Saturday's
        # show will feature ...", "tune in to Saturday's show"), or one readied for in a clause not in
        # the past ("a capacity has been set for Saturday's show", "tickets for Sunday's match are
        # sold out"; not "he was fined for Saturday's match")
        if _AHEAD_OF.search(text, max(0, start - 24), start):
            return "future"
        if _SET_FOR.match(text, end + 2) and _clause_tense(text, start, end, breaks) == "future":
            return "future"
        if _OCCASION_AHEAD.match(text, end) or _INVITED_TO.search(text, max(0, start - 30), start):
            return "future"
        if _FOR_OCCASION.search(text, max(0, start - 12), start) and _OCCASION.match(text, end):
            return "future" if _clause_tense(text, start, end, breaks) in _NOT_PAST else "past"
        return "past"
    return _clause_tense(text, start, end, breaks)


_SET_FOR = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:election|elections|vote|poll|polls|referendum|summit|meeting|talks|session|"
    r"conference|visit|funeral|ceremony|match|final|race|game|inauguration|deadline|launch|opening)\b"
)
"""Happenings set for a day ahead ("April's election", "Sunday's funeral"), as opposed to one
already done ("Wednesday's ruling")."""


_NOT_PAST = frozenset(["present", "future", "perfect"])


_OCCASIONS = (
    r"(?:show|programme|program|broadcast|episode|edition|concert|gig|match|game|race|final|debate|"
    r"vote|election|ballot|referendum|summit|meeting|talks|hearing|session|rally|march|parade|"
    r"ceremony|festival|launch|deadline)"
)
_OCCASION_AHEAD = re.compile(
    r"['’]s(?:\s+[\w-]+){0,2}?\s+" + _OCCASIONS + r"\s+(?:will|shall|is\s+(?:to|due|set|expected|scheduled|"
    r"slated|going)|are\s+(?:to|due|set|expected|scheduled|slated|going))\b",
    re.IGNORECASE,
)
"""A day's occasion that a future tells of: "Saturday's show will feature ...", "Sunday's vote is
expected to ..." (not "Friday's ruling will be appealed": a ruling is done when it is named)."""
_OCCASION = re.compile(r"['’]s(?:\s+[\w-]+){0,2}?\s+" + _OCCASIONS + r"\b", re.IGNORECASE)
_FOR_OCCASION = re.compile(r"\b(?:for|before|until|till)\s+$", re.IGNORECASE)
_INVITED_TO = re.compile(
    r"\b(?:tune\s+in\s+(?:to|for)|listen\s+to|watch|join\s+(?:us|me|them)\s+(?:for|on)|don't\s+miss|"
    r"look\s+out\s+for|catch)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A listing's invitation to a day's programme still to come ("tune in to Saturday's show")."""


_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|run-up\s+to|lead-up\s+to|build-up\s+to|countdown\s+to|eve\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Phrases that look ahead to the day they name ("on the eve of Sunday's vote")."""


def _clause_tense(text: str, start: int, end: int, breaks: list[int] | None) -> str | None:
    left, right = sentence_bounds(text, start, end, breaks=breaks)
    phrase_before, phrase_after = _future_phrases(text, left, right, start, end)
    decided, reported = _tense_before(text, _clause_words(text, left, start), phrase_before)
    if (
        decided == "future"
        and phrase_before is not None
        and _MONTH.fullmatch(text, start, end)
        and _seen_from_past(text, left, start, phrase_before)
    ):
        return None  # "decided to cut output in October": a plan told from the past, either side of now
    if decided is not None:
        return decided
    if phrase_before is not None and reported is None:
        return "future"
    if reported is None and _headline_future(text, left, start):
        return "future"  # "Putin to meet Witkoff Tuesday": a headline's future
    return _tense_after(text, end, right, phrase_after, reported)


_MONTH = re.compile(
    r"(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)",
    re.IGNORECASE,
)
"""A month without a day or a year: of a plan told from the past, the nearest such month (a
weekday of such a plan is still the coming one: "was due to leave Thursday")."""
_EITHER_SIDE = re.compile(
    r"\b(?:was|were)\s+(?:to|due\s+to|set\s+to|scheduled\s+to|expected\s+to)\b"
    r"|\b(?:decided|agreed)\s+to\b(?!\s+(?:the|a|an)\b)",
    re.IGNORECASE,
)
"""Past future phrases whose plan may have come before the story's day as well as after it ("decided
to cut output in October", "was to take delivery in May"); "planned to", "hoped to" look ahead."""


def _seen_from_past(text: str, left: int, start: int, phrase_end: int) -> bool:
    """Whether the last future phrase before the expression, ending at ``phrase_end``, is a past
    one ("decided to", "agreed to", "was to") with no plain future after it: what it announces may
    lie before or after the story's day."""
    if not any(m.end() == phrase_end for m in _EITHER_SIDE.finditer(text, left, start)):
        return False
    return not any(_word_tense(m.group()) == "future" for m in _WORD.finditer(text, phrase_end, start))


def _future_phrases(text: str, left: int, right: int, start: int, end: int) -> tuple[int | None, int | None]:
    """Where the last future phrase ("is expected to") before the expression ends; where the next starts."""
    phrase_before = None
    phrase_after = None
    for m in _found(_FUTURE_PHRASES, _FUTURE_TWIN, text, left, right):
        if _noun_plan(text, m) or _PLUPERFECT.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.end() <= start:
            phrase_before = m.end()
        elif m.start() >= end and phrase_after is None:
            phrase_after = m.start()
    for m in _found(_PAST_FUTURE_PHRASES, _PAST_FUTURE_TWIN, text, left, start):
        phrase_before = max(phrase_before or 0, m.end())
    return phrase_before, phrase_after


_FUTURE_TWIN = lowered_twin(_FUTURE_PHRASES)
_PAST_FUTURE_TWIN = lowered_twin(_PAST_FUTURE_PHRASES)


def _found(
    pattern: re.Pattern[str], twin: tuple[re.Pattern[str], bool] | None, text: str, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)``, searched for in the lower-cased text where that gives
    the same matches (see :mod:`~timeline_app.core.temporal.lowered`): twice as fast, and the
    phrases are looked for around every time expression."""
    lowered = _lowered(text)
    if twin is None or lowered is None:
        return pattern.finditer(text, lo, hi)
    return lowered_matches(pattern, twin, text, lowered, lo, hi)


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """The lower-cased article (made once for all its expressions), or None when lower-casing it
    would move offsets or fold letters onto ASCII ones."""
    return None if folds_oddly(text) else text.lower()


def _clause_words(text: str, left: int, start: int) -> list[re.Match[str]]:
    """The words of the sentence before the expression, less an aside ("which Israel says targets ...")."""
    words = list(_WORD.finditer(text, left, start))
    asides = [
        (a.start(), a.end())
        for a in _ASIDE.finditer(text, left, start)
        if _AFTER_ASIDE.fullmatch(text, a.end(), start)
    ]
    if asides:  # "condemned the move, which Israel says targets militants, on Sunday": not the clause's verb
        words = [w for w in words if not any(lo <= w.start() < hi for lo, hi in asides)]
    return words


def _tense_before(
    text: str, words: list[re.Match[str]], phrase_before: int | None
) -> tuple[str | None, str | None]:
    """(tense, reported): the nearest marker before the expression decides its tense; a verb of saying
    further back only reports ("past"), and the words after the expression may still decide."""
    for i, m in enumerate(reversed(words)):
        if phrase_before is not None and m.start() < phrase_before:
            return "future", None
        low = m.group().lower()
        # (the words after it are gathered only for the two words that read them: once a word
        # they made the walk back quadratic)
        if low == "due" and i <= 1 and _words_after(words, i) <= _DUE_LINKS:
            return "future", None  # "the election due in May", "bonds due Nov. 1": when it falls due
        if low == "postponed" and not _words_after(words, i) & {"until", "till", "to", "for"}:
            pass  # "flights were postponed because of fog Saturday night": the postponing, not its new day
        elif low in _PLANNING:
            if _PLUPERFECT.search(text, max(0, m.start() - 12), m.start()):
                return "past", None  # "had been scheduled to expire Friday": a plan seen from after it
            return "future", None  # "planned a demonstration on Saturday": what was planned lies ahead
        t = _word_tense(m.group())
        j = len(words) - 1 - i
        if low == "could" and j + 1 < len(words):
            # "talks could be held on Monday": a possibility ahead, as with "may" and "might";
            # "could not" and "could have" tell of the past ("could not be reached on Monday")
            negative = {w.group().lower() for w in words[:j]} & _NEGATIVE_SUBJECTS
            if words[j + 1].group().lower() not in ("not", "n't", "have", "never", "hardly") and not negative:
                t = "future"  # "neither he nor ... could be located Wednesday": past, as "could not"
        if low in _OBLIGING and j + 1 < len(words):
            # "should not be concerned ... before the handover in July": what ought to be lies
            # ahead ("should have", "must have" tell of the past)
            nxt = [w.group().lower() for w in words[j + 1 : j + 3]]
            t = None if "have" in nxt or "'ve" in nxt else "future"
        if t == "past" and j > 0 and words[j - 1].group().lower() in _PERFECT_WORDS:
            t = "perfect"  # "has invited them to a ceremony on March 12"
        if t == "present" and i == len(words) - 1 and m.group()[0].isupper() and low in _NOUN_LIKE:
            t = None  # "Strikes hit Kyiv": a sentence's capitalised first word is its subject
        if t == "present" and _noun_after_past(words, j):
            t = None  # "condemned the strikes in a joint declaration on Sunday": the past verb governs
        if t is None and _plural_present(words, len(words) - 1 - i):
            t = "present"  # "Talks resume Thursday"
        if t is None and _relative_present(words, j):
            t = "present"  # "World AIDS Day, which falls on Friday"
        if t == "past" and _participle(words, len(words) - 1 - i):
            continue  # "to be completed by Dec. 15": a participle, not a past tense
        if t == "future" and any(
            w.group().lower() == "had" for w in words[max(0, len(words) - 5 - i) : -1 - i]
        ):
            return "past", None  # "had been due to expire Friday": the plan is seen from after its time
        if t == "reported":
            if i <= 1:
                return "past", None
            return None, "past"
        if t:
            return t, None
    return None, None


def _words_after(words: list[re.Match[str]], i: int) -> set[str]:
    """The lower-cased words after the ``i``-th word from the end."""
    return {w.group().lower() for w in words[len(words) - i :]}


def _tense_after(
    text: str, end: int, right: int, phrase_after: int | None, reported: str | None
) -> str | None:
    """The tense the words after the expression tell ("On Sunday, Rubio met"), or the report's."""
    after = list(_WORD.finditer(text, end, right))
    aside_end = -1
    for i, m in enumerate(after):
        if m.start() < aside_end:
            continue
        if m.group() in ("who", "which", "whose") and text[max(0, m.start() - 2) : m.start()].strip() == ",":
            # "On Monday, Ruiz, who heads the party, promised ...": the aside's verb is not the clause's
            comma = text.find(",", m.end(), right)
            if comma > 0:
                aside_end = comma
                continue
        if reported and m.group() == "that":
            return reported  # "told reporters on Tuesday that it might ...": the telling's time
        if phrase_after is not None and m.start() >= phrase_after:
            return "future"
        t = _word_tense(m.group())
        if t == "past" and _participle(after, i):
            continue
        if t:
            return "past" if t == "reported" else t  # "On Monday, Zelensky stated ...": the main verb
    if phrase_after is not None:
        return "future"
    return reported


_NOT_VERBS_AFTER_TO = frozenset(
    _words(
        "power office court prison death life market work school war trial date be been bed "
        "jail hospital church home town rest sea people police staff media public"
    )
)


_HEADLINE_TO = re.compile(r"[\s\"'“‘(]*(?:[A-Z][\w.'’&-]*\s+){1,4}to\s+(?P<verb>[A-Za-z]+)\b")
_HEADLINE_VERBS = frozenset(
    [w[:-2] if w.endswith(("ches", "shes", "sses")) else w[:-1] for w in _PRESENT_WORDS if w.endswith("s")]
    + _words("impose meet hold sign visit host discuss get make take give keep lift ban cut raise")
)
"""Verbs a title-case headline may capitalise ("EU Leaders to Impose Sanctions")."""


def _headline_future(text: str, left: int, start: int) -> bool:
    """A sentence that opens "Name(s) to verb" is headline English for "will verb"."""
    m = _HEADLINE_TO.match(text, left, start)
    if m is None:
        return False
    verb = m["verb"]
    if verb[0].isupper():
        return verb.lower() in _HEADLINE_VERBS
    return verb not in _NOT_VERBS_AFTER_TO and verb not in _DETERMINERS


def infinitive_before(text: str, start: int, breaks: list[int] | None = None) -> bool:
    """Whether the expression at ``start`` belongs to an infinitive ("agreed to acquire the bank
    in January", "subpoenaed him to testify on Feb. 10"): such a clause happens after the verb
    that governs it, so a past tense there says little about the date's year."""
    left, _ = sentence_bounds(text, start, start, breaks=breaks)
    words = list(_WORD.finditer(text, left, start))
    for i in range(len(words) - 1, 0, -1):
        w = words[i].group()
        to = words[i - 1]
        if (
            to.group().lower() == "to"
            and text[to.end() : words[i].start()].isspace()
            and w.islower()
            and w not in _NOT_VERBS_AFTER_TO
        ):
            plural = w.endswith("s") and not w.endswith(("ss", "us"))  # "sent aid to refugees in March"
            return (
                w not in _DETERMINERS
                and not plural
                and not w.endswith(("ing", "ed"))
                and start - words[i].start() < 80
            )
        if _word_tense(w):
            return False
    return False


_DAY_LINKS = frozenset(["on", "in", "at", "late", "early", "since", "by", "before", "after", "until"])
_NOT_PAST_BEFORE = frozenset(_words("be to will would shall can could may might must should been being"))


def past_verb_before(text: str, start: int) -> bool:
    """Whether a past verb of the expression's own clause stands right before it ("The war began
    on October 7", "fighters attacked Israel on Oct. 7", "was signed in May"): only a preposition
    between them, and the verb not an infinitive's or a future's ("is to be declared on July 27")."""
    words = list(_WORD.finditer(text, max(0, start - 60), start))
    k = len(words) - 1
    while k >= 0 and words[k].group().lower() in _DAY_LINKS:
        k -= 1
    if k < 0 or k == len(words) - 1 or _word_tense(words[k].group()) not in ("past", "reported"):
        return False
    if not text[words[k].end() : start].replace(" ", "").isalpha():
        return False  # punctuation between: another clause's verb
    return k == 0 or words[k - 1].group().lower() not in _NOT_PAST_BEFORE
