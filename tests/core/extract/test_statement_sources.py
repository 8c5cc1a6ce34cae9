"""Statements: the source of one (what Article Text highlights and the quote a user exports) holds
who made it, the events it reports keep their own clauses; and the day a saying was made."""

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events

PUB = FuzzyDate.parse("2031-03-12")
LEAD = "Floods cut the main road between Arvel and Dunmore, the regional authority said.\n\n"


def _dated(events, iso: str):
    told = [e for e in events if e.sources[0].start >= len(LEAD)]
    found = [e for e in told if e.when is not None and e.when.iso() == iso]
    assert len(found) == 1, [(e.title, e.when) for e in events]
    return found[0]


def test_a_closing_attribution_keeps_its_speaker_past_an_abbreviation():
    text = LEAD + "Exports fell by 4 percent in January, the Central Bank of Norland (CBN) said on Monday."
    events = extract_events(text, PUB)
    statement = _dated(events, "2031-03-10")
    assert statement.sources[0].quote == "the Central Bank of Norland (CBN) said on Monday."
    fall = _dated(events, "2031-01")
    assert fall.sources[0].quote == "Exports fell by 4 percent in January"


def test_a_statement_told_on_its_own_day_keeps_the_speaker_and_the_content_its_own_clause():
    text = LEAD + "Foreign Minister Ana Ruiz said on Tuesday that talks with Norland will resume on April 2."
    events = extract_events(text, PUB)
    statement = _dated(events, "2031-03-11")
    assert statement.sources[0].quote.startswith("Foreign Minister Ana Ruiz said on Tuesday")
    talks = _dated(events, "2031-04-02")
    assert "said" not in talks.sources[0].quote


def test_a_saying_titled_as_one_keeps_who_said_it_in_its_source():
    text = LEAD + "But the Arvel police did say that on March 4 they had arrested two men near the harbour."
    (event,) = [e for e in extract_events(text, PUB) if "harbour" in e.sources[0].quote]
    assert event.sources[0].quote.startswith("the Arvel police did say that on March 4")
    assert event.sources[0].quote == text[event.sources[0].start : event.sources[0].end]


def test_a_saying_in_the_present_perfect_is_not_dated_by_the_publication_day():
    perfect = ("The interior minister has said the army will help.", "Norland has announced it will pay.")
    for sentence in perfect:
        (event,) = [e for e in extract_events(LEAD + sentence, PUB) if e.sources[0].start >= len(LEAD)]
        assert event.when is None, (sentence, event.when, event.explanation)


def test_a_saying_in_the_simple_past_is_the_news_of_the_story():
    (event,) = [
        e
        for e in extract_events(LEAD + "The interior minister said the army will help.", PUB)
        if e.sources[0].start >= len(LEAD)
    ]
    assert event.when is not None and event.when.approximate and event.when.iso() == "2031-03-12"


def test_a_saying_made_at_the_time_of_a_past_event_is_not_the_news_of_the_day():
    text = (
        LEAD + "In 2019, Norland and Vessland signed a treaty on fishing rights. Foreign Minister Tomas Vell "
        "said at the time that the treaty would last for decades."
    )
    (event,) = [e for e in extract_events(text, PUB) if "at the time" in e.sources[0].quote]
    assert event.when is None or event.when.iso() == "2019", (event.when, event.explanation)


def test_what_was_initially_said_is_not_the_news_of_the_day():
    for sentence in (
        "The guests initially complained about the food.",
        "The ministry had previously said that Vell was ill.",
    ):
        (event,) = [e for e in extract_events(LEAD + sentence, PUB) if e.sources[0].start >= len(LEAD)]
        assert event.when is None, (sentence, event.when, event.explanation)


def test_a_saying_after_a_sentence_about_the_past_is_still_the_news_of_the_day():
    text = (
        LEAD + "Foreign Minister Lena Dorn signed the Arvel accord in 1998 as a young diplomat. "
        "Prime Minister Tomas Vell said Dorn would lead the talks with Vessland."
    )
    (event,) = [e for e in extract_events(text, PUB) if "lead the talks" in e.sources[0].quote]
    assert event.when is not None and event.when.approximate and event.when.iso() == "2031-03-12"
    (signed,) = [e for e in extract_events(text, PUB) if "accord" in e.sources[0].quote]
    assert signed.when is not None and signed.when.iso() == "1998"
