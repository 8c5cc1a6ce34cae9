"""Which verb is a sentence's main predicate: not a reduced relative's participle, not a
relative clause's verb, not an -ing noun after the verb."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extract import extract_events
from timeline_app.core.extract.analysis import analyse
from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.extract.mainverb import main_predicate
from timeline_app.core.extract.reading import read_sentence
from timeline_app.core.gazetteer import gazetteer

PUB = dt.date(2031, 3, 12)


def _reading(sentence: str):  # type: ignore[no-untyped-def]
    a = analyse(sentence, None)
    (sent,), (names,) = a.sentences, a.names
    return read_sentence(sent, gazetteer(), lexicon(), names.mentions, names.people, [])


def verbs(sentence: str) -> dict[str, bool]:
    r = _reading(sentence)
    return {r.tokens[p.index].text: p.finite for p in r.preds}


def main_verb(sentence: str) -> str | None:
    r = _reading(sentence)
    p = main_predicate(r)
    return None if p is None else r.tokens[p.index].text


def test_a_past_form_after_a_noun_before_the_clause_verb_is_a_participle() -> None:
    found = verbs("Witnesses said gunmen dressed as soldiers stopped the bus at a checkpoint.")
    assert found.get("dressed") is False and found.get("stopped") is True
    found = verbs("The body of a hiker found in the forest Sunday was identified by the police.")
    assert found.get("found") is False
    assert main_verb("The conference slated for next week was postponed by the hosts.") == "postponed"


def test_a_verb_of_belief_before_to_be_is_a_participle() -> None:
    found = verbs("Divers recovered two bodies believed to be those of the missing fishermen.")
    assert found.get("believed") is False and found.get("recovered") is True


def test_the_later_verb_must_be_finite_beyond_doubt() -> None:
    # "sponsored" and "armed" modify nouns: the verb before them stays the clause's verb
    assert verbs("The assembly voted to reject an opposition-sponsored motion.").get("voted") is True
    assert verbs("The protest turned into an armed revolt in the north.").get("turned") is True
    assert verbs("The minister insisted on Monday the talks were going well.").get("insisted") is True


def test_the_main_clause_verb_beats_a_relative_clause_verb() -> None:
    assert main_verb("Valdoria on Sunday marked the anniversary of the bombing, which killed 40 people.") == (
        "marked"
    )
    assert main_verb("The founder of the choir who has toured the region has been awarded a medal.") == (
        "awarded"
    )
    # a clause that tells a new event after "where" is no description of a noun
    where = "They were driven to the palace, where the envoy met the king."
    assert main_verb(where) == "met"
    # nor what a relative clause reports
    reported = (
        "The protest came in response to remarks made by the general who said that the army will expand."
    )
    assert main_verb(reported) == "came"
    # a cleft sentence's "who" clause is its news
    assert main_verb("It was the villagers who found and freed the lost climbers.") in ("found", "freed")


def test_a_relative_clause_between_commas_after_the_subject_is_no_news() -> None:
    # the main clause's verb, even when the relative clause names an event too
    assert main_verb("Vessland, which helped form the council in 2004, asked Ruritania to withdraw.") == (
        "asked"
    )
    assert main_verb("The envoy, who arrived in Kesta on Monday, met the king.") == "met"
    # a past form with a preposition after the closing comma is the main verb, no participle
    assert verbs("Vessland, which holds the presidency, called for a session.").get("called") is True
    assert verbs("The envoy, who arrived on Monday, pushed for calm.").get("pushed") is True
    # (but an agent makes it one: "..., who fled the war, ruined by it")
    assert verbs("The farmer, who fled the war, ruined by debts, left.").get("ruined") is False


def test_the_relative_clause_keeps_its_own_dated_event_beside_the_news() -> None:
    text = "Vessland, which helped form the council in 2004, asked Ruritania to withdraw."
    events = extract_events(text, PUB)
    titles = {e.title: e for e in events}
    asked = next(e for t, e in titles.items() if "asks" in t)
    assert asked.when is None or asked.when.iso()[:4] == "2031"  # never the relative clause's 2004
    helped = next(e for t, e in titles.items() if "helps" in t)
    assert helped.when is not None and helped.when.iso() == "2004"


def test_a_fronted_day_dates_the_main_verb_not_the_relative_clauses() -> None:
    events = extract_events("On Monday, Ana Ruiz, who heads the party, promised to support the bill.", PUB)
    promised = next(e for e in events if "promise" in e.title.lower())
    assert promised.when is not None and promised.when.iso() == "2031-03-10"


def test_the_speaker_before_a_relative_clause_is_no_name_after_the_verb() -> None:
    text = "The former envoy, who left his post in March, said sanctions on Ruritania were not a first step."
    events = extract_events(text, PUB)
    assert not any(e.title.startswith("Ruritania") for e in events), [e.title for e in events]


def test_an_ing_noun_after_the_verb_is_no_chained_verb() -> None:
    assert main_verb("More than two million people have used the free counseling services.") == "used"
    assert main_verb("The warning came amid election campaigning in the north.") == "came"
    assert main_verb("Rebels began collecting signatures in the capital.") in ("began", "collecting")


def test_an_infinitive_after_a_comma_aside_keeps_its_verb_finite() -> None:
    found = verbs("The envoys, hopeful that the talks could resume Monday, decided to stay in Oslo.")
    assert found.get("decided") is True


def test_titles_no_longer_use_the_participle_as_the_verb() -> None:
    titles = [
        e.title
        for e in extract_events(
            "Police said the body of a hiker found in the forest Sunday was a missing teacher.", PUB
        )
    ]
    assert not any("finds" in t for t in titles), titles
