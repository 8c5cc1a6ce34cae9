"""Titles that start inside their clause, with no subject: scored uncertain, not shown."""

import datetime as dt

import pytest

from timeline_app.core.extract import extract_events
from timeline_app.core.extract.fragments import NO_SUBJECT, missing_subject
from timeline_app.core.model import UNCERTAIN_BELOW


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Repaired the roof and opens the hall",
            "Volunteers in the village have cleared the debris, repaired the roof and opened the hall.",
        ),
        ("Keeps calm", "The captain of the sinking ferry, a veteran of many storms, was keeping calm."),
        ("Able to supply both vaccines", "We are able to supply both vaccines to the clinics."),
        ("First to reach the summit", "The first of the two climbers is expected to reach the summit today."),
    ],
)
def test_a_title_without_its_subject_is_a_fragment(title: str, sentence: str) -> None:
    assert missing_subject(title, sentence)


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Protests spread", "After the verdict, protests spread to three more cities."),
        ("Talks resume in Geneva", "The talks resumed in Geneva on Monday."),
        ("Rallies and marches planned", "Unions have called strikes, rallies and marches are planned."),
        ("Leaves for Paris", "Tired after the summit, she left for Paris on the night train."),
        ("Fishermen repaired their nets", "Fishermen repaired their nets on the beach."),
        ("Ministers agree on budget", "Ministers agreed on the budget late on Friday."),
    ],
)
def test_a_title_with_its_subject_or_a_pronoun_thread_is_no_fragment(title: str, sentence: str) -> None:
    assert not missing_subject(title, sentence)


def test_the_extractor_hides_a_subjectless_coordinated_verb() -> None:
    text = (
        "In Europe, hospitals worried by the outbreak have stepped up cleaning, "
        "installed new air filters and allowed nurses to wear masks."
    )
    events = extract_events(text, dt.date(2024, 5, 2))
    assert events
    # a title that names the hospitals is right too; one that starts on "Installed" is hidden
    for e in events:
        if missing_subject(e.title, text):
            assert e.confidence < UNCERTAIN_BELOW
            assert e.confidence_reason == NO_SUBJECT
