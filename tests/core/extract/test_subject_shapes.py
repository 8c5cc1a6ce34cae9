"""Shapes of a wrong headline subject or object: a "they" taken for the single speaker, one
name of a listed group, the name after a participle, a body named twice, an acronym given a
plural verb, an adverb of the saying taken for the speaker (invented sentences, hand-made
dates)."""

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events

from .conftest import expr

PUB = FuzzyDate.parse("2031-03-12")


def _titles(text: str, day: str = "", iso: str = "") -> list[str]:
    if not day:  # the extractor finds the dates itself
        return [e.title for e in extract_events(text, PUB)]
    return [e.title for e in extract_events(text, PUB, expressions=[expr(text, day, iso)])]


def test_they_after_a_coordination_is_not_the_single_speaker():
    text = (
        "Spokesman Arno Veld said on Monday the two sides had made progress and they would meet again in May."
    )
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith("Veld to meet") or t.startswith("Veld meets") for t in titles), titles


def test_a_list_of_people_with_their_countries_is_the_plural_group():
    text = (
        "Foreign ministers Ana Ruiz of Vessland, Karel Dvorak of Marvania and Lin Tao of Ruritania"
        " met in Tarvik on Monday."
    )
    titles = _titles(text, "Monday", "2031-03-10")
    assert any(t.startswith("Foreign ministers meet") for t in titles), titles


def test_two_people_each_of_a_country_are_both_the_subject():
    text = "Ana Ruiz of Vessland and Karel Dvorak of Marvania met in Tarvik on Monday."
    titles = _titles(text, "Monday", "2031-03-10")
    assert any(t.startswith("Ruiz and Dvorak meet") for t in titles), titles


def test_a_body_named_after_a_participle_is_not_its_doer():
    text = (
        "Brigadier General Arno Veld, sacked commander of the Vessland Defence Force who made the"
        " accusations, sparked a crisis on Monday."
    )
    titles = _titles(text, "Monday", "2031-03-10")
    assert titles, text
    assert not any(t.startswith("Vessland Defence Force sacks") for t in titles), titles


def test_a_place_after_the_verb_is_not_the_one_who_did_it():
    text = "Arno Veld, 70, graduated in the United States and is well known among scientists."
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith("United States graduates") for t in titles), titles


def test_a_body_is_not_repeated_as_the_owner_of_its_object():
    text = "The Vessland Defence Force dismissed the commander of the Vessland Defence Force on Monday."
    titles = _titles(text, "Monday", "2031-03-10")
    assert any(t.endswith("dismisses its commander") for t in titles), titles


def test_an_acronym_ending_in_s_takes_the_singular_verb():
    text = "VNIS said on Monday the grant would fund twenty students."
    titles = _titles(text, "Monday", "2031-03-10")
    assert any(t.startswith("VNIS says") for t in titles), titles


def test_an_adverb_after_the_verb_of_saying_is_not_the_speaker():
    text = 'Prime Minister Ana Ruiz said earlier: "Our troops will stay in the region until the vote."'
    titles = _titles(text)
    assert titles, text
    assert not any(t.startswith("Earlier") for t in titles), titles


def test_the_words_of_a_chief_s_title_are_not_the_person_s_name():
    text = "Vessco Chief Financial Officer Arno Veld visited the plant in Tarvik on Monday."
    events = extract_events(text, PUB, expressions=[expr(text, "Monday", "2031-03-10")])
    assert events, text
    assert "Arno Veld" in events[0].actors, events[0].actors
    assert not any("Executive" in a for a in events[0].actors), events[0].actors


def test_a_people_named_in_the_plural_takes_the_plural_verb():
    text = "Several hundred angry Palestinians marched to the border post on Monday."
    titles = _titles(text, "Monday", "2031-03-10")
    assert any(t.startswith("Several hundred angry Palestinians march ") for t in titles), titles


def test_an_adjective_after_the_subject_noun_is_not_its_head():
    text = "Four soldiers loyal to the old general seized the radio station in Tarvik on Monday."
    titles = _titles(text, "Monday", "2031-03-10")
    assert any(t.startswith("Four soldiers seize radio station") for t in titles), titles


def test_an_object_cut_before_of_drops_the_word_leaning_on_it():
    text = "Riot police were deployed around the court in Tarvik ahead of the opening of the trial."
    titles = _titles(text)
    assert titles, text
    assert not any(t.endswith(" ahead") for t in titles), titles
    assert any("court" in t for t in titles), titles


def test_go_ahead_keeps_its_ahead():
    text = "Ministers of Vessland agreed on Monday to go ahead with the new dam in Tarvik."
    titles = _titles(text, "Monday", "2031-03-10")
    assert any("go ahead" in t for t in titles), titles


def test_an_adjective_opening_the_sentence_before_a_people_is_no_first_name():
    text = "Angry Iraqis marched to the border post in Tarvik on Monday."
    titles = _titles(text, "Monday", "2031-03-10")
    assert any(t.startswith("Angry Iraqis march ") for t in titles), titles
    names = [a for e in extract_events(text, PUB) for a in e.actors]
    assert "Angry Iraqis" not in names and "Angry" not in names, names


def test_a_hope_of_before_keeps_its_past_perfect():
    text = "The Vessland minister had hoped to sign the water treaty in Tarvik on Monday."
    titles = _titles(text, "Monday", "2031-03-10")
    assert titles, text
    assert any("had hoped to sign" in t for t in titles), titles
    assert not any("hopes" in t or t.startswith("Minister to sign") for t in titles), titles
