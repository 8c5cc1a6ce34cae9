"""'hardly' and 'scarcely' negate the verb they stand before: a title never drops them into the opposite."""

import datetime as dt

from timeline_app.core.extract import extract_events


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, dt.date(2024, 6, 4))]


def test_scarcely_keeps_the_negation_in_the_title():
    titles = _titles("Police scarcely intervened during the protest on Tuesday.")
    assert titles and all("scarcely" in t or " not " in f" {t} " for t in titles)


def test_hardly_in_a_reported_clause_is_not_told_as_done():
    titles = _titles("The coach said on Monday that the defender hardly touched the striker.")
    assert titles and not any(t.endswith("touches striker") for t in titles)
    assert any("not" in t.split() or "hardly" in t.split() for t in titles)
