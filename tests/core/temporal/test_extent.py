"""Times of day, durations and repetitions, and words that only look like dates."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.core.temporal.helpers import find, spans
from timeline_app.core.temporal import tag

TUESDAY = dt.date(2025, 12, 2)


def test_clock_time_on_the_publication_day():
    e = find("The session opens at 3 p.m. in Brussels.", "3 p.m.", TUESDAY)
    assert (e.type, e.value) == ("TIME", "2025-12-02T15:00")


def test_clock_time_with_zone_and_weekday():
    e = find("Voting closed at 15:00 GMT Saturday.", "15:00 GMT Saturday", TUESDAY)
    assert e.text == "15:00 GMT Saturday"
    assert e.value == "2025-11-29T15:00"


def test_every_morning_is_a_set():
    e = find("Convoys leave every morning.", "every morning", TUESDAY)
    assert (e.type, e.value) == ("SET", "XXXX-XX-XXTMO")


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"),
    [
        ("The war lasted a decade.", "a decade", "DURATION", "P10Y"),
        ("He was jailed for three years.", "three years", "DURATION", "P3Y"),
        ("Prices rose over the past two years.", "the past two years", "DURATION", "P2Y"),
        ("The council meets every week.", "every week", "SET", "P1W"),
        ("Talks lasted two hours.", "two hours", "DURATION", "PT2H"),
        ("Inspectors report daily to Vienna.", "daily", "SET", "P1D"),
    ],
)
def test_durations_and_sets_are_never_dates(text, phrase, type_, value):
    e = find(text, phrase, TUESDAY)
    assert e.text == phrase
    assert (e.type, e.value, e.date) == (type_, value, None)


def test_for_three_years_leaves_out_the_preposition():
    assert "three years" in spans("He was jailed for three years.", TUESDAY)


@pytest.mark.parametrize(
    "text",
    [
        "We will march on the capital if we may.",
        "In a statement, we said the second round failed.",
        "The Sun reported that the minister may resign.",
        "A second delegation arrived in a convoy.",
        "The app reached version 3.1.4 after 10.5 million downloads.",
        "Call 555-0199 or +44 20 7946 0958.",
        "About three-quarters of the voters and a quarter of the deputies stayed home.",
        "The permit costs $500 a year and 10% a month in fees.",
        "He appeared on ABC's This Week to defend the plan.",
        "Jan Kowalski met Mar Roxas and Jun Ji-hyun.",
        "Thousands joined the annual March for Life in Washington.",
        "She led the March of the Combatant Mothers.",
        "Abortion remains a hard question in today's world.",
        "The poster showed Gary Cooper in High Noon.",
    ],
)
def test_words_that_are_not_dates(text):
    assert tag(text, TUESDAY) == []


def test_expressions_never_overlap_and_offsets_match_the_text():
    text = "On Monday, 2 December 2025, at 3 p.m., two days after the vote, talks lasted three hours."
    found = tag(text, TUESDAY)
    assert len(found) >= 4
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for e in found:
        assert text[e.start : e.end] == e.text


def test_midnight_ends_the_day_it_names():
    e = find("The offer expires at midnight Friday.", "midnight Friday", TUESDAY)
    assert e.value == "2025-12-05T24:00"
    assert e.date is not None and e.date.iso() == "2025-12-06T00:00"


def test_march_after_a_preposition_stays_a_month():
    assert [e.value for e in tag("He stepped down in March for health reasons.", TUESDAY)] == ["2025-03"]
    assert [e.value for e in tag("Today's meeting was cancelled.", TUESDAY)] == ["2025-12-02"]


def test_after_midnight_is_the_start_of_the_day_named():
    e = find("The strike happened shortly after midnight on Sunday.", "midnight on Sunday", TUESDAY)
    assert e.value == "2025-11-30T00:00"


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"),
    [
        ("The bonds will be redeemed in five years.", "five years", "DATE", "2030"),
        ("The plant is expected to reopen in six months.", "six months", "DATE", "2026-06"),
        ("The bonds must be sold within five years.", "five years", "DURATION", "P5Y"),
        ("His second letter in two weeks was published on Friday.", "two weeks", "DURATION", "P2W"),
        ("Talks will resume in about two weeks.", "two weeks", "DURATION", "P2W"),
        ("The fund will absorb any losses in the five-year scheme.", "five-year", "DURATION", "P5Y"),
        ("The bank will invest in ten-year bonds.", "ten-year", "DURATION", "P10Y"),
    ],
)
def test_in_a_count_of_units_ahead_is_a_date_only_in_a_future(text, phrase, type_, value):
    e = find(text, phrase, dt.date(2025, 12, 2))
    assert (e.type, e.value) == (type_, value)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy, 61 years old, flew in from Geneva.",
        "Workers 58 years old or older may retire early.",
        "The ceasefire is barely a week old.",
        "Volunteers must be 18 years of age.",
        "She told the programme ''48 Hours'' she would run.",
    ],
)
def test_ages_and_quoted_titles_are_not_lengths_of_time(text):
    assert tag(text, TUESDAY) == []


def test_a_length_of_time_stays_one_before_a_sentence_about_age():
    assert spans("He served 20 years in prison. Old habits die hard.", TUESDAY, language="en") == ["20 years"]
    assert spans("The meeting took 48 hours.", TUESDAY) == ["48 hours"]


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"),
    [
        ("Prices may, in a year or two, start to fall.", "a year or two", "DATE", "FUTURE_REF"),
        ("The bridge will reopen in two or three weeks.", "two or three weeks", "DATE", "FUTURE_REF"),
        ("The ferry sank a day or two ago, villagers said.", "a day or two ago", "DATE", "PAST_REF"),
        ("The bridge was rebuilt in a year or two.", "a year or two", "DURATION", "P1Y"),
        ("The strike lasted a week or two.", "a week", "DURATION", "P1W"),
    ],
)
def test_a_count_given_as_a_range_ahead_or_ago_is_a_vague_date(text, phrase, type_, value):
    found = tag(text, dt.date(2025, 12, 2), language="en")
    assert [(e.text, e.type, e.value) for e in found] == [(phrase, type_, value)]


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"),
    [
        ("Fighting has flared in recent days near the border.", "recent days", "DATE", "PAST_REF"),
        ("In recent months, the mill shed 200 jobs.", "recent months", "DATE", "PAST_REF"),
        ("Prices are expected to ease in coming weeks.", "coming weeks", "DATE", "FUTURE_REF"),
        ("More plants may close in the coming months.", "the coming months", "DATE", "FUTURE_REF"),
        ("Prices may ease in the weeks ahead.", "the weeks ahead", "DATE", "FUTURE_REF"),
        ("Rain fell over recent days.", "recent days", "DURATION", "PXD"),
        ("Shares fell for the past few weeks.", "the past few weeks", "DURATION", "PXW"),
    ],
)
def test_in_recent_or_coming_units_places_an_event_vaguely_rather_than_measuring(text, phrase, type_, value):
    # like "in recent years" and "in the weeks ahead": a vague past or future, not a length of time
    found = tag(text, dt.date(2025, 12, 2), language="en")
    assert [(e.text, e.type, e.value) for e in found] == [(phrase, type_, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sails on Friday nights.", [("Friday nights", "SET", "XXXX-WXX-5TNI")]),
        ("She teaches Sunday mornings.", [("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
        (
            "Buses run on Monday and Thursday evenings.",
            [("Monday", "SET", "XXXX-WXX-1TEV"), ("Thursday evenings", "SET", "XXXX-WXX-4TEV")],
        ),
        (
            "Talks ran on Monday and Thursday night.",
            [("Monday", "DATE", "2025-12-01"), ("Thursday night", "DATE", "2025-11-27")],
        ),
    ],
)
def test_a_weekday_with_a_plural_part_of_the_day_is_a_repetition(text, expected):
    found = tag(text, dt.date(2025, 12, 2), language="en")
    assert [(e.text, e.type, e.value) for e in found] == expected


def test_a_clock_time_still_to_come_is_not_on_a_day_gone_by():
    """ "sacked the speaker on Friday ... The funeral was to begin at 0400 GMT" in Sunday's paper:
    the funeral's time is on the story's own day, not on the Friday last mentioned; a time told
    of the past stays on the day last mentioned."""
    text = "The leader sacked the speaker on Friday. The funeral was to begin at 0400 GMT."
    assert find(text, "0400 GMT", dt.date(2025, 12, 7)).value == "2025-12-07T04:00"
    text = "The leader sacked the speaker on Friday. Guards opened fire at 0400 GMT."
    assert find(text, "0400 GMT", dt.date(2025, 12, 7)).value == "2025-12-05T04:00"
