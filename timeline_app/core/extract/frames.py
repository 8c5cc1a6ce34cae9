"""From a read sentence and one of its verbs to what an event needs: kind and status (actors and
places: actors.py, re-exported here).

A "frame" is the verb the event is about plus, for reported speech, the speaker's verb:
"The Kremlin announced Monday that ... forces have seized X" is a frame with the speech verb
"announced" and the content verb "seized" (an assault, claimed by Russia).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from timeline_app.core.extract.actors import ACTOR_KINDS as ACTOR_KINDS
from timeline_app.core.extract.actors import according_to as according_to
from timeline_app.core.extract.actors import actors_and_places as actors_and_places
from timeline_app.core.extract.clauses import Predicate
from timeline_app.core.extract.kinds import predicate_kind
from timeline_app.core.extract.reading import SentenceReading
from timeline_app.core.model import Kind, Status

MATERIAL = frozenset(Kind) - {Kind.STATEMENT, Kind.OTHER}
FORCE = frozenset({Kind.ASSAULT, Kind.COERCE, Kind.SANCTION, Kind.MOBILIZE})
CLAIM_CUES = (
    "purportedly", "reportedly", "allegedly", "according to", "independent verification",
    "independently verif", "could not be verified", "unverified", "unconfirmed", "claimed",
)  # fmt: skip


DENYING = frozenset(
    [
        "deny",
        "denies",
        "denied",
        "denying",
        "reject",
        "rejects",
        "rejected",
        "rejecting",
        "dismiss",
        "dismisses",
        "dismissed",
        "dismissing",
        "refute",
        "refutes",
        "refuted",
        "refuting",
    ]
)
REPORT_NOUNS = frozenset(
    [
        "report",
        "reports",
        "claim",
        "claims",
        "allegation",
        "allegations",
        "suggestion",
        "suggestions",
        "rumour",
        "rumours",
        "rumor",
        "rumors",
        "speculation",
        "charge",
        "charges",
        "accusation",
        "accusations",
    ]
)
FALSE_SAYING = frozenset(["falsely", "wrongly", "mistakenly", "erroneously"])
NO_GROUND = (("no", "evidence"), ("not", "true"), ("no", "proof"), ("no", "sign"), ("no", "indication"))


OUT_OF_DENIAL = frozenset(
    ["which", "who", "whom", "whose", "when", "where", "while", "accusing", "saying", "adding", "blaming"]
)


def _outside_denial(r: SentenceReading, deny: int, i: int) -> bool:
    """Whether the verb at ``i`` is told outside what the "deny" at ``deny`` denies: in a relative
    clause or after a participle that starts a claim of its own ("denied any role, accusing the
    army of trying to disrupt talks which began in August": the talks began)."""
    return any(w in OUT_OF_DENIAL for w in r.lows[deny + 1 : i])


FALSE_ADJECTIVES = frozenset(["false", "mistaken", "wrong", "erroneous", "unfounded", "baseless"])
BELIEF_NOUNS = frozenset(["perception", "impression", "belief", "claim", "claims", "report", "reports",
                          "rumour", "rumours", "rumor", "rumors", "assumption", "idea", "notion", "fear",
                          "fears"])  # fmt: skip


def _false_belief(r: SentenceReading, i: int) -> bool:
    """ "a false perception (that) the spill has ruined all the beaches": the verb at ``i`` tells
    what a belief called false holds (the noun no more than eight words before, same clause, the
    first verb after it: not "the false rumours that the bank had failed spread")."""
    lows = r.lows
    for k in range(i - 1, max(0, i - 9), -1):
        if lows[k] in (",", ";", ":", ".", "but", "which", "who"):
            return False
        if lows[k] in BELIEF_NOUNS and any(w in FALSE_ADJECTIVES for w in lows[max(0, k - 2) : k]):
            return not any(k < p.index < i for p in r.preds)
    return False


def denied_content(r: SentenceReading, i: int) -> bool:
    """Whether the verb at ``i`` tells the content of a claim the sentence says is denied or
    false: "denied reports that ...", "reports, denied by her team, that ...", "falsely claimed
    that ...", "there is no evidence that ...", "it is not true that ...".

    The content is the clause after the nearest "that" before the verb (no more than ten words
    before it); the cue is in the ten words before that "that".
    """
    lows = r.lows
    if _false_belief(r, i) or _false_saying(r, i):
        return True  # "the White House wrongly suggested (that) ...": the suggestion is false
    j = next((k for k in range(i - 1, max(-1, i - 11), -1) if lows[k] == "that"), None)
    if j is None or any(w in (";", ".", "but") for w in lows[j + 1 : i]):
        return False
    before = lows[max(0, j - 10) : j]
    if any(w in FALSE_SAYING for w in before[-3:]):
        return True  # "falsely claimed that", "wrongly suggested that"
    if any(lows[k] in FALSE_SAYING and _saying(r, k + 1) for k in range(max(0, j - 6), j - 1)):
        return True  # "falsely claimed on Monday that"
    if any(before[k : k + 2] == list(pair) for pair in NO_GROUND for k in range(len(before) - 1)):
        return True
    return any(w in DENYING for w in before) and any(w in REPORT_NOUNS for w in before)


SAYING_LEMMAS = frozenset(["suggest", "report", "assert", "allege", "insist", "imply", "tell", "believe",
                           "think", "assume", "say", "claim", "state", "announce", "declare"])  # fmt: skip


def _false_saying(r: SentenceReading, i: int) -> bool:
    """ "wrongly suggested", "mistakenly said": the verb at ``i`` says what is not so."""
    return i > 0 and r.lows[i - 1] in FALSE_SAYING and _saying(r, i)


def _saying(r: SentenceReading, k: int) -> bool:
    """Whether token ``k`` is a verb of saying or believing ("suggested", "claimed")."""
    return any(p.index == k and (p.is_speech or p.lemma in SAYING_LEMMAS) for p in r.preds)


DOUBTING = frozenset(["unclear", "uncertain", "unsure", "doubt", "doubts", "doubted", "doubtful", "unknown",
                      "unconfirmed", "wondered", "questioned"])  # fmt: skip
KNOWING = frozenset(["certain", "sure", "clear", "known", "confirmed", "convinced"])
NOT_WORDS = frozenset(["not", "n't", "never", "no"])


def doubted_content(r: SentenceReading, i: int) -> bool:
    """Whether the verb at ``i`` tells the content of a clause the sentence says is in doubt:
    "was not certain at that stage that 60 people had died", "it is unclear whether the
    talks resumed", "doubted that the army withdrew": told, but not as a fact.

    The content is the clause after the nearest "that", "whether" or "if" before the verb (no
    more than ten words before it); the cue is in the five words before it.
    """
    lows = r.lows
    j = next((k for k in range(i - 1, max(-1, i - 11), -1) if lows[k] in ("that", "whether", "if")), None)
    if j is None or any(w in (";", ".", "but", ",") for w in lows[j + 1 : i]):
        return False
    before = lows[max(0, j - 5) : j]
    if any(w in DOUBTING for w in before):
        return True
    return any(w in KNOWING and any(n in NOT_WORDS for n in before[:k]) for k, w in enumerate(before))


PREVENTING = frozenset(["avoid", "avoids", "avoided", "avoiding", "prevent", "prevents", "prevented",
                        "preventing", "avert", "averts", "averted", "averting", "forestall", "stop", "stops",
                        "stopped", "stopping"])  # fmt: skip


def prevented(r: SentenceReading, i: int) -> bool:
    """Whether the verb at ``i`` tells what the sentence says someone acts to keep from happening:
    "to avoid the merger being delayed", "to prevent the vote from being postponed" (a participle
    after "being", the verb of preventing no more than eight words before, in the same clause)."""
    lows = r.lows
    if i < 1 or lows[i - 1] != "being":
        return False
    for k in range(i - 2, max(-1, i - 10), -1):
        if lows[k] in (",", ";", ":", ".", "but", "and", "which", "who"):
            return False
        if lows[k] in PREVENTING:
            return True
    return False


ADMITTING = frozenset(["admit", "confirm", "acknowledge", "concede", "accept", "say", "prove", "reveal",
                       "disclose", "announce", "state", "verify", "show", "claim"])  # fmt: skip
WITHHOLDING = frozenset(["refused", "refuses", "refusing", "declined", "declines", "declining", "failed",
                         "fails", "failing", "short", "unable", "reluctant"])  # fmt: skip
_CONTENT_OPENERS = frozenset(["that", "whether", "if"])
_CONTENT_BREAKS = frozenset(
    [",", ";", ":", ".", "but", "which", "who", "while", "because", "although", "and"]
)


def unsaid(r: SentenceReading, i: int) -> bool:
    """Whether the verb at ``i`` tells what someone did not say, admit or confirm: "would not
    confirm reports that the troops had left", "stopped short of admitting that the policy had
    failed", "refused to acknowledge that ..." (the verb of admitting negated, or after
    "refused to", "declined to", "failed to", "stopped short of", "without", no more than eight
    words before the verb at ``i`` with a "that" or "whether" between and no clause break):
    nothing the text tells as done, nor as said."""
    lows = r.lows
    opener = False
    for k in range(i - 1, max(-1, i - 9), -1):
        w = lows[k]
        if w in _CONTENT_BREAKS:
            return False
        if w in _CONTENT_OPENERS:
            opener = True
            continue
        if not opener:
            continue
        p = next((q for q in r.preds if q.index == k), None)
        if p is None or p.lemma not in ADMITTING:
            continue
        return withheld(r, p)
    return False


TOLD = frozenset(["tell", "inform", "assure", "advise", "promise", "persuade", "convince"])
_BE = frozenset(["been", "was", "were", "is", "are", "being", "be"])


def _passive_told(r: SentenceReading, p: Predicate) -> bool:
    """ "had been told", "was assured": a verb of telling in the passive."""
    if p.lemma not in TOLD or p.index < 1 or r.lows[p.index - 1] not in _BE:
        return False
    return r.lows[p.index + 1 : p.index + 2] != ["to"]  # "were told to stay at home": an order, told as such


def told_to_subject(r: SentenceReading, i: int) -> bool:
    """Whether the verb at ``i`` tells what someone was told ("as a teenager he had been told he
    could only catch the disease ...", "they were assured that the road was safe"): another's
    words to the subject, neither done nor the subject's own claim."""
    lows = r.lows
    for k in range(i - 1, max(-1, i - 9), -1):
        if lows[k] in _CONTENT_BREAKS:
            return False
        p = next((q for q in r.preds if q.index == k), None)
        if p is not None:
            return _passive_told(r, p)
    return False


def withheld(r: SentenceReading, p: Predicate) -> bool:
    """Whether the verb of saying ``p`` is said not to have been said: negated ("would not
    confirm"), or after "refused to", "declined to", "failed to", "stopped short of", "without"."""
    if p.negated:
        return True
    before = r.lows[max(0, p.index - 2) : p.index]
    return before[-1:] == ["without"] or (
        len(before) == 2 and before[0] in WITHHOLDING and before[1] in ("to", "of")
    )


WISHING = frozenset(["want", "wants", "wanted", "wanting", "like", "wish", "wishes", "wished", "need",
                     "needs", "needed", "prefer", "prefers", "preferred"])  # fmt: skip


_NOT_AN_OBJECT = frozenset(["that", "which", "who", "and", "but", "to", "was", "were", "is", "are", "be",
                            "been", "has", "have", "had", "will", "would"])  # fmt: skip


def wished(r: SentenceReading, i: int) -> bool:
    """Whether the past form at ``i`` tells what someone wants done, not what was done: "wants
    the plant closed by 2030", "would like the border reopened" (a verb of wanting no more than
    six words before, only its object's words between)."""
    if not r.lows[i].endswith(("ed", "en", "n", "t")):
        return False
    preds = {p.index for p in r.preds}
    for k in range(i - 1, max(-1, i - 7), -1):
        w = r.lows[k]
        if w in WISHING:  # the wanting is an event of its own, which keeps the wish
            return k in preds and k + 1 < i and r.lows[k + 1] not in ("to", "that")
        if k in preds or not w.isalpha() or w in _NOT_AN_OBJECT or w.endswith("ed"):
            return False
    return False


@dataclass(slots=True)
class EventFrame:
    pred: Predicate  # the verb the event is about
    speech: Predicate | None = None  # the verb of saying that reports it, if any
    content: Predicate | None = None  # for a statement: the verb of what was said


def build_frame(r: SentenceReading, pred: Predicate) -> EventFrame:
    speech = next((p for p in reversed(r.preds) if p.index < pred.index and p.is_speech and p.finite), None)
    if (
        speech is not None
        and not _in_complement(r, speech.index, pred.index)
        and "that" in r.lows[speech.index + 1 : pred.index]
    ):
        speech = None  # "accused the group ..., in violation of the ceasefire that began": not reported
    if speech is not None and "and" in r.lows[speech.index + 1 : pred.index] and pred.finite:
        between = r.lows[speech.index + 1 : pred.index]
        if "that" not in between[: between.index("and")]:
            speech = None  # "denied any role and closed its airspace": two acts, the second not reported
    if pred.is_speech and reports_content(pred) and not _names_its_event(r, pred) and _passive_told(r, pred):
        return EventFrame(pred, None, None)  # "he was told that the talks had failed": no one's claim here
    if pred.is_speech and reports_content(pred) and not _names_its_event(r, pred) and not withheld(r, pred):
        start = pred.index
        timed = r.time_tokens()
        after = [i for i in range(pred.index + 1, min(len(r.lows), pred.index + 6)) if i not in timed]
        if [r.lows[i] for i in after[:2]] == ["as", "saying"]:
            start = after[1]  # "was quoted today as saying he would ...": what was said follows
        later = [
            p
            for p in r.preds
            if p.index > start
            and _in_complement(r, start, p.index)
            and (p.finite or r.lows[p.index - 1] == "to")
            and not _relative(r, start, p.index)
        ]
        # "would be ready to host talks": the hosting (its title keeps "would be ready to")
        later = [q for q in later if not (q.lemma == "be" and q.index + 3 in {p.index for p in later})]
        if any(_passive_told(r, q) for q in later):
            return EventFrame(
                pred, None, None
            )  # "told delegates how he had been told he could ...": not his claim
        content = next((p for p in later if predicate_kind(r, p) in MATERIAL), None)
        if content is None and later:
            content = later[0]
        return EventFrame(pred, None, content)
    return EventFrame(pred, speech, None)


def _relative(r: SentenceReading, speech: int, i: int) -> bool:
    """Whether the verb at ``i`` is in a relative clause inside what is reported ("said Sudan must
    return a helicopter that was captured last week": the capture is not what was said)."""
    verbs = {p.index for p in r.preds}
    for k in range(speech + 1, i):
        if r.lows[k] == "that" and any(v in verbs for v in range(speech + 1, k)):
            return True  # a "that" after the reported verb opens a relative clause
        if r.lows[k] in ("who", "which") and r.lows[k - 1] == ",":
            return True  # "... to help cotton producers, who count as the poorest": about them
    return False


def _names_its_event(r: SentenceReading, p: Predicate) -> bool:
    """ "announced a suspension of air links", "reiterated its demand": the object says what."""
    from timeline_app.core.extract.kinds import NOUN_KINDS, object_words

    return any(w in NOUN_KINDS for w in object_words(r, p, 3)[:2])


def reports_content(p: Predicate) -> bool:
    """A verb of plain saying, whose event is what was said; "accused", "denied land",
    "demanded" are events of their own."""
    return p.kind is Kind.STATEMENT and p.lemma != "deny"


def complement(r: SentenceReading, p: Predicate) -> list[Predicate]:
    return [q for q in r.preds if q.index > p.index and _in_complement(r, p.index, q.index)]


def _in_complement(r: SentenceReading, speech: int, i: int) -> bool:
    """Whether the verb at ``i`` is in what the speech verb at ``speech`` reports: no clause
    boundary between them other than "that" (or an opening quote)."""
    for t in r.tokens[speech + 1 : i]:
        if t.lower in (",", ";", ":", "while", "whereas", "though", "although", "because", "as", "after",
                       "before", "according", "which", "who", "when", "(", ")"):  # fmt: skip
            return False
    return True


COOPERATIVE = frozenset({Kind.SUPPORT, Kind.COOPERATE, Kind.AID, Kind.CONCEDE, Kind.RETREAT, Kind.CONSULT,
                         Kind.AGREE})  # fmt: skip
OBLIGATION = ("has to", "have to", "needs to", "need to")
INTENT = ("willing to", "ready to", "offered to", "offers to", "agreed to", "prepared to", "vowed to",
          "sworn to", "swore to", "pledged to", "promised to", "plans to", "planned to", "decided to",
          "intends to", "wants to", "prepares to", "preparing to")  # fmt: skip
REFUSAL = ("refused to", "refuses to", "declined to", "declines to", "refusing to")
THREAT = ("threatened to", "threatens to", "threatening to")
INTENT_VERBS = frozenset(
    [
        "prepare",
        "plan",
        "intend",
        "want",
        "seek",
        "hope",
        "decide",
        "vow",
        "pledge",
        "promise",
        "offer",
        "agree",
        "aim",
        "swear",
        "threaten",
        "refuse",
        "decline",
    ]
)


def _intent_kind(r: SentenceReading, p: Predicate, k: Kind | None) -> Kind | None:
    """What a stated intention, obligation, threat or refusal about ``p`` is in PLOVER terms.

    A plain future ("Portugal will support ...", "will receive Witkoff on Tuesday") is the
    planned event itself: its kind stays, dated or not. It is a pledge or a threat when it is
    stated as one ("vowed to", "is ready to"), made conditional ("... unless the president
    steps down") or announced by its own actor ("the rebels said they will release ...").
    """
    if p.lemma in ("refuse", "decline"):
        return Kind.REJECT  # "refused to meet"
    if k in COOPERATIVE and _before(r, p.index, FAILURE):
        return Kind.REJECT  # "failed to reach agreement"
    if not p.finite and _governed_by_rejection(r, p):
        return Kind.REJECT  # "rejected an invitation to attend a meeting next week"
    if p.lemma == "threaten":
        return Kind.THREATEN
    if p.lemma in ("agree", "offer") and _chained(r, p) is not None:
        return Kind.AGREE  # "agreed to hold exercises" is an agreement, whatever is agreed
    if p.modal in ("must", "should", "ought") or _before(r, p.index, OBLIGATION):
        return Kind.REQUEST  # "X said Y must return the helicopter"
    if _before(r, p.index, REFUSAL):
        return Kind.REJECT
    if _before(r, p.index, THREAT):
        return Kind.THREATEN
    if k not in MATERIAL:
        return None
    future = p.tense in ("future", "conditional") or p.modal in ("may", "might", "could")
    if p.negated and k in COOPERATIVE:
        return Kind.REJECT  # "will not accept refugees"
    conditional = any(w in r.lows for w in ("unless", "if"))
    # an announced visit or meeting ("said he would travel to Washington for talks") is the
    # planned meeting itself; an announced act for or against someone is a pledge or a threat
    pledged = future and (conditional or (k is not Kind.CONSULT and _announced_by_actor(r, p)))
    if (p.lemma == "prepare" or _preparing(r, p)) and k in FORCE - {Kind.SANCTION}:
        return Kind.MOBILIZE  # "the army prepared to resume shelling": getting ready to fight
    if pledged or _before(r, p.index, INTENT) or p.lemma in INTENT_VERBS:
        force = (
            FORCE - {Kind.SANCTION} if conditional or not pledged else FORCE - {Kind.SANCTION, Kind.MOBILIZE}
        )
        if k in force or k is Kind.PROTEST or (k is Kind.SANCTION and conditional):
            return Kind.THREATEN  # "will boycott the elections unless ..."
        if k in COOPERATIVE:
            return Kind.AGREE
    return None


FAILURE = ("failed to", "fail to", "fails to", "failing to")


def _governed_by_rejection(r: SentenceReading, p: Predicate) -> bool:
    """ "rejected an invitation to attend", "turned down a proposal to hold talks": the verb is
    what was rejected."""
    if r.lows[p.index - 1] != "to":
        return False
    for q in reversed(r.preds):
        if q.index < p.index and q.finite:
            between = r.lows[q.index + 1 : p.index]
            return (
                len(between) <= 5
                and predicate_kind(r, q) is Kind.REJECT
                and not any(w in (",", ";", "that", "which", "who") for w in between)
            )
    return False


def _preparing(r: SentenceReading, p: Predicate) -> bool:
    """ "prepared to shell", "were preparing to attack" (the verb, not "is prepared to", willing)."""
    window = r.lows[max(0, p.index - 3) : p.index]
    if not any(w in ("prepared", "preparing", "prepares", "prepare") for w in window):
        return False
    at = max(i for i, w in enumerate(window) if w.startswith("prepar"))
    return window[at] == "preparing" or not (at > 0 and window[at - 1] in ("is", "are", "was", "were", "be"))


def _announced_by_actor(r: SentenceReading, p: Predicate) -> bool:
    """ "X said it will ...", "announced that he would ...": the future act's subject is a
    pronoun for the speaker, who states its own intention."""
    i = p.index - 1
    while i > 0 and r.lows[i] in ("will", "would", "shall", "'ll", "not", "also", "soon", "then", "now"):
        i -= 1
    if i <= 0 or r.lows[i] not in ("it", "they", "he", "she", "we", "i"):
        return False
    timed = r.time_tokens()
    j = i - 1
    while j > 0 and (r.lows[j] in ("that", "on", "late", "early") or j in timed):
        j -= 1  # "announced on Sunday that he will ..."
    return any(q.index == j and q.is_speech for q in r.preds)


def frame_kind(r: SentenceReading, f: EventFrame) -> Kind:
    text = " ".join(r.lows)
    if (
        any(idiom in text for idiom in REFUSAL_IDIOMS)
        and (f.pred.is_speech or f.content is not None)
        and not any(f"{neg} {idiom}" in text for neg in ("not", "never", "n't") for idiom in REFUSAL_IDIOMS)
    ):
        return Kind.REJECT  # "said that removing the sanctions is out of the question"
    if f.pred.lemma == "rule" and r.lows[f.pred.index + 1 : f.pred.index + 2] == ["out"]:
        # "did not rule out a treaty": a possibility left open, said, not a rejection
        return Kind.STATEMENT if f.pred.negated else Kind.REJECT
    if f.pred.lemma in JUDGING and _next_is_that(r, f.pred):
        for p in complement(r, f.pred):
            if p.modal in ("must", "should", "ought") or _before(r, p.index, OBLIGATION):
                return Kind.REQUEST  # "the forum concluded that rich nations must pay"
    if f.content is not None:
        for p in complement(r, f.pred):
            if p.modal in ("must", "should", "ought") or _before(r, p.index, OBLIGATION):
                return Kind.REQUEST
        k = _chained_kind(r, f.content)
        intent = _intent_kind(r, f.content, k)
        if intent is not None:
            return intent
        if k in MATERIAL and not _denied_content(r, f.pred, f.content):
            return k
    k = _chained_kind(r, f.pred)
    intent = _intent_kind(r, f.pred, k)
    if intent is not None:
        return intent
    if f.pred.lemma in INTENT_VERBS:
        nxt = _chained(r, f.pred)
        if nxt is not None:
            intent = _intent_kind(r, nxt, predicate_kind(r, nxt))
            if intent is not None:
                return intent
    if f.pred.lemma == "deny" and not (
        f.pred.index + 1 < len(r.tokens) and r.lows[f.pred.index + 1] == "that"
    ):
        return Kind.REJECT  # "denied land allocation"
    if f.pred.negated and k in COOPERATIVE:
        return Kind.REJECT
    if k is None:
        # a reported clause that names no act is what was said, as its verb of saying tells it
        return Kind.STATEMENT if f.pred.is_speech or f.speech is not None else Kind.OTHER
    return k


def _chained(r: SentenceReading, p: Predicate) -> Predicate | None:
    """The verb that ``p`` governs through "to" ("prepared to impose", "began collecting")."""
    for q in r.preds:
        if p.index < q.index <= p.index + 6 and not q.finite:
            between = r.lows[p.index + 1 : q.index]
            if not any(w in (",", ";", "that", "which", "who") for w in between):
                return q
    return None


def _chained_kind(r: SentenceReading, p: Predicate) -> Kind | None:
    k = predicate_kind(r, p)
    nxt = _chained(r, p)
    if p.lemma in ORDERING and nxt is not None and predicate_kind(r, nxt) is Kind.SANCTION:
        return Kind.SANCTION  # "ordered Russia to close its consulate": imposed, not asked
    if p.lemma in ORDERING and p.lemma != "tell" and nxt is not None and nxt.lemma in STOPPING:
        return Kind.COERCE  # "ordered the newspaper to suspend publication": a restriction imposed
    if nxt is not None and nxt.lemma == "protest" and k is not Kind.ASSAULT:
        return Kind.PROTEST  # "shunned work to protest ...": done as a protest
    if p.lemma in INTENT_VERBS or k in (None, Kind.OTHER, Kind.STATEMENT):
        nxt = _chained(r, p)
        if nxt is not None:
            nk = predicate_kind(r, nxt)
            if nk is not None:
                return nk
    return k


def _denied_content(r: SentenceReading, speech: Predicate, content: Predicate) -> bool:
    """ "said no date had been set for a meeting", "said it had not received a proposal": what is
    reported did not happen, so the event is the statement."""
    if content.negated:
        return True
    time_tokens = r.time_tokens()
    between = [
        w
        for i, w in enumerate(r.lows[speech.index + 1 : content.index], speech.index + 1)
        if i not in time_tokens and w not in ("that", "on", "late", "early")
    ]
    return "no" in between[:2] or "nothing" in between[:2]


POSSIBLE = frozenset(["could", "may", "might"])
JUDGING = frozenset(["conclude", "decide", "rule", "resolve", "find", "recommend", "demand", "urge"])


def _next_is_that(r: SentenceReading, p: Predicate) -> bool:
    """ "concluded on Saturday that ...": a clause follows the verb."""
    timed = r.time_tokens()
    rest = [
        w
        for i, w in enumerate(r.lows[p.index + 1 : p.index + 7], p.index + 1)
        if i not in timed and w not in ("on", "in", "at", "late", "early", "here", "today")
    ]
    return bool(rest) and rest[0] == "that"


REFUSAL_IDIOMS = ("out of the question", "ruled out", "rules out", "ruling out", "no question of")
ORDERING = frozenset(["order", "force", "compel", "instruct", "direct", "tell"])
STOPPING = frozenset(
    ["suspend", "close", "shut", "stop", "halt", "cease", "disband", "dissolve", "vacate", "leave"]
)


def _before(r: SentenceReading, i: int, phrases: tuple[str, ...]) -> bool:
    text = " ".join(r.lows[max(0, i - 3) : i])
    return phrases != () and _phrases_search(phrases)(text) is not None


@lru_cache(maxsize=32)
def _phrases_search(phrases: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """A search for any of ``phrases`` inside a text (as ``any(p in text for p in phrases)``): one
    regex, made once per list, in place of a membership test per phrase on every verb."""
    return re.compile("|".join(re.escape(p) for p in phrases)).search


def reported_future(r: SentenceReading, p: Predicate) -> bool:
    """ "Zelensky said he would travel to Washington": "would" after a past verb of saying is the
    future seen from then, a plan; with "if" or "unless" it stays a hypothesis."""
    if p.tense != "conditional" or any(w in r.lows for w in ("if", "unless")):
        return False
    return any(
        q.is_speech and q.finite and q.index < p.index and q.tense in ("past", "perfect") for q in r.preds
    )


BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "'s", "'re"])
HOPE_FRAMES = frozenset(["expect", "hope", "want", "plan", "urge", "call", "aim", "seek", "intend", "wish",
                         "ask", "anticipate", "predict", "forecast", "try", "attempt", "push", "press",
                         "move", "agree", "promise", "pledge", "vow", "offer", "threaten", "decide",
                         "prepare"])  # fmt: skip
FRAME_BREAKS = frozenset([",", ";", ":", "which", "who", "when", "while", "after", "before", "because", "but",
                          "and", "(", ")"])  # fmt: skip


def _forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The inflected forms of verbs ("plan": plans, planned, planning; "hope": hoped, hoping)."""
    out: set[str] = set()
    for v in lemmas:
        out |= {
            v,
            v + "s",
            v + "es",
            v + "ed",
            v + "d",
            v + "ing",
            v[:-1] + "ing",
            v[:-1] + "ied",
            v[:-1] + "ies",
        }
        out |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return frozenset(out)


HOPE_FORMS = _forms(HOPE_FRAMES)
COMMITMENTS = frozenset(["agree", "decide", "promise", "pledge", "vow", "plan"])
COMMITMENT_FORMS = _forms(COMMITMENTS)


def hope_frame(r: SentenceReading, core: Predicate) -> Predicate | None:
    """The verb of expecting, hoping, planning or calling that governs ``core`` ("expected the
    bank to raise rates", "hoped BP could plug the leak", "urged residents to leave"), if any:
    what follows it is wanted or foreseen, not done."""
    if not (
        (core.index > 0 and r.lows[core.index - 1] == "to")
        or core.modal in ("could", "would", "might", "may", "will", "can")
        or core.tense in ("future", "conditional")
    ):
        return None
    for q in reversed(r.preds):
        if q.index >= core.index:
            continue
        between = r.lows[q.index + 1 : core.index]
        if len(between) > 10 or any(w in FRAME_BREAKS for w in between):
            return None
        if q.lemma in HOPE_FRAMES or r.lows[q.index] in HOPE_FORMS:
            if core.finite and not q.finite:
                return None  # "the statements prepared by officials will be handed": a participle
            # "is expected to approve": the subject is the one to act (the "to" keeps the plan)
            return None if q.passive or r.lows[q.index - 1] in BE_FORMS else q
    return None


INTENT_FRAMES = frozenset(["plan", "aim", "intend", "agree", "promise", "pledge", "vow", "decide", "prepare"])


INTENT_FORMS = _forms(INTENT_FRAMES)


def direct_intent(r: SentenceReading, core: Predicate) -> bool:
    """ "agreed on Monday to hold talks", "hopes to sign": the verb is what its own subject
    means to do (a plan), not a thing done; "wanted the club to pay" is not (another's act)."""
    q = hope_frame(r, core)
    if q is None or r.lows[core.index - 1] != "to" or q.negated:
        return False
    if not (q.lemma in INTENT_FRAMES or r.lows[q.index] in INTENT_FORMS):
        return False
    timed = r.time_tokens()
    between = [w for i, w in enumerate(r.lows[q.index + 1 : core.index], q.index + 1) if i not in timed]
    return all(w in ("to", "on", "in", "at", "also", "now", "today", "later") for w in between)


WHEN_WORDS = frozenset(["when", "once", "after", "before", "until", "till"])


def _when_of_a_plan(r: SentenceReading, core: Predicate) -> bool:
    """ "he would attend a meeting when he returned to London": a time clause of a future or
    would-be act happens in that future too (past tense after "would" is its sequence of tenses)."""
    k = core.index - 1
    while k >= 0 and core.index - k <= 6 and r.lows[k] not in WHEN_WORDS and r.lows[k] not in (",", ";"):
        k -= 1
    if k < 0 or r.lows[k] not in WHEN_WORDS:
        return False
    main = next((p for p in reversed(r.preds) if p.index < k and p.finite), None)
    if main is None and core.tense == "present" and "," in r.lows[core.index :]:
        # "When the next flood hits, farmers may have some cover": a fronted time clause in the
        # present under a future or would-be main clause happens in that future too
        comma = r.lows.index(",", core.index)
        main = next((p for p in r.preds if p.index > comma and p.finite), None)
        return main is not None and (
            main.tense in ("future", "conditional") or main.modal in ("will", "would", "may", "might")
        )
    return main is not None and (main.tense in ("future", "conditional") or main.modal in ("will", "would"))


LATER_WORDS = frozenset(["tomorrow", "tonight"])


def _present_for_later(r: SentenceReading, core: Predicate) -> bool:
    """A plain present told with a time still to come in its own clause ("leaves for home
    tomorrow", "travels to Cairo next week"): the present of a timetable, a plan."""
    if not core.finite or core.tense != "present" or core.is_speech or core.negated or core.modal:
        return False
    lows = r.lows
    if r.tokens[core.index].lower in ("is", "are", "am", "has", "have"):
        return False
    timed = r.time_tokens()
    seg = r.segs[core.index]
    for k in sorted(timed):
        if r.segs[k] != seg or k < core.index:
            continue
        if lows[k] in LATER_WORDS or (lows[k] == "next" and k + 1 in timed):
            return True
    return False


def frame_status(r: SentenceReading, f: EventFrame, kind: Kind) -> Status:
    text = " ".join(r.lows)
    core = f.content or f.pred
    if not core.finite and core is f.pred and direct_intent(r, core):
        return Status.PLANNED  # "agreed to hold talks in March": the talks are planned
    if _when_of_a_plan(r, core):
        return Status.PLANNED  # "said he would attend a meeting when he returned": not back yet
    if core.tense in ("future",) or f.pred.tense == "future" or reported_future(r, core):
        return Status.PLANNED
    if _present_for_later(r, core):
        return Status.PLANNED  # "Lusk leaves for home tomorrow": a plan, not done
    if core.modal in POSSIBLE and not core.negated and "have" not in r.lows[core.index - 2 : core.index]:
        return Status.PLANNED  # "talks could be held on Monday": not yet, and not certain

    if f.pred.lemma == "deny" or (
        f.speech is not None
        and f.speech.lemma == "deny"
        and not _outside_denial(r, f.speech.index, core.index)
    ):
        return Status.DENIED
    sayer = f.speech or (f.pred if f.pred is not core else None)
    if denied_content(r, core.index) or (sayer is not None and _false_saying(r, sayer.index)):
        return Status.DENIED  # "reports -- denied by her doctors -- that she was injured"
    if doubted_content(r, core.index):
        return Status.CLAIMED  # "was not certain that 60 people had died": told, not as a fact
    if f.pred.lemma in ("confirm", "verify") and not withheld(r, f.pred) and f.content is not None:
        return Status.CONFIRMED
    from timeline_app.core.extract.mainverb import trailing_attribution

    closing = trailing_attribution(r)
    attributed = (
        f.speech is not None
        or (f.pred.is_speech and f.content is not None and kind in MATERIAL)
        or (closing is not None and closing is not f.pred and kind is not Kind.STATEMENT)
    )
    if attributed or any(c in text for c in CLAIM_CUES):
        return Status.CLAIMED
    return Status.REPORTED
