"""Temporal expressions: find "Monday", "earlier this month", "two days later" in a text and
resolve them to TIMEX3 values and :class:`~timeline_app.core.dates.FuzzyDate` s.

Entry point: :func:`tag`. :func:`governing_tense` is shared with the event extractor.
"""

from timeline_app.core.temporal.expression import DatedSpan, TimeExpression
from timeline_app.core.temporal.tagger import tag
from timeline_app.core.temporal.tense import governing_tense, sentence_bounds

__all__ = ["DatedSpan", "TimeExpression", "governing_tense", "sentence_bounds", "tag"]
