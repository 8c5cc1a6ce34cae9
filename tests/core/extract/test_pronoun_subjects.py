"""A title that would open with "It", "They", "He" or "She" gets the name the pronoun stands for
when the text makes it sure (pronouns.py), and keeps the pronoun otherwise (invented sentences)."""

import datetime as dt

from timeline_app.core.extract import extract_events
from timeline_app.core.extract.analysis import analyse
from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.extract.pronouns import PronounThread, resolved_title
from timeline_app.core.extract.reading import read_sentence
from timeline_app.core.gazetteer import gazetteer

PUB = dt.date(2031, 3, 12)


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUB)]


def test_it_after_a_clause_with_a_country_subject_is_that_country():
    text = "While Italy prepares to lead a naval mission, it has rejected the request of the ship owners."
    events = extract_events(text, PUB)
    rejected = [e for e in events if "rejected" in e.title]
    assert rejected and rejected[0].title.startswith("Italy has rejected"), [e.title for e in events]
    assert rejected[0].actors[0] == "Italy"


def test_it_after_a_sentence_about_a_company_in_capitals_is_that_company():
    text = (
        "KVX, a provider of railway services, is an independent company listed in Oslo.\n\n"
        "It had sales of 4 billion dollars last year, with a staff of 9,000."
    )
    titles = _titles(text)
    assert any(t.startswith("KVX had sales") for t in titles), titles
    assert not any(t.startswith("It had") for t in titles), titles


def test_it_of_being_is_left_alone():
    text = (
        "KVX, a provider of railway services, is an independent company listed in Oslo.\n\n"
        "It was not clear whether the sales would grow next year."
    )
    titles = _titles(text)
    assert not any(t.startswith("KVX was not clear") for t in titles), titles


def test_it_never_stands_for_the_person_before():
    text = "Jonas Ravn met the board of the central bank on Monday.\n\nIt raised its main rate on Tuesday."
    titles = _titles(text)
    assert not any(t.startswith("Ravn raise") for t in titles), titles


def test_they_after_two_people_named_as_one_subject_is_both():
    text = (
        "Ana Moen and Piet Arnesen won the mixed doubles final in Oslo on Monday.\n\n"
        "They won a bronze medal together at the 2030 games."
    )
    titles = _titles(text)
    assert any(t.startswith("Moen and Arnesen won a bronze") for t in titles), titles


def test_a_possessive_inside_a_phrase_is_no_subject():
    # "from its headquarters": no clause opens with the pronoun; nothing to resolve
    text = "KVX said from its headquarters that it was moving staff."
    a = analyse(text, None)
    gaz = gazetteer()
    reading = read_sentence(a.sentences[0], gaz, lexicon(), a.names[0].mentions, a.names[0].people, [])
    thread = PronounThread()
    assert (
        resolved_title("Its headquarters it was moving staff", reading, None, gaz.country_name, thread)
        is None
    )
    assert thread.last[0] == -9  # nothing remembered for the next sentence
    said = resolved_title("It was moving staff", reading, None, gaz.country_name, thread)
    assert said is None  # "it was ...": a clause of being, left alone


def test_it_standing_for_the_subject_of_its_saying_is_that_subject():
    text = "KVX said it would cut 900 jobs."
    a = analyse(text, None)
    gaz = gazetteer()
    reading = read_sentence(a.sentences[0], gaz, lexicon(), a.names[0].mentions, a.names[0].people, [])
    thread = PronounThread()
    assert resolved_title("It would cut 900 jobs", reading, None, gaz.country_name, thread) == (
        "KVX would cut 900 jobs",
        ("KVX",),
    )
    assert thread.last[1:3] == ("it", "KVX")  # remembered for a next "It also ..."


def test_a_dummy_it_of_uncertainty_tells_no_event():
    text = "It was not clear whether the envoy would attend the talks in Vilnius."
    titles = _titles(text)
    assert not any(t.startswith("It") for t in titles), titles


def test_a_dummy_it_of_seeming_tells_no_event():
    titles = _titles("However, it seems the mood in the harbour town is not completely gloomy.")
    assert not any(t.startswith("It") for t in titles), titles


def test_a_dummy_it_of_news_gives_way_to_the_clause_it_brings():
    titles = _titles("It emerged on Tuesday that police had arrested two smugglers near the border.")
    assert any(t.startswith("Police had arrested two smugglers") for t in titles), titles
    assert not any(t.startswith("It") for t in titles), titles


def test_an_it_that_stands_for_something_is_kept():
    text = "The storm hit the coast on Monday. It is expected to reach the capital by Friday."
    titles = _titles(text)
    assert any("expected to reach the capital" in t for t in titles), titles
