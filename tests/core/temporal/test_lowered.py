"""A rule searched through its twin over the lower-cased text finds what it finds in the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.temporal.lowered import matches, twin

_PATTERNS = [
    r"\b(?-i:May)(?![a-z])\s+\d{1,2}",
    r"\b(?:early|late)\s+(?P<m>(?-i:[A-Z][a-z]+))(?![\w-])",
    r"\d{1,2}\s*(?:a\.m\.|(?-i:[AP]M))\b",
    r"\bovernight\b(?!\s+(?-i:Sunday))",
    r"\b(?-i:Jan(?:uary)?)(?!(?-i:[^a-z]))",
    r"\bthe\s+(?:next|last)\s+(?P<u>day|week)s?\b",
]
_WORDS = [
    "May", "may", "MAY", "12", " ", "early", "Late", "March", "marCH", "3", "AM", "am", "PM", "a.m.",
    "overnight", "Sunday", "sunday", "Jan", "January", "JAN", "the", "next", "Week", "days", "-", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from(["", " "]))
def test_twin_matches_are_the_rules_matches(words, sep):
    text = sep.join(words)
    for source in _PATTERNS:
        pattern = re.compile(source, re.IGNORECASE)
        pair = twin(pattern)
        assert pair is not None
        found = [(m.span(), m.groupdict()) for m in matches(pattern, pair, text, text.lower(), 0, len(text))]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_only_a_rule_that_never_tests_case_has_an_exact_twin():
    exact = twin(re.compile(r"\bthe\s+NEXT\s+day\b", re.IGNORECASE))
    loose = twin(re.compile(r"\b(?-i:May)\s+\d", re.IGNORECASE))
    assert exact is not None and exact[1] and exact[0].pattern == r"\bthe\s+next\s+day\b"
    assert loose is not None and not loose[1] and loose[0].search("may 3")
    assert twin(re.compile(r"May")) is None


_PHRASE_WORDS = [
    "is", "IS", "to", "To", "be", "held", "Held", "expected", "plans", "Plans", "the", "The", "a", "sign",
    "Sign", "signed", "said", "will", "Will", "won't", "as", "soon", "was", "Were", "due", "postponed",
    "until", "first", "İ", "ſ", ",", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_WORDS), max_size=16))
def test_the_tense_phrases_are_found_as_their_rules_find_them(words):
    from timeline_app.core.temporal.tense import (
        _FUTURE_PHRASES,
        _FUTURE_TWIN,
        _PAST_FUTURE_PHRASES,
        _PAST_FUTURE_TWIN,
        _found,
    )

    text = " ".join(words)
    for pattern, pair in ((_FUTURE_PHRASES, _FUTURE_TWIN), (_PAST_FUTURE_PHRASES, _PAST_FUTURE_TWIN)):
        for lo in (0, min(3, len(text))):
            found = [(m.span(), m.group()) for m in _found(pattern, pair, text, lo, len(text))]
            assert found == [(m.span(), m.group()) for m in pattern.finditer(text, lo, len(text))]
