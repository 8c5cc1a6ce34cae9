"""Scenes: a dated happening and the later sentences that tell more of it without naming its day
again (the day carries), and what ends a scene (another time, a step back, a plan)."""

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events

from .conftest import expr

PUB = FuzzyDate.parse("2031-03-12")
_SPEECH = (
    "The prime minister of Norland called on Tuesday for closer trade with Vesta.\n\n"
    "He said in an address to the Vesta parliament that both economies would gain.\n\n"
)


def _events(text: str, *dated: tuple[str, str]):
    return extract_events(text, PUB, expressions=[expr(text, words, iso) for words, iso in dated])


def _quoting(events, words: str):
    found = [e for e in events if any(words in s.quote for s in e.sources)]
    assert found, f"no event quotes {words!r}"
    return found[0]


def test_the_story_comes_back_to_its_scene_by_naming_its_happening():
    text = (
        _SPEECH + "Norland's ties with Tacna were broken off in 2019 after a border war.\n\n"
        "Trade between the two countries fell by half over the decade.\n\n"
        "The prime minister did not mention Tacna by name in his address."
    )
    events = _events(text, ("Tuesday", "2031-03-11"), ("2019", "2019"))
    mention = _quoting(events, "did not mention")
    assert mention.when is not None and mention.when.iso() == "2031-03-11" and mention.when.approximate


def test_a_happening_told_with_another_date_is_no_longer_the_scenes():
    text = (
        "Riot police cleared the square in Arvel on Tuesday.\n\n"
        "The protest marked the riots in Arvel in 2019 that had left ten dead.\n\n"
        "Two shops were burned in 2019 by a crowd of students.\n\n"
        "Two officers were wounded in the riots."
    )
    events = _events(text, ("Tuesday", "2031-03-11"), ("2019", "2019"), ("in 2019 by", "2019"))
    assert _quoting(events, "wounded in the riots").when != FuzzyDate.parse("2031-03-11")


def test_the_next_sentence_that_names_a_thing_of_the_scene_goes_on_with_it():
    text = (
        "Police seized a car bomb in a garage in Arvel on Tuesday.\n\n"
        "Army experts defused the bomb in the garage."
    )
    bomb = _quoting(_events(text, ("Tuesday", "2031-03-11")), "defused the bomb")
    assert bomb.when is not None and bomb.when.iso() == "2031-03-11"
    assert "scene of the sentence before" in bomb.explanation


def test_what_a_source_tells_of_the_thing_or_a_stretch_takes_no_scene_day():
    for sentence in (
        "Army experts defused the bomb, according to the police.",
        "Army experts defused nine bombs in the town over the week.",
    ):
        text = "Police seized a car bomb in a garage in Arvel on Tuesday.\n\n" + sentence
        event = _quoting(_events(text, ("Tuesday", "2031-03-11")), sentence[:25])
        assert event.when != FuzzyDate.parse("2031-03-11"), sentence


def test_a_state_in_the_past_is_no_happening_of_the_scene():
    text = (
        "Prosecutors charged three members of the group with fraud in Arvel on Tuesday.\n\n"
        "Their leader was wanted on federal fraud charges in Norland."
    )
    wanted = _quoting(_events(text, ("Tuesday", "2031-03-11")), "was wanted")
    assert wanted.when != FuzzyDate.parse("2031-03-11")


def test_a_lead_in_the_past_sets_the_scene_though_its_date_sits_by_a_noun_read_as_a_verb():
    text = (
        "Arvel and Dunmore progressed to the final stages of the cup with group wins on Tuesday.\n\n"
        "The game of the night was in Tacna where Dunmore beat Norland 4-3."
    )
    game = _quoting(_events(text, ("Tuesday", "2031-03-11")), "Dunmore beat")
    assert game.when is not None and game.when.iso() == "2031-03-11"


def test_a_round_up_after_the_lead_goes_on_with_its_day():
    text = (
        "Arvel swimmers won four races at the Norland games on Tuesday.\n\n"
        "Mira Tollan set the fastest time in the women's 200m freestyle.\n\n"
        "Her team-mate Ada Brin held off Lena Roos of Tacna in the 100m butterfly."
    )
    events = _events(text, ("Tuesday", "2031-03-11"))
    for words in ("set the fastest time", "held off Lena Roos"):
        event = _quoting(events, words)
        assert event.when is not None and event.when.iso() == "2031-03-11", words
        assert event.when.approximate and "plain past" in event.explanation, words


def test_a_round_up_stops_at_another_time_and_at_a_step_back():
    text = (
        "Arvel swimmers won four races at the Norland games on Tuesday.\n\n"
        "Mira Tollan had set the fastest time in the women's 200m freestyle.\n\n"
        "Her team-mate Ada Brin held off Lena Roos of Tacna in the 100m butterfly."
    )
    events = _events(text, ("Tuesday", "2031-03-11"))
    for words in ("had set the fastest", "held off Lena Roos"):
        assert _quoting(events, words).when != FuzzyDate.parse("2031-03-11"), words


def test_the_day_of_a_noun_in_the_lead_sets_no_round_up():
    after = "\n\nRelatives wept and prayed as the coffins were carried out."
    of_the_blast = "Funerals for the victims of Sunday's blast were held in Arvel." + after
    events = _events(of_the_blast, ("Sunday", "2031-03-09"))
    assert _quoting(events, "Relatives wept").when is None
    of_the_funerals = "Funerals for the victims of the blast were held in Arvel on Sunday." + after
    events = _events(of_the_funerals, ("Sunday", "2031-03-09"))
    wept = _quoting(events, "Relatives wept").when
    assert wept is not None and wept.iso() == "2031-03-09" and wept.approximate


def test_a_round_up_goes_on_through_a_report_of_the_leads_day_and_past_a_length():
    text = (
        "The head of a fraud ring was sentenced to life in prison in Arvel on Tuesday.\n\n"
        "Judges at the city court ordered the seizure of his three houses.\n\n"
        "Eight accomplices were jailed for terms ranging from 13 months to ten years."
    )
    jailed = _quoting(_events(text, ("Tuesday", "2031-03-11")), "Eight accomplices")
    assert jailed.when is not None and jailed.when.iso() == "2031-03-11"


def test_a_length_of_time_in_a_sentence_is_no_shift_but_a_time_ago_is():
    lead = "The head of a fraud ring was sentenced to life in prison in Arvel on Tuesday.\n\n"
    for sentence, carried in (
        ("Eight accomplices were jailed for terms of ten years.", True),
        ("Eight accomplices were jailed ten years ago.", False),
    ):
        jailed = _quoting(_events(lead + sentence, ("Tuesday", "2031-03-11")), "Eight accomplices")
        assert (jailed.when is not None and jailed.when.iso() == "2031-03-11") is carried, sentence


def test_an_aside_about_someone_named_does_not_take_the_sentence_out_of_the_scene():
    lead = "Tollan Stores opened a jewellery shop in the centre of Arvel on Tuesday.\n\n"
    for sentence, carried in (
        ("The company, whose owner is a former banker, flew its designers in from Milan.", True),
        ("The company is flying its designers in from Milan.", False),
    ):
        flew = _quoting(_events(lead + sentence, ("Tuesday", "2031-03-11")), "designers in from Milan")
        assert (flew.when is not None and flew.when.iso() == "2031-03-11") is carried, sentence


def test_a_sentence_right_after_an_old_time_goes_on_with_it_when_it_tells_of_the_same_people():
    lead = "Norland's trade ministry said on Tuesday it would review the licences of foreign banks.\n\n"
    old = "Vesta Bank was registered in Arvel in 2019.\n\n"
    for sentence, carried in (
        ("Vesta Bank moved its head office to Dunmore.", True),
        ("Before that, Vesta Bank moved its head office to Dunmore.", False),
        ("Customs officers seized a truck of cigarettes near Tacna.", False),
    ):
        text = lead + old + sentence
        moved = _quoting(_events(text, ("Tuesday", "2031-03-11"), ("2019", "2019")), sentence[-20:])
        assert (moved.when is not None and moved.when.iso() == "2019") is carried, sentence
        if carried:
            assert moved.when is not None and moved.when.approximate and "2019" in moved.explanation


def test_a_round_up_goes_on_past_a_sentence_that_tells_no_happening_but_not_past_a_step_back():
    lead = "Share prices in Arvel ended lower on Tuesday with the main index falling 10 points.\n\n"
    for between, carried in (
        ("The volume stood at 600 million shares.", True),
        ("Bank stocks had fallen sharply in the week before.", False),
    ):
        text = lead + between + "\n\nLosers in Arvel outnumbered gainers by 236 to 194."
        losers = _quoting(_events(text, ("Tuesday", "2031-03-11")), "Losers in Arvel")
        assert (losers.when is not None and losers.when.iso() == "2031-03-11") is carried, between


def test_a_sentence_opening_on_the_past_happening_just_told_takes_its_time():
    # a background sentence dates a gathering long before the story; the next one opens on it
    # ("The meeting ...", another word of a gathering) and tells what it did: that time, roughly
    text = (
        "Leaders of the region will meet in Vesta on Friday.\n\n"
        "The first regional summit was held in Norland in May 2019. "
        "The meeting approved a plan to cut tariffs.\n\n"
    )
    events = _events(text, ("on Friday", "2031-03-14"), ("May 2019", "2019-05"))
    approved = _quoting(events, "approved a plan")
    assert approved.when is not None and approved.when.iso() == "2019-05"
    assert approved.when.approximate


def test_a_sentence_naming_another_happening_after_a_past_one_keeps_none_of_its_time():
    # "the attack" is not the congress the sentence before told: no date carries
    text = (
        "Leaders of the region will meet in Vesta on Friday.\n\n"
        "The first regional congress was held in Norland in May 2019. "
        "The attack on the border post killed six guards.\n\n"
    )
    events = _events(text, ("on Friday", "2031-03-14"), ("May 2019", "2019-05"))
    shocked = _quoting(events, "killed six guards")
    assert shocked.when is None or shocked.when.iso() != "2019-05"


def test_a_market_move_a_few_sentences_on_takes_the_trading_day():
    text = (
        "Share prices in Vesta fell 2 percent on Tuesday as banks lost ground.\n\n"
        "Dealers said investors were selling property stocks.\n\n"
        "The central bank cut its lending rate to 4 percent.\n\n"
        "Acme Bank eased 10 cents to 4.50 dollars.\n\n"
    )
    eased = _quoting(_events(text, ("on Tuesday", "2031-03-11")), "eased 10 cents")
    assert eased.when is not None and eased.when.iso() == "2031-03-11"
    assert eased.when.approximate


def test_a_move_after_another_time_is_told_keeps_no_day():
    # a sentence dated in January leaves the scene's day: what follows may be of that time
    text = (
        "Share prices in Vesta fell 2 percent on Tuesday as banks lost ground.\n\n"
        "The central bank raised its lending rate to 4 percent in January.\n\n"
        "Dealers said investors were selling property stocks.\n\n"
        "Acme Bank eased 10 cents to 4.50 dollars.\n\n"
    )
    eased = _quoting(_events(text, ("on Tuesday", "2031-03-11"), ("in January", "2031-01")), "eased 10 cents")
    assert eased.when is None


def test_each_sharing_out_keeps_the_plain_past_of_the_scene():
    # "four seats each" is no habit ("each year" would be): the result of Sunday's vote
    text = (
        "Voters in Norland elected a new parliament on Sunday.\n\n"
        "The Greens and the Liberals won four seats each in the two northern provinces.\n\n"
    )
    won = _quoting(_events(text, ("on Sunday", "2031-03-09")), "four seats each")
    assert won.when is not None and won.when.iso() == "2031-03-09"


def test_a_quotation_inside_the_sentence_does_not_take_it_out_of_the_plain_past():
    # the chant's "will" is the children's words, not the tense of the marching
    text = (
        "Tens of thousands of people marched through Vesta on Friday.\n\n"
        'In the old town, hundreds of children marched around the park chanting "We will win!"\n\n'
    )
    marched = _quoting(_events(text, ("on Friday", "2031-03-07")), "around the park")
    assert marched.when is not None and marched.when.iso() == "2031-03-07"


def test_a_step_back_within_the_scenes_day_goes_on_with_that_day():
    # "Earlier Sunday" steps back within Sunday: what follows right after is of Sunday still
    text = (
        "Protesters rallied in Norland on Sunday.\n\n"
        "Earlier Sunday, police and youths clashed in the north of the city.\n\n"
        "Police fired tear gas at the youths.\n\n"
    )
    events = _events(text, ("on Sunday", "2031-03-09"), ("Earlier Sunday", "2031-03-09"))
    fired = _quoting(events, "tear gas")
    assert fired.when is not None and fired.when.iso() == "2031-03-09"


def test_a_past_perfect_inside_a_relative_clause_leaves_the_main_clause_in_the_scene():
    # "which had sailed" steps back for the ship only: the team came ashore on Sunday
    text = (
        "French troops landed in the port of Vesta on Sunday.\n\n"
        "A team of 40 commandos came ashore from a transport ship which had sailed from Norland.\n\n"
    )
    ashore = _quoting(_events(text, ("on Sunday", "2031-03-09")), "came ashore")
    assert ashore.when is not None and ashore.when.iso() == "2031-03-09"


def test_later_opening_a_paragraph_goes_on_with_the_day_of_the_event_before():
    # "Later" says the visit came after what Vell did just before, a paragraph up, though
    # a sentence of background (another day) left the scene of the tour
    text = (
        "Prime Minister Anna Vell toured a vaccine plant in Vesta on Thursday.\n\n"
        "Health officials confirmed two cases of the disease on March 3.\n\n"
        '"The public cares about safety," Vell told the managers.\n\n'
        "Later Vell visited a research institute in the city.\n\n"
    )
    events = _events(text, ("on Thursday", "2031-03-12"), ("on March 3", "2031-03-03"))
    visited = _quoting(events, "research institute")
    assert visited.when is not None and visited.when.iso() == "2031-03-12"
    assert visited.when.approximate
