"""The name a title's pronoun subject stands for ("It raised rates": "Bank raises rates").

A title that still opens with "It", "They", "He", "She", "Its" or "Their" after the headline and
its checks (issue 11: a pronoun is never a title's subject) gets the name the pronoun stands for
when the text gives it surely, else stays as it is: a wrong name is worse than a pronoun.

- In the pronoun's own sentence, the subject of a clause before it ("While Italy prepares ...,
  it has given ...", "The agency said it would ..."): the one such subject of the right kind.
- Else, when nothing before the pronoun in its sentence is told (no finite verb), the subject of
  the sentence before ("The bank cut rates. It also relaxed rules"), when it is of the right kind.

"It" and "its" stand for a body, a country or a group, "they" and "their" for a group, "he" and
"she" for a person. An "it" before a form of "be" or a verb of seeming ("It was not clear",
"It emerged that") stands for nothing. Cheap: only titles that open with a pronoun are read,
and only the pronoun's sentence and the one before, whose mentions and verbs are already made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.extract.phrases import short_name
from timeline_app.core.extract.reading import SentenceReading

if TYPE_CHECKING:
    from timeline_app.core.extract.clauses import Predicate
from timeline_app.core.extract.mentions import Mention, acronym
from timeline_app.core.extract.titles import thing_subject
from timeline_app.core.extract.trimmed import cut_title


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PRONOUN_TITLES = frozenset(["It", "It's", "They", "He", "She", "Its", "Their"])
"""A title's first words that this module may resolve (one set test per event)."""

_KINDS = {
    "it": frozenset(["org", "country"]),
    "its": frozenset(["org", "country"]),
    "they": frozenset(["group"]),
    "their": frozenset(["group"]),
    "he": frozenset(["person"]),
    "she": frozenset(["person"]),
}
_ANY_ACTOR = frozenset(["person", "org", "group", "country", "seat", "official"])
_SKIPPED = _words(
    "also still now then already further later however has have had will would could may might can "
    "should must did does do not never"
)
_NOT_ACTORS = _words(
    "area construction work crisis process situation time day year week month weather rate price "
    "project plan system issue problem case matter move decision people"
)
"""Plain nouns a next "it" often does not stand for as the one who acts."""
_BODY_WORDS = _words(
    "government administration ministry cabinet parliament army military navy foreign defence defense "
    "interior finance trade economy central bank"
)
_CLAUSE_OPENERS = frozenset([",", "that", "and", "but", '"', "“", "``", ";"])
_PREPOSITIONS = _words(
    "of in to from with by for on at against between among into over under about like than"
)
_IMPERSONAL = _words(
    "is was are were be been being 's seems seemed seem appears appeared appear emerged emerges "
    "remains remained means meant looks looked takes took happened happens follows followed"
)
_BETWEEN = _words("( ) , has have had will would also is was are were been being could may might")


@dataclass(slots=True)
class PronounThread:
    """The last pronoun resolved, for the next sentence that opens with the same one ("It will
    pass a law ... It will also include ..."): (sentence index, pronoun, title name, actor)."""

    last: tuple[int, str, str, tuple[str, ...]] = (-9, "", "", ())


def resolved_title(
    title: str,
    r: SentenceReading,
    before: SentenceReading | None,
    country_name: Callable[[str], str],
    thread: PronounThread | None = None,
) -> tuple[str, tuple[str, ...]] | None:
    """(title with its pronoun subject replaced by the name it stands for, the actors it names: none
    for a plain noun), or None when the title does not open with such a pronoun or the text does
    not say surely whom."""
    first, _, rest = title.partition(" ")
    if first not in PRONOUN_TITLES or not rest:
        return None
    word = first.lower()
    if word not in _KINDS:
        return None  # "It's ...": only a dummy "it" (impersonal_it) is read there
    lows = r.lows
    after = rest.split()[0].lower()
    at = next((i for i, w in enumerate(lows[:-1]) if w == word and lows[i + 1] == after), -1)
    if at < 0 or (word == "it" and _impersonal(lows, at)):
        return None
    if word in ("its", "their") and at > 0 and lows[at - 1] not in _CLAUSE_OPENERS:
        return None  # "said from its headquarters": a possessive inside a phrase heads no clause
    found = _antecedent(r, before, word, at, country_name)
    index = r.sentence.index
    if found is None and thread is not None:
        seen, said, name, actor = thread.last
        if seen == index - 1 and said == word and not any(p.finite and p.index < at for p in r.preds):
            found = name, actor  # "It will pass a law. It will also include ...": the same one
    if found is None:
        return None
    name, actor = found
    if thread is not None:
        thread.last = (index, word, name, actor)
    if word in ("its", "their"):
        return f"{name}'s {rest}", actor
    return f"{name} {rest}", actor


def _antecedent(
    r: SentenceReading, before: SentenceReading | None, word: str, at: int, country_name: Callable[[str], str]
) -> tuple[str, tuple[str, ...]] | None:
    """(title name, actors) of what the pronoun at ``at`` stands for, or None."""
    kinds = _KINDS[word]
    told_before = [p for p in r.preds if p.finite and p.index < at]
    m: Mention | None
    source = r
    if told_before:
        names = {m.name: m for m in (_subject(r, p, at) for p in told_before) if m is not None}
        if len(names) != 1:
            return None
        (m,) = names.values()
    else:
        if before is None or any(m.last <= at and m.kind in _ANY_ACTOR for m in r.mentions):
            return None
        main = next((p for p in before.preds if p.finite), None)
        if main is None or (main.is_speech and word in ("they", "their")):
            return None  # "Sources said the two sides would meet. They ...": the sides, maybe
        m, source = _subject(before, main, len(before.lows)), before
        if m is None and word in ("it", "its", "they", "their"):
            # "The assembly is expected to pass laws. It will ...": a plain noun phrase subject
            thing = thing_subject(before, main, country_name)
            plain = thing[0] if word in ("it", "its") else thing[1]
            if plain and plain.split()[-1].lower() not in _NOT_ACTORS:
                return plain[:1].upper() + plain[1:], ()
            return None
    if m is not None and word == "they" and m.kind == "person":
        return _pair(source, m, country_name)
    if m is None or m.possessive or not (m.kind in kinds or (word in ("it", "its") and _acronym(m))):
        return None
    name = short_name(m, country_name)
    if not name or name.lower() == word:
        return None
    return name, (m.name,)


def _pair(
    r: SentenceReading, m: Mention, country_name: Callable[[str], str]
) -> tuple[str, tuple[str, ...]] | None:
    """Two people named as one subject ("Paes and Mirza won gold. They ..."): both, for "they"."""
    if m.first < 2 or r.lows[m.first - 1] != "and":
        return None
    other = next((o for o in r.mentions if o.last == m.first - 1), None)
    if (
        other is None
        or other.kind != "person"
        or other.possessive
        or (other.first > 0 and r.lows[other.first - 1] in _PREPOSITIONS)
    ):
        return None
    return f"{short_name(other, country_name)} and {short_name(m, country_name)}", (other.name, m.name)


def _acronym(m: Mention) -> bool:
    """An unknown name written in capitals ("EDS", "CBI"): a body, never a person."""
    return m.kind == "unknown" and acronym(m.text)


def _subject(r: SentenceReading, p: Predicate, end: int) -> Mention | None:
    """The name right before verb ``p`` (asides, brackets and auxiliaries between), not the
    object of a preposition, ending by ``end``: the verb's subject; else None."""
    m = next((m for m in reversed(r.mentions) if m.last <= p.index), None)
    if m is None or m.last > end or (m.first > 0 and r.lows[m.first - 1] in _PREPOSITIONS):
        return None
    start = m.last
    if m.kind == "country":
        while start < p.index and r.tokens[start].text in _BODY_WORDS:
            start += 1  # "The German government said ...": the country's government, for "it"
    if r.lows[start : start + 1] == [","] and r.lows[p.index - 1] == "," and p.index - start > 3:
        start = p.index - 1  # "EDS, a provider of services, is ...": an apposition between
    between = range(start, p.index)
    if any(r.lows[k] not in _BETWEEN and not r.tokens[k].text.isupper() for k in between):
        return None
    return m


def _impersonal(lows: list[str], at: int) -> bool:
    """Whether "it" at ``at`` opens a clause of being or seeming ("it was not clear", "it has
    emerged"): no antecedent to look for."""
    j = at + 1
    while j < len(lows) and lows[j] in _SKIPPED:
        j += 1
    return j >= len(lows) or lows[j] in _IMPERSONAL


_DUMMY_SKIPPED = _words(
    "also still now then already not never however thus so yet even far very highly more less"
)
_BEING = _words("is was 's are were be been being has had have will would may might could must")
_STANCE = _words(
    "clear unclear likely unlikely possible impossible certain uncertain known unknown expected hoped "
    "feared believed thought understood said true apparent evident obvious doubtful probable "
    "important necessary appropriate difficult hard easy better worth vital essential crucial "
    "mystery question matter"
)
"""What a dummy "it" is said to be before a clause ("It was not clear whether ...", "It is
hoped that ..."): the sentence tells a stance or an uncertainty, no happening."""
_SEEMING = _words("seems seemed seem appears appeared appear")
_NEWS = _words("emerged emerges transpired announced reported confirmed learned learnt revealed disclosed")
"""A dummy "it" that tells news ("It emerged that ...", "It was announced that ..."): the clause
after "that" is the happening."""
_CLAUSE = _words("that whether if how why what when who where")
_EASY = _words(
    "impossible important necessary appropriate difficult hard easy better worth vital essential crucial"
)
"""Adjectives whose "it ... to" is dummy ("It is difficult to say"); "It is expected to reach"
and "It is likely to" speak of something ("it" the storm)."""
_NOT_CLAUSE = _words("to like a an as if though , . ; :")
_SUBJECT_PRONOUNS = _words("he she it they we i you this that these those there")


def impersonal_it(title: str, r: SentenceReading) -> str | None:
    """For a title that opens on a dummy "it" ("It was not clear whether he would come", "It
    emerged that police had arrested two men"): the title of the clause it brings when that
    clause is news told with its own subject ("Police had arrested two men"), "" when the
    sentence tells no happening (a stance, an uncertainty, a seeming: no event), else None (not
    such a title, or a clause whose subject is itself a pronoun)."""
    first, _, rest = title.partition(" ")
    if first not in ("It", "It's") or not rest:
        return None
    lows = r.lows
    n = len(lows)
    at = next((i for i in range(n - 1) if lows[i] == "it" and (i == 0 or lows[i - 1] in _CLAUSE_OPENERS)), -1)
    if at < 0:
        return None
    j = at + 1
    while j < n and (
        lows[j] in _DUMMY_SKIPPED or lows[j] in _BEING or (lows[j].endswith("ly") and lows[j] not in _STANCE)
    ):
        j += 1  # "It is extremely difficult", "It has now emerged"
    if j >= n or (not any(lows[k] in _BEING for k in range(at + 1, j)) and lows[j] not in _SEEMING | _NEWS):
        return None  # "It plans to ...", "It appeared Tomlinson would": a verb of its own first
    head = lows[j]
    k = j + 1
    if head in ("a", "the") and k < n and lows[k] in _STANCE:
        head, k = lows[k], k + 1  # "It was still a mystery whether"
    if k < n and lows[k] == ",":
        k += 1
    nxt = lows[k] if k < n else ""
    if head in _NEWS:
        # "It emerged on Tuesday that police had ...": a time or place may come before "that"
        that = next((i for i in range(k, min(n, k + 5)) if lows[i] == "that"), -1)
        if that >= 0 and not any(p.finite and k <= p.index < that for p in r.preds):
            return _clause_title(r, that + 1)
        return None
    if (
        any(p.is_speech and p.finite for p in r.preds)
        or any(e[0] > k for e in r.expressions)
        or _another_clause(r, k)
    ):
        # 'A spokesman said: "It is difficult to ..."': someone's statement; "It was not known if
        # the arrest announced today ...": a dated happening told inside
        return None
    if head in _STANCE and (nxt in _CLAUSE or (nxt == "to" and head in _EASY)):
        return ""
    if head in _SEEMING and nxt in _STANCE:
        head, nxt = nxt, lows[k + 1] if k + 1 < n else ""  # "It now appears clear that"
        if head in _STANCE and nxt in _CLAUSE:
            return ""
    if head in _SEEMING and nxt not in _NOT_CLAUSE and any(p.finite and p.index > k for p in r.preds):
        return ""  # "It seems the spirit of Christmas is not dead": a view, no happening
    return None


def _another_clause(r: SentenceReading, k: int) -> bool:
    """Whether after ``k`` an "and" or "but" opens a clause of its own subject ("It was not clear
    whether he would come and the prosecutor declined to comment"): that clause may be news."""
    lows, tokens = r.lows, r.tokens
    for c in range(k, len(lows) - 1):
        opens = lows[c] in ("and", "but") and (tokens[c + 1].text[:1].isupper() or lows[c + 1] == "the")
        if opens and any(p.finite and c + 1 < p.index <= c + 6 for p in r.preds):
            return True
    return False


def _clause_title(r: SentenceReading, k: int) -> str | None:
    """The words from ``k`` to the end of the sentence as a title, when they open on a subject
    that is no pronoun and hold a finite verb of their own; else None."""
    lows, tokens = r.lows, r.tokens
    end = len(lows)
    while end > k and lows[end - 1] in (".", "!", "?", '"', "”", "'", "''"):
        end -= 1
    if (
        end - k < 3
        or lows[k] in _SUBJECT_PRONOUNS
        or not any(p.finite and k < p.index < end for p in r.preds)
    ):
        return None
    parts = [tokens[k].text]
    for i in range(k + 1, end):
        parts.append((" " if tokens[i].start > tokens[i - 1].end else "") + tokens[i].text)
    text = "".join(parts)
    return cut_title(text[:1].upper() + text[1:])
