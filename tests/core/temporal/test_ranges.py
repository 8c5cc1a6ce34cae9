"""Ranges: one expression when written as one ("1990-91"), two when written with "from ... to"
(as TIMEX3 annotates them), the first then carrying the whole range as its date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal.helpers import find
from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.temporal import tag

TUESDAY = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "iso"),
    [
        ("Sales in 1990-91 rose.", "1990-91", "1990", "1990/1991"),
        ("He served in 1998–2003 as envoy.", "1998–2003", "1998", "1998/2003"),
        ("Talks ran March-May 2024.", "March-May 2024", "2024-03", "2024-03/2024-05"),
        (
            "The summit was held Nov. 8-10, 2024, in Doha.",
            "Nov. 8-10, 2024",
            "2024-11-08",
            "2024-11-08/2024-11-10",
        ),
    ],
)
def test_a_range_written_as_one_is_one_expression(text, phrase, value, iso):
    e = find(text, phrase, TUESDAY)
    assert e.text == phrase and e.type == "DATE"
    assert e.value == value
    assert e.date is not None and e.date.iso() == iso and e.date.end is not None


@pytest.mark.parametrize(
    ("text", "first", "second", "start", "end"),
    [
        ("From 2014 to 2016 he served as envoy.", "2014", "2016", "2014", "2016"),
        ("The army grew between 1985 and 1987.", "1985", "1987", "1985", "1987"),
        ("Between March and May the army grew.", "March", "May", "2025-03", "2025-05"),
        ("Between November and February, prices fell.", "November", "February", "2024-11", "2025-02"),
        ("Prices will fall between November and February.", "November", "February", "2025-11", "2026-02"),
    ],
)
def test_from_to_gives_two_expressions_and_the_first_carries_the_range(text, first, second, start, end):
    found = [e for e in tag(text, TUESDAY) if e.type == "DATE"]
    assert [e.text for e in found] == [first, second]
    a, b = found
    assert a.value == start and a.date is not None
    assert a.date.end is not None and a.date.iso() == f"{start}/{end}"
    assert b.value == end and b.date is None, "the end gives its date to the range, not to an event"


def test_dates_that_only_follow_each_other_are_not_a_range():
    found = tag("Troops left in 2014 and returned to Kabul in 2016.", TUESDAY)
    assert [e.date for e in found] == [FuzzyDate(2014, precision=Precision.YEAR),
                                       FuzzyDate(2016, precision=Precision.YEAR)]  # fmt: skip
    found = tag("From Monday to Wednesday, talks were held.", TUESDAY)
    assert all(e.date is not None and e.date.end is None for e in found)


@pytest.mark.parametrize("text", ["It rose 2010-11%.", "Call 555-1234 now.", "Version 2014-2012 failed."])
def test_number_pairs_are_not_ranges_of_years(text):
    assert not any(e.date is not None and e.date.end is not None for e in tag(text, TUESDAY))


@pytest.mark.parametrize(
    ("text", "second", "value"),
    [
        ("The ministers meet in Oslo on June 11 and 12, officials said.", "12", "2025-06-12"),
        ("The vote may be held on June 11 or 12.", "12", "2025-06-12"),
        ("Envoys arrive on June 11 and 13th, in two groups.", "13th", "2025-06-13"),
    ],
)
def test_a_second_day_after_a_month_and_day_takes_that_month(text, second, value):
    found = tag(text, dt.date(2025, 5, 20), language="en")
    assert [e.text for e in found][-1] == second
    assert (found[-1].type, found[-1].value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "Floods on June 11 and 12 villages were cut off.",
        "Prices fell on June 11 and 12 percent more on Friday.",
        "The fair ran on June 30 and 31 stalls stayed shut.",
    ],
)
def test_a_number_after_a_date_and_and_is_not_always_a_day(text):
    found = tag(text, dt.date(2025, 5, 20), language="en")
    assert not any(e.text in ("12", "31") for e in found)


def test_between_a_day_and_a_second_day_is_a_range():
    a, b = tag("Talks are planned between June 11 and 14 in Geneva.", dt.date(2025, 5, 20), language="en")
    assert (a.value, b.value) == ("2025-06-11", "2025-06-14")
    assert a.date is not None and a.date.end is not None and a.date.end.iso() == "2025-06-14"
    assert b.date is None
