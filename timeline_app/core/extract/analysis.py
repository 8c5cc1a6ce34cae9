"""An article read once: its sentences, their tokens and its time expressions.

The temporal tagger and the event extractor share one reading of a text. :func:`analyse`
splits it into sentences once (:mod:`timeline_app.core.text`), tags its time expressions
with the tagger seeing those sentences, and tokenises each sentence; the extractor reads the
result and the window keeps the time expressions to highlight them, so nothing tags a text
twice.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from timeline_app.core.dates import FuzzyDate, as_fuzzy
from timeline_app.core.extract.text import Sentence, sentences
from timeline_app.core.model import Article, ArticleTimes, TimeMark
from timeline_app.core.temporal import TimeExpression, tag
from timeline_app.core.temporal.languages import detect_language
from timeline_app.core.text import sentence_spans, sentence_starts


@dataclass(frozen=True, slots=True)
class AnalysedText:
    """One article's text as read once (see the module's docstring).

    Attributes:
        text: the text read.
        anchor: the publication date "Monday" was resolved against (None: unresolved).
        language: the ISO 639-1 code the tagger read it in.
        sentences: its sentences, wire datelines skipped, with their tokens.
        expressions: every time expression, in text order (dates, times, durations, sets).
    """

    text: str
    anchor: FuzzyDate | None
    language: str
    sentences: tuple[Sentence, ...]
    expressions: tuple[TimeExpression, ...]


def analyse(text: str, anchor: _dt.date | FuzzyDate | None, *, language: str | None = None) -> AnalysedText:
    """Read ``text`` once: sentences, tokens and time expressions resolved against ``anchor``.

    ``language`` is an ISO 639-1 code ("en-US" counts as "en"); None detects it from the text.
    """
    anchor = as_fuzzy(anchor) if anchor is not None else None
    lang = (language or detect_language(text)).lower()[:2]
    spans = sentence_spans(text)
    breaks = sentence_starts(text, spans)
    expressions = tag(text, anchor, language=lang, breaks=breaks)
    return AnalysedText(text, anchor, lang, tuple(sentences(text, spans)), tuple(expressions))


def with_times(article: Article, analysis: AnalysedText) -> Article:
    """``article`` keeping the time expressions of its reading (:attr:`Article.times`), so that
    the window shows them, and the project file saves them, without tagging it again."""
    return replace(article, times=ArticleTimes(analysis.anchor, time_marks(analysis.expressions)))


def time_marks(expressions: Iterable[TimeExpression]) -> tuple[TimeMark, ...]:
    """The tagger's expressions as an article keeps them."""
    return tuple(TimeMark(t.start, t.end, str(t.value), t.date, t.explanation) for t in expressions)
