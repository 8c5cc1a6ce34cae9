"""The one sentence splitter: the tagger and the extractor read the same sentences."""

import datetime as dt
import re
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import extract_events
from timeline_app.core.extract.text import sentences
from timeline_app.core.temporal import sentence_bounds, tag
from timeline_app.core.text import Token, sentence_spans, sentence_starts, tokenize

WEDNESDAY = dt.date(2025, 12, 3)


@pytest.mark.parametrize("title", ["Prof.", "Dr.", "Gen.", "Sen.", "Capt."])
def test_a_title_before_a_name_does_not_end_the_sentence_for_the_tagger(title: str) -> None:
    text = f"Talks will be held with {title} Ivanov on Monday."
    (monday,) = tag(text, WEDNESDAY)
    assert monday.value == "2025-12-08"  # the coming Monday: "will" governs it


@pytest.mark.parametrize("title", ["Prof.", "Dr.", "Maj."])
def test_tagger_and_extractor_see_the_same_sentence(title: str) -> None:
    text = f"Officials met {title} Ivanov in Kyiv. He will travel to Warsaw on Monday."
    spans = sentence_spans(text)
    assert [(s.start, s.end) for s in sentences(text)] == [(a, b) for a, b, _ in spans]
    assert len(spans) == 2
    monday = text.index("Monday")
    left, right = sentence_bounds(text, monday, monday + 6)
    assert (left, right) == spans[1][:2]


def test_spans_paragraphs_and_line_breaks() -> None:
    text = "First one. Second one!\n\n  Third, in a new paragraph? Yes.\nA line of its own"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b, _ in spans] == [
        "First one.",
        "Second one!",
        "Third, in a new paragraph?",
        "Yes.",
        "A line of its own",
    ]
    assert [p for _, _, p in spans] == [0, 0, 1, 1, 1]
    assert sentence_starts(text)[0] == 0
    assert sentence_starts(text)[1:] == [a for a, _, _ in spans[1:]]


def test_lower_case_continuation_and_initials_do_not_split() -> None:
    text = "The U.S. envoy met J. R. Smith on Friday. talks went on e.g. late."
    assert [text[a:b] for a, b, _ in sentence_spans(text)] == [text]


def test_extraction_dates_a_planned_meeting_after_a_title_as_coming() -> None:
    text = "Russia said talks will be held with Prof. Ivanov in Geneva on Monday."
    events = extract_events(text, WEDNESDAY)
    dated = [e for e in events if e.when is not None and e.when.iso().startswith("2025-12-0")]
    assert dated and all(e.when.iso() == "2025-12-08" for e in dated)


def test_tokens_are_the_frozen_tokens_the_class_makes() -> None:
    tokens = tokenize("Mr. Tan's U.S. visit cost 5,000 dollars - a bargain.", 7)
    assert tokens[0] == Token("Mr", 7, 9, "mr") and tokens[0].lower == "mr"
    assert [t.text for t in tokens][:4] == ["Mr", ".", "Tan", "'s"]
    for t in tokens:
        assert t == Token(t.text, t.start, t.end) and hash(t) == hash(Token(t.text, t.start, t.end))
    with pytest.raises(FrozenInstanceError):
        tokens[0].text = "Ms"  # type: ignore[misc]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aBé.\n 1_-ſİ'", max_size=40), st.integers(min_value=0, max_value=40))
def test_the_word_before_a_stop_is_the_one_a_search_at_the_end_finds(text, dot):
    from timeline_app.core.text import _word_before

    dot = min(dot, len(text))
    expected = re.compile(r"((?:[^\W\d_]|\.)+)$").search(text, max(0, dot - 24), dot)
    assert _word_before(text, dot) == (expected.group(1) if expected else None)


def test_a_stop_after_an_initial_or_an_abbreviation_ends_no_sentence() -> None:
    spans = sentence_spans("Gen. Ana Moen met J. Smith in Rome. Talks went on.\nNew line.")
    assert len(spans) == 3


def test_a_line_break_before_a_comma_does_not_end_the_sentence():
    # a web page that breaks its line after a senator's party-state tag
    text = "Sen. Ada Vell, D-Calif.\n, was quoted by a local paper saying the plan was late. Talks resumed."
    spans = [text[a:b] for a, b, _ in sentence_spans(text)]
    assert spans[0].startswith("Sen. Ada Vell") and spans[0].endswith("was late.")
    assert spans[1] == "Talks resumed."


def test_a_hard_wrapped_line_runs_on_into_its_lower_case_continuation():
    text = "The ministers ended their talks in\nfailure on Monday.\nThe next round is set for May."
    assert [text[a:b] for a, b, _ in sentence_spans(text)] == [
        "The ministers ended their talks in\nfailure on Monday.",
        "The next round is set for May.",
    ]


def test_a_line_after_a_full_stop_or_a_colon_starts_a_sentence_even_in_lower_case():
    text = "Results:\nturnout was low.\nmarkets fell."
    spans = [text[a:b] for a, b, _ in sentence_spans(text)]
    assert spans == ["Results:", "turnout was low.", "markets fell."]
