"""Sentences and tokens with character offsets into the article text.

The sentence spans come from :mod:`timeline_app.core.text`, the splitter the temporal
tagger shares; tokens are hand-written for the same reasons (no model downloads, speed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.text import Token, paragraphs, sentence_spans, tokenize

__all__ = ["Sentence", "Token", "dateline_end", "is_glued_furniture", "paragraphs", "sentences", "tokenize"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text[start:end]`` of the article, its paragraph number and tokens."""

    start: int
    end: int
    paragraph: int
    tokens: tuple[Token, ...]
    index: int = 0


def sentences(text: str, spans: list[tuple[int, int, int]] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences (with paragraph numbers and tokens), offsets kept.

    The spans are :func:`timeline_app.core.text.sentence_spans`, the ones the temporal
    tagger reads too (pass them as ``spans`` when already made); a paragraph's first sentence
    loses its wire dateline here. A span the splitter cut from the rest of its line without
    punctuation is a web page's headline, caption or time stamp (:func:`is_glued_furniture`):
    it is not a sentence of the story, and the sentence after it may start with the dateline.
    """
    out: list[Sentence] = []
    last_paragraph = -1
    after_furniture = False
    for start, end, paragraph in sentence_spans(text) if spans is None else spans:
        if is_glued_furniture(text, start, end):
            after_furniture = True  # a headline, caption or time stamp run into the next sentence
            continue
        if paragraph != last_paragraph or after_furniture:
            start = dateline_end(text, start, end)
            while start < end and text[start].isspace():
                start += 1
        after_furniture = False
        if end - start < 2:
            continue
        last_paragraph = paragraph
        out.append(Sentence(start, end, paragraph, tuple(tokenize(text[start:end], start)), len(out)))
    return out


_CLOSED = re.compile(r"[.!?…][\"'”’)\]]*$")


def is_glued_furniture(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` ends with no punctuation where the splitter cut its
    line (:func:`timeline_app.core.text.glued_breaks`): the rest of the line follows on it."""
    if _CLOSED.search(text, start, end):
        return False
    rest = end
    while rest < len(text) and text[rest] in " \t":
        rest += 1
    return rest < len(text) and text[rest] not in "\r\n"


# "MOSCOW, March 11 (Reuters) - ", "NAIROBI, Kenya, Aug. 14 (AP) — ", "WASHINGTON (AP) — ": the place
# and day the story was filed from ("March 11" or "11 March"), not part of what it tells (also when
# it stands on a line of its own).
_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})?"
    r"(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?))?"
    r"\s*(?:\([A-Za-z][A-Za-z .&-]{1,30}\))?\s*[-–—]+(?:\s+|$)"
)


_AGENCY_ONLY = re.compile(r"\([A-Z][A-Za-z .&-]{1,30}\)\s*[-–—]+\s+")


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a sentence starting at ``start`` begins once its wire dateline is skipped: also a
    dateline given twice ("MIAMI, Fla. -- MIAMI, Fla. (AP) -- ", as pages that reprint wire copy
    do) and a bare agency left after one ("(AP) -- ")."""
    at = start
    for _ in range(2):
        nxt = _one_dateline(text, at, end)
        if nxt == at:
            break
        at = nxt
        m = _AGENCY_ONLY.match(text, at, end)
        if m is not None:
            at = m.end()
    return at


def _one_dateline(text: str, start: int, end: int) -> int:
    m = _DATELINE.match(text, start, end)
    if m is None or text[m.start() : m.end()].rstrip()[-1:] not in "-–—":
        return start
    head = text[m.start() : m.end()]
    if "(" not in head and "," not in head:
        # "UKRAINE - ..." alone is too weak to call a dateline; "MIAMI -- The ..." is one
        after = text[m.end() : m.end() + 1]
        if not (_DASHED.match(head) and after[:1].isupper()):
            return start
    return m.end()


_DASHED = re.compile(r"[A-Z]{3,}[A-Z .'-]*\s(?:--|—)")
