"""Key dates from invented events: days ranked by independent reports, named dates and
confidence; summaries from the most widely reported sentences, never twice the same thing."""

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.keydates import (
    LATER_WEIGHT,
    day_scores,
    event_sentence,
    is_listing,
    is_stamp,
    key_dates,
    local_peaks,
    named_days,
    named_year,
    names_day,
    publication_days,
    summarise_day,
    without_dateline,
    years_said,
)
from timeline_app.core.model import Event, Source

_n = 0


def ev(day, article, quote, *, named=True, confidence=0.9, articles=()):
    """An event on ``day`` told by ``article`` (and ``articles``); ``named``: its text names the
    date, else it is dated by the publication day (approximate, no expression)."""
    global _n
    _n += 1
    when = FuzzyDate.parse(day)
    if not named:
        when = replace(when, approximate=True)
    sources = tuple(Source(a, 0, len(quote), quote) for a in (article, *articles))
    return Event(
        id=f"e{_n}",
        title=quote[:40],
        when=when,
        expression="on that day" if named else "",
        sources=sources,
        confidence=confidence,
    )


def test_days_reported_by_more_articles_rank_higher_and_come_back_in_calendar_order():
    events = [
        ev("2031-03-02", f"a{i}", "Rebels seized the port of Kalo after heavy fighting.") for i in range(5)
    ]
    events += [ev("2031-03-09", f"b{i}", "The two leaders signed a ceasefire in Geneva.") for i in range(3)]
    events += [ev("2031-03-05", "c0", "A minister visited the northern province.")]
    chosen = key_dates(events, 2)
    assert [k.date for k in chosen] == [dt.date(2031, 3, 2), dt.date(2031, 3, 9)]
    assert chosen[0].score > chosen[1].score > 0


def test_an_article_counts_once_a_day_however_many_events_it_tells():
    chatty = [ev("2031-03-02", "a0", f"Officials said thing number {i} happened today.") for i in range(10)]
    widely = [ev("2031-03-03", f"b{i}", "Parliament voted to dissolve itself.") for i in range(2)]
    (top,) = key_dates(chatty + widely, 1)
    assert top.date == dt.date(2031, 3, 3)


def test_a_named_date_says_more_than_a_publication_day():
    named = [ev("2031-04-01", f"a{i}", "The central bank cut its main rate sharply.") for i in range(3)]
    published = [ev("2031-04-02", f"b{i}", "Markets rose across the region.", named=False) for i in range(4)]
    scores = day_scores(named + published)
    assert scores[dt.date(2031, 4, 1)] > scores[dt.date(2031, 4, 2)]
    assert key_dates(named + published, 1)[0].date == dt.date(2031, 4, 1)


def test_unsure_events_weigh_less():
    sure = [
        ev("2031-05-01", f"a{i}", "Troops crossed the border at dawn.", confidence=0.95) for i in range(3)
    ]
    unsure = [ev("2031-05-02", f"b{i}", "Click here for more stories.", confidence=0.1) for i in range(4)]
    assert key_dates(sure + unsure, 1)[0].date == dt.date(2031, 5, 1)


def test_an_event_an_article_tells_in_its_lead_weighs_more_than_one_told_later():
    def told_at(day, article, start):
        quote = "The army retook the airport after a week of fighting."
        event = ev(day, article, quote)
        return replace(event, sources=(Source(article, start, start + len(quote), quote),))

    lead = [told_at("2031-07-01", f"a{i}", 120) for i in range(3)]
    later = [told_at("2031-07-02", f"b{i}", 2500) for i in range(4)]  # the background of 4 articles
    scores = day_scores(lead + later)
    assert scores[dt.date(2031, 7, 2)] == pytest.approx(4 * LATER_WEIGHT * 0.9)
    assert scores[dt.date(2031, 7, 1)] == pytest.approx(3 * 0.9)
    assert key_dates(lead + later, 1)[0].date == dt.date(2031, 7, 1)


def test_merged_events_count_each_of_their_articles_and_come_first():
    merged = ev("2031-06-01", "a0", "The summit opened in Lisbon.", articles=("a1", "a2", "a3"))
    single = ev("2031-06-01", "a4", "A delegate arrived late.")
    other = [ev("2031-06-02", f"b{i}", "Storms closed the airport.") for i in range(3)]
    chosen = key_dates([single, merged, *other], 1)
    assert chosen[0].date == dt.date(2031, 6, 1)
    assert chosen[0].events == [merged, single]


def test_start_and_end_limit_the_days_and_undated_or_coarse_events_are_ignored():
    events = [ev("2031-01-10", f"a{i}", "An early event happened.") for i in range(9)]
    events += [ev("2031-02-10", "b0", "The talks resumed in Oslo.")]
    events += [Event(id="u", title="Undated thing"), ev("2031-02", "c0", "Something in February.")]
    chosen = key_dates(events, 5, start=dt.date(2031, 2, 1), end=dt.date(2031, 2, 28))
    assert [k.date for k in chosen] == [dt.date(2031, 2, 10)]
    assert key_dates(events, 0) == []


def test_summary_gives_the_most_widely_reported_sentence_first_and_no_repeats():
    day = "2031-07-04"
    events = [
        ev(day, "a0", "The rebels and the government signed a peace accord in Arusha on Friday."),
        ev(day, "a1", "Rebels and the government signed a peace accord in Arusha."),
        ev(day, "a2", "The government and rebels signed the Arusha peace accord, ending the war."),
        ev(day, "a3", "A local football team won its league match."),
        ev(day, "a4", "Refugees began returning home after the peace accord was signed."),
    ]
    (top,) = key_dates(events, 1, sentences=2)
    assert len(top.summary) == 2
    assert "accord" in top.summary[0]
    first, second = ({w.strip(".,").lower() for w in s.split()} for s in top.summary)
    assert len(first & second) / len(first | second) < 0.45  # not the same thing twice
    assert "football" not in " ".join(top.summary)


def test_summary_asks_for_no_more_than_there_is():
    events = [ev("2031-08-01", "a0", "The ferry sank off the coast.")]
    assert summarise_day(events, 3) == ["The ferry sank off the coast."]
    assert summarise_day(events, 0) == []


def test_a_sentence_cut_in_the_middle_or_in_the_first_person_is_not_the_summary():
    day = "2031-09-09"
    events = [
        ev(day, "a0", "signed a peace accord in Arusha with the rebels of the north on Friday."),
        ev(day, "a1", '"We signed a peace accord in Arusha with the rebels," the minister told us.'),
        ev(day, "a2", "The government signed a peace accord with the northern rebels in Arusha."),
    ]
    (top,) = key_dates(events, 1, sentences=1)
    assert top.summary == ["The government signed a peace accord with the northern rebels in Arusha."]


def test_a_day_articles_still_name_weeks_later_outranks_one_told_only_on_the_day():
    # three articles on 1 March tell that day's news; three published in April name 2 March
    same_day = [ev("2031-03-01", f"a{i}", "The minister opened the new bridge.") for i in range(3)]
    same_day += [ev("2031-03-01", f"a{i}", "Crowds watched the ceremony.", named=False) for i in range(3)]
    later = [ev("2031-03-02", f"b{i}", "The dam burst on 2 March, flooding the valley.") for i in range(3)]
    later += [ev("2031-04-10", f"b{i}", "Rebuilding began.", named=False) for i in range(3)]
    scores = day_scores(same_day + later)
    assert scores[dt.date(2031, 3, 2)] > scores[dt.date(2031, 3, 1)]
    top = key_dates(same_day + later, 1, end=dt.date(2031, 3, 31))
    assert [k.date for k in top] == [dt.date(2031, 3, 2)]


def test_an_article_published_before_a_day_only_expects_it_and_is_no_report_of_it():
    # four articles of 1 March announce a summit for 5 March; two of 6 March report a vote of 4 March
    ahead = [ev("2031-03-05", f"a{i}", "The leaders will meet in Oslo on Thursday.") for i in range(4)]
    ahead += [ev("2031-03-01", f"a{i}", "Preparations went on.", named=False) for i in range(4)]
    told = [ev("2031-03-04", f"b{i}", "Parliament voted on Wednesday to end the strike.") for i in range(2)]
    told += [ev("2031-03-06", f"b{i}", "Workers went back.", named=False) for i in range(2)]
    scores = day_scores(ahead + told)
    assert scores[dt.date(2031, 3, 5)] == 0.0
    assert scores[dt.date(2031, 3, 4)] > 0.0
    # one article of the summit's day reports it: the day counts from it alone
    reported = ev("2031-03-05", "c0", "The leaders met in Oslo on Thursday.")
    after = day_scores([*ahead, *told, reported, ev("2031-03-05", "c0", "Talks ended.", named=False)])
    assert after[dt.date(2031, 3, 5)] == pytest.approx(reported.confidence)
    assert [k.date for k in key_dates(ahead + told, 1)] == [dt.date(2031, 3, 4)]


def test_a_reference_years_later_counts_as_one_a_year_later():
    def scores(published):
        # the collection begins on 1 March 2031 (a0), so 2 March is its own news
        began = ev("2031-03-01", "a0", "The river rose.", named=False)
        named = ev("2031-03-02", "b0", "The dam burst on 2 March 2031.")
        pub = ev(published, "b0", "Rebuilding went on.", named=False)
        return day_scores([began, named, pub])[dt.date(2031, 3, 2)]

    assert scores("2031-03-02") < scores("2031-04-02") < scores("2032-03-02")
    assert scores("2032-03-02") == scores("2035-03-02")


def test_background_from_before_the_articles_begin_is_not_boosted_by_its_age():
    # every article is from June 2031; three of them recall an earthquake of 1999, three others
    # report the week's news: as many articles, and the recalled day must not win on its age
    news = [ev("2031-06-03", f"a{i}", "Floods closed the main road on 3 June.") for i in range(3)]
    news += [ev("2031-06-05", f"a{i}", "Repairs went on.", named=False) for i in range(3)]
    recalled = [ev("1999-08-17", f"b{i}", "An earthquake struck on 17 August 1999.") for i in range(3)]
    recalled += [ev("2031-06-04", f"b{i}", "The town remembered.", named=False) for i in range(3)]
    events = news + recalled
    scores = day_scores(events)
    assert scores[dt.date(1999, 8, 17)] == sum(e.confidence for e in recalled[:3])
    assert scores[dt.date(2031, 6, 3)] > 3 * news[0].confidence  # its references are boosted
    (top,) = key_dates(events, 1)
    assert top.date == dt.date(2031, 6, 3)


def _raid(*quotes: str, alternatives: tuple[str, ...] = ()) -> Event:
    """A merged event on 4 March 2031: its first source a0's, then b0's, c0's... with ``quotes``."""
    told = ev("2031-03-04", "a0", "Police raided the clinic on Tuesday.")
    articles = ["a0", "b0", "c0", "d0"]
    return replace(
        told,
        sources=tuple(Source(a, 0, len(q), q) for a, q in zip(articles, quotes, strict=False)),
        alternatives=tuple(FuzzyDate.parse(d) for d in alternatives),
    )


RAID = dt.date(2031, 3, 4)
LATER = [ev("2031-06-10", a, "The trial went on.", named=False) for a in ("a0", "b0", "c0")]


def test_a_source_merged_from_another_date_months_later_counts_only_if_it_names_the_day():
    # the merge folded in b0's and c0's telling, one of which gave another day (June's Tuesday):
    # months later, b0's "on Tuesday" is not this day, c0's "on 4 March" is
    first = "Police raided the clinic on 4 March 2031."
    tuesday = "The doctor's clinic was raided again on Tuesday."
    named = "Police raided the clinic on 4 March, the court heard."
    scores = day_scores([_raid(first, tuesday, named, alternatives=("2031-06-03",)), *LATER])[RAID]
    without_b0 = day_scores([_raid(first, named, alternatives=("2031-06-03",)), *LATER])[RAID]
    only_first = day_scores([_raid(first, alternatives=("2031-06-03",)), *LATER])[RAID]
    assert scores == without_b0 > only_first


def test_a_day_counted_from_a_date_of_the_text_or_told_alike_by_all_counts_however_late():
    first = "The rig sank two days later."  # its first source: the day came from its own text
    again = "The rig, which sank two days later, lies on the sea floor."
    alone = day_scores([_raid(first), *LATER])[RAID]
    # no alternatives: every article that told it gave this day
    assert day_scores([_raid(first, again), *LATER])[RAID] > alone
    assert alone > 0


def test_an_article_within_a_week_counts_without_naming_the_day():
    told = _raid(
        "Police raided the clinic on Tuesday.", "Officers were seen there.", alternatives=("2031-03-05",)
    )
    published = [ev("2031-03-06", "b0", "Officers said little.", named=False)]
    alone = day_scores([replace(told, sources=told.sources[:1]), *published])[RAID]
    assert day_scores([told, *published])[RAID] > alone


def test_names_day_needs_the_day_and_month_and_the_same_year_if_given():
    day = dt.date(2031, 3, 4)
    assert names_day("The clinic was raided on 4 March.", day)
    assert names_day("The clinic was raided on March 4, 2031.", day)
    assert not names_day("The clinic was raided on March 4, 1999.", day)
    assert not names_day("The clinic was raided on Tuesday.", day)
    assert not names_day("The clinic was raided on 5 March.", day)


_WORDS = ["rebels", "seized", "port", "leaders", "signed", "ceasefire", "storm", "closed", "airport", "vote"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 20),  # day of March
            st.integers(0, 6),  # article
            st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6),
            st.booleans(),  # names its date
            st.floats(0, 1),
        ),
        max_size=40,
    ),
    st.integers(0, 8),
    st.integers(1, 3),
    st.integers(1, 20),
    st.integers(1, 20),
)
def test_key_dates_keep_their_promises(rows, count, sentences, first, last):
    events = [
        ev(f"2031-03-{day:02d}", f"a{art}", " ".join(words).capitalize() + ".", named=named, confidence=c)
        for day, art, words, named, c in rows
    ]
    start, end = dt.date(2031, 3, first), dt.date(2031, 3, last)
    chosen = key_dates(events, count, start=start, end=end, sentences=sentences)
    days = sorted({dt.date(2031, 3, day) for day, *_ in rows if first <= day <= last})
    assert len(chosen) == min(count, len(days))
    assert [k.date for k in chosen] == sorted(k.date for k in chosen)
    assert all(start <= k.date <= end for k in chosen)
    for k in chosen:
        assert all(e.when.to_date() == k.date for e in k.events)
        assert 1 <= len(k.summary) <= sentences
        assert set(k.summary) <= {event_sentence(e) for e in k.events}
        reports = [len({s.article for s in e.sources}) for e in k.events]
        assert reports == sorted(reports, reverse=True)
    scores = day_scores((e for e in events if start <= e.when.to_date() <= end), publication_days(events))
    kept = {k.date for k in chosen}
    if kept:  # no day left out scores more than a day kept
        assert all(scores[d] <= min(scores[k] for k in kept) for d in days if d not in kept)


def test_a_wire_dateline_is_not_part_of_the_summary():
    assert without_dateline("KIGALI (Wirenews) -- Talks resumed in Arusha.") == "Talks resumed in Arusha."
    assert without_dateline("Ferry sinks | Tue Mar 4, 2031 9:10 am EDT PORTO (Wire) - A ferry sank.") == (
        "A ferry sank."
    )
    assert without_dateline("NEW HAVEN -- The ferry sank.") == "The ferry sank."
    # dashes and brackets inside a sentence stay
    for kept in ("The U.S. -- and its allies -- Agreed.", "The summit (held in Rome) - Leaders met."):
        assert without_dateline(kept) == kept
    day = "2031-10-10"
    events = [ev(day, "a0", "PORTO (Wire) - The ferry sank off the coast with 40 people on board.")]
    assert summarise_day(events, 1) == ["The ferry sank off the coast with 40 people on board."]


def test_a_teaser_cut_off_with_an_ellipsis_is_not_the_summary():
    day = "2031-10-11"
    events = [
        ev(day, "a0", "The ferry sank off the coast of Porto on Tuesday with forty people on..."),
        ev(day, "a1", "A ferry with forty people on board sank off the coast of Porto."),
    ]
    assert summarise_day(events, 1) == ["A ferry with forty people on board sank off the coast of Porto."]


def _tagged(article_id: str, text: str, published: str):
    """An article as reading it leaves it: keeping its time expressions."""
    from timeline_app.core.extract.analysis import analyse, with_times
    from timeline_app.core.model import Article

    article = Article(id=article_id, title="", text=text, published=FuzzyDate.parse(published))
    return with_times(article, analyse(text, article.published))


def test_a_day_other_articles_name_in_any_time_expression_outranks_an_equal_day():
    events = [ev("2031-03-02", f"a{i}", "The dam at Kalo burst after days of rain.") for i in range(2)]
    events += [ev("2031-03-05", f"b{i}", "The minister toured the flooded valley.") for i in range(2)]
    assert key_dates(events, 1)[0].date == dt.date(2031, 3, 2)  # equal: the earlier day
    later = [
        _tagged(f"c{i}", "Relief has been slow since the March 5, 2031 visit of the minister.", "2031-03-20")
        for i in range(2)
    ]
    (top,) = key_dates(events, 1, articles=later)
    assert top.date == dt.date(2031, 3, 5)
    scores = day_scores(events, None, named_days(later))
    assert (
        scores[dt.date(2031, 3, 5)] > scores[dt.date(2031, 3, 2)] == day_scores(events)[dt.date(2031, 3, 2)]
    )


def test_named_days_skip_articles_without_time_expressions_or_date():
    from timeline_app.core.model import Article

    untagged = Article(
        id="u", title="", text="On March 5, 2031 the dam burst.", published=FuzzyDate.parse("2031-03-09")
    )
    undated = _tagged("v", "On March 5, 2031 the dam burst.", "2031-03-09")
    undated = replace(undated, published=None)
    assert named_days([untagged, undated]) == {}
    tagged = _tagged("w", "On March 5, 2031 the dam burst.", "2031-03-09")
    assert named_days([tagged]) == {dt.date(2031, 3, 5): {"w": 4}}


def test_a_yearless_date_the_articles_write_with_an_earlier_year_names_that_year():
    said = years_said(
        [
            _tagged(f"h{i}", "The harbour fire of June 3, 2019 killed nine people.", "2031-07-01")
            for i in range(2)
        ]
    )
    assert said[(6, 3)] == {2019: 2}
    guessed = dt.date(2031, 6, 3)
    assert named_year("June 3", guessed, said, dt.date(2031, 7, 1)) == dt.date(2019, 6, 3)
    assert named_year("June 3, 2031", guessed, said, dt.date(2031, 7, 1)) == guessed  # its year written
    assert named_year("June 3", guessed, said, dt.date(2031, 6, 4)) == guessed  # this year's, in its week
    assert named_year("June 4", dt.date(2031, 6, 4), said) == dt.date(2031, 6, 4)  # no year said with it
    once = years_said([_tagged("h", "The harbour fire of June 3, 2019 killed nine people.", "2031-07-01")])
    assert named_year("June 3", guessed, once) == guessed  # written once: not enough


def test_an_anniversary_named_without_its_year_does_not_rank_as_this_year():
    events = [ev("2031-06-10", f"a{i}", "The ports reopened after the strike.") for i in range(2)]
    history = [
        _tagged(f"h{i}", "Since the harbour fire of June 3, 2019, the port has changed.", "2031-06-20")
        for i in range(3)
    ]
    recalled = [
        replace(
            ev("2031-06-03", f"h{i}", "Relief was slower than after the June 3 fire."), expression="June 3"
        )
        for i in range(3)
    ]
    assert key_dates(events + recalled, 1)[0].date == dt.date(2031, 6, 3)
    this_year = key_dates(events + recalled, 1, start=dt.date(2031, 1, 1), articles=history)
    assert [k.date for k in this_year] == [dt.date(2031, 6, 10)]
    assert dt.date(2019, 6, 3) in {k.date for k in key_dates(events + recalled, 5, articles=history)}


def test_a_page_stamp_is_no_day_of_the_news():
    stamps = [
        "At 13:57 3rd Jun 2031, reader42 wrote: The company should pay.",
        "Posted by: reader42 | June 3, 2031 6:17 PM | Report abuse",
        "Page last updated at 14:02 GMT, Tuesday, 3 June 2031",
        "Tuesday, June 3, 2031; Page A01",
        "3 June 2031 Last updated at 14:02 GMT",
    ]
    for text in stamps:
        assert named_days([_tagged("p", text, "2031-06-03")]) == {}, text
    told = [
        "On Tuesday, June 3, 2031, the paper wrote that the port had closed.",
        "The report was published on June 3, 2031.",
    ]
    for text in told:
        assert dt.date(2031, 6, 3) in named_days([_tagged("p", text, "2031-06-09")]), text
    comment = replace(ev("2031-06-03", "c", stamps[0]), expression="3rd Jun 2031")
    news = ev("2031-06-04", "d", "The port closed.", confidence=0.3)
    assert [k.date for k in key_dates([comment, news], 5)] == [dt.date(2031, 6, 4)]
    assert is_stamp(stamps[0], 9, 21) and not is_stamp(told[0], 3, 25)


_LISTING = " ".join(
    [
        "Week 12: the programmes of BBC Radio 2 and Radio 4.",
        "Ana Lind sits in for Tom Reyes and is joined by a folk band in the studio.",
        "The band plays live in session.",
        "Mo Haddad presents a documentary on harbour songs for listeners at home.",
        "In the second episode, the crew sail north.",
        "Kit Varga counts down the charts from this week in 1981.",
        "Listeners can call in with questions.",
        "Viewers of BBC Two see the final episode on Sunday.",
        "Ana Lind hosts a late show of live music.",
        "The singer returns after the birth of her son on 14 January.",
    ]
)


def test_a_radio_or_television_listing_is_no_evidence_of_a_day():
    from timeline_app.core.model import Article

    listing = Article(id="listing", title="Week 12", text=_LISTING)
    news = Article(
        id="news",
        title="Port seized",
        text="Rebels seized the port of Kalo on 2 March, the BBC's Radio 4 reported. "
        "Listeners heard the shelling. " + "Aid agencies said thousands had fled the town. " * 8,
    )
    assert is_listing(listing)
    assert not is_listing(news)
    told = [ev("2031-03-14", "listing", "The singer returns after the birth of her son on 14 March.")]
    told += [ev("2031-03-02", "news", "Rebels seized the port of Kalo.", confidence=0.6)]
    (top,) = key_dates(told, 1, articles=[listing, news])
    assert top.date == dt.date(2031, 3, 2)
    assert [k.date for k in key_dates(told, 1)] == [dt.date(2031, 3, 14)]  # without the articles


def test_the_top_day_of_a_quiet_stretch_outranks_the_busy_stretch_s_lesser_days():
    busy = [ev(f"2031-03-{d:02d}", f"m{d}-{i}", "Crowds marched on the capital again.") for d in range(1, 9)
            for i in range(4 if d > 1 else 9)]  # fmt: skip
    quiet = [ev("2031-06-10", f"q{i}", "The parliament ratified the peace accord.") for i in range(2)]
    quiet += [ev("2031-06-20", "r0", "A minister toured the border.")]
    lone = [ev("2032-01-05", f"z{i}", "A report on the crisis was published.") for i in range(2)]
    events = busy + quiet + lone
    scores = day_scores(events)
    peaks = local_peaks(scores)
    # the busy stretch's top day and the quiet stretch's; a day alone in its stretch is no peak
    assert peaks == {dt.date(2031, 3, 1), dt.date(2031, 6, 10)}
    assert scores[dt.date(2031, 3, 2)] > scores[dt.date(2031, 6, 10)] == scores[dt.date(2032, 1, 5)]
    chosen = [k.date for k in key_dates(events, 2)]
    assert chosen == [dt.date(2031, 3, 1), dt.date(2031, 6, 10)]
    # a month either side: the day beaten within it is no peak, nor the one with no other day in it
    assert local_peaks({dt.date(2031, 1, 1): 3.0, dt.date(2031, 1, 31): 2.0, dt.date(2031, 3, 15): 1.0}) == {
        dt.date(2031, 1, 1)
    }
    # a day after the last article (a date set for a vote) and a background day are no peaks
    days = {
        dt.date(2031, 1, 1): 1.0,
        dt.date(2031, 1, 9): 5.0,
        dt.date(2031, 3, 1): 2.0,
        dt.date(2031, 3, 9): 1.0,
    }
    assert local_peaks(days) == {dt.date(2031, 1, 9), dt.date(2031, 3, 1)}
    assert local_peaks(days, last=dt.date(2031, 2, 1)) == {dt.date(2031, 1, 9)}
    assert local_peaks(days, begin=dt.date(2031, 3, 1)) == {dt.date(2031, 3, 1)}
