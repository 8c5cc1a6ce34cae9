"""Which parts of speech an English word form can be, from LemmInflect's lemma table.

LemmInflect (https://github.com/bjascob/LemmInflect) ships its lookup tables inside its
package (about 1 MB installed, numpy only): every form of about 100,000 English lemmas with
the parts of speech it can have ("offer": NOUN and VERB; "requires": VERB only). The
lexicon uses it for the verbs the CAMEO dictionary lacks ("require", "install", "purify"),
and the verb finder for noun/verb decisions: a form that can only be a verb is a verb; one
that can also be a noun or an adjective needs its context.

The table is loaded on first use (about 0.3 s); each word is looked up once and remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

__all__ = ["classes", "noun_lemmas", "verb_lemma", "verb_only", "verb_tense"]


@lru_cache(maxsize=1)
def _lemmatizer() -> Callable[[str], dict[str, tuple[str, ...]]]:
    from lemminflect import getAllLemmas  # its tables load on the first call (about 0.3 s)

    return getAllLemmas


@lru_cache(maxsize=200_000)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    if not word.isalpha():
        return {}
    result: dict[str, tuple[str, ...]] = _lemmatizer()(word)
    return result


@lru_cache(maxsize=200_000)
def classes(word: str) -> frozenset[str]:
    """The parts of speech (NOUN, VERB, ADJ, ADV, ...) a lower-case word form can have; empty
    when the table does not know it."""
    return frozenset(_lemmas(word.lower()))


@lru_cache(maxsize=200_000)
def verb_lemma(word: str) -> str | None:
    """The lemma of a verb form ("purified" -> "purify"), or None when it is no verb form."""
    lemmas = _lemmas(word.lower()).get("VERB")
    return lemmas[0] if lemmas else None


@lru_cache(maxsize=200_000)
def noun_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of a word form read as a noun ("solutions" -> ("solution",)); empty if none."""
    return _lemmas(word.lower()).get("NOUN", ())


def verb_only(word: str) -> bool:
    """Whether a word form can only be a verb ("requires", "needed"; not "offer", "used")."""
    return classes(word) == {"VERB"}


def _inflections(lemma: str, tag: str) -> tuple[str, ...]:
    from lemminflect import getInflection

    return tuple(getInflection(lemma, tag))


@lru_cache(maxsize=20_000)
def verb_tense(word: str) -> str | None:
    """Which verb form a word is when it is one of a single kind: "past" for a past tense that is
    no participle ("went", "took"), "participle" for a participle that is no past tense ("gone",
    "taken"), "base" for a base form that can only be a verb and is no participle ("send", not
    "put" or "offer"); None otherwise ("killed" is both past and participle)."""
    low = word.lower()
    lemma = verb_lemma(low)
    if lemma is None:
        return None
    past, participle = _inflections(lemma, "VBD"), _inflections(lemma, "VBN")
    if low in past and low not in participle:
        return "past"
    if low in participle and low not in past:
        return "participle"
    if low == lemma and low not in participle and verb_only(low):
        return "base"
    return None
