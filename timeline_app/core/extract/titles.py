"""Headlines: "Putin to receive Witkoff in Moscow", "Russia claims capture of Krasnoarmeysk".

Built from the frame's actor, verb and object rather than cut from the sentence: subject in
its short form (surname, country), the verb in headline tense ("meets", "to meet" for the
future), the object up to the next clause boundary without role titles or dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.extract import wordclass
from timeline_app.core.extract.clauses import ADVERBS, BOUNDARY_WORDS, DETERMINERS, Predicate, closes_relative
from timeline_app.core.extract.frames import (
    COMMITMENT_FORMS,
    COMMITMENTS,
    HOPE_FORMS,
    MATERIAL,
    EventFrame,
    direct_intent,
    hope_frame,
    reported_future,
)
from timeline_app.core.extract.mainverb import trailing_attribution
from timeline_app.core.extract.mentions import Mention
from timeline_app.core.extract.phrases import (
    CLAUSE_STOPS,
    DANGLING,
    FLOATING,
    FRAMING,
    PREPOSITIONS,
    QUOTES,
    _adverb_only,
    clause_places,
    clause_words,
    content_subject,
    demonym_adjective,
    noun_phrase_before,
    object_phrase,
    plural_word,
    qualifies_noun,
    quoted_speech,
    short_name,
    surname,
    that_clause,
)
from timeline_app.core.extract.reading import SentenceReading
from timeline_app.core.extract.title_check import title_problems
from timeline_app.core.extract.trimmed import cut_title, in_direct_speech, lower_first, trimmed_extract
from timeline_app.core.extract.vocabulary import FUNCTION_WORDS, ROLE_WORDS
from timeline_app.core.model import Status


def country_name_is(name: str) -> bool:
    from timeline_app.core.extract.extractor import country_name_is as check

    return check(name)


MAX_TITLE = 80


@dataclass(slots=True)
class _Counter:
    count: int = 0


FALLBACKS = _Counter()
"""How many titles fell back to the trimmed extract of their sentence (for bench_titles)."""
NOMINALS = {
    "seize": "capture of", "capture": "capture of", "take": "capture of", "occupy": "occupation of",
    "attack": "attack on", "kill": "killing of", "shell": "shelling of", "strike": "strike on",
    "bomb": "bombing of", "invade": "invasion of", "release": "release of", "withdraw": "withdrawal of",
    "arrest": "arrest of", "sanction": "sanctions on", "expel": "expulsion of",
}  # fmt: skip
REPORT_NOUNS = frozenset(
    ["reports", "claims", "allegations", "accusations", "suggestions", "rumours", "rumors"]
)
PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i"])
AUX = frozenset(["do", "does", "did"]) | frozenset(
    ["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "may", "to"]
)
IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}


def third_person(lemma: str) -> str:
    if lemma in IRREGULAR_3SG:
        return IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


PERSONS = frozenset(["person", "official"])


def pronoun_fits(pronoun: str, kind: str) -> bool:
    """Whether a pronoun can stand for a name of this kind: "he", "she" and "I" only for a
    person, "it" and "they" never for one ("they" stands for a body or a group); "we" for any."""
    if pronoun in ("he", "she", "i", "him", "her", "his"):
        return kind in PERSONS
    if pronoun in ("it", "they", "its", "their", "them"):
        return kind not in PERSONS
    return True


_COUNTED = frozenset(["dozens", "hundreds", "thousands", "scores", "tens", "millions", "group", "groups"])
"""Words that count the people of the noun after "of" ("dozens of veterans", "a group of rebels")."""

PERSON_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "child", "father", "mother", "son", "daughter", "wife", "husband",
     "player", "victim", "suspect", "driver", "worker", "farmer", "student", "teacher", "doctor", "who"]
)  # fmt: skip


def thing_subject(r: SentenceReading, p: Predicate, country_name) -> tuple[str, str]:
    """A plain noun phrase subject of ``p`` that a next "it" or "they" may stand for ("The
    resolution" -> "resolution", "The rebels" -> "rebels"), as (for "it", for "they"); never a
    person ("The minister", "a man"), a pronoun, a number or a long phrase."""
    closing = trailing_attribution(r)
    if closing is not None:
        # "Demand will grow, the agency said. It ...": the agency when it is a body or a paper
        # that tells ("the statement said", "said the report"), never one who may be a person
        return _plain_teller(r, closing), ""
    phrase, plural = noun_phrase_before(r, p, country_name, frozenset())
    words = phrase.split()
    at = next((i for i in range(p.index - 1, -1, -1) if words and r.tokens[i].text == words[0]), -1)
    if len(words) == 1 and words[0].lower() in _COUNTED and r.lows[at + 1 : at + 2] == ["of"]:
        # "Dozens of war veterans staged a sit-in. They ...": the veterans, never "dozens"
        counted = _counted_people(r, at + 2, p.index)
        if not counted:
            return "", ""
        words, plural = counted, True
        phrase = " ".join(words)
    coordinated = plural and 3 < len(words) <= 5 and "and" in words[1:-1] and at == 0
    if coordinated and words[0][:1].isupper() and words[-1][:1].islower() and all(w.isalpha() for w in words):
        # "Ministers and government representatives from 78 countries called ... They made the
        # call": a coordinated plural subject opening the sentence, for a next "they"
        return "", phrase[:1].lower() + phrase[1:]
    if not words or len(words) > 3 or not all(w.replace("-", "").isalpha() for w in words):
        return "", ""
    head = words[-1].lower()
    first = words[0].lower()
    if first in PRONOUNS or first in DANGLING or first in ("this", "that", "these", "those", "there", "what"):
        return "", ""
    if head in PRONOUNS or (not plural and (head in ROLE_WORDS or head in PERSON_NOUNS)):
        return "", ""  # "it" is never a person; "they" may be people ("Officials said ... They")
    if not words[-1][:1].islower() and len(words) == 1 and not (at == 0 and plural and plural_word(head)):
        if at > 0 and r.lows[at - 1] == "the" and not plural and head not in TITLED_PEOPLE:
            return words[0], ""  # "the Commission demanded ...": no person's name takes "the"
        return "", ""  # an unknown capitalised word: maybe a person ("Officials" opening the sentence: no)
    if len(words) == 3 and words[1] == "and":
        # "Tyurin and Lopez-Allegria tried ...", "The army and the police": two, for a next "they"
        named = words[0][:1].isupper() and words[2][:1].isupper()  # two names keep their capitals
        return ("", phrase if named else phrase[:1].lower() + phrase[1:])
    name = phrase[:1].lower() + phrase[1:]  # lower case: a common noun, not a name ("its" stays)
    return ("", name) if plural else (name, "")


TELLING_THINGS = frozenset(
    ["statement", "report", "communique", "document", "declaration", "resolution", "study", "survey",
     "newspaper", "paper", "daily", "agency", "ministry", "council", "committee", "court", "company",
     "firm", "bank", "government", "organisation", "organization", "union", "party", "agenda", "letter",
     "plan", "website", "radio", "television", "broadcaster", "network", "magazine", "weekly", "bulletin",
     "embassy", "board", "commission", "institute", "fund", "foundation", "federation", "association",
     "league", "club", "tribunal", "parliament", "assembly", "cabinet", "group", "text", "draft", "bill"]
)  # fmt: skip
"""Nouns of bodies and papers that tell things, never a person ("the statement said")."""


def _plain_teller(r: SentenceReading, said: Predicate) -> str:
    """The plain noun phrase of a body or paper right before or after a closing verb of saying
    (", the joint statement said", ", said the report"), lower case; else ""."""
    k = said.index
    after = r.lows[k + 1 : k + 5]
    if after[:1] == ["the"]:
        end = next((i for i, w in enumerate(after) if not w.isalpha()), len(after))
        words = after[1:end]
        if len(words) == len(after) - 1 and k + 5 < len(r.lows):
            return ""  # "said the report released on ...": a longer phrase
    else:
        start = k
        while start > 0 and r.lows[start - 1].isalpha() and r.lows[start - 1] != "the" and k - start < 3:
            start -= 1
        if start == 0 or r.lows[start - 1] != "the":
            return ""
        words = r.lows[start:k]
    if not 1 <= len(words) <= 2 or words[-1] not in TELLING_THINGS:
        return ""
    return " ".join(words)


TITLED_PEOPLE = frozenset(["princess", "emperor", "empress", "pontiff", "sultan", "duke", "duchess", "lama"])
"""Titles of one person that the role words leave out ("the Pontiff said")."""


def _counted_people(r: SentenceReading, start: int, end: int) -> list[str]:
    """The plural noun phrase of one to three words at ``start`` ("war veterans", "angry young
    people"): the shortest that ends on a plural word, or none."""
    words = []
    for i in range(start, min(end, start + 3)):
        if not r.tokens[i].text.replace("-", "").isalpha() or r.lows[i] in PREPOSITIONS:
            return []
        words.append(r.tokens[i].text)
        if plural_word(r.lows[i]):
            return words
    return []


def subject_of(r: SentenceReading, p: Predicate, actor_kinds: frozenset[str]) -> Mention | None:
    """The actor heading the noun phrase before the verb in its clause ("The Kremlin announced",
    not "a plan proposed by Washington surfaced"); for a verb without one ("After meeting ...,
    Zelensky stated"), the subject of the next main verb. Worked out once per verb."""
    return r.per_verb(_subject_of, p, actor_kinds)


def _subject_of(r: SentenceReading, p: Predicate, actor_kinds: frozenset[str]) -> Mention | None:
    seg = r.segs[p.index]
    time_tokens = r.time_tokens()
    start = p.index
    while start > 0 and r.segs[start - 1] == seg:
        start -= 1
    head = start
    while head < p.index and (r.tokens[head].lower in _LEAD or head in time_tokens):
        head += 1
    if r.lows[start] in ("that", "which") and head >= p.index - 2:
        return None  # a relative clause's subject is its antecedent ("talks that had been scheduled")
    m = r.mention_at(head)
    if m is not None and m.kind in actor_kinds and m.last <= p.index:
        return _subject_at_head(r, p, m, actor_kinds)
    return _subject_elsewhere(r, p, head, actor_kinds)


_SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you"])


def _subject_at_head(r: SentenceReading, p: Predicate, m: Mention, actor_kinds) -> Mention | None:
    """For an actor heading the phrase before the verb, the actor who is the subject: itself, or
    the person or body it qualifies ("Vessland Health Minister Ana Ruiz", "Ruritania's State
    Council"), or the actor named right before the verb when it only modifies a noun ("United
    Nations sanctions on Iran came back"); None for a company read as the phrase before the verb."""
    verbs = [q for q in r.preds if q.finite and m.last <= q.index < p.index]
    if verbs and "and" in r.lows[verbs[-1].index + 1 : p.index]:
        joint = max(k for k in range(verbs[-1].index + 1, p.index) if r.lows[k] == "and")
        before_and = r.mention_at(joint - 1)
        if any(r.lows[k] in _SUBJECT_PRONOUNS for k in range(joint + 1, p.index)):
            return None  # "X said the sides made progress and they would meet": "they", never X
        own = next((o for o in r.mentions if joint < o.first <= joint + 2 and o.last <= p.index), None)
        if own is not None and (before_and is None or before_and.kind == "unknown"):
            # "Mexico began a shutdown and Mexicans were told to stay home": the Mexicans (not
            # "drugs from Afghanistan and Pakistan destined for Europe": one phrase)
            return own if own.kind in actor_kinds else None
        return m  # "Pakistan denied any role ... and closed its airspace": one subject, two verbs
    if qualifies_noun(r, m):
        return _actor_before(r, p, actor_kinds)  # "Chinese and African entrepreneurs will sign"
    if m.kind == "country" and m.text != m.name and r.tokens[m.last].text[:1].isupper():
        # "Saudi Arabian Oil Minister Ali Nuaimi said", "The Haitian Chamber of Deputies has":
        # the demonym qualifies the name after it
        named = [o for o in r.mentions if m.last <= o.first and o.last <= p.index]
        people = [o for o in named if o.kind == "person"]
        if people:
            return people[0]
        return named[0] if named and named[0].kind in actor_kinds else None
    person = next((o for o in r.mentions if o.first == m.last and o.last <= p.index), None)
    if person is not None and person.kind == "person" and (m.kind != "person" or person.role):
        return person  # "Vessland Health Minister Ana Ruiz said": the minister, not the ministry
    owned = next((o for o in r.mentions if o.first == m.last + 1 and o.last <= p.index), None)
    if m.possessive and owned is not None and owned.kind in actor_kinds and owned.kind != "person":
        return owned  # "Ruritania's State Council held": the council
    if m.possessive and owned is not None and owned.kind == "unknown" and owned.last == p.index:
        return None  # "Ruritania's Gazprom cut": the company, read as the phrase before the verb
    if m.possessive:
        # "Sudan's army chief Abdel Fattah al-Burhan acknowledged": the person
        person = next((o for o in r.mentions if m.last < o.first and o.last <= p.index), None)
        if person is not None and person.kind == "person":
            return person
    between = [
        t
        for t in r.tokens[m.last : p.index]
        if t.lower not in ADVERBS
        and t.lower not in AUX
        and t.lower not in FRAMING
        and t.lower not in ("be", "'s", "’s")
    ]  # "The European Union is expected to approve": the Union; "Blair's successor will": not Blair
    noun = bool(between) and between[0].text[:1].islower() and between[0].lower.isalpha()
    if noun and between[0].lower not in BOUNDARY_WORDS and between[0].lower not in ("and", "or", "of", "nor"):
        # "United Nations sanctions on Iran came back": the name is a modifier; "Chinese
        # badminton team's head coach Li Yongbo said": so is the demonym, and the person
        # named right before the verb is the subject
        return _actor_before(r, p, actor_kinds)
    if m.kind in ("official", "seat") and r.lows[m.last] in ("to", "of", "for", "in"):
        # "Chinese Ambassador to Japan Wang Yi said": the ambassador named before the verb
        named_before = _actor_before(r, p, actor_kinds)
        if named_before is not None and named_before.kind == "person":
            return named_before
    return m


def _subject_elsewhere(r: SentenceReading, p: Predicate, head: int, actor_kinds) -> Mention | None:
    """The subject of a verb whose clause does not begin with an actor: the person named right
    before it, the subject of the verb it is coordinated with ("Pakistan denied ... and closed
    ..."), or for a verb without a subject of its own, the last actor before the next main verb
    (or the first actor after a verb of saying)."""
    before = _actor_before(r, p, actor_kinds)
    if before is not None:
        return before
    first_verb = next((q for q in r.preds if q.finite and q.index < p.index), None)
    if first_verb is not None and "and" in r.lows[first_verb.index + 1 : p.index] and head >= p.index - 1:
        gap = r.lows[first_verb.index + 1 : p.index]
        if not any(w in (",", ";", "that", "which", "who", "but") for w in gap):
            return subject_of(r, first_verb, actor_kinds)  # "Pakistan denied ... and closed ..."
    opens = all(r.lows[i] in _OPENING_WORDS for i in range(head, p.index))
    k = p.index - 1
    if head >= p.index:
        time_tokens = r.time_tokens()
        while k > 0 and r.lows[k] != "," and (k in time_tokens or r.lows[k] in ("on", "late", "early")):
            k -= 1  # "Ana Moen, the firm's head, on Thursday said"
    if head >= p.index and p.finite and p.is_speech and p.lemma != "quote" and r.lows[k] == ",":
        named = _named_before_apposition(r, p, actor_kinds)
        if named is not None:
            # '"...," Ana Moen, the firm's head of exploration, told Reuters': Moen (but who
            # "quoted" someone is not the speaker of the words)
            return named
    if head >= p.index or (not p.finite and opens):
        # "After meeting Macron, Zelensky stated": the verb opens its clause; never "Four US
        # Marines are to face charges over the killing of Iraqi civilians, the military said"
        nxt = next((q for q in r.preds if q.index > p.index and q.finite), None)
        if nxt is not None:
            cands = [
                m
                for m in r.mentions
                if p.index < m.first and m.last <= nxt.index and m.kind in actor_kinds and not m.possessive
            ]  # never an owner: 'before "verifying" Iran's decision not to allow ...' is no act of Iran
            if cands and p.is_speech and p.finite and p.lemma != "tell" and r.lows[p.index - 1] in (",", '"'):
                return _titled_speaker(r, cands)  # '"...," said Reiter when told by the Center': Reiter
            if cands:
                return cands[-1]
        if (
            (p.lemma == "say" or p.is_speech)
            and p.lemma != "tell"
            and p.finite
            and not closes_relative(r.lows, p.index)  # "The envoy, who left in March, said": before
        ):
            # '", said Ana Moen': the speaker; but who is "told" is the listener ("told Reuters"),
            # and a gerund has no speaker after it ('before "verifying" Iran's decision')
            after = [m for m in r.mentions if m.first > p.index and m.kind in actor_kinds]
            return _titled_speaker(r, after) if after else None
    return None


def _titled_speaker(r: SentenceReading, after: list[Mention]) -> Mention:
    """Of the names after an inverted "said", the speaker: the first, or the person its phrase
    ends on with a role ('said Sierra Club Executive Director Michael Brune': Brune, not the
    club; 'said the Vessland Chamber of Commerce president Ana Moen': Moen)."""
    run = after[:1]
    for m in after[1:]:
        gap = r.lows[run[-1].last : m.first]
        if len(gap) > 2 or not all(w in ("of", "the", "for", "'s", "’s") or w in ROLE_WORDS for w in gap):
            break
        run.append(m)
    last = run[-1]
    if len(run) > 1 and last.kind == "person" and last.role:
        return last
    return run[0]


def _named_before_apposition(r: SentenceReading, p: Predicate, actor_kinds) -> Mention | None:
    """'"...," Ana Moen, the head of exploration in Norway, told Reuters': the person whose name
    the apposition before the verb of saying follows, when no verb or quote mark stands between
    them; the first such name ("Paul Harris, chairman of the Vessland Rights Monitor, said": Harris,
    not a body in the apposition read as a person); with no person, a body named in apposition
    ("The EU's executive body, the European Commission, said")."""
    found = body = None
    for m in sorted(r.mentions, key=lambda m: -m.first):
        if m.last >= p.index:
            continue
        if any(q.finite and m.last <= q.index < p.index for q in r.preds) or any(
            w in ('"', "“", "”", "''", ";") for w in r.lows[m.last : p.index]
        ):
            break
        in_phrase = m.first > 0 and r.lows[m.first - 1] in PREPOSITIONS  # "after talks with X, Y said"
        if m.kind == "person" and r.lows[m.last] == "," and not m.possessive and not in_phrase:
            found = m
        elif (
            not in_phrase
            and found is None
            and body is None
            and m.kind in actor_kinds
            and r.lows[m.last] == ","
        ):
            before = r.lows[max(0, m.first - 2) : m.first]
            if before[-1:] == [","] or before == [",", "the"]:
                body = m  # "The EU's executive body, the European Commission, said": the Commission
    return found or body


_OPENING_WORDS = frozenset(
    ["after", "before", "while", "when", "by", "on", "upon", "in", "since", "without", "despite", "having",
     "being", "to", "for", "not", "also", "then"]
)  # fmt: skip
"""Words that may stand before a verb that opens its clause with no subject of its own."""


def _actor_before(r: SentenceReading, p: Predicate, actor_kinds) -> Mention | None:
    """ "The group's military spokesman Yahya Saree said", "M23 rebels, which Kinshasa says are
    backed by Rwanda, seized": the person named right before the verb, or the phrase before a
    relative clause between commas."""
    j = p.index - 1
    time_tokens = r.time_tokens()
    while j >= 0 and (r.lows[j] in ADVERBS or r.lows[j] in AUX or j in time_tokens):
        j -= 1
    if j >= 0 and j + 1 in time_tokens and r.lows[j] in ("on", "late", "early"):
        j -= 1  # "Minister Ana Kovel on Monday denied": the minister
        while j >= 0 and (r.lows[j] in ADVERBS or r.lows[j] in AUX):
            j -= 1
    m = r.mention_at(j) if j >= 0 else None
    if m is not None and m.kind == "person" and m.last == j + 1:
        k = m.first - 1
        while k >= 0 and (
            r.lows[k] in ("the", "a", "an")
            or r.mention_at(k) is not None
            or (r.lows[k] in ("and", "or") and k > 0 and r.mention_at(k - 1) is not None)
        ):
            k -= 1  # "Aides to (the) Israeli Prime Minister Ariel Sharon said", "talks between X and Y"
        role = r.mention_at(k - 1) if k >= 1 else None
        if k >= 0 and r.lows[k] in PREPOSITIONS and (role is None or role.kind != "official"):
            # the name is in a phrase after the subject: the aides, not Sharon (but "Ambassador
            # to Japan Wang Yi": the preposition is the role's)
            return None
        return m
    if j >= 0 and r.lows[j] == ",":
        opening = next((k for k in range(j - 1, -1, -1) if r.lows[k] == ","), None)
        participle = opening is not None and any(q.index == opening + 1 and not q.finite for q in r.preds)
        if opening is not None and (r.lows[opening + 1 : opening + 2] in (["which"], ["who"]) or participle):
            k = opening - 1
            m = r.mention_at(k) if k >= 0 else None
            while k >= 0 and m is None and r.lows[k].isalpha() and k > opening - 4:
                k -= 1
                m = r.mention_at(k)
            if m is not None and m.kind in actor_kinds:
                return m
    return None


_LEAD = frozenset(
    [
        "the",
        "a",
        "an",
        "on",
        "late",
        "early",
        "in",
        "at",
        "by",
        '"',
        "“",
        "”",
        ",",
        "—",
        "(",
        ")",
        "that",
        "obviously",
        "meanwhile",
        "also",
    ]
)


def make_title(
    r: SentenceReading,
    f: EventFrame,
    actors: list[str],
    places: list[str],
    country_name,
    actor_kinds,
    object_hint: str = "",
) -> str:
    """The headline of one frame; ``object_hint`` replaces the verb's object (a coordinated
    object that a second date belongs to)."""
    p = f.pred
    early = _title_without_subject(r, p, country_name, actor_kinds)
    if early is not None:
        return early
    subject, plural = _headline_subject(r, p, actors, country_name, actor_kinds)
    if subject is None:
        return ""  # no well-formed headline: the title check takes the trimmed extract
    if p.is_speech and not subject.strip("'\"`“” "):
        return _quote_title(r, p, "")
    if f.content is not None and p.is_speech:
        title = _said_title(r, p, f.content, subject, plural, country_name, object_hint)
    else:
        title = _act_title(r, p, subject, plural, country_name, actor_kinds, object_hint)
    return _finish(title)


def one_of_a_people(r: SentenceReading, m: Mention) -> bool:
    """A country named by its people's word after an article ("the Scot", "a British source"):
    one person of it, not the state."""
    return (
        m.kind == "country"
        and m.text != m.name
        and m.last - m.first == 1
        and m.first > 0
        and r.lows[m.first - 1] in ("the", "a", "an", "one")
    )


def people_speaker(r: SentenceReading, m: Mention) -> str:
    """How a title names one person of a people ("Scot", "British source")."""
    noun = r.lows[m.last] if m.last < len(r.lows) else ""
    if noun.isalpha() and noun not in FUNCTION_WORDS and not noun.endswith("ing") and noun not in AUX:
        return f"{m.text} {noun}"
    return m.text


def _title_without_subject(r: SentenceReading, p: Predicate, country_name, actor_kinds) -> str | None:
    """The title of a verb that needs no subject of its own: the quotation a verb of saying
    closes ('"We will ...," said Kelly'), or a noun and its participle ("the ceasefire agreed in
    November 2024"); None for any other verb."""
    quoted = quoted_speech(r)
    if quoted is not None and quoted[0].index == p.index:
        subj = subject_of(r, p, actor_kinds)
        speaker = short_name(subj, country_name) if subj is not None else ""
        if subj is not None and role_after(r, subj):
            speaker = f"{subj.text} {role_after(r, subj)}"  # 'said the France coach': not "France"
        elif subj is not None and one_of_a_people(r, subj):
            speaker = people_speaker(r, subj)  # 'said the Scot', 'said a British source': not the state
        if not speaker:
            speaker = noun_phrase_before(r, p, country_name, actor_kinds)[0] or _after_verb(r, p)
        return _quote_title(r, p, speaker, quoted[1])
    floating = p.index > 1 and r.lows[p.index - 1] in ("all", "both", "each") and r.lows[p.index - 2] in AUX
    if floating:
        return None  # "Iran, Turkey and Russia have all offered": the list is the subject, not "all"
    if not p.finite and p.verb.form == "past" and p.index > 0 and r.lows[p.index - 1].isalpha():
        head = r.tokens[p.index - 1].text
        if r.mention_at(p.index - 1) is None and r.lows[p.index - 1] not in (
            "to",
            "be",
            "been",
            "have",
            "has",
        ):
            # "the ceasefire agreed in November 2024": the noun and its participle
            return _finish(f"{head} {r.tokens[p.index].text} {object_phrase(r, p, country_name)}")
    return None


def _grammatical_subject(
    r: SentenceReading, p: Predicate, country_name, actor_kinds
) -> tuple[str, bool, str, bool]:
    """The verb's subject as the sentence gives it: the antecedent of a relative clause, the
    actor (with one coordinated with it), or the phrase before the verb, a pronoun replaced by
    the speaker it stands for; whether it is plural, the pronoun left unresolved, and whether a
    "they" or "it" that says something has no antecedent to look for."""
    subj = subject_of(r, p, actor_kinds)
    plural, unresolved = False, ""
    antecedent = _antecedent(r, p)
    pronoun_subject = False
    if antecedent:
        subject, plural = antecedent, _plural(antecedent)  # "The summit, which was held ..."
    elif subj is not None:
        subject = short_name(subj, country_name)
        plural = subj.kind == "country" and subject == subj.text and subject != subj.name  # "Palestinians"
        other = _coordinated(r, subj, p, actor_kinds)
        people = _people_listed(r, p, subj, country_name) if subj.kind == "person" else ""
        if people:
            subject, plural = people, True  # "Ministers A of X, B of Y and C of Z met": all, never C
        elif other is not None:
            subject, plural = f"{subject} and {short_name(other, country_name)}", True
            listed = _listed_before(r, subj, actor_kinds)
            names = [short_name(o, country_name) for o in listed]
            if len(names) == 1:  # "Iran, Turkey and Russia have all offered": the whole list
                subject = f"{names[0]}, {subject}"
            elif names:  # a long list leaves no room for the rest: "France, Germany and four others"
                count = _COUNT_WORDS[len(names)] if len(names) < len(_COUNT_WORDS) else "many"
                subject = f"{names[0]}, {names[1]} and {count} others"
    else:
        subject, plural = noun_phrase_before(r, p, country_name, actor_kinds)
        subject_word = subject.lower()
        if subject_word in PRONOUNS:
            # "Zelensky said he would travel": the speaker
            speech = next(
                (q for q in reversed(r.preds) if q.index < p.index and q.is_speech and q.finite), None
            )
            teller = subject_of(r, speech, actor_kinds) if speech is not None else None
            if teller is not None and _object_pronoun(r, p, subject_word):
                teller = None  # "said ..., which makes it possible to resolve the dispute": no one resolves
            if teller is not None and not pronoun_fits(subject_word, teller.kind):
                teller = None  # "Britain said it ...", never "Britain said he ..."
            unresolved = subject_word if teller is None else ""
            subject, plural = (short_name(teller, country_name), False) if teller else ("", False)
            # "They said share prices were supported by the dollar, which boosts Japanese
            # exporters": the pronoun's antecedent is never a name after it (what they said
            # makes the title then)
            pronoun_subject = teller is None and subject_word in ("they", "it") and p.is_speech
    return subject, plural, unresolved, pronoun_subject


def _spoke_before(r: SentenceReading, m: Mention, p: Predicate) -> bool:
    """Whether a finite verb of saying stands between ``m`` and ``p``: ``p`` is in what was said,
    not told of the speaker by a pronoun after the verb ("The agency said it was putting off"); a
    "quoted" is no such verb ("X was quoted by the press as saying that ...": X says)."""
    for q in r.preds:
        if q.finite and q.is_speech and q.lemma != "quote" and m.last <= q.index < p.index:
            k = q.index + 1
            while k < p.index and (r.lows[k] == "that" or k in r.time_tokens() or r.lows[k] == "on"):
                k += 1
            if k < p.index and r.lows[k] in ("it", "they", "he", "she"):
                between = r.lows[k + 1 : p.index]
                return not all(w in AUX or w in ADVERBS or w in ("be", "been", "being") for w in between)
            return True
    return False


def _headline_subject(
    r: SentenceReading, p: Predicate, actors: list[str], country_name, actor_kinds
) -> tuple[str | None, bool]:
    """The headline's subject and whether it is plural: the grammatical subject, or, when the
    sentence gives none, the sentence's first actor unless an unresolved pronoun cannot stand
    for it; None when the sentence names that actor elsewhere than as the subject (no
    headline can be built)."""
    if not p.is_speech and p.verb.form == "past":
        subj = subject_of(r, p, actor_kinds)
        if subj is not None and subj.first > p.index:
            # "X, sacked commander of the Defence Force, ...", "Founded in 1990, the firm ...":
            # one named after a participle is what it tells of, never who did it
            return None, False
    subject, plural, unresolved, pronoun_subject = _grammatical_subject(r, p, country_name, actor_kinds)
    first = actors[0] if actors else ""
    named = next((m for m in r.mentions if m.name == first), None)
    if named is not None and named.possessive and named.kind == "person" and named.last <= p.index:
        # "Norvik's youngest son, Marco Antonio, decried ...": the son, never the father
        kin = next(
            (o for o in r.mentions if o.kind == "person" and named.last < o.first and o.last <= p.index), None
        )
        if kin is not None:
            first, named = kin.name, kin
            if len(kin.name.split()) == 2 and "short" not in kin.extras and not kin.role:
                kin.extras["short"] = kin.name  # named only beside another: in full ("Marco Antonio")
    if pronoun_subject and (
        named is None or named.last <= p.index or named.kind != "country" or named.text == named.name
    ):
        # only a demonym after the verb is surely no antecedent ("which boosts Japanese
        # exporters"); a name before "it" may be one ("Toyota was up after it confirmed")
        pronoun_subject = False
    if named is not None and (
        (unresolved and not pronoun_fits(unresolved, named.kind))
        or (unresolved in ("he", "she", "it", "they") and named.first > p.index)
    ):
        # '"I think ...," Brown said': the sentence's first actor (Germany) is not "I"; "until
        # it was annexed by Thailand": a name after the verb is not what "it" stands for
        pronoun_subject = True
    if named is None and unresolved in ("he", "she", "i") and country_name_is(first):
        pronoun_subject = True  # "he" is never a country
    if not subject.strip("'\"`“” ") and actors and not pronoun_subject:
        time_tokens = r.time_tokens()
        heads = named is not None and all(
            r.lows[i] in _LEAD or i in time_tokens for i in range(0, min(named.first, p.index))
        )  # "The African Union (AU) on Monday adopted"; not a name in a phrase ("co-hosted by the UN")
        if (
            named is not None
            and named.kind != "person"
            and heads
            and named.last <= p.index
            and not _spoke_before(r, named, p)
        ):
            subject = short_name(named, country_name)  # "African Union", not "Union"
        elif named is not None and named.kind == "person" and _spoke_before(r, named, p):
            # "Art Samson, vice-president of X, said X and the US firm, Y, may reach a decision":
            # the one who said it is not the subject of what was said
            return None, plural
        elif (
            named is not None
            and named.kind == "person"
            and (named.first < p.index or (unresolved in ("i", "we") and _says_it(r, named, p)))
        ):
            subject = short_name(named, country_name)  # '"We will table it," said Tom Kelby': Kelby
        elif named is not None and named.kind == "person":
            # "Foreigners who lived there could assert their right, Wang said": one named after
            # the verb is its object or the speaker, never the one who does it
            return None, plural
        elif (
            named is None and country_name_is(first) and any(m.kind in ("city", "region") for m in r.mentions)
        ):
            # "The crossing, the main exit for people in Gaza, was closed", "meetings opened in
            # Nairobi, Kenya with participants warning": the country of a place the sentence
            # names is not the one who acts
            return None, plural
        elif named is None:
            subject = first if (country_name_is(first) or " " not in first) else surname(first)
        else:
            # a name inside a phrase ("The group, led by Jordanian ...", "More than 30 people,
            # including Britons, were injured") is not the one who acts, and a title without
            # its subject is a fragment: no headline (the trimmed extract of the main clause)
            return None, plural
    if not subject.strip("'\"`“” ") and unresolved and _pronoun_right_before(r, p, unresolved):
        # "They exchanged views": a pronoun no one stands for stays, so that the title check
        # sends the title to the trimmed extract (which may know what "they" were), never a
        # title without its subject ("Exchanges views")
        subject, plural = (
            unresolved.capitalize(),
            unresolved in ("they", "we", "i", "you"),
        )  # "I read", not "I reads"
    return subject, plural


def _says_it(r: SentenceReading, m: Mention, p: Predicate) -> bool:
    """Whether ``m`` is the one a verb of saying after ``p`` names ('"We will table it," said Tom
    Kelby'), not someone the quotation talks of ('"I will advise the panel of Lund's killing"')."""
    return any(
        q.is_speech and q.index > p.index and (0 <= q.index - m.last <= 1 or m.first == q.index + 1)
        for q in r.preds
    )


def _object_pronoun(r: SentenceReading, p: Predicate, pronoun: str) -> bool:
    """Whether the last ``pronoun`` before the verb is the object of a verb right before it
    ("makes it possible to resolve"), not the verb's subject."""
    at = next((i for i in range(p.index - 1, -1, -1) if r.lows[i] == pronoun), None)
    return at is not None and any(q.index == at - 1 for q in r.preds)


_BE_OR_FLOATING = frozenset(["been", "be", "being", *FLOATING])


def _pronoun_right_before(r: SentenceReading, p: Predicate, pronoun: str) -> bool:
    """Whether ``pronoun`` is the word before the verb (adverbs and auxiliaries aside)."""
    j = p.index - 1
    while j >= 0 and (r.lows[j] in ADVERBS or r.lows[j] in AUX or r.lows[j] in _BE_OR_FLOATING):
        j -= 1  # "They all involved": the pronoun before its floating quantifier
    return j >= 0 and r.lows[j] == pronoun


def _said_title(
    r: SentenceReading,
    p: Predicate,
    c: Predicate,
    subject: str,
    plural: bool,
    country_name,
    object_hint: str,
) -> str:
    """The title of a verb of saying with what was said (``c``, the verb of its content): "X
    claims capture of Y" for a material act told as a noun, else "X says Y will ..." with the
    content's own subject and verb, or the speaker's own act coordinated with the saying."""
    from timeline_app.core.extract.frames import predicate_kind

    cs = content_subject(r, p, c, country_name)
    # "said he hoped the rebels would join talks": the hoped clause, not "hoped rebels" (with
    # its hoper only: never "says hoped we could")
    obj = object_hint or (cs and _verb_clause(r, c, country_name)) or object_phrase(r, c, country_name)
    says = "say" if plural else "says"
    nominal = obj and obj.split()[0].lower() not in PREPOSITIONS
    if predicate_kind(r, c) in MATERIAL and c.lemma in NOMINALS and nominal and not c.negated:
        noun = NOMINALS[c.lemma]
        if "control of" in obj.lower():
            noun, obj = "control of", obj[obj.lower().index("control of") + len("control of ") :]
        if noun.endswith(" of") and obj.split()[0].lower() in ("from", "to"):
            noun = noun[:-3]  # "withdrawal from Kherson", not "withdrawal of from"
        return f"{subject} {'claim' if plural else 'claims'} {noun} {obj}"
    future = c.tense == "future" or reported_future(r, c)
    verb = (("will not " if c.negated else "will ") + c.lemma) if future else r.tokens[c.index].text
    framed = _adjective_frame(r, c, reported=True)
    if framed:
        verb = framed  # "says he would be ready to host talks"
    elif c.modal and not future:
        # "said tax credits could only be applied": the modal stays ("could be applied"),
        # never a fact ("applied")
        verb = _modal_group(r, c)
    elif c.negated and not future:
        verb = "not " + verb if c.passive else ("did not " + c.lemma if c.tense == "past" else "not " + verb)
    elif not future and not c.passive and _aux_before(r, c) in ("had", "has", "have"):
        verb = f"{_aux_before(r, c)} {verb}"  # "his troops had (quickly) withdrawn"
    elif not future and not c.passive and r.lows[c.index].endswith("ing") and _progressive(_aux_before(r, c)):
        verb = f"{_aux_before(r, c)} {verb}"  # "it was (closely) monitoring", never "it monitoring"
    if not cs and not future and "and" in r.lows[p.index + 1 : c.index]:
        # "said he had spoken to both leaders and warned that ...": the speaker's own act
        verb = _headline_verb(r, c, plural)
        return f"{subject} {verb} {obj or that_clause(r, c, country_name)}".strip()
    return f"{subject} {says} {cs + ' ' if cs else ''}{verb} {obj}".strip()


def _aux_before(r: SentenceReading, c: Predicate) -> str:
    """The auxiliary right before verb ``c``, adverbs aside ("was closely monitoring": "was"); ""
    when there is none."""
    j = c.index - 1
    while j > 0 and (r.lows[j] in ADVERBS or (r.lows[j].endswith("ly") and _adverb_only(r.lows[j]))):
        j -= 1
    if j >= 1 and r.lows[j] == "be" and r.lows[j - 1] in MODALS:
        return f"{r.lows[j - 1]} be"  # "might be sending"
    return r.lows[j] if j >= 0 and r.lows[j] in AUX | _BE_WORDS and r.lows[j] != "be" else ""


MODALS = frozenset(["will", "would", "could", "can", "may", "might", "must", "should", "shall"])

_CLAUSE_TAKERS = frozenset(
    ["hope", "expect", "believe", "think", "fear", "predict", "anticipate", "trust", "say"]
)
_CLAUSE_ENDS = CLAUSE_STOPS | frozenset(
    ["(", ")", "and", "to", "that", "which", "who", "for", "of", "about", "in", "on", "at", "with"]
)


def _verb_clause(r: SentenceReading, p: Predicate, country_name, max_words: int = 8) -> str:
    """The clause a verb of hoping, expecting, believing or saying takes without "that" ("hoped
    the rebels would join the talks" -> "rebels would join talks"): its subject is no object of
    the hope ("Minister hopes rebels"); "" when no short noun phrase and modal follow the verb."""
    if p.lemma not in _CLAUSE_TAKERS:
        return ""
    i = p.index + 1
    while i < len(r.tokens) and (i in r.time_tokens() or r.lows[i] in ADVERBS):
        i += 1
    modal = next((j for j in range(i + 1, min(i + 7, len(r.tokens))) if r.lows[j] in MODALS), -1)
    if modal < 0 or any(r.lows[j] in _CLAUSE_ENDS or r.lows[j] in QUOTES for j in range(i, modal)):
        return ""
    words, i = clause_words(r, i, country_name, max_words, stops_after=modal, drop_times=True)
    return " ".join(words) if i > modal + 1 else ""


def _progressive(aux: str) -> bool:
    return aux in _BE_WORDS or aux.endswith(" be")


def _act_title(
    r: SentenceReading,
    p: Predicate,
    subject: str,
    plural: bool,
    country_name,
    actor_kinds,
    object_hint: str,
) -> str:
    """The title of any other verb: subject, headline verb and an object short enough to fit
    (or the that-clause, or what a closing attribution reports), and where it happened when the
    title has room."""
    verb = _headline_verb(r, p, plural)
    for max_words in (7, 6, 5, 4):  # a shorter object rather than a cut headline
        obj = object_hint or object_phrase(r, p, country_name, max_words)
        if len(f"{subject} {verb} {obj}") <= MAX_TITLE:
            break
    clause = "" if object_hint else _verb_clause(r, p, country_name)
    if clause:
        obj = clause  # "Minister hopes rebels will join talks", never "Minister hopes rebels"
    elif not obj:
        obj = that_clause(r, p, country_name)
    elif obj.lower() in REPORT_NOUNS:
        clause = that_clause(r, p, country_name, skip=1)  # "denies reports she agreed to meet"
        obj = f"{obj} {clause}".strip()  # "Venezuela denies boat was linked to any cartel"
    if not obj and p is trailing_attribution(r):
        obj = _reported_headline(r, p, country_name, actor_kinds)  # "White House says Trump to ..."
    obj = _own_object(r, subject, plural, obj)
    title = f"{subject} {verb} {obj}"
    here = [h for h in clause_places(r, p) if _located(r, h)]  # not "in Croatia" for "from Croatia"
    if here and not object_hint and here[0] not in title and len(title) + len(here[0]) + 4 <= MAX_TITLE:
        title += f" in {here[0]}"
    return title


RELATIVE = frozenset(["which", "who", "that"])


def _antecedent(r: SentenceReading, p: Predicate) -> str:
    """For the verb of a relative clause ("the summit, which was held in Geneva"; "talks that
    had been scheduled for Sunday"; "the minister, who arrived on Sunday"), the noun phrase the
    clause tells about; "" for any other verb. "That" counts only right after a noun, not after
    a verb ("said that")."""
    j = p.index - 1
    while j >= 0 and (r.lows[j] in ADVERBS or r.lows[j] in AUX or r.lows[j] in ("been", "be", "being")):
        j -= 1
    if j < 1 or r.lows[j] not in RELATIVE:
        return ""
    end = j - 1 if r.lows[j - 1] == "," else j
    if r.lows[j] == "that" and (end != j or any(q.index == j - 1 for q in r.preds)):
        return ""  # "said that", "warned, that": a that-clause, not a relative one
    start = end
    while start > 0 and r.lows[start - 1] not in (",", ";", ":", "(", ")", "—", '"', "“", "”"):
        if r.lows[start - 1] in BOUNDARY_WORDS or any(q.index == start - 1 for q in r.preds):
            break
        start -= 1
    words = [t.lower if i == start else t.text for i, t in enumerate(r.tokens[start:end], start)]
    words = [w for w in words if w.lower() not in ("the", "a", "an")]
    if not words or not all(w[:1].isalnum() or w in ("'s", "’s", "-") for w in words):
        return ""
    return " ".join(words[-5:])


def _reported_headline(r: SentenceReading, p: Predicate, country_name, actor_kinds) -> str:
    """For a closing attribution ("..., the White House said on Friday"): the headline of the
    clause it reports, without its place."""
    from timeline_app.core.extract.frames import build_frame
    from timeline_app.core.extract.mainverb import main_predicate

    main = main_predicate(r)
    if main is None or main.index == p.index:
        return ""
    inner = make_title(r, build_frame(r, main), [], [], country_name, actor_kinds)
    first = inner.split(" ", 1)[0]
    named = any(
        (first in m.name or first == short_name(m, country_name)) and not (m.kind == "thing" and m.first == 0)
        for m in r.mentions
    )  # a plain noun capitalised at the sentence's start is no name ("Exports rose ..., officials said")
    return inner if named else lower_first(inner)


_COUNT_WORDS = ("", "", "two", "three", "four", "five", "six", "seven", "eight")
"""Number words for the others of a long list of actors."""


def _listed_before(r: SentenceReading, m: Mention, actor_kinds) -> list[Mention]:
    """The actors listed before ``m`` with commas when the list opens its sentence or clause
    ("Iran, Turkey and Russia"): none when the first follows anything else ("In Syria, ...")."""
    listed: list[Mention] = []
    first = m.first
    while first >= 2 and r.lows[first - 1] == ",":
        o = r.mention_at(first - 2)
        if o is None or o.last != first - 1 or o.kind not in actor_kinds or o.possessive:
            break
        listed.insert(0, o)
        first = o.first
    if listed and first > 0 and r.lows[first - 1] not in ("the", ",", ";", '"', "“"):
        return []
    return listed


def _own_object(r: SentenceReading, subject: str, plural: bool, obj: str) -> str:
    """An object that names the subject's own part or member by the subject again ("Defence Force
    sacks commander of Defence Force") names it by "its" or "their" ("... sacks its commander");
    a person's is left as it is (his or hers: the title cannot tell)."""
    if not subject or f" of {subject}" not in obj:
        return obj
    match = re.match(rf"([a-z][a-z-]*) of (?:the )?{re.escape(subject)}\b", obj)
    body = any(
        m.kind not in ("person", "unknown") and subject in (m.text, m.name, m.text.removeprefix("the "))
        for m in r.mentions
    )
    if match is None or not body or match.group(1).split()[0] in DETERMINERS:
        return obj
    return f"{'their' if plural else 'its'} {match.group(1)}{obj[match.end() :]}"


def _people_listed(r: SentenceReading, p: Predicate, subj: Mention, country_name) -> str:
    """The subject of ``p`` when it is a list of people that ``subj`` is one of, each maybe with
    the place or body he is of ("Foreign ministers A of X, B of Y and C of Z met"): the plural
    noun that heads the list ("Foreign ministers"), else their names ("A, B and C"); "" when
    the subject is no such list."""
    time_tokens = r.time_tokens()
    end = p.index
    while end > 0 and (r.lows[end - 1] in AUX or r.lows[end - 1] in ADVERBS or end - 1 in time_tokens):
        end -= 1
    starts = {m.first: m for m in r.mentions}
    for m0 in r.mentions:
        if m0.kind != "person" or m0.first > subj.first:
            continue
        names: list[Mention] = []
        i, joined = m0.first, False
        while i < end:
            m = starts.get(i)
            if m is None or m.kind != "person" or m.possessive or joined:
                break
            names.append(m)
            i = m.last
            if i < end and r.lows[i] in ("of", "from"):
                i += 1 + (r.lows[i + 1 : i + 2] == ["the"])
                q = starts.get(i)
                if q is None or q.kind == "person":
                    break
                i = q.last
            if i < end and r.lows[i] == ",":
                i += 1
            if i < end and r.lows[i] == "and":
                i, joined = i + 1, len(names) >= 1
                m = starts.get(i)
                if m is not None and m.kind == "person":
                    names.append(m)
                    i = m.last
                    if i < end and r.lows[i] in ("of", "from"):
                        i += 1 + (r.lows[i + 1 : i + 2] == ["the"])
                        q = starts.get(i)
                        i = q.last if q is not None and q.kind != "person" else -1
                break
        if i != end or not joined or len(names) < 2 or subj not in names:
            continue
        before: list[str] = []
        k = m0.first - 1
        while k >= 0 and len(before) < 4 and r.tokens[k].text.isalpha() and r.mention_at(k) is None:
            if r.lows[k] in BOUNDARY_WORDS or r.lows[k] in PREPOSITIONS or r.lows[k] in DETERMINERS:
                break
            before.insert(0, r.tokens[k].text)
            k -= 1
        if (
            before
            and plural_word(before[-1].lower())
            and (k < 0 or r.lows[k] in DETERMINERS or r.lows[k] == ",")
        ):
            return " ".join(before)  # "Foreign ministers"
        if before:
            return ""  # "Foreign Minister A of X and B": the role is the first one's only
        called = [short_name(m, country_name) for m in names]
        if len(called) > 3:
            return f"{called[0]}, {called[1]} and {len(called) - 2} others"
        return f"{', '.join(called[:-1])} and {called[-1]}"
    return ""


def _coordinated(r: SentenceReading, m: Mention, p: Predicate, actor_kinds) -> Mention | None:
    """ "Israel and Hamas agreed": the second actor of a coordinated subject."""
    if m.last + 1 < p.index and r.lows[m.last] == "and":
        other = r.mention_at(m.last + 1)
        if other is not None and other.kind in actor_kinds and other.last <= p.index:
            return other
    return None


def _after_verb(r: SentenceReading, p: Predicate) -> str:
    return " ".join(t.text for t in r.tokens[p.index + 1 :] if t.lower.isalpha() or t.text[:1].isupper())


def _plural(subject: str) -> bool:
    last = subject.split()[-1].lower() if subject.split() else ""
    return plural_word(last) or last.isdigit()


def _headline_verb(r: SentenceReading, p: Predicate, plural: bool) -> str:
    """The verb in headline form: "meets", "to meet", "may meet", "were killed"."""
    word = r.tokens[p.index].text
    if p.lemma == "be" and r.lows[p.index + 1 : p.index + 2] == ["due"]:
        return ""  # "Barrack due in Beirut"
    if p.passive:
        aux = next(
            (t for t in reversed(r.lows[max(0, p.index - 3) : p.index]) if t in ("was", "were", "is", "are")),
            "",
        )
        if p.tense == "future":
            return "to be " + word
        if p.modal:
            modal = f"{p.modal} not" if p.negated else p.modal
            return f"{modal} be {word}"  # "talks could be held": a possibility, not "were held"
        return f"{aux or ('were' if plural else 'was')} {word}"
    ready = _adjective_frame(r, p)
    if ready:
        return ready
    if p.tense == "future" or reported_future(r, p):
        return ("will not " if p.negated else "to ") + p.lemma
    if p.negated and any(w in r.lows[max(0, p.index - 3) : p.index] for w in ("did", "does", "do")):
        return f"{'do' if plural else 'does'} not {p.lemma}"  # "Netanyahu does not attend summit"
    if p.modal:
        return _modal_group(r, p)
    if p.lemma in UNMET and _had_before(r, p.index):
        return f"had not {word}" if p.negated else f"had {word}"  # "had hoped": never "hopes"
    return p.lemma if plural else third_person(p.lemma)


UNMET = frozenset(["hope", "expect", "plan", "intend", "want", "wish", "aim", "anticipate", "predict"])
"""Verbs of hoping and planning whose past perfect ("had hoped to sign", "had planned a vote")
tells a hope or plan of before that mostly failed: the title keeps "had", never "hopes"."""


def _had_before(r: SentenceReading, k: int) -> bool:
    """Whether the verb at ``k`` is in the past perfect: "had" right before it, adverbs between."""
    j = k - 1
    while j > 0 and r.lows[j] in ADVERBS | _NOT_WORDS:
        j -= 1
    return j >= 0 and r.lows[j] in ("had", "'d")


def _modal_group(r: SentenceReading, p: Predicate) -> str:
    """A verb with its modal: "could not take" (never "could take"), "would be ready", "could
    have sent", "ought to go"."""
    modal = "ought to" if p.modal == "ought" else p.modal
    modal = f"{modal} not" if p.negated else modal
    word = r.tokens[p.index].text
    if p.passive:
        return f"{modal} be {word}"
    before = r.lows[p.index - 1] if p.index > 0 else ""
    if before in ("be", "have"):
        return f"{modal} {before} {word}"
    return f"{modal} {p.lemma}"


_BE_WORDS = frozenset(["is", "are", "was", "were", "be", "am", "'s", "’s"])
_NOT_WORDS = frozenset(["not", "never", "n't", "long", "originally", "initially", "earlier"])


def _adjective_frame(r: SentenceReading, p: Predicate, reported: bool = False) -> str:
    """ "is ready to embrace" -> "ready to embrace", "would be ready to leave" -> "would be
    ready to leave", "was not able to attend" -> "was not able to attend": the adjective that
    governs an infinitive stays in the headline with its negation and modal; "" otherwise."""
    i = p.index
    if p.finite or i < 3 or r.lows[i - 1] != "to":
        return ""
    adj = r.lows[i - 2]
    if not adj.isalpha() or adj in ("due", "set", "likely", "expected", "going", "about", "scheduled"):
        return ""  # a future frame: the plan itself ("to meet")
    j = i - 3
    negated = r.lows[j] in ("not", "n't", "never")
    if negated:
        j -= 1
    if j < 0 or r.lows[j] not in _BE_WORDS:
        return ""
    not_ = f"{'never' if r.lows[j + 1] == 'never' else 'not'} " if negated else ""
    if r.lows[j] == "be":
        modal = r.lows[j - 1] if j > 0 and r.lows[j - 1] in MODAL_WORDS else ""
        if not modal:
            return ""
        return f"{modal} {not_}be {adj} to {p.lemma}"  # "would be ready to leave"
    if r.lows[j] in ("was", "were"):
        return f"{r.lows[j]} {not_}{adj} to {p.lemma}"  # "was not able to attend"
    if reported:
        return f"{r.lows[j]} {not_}{adj} to {p.lemma}"  # "says he is ready to meet"
    return f"{not_}{adj} to {p.lemma}"  # headline present: "ready to embrace"


MODAL_WORDS = frozenset(["would", "could", "may", "might", "will", "should", "must", "can", "shall"])


def role_after(r: SentenceReading, m: Mention) -> str:
    """The role word in lower case right after a country or body ("the France coach", "a
    ministry spokesman") that makes the person holding it, not the state, the one who acts."""
    if m.kind not in ("country", "seat", "org") or m.last >= len(r.tokens):
        return ""
    word = r.tokens[m.last].text
    return word if word.islower() and word in ROLE_WORDS and word not in _NOT_PEOPLE else ""


_NOT_PEOPLE = frozenset(
    ["foreign", "defense", "defence", "interior", "state", "prime", "vice", "general", "staff"]
)


def _quote_title(r: SentenceReading, p: Predicate, speaker: str = "", closing: int | None = None) -> str:
    """'"We will win," said the minister.' -> 'Minister: “We will win”'."""
    if not speaker:
        speaker = _after_verb(r, p).split(" following ")[0]
    words = speaker.split()
    while words and words[0].lower() in ("a", "an", "the"):
        words.pop(0)
    end = closing if closing is not None else p.index
    kept = [i for i in range(end) if r.tokens[i].text not in ('"', "“", "”", "`", "'", "``", "''")]
    while kept and r.tokens[kept[-1]].text in (",", "."):
        kept.pop()
    most = QUOTE_WORDS
    excerpt = _quote_excerpt(r, kept) if len(kept) > QUOTE_WORDS else None
    if excerpt is not None:
        kept, most = excerpt, len(excerpt)  # a whole clause, not cut
    said = [r.tokens[i].text for i in kept]
    if excerpt is not None:
        said[0] = said[0][:1].upper() + said[0][1:]
    quote = " ".join(said[:most])
    return _finish(f"{' '.join(words[:5])}: “{quote}{'…' if len(said) > most else ''}”")


QUOTE_WORDS = 10
"""A headline quotes at most this many words (more are cut with "…")."""
_QUOTE_EXCERPT_MOST = 13
_CLAUSE_BREAKS = frozenset([",", ";", ":", "--", "—", "–"])
_CONDITIONS = frozenset(["if", "unless", "provided", "once", "when", "until", "should", "whether"])
_OPENS_NO_CLAUSE = frozenset(
    # beside BOUNDARY_WORDS ("that", "while", "because", ...): what opens no main clause either
    ["whatever", "whoever", "whichever", "whenever", "wherever", "however", "whilst", "despite",
     "even", "so", "no", "not", "but", "and", "or"]
)  # fmt: skip


def _quote_excerpt(r: SentenceReading, kept: list[int]) -> list[int] | None:
    """A whole clause of a long quotation for the headline, as an editor quotes a part: the
    first comma-bounded stretch of 3 to 13 words with a finite verb of its own that starts no
    subordinate clause ('"No matter what it takes, we must find them," X said' -> 'X: “we must
    find them”'). None when a stretch before it sets a condition ("if they attack, we will
    respond" is not "we will respond") or when a stretch after it could turn it round ("but
    not ...", "unless ...")."""
    stretches: list[list[int]] = [[]]
    for i in kept:
        if r.tokens[i].text in _CLAUSE_BREAKS:
            stretches.append([])
        else:
            stretches[-1].append(i)
    stretches = [s for s in stretches if s]
    finite = {q.index for q in r.preds if q.finite}
    for k, stretch in enumerate(stretches):
        first = r.lows[stretch[0]]
        if first in _CONDITIONS:
            return None
        whole = 3 <= len(stretch) <= _QUOTE_EXCERPT_MOST and any(i in finite for i in stretch)
        if not whole or first in BOUNDARY_WORDS or first in _OPENS_NO_CLAUSE:
            continue
        after = [r.lows[s[0]] for s in stretches[k + 1 :]]
        if any(w in _CONDITIONS or w in ("but", "not", "except", "although", "though") for w in after):
            return None
        return stretch
    return None


def _finish(title: str) -> str:
    title = " ".join(title.split())
    title = re.sub(r"(?<=\w) \.(?= |$)", ".", title).replace("$ ", "$").lstrip("{[(-–—*•:;,. ")
    title = re.sub(r"(?<=\w) (['’]s)\b", r"\1", title)  # "Iran 's minister" -> "Iran's minister"
    words = title.split(" ")
    while words and words[0].lower() in ("and", "but", "so", "yet", "or", "least"):
        if words[0].lower() == "so" and len(words) > 1 and words[1].lower().strip(",") == "far":
            words.pop(0)  # "So far, X has": the phrase goes whole
        words.pop(0)
    title = " ".join(words)
    title = title[:1].upper() + title[1:]
    if len(title) > MAX_TITLE:
        words = title[: MAX_TITLE - 1].rsplit(" ", 1)[0].split(" ")
        while len(words) > 3 and words[-1].lower().strip(",;:") in DANGLING:
            words.pop()  # never end on "in…" or "the…"
        title = " ".join(words).rstrip(",;:") + "…"
    return title


_NEGATION_CUE = re.compile(
    r"\b(?:not|never|no longer|refus(?:e|es|ed|ing)|fail(?:s|ed)? to|den(?:y|ies|ied)|won't|without|"
    r"reject(?:s|ed)?|no|instead of|rather than)\b|n't\b"
)
_MODAL_CUE = re.compile(
    r"\b(?:may|might|could|would|should|must|can|will|to|plan(?:s|ned|ning)?|expect(?:s|ed|ing)?|likely|due|"
    r"set to)\b"
)
"""The words that keep a negation or a modality in a title, as whole words: "plan" in "plant",
"can" in "Canada" or "no" in "Norway" keep nothing."""


def _located(r: SentenceReading, place: str) -> bool:
    """Whether the sentence names ``place`` as where something is ("in", "at", "near"), not
    where it comes from or goes ("imports from Croatia")."""
    for m in r.mentions:
        if m.name == place and m.first > 0:
            nxt = r.tokens[m.last].text if m.last < len(r.tokens) else ""
            if demonym_adjective(m) and nxt.isalpha() and nxt.islower():
                return False  # "Shares in British drinks groups fell": the groups are British, no place
            k = m.first - 1
            while k > 0 and r.lows[k] in ("the", "northern", "southern", "eastern", "western", "central"):
                k -= 1
            return r.lows[k] in ("in", "at", "near", "inside", "outside", "across", "around")
    return True


def faithful(title: str, r: SentenceReading, f: EventFrame, status: Status) -> bool:
    """Whether a headline keeps the clause's negation and modality ("did not sign", "to present",
    "may meet"), or the event's status carries them (denied, planned)."""
    core = f.content or f.pred
    low = f" {title.lower()} "
    first = core.index
    while first > 0 and r.segs[first - 1] == r.segs[core.index] and core.index - first < 12:
        first -= 1  # the clause up to the verb: "was to present new proposals aimed at ..."
    window = " ".join(r.lows[first : core.index])
    if not core.finite:
        # "will invest 15 billion yuan ... to build": the modality of the verb it depends on
        governor = next((q for q in reversed(r.preds) if q.finite and q.index < core.index), None)
        if governor is not None:
            window = " ".join(r.lows[max(0, governor.index - 4) : governor.index + 1]) + " " + window
    after = r.lows[core.index + 1 : core.index + 9]
    after = after[
        : next((k for k, w in enumerate(after) if w in (",", ";", "but", "while", "and")), len(after))
    ]
    padded = f" {window} "
    negated = (
        core.negated
        or any(c in padded for c in (" refused to", " failed to", " no longer", " never ", " not "))
        or any(w in ("not", "never", "n't") for w in after)  # "warned Arab states not to give money"
    )
    negated = negated or _negating_before(r, core.index)  # "conceded without playing the match"
    negated = negated or _rejected(r, core)  # "ruled out plans to close the plant"
    noun = _hope_noun(r, core)
    if noun and not any(w[:4] == noun[:4] for w in low.split()):
        return False  # "hopes that the rebels would free the hostages faded": only a hope
    if negated and status is not Status.DENIED and not _NEGATION_CUE.search(low):
        return False
    if " nor " in padded and not (" nor " in low or " neither " in low):
        return False  # "has neither confirmed nor denied involvement": no denial, whatever the status
    frame = hope_frame(r, core)
    said = "" if frame is None else r.lows[frame.index][:3]
    kept = any(w in HOPE_FORMS and w[:3] == said for w in low.split())  # "hopes", "plans" (not "plants")
    planned = direct_intent(r, core) and status is Status.PLANNED and f" to {r.lows[core.index]} " in low
    # "agreed that members will draw up a model": "Members to draw up model", a plan
    committed = (
        frame is not None
        and core.finite
        and (frame.lemma in COMMITMENTS or r.lows[frame.index] in COMMITMENT_FORMS)
    )
    planned = planned or (committed and status is Status.PLANNED and bool(_MODAL_CUE.search(low)))
    if frame is not None and not kept and not planned:
        # "expected the bank to raise rates" is no raise, and the bank's, not theirs; "agreed to
        # hold talks" may be told "Sides to hold talks" when its status says it is a plan
        return False
    if _purpose(r, core) and f" to {r.lows[core.index]} " not in low:
        return False  # "the zone set up after the war to protect the Kurds": no act of protecting
    if _reduced_passive(r, core) and f" {r.lows[core.index]} " not in low:
        return False  # "a banker accused of selling arms": he is accused, not the accuser
    if any(f" {third_person(p.lemma)} " in low for p in r.preds if _reduced_passive(r, p)):
        return False  # nor may a report of it say so ("Reports say banker accuses ...")
    if ("if" in r.lows or "unless" in r.lows) and not (" if " in low or " unless " in low):
        return False  # "If the motion passes, Brenn is expected to ask": the condition stays
    modal = core.modal or core.tense in ("future", "conditional") or _modal_frame(window)
    if r.lows[max(0, core.index - 2) : core.index] == ["to", "be"] and " to be " not in low:
        return status is Status.PLANNED  # "the roads to be rebuilt" are not rebuilt yet
    modal = modal or any(w in ("may", "might", "could", "would", "will") for w in window.split())
    return not (modal and status is not Status.PLANNED and not _MODAL_CUE.search(low))


PASSIVE_OF = frozenset(["accuse", "suspect", "charge", "convict", "acquit", "sentence", "jail", "arrest"])
CHAIN_FILLERS = frozenset(["also", "then", "now", "later", "again", "on", "in", "at", "today", "immediately"])


def _purpose(r: SentenceReading, core: Predicate) -> bool:
    """ "to" + verb after a noun phrase ("sent ships to the gulf to limit the spill", "the zone was
    set up to protect the Kurds"): what the act is for, not an act; a verb that "to" joins right
    to its own ("started on Friday to fly") is another matter."""
    if core.finite or core.index < 2 or r.lows[core.index - 1] != "to" or hope_frame(r, core) is not None:
        return False
    q = next((p for p in reversed(r.preds) if p.index < core.index - 1), None)
    if q is None:
        return True
    timed = r.time_tokens()
    between = [w for i, w in enumerate(r.lows[q.index + 1 : core.index - 1], q.index + 1) if i not in timed]
    return q.lemma == "be" or q.passive or any(w not in CHAIN_FILLERS for w in between)


def _reduced_passive(r: SentenceReading, core: Predicate) -> bool:
    """ "A banker accused of selling arms has vanished", "a ship seized by pirates": a participle
    after a noun, told of what was done to the noun."""
    word = r.lows[core.index]
    if not word.endswith("ed") or core.index < 1:
        return False
    before = r.lows[core.index - 1]
    if before in AUXILIARIES or before in BE_AUX:  # (two tests: no union of the sets built a call)
        return False
    nxt = r.lows[core.index + 1] if core.index + 1 < len(r.lows) else ""
    later = any(p.finite and p.index > core.index for p in r.preds)
    return later and (nxt == "by" or (core.lemma in PASSIVE_OF and nxt in ("of", "with", "for")))


HOPE_NOUNS = frozenset(["hope", "hopes", "expectation", "expectations", "fear", "fears", "plan", "plans",
                        "speculation", "rumour", "rumours", "rumor", "rumors", "chance", "chances",
                        "possibility", "prospect", "prospects", "likelihood", "suggestion", "suggestions",
                        "call", "calls", "demand", "demands", "proposal", "proposals", "bid", "attempt",
                        "attempts", "efforts", "offer", "threat", "threats", "talk"])  # fmt: skip
REJECTING = frozenset(["reject", "deny", "dismiss", "scrap", "abandon", "drop", "cancel", "shelve", "oppose",
                       "refuse", "decline", "dampen", "quash", "dash", "block", "veto"])  # fmt: skip


def _clause_before(r: SentenceReading, i: int) -> list[str]:
    """The words of ``i``'s clause before it, back to a comma or a clause word (at most 10)."""
    k = i
    while k > 0 and i - k < 10 and r.lows[k - 1] not in (",", ";", ":", "which", "who", "while", "but", "("):
        k -= 1
    return r.lows[k:i]


def _hope_noun(r: SentenceReading, core: Predicate) -> str:
    """The noun of hoping or planning whose "that" or "to" clause ``core`` is in ("hopes that the
    rebels would free", "plans to close the plant"), or ""."""
    words = _clause_before(r, core.index)
    for k in range(len(words) - 1, 0, -1):
        if words[k] in ("that", "to") and words[k - 1] in HOPE_NOUNS:
            return words[k - 1]
    return ""


def _rejected(r: SentenceReading, core: Predicate) -> bool:
    """ "ruled out plans to close", "rejected calls to hold a vote", "dampened hopes that it could
    seal": what ``core`` tells is turned down by the verb that governs it."""
    before = _clause_before(r, core.index)
    start = core.index - len(before)
    for q in r.preds:
        between = r.lows[q.index + 1 : core.index]
        joined = ("to" in between or "that" in between) and "and" not in between and "or" not in between
        rejecting = q.lemma in REJECTING or (q.lemma == "rule" and between[:1] == ["out"])
        if start <= q.index < core.index and joined and rejecting:
            return True
    return False


BE_AUX = frozenset(["be", "been", "being", "'s", "has", "have", "had", "who", "which", "that"])
NEGATING = (("without",), ("instead", "of"), ("rather", "than"))
_NEGATING_ENDS = frozenset(n[-1] for n in NEGATING)


def _negating_before(r: SentenceReading, i: int) -> bool:
    """ "without playing", "instead of meeting", "rather than selling": the verb did not happen."""
    if i == 0 or r.lows[i - 1] not in _NEGATING_ENDS:
        return False  # (most verbs: no phrase ends right before them)
    return any(tuple(r.lows[max(0, i - len(n)) : i]) == n for n in NEGATING)


def _modal_frame(window: str) -> bool:
    return any(c in f" {window} " for c in MODAL_FRAMES)


MODAL_FRAMES = (" was to ", " were to ", " is to ", " are to ", " likely to ", " expected to ", " plans to ",
                " plan to ", " due to ", " set to ", " going to ", " scheduled to ", " about to ", " will ",
                " would ")  # fmt: skip


def checked_title(
    title: str,
    r: SentenceReading,
    f: EventFrame,
    status: Status,
    speaker: str = "",
    person: str = "",
    antecedent: tuple[str, str] = ("", ""),
) -> str:
    """The built headline when it is well formed (it passes the title validator) and faithful;
    otherwise the trimmed extract of the sentence's main clause. Never a title the validator
    rejects when one of the two passes; when neither does, the one with fewer faults."""
    built = title_problems(title)
    true_to_it = faithful(title, r, f, status)
    if not built and true_to_it:
        return title
    if not built:
        conditioned = f"{title} {condition_text(r)}".strip()  # "Trump threatens to strike Iran if talks fail"
        if conditioned != title and not title_problems(conditioned) and faithful(conditioned, r, f, status):
            return conditioned
        attempted = attempt_title(title, r, f)  # "Lane defuses row" for "Lane moved to defuse the row"
        if attempted and not title_problems(attempted) and faithful(attempted, r, f, status):
            return attempted
    extract = trimmed_extract(r, speaker, person, antecedent=antecedent)
    if f.pred.is_speech and extract and not title_problems(extract):
        # the saying's title keeps who says it ("Ministry says the sides had agreed ..."), when
        # what is said reads well by itself (a speaker never hides a fault of the words)
        told = trimmed_extract(r, speaker, person, antecedent=antecedent, telling=True)
        extract = told if told and not title_problems(told) else extract
    FALLBACKS.count += 1
    if not extract or not title:
        return extract or title
    trimmed = title_problems(extract)
    if not trimmed or len(trimmed) <= len(built) or not true_to_it:
        return extract
    return title


AUXILIARIES = frozenset(["has", "have", "had", "does", "do", "did", "is", "are", "was", "were"])


def planned_title(title: str, r: SentenceReading, f: EventFrame, status: Status) -> str:
    """A headline that gives a plan as done ("Sides hold talks" for "agreed to hold talks") in
    the plan form ("Sides to hold talks") when that is faithful; otherwise the headline as it is."""
    core = f.content or f.pred
    if status is not Status.PLANNED or not direct_intent(r, core) or faithful(title, r, f, status):
        return title
    planned = _to_infinitive(title, core, r)
    frame = hope_frame(r, core)
    if planned and frame is not None and frame.lemma in UNMET and _had_before(r, frame.index):
        # "had intended to sign the treaty": a plan of before, never "President to sign treaty"
        planned = planned.replace(" to ", f" had {r.tokens[frame.index].text} to ", 1)
    if planned and not title_problems(planned) and faithful(planned, r, f, status):
        return planned
    return title


ATTEMPTS = frozenset(["try", "attempt", "move", "seek"])


def attempt_title(title: str, r: SentenceReading, f: EventFrame) -> str:
    """A headline that gives an attempt as done ("Lane defuses row" for "Lane moved to defuse the
    row") with its verb of trying kept ("Lane moves to defuse row"), when the one trying is the
    subject ("moved to", nothing between); otherwise ""."""
    core = f.content or f.pred
    frame = hope_frame(r, core)
    if frame is None or frame.lemma not in ATTEMPTS or frame.negated or frame.index + 2 != core.index:
        return ""
    before = r.lows[frame.index - 1] if frame.index > 0 else ""
    if before in DETERMINERS or wordclass.classes(before) == {"ADJ"}:
        return ""  # "previous attempts to censure X failed": a noun, no one trying
    planned = _to_infinitive(title, core, r)
    if not planned:
        return ""
    return planned.replace(" to ", f" {third_person(frame.lemma)} to ", 1)


def _to_infinitive(title: str, p: Predicate, r: SentenceReading) -> str:
    """The headline with its verb in the plan form ("Sides hold talks" -> "Sides to hold talks"),
    or "" when the verb is not found in it."""
    base = r.tokens[p.index].text
    words = title.split()
    for k, w in enumerate(words[1:], 1):
        if w.lower() in (base.lower(), third_person(p.lemma).lower(), third_person(base.lower())):
            head = [x for x in words[:k] if x.lower() not in AUXILIARIES]  # "has establish": "to establish"
            return " ".join([*head, "to", base, *words[k + 1 :]])
    return ""


def plain_checked(title: str, r: SentenceReading) -> str:
    """A title made without a frame (a verbless sentence, a dated noun): itself when it passes
    the validator, else the trimmed extract of its sentence when that has fewer faults."""
    problems = title_problems(title)
    if not problems:
        return title
    extract = trimmed_extract(r)
    if extract and len(title_problems(extract)) < len(problems):
        FALLBACKS.count += 1
        return extract
    return title


def condition_text(r: SentenceReading) -> str:
    """The sentence's "if"/"unless" clause up to the next comma ("if the talks failed"), or ""."""
    start = next((i for i, w in enumerate(r.lows) if w in ("if", "unless")), None)
    if start is None:
        return ""
    end = next(
        (i for i in range(start, len(r.lows)) if r.lows[i] in (",", ";", ".", ":", '"', "“", "”")),
        len(r.lows),
    )
    words = [t.lower if i == start else t.text for i, t in enumerate(r.tokens[start:end], start)]
    words = [w for w in words if w.lower() not in ("the", "a", "an")]
    return " ".join(words).replace(" 's", "'s") if len(words) <= 8 else ""


def spoken_title(title: str, r: SentenceReading, speaker: str, told_by_pronoun: bool = False) -> str:
    """A title that opens on a pronoun of a quotation ('"This is the reason for the manoeuvres,"
    Ivanov said': "This is the reason ...") with its speaker named before the words ("Ivanov: this
    is the reason ..."), when the sentence has a verb of saying and names that speaker (or says
    "he said" of the person before); otherwise the title as it is."""
    if not speaker or ": " in title[:40] or "pronoun as subject" not in title_problems(title):
        return title
    if not any(p.is_speech and p.finite and not in_direct_speech(r, p.index) for p in r.preds):
        return title  # '"If Labour can acknowledge that, they will ..."': no one outside says it
    if not told_by_pronoun and speaker.split()[-1] not in {t.text for t in r.tokens}:
        return title  # "Brazil" for "the former Brazilian hero": no one the sentence names
    first = title.split(" ", 1)[0].lower()
    bare = first.replace("’", "'").split("'", 1)[0]  # "It's": an "it" token and an "'s" token
    k = next((i for i, w in enumerate(r.lows) if w == first), None)
    if k is None:
        k = next((i for i, w in enumerate(r.lows[:-1]) if w == bare and r.lows[i + 1] in ("'s", "’s")), None)
    if k is None or not in_direct_speech(r, k):
        return title  # "It also called for ...": the writer's words, not the speaker's
    opener = title.split(" ", 1)[0].replace("’", "'").split("'", 1)[0]
    spoken = f"{speaker}: {title if opener == 'I' else lower_first(title)}"
    if len(spoken) > MAX_TITLE:
        spoken = cut_title(spoken.removesuffix("…"), MAX_TITLE)
    return spoken if len(title_problems(spoken)) < len(title_problems(title)) else title
