"""Claims a sentence says are denied or false are not told as what happened."""

import pytest

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events
from timeline_app.core.model import Status

PUB = FuzzyDate.parse("2031-03-12")


@pytest.mark.parametrize(
    "text",
    [
        "Reports -- denied by his doctors -- that the senator was hurt during a riot have raised questions.",
        "The ministry wrongly suggested that outside experts endorsed the ban on Tuesday.",
        "There is no proof that the rebels shelled the harbour.",
        "There was no indication that the guards opened fire on the crowd.",
    ],
)
def test_a_denied_or_false_claim_is_not_reported_as_fact(text: str) -> None:
    events = extract_events(text, PUB)
    assert events
    assert all(e.status is Status.DENIED for e in events), [(e.title, e.status) for e in events]


def test_an_attributed_claim_that_no_one_denies_stays_claimed() -> None:
    text = "Officials said that the army shelled the harbour on Monday."
    (event,) = extract_events(text, PUB)
    assert event.status is Status.CLAIMED


def test_the_denial_itself_is_an_event_of_its_own_kind() -> None:
    text = "The minister on Monday dismissed suggestions that the navy had sent ships to the strait."
    (event,) = extract_events(text, PUB)
    assert event.status is not Status.DENIED
    assert "dismiss" in event.title.lower()


def test_a_quoted_word_after_not_is_negated() -> None:
    text = 'The senator told the crowd he was "saddened" but not "discouraged."'
    titles = [e.title.lower() for e in extract_events(text, PUB)]
    assert not any("discourage" in t and "not" not in t for t in titles), titles


def test_what_a_relative_clause_after_a_denial_tells_is_not_denied() -> None:
    text = (
        "The rebel council denied any role in the ambush, accusing the police of staging it to wreck "
        "the talks which began in the capital last August."
    )
    events = extract_events(text, PUB)
    began = [e for e in events if "begin" in e.title.lower() or "began" in e.title.lower()]
    assert began, [e.title for e in events]
    assert all(e.status is not Status.DENIED for e in began)
    assert any(e.status is Status.DENIED for e in events if "den" in e.title.lower())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The governor moved to calm the protesters on Monday.", "moves to calm"),
        ("Premier Vasko moved to defuse a row over the dam on Monday by phoning a rival.", "moves to defuse"),
    ],
)
def test_an_attempt_is_not_titled_as_done(text: str, kept: str) -> None:
    events = extract_events(text, PUB)
    assert events
    assert any(kept in e.title.lower() for e in events), [e.title for e in events]
    assert not any(w in e.title.lower() for e in events for w in ("calms", "defuses"))


def test_an_attempt_noun_gets_no_trying_verb() -> None:
    text = "Earlier attempts to censure the council have failed in every session since 2019."
    assert not any(" tries " in e.title or " moves " in e.title for e in extract_events(text, PUB))


def test_a_fronted_time_clause_of_a_foreseen_act_is_not_told_as_done() -> None:
    text = "When the rebels attack the town, the army will respond with force."
    storm = [e for e in extract_events(text, PUB) if "attack" in e.title.lower()]
    assert storm
    assert all(e.status is Status.PLANNED and e.confidence < 0.5 for e in storm), [
        (e.title, e.status, e.confidence) for e in storm
    ]


def test_a_fronted_time_clause_of_a_past_act_stays_done() -> None:
    text = "When the rebels attacked the town on Monday, the army responded with force."
    events = extract_events(text, PUB)
    assert events
    assert all(e.status is not Status.PLANNED for e in events), [(e.title, e.status) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry was not certain at that stage that 40 people had been killed by the fever.",
        "It is unclear whether the rebels shelled the harbour on Monday.",
    ],
)
def test_a_clause_in_doubt_is_not_reported_as_fact(text: str) -> None:
    events = extract_events(text, PUB)
    assert events
    assert all(e.status is Status.CLAIMED for e in events), [(e.title, e.status) for e in events]


def test_a_clause_said_to_be_certain_stays_reported() -> None:
    text = "It is clear that the rebels shelled the harbour on Monday."
    assert all(e.status is Status.REPORTED for e in extract_events(text, PUB))


@pytest.mark.parametrize(
    ("text", "never"),
    [
        ("The board rushed the vote through on Monday to avoid the merger being delayed.", "delayed"),
        ("The ministry acted on Monday to prevent the election from being postponed.", "was postponed"),
    ],
)
def test_what_is_prevented_is_not_told_as_done(text: str, never: str) -> None:
    events = extract_events(text, PUB)
    assert events
    assert not any(e.title.lower().endswith(never) for e in events), [e.title for e in events]


def test_a_delay_told_as_done_stays() -> None:
    text = "The merger was delayed on Monday after the board failed to vote."
    assert any("delayed" in e.title for e in extract_events(text, PUB))


def test_what_a_belief_called_false_holds_is_denied() -> None:
    text = (
        "The lucrative wine trade in the valley could be hard hit for years by a false perception "
        "the fire has ruined all the vineyards, growers said."
    )
    wrecked = [e for e in extract_events(text, PUB) if "ruin" in e.title.lower()]
    assert wrecked
    assert all(e.status is Status.DENIED for e in wrecked), [(e.title, e.status) for e in wrecked]


def test_a_false_rumour_that_spread_did_spread() -> None:
    text = "Officials said the false rumours that the bank had collapsed spread on Monday."
    spread = [e for e in extract_events(text, PUB) if "spread" in e.title.lower()]
    assert spread
    assert all(e.status is not Status.DENIED for e in spread)


@pytest.mark.parametrize(
    "text",
    ["Senator Lusk leaves for home tomorrow.", "The envoy travels to Cairo next week for talks."],
)
def test_a_present_for_a_time_to_come_is_a_plan(text: str) -> None:
    events = extract_events(text, PUB)
    assert events
    assert all(e.status is Status.PLANNED for e in events), [(e.title, e.status) for e in events]


def test_a_present_with_no_time_to_come_is_not_a_plan() -> None:
    events = extract_events("Senator Lusk leaves for home, aides said on Monday.", PUB)
    assert events
    assert all(e.status is not Status.PLANNED for e in events), [(e.title, e.status) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry on Tuesday wrongly suggested that outside experts endorsed the ban.",
        "Okoro falsely claimed on Monday that the army had withdrawn from the border.",
        "The minister mistakenly said the army had withdrawn, his office said on Monday.",
    ],
)
def test_a_saying_called_false_is_denied_even_with_words_between(text: str) -> None:
    events = extract_events(text, PUB)
    assert events
    assert all(e.status is Status.DENIED for e in events), [(e.title, e.status) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Okoro would not confirm reports that the troops had left Tarvik.",
        "Moen stopped short of admitting that the policy had failed.",
        "Okoro declined to confirm on Monday that the troops had left Tarvik.",
    ],
)
def test_what_someone_would_not_admit_or_confirm_is_neither_done_nor_said(text: str) -> None:
    events = extract_events(text, PUB)
    told = [(e.title, e.status) for e in events]
    assert not any(
        e.status in (Status.REPORTED, Status.CONFIRMED, Status.CLAIMED) and " says " in e.title
        for e in events
    ), told
    assert not any(e.title.startswith(("Troops leave", "Troops left", "Policy fail")) for e in events), told
    assert not any(e.status is Status.CONFIRMED for e in events), told


def test_what_someone_confirmed_stays_confirmed() -> None:
    events = extract_events("Okoro confirmed that the troops had left Tarvik.", PUB)
    assert any(e.status is Status.CONFIRMED for e in events), [(e.title, e.status) for e in events]


def test_what_someone_wants_done_is_not_told_as_done() -> None:
    events = extract_events("The government wants the Tarvik plant closed by 2040.", PUB)
    told = [(e.title, e.status) for e in events]
    assert not any(e.title.startswith(("Plant closed", "Tarvik plant closed")) for e in events), told
    assert any("wants" in e.title for e in events), told


def test_what_someone_was_told_is_not_their_claim_nor_done() -> None:
    text = (
        "Piet, a 23-year-old student, told delegates how, as a teenager, he had been told he could "
        "only catch the disease from strangers."
    )
    events = extract_events(text, PUB)
    told = [(e.title, e.status) for e in events]
    assert not any(e.title.startswith("Piet says he could catch") for e in events), told


def test_neither_confirmed_nor_denied_is_never_a_denial() -> None:
    for text in (
        "Vessland has neither confirmed nor denied involvement in the raid.",
        "The palace neither confirmed nor denied the report on Monday.",
    ):
        titles = [e.title for e in extract_events(text, FuzzyDate(2031, 3, 12))]
        assert not any(t.endswith(("denies involvement in raid", "denies report")) for t in titles), titles
        assert all("nor" in t for t in titles if "den" in t.lower()), titles
