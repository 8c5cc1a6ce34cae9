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


def test_lower_case_roles_title_the_person_after_them():
    found = _mentions("Then Kremlin spokesman Ivan Petrenko said")
    people = [m for m in found if m.kind == "person"]
    assert [(p.name, p.role) for p in people] == [("Ivan Petrenko", "Kremlin spokesman")]
    assert not [m for m in found if m.kind == "seat"]  # the Kremlin goes with the role


def test_a_title_filed_as_an_institution_still_titles_a_person():
    found = _mentions("Then German Chancellor Friedrich Merz spoke")
    assert [(m.kind, m.name) for m in found] == [("person", "Friedrich Merz")]
    assert found[0].role == "German Chancellor"


def test_known_leaders_get_their_role_and_headline_name():
    (m,) = _mentions("Then Li Qiang arrived")
    assert (m.name, m.role, m.extras["short"]) == ("Li Qiang", "Premier", "Li")


def test_arabic_articles_and_place_phrases():
    found = _mentions("Then Egypt's Abdel Fattah al-Sisi visited the village of Qaryat Nur")
    assert ("person", "Abdel Fattah al-Sisi") in [(m.kind, m.name) for m in found]
    assert ("place", "Qaryat Nur") in [(m.kind, m.name) for m in found]
