"""A sentence reading's copies and the facts it works out once for the steps that ask again."""

from __future__ import annotations

from dataclasses import fields, replace

from timeline_app.core.extract.analysis import analyse
from timeline_app.core.extract.kinds import _verb_kind, predicate_kind
from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.extract.mainverb import _trailing_attribution, trailing_attribution
from timeline_app.core.extract.mentions import Mention
from timeline_app.core.extract.reading import SentenceReading, _copied, read_sentence
from timeline_app.core.gazetteer import gazetteer


def _reading(sentence: str) -> SentenceReading:
    a = analyse(sentence, None)
    (sent,), (names,) = a.sentences, a.names
    return read_sentence(sent, gazetteer(), lexicon(), names.mentions, names.people, [])


def test_a_copied_mention_equals_a_replaced_one_and_owns_its_extras() -> None:
    m = Mention(2, 4, "person", "Ana Ruiz", "Ana Ruiz", "ESP", "minister", "ruiz", True, {"short": "Ruiz"})
    assert [f.name for f in fields(Mention)] == [
        "first",
        "last",
        "kind",
        "name",
        "text",
        "country",
        "role",
        "canonical",
        "possessive",
        "extras",
    ]  # a new field must be copied by _copied too
    copy = _copied(m)
    assert copy == replace(m, extras=dict(m.extras))
    copy.extras["capital"] = "1"
    assert "capital" not in m.extras


def test_the_reading_copies_the_names_it_was_given() -> None:
    a = analyse("Ana Ruiz met the Vessland envoy in Madrid.", None)
    (sent,), (names,) = a.sentences, a.names
    r = read_sentence(sent, gazetteer(), lexicon(), names.mentions, names.people, [])
    assert r.mentions and [m.name for m in r.mentions] == [m.name for m in names.mentions]
    assert all(
        c is not m and c.extras is not m.extras for c, m in zip(r.mentions, names.mentions, strict=True)
    )


def test_a_verb_fact_is_worked_out_once_and_equals_the_rule() -> None:
    r = _reading("The rebels attacked the convoy near the border, the army said on Monday.")
    calls: list[int] = []

    def counted(r: SentenceReading, p: object) -> str:
        calls.append(1)
        return "value"

    p = r.preds[0]
    assert r.per_verb(counted, p) == "value" and r.per_verb(counted, p) == "value"
    assert len(calls) == 1
    assert r.per_verb(counted, r.preds[1]) == "value" and len(calls) == 2  # another verb: its own
    for q in r.preds:
        assert predicate_kind(r, q) is _verb_kind(r, q)
    assert trailing_attribution(r) is _trailing_attribution(r) is not None
    assert r.tokens[trailing_attribution(r).index].text == "said"  # type: ignore[union-attr]


def test_a_sentence_fact_of_none_is_kept_too() -> None:
    r = _reading("The rebels attacked the convoy near the border on Monday.")
    calls: list[int] = []

    def counted(r: SentenceReading) -> None:
        calls.append(1)

    assert r.per_sentence(counted) is None and r.per_sentence(counted) is None
    assert len(calls) == 1
    assert trailing_attribution(r) is None


def test_the_name_at_a_token_is_the_first_name_that_takes_it_in() -> None:
    r = _reading("Ana Ruiz met the Vessland envoy in Madrid on Monday.")
    assert r.mentions
    for i in range(-2, len(r.tokens) + 2):
        assert r.mention_at(i) is next((m for m in r.mentions if m.first <= i < m.last), None)
    assert r.mention_at(0) is not None and r.mention_at(0).name == "Ana Ruiz"  # type: ignore[union-attr]
