"""Which verb each time expression dates, and the dates of a sentence's events.

The verb that governs an expression dates its clause ("The Kremlin announced Monday that ..."
dates the announcement); every distinct calendar date in a sentence dates an event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.clauses import Predicate
from timeline_app.core.extract.reading import Reading, governing_predicate


def dated_predicates(r: Reading) -> list[tuple[Predicate, list[Any]]]:
    from timeline_app.core.extract.nominal import dated_nouns

    owned = {id(e) for _s, _n, e in dated_nouns(r)}  # "ahead of the election on Sept. 28"
    groups: dict[int, tuple[Predicate, list[Any]]] = {}
    for a, b, e in r.expressions:
        if getattr(e, "date", None) is None or id(e) in owned:
            continue
        p = governing_predicate(r, a, b)
        if p is None:
            continue
        groups.setdefault(p.index, (p, []))[1].append(_weekday_by_clause(r, p, e))
    out: list[tuple[Predicate, list[Any]]] = []
    seen_dates: set[str] = set()
    for p, es in sorted(groups.values(), key=lambda g: g[0].index):
        for e in es:
            # every distinct calendar date of the sentence dates an event: "fell to 3.8% last
            # month from 4.1% in December" tells of December too
            iso = e.date.iso()
            if iso in seen_dates:
                continue
            seen_dates.add(iso)
            out.append((p, [e]))
    return out


@dataclass(frozen=True, slots=True)
class _Dated:
    text: str
    date: FuzzyDate
    explanation: str


LOOKING_AHEAD = frozenset(
    ["schedule", "plan", "set", "expect", "postpone", "delay", "reschedule", "slate", "announce", "call"]
)
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


def _weekday_by_clause(r: Reading, p: Predicate, e: Any) -> Any:
    """A weekday name takes its direction from the tense of the clause it dates.

    WORKAROUND: the tagger reads the tense of the nearest verb, which for a fronted
    non-finite clause ("After meeting Macron Monday, Zelensky stated ...") is the participle,
    and so looks forward; the clause's tense is that of its main verb.
    """
    words = [w for w in e.text.lower().split() if w not in ("late", "early", "on", "last", "next", "this")]
    if len(words) != 1 or words[0] not in _WEEKDAYS or e.date is None:
        return e
    # an infinitive in a future frame ("are set to recognize ... on Monday") carries its own tense
    own = p.finite or p.tense == "future"
    main = p if own else next((q for q in r.preds if q.index > p.index and q.finite), p)
    explanation = e.explanation or ""
    if main.lemma in LOOKING_AHEAD:
        return e  # "talks that had been scheduled for Sunday": a past verb about a coming day
    forward = "(future tense)" in explanation or (
        "the next" in explanation and "(present tense)" in explanation
    )
    if main.tense in ("past", "perfect") and forward:
        shift = -7  # also "condemned ... in a declaration on Sunday", read as present by the tagger
    elif main.tense == "future" and "(past tense)" in explanation:
        shift = 7
    else:
        return e
    date = FuzzyDate.from_days(e.date.start_days + shift, e.date.precision)
    return _Dated(e.text, date, f"{e.text} -> {date.iso()}: the {main.tense}-tense clause it dates "
                  f"(verb {r.tokens[main.index].text!r}) puts it {'before' if shift < 0 else 'after'} "
                  "the publication date")  # fmt: skip
