from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.model import Kind


def test_inflected_forms_find_their_lemma_and_kind():
    lex = lexicon()
    assert lex.verb("met").lemma == "meet"
    assert lex.verb("met").kind is Kind.CONSULT
    assert lex.verb("rejected").kind is Kind.REJECT
    assert lex.verb("shelled").kind is Kind.ASSAULT
    assert lex.verb("claims").kind is Kind.STATEMENT
    assert lex.verb("video") is None


def test_cameo_derived_kinds_cover_requests_and_threats():
    lex = lexicon()
    assert lex.verb("demanded").kind is Kind.REQUEST
    assert lex.verb("threatened").kind is Kind.THREATEN


def test_a_cameo_pattern_belongs_to_the_verb_it_was_written_for():
    """CAMEO writes "- * RELATIONS [161]  # BREAK" in a block of synonyms of "destroy": breaking
    relations is a sanction, dominating them is not; "[---]" patterns mark no event."""
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import extract_events
    from timeline_app.core.extract.lexicon import lexicon
    from timeline_app.core.model import Kind

    assert lexicon().pattern("break", "relations") is Kind.SANCTION
    assert lexicon().pattern("dominate", "relations") is None
    assert lexicon().pattern("cut", "production") is Kind.OTHER
    day = FuzzyDate(2024, 3, 12)
    (event, *_r) = extract_events(
        "The border issue dominated relations between Norland and Varel on Monday.", day
    )
    assert event.kind is not Kind.SANCTION


def test_one_syllable_verbs_double_their_last_consonant():
    """ "hoped" and "raging" are "hope"'s and "rage"'s ("hop" makes "hopped"), while a longer
    verb keeps its plain forms ("visited")."""
    lex = lexicon()
    assert lex.verb("hoped").lemma == "hope"
    assert lex.verb("hoping").lemma == "hope"
    assert lex.verb("raged") is None or lex.verb("raged").lemma != "rag"
    assert lex.verb("planned").lemma == "plan"
    assert lex.verb("banned").lemma == "ban"
    assert lex.verb("visited").lemma == "visit"
