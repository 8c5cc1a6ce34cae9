"""The main verb of a sentence: not a closing attribution, not a fronted adverbial's verb."""

from __future__ import annotations

from timeline_app.core.extract.clauses import COPULAS, Predicate
from timeline_app.core.extract.reading import SentenceReading


def same_frame(r: SentenceReading, main: Predicate, dated: Predicate) -> bool:
    """Whether the main verb and a dated verb tell one event: the same verb, a verb of saying
    and what it reports, or a main verb whose clause the dated verb's clause introduces."""
    from timeline_app.core.extract.frames import complement

    if main.index == dated.index:
        return True
    if not dated.finite and 0 < dated.index - main.index <= 3 and r.lows[main.index + 1] == "to":
        return True  # "officials are expected to hold talks": one event
    if main.is_speech and dated in complement(r, main):
        return True
    if dated.is_speech and main in complement(r, dated):
        return True
    from timeline_app.core.extract.phrases import quoted_speech

    quoted = quoted_speech(r)
    if quoted is not None and quoted[0].index == main.index and dated.index < quoted[1]:
        return True  # '"We will table a proposal this afternoon," said Kelly': what he said is the event
    # a fronted non-finite clause ("After meeting Macron Monday, Zelensky said") sets the scene;
    # not one inside a relative clause set off by commas ("Nhek, who had to flee after a coup last
    # year, appeared confident"), which tells of its subject, when the main verb tells what was
    # or is done (a plan may take the aside's day: "Hu, who is to visit Hanoi on Nov. 15, will also
    # attend ...")
    from timeline_app.core.extract.dating import asides

    aside = main.tense not in ("future", "conditional") and dated.index in asides(r)
    fronted = not dated.finite and dated.index < main.index and not aside
    return fronted or main.lemma in COPULAS


def trailing_attribution(r: SentenceReading) -> Predicate | None:
    """The speech verb of a closing attribution (", officials said", ", police said Tuesday");
    worked out once per sentence."""
    return r.per_sentence(_trailing_attribution)


def _trailing_attribution(r: SentenceReading) -> Predicate | None:
    finite = [p for p in r.preds if p.finite]
    if len(finite) < 2:
        return None
    last = finite[-1]
    if not last.is_speech:
        return None
    between = [t.lower for t in r.tokens[finite[-2].index + 1 : last.index]]
    timed = r.time_tokens()  # ", the ministry said Thursday in a statement": the day is no object
    after = [
        t.lower
        for i, t in enumerate(r.tokens[last.index + 1 :], last.index + 1)
        if t.lower.isalpha() and i not in timed
    ]
    rest = [t.lower for t in r.tokens[last.index + 1 :] if t.lower not in ("on", "late", "early")]
    then_comma = bool(rest) and rest[0] == ","
    if (
        "," in between
        and "that" not in after
        and (len(after) <= 4 or after[0] in _CIRCUMSTANCE or then_comma)
    ):
        return last  # ", the minister said at a news conference in Doha."
    return None


_CIRCUMSTANCE = frozenset(["at", "in", "on", "after", "during", "following", "from", "late", "early"])
_FRONTING_WORDS = "in on at after before with as despite following amid during since while although though"
_FRONTING = frozenset(_FRONTING_WORDS.split())


def _fronted_segment(r: SentenceReading) -> int | None:
    """The last segment of a fronted adverbial ("In what has been described as a u-turn, ..."),
    whose verbs are not the sentence's main verb."""
    if not r.tokens or r.tokens[0].lower not in _FRONTING:
        return None
    comma = next((i for i, t in enumerate(r.tokens) if t.lower == ","), None)
    if comma is None or not any(p.index > comma and p.finite for p in r.preds):
        return None
    return r.segs[comma - 1] if comma > 0 else None


def in_relative(r: SentenceReading, p: Predicate) -> bool:
    """Whether a verb is in a relative clause: between commas (", who is known to ...,") or
    without them (worked out once per verb)."""
    return r.per_verb(_in_relative, p)


def _in_relative(r: SentenceReading, p: Predicate) -> bool:
    k = p.index - 1
    while k > 0 and r.lows[k] not in (",", ";", ":", "(", "—"):
        k -= 1
    if k > 0 and r.lows[k] == "," and r.lows[k + 1] in ("who", "which", "whose", "where"):
        return True
    return _restrictive_relative(r, p)


def relative_opening(r: SentenceReading, p: Predicate) -> int | None:
    """The token index of the "who"/"which" that opens the describing relative clause a verb is
    in ("the school in Kesta which killed 40"), or None."""
    if not _describes(r, p):
        return None
    k = p.index - 1
    while k > 0 and r.lows[k] not in ("who", "which", "whose"):
        k -= 1
    return k if k > 0 else None


def _describes(r: SentenceReading, p: Predicate) -> bool:
    """Whether a verb is in a relative clause that describes a noun (", which killed 105",
    "the man who ..."), not one that tells a new event (", where the speaker met Lee", ",
    which ground to a halt when Washington sent ...")."""
    k = p.index - 1
    while k > 0 and r.lows[k] not in (",", ";", ":", "(", "—", "when", "where", "after", "as", "before"):
        k -= 1
    if k > 0 and r.lows[k] == "," and r.lows[k + 1] in ("who", "which", "whose"):
        return True
    return _restrictive_relative(r, p)


def _restrictive_relative(r: SentenceReading, p: Predicate) -> bool:
    """Whether a verb is in a relative clause without commas, right after "who"/"which" and its
    auxiliaries after a noun ("the founder who has appealed to youth has been nominated"): it
    tells which person or thing, never the sentence's news (worked out once per verb)."""
    return r.per_verb(_restrictive, p)


def _restrictive(r: SentenceReading, p: Predicate) -> bool:
    j = p.index - 1
    while j > 0 and (r.lows[j] in _RELATIVE_AUX or r.lows[j].endswith("ly")):
        j -= 1
    if j < 2 or r.lows[j] not in ("who", "which"):
        return False
    before = r.lows[j - 1]
    if r.lows[0] == "it" and r.lows[1] in ("was", "is", "'s"):
        return False  # "It was the people of the city who handed him over": the news
    # "the founder who ..." (not "asked who would ...": a question after a verb)
    return before.isalpha() and not any(q.index == j - 1 for q in r.preds)


_RELATIVE_AUX_WORDS = "has have had is are was were be been will would could can may might must should"
_RELATIVE_AUX = frozenset([*_RELATIVE_AUX_WORDS.split(), "not", "never", "also"])


def _adjective_framed(r: SentenceReading, p: Predicate) -> bool:
    """ "The minister is ready to embrace the plan": the infinitive after "be" + an adjective is
    the clause's verb (the adjective is no predicate)."""
    i = p.index
    if i < 3 or r.lows[i - 1] != "to" or any(q.index == i - 2 for q in r.preds):
        return False
    if any(w in ("whether", "if") for w in r.lows[:i]):
        return False  # "Asked whether Washington would be willing to come, Portman said": a question
    j = i - 3
    while j > 0 and r.lows[j] in ("not", "n't", "never"):
        j -= 1
    return r.lows[j] in ("is", "are", "was", "were", "be", "am", "'s")


def conditional_segments(r: SentenceReading) -> set[int]:
    """Segments of "if ..." and "unless ..." clauses: what might happen is not the main event."""
    if "if" not in r.lows and "unless" not in r.lows:
        return set()  # (most sentences: no scan word by word)
    return {r.segs[i] for i, low in enumerate(r.lows) if low in ("if", "unless")}


def main_predicate(r: SentenceReading) -> Predicate | None:
    """The verb a sentence without a dated verb is about: a quoted statement's "said", else the
    first main verb (not a closing attribution); a kind-less verb gives way to the verb it
    chains to ("began collecting signatures") or to the next verb that names an event."""
    from timeline_app.core.extract.kinds import predicate_kind

    for p in r.preds:  # '"...," said Putin.': the sentence is the saying
        if p.is_speech and any(t.lower in ('"', "”") for t in r.tokens[max(0, p.index - 3) : p.index]):
            return p
    from timeline_app.core.extract.phrases import quoted_speech

    quoted = quoted_speech(r)  # '"...," a spokesman for the army said.'
    if quoted is not None:
        return quoted[0]
    attribution = trailing_attribution(r)
    fronted = _fronted_segment(r)
    conditional = conditional_segments(r)
    finite = [
        p
        for p in r.preds
        if (p.finite or _adjective_framed(r, p))
        and p.lemma not in COPULAS
        and p is not attribution
        and (fronted is None or r.segs[p.index] > fronted)
        and r.segs[p.index] not in conditional
    ]
    if any(not _restrictive_relative(r, p) for p in finite):
        finite = [p for p in finite if not _restrictive_relative(r, p)]
    # a relative clause's verb that names no event is no sentence's event ("Brown, who is known
    # to ..., was upbeat"); one that does stays ("The explosion, which killed four miners, took place")
    if any(not in_relative(r, p) for p in finite):
        from timeline_app.core.extract.frames import MATERIAL

        finite = [p for p in finite if not in_relative(r, p) or predicate_kind(r, p) in MATERIAL]
    elif finite:
        copula = next((p for p in r.preds if p.finite and p.lemma in COPULAS and not in_relative(r, p)), None)
        if copula is not None and copula.index > finite[0].index and predicate_kind(r, finite[0]) is None:
            return copula
    if not finite:
        rest = [p for p in r.preds if p.lemma not in COPULAS]
        certain = [p for p in rest if r.segs[p.index] not in conditional]  # never "if the motion passes"
        rest = certain or rest
        return rest[0] if rest else attribution
    first = finite[0]
    if in_relative(r, first):
        # "Kenya, which helped form the government in 2004, asked Ethiopia to ...": the relative
        # clause describes the subject; a main-clause verb that names an event or a saying is
        # the sentence's news (the relative clause keeps its own event when it is dated)
        news = next((p for p in finite if not in_relative(r, p)), None)
        if news is not None and (news.is_speech or predicate_kind(r, news) is not None):
            return news
    if predicate_kind(r, first) is None and not first.is_speech:
        chained = next((p for p in r.preds if _chained(r, first, p)), None)
        if chained is not None and predicate_kind(r, chained) is not None:
            return chained
        # a verb that names an event, in the main clause before a relative clause's
        # ("marked the anniversary of the bombing, which killed 105": "marked" stays)
        with_kind = [p for p in finite if predicate_kind(r, p) is not None]
        if not in_relative(r, first):
            # (nor a verb of what a relative clause reports: "statements made by the general who
            # said that Israel will continue ...")
            relative = next((p.index for p in r.preds if p.finite and _describes(r, p)), len(r.lows))
            with_kind = [p for p in with_kind if p.index < relative]
        if with_kind:
            return with_kind[0]
    return first


def _chained(r: SentenceReading, first: Predicate, p: Predicate) -> bool:
    """Whether a non-finite verb continues a finite one: an -ing form right after it ("began
    collecting signatures") or a "to"-infinitive after it ("tried to reach"); not an -ing noun
    further on ("used the voluntary counseling services", "came amid election campaigning")."""
    if p.finite or not first.index < p.index <= first.index + 4:
        return False
    timed = r.time_tokens()  # "voted Thursday to appoint"
    between = [w for k, w in enumerate(r.lows[first.index + 1 : p.index], first.index + 1) if k not in timed]
    if p.verb.form == "ing":
        return all(_is_adverbish(w) for w in between)
    return bool(between) and between[-1] == "to" and all(_is_adverbish(w) for w in between[:-1])


def _is_adverbish(low: str) -> bool:
    return low.endswith("ly") or low in ("not", "never", "also", "up", "out", "off", "back", "down")
