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


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        (
            "Many ports already have storm barriers in place",
            "Norland harbour officials are expected to close the quay, after a night of talks.",
        ),
        (
            "The band's fans queue for tickets ahead of Friday's concert in Harbourton",
            "Organisers said 30,000 tickets have been sold for the show at the city stadium.",
        ),
        (
            "Estmark has stepped up its flood defences",
            "Estmarkish engineers have built new dykes along the river to protect the capital.",
        ),
    ],
)
def test_a_caption_glued_to_a_sentence_about_a_group_is_dropped(caption: str, lead: str) -> None:
    from timeline_app.core.extract.boilerplate import drop_boilerplate

    text, dropped = drop_boilerplate(f"{caption} {lead}\n\nThe talks went on until late on Monday.")
    assert text.startswith(lead)
    assert [d.line for d in dropped] == [caption]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week Norland officials said the talks would resume on Monday in the capital.",
        "The minister said last week Norland officials had agreed to resume the talks on Monday.",
        "The delegates of the Organization of Grain Exporting Countries said they would cut output.",
        "The minister has raised the tax to recoup money Norland taxpayers are expected to lose.",
        "Both are issues in the elections in which the mayor's fellow Democrats are expected to lose.",
        "The court will rule on whether Norland officials have broken the law in the capital.",
    ],
)
def test_prose_before_a_group_subject_is_kept(sentence: str) -> None:
    from timeline_app.core.extract.boilerplate import drop_boilerplate

    text = f"{sentence}\n\nThe talks went on until late on Monday."
    assert drop_boilerplate(text) == (text, [])


@pytest.mark.parametrize(
    "text",
    [
        "Last week, Harbour Insurers HBI.\nUL put the claims at $1.4 billion.",
        "Shares in Norland Rubber (NRB. KL) and Estmark Gloves (ESG.\nKL) rose 5 percent.",
        "Royal Estmark Oil (REOa.\nL) raised its dividend on Tuesday.",
    ],
)
def test_a_ticker_with_a_break_after_its_dot_ends_no_sentence(text: str) -> None:
    assert len(sentence_spans(text)) == 1


def test_a_capitalised_word_after_a_stop_still_starts_a_sentence() -> None:
    text = "Talks with NATO. EU leaders said no.\nHe lives in the USA.\nI am here. It is the UK. A boat sank."
    assert len(sentence_spans(text)) == 6


@pytest.mark.parametrize(
    ("credit", "story"),
    [
        ("AP Photo/Norland Drilling", "BP has begun work on a relief well that could plug the leak."),
        ("AP Photo/Ann C. Lee", "The harbour in Harbourton is the largest in the region, officials said."),
        ("AP Photo/Bo Kim", "According to estimates, up to 200 million gallons have leaked."),
    ],
)
def test_an_agency_photo_credit_and_its_caption_above_are_dropped(credit: str, story: str) -> None:
    from timeline_app.core.extract.boilerplate import drop_boilerplate

    first = "The spill reached the coast on Friday."
    caption = "Oil floats in the water near the source of the spill, Monday, May 3, 2010."
    text, dropped = drop_boilerplate(f"{first}\n{caption}\n{credit} {story}")
    assert text == f"{first}\n{story}"
    assert [d.line for d in dropped] == [caption, credit]


def test_a_wire_summary_in_bullets_and_its_byline_before_the_dateline_are_dropped() -> None:
    from timeline_app.core.extract.boilerplate import drop_boilerplate

    story = "HARBOUR CITY, April 24 (Reuters) - Norland closed its ports on Friday after a storm."
    text, dropped = drop_boilerplate(
        f"* Norland closes ports * Ferries cancelled (Updates with quotes) By Ann Lee and Bo Kim {story}"
    )
    assert text == story and [d.reason for d in dropped] == ["summary in bullets"]
    prose = "Officials said * marks the ports that closed, HARBOUR CITY (Reuters) - no change."
    assert drop_boilerplate(prose)[0] == prose
