"""An article read once: its sentences, their tokens, its time expressions and its names.

The temporal tagger and the event extractor share one reading of a text. :func:`analyse`
splits it into sentences once (:mod:`timeline_app.core.text`), tags its time expressions
with the tagger seeing those sentences, tokenises each sentence and finds the names in it
(people, organisations, countries, places: :mod:`~timeline_app.core.extract.mentions`); the
extractor reads the result and the window keeps the time expressions to highlight them, so
nothing tags a text twice.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from timeline_app.core.dates import FuzzyDate, as_fuzzy
from timeline_app.core.extract.mentions import Mention, find_mentions
from timeline_app.core.extract.text import Sentence, sentences
from timeline_app.core.gazetteer import Gazetteer, gazetteer
from timeline_app.core.model import Article, ArticleTimes, TimeMark
from timeline_app.core.temporal import TimeExpression, tag
from timeline_app.core.temporal.languages import detect_language
from timeline_app.core.text import sentence_spans, sentence_starts


@dataclass(frozen=True, slots=True)
class SentenceNames:
    """The names found in one sentence, and the people the article has named up to its end.

    Attributes:
        mentions: the sentence's names in token order. The reader copies them before it
            changes one (a small town read as a surname), so an analysis can be read twice.
        people: surname -> full name of every person named so far ("Witkoff" -> "Steve
            Witkoff"), this sentence included; a later bare surname is read by it.
    """

    mentions: tuple[Mention, ...]
    people: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class AnalysedText:
    """One article's text as read once (see the module's docstring).

    Attributes:
        text: the text read.
        anchor: the publication date "Monday" was resolved against (None: unresolved).
        language: the ISO 639-1 code the tagger read it in.
        sentences: its sentences, wire datelines skipped, with their tokens.
        expressions: every time expression, in text order (dates, times, durations, sets).
        names: the names of each sentence, one :class:`SentenceNames` per sentence.
    """

    text: str
    anchor: FuzzyDate | None
    language: str
    sentences: tuple[Sentence, ...]
    expressions: tuple[TimeExpression, ...]
    names: tuple[SentenceNames, ...]


def analyse(text: str, anchor: _dt.date | FuzzyDate | None, *, language: str | None = None) -> AnalysedText:
    """Read ``text`` once: sentences, tokens and time expressions resolved against ``anchor``.

    ``language`` is an ISO 639-1 code ("en-US" counts as "en"); None detects it from the text.
    """
    anchor = as_fuzzy(anchor) if anchor is not None else None
    lang = (language or detect_language(text)).lower()[:2]
    spans = sentence_spans(text)
    breaks = sentence_starts(text, spans)
    expressions = tag(text, anchor, language=lang, breaks=breaks)
    read = tuple(sentences(text, spans))
    return AnalysedText(text, anchor, lang, read, tuple(expressions), find_names(read, gazetteer()))


def find_names(read: Iterable[Sentence], gaz: Gazetteer) -> tuple[SentenceNames, ...]:
    """The names of each sentence, read in order: a surname alone is the person named in full
    earlier in the article."""
    known: dict[str, str] = {}
    people: Mapping[str, str] = MappingProxyType({})
    names = []
    for sentence in read:
        found = tuple(find_mentions(list(sentence.tokens), gaz, known))
        if len(known) != len(people):  # a new person: a new snapshot, else the last one is shared
            people = MappingProxyType(dict(known))
        names.append(SentenceNames(found, people))
    return tuple(names)


def with_times(article: Article, analysis: AnalysedText) -> Article:
    """``article`` keeping the time expressions of its reading (:attr:`Article.times`), so that
    the window shows them, and the project file saves them, without tagging it again."""
    return replace(article, times=ArticleTimes(analysis.anchor, time_marks(analysis.expressions)))


def time_marks(expressions: Iterable[TimeExpression]) -> tuple[TimeMark, ...]:
    """The tagger's expressions as an article keeps them."""
    return tuple(TimeMark(t.start, t.end, str(t.value), t.date, t.explanation) for t in expressions)
