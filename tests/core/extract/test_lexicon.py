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
