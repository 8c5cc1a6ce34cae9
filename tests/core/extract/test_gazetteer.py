from timeline_app.core.extract.gazetteer import gazetteer, key


def test_aliases_resolve_to_canonical_names():
    g = gazetteer()
    assert g.lookup(key("Kiev")).name == "Kyiv"
    assert g.lookup(key("Kharkov")).name == "Kharkiv"
    assert g.lookup(key("U.S.")).name == "United States"
    assert g.lookup(key("Ukrainian")).name == "Ukraine"
    assert g.lookup(key("Kremlin")).kind == "seat"
    assert g.lookup(key("Washington")).kind == "city"  # the capital, not the state


def test_bare_titles_are_not_actors():
    assert gazetteer().lookup(key("Secretary of State")) is None


def test_capitals_are_known():
    g = gazetteer()
    assert g.capitals["moscow"] == "RUS"
    assert g.country_name("FRA") == "France"
