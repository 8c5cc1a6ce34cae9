"""Predicates (verbs with their tense) and clause segments of a sentence.

A shallow reading, not a parse: verbs are found with the lexicon and a few part-of-speech
rules (a form after "the" is a noun or adjective; an -s form is a verb only after its
subject), tense from the auxiliaries before the verb, and clause segments cut at commas,
quotes and subordinating words. This is what the dating step needs to tell which verb a
time expression belongs to ("announced Monday that ..."), at a fraction of a parser's cost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.extract.lexicon import SPEECH, Lexicon, Verb
from timeline_app.core.extract.vocabulary import ADVERBS, BOUNDARY_WORDS, DAY_MONTH_WORDS, DETERMINERS
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

    @property
    def lemma(self) -> str:
        return self.verb.lemma

    @property
    def kind(self) -> Kind | None:
        return self.verb.kind

    @property
    def is_speech(self) -> bool:
        return self.verb.lemma in SPEECH

    @property
    def is_light(self) -> bool:
        return self.verb.lemma in COPULAS


_PUNCTUATION_BOUNDARIES = frozenset([",", ";", ":", "(", ")", '"', "“", "”", "—", "–"])


def segments(tokens: list[Token]) -> list[int]:
    """A segment number for every token; a new segment starts at a clause boundary."""
    seg, out = 0, []
    for i, t in enumerate(tokens):
        low = t.lower
        if low in _PUNCTUATION_BOUNDARIES or (i > 0 and low in BOUNDARY_WORDS):
            seg += 1
        out.append(seg)
    return out


def predicates(
    tokens: list[Token],
    lex: Lexicon,
    name_tokens: set[int],
    adjectives: frozenset[int] | set[int] = frozenset(),
    segs: list[int] | None = None,
) -> list[Predicate]:
    """The verbs of a sentence, in order, with their tense and whether they are finite.

    ``adjectives`` are token indices of demonyms ("American"): a word after one is a noun
    ("American aid groups"), not a verb.
    """
    segs = segs if segs is not None else segments(tokens)
    out: list[Predicate] = []
    lows = [t.lower for t in tokens]
    for i, tok in enumerate(tokens):
        if i in name_tokens or (tok.text[:1].isupper() and i > 0):
            continue
        verb = lex.verb(tok.text) or _unknown_past(tokens, i, name_tokens)
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
        ):
            continue
        aux = _auxiliaries(lows, i)
        finite: bool | None = True
        if verb.form == "base":
            finite = _base_form_finite(
                tokens, lex, lows, i, prev, prev_low, verb, aux, adjectives, name_tokens
            )
        elif verb.form == "s":
            if not _s_form_is_verb(tokens, lex, lows, i, prev, prev_low, adjectives, name_tokens, out):
                continue
        elif verb.form == "ing":
            finite = _ing_form_finite(tokens, lows, i, prev_low, aux)
        elif verb.form == "past":
            finite = not _past_participle(tokens, lows, i, prev, prev_low, aux)
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
                negated=bool(aux & {"not", "n't", "never"}),
                modal=next((a for a in aux if a in MODALS), ""),
                segment=segs[i],
            )
        )
    _reduced_relatives(out, lows, name_tokens)
    return out


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
    # "China state media said", "Iran talks resumed": a noun after the name
    return tok.lower in NOMINAL_WORDS and not _object_after(tokens, i + 1) and after not in ("that", "to")


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
) -> bool | None:
    """A base form: None when a noun or an adjective, else whether finite ("threatened to ban" is not)."""
    if prev_low in BE and verb.lemma != "be":
        return None  # "is ready to", "was clear", "will be free": an adjective after a form of "be"
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
    ):
        return None
    return prev_low != "to"  # "threatened to ban": the infinitive of the verb before


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
    subject = prev is not None and (
        prev in name_tokens
        or prev_low in SUBJECT_PRONOUNS
        or (prev == 0 and prev_low == "this")  # "This highlights a growing gap"
        or _after_aside(lows, i, found)
    )
    if not subject and not (prev is not None and _is_noun_like(tokens, prev, lex)):
        return False
    before = lex.verb(prev_low) if prev is not None else None
    ing = (before is not None and before.form == "ing") or (len(prev_low) > 5 and prev_low.endswith("ing"))
    if ing and not subject:
        return False  # "dashing hopes": the object of the -ing verb
    if prev is not None and (
        _is_number(prev_low) or (not subject and _modifies(tokens, lex, prev, adjectives))
    ):
        return False  # "two suspects", "launched missile strikes", "Russian air bases": nouns
    if tok.lower in NOMINAL_WORDS and not subject:
        return False  # "fresh peace talks", "U.S. goods exports": the noun, not a verb
    # not "Serb forces killed ...": a plural noun before the verb
    return prev_low in SUBJECT_PRONOUNS or not (tok.lower in PLURAL_GROUPS or _verb_follows(tokens, lex, i))


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
    tokens: list[Token], lows: list[str], i: int, prev: int | None, prev_low: str, aux: set[str]
) -> bool:
    """Whether a past form is a participle ("a plan proposed by Washington"), not a finite verb."""
    k = i + 1
    while k < len(tokens) and lows[k] in DAY_MONTH_WORDS | {"last", "late", "early", "on"}:
        k += 1  # "a report issued Wednesday by a team": the time between verb and agent
    nxt = lows[k] if k < len(tokens) else ""
    agent = k + 1 < len(tokens) and (tokens[k + 1].text[:1].isupper() or lows[k + 1] in DETERMINERS)
    if not aux and nxt == "by" and agent and prev is not None and prev_low not in SUBJECT_PRONOUNS:
        return True  # "a plan proposed by Washington": a participle ("spoke by phone" is not)
    elif not aux and prev_low == "," and i > 1 and (nxt == "by" or nxt in _PARTICIPLE_LINKS):
        return True  # "the agreement, signed at the bank by ...", "Troops, backed by tanks,"
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
    return lows[first] in ("which", "who") or any(p.index == first and not p.finite for p in found)


def _reduced_relatives(preds: list[Predicate], lows: list[str], names: set[int]) -> None:
    """ "condemned the strike as a violation of the ceasefire agreed in November 2024": a past
    form right after a noun, in a clause whose finite verb came before it (not a verb of saying,
    nothing coordinating them), is a participle."""
    for k, p in enumerate(preds):
        j = p.index - 1
        if not p.finite or p.verb.form != "past" or j < 0 or j in names or not lows[j].isalpha():
            continue
        if (
            lows[j] in SUBJECT_PRONOUNS
            or lows[j] in ADVERBS
            or lows[j] in _FINITE_AUX
            or lows[j] in BE | HAVE
        ):
            continue
        earlier = [q for q in preds[:k] if q.finite]
        if not earlier or earlier[-1].is_speech:
            continue
        between = lows[earlier[-1].index + 1 : p.index]
        stops = ("and", "or", "but", "that", "nor", "which", "who", "while", "when", ",", ";", ":")
        subordinators = ("as", "because", "after", "before", "since", "although", "though", "until")
        if not any(w in stops or w in subordinators for w in between):  # "came as the government held"
            p.finite = False


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
    j = i - 1
    while j > 0 and tokens[j].lower in ADVERBS | {"last", "first"}:
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


_PARTICIPLE_LINKS = _words("at in on by of as for under with from during")
_PATH_WORDS = _words("through into across toward towards past near along around")


def _prev_word(lows: list[str], i: int) -> int | None:
    j = i - 1
    while j >= 0 and lows[j] in ADVERBS:
        j -= 1
    return j if j >= 0 else None


def _next_verb(tokens: list[Token], lex: Lexicon, i: int, names: set[int], be: bool = False) -> bool:
    """Whether a verb follows the word at ``i`` (so it is an auxiliary); after "be" a base form
    is an adjective ("would be ready to leave"), not a verb."""
    for j in range(i + 1, min(i + 4, len(tokens))):
        low = tokens[j].lower
        if low in ADVERBS or low in ("been", "being", "to"):
            continue
        v = lex.verb(low)
        forms = ("past", "ing") if be and low not in ("been", "being") else ("past", "ing", "base")
        return v is not None and v.form in forms and j not in names
    return False


def _auxiliaries(lows: list[str], i: int) -> set[str]:
    aux: set[str] = set()
    j = i - 1
    helpers = ADVERBS | BE | HAVE | MODALS | MODALS_FUTURE | {"to", "do", "does", "did", "going"}
    while j >= 0 and lows[j] in helpers:
        aux.add(lows[j])
        j -= 1
    return aux


_FUTURE_FRAME = re.compile("|".join(re.escape(f) + " " for f in FUTURE_FRAMES))


def _tense(lows: list[str], i: int, verb: Verb, aux: set[str]) -> str:
    before = " ".join(lows[max(0, i - 4) : i]) + " "
    if aux & MODALS_FUTURE or _FUTURE_FRAME.search(before):
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


def _is_noun_like(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """A plain noun before an -s verb ("the ministry says"): lower-case, not a verb form, not a
    preposition or adjective-looking word."""
    low = tokens[j].lower
    if not low.isalpha() or low in BOUNDARY_WORDS or low in DETERMINERS or low in _PREPOSITIONS:
        return False  # "for talks with": a preposition, so a noun follows
    v = lex.verb(low)
    return (v is None or v.form == "s") and not low.endswith(("al", "ic", "ive", "ous", "ful"))


def same_tense_family(a: str, b: str) -> bool:
    """Tenses under which a clause may take the previous clause's date."""
    family = {"past": "past", "perfect": "past", "present": "present", "future": "future",
              "conditional": "future"}  # fmt: skip
    return family.get(a) == family.get(b)
