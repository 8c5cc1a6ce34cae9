"""The tense of the clause around an expression, shared with the event extractor."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal.helpers import find
from timeline_app.core.temporal import governing_tense, sentence_bounds
from timeline_app.core.text import sentence_starts


def _tense(sentence: str, word: str) -> str | None:
    at = sentence.index(word)
    return governing_tense(sentence, at, at + len(word))


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The envoy met the president on Friday.", "past"),
        ("The envoy will meet the president on Friday.", "future"),
        ("Peskov said that Putin will receive Witkoff on Friday.", "future"),
        ("On Friday, Rubio and Witkoff conducted talks in Florida.", "past"),
        ("The ministry announced Friday that it had won.", "past"),
        ("The deal is expected to close on Friday.", "future"),
        ("The team planned to leave on Friday.", "future"),
        ("On Friday, the government planned to pay the claims.", "past"),
        ("The offer was to be completed by Friday.", "future"),
        ("Wednesday's ruling angered the family, who will appeal.", "past"),
        ("Friday is a holiday.", "present"),
        ("Friday.", None),
        ("Witkoff presented the 21-point plan to Arab leaders on Friday.", "past"),
        ("Trump's plan to end the war was unveiled on Friday.", "past"),
        ("Kyiv plans to hold talks on Friday.", "future"),
        ("The offer had been due to expire Friday.", "past"),
        ("The ground offensive began as previously planned Friday.", "past"),
        ("The talks will go ahead as scheduled on Friday.", "future"),
        ("Is the summit on Friday?", "present"),
        ("Strikes hit Kyiv on Friday.", None),
        ("The plan was announced for Harvest Day, which falls on Friday, in Arvel.", "present"),
        ("The envoy, who lands on Friday, met the press.", "present"),
        ("Bush told a news conference on Friday that the blockade might be extended.", "past"),
        ("Bush said the blockade might be extended on Friday.", "future"),
        ("Talks could be held in the capital on Friday.", "future"),  # a possibility ahead
        ("The vote could take place on Friday.", "future"),
        ("He could not attend the talks on Friday.", None),  # inability: not a coming day
        ("Neither envoy could be reached on Friday.", None),
        ("The mission could have ended on Friday.", "perfect"),
        ("The envoy gave an interview to be published on Friday.", "future"),  # still to come
        ("The summit to be held on Friday was cancelled.", "future"),
        ("The envoy was believed to be detained on Friday.", "past"),  # what is thought of it
        ("He became the first to be sworn in on Friday.", "past"),
        ("The last to be sworn in on Friday was the envoy.", "past"),
        ("The ship to be sent on Friday sank.", "future"),
        ("He'll leave on Friday.", "future"),
        ("The striker, who underwent surgery on Friday, will miss the final.", "past"),
        ("The minister, who fled the capital on Friday, will not attend.", "past"),
        ("Parties campaigned in the run-up to Friday's vote.", "future"),  # a day looked ahead to
        ("The family will appeal Friday's ruling.", "past"),
        ("Officials studied Friday's ruling.", "past"),
        ("Friday's show will feature a live session from the band.", "future"),  # a programme ahead
        ("Friday's vote is expected to be close.", "future"),
        ("Tune in to Friday's programme for the interview.", "future"),
        ("The hall has been given a capacity of 900 for Friday's concert.", "future"),
        ("Tickets for Friday's match are sold out.", "future"),
        ("The striker was fined for Friday's match.", "past"),  # readied for, but told in the past
        ("On Friday's show, the host interviewed the minister.", "past"),
        ("Friday's ruling will be appealed.", "past"),  # a ruling is done when named
    ],
)
def test_governing_tense(sentence, tense):
    word = "Wednesday" if "Wednesday" in sentence else "Friday"
    assert _tense(sentence, word) == tense


def test_tense_stays_inside_the_sentence():
    text = "The envoy will arrive soon. Officials met on Friday."
    assert _tense(text, "Friday") == "past"
    assert _tense("Officials met the envoy. He arrives Friday.", "Friday") == "present"
    assert _tense("Officials met the envoy. Then Friday.", "Friday") is None


def test_abbreviations_do_not_end_sentences():
    text = "On Sunday, U.S. Secretary of State Marco Rubio met Ukrainian officials."
    assert _tense(text, "Sunday") == "past"
    assert sentence_starts("Mr. Smith met the U.S. envoy. He left.") == [0, 30]


def test_sentence_bounds_with_and_without_precomputed_breaks():
    text = "First one here. The second one, on Monday, ends here. Third."
    at = text.index("Monday")
    assert sentence_bounds(text, at, at + 6) == sentence_bounds(
        text, at, at + 6, breaks=sentence_starts(text)
    )
    left, right = sentence_bounds(text, at, at + 6)
    assert text[left:right].startswith("The second one") and text[left:right].endswith("here.")


def test_fronted_participle_clause_takes_the_main_verb_tense():
    """A participle clause before the subject ("After meeting Macron Monday, Zelensky stated")
    is dated by the past tense of the main verb, not by the participle."""
    text = (
        "After meeting with French President Emmanuel Macron and European counterparts Monday, "
        "Zelensky stated Ukraine aims to conclude hostilities."
    )
    assert _tense(text, "Monday") == "past"


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Both leaders denounced the attacks in a shared communique on Friday.", "past"),
        ("Both leaders denounced renewed missile strikes in a shared communique on Friday.", "past"),
        ("The attacks on Friday wounded six.", "past"),
        ("They denounced the raid, which the army calls a mistake, in a statement on Friday.", "past"),
        ("Moscow strikes Odesa on Friday.", "present"),
        ("The envoy, who met them often, will fly out on Friday.", "future"),
        # a list after the relative clause: the date is still in it
        ("She succeeds Ms. Lee, who stepped down as chair, treasurer and secretary on Friday.", "past"),
    ],
)
def test_a_past_verb_governs_across_its_object(sentence, tense):
    # a plural noun that could be a present verb ("attacks"), or a relative clause set off by
    # commas, between the past verb and the date does not make the clause present
    assert _tense(sentence, "Friday") == tense


def test_a_past_weekday_across_a_noun_phrase_is_the_one_gone_by():
    text = "Both leaders denounced the attacks in a shared communique on Friday."
    assert find(text, "Friday", dt.date(2025, 12, 3)).value == "2025-11-28"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the postponing happened on that Saturday; only "postponed until/to" points ahead
        ("Forty ferries were postponed because of a storm on the coast Saturday night.", "2025-11-29"),
        ("The vote was postponed until Saturday.", "2025-12-06"),
    ],
)
def test_postponed_points_ahead_only_to_the_new_day(text, value):
    assert find(text, "Saturday", dt.date(2025, 12, 2)).value[:10] == value


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("In one early sign, the caretaker leader on Friday sacked the speaker.", "past"),
        ("After another visit the envoy on Friday signed the deal.", "past"),
        ("Leaders meet Friday in Geneva.", "present"),
        ("Talks resume Friday in Geneva.", "present"),
    ],
)
def test_a_noun_that_looks_like_a_base_verb_is_no_plural_present(sentence, tense):
    """ "one early sign," is a noun phrase, not a plural subject's present ("Leaders sign ...")."""
    assert _tense(sentence, "Friday") == tense


def test_an_adjective_after_a_possessive_is_no_past_tense():
    """ "Norland's embattled president": a participle used as an adjective does not put the talks
    agreed to in the past."""
    sentence = "The rebel leader has agreed to talks with Norland's embattled president aboard a ship Friday."
    assert _tense(sentence, "Friday") != "past"  # (a plan agreed to: the Friday nearest the story's day)
    assert _tense("The rebels attacked Norland's capital on Friday.", "Friday") == "past"


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The group decided to cut output by a tenth in October to stem falling prices.", None),
        ("The talks were to resume in October.", None),
        ("The group decided to cut output in October and will meet again in May.", None),
        ("The team planned to leave on Friday.", "future"),
        ("The deal is expected to close on Friday.", "future"),
    ],
)
def test_a_plan_told_from_the_past_may_lie_either_side_of_the_story(sentence, tense):
    """ "decided to cut output in October": the October nearest the story's day, gone by or to come."""
    word = "October" if "October" in sentence else "May" if "May" in sentence else "Friday"
    assert _tense(sentence, word) == tense


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("She would lead the party at April's election.", "April", "future"),
        ("Leaders will attend Sunday's funeral.", "Sunday", "future"),
        ("The family will appeal Wednesday's ruling.", "Wednesday", "past"),
        ("The turnout at Sunday's election was low.", "Sunday", "past"),
    ],
)
def test_a_future_clause_looks_ahead_to_a_happening_set_for_a_day(sentence, word, tense):
    assert _tense(sentence, word) == tense
