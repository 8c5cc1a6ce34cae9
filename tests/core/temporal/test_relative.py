"""Dates relative to the publication date, weekdays by tense, and anaphora."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.temporal.helpers import find, values
from timeline_app.core.dates import Precision
from timeline_app.core.temporal import tag

TUESDAY = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "precision"),
    [
        ("The minister said today that talks failed.", "today", "2025-12-02", Precision.DAY),
        ("The minister resigned yesterday.", "yesterday", "2025-12-01", Precision.DAY),
        ("The minister will resign tomorrow.", "tomorrow", "2025-12-03", Precision.DAY),
        ("The vote takes place tonight.", "tonight", "2025-12-02", Precision.DAY),
        ("Talks were held this week.", "this week", "2025-W49", Precision.WEEK),
        ("Talks were held last month.", "last month", "2025-11", Precision.MONTH),
        ("Elections will be held next year.", "next year", "2026", Precision.YEAR),
        ("A plan surfaced earlier this month.", "earlier this month", "2025-12", Precision.MONTH),
        ("The rebels attacked two days ago.", "two days ago", "2025-11-30", Precision.DAY),
        ("A decision is due a week from now.", "a week from now", "2025-W50", Precision.WEEK),
        ("The border closed late last July.", "late last July", "2025-07", Precision.MONTH),
        ("Trade doubled in the last decade.", "last decade", "201", Precision.DECADE),
        ("It is the worst war this century.", "this century", "20", Precision.CENTURY),
    ],
)
def test_deictic(text, phrase, value, precision):
    e = find(text, phrase, TUESDAY)
    assert phrase.lower() in e.text.lower()
    assert e.value == value
    assert e.date is not None and e.date.precision is precision


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Troops are currently deployed.", "PRESENT_REF"),
        ("The crisis is now in its third year.", "PRESENT_REF"),
        ("Relations have recently improved.", "PAST_REF"),
        ("Holders may buy shares at half the then current market price.", "PAST_REF"),
        ("We don't minimize the challenges of the near term.", "FUTURE_REF"),
        ("It will raise the money at a later date.", "FUTURE_REF"),
    ],
)
def test_vague_references(text, value):
    assert value in values(text, TUESDAY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The envoy met the president on Friday.", "2025-11-28"),
        ("The envoy will meet the president on Friday.", "2025-12-05"),
        ("The envoy is to meet the president on Friday.", "2025-12-05"),
        ("The envoy plans to meet the president on Friday.", "2025-12-05"),
        ("The envoy is scheduled to arrive on Friday.", "2025-12-05"),
        ("The envoy is expected to arrive on Friday.", "2025-12-05"),
        ("The envoy prepares for talks on Friday.", "2025-12-05"),
        ("The envoy met the president last Friday.", "2025-11-28"),
        ("The envoy will see him next Tuesday.", "2025-12-09"),
        ("Rubio said the envoy will arrive on Tuesday.", "2025-12-02"),
        ("The envoy arrived on Tuesday.", "2025-12-02"),
        ("Witkoff presented the 21-point plan to Arab leaders on Friday.", "2025-11-28"),
        (
            "After meeting with French President Emmanuel Macron and European counterparts Friday, "
            "Zelensky stated Ukraine aims to conclude hostilities.",
            "2025-11-28",
        ),
    ],
)
def test_weekdays_follow_the_tense(text, value):
    wd = next(w for w in ("Friday", "Tuesday") if w in text)
    assert find(text, wd, TUESDAY).value == value


def test_past_tense_weekday_equal_to_the_publication_weekday_is_that_day():
    friday = dt.date(2025, 11, 28)
    assert find("Protesters gathered on Friday in the capital.", "Friday", friday).value == "2025-11-28"


def test_weekday_with_an_afternoon_or_evening_is_a_time_on_that_day():
    e = find("Shelling began Friday afternoon, officials said.", "Friday afternoon", TUESDAY)
    assert (e.text, e.type, e.value) == ("Friday afternoon", "TIME", "2025-11-28TAF")
    assert e.date is not None and e.date.iso() == "2025-11-28"
    assert "afternoon" in e.explanation
    e = find("He spoke yesterday evening in Kyiv.", "yesterday evening", TUESDAY)
    assert (e.type, e.value) == ("TIME", "2025-12-01TEV")


def test_weekday_with_a_morning_or_night_resolves_to_the_day():
    e = find("Shelling began Friday night, officials said.", "Friday night", TUESDAY)
    assert (e.type, e.value) == ("DATE", "2025-11-28")
    assert "night" in e.explanation
    assert find("Talks ended Friday morning.", "Friday morning", TUESDAY).value == "2025-11-28"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The talks opened on March 3, 2024. The next day, both sides walked out.",
            "The next day",
            "2024-03-04",
        ),
        (
            "The talks opened on March 3, 2024. Two days later, they collapsed.",
            "Two days later",
            "2024-03-05",
        ),
        (
            "The talks opened on March 3, 2024. The following week, they resumed.",
            "The following week",
            "2024-W10",
        ),
        ("The treaty was signed in May 2019. That year, trade doubled.", "That year", "2019"),
        (
            "The treaty was signed in May 2019. The same month, sanctions were lifted.",
            "The same month",
            "2019-05",
        ),
    ],
)
def test_anaphora_counts_from_the_last_date_in_the_text(text, phrase, value):
    assert find(text, phrase, TUESDAY).value == value


def test_without_an_anchor_relative_expressions_stay_unresolved():
    e = find("The minister resigned on Friday.", "Friday", None)
    assert e.date is None and e.value == "XXXX-WXX-5"
    assert find("The talks opened on March 3, 2024.", "March 3, 2024", None).value == "2024-03-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Putin meets Witkoff Tuesday", "2025-12-02"),
        ("Putin meets Witkoff on Tuesday", "2025-12-02"),
        ("Putin Meets Witkoff on Thursday", "2025-12-04"),
        ("Explosion kills four in Kabul Monday", "2025-12-01"),
        ("Voters head to the polls on Sunday", "2025-12-07"),
        ("Zelensky says Monday talks were useful", "2025-12-01"),
        ("Macron hosts Starmer Friday for talks on Ukraine", "2025-12-05"),
        ("Talks resume Thursday in Geneva", "2025-12-04"),
        ("Israeli and Palestinian leaders meet separately Sunday with Rubio", "2025-12-07"),
    ],
)
def test_present_tense_weekdays_are_today_yesterday_or_the_coming_one(text, value):
    """The rule for headlines: today, or yesterday, else the coming such day."""
    wd = next(w for w in ("Monday", "Tuesday", "Thursday", "Friday", "Sunday") if w in text)
    e = find(text, wd, TUESDAY)
    assert e.value == value, e.explanation
    assert "present tense" in e.explanation


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Strikes hit Kyiv overnight on Sunday, cutting power.", "2025-11-30"),
        ("Officials did not meet on Thursday.", "2025-11-27"),
    ],
)
def test_nouns_and_negated_verbs_are_not_present_tenses(text, value):
    wd = next(w for w in ("Thursday", "Sunday") if w in text)
    e = find(text, wd, TUESDAY)
    assert e.value == value and "present" not in e.explanation


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Putin to meet Witkoff Tuesday", "2025-12-09"),
        ("EU Leaders to Impose Sanctions on Friday", "2025-12-05"),
        ("Back to Paris on Monday.", "2025-12-01"),
    ],
)
def test_headline_infinitive_is_a_future(text, value):
    """ "Putin to meet Witkoff Tuesday" is headline English for "will meet"."""
    wd = next(w for w in ("Monday", "Tuesday", "Friday") if w in text)
    assert find(text, wd, dt.date(2025, 12, 3)).value == value


def test_a_perfect_does_not_push_a_named_day_into_the_past():
    text = "The company has set Dec. 12 as the deadline for bids."
    assert find(text, "Dec. 12", TUESDAY).value == "2025-12-12"
    saturday = dt.date(2025, 12, 6)
    assert find("The town has been shelled since Monday.", "Monday", saturday).value == "2025-12-01"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shares fell on Friday, down 4% from the previous Friday.", "the previous Friday", "2025-11-21"),
        ("The talks opened on March 3, 2024. The following Monday, they resumed.", "The following Monday",
         "2024-03-04"),
        ("The talks opened on March 6, 2024, and collapsed the preceding Monday.", "the preceding Monday",
         "2024-03-04"),
        ("The index is down 2% from the previous Friday.", "the previous Friday", "2025-11-28"),
    ],
)  # fmt: skip
def test_previous_and_following_weekdays_count_from_the_day_last_named(text, phrase, value):
    e = find(text, phrase, TUESDAY)
    assert e.text.lower() == phrase.lower()
    assert e.value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He arrived the day before last Tuesday's hearing.", "the day before last Tuesday", "2025-11-24"),
        ("Talks resumed the day after Christmas 2024.", "the day after Christmas 2024", "2024-12-26"),
    ],
)
def test_a_day_before_or_after_a_named_date_is_one_expression(text, phrase, value):
    e = find(text, phrase, TUESDAY)
    assert e.text == phrase and e.value == value


def test_the_day_before_alone_still_counts_from_the_last_date():
    text = "Shares rose on March 3, 2024. The day before, they fell."
    assert find(text, "The day before", TUESDAY).value == "2024-03-02"


def test_since_year_end_is_the_last_year_end_gone_by():
    oct30 = dt.date(1989, 10, 30)
    e = find("The percentage change is since year-end.", "year-end", oct30)
    assert (e.value, e.mod) == ("1988", "END")
    assert find("The deal should close by year-end.", "year-end", oct30).value == "1989"


def test_a_day_counts_from_the_last_day_named_inside_a_period_named_since():
    text = (
        "Talks opened in Geneva on Nov. 23, 2025. The following day, the delegations met again. "
        "Later that week, a draft surfaced. That same day, Kyiv objected. The previous day, Witkoff arrived."
    )
    assert find(text, "Later that week").value == "2025-W48"
    assert find(text, "That same day").value == "2025-11-24"
    assert find(text, "The previous day").value == "2025-11-23"


def test_that_day_after_a_year_is_left_out_rather_than_guessed():
    text = "Talks opened on Nov. 23, 2025. In 2019, the treaty lapsed. That day, nobody noticed."
    assert not any(e.text == "That day" for e in tag(text, TUESDAY))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports rose 5% in the first half of the year.", "2025-H1"),
        ("Growth should pick up in the second half of the year.", "2025-H2"),
    ],
)
def test_halves_of_the_year(text, value):
    e = find(text, "half of the year", TUESDAY)
    assert e.value == value and e.date is not None and e.date.end is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The offer was extended until Friday.", "2025-12-05"),
        ("Until Friday, however, police had described him only as a witness.", "2025-11-28"),
    ],
)
def test_until_is_a_deadline_unless_it_opens_a_past_sentence(text, value):
    assert find(text, "Friday", TUESDAY).value == value


@pytest.mark.parametrize(
    "text",
    [
        'Baker, speaking on ABC News\' "This Week," said so.',
        'Baker said on ABC-TV\'s "This Week With David Brinkley" that',
    ],
)
def test_a_programme_called_this_week_is_not_a_week(text):
    assert values(text, TUESDAY) == []


def test_the_day_before_an_event_in_apposition_is_the_day_just_named():
    text = "Eight trading days after Oct. 12, the day before the stock market plunge, the index fell."
    e = find(text, "the day", TUESDAY)
    assert (e.text, e.value) == ("the day", "2025-10-12")


def test_this_quarter_in_a_report_is_the_quarter_reported_on():
    text = (
        "The publisher reported a net loss for the third quarter ended Sept. 30. "
        "This quarter's loss includes pretax charges. Sales should recover in the current quarter."
    )
    anchor = dt.date(2025, 11, 1)
    assert find(text, "This quarter", anchor).value == "2025-Q3"
    assert find(text, "the current quarter", anchor).value == "2025-Q4"
    assert find("Sales will improve this quarter.", "this quarter", anchor).value == "2025-Q4"


@pytest.mark.parametrize(
    "text",
    ["A USA Today survey of voters found little change.", "This is VOA Today.", "She told NBC's Today show."],
)
def test_today_after_an_acronym_is_a_name(text):
    assert tag(text, dt.date(2025, 12, 2)) == []


def test_today_capitalised_at_a_sentence_start_is_still_the_day():
    assert values("Talks broke down. Today, the EU said it would try again.") == ["2025-12-02"]


def test_the_same_day_as_a_month_is_an_unknown_day_of_that_month():
    text = "The bridge was shelled in March. Its mayor resigned that same day."
    e = find(text, "that same day", language="en")
    assert (e.type, e.value) == ("DATE", "2025-03-XX")
    assert e.date is not None and e.date.iso() == "2025-03"


def test_the_same_night_as_a_month_keeps_the_part_of_the_day():
    e = find(
        "Rebels entered the town in March. Looting began the same night.", "the same night", language="en"
    )
    assert (e.type, e.value) == ("TIME", "2025-03-XXTNI")


def test_a_bare_that_day_after_a_month_stays_unresolved():
    text = "The bridge was shelled in March. You hear a siren, and that day you stay inside."
    assert [e.text for e in tag(text, dt.date(2025, 12, 2), language="en")] == ["March"]


def test_later_in_the_day_is_the_day_being_told():
    text = "On Friday the envoy met the prime minister. Later in the day he flew to Doha."
    assert [(e.text, e.value) for e in tag(text, dt.date(2025, 12, 2), language="en")] == [
        ("Friday", "2025-11-28"),
        ("Later in the day", "2025-11-28"),
    ]


def test_later_in_the_day_without_a_day_named_is_the_publication_day():
    assert values("The minister resigned later in the day.", language="en") == ["2025-12-02"]


def test_earlier_in_the_day_after_a_year_is_the_last_day_named():
    # a year named in between ("by 2030") gives no day: the day being told is Friday's
    text = "On Friday the envoy met the mayor. They plan a new port by 2030. He arrived earlier in the day."
    assert [(e.text, e.value) for e in tag(text, dt.date(2025, 12, 2), language="en")] == [
        ("Friday", "2025-11-28"),
        ("2030", "2030"),
        ("earlier in the day", "2025-11-28"),
    ]


def test_later_in_the_day_after_only_a_year_is_the_publication_day():
    found = tag("The plant will open by 2030. The minister left later in the day.", dt.date(2025, 12, 2))
    assert [(e.text, e.value) for e in found] == [("2030", "2030"), ("later in the day", "2025-12-02")]


def test_later_in_the_day_before_a_clause_keeps_before_out():
    found = tag(
        "She toured the port later in the day before flying home.", dt.date(2025, 12, 2), language="en"
    )
    assert [(e.text, e.value) for e in found] == [("later in the day", "2025-12-02")]


def test_at_the_end_of_the_day_is_an_idiom():
    assert tag("At the end of the day, voters want jobs.", dt.date(2025, 12, 2), language="en") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shelling went on. It's the third day of the siege of the port.", "the third day", "2025-12-02"),
        ("In Gaza, today is the 40th day of the truce.", "the 40th day", "2025-12-02"),
        ("Yesterday was the fifth straight day of strikes.", "the fifth straight day", "2025-12-01"),
    ],
)
def test_the_nth_day_of_something_said_of_today_is_that_day(text, phrase, value):
    e = find(text, phrase, language="en")
    assert (e.text, e.value) == (phrase, value)


def test_the_nth_day_of_something_without_a_copula_is_not_placed():
    assert tag("On the second day of the talks, the envoy left.", dt.date(2025, 12, 2), language="en") == []


def test_the_latest_fiscal_year_is_the_last_one_closed():
    e = find("Exports were 27% of sales in the latest fiscal year.", "latest fiscal year", language="en")
    assert e.value == "2024"
    assert values("The latest figures came out on Monday.", language="en") == ["2025-12-01"]


@pytest.mark.parametrize(
    "text", ["We are building the cities of tomorrow.", "He spoke of the Europe of tomorrow."]
)
def test_the_something_of_tomorrow_is_the_future_in_general(text):
    e = find(text, "tomorrow", language="en")
    assert (e.value, e.date) == ("FUTURE_REF", None)


def test_the_results_of_tomorrows_vote_are_still_the_next_day():
    assert values("We await the results of tomorrow's vote.", language="en") == ["2025-12-03"]


@pytest.mark.parametrize("text", ["It's a good day to buy shares.", "We had a great day at the fair."])
def test_a_good_day_without_a_day_meant_is_no_date(text):
    assert tag(text, dt.date(2025, 12, 2), language="en") == []


@pytest.mark.parametrize(
    ("published", "text", "uncertain"),
    [
        (dt.date(2025, 12, 2), "A plan surfaced earlier this month.", True),
        (dt.date(2025, 12, 20), "A plan surfaced earlier this month.", False),
        (dt.date(2025, 12, 2), "The envoys met earlier this week.", True),  # a Tuesday
        (dt.date(2025, 12, 4), "The envoys met earlier this week.", False),
        (dt.date(2026, 1, 9), "Prices rose earlier this year.", True),
        (dt.date(2025, 12, 2), "Prices will rise later this month.", False),
    ],
)
def test_earlier_this_month_in_its_first_days_is_approximate_and_says_why(published, text, uncertain):
    """'Earlier this month' on 2 December may mean late November: the month, flagged."""
    (expr,) = [e for e in tag(text, published) if e.type == "DATE"]
    assert expr.date is not None and expr.date.approximate is uncertain
    assert ("may have been" in expr.explanation) is uncertain


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a bare weekday that a present perfect names ("has declared X a holiday"): a day to come
        ("The government has declared Saturday a public holiday.", "2025-12-06"),
        ("The court has set Friday as the deadline.", "2025-12-05"),
        # a present perfect told with the day it was done (wire English) stays a day gone by
        ("The rebels have reiterated Monday that they will not vote.", "2025-12-01"),
        ("The toll has risen to 50 on Monday.", "2025-12-01"),
    ],
)
def test_a_weekday_named_by_a_present_perfect(text, value):
    day = next(w for w in ("Saturday", "Friday", "Monday") if w in text)
    assert find(text, day, dt.date(2025, 12, 2)).value == value


def test_a_past_clause_does_not_count_from_a_day_still_to_come_named_before():
    # the day last named is a Thursday still to come; "left at 5:30 p.m." and "earlier that same
    # day" in past clauses of later sentences are on the publication day, not on that Thursday
    text = (
        "The president said she would meet the envoy on Thursday. She left at 5:30 p.m. for the capital."
        " She had spoken to reporters earlier that same day."
    )
    assert find(text, "Thursday").value == "2025-12-04"
    assert find(text, "5:30 p.m.").value == "2025-12-02T17:30"
    assert find(text, "earlier that same day").value == "2025-12-02"


def test_a_clause_still_to_come_counts_from_the_day_named_before():
    text = "The talks will open on Thursday. They will end the next day. Delegates will leave at 6 p.m."
    assert find(text, "the next day").value == "2025-12-05"
    assert find(text, "6 p.m.").value == "2025-12-05T18:00"


def test_a_past_clause_skips_a_day_to_come_even_after_a_year_is_named():
    text = (
        "Her talks with the envoy on Thursday will be the focus. As chair of the bloc this year, she"
        " vowed to press on. She left at 5:30 p.m. for the capital."
    )
    assert find(text, "5:30 p.m.").value == "2025-12-02T17:30"
