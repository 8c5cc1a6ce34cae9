"""Predicates (verbs with their tense) and clause segments of a sentence.

A shallow reading, not a parse: verbs are found with the lexicon and a few part-of-speech
rules (a form after "the" is a noun or adjective; an -s form is a verb only after its
subject), tense from the auxiliaries before the verb, and clause segments cut at commas,
quotes and subordinating words. This is what the dating step needs to tell which verb a
time expression belongs to ("announced Monday that ..."), at a fraction of a parser's cost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from timeline_app.core.extract import wordclass
from timeline_app.core.extract.lexicon import SPEECH, Lexicon, Verb
from timeline_app.core.extract.vocabulary import (
    ADVERBS,
    BOUNDARY_WORDS,
    DAY_MONTH_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
)
from timeline_app.core.model import Kind
from timeline_app.core.text import Token

__all__ = ["ADVERBS", "BOUNDARY_WORDS", "DETERMINERS", "Predicate", "predicates", "segments"]

SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "who", "which", "there"])
MODALS_FUTURE = frozenset(["will", "shall", "'ll", "wo"])
MODALS = frozenset(["would", "could", "can", "may", "might", "must", "should", "ought"])
BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am", "'s"])
HAVE = frozenset(["has", "have", "had", "having"])
FUTURE_FRAMES = ("is to", "are to", "is scheduled to", "are scheduled to", "is set to", "are set to",
                 "is due to", "are due to", "is expected to", "are expected to", "plans to", "plan to",
                 "is going to", "are going to", "prepares for", "prepare for", "preparing for",
                 "is preparing", "are preparing", "intends to", "will",
                 "is ready to", "are ready to", "be ready to", "be set to", "be expected to",
                 "be due to", "be scheduled to", "was to", "were to", "is likely to", "are likely to",
                 "was expected to", "were expected to", "was due to", "were due to", "was scheduled to",
                 "were scheduled to", "was set to", "were set to")  # fmt: skip
COPULAS = frozenset(["be", "have", "do", "seem", "appear", "become", "get"])


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(slots=True)
class Predicate:
    index: int  # token index of the verb
    verb: Verb
    tense: str  # past, present, future, perfect, conditional
    finite: bool
    passive: bool = False
    negated: bool = False
    modal: str = ""
    segment: int = 0
    # the verb's lemma and whether it is one of saying, stored: rules ask for them thousands of
    # times an article (a verb is never replaced once read)
    lemma: str = field(init=False, repr=False, compare=False)
    is_speech: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.lemma = self.verb.lemma
        self.is_speech = self.verb.lemma in SPEECH

    @property
    def kind(self) -> Kind | None:
        return self.verb.kind

    @property
    def is_light(self) -> bool:
        return self.verb.lemma in COPULAS


_PUNCTUATION_BOUNDARIES = frozenset([",", ";", ":", "(", ")", '"', "“", "”", "—", "–"])


def segments(tokens: list[Token]) -> list[int]:
    """A segment number for every token; a new segment starts at a clause boundary (a boundary
    word only after the first token)."""
    if not tokens:
        return []
    seg = 1 if tokens[0].lower in _PUNCTUATION_BOUNDARIES else 0
    boundaries = _BOUNDARIES
    # (a running count of the boundaries: the sum is taken in C, not word by word)
    return list(accumulate([t.lower in boundaries for t in tokens[1:]], initial=seg))


_BOUNDARIES = _PUNCTUATION_BOUNDARIES | BOUNDARY_WORDS


def predicates(
    tokens: list[Token],
    lex: Lexicon,
    name_tokens: set[int],
    adjectives: frozenset[int] | set[int] = frozenset(),
    segs: list[int] | None = None,
    lows: list[str] | None = None,
) -> list[Predicate]:
    """The verbs of a sentence, in order, with their tense and whether they are finite.

    ``adjectives`` are token indices of demonyms ("American"): a word after one is a noun
    ("American aid groups"), not a verb. ``segs`` and ``lows`` (the tokens' lower-case words),
    when the caller has them already, are read, not changed.
    """
    segs = segs if segs is not None else segments(tokens)
    out: list[Predicate] = []
    lows = lows if lows is not None else [t.lower for t in tokens]
    for i, tok in enumerate(tokens):
        if i in name_tokens or (tok.text[:1].isupper() and i > 0):
            continue
        verb = lex.verb(tok.text)
        if verb is None:
            low = lows[i]
            # the two readers refuse at once what they cannot read (most tokens): skip the calls
            if low.endswith("ed"):
                verb = _unknown_past(tokens, i, name_tokens)
            if verb is None and low.isalpha() and low not in _NO_CONTEXT_VERB:
                can = lex.any_verb(low)  # (what _verb_by_context asks first, cached a word)
                if can is not None and can.form in ("base", "s"):
                    verb = _verb_by_context(tokens, lex, lows, i, name_tokens, out)
        if verb is None or (tok.lower == "according" and i + 1 < len(tokens) and lows[i + 1] == "to"):
            continue
        prev = _prev_word(lows, i)
        prev_low = lows[prev] if prev is not None else ""
        if prev is not None and prev in adjectives and verb.form in ("base", "s"):
            continue
        if (
            prev is not None
            and prev in name_tokens
            and verb.form in ("base", "s")
            and _noun_after_name(tokens, lows, i, prev, prev_low, verb, name_tokens)
        ):
            continue
        if verb.lemma in ("be", "have", "do") and _next_verb(tokens, lex, i, name_tokens, verb.lemma == "be"):
            continue  # an auxiliary
        if (
            prev_low in DETERMINERS
            or prev_low.endswith("-point")
            or (verb.form == "ing" and _is_number(prev_low))
            or (tok.lower == "won" and _is_amount(prev_low))
        ):
            continue
        aux = _auxiliaries(lows, i)
        finite = _finiteness(tokens, lex, lows, i, prev, prev_low, verb, aux, adjectives, name_tokens, out)
        if finite is None:
            continue
        tense = _tense(lows, i, verb, aux)
        out.append(
            Predicate(
                i,
                verb,
                tense,
                finite,
                passive=bool(aux & BE) and verb.form == "past",
                # "has neither confirmed nor denied": both verbs are negated
                negated=bool(aux & _NEGATING) or (i > 0 and lows[i - 1] in ("neither", "nor")),
                modal=_nearest_modal(lows, i, aux),
                segment=segs[i],
            )
        )
    _reduced_relatives(out, lows, name_tokens)
    return out


def _finiteness(
    tokens: list[Token],
    lex: Lexicon,
    lows: list[str],
    i: int,
    prev: int | None,
    prev_low: str,
    verb: Verb,
    aux: set[str],
    adjectives: frozenset[int] | set[int],
    name_tokens: set[int],
    out: list[Predicate],
) -> bool | None:
    """Whether the verb form at ``i`` is finite, by its form; None when it is no verb here."""
    if verb.form == "base":
        return _base_form_finite(
            tokens, lex, lows, i, prev, prev_low, verb, aux, adjectives, name_tokens, out
        )
    if verb.form == "s":
        return _s_form_is_verb(tokens, lex, lows, i, prev, prev_low, adjectives, name_tokens, out) or None
    if verb.form == "ing":
        if not aux and _modifier_ing(tokens, lows, i, prev):
            return None
        return _ing_form_finite(tokens, lows, i, prev_low, aux)
    if verb.form == "past":
        if _participle_adjective(tokens, lows, i, prev, out):
            return None
        if _opening_participle(tokens, lex, lows, i, prev):
            return None
        if prev_low == "of" and not aux:
            return None  # "the number of injured", "a list of wounded": the people, no verb
        if "to" in aux and "be" in aux and not aux & (_FINITE_AUX | MODALS_FUTURE):
            return False  # "to be recurrently subjected to": a passive infinitive
        return not _past_participle(tokens, lows, i, prev, prev_low, aux, out)
    return True


def _noun_after_name(
    tokens: list[Token], lows: list[str], i: int, prev: int, prev_low: str, verb: Verb, name_tokens: set[int]
) -> bool:
    """Whether a base or -s form after a name is a noun ("the NATO summit", "Iran talks resumed"), no verb."""
    tok = tokens[i]
    start = prev
    while start - 1 in name_tokens:
        start -= 1
    if start > 0 and lows[start - 1] in ("a", "an", "key", "close", "main", "another"):
        return True  # "a key U.S. ally": the name is a modifier
    after = lows[i + 1] if i + 1 < len(tokens) else ""
    if start > 0 and lows[start - 1] in _PREPOSITIONS and after in _PREPOSITIONS - {"to"}:
        return True  # "strikes on Houthi targets in Yemen": a noun phrase, no subject and verb
    if verb.form == "base" and start > 0 and lows[start - 1] in DETERMINERS and not prev_low.endswith("s"):
        return True  # "the NATO summit", "its EU ban" (but "the Palestinians reject")
    det = start - 1
    while det > 0 and start - det <= 2 and _plain_adjective(lows[det]):
        det -= 1
    if verb.form == "base" and det < start - 1 and lows[det] in _OWNERS and not prev_low.endswith("s"):
        return True  # "its latest Africa report": an owner's noun phrase, adjectives between
    # "China state media said", "Iran talks resumed": a noun after the name
    return tok.lower in NOMINAL_WORDS and not _object_after(tokens, i + 1) and after not in ("that", "to")


_OWNERS = frozenset(["its", "their", "his", "her", "our", "my", "your"])


def _plain_adjective(low: str) -> bool:
    """A word that is only an adjective ("latest", "annual"), never a verb or a noun."""
    return wordclass.classes(low) == {"ADJ"}


def _base_form_finite(
    tokens: list[Token],
    lex: Lexicon,
    lows: list[str],
    i: int,
    prev: int | None,
    prev_low: str,
    verb: Verb,
    aux: set[str],
    adjectives: frozenset[int] | set[int],
    name_tokens: set[int],
    found: list[Predicate] | None = None,
) -> bool | None:
    """A base form: None when a noun or an adjective, else whether finite ("threatened to ban" is not)."""
    if prev_low in BE and verb.lemma != "be":
        return None  # "is ready to", "was clear", "will be free": an adjective after a form of "be"
    if verb.lemma == "back" and not aux and i + 1 < len(tokens) and lows[i + 1] in _BACK_PLACES:
        return None  # "get Europe back on its feet", "sent them back to Iraq": the adverb, no verb
    if i + 1 < len(tokens) and lows[i + 1] in _FINITE_AUX and lows[i + 1] not in ("has", "have", "had"):
        return None  # "the next NATO summit will be held": a verb is never followed by a modal
    if not aux and _compound_noun(tokens, lex, i):
        return None  # "EU finance ministers will meet": "finance" is a noun
    if (
        not aux
        and _verb_follows(tokens, lex, i)
        and lows[i + 1] not in _FINITE_AUX
        and _object_after(tokens, i + 2)
        and i + 2 not in adjectives
    ):
        return None  # "Artillery fire killed nine": a noun (not "reject proposed changes")
    if (
        not aux
        and prev_low not in SUBJECT_PRONOUNS
        and prev_low != "to"
        and not (prev is not None and prev in name_tokens)
        and not (prev is not None and _plural_subject(tokens, lex, lows, i, prev, found or []))
        and not _coordinated(tokens, lows, i, verb, found or [])
    ):
        return None
    if prev_low == "please" and (prev == 0 or (prev is not None and lows[prev - 1] in ('"', "“", ":"))):
        return None  # "Please consider ...": a request to the reader, no event
    return prev_low != "to" or "ought" in aux  # "threatened to ban": the infinitive of the verb before


_BACK_PLACES = _words("on in into to from at home onto")
_CLOSING_QUOTES = frozenset(['"', "”", "''"])


def _s_form_is_verb(
    tokens: list[Token],
    lex: Lexicon,
    lows: list[str],
    i: int,
    prev: int | None,
    prev_low: str,
    adjectives: frozenset[int] | set[int],
    name_tokens: set[int],
    found: list[Predicate],
) -> bool:
    """Whether an -s form is a verb with a subject ("Russia rejects"), not a plural noun ("peace talks")."""
    tok = tokens[i]
    if i >= 2 and lows[i - 1] in _CLOSING_QUOTES and lows[i - 2] in (",", "?", "!"):
        verb = lex.verb(tok.text)
        if verb is not None and verb.lemma in SPEECH:
            return True  # '"...," says Baker': a verb of saying inverted after the quotation
    subject = prev is not None and (
        prev in name_tokens
        or prev_low in SUBJECT_PRONOUNS
        or (prev == 0 and prev_low == "this")  # "This highlights a growing gap"
        or _after_aside(lows, i, found)
        or _unknown_name_subject(tokens, lows, i, prev)
    )
    if not subject and not (prev is not None and _is_noun_like(tokens, prev, lex, found)):
        return False
    if not subject and prev is not None and _plural_noun(lows[prev]):
        return False  # "the solutions offers": a plural noun is no subject of an -s form
    before = lex.verb(prev_low) if prev is not None else None
    ing = (before is not None and before.form == "ing") or (len(prev_low) > 5 and prev_low.endswith("ing"))
    if ing and not subject:
        return False  # "dashing hopes": the object of the -ing verb
    if prev is not None and (
        _is_number(prev_low)
        or (not subject and _modifies(tokens, lex, prev, adjectives) and not wordclass.verb_only(tok.lower))
    ):
        return False  # "two suspects", "launched missile strikes", "Russian air bases": nouns
    if tok.lower in NOMINAL_WORDS and not subject:
        return False  # "fresh peace talks", "U.S. goods exports": the noun, not a verb
    if not subject and _plural_noun(tok.lower) and i + 1 < len(tokens) and lows[i + 1] in ("and", "or"):
        return False  # "bank stocks and property shares fell": a plural noun heading a list
    if not subject and prev is not None and any(q.index == prev - 1 for q in found or []):
        kinds = wordclass.classes(prev_low)
        if "ADJ" in kinds and "NOUN" not in kinds and "VERB" not in kinds:
            return False  # "unveil significant changes": the object of the verb before
    nxt = lex.verb(lows[i + 1]) if i + 1 < len(tokens) else None
    if (
        nxt is not None
        and nxt.form == "base"
        and _plural_noun(tok.lower)
        and wordclass.verb_only(lows[i + 1])
    ):
        return False  # "Local volunteers purify the water": the plural noun before a verb
    # not "Serb forces killed ...": a plural noun before the verb
    # (but "Cathay Pacific now replaces used pillows": a form that can only be a verb, after its subject)
    return (
        prev_low in SUBJECT_PRONOUNS
        or wordclass.verb_only(tok.lower)
        or not (tok.lower in PLURAL_GROUPS or _verb_follows(tokens, lex, i))
    )


def _ing_form_finite(
    tokens: list[Token], lows: list[str], i: int, prev_low: str, aux: set[str]
) -> bool | None:
    """An -ing form: finite after "be", None when it is the noun ("the ministers meeting in March")."""
    tok = tokens[i]
    if aux & BE:
        return True
    nxt = lows[i + 1] if i + 1 < len(tokens) else "."
    if tok.lower in NOMINAL_ING and prev_low not in _ING_INTRODUCERS and not nxt.isalpha():
        return None  # "a joint cabinet meeting, ...", "ministers meeting." : the noun
    if tok.lower in NOMINAL_ING and nxt in _PREPOSITIONS and prev_low not in _ING_INTRODUCERS:
        return None  # "the ministers meeting in March", "the bombing of the bridge"
    return False


def _past_participle(
    tokens: list[Token],
    lows: list[str],
    i: int,
    prev: int | None,
    prev_low: str,
    aux: set[str],
    found: list[Predicate] | None = None,
) -> bool:
    """Whether a past form is a participle ("a plan proposed by Washington"), not a finite verb."""
    k = i + 1
    while k < len(tokens) and lows[k] in DAY_MONTH_WORDS | {"last", "late", "early", "on"}:
        k += 1  # "a report issued Wednesday by a team": the time between verb and agent
    nxt = lows[k] if k < len(tokens) else ""
    if not aux and prev_low == "," and nxt != "by" and closes_relative(lows, i):
        return False  # "France, which holds the presidency, called for a session": the main verb
    agent = k + 1 < len(tokens) and (tokens[k + 1].text[:1].isupper() or lows[k + 1] in DETERMINERS)
    if not aux and nxt == "by" and agent and prev is not None and prev_low not in SUBJECT_PRONOUNS:
        return True  # "a plan proposed by Washington": a participle ("spoke by phone" is not)
    elif not aux and prev_low == "," and i > 1 and (nxt == "by" or nxt in _PARTICIPLE_LINKS):
        # "the agreement, signed at the bank by ...", "Troops, backed by tanks,", "posted a loss,
        # compared with ..."; not "Altindal, scoffed at reports that ...": the first verb of the
        # sentence after a stray comma, whose clause runs on
        closed = _closing_comma(lows, i) and _finite_after(lows, i)
        return nxt == "by" or closed or any(p.finite for p in found or [])
    elif not aux and prev == i - 1 and i > 1 and lows[i - 2] in ("with", "without"):
        return True  # "with fingers joined", "without a shot fired": a noun and its participle
    elif (
        not aux
        and prev_low == ","
        and nxt in _PREPOSITIONS
        and any(p.finite for p in found or [])
        and not (nxt == "to" and wordclass.verb_lemma(lows[i]) in _INFINITIVE_HEADS)
    ):
        # "closed higher on Thursday, compared to ...": an adjunct of the verb before (not
        # "Seoul's envoys, hopeful that ..., decided to remain": the infinitive's verb)
        return True
    elif not aux and prev_low == "," and i > 1 and _aside_before_verb(tokens, lows, i):
        return True  # "The champion, seeded third this year, lost": an aside between subject and verb
    return False


def _finite_after(lows: list[str], i: int) -> bool:
    """Whether a word after ``i`` may be the finite verb of the sentence (an auxiliary or a past
    or -s form the lexicon knows): "The champion, seeded third, lost" has one; "The candidate,
    Ana Moen, arrived in Vell on Sunday, three days after ..." has none, so "arrived" is it."""
    from timeline_app.core.extract.lexicon import lexicon

    lex = lexicon()
    for k in range(i + 1, len(lows)):
        if lows[k] in _FINITE_AUX or lows[k] in MODALS_FUTURE:
            return True
        v = lex.verb(lows[k]) if lows[k].isalpha() else None
        if v is not None and v.form in ("past", "s") and lows[k - 1] not in ("to", "the", "a", "an"):
            return True
    return False


def closes_relative(lows: list[str], i: int) -> bool:
    """Whether the comma right before ``i`` closes a relative clause set off after a noun
    (", who arrived on Monday,", ", which holds the presidency,"): the word after it is the
    verb of the clause the relative clause interrupts."""
    opening = next((k for k in range(i - 2, 0, -1) if lows[k] in (",", ";", ":", "(", "—")), None)
    return (
        opening is not None
        and lows[opening] == ","
        and lows[opening + 1] in ("who", "which", "whose")
        and lows[opening - 1].isalpha()
        and lows[opening - 1] not in FUNCTION_WORDS
    )


def _closing_comma(lows: list[str], i: int) -> bool:
    """Whether a comma closes the words after ``i`` before a clause boundary or the end."""
    for k in range(i + 1, min(i + 25, len(lows))):
        if lows[k] == ",":
            return True
        if lows[k] in (";", ":", '"', "“", "”", ".") or lows[k] in BOUNDARY_WORDS:
            return False
    return False


def _aside_before_verb(tokens: list[Token], lows: list[str], i: int) -> bool:
    """Whether the words after a past form that follows a comma close an aside with a comma
    right before a verb form ("Gomez, elected in 2019 on a narrow vote, resigned")."""
    for k in range(i + 1, min(i + 25, len(tokens) - 1)):
        if lows[k] in (";", ":", '"', "“", "”") or lows[k] in BOUNDARY_WORDS:
            return False
        if lows[k] == ",":
            nxt, low = tokens[k + 1], lows[k + 1]
            if not nxt.text.isalpha() or not nxt.text[:1].islower():
                return False
            lemma = wordclass.verb_lemma(low)
            return low in _FINITE_AUX or (lemma is not None and lemma != low and not low.endswith("ing"))
    return False


def _after_aside(lows: list[str], i: int, found: list[Predicate]) -> bool:
    """ "The accord, signed in Oslo by both leaders, opens ...": the word after the comma that
    closes a participle's or a relative clause's aside, whose subject is before the aside."""
    if i < 4 or lows[i - 1] != ",":
        return False
    opening = next((k for k in range(i - 2, 0, -1) if lows[k] == ","), None)
    if opening is None or opening < 1 or not lows[opening - 1].isalpha():
        return False
    first = opening + 1
    if lows[first] in ("which", "who") or any(p.index == first and not p.finite for p in found):
        return True
    # "The minister, Ana Ruiz, was ...", "A micron, or micrometre, is ...": an apposition
    # between commas after the sentence's first noun phrase, before a form of "be"/"have" or a
    # form that can only be a verb
    verb = lows[i]
    apposition = not any(p.finite for p in found) and all(
        w.isalpha() or w in ("'s", "-") for w in lows[first : i - 1]
    )
    return apposition and (verb in BE | HAVE | {"was", "has"} or wordclass.verb_only(verb)) and i - first <= 8


def _reduced_relatives(preds: list[Predicate], lows: list[str], names: set[int]) -> None:
    """ "condemned the strike as a violation of the ceasefire agreed in November 2024": a past
    form right after a noun, in a clause whose finite verb came before it (not a verb of saying,
    nothing coordinating them), is a participle."""
    for k, p in enumerate(preds):
        j = p.index - 1
        if not p.finite or p.verb.form != "past" or j < 0 or j in names or not lows[j].isalpha():
            continue
        if _raised_participle(lows, p) or _relative_before_verb(preds, lows, k):
            p.finite = False  # "two corpses believed to be", "the body found in woods Sunday was"
            continue
        if lows[p.index] in SIMPLE_PAST_ONLY:
            # "Soldiers deployed in the capital went into action": "went" is never a participle;
            # the past form before it, right after the plural subject noun that opens the
            # sentence, is
            first = preds[0]
            b = first.index - 1
            while b > 0 and (lows[b] in ADVERBS or _is_adverb(lows[b])):
                b -= 1  # "Soldiers already deployed"
            if (
                k > 0
                and first.finite
                and first.verb.form == "past"
                and not first.is_speech
                and b >= 0
                and _plural_noun(lows[b])
                and (b not in names or b == 0)  # "Soldiers" opens the sentence capitalised
                and not _stop_between(lows, first.index, p.index)
            ):
                first.finite = False
                continue
        if (
            lows[j] in SUBJECT_PRONOUNS
            or lows[j] in ADVERBS
            or lows[j] in _FINITE_AUX
            or lows[j] in BE | HAVE
        ):
            continue
        earlier = [q for q in preds[:k] if q.finite]
        if not earlier or earlier[-1].is_speech or (j > 0 and lows[j].endswith("ing") and lows[j - 1] in BE):
            continue  # (not "a bomb they were making exploded": a past form right after "be" + -ing)
        if not _stop_between(lows, earlier[-1].index, p.index):  # "came as the government held"
            p.finite = False


def _raised_participle(lows: list[str], p: Predicate) -> bool:
    """ "two corpses believed to be those of ...": a verb of belief or report straight before
    "to be"/"to have" with no auxiliary and no object is a passive participle (one believes
    someone to be, never "believed to be")."""
    i = p.index
    if i + 2 >= len(lows) or lows[i + 1] != "to" or lows[i + 2] not in ("be", "have"):
        return False
    return lows[i] in _RAISING and lows[i - 1] not in SUBJECT_PRONOUNS and lows[i - 1] not in _FINITE_AUX


_RAISING = _words(
    "believed thought said known reported rumoured rumored alleged presumed feared estimated deemed "
    "considered understood supposed reputed"
)


def _relative_before_verb(preds: list[Predicate], lows: list[str], k: int) -> bool:
    """ "the body of a woman found in woods Sunday was ...", "a crew member called out to survey
    the scene spotted ...": a past form right after a noun, followed by a preposition, "to" or
    "as", with a finite verb later in the same clause, is a participle modifying the noun (the
    later verb is the clause's); not a verb that takes a clause ("insisted on Monday the talks
    were")."""
    p = preds[k]
    i, prev = p.index, lows[p.index - 1]
    if p.is_speech or p.lemma in _CLAUSE_TAKING or lows[i] in SIMPLE_PAST_ONLY:
        return False
    if prev in SUBJECT_PRONOUNS | _OBJECT_PRONOUNS or prev in ADVERBS or prev in _FINITE_AUX | BE | HAVE:
        return False
    if _is_adverb(prev) or prev in FUNCTION_WORDS or prev in _PREPOSITIONS or prev in ("and", "or", "but"):
        return False
    n = i + 1
    while n < len(lows) and lows[n] in ("out", "up", "off", "down", "back", "in"):
        n += 1  # "called out to survey"
    if n >= len(lows) or not (lows[n] in _PREPOSITIONS or lows[n] == "as" or lows[n - 1] == "in"):
        return False
    later = next((q for q in preds[k + 1 :] if q.finite), None)
    if later is None or later.index - i > 12 or _stop_between(lows, n, later.index):
        return False  # ("as" right after the form is no conjunction: "gunmen dressed as police")
    if any(w in ("if", "unless", "whether", "then", "so", "—", "(") for w in lows[i + 1 : later.index]):
        return False
    return lows[later.index - 1] != "to" and _surely_finite(lows, later)


def _surely_finite(lows: list[str], q: Predicate) -> bool:
    """Whether a verb is finite beyond doubt: a form of "be"/"have", an -s form, a simple past
    that is never a participle, a verb after an auxiliary, or a past form with an object
    ("stopped the car"; not "armed uprising", "groups affiliated with")."""
    i = q.index
    if lows[i] in BE | HAVE | SIMPLE_PAST_ONLY or q.verb.form == "s" or lows[i - 1] in _FINITE_AUX | MODALS:
        return True
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    return q.verb.form == "past" and (nxt in DETERMINERS or nxt in _OBJECT_PRONOUNS or nxt[:1].isdigit())


_CLAUSE_TAKING = _words(
    "insist argue believe think warn note add agree decide know feel hope fear expect announce confirm "
    "admit deny claim suggest show indicate report learn realize realise discover acknowledge"
)


SIMPLE_PAST_ONLY = _words(
    "went came took gave began ran saw knew grew drew flew threw wrote rose fell spoke broke chose froze "
    "stole drove rode ate sang swam drank sank shook forgot hid tore wore swore"
)
"""Simple pasts that are never participles ("went", not "gone")."""


def _stop_between(lows: list[str], a: int, b: int) -> bool:
    """Whether a word between two verbs separates their clauses (a conjunction, a relative or a
    subordinating word, a comma)."""
    stops = ("and", "or", "but", "that", "nor", "which", "who", "while", "when", ",", ";", ":", "where")
    subordinators = ("as", "because", "after", "before", "since", "although", "though", "until")
    return any(w in stops or w in subordinators for w in lows[a + 1 : b])


NOMINAL_ING = _words(
    "meeting meetings hearing briefing building funding bombing shelling killing fighting shooting "
    "offering uprising landing sitting gathering signing wedding spending ceasefire"
)
"""-ing words that are mostly nouns in news prose; a verb only after "while"/"after"/... or with an object."""
NOMINAL_WORDS = _words(
    "talks attacks strikes visits deals bids votes protests forces troops rises falls fines states "
    "measures charges sources results cuts costs shares funds exports imports promises efforts sanctions "
    "threats state fine rise attack talk strike visit deal bid force trade export import fund share cost "
    "cut aid research counsel"
)
"""Words that news prose uses mostly as nouns: a verb only after a name or a subject pronoun, and
after a name only with an object ("Israel strikes Gaza", not "Iran talks resumed")."""
_ING_INTRODUCERS = _words("after before while when by since without despite of for from in on")
_PREPOSITIONS = _words(
    "in on at of with between for over about from to during near before after until since by "
    "despite amid against under without within through across among including regarding via toward "
    "towards into upon"
)
_NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several many few "
    "both"
)


def _is_number(low: str) -> bool:
    return low in _NUMBER_WORDS or low.replace(",", "").replace(".", "").isdigit()


def _is_amount(low: str) -> bool:
    """A figure in digits that is no year ("470", "5,410", "1.30"; not "1995"): before "won" it
    counts Korean won ("slid 470 won"), where after a year "won" is the verb ("in 1995 won")."""
    if not low[:1].isdigit() or not low.replace(",", "").replace(".", "").isdigit():
        return False
    return not (len(low) == 4 and low.isdigit() and 1800 <= int(low) <= 2100)


def _modifies(tokens: list[Token], lex: Lexicon, j: int, adjectives: frozenset[int] | set[int]) -> bool:
    """Whether the word at ``j`` is a noun modifier in a noun phrase, so that the -s form after it
    is the phrase's head noun: it follows a demonym, a number or a past-tense verb ("launched
    missile strikes", "Russian air bases")."""
    k = j - 1
    if k < 0:
        return False
    if k in adjectives or _is_number(tokens[k].lower):
        return True
    v = lex.verb(tokens[k].lower)
    if v is None or tokens[k].text[:1].isupper():
        return False
    if v.form == "base" and k > 0 and tokens[k - 1].lower in ("will", "to", "would", "not", "can"):
        return True  # "will not attend peace talks"
    return v.form in ("past", "ing")


PLURAL_GROUPS = _words("forces troops officials authorities rebels militants guerrillas fighters")
_FINITE_AUX = _words("has have had was were is are will would could can may might must should")


def _verb_follows(tokens: list[Token], lex: Lexicon, i: int) -> bool:
    """Whether the next word is a finite verb or an auxiliary (so the word at ``i`` is its subject)."""
    if i + 1 >= len(tokens):
        return False
    low = tokens[i + 1].lower
    if low in _FINITE_AUX:
        return True
    v = lex.verb(low)
    return v is not None and v.form == "past" and not tokens[i + 1].text[:1].isupper()


def _compound_noun(tokens: list[Token], lex: Lexicon, i: int) -> bool:
    """A base form followed by a plural noun and then a verb or auxiliary is a noun modifier."""
    if i + 2 >= len(tokens):
        return False
    nxt = tokens[i + 1].lower
    if not (nxt.isalpha() and nxt.endswith("s") and tokens[i + 1].text[:1].islower()):
        return False
    v = lex.verb(nxt)
    return (v is None or v.form != "s" or nxt in PLURAL_GROUPS) and _verb_follows(tokens, lex, i + 1)


def _object_after(tokens: list[Token], j: int) -> bool:
    """Whether the word at ``j`` starts an object: a determiner, a number, a name or a pronoun."""
    if j >= len(tokens):
        return False
    t = tokens[j]
    return (
        t.lower in DETERMINERS
        or t.lower in _OBJECT_PRONOUNS
        or t.text[:1].isupper()
        or t.text[:1].isdigit()
        or (t.lower in _NUMBER_WORDS)
    )


_OBJECT_PRONOUNS = _words("him her them it us me")


def _unknown_past(tokens: list[Token], i: int, names: set[int]) -> Verb | None:
    """A past-tense verb the lexicon lacks, right after a name or pronoun ("Israel renewed")."""
    low = tokens[i].lower
    if len(low) < 5 or not low.endswith("ed") or not low.isalpha() or i == 0:
        return None
    known = wordclass.classes(low)
    if known and "VERB" not in known:
        return None  # "armored", "unchanged": adjectives only
    j = i - 1
    while j > 0 and tokens[j].lower in _ADVERBS_LAST_FIRST:
        j -= 1
    if j < i - 1 and j in names:
        i_prev_name = True
    else:
        i_prev_name = False
    prev = tokens[i - 1].lower
    plural_noun = prev.isalpha() and prev.endswith("s") and not prev.endswith("ss") and len(prev) > 3
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if plural_noun and nxt in _PATH_WORDS:
        plural_noun = True  # "vessels sailed through", "convoys rolled into": an intransitive past verb
    else:
        plural_noun = False
    if (i - 1) in names or prev in SUBJECT_PRONOUNS or plural_noun or i_prev_name:
        stem = low[:-2] if not low.endswith("ied") else low[:-3] + "y"
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            stem = stem[:-1]  # occurred -> occur
        return Verb(stem, None, "past")
    return None


_ADVERBS_LAST_FIRST = ADVERBS | {"last", "first"}
_PARTICIPLE_LINKS = _words("at in on by of as for under with from during")
_PATH_WORDS = _words("through into across toward towards past near along around")


_DAY_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight"
)


_ALL_MODALS = MODALS_FUTURE | MODALS


def _past_day(lows: list[str], j: int) -> int:
    """The index before a day inside a verb group ending at ``j`` ("will on Tuesday unveil",
    "will Tuesday unveil"), or ``j`` itself when there is none."""
    if j >= 1 and lows[j] in _DAY_WORDS and (lows[j - 1] in _ALL_MODALS or lows[j - 1] == "on"):
        k = j - 1 if lows[j - 1] != "on" else j - 2
        if k >= 0 and lows[k] in _ALL_MODALS:
            return k
    return j


def _prev_word(lows: list[str], i: int) -> int | None:
    j = i - 1
    while j >= 0 and _is_adverb(lows[j]):
        j -= 1
    j = _past_day(lows, j) if j >= 0 else j
    return j if j >= 0 else None


def _next_verb(tokens: list[Token], lex: Lexicon, i: int, names: set[int], be: bool = False) -> bool:
    """Whether a verb follows the word at ``i`` (so it is an auxiliary); after "be" a base form
    is an adjective ("would be ready to leave"), not a verb."""
    for j in range(i + 1, min(i + 4, len(tokens))):
        low = tokens[j].lower
        if _is_adverb(low) or low in ("been", "being", "to"):
            continue
        v = lex.verb(low)
        forms = ("past", "ing") if be and low not in ("been", "being") else ("past", "ing", "base")
        return v is not None and v.form in forms and j not in names
    return False


def _nearest_modal(lows: list[str], i: int, aux: set[str]) -> str:
    """The modal of the verb at ``i``: of its auxiliaries, the one nearest to it ("could or might
    be avoided": "might"), so that the choice never depends on a set's order."""
    if not aux & MODALS:
        return ""  # most verbs: no need to look back through the sentence
    return next((w for w in reversed(lows[:i]) if w in aux and w in MODALS), "")


QUOTE_MARKS = frozenset(['"', "\u201c", "\u2018", "'", "``"])


_NEGATING = frozenset(["not", "n't", "never", "hardly", "scarcely"])
"""Words that negate the verb they stand before ("he hardly touched him": he did not, nearly)."""
_HELPERS = (
    ADVERBS | BE | HAVE | MODALS | MODALS_FUTURE | {"to", "do", "does", "did", "going", "ever", "all", "both"}
)


def _auxiliaries(lows: list[str], i: int) -> set[str]:
    aux: set[str] = set()
    j = i - 1
    j = _past_day(lows, j) if j >= 0 else j  # "will on Tuesday unveil"
    while j >= 0 and (lows[j] in _HELPERS or _is_adverb(lows[j])):
        aux.add(lows[j])
        j -= 1
    if j >= 1 and lows[j] in QUOTE_MARKS and lows[j - 1] in ("not", "never"):
        aux.add(lows[j - 1])  # 'but not "discouraged"': the quoted word is negated
    return aux


_FUTURE_FRAME = re.compile("|".join(re.escape(f) + " " for f in FUTURE_FRAMES))
# the last words of the frames (a test checks): the words before a verb hold one of them when they
# hold a frame, and the search, a microsecond a verb, runs only then
FRAME_ENDS = ("to ", "for ", "will ", "preparing ")


def _tense(lows: list[str], i: int, verb: Verb, aux: set[str]) -> str:
    before = " ".join(lows[max(0, i - 4) : i]) + " "
    if i >= 2 and lows[i - 1] in _CLOSING_QUOTES and lows[i - 2] in (",", "?", "!"):
        before = ""  # '"We will win," said Moen': the quotation's "will" is not the saying's
    if aux & MODALS_FUTURE or (
        ("to " in before or "for " in before or "will " in before or "preparing " in before)
        and _FUTURE_FRAME.search(before)
    ):
        return "future"
    if verb.lemma == "prepare" and i + 1 < len(lows) and lows[i + 1] == "for":
        return "future"
    if verb.lemma == "be" and i + 2 < len(lows) and lows[i + 1] == "due" and lows[i + 2] in ("in", "at"):
        return "future"  # "is due in Beirut on Monday"
    if "would" in aux:
        return "conditional"
    if aux & {"has", "have"}:
        return "perfect"
    if aux & {"had", "was", "were", "did"} or (verb.form == "past" and not aux & {"is", "are", "am"}):
        return "past"
    if lows[i] == "was" and not aux & {"is", "are", "am"}:
        return "past"  # the lexicon files "was" with the -s forms of "be" (it agrees like "is")
    return "present"


def _is_noun_like(tokens: list[Token], j: int, lex: Lexicon, found: list[Predicate] | None = None) -> bool:
    """A plain noun before an -s verb ("the ministry says", "the plant requires"): lower-case,
    not a verb form (or a form that can also be a noun and was not read as a verb), not a
    preposition or adjective-looking word."""
    low = tokens[j].lower
    if not low.isalpha() or low in BOUNDARY_WORDS or low in DETERMINERS or low in _PREPOSITIONS:
        return False  # "for talks with": a preposition, so a noun follows
    if low in ("and", "or", "but", "nor"):
        return False  # "your pots and pans": a conjunction is no subject
    if found is not None and any(p.index == j for p in found):
        return False  # "the sum includes grants": the object of the verb before
    v = lex.verb(low)
    if v is not None and v.form == "base" and found is not None:
        after_det = j > 0 and tokens[j - 1].lower in DETERMINERS
        noun = "NOUN" in wordclass.classes(low) and not any(p.index == j for p in found)
        k = j + 1
        while k < len(tokens) and _is_adverb(tokens[k].lower):
            k += 1
        # "the plant requires" (not "the trade figures": two nouns)
        return noun and after_det and k < len(tokens) and wordclass.verb_only(tokens[k].lower)
    known = wordclass.classes(low)
    adjective = low.endswith(("al", "ic", "ive", "ous", "ful")) and (not known or "ADJ" in known)
    return (v is None or v.form == "s") and not adjective


def same_tense_family(a: str, b: str) -> bool:
    """Tenses under which a clause may take the previous clause's date."""
    family = {"past": "past", "perfect": "past", "present": "present", "future": "future",
              "conditional": "future"}  # fmt: skip
    return family.get(a) == family.get(b)


def _is_adverb(low: str) -> bool:
    """An adverb that sits between a subject and its verb: a listed one, or an -ly word that
    can only be an adverb ("vitally", "now")."""
    if low in ADVERBS or low in ("only", "even"):
        return True
    if not low.endswith("ly"):
        return False
    known = wordclass.classes(low)
    return known == {"ADV"} or (not known and low.endswith(_ADVERB_ENDINGS))


_ADVERB_ENDINGS = ("ently", "antly", "ously", "ively", "fully", "edly", "ingly", "ally", "ably", "ibly")


def _plural_noun(low: str) -> bool:
    """Whether a lower-case word is a plural noun ("solutions", "workers"; not "news")."""
    if not low.isalpha() or not low.endswith("s") or low.endswith("ss"):
        return False
    nouns = wordclass.noun_lemmas(low)
    return bool(nouns) and low not in nouns


def _plural_subject(
    tokens: list[Token], lex: Lexicon, lows: list[str], i: int, prev: int, found: list[Predicate]
) -> bool:
    """ "These solutions offer clean water", "Officials screen passengers": a base form after a
    plural noun that is no verb's object is a present-tense verb when the form can only be a
    verb or an object, an adverb or an adjective follows it."""
    low = lows[prev]
    if tokens[prev].text[:1].isupper() and prev > 0:
        return False
    if not _plural_noun(low) or any(p.index == prev for p in found):
        return False
    v = lex.verb(low)
    if v is not None and v.form == "s" and "NOUN" not in wordclass.classes(low):
        return False
    if prev > 0 and (lows[prev - 1] in _PREPOSITIONS or any(p.index == prev - 1 for p in found)):
        if not any(p.finite for p in found) and lows[prev - 1] in _PREPOSITIONS:
            pass  # "Officials in both countries fear": the head noun is further left
        else:
            return False  # "killed protesters march", "talks with rebels continue"
    if wordclass.verb_only(lows[i]):
        return True
    said = lex.verb(lows[i])
    if said is not None and said.lemma in SPEECH and i + 1 < len(tokens) and lows[i + 1] in _CLAUSE_OPENERS:
        return True  # "U.S. officials say that ...", "fliers say they have ...": a saying and what it says
    nxt = i + 1
    while nxt < len(tokens) and _is_adverb(lows[nxt]):
        nxt += 1
    if nxt > i + 1 and nxt < len(tokens):
        return True  # "offer vitally needed water": an adverb after the verb
    if nxt >= len(tokens):
        return False
    after = lows[nxt]
    return (_object_after(tokens, nxt) and not tokens[nxt].text[:1].isupper()) or (
        after == "to" and lows[i] in lex.forms
    )


_CLAUSE_OPENERS = frozenset(["that", "he", "she", "they", "we", "i", "it"])


def _coordinated(tokens: list[Token], lows: list[str], i: int, verb: Verb, found: list[Predicate]) -> bool:
    """ "Workers install pumps and disinfect wells": a base form after "and"/"or" continues the
    finite present-tense verb before it in the same clause."""
    if i < 2 or lows[i - 1] not in ("and", "or") or not found:
        return False
    last = found[-1]
    if not last.finite or last.verb.form != "base" or last.tense != "present" or i - last.index > 8:
        return False
    if any(w in (",", ";", ":", "that", "which", "who") for w in lows[last.index + 1 : i]):
        return False
    return wordclass.verb_only(lows[i]) or _object_after(tokens, i + 1)


def _unknown_name_subject(tokens: list[Token], lows: list[str], i: int, prev: int) -> bool:
    """ "Cathay Pacific now replaces its pillows": a capitalised word the name finder did not
    know, right before an -s form that can only be a verb or that has an object."""
    if prev == 0 or not tokens[prev].text[:1].isupper() or not tokens[prev].text.isalpha():
        return False
    if lows[i] in NOMINAL_WORDS:
        return False
    return wordclass.verb_only(lows[i]) or (
        _object_after(tokens, i + 1) and not tokens[i + 1].text[:1].isupper()
    )


def _verb_by_context(
    tokens: list[Token], lex: Lexicon, lows: list[str], i: int, names: set[int], found: list[Predicate]
) -> Verb | None:
    """A verb the lexicon does not list because its form can also be a noun ("screen",
    "quarantine"), read as a verb where only a verb fits: after a subject pronoun, a modal
    or "will", a plural noun subject, or "and" continuing a verb, with an object after it."""
    low = lows[i]
    if not low.isalpha() or i == 0 or i + 1 >= len(tokens) or tokens[i + 1].text[:1].isupper():
        return None
    if low in _NEVER_CONTEXT_VERBS or low in FUNCTION_WORDS:
        return None
    verb = lex.any_verb(low)
    if verb is None or verb.form not in ("base", "s"):
        return None
    prev = _prev_word(lows, i)
    if prev is None:
        return None
    before = lows[prev]
    nxt = lows[i + 1]
    plain = nxt.isalpha() and nxt not in _FINITE_AUX and nxt not in BOUNDARY_WORDS
    if verb.form == "base" and plain and before in _MODAL_OR_NOT:
        return verb  # "officials will screen all passengers"
    if verb.form == ("s" if before in ("he", "she") else "base") and plain and before in _PERSONAL_SUBJECTS:
        return verb  # "they quarantine the sick"
    if (
        verb.form == "base"
        and prev < i - 1
        and _plural_noun(before)
        and not any(p.index == prev for p in found)
    ):
        return verb  # "Airlines currently account for 2%": an adverb between a plural noun and the verb
    if not _object_after(tokens, i + 1):
        return None
    if (
        verb.form == "s"
        and _singular_subject(tokens, lows, prev, found)
        and not tokens[i + 1].text[:1].isupper()
        and (lows[i + 2] if i + 2 < len(tokens) else "") not in _TIME_NOUNS  # not "figures this week"
    ):
        return verb  # "a new advertisement features a young woman"
    head = lex.verb(lows[prev - 1]) if prev > 0 else None
    if before == "to" and head is not None and head.lemma in _INFINITIVE_HEADS:
        return verb  # "plans to screen the crew" (not "went to school")
    if verb.form == "base" and (
        _plural_subject(tokens, lex, lows, i, prev, found) or _coordinated(tokens, lows, i, verb, found)
    ):
        return verb
    return None


_TIME_NOUNS = _words("week month year day morning afternoon evening night weekend time quarter season decade")
_NEVER_CONTEXT_VERBS = _FINITE_AUX | MODALS | MODALS_FUTURE | BE | HAVE
_NO_CONTEXT_VERB = _NEVER_CONTEXT_VERBS | FUNCTION_WORDS
"""Words _verb_by_context never reads as a verb (asked before the call, for every word)."""
_MODAL_OR_NOT = MODALS | MODALS_FUTURE | {"not", "n't"}
_PERSONAL_SUBJECTS = frozenset(["he", "she", "they", "we", "i", "who"])
_INFINITIVE_HEADS = _words(
    "plan want try agree decide seek begin start continue refuse promise vow threaten hope intend aim "
    "need expect fail prepare offer pledge move order urge ask allow help"
)


_NOT_NOUN_STARTS = frozenset(["and", "or", "but", "to", "by", "up", "out", "off", "down"])


def _participle_adjective(
    tokens: list[Token], lows: list[str], i: int, prev: int | None, found: list[Predicate]
) -> bool:
    """A past form that modifies the noun after it ("replaces used pillows", "offer vitally
    needed water", "the newly built road"): after a verb or a determiner, with or without an
    -ly adverb between, and before a lower-case noun or adjective."""
    if i + 1 >= len(tokens) or prev is None:
        return False
    nxt = tokens[i + 1]
    if not nxt.text.isalpha() or nxt.text[:1].isupper():
        return False
    if nxt.lower in DETERMINERS or nxt.lower in _PREPOSITIONS or nxt.lower in _OBJECT_PRONOUNS:
        return False
    if nxt.lower in BOUNDARY_WORDS or nxt.lower in _NOT_NOUN_STARTS:
        return False
    if _is_number(nxt.lower) or wordclass.verb_only(nxt.lower) or _is_adverb(nxt.lower):
        return False
    if lows[i - 1] in ("and", "or") and "NOUN" in wordclass.classes(nxt.lower) and i + 2 < len(tokens):
        # "the disappearance and presumed death of ...": a noun phrase's second head's modifier
        window = range(max(0, i - 4), i - 1)
        det = any(lows[k] in DETERMINERS for k in window)
        return (
            det
            and lows[i - 2].isalpha()
            and not any(p.index in window for p in found)
            and (lows[i + 2] in _PREPOSITIONS or not lows[i + 2].isalpha())
        )
    adverb = prev < i - 1
    before = lows[prev]
    verb_before = next((p for p in found if p.index == prev), None)
    if verb_before is not None:
        return verb_before.lemma not in COPULAS and not verb_before.is_speech
    if not adverb and before in _PREPOSITIONS and before != "to" and _noun_then_noun(tokens, i + 1):
        return True  # "support for ousted opposition leader", "problems with delayed ballot papers"
    return adverb and (before in DETERMINERS or before in _PREPOSITIONS)


def _noun_then_noun(tokens: list[Token], j: int) -> bool:
    """Whether the words from ``j`` are a lower-case noun phrase of two nouns ("opposition
    leader", "ballot papers"): the word after a participle is no object of it."""
    if j + 1 >= len(tokens) or not tokens[j + 1].text.isalpha() or tokens[j + 1].text[:1].isupper():
        return False
    return "NOUN" in wordclass.classes(tokens[j].lower) and "NOUN" in wordclass.classes(tokens[j + 1].lower)


def _opening_participle(tokens: list[Token], lex: Lexicon, lows: list[str], i: int, prev: int | None) -> bool:
    """ "Recently declassified documents reveal ...", "Retired teachers protested": a past form
    that opens the sentence (adverbs only before it), before a lower-case noun and a verb, is
    the noun's adjective; the verb after the noun is the sentence's."""
    if prev is not None or i + 2 >= len(tokens) or not all(_is_adverb(w) for w in lows[:i]):
        return False
    nxt = tokens[i + 1]
    if not nxt.text.isalpha() or nxt.text[:1].isupper() or "NOUN" not in wordclass.classes(nxt.lower):
        return False
    if nxt.lower in DETERMINERS or nxt.lower in _PREPOSITIONS or nxt.lower in _OBJECT_PRONOUNS:
        return False
    after = lex.verb(lows[i + 2])
    return after is not None and after.form in ("base", "s", "past") and wordclass.verb_only(lows[i + 2])


def _modifier_ing(tokens: list[Token], lows: list[str], i: int, prev: int | None) -> bool:
    """An -ing form between an adjective or a number and a noun modifies the noun ("a small
    fishing town", "widespread hiring freezes"): no verb."""
    if prev is None or prev != i - 1 or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if not nxt.text.isalpha() or nxt.text[:1].isupper():
        return False
    if nxt.lower in DETERMINERS or nxt.lower in _PREPOSITIONS or nxt.lower in _OBJECT_PRONOUNS:
        return False
    before = wordclass.classes(lows[prev])
    after = wordclass.classes(nxt.lower)
    if not before and after & {"NOUN", "VERB"} and tokens[prev].text[:1].isupper() and _demonym(lows[prev]):
        return True  # "Chinese fishing boats", "Israeli shelling killed": no Chinese fishing
    if "NOUN" not in after:
        return False
    if "ADJ" in before and "VERB" not in before and prev > 0 and lows[prev - 1] in DETERMINERS:
        return True  # "a small fishing town"
    return before == {"ADJ"} or _is_number(lows[prev]) or lows[prev] == "one"


def _demonym(low: str) -> bool:
    """A country's adjective ("chinese", "israeli"), not its name nor a people ("Palestinians")."""
    from timeline_app.core.gazetteer import gazetteer

    entry = gazetteer().lookup((low,))
    if entry is None or entry.kind != "country":
        return False
    return entry.name.lower() != low and not low.endswith("s")


def _singular_subject(tokens: list[Token], lows: list[str], j: int, found: list[Predicate]) -> bool:
    """Whether the word at ``j`` is a singular common noun heading a subject: a noun (not a
    verb form found before, not a plural) after a determiner or an adjective."""
    low = lows[j]
    if j < 1 or not low.isalpha() or tokens[j].text[:1].isupper() or any(p.index == j for p in found):
        return False
    if low not in wordclass.noun_lemmas(low):
        return False
    before = lows[j - 1]
    return before in DETERMINERS or "ADJ" in wordclass.classes(before) or tokens[j - 1].text.isupper()
