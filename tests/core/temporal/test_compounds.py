"""A date and what places it, read as one expression ("May 31 last year" is one day, not a day of
the wrong year plus a year, which made two events downstream), and where one expression must stop."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal.helpers import spans, values
from timeline_app.core.dates import Precision
from timeline_app.core.temporal import tag

TUESDAY = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The mill shut down on May 31 last year.", "May 31 last year", "2024-05-31"),
        ("The mill shuts down on Feb. 3 next year.", "Feb. 3 next year", "2026-02-03"),
        ("The mill shut down on January 12 this year.", "January 12 this year", "2025-01-12"),
        ("The mill shut down on 31 May last year.", "31 May last year", "2024-05-31"),
        ("The mill shut down on May 31 of last year.", "May 31 of last year", "2024-05-31"),
        ("The panel meets on Tuesday next week.", "Tuesday next week", "2025-12-09"),
        ("The panel met on Sunday last week.", "Sunday last week", "2025-11-30"),
        ("The panel meets on Friday this week.", "Friday this week", "2025-12-05"),
        ("The panel meets on Monday of next week.", "Monday of next week", "2025-12-08"),
    ],
)
def test_a_day_placed_by_a_year_or_week_after_it_is_one_expression(text, span, value):
    found = tag(text, TUESDAY)
    assert [e.text for e in found] == [span]
    assert found[0].type == "DATE" and found[0].value == value
    assert found[0].date is not None and found[0].date.precision is Precision.DAY


def test_the_day_after_a_day_of_last_year_counts_from_that_day():
    text = "The mill shut down on May 31 last year. It reopened the next day."
    assert values(text, TUESDAY) == ["2024-05-31", "2024-06-01"]


def test_a_week_that_owns_a_noun_is_not_joined_to_the_weekday_before_it():
    # "this week's meeting": the week names the meeting, not the Tuesday
    assert spans("On Tuesday this week's meeting was called off.", TUESDAY) == ["Tuesday", "this week"]


@pytest.mark.parametrize(
    "text",
    [
        "Missiles hit two depots overnight on Sunday, the governor said.",
        "Missiles hit two depots overnight into Sunday.",
        "Missiles hit two depots overnight to Sunday.",
    ],
)
def test_overnight_on_a_weekday_is_one_expression_on_that_day(text):
    found = tag(text, TUESDAY)
    assert len(found) == 1 and found[0].text.startswith("overnight")
    assert found[0].date is not None and found[0].date.iso() == "2025-11-30"


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("Missiles hit two depots overnight, on Sunday, the governor said.", "2025-11-30"),
        ("Missiles hit two depots overnight from Saturday to Sunday.", "2025-11-29"),
        ("On Sunday, missiles hit two depots overnight.", "2025-11-30"),
    ],
)
def test_overnight_told_with_a_weekday_is_that_weekdays_night(text, night):
    overnight = next(e for e in tag(text, TUESDAY) if e.text == "overnight")
    assert overnight.value == f"{night}TNI"
    assert overnight.date is not None and overnight.date.iso() == night


def test_overnight_with_a_weekday_in_another_sentence_stays_the_publication_night():
    text = "Missiles hit two depots overnight. Talks on Sunday went nowhere."
    overnight = next(e for e in tag(text, TUESDAY) if e.text == "overnight")
    assert overnight.value == "2025-12-02TNI"


@pytest.mark.parametrize(
    ("text", "clock", "day_text", "day_value", "clock_value"),
    [
        ("The hearing ran past midnight, on Thursday, aides said.", "midnight", "Thursday", "2025-11-27",
         "2025-11-27T24:00"),
        ("The vote stays open until 6 p.m., on Friday.", "6 p.m.", "Friday", "2025-12-05",
         "2025-12-05T18:00"),
    ],
)  # fmt: skip
def test_a_time_does_not_span_a_comma_before_on_a_day(text, clock, day_text, day_value, clock_value):
    # the day after ", on" still places the time ("until" makes both Fridays the coming one)
    found = tag(text, TUESDAY)
    assert [e.text for e in found] == [clock, day_text]
    assert found[0].type == "TIME" and found[0].value == clock_value
    assert found[1].value == day_value


def test_a_time_and_its_date_after_a_bare_comma_stay_one_expression():
    # "5 p.m. EST, Nov. 6" is how wire copy writes one moment; TimeML annotates it as one
    assert spans("Polls close at 5 p.m. EST, Dec. 4.", TUESDAY) == ["5 p.m. EST, Dec. 4"]


@pytest.mark.parametrize(
    "text",
    [
        "Missiles hit two depots overnight on Sunday, Nov. 30.",
        "Missiles hit two depots overnight into Sunday, 30 November.",
    ],
)
def test_overnight_on_a_weekday_and_its_date_is_one_expression(text):
    # not "overnight on Sunday" and then a bare month "November" (an event dated the month)
    found = tag(text, TUESDAY)
    assert len(found) == 1 and found[0].text.startswith("overnight")
    assert found[0].value == "2025-11-30"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The count ends this coming Sunday, December seventh.",
            "coming Sunday, December seventh",
            "2025-12-07",
        ),
        ("Delegates return next Monday, Dec. 8, to vote.", "Monday, Dec. 8", "2025-12-08"),
    ],
)
def test_a_weekday_and_its_date_side_by_side_are_one_expression(text, span, value):
    found = tag(text, TUESDAY, language="en")
    assert [(e.text, e.value) for e in found] == [(span, value)]


def test_a_weekday_and_a_different_date_after_a_comma_stay_two():
    found = tag("The count ends this coming Sunday, December ninth.", TUESDAY, language="en")
    assert [e.value for e in found] == ["2025-12-07", "2025-12-09"]
