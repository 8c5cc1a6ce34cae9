"""Events whose title lost its subject: a fragment of a clause, not a headline.

On web articles a verb of a coordination ("carriers have stepped up cleaning, installed new
filters and allowed staff to wear masks") or of a clause whose subject the reader could not
take along gives a title that starts on the verb ("Installed new filters and allows staff"), on
an adjective or a number before an infinitive ("Able to supply both drugs", "One to deploy a
vessel"), or on an adverb before the verb ("Newly captures ..."). Such an event is kept (its
clause may date a happening the story tells) but scored as uncertain, with the reason, so the
window hides it by default.

The test reads the title and the sentence it came from: the title's first word must stand in
the sentence as a verb after an auxiliary whose subject is no pronoun ("the chief executive of
the airline was keeping a brave face" gives "Keeps brave face"), or after a comma or a
conjunction that coordinates it with an earlier finite verb ("have stepped up cleaning,
installed filters"), never as a noun ("In recent days, protests intensified" gives "Protests
intensify", which has its subject). A pronoun's clause ("she left ...") goes on the story's
thread: it is a continuation, not a fragment, and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.core.extract.lexicon import lexicon
from timeline_app.core.model import Event
from timeline_app.core.text import tokenize

__all__ = ["NO_SUBJECT", "NO_SUBJECT_CONFIDENCE", "demote_headless", "missing_subject"]

NO_SUBJECT = "no subject: the title starts inside its clause"
NO_SUBJECT_CONFIDENCE = 0.3


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# what stands before a verb whose subject is elsewhere: "..., installed", "and allowed", "is seeking"
_COORDINATION = _words(", and or but then")
_AUXILIARIES = _words(
    "is are was were be been being has have had will would can could may might must shall should"
)
_PRONOUNS = _words("it he she they we i you")
_NOT_AFTER_VERB = _words("and or which who that , ;")
# a head no headline has before "to" + verb: "Able to supply", "One to deploy", "First to be"
_NO_HEAD = _words(
    "able unable likely unlikely ready due expected one two three first second third last other "
    "others another each both either neither"
)


def missing_subject(title: str, sentence: str) -> bool:
    """Whether ``title`` starts inside its clause of ``sentence`` with no subject before it."""
    words = title.split()
    if len(words) < 2:
        return False
    first, second = words[0].lower().strip(",.:;“”\"'"), words[1].lower().strip(",.:;“”\"'")
    if first in _NO_HEAD and second == "to":
        return True
    lex = lexicon()
    verb = lex.verb(first)
    lemma = verb.lemma if verb is not None and verb.form in ("s", "past") else ""
    if not lemma and not (verb is None and first.endswith("ed") and len(first) > 4):
        return False
    tokens = tokenize(sentence)
    finite_before = False
    for i, t in enumerate(tokens):
        low = t.lower
        same = i > 0 and t.text[:1].islower() and low == first
        if not same and lemma and i > 0 and t.text[:1].islower():
            other = lex.verb(low)
            same = other is not None and other.lemma == lemma and other.form != "base"
        if same:
            before = tokens[i - 1].lower
            if before in _PRONOUNS:
                return False  # "she left ...": the pronoun's event goes on the story's thread
            if before in _AUXILIARIES:
                j = i - 1  # back over "have already been" to the subject
                while j > 0 and (tokens[j].lower in _AUXILIARIES or tokens[j].lower.endswith("ly")):
                    j -= 1
                return tokens[j].lower not in _PRONOUNS and tokens[j].lower not in _AUXILIARIES
            if before not in _COORDINATION or not finite_before:
                return False  # "In recent days, protests intensified": a noun, the subject
            after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            return not (after in _NOT_AFTER_VERB or after in _AUXILIARIES or lex.verb(after) is not None)
        other = lex.verb(low)
        finite = other is not None and other.form in ("s", "past") and t.text[:1].islower()
        if low in _AUXILIARIES or finite:
            finite_before = True
    return False


def demote_headless(events: Sequence[Event]) -> list[Event]:
    """``events`` with those whose title has no subject (:func:`missing_subject`) scored as
    uncertain, for that reason; events a person made or edited are left as they are."""
    out = []
    for e in events:
        if (
            not e.edited
            and e.confidence > NO_SUBJECT_CONFIDENCE
            and e.sources
            and missing_subject(e.title, e.sources[0].quote)
        ):
            e = e.with_changes(confidence=NO_SUBJECT_CONFIDENCE, confidence_reason=NO_SUBJECT)
        out.append(e)
    return out
