"""The verb finder: verbs the CAMEO lexicon lacks (from LemmInflect's word classes) and the
context rules for base and -s forms, adverbs and participles used as adjectives."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.extract import extract_events, wordclass
from timeline_app.core.extract.analysis import analyse
from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.extract.reading import read_sentence
from timeline_app.core.gazetteer import gazetteer

PUB = dt.date(2031, 3, 12)


def verbs(sentence: str) -> dict[str, bool]:
    """The verbs found in a sentence: word -> finite."""
    a = analyse(sentence, None)
    (sent,), (names,) = a.sentences, a.names
    r = read_sentence(sent, gazetteer(), lexicon(), names.mentions, names.people, [])
    return {r.tokens[p.index].text: p.finite for p in r.preds}


def test_word_classes_tell_verb_only_forms_from_ambiguous_ones() -> None:
    assert wordclass.verb_only("requires")
    assert wordclass.verb_only("purified")
    assert not wordclass.verb_only("offer")  # also a noun
    assert not wordclass.verb_only("used")  # also an adjective
    assert "NOUN" in wordclass.classes("pillows")
    assert wordclass.verb_lemma("purified") == "purify"
    assert wordclass.verb_lemma("pillow's") is None


def test_lexicon_adds_verb_only_forms_without_a_kind_and_keeps_cameo_kinds() -> None:
    lex = lexicon()
    v = lex.verb("disinfects")
    assert v is not None and (v.lemma, v.form, v.kind) == ("disinfect", "s", None)
    assert lex.verb("purified") is not None and lex.verb("purified").form == "past"
    assert lex.verb("screen") is None  # a noun too: only the context makes it a verb
    assert lex.any_verb("screen") is not None
    assert lex.verb("including") is None and lex.verb("pending") is None  # prepositions
    assert lex.verb("rejected").kind is not None  # the CAMEO table still comes first


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The new filters require regular cleaning.", "require"),
        ("Local volunteers purify the river water.", "purify"),
        ("The clinic relieves pressure on the hospital.", "relieves"),
        ("Crews installed pumps in the flooded villages.", "installed"),
    ],
)
def test_verbs_missing_from_the_cameo_lexicon_are_found(sentence: str, verb: str) -> None:
    assert verbs(sentence).get(verb) is True


def test_base_form_after_a_plural_subject_is_a_verb_and_a_participle_after_an_adverb_an_adjective() -> None:
    found = verbs("These pumps offer urgently needed fresh water to the villages.")
    assert found.get("offer") is True
    assert "needed" not in found


def test_s_form_after_an_unknown_name_and_an_adverb_is_the_verb() -> None:
    found = verbs("Tarvo Rail now replaces worn seats in every carriage.")
    assert found.get("replaces") is True
    assert "worn" not in found or found["worn"] is False


def test_past_form_between_a_verb_and_its_noun_is_an_adjective() -> None:
    found = verbs("The hotel replaces used towels every morning.")
    assert "used" not in found


def test_a_noun_after_an_owner_adjectives_and_a_name_is_no_verb() -> None:
    found = verbs("In its latest Africa report, the Vessland Bank said that exports had grown.")
    assert "report" not in found
    assert found.get("said") is True


def test_noun_or_verb_forms_need_a_verb_context() -> None:
    assert verbs("Officials will screen all passengers.").get("screen") is True
    assert verbs("They quarantine the sick in a separate ward.").get("quarantine") is True
    assert "school" not in verbs("The boy went to school the next day.")
    assert "program" not in verbs("The weapons program worried the neighbours.")


def test_coordinated_present_verbs_and_objects_after_a_verb() -> None:
    found = verbs("Volunteers install pumps and disinfect wells.")
    assert found.get("install") is True and found.get("disinfect") is True
    assert "pumps" not in found
    assert "grants" not in verbs("The sum also includes grants to the farmers.")


def test_modifiers_and_asides_are_no_main_verbs() -> None:
    assert "fishing" not in verbs("The residents of a small fishing town were evacuated.")
    found = verbs("Halvor, seeded third in the draw, lost the final.")
    assert found.get("seeded") is False and found.get("lost") is True
    found = verbs("To be repeatedly subjected to threats is hard.")
    assert found.get("subjected") is False


def test_titles_keep_the_adjective_and_inflect_the_verb() -> None:
    (event, *_rest) = extract_events("Tarvo Rail now replaces used seats on all its trains.", PUB)
    assert "used seats" in event.title
    assert "use seats" not in event.title
    titles = [e.title for e in extract_events("The Halvia Water Board will purify the river water.", PUB)]
    assert any("purify" in t for t in titles), titles


def test_a_verb_after_a_stray_comma_stays_finite_and_adjectives_are_no_past_verbs() -> None:
    found = verbs("The historian Ilse Varga, scoffed at claims that the relic had been stolen.")
    assert found.get("scoffed") is True
    found = verbs("The agreement, signed at the bank in Velmar, took effect.")
    assert found.get("signed") is False and found.get("took") is True
    found = verbs("French armored vehicles entered the town.")
    assert "armored" not in found and found.get("entered") is True


def test_a_participle_after_with_and_its_noun_is_no_finite_verb() -> None:
    found = verbs("The dancers stood in a ring with their hands joined, and the crowd cheered.")
    assert found.get("joined") is False
    assert found.get("stood") is True and found.get("cheered") is True


def test_apposition_and_adverbs_before_the_verb() -> None:
    assert verbs("The finance minister, Ana Ruiz, was pleased with the vote.").get("was") is True
    assert verbs("A furlong, or an eighth of a mile, is a unit of length.").get("is") is True
    assert verbs("Ferries currently account for half of the traffic.").get("account") is True
    assert verbs("The Velmarian economy still relies on fishing.").get("relies") is True
    assert verbs("The old pump can only take so much water.").get("take") is True


def test_a_noun_or_verb_s_form_after_a_singular_noun_needs_an_object_and_no_time_word() -> None:
    assert verbs("A glossy new poster features a smiling nurse.").get("features") is True
    assert "figures" not in verbs("The trade figures this week showed a rise.")


def test_an_s_form_after_and_is_no_verb_without_a_subject() -> None:
    found = verbs("You can then fill up your cups and your pots and pans.")
    assert "pans" not in found and found.get("fill") is True


def test_an_adverb_between_an_auxiliary_and_its_verb_and_requests_to_the_reader() -> None:
    found = verbs("The ministry said it was closely watching the river.")
    assert "was" not in found and found.get("watching") is True
    assert "consider" not in verbs("Please seriously consider keeping some water at home.")
    assert verbs("The governors ought to resign.").get("resign") is True


def _tenses(sentence: str) -> dict[str, str]:
    a = analyse(sentence, None)
    (sent,), (names,) = a.sentences, a.names
    r = read_sentence(sent, gazetteer(), lexicon(), names.mentions, names.people, [])
    return {r.tokens[p.index].text: p.tense for p in r.preds}


def test_a_present_verb_of_saying_inverted_after_a_quotation_is_a_verb() -> None:
    assert verbs('"There could be benefits for all the parties involved," says Piet Okoro.').get("says")
    assert verbs('"We will not give up," says the minister.').get("says")


def test_the_will_of_a_quotation_is_not_the_tense_of_the_saying_after_it() -> None:
    assert _tenses('"We will win the vote," said Ana Moen.')["said"] == "past"
    assert _tenses('"We will win the vote," says Ana Moen.')["says"] == "present"
    assert _tenses('"We will win the vote," said Ana Moen.')["win"] == "future"


def test_won_after_an_amount_is_the_currency_and_after_a_year_the_verb() -> None:
    assert "won" not in verbs("Daewoo Shipbuilding slid 320 won to 8,150 won in heavy selling.")
    assert "slid" in verbs("Daewoo Shipbuilding slid 320 won to 8,150 won in heavy selling.")
    assert verbs("A similar motion in 2004 won 60 percent support.").get("won") is True
    story = "Keumho Tire was limit-down 90 won at 2,140 won on Friday."
    titles = [e.title for e in extract_events(story, PUB)]
    assert not any("win" in t.lower() for t in titles)


def test_an_irregular_past_that_is_its_base_form_is_read_before_a_figure() -> None:
    assert verbs("Acme Holdings shed 40 cents to 9.10 dollars on Tuesday.") == {"shed": True}
    titles = [e.title for e in extract_events("Acme Holdings shed 40 cents on Tuesday.", PUB)]
    assert any("shed" in t for t in titles)


def test_a_past_form_opening_the_sentence_before_a_noun_and_a_verb_is_an_adjective() -> None:
    assert verbs("Newly released records revealed the payments on Monday.") == {"revealed": True}


def test_back_before_a_place_word_is_the_adverb_not_a_verb() -> None:
    found = verbs("The loans would get the province back on its feet, the governor said.")
    assert "back" not in found and found.get("get") is True


def test_a_plural_noun_heading_a_list_is_no_verb() -> None:
    assert verbs("Trading rose as airline stocks and oil shares gained.") == {"rose": True, "gained": True}


def test_a_past_form_after_a_contact_clause_verb_stays_finite() -> None:
    # "the device they were testing" describes the device; "exploded" is the sentence's verb
    sentence = "The device they were testing exploded in a garage on Friday."
    assert verbs(sentence).get("exploded") is True
    titles = [e.title for e in extract_events(sentence, PUB)]
    assert not any(t.lower().startswith("testing") for t in titles)


def test_a_past_form_after_a_preposition_before_two_nouns_is_an_adjective() -> None:
    found = verbs("Crowds rallied in support of ousted party leader Ana Moen on Monday.")
    assert found == {"rallied": True}
    found = verbs("Counting slowed because of problems with delayed ballot papers in Vell.")
    assert "delayed" not in found and found.get("slowed") is True
