"""FuzzyDate: precision, text forms, BCE years, order, and impossible dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.dates import (
    FuzzyDate,
    Precision,
    civil_from_days,
    days_from_civil,
    days_in_month,
    iso_week_of,
    weekday_of,
)

ANY_YEAR = st.integers(-9999, 9999)


@st.composite
def fuzzy_dates(draw: st.DrawFn, years: st.SearchStrategy[int] = ANY_YEAR) -> FuzzyDate:
    year = draw(years)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, days_in_month(year, month)))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    full = FuzzyDate(year, month, day, hour, minute, Precision.MINUTE)
    return full.truncate(draw(st.sampled_from(list(Precision))))


@pytest.mark.parametrize(
    "text, precision, label",
    [
        ("2025", Precision.YEAR, "2025"),
        ("2025-11", Precision.MONTH, "Nov 2025"),
        ("2025-11-30", Precision.DAY, "30 Nov 2025"),
        ("2025-11-30T14:00", Precision.MINUTE, "30 Nov 2025 14:00"),
        ("2025-W48", Precision.WEEK, "week 48, 2025"),
        ("2025-Q4", Precision.QUARTER, "Q4 2025"),
        ("2014-SU", Precision.SEASON, "summer 2014"),
        ("199", Precision.DECADE, "1990s"),
        ("19", Precision.CENTURY, "20th century"),
        ("-0043", Precision.YEAR, "44 BC"),
    ],
)
def test_iso_text_round_trips_with_its_precision(text: str, precision: Precision, label: str) -> None:
    date = FuzzyDate.parse(text)
    assert date.precision is precision
    assert date.iso() == text
    assert date.label() == label
    assert FuzzyDate.parse(date.iso()) == date


def test_timex_forms_of_decades_and_centuries_parse_too() -> None:
    assert FuzzyDate.parse("199X") == FuzzyDate(1990, precision=Precision.DECADE)
    assert FuzzyDate.parse("19XX") == FuzzyDate(1900, precision=Precision.CENTURY)
    assert FuzzyDate(1990, precision=Precision.DECADE).timex() == "199X"


@pytest.mark.parametrize(
    "args, message",
    [
        ((2025, 2, 30), "February 2025 has no day 30"),
        ((2023, 2, 29), "has no day 29"),
        ((2025, 13, 1), "month 13 does not exist"),
        ((2025, 0, 1), "month 0 does not exist"),
        ((2025, 4, 31), "April 2025 has no day 31"),
    ],
)
def test_impossible_dates_raise_a_clear_value_error(args: tuple[int, int, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FuzzyDate(*args)


@pytest.mark.parametrize(
    "text", ["2025-02-30", "2025-13", "2025-00-10", "2021-W53", "hello", "2025-11-30T25:00"]
)
def test_parse_refuses_impossible_or_foreign_text(text: str) -> None:
    with pytest.raises(ValueError):
        FuzzyDate.parse(text)


def test_leap_years_follow_the_gregorian_rule_including_bce() -> None:
    assert FuzzyDate(2000, 2, 29).day == 29
    assert FuzzyDate(0, 2, 29).label() == "29 Feb 1 BC"  # year 0 = 1 BC is a leap year
    with pytest.raises(ValueError):
        FuzzyDate(1900, 2, 29)


def test_day_numbers_agree_with_datetime_where_it_works() -> None:
    for d in (dt.date(1, 1, 1), dt.date(1970, 1, 1), dt.date(2025, 12, 2), dt.date(9999, 12, 31)):
        n = (d - dt.date(1970, 1, 1)).days
        assert days_from_civil(d.year, d.month, d.day) == n
        assert weekday_of(n) == d.weekday()
        assert iso_week_of(n) == d.isocalendar()[:2]


@given(st.integers(-5_000_000, 5_000_000))
def test_civil_days_round_trip_any_day(days: int) -> None:
    assert days_from_civil(*civil_from_days(days)) == days


@given(fuzzy_dates())
def test_any_date_round_trips_through_its_text_and_json(date: FuzzyDate) -> None:
    assert FuzzyDate.parse(date.iso()) == date
    assert FuzzyDate.from_json(date.to_json()) == date
    assert date.start_days < date.end_days


@given(fuzzy_dates(), fuzzy_dates())
def test_order_is_total_and_follows_the_start(a: FuzzyDate, b: FuzzyDate) -> None:
    assert (a < b) + (b < a) + (a == b) == 1
    if a.start_days < b.start_days:
        assert a < b


@given(fuzzy_dates(st.integers(-3000, 3000)), st.sampled_from(list(Precision)))
def test_truncating_keeps_the_date_inside_the_coarser_period(date: FuzzyDate, precision: Precision) -> None:
    if precision.rank < date.precision.rank:
        with pytest.raises(ValueError):
            date.truncate(precision)
        return
    coarse = date.truncate(precision)
    assert coarse.precision is precision
    assert coarse.start_days <= date.start_days < coarse.end_days


def test_bce_years_use_iso_expanded_form_and_sort_before_ad() -> None:
    caesar = FuzzyDate(-43, 3, 15)
    assert caesar.iso() == "-0043-03-15"
    assert caesar.label() == "15 Mar 44 BC"
    assert caesar < FuzzyDate(1, 1, 1)
    assert FuzzyDate.parse("-0043-03-15") == caesar


def test_far_years_are_expanded_with_a_sign() -> None:
    assert FuzzyDate(12000, precision=Precision.YEAR).iso() == "+12000"
    assert FuzzyDate.parse("+12000").year == 12000
    assert FuzzyDate(9999, 12, 31).iso() == "9999-12-31"


def test_month_precision_is_a_span_not_the_first_of_the_month() -> None:
    month = FuzzyDate.parse("2025-11")
    assert month.day is None
    assert month.end_days - month.start_days == 30
    assert not month.is_point
    assert FuzzyDate.parse("2025-11-30").is_point


def test_ranges_end_after_they_start() -> None:
    span = FuzzyDate.parse("2014/2016")
    assert span.end == FuzzyDate(2016, precision=Precision.YEAR)
    assert span.end_days == days_from_civil(2017, 1, 1)
    assert span.iso() == "2014/2016"
    with pytest.raises(ValueError, match="cannot end"):
        FuzzyDate.parse("2016/2014")


def test_from_days_snaps_to_the_precision() -> None:
    pos = days_from_civil(2025, 12, 2) + 0.6
    assert FuzzyDate.from_days(pos).iso() == "2025-12-02"
    assert FuzzyDate.from_days(pos, Precision.MINUTE).iso() == "2025-12-02T14:24"
    assert FuzzyDate.from_days(pos, Precision.MONTH).iso() == "2025-12"
    assert FuzzyDate.from_days(pos, Precision.WEEK).iso() == "2025-W49"


def test_winter_belongs_to_the_year_it_starts_in() -> None:
    assert FuzzyDate(2026, 1, 15).truncate(Precision.SEASON).iso() == "2025-WI"


def test_dense_run_leaves_out_far_days_only_when_they_would_squeeze_the_rest() -> None:
    from timeline_app.core.dates import dense_run

    crisis = [float(d) for d in range(100, 120)]
    assert dense_run([-250_000.0, *crisis], 0.9) == (1, 21)  # the far day is left out
    assert dense_run([*crisis, 90_000.0], 0.9) == (0, 20)
    near = [95.0, *crisis]  # five days before: framing it costs little, keep everything
    assert dense_run(near, 0.9) == (0, 21)
    assert dense_run([0.0, 1.0, 5000.0], 0.5) == (0, 3)  # too few days to call one far
    assert dense_run([], 0.9) == (0, 0)
