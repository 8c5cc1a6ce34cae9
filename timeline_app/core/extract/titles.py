"""Headlines: "Putin to receive Witkoff in Moscow", "Russia claims capture of Krasnoarmeysk".

Built from the frame's actor, verb and object rather than cut from the sentence: subject in
its short form (surname, country), the verb in headline tense ("meets", "to meet" for the
future), the object up to the next clause boundary without role titles or dates.
"""

from __future__ import annotations

from timeline_app.core.extract.clauses import BOUNDARY_WORDS, Predicate
from timeline_app.core.extract.frames import MATERIAL, Frame, reported_future
from timeline_app.core.extract.mentions import Mention
from timeline_app.core.extract.reading import Reading


def country_name_is(name: str) -> bool:
    from timeline_app.core.extract.pipeline import country_name_is as check

    return check(name)


MAX_TITLE = 80
NOMINALS = {
    "seize": "capture of", "capture": "capture of", "take": "capture of", "occupy": "occupation of",
    "attack": "attack on", "kill": "killing of", "shell": "shelling of", "strike": "strike on",
    "bomb": "bombing of", "invade": "invasion of", "release": "release of", "withdraw": "withdrawal from",
    "arrest": "arrest of", "sanction": "sanctions on", "expel": "expulsion of",
}  # fmt: skip
STOP = frozenset(
    [
        ",",
        ";",
        ":",
        "(",
        ")",
        "—",
        "–",
        "that",
        "while",
        "whereas",
        "though",
        "although",
        "because",
        "according",
        "after",
        "before",
        "since",
        "as",
        "if",
        "which",
        "who",
        "when",
        "where",
        "until",
    ]
)
IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}


def short_name(m: Mention, country_name) -> str:
    if m.kind == "person":
        return m.name.split()[-1] if " " in m.name else m.name
    if m.kind in ("seat", "official"):
        return country_name(m.country) or m.name
    if m.kind == "city" and m.possessive:
        return country_name(m.country) or m.name
    return m.name


def third_person(lemma: str) -> str:
    if lemma in IRREGULAR_3SG:
        return IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def subject_of(r: Reading, p: Predicate, actor_kinds: frozenset[str]) -> Mention | None:
    """The actor heading the noun phrase before the verb in its clause ("The Kremlin announced",
    not "a plan proposed by Washington surfaced"); for a verb without one ("After meeting ...,
    Zelensky stated"), the subject of the next main verb."""
    seg = r.segs[p.index]
    time_tokens = r.time_tokens()
    start = p.index
    while start > 0 and r.segs[start - 1] == seg:
        start -= 1
    head = start
    while head < p.index and (r.tokens[head].lower in _LEAD or head in time_tokens):
        head += 1
    m = r.mention_at(head)
    if m is not None and m.kind in actor_kinds and m.last <= p.index:
        return m
    if not p.finite or head >= p.index:
        nxt = next((q for q in r.preds if q.index > p.index and q.finite), None)
        if nxt is not None:
            cands = [
                m for m in r.mentions if p.index < m.first and m.last <= nxt.index and m.kind in actor_kinds
            ]
            if cands:
                return cands[-1]
        if p.lemma in ("say", "tell") or p.is_speech:
            after = [m for m in r.mentions if m.first > p.index and m.kind in actor_kinds]
            return after[0] if after else None
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


def object_phrase(r: Reading, p: Predicate, country_name, max_words: int = 7) -> str:
    """Words after the verb up to a clause boundary or a time expression, names shortened."""
    time_tokens = r.time_tokens()
    words: list[str] = []
    i = p.index + 1
    after_place = False
    n = len(r.tokens)
    while i < n and len(words) < max_words:
        low = r.tokens[i].lower
        if low in STOP or i in time_tokens or low == ".":
            break
        if low in ("on", "at", "by", "during", "late", "early") and i + 1 in time_tokens:
            break
        if low == "for" and words:
            break
        m = r.mention_at(i)
        if m is not None:
            words.append(short_name(m, country_name))
            after_place = m.kind in ("city", "region", "place", "country")
            i = m.last
            continue
        if low == "in" and after_place and i + 1 < n and r.mention_at(i + 1) is not None:
            skipped = r.mention_at(i + 1)
            i = skipped.last if skipped else i + 1  # "Krasnoarmeysk in Donetsk" -> "Krasnoarmeysk"
            continue
        if low in ("'s", "’s", '"', "“", "”"):
            i += 1
            continue
        words.append(r.tokens[i].text)
        after_place = False
        i += 1
    while words and words[-1].lower() in ("and", "of", "the", "a", "an", "with", "to", "in", "on", "for"):
        words.pop()
    return " ".join(words)


def make_title(r: Reading, f: Frame, actors: list[str], places: list[str], country_name, actor_kinds) -> str:
    p = f.pred
    subj = subject_of(r, p, actor_kinds)
    subject = short_name(subj, country_name) if subj else _noun_phrase_before(r, p)
    if not subject.strip("'\"`“” ") and actors:
        first = actors[0]
        subject = first if (country_name_is(first) or " " not in first) else first.split()[-1]
    quoted = any(t.lower in ('"', "”", "''", "'") for t in r.tokens[max(0, p.index - 3) : p.index])
    if p.is_speech and (
        not subject.strip("'\"`“” ") or (quoted and subj is not None and subj.first > p.index)
    ):
        return _quote_title(r, p, short_name(subj, country_name) if subj is not None else "")
    if f.content is not None and p.is_speech:
        c = f.content
        from timeline_app.core.extract.frames import predicate_kind

        obj = object_phrase(r, c, country_name)
        if predicate_kind(r, c) in MATERIAL and c.lemma in NOMINALS and obj:
            title = f"{subject} claims {NOMINALS[c.lemma]} {obj}"
        else:
            csub = subject_of(r, c, actor_kinds)
            cs = short_name(csub, country_name) if csub and csub is not subj else ""
            future = c.tense == "future" or reported_future(r, c)
            verb = ("will " + c.lemma) if future else r.tokens[c.index].text
            title = f"{subject} says {cs + ' ' if cs else ''}{verb} {obj}".strip()
    else:
        verb = _headline_verb(r, p, subj is None and _plural(subject))
        title = f"{subject} {verb} {object_phrase(r, p, country_name)}"
        if places and places[0] not in title:
            title += f" in {places[0]}"
    return _finish(title)


def _plural(subject: str) -> bool:
    last = subject.split()[-1].lower() if subject.split() else ""
    return (last.endswith("s") and not last.endswith("ss")) or last.isdigit()


def _headline_verb(r: Reading, p: Predicate, plural: bool) -> str:
    """The verb in headline form: "meets", "to meet", "may meet", "were killed"."""
    word = r.tokens[p.index].text
    if p.passive:
        aux = next(
            (t for t in reversed(r.lows[max(0, p.index - 3) : p.index]) if t in ("was", "were", "is", "are")),
            "",
        )
        return ("to be " + word) if p.tense == "future" else f"{aux or ('were' if plural else 'was')} {word}"
    if p.tense == "future" or reported_future(r, p):
        return "to " + p.lemma
    if p.modal:
        return f"{p.modal} {p.lemma}"
    return p.lemma if plural else third_person(p.lemma)


def _quote_title(r: Reading, p: Predicate, speaker: str = "") -> str:
    """'"We will win," said the minister.' -> 'Minister: “We will win”'."""
    if not speaker:
        speaker = " ".join(
            t.text for t in r.tokens[p.index + 1 :] if t.lower.isalpha() or t.text[:1].isupper()
        ).split(" following ")[0]
    words = speaker.split()
    while words and words[0].lower() in ("a", "an", "the"):
        words.pop(0)
    said = [t.text for t in r.tokens[: p.index] if t.text not in ('"', "“", "”", "`", "'", "``", "''")]
    while said and said[-1] in (",", "."):
        said.pop()
    quote = " ".join(said[:10])
    return _finish(f"{' '.join(words[:5])}: “{quote}{'…' if len(said) > 10 else ''}”")


def _finish(title: str) -> str:
    title = " ".join(title.split())
    words = title.split(" ")
    while words and words[0].lower() in ("and", "but", "so", "yet", "or", "least"):
        words.pop(0)
    title = " ".join(words)
    title = title[:1].upper() + title[1:]
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"
    return title


_AUXILIARIES = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "been",
        "be",
        "will",
        "would",
        "not",
        "also",
        "still",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
    ]
)


def _noun_phrase_before(r: Reading, p: Predicate) -> str:
    """The words before the verb back to the clause boundary, up to a participle
    ("a plan proposed by ..."); quotation marks do not end the phrase."""
    earlier = [q.index for q in r.preds if q.index < p.index]
    time_tokens = r.time_tokens()
    words: list[str] = []
    i = p.index - 1
    while i >= 0:
        low = r.tokens[i].lower
        if low in (",", ";", ":", "(", ")", "—") or low in BOUNDARY_WORDS:
            break
        if i in earlier:
            words = []  # a participle: the subject is what came before it
        elif low not in ('"', "“", "”", "`", "``", "''", "'") and i not in time_tokens:
            words.append(r.tokens[i].text)
        i -= 1
    words.reverse()
    while words and words[0].lower() in _LEAD | {"it", "this"}:
        words.pop(0)
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()  # "... was arrested": the verb phrase brings its own "was"
    return " ".join(words[-5:])
