"""A body or an official named by a common noun ("the ministry", "police", "a company
spokesman") is someone: what it tells or does is an event even in a sentence with no name, no
place and no date; a refusal to tell, a state or a condition it tells is none (invented sentences)."""

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events
from timeline_app.core.extract.analysis import analyse
from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.extract.reading import read_sentence, told_by_body
from timeline_app.core.gazetteer import gazetteer

PUB = FuzzyDate.parse("2031-03-12")


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUB)]


def _told_by_body(text: str) -> bool:
    analysis = analyse(text, PUB)
    sentence, names = analysis.sentences[0], analysis.names[0]
    r = read_sentence(sentence, gazetteer(), lexicon(), names.mentions, names.people, analysis.expressions)
    return told_by_body(r)


def test_a_ministry_telling_a_happening_gives_an_event() -> None:
    titles = _titles("The ministry said relief teams reached four hamlets.")
    assert len(titles) == 1, titles
    assert "reached four hamlets" in titles[0], titles


def test_a_closing_attribution_by_a_body_gives_the_happening() -> None:
    titles = _titles("Relief teams reached four hamlets, the ministry said.")
    assert titles == ["Relief teams reach four hamlets"], titles
    titles = _titles("Relief teams reached four hamlets, said a police spokesman.")
    assert titles == ["Relief teams reach four hamlets"], titles


def test_what_a_body_does_is_an_event() -> None:
    titles = _titles("The ministry sent relief teams to four hamlets.")
    assert len(titles) == 1 and "relief teams" in titles[0], titles


def test_a_refusal_a_state_or_a_condition_told_by_a_body_is_no_event() -> None:
    for text in (
        "A police spokesman said officers were unable to comment on the letter.",
        "The company has about 4.2 million shares outstanding.",
        "The statement said the new package included 310 million dollars for housing.",
        "Details would be worked out later, the committee said.",
    ):
        assert _titles(text) == [], text


def test_a_body_inside_a_quotation_or_after_a_preposition_tells_nothing() -> None:
    assert not _told_by_body('"Then the government will fall," he said.')
    assert not _told_by_body("The institute's forecast is in line with government estimates.")
    assert not _told_by_body("Plans to privatize state companies left thousands jobless.")
    assert _told_by_body("Police said the two men reached the border.")


def test_a_dated_sentence_is_left_to_its_dates() -> None:
    assert not _told_by_body("In the year ended Jan. 31, the company reported sales of $40 million.")
