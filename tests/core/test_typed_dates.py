"""Dates typed by hand (core.typed_dates): every form the Inspector and the filter bar take."""

from __future__ import annotations

import pytest

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.typed_dates import parse_typed_date

TUESDAY = FuzzyDate(2025, 12, 2)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2025-11", "", FuzzyDate(2025, 11, precision=Precision.MONTH)),
        ("1/12/2025", "", FuzzyDate(2025, 12, 1)),
        ("next Tuesday", "", FuzzyDate(2025, 12, 9)),
        ("on Monday", "", FuzzyDate(2025, 12, 1)),
        ("2 days ago", "", FuzzyDate(2025, 11, 30)),
        ("December 2025", "", FuzzyDate(2025, 12, precision=Precision.MONTH)),
        ("spring 2024", "", FuzzyDate(2024, 3, precision=Precision.SEASON)),
        ("the 1990s", "", FuzzyDate(1990, precision=Precision.DECADE)),
        ("3 décembre 2025", "fr", FuzzyDate(2025, 12, 3)),
        ("12. Dezember 2025", "de", FuzzyDate(2025, 12, 12)),
        ("44 BCE", "", FuzzyDate(-43, precision=Precision.YEAR)),
        ("March 44 BC", "", FuzzyDate(-43, 3, precision=Precision.MONTH)),
    ],
)
def test_typed_dates(text, language, expected):
    assert parse_typed_date(text, TUESDAY, language) == expected


@pytest.mark.parametrize("text", ["", "soon", "2025-02-30", "2025-13", "Talks in Geneva", "30 Smarch 44 BC"])
def test_what_is_not_a_date_is_a_clear_error(text):
    with pytest.raises(ValueError) as error:
        parse_typed_date(text, TUESDAY)
    assert "\n" not in str(error.value) and str(error.value)
