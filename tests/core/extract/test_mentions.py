from timeline_app.core.extract.gazetteer import gazetteer
from timeline_app.core.extract.mentions import find_mentions
from timeline_app.core.extract.text import tokenize


def _mentions(text, known=None):
    return find_mentions(tokenize(text), gazetteer(), {} if known is None else known)


def test_role_titles_are_split_from_people():
    (m,) = [m for m in _mentions("Yesterday Defence Minister Anna Kowalczyk arrived") if m.kind == "person"]
    assert m.name == "Anna Kowalczyk"
    assert m.role == "Defence Minister"


def test_country_and_title_prefix_an_unknown_person():
    found = _mentions("Then Brazilian Foreign Minister Paulo Mendes spoke")
    people = [m for m in found if m.kind == "person"]
    assert [p.name for p in people] == ["Paulo Mendes"]
    assert people[0].role.startswith("Brazilian")


def test_institution_ending_in_ministry_is_an_organisation():
    found = _mentions("Then the Polish Interior Ministry said")
    assert [(m.kind, m.name) for m in found] == [("org", "Polish Interior Ministry")]


def test_surname_seen_before_wins_over_a_town():
    known = {}
    _mentions("Then envoy Marco Rubio spoke", known)
    later = _mentions("Then Rubio left", known)
    assert [(m.kind, m.name) for m in later] == [("person", "Marco Rubio")]
