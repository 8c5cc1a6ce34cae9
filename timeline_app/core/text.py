"""How the core cuts a text: paragraphs, sentences (the one splitter) and tokens.

The temporal tagger (the tense that decides whether "Monday" is the last or the next one) and
the event extractor (which sentence an event comes from) must agree on where a sentence ends:
with two splitters, "Talks will be held with Prof. Ivanov on Monday" was two sentences for the
tagger (which then saw no "will" before "Monday" and took the past Monday) and one for the
extractor. Both now read the spans made here.

Hand-written rather than taken from NLTK or spaCy: those need model downloads (no network at
run time) and are an order of magnitude slower than the extractor's budget of 30 ms per 1,000
words; news prose needs only abbreviation-aware splitting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "corp",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "a.m",
        "p.m",
    ]
)
"""Words after which a full stop does not end a sentence (compared in lower case)."""

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: blocks separated by a blank line.

    A single line break is not a paragraph break: plain-text articles use it both for hard
    wrapping and between one-sentence wire paragraphs, and only the blank line is unambiguous.
    """
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n")
_LAST_WORD = re.compile(r"((?:[^\W\d_]|\.)+)$")
_NEXT_CHAR = re.compile(r"\s*(\S)")


def _ends_sentence(text: str, dot: int, end: int, limit: int) -> bool:
    if text[dot] != ".":
        return True
    # A bounded look-behind: O(1). Letters of any alphabet: "l'Élysée." ends a sentence, and
    # reading only its last ASCII letter ("e") took it for an initial.
    word = _LAST_WORD.search(text, max(0, dot - 24), dot)
    if word:
        w = word.group(1).lower().rstrip(".")
        if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
            return False
    # "...said the U.S. official" is rare enough; a lower-case continuation never starts a sentence.
    nxt = _NEXT_CHAR.match(text, end, limit)
    return not (nxt and nxt.group(1).islower())


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` of each sentence, in order, without the whitespace around it.

    A sentence ends at a full stop, "!" or "?" (with any closing quote or bracket) before a
    space, unless the stop follows an abbreviation or an initial, or the next word is in lower
    case; and at every line break.
    """
    out: list[tuple[int, int, int]] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        for m in _END.finditer(text, p_start, p_end):
            end = m.end()
            if m.group() != "\n" and not _ends_sentence(text, m.start(), end, p_end):
                continue
            _add(out, text, start, end, number)
            start = end
        _add(out, text, start, p_end, number)
    return out


def _add(out: list[tuple[int, int, int]], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end, paragraph))


def sentence_starts(text: str, spans: list[tuple[int, int, int]] | None = None) -> list[int]:
    """Offsets where sentences start, 0 first (for bisecting: every offset has a sentence);
    ``spans``: the text's :func:`sentence_spans` when already made."""
    return [0, *(start for start, _, _ in (sentence_spans(text) if spans is None else spans) if start > 0)]


# A token: a word (with inner dots for U.S./U.N., hyphens, apostrophes), a number, or one symbol.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"  # U.S. U.N. U.K.
    r"|\d+(?:[.,]\d+)+"  # 5.1, 50,000
    r"|[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:(?:['’](?![sS]\b)|-)[A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*"
    r"|['’][sS]\b"  # the possessive 's is a token of its own
    r"|[^\sA-Za-z0-9]"
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str = ""  # filled by tokenize(); stored because every rule reads it

    def __post_init__(self) -> None:
        if not self.lower:
            object.__setattr__(self, "lower", self.text.lower())

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [
        Token(w, m.start() + offset, m.end() + offset, w.lower())
        for m in _TOKEN.finditer(text)
        for w in (m.group(),)
    ]
