"""Titles a person would write, on invented sentences (dates hand-made, not the tagger's)."""

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events
from timeline_app.core.model import Kind, Status

from .conftest import expr
from .news import title_problem

PUB = FuzzyDate.parse("2031-03-12")


def _first(text, phrase, iso):
    events = extract_events(text, PUB, expressions=[expr(text, phrase, iso)])
    dated = [e for e in events if e.when is not None]
    assert dated, text
    return dated[0]


def test_a_time_expression_after_the_verb_does_not_end_the_headline():
    event = _first(
        "Premier Olav Brenn threatened on Monday to cut gas supplies to Latvia.", "Monday", "2031-03-10"
    )
    assert event.title == "Brenn threatens to cut gas supplies to Latvia"
    assert event.kind is Kind.THREATEN


def test_a_subject_without_a_name_is_cut_to_its_head_and_verbs_joined_by_and_are_one_event():
    text = "A car bomb near a market in central Mosul killed six people and wounded 30 on Friday."
    events = extract_events(text, PUB, expressions=[expr(text, "Friday", "2031-03-07")])
    assert len(events) == 1
    assert events[0].title.startswith("Car bomb kills six people")
    assert "Mosul" in events[0].places and events[0].kind is Kind.ASSAULT


def test_reported_future_is_a_plan():
    text = "Chancellor Greta Lind said on Tuesday she would visit Oslo on Friday."
    events = extract_events(
        text, PUB, expressions=[expr(text, "Tuesday", "2031-03-11"), expr(text, "Friday", "2031-03-14")]
    )
    trip = next(e for e in events if e.when == FuzzyDate.parse("2031-03-14"))
    assert trip.status is Status.PLANNED
    assert trip.title == "Lind to visit Oslo"


def test_a_quote_with_a_long_attribution_is_titled_by_its_speaker():
    text = '"The bridge is still ours," a spokesman for the Estonian army said on Sunday.'
    (event,) = extract_events(text, PUB, expressions=[expr(text, "Sunday", "2031-03-09")])
    assert event.title.endswith(": “The bridge is still ours”")
    assert event.kind is Kind.STATEMENT


def test_a_closing_attribution_dates_the_telling_not_the_past_event_it_reports():
    # the killing happened before the governor told of it, on a day the sentence does not name;
    # as the story's lead it is its news, told on Monday (approximately: see test_dating)
    lead = "Drones struck a power plant near Sloviansk on Sunday.\n\n"
    text = lead + "Artillery fire killed nine civilians in Kramatorsk, the regional governor said on Monday."
    exprs = [expr(text, "Sunday", "2031-03-09"), expr(text, "Monday", "2031-03-10")]
    event = next(e for e in extract_events(text, PUB, expressions=exprs) if "civilians" in e.title)
    assert event.kind is Kind.ASSAULT and event.status is Status.CLAIMED
    assert event.when is None


def test_a_closing_attribution_with_its_day_and_a_place_of_telling_is_still_one():
    text = (
        "Norland has raised its embassy in Arvel to full rank, the foreign ministry said Thursday "
        "in a press release."
    )
    (event,) = extract_events(text, PUB, expressions=[expr(text, "Thursday", "2031-03-06")])
    assert event.title.startswith("Norland")
    assert event.when is None  # raised before that telling, on a day not named


def test_a_closing_attribution_dates_what_is_refused_in_the_telling():
    text = "The president will not attend the summit in Oslo, the foreign ministry said on Monday."
    (event,) = extract_events(text, PUB, expressions=[expr(text, "Monday", "2031-03-10")])
    assert event.when == FuzzyDate.parse("2031-03-10")


def test_a_reported_event_keeps_its_own_date_beside_the_attribution_date():
    text = "Gunmen killed two guards at the mine on Sunday, the regional governor said on Monday."
    exprs = [expr(text, "Sunday", "2031-03-09"), expr(text, "Monday", "2031-03-10")]
    killing = next(e for e in extract_events(text, PUB, expressions=exprs) if "guards" in e.title)
    assert killing.when == FuzzyDate.parse("2031-03-09")


def test_articles_go_demonyms_stay_and_an_overlong_phrase_is_left_out_whole():
    text = (
        "Lind summoned the Danish ambassador on Monday over remarks about the disputed islands in the north."
    )
    event = _first(text, "Monday", "2031-03-10")
    assert event.title.startswith("Lind summons Danish ambassador")
    assert title_problem(event.title) == ""


def test_coordinated_subjects_and_the_place_noun_phrase():
    text = "Armenia and Georgia agreed on Sunday to reopen the border crossing near the town of Bavra."
    event = _first(text, "Sunday", "2031-03-09")
    assert event.title.startswith("Armenia and Georgia agree to reopen")
    assert "Bavra" in event.places


def test_a_denied_content_is_a_statement():
    text = "Kremlin spokesman Ivan Petrenko said on Tuesday that no date had been set for a summit."
    event = _first(text, "Tuesday", "2031-03-11")
    assert event.kind is Kind.STATEMENT
    assert event.title.startswith("Petrenko says no date set for summit")


def test_a_relative_clause_is_told_of_its_antecedent():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import extract_events

    wednesday = FuzzyDate(2025, 12, 3)
    titles = [
        e.title for e in extract_events("The summit, which was held in Varel on Monday, ended.", wednesday)
    ]
    assert any(t.startswith("Summit was held in Varel") for t in titles), titles
    titles = [
        e.title
        for e in extract_events("Norland's envoy, who arrived in Kessel on Sunday, met the king.", wednesday)
    ]
    assert any(t.startswith("Norland's envoy arrives in Kessel") for t in titles), titles
    # The main clause's verb is not part of the relative clause's object.
    titles = [
        e.title
        for e in extract_events("Talks that had been scheduled for Sunday were called off.", wednesday)
    ]
    assert not any(t.endswith(" were") for t in titles), titles
    # "said that" is a that-clause, not a relative clause.
    titles = [e.title for e in extract_events("The minister said that talks resumed on Monday.", wednesday)]
    assert not any(t.lower().startswith("minister said") for t in titles), titles


def test_a_subject_expected_or_set_to_act_is_the_whole_name():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import extract_events

    day = FuzzyDate(2025, 12, 3)
    titles = [
        e.title
        for e in extract_events("The European Union is expected to approve an aid package on Thursday.", day)
    ]
    assert titles and titles[0].startswith("European Union to approve"), titles


def test_a_modal_keeps_its_doubt_and_its_negation_in_the_title():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import extract_events
    from timeline_app.core.model import Status

    day = FuzzyDate(2025, 12, 3)
    maybe = extract_events("Talks could be held in Varel on Monday.", day)
    assert [e.title for e in maybe] == ["Talks could be held in Varel"]
    assert maybe[0].status is Status.PLANNED  # a possibility is not reported as done
    failed = extract_events("The army could not take the city on Monday.", day)
    assert failed and "could not take" in failed[0].title
    assert failed[0].status is not Status.PLANNED  # a failure told as past stays reported
    ready = extract_events(
        "The group would be ready to leave for the capital as soon as Tuesday, Ana said.", day
    )
    assert ready and ready[0].title.startswith("Group would be ready to leave")


def test_being_ready_or_set_to_act_is_a_plan():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import extract_events
    from timeline_app.core.model import Status

    day = FuzzyDate(2025, 12, 3)
    for sentence in (
        "The group would be ready to leave on Tuesday, Ana said.",
        "The envoy is ready to travel to Varel on Monday.",
    ):
        events = extract_events(sentence, day)
        assert events and events[0].status is Status.PLANNED, sentence
        assert " to " in events[0].title, events[0].title  # "Group to leave", never "Group leaves"


def _titles(text):
    return [(e.title, e.status) for e in extract_events(text, PUB, expressions=[])]


def test_a_plan_told_in_the_past_stays_a_plan():
    text = "Kordavia was to present new proposals aimed at ending the budget row, an aide to Ilse Varga said."
    ((title, status),) = _titles(text)
    assert status is Status.PLANNED or "was to" in title
    assert "presents" not in title and "presented" not in title


def test_negation_and_modality_are_kept_in_the_title_or_the_status():
    cases = {
        "Premier Olav Brenn did not sign the accord.": ("not", None),
        "The treaty was not ratified by the Vessland parliament.": ("not", None),
        "Premier Olav Brenn refused to meet the envoy.": ("refuse", None),
        "Premier Olav Brenn may visit Oslo next week.": ("may", Status.PLANNED),
        "Vessland is expected to approve the plan.": ("to approve", Status.PLANNED),
    }
    for text, (cue, status) in cases.items():
        ((title, got),) = _titles(text)
        assert cue in title.lower() or (status is not None and got is status), (text, title, got)


def test_a_quotation_and_its_speaker_make_one_event_the_speaker_s_claim():
    text = '"This afternoon we will table a negotiating box," said spokesman Tom Kelby.'
    events = extract_events(text, PUB, expressions=[expr(text, "This afternoon", "2031-03-12")])
    assert len(events) == 1
    (event,) = events
    assert "Tom Kelby" in event.actors
    assert event.status in (Status.CLAIMED, Status.PLANNED)
    assert event.title.startswith("Kelby") and "table" in event.title and " we " not in event.title
    assert "“" not in event.title


def test_a_bare_reporting_clause_is_no_event():
    assert _titles("Premier Olav Brenn said on Monday.") == []


def test_a_title_that_fails_the_validator_falls_back_to_the_trimmed_clause():
    from timeline_app.core.extract.title_check import title_problems

    text = (
        "On Friday, the Vessland delegation, which arrived late, rejected the latest draft of the treaty, "
        "officials said."
    )
    for event in extract_events(text, PUB, expressions=[expr(text, "Friday", "2031-03-07")]):
        assert title_problems(event.title) == [], event.title
        assert "officials said" not in event.title and "which arrived" not in event.title


def test_a_long_subject_is_shortened_and_the_verb_and_its_negation_are_kept():
    text = (
        "A dispute between Kordavia and Vessland over gas supplies to the strategic transit country "
        "should not be politicised, President Olav Brenn said."
    )
    titles = {t for t, _ in _titles(text)}
    assert "A dispute between Kordavia and Vessland should not be politicised" in titles


def test_a_relative_clause_between_subject_and_verb_is_left_out_of_the_extract():
    from timeline_app.core.extract.title_check import title_problems

    text = (
        "Local leader Ilse Varga, who hinted on Sunday that the Kordavians might not recognise the polls, "
        "said she was pleased at the efforts made by the monitors to ensure the vote was fair."
    )
    for title, _ in _titles(text):
        assert title_problems(title) == [], title
        assert "who hinted" not in title


def test_what_might_happen_in_an_if_clause_is_not_titled_as_a_fact():
    text = (
        "Asked how they would vote if the elections took place next week, "
        "41 percent said they would back Lund."
    )
    events = extract_events(text, PUB, expressions=[expr(text, "next week", "2031-W12")])
    assert not any("took place" in e.title.lower() or "take place" in e.title.lower() for e in events)


def test_a_negated_attribution_is_not_stripped():
    text = "Premier Olav Brenn did not say whether the border post was manned by Vessland troops."
    for title, _ in _titles(text):
        assert "not" in title.lower(), title


def test_an_unnamed_speaker_after_an_inverted_said_is_named_by_its_noun_phrase():
    text = '"We want a vote before Christmas," a Western diplomat said on Friday.'
    titles = [e.title for e in extract_events(text, PUB, expressions=[expr(text, "Friday", "2031-03-07")])]
    assert titles and all(
        t.startswith("Western diplomat:") and "we want a vote" in t.lower() for t in titles
    ), titles


def test_an_audience_is_not_a_speaker():
    text = '"I am home, free at last after 127 days of captivity," he told a news conference on Friday.'
    assert not any(t.lower().startswith("news conference") for t, _ in _titles(text))


def test_an_adjective_after_be_is_no_verb_and_stays_in_the_headline_with_its_modal():
    # "ready" is in the verb lexicon ("to ready the troops"); after "is" it is an adjective
    (event,) = extract_events("The Varel envoy is ready to embrace the new border plan.", PUB)
    assert event.title.startswith("Varel envoy ready to embrace")
    (event,) = extract_events("The group would be ready to leave for the capital, Ana said.", PUB)
    assert event.title.startswith("Group would be ready to leave")
    (event,) = extract_events("Kordan's premier said the government is not ready to sign the accord.", PUB)
    assert "is not ready to sign" in event.title and "readies" not in event.title


def test_a_pronoun_inside_a_quotation_is_not_its_speaker():
    text = (
        'Olav Brenn met the Norland minister on Monday. "We talked for an hour in Oslo. '
        'He is ready to make proposals on the border," Brenn said.'
    )
    titles = [e.title for e in extract_events(text, PUB)]
    assert "Brenn: he is ready to make proposals on the border" in titles  # the minister, not Brenn
    assert not any(t.startswith("Brenn is ready") for t in titles)


def test_his_after_a_named_speaker_is_the_speaker_s():
    text = "Former minister Ana Kovel said his father did not want to meet the rebels in Osk."
    (event,) = extract_events(text, PUB)
    assert event.title.startswith("Kovel's father did not want to meet")


def test_a_chinese_name_is_shortened_to_the_family_name():
    text = "Premier Wen Jiabao arrived in Oslo on Monday. He met King Harald on Tuesday."
    titles = [e.title for e in extract_events(text, PUB)]
    assert any(t.startswith("Wen meets") for t in titles), titles
    assert not any(t.startswith("Jiabao") for t in titles)


def test_a_question_someone_was_asked_is_not_the_main_clause():
    text = "Asked whether Norland would be willing to sign the accord, Olav Brenn said talks would go on."
    titles = [e.title for e in extract_events(text, PUB)]
    assert titles and not any("willing" in t for t in titles), titles


def test_a_participle_after_a_comma_is_not_the_main_verb():
    text = "The accord, signed in Oslo by Ana Berg and Per Olsen, opens the border to trade."
    titles = [e.title for e in extract_events(text, PUB)]
    assert titles and titles[0].startswith("Accord opens border"), titles
    text = "Norland troops, backed by tanks, entered the town of Osk on Monday."
    assert extract_events(text, PUB)[0].title.startswith("Norland troops enter Osk")


def test_a_noun_after_a_preposition_is_no_verb():
    text = "Despite promises to disarm them, the Varel militias still attack villages near Osk."
    titles = [e.title for e in extract_events(text, PUB)]
    assert not any("promises" in t for t in titles), titles


def test_only_a_capital_s_possessive_names_its_state():
    (event,) = extract_events("Shanghai's imports of steel declined in March.", PUB)
    assert event.title.startswith("Shanghai's imports"), event.title  # not "China's"


def test_it_and_its_are_the_body_the_sentences_before_were_about():
    text = (
        "The World Bank cut its growth forecast for Kenya on Monday. It said exports to Uganda were "
        "falling. Its chief economist warned of a drought in the north."
    )
    titles = [e.title for e in extract_events(text, PUB)]
    assert "World Bank says exports to Uganda were falling" in titles, titles
    assert any(t.startswith("World Bank's chief economist warned") for t in titles), titles
    assert not any(t.endswith("“It”") for t in titles)


def test_a_quotation_in_the_first_person_takes_the_speaker_named_after_it():
    text = (
        '"We sent 40 trucks of food to the camps in Osk on Sunday. The roads to the north are open '
        'again," Red Cross director Ana Berg said on Monday.'
    )
    titles = [e.title for e in extract_events(text, PUB)]
    assert "Berg: we sent 40 trucks of food to the camps in Osk" in titles, titles


def test_a_relative_clause_s_verb_is_not_the_sentence_s_event():
    text = "The Kordan accord, which is known as the Osk pact, opens the border to trade."
    titles = [e.title for e in extract_events(text, PUB)]
    assert titles and titles[0].startswith("Kordan accord opens border"), titles
    text = "Lund, who is known to dislike long talks, was upbeat about a deal at the summit in Oslo."
    titles = [e.title for e in extract_events(text, PUB)]
    assert not any(t.endswith("is known") for t in titles), titles
    # a relative clause that tells an event of its own keeps it
    text = "The gas explosion, which killed four miners, took place on Monday in the Osk mine."
    titles = [e.title for e in extract_events(text, PUB)]
    assert any(t.startswith("Gas explosion kills four miners") for t in titles), titles


def test_words_news_uses_as_nouns_are_verbs_only_with_a_subject_and_an_object():
    text = "The visit came as the Norland government held fresh peace talks to end the war."
    titles = [e.title for e in extract_events(text, PUB)]
    assert any(t.startswith("Norland government holds fresh peace talks") for t in titles), titles
    (event,) = extract_events("Exports from Kordan to Vessland rose 5 percent in March.", PUB)
    assert event.title.startswith("Exports")
    assert not any("talks" in t.split()[1:2] for t in titles)


def test_a_reported_relative_clause_is_not_what_was_said():
    text = (
        "The talks must come up with a firm pledge to help cotton farmers, who count as some of the "
        "poorest people on earth, the Group of 20 said on Tuesday."
    )
    titles = [e.title for e in extract_events(text, PUB)]
    assert not any(t.endswith("farmers count") for t in titles), titles


def test_an_unresolved_pronoun_is_never_given_an_actor_that_cannot_be_it():
    text = '"I think the talks will go on," Lund said of the Vessland proposal.'
    titles = [e.title for e in extract_events(text, PUB)]
    assert not any(t.startswith("Vessland") for t in titles), titles  # "I" is a person, not Vessland
    text = "The island was a free state until it was annexed by Norway in 1814."
    titles = [e.title for e in extract_events(text, PUB)]
    assert not any(t.startswith("Norway was annexed") for t in titles), titles


def test_a_date_between_a_participle_and_its_agent_keeps_it_a_participle():
    text = "A report issued Wednesday by a team of Norland observers said the vote had been fair."
    titles = [e.title for e in extract_events(text, PUB)]
    assert not any("report issues" in t.lower() for t in titles), titles


def test_a_long_quotation_is_quoted_by_a_whole_clause_of_it_with_its_speaker():
    text = (
        '"Whatever the weather brings, our crews will clear every road into the valley, and they will '
        'not stop for rain or snow," Governor Edda Lindqvist said on Monday.'
    )
    event = _first(text, "Monday", "2031-03-10")
    assert event.title == "Lindqvist: “Our crews will clear every road into the valley”"
    assert not title_problem(event.title)


def test_a_quotation_is_not_cut_to_a_clause_a_condition_or_a_but_turns_round():
    for text in (
        '"If the rains come back, our crews will clear every road into the valley before the end of '
        'the week," Governor Edda Lindqvist said on Monday.',
        '"Our crews will clear every road into the valley within days, but not before the rains '
        'stop for good," Governor Edda Lindqvist said on Monday.',
    ):
        events = extract_events(text, PUB, expressions=[expr(text, "Monday", "2031-03-10")])
        titles = [e.title for e in events]
        assert not any(t.startswith("Lindqvist: “Our crews") for t in titles), titles


def test_a_headline_keeps_the_verb_group_whole_and_the_possessive_with_its_time():
    text = "Ministers can only guess what the envoy meant on Monday."
    event = _first(text, "Monday", "2031-03-10")
    assert "can only can" not in event.title and event.title.startswith("Ministers can")
    text = "Officials in Norland praised Monday's agreement on fishing rights."
    titles = [e.title for e in extract_events(text, PUB, expressions=[expr(text, "Monday", "2031-03-10")])]
    assert any(t.startswith("Officials praise agreement on fishing rights") for t in titles), titles
    assert not any("praise's" in t for t in titles)


def test_a_company_named_in_the_plural_takes_a_singular_verb():
    text = "Northern Star Airlines has been disinfecting the cabins of its aircraft on Monday."
    event = _first(text, "Monday", "2031-03-10")
    assert event.title.startswith("Northern Star Airlines disinfects"), event.title


def test_a_hope_expectation_or_call_keeps_its_frame_and_its_actor():
    # what is expected, hoped, wanted or agreed is not done, and the one to do it is not the one hoping
    cases = {
        "Economists expected the Vessland central bank to cut rates on Thursday.": ("expect", "economists"),
        "Officials hoped Norcorp could seal the well by Friday.": ("hope", "officials"),
        "The Kordavian league wanted the club to pay a fine in May.": ("want", "league"),
    }
    for text, (frame, who) in cases.items():
        titles = [e.title.lower() for e in extract_events(text, PUB)]
        assert titles, text
        for title in titles:
            assert frame in title and who in title, (text, titles)


def test_what_one_agrees_or_threatens_to_do_is_a_plan_not_an_act():
    cases = {
        "The rebels agreed to free the hostages on Monday.": ("agree", "free"),
        "The army threatened to shell the port on Monday.": ("threat", "shell"),
        "The minister hopes to sign the accord in May.": ("hope", "sign"),
    }
    for text, (frame, verb) in cases.items():
        events = extract_events(text, PUB)
        assert events, text
        for e in events:
            low = e.title.lower()
            assert frame in low or (e.status is Status.PLANNED and f" to {verb} " in low), (text, e.title)


def test_a_verb_after_without_instead_of_or_rather_than_did_not_happen():
    cases = [
        "Vessland conceded the tie on Sunday without playing the last match.",
        "The firm chose to shut the plant rather than selling it on Monday.",
    ]
    for text in cases:
        for e in extract_events(text, PUB):
            low = e.title.lower()
            assert not low.startswith(("vessland plays", "firm sells", "vessland play", "firm sell")), e.title
            if "play" in low or "sell" in low:
                assert "without" in low or "rather than" in low, e.title


def test_a_purpose_is_not_an_act_and_a_participle_after_a_noun_is_passive():
    purpose = "The buffer zone was set up after the 1999 war to protect the villagers from air raids."
    for e in extract_events(purpose, PUB):
        low = e.title.lower()
        assert "protects" not in low and "protected" not in low, e.title
    accused = "A Kordavian banker accused of selling arms to Vessland has been missing for weeks."
    for e in extract_events(accused, PUB):
        assert "accuses" not in e.title.lower(), e.title


def test_a_plan_or_hope_that_is_turned_down_or_fades_is_not_told_as_coming():
    for text in (
        "The Norcorp board ruled out plans to shut the Vessland plant in May.",
        "Hopes that the militia would free the hostages on Monday faded.",
    ):
        for e in extract_events(text, PUB):
            low = e.title.lower()
            assert "ruled out" in low or "rules out" in low or "hopes" in low, e.title


def test_a_time_clause_of_a_future_act_is_planned_too():
    text = "Premier Olav Brenn said he would chair a crisis meeting when he returned to Oslo later that day."
    back = [e for e in extract_events(text, PUB) if "return" in e.title.lower()]
    assert all(e.status is Status.PLANNED or "would" in e.title.lower() for e in back), back
    done = "Premier Olav Brenn chaired a crisis meeting when he returned to Oslo on Monday."
    assert all(e.status is not Status.PLANNED for e in extract_events(done, PUB))


def test_what_is_still_to_be_done_is_not_told_as_done():
    text = "Among the bridges to be rebuilt under the scheme are the Kordavia bridge and the Vessland bridge."
    for e in extract_events(text, PUB):
        assert "were rebuilt" not in e.title.lower() and "was rebuilt" not in e.title.lower(), e.title


def test_modality_and_negation_are_kept_only_by_whole_words():
    from timeline_app.core.extract.titles import _MODAL_CUE, _NEGATION_CUE

    for kept in (" firm plans to close plant ", " talks could resume ", " rebels expected to free hostages "):
        assert _MODAL_CUE.search(kept), kept
    for lost in (" firm closes plant ", " canada resumes talks ", " duesseldorf hosts summit "):
        assert not _MODAL_CUE.search(lost), lost
    for kept in (" army denies attack ", " minister won't resign ", " envoy did not attend ", " no deal "):
        assert _NEGATION_CUE.search(kept), kept
    for lost in (" norway notes progress ", " nothing changes ", " envoy attends talks "):
        assert not _NEGATION_CUE.search(lost), lost


def test_a_speaker_s_own_i_takes_the_base_form():
    from timeline_app.core.extract.title_check import title_problems

    titles = [
        e.title for e in extract_events('"I read the report on Monday and I am shocked," Brenn said.', PUB)
    ]
    assert titles
    for title in titles:
        assert "subject-verb agreement" not in title_problems(title), title


def test_a_participle_that_loses_its_date_goes_with_its_commas() -> None:
    # not "A bitter rift, exposed has now cast ...": the date goes, so does the participle it ended
    text = "A bitter rift, exposed early this year, has now cast fresh doubts over the coalition."
    titles = [e.title for e in extract_events(text, FuzzyDate.parse("2031-03-12"))]
    assert any(t.startswith("A bitter rift has now cast fresh doubts") for t in titles), titles


def test_a_time_or_score_with_a_colon_stays_whole_in_the_title() -> None:
    # "won the race in 2:07:31" is one number: never "Moen wins race in 2"
    titles = [
        e.title
        for e in extract_events("Ana Moen won the race in 2:07:31 on Sunday.", FuzzyDate.parse("2031-03-12"))
    ]
    assert titles == ["Moen wins race in 2:07:31"], titles


def test_an_acronym_keeps_its_capitals_after_says() -> None:
    # what a source reports goes on after "says" in lower case, but "US" is never "uS"
    text = "US consumer prices rose 0.1 percent in March, the Labor Department said Tuesday."
    titles = [e.title for e in extract_events(text, FuzzyDate.parse("2031-04-12"))]
    assert titles and not any(" uS " in t or " u.S. " in t for t in titles), titles


def test_a_hope_keeps_the_clause_it_hopes_for():
    """ "hoped the rebels would join the talks": the rebels are no object of the hope; the title
    keeps their clause ("Minister hopes rebels would join talks"), never "Minister hopes rebels"."""
    import datetime as dt

    from timeline_app.core.extract import extract_events

    for text in (
        "The defence minister hoped the rebels would join the peace talks on Monday.",
        "The defence minister hopes the rebels will join the peace talks on Monday.",
    ):
        titles = [e.title for e in extract_events(text, dt.date(2024, 3, 6))]
        hopes = [t for t in titles if " hope" in t]
        assert hopes, titles
        assert all("join" in t and "Monday" not in t for t in hopes), titles
