"""Sentences that only comment on whether something happened ("Neither location's capture has
been confirmed"): they change the status of the event they are about instead of adding one."""

from __future__ import annotations

from timeline_app.core.extract.reading import SentenceReading
from timeline_app.core.model import Status

VERIFY = frozenset(["confirm", "verify", "corroborate", "substantiate"])
NEGATIVE = frozenset(["not", "n't", "neither", "nor", "no", "never", "yet", "unable"])


def comment_update(r: SentenceReading) -> Status | None:
    """The status a comment-only sentence gives, or None for a sentence that tells an event.

    A comment is a sentence whose main verb is a passive or negated "confirm"/"verify"
    ("has not been confirmed", "could not be independently verified") with no other verb
    naming an event.
    """
    main = [p for p in r.preds if p.finite]
    if not main:
        return None
    verbs = [p for p in main if p.lemma in VERIFY]
    if not verbs:
        return None
    v = verbs[0]
    others = [p for p in main if p is not v and p.kind is not None and p.lemma not in VERIFY]
    if others or not (v.passive or v.negated):
        return None
    lows = r.lows[: v.index]
    negative = v.negated or any(w in NEGATIVE for w in lows)
    return Status.CLAIMED if negative else Status.CONFIRMED
