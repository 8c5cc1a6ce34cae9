"""Web furniture glued to a line without its line break: time stamps, headlines and captions
run into a sentence, photo credits. The splitter cuts them off, the extractor skips them."""

import datetime as dt

import pytest

from timeline_app.core.extract import extract_events
from timeline_app.core.extract.text import sentences
from timeline_app.core.text import glued_breaks, sentence_spans

DAY = dt.date(2024, 3, 6)


def _read(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in sentence_spans(text)]


@pytest.mark.parametrize(
    "stamp",
    [
        "LISBON | Tue Mar 5, 2024 4:10 pm CET",
        "Port talks stall again Tuesday 5 March 2024 16.10 GMT",
        "Page last updated at 15:10 GMT, Tuesday, 5 March 2024",
        "Jane Roe | 15:10 UK time, Tuesday, 5 March 2024",
    ],
)
def test_a_time_stamp_and_what_comes_before_it_are_not_the_story(stamp: str) -> None:
    text = f"{stamp} The dock workers ended their strike on Tuesday.\nShips were unloaded."
    assert _read(text) == ["The dock workers ended their strike on Tuesday.", "Ships were unloaded."]


def test_a_wire_dateline_after_a_headline_and_stamp_is_skipped() -> None:
    text = (
        "Dockers end strike, ships unloaded LISBON | Tue Mar 5, 2024 4:10 pm CET LISBON (Reuters) - "
        "Portuguese dock workers ended a two-week strike on Tuesday."
    )
    assert _read(text) == ["Portuguese dock workers ended a two-week strike on Tuesday."]
    events = extract_events(text, DAY)
    assert events
    assert all("LISBON" not in e.title and "|" not in e.title for e in events)


def test_a_date_and_time_in_prose_is_no_stamp() -> None:
    text = "Polls closed on Tuesday 5 March 2024 16.10 GMT and the count began at once."
    assert _spans(text) == [text]


def test_a_headline_and_caption_glued_to_the_lead_are_dropped() -> None:
    text = (
        "Harbour town counts cost of storm A fallen crane lies across the quay in the old port "
        "An autumn storm tore through the harbour town on Monday, sinking six fishing boats.\n"
        "Repairs will take months."
    )
    assert _spans(text)[:3] == [
        "Harbour town counts cost of storm",
        "A fallen crane lies across the quay in the old port",
        "An autumn storm tore through the harbour town on Monday, sinking six fishing boats.",
    ]
    assert _read(text) == [
        "An autumn storm tore through the harbour town on Monday, sinking six fishing boats.",
        "Repairs will take months.",
    ]


def test_a_caption_in_the_middle_of_the_text_is_dropped() -> None:
    text = (
        "The mayor opened the new bridge on Friday.\n"
        "The mayor says the bridge will cut journeys by half The Riverside Trust had raised the "
        "money over ten years.\n"
    )
    assert _read(text) == [
        "The mayor opened the new bridge on Friday.",
        "The Riverside Trust had raised the money over ten years.",
    ]


def test_a_photo_credit_in_capitals_is_dropped() -> None:
    text = "The winner crosses the line in Leeds. AP If the rain holds off, the race goes on tomorrow."
    assert _read(text) == [
        "The winner crosses the line in Leeds.",
        "If the rain holds off, the race goes on tomorrow.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told The Evening Courier that the plan was dead.",
        "Judges in The Hague will rule on the case next month.",
        "Police seized class A drugs worth two million pounds at the port.",
        "Doctors confirmed influenza A (H5N1) in three patients last week.",
        "Talks resumed, the state broadsheet The Daily Lantern reported on Monday.",
        "The party's weekly The Torch printed the speech in full.",
        "The striker joined Serie A side Verona in the summer transfer window.",
    ],
)
def test_names_and_labels_are_not_glued_sentences(sentence: str) -> None:
    assert glued_breaks(sentence, 0, len(sentence)) == []
    assert _read(sentence) == [sentence]


@pytest.mark.parametrize(
    "byline",
    [
        "By Ann Lee Business reporter, City News",
        "By Bo Kim Harbour business correspondent",
        "By Ann Lee Science correspondent, City News, Lake Tana",
    ],
)
def test_a_byline_run_into_the_lead_is_dropped(byline: str) -> None:
    text = f"{byline} The ferry company has cancelled all crossings until Friday.\nPassengers were refunded."
    assert _read(text) == [
        "The ferry company has cancelled all crossings until Friday.",
        "Passengers were refunded.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "By Monday, the talks had collapsed.",
        "By the end of the year the reporter had left the paper.",
        "By Friday the editor of The Harbour Times had resigned.",
    ],
)
def test_a_sentence_starting_with_by_is_no_byline(sentence: str) -> None:
    assert _read(sentence) == [sentence]


@pytest.mark.parametrize(
    "dateline",
    [
        "HARBOURTON, Wash. -- HARBOURTON, Wash. (NW) -- ",
        "HARBOURTON, Wash. (NW) -- ",
        "HARBOURTON -- ",
    ],
)
def test_datelines_given_twice_or_with_a_dash_are_skipped(dateline: str) -> None:
    text = f"{dateline}The ferry company cancelled all crossings on Friday."
    assert _read(text) == ["The ferry company cancelled all crossings on Friday."]


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO -- the alliance of the west -- met on Monday.",
        "UKRAINE - talks resume in the capital.",
    ],
)
def test_a_capitalised_word_before_a_dash_is_no_dateline_alone(sentence: str) -> None:
    assert _read(sentence) == [sentence]


def test_a_caption_and_its_photo_credit_run_into_the_text_are_dropped() -> None:
    text = (
        "A fishing boat lies on its side in the harbour Photograph: Ann Lee/Wirefoto "
        "Officials said on Monday that the storm had sunk six boats."
    )
    assert _read(text) == ["Officials said on Monday that the storm had sunk six boats."]
    prose = "The agency said the line 'Photo: Bo Kim/Reuters' was printed by mistake."
    assert _read(prose) == [prose]
