"""Time words inside names, titles and numbers are not dates (temporal/names.py)."""

import datetime as dt

import pytest

from tests.core.temporal.helpers import find, spans
from timeline_app.core.temporal import tag
from timeline_app.core.temporal.names import clock_not_year, in_a_name

ANCHOR = dt.date(2027, 5, 19)


def texts(text: str) -> list[str]:
    return [e.text for e in tag(text, ANCHOR, language="en")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister told the Morning Report programme that he would stay.",
        "She gave an interview to Radio Free Today about the vote.",
        "He spoke on the channel's 24 Hours show about the blockade.",
        "The film festival opened with Dark Noon, a war drama.",
        "The Sunday Courier said the minister had resigned.",
        "Norland's Friday Herald printed the letter in full.",
        "Thousands joined the March against Hunger in the capital.",
        "The minister told the Courier On Sunday that he would stay.",
        "The letter appeared in the Record on Sunday newspaper.",
        "The affair filled the Sunday newspapers in Norland.",
        "She told a Saturday paper that she would run again.",
        "Sunday talk shows invited him week after week.",
        "Shares of the shipping group (MAR.) fell 2 percent.",
        "The party hailed its Harvest (October) Uprising in speeches.",
        "1158: Police fire tear gas near the square.",
        "1100-1130: Crowds gather outside the parliament.",
        "The curfew runs from 2200 to 0600 local time.",
    ],
)
def test_words_in_names_and_clock_times_date_nothing(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Today the army took control of the airport.", ["Today"]),
        ("VAREL (AP) _ Today the army took control of the airport.", ["Today"]),
        ('The envoy said: "Tomorrow we sign."', ["Tomorrow"]),
        ("Crowds marked Independence Day in the capital.", ["Independence Day"]),
        ("Fireworks lit the sky on New Year's Eve in the capital.", ["New Year's Eve"]),
        ("Talks resumed in March for the first time.", ["March"]),
        ("The vote (April) was delayed again.", ["April"]),
        ("On Sunday President Vidal spoke to the crowd.", ["Sunday"]),
        ("The castle was built in 1130 by the count.", ["1130"]),
        ("The March 5 vote was cancelled.", ["March 5"]),
        ("The Courier on Thursday printed the letter.", ["Thursday"]),
        ("Local newspaper the Courier on Tuesday printed the letter.", ["Tuesday"]),
        ("The paper reported in its Friday edition that talks failed.", ["Friday"]),
        ("The Herald said in its Monday newspaper that talks failed.", ["Monday"]),
        ("Monday's papers carried the letter in full.", ["Monday"]),
        ("Crowds gathered after Friday prayers in the old town.", ["Friday"]),
    ],
)
def test_the_same_words_as_dates_are_still_found(text, found):
    assert texts(text) == found


def test_a_four_digit_clock_time_with_its_zone_is_a_time_of_day_not_a_year():
    found = tag("Police fired tear gas at 1130 GMT near the square.", ANCHOR, language="en")
    assert [(e.text, e.type, e.value) for e in found] == [("1130 GMT", "TIME", "2027-05-19T11:30")]


def test_a_headline_in_title_case_keeps_its_dates():
    assert texts("Rebels Seize Border Town Today") == ["Today"]


def test_the_checks_by_offsets():
    text = "Crowds gathered at 1130 GMT; the fort dates from 1130."
    assert clock_not_year(text, text.index("1130"), text.index("1130") + 4)
    assert not clock_not_year(text, text.rindex("1130"), text.rindex("1130") + 4)
    named = "He read the Sunday Courier."
    assert in_a_name(named, named.index("Sunday"), named.index("Sunday") + 6)


def test_a_live_reports_clock_stamp_after_a_day_is_that_day_at_that_time_not_a_year():
    text = "19 JANUARY, 1815 GMT, BORDER POST We reached the border.\nIn January, 1998 the talks ended."
    found = tag(text, dt.date(2010, 1, 20), language="en")
    assert [(e.text, e.value) for e in found] == [
        ("19 JANUARY", "2010-01-19"),
        ("1815 GMT", "2010-01-19T18:15"),
        ("January, 1998", "1998-01"),
    ]


def test_a_games_half_is_no_half_year():
    anchor = dt.date(2006, 11, 4)
    assert not any("half" in t for t in spans("Jensen scored a second-half goal to win the match.", anchor))
    assert not any("half" in t for t in spans("Early in the first half the keeper saved a penalty.", anchor))
    # a company's half stays the year's
    assert find("Profit rose 5 percent in the first half.", "the first half", anchor).value == "2006-H1"
