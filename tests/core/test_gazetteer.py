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


def test_a_bracketed_acronym_the_actor_lists_write_in_lower_case_is_in_capitals():
    from timeline_app.core.gazetteer import _bracket_cased

    countries = {"colombia"}
    assert (
        _bracket_cased("Liberation Front of Vessland (lfv)", countries)
        == "Liberation Front of Vessland (LFV)"
    )
    assert _bracket_cased("Workers Party (colombia)", countries) == "Workers Party (Colombia)"
    assert _bracket_cased("Norstad Rangers (mavericks)", countries) == "Norstad Rangers (Mavericks)"
    assert _bracket_cased("Norland Union (NU)", countries) == "Norland Union (NU)"


def test_no_actor_name_of_the_gazetteer_keeps_a_lower_case_acronym_in_brackets():
    import re

    g = gazetteer()
    names = {e.name for e in g.names.values() if e.kind in ("group", "org", "person")}
    assert names
    assert not [n for n in names if re.search(r"\([a-z]+\)", n)]


def test_a_reigns_number_is_in_capitals():
    from timeline_app.core.gazetteer import _bracket_cased

    assert _bracket_cased("Queen Ana Ii", set()) == "Queen Ana II"
    assert _bracket_cased("Ivan Ivo", set()) == "Ivan Ivo"
