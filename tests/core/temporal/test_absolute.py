"""Dates that name their calendar position."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal.helpers import find, spans
from timeline_app.core.dates import Precision
from timeline_app.core.temporal import tag


@pytest.mark.parametrize(
    ("text", "phrase", "value", "precision"),
    [
        (
            "The treaty was signed on 2 December 2025 in Geneva.",
            "2 December 2025",
            "2025-12-02",
            Precision.DAY,
        ),
        ("The treaty was signed on Dec. 2, 2025, in Geneva.", "Dec. 2, 2025", "2025-12-02", Precision.DAY),
        ("The treaty was signed on Dec 2 2025 in Geneva.", "Dec 2 2025", "2025-12-02", Precision.DAY),
        ("The treaty was signed on 2 Dec 2025 in Geneva.", "2 Dec 2025", "2025-12-02", Precision.DAY),
        ("Talks resumed on December 2 in Geneva.", "December 2", "2025-12-02", Precision.DAY),
        ("The file is dated 2025-12-02.", "2025-12-02", "2025-12-02", Precision.DAY),
        ("Talks stalled in December 2025.", "December 2025", "2025-12", Precision.MONTH),
        ("The war began in 2022.", "2022", "2022", Precision.YEAR),
        ("Relations thawed in the 1990s.", "the 1990s", "199", Precision.DECADE),
        (
            "Prices fell sharply in the third quarter of 2024.",
            "third quarter of 2024",
            "2024-Q3",
            Precision.QUARTER,
        ),
        ("Output grew in Q3 2024.", "Q3 2024", "2024-Q3", Precision.QUARTER),
        ("The summer of 2014 saw the first sanctions.", "summer of 2014", "2014-SU", Precision.SEASON),
        ("He has lived there since the 19th century.", "19th century", "18", Precision.CENTURY),
    ],
)
def test_absolute_dates(text, phrase, value, precision):
    e = find(text, phrase)
    assert phrase in e.text
    assert e.type == "DATE"
    assert e.value == value
    assert e.date is not None and e.date.precision is precision


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rebels seized the town in January last year.", "2024-01"),
        ("Rebels seized the town in July last year.", "2024-07"),
        ("Talks ended in March this year.", "2025-03"),
        ("The vote is due in May next year.", "2026-05"),
    ],
)
def test_a_month_of_the_year_named_takes_that_year(text, value):
    # told on 2 December 2025: "January last year" is January 2024, not the latest January
    assert find(text, text.split(" in ")[1].rstrip(".")).value == value


def test_day_without_year_takes_the_nearest_year_in_past_tense():
    # published in January: "December 20" in a past-tense sentence is last December
    assert (
        find("The ceasefire collapsed on December 20.", "December 20", dt.date(2026, 1, 5)).value
        == "2025-12-20"
    )


def test_day_without_year_in_future_tense_is_the_next_one():
    e = find("The summit will open on January 14.", "January 14", dt.date(2025, 12, 2))
    assert e.value == "2026-01-14"


def test_weekday_given_with_the_date_fixes_the_year():
    # 25 April is a Saturday in 2026, not in 2025
    assert (
        find("Voting was held on Saturday, April 25.", "April 25", dt.date(2026, 4, 24)).value == "2026-04-25"
    )


@pytest.mark.parametrize(
    ("phrase", "order", "value"),
    [
        ("12/02/2025", "MDY", "2025-12-02"),
        ("12/02/2025", "DMY", "2025-02-12"),
        ("25/12/2025", "MDY", "2025-12-25"),
    ],
)
def test_numeric_dates_follow_the_date_order(phrase, order, value):
    assert find(f"The deadline is {phrase}.", phrase, date_order=order).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Growth slowed in mid-2024.", "mid-2024", "2024", "MID"),
        ("Fighting resumed in early December.", "early December", "2025-12", "EARLY"),
        ("Elections are due at the end of 2026.", "the end of 2026", "2026", "END"),
        ("The offensive began in late March 2022.", "late March 2022", "2022-03", "LATE"),
    ],
)
def test_modifiers_keep_the_period(text, phrase, value, mod):
    e = find(text, phrase)
    assert e.text == phrase
    assert (e.value, e.mod) == (value, mod)


def test_two_digit_year_with_apostrophe():
    e = find("He served in the army from '58 until the coup.", "'58")
    assert e.value == "1958"


def test_holidays_resolve_to_their_day():
    assert find("Shelling continued on Christmas Day.", "Christmas Day").value == "2024-12-25"
    assert find("The truce will hold over Christmas Day.", "Christmas Day").value == "2025-12-25"
    assert find("They met over Easter 2024.", "Easter 2024").value == "2024-03-31"


def test_spelled_out_years():
    assert find("It happened in nineteen ninety-six.", "nineteen ninety-six").value == "1996"


@pytest.mark.parametrize(
    "text",
    [
        "The army sent 2,025 troops to the border.",
        "The ticket costs $2025 in total.",
        "Call +1 555 2025 or 555-2025 for details.",
        "Version 2.0.25 of the software was released.",
        "Room 1990 of the hotel was booked.",
        "Unemployment is at 2020%.",
        "The council adopted Resolution 1744 without a vote.",
        "Envoys cited Article 1992 of the charter.",
        "He was jailed under decree 1985 of the junta.",
    ],
)
def test_numbers_that_are_not_years(text):
    assert not [s for s in spans(text) if any(c.isdigit() for c in s)]


def test_a_year_before_a_document_noun_is_still_a_year():
    e = find("The 1998 act was repealed in 2004.", "1998")
    assert (e.value, e.date.precision) == ("1998", Precision.YEAR)


def test_the_week_of_a_date_is_that_week():
    e = find("A hearing may be held the week of March 6.", "the week of March 6", dt.date(2000, 2, 24))
    assert e.text == "the week of March 6"
    assert (e.value, e.date.precision) == ("2000-W10", Precision.WEEK)


def test_quarter_without_a_year_is_the_latest_such_quarter():
    assert (
        find("Profit rose in the third quarter.", "the third quarter", dt.date(2025, 12, 2)).value
        == "2025-Q3"
    )
    assert (
        find("Profit rose in the fourth quarter.", "the fourth quarter", dt.date(2026, 2, 10)).value
        == "2025-Q4"
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The bank announced an agreement to acquire the lender in February.", "February", "2026-02"),
        ("He subpoenaed the boy to testify before the committee on Jan. 10.", "Jan. 10", "2026-01-10"),
        ("The bank announced an acquisition in February.", "February", "2025-02"),
        ("He went to Paris in February.", "February", "2025-02"),
        ("The agency delivered food to 500,000 people in Darfur in February.", "February", "2025-02"),
        ("The agency sent aid to refugees in February.", "February", "2025-02"),
        ("The agency sent aid to people in February.", "February", "2025-02"),
    ],
)
def test_an_infinitive_after_a_past_verb_takes_the_nearest_year(text, phrase, value):
    """The act of an infinitive comes after the past verb that governs it, so its month or day
    may lie after the publication date: the nearest such one, not the latest before."""
    assert find(text, phrase, dt.date(2025, 12, 2)).value == value


def test_election_day_is_the_tuesday_after_the_first_monday_of_november():
    assert (
        find("Voters go to the polls on Election Day.", "Election Day", dt.date(2025, 10, 2)).value
        == "2025-11-04"
    )
    assert find("Turnout on Election Day 2024 was high.", "Election Day 2024").value == "2024-11-05"


def test_a_season_after_into():
    e = find("Shortages lasted well into the summer.", "the summer", dt.date(2025, 10, 2))
    assert e.value == "2025-SU"


def test_year_earlier_as_an_adjective_is_the_reported_quarter_a_year_before():
    text = "It lost $5 million in the third quarter of 2025, compared with a year-earlier loss of $6 million."
    e = find(text, "year-earlier")
    assert e.text == "year-earlier" and e.value == "2024-Q3"


def test_the_quarter_ended_a_month_is_the_three_months_up_to_it():
    oct30 = dt.date(1989, 10, 30)
    e = find("In the quarter ended July 31, sales rose.", "the quarter", oct30)
    assert e.value == "1989-Q2"
    assert e.date is not None and e.date.iso() == "1989-05/1989-07"
    e = find("In the quarter ended Sept. 30, sales rose.", "the quarter", oct30)
    assert e.value == "1989-Q3" and e.date is not None and e.date.precision is Precision.QUARTER
    # once the article has numbered its quarter, "the quarter" is that one
    text = "Sales rose in the fiscal first quarter. In the quarter ended Sept. 30, costs fell."
    assert find(text, "the quarter ended", oct30).value == "1989-Q1"


def test_the_first_two_quarters_are_a_half_year():
    e = find("Profit should recover in the first two quarters of 2026.", "first two quarters")
    assert e.value == "2026-H1" and e.date is not None and e.date.end is not None


def test_a_holiday_week_is_the_week_of_the_holiday():
    e = find("Pilgrims crowded the city during Easter week.", "Easter week", dt.date(2000, 4, 17))
    assert e.value == "2000-W16" and e.date is not None and e.date.precision is Precision.WEEK


def test_a_year_earlier_in_a_report_is_the_quarter_or_for_longer_stretches_the_year():
    text = (
        "Net income rose in the third quarter of 2025 from $5 million a year earlier. "
        "For the nine months, net was $30 million, up from $20 million a year earlier."
    )
    found = [e for e in tag(text, dt.date(2025, 10, 30)) if e.text == "a year earlier"]
    assert [e.value for e in found] == ["2024-Q3", "2024"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Rubio has invited the ministers to a ceremony on Jan. 12.", "Jan. 12", "2026-01-12"),
        ("Police have searched for him since shortly after the Dec. 20 shooting.", "Dec. 20", "2024-12-20"),
        ("The Dec. 20 deadline is near.", "Dec. 20", "2025-12-20"),
        # "since" a month named without a year: one gone by, never the coming one
        ("Attacks have risen since January, the army said.", "January", "2025-01"),
        ("Prices fell the most since the January curbs.", "January", "2025-01"),
        ("The striker, who underwent surgery in October, will miss the final.", "October", "2025-10"),
    ],
)
def test_perfect_and_since_place_a_day_without_a_year(text, phrase, value):
    assert find(text, phrase, dt.date(2025, 12, 2)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
        ("The winter of nineteen ninety-four was cold.", "The winter of nineteen ninety-four", "1994-WI"),
        ("Women's Day is this coming Sunday, March eighth.", "March eighth", "1998-03-08"),
        ("The vote is on the twenty-first of June.", "the twenty-first of June", "1998-06-21"),
    ],
)
def test_spoken_dates(text, phrase, value):
    e = find(text, phrase, dt.date(1998, 2, 27))
    assert e.text == phrase and e.value == value


@pytest.mark.parametrize(
    ("text", "phrase", "mod"),
    [
        ("Much of the post-1991 economy was rebuilt.", "post-1991", "AFTER"),
        ("The pre-2008 rules were stricter.", "pre-2008", "BEFORE"),
    ],
)
def test_pre_and_post_a_year(text, phrase, mod):
    e = find(text, phrase, language="en")
    assert e.text == phrase
    assert (e.value, e.mod) == (phrase[-4:], mod)


def test_a_hyphenated_word_ending_in_pre_is_no_prefix():
    assert tag("The Compost-1990 mix sold well.", dt.date(2025, 12, 2), language="en") == []


def test_the_year_before_an_amount_is_the_year_reported_on():
    e = find(
        "The stock hit a high for the year of $31.25 in May.",
        "the year",
        dt.date(2025, 10, 30),
        language="en",
    )
    assert (e.text, e.value) == ("the year", "2025")


@pytest.mark.parametrize(
    "text", ["It was the year of the horse.", "In the year of his birth, war broke out."]
)
def test_the_year_of_something_is_not_the_current_year(text):
    assert tag(text, dt.date(2025, 10, 30), language="en") == []


@pytest.mark.parametrize(
    ("anchor", "text", "value"),
    [
        (dt.date(2025, 8, 14), "The government announced elections in September.", "2025-09"),
        (dt.date(2025, 12, 14), "The ministry announced a fuel price rise in January.", "2026-01"),
        (dt.date(2025, 8, 14), "The government announced elections in July.", "2025-07"),
        (dt.date(2025, 8, 14), "The government announced elections in October.", "2024-10"),
    ],
)
def test_a_month_told_in_the_past_is_the_coming_one_only_when_it_is_next_month(anchor, text, value):
    assert [e.value for e in tag(text, anchor, language="en")] == [value]


def test_an_earlier_quarter_named_in_passing_does_not_replace_the_reported_one():
    text = (
        "The miner posted a 12% gain in third-quarter profit. After a weak second quarter, "
        "copper prices recovered. In the year-earlier period, costs were higher than a year ago."
    )
    found = tag(text, dt.date(2025, 10, 30), language="en")
    assert [(e.text, e.value) for e in found if "year" in e.text] == [
        ("the year-earlier period", "2024-Q3"),
        ("a year ago", "2024-Q3"),
    ]


def test_a_fiscal_quarter_named_later_is_the_next_company_reporting_period():
    text = (
        "The miner posted a 12% gain in third-quarter profit. Separately, a rival posted a loss for "
        "its fiscal second quarter. Sales in the latest period fell from a year ago."
    )
    found = tag(text, dt.date(2025, 10, 30), language="en")
    assert [(e.text, e.value) for e in found][-2:] == [
        ("the latest period", "2025-Q2"),
        ("a year ago", "2024-Q2"),
    ]


@pytest.mark.parametrize(
    ("anchor", "text", "value"),
    [
        (dt.date(2025, 3, 4), "The dam burst last February, the report said.", "2024-02"),
        (dt.date(2026, 1, 9), "Tolls rose last December, drivers complained.", "2025-12"),
        (dt.date(2025, 3, 4), "The dam burst last January, the report said.", "2025-01"),
        (dt.date(2025, 3, 4), "The dam burst this past February, the report said.", "2025-02"),
        (dt.date(2025, 3, 4), "The dam burst last month, in February.", "2025-02"),
    ],
)
def test_last_and_the_month_just_gone_in_the_same_year_is_a_year_earlier(anchor, text, value):
    # the month just gone is "last month" or "this past February"; "last February" is a year back,
    # but "last December" told in January is the December just gone (it names the other year)
    found = tag(text, anchor, language="en")
    assert found[-1].value == value


def test_a_years_period_in_a_sentence_about_nine_months_is_that_year_not_its_quarter():
    text = (
        "The miner posted third-quarter profit of $8 million, up from $6 million in the 2024 period. "
        "In the first nine months, profit was $20 million, against $15 million in the 2024 period."
    )
    found = tag(text, dt.date(2025, 10, 30), language="en")
    assert [e.value for e in found if e.text == "the 2024 period"] == ["2024-Q3", "2024"]


@pytest.mark.parametrize(
    ("third", "value"),
    [
        ("A year earlier, it lost $2 million.", "2024"),
        ("The year-ago results included a charge.", "2024"),
        ("In the quarter, sales fell from a year earlier.", "2024-Q3"),
    ],
)
def test_a_year_ago_right_after_a_sentence_about_nine_months_compares_with_their_year(third, value):
    text = f"The miner posted third-quarter profit of $8 million. For the nine months, it rose 5%. {third}"
    found = tag(text, dt.date(2025, 10, 30), language="en")
    assert found[-1].value == value


@pytest.mark.parametrize(
    ("text", "phrase", "anchor", "value"),
    [
        # no tense to tell: the day gone by 200 days back beats the coming one 165 days ahead
        (
            "Inspectors saw faults before the March 3 fire at the mill.",
            "March 3",
            dt.date(2025, 9, 17),
            "2025-03-03",
        ),
        ("Engineers knew by 3 March that the valve leaked.", "3 March", dt.date(2025, 9, 17), "2025-03-03"),
        # a coming day much nearer than the past one stays the coming one
        ("The vote, on November 20, decides it.", "November 20", dt.date(2025, 9, 17), "2025-11-20"),
        ("The hearing on Jan. 9 decides it.", "Jan. 9", dt.date(2025, 12, 20), "2026-01-09"),
    ],
)
def test_a_day_without_tense_prefers_the_past_one(text, phrase, anchor, value):
    assert find(text, phrase, anchor).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Families of those lost in the May 14 crash will be paid.", "May 14", "2024-05-14"),
        ("Insurers will pay for the Nov. 30 explosion at the depot.", "Nov. 30", "2024-11-30"),
    ],
)
def test_a_day_naming_a_happening_nobody_schedules_is_past(text, phrase, value):
    # told on 2 March 2025, in the future tense: a crash or an explosion is never scheduled
    assert find(text, phrase, dt.date(2025, 3, 2)).value == value


def test_a_day_naming_a_planned_event_may_lie_ahead():
    e = find("Officials prepared for the May 14 election in the north.", "May 14", dt.date(2025, 3, 2))
    assert e.value == "2025-05-14"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The parish records a baptism on 4th March c1880 in Leeds.", "4th March c1880", "1880-03-04"),
        ("The mill opened on June 2 c. 1851, the deeds say.", "June 2 c. 1851", "1851-06-02"),
        ("The bridge was finished 12 May circa 1790.", "12 May circa 1790", "1790-05-12"),
    ],
)
def test_a_day_with_a_guessed_year_takes_that_year(text, phrase, value):
    assert find(text, phrase).value == value


def test_a_day_weeks_gone_in_a_future_sentence_is_still_the_past_one():
    # told on 20 May 2025: the future is the repair's, the day is the flood's, four weeks back
    e = find("The dam that burst on April 22 will be rebuilt.", "April 22", dt.date(2025, 5, 20))
    assert e.value == "2025-04-22"
    # months gone, a future sentence means the next one
    assert find("The fair will open on February 3.", "February 3", dt.date(2025, 5, 20)).value == "2026-02-03"


def test_a_day_before_a_happening_a_few_words_on_is_past():
    e = find("Insurers will pay for its Nov. 30 warehouse roof collapse.", "Nov. 30", dt.date(2025, 3, 2))
    assert e.value == "2024-11-30"


def test_a_day_weeks_ahead_in_a_past_sentence_is_still_the_coming_one():
    # told on 4 June 2025: the past verb is another clause's, the payout is seven weeks ahead
    e = find("Shares fell after it said the payout is due on 24 July.", "24 July", dt.date(2025, 6, 4))
    assert e.value == "2025-07-24"
    # months ahead, a past sentence means last year's
    assert find("The plant closed on 30 October.", "30 October", dt.date(2025, 6, 4)).value == "2024-10-30"


def test_a_day_weeks_ahead_right_after_its_own_past_verb_is_last_years():
    # told on 9 August 2025: "began on" is the day's own clause, so the day is ten months back
    e = find("The war began on October 7 when fighters crossed the border.", "October 7", dt.date(2025, 8, 9))
    assert e.value == "2024-10-07"
    assert find("The accord was signed on 30 September.", "30 September", dt.date(2025, 8, 9)).value == (
        "2024-09-30"
    )
    # but not a past verb of a condition, nor a passive infinitive: both look ahead
    text = "If the cabinet fell on Sept. 8, a vote would follow."
    assert find(text, "Sept. 8", dt.date(2025, 8, 9)).value == "2025-09-08"
    text = "The dividend, which was cut, is to be declared on 24 September."
    assert find(text, "24 September", dt.date(2025, 8, 9)).value == "2025-09-24"


def test_a_day_after_will_be_and_a_base_verb_is_a_future_day():
    # "will be open": no plural subject's present ("Talks open Wednesday"), so the coming Wednesday
    text = "The press centre will be open to reporters from 8:00 a.m. Wednesday."
    assert find(text, "8:00 a.m. Wednesday", dt.date(2025, 11, 4)).value == "2025-11-05T08:00"


def test_a_clock_time_is_on_the_day_written_after_it():
    text = "The flood of 2 March 1971 was recalled. At 08:25 am on 9 Jun 2025, Ann wrote to the council."
    e = find(text, "08:25 am", dt.date(2025, 6, 10))
    assert e.value == "2025-06-09T08:25"
