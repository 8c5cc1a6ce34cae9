"""One analysed text: the article is split and tagged once, and the extractor reuses it."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extract import extract_events
from timeline_app.core.extract.analysis import analyse
from timeline_app.core.model import Article
from timeline_app.core.text import sentence_spans

PUB = dt.date(2031, 3, 12)  # a Wednesday
TEXT = (
    "Ministers of Ruritania and Freedonia met in Geneva on Monday. "
    "They will meet again with Prof. Adler next Tuesday.\n\n"
    "The talks lasted three hours."
)


def test_analysis_holds_sentences_tokens_and_every_time_expression() -> None:
    a = analyse(TEXT, PUB)
    assert [(s.start, s.end) for s in a.sentences] == [(x, y) for x, y, _ in sentence_spans(TEXT)]
    assert all(s.tokens for s in a.sentences)
    assert a.language == "en"
    by_text = {e.text: e for e in a.expressions}
    assert by_text["Monday"].value == "2031-03-10"
    assert by_text["next Tuesday"].value == "2031-03-18"
    assert by_text["three hours"].type == "DURATION"  # kept for the article view


def test_extractor_reuses_a_given_analysis_and_finds_the_same_events(count_tagging: list[str]) -> None:
    article = Article(id="a", title="Talks", text=TEXT, published=None)
    a = analyse(TEXT, PUB)
    assert len(count_tagging) == 1
    given = extract_events(article, PUB, analysis=a)
    assert len(count_tagging) == 1  # not tagged again
    fresh = extract_events(article, PUB)
    assert len(count_tagging) == 2
    assert [(e.title, e.when) for e in given] == [(e.title, e.when) for e in fresh]
    assert any(e.when is not None and e.when.iso() == "2031-03-10" for e in given)


def test_an_analysis_of_another_date_or_text_is_not_reused(count_tagging: list[str]) -> None:
    a = analyse(TEXT, PUB)
    article = Article(id="a", title="Talks", text=TEXT, published=None)
    extract_events(article, dt.date(2031, 3, 19), analysis=a)  # "Monday" is another day now
    assert len(count_tagging) == 2
    extract_events(Article(id="b", title="", text=TEXT + " More.", published=None), PUB, analysis=a)
    assert len(count_tagging) == 3


NAMES = (
    "Foreign Minister Helga Varnstrom met Ruritania's president in Geneva on Monday. "
    "Varnstrom said the talks went well.\n\n"
    "The Ruritanian delegation left on Tuesday."
)


def test_analysis_holds_each_sentences_names_and_the_people_named_so_far() -> None:
    a = analyse(NAMES, PUB)
    assert len(a.names) == len(a.sentences)
    first, second, third = a.names
    assert "Helga Varnstrom" in {m.name for m in first.mentions}
    assert {m.name: m.kind for m in first.mentions}["Geneva"] == "city"
    # the bare surname of the second sentence is the person named in full in the first
    assert [m.name for m in second.mentions if m.kind == "person"] == ["Helga Varnstrom"]
    assert first.people.get("Varnstrom") == "Helga Varnstrom"
    assert third.people == second.people  # nobody new named: the same people


def test_reading_an_analysis_does_not_change_it() -> None:
    a = analyse(NAMES, PUB)
    before = [[(m.kind, m.name, dict(m.extras)) for m in n.mentions] for n in a.names]
    once = extract_events(NAMES, PUB, analysis=a)
    twice = extract_events(NAMES, PUB, analysis=a)
    assert [(m.kind, m.name, m.extras) for n in a.names for m in n.mentions] == [x for s in before for x in s]
    assert [(e.title, e.actors, e.when) for e in once] == [(e.title, e.actors, e.when) for e in twice]
    assert any("Helga Varnstrom" in e.actors for e in once)
