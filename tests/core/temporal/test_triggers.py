"""Searching each rule only around its trigger words finds exactly what a full scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.temporal import tagger
from timeline_app.core.temporal.tagger import _ENGLISH_TRIGGERS, ENGLISH_RULES, find_candidates

_PIECES = [
    "Monday",
    "may",
    "March",
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
    "the",
    "very",
    "end",
    "of",
    "more",
    "than",
    "fiscal",
    "1990",
    "Christmas",
    "Day,",
    "2024",
    "nineteen",
    "ninety-six",
    "the",
    "summer",
    "of",
    "2014",
    "Q3",
    "2024",
    "year-earlier",
    "Wednesday,",
    "Oct.",
    "23,",
    "1998",
    "10:35",
    "a.m.",
    "EDT",
    "Thursday",
    "a",
    "week",
    "or",
    "so",
    "ago",
    "about",
    "three",
    "and",
    "a",
    "half",
    "years-long",
    "the",
    "'80s",
]


def _spans(text: str, triggers) -> list[tuple[int, int, int]]:
    return sorted((s, e, i) for s, e, i, _ in find_candidates(text, ENGLISH_RULES, triggers))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=60),
    st.sampled_from([" ", "", "\n", "  ", "-", ",", "'", ".", ";"]),
)
def test_windows_find_what_a_full_scan_finds(pieces, sep):
    text = sep.join(pieces)
    assert _spans(text, _ENGLISH_TRIGGERS) == _spans(text, None)


def test_windows_on_a_news_paragraph():
    text = (
        "GOODY PRODUCTS cut its quarterly dividend to five cents from 11.5 cents. The dividend is payable "
        "Jan. 2 to stock of record Dec. 15. In the year-ago quarter, it earned $1.9 million. Late Monday, "
        "the envoy said he will return in the summer of 2026, two weeks after the vote of March 3, 2026 "
        "at 10 a.m."
    )
    found = _spans(text, _ENGLISH_TRIGGERS)
    assert found == _spans(text, None)
    assert len(found) > 10


_TOKEN_PIECES = [
    "İ",
    "K",
    "ı",
    "q",
    "Q",
    "3",
    "h",
    "H1",
    "2",
    "may",
    "March",
    "days",
    "x",
    "é",
    " ",
    "-",
    "'",
    "1999",
    "Q12",
    "٣",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=12), st.sampled_from(["", "ſ"]))
def test_the_lower_cased_scan_finds_the_tokens_the_case_insensitive_one_finds(pieces, folded):
    text = "".join(pieces) + folded
    tree = [(m.group().lower(), m.start(), m.end()) for m in _ENGLISH_TRIGGERS.token.finditer(text)]
    assert list(_ENGLISH_TRIGGERS.tokens(text)) == tree


_CASED = [
    "MONDAY", "monday", "THE", "Last", "WEEK", "Year", "FY1990", "İ", "É", "May", "MAY", "Mar", "MARCH",
    "Jan.", "Januaryx", "JanuaryX", "AM", "am", "PM", "GMT", "gmt", "SUN", "Christmas", "christmas",
    "Tuesdays", "Q3",
]  # fmt: skip
"""Words whose case some rules test ("May" the month, "may" the verb), in every case."""


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_PIECES, *_CASED]), max_size=40),
    st.sampled_from([" ", "", "-", ", "]),
)
def test_rules_run_over_the_lower_cased_text_find_what_they_find_in_the_text(pieces, sep):
    text = sep.join(pieces)
    with_twins = [
        (s, e, i, m.groupdict()) for s, e, i, m in find_candidates(text, ENGLISH_RULES, _ENGLISH_TRIGGERS)
    ]
    twins = list(tagger._ENGLISH_TWINS)
    try:
        tagger._ENGLISH_TWINS[:] = [None] * len(twins)
        plain = [
            (s, e, i, m.groupdict()) for s, e, i, m in find_candidates(text, ENGLISH_RULES, _ENGLISH_TRIGGERS)
        ]
    finally:
        tagger._ENGLISH_TWINS[:] = twins
    assert with_twins == plain
    assert any(twins)


def test_every_english_rule_carries_its_own_triggers_and_margins():
    for r in ENGLISH_RULES:
        assert r.triggers, r.name  # else it is searched over the whole text: slow
        assert all(w == w.lower() for w in r.triggers), r.name
        before, after = r.margins
        assert before >= 0 and after >= 0
    # the scan's index points each word back at the rules that list it
    for word, rules in _ENGLISH_TRIGGERS.index.items():
        assert all(word in ENGLISH_RULES[i].triggers for i in rules)


def test_a_rule_without_triggers_is_searched_over_the_whole_text():
    import re

    from timeline_app.core.temporal.grammar import Rule
    from timeline_app.core.temporal.triggers import TriggerScan

    def nothing(m, ctx):  # never resolved here
        raise AssertionError

    rules = (
        Rule("anywhere", re.compile("x"), nothing),
        Rule("days", re.compile("d"), nothing, triggers=("day",)),
    )
    text = "a long text with no trigger word of the second rule in it"
    assert TriggerScan(rules).windows(text) == [[(0, len(text))], []]
