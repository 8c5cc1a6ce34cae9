"""Which events get which date: the news of the day, dates carried to the next sentence, and
dates that describe a thing rather than date the clause."""

from dataclasses import replace

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.extract import extract_events
from timeline_app.core.extract.dating import NEWS_EXPLANATION, publication_day
from timeline_app.core.model import UNCERTAIN_BELOW, Status

from .conftest import expr

PUB = FuzzyDate.parse("2031-03-12")
LEAD = "Floods cut the main road between Arvel and Dunmore, the regional authority said.\n\n"


def _quoting(events, words: str):
    found = [e for e in events if any(words in s.quote for s in e.sources)]
    assert found, f"no event quotes {words!r}"
    return found[0]


def test_publication_day_is_an_approximate_day():
    day = publication_day(FuzzyDate.parse("2031-03-12T08:30"))
    assert day is not None and day.iso() == "2031-03-12" and day.approximate
    assert day.precision == "day"
    assert publication_day(None) is None


def test_the_lead_without_a_date_is_the_news_of_the_publication_day():
    events = extract_events("An earthquake has struck the coast of Norland, killing at least 40 people.", PUB)
    assert events[0].when == publication_day(PUB)
    assert events[0].explanation == NEWS_EXPLANATION


def test_a_past_event_later_in_the_story_without_a_date_stays_undated():
    text = LEAD + "Engineers from the capital inspected the bridge near the border."
    event = _quoting(extract_events(text, PUB, expressions=[]), "Engineers")
    assert event.when is None


def test_a_report_without_a_date_of_its_own_is_dated_by_the_publication_day():
    text = LEAD + "Kenya's interior ministry said rescue teams reached three villages near Nakuru."
    event = _quoting(extract_events(text, PUB, expressions=[]), "interior ministry")
    assert event.when == publication_day(PUB) and event.when.approximate
    assert event.explanation == NEWS_EXPLANATION


def test_what_is_so_is_the_news_of_the_day():
    text = LEAD + "Prime Minister Ana Ferro is visiting the flooded towns near Dunmore."
    event = _quoting(extract_events(text, PUB, expressions=[]), "Ferro")
    assert event.when == publication_day(PUB)


def test_a_present_perfect_after_the_lead_is_not_put_on_the_publication_day():
    # "has cancelled" says it was done before the story, on a day the story does not name
    text = LEAD + "Prime Minister Ana Ferro has cancelled a visit to Lisbon."
    event = _quoting(extract_events(text, PUB, expressions=[]), "Ferro")
    assert event.when is None


def test_a_past_perfect_told_by_a_source_is_not_put_on_the_day_it_was_told():
    # "had been unloaded": done before the telling, on a day the story does not name
    text = LEAD + "Grain shipments had been unloaded at a private warehouse in Dunmore, the authority said."
    event = _quoting(extract_events(text, PUB, expressions=[]), "Grain")
    assert event.when is None
    # "had to" is an obligation, not the past perfect: a report of the day as before
    text = LEAD + "Kenya's interior ministry said rescue teams had to reach three villages near Nakuru."
    event = _quoting(extract_events(text, PUB, expressions=[]), "interior ministry")
    assert event.when == publication_day(PUB)


_AIRLINE = (
    "The government of Norland said it would sell half of its stake in the national airline.\n\n"
    "Shares in the airline rose sharply in Dunmore.\n\n"
    "Unions in the port of Arvel called for a strike.\n\n"
)


def test_words_of_a_speaker_told_speaking_on_a_day_take_that_day_not_the_publication_day():
    # "told lawmakers on Tuesday": the chief executive's next words were said there, on Tuesday
    text = (
        _AIRLINE + "The airline's chief executive Ana Ferro told lawmakers on Tuesday that its future "
        "depended on an alliance.\n\n"
        '"The board has given me a mandate to look for partners," Ferro added.\n'
    )
    events = extract_events(text, PUB, expressions=[expr(text, "on Tuesday", "2031-03-11")])
    assert _quoting(events, "told lawmakers").when.iso() == "2031-03-11"
    event = _quoting(events, "mandate")
    assert event.when is not None and event.when.iso() == "2031-03-11"
    assert "Ferro" in event.explanation


def test_words_after_a_saying_whose_day_dates_what_was_said_keep_the_publication_day():
    # "on Tuesday" dates the return, not the saying: the next words are not put on Tuesday
    text = (
        _AIRLINE + "Ana Ferro said the plane had returned to Dunmore on Tuesday after repairs.\n\n"
        '"The board has given me a mandate to look for partners," Ferro added.\n'
    )
    events = extract_events(text, PUB, expressions=[expr(text, "on Tuesday", "2031-03-11")])
    event = _quoting(events, "mandate")
    assert event.when is not None and event.when.iso() == "2031-03-12"


def test_words_after_a_who_aside_with_a_day_do_not_take_the_day_of_the_aside():
    # "who arrived in Arvel on Monday" dates the arrival; what she noted next goes on with her
    # words at the talks (the story's news), not with the arrival
    text = (
        "President Ana Ferro of Norland said on Tuesday that her country supports the new treaty.\n\n"
        '"We find the treaty fair," Ferro, who arrived in Arvel on Monday, told reporters after '
        "talks with her host.\n\n"
        "She noted that her visit was aimed at strengthening trade between the two countries.\n"
    )
    exprs = [expr(text, "on Tuesday", "2031-03-11"), expr(text, "on Monday", "2031-03-10")]
    events = extract_events(text, PUB, expressions=exprs)
    assert any(e.when is not None and e.when.iso() == "2031-03-10" for e in events)  # the arrival
    event = _quoting(events, "visit was aimed")
    assert event.when is None or event.when.iso() != "2031-03-10"


def test_a_lead_in_the_present_perfect_takes_the_day_the_next_sentence_tells():
    text = (
        "A mining company has admitted dumping waste into the Sarno river.\n\n"
        "The company issued a statement on Tuesday admitting that its managers had hidden the spill."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    lead = _quoting(events, "has admitted")
    assert lead.when == FuzzyDate(2031, 3, 11, approximate=True)
    assert "Tuesday" in lead.explanation


def test_a_plan_is_not_put_on_the_day_it_is_told():
    text = LEAD + "Prime Minister Ana Ferro will visit the flooded region."
    event = _quoting(extract_events(text, PUB, expressions=[]), "Ferro")
    assert event.status is Status.PLANNED and event.when is None


def test_a_date_in_the_sentence_wins_over_the_publication_day():
    text = "Rebels attacked a convoy near Goma on Monday."
    (event,) = extract_events(text, PUB, expressions=[expr(text, "Monday", "2031-03-10")])
    assert event.when == FuzzyDate.parse("2031-03-10") and not event.when.approximate


def test_a_date_carries_to_a_sentence_that_continues_the_event():
    text = (
        LEAD + "On Sunday, Foreign Minister Rosa Vidal met Pedro Alves in Lima. "
        "Later, Vidal criticized the border decision."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Sunday", "2031-03-09")])
    later = _quoting(events, "criticized")
    assert later.when == FuzzyDate.parse("2031-03-09")
    assert "continues the previous one" in later.explanation or later.sources[0].quote.startswith("On Sunday")


def test_a_date_does_not_carry_to_an_unrelated_sentence_of_the_same_paragraph():
    text = (
        LEAD + "On Sunday, Foreign Minister Rosa Vidal met Pedro Alves in Lima. "
        "Customs officers seized a truck of cigarettes near Tacna."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Sunday", "2031-03-09")])
    assert _quoting(events, "Vidal").when == FuzzyDate.parse("2031-03-09")
    assert _quoting(events, "Customs").when is None


def test_a_century_before_a_noun_dates_the_thing_not_the_clause():
    text = LEAD + "Militants destroyed a 13th-century mosque in the old town."
    century = replace(expr(text, "13th-century", None), date=FuzzyDate(1200, precision=Precision.CENTURY))
    event = _quoting(extract_events(text, PUB, expressions=[century]), "mosque")
    assert event.when is None


def test_a_reporting_period_before_a_figure_does_not_date_the_report():
    text = LEAD + "Norland Steel posted a third-quarter loss of 4 million euros."
    q3 = FuzzyDate(2030, 7, precision=Precision.QUARTER)
    quarter = replace(expr(text, "third-quarter", None), date=q3)
    event = _quoting(extract_events(text, PUB, expressions=[quarter]), "Norland Steel")
    assert event.when is None or event.when.precision is not Precision.QUARTER


def test_a_birth_date_beside_a_name_does_not_date_what_the_person_did():
    text = LEAD + "Hosni Mubarak, born in 1928, resigned as president."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "1928", "1928")]), "resigned")
    assert event.when is None or event.when.year != 1928


def test_a_birth_told_as_the_event_keeps_its_date():
    text = LEAD + "Ana Ferro was born in 1950 in Lisbon."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "1950", "1950")]), "born")
    assert event.when == FuzzyDate(1950, precision=Precision.YEAR)


def test_reports_take_the_day_the_lead_tells_when_it_is_just_before_publication():
    text = (
        "Rebels attacked a convoy near Goma on Tuesday, the army said.\n\n"
        "Kenya's foreign ministry said the attack was a grave violation of the truce.\n\n"
        "Prime Minister Ana Ferro has cancelled a visit to Lisbon."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    report = _quoting(events, "foreign ministry")
    assert report.when == FuzzyDate(2031, 3, 11, approximate=True)
    assert "Tuesday" in report.explanation
    assert _quoting(events, "Ferro").when is None  # done before the story, on a day not named


def test_a_lead_date_long_before_publication_does_not_date_the_reports():
    text = (
        "Rebels attacked a convoy near Goma on 2 March, the army said.\n\n"
        "Kenya's foreign ministry said the attack was a grave violation of the truce."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "2 March", "2031-03-02")])
    assert _quoting(events, "foreign ministry").when == publication_day(PUB)


def test_what_has_lasted_since_a_date_runs_from_it_to_the_publication_day():
    text = LEAD + "Norland has reported no new cases of the disease since 2 March."
    event = _quoting(
        extract_events(text, PUB, expressions=[expr(text, "2 March", "2031-03-02")]), "no new cases"
    )
    assert event.when is not None and event.when.iso() == "2031-03-02/2031-03-12"
    assert "lasting until the publication day" in event.explanation


def test_since_in_a_past_clause_keeps_its_date():
    text = LEAD + "Rebels attacked the town twice in the week since 2 March."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "2 March", "2031-03-02")]), "attacked")
    assert event.when is None or event.when.end is None


def test_since_after_a_first_or_a_superlative_dates_nothing():
    text = LEAD + "Norland's exports fell 4 percent in the third quarter, the steepest fall since 2009."
    exprs = [expr(text, "2009", "2009")]
    event = _quoting(extract_events(text, PUB, expressions=exprs), "exports")
    assert event.when is None or event.when.year != 2009


def test_events_of_one_sentence_with_different_dates_each_quote_their_own_clause():
    sentence = "The foreign minister said on Tuesday that talks with Ruritania will resume on April 2."
    text = LEAD + sentence
    events = [e for e in extract_events(text, PUB) if e.description == sentence]
    assert len(events) == 2 and len({e.when.iso() for e in events if e.when is not None}) == 2
    said, talks = sorted(events, key=lambda e: e.sources[0].start)
    assert said.sources[0].quote == "The foreign minister said on Tuesday"
    assert talks.sources[0].quote == "that talks with Ruritania will resume on April 2."
    for e in events:
        s = e.sources[0]
        assert text[s.start : s.end] == s.quote  # what the Article Text highlights
    assert said.when is not None and said.when.iso() == "2031-03-11"


def test_events_of_one_sentence_with_one_date_keep_the_sentence_as_their_source():
    sentence = "Rebels attacked the garrison and burned the depot on Sunday."
    events = [e for e in extract_events(LEAD + sentence, PUB) if e.description == sentence]
    assert events and all(e.sources[0].quote == sentence for e in events)


def test_an_event_dated_in_its_own_words_leaves_the_attribution_out_of_its_source():
    text = LEAD + "Investigators said the two suspects reached the harbour of Arvel on February 3."
    event = _quoting(extract_events(text, PUB), "suspects")
    assert event.when is not None and event.when.iso() == "2031-02-03"
    assert event.sources[0].quote == "the two suspects reached the harbour of Arvel on February 3."
    assert event.description.startswith("Investigators said")


def test_what_happened_on_the_publication_day_keeps_its_attribution():
    text = LEAD + "Investigators said the two suspects reached the harbour of Arvel on March 12."
    event = _quoting(extract_events(text, PUB), "suspects")
    assert event.when is not None and event.when.iso() == "2031-03-12"
    assert event.sources[0].quote.startswith("Investigators said")


def test_a_period_that_describes_a_person_dates_no_event():
    for sentence in ("He is a 20th century man.", "``It's clear to me... he is a 19th century liberal.''"):
        events = extract_events(LEAD + sentence, PUB)
        assert not [e for e in events if e.description == sentence and e.when is not None], sentence


def test_the_next_sentence_about_the_same_scene_goes_on_with_its_day():
    text = (
        LEAD + "On Tuesday, the mayor of Arvel flew to the capital to appeal to the interior minister.\n\n"
        "Governor Lena Dorn also asked the president to send troops.\n\n"
        "Rescue teams from Norland reached three villages near Arvel."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    also = _quoting(events, "also asked")
    assert also.when == FuzzyDate.parse("2031-03-11")
    assert "goes on with the scene" in also.explanation and "Tuesday" in also.explanation


def test_a_scene_does_not_pass_to_a_sentence_about_others():
    text = (
        LEAD + "On Tuesday, the mayor of Arvel flew to the capital to appeal to the interior minister.\n\n"
        "Customs officers seized a truck of cigarettes near Tacna."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    assert _quoting(events, "Customs").when is None


def test_a_step_back_in_the_past_perfect_does_not_take_the_scene():
    text = (
        LEAD + "On Tuesday, the mayor of Arvel flew to the capital to appeal to the interior minister.\n\n"
        "He had asked the president to send troops."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    assert _quoting(events, "had asked").when != FuzzyDate.parse("2031-03-11")


def test_a_scene_long_before_the_story_does_not_carry():
    text = (
        LEAD + "In 1998, the mayor of Arvel flew to the capital to appeal to the interior minister.\n\n"
        "The mayor also asked the president to send troops."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "1998", "1998")])
    assert _quoting(events, "also asked").when is None


def test_the_lead_takes_the_day_the_next_sentence_tells():
    text = (
        "The grandmother of the boy said she is willing to travel to Arvel to bring him home.\n\n"
        "Her lawyer told reporters on Tuesday that the family had applied for visas."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    lead = _quoting(events, "grandmother")
    assert lead.when == FuzzyDate(2031, 3, 11, approximate=True)
    assert "Tuesday" in lead.explanation


def test_the_news_day_is_the_latest_day_the_top_tells():
    text = (
        "Two men sought by the police have been questioned and released, the police said.\n\n"
        "The men were named on Monday in a bulletin, and officials on Tuesday played down their role."
    )
    exprs = [expr(text, "Monday", "2031-03-10"), expr(text, "Tuesday", "2031-03-11")]
    lead = _quoting(extract_events(text, PUB, expressions=exprs), "questioned")
    assert lead.when is not None and lead.when.iso() == "2031-03-11"


def test_a_report_stays_on_the_news_day_when_a_relative_clause_has_a_date():
    text = LEAD + "The envoy, who lived in exile in Lisbon until 1989, said the vote meant a return home."
    events = extract_events(text, PUB, expressions=[expr(text, "1989", "1989")])
    said = [e for e in events if e.when is not None and e.when.precision is Precision.DAY]
    assert said and said[0].when == publication_day(PUB)


def test_an_act_done_in_words_is_told_for_the_story_like_a_said():
    text = (
        "Rebels attacked a convoy near Goma on Tuesday, the army said.\n\n"
        "Church leaders in the capital condemned the attack."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    condemned = _quoting(events, "condemned")
    assert condemned.when == FuzzyDate(2031, 3, 11, approximate=True)


def test_an_act_in_words_told_as_a_step_back_stays_undated():
    text = (
        "Rebels attacked a convoy near Goma on Tuesday, the army said.\n\n"
        "Church leaders in Goma had earlier condemned the rebels."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    assert _quoting(events, "condemned").when is None


def test_what_has_gone_on_over_past_months_is_not_news_of_the_day():
    text = LEAD + "In past months, farmers in Dunmore have repeatedly demanded the minister's resignation."
    event = _quoting(extract_events(text, PUB), "farmers")
    assert event.when is None


def test_a_statement_of_a_plan_is_dated_by_the_day_it_was_made():
    text = (
        "Rebels attacked a convoy near Goma on Tuesday, the army said.\n\n"
        "The defence minister said he will report to parliament on the attack."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    said = _quoting(events, "defence minister")
    assert said.when == FuzzyDate(2031, 3, 11, approximate=True)


def test_a_sentence_with_a_date_of_its_own_does_not_take_the_scene():
    text = (
        LEAD + "On Tuesday, Mayor Lena Dorn flew to the capital to appeal to the interior minister.\n\n"
        "Dorn, who took office on 2 February, toured the flooded villages near Dunmore."
    )
    events = extract_events(
        text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11"), expr(text, "2 February", "2031-02-02")]
    )
    toured = [e for e in events if "toured" in e.sources[0].quote]
    assert toured and all(e.when != FuzzyDate.parse("2031-03-11") for e in toured)


def test_giving_no_details_is_a_telling_for_the_story():
    text = (
        "Rebels attacked a convoy near Goma on Tuesday, the army said.\n\n"
        "Police in Dunmore gave no details about the attackers."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    assert _quoting(events, "gave no details").when == FuzzyDate(2031, 3, 11, approximate=True)


def test_a_when_clause_happens_at_the_time_of_its_sentence():
    text = LEAD + "Tensions rose on Monday when Minister Dan Morales announced that farmers were charged."
    events = extract_events(text, PUB, expressions=[expr(text, "Monday", "2031-03-10")])
    announced = [e for e in events if "announce" in e.title.lower() or "says" in e.title.lower()]
    assert announced and all(e.when == FuzzyDate.parse("2031-03-10") for e in announced)
    assert "at the time of its sentence" in announced[0].explanation


def test_what_has_gone_on_ever_since_is_not_news_of_the_day():
    text = LEAD + "The area was annexed by Norland in 1902. Violence has erupted periodically ever since."
    events = extract_events(text, PUB, expressions=[expr(text, "1902", "1902")])
    assert _quoting(events, "ever since").when is None


def test_a_verb_takes_its_own_adverbial_before_a_date_inside_its_subject():
    text = LEAD + "The suspect's 1987 sedan was discovered last month at the airport of Arvel."
    exprs = [expr(text, "1987", "1987"), expr(text, "last month", "2031-02")]
    event = _quoting(extract_events(text, PUB, expressions=exprs), "sedan")
    assert event.when == FuzzyDate.parse("2031-02")


def test_a_report_in_the_past_perfect_is_not_the_news_of_the_day():
    text = (
        "Floods cut the main road between Arvel and Dunmore, the regional authority said on Tuesday.\n\n"
        "Governor Lena Dorn had said that the dam was unsafe."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    assert _quoting(events, "had said").when is None


def test_the_same_speaker_going_on_keeps_the_day_he_spoke():
    text = (
        "The army has promised a reward for news of the rebel leader, a report said on Wednesday.\n\n"
        "General Ana Ferro said in Arvel on Monday that soldiers had found the rebels' camp.\n\n"
        '"If anyone knows anything, please tell us," Ferro said.'
    )
    exprs = [expr(text, "Wednesday", "2031-03-12"), expr(text, "Monday", "2031-03-10")]
    events = extract_events(text, PUB, expressions=exprs)
    assert _quoting(events, "please tell us").when == FuzzyDate.parse("2031-03-10")


def test_a_dateline_on_a_line_of_its_own_is_no_event_and_gives_the_story_its_day():
    text = (
        "HARBIN, March 11 (Wirenews) --\n\n"
        "Rescue teams reached three villages cut off by the floods near Harbin, the provincial governor said."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "March 11", "2031-03-11")])
    assert [e for e in events if "HARBIN" in e.title.upper()] == []
    lead = _quoting(events, "Rescue teams")
    assert lead.when == FuzzyDate(2031, 3, 11, approximate=True)
    assert "dateline" in lead.explanation


def test_a_dateline_long_before_publication_does_not_date_the_news():
    text = "HARBIN, March 1 (Wirenews) -- Rescue teams reached three villages near Harbin, the governor said."
    events = extract_events(text, PUB, expressions=[expr(text, "March 1", "2031-03-01")])
    assert _quoting(events, "Rescue teams").when == publication_day(PUB)


def test_a_date_in_a_relative_clause_dates_that_clause_not_the_main_verb():
    text = (
        "Mayor Ilse Varga, who was born in Graz and fled just after the floods of 1987, "
        "opened the new bridge across the river."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "1987", "1987")])
    (opening,) = [e for e in events if "opens" in e.title]
    assert opening.when == publication_day(PUB)  # the lead, not 1987
    assert any(e.when == FuzzyDate.parse("1987") for e in events)  # the flight


def test_the_date_of_a_figure_compared_against_dates_nothing():
    text = (
        "Norland Steel posted a third-quarter loss of 12 million dollars on Tuesday, "
        "compared with a profit of 4 million dollars a year earlier."
    )
    exprs = [expr(text, "Tuesday", "2031-03-11"), expr(text, "a year earlier", "2030-Q3")]
    events = extract_events(text, PUB, expressions=exprs)
    assert [e.when.iso() for e in events if e.when is not None] == ["2031-03-11"]


def test_a_day_a_change_is_measured_from_dates_nothing_but_a_fixture_versus_a_team_does():
    text = "The index closed at 2,310 points on Friday, up from 2,290 points on Thursday."
    exprs = [expr(text, "Friday", "2031-03-07"), expr(text, "Thursday", "2031-03-06")]
    assert [e.when.iso() for e in extract_events(text, PUB, expressions=exprs)] == ["2031-03-07"]
    text = "The semi-final will pit Arvel versus Dunmore Rovers on Saturday in Norland."
    exprs = [expr(text, "Saturday", "2031-03-15")]
    assert [e.when.iso() for e in extract_events(text, PUB, expressions=exprs)] == ["2031-03-15"]


def test_a_clause_whose_subject_is_a_pronoun_goes_on_with_the_scene_before():
    text = (
        "Norland beat Arvel 3-0 in the final of the regional cup on Tuesday.\n\n"
        "Led by their captain Ivo Marsk, they crushed the visitors in front of 20,000 fans."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    assert _quoting(events, "crushed").when == FuzzyDate.parse("2031-03-11")


def test_a_verb_that_is_not_finite_takes_the_tense_of_the_finite_verb_before_it():
    # "was at the head of the march, pushing a stroller": told in the past, not the present of
    # the news day
    text = LEAD + "The mayor's widow was at the head of the march in Dunmore, pushing her son in a stroller."
    event = _quoting(extract_events(text, PUB, expressions=[]), "widow")
    assert event.when is None


def test_a_compared_year_after_a_compared_read_as_a_verb_dates_nothing():
    text = "The auditors said that compared with the previous year, the accounts of Norland had improved."
    exprs = [expr(text, "the previous year", "2030")]
    assert all(e.when is None or e.when.year == 2031 for e in extract_events(text, PUB, expressions=exprs))


def test_a_possessive_time_phrase_dates_its_noun_not_the_verb_before_it():
    # PUB is a Wednesday: "Monday" is 10 March, "last month" February
    text = "The opposition on Tuesday criticised last month's election in Norland and called for a recount."
    events = extract_events(text, PUB)
    main = _quoting(events, "criticised")
    assert main.when is not None and main.when.iso() == "2031-03-11"  # the criticism: Tuesday
    assert any(e.when is not None and e.when.iso() == "2031-02" and "election" in e.title for e in events)
    assert not any(e.when is not None and e.when.iso() == "2031-02" and "riticis" in e.title for e in events)


def test_a_saying_is_not_dated_by_a_possessive_time_phrase_in_what_it_reports():
    text = (
        LEAD
        + "A police spokesman said last month's discovery of the stolen papers led to the arrest of two men."
    )
    events = extract_events(text, PUB)
    said = [e for e in events if "arrest" in e.title]
    assert said, [e.title for e in events]
    assert all(e.when is None or e.when.iso() != "2031-02" for e in said)
    noun = [e for e in events if e.when is not None and e.when.iso() == "2031-02"]
    assert noun and all("iscovery" in e.title and e.confidence < UNCERTAIN_BELOW for e in noun)


def test_a_possessive_time_phrase_in_the_subject_dates_its_verb():
    text = LEAD + "Monday's storm flooded 200 homes in the lower town."
    event = _quoting(extract_events(text, PUB), "flooded")
    assert event.when is not None and event.when.iso() == "2031-03-10"


def test_a_possessive_time_phrase_after_a_preposition_stays_a_time_adverbial():
    text = LEAD + "At Friday's close, the Norland index had fallen 4 percent."
    event = _quoting(extract_events(text, PUB), "index")
    assert event.when is not None and event.when.iso() == "2031-03-07"


def test_a_possessive_day_that_a_clause_looks_ahead_to_does_not_date_it():
    # PUB is a Wednesday: "Sunday's vote" is the coming Sunday, and the campaigning happens before it
    text = LEAD + "Parties in Arvel are campaigning hard in the run-up to Sunday's regional vote."
    events = extract_events(text, PUB)
    campaign = _quoting(events, "campaigning")
    assert campaign.when is None or campaign.when.iso() != "2031-03-16"
    vote = [e for e in events if "vote" in e.title and e.when is not None]
    assert vote and all(e.when is not None and e.when.iso() == "2031-03-16" for e in vote)


def test_the_verb_a_late_time_dates_is_the_infinitive_after_is_to():
    text = "The two foreign ministers are to hold a bilateral meeting later Thursday in Dunmore."
    event = _quoting(extract_events(text, PUB), "meeting")
    assert event.when is not None and event.when.iso() == "2031-03-13"
    assert event.status is Status.PLANNED


def test_a_sentence_going_on_with_a_clock_time_takes_its_day_not_its_minute():
    text = (
        "Troops entered Arvel at 10 a.m. on Tuesday, the army said.\n\n"
        "The troops then arrested six men near the town hall.\n\n"
        "They searched the market too."
    )
    events = extract_events(text, PUB)
    entered = _quoting(events, "entered")
    assert entered.when is not None and entered.when.iso() == "2031-03-11T10:00"
    for words in ("arrested", "searched"):
        later = _quoting(events, words)
        assert later.when is not None and later.when.iso() == "2031-03-11", words


def test_of_the_year_after_a_noun_names_a_title_and_dates_nothing():
    text = LEAD + "The league named Dunmore's captain its player of the year."
    named = [e for e in extract_events(text, PUB) if any("named" in s.quote for s in e.sources)]
    assert not any(e.when is not None and e.when.iso() == "2031" for e in named)
    text = LEAD + "Prices in Arvel fell sharply at the end of the year."
    event = _quoting(extract_events(text, PUB), "Prices")
    assert event.when is not None and event.when.iso() == "2031"


def test_a_holiday_name_before_a_noun_makes_a_compound_not_a_date():
    events = extract_events(LEAD + "The Arvel school banned Christmas cards in class.", PUB)
    assert _quoting(events, "banned").when is None
    # a noun that tells the holiday's time keeps it ("the Christmas holidays")
    events = extract_events(LEAD + "The mayor will visit Dunmore during the Christmas holidays.", PUB)
    visit = _quoting(events, "visit")
    assert visit.when is not None and visit.when.iso() == "2031-12-25"


def test_a_saying_joined_to_a_past_perfect_steps_back_with_it():
    text = (
        "A delegation from Norland left for Arvel on Monday.\n\n"
        "Norland had denied the charges and said it would act if Arvel gave proof.\n\n"
        "The Arvel side had the first word and said it welcomed the visit."
    )
    events = extract_events(text, PUB)
    assert _quoting(events, "denied").when is None
    # "had the first word": "had" is a verb of its own, so the saying is the story's news
    welcomed = _quoting(events, "welcomed")
    assert welcomed.when is not None


def test_a_lead_told_at_a_clock_time_gives_its_day_to_the_reports_that_follow():
    text = (
        "Arvel's defence minister said at 2 p.m. on Tuesday that the old radar had failed twice.\n\n"
        "Engineers in Dunmore said four systems were being tested."
    )
    events = extract_events(text, PUB)  # PUB is Wednesday 12 March 2031
    report = _quoting(events, "four systems")
    assert report.when is not None and report.when.iso() == "2031-03-11"
    assert report.when.approximate


def test_a_year_before_a_noun_of_a_thing_dates_the_thing_not_the_clause():
    text = LEAD + "Parliament in Arvel approved the 2032 defence budget on Tuesday."
    exprs = [expr(text, "2032", "2032"), expr(text, "Tuesday", "2031-03-11")]
    events = [e for e in extract_events(text, PUB, expressions=exprs) if "Parliament" in e.sources[0].quote]
    assert [e.when.iso() for e in events if e.when] == ["2031-03-11"]


def test_a_month_before_a_delivery_does_not_date_the_signing():
    text = LEAD + "The Norland navy signed a contract for a December delivery of two frigates."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "December", "2031-12")]), "frigates")
    assert event.when is None or event.when.iso() != "2031-12"


def test_a_year_before_a_noun_after_in_stays_a_time_adverbial():
    text = LEAD + "In its 2029 report, the Arvel water board said the river had fallen."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "2029", "2029")]), "water board")
    assert event.when is not None and event.when.iso() == "2029"


def test_a_year_an_estimate_is_for_does_not_date_the_revision():
    text = LEAD + "The central bank of Norland cut its growth estimate for 2032 to 2033 by half a point."
    exprs = [expr(text, "2032", "2032"), expr(text, "2033", "2033")]
    for event in extract_events(text, PUB, expressions=exprs):
        assert event.when is None or event.when.iso() not in ("2032", "2033")


def test_a_meeting_set_for_a_day_keeps_the_day():
    text = LEAD + "Talks between Arvel and Dunmore are set for Monday."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "Monday", "2031-03-17")]), "Talks")
    assert event.when is not None and event.when.iso() == "2031-03-17"


def test_a_figure_forecast_for_a_year_is_dated_by_the_day_it_was_told():
    text = LEAD + "Norland's growth will slow to 3 percent in 2032, the central bank said on Tuesday."
    exprs = [expr(text, "2032", "2032"), expr(text, "Tuesday", "2031-03-11")]
    events = extract_events(text, PUB, expressions=exprs)
    dates = {e.when.iso() for e in events if "growth" in e.sources[0].quote}
    assert dates == {"2031-03-11"}


def test_a_figure_forecast_without_a_telling_day_is_told_on_the_publication_day():
    text = LEAD + "Exports from Norland are expected to top 5 billion dollars this year."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "this year", "2031")]), "Exports")
    assert event.when is not None and event.when.iso() == "2031-03-12"


def test_a_plan_and_a_period_before_the_figure_keep_their_dates():
    text = LEAD + "Norland will hold elections in 2032. Capital spending in 2033 will rise slightly."
    exprs = [expr(text, "2032", "2032"), expr(text, "2033", "2033")]
    events = extract_events(text, PUB, expressions=exprs)
    assert _quoting(events, "elections").when.iso() == "2032"
    assert _quoting(events, "Capital spending").when.iso() == "2033"


def test_an_act_planned_for_a_year_keeps_its_year():
    text = LEAD + "The Norland minister said the army would increase its support to Arvel this year."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "this year", "2031")]), "support")
    assert event.when is not None and event.when.iso() == "2031"


def test_a_machine_expected_to_reach_the_market_keeps_its_year():
    text = LEAD + "New tractors from Arvel are expected to reach the market early in 2032."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "2032", "2032")]), "tractors")
    assert event.when is not None and event.when.iso() == "2032"


def test_the_same_quarter_last_year_compared_against_dates_nothing():
    text = (
        LEAD + "The carmaker's third quarter loss amounted to 16 cents a share, compared with a loss of"
        " 1.6 billion dollars, or 2.90 dollars a share, in the same quarter last year."
    )
    exprs = [expr(text, "third quarter", "2030-Q4"), expr(text, "last year", "2030")]
    for event in extract_events(text, PUB, expressions=exprs):
        assert event.when is None or event.when.iso() != "2030"


def test_a_year_compared_against_after_than_dates_nothing():
    text = LEAD + (
        "Official figures show that there were 9,300 nurses in Norland in 2030,"
        " 12.5 percent higher than in 2025."
    )
    exprs = [expr(text, "2030", "2030"), expr(text, "2025", "2025")]
    dates = [e.when.iso() for e in extract_events(text, PUB, expressions=exprs) if e.when is not None]
    assert "2030" in dates and "2025" not in dates


def test_no_later_than_a_year_keeps_its_date():
    text = LEAD + "The new harbour at Dunmore must be finished no later than 2033."
    event = _quoting(extract_events(text, PUB, expressions=[expr(text, "2033", "2033")]), "harbour")
    assert event.when is not None and event.when.iso() == "2033"


def test_a_change_in_points_since_a_year_dates_nothing():
    text = LEAD + (
        "A survey in 2030 found 22 percent fit."
        " Some 31.5 percent were rated as fair, a drop of 0.4 points since 2026."
    )
    exprs = [expr(text, "2030", "2030"), expr(text, "2026", "2026")]
    dates = [e.when.iso() for e in extract_events(text, PUB, expressions=exprs) if e.when is not None]
    assert "2030" in dates and "2026" not in dates


_MEETING = (
    "The foreign ministers of Norland and Vesta met in Arvel on Tuesday to discuss the border dispute.\n\n"
)
_QUOTE = '"We want peace," a Vesta official told reporters.\n\n'


def _meeting_events(text: str):
    others = [expr(text, "2029", "2029")] if "2029" in text else []
    return extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11"), *others])


def test_a_later_sentence_that_names_the_meeting_again_takes_its_day():
    text = _MEETING + _QUOTE + "Customs chiefs agreed at the meeting to reopen two crossings."
    agreed = _quoting(_meeting_events(text), "agreed at the meeting")
    assert agreed.when is not None and agreed.when.iso() == "2031-03-11"
    assert agreed.when.approximate  # two sentences on: a weaker link than the next sentence's
    assert "sentence 1" in agreed.explanation and "Tuesday" in agreed.explanation


def test_both_sides_of_the_talks_before_go_on_with_their_day():
    text = _MEETING + _QUOTE + "Both sides agreed to set up a joint commission on the border."
    assert _quoting(_meeting_events(text), "Both sides").when.iso() == "2031-03-11"


def test_another_time_in_between_ends_the_scene():
    text = (
        _MEETING
        + "In 2029 the two countries fought a brief war over the border.\n\n"
        + "The ministers agreed at the meeting to reopen two border crossings."
    )
    assert _quoting(_meeting_events(text), "agreed at the meeting").when is None


def test_no_scene_day_for_a_present_perfect_a_plan_or_a_new_happening():
    for sentence in (
        "The ministers have agreed at the meeting to reopen two border crossings.",
        "The ministers will sign an accord at the next meeting in May.",
        "Police arrested six men after new clashes near the border.",
        "Vesta has closed the border since the talks.",
    ):
        event = _quoting(_meeting_events(_MEETING + _QUOTE + sentence), sentence[:20])
        assert event.when is None or event.when.iso() != "2031-03-11", sentence


def test_a_saying_of_others_far_on_does_not_take_the_scene_day():
    text = _MEETING + _QUOTE + "A Tacna professor criticised the talks in a newspaper column."
    assert _quoting(_meeting_events(text), "criticised the talks").when != FuzzyDate.parse("2031-03-11")


def test_a_date_of_a_happening_after_since_dates_the_happening_not_the_clause():
    # what has gone on every year since the uprising did not happen in 2009
    text = LEAD + "The council has passed a resolution every year since the uprising in Arvel in 2009."
    events = extract_events(text, PUB)
    council = [e for e in events if "council" in e.title.lower() or "resolution" in e.title.lower()]
    assert council and all(e.when is None or e.when.iso() != "2009" for e in council)
    uprising = [e for e in events if "uprising" in e.title.lower()]
    assert uprising and uprising[0].when is not None and uprising[0].when.iso() == "2009"


def test_a_date_before_an_event_noun_after_a_temporal_word_is_the_nouns():
    # "hours before the Tuesday strike": the strike was on Tuesday, the warning hours before
    text = LEAD + "Hours before the Tuesday strike, the army chief warned that Norland was ready."
    events = extract_events(text, PUB)
    strike = [e for e in events if "strike" in e.title.lower() and e.when is not None]
    assert strike and strike[0].when.iso() == "2031-03-11"
    warned = [e for e in events if "warn" in e.title.lower()]
    assert warned and all(e.when is None or e.when.iso() != "2031-03-11" for e in warned)


def test_a_time_of_day_or_a_name_is_no_happening():
    from timeline_app.core.extract.nominal import _happening

    assert not _happening("morning") and not _happening("beginning") and not _happening("evening")
    assert _happening("uprising") and _happening("invasion") and _happening("summit")


def test_a_date_after_after_a_war_still_dates_the_clause():
    # what followed a war "in 2009" mostly happened that year too
    text = LEAD + "Thousands fled to Dunmore following the civil war in Arvel in 2009."
    event = _quoting(extract_events(text, PUB), "Thousands fled")
    assert event.when is not None and event.when.iso() == "2009"


def test_a_date_before_and_a_new_subject_dates_the_clause_before_it():
    # "... on Thursday and the members will vote ... next Tuesday": two clauses, two dates
    text = LEAD + (
        "The delegation will present a draft before the regional council on Thursday and the"
        " member towns will vote on the text next Tuesday."
    )
    events = extract_events(text, PUB)
    present = [e for e in events if "present" in e.title.lower()]
    vote = [e for e in events if "vote" in e.title.lower()]
    assert present and present[0].when is not None and present[0].when.iso() == "2031-03-13"
    assert vote and vote[0].when is not None and vote[0].when.iso() == "2031-03-18"


def test_days_before_a_later_happening_is_no_step_back():
    text = (
        "Firebomb attacks hit banks in Arvel on Tuesday, days before the anniversary of the uprising.\n\n"
        "The first firebomb attack damaged a cash machine and the entrance of a branch."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    assert _quoting(events, "first firebomb attack").when.iso() == "2031-03-11"


def test_before_a_gerund_still_steps_back():
    text = (
        "The trade minister of Norland resigned on Tuesday.\n\n"
        "Before working at the ministry, he held posts at two banks in Arvel."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11")])
    assert _quoting(events, "held posts").when != FuzzyDate.parse("2031-03-11")


def test_a_month_in_a_clause_of_what_ought_to_be_is_the_coming_one():
    from timeline_app.core.temporal.tense import governing_tense

    text = "Dunmore should not worry about the troops before the handover in July, an official said."
    start = text.index("July")
    assert governing_tense(text, start, start + 4) == "future"
    past = "Dunmore should have warned the troops before the handover in July, an official said."
    start = past.index("July")
    assert governing_tense(past, start, start + 4) != "future"
    due = "Norland and Arvel have signed a memo on voting abroad in the election due in May."
    start = due.index("May")
    assert governing_tense(due, start, start + 3) == "future"


def test_yesterday_in_a_quotation_counts_from_the_day_it_was_told():
    # told on Monday 10 March: "yesterday" is Sunday 9 March, not the day before publication
    text = LEAD + '"We met the rebel leaders yesterday and they agreed to talk," the minister said on Monday.'
    events = extract_events(text, PUB)
    met = [e for e in events if e.title.startswith("We met")]
    assert met and met[0].when is not None and met[0].when.iso() == "2031-03-09"
    assert "counted from the day it was told" in met[0].explanation


def test_a_verb_of_saying_that_reports_no_words_does_not_make_background_the_news():
    """ "declared himself president", "a cost estimated at ...": no one told the story anything."""
    text = (
        LEAD + "In a long reign, Olsen crushed the opposition and declared himself ruler for life.\n\n"
        "Alongside the palace is Norland's biggest mosque, also French-built at a cost estimated "
        "at 40 million crowns (9 million euros)."
    )
    events = extract_events(text, PUB)
    assert _quoting(events, "crushed").when is None
    assert _quoting(events, "French-built").when is None
    # a saying with words is still the story's news
    said = _quoting(extract_events(LEAD + "Mayor Olsen declared that the bridge was safe.", PUB), "bridge")
    assert said.when == publication_day(PUB)


def test_what_a_source_tells_of_a_stretch_of_the_past_is_not_the_news_of_the_day():
    """The title tells the boosting, over recent years, not the saying: it is not dated by the
    publication day; a statement titled as one still is."""
    text = LEAD + "In recent years, the two countries boosted their trade, said President Olsen."
    boosted = _quoting(extract_events(text, PUB), "boosted")
    assert "boost" in boosted.title.lower() and boosted.when is None
    text = LEAD + "Mayor Olsen said that in recent years the city had grown fast."
    said = _quoting(extract_events(text, PUB), "grown")
    assert said.title.startswith("Olsen says") and said.when == publication_day(PUB)


def test_a_thing_of_the_past_is_no_stretch_of_the_past():
    text = LEAD + "Mayor Olsen blasted the ministry over remarks which suggested he was a thing of the past."
    blasted = _quoting(extract_events(text, PUB), "blasted")
    assert blasted.when == publication_day(PUB)


def test_a_date_in_a_fronted_participle_clause_dates_how_the_subject_came_to_be():
    """ "Begun in 2000, the scheme led to ... in November 2002": the main clause's own date."""
    text = (
        "Begun in 2019 by five coastal states, the Arvel scheme led to the adoption in November 2024 "
        "of a common code for fishing boats."
    )
    events = extract_events(text, PUB)
    led = _quoting(events, "adoption")
    assert led.when is not None and led.when.iso() == "2024-11"
    assert not any(e.when is not None and e.when.iso() == "2019" and "adoption" in e.title for e in events)


def test_a_saying_told_as_an_act_of_the_scene_is_not_the_news_of_the_day():
    """ "Ministers argued for hours": no words reported to the story, so not dated by the day the
    lead tells; what a source said ("..., the newspaper said.") still is."""
    text = (
        "The foreign minister of Norland resigned on Friday after a row over a border deal.\n\n"
        "The row began on Monday evening, when the cabinet met to discuss the deal. "
        "Ministers argued for hours."
    )
    events = extract_events(text, FuzzyDate.parse("2031-03-14"))
    argued = _quoting(events, "argued")
    assert argued.when is None or argued.when.iso() == "2031-03-10"
    text = LEAD + "Ministers argued for hours, the newspaper said."
    assert _quoting(extract_events(text, PUB), "argued").when == publication_day(PUB)


def test_a_lead_told_by_a_dated_attribution_is_not_dated_by_the_telling():
    """ "Norland has closed its border, officials said Wednesday": the closing happened before
    that telling, on a day the story does not name; the telling's day is not the closing's."""
    text = "Norland has closed its border with Arvel, officials said Wednesday."
    lead = _quoting(extract_events(text, PUB), "closed")
    assert lead.when is None or lead.when.iso() != "2031-03-12"


def test_a_saying_that_opens_a_time_clause_is_no_report_to_the_story():
    """ "One day after Norland announced the end of the drill, shells struck ... on Tuesday": the
    announcing is what the sentence times its event by (the day before), not what a source told
    the story, so it does not take the day the story tells."""
    text = LEAD + (
        "Only one day after Norland announced the end of the drill, Norland tank shells struck "
        "houses in the border town of Kesta on Tuesday, killing at least 18 civilians."
    )
    events = extract_events(text, PUB)
    announced = next(e for e in events if "announce" in e.title.lower())
    assert announced.when is None
    struck = next(e for e in events if "strike" in e.title.lower())
    assert struck.when is not None and struck.when.iso() == "2031-03-11"


def test_what_the_story_came_a_day_after_is_a_day_before_the_lead():
    text = (
        "Norland's government agreed on Tuesday to pay compensation to the flooded towns.\n\n"
        "It comes a day after the regional authority agreed to set up a fund for the victims."
    )
    event = _quoting(extract_events(text, PUB), "It comes")
    assert "fund" in event.title.lower()
    assert event.when is not None and event.when.iso() == "2031-03-10" and event.when.approximate
    assert "a day after" in event.explanation and "2031-03-11" in event.explanation
    assert not any(e.title.lower().startswith(("it comes", "it came")) for e in extract_events(text, PUB))


def test_weeks_and_hours_after_the_news_without_a_dated_lead():
    lead = "Arvel expelled two Norland diplomats.\n\n"
    week = _quoting(
        extract_events(lead + "The move came two weeks after Norland closed its embassy.", PUB), "move"
    )
    assert week.when is not None and week.when.iso() == "2031-02-26" and week.when.approximate
    hours = _quoting(
        extract_events(lead + "The decision came hours after the envoy resigned.", PUB), "decision"
    )
    assert hours.when is not None and hours.when.iso() == "2031-03-12"


def test_a_sentence_that_names_its_own_day_keeps_it():
    text = (
        "Arvel expelled two Norland diplomats.\n\n"
        "The expulsion came a week after the March 2 raid on the embassy in Dunmore."
    )
    dates = {e.when.iso() for e in extract_events(text, PUB) if e.when is not None}
    assert "2031-03-05" not in dates


def test_months_after_name_no_day():
    text = "Arvel expelled two Norland diplomats.\n\nThe move came months after Norland closed its embassy."
    event = _quoting(extract_events(text, PUB), "The move")
    assert event.when is None or "after" not in event.explanation


def test_what_the_sentence_before_dated_came_two_days_after():
    # Sunday is three days before the paper: not the story's news day, but the move's
    text = (
        "Ministers from Norland and Arvel signed a border treaty on Sunday.\n\n"
        "The move came two days after the ministers met in Carvo."
    )
    event = _quoting(extract_events(text, PUB), "The move")
    assert event.when is not None and event.when.iso() == "2031-03-07" and event.when.approximate
    assert "sentence before" in event.explanation


def test_a_stance_told_in_the_present_holds_as_of_the_publication_day():
    # the time inside dates what the stance holds ("this September"), not the hope itself
    text = LEAD + "The Green League hopes to win its first seats in the national assembly this September."
    event = _quoting(extract_events(text, PUB), "Green League")
    assert event.when == publication_day(PUB) and event.when.approximate
    assert "stance" in event.explanation and "'this September'" in event.explanation


def test_a_stance_in_the_past_or_reported_by_a_saying_keeps_its_time():
    hoped = LEAD + "The Green League hoped to win its first seats in the national assembly in September."
    event = _quoting(extract_events(hoped, PUB), "Green League")
    assert event.when is not None and event.when.iso() == "2031-09"
    said = LEAD + "The Green League said it expects to win its first seats in the assembly in September."
    assert all("stance" not in e.explanation for e in extract_events(said, PUB))


def test_a_noun_of_hope_is_no_stance():
    text = LEAD + "The poll dashed Green hopes that the party would win seats on Sunday."
    assert all("stance" not in e.explanation for e in extract_events(text, PUB))


def test_the_scene_person_acting_again_after_what_was_said_goes_on_with_the_scene():
    """ "Moen visited the port of Kesta on Tuesday." then what was said there, then "Moen visited
    the new shipyard": the same visit, about its day; a sentence of others in the plain past is
    not, nor what the person did after it ("Moen studied law"): something else was told between."""
    text = (
        "Norland's president Ana Moen visited the port of Kesta on Tuesday.\n\n"
        "The harbour master briefed the president on the state of the docks.\n\n"
        "Moen said Norland has much in common with Kesta.\n\n"
        "There is a big potential for cooperation, she said.\n\n"
        "Moen visited the new shipyard and toured the fish market.\n\n"
        "Police in Dunmore arrested two union leaders.\n\n"
        "Moen studied law at the University of Arvel."
    )
    events = extract_events(text, PUB)
    shipyard = _quoting(events, "new shipyard")
    assert shipyard.when is not None and shipyard.when.iso() == "2031-03-11" and shipyard.when.approximate
    others = [e for e in events if any(w in e.sources[0].quote for w in ("union leaders", "studied law"))]
    assert others and all(e.when is None for e in others)


def test_what_a_dated_saying_reports_as_done_on_its_own_day_is_headed_by_the_sayer():
    # the saying keeps its day; what it reports is told on its own day, headed by the sayer
    # for whom the pronoun stands, not as a second copy of the saying
    text = LEAD + "The ministry said on Tuesday it had sent troops to the border last month."
    events = [e for e in extract_events(text, PUB) if any("troops" in s.quote for s in e.sources)]
    sent = [e for e in events if e.when is not None and e.when.iso() == "2031-02"]
    assert sent and sent[0].title == "Ministry sends troops to border"
    assert all(not e.title.startswith("The ministry said") for e in events)


def test_a_pronoun_that_does_not_agree_with_the_sayer_is_left_alone():
    text = LEAD + "The minister said on Tuesday they had closed the border crossings last month."
    events = [e for e in extract_events(text, PUB) if any("border" in s.quote for s in e.sources)]
    assert events and all(not e.title.startswith("Minister close") for e in events)


def test_a_stance_dated_by_its_closing_attribution_keeps_the_saying_day():
    text = LEAD + "Norland hopes that the next envoy will be less severe, a spokesman said on Monday."
    event = _quoting(extract_events(text, PUB), "hopes that")
    assert "stance" not in event.explanation


def test_a_lead_takes_the_day_the_next_sentences_tell_its_happening_with():
    """ "Twelve people were killed ..., police said Wednesday." then "The bus ... killed them on
    Tuesday night": the lead's happening, told again with its day; about that day. Not when the
    next sentence tells another of its kind ("Two other people ..."), nor another happening."""
    lead = "Twelve people were killed when a bus overturned near Kesta, police said Wednesday.\n\n"
    text = lead + "The bus killed the twelve passengers late on Tuesday night, the police added."
    killed = _quoting(extract_events(text, PUB), "Twelve people")  # (perhaps merged with its retelling)
    assert killed.when is not None and killed.when.iso() == "2031-03-11"
    text = lead + "Police said the bus overturned on a sharp bend on Tuesday night."
    overturned = _quoting(extract_events(text, PUB), "Twelve people")
    assert overturned.when is not None and overturned.when.iso() == "2031-03-11"
    text = lead + "Two other people were killed in a crash at Dunmore on Tuesday."
    assert _quoting(extract_events(text, PUB), "Twelve people").when is None
    text = lead + "The mayor of Kesta visited the site on Tuesday."
    assert _quoting(extract_events(text, PUB), "Twelve people").when is None


def test_the_first_in_years_is_a_record_not_a_time_ahead():
    """ "the first visit by a Norland leader in ten years": measured over the ten years up to now,
    not ten years ahead; "could become the largest in ten years" is a time ahead."""
    text = LEAD + (
        "Moen will travel to Arvel from March 20 to 23, which will be the first visit by a Norland "
        "leader to the country in ten years."
    )
    events = extract_events(text, PUB)
    assert all(e.when is None or e.when.year != 2041 for e in events)
    text = LEAD + "Arvel could overtake Norland as the largest grain exporter in ten years, analysts said."
    assert any(e.when is not None and e.when.year == 2041 for e in extract_events(text, PUB))


def test_the_scene_act_told_again_of_others_goes_on_with_the_scene():
    """ "Thousands of farmers marched through Kesta on Tuesday." ... "In Dunmore, hundreds of
    students marched to the town hall": the same act, told again of others, on that day; a verb
    like "say" or "take" is no act of the scene."""
    text = (
        "Thousands of farmers marched through Kesta on Tuesday to protest against the new grain tax.\n\n"
        "Organisers of the protest said in a statement that the tax would ruin small farms.\n\n"
        "In Dunmore, hundreds of students marched to the town hall."
    )
    events = extract_events(text, PUB)
    students = _quoting(events, "students marched")
    assert students.when is not None and students.when.iso() == "2031-03-11" and students.when.approximate


def test_a_statement_told_in_the_present_is_dated_as_of_the_publication_day():
    # "officials say that ...": a saying read as such, told as of the story's telling, whatever
    # the tense of what is told
    text = LEAD + "Union leaders say that police may have detained dozens of strikers in Kesta."
    event = _quoting(extract_events(text, PUB), "leaders say")
    assert event.title.startswith("Union leaders say")
    assert event.when == publication_day(PUB)


def test_a_present_saying_that_is_not_the_event_clause_dates_nothing():
    text = LEAD + "Hamas has said the law prohibits early polls, while his aides say otherwise."
    event = _quoting(extract_events(text, PUB), "Hamas has said")
    assert event.when is None


def test_a_date_in_a_relative_aside_does_not_date_an_as_clause_of_the_main_one():
    # "when"/"as" clauses take the date of the clause they hang on, never that of a "who" aside
    text = LEAD + "Velmar, who fled abroad after a coup last year, appeared calm as he arrived in Kesta."
    events = extract_events(text, PUB)
    fled = [e for e in events if "flee" in e.title.lower() or "fled" in e.title.lower()]
    assert fled and fled[0].when is not None and fled[0].when.year == 2030
    arrived = [e for e in events if "arrived" in e.title or "appeared" in e.title]
    assert arrived and all(e.when is None or e.when.year == 2031 for e in arrived)


def test_a_possessive_time_in_an_apposition_dates_the_title_not_the_main_verb():
    text = LEAD + "Tarvik, last year's world champion, won the silver medal in Dunmore."
    event = _quoting(extract_events(text, PUB), "Tarvik")
    assert "silver" in event.title
    assert event.when is None or event.when.year == 2031


def test_a_date_after_a_topic_participle_dates_the_noun():
    # "uncertainty surrounding a general election on May 4": the election's day, not the fall's
    text = LEAD + "The krona fell because of uncertainty surrounding a general election on May 4."
    events = [e for e in extract_events(text, PUB) if any("krona" in s.quote for s in e.sources)]
    assert not any("krona" in e.title.lower() and e.when is not None for e in events)
    election = [e for e in events if "election" in e.title.lower() and "krona" not in e.title.lower()]
    assert election and election[0].when is not None and election[0].when.iso() == "2031-05-04"


def test_a_participle_dated_inside_a_who_aside_leaves_the_main_verb_its_own_event():
    # the aside's "elected in 2029" tells of the majority; the vow is an event of its own, not of 2029
    text = LEAD + "Velmar, who leads a coalition backed by a majority elected in 2029, vowed not to resign."
    events = extract_events(text, PUB)
    vowed = [e for e in events if "vow" in e.title.lower()]
    assert vowed and all(e.when is None or e.when.year == 2031 for e in vowed)
    assert any(e.when is not None and e.when.year == 2029 for e in events)


def test_the_main_clause_keeps_no_date_of_a_who_aside_whose_event_borrowed_its_words():
    # the aside's verb ("gave") took the main clause's words as its title; merged with the main
    # verb's event it gave "began the rout" last year's date: the two stay apart
    text = (
        LEAD + "Tarvik, whose goal in Kesta last year gave Norland its first title, began the rout by"
        " flicking in a pass."
    )
    events = [e for e in extract_events(text, PUB) if "began the rout" in e.title]
    assert any(e.when is None for e in events)
    assert any(e.when is not None and e.when.year == 2030 for e in events)


def test_the_main_clause_keeps_no_date_of_a_side_clause_that_borrowed_its_words():
    # "fearing a repeat of the riot last October": the riot's month, not the alert's; the side
    # clause's event titled by the main clause stays apart with that date, the alert undated
    text = (
        LEAD + "Police in Tarvo issued a red alert, fearing a repeat of the riot last October in which 40"
        " people were hurt."
    )
    alerts = [e for e in extract_events(text, PUB) if "red alert" in e.title]
    assert any(e.when is None and e.confidence >= UNCERTAIN_BELOW for e in alerts)
    assert all(e.confidence < UNCERTAIN_BELOW for e in alerts if e.when is not None)


def _dated(events) -> list[str]:
    return [e.when.iso() for e in events if e.when is not None]


def test_a_span_end_after_the_story_does_not_date_a_past_agreement():
    text = LEAD + "Ministers of the two countries agreed to raise the fishing quota until 2034."
    assert "2034" not in _dated(extract_events(text, PUB))
    adjourned = LEAD + "Talks between Norland and Estmark were adjourned until Monday to allow for a meeting."
    assert not any(d > "2031-03-12" for d in _dated(extract_events(adjourned, PUB)))


def test_a_deadline_dates_the_planned_act():
    event = _quoting(extract_events(LEAD + "Norland will repay the loan by 2034.", PUB), "repay")
    assert event.when is not None and event.when.iso() == "2034"
    assert event.status == Status.PLANNED


def test_a_time_in_a_clause_of_condition_dates_no_event():
    text = LEAD + "The strike in Arvel will go ahead unless the government raises wages before Friday."
    assert not any(d > "2031-03-12" for d in _dated(extract_events(text, PUB)))


def test_what_is_not_done_until_a_time_is_done_then():
    event = _quoting(
        extract_events(LEAD + "The council of Arvel did not approve the budget until May 2030.", PUB),
        "approve",
    )
    assert event.when is not None and event.when.iso() == "2030-05"


def test_a_time_said_again_more_precisely_dates_the_event():
    text = LEAD + "Four years later, in April 2029, the leaders of Norland and Estmark signed a treaty."
    event = _quoting(extract_events(text, PUB), "signed")
    assert event.when is not None and event.when.iso() == "2029-04"


def test_a_side_clause_copy_gives_way_to_its_undated_main_clause():
    # "after the floods in 2019" dates the floods: its copy titled by the main clause must not
    # hide the undated halt as "told again with its own date"; the copy is the one hidden
    text = LEAD + "The company halted work on the dam, and sent all its staff home after the floods in 2019."
    halts = [e for e in extract_events(text, PUB) if "halt" in e.title]
    shown = [e for e in halts if e.confidence >= UNCERTAIN_BELOW]
    assert len(shown) == 1 and shown[0].when is None
    copies = [e for e in halts if e.when is not None]
    assert copies and all("repeats event" in e.confidence_reason for e in copies)


MARKET_LEAD = (
    "Norland shares closed 1.2 percent lower on Tuesday as exporters lost ground on a strong crown.\n\n"
)
DEALER_TALK = (
    '"Investors are nervous about the election," said Ana Moen, a dealer at Arvel Securities.\n\n'
    "She said foreign funds were selling banking stocks in anticipation of lower earnings.\n\n"
    '"Nobody wants to hold paper now," she said.\n\n'
    '"It is a waiting game," said another dealer.\n\n'
    "Dealers said volume was thin.\n\n"
    "Analysts said the central bank was unlikely to move.\n\n"
)


def test_a_market_reports_stock_moves_far_on_take_the_day_of_the_session():
    text = (
        MARKET_LEAD
        + DEALER_TALK
        + "Delta Mining rose eight cents to 4.20 crowns.\n\n"
        + "Among the banks, Orvan Bank closed unchanged at 310 crowns.\n\n"
        + "Kestrel Mining and Orla Steel fell on profit-taking."
    )
    events = extract_events(text, PUB)
    lead = _quoting(events, "closed 1.2 percent lower")
    assert lead.when is not None and lead.when.iso() == "2031-03-11"
    for words in ("Delta Mining", "Orvan Bank", "Orla Steel"):
        event = _quoting(events, words)
        assert event.when is not None and event.when.iso() == "2031-03-11", words
        assert event.when.approximate and "market move" in event.explanation


def test_a_move_with_no_figure_far_on_in_a_story_that_is_no_market_report_stays_undated():
    text = LEAD + DEALER_TALK + "Kestrel Mining and Orla Steel fell on profit-taking."
    events = extract_events(text, PUB)
    assert _quoting(events, "Orla Steel").when is None


def test_a_side_clause_copy_is_not_shown_where_its_main_clause_is_hidden():
    # the main clause is something going on, hidden for that; its copy under the day the town was
    # taken (a side clause's date) tells the same clause and is hidden with it, not shown on March 1
    text = (
        LEAD
        + "Thousands of refugees have been sheltering in camps south of Vesk,"
        + " which was taken on March 1 by rebels."
    )
    shelter = [e for e in extract_events(text, PUB) if "shelter" in e.title]
    assert shelter and not any(e.confidence >= UNCERTAIN_BELOW for e in shelter)
    copies = [e for e in shelter if e.when is not None]
    assert copies and all("repeats event" in e.confidence_reason for e in copies)


def test_the_day_a_record_was_struck_does_not_date_the_move_that_beat_it():
    text = (
        "Norland shares closed at a record high on Thursday, dealers said.\n\n"
        "The benchmark index rose 17.3 points to 5,660.5, beating the previous record high of 5,643.2 "
        "struck Wednesday."
    )
    events = extract_events(text, FuzzyDate.parse("2031-03-13"))
    beat = _quoting(events, "rose 17.3 points")
    assert beat.when is None or beat.when.iso() != "2031-03-12"


def test_a_main_clause_told_only_by_a_copy_loses_its_relative_clause_date():
    # "which joined last year" dates the joining, not the slamming: the sentence's only event of
    # its main clause (a side clause's copy) is told undated too, and the copy gives way to it
    text = LEAD + (
        "Speaking shortly after the new plans were unveiled in Arvel, he slammed them as a minimal"
        " proposal which could only fund a small union rather than the union including ten states"
        " which joined last year."
    )
    slammed = [e for e in extract_events(text, PUB) if "slammed" in e.title]
    assert any(e.when is None for e in slammed)
    dated = [e for e in slammed if e.when is not None]
    assert all(e.confidence < UNCERTAIN_BELOW and "repeats event" in e.confidence_reason for e in dated)
