import pytest

from timeline_app.core.extract import extract_events
from timeline_app.core.model import Kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The rebels said they would attack the capital.", Kind.THREATEN),
        ("Norway said Chile must release the detained sailors.", Kind.REQUEST),
        ("Angry farmers blocked roads around Lyon.", Kind.PROTEST),
        ("Kenya expelled two Ugandan diplomats.", Kind.SANCTION),
        ("Peru signed a treaty of friendship with Chile.", Kind.SUPPORT),
        ("The minister refused to meet the delegation.", Kind.REJECT),
        ("The government lifted the curfew in the north.", Kind.CONCEDE),
        ("Amnesty International accused the police of torture.", Kind.ACCUSE),
        ("Serb forces shelled the town overnight.", Kind.ASSAULT),
        ("Japan halted economic aid to Myanmar.", Kind.SANCTION),
        ("Finland is willing to send medical supplies to the region.", Kind.AGREE),
        # general verb + object rules added for news the extractor was not tuned on
        ("The president hosted 30 foreign ministers at the palace.", Kind.CONSULT),
        ("The rebels handed over 12 prisoners to the Red Cross.", Kind.RETREAT),
        ("The minister called the decision unacceptable.", Kind.ACCUSE),
        ("Lithuania dropped its objections to the plan.", Kind.CONCEDE),
        ("Estonia ordered Belarus to close its consulate in Narva.", Kind.SANCTION),
        ("Japan sent three destroyers to the strait.", Kind.MOBILIZE),
        ("Police prevented the demonstration outside parliament.", Kind.COERCE),
        ("Gunmen kidnapped two engineers near the border.", Kind.ASSAULT),
        ("The foreign minister spoke by phone with his Turkish counterpart.", Kind.CONSULT),
        ("The minister said a withdrawal was out of the question.", Kind.REJECT),
        ("Drones struck a fuel depot near Odesa.", Kind.ASSAULT),
    ],
)
def test_kind_of_the_first_event(sentence, kind):
    events = extract_events(sentence)
    assert events, sentence
    assert events[0].kind is kind


def test_a_quoted_statement_is_titled_by_its_speaker():
    (event,) = extract_events('"We will not give up an inch," said Foreign Minister Lena Varga.')
    assert event.kind is Kind.STATEMENT
    assert event.title.startswith("Varga: “We will not give up an inch")
    assert "Lena Varga" in event.actors


def test_protesters_gathering_is_a_protest_and_ministers_gathering_a_meeting():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import extract_events
    from timeline_app.core.model import Kind

    day = FuzzyDate(2025, 12, 3)
    protest = extract_events("Protesters gathered outside the Norland embassy on Saturday.", day)
    assert [e.kind for e in protest] == [Kind.PROTEST]
    meeting = extract_events("Foreign ministers gathered in Varel on Saturday for talks.", day)
    assert Kind.PROTEST not in [e.kind for e in meeting]


def test_talks_that_end_without_a_deal_are_not_an_agreement():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import extract_events
    from timeline_app.core.model import Kind

    day = FuzzyDate(2025, 12, 3)
    assert Kind.AGREE not in [
        e.kind for e in extract_events("The talks ended without a deal on Monday.", day)
    ]
    assert Kind.AGREE in [e.kind for e in extract_events("The talks ended with a deal on Monday.", day)]


DATE_FREE = [
    ("Norway will support Chile's bid to join the council, the Norwegian premier said.", Kind.SUPPORT),
    ("Peru will send medical teams to Bolivia next month.", Kind.AID),
    ("The farmers said they would block the motorway unless the tax is dropped.", Kind.THREATEN),
    ("The rebels said they will free the twelve hostages.", Kind.AGREE),
    ("Estonia will expel two Belarusian diplomats, the ministry said.", Kind.SANCTION),
    ("The union vowed to strike until wages rise.", Kind.THREATEN),
    ("Kenya may cut its aid to the province if the fighting goes on.", Kind.THREATEN),
]


@pytest.mark.parametrize(("sentence", "kind"), DATE_FREE)
def test_the_kind_never_depends_on_the_publication_date(sentence, kind):
    """The same sentence, with and without a publication date (and so with its "next month"
    resolved or not): the same first event, of the same kind; a plain future stays its own kind."""
    from timeline_app.core.dates import FuzzyDate

    undated = extract_events(sentence)
    dated = extract_events(sentence, FuzzyDate(2024, 3, 12))
    assert undated and dated
    assert [e.kind for e in dated] == [e.kind for e in undated]
    assert dated[0].title == undated[0].title
    assert dated[0].kind is kind


def test_a_plain_future_is_planned_whether_or_not_it_is_dated():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.model import Status

    sentence = "Norway will support Chile's bid to join the council."
    for published in (None, FuzzyDate(2024, 3, 12)):
        (event, *_rest) = extract_events(sentence, published)
        assert (event.kind, event.status) == (Kind.SUPPORT, Status.PLANNED)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # violence is ASSAULT only when people do it
        ("A strong earthquake struck northern Norland on Tuesday.", Kind.OTHER),
        ("Typhoon Mara hit the Varel coast on Sunday, killing twelve people.", Kind.OTHER),
        ("Floods in Norland killed 40 people on Monday.", Kind.OTHER),
        ("Two miners in Varel were killed in a car crash on Friday.", Kind.OTHER),
        ("Two miners in Varel were killed in a rocket attack on Friday.", Kind.ASSAULT),
        ("The Norland president died of cancer on Friday.", Kind.OTHER),
        ("Three Norland soldiers died in an ambush on Friday.", Kind.ASSAULT),
        ("Rebels shelled the Norland town of Osk on Monday.", Kind.ASSAULT),
        ("A car bomb near a market in Osk killed six people on Friday.", Kind.ASSAULT),
        ("Norland troops fired on protesters on Monday.", Kind.ASSAULT),
        # dismissals and market moves
        ("The Norland premier sacked his finance minister on Monday.", Kind.OTHER),
        ("The Norland interior minister was fired on Monday.", Kind.OTHER),
        ("Norland shares retreated 2 percent on Monday.", Kind.OTHER),
        ("Norland oil prices hit a record high on Monday.", Kind.OTHER),
        ("The Norland index tumbled 4 percent on Friday.", Kind.OTHER),
        # criticism is ACCUSE, a proposal is not violence
        ("The Norland opposition slammed the budget on Monday.", Kind.ACCUSE),
        ("Varel's foreign minister criticised the Norland decision on Monday.", Kind.ACCUSE),
        ("Norland rebuked Varel over the border incident on Monday.", Kind.ACCUSE),
        ("The Norland talks broke down on Monday.", Kind.OTHER),
        ("Rebels broke the ceasefire near Osk on Monday.", Kind.ASSAULT),
        ("Norland police cracked down on dissent on Monday.", Kind.COERCE),
        ("Norland beat Varel 2-1 on Saturday.", Kind.OTHER),
        ("Norland police beat up protesters on Saturday.", Kind.ASSAULT),
        ("The Norland cabinet dismissed the allegations on Monday.", Kind.REJECT),
        # violence verbs used figuratively
        ("Norland and Varel struck a deal on gas prices on Monday.", Kind.AGREE),
        ("The Varel leader struck a conciliatory tone on Monday.", Kind.OTHER),
        ("Drones struck a fuel depot near Osk on Monday.", Kind.ASSAULT),
        ("The Norland premier hit out at Varel on Monday.", Kind.ACCUSE),
        ("Norland was hit hard by the sanctions last year.", Kind.OTHER),
        ("The village of Osk was hit by artillery fire on Monday.", Kind.ASSAULT),
        ("The Varel minister stormed out of the meeting on Monday.", Kind.OTHER),
        ("Norland vowed to fight corruption on Monday.", Kind.OTHER),
        ("Norland and Varel clashed over the budget on Monday.", Kind.ACCUSE),
        ("Norland and Varel troops clashed near the border on Monday, killing three soldiers.", Kind.ASSAULT),
        ("The Norland opposition attacked the government's plan on Monday.", Kind.ACCUSE),
        ("Rebels attacked the Norland army base on Monday.", Kind.ASSAULT),
        ("The Norland parliament shot down the proposal on Monday.", Kind.REJECT),
        ("Norland troops shot down a Varel drone on Monday.", Kind.ASSAULT),
        ("The scandal hit the Norland government on Monday.", Kind.OTHER),
        ("The ministers will hammer out a deal on fishing rights on Monday.", Kind.AGREE),
        ("All three Norland opposition leaders blasted the Liberal party on Monday.", Kind.ACCUSE),
        ("Every Norland club fights against racism, the league said on Monday.", Kind.OTHER),
        ("Norland troops fought against the rebels near Osk on Monday.", Kind.ASSAULT),
        ("The Norland defender admitted the charge on Monday.", Kind.CONCEDE),
        ("An earthquake with a magnitude of 6.9 jolted northern Norland on Tuesday.", Kind.OTHER),
        ("All the birds on the Osk farm were slaughtered on Monday.", Kind.OTHER),
        ("The Norland coach took the New York job on Monday.", Kind.OTHER),
        ("Norland troops took the town of Osk on Monday.", Kind.ASSAULT),
        ("The Norland striker hit the winner against Varel on Saturday.", Kind.OTHER),
        ("The Norland lifter smashed the world records in Osk on Sunday.", Kind.OTHER),
        ("Norland was investigating ways to improve capacity at its airports on Monday.", Kind.OTHER),
        ("A portrait of the Norland king was hung in front of parliament on Monday.", Kind.OTHER),
        ("The same kind of bird flu killed 2,500 Norland poultry on Thursday.", Kind.OTHER),
        ("A mechanical failure struck the Norland rail network on Saturday.", Kind.OTHER),
        ("Eleven members of a Norland sect killed themselves on Monday.", Kind.OTHER),
        ("Norland will take part in the conference in Osk next week.", Kind.CONSULT),
    ],
)
def test_assault_is_violence_done_by_people(sentence, kind):
    from timeline_app.core.dates import FuzzyDate

    events = extract_events(sentence, FuzzyDate(2024, 3, 12))
    assert events, sentence
    assert events[0].kind is kind, (sentence, events[0].title)


def test_a_proposal_aimed_at_breaking_a_deadlock_is_no_violence():
    from timeline_app.core.dates import FuzzyDate

    sentence = "Norland was to present new proposals Friday aimed at breaking the deadlock, its envoy said."
    for published in (None, FuzzyDate(2024, 3, 12)):
        events = extract_events(sentence, published)
        assert events and Kind.ASSAULT not in {e.kind for e in events}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Norland and Varel failed to reach agreement on the border dispute on Sunday.", Kind.REJECT),
        ("The Varel movement rejected an invitation to attend talks in Osk next week.", Kind.REJECT),
        ("Norland said on Tuesday that Varel must return a ship that was seized last week.", Kind.REQUEST),
        ("The Norland president announced on Sunday that he will extend the curfew in Osk.", Kind.THREATEN),
        (
            "The Varel leader was quoted today as saying he would be ready to host talks with Norland.",
            Kind.AGREE,
        ),
        (
            "Norland intelligence officials have shared evidence with Varel about the smuggling ring.",
            Kind.COOPERATE,
        ),
        ("The first Norland peacekeepers have arrived in Osk, the defence minister said.", Kind.AID),
        ("Norland opened its border with Varel on Monday.", Kind.RETREAT),
        ("The United Nations sent ten experts to Osk on Monday to investigate the deaths.", Kind.ACCUSE),
        ("The Varel parliament agreed to lift the embargoes on Norland in late May.", Kind.AGREE),
        ("The Norland army prepared to resume shelling rebel positions near Osk.", Kind.MOBILIZE),
        (
            "Members of the Varel Jurists Union, a body linked to the Norland bar, investigated the jail.",
            Kind.ACCUSE,
        ),
        ("The Varel army has been holding thousands of civilians as human shields near Osk.", Kind.COERCE),
        ("The Varel government ordered the opposition paper to suspend publication on Monday.", Kind.COERCE),
        (
            "The Varel forum concluded on Saturday that rich nations must spend more on clean water.",
            Kind.REQUEST,
        ),
        ("Archbishop Ana Ferro on Sunday called for talks between Norland and Varel.", Kind.REQUEST),
        ("The Osk police said on Monday they will deploy 18,000 officers across the capital.", Kind.MOBILIZE),
    ],
)
def test_general_kind_rules_dated_or_not(sentence, kind):
    """Each rule holds with and without a publication date (which resolves "next week",
    "last week", "late May" or not)."""
    from timeline_app.core.dates import FuzzyDate

    for published in (None, FuzzyDate(2024, 3, 12)):
        events = extract_events(sentence, published)
        assert events, (sentence, published)
        assert events[0].kind is kind, (sentence, published, events[0].title)


def test_crimes_committed_are_no_pledge():
    events = extract_events("The court in Osk examined crimes committed by Varel forces during the war.")
    assert events and Kind.AGREE not in {e.kind for e in events}


def test_a_reported_clause_that_names_no_act_is_a_statement_dated_or_not():
    from timeline_app.core.dates import FuzzyDate

    sentence = "The Norland coach has claimed that he will be strengthening his squad in January."
    for published in (None, FuzzyDate(2024, 3, 12)):
        events = extract_events(sentence, published)
        assert events and events[0].kind is Kind.STATEMENT, published


def test_being_expected_to_act_is_no_agreement():
    from timeline_app.core.dates import FuzzyDate

    sentence = "The Norland captain is expected to return to the squad next month."
    kinds = [extract_events(sentence, published)[0].kind for published in (None, FuzzyDate(2024, 3, 12))]
    assert kinds[0] is kinds[1] and Kind.AGREE not in kinds


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # CAMEO's broad "material cooperation" verbs need a partner
        ("Chile established four new committees on Monday.", Kind.OTHER),
        ("Rebels controlled most of northern Chad in March.", Kind.OTHER),
        ("Norway boosted its ties with Chile to a strategic level.", Kind.COOPERATE),
        # tallies and rates are no seizure or attack
        ("The striker grabbed two goals as Lyon beat Lille on Sunday.", Kind.OTHER),
        ("Toronto shot 43.5 percent (37-of-85) from the floor on Sunday.", Kind.OTHER),
        ("Shell engineers now capture 9,000 barrels of fuel a day in Nigeria.", Kind.OTHER),
        ("The militia, which seized the port a week ago, freed the crew.", Kind.RETREAT),
        # a hazard named before a comma is still the subject; a cost hits no one by force
        ("A cyclone, Freda, hit the southern coast on Monday.", Kind.OTHER),
        ("Swiss insurers were hit with losses of two billion dollars last year.", Kind.OTHER),
        # going or gathering is a visit or a meeting only when people who can meet do it
        ("The oil slick on the Arvel river will arrive at Dunmore on Saturday.", Kind.OTHER),
        ("The Norwegian foreign minister arrived in Lima on Monday.", Kind.CONSULT),
        ("Okoro said the Chilean troops had arrived in Tarvik.", Kind.MOBILIZE),
        ("Peruvian negotiators returned to Oslo on Monday for talks on fishing.", Kind.CONSULT),
        # people taken to hospital, a report released, a meeting held or ended with a deal
        ("Forty Arvel miners were admitted to hospital in Dunmore on Monday.", Kind.OTHER),
        ("The Norland ministry released a report on fishing on Monday.", Kind.STATEMENT),
        ("The talks in Lima took place behind closed doors on Monday.", Kind.CONSULT),
        ("The Lima summit ended on Friday with an agreement on fishing.", Kind.AGREE),
        ("Some 900 Peruvian policemen will be deployed in Lima on Sunday.", Kind.MOBILIZE),
        # facing a test is no meeting; facing charges is an accusation; suicide bombers attack
        ("Peru's new premier Ana Ruiz faces her first test in Lima on Wednesday.", Kind.OTHER),
        ("The former Peruvian minister will face charges of fraud.", Kind.ACCUSE),
        ("Two suicide bombers blew themselves up in a Lima market on Friday.", Kind.ASSAULT),
        # an attack on a party in words is criticism; with a weapon or a victim told it is force
        ("The Peruvian premier attacked the opposition party over fishing quotas.", Kind.ACCUSE),
        ("Gunmen attacked the opposition party offices in Lima on Monday.", Kind.ASSAULT),
        # a rejection denied is not a rejection
        ("The premier did not rule out new talks with Peru.", Kind.STATEMENT),
        ("The premier ruled out new talks with Peru.", Kind.REJECT),
    ],
)
def test_kind_needs_an_actor_doing_it(sentence, kind):
    events = extract_events(sentence)
    assert events, sentence
    assert events[0].kind is kind


def test_by_nobody_skips_its_tests_only_for_kinds_none_of_them_takes_away():
    # by_nobody returns at once for a verb without a kind, a statement or another act, unless it
    # dismisses: every rule after needs a kind of UNDONE, a hazard's kind, or a dismissal
    from timeline_app.core.extract import agency

    assert agency._PLAIN_KINDS.isdisjoint(agency.UNDONE)
    assert {Kind.ASSAULT, Kind.COERCE} <= agency.UNDONE
    events = extract_events("The Norland premier sacked his finance minister on Monday.")
    assert events and events[0].kind is Kind.OTHER  # a dismissal is still read past the quick exit
