from timeline_app.core.gazetteer import gazetteer, key


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


def test_current_office_holders_have_roles_and_countries():
    g = gazetteer()
    for name, role, country in [
        ("Sergei Lavrov", "Foreign Minister", "RUS"),
        ("Friedrich Merz", "Chancellor", "DEU"),
        ("Keir Starmer", "Prime Minister", "GBR"),
        ("Donald Trump", "President", "USA"),
        ("Mark Rutte", "Secretary-General", "NAT"),  # not the Dutch prime minister of PETRARCH2
    ]:
        entry = g.lookup(key(name))
        assert entry is not None and entry.kind == "person", name
        assert (entry.role, entry.country) == (role, country)
    assert g.lookup(key("Sergey Lavrov")).name == "Sergei Lavrov"  # one person, the news spelling


def test_a_leader_never_hides_a_country():
    assert gazetteer().lookup(key("Israel")).kind == "country"  # Israel Katz is in leaders.tsv


def test_the_country_names_read_alone_are_the_gazetteers_countries():
    from timeline_app.core.gazetteer import country_names, gazetteer

    assert country_names() == frozenset(gazetteer().countries.values())
    assert {"Russia", "Ukraine", "United States"} <= country_names()
