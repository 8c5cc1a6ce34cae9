"""Arbitrary text never breaks the tagger, and what it returns is always well formed.

Time is not measured here (benchmarks/bench_timex.py prints the figures, including
how tagging time grows with the length of pathological inputs).
"""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core.temporal import tag
from timeline_app.core.temporal.expression import TYPES

ANCHOR = dt.date(2025, 12, 2)
_WORDS = [
    "Monday",
    "may",
    "march",
    "2025",
    "the",
    "next",
    "day",
    "ago",
    "12/02/2025",
    "quarter",
    "third",
    "late",
    "early",
    "of",
    "in",
    "we",
    "second",
    "Sun",
    "1990s",
    "'58",
    "3",
    "p.m.",
    "every",
    "week",
    "15:00",
    "GMT",
    "years",
    "Dec.",
    "2,",
    ",",
    ".",
    ";",
    "-",
    "$",
    "2,025",
    "mid-",
    "last",
    "this",
    "that",
]


def _check(text: str, found) -> None:
    previous_end = 0
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert e.start >= previous_end
        previous_end = e.end
        assert text[e.start : e.end] == e.text
        assert e.type in TYPES
        assert e.value
        if e.date is not None:
            assert e.type in ("DATE", "TIME")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_text(text):
    _check(text, tag(text, ANCHOR))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=80),
    st.sampled_from(["en", "fr", "de", "es", "ru", "uk", None]),
)
def test_sequences_of_time_words(words, language):
    text = " ".join(words)
    _check(text, tag(text, ANCHOR, language=language))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789/-.:, '", max_size=300))
def test_runs_of_digits_and_punctuation(text):
    _check(text, tag(text, ANCHOR))
    _check(text, tag(text, None, date_order="DMY"))


def test_a_megabyte_of_random_words():
    rng = random.Random(7)
    text = " ".join(rng.choice(_WORDS) for _ in range(200_000))[: 1 << 20]
    found = tag(text, ANCHOR, language="en")
    assert found
    _check(text, found)


def test_long_runs_without_spaces():
    for text in ("1" * 100_000, "1/" * 50_000, "-" * 100_000, "Monday" * 20_000, "'" * 50_000 + "58"):
        _check(text, tag(text, ANCHOR, language="en"))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=40),
    st.integers(min_value=-9999, max_value=99999),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
)
def test_any_anchor_including_bce_and_far_future(words, year, month, day):
    from timeline_app.core.dates import FuzzyDate

    text = " ".join(words)
    _check(text, tag(text, FuzzyDate(year, month, day), language="en"))
