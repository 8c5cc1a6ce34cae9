"""Every extracted event says how sure the extractor is, and why; uncertain ones are marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events
from timeline_app.core.extract.confidence import assess, event_faults, score_events
from timeline_app.core.extract.extractor import article_for_text
from timeline_app.core.model import UNCERTAIN_BELOW, Event, Origin, Source

from .conftest import expr

PUB = FuzzyDate.parse("2031-03-12")
SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "000_1cb98adc6226a76b.txt"


def only(text: str, *dates: tuple[str, str]) -> Event:
    (event,) = extract_events(text, PUB, expressions=[expr(text, p, iso) for p, iso in dates])
    return event


def test_a_dated_clause_with_a_named_actor_is_sure() -> None:
    event = only("Chancellor Greta Lind met Omar Haddad in Vienna on Monday.", ("Monday", "2031-03-10"))
    assert event.confidence >= 0.9
    assert event.confidence_reason == "clause with subject and verb, dated in its sentence"
    assert not event.uncertain


def test_a_clause_dated_by_the_publication_day_is_less_sure_but_shown() -> None:
    event = only("Chancellor Greta Lind met Omar Haddad in Vienna.")
    assert UNCERTAIN_BELOW <= event.confidence < 0.9
    assert event.confidence_reason.startswith("clause with subject and verb, ")


def test_a_bare_reporting_clause_is_uncertain() -> None:
    quote = "Officials in Harbourton said so."
    event = Event(
        "e-1", "Officials say", actors=("Harbourton",), sources=(Source("a", 0, len(quote), quote),)
    )
    confidence, why = assess(event, quote, siblings=1)
    assert confidence < UNCERTAIN_BELOW
    assert why == "bare reporting clause: what was said is its own event"


def test_a_condition_is_not_an_event() -> None:
    text = "If we can resolve something this week, that would be great, the minister said."
    events = extract_events(text, PUB, expressions=[expr(text, "this week", "2031-W11")])
    assert all(e.uncertain for e in events)  # (the week of the condition dates nothing: no event)
    assert not any(e.when is not None and e.when.iso() == "2031-W11" for e in events)


def test_a_question_is_uncertain() -> None:
    events = extract_events("Will the talks resume on Friday?", PUB)
    assert events and all(e.uncertain for e in events)


def test_a_clause_that_lost_its_subject_is_uncertain() -> None:
    text = "Greta Lind met Omar Haddad in Vienna on Monday. They signed a trade agreement."
    events = extract_events(text, PUB, expressions=[expr(text, "Monday", "2031-03-10")])
    second = [e for e in events if "trade agreement" in e.title.lower()]
    assert second, [e.title for e in events]
    if second[0].title.split()[0].lower() not in ("lind", "haddad", "they"):
        assert second[0].uncertain, (second[0].title, second[0].confidence_reason)


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        ("Most advances", "fragment"),
        ("Conducts", "no actor found"),
        ("United Nations says partial lifting was not", "title breaks off"),
        ("We resolves something", "no actor: the subject is a pronoun"),
        ("Of the cult commits suicide apparently", "no actor found"),
        ("Harbourton says", "bare reporting clause"),
    ],
)
def test_titles_that_say_no_event_are_uncertain(title: str, reason: str) -> None:
    quote = "A sentence of the article."
    event = Event("e-1", title, actors=("Harbourton",), sources=(Source("a", 0, len(quote), quote),))
    confidence, why = assess(event, quote)
    assert confidence < UNCERTAIN_BELOW
    assert why.startswith(reason)


def test_a_date_carried_from_the_sentence_before_is_said() -> None:
    quote = "Lind met Haddad."
    event = Event(
        "e-1",
        "Lind meets Haddad",
        when=FuzzyDate.parse("2031-03-10"),
        actors=("Greta Lind", "Omar Haddad"),
        sources=(Source("a", 0, len(quote), quote),),
        explanation="no date in the sentence; same tense as the previous one, dated 2031-03-10 by 'Monday'",
    )
    confidence, why = assess(event, quote)
    assert why == "date carried from the sentence before"
    assert UNCERTAIN_BELOW <= confidence < 0.9


def test_events_a_person_made_or_reviewed_are_not_scored() -> None:
    article = article_for_text("Officials said.", PUB)
    manual = Event("e-m", "Officials say", origin=Origin.MANUAL)
    reviewed = Event("e-r", "Officials say", reviewed=True, confidence=0.1, confidence_reason="bare")
    scored = score_events([manual, reviewed], article)
    assert scored == [manual, reviewed]
    assert (scored[0].confidence, scored[0].confidence_reason) == (1.0, "")
    assert not reviewed.uncertain  # a low score does not hide what a person has checked


def test_every_event_of_the_sample_is_certain() -> None:
    """The six events of the reference timeline must never be hidden by the switch."""
    from timeline_app.core.io.articles import load_article

    events = extract_events(load_article(SAMPLE))
    assert len(events) >= 6
    for event in events:
        assert 0.0 <= event.confidence <= 1.0 and event.confidence_reason
        assert not event.uncertain, (event.title, event.confidence_reason)


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("Norland is the only country without a schedule", True),
        ("Harbourton has six million registered voters", True),
        ("Their ministry remains the largest in the region", True),
        ("Talks were held in Harbourton", False),
        ("Norland has agreed to reopen the crossing", False),
        ("Lind is to visit Harbourton", False),
        ("The summit was slowed down by the strike", False),
        ("Lind was the key aide of Haddad", True),
    ],
)
def test_a_state_is_not_an_event(title: str, state: bool) -> None:
    quote = "A sentence of the article."
    event = Event("e-1", title, actors=("Norland",), sources=(Source("a", 0, len(quote), quote),))
    _confidence, why = assess(event, quote)
    assert (why == "a state, not an event (is, has, remains ...)") is state, why


@pytest.mark.parametrize(
    "title",
    [
        "Zakharova denies accusation",  # a denial with its object is no bare saying
        "Two countries fight brief war",  # "brief" after a verb is no verb of saying
        "Fighting along disputed border erupts",  # a gerund subject
        "Meeting lasts just over an hour in Harbourton",  # a verb the lexicon does not know
        "Territorial claims emerge",  # a plural noun that is also a verb of saying
    ],
)
def test_real_events_read_as_certain(title: str) -> None:
    quote = "A sentence of the article."
    event = Event("e-1", title, actors=("Norland",), sources=(Source("a", 0, len(quote), quote),))
    confidence, why = assess(event, quote)
    assert confidence >= UNCERTAIN_BELOW, why


def test_a_negated_subject_says_nothing_happened() -> None:
    quote = "No one was injured in the fire at Harbourton."
    event = Event("e-1", "No one was injured in fire", sources=(Source("a", 0, len(quote), quote),))
    confidence, why = assess(event, quote)
    assert confidence < UNCERTAIN_BELOW
    assert why == "nothing happened: the subject is negated"


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Norland says official of the Ministry of Health", True),  # no verb in what was said
        ("Norland insists rich countries", True),
        ("Norland says Estmark adopted sanctions", False),
        ("Norland says leaders had agreed", False),
    ],
)
def test_a_saying_without_a_clause_is_bare(title: str, bare: bool) -> None:
    quote = "A sentence of the article."
    event = Event("e-1", title, actors=("Norland",), sources=(Source("a", 0, len(quote), quote),))
    _confidence, why = assess(event, quote)
    assert why.startswith("bare reporting clause") is bare, why


def test_a_title_the_headline_checks_fail_costs_confidence() -> None:
    quote = "Lind met Haddad in Vienna on Monday."
    good = Event(
        "e-1", "Lind meets Haddad in Vienna", actors=("Greta Lind",), sources=(Source("a", 0, 36, quote),)
    )
    bad = good.with_changes(title="Lind meets Haddad in “Vienna")
    good_score, _ = assess(good, quote)
    bad_score, why = assess(bad, quote)
    assert bad_score < good_score
    assert why.startswith("title fails the headline checks")


def _scored(text: str) -> dict[str, tuple[float, str]]:
    return {e.title: (e.confidence, e.confidence_reason) for e in extract_events(text, PUB)}


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Exports of tin from Varland were worth 2.4 billion dollars last year.", "a state"),
        ("The main share index in Harbourton stood at 1,189 points in February.", "a state"),
        ("The Ostrava Shipping Line is based in Harbourton and employs 4,000 people.", "a state"),
        ("The Varland Liberation Front is considered a terrorist group by Ostrava.", "an assessment"),
        ("More than 2,850 people have been killed in Varland since 2003.", "a running total"),
        (
            "Shelling has killed 400 people in Varland since March, the Red Cross said on Friday.",
            "a running total",
        ),
        (
            "Two soldiers died on Monday, bringing the total killed in Varland this month to 30.",
            "a running total",
        ),
        ("Economic growth in Varland is expected to reach 5 percent this year.", "a forecast"),
        ("Car sales in Ostrava are expected to sink this year.", "a forecast"),
        ("Acme Steel said its losses this year would surpass 100 million euros.", "a forecast"),
        ("The Varland army would resume its offensive if the talks fail, Omar Haddad warned.", "a condition"),
        ("The Varland Liberation Front has been fighting in the north for the past 10 years.", "a state"),
    ],
)
def test_background_states_and_assessments_are_uncertain(text: str, why: str) -> None:
    scored = _scored(text)
    assert scored, text
    low = [(c, r) for c, r in scored.values() if c < UNCERTAIN_BELOW]
    assert low, scored
    assert any(r.startswith(why) for _c, r in low), scored


@pytest.mark.parametrize(
    "text",
    [
        "The death toll in Varland rose to 70 on Monday, officials said.",
        "Oil prices rose to 80 dollars a barrel on Monday.",
        "Karl Brandt became president of Varland in 2004.",
        "The Varland central bank will raise interest rates by 0.5 percent next month.",
        "Acme Steel will increase its workforce to 5,000 by June.",
        "Omar Haddad is expected to visit Ostrava next week.",
        "A bomb killed four soldiers in Harbourton on Monday, bringing the week's death toll to 70.",
    ],
)
def test_changes_plans_and_acts_that_look_like_states_stay_shown(text: str) -> None:
    scored = _scored(text)
    first = extract_events(text, PUB)[0]
    assert first.confidence >= UNCERTAIN_BELOW, scored


@pytest.mark.parametrize(
    "text",
    [
        "Thirteen Varland soldiers have already died in Ostrava by now.",
        "Some 4,300 samples have been collected in Harbourton so far.",
        "The port of Harbourton has witnessed frequent attacks against Varland troops.",
        "Karl Brandt has ruled Varland for 32 years.",
    ],
)
def test_a_tally_or_habit_kept_up_to_now_is_not_an_event(text: str) -> None:
    events = extract_events(text, PUB)
    assert events, text
    low = [e for e in events if e.confidence < UNCERTAIN_BELOW]
    assert low and low[0].confidence_reason.startswith("how things stand up to now"), [
        (e.title, e.confidence, e.confidence_reason) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a saying: what was said is the news, whatever the side clause tells
        "Omar Haddad said on Friday that Karl Brandt had been a doctor in Harbourton for 20 years.",
        # its own day
        "So far on Monday, Varland troops seized three villages near Ostrava.",
        # a past: it ended ("lived there for 18 years")
        "Karl Brandt lived in Harbourton for 18 years before he moved to Ostrava in 2004.",
    ],
)
def test_a_saying_a_dated_clause_or_a_past_with_so_far_stays_shown(text: str) -> None:
    events = extract_events(text, PUB)
    assert events, text
    assert all(not e.confidence_reason.startswith("how things stand up to now") for e in events), [
        (e.title, e.confidence, e.confidence_reason) for e in events
    ]
    assert events[0].confidence >= UNCERTAIN_BELOW, [(e.title, e.confidence) for e in events]


def test_a_judgement_is_hidden_whoever_tells_it_but_a_planned_passive_is_shown() -> None:
    judged = extract_events("Karl Brandt admitted that the Ostrava team would be hard to beat.", PUB)
    assert judged and all(e.confidence < UNCERTAIN_BELOW for e in judged), [
        (e.title, e.confidence, e.confidence_reason) for e in judged
    ]
    assert judged[0].confidence_reason.startswith("a judgement"), judged[0].confidence_reason
    held = extract_events("The summit will be held in Harbourton on Friday.", PUB)
    assert held and held[0].confidence >= UNCERTAIN_BELOW, [(e.title, e.confidence) for e in held]


def test_a_running_total_in_the_sentence_leaves_its_event_shown() -> None:
    text = "A bomb killed four soldiers in Harbourton on Monday; the army says 400 have died since March."
    bomb = [e for e in extract_events(text, PUB) if "bomb" in e.title.lower()]
    assert bomb and bomb[0].confidence >= UNCERTAIN_BELOW, [(e.title, e.confidence) for e in bomb]


def test_a_perfect_with_an_adverb_is_not_a_state() -> None:
    quote = "Norway has fully cooperated with the inquiry, Omar Haddad said on Saturday."
    event = Event(
        "e-1",
        "Norway has fully cooperated with inquiry",
        when=FuzzyDate.parse("2031-03-08"),
        expression="on Saturday",
        actors=("Norway",),
        sources=(Source("a", 0, len(quote), quote),),
    )
    confidence, why = assess(event, quote)
    assert confidence >= UNCERTAIN_BELOW, why
    assert not why.startswith("a state")


def _told_in(sentence: str, title: str, **changes) -> tuple[float, str]:
    event = Event("e-1", title, actors=("Velmar",), sources=(Source("a", 0, len(sentence), sentence),))
    return assess(event.with_changes(**changes) if changes else event, sentence)


def test_a_present_tense_sentence_tells_a_state_not_an_event() -> None:
    # the title's headline present hides the tense; the sentence's own verb tells it
    confidence, why = _told_in(
        "The Orla river runs through four provinces of Velmar.", "Orla river runs through Velmar"
    )
    assert confidence < UNCERTAIN_BELOW and why == "a state, not an event (present tense)"
    confidence, why = _told_in(
        "The Velmar government accuses Dorland of hiding weapons.", "Velmar accuses Dorland"
    )
    assert confidence < UNCERTAIN_BELOW and "present tense" in why
    # the same verb in the past, a verb of saying in the present, a present with its own date
    assert (
        not _told_in("The Velmar government accused Dorland of hiding weapons.", "Velmar accuses Dorland")[0]
        < UNCERTAIN_BELOW
    )
    assert _told_in("Velmar officials say Dorland closed the border.", "Velmar officials say")[1] != (
        "a state, not an event (present tense)"
    )
    # "the talks": a noun, not the verb of the sentence
    confidence, why = _told_in("Velmar held the talks with Dorland.", "Velmar talks with Dorland")
    assert "present tense" not in why


def test_a_plural_subject_s_present_is_a_state_but_not_a_plan_nor_a_compound_noun() -> None:
    # "Velmar and Dorland dispute ...": a plural subject's present is a base form after a noun
    confidence, why = _told_in(
        "Velmar and Dorland dispute ownership of the northern valley.", "Velmar and Dorland dispute ownership"
    )
    assert confidence < UNCERTAIN_BELOW and why == "a state, not an event (present tense)"
    confidence, why = _told_in(
        "Farmers in Velmar use the river water for their fields.", "Farmers use river water"
    )
    assert confidence < UNCERTAIN_BELOW and "present tense" in why
    # an intention ("plan to"), the past, an infinitive, and a noun before a past verb stay events
    for sentence, title in (
        ("Velmar officials plan to open the border next week.", "Velmar officials plan to open border"),
        ("Velmar and Dorland disputed ownership of the valley.", "Velmar and Dorland dispute ownership"),
        ("Velmar decided to use the river water for its fields.", "Velmar decides to use river water"),
        ("Velmar share prices rose 2 percent in heavy trade.", "Velmar share prices rise"),
    ):
        assert "present tense" not in _told_in(sentence, title)[1], sentence


def test_a_title_ending_on_its_object_pronoun_is_clumsy_not_cut() -> None:
    # "Party suspends him": a whole clause whose object is a pronoun; marked, but shown
    sentence = "The Velmar party suspended its deputy leader on Tuesday, and the council dismissed him."
    confidence, why = _told_in(sentence, "Council dismisses him", when=FuzzyDate.parse("2031-03-11"))
    assert confidence > 0.3 and why == "title breaks off on a pronoun for its object"
    # "told them": what was told is lost; "officials said they": a subject pronoun, cut
    sentence = "Velmar officials said they told them to leave."
    for title in ("Velmar officials told them", "Velmar officials said they"):
        event = Event("e-1", title, actors=("Velmar",), sources=(Source("a", 0, len(sentence), sentence),))
        faults = [why for _cost, why in event_faults(event, sentence)]
        assert "title breaks off (the clause is incomplete)" in faults, title
        assert assess(event, sentence)[0] <= 0.3, title


def test_a_habit_is_not_an_event_but_a_side_clause_habit_does_not_count() -> None:
    confidence, why = _told_in("Velmar always abides by the treaty.", "Velmar abides by treaty")
    assert confidence < UNCERTAIN_BELOW and why.startswith("a habit")
    confidence, why = _told_in(
        "Violence has erupted periodically ever since in the Velmar hills.", "Violence erupts in Velmar hills"
    )
    assert why.startswith("a habit")
    # the habit is the chapel's, not the fire's
    sentence = "A fire destroyed the chapel which normally houses the relic."
    assert not _told_in(sentence, "Fire destroys chapel")[1].startswith("a habit")


def test_a_negated_perfect_kept_up_to_now_is_nothing_happening() -> None:
    confidence, why = _told_in(
        "Velmar has not reported any new cases since March.", "Velmar has not reported any new cases"
    )
    assert confidence < UNCERTAIN_BELOW and why.startswith("nothing happened")
    confidence, _ = _told_in(
        "Since October, nine provinces have not reported any outbreaks.",
        "Provinces have not reported outbreaks",
    )
    assert confidence < UNCERTAIN_BELOW
    # the other clause of the sentence is an event: its title has no negation
    sentence = "Velmar has reported no new cases since May, but outbreaks were reported in two towns."
    assert not _told_in(sentence, "Outbreaks were reported in two towns")[1].startswith("nothing")


def test_a_present_passive_or_a_description_of_a_thing_is_a_state() -> None:
    confidence, why = _told_in(
        "The troops are deployed two miles from the border.", "Troops are deployed near border"
    )
    # a first word that could be a verb ("forces") is the subject when an auxiliary follows it
    confidence2, why2 = _told_in(
        "The forces are deployed a mile from the farm.", "Forces are deployed a mile"
    )
    assert confidence2 < UNCERTAIN_BELOW and why2 == "a state, not an event (present passive)"
    assert confidence < UNCERTAIN_BELOW and why == "a state, not an event (present passive)"
    # a plan's "is expected to" is no state, nor is a past passive
    assert "passive" not in _told_in("The troops are expected to deploy.", "Troops are expected to deploy")[1]
    assert (
        "passive"
        not in _told_in("The troops were deployed on the border.", "Troops were deployed on border")[1]
    )
    sentence = "Velmar bought a stake in Orla Freight, which is promoting paperless trade in the port."
    confidence, why = _told_in(sentence, "Orla Freight promotes paperless trade")
    assert confidence < UNCERTAIN_BELOW and why.startswith("a description of a thing")


def test_a_purpose_told_as_done_is_uncertain_but_a_result_is_not() -> None:
    sentence = "Velmar has no objection to visits by private citizens to hold ceremonies at the shrine."
    confidence, why = _told_in(sentence, "Velmar holds ceremonies")
    assert confidence < UNCERTAIN_BELOW and why.startswith("what the sentence names as a purpose")
    # ", to close at": the result of the fall, told
    sentence = "The index shed 113 points during the week, to close at 3,550 points on Friday."
    assert not _told_in(sentence, "Index closes at 3,550 points")[1].startswith("what the sentence")


def test_an_indefinite_pronoun_is_no_actor() -> None:
    confidence, why = _told_in('"Everybody will be waiting for the vote."', "Everybody to wait for vote")
    assert confidence < UNCERTAIN_BELOW and why == "no actor: the subject is a pronoun"


def test_of_one_happening_told_twice_in_a_sentence_the_reader_sees_one() -> None:
    text = "Polling stations opened under tight security at 8 a.m. across Velmar."
    article = article_for_text(text, PUB)
    span = (Source(article.id, 0, len(text), text),)
    dated = Event(
        "e-1",
        "Polling stations open",
        when=FuzzyDate.parse("2031-03-12T08:00"),
        expression="8 a.m.",
        actors=("Velmar",),
    )
    loose = Event(
        "e-2",
        "Polling stations opened under tight security",
        when=PUB,
        actors=("Velmar",),
        explanation="no date in the sentence: the day of the sentence before",
    )
    first, second = score_events(
        [loose.with_changes(sources=span), dated.with_changes(sources=span)], article
    )
    assert first.uncertain and first.confidence_reason.startswith("told again")
    assert not second.uncertain
    # a side clause's copy of the main clause (its date is the side clause's) does not hide the
    # main clause's own event as the one told again
    first, _ = score_events(
        [loose.with_changes(sources=span), dated.with_changes(sources=span)], article, copies={"e-1"}
    )
    assert not first.confidence_reason.startswith("told again")
    # the same title for two dates of a sentence: the later one is hidden
    a = Event(
        "e-3", "Velmar seizes the port", when=PUB, expression="Monday", sources=span, actors=("Velmar",)
    )
    b = a.with_changes(id="e-4", when=FuzzyDate.parse("2031-03-11"), expression="Tuesday")
    first, second = score_events([a, b], article)
    assert not first.uncertain and second.confidence_reason.startswith(
        "same title as an earlier event of its sentence: "
    )
    # two different happenings of one sentence are not taken for one told twice
    c = a.with_changes(id="e-5", title="Dorland closes its embassy")
    scored = score_events([a, c], article)
    assert not scored[0].uncertain
    assert not any(e.confidence_reason.startswith(("told again", "same title")) for e in scored)


def test_a_noun_read_as_the_titles_verb_says_nothing_of_tense() -> None:
    # "figures" is the subject's noun: the verb is "should abide"
    sentence = "Political figures of both countries should firmly abide by the treaty, Lind said."
    assert (
        "present tense"
        not in _told_in(sentence, "Political figures of both countries should abide by treaty")[1]
    )
    # "showed concerns": "concerns" is the object
    sentence = "The commission had showed concerns about the safety of the dam."
    assert "present tense" not in _told_in(sentence, "Commission shows concerns about safety of dam")[1]
    # a name before the verb is no verb ("United States accuses")
    sentence = "The United States accuses Dorland of hiding weapons."
    title = "United States accuses Dorland of hiding weapons"
    assert "present tense" in _told_in(sentence, title, actors=("United States", "Dorland"))[1]


def test_an_infinitive_after_a_verb_tells_the_verb_not_a_purpose() -> None:
    sentence = "Velmar's opposition managed to win control of three towns last week."
    assert not _told_in(sentence, "Opposition wins control of three towns")[1].startswith("what the sentence")


def test_a_cut_sentence_does_not_hide_the_headline_of_its_happening() -> None:
    text = "The port company has received requests from Dorland, and its tenders for 2031 were turned down."
    article = article_for_text(text, PUB)
    span = (Source(article.id, 0, len(text), text),)
    headline = Event(
        "e-1", "Port company receives requests", when=PUB, actors=("Velmar",), sources=span,
        explanation="no date in the sentence: the day of the sentence before",
    )  # fmt: skip
    cut = Event(
        "e-2", "The port company has received requests from Dorland, and its tenders…", sources=span,
        when=FuzzyDate.parse("2031"), expression="2031", actors=("Velmar",),
    )  # fmt: skip
    assert not score_events([headline, cut], article)[0].uncertain


def test_an_attitude_is_not_an_event() -> None:
    for sentence, title in [
        (
            "Velmar hopes to deepen its ties with Dorland, Lind said.",
            "Velmar hopes to deepen ties with Dorland",
        ),
        ("Lind believed the talks would resume.", "Lind believes talks will resume"),
    ]:
        confidence, why = _told_in(sentence, title)
        assert confidence < UNCERTAIN_BELOW and why.startswith("an opinion or a wish"), (title, why)
    # a plan is not an attitude, nor is an act
    assert not _told_in("Lind met Dorland's envoy.", "Lind meets Dorland's envoy")[1].startswith("an opinion")


def test_a_statistic_of_a_period_is_not_an_event_but_a_days_move_is() -> None:
    year = FuzzyDate.parse("2030")
    sentence = "Trade between Velmar and Dorland reached 29 billion dollars in 2030."
    confidence, why = _told_in(sentence, "Trade reaches 29 billion dollars", when=year, expression="2030")
    assert confidence < UNCERTAIN_BELOW and why == "a statistic of a period, not an event"
    day = FuzzyDate.parse("2031-03-10")
    sentence = "The Velmar index rose 2 percent on Monday."
    assert (
        _told_in(sentence, "Velmar index rises 2 percent", when=day, expression="Monday")[0]
        >= UNCERTAIN_BELOW
    )


def _faults_of(sentence: str, title: str) -> list[str]:
    event = Event("e-1", title, actors=("Velmar",), sources=(Source("a", 0, len(sentence), sentence),))
    return [why for _cost, why in event_faults(event, sentence)]


def test_an_undated_figure_is_its_periods_statistic_but_a_price_move_is_not() -> None:
    # the sentence before dates the period ("In March, ..."): undated, the figure's course is
    # the period's; an index's or a price's move is a day's
    statistic = "a statistic of a period, not an event"
    for sentence, title in [
        (
            "Car sales in Dorland rose 2.5 percent to 676,000.",
            "Car sales rise 2.5 percent to 676,000",
        ),
        ("The trade surplus with Dorland narrowed 39.2 percent.", "Trade surplus narrows 39.2 percent"),
    ]:
        assert statistic in _faults_of(sentence, title), title
        assert _told_in(sentence, title)[0] < UNCERTAIN_BELOW, title
    for sentence, title in [
        ("The Velmar index rose 3.7 points to close morning trade.", "Velmar index rises 3.7 points"),
        ("Acme shares rose 0.3 percent to 73 crowns.", "Acme shares rise 0.3 percent to 73 crowns"),
    ]:
        assert statistic not in _faults_of(sentence, title), title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Velmar has sent 444 doctors to Dorland in the past 31 years.",
            "Velmar sends 444 doctors to Dorland",
        ),
        (
            "Velmar has sent a total of 15,000 nurses abroad since 1963.",
            "Velmar sends total of 15,000 nurses",
        ),
    ],
)
def test_a_count_kept_up_with_an_irregular_participle_is_a_running_total(sentence: str, title: str) -> None:
    confidence, why = _told_in(sentence, title)
    assert confidence < UNCERTAIN_BELOW and why == "a running total", (title, why)


def test_one_before_a_noun_is_a_count_not_a_pronoun() -> None:
    pronoun = "no actor: the subject is a pronoun"
    sentence = "One official alleged that Dorland troops stepped up attacks on Monday."
    assert pronoun not in _faults_of(sentence, "One official alleges Dorland troops stepped up attacks")
    # "one" alone before a verb, or "one in three", is still no actor
    assert pronoun in _faults_of("One signed the deal in Velmar.", "One signs deal in Velmar")
    assert pronoun in _faults_of(
        "One in three children was born abroad.", "One in three children was born abroad"
    )


def test_a_foreseen_or_judged_state_is_not_an_event_but_a_passive_plan_is() -> None:
    sentence = "The new measures may not be sufficient to calm the market, the agency said."
    confidence, why = _told_in(sentence, "New measures may not be sufficient to calm market")
    assert confidence < UNCERTAIN_BELOW and why.startswith("a judgement or a foreseen state")
    for title in (
        "The culprits must be brought to justice",
        "Talks will be held in Orla",
        "Exiles would be able to vote",
    ):
        assert not _told_in(title + ".", title)[1].startswith("a judgement"), title


def test_i_do_not_expect_is_an_attitude() -> None:
    sentence = '"I do not expect any big jump in prices," said Lind.'
    confidence, why = _told_in(sentence, "Lind: I do not expect any big jump in prices")
    assert confidence < UNCERTAIN_BELOW and why.startswith("an opinion or a wish")


def test_two_words_say_too_little_even_dated() -> None:
    monday = FuzzyDate.parse("2031-03-10")
    sentence = "He cited the agreement signed on Monday."
    confidence, why = _told_in(sentence, "Agreement signed", when=monday, expression="Monday")
    assert confidence < UNCERTAIN_BELOW and why == "fragment: too short to say what happened"


def test_a_negated_present_and_a_frequent_act_are_states() -> None:
    sentence = "The movement has led many attacks and does not recognise the treaty."
    confidence, why = _told_in(sentence, "Movement does not recognise treaty")
    assert confidence < UNCERTAIN_BELOW and why == "a state, not an event (present tense)"
    sentence = "Rebels frequently target army convoys with roadside bombs."
    confidence, why = _told_in(sentence, "Rebels frequently target army convoys")
    assert confidence < UNCERTAIN_BELOW and why.startswith("a habit")
    # a refusal told in the past is an event
    sentence = "The movement did not recognise the treaty on Monday."
    assert "present tense" not in _told_in(sentence, "Movement does not recognise treaty")[1]


def test_a_cut_sentence_beside_the_headline_of_its_happening_is_hidden() -> None:
    text = "The bank's rating has been removed from the watch list, where it was placed on March 18."
    article = article_for_text(text, PUB)
    span = (Source(article.id, 0, len(text), text),)
    headline = Event(
        "e-1", "Bank's rating was removed from watch list", when=PUB, sources=span, actors=("Velmar",)
    )
    cut = Event(
        "e-2", "The bank's rating has been removed from the watch list, where it was…", sources=span,
        when=FuzzyDate.parse("2031-03-18"), expression="March 18", actors=("Velmar",),
    )  # fmt: skip
    first, second = score_events([headline, cut], article)
    assert not first.uncertain
    assert second.uncertain and second.confidence_reason.startswith(
        "a cut sentence beside the headline of its happening: "
    )


def test_a_title_opening_on_a_named_actor_is_surer_than_one_opening_on_a_word_of_the_sentence() -> None:
    sentence = "Velmar closed its border with Dorland on Friday."
    named, _ = _told_in(sentence, "Velmar closes border with Dorland")
    unnamed, _ = _told_in(sentence, "Border closes with Dorland")
    assert named > unnamed


def test_a_subject_taken_from_a_side_phrase_is_said() -> None:
    sentence = "Omar Haddad, in a statement issued in Harbourton, called for calm."
    confidence, why = _told_in(sentence, "Statement issues in Harbourton")
    assert why == "the title's subject is a side phrase of its sentence"
    assert confidence < UNCERTAIN_BELOW
    # the clause's own subject is no side phrase
    confidence, why = _told_in(sentence, "Velmar calls for calm")
    assert not why.startswith("the title's subject is a side phrase")


def test_a_quotation_told_as_a_clause_costs_confidence_but_its_speakers_title_does_not() -> None:
    sentence = '"Our troops took the airport at dawn," Colonel Ivo Brant said.'
    clause, why = _told_in(sentence, "Velmar troops take airport at dawn")
    assert why.startswith("a quotation told as a clause")
    quoted, why = _told_in(sentence, "Velmar: our troops took the airport at dawn", actors=("Ivo Brant",))
    assert not why.startswith("a quotation told as a clause")
    assert quoted > clause


def test_the_lead_is_surer_and_a_second_event_of_a_sentence_less_sure() -> None:
    text = "Velmar troops entered Harbourton on Monday. Dorland protested, and Ostrava recalled its envoy."
    article = article_for_text(text, PUB)
    first = Source(article.id, 0, 43, text[:43])
    second = Source(article.id, 44, len(text), text[44:])
    lead = Event("e-1", "Velmar troops enter Harbourton", actors=("Velmar",), sources=(first,))
    protest = Event("e-2", "Dorland protests", actors=("Dorland",), sources=(second,))
    recall = Event("e-3", "Ostrava recalls its envoy", actors=("Ostrava",), sources=(second,))
    scored = score_events([lead, protest, recall], article)
    # the same events in another order: the lead not first, the recall alone in its sentence
    recall_first = score_events([recall, lead], article)
    assert scored[0].confidence > recall_first[1].confidence
    assert scored[2].confidence < score_events([lead, recall], article)[1].confidence


def test_a_poll_finding_is_no_event() -> None:
    sentence = "A survey published by the Harbourton Herald found the Velmar party on course to win 40 seats."
    confidence, why = _told_in(sentence, "Survey finds Velmar party on course to win 40 seats")
    assert why == "a finding of a poll or a statistic, not an event"
    assert confidence < 0.5
    # a poll that was held is an event
    confidence, why = _told_in("Velmar held a poll on Sunday.", "Velmar holds poll")
    assert not why.startswith("a finding")


def test_a_state_kept_up_since_a_year_is_less_sure_than_a_change_that_day() -> None:
    kept, why = _told_in(
        "Since 1998 Velmar has controlled the port through a state company.",
        "Velmar controls port",
        when=FuzzyDate.parse("1998"),
        expression="Since 1998",
    )
    assert why.startswith("how things stand since a time")
    taken, why = _told_in(
        "Velmar took control of the port in 1998.",
        "Velmar takes control of port",
        when=FuzzyDate.parse("1998"),
        expression="1998",
    )
    assert not why.startswith("how things stand")
    assert taken > kept


def test_a_copula_after_also_is_still_a_state() -> None:
    confidence, why = _told_in(
        "Omar Haddad was also the leader of the Velmar Youth League.", "Velmar was also the leader of League"
    )
    assert why.startswith("a state") and confidence < UNCERTAIN_BELOW
    # "has also agreed" stays an act
    confidence, why = _told_in("Velmar has also agreed to the plan.", "Velmar has also agreed to plan")
    assert not why.startswith("a state")


def test_a_number_or_a_verb_before_the_subject_is_no_side_phrase() -> None:
    sentence = "At least 14 people were killed in Harbourton on Monday."
    _, why = _told_in(sentence, "14 people were killed in Harbourton")
    assert not why.startswith("the title's subject is a side phrase")
    sentence = "Velmar on Thursday said such talks were not out of the question."
    _, why = _told_in(sentence, "Such talks were not out of question")
    assert not why.startswith("the title's subject is a side phrase")


def test_something_going_on_is_less_sure_than_something_done() -> None:
    going, why = _told_in(
        "Velmar is pushing for tougher sanctions against Dorland.", "Velmar pushes for sanctions"
    )
    assert why == "something going on (is ...ing), not a happening"
    done, why = _told_in(
        "Velmar pushed for tougher sanctions against Dorland.", "Velmar pushes for sanctions"
    )
    assert not why.startswith("something going on")
    assert done > going


def test_the_weights_name_every_signal_in_order() -> None:
    from timeline_app.core.extract.confidence import _WEIGHTS, SIGNALS

    assert [name for name, _w in _WEIGHTS] == list(SIGNALS)


def _second_of(text: str, title: str, actors: tuple[str, ...] = ("Velmar",)) -> Event:
    """The score of an event told by the second sentence of ``text`` (the first gives the lead)."""
    article = article_for_text(text, PUB)
    cut = text.index(". ") + 1
    lead = Event(
        "e-1",
        "Dorland recalls its envoy",
        actors=("Dorland",),
        sources=(Source(article.id, 0, cut, text[:cut]),),
    )
    second = Event(
        "e-2", title, actors=actors, sources=(Source(article.id, cut + 1, len(text), text[cut + 1 :]),)
    )
    return score_events([lead, second], article)[1]


def test_a_possibility_or_a_condition_scores_below_the_same_clause_told_as_done() -> None:
    lead = "Dorland recalled its envoy from Velmar on Monday. "
    done = _second_of(lead + "Velmar closed its embassy in Dorland.", "Velmar closes its embassy in Dorland")
    could = _second_of(
        lead + "Velmar could close its embassy in Dorland.", "Velmar could close its embassy in Dorland"
    )
    if_ = _second_of(
        lead + "Velmar closed its embassy in Dorland if the envoy left.",
        "Velmar closes its embassy in Dorland",
    )
    assert could.confidence < done.confidence
    assert if_.confidence < done.confidence


def test_a_title_that_retells_the_lead_scores_below_a_new_happening() -> None:
    lead = "Dorland recalled its envoy from Velmar on Monday. "
    again = _second_of(
        lead + "Dorland recalled the envoy, officials said.", "Dorland recalls envoy", ("Dorland",)
    )
    new = _second_of(lead + "Dorland closed its border with Ostrava.", "Dorland closes border", ("Dorland",))
    assert again.confidence < new.confidence


def test_a_participle_read_as_the_titles_verb_scores_lower() -> None:
    lead = "Dorland recalled its envoy from Velmar on Monday. "
    sentence = lead + "The parade of marching bands went ahead in Harbourton on Tuesday."
    garbled = _second_of(sentence, "Parade marches bands", ("Harbourton",))
    told = _second_of(sentence, "Parade goes ahead in Harbourton", ("Harbourton",))
    assert garbled.confidence < told.confidence
    by = _second_of(lead + "The ministry, controlled by Velmar, was shelled.", "Ministry controls by Velmar")
    assert by.confidence < told.confidence


@pytest.mark.parametrize(
    ("quote", "happened"),
    [
        ('"Fair hearings are a fundamental principle of any court," ', False),
        ('"The government is taking measures to clean up the ports," ', False),
        ('"Varland must understand that the border is not for sale," ', False),
        ('"The market was heartened by the rally," ', True),  # a past passive
        ('"Two party leaders were released at the end of the hearing," ', True),
        ('"A roadside bomb struck a patrol near the bridge," ', True),
        ('"Ten governments have promised to support the motion," ', True),
        ('"We will send observers to the vote," ', True),
    ],
)
def test_a_quotation_tells_a_happening_by_a_past_or_a_plan(quote: str, happened: bool) -> None:
    from timeline_app.core.extract.confidence import _tells_what_happened

    assert _tells_what_happened(quote) is happened


@pytest.mark.parametrize(
    ("quote", "title", "view"),
    [
        (
            '"Fair hearings are a fundamental principle of any court," Kell said.',
            "Fair hearings are a principle",
            True,
        ),
        ('"Two activists were arrested at the hearing," Kell said.', "Two activists were arrested", False),
    ],
)
def test_a_quotation_of_a_view_told_as_a_clause_is_uncertain(quote: str, title: str, view: bool) -> None:
    event = Event("e-1", title, actors=("Tomas Kell",), sources=(Source("a", 0, len(quote), quote),))
    from timeline_app.core.extract.confidence import event_faults

    quotation = [why for _cost, why in event_faults(event, quote) if why.startswith("a quotation told")]
    assert len(quotation) == 1
    assert ("of a view or a state" in quotation[0]) is view
    if view:
        assert assess(event, quote)[0] < UNCERTAIN_BELOW


def test_a_named_speakers_statement_of_a_state_is_marked_but_not_kept_under_the_cap() -> None:
    from timeline_app.core.extract.confidence import SERIOUS_CAP

    lead = "Dorland recalled its envoy from Velmar on Monday. "
    said = _second_of(
        lead + '"The border is the only way to keep our people safe," Foreign Minister Arlen Voss said.',
        "Voss: the border is the only way to keep our people safe",
        ("Voss",),
    )
    unsaid = _second_of(
        lead + "The border is the only way to keep the people safe.",
        "The border is the only way to keep the people safe",
        (),
    )
    # the statement is the event, whatever it says; its content's fault still marks it
    assert said.confidence_reason.startswith("a state") and said.confidence > SERIOUS_CAP
    # the same state told by nobody is how things are, not an event
    assert unsaid.confidence <= SERIOUS_CAP
    # nor does "officials said" name a speaker
    officials = _second_of(
        lead + "The border is the only way to keep the people safe, officials said.",
        "The border is the only way to keep the people safe",
        (),
    )
    assert officials.confidence <= SERIOUS_CAP


def test_a_perfect_of_the_titles_verb_with_no_day_scores_below_the_plain_past() -> None:
    lead = "Dorland recalled its envoy from Velmar on Monday. "
    # (both sentences hold a perfect: only the second is the title's own verb's)
    closed = _second_of(
        lead + "Velmar closed its embassy in Dorland, a move that has angered its traders.",
        "Velmar closes its embassy in Dorland",
    )
    has_closed = _second_of(
        lead + "Velmar has closed its embassy in Dorland, a move that angered its traders.",
        "Velmar closes its embassy in Dorland",
    )
    # how things stand up to now, unless a day of its own says when it happened
    assert has_closed.confidence < closed.confidence


def test_a_count_or_a_participle_before_its_noun_opens_a_clause_with_a_subject() -> None:
    from timeline_app.core.extract.confidence import event_faults

    def no_actor(sentence: str, title: str) -> bool:
        event = Event("e-1", title, sources=(Source("a", 0, len(sentence), sentence),))
        return any(
            why in ("no actor found", "fragment: no finite verb") for _c, why in event_faults(event, sentence)
        )

    # "Nearly 30 ...": a count; "Planned trip ...": an adjective before its noun
    assert not no_actor(
        "Nearly 30 shops were set afire by the mobs.", "Nearly 30 shops were set afire by mobs"
    )
    assert not no_actor("A planned trip to Velmar was postponed.", "Planned trip was postponed")
    # a preposition or a participle first still leaves the clause without its subject
    assert no_actor("Over the weekend the talks stalled.", "Over weekend talks stall")
    assert no_actor("Asked whether he would resign, he smiled.", "Asked whether he would resign")


def test_the_writers_own_voice_with_no_speaker_is_no_event() -> None:
    from timeline_app.core.extract.confidence import SERIOUS_CAP

    lead = "Dorland recalled its envoy from Velmar on Monday. "
    memory = _second_of(
        lead + "The quarrel got me thinking back to 1990, when I lived in Velmar.",
        "Quarrel gets me thinking back",
    )
    maybe = _second_of(
        lead + "The trade in grain might fall sharply, now that the border is shut.",
        "Trade in grain might fall sharply",
    )
    # the writer's story and the possibility he weighs are no happening
    assert memory.confidence <= SERIOUS_CAP and "writer's own voice" in memory.confidence_reason
    assert maybe.confidence <= SERIOUS_CAP and "possibility" in maybe.confidence_reason
    # the same words said by someone are a statement; a possibility denied ("could not") is told
    said = _second_of(
        lead + "The trade in grain might fall sharply, Minister Arlen Voss said.",
        "Trade in grain might fall sharply",
    )
    assert "possibility" not in said.confidence_reason
    denied = _second_of(
        lead + "Velmar could not reopen the border crossing on Tuesday.",
        "Velmar could not reopen border crossing",
        ("Velmar",),
    )
    assert "possibility" not in denied.confidence_reason and denied.confidence > SERIOUS_CAP


def test_words_to_the_reader_and_an_aside_in_brackets_are_no_event() -> None:
    from timeline_app.core.extract.confidence import SERIOUS_CAP

    lead = "Dorland recalled its envoy from Velmar on Monday. "
    reader = _second_of(
        lead + "Get the Velmar Letter delivered to your inbox every morning.",
        "Get Velmar Letter delivered to your inbox",
    )
    aside = _second_of(
        lead + "(The word was coined in the late 19th century as a name for the border trade.)",
        "Word was coined",
    )
    assert reader.confidence <= SERIOUS_CAP and "to the reader" in reader.confidence_reason
    assert aside.confidence <= SERIOUS_CAP and "in brackets" in aside.confidence_reason


def test_a_possibility_someone_tells_or_a_time_clauses_modal_is_not_the_writers() -> None:
    lead = "Dorland recalled its envoy from Velmar on Monday. "
    announced = _second_of(
        lead + "Tomas Kell announced he may stand if elections are held in Velmar.",
        "Kell says he may stand if elections are held",
        ("Tomas Kell",),
    )
    warning = _second_of(
        lead + "A forum of bankers went against the trend by warning that the rule could lead to losses.",
        "Forum could lead to losses",
    )
    before = _second_of(
        lead + "The government was voted out of office before the bill could be ratified.",
        "Government was voted out of office before bill could be ratified",
    )
    for event in (announced, warning, before):
        assert "possibility" not in event.confidence_reason


def test_a_state_kept_up_since_a_time_that_nobody_tells_is_no_event() -> None:
    from timeline_app.core.extract.confidence import SERIOUS_CAP

    lead = "Dorland recalled its envoy from Velmar on Monday. "
    kept = _second_of(
        lead + "The Velmar government has maintained a blockade of the port since 1998.",
        "Velmar government maintains blockade of port",
    )
    appeals = _second_of(
        lead + "Since the old president's illness removed him, Velmar has made numerous appeals for aid.",
        "Velmar makes numerous appeals for aid",
    )
    assert kept.confidence <= SERIOUS_CAP and kept.confidence_reason.startswith("how things stand since")
    assert appeals.confidence <= SERIOUS_CAP
    # the same state told by a named speaker is his statement; a 'since' of a reason is no time
    said = _second_of(
        lead
        + "The Velmar government has maintained a blockade of the port since 1998, Minister Arlen Voss said.",
        "Velmar government maintains blockade of port",
    )
    because = lead + "Shares in Velmar Oil have fallen sharply since the company stands liable for the costs."
    reason = _second_of(because, "Shares in Velmar Oil have fallen sharply")
    assert said.confidence > kept.confidence
    since = [cost for cost, why in event_faults(reason, because) if why.startswith("how things stand since")]
    assert since and max(since) < 0.45


def test_a_copula_kept_up_to_now_or_a_state_for_years_is_no_event() -> None:
    from timeline_app.core.extract.confidence import SERIOUS_CAP

    lead = "Dorland recalled its envoy from Velmar on Monday. "
    criticised = _second_of(
        lead
        + "The negotiator, who angered Velmar with his remarks, has been under heavy criticism for weeks.",
        "Negotiator is under heavy criticism",
        ("Negotiator",),
    )
    years = _second_of(
        lead + "The envoy has worked for the foreign ministry for more than 20 years.",
        "Envoy works for foreign ministry",
        ("Envoy",),
    )
    storms = _second_of(
        lead
        + "In the past 10 years, an average of five storms have hit the Velmar coast each hurricane season.",
        "Average hits Velmar coast each hurricane season",
    )
    assert criticised.confidence <= SERIOUS_CAP and "has been a" in criticised.confidence_reason
    assert years.confidence <= SERIOUS_CAP and storms.confidence <= SERIOUS_CAP
    # a happening in the perfect is not a state
    arrested = _second_of(
        lead + "The negotiator has been arrested by the Velmar police.",
        "Negotiator is arrested by Velmar police",
        ("Negotiator",),
    )
    assert "kept up" not in arrested.confidence_reason


def test_a_readers_comment_a_call_to_the_reader_and_a_definition_are_no_events() -> None:
    from timeline_app.core.extract.confidence import SERIOUS_CAP

    text = (
        "Dorland recalled its envoy from Velmar on Monday.\n"
        "At 15:32 26th Apr 2009, reader12 wrote: Velmar expelled the envoy far too late.\n"
        "Officials in Dorland closed the border on Tuesday.\n"
    )
    article = article_for_text(text, PUB)
    spans = [
        (0, text.index("\n")),
        (text.index("At 15"), text.index("\nOfficials")),
        (text.index("Officials"), len(text) - 1),
    ]
    titles = ["Dorland recalls its envoy", "Velmar expels envoy far too late", "Officials close border"]
    events = [
        Event(f"e-{n}", title, actors=("Velmar",), sources=(Source(article.id, a, b, text[a:b]),))
        for n, (title, (a, b)) in enumerate(zip(titles, spans, strict=True))
    ]
    lead, comment, after = score_events(events, article)
    assert comment.confidence <= SERIOUS_CAP and "reader's comment" in comment.confidence_reason
    assert after.confidence <= SERIOUS_CAP and "reader's comment" in after.confidence_reason
    assert "reader's comment" not in lead.confidence_reason

    lead_text = "Dorland recalled its envoy from Velmar on Monday. "
    rate = _second_of(
        lead_text + "Rate the government's handling of the border talks.",
        "Rate government's handling of talks",
    )
    question = _second_of(
        lead_text + "The biggest question Velmar must answer is whether to reopen the border.",
        "Biggest question Velmar must answer whether to reopen border",
    )
    assert rate.confidence <= SERIOUS_CAP and "to the reader" in rate.confidence_reason
    assert question.confidence <= SERIOUS_CAP and "definition" in question.confidence_reason
    # the same words quoted from a speaker are his
    said = _second_of(
        lead_text + '"The biggest question Velmar must answer is whether to reopen the border," Voss said.',
        "Voss: the biggest question Velmar must answer is whether to reopen the border",
        ("Voss",),
    )
    assert "definition" not in said.confidence_reason
