"""The trimmed extract of a sentence's main clause: the title when the built headline fails.

The sentence's own words, so its negation and modality stay as written ("Britain was to
present new proposals"), with what a headline leaves out removed: the attribution ("X said
that", ", officials said on Tuesday"), a leading adverbial ("On Friday, ..."), appositions
and relative clauses between commas, bracketed asides, time expressions and quote marks.
Cut at a word near 80 characters, never after a dangling word.
"""

from __future__ import annotations

from itertools import pairwise

from timeline_app.core.extract.mainverb import trailing_attribution
from timeline_app.core.extract.reading import QUOTE_TOKENS, SentenceReading


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


QUOTE_MARKS = _words("\" “ ” `` '' ‘ ’ `")
FRONTING = _words(
    "in on at after before with as despite following amid during since while although though when "
    "meanwhile however but and also yesterday today earlier later because once until unlike like given "
    "whereas upon even about according"
)
PREPOSITIONS = _words(
    "against under for of with without by from among within amid throughout despite beyond behind over "
    "between across through"
)
RELATIVE = _words("who which whose whom where")
TIME_PREPOSITIONS = _words("on in at by since until during late early this last next from")
# the unions the rules test words against, made once (not a set built for every word tested)
_PREPOSITION_FRONTING = PREPOSITIONS | FRONTING
_RELATIVE_PREPOSITION_FRONTING = RELATIVE | PREPOSITIONS | FRONTING
_PREPOSITION_OR_TIME = PREPOSITIONS | TIME_PREPOSITIONS
DANGLING_END = _words(
    "the a an of to in on at by for from with about into over under after before during amid against "
    "between through toward towards across near without than and or but nor that which who whose its "
    "despite amid among within throughout beyond behind upon onto via including like "
    "his her their our my your is are was were be been being has have had will would could can may "
    "might must should not as while when because if he she they we i says said say do does did this these "
    "those both each every some any such"
)
NO_SPACE_BEFORE = _words(", . ; : ) 's ’s % ? !")
SUBJECT_PRONOUNS = _words("he she")
OWNER_PRONOUNS = _words("his her")
HAVE_FORMS = _words("has have had are were")
STATE_VERBS = _words(
    "is was 's seems seemed appears appeared would will could may might must should can remains remained"
)
SUBJECT_DETERMINERS = _words("the a an this these those its their his her our")
PRONOUN_SUBJECTS = _words("he she we they i it")
ADVERB_LIKE = _words("will would could may might can must should also still not never already have has had")
OPENERS = _words(
    "but and so yet rather however meanwhile still instead moreover also thus hence maybe perhaps here now"
)
SURE_AUX = _words("had has have was were is are will would could can may might must should did does do")
"""Words before a verb that show it is one ("had agreed"), not a noun ("gas supplies")."""
DEGREE_TAILS = _words("far much many long")
"""Words that make an adverbial phrase with a leading "so" ("so far", "so much")."""
STANCE = _words("indeed nevertheless nonetheless furthermore besides otherwise consequently therefore")
SPOKEN_PRONOUNS = _words("i we you they it this that there these those")
CLAUSE_WORDS = _words("when because after before while as but which who whose where although though")
# never "if" or "unless": a title cut before its condition would state a hypothesis as a fact
DASHES = ("-", "--", "—", "–")
VERB_GROUP = _words(
    "will would should could can may might must shall not n't never be been being is are was were has have "
    "had also still already just to do does did"
)
SUBJECT_CUTS = _words("of over to in on for with from under against at by about which who that whose")
LIMIT = 80


MODALS = frozenset(["will", "would", "can", "could", "should", "may", "might", "must", "to"])
"""What comes before a verb that no closing attribution has ("..., Washington will respond")."""


def trimmed_extract(
    r: SentenceReading,
    speaker: str = "",
    person: str = "",
    *,
    antecedent: tuple[str, str] = ("", ""),
    limit: int = LIMIT,
    telling: bool = False,
) -> str:
    """The main clause of ``r``'s sentence as a title. ``speaker`` (a short name: who said it)
    stands in for a leading "he"/"she" and is named before a reported clause that opens on
    another pronoun ("Kelly says we will ..."); ``person`` (the person the text was about just
    before) stands in for a leading "he"/"she" when no one in the sentence said it. ``telling``: the
    title is the saying's, which keeps who says it ("Ministry says the sides had agreed ...")."""
    n = len(r.tokens)
    end = n
    while end > 0 and r.lows[end - 1] in (".", "!", "?", *QUOTE_MARKS):
        end -= 1
    closing = trailing_attribution(r)
    if closing is not None:
        comma = max((i for i in range(closing.index) if r.lows[i] == ","), default=None)
        if comma is not None and comma > 2:
            end = comma  # "..., the minister said on Tuesday."
    end = _before_inverted_attribution(r, end)
    condition = _fronted_condition(r, end)
    start = condition[1] + 1 if condition is not None else _after_fronted(r, end)
    if condition is None and 0 < start < end and r.lows[start - 1] == ",":
        opening = [w for w in r.lows[: start - 1] if w not in QUOTE_MARKS]
        if len(opening) == 1 and (opening[0] in OPENERS | STANCE or opening[0].endswith("ly")):
            start = _after_fronted(r, end, start)  # "However, according to X, ...": both
    fronted = start
    asides = _asides(r, start, end)
    start, said = _after_leading_attribution(r, start, end, asides)
    if said and r.lows[start] in FRONTING | PREPOSITIONS:
        # "said that in the past 96 hours, 25 militants had been killed": past that phrase too
        comma = next((k for k in range(start, end) if r.lows[k] == ","), -1)
        if comma > 0 and any(p.finite and comma + 1 < p.index < end for p in r.preds):
            start = comma + 1
    if said and not speaker and r.lows[start] in PRONOUN_SUBJECTS | SPOKEN_PRONOUNS:
        start, said = fronted, False  # "41 percent of those polled said they would ...": keep who said it
    teller_said = _leading_teller(r, fronted, start, asides) if said and telling and start < end else ""
    said = said or closing is not None or (bool(r.lows) and r.lows[0] in QUOTE_MARKS)
    drop = _asides(r, start, end) | _inner_attributions(r, start, end)
    keep = [i for i in range(start, end) if i not in drop]
    if condition is not None:
        keep += [i for i in range(*condition) if i not in drop and r.lows[i] not in QUOTE_MARKS]
    _strip_openers(r, keep)
    keep = _shorter_subject(r, keep, limit)
    words = _join(r, keep)
    if not words:
        return ""
    finite = {p.index for p in r.preds if p.finite}
    first_verb = next((k for k, i in enumerate(keep) if i in finite), None)
    # the characters after the first verb: a cut at a clause boundary never leaves the verb out
    # ("The policy-making Open Market Committee, ..." is no title)
    tail = len(words) - len(_join(r, keep[: first_verb + 1])) if first_verb is not None else len(words)
    if condition is not None:
        word = r.tokens[condition[0]].text
        words = words.replace(f" {word} ", f" {word.lower()} ", 1)  # "... new elections if the motion passes"
    first = words.split(" ", 1)[0].lower()
    second = words.split(" ")[1].lower() if " " in words else ""
    named = antecedent[0] if first in ("it", "its") else antecedent[1] if first in ("they", "their") else ""
    lead = r.lows[fronted] if fronted < n else ""
    teller = antecedent[0] if lead == "it" else antecedent[1] if lead == "they" else ""
    if said and teller and start > fronted + 1 and first not in PRONOUN_SUBJECTS | SPOKEN_PRONOUNS:
        # "It said exports were falling" (the bank of the sentence before): "Bank says exports ..."
        said_it = f"{teller} {'say' if lead == 'they' else 'says'} {words}"
        return _cut(said_it[:1].upper() + said_it[1:], limit, tail)
    quoted = in_direct_speech(r, keep[0])  # '"He is ready," Breton said': "he" is not Breton
    # '"I think he played well"': the speaker's own words; "he" is someone else
    opener = next((w for w in r.lows[fronted:start] if w not in QUOTE_MARKS), "")
    quoted = quoted or (said and opener.replace("’", "'").split("'", 1)[0] in ("i", "we"))
    # a name the sentence before gave wins over a plain noun ("The group said its ...": the Brigades)
    body = _body_said(r, keep[0], speaker, plain=not named) if said and first == "its" else ""
    if speaker and quoted and first in SUBJECT_PRONOUNS | OWNER_PRONOUNS:
        return _cut(f"{speaker}: {lower_first(words)}", limit, tail)  # "Breton: he is ready ..."
    if (speaker or person) and first in SUBJECT_PRONOUNS and not quoted and not _other_teller(r, first):
        words = (speaker or person) + words[len(first) :]
    elif said and _named_person(r, speaker) and first in OWNER_PRONOUNS and not quoted:
        words = f"{speaker}'s" + words[len(first) :]  # "Mobutu said his father ..." -> "Mobutu's father ..."
    elif body and second not in VERB_GROUP and not quoted:
        words = f"{body}'s" + words[len(first) :]  # "Iran said that its programme ..."
    elif person and not said and first in OWNER_PRONOUNS and not quoted and second not in VERB_GROUP:
        # "He was 80. His party failed to win a seat": the person the text was about just before
        words = f"{person}'s" + words[len(first) :]
    elif named[:1].isupper() and first in ("its", "their") and not quoted and second not in VERB_GROUP:
        # a name only: "its" may stand for another thing than the noun the sentence before began on
        owner = f"{named}'" if first == "their" and named.endswith("s") else f"{named}'s"  # "Serbs' demand"
        words = owner + words[len(first) :]  # "Its net profits fell" -> "AirAsia's net profits fell"
    elif (
        named
        and (not said or (closing is not None and start == fronted))
        and (first in ("they", "their") or not _expletive(words, named))  # "they" is never an expletive
        and not _quoted_sentence(r)
        and not any(p.finite and p.index < fronted for p in r.preds)  # "Though the ministry ..., they"
    ):
        # "The ministry said ... It added ...": the organisation or country the sentence before
        # was about ("it"), or the group ("they"); never an expletive "It is", "It seems"
        rest = words[len(first) :]
        if first == "they" and rest.split(" ", 2)[1:2] in (["all"], ["both"], ["each"]):
            rest = (
                " " + rest.split(" ", 2)[2] if rest.count(" ") > 1 else ""
            )  # "They all were": "The men were"
        words = named + rest
    elif speaker and said and first in SPOKEN_PRONOUNS:
        words = words if first == "i" else lower_first(words)
        return _cut(f"{speaker}: {words}", limit, tail)  # "Kelly: we will table a proposal"
    elif teller_said and not quoted and first not in PRONOUN_SUBJECTS | SPOKEN_PRONOUNS | OWNER_PRONOUNS:
        # "The ministry said the two sides had agreed on the price": the ministry's claim, never
        # the writer's ("Ministry says two sides had agreed on price ...")
        words = f"{teller_said} {words}"  # (the clause's words as the sentence writes them)
    return _cut(words[:1].upper() + words[1:], limit, tail)


_THAT_TIME = frozenset(["that", "late", "early", "earlier", "today", "yesterday"])
_TELLER_DROP = frozenset(
    ["the", "a", "an", "also", "has", "have", "had", "later", "again", "then", "further"]
)


def _leading_teller(r: SentenceReading, fronted: int, start: int, asides: set[int]) -> str:
    """Who says what a leading attribution reports, with its verb ("Ministry says", "Police
    say"): the plain words before the verb of saying, up to four, no pronoun; else ""."""
    verb = next(
        (p for p in r.preds if p.finite and fronted <= p.index < start and p.index not in asides), None
    )
    if verb is None or not verb.is_speech or start <= verb.index:
        return ""
    if r.lows[verb.index] in ("told", "tells", "tell"):
        return ""  # (never the audience: "told mourners he was ...")
    times = r.time_tokens()
    if any(i not in times and r.lows[i] not in _THAT_TIME for i in range(verb.index + 1, start)):
        return ""  # "said in Shanghai after meeting ...": the clause is not cut where it starts
    idx = [i for i in range(fronted, verb.index) if i not in asides and r.lows[i] not in _TELLER_DROP]
    words = [r.tokens[i].text for i in idx]
    if not 1 <= len(words) <= 4 or not all(w[:1].isalnum() for w in words):
        return ""
    if any(r.lows[i] in _NO_TELLER for i in idx) or not r.tokens[verb.index].text.islower():
        return ""  # "But he said", "US officials were saying", "France must say"
    head = next((k for k, i in enumerate(idx) if r.lows[i] in ("of", "for", "at", "in", "from")), len(idx))
    if head == 0:
        return ""
    last_i = idx[head - 1]  # "Spokesman for builders": the spokesman says
    from timeline_app.core.extract.phrases import plural_word

    last = r.tokens[last_i].text
    m = r.mention_at(last_i)
    named = m is not None and m.kind in ("person", "org", "country")
    capital = last[:1].isupper() and (last_i > 0 or named)
    plural = plural_word(last) and (not capital or last.lower().endswith(("ans", "ists", "ers")))
    subject = " ".join(words)
    return f"{subject[:1].upper()}{subject[1:]} {'say' if plural else 'says'}"


_NO_TELLER = PRONOUN_SUBJECTS | SPOKEN_PRONOUNS | frozenset(
    ["reportedly", "officially", "publicly", "separately", "earlier", "but", "and", "or", "was", "were",
     "is", "are", "will", "would", "must", "may", "might", "could", "can", "should", "did", "does", "do",
     "be", "been", "as", "who", "which", "when", "while", "if", "after", "before", "to", "not", "never"]
)  # fmt: skip


def _other_teller(r: SentenceReading, pronoun: str) -> bool:
    """Whether the sentence's verb of saying is told by the other one of "he" and "she" ("She
    also reaffirmed ..., he said"): its speaker is not the one the pronoun stands for."""
    other = "he" if pronoun == "she" else "she"
    return any(
        p.is_speech and other in (r.lows[p.index - 1] if p.index else "", *r.lows[p.index + 1 : p.index + 2])
        for p in r.preds
    )


def _expletive(words: str, named: str) -> bool:
    """Whether an "it" may stand for nothing: "It is ...", "It seems ...", "It will be hard to
    ...", "It could take years"; not "It will hold talks", a modal before a verb of doing, when
    a name is what it stands for (a plain thing may be another than the one named before)."""
    lows = words.lower().split()
    if len(lows) < 2 or lows[1] not in STATE_VERBS:
        return False
    if lows[1] in ("is", "was") and _done_to(lows[2:]):
        return False  # "It was badly damaged in the fire", "It is equipped with", "It was trying to"
    if lows[1] not in _MODALS or len(lows) < 3 or not named[:1].isupper():
        return True
    return lows[2] in ("be", "have", "seem", "appear", "take", "make", "not", "also", "now", "still")


_MODALS = _words("would will could may might must should can")
_SAID_OF_IT = _words(
    "said believed thought known expected feared reported understood hoped estimated announced alleged "
    "rumoured rumored claimed considered agreed decided revealed confirmed learned learnt noted shown "
    "proven proved found felt hoped suggested argued recognised recognized acknowledged assumed "
    "suspected stressed emphasised emphasized worth going"
)
"""Participles that an "it" standing for nothing takes ("It was announced that", "It is going to")."""


def _done_to(rest: list[str]) -> bool:
    """Whether the words after "It is/was" are a verb done to or by the thing ("badly damaged in
    the fire", "tasked with", "trying to stop"): a participle after adverbs, not one that says
    or thinks ("It was announced that ...") and not followed by "that", "whether", "how" or "if"."""
    from timeline_app.core.extract import wordclass

    k = 0
    while k < len(rest) and (rest[k] in ("also", "still", "now", "being", "then") or rest[k].endswith("ly")):
        k += 1
    if k >= len(rest) or rest[k] in _SAID_OF_IT or not rest[k].endswith(("ed", "en", "ing")):
        return False
    if rest[k + 1 : k + 2] and rest[k + 1] in ("that", "whether", "how", "if", "what", "why", "when"):
        return False
    return "VERB" in wordclass.classes(rest[k])


def _quoted_sentence(r: SentenceReading) -> bool:
    """Whether the sentence is (in) a quotation: its "it" or "they" is the speaker's, not the
    thing the story's sentence before was about ('... the statement said. "They killed even
    children."')."""
    marks = [i for i, w in enumerate(r.lows) if w in QUOTE_MARKS]
    ends = [w for w in r.lows if w not in (".", "!", "?")][-1:]
    return bool(marks) and (marks[0] == 0 or (len(marks) % 2 == 1 and ends[0] in QUOTE_MARKS))


def _strip_openers(r: SentenceReading, keep: list[int]) -> None:
    """Drop from the front of ``keep`` what opens a clause but no headline: a possessive's "'s",
    quote marks, punctuation, a "that" with no verb after it, "But", "So far"."""
    while keep and (
        r.lows[keep[0]] in ("'s", "’s")
        or r.lows[keep[0]] in QUOTE_MARKS
        or r.lows[keep[0]] in (",", ":", "-", "—", "–")
        or (r.lows[keep[0]] == "that" and not _verb_at(r, keep[1:2]))  # "That is what we suspect" keeps it
        or r.lows[keep[0]] in OPENERS
    ):
        if r.lows[keep[0]] in ("so", "thus") and len(keep) > 1 and r.lows[keep[1]] in DEGREE_TAILS:
            keep.pop(0)  # "So far, China has reported": the whole phrase goes, not "so" alone
        keep.pop(0)  # "But these routes raise ...": the headline starts at the clause


def _named_person(r: SentenceReading, short: str) -> bool:
    """Whether ``short`` names a person the sentence itself names (not a country or a body)."""
    return bool(short) and any(
        m.kind == "person" and short in (m.name, m.name.split()[-1], m.name.split()[0]) for m in r.mentions
    )


def _body_said(r: SentenceReading, i: int, short: str, plain: bool = True) -> str:
    """The speaker ``short`` as the sentence writes it when it is a country or a body the
    sentence names (in full or by its last word: "Board" for "the Conference Board") and the
    clause at ``i`` is what it said ("Iran has insisted that its programme ..."): right after
    "that" or the verb of saying; with no speaker, the plain noun that said it ("the government
    says its forces ..."), never a person, unless not ``plain``; else ""."""
    told = i >= 1 and (r.lows[i - 1] == "that" or any(p.is_speech and p.index == i - 1 for p in r.preds))
    if not told:
        return ""
    body = next(
        (
            m
            for m in r.mentions
            if m.kind in ("country", "org") and short and short in (m.name, m.text, m.name.rsplit(" ", 1)[-1])
        ),
        None,
    )
    if body is not None:
        return body.text if body.text[:1].isupper() else ""
    at = i - 2 if r.lows[i - 1] == "that" else i - 1
    said = next((p for p in r.preds if p.is_speech and p.finite and p.index == at), None)
    if short or said is None or not plain:
        return ""
    # "the government says its forces ...": the plain noun that said it, never a person
    from timeline_app.core.extract.titles import thing_subject

    thing = thing_subject(r, said, lambda name: "")[0]
    return thing[:1].upper() + thing[1:] if thing and thing.split()[0] not in ("its", "their") else ""


_QUOTE_MARKS = QUOTE_TOKENS


def in_direct_speech(r: SentenceReading, i: int) -> bool:
    """Whether the token at ``i`` is inside a quotation: a closing quote mark follows it with no
    opening one between (a sentence may continue a quotation opened before it)."""
    if _QUOTE_MARKS.isdisjoint(r.lows):
        return False  # (most sentences: no quote mark to walk to)
    for k in range(i + 1, len(r.tokens)):
        low = r.lows[k]
        if low in ("“", "``"):
            return False
        if low in ("”", "''"):
            return True
        if low == '"':
            # closing before punctuation or after it and before the attribution ('ready,"
            # Brenn said'); opening before the quotation's first word ('he noted, "The ...',
            # 'called on Malians to "never use violence"')
            after = r.lows[k + 1] if k + 1 < len(r.tokens) else ""
            said = any(p.is_speech and k < p.index <= k + 4 for p in r.preds)
            return not after[:1].isalnum() or (r.lows[k - 1] in (",", "?", "!", ".") and said)
    return False


def _before_inverted_attribution(r: SentenceReading, end: int) -> int:
    """ "..., said Jose Rakotomavo, a party official.", "..., he added.": where the clause ends
    before a closing attribution that ``trailing_attribution`` did not see."""
    for k in range(end - 2, 2, -1):
        if r.lows[k] != ",":
            continue
        after = [p for p in r.preds if k < p.index < end and p.finite]
        own = [p for p in after[1:] if not _after_relative(r, after[0].index, p.index)]
        speech = bool(after) and after[0].is_speech and after[0].index - k <= 4 and not own
        # an attribution tells what was said, never with a modal ("..., Washington will respond")
        speech = speech and r.lows[after[0].index - 1] not in MODALS
        # (a verb after it makes it a clause of its own: ", 41 percent said they would vote")
        clause_before = any(p.finite and p.index < k for p in r.preds) or any(
            w
            in (
                "is",
                "are",
                "was",
                "were",
                "be",
                "been",
                "have",
                "has",
                "had",
                "will",
                "would",
                "can",
                "must",
            )
            for w in r.lows[:k]
        )  # "Serb leader X, a hardliner, hinted that ...": the comma ends no clause
        opening = max((i for i in range(k) if r.lows[i] == ","), default=None)
        relative = opening is not None and r.lows[opening + 1] in RELATIVE  # "X, who hinted ..., said"
        if (
            speech
            and clause_before
            and not relative
            and "that" not in r.lows[after[0].index + 1 : after[0].index + 2]
        ):
            return k
        if after:
            break  # a clause of its own after the comma; an apposition ("..., a party official") is passed
    return end


def _after_relative(r: SentenceReading, speech: int, i: int) -> bool:
    """ "said a diplomat who spoke on condition of anonymity": the verb at ``i`` is the speaker's
    relative clause's."""
    return any(w in ("who", "which", "whose") for w in r.lows[speech + 1 : i])


def _inner_attributions(r: SentenceReading, start: int, end: int) -> set[int]:
    """'"There has been progress," he said, with ...', "Talks, he added, will resume": the
    attribution between commas inside the clause."""
    drop: set[int] = set()
    commas = [i for i in range(start, end) if r.lows[i] == ","]
    for a, b in pairwise(commas):
        finite = [p for p in r.preds if a < p.index < b and p.finite]
        if len(finite) == 1 and finite[0].is_speech and b - a <= 6:
            drop.update(range(a, b))
    return drop


def _after_fronted(r: SentenceReading, end: int, begin: int = 0) -> int:
    """Where the clause starts once a fronted adverbial ("On Friday, ...") from ``begin`` is
    skipped; ``begin`` when there is none."""
    time_tokens = r.time_tokens()
    i = begin
    while i < end and (
        i in time_tokens
        or r.lows[i] in QUOTE_MARKS
        or (r.lows[i] in TIME_PREPOSITIONS and i + 1 in time_tokens)
    ):
        i += 1
    if i < end and r.lows[i] == ",":
        return i + 1  # "Late Monday, ..."
    j = i
    while j < end and r.lows[j] in QUOTE_MARKS:
        j += 1
    first = r.lows[j] if j < end else ""
    if j + 1 < end and r.lows[j + 1] == "," and (first.endswith("ly") or first in OPENERS | STANCE):
        return j + 2  # "Separately, ...", "However, ..."
    participle = (
        j < end
        and r.tokens[j].text.isalpha()
        and first.endswith(("ed", "ing"))
        and not any(p.index == j and p.finite for p in r.preds)
    )
    if first in FRONTING or first in PREPOSITIONS or j in time_tokens or participle:
        # the comma before the main clause, not one before a relative clause or another phrase
        # ("Asked what ... to Britain, who hold the presidency, during her trip, Merkel said")
        comma = next(
            (
                k
                for k in range(j, end - 1)
                if r.lows[k] == ","
                and (r.lows[k + 1] not in _RELATIVE_PREPOSITION_FRONTING or _quantity_at(r, k + 1))
            ),
            -1,
        )
        clause = comma >= 0 and (
            any(p.finite and comma + 1 < p.index < end for p in r.preds)
            or (_finite_be_or_have(r, comma + 1, end) and not {"if", "unless"} & set(r.lows[j:comma]))
        )
        if clause and r.lows[comma + 1] not in ("and", "or", "but"):
            # "Based on reports from the districts, ..." (not a gerund subject: "Adhering to X,
            # and promoting Y, are ...")
            return comma + 1
        if first in FRONTING or first in PREPOSITIONS:
            # "At some stage this afternoon we will ...": up to the subject of the first verb
            verb = next((p for p in r.preds if p.finite and j < p.index < end), None)
            k = verb.index - 1 if verb is not None else -1
            while k > j and (r.lows[k] in ADVERB_LIKE or k in time_tokens):
                k -= 1
            if verb is not None and k > j + 1 and (r.lows[k] in PRONOUN_SUBJECTS or r.mention_at(k)):
                m = r.mention_at(k)
                return m.first if m is not None else k
            if verb is not None:
                # "In Dublin the word was ...", "Of late the Ugandan military has ...": from the
                # determiner of the verb's subject, with no preposition after it
                det = max((d for d in range(j + 2, k + 1) if r.lows[d] in SUBJECT_DETERMINERS), default=None)
                if det is not None and _PREPOSITION_FRONTING.isdisjoint(r.lows[det + 1 : k + 1]):
                    return det
    return begin


def _finite_be_or_have(r: SentenceReading, start: int, end: int) -> bool:
    """Whether a clause whose verb the reading holds no event for opens at ``start``: a subject of
    a few words, then "is", "have", "will" ("the real race is for second place", "rural laborers
    have difficulties", "he will have to return"), with no comma or quote mark between."""
    for k in range(start + 1, min(start + 7, end)):
        low = r.lows[k]
        if low in SURE_AUX and r.tokens[k].text.islower():  # not the month "May"
            verbs = any(start <= p.index < k for p in r.preds)  # "scheduled for May 11": no subject
            return not verbs and r.lows[k - 1] not in ("to", "that", "which", "who")
        if not low[:1].isalnum():
            return False
    return False


def _quantity_at(r: SentenceReading, i: int) -> bool:
    """Whether a number's quantifier starts at ``i`` ("at least 3,150 prisoners", "about 300
    troops"): a subject, not a prepositional phrase."""
    nxt = r.lows[i + 1] if i + 1 < len(r.lows) else ""
    if r.lows[i] == "at":
        return nxt in ("least", "most")
    return r.lows[i] in ("about", "over", "around", "nearly", "some", "up") and nxt[:1].isdigit()


def _fronted_condition(r: SentenceReading, end: int) -> tuple[int, int] | None:
    """ "If the motion passes, Brenn is expected to ask ...": (start, comma) of the condition,
    which the title moves after its clause rather than drop ("Brenn ... if the motion passes")."""
    j = 0
    while j < end and (r.lows[j] in QUOTE_MARKS or r.lows[j] in ("but", "and", "so")):
        j += 1  # "But if some want to close it, ..."
    if j >= end or r.lows[j] not in ("if", "unless"):
        return None
    comma = next((k for k in range(j, end) if r.lows[k] == ","), None)
    if comma is None or not any(p.finite and comma < p.index < end for p in r.preds):
        return None
    return j, comma


def _after_leading_attribution(
    r: SentenceReading, start: int, end: int, asides: set[int]
) -> tuple[int, bool]:
    """ "The minister said on Tuesday (that) the talks would resume": where the reported clause
    starts; (start, False) when the clause does not open on a verb of saying. Relative clauses
    and appositions (``asides``) do not count ("X, who hinted ..., said he was pleased")."""
    first = next((p for p in r.preds if p.finite and start <= p.index < end and p.index not in asides), None)
    if first is None or not first.is_speech or first.lemma in ("deny",) or first.negated:
        return start, False  # "He did not say if ...": the attribution is the news
    if r.lows[first.index + 1 : first.index + 2] and r.lows[first.index + 1] in STATE_VERBS | HAVE_FORMS:
        return start, False  # "The tiny Balkan state had hoped": a noun, no verb of saying
    between = [w for i, w in enumerate(r.lows[start : first.index], start) if i not in asides]
    if "," in between or any(w in QUOTE_MARKS for w in between):
        return start, False
    content = next((p for p in r.preds if first.index < p.index < end and p.finite), None)
    if content is None:
        return start, False
    time_tokens = r.time_tokens()
    j = first.index + 1
    while j < content.index and (
        j in time_tokens or r.lows[j] in TIME_PREPOSITIONS or r.lows[j] in _SAID_ADVERBS
    ):
        j += 1  # "said earlier: ...": the adverb tells of the saying, never of what was said
    if j < content.index and r.lows[j] != "that" and first.lemma in _TELLING:
        # "X told a news conference here that ...", "officials warned people that ...": the
        # listener is no part of what was said
        k = next((k for k in range(j, min(content.index, j + 8)) if r.lows[k] == "that"), None)
        # (a listener of plain words, and no relative "that": 'told media: "The results that have
        # been announced ..."')
        if k is not None and all(w[:1].isalnum() for w in r.lows[j:k]) and r.lows[k + 1] not in SURE_AUX:
            j = k
    if j < content.index and r.lows[j] == "that":
        j += 1
    elif r.lows[first.index] in ("told", "tells", "tell", "informed", "assured", "reminded"):
        # "told the weekly Bild am Sonntag that ...": past the audience to what was told
        that = next((k for k in range(j, min(j + 8, end)) if r.lows[k] == "that"), None)
        told = next((p for p in r.preds if p.finite and that is not None and that < p.index < end), None)
        audience = that is not None and all(w[:1].isalnum() for w in r.lows[j:that])
        if told is not None and that is not None and audience and told.index > that + 1:
            # (not 'told media: "The results that have been announced ...': a relative "that")
            j, content = that + 1, told
    if (
        j >= content.index
        or r.lows[j] in (",", "to", "of", "about", "on", "against", "for", "with", "at", "from")
        or _is_object_pronoun(r.lows[j])
    ):  # "warned of increasing violence": no reported clause
        return start, False  # "told reporters ...", "said to be": not a reported clause
    return j, True


_SAID_ADVERBS = frozenset(
    ["earlier", "later", "again", "also", "previously", "recently", "separately", "publicly", "privately",
     "repeatedly", "once", "openly", "today", "yesterday", "tonight"]
)  # fmt: skip
"""Adverbs of a verb of saying between it and what was said ("X said earlier that ...")."""

_TELLING = frozenset(["tell", "warn", "inform", "assure", "remind", "notify", "brief", "advise", "promise"])


def _is_object_pronoun(low: str) -> bool:
    return low in ("him", "her", "them", "us", "me", "you", "reporters", "journalists")


_BRACKETS_OR_QUOTES = QUOTE_MARKS | {"(", "["}


def _asides(r: SentenceReading, start: int, end: int) -> set[int]:
    """Tokens of what a headline leaves out: relative clauses and appositions between commas,
    brackets, dashes' asides, time expressions with their preposition, quote marks."""
    drop: set[int] = set()
    for a, b, _e in r.expressions:
        if b < len(r.lows) and (r.lows[b] in STATE_VERBS or any(p.index == b and p.finite for p in r.preds)):
            continue  # "Last winter was one of the coldest": the time is the subject
        drop.update(range(a, b))
        k = a - 1
        while k >= start and r.lows[k] in TIME_PREPOSITIONS:
            drop.add(k)
            k -= 1
    lows = r.lows
    if drop:  # (the next two add only beside what is dropped already)
        for i in range(start + 1, end - 1):
            if lows[i] in ("to", "and", "through", "-", "or") and i - 1 in drop and i + 1 in drop:
                drop.add(i)  # "the 2005 to 2006 drought" without its dates
        for i in range(start + 1, end):
            if lows[i] in ("'s", "’s") and i - 1 in drop:
                drop.add(i)  # "Sunday's ceremony" without its date
    if not _BRACKETS_OR_QUOTES.isdisjoint(lows[start:end]):  # (most sentences: no scan word by word)
        depth = 0
        for i in range(start, end):
            low = lows[i]
            if low in ("(", "["):
                depth += 1
            if depth or low in QUOTE_MARKS:
                drop.add(i)
            if low in (")", "]"):
                depth = max(0, depth - 1)
    dashes = (
        [i for i in range(start, end) if lows[i] in ("—", "–", "--") or (lows[i] == "-" and _lone_dash(r, i))]
        if not _DASH_WORDS.isdisjoint(lows[start:end])
        else []  # (most sentences: no dash, no scan word by word)
    )
    dashes = [i for i in dashes if not (i > 0 and r.lows[i - 1] == "-" and i - 1 in dashes)]  # "- -": one
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        opener = next((w for w in r.lows[a + 1 : b] if w != "-"), "")
        # "Today -- a former holiday -- has become": the pair's words are the subject
        before = any(k not in drop for k in range(start, a))
        if before and (opener in RELATIVE or not any(a < p.index < b and p.finite for p in r.preds)):
            drop.update(range(a, b + 1 + (b + 1 < end and r.lows[b + 1] == "-")))  # "X -- A, B and C -- said"
    commas = [
        i
        for i in range(start, end)
        if (lows[i] in (",", "—", "–", "--") or (lows[i] == "-" and _lone_dash(r, i))) and i not in drop
    ]
    bounds = [*commas, end]
    for k, c in enumerate(commas):
        nxt = bounds[k + 1]
        if nxt - c < 2:
            continue
        opener = r.lows[c + 1]
        inner = next((k for k in range(c + 2, nxt) if r.lows[k] in RELATIVE), nxt)
        # "X, a member of parliament who is of Turkish origin, told": the relative clause's verb
        # is not the apposition's
        finite = [p for p in r.preds if c < p.index < inner and p.finite]
        any_finite = any(c < p.index < nxt and p.finite for p in r.preds)
        after_name = r.mention_at(c - 1) is not None
        # "The committee, of which X is a member, moved": a relative clause after its preposition
        relative = opener in RELATIVE or (
            opener in _PREPOSITION_OR_TIME and c + 2 < nxt and r.lows[c + 2] in ("which", "whom", "whose")
        )
        verb_after = nxt + 1 < end and (
            any(p.index == nxt + 1 and p.finite for p in r.preds) or r.lows[nxt + 1] in SURE_AUX
        )
        apposition = (
            not finite
            and not (  # "The accident, in which ..., occurred Tuesday at X, a city ...": the verb
                not verb_after
                and not any(start <= p.index < c and p.finite and p.index not in drop for p in r.preds)
                and _lexicon_verb(opener)
            )
            and (after_name or opener in ("the", "a", "an") or r.lows[c - 1].isalpha())
            and nxt < end
            and r.lows[nxt] == ","
            and opener not in ("and", "or", "but")
        )
        participle = not any_finite and opener.endswith(("ing", "ed")) and opener not in ("and",)
        # a participle's phrase at the end only after the clause's own verb ("The materials, some of
        # which ..., included those used ...": "included" is the verb)
        verb_before = any(start <= p.index < c and p.finite and p.index not in drop for p in r.preds)
        participle = participle and verb_before
        # "The accident, in which ..., occurred Tuesday at X, a city ...": with no verb kept
        # before it, a word that can be a verb is the clause's own, no apposition's
        dash_tail = nxt == end and r.lows[c] != "," and not any_finite  # "... Malakal -- the only ..."
        # "The river, swollen by rains, spread over roads": a participle's phrase before the verb
        inserted = participle and nxt < end and r.lows[nxt] == "," and verb_after and r.lows[c] == ","
        # "APEC, established in 1989, has": a participle that loses its time is no phrase alone
        left = [k for k in range(c + 1, nxt) if k not in drop]
        bare = len(left) == 1 < nxt - c - 1 and r.lows[left[0]].endswith("ed")
        bare = bare and nxt < end and r.lows[nxt] == ","
        if relative or apposition or (participle and nxt == end) or dash_tail or inserted or bare:
            drop.update(range(c, nxt))
            verb_next = any(p.index == nxt + 1 and p.finite for p in r.preds) or (
                nxt + 1 < end
                and (r.lows[nxt + 1] in SURE_AUX or (relative and _lexicon_verb(r.lows[nxt + 1])))
            )  # "The deal, worth $4 billion, would create": "The deal would create"
            if nxt < end and r.lows[nxt] == "," and (relative or verb_next or not apposition):
                drop.add(nxt)  # "X, who hinted ..., said" -> "X said" (a list keeps its commas)
    return drop


def _shorter_subject(r: SentenceReading, keep: list[int], limit: int) -> list[int]:
    """A clause too long for a title whose verb would be cut off ("A dispute between X and Y
    over gas supplies to the transit country should not be politicised"): the subject loses its
    last prepositional phrases or relative clause ("A dispute between X and Y should not be
    politicised"), as few as let the whole clause fit, else as few as let its verb fit."""
    if len(_join(r, keep)) <= limit:
        return keep
    found = _main_verb(r, keep)
    if found is None:
        return keep
    verb, head = found
    if len(_join(r, keep[: head + 1])) <= limit - 15:
        return keep  # the verb fits: an ordinary cut keeps it
    before = set(keep[:verb])
    if any(q.finite and q.index in before and _sure_verb(r, q.index) for q in r.preds):
        return keep  # "it had agreed to host ... to have suffered": a verb before it, so no subject to cut
    cuts = [k for k in range(2, verb) if r.lows[keep[k]] in SUBJECT_CUTS and r.mention_at(keep[k]) is None]
    cuts = [k for k in cuts if r.lows[keep[k - 1]] not in SUBJECT_CUTS]  # "under which": at its first word
    for k in reversed(cuts):
        if len(_join(r, keep[:k] + keep[verb:])) <= limit:
            return keep[:k] + keep[verb:]
    for k in reversed(cuts):
        if len(_join(r, keep[:k] + keep[verb : head + 1])) <= limit - 15:
            return keep[:k] + keep[verb:]
    return keep


def _lexicon_verb(low: str) -> bool:
    """Whether a word is a finite verb form the lexicon knows ("occurred", "includes")."""
    from timeline_app.core.extract.lexicon import lexicon

    v = lexicon().verb(low)
    return v is not None and v.form in ("past", "s")


def _sure_verb(r: SentenceReading, i: int) -> bool:
    """A verb no noun reading can hide: of saying, after an auxiliary or a subject pronoun, or a
    form of "be" or "have" ("had agreed", "we are"; not "gas supplies")."""
    return (
        any(p.index == i and p.is_speech for p in r.preds)
        or (i > 0 and r.lows[i - 1] in SURE_AUX | PRONOUN_SUBJECTS)
        or r.lows[i] in ("is", "are", "was", "were", "has", "have", "had")
    )


def _main_verb(r: SentenceReading, keep: list[int]) -> tuple[int, int] | None:
    """The position in ``keep`` of the clause's main verb: not a relative clause's ("an agreement
    under which X will upgrade the fleet took effect": "took"), and of two candidates before a
    comma the one with an auxiliary ("a dispute over gas supplies should not be politicised")."""
    # a past form after a relative clause's verb is the main verb the reader took for a participle
    finite = {p.index: p for p in r.preds if p.finite or p.verb.form == "past"}
    relatives = verbs = 0
    found: list[tuple[int, bool]] = []
    for k, i in enumerate(keep):
        low = r.lows[i]
        if low == "," and found:
            break
        if low in ("which", "who", "whom", "whose") or (
            low == "that" and k > 0 and r.mention_at(keep[k - 1]) is None
        ):
            relatives += 1
        p = finite.get(i)
        if p is None:
            continue
        if verbs >= relatives and (p.finite or relatives):
            found.append(
                (
                    k,
                    bool(
                        p.modal or p.negated or p.passive or p.tense in ("future", "conditional", "perfect")
                    ),
                )
            )
        verbs += 1
    if not found:
        return None
    head = next((k for k, marked in found if marked), found[0][0])
    k = head
    while k > 0 and r.lows[keep[k - 1]] in VERB_GROUP:
        k -= 1  # "should not be politicised": the whole verb group
    return k, head


def _verb_at(r: SentenceReading, positions: list[int]) -> bool:
    """Whether the token at the (one) position is a finite verb or a form of "be"/"have"."""
    return any(
        r.lows[i] in ("is", "are", "was", "were", "has", "have", "had", "will", "would")
        or any(p.index == i and p.finite for p in r.preds)
        for i in positions
    )


_DASH_WORDS = frozenset(["—", "–", "--", "-"])


def _lone_dash(r: SentenceReading, i: int) -> bool:
    """A hyphen standing alone ("rose 5 percent - the most"), or one of a pair ("--")."""
    if r.lows[i] != "-":
        return False
    t = r.tokens[i]
    before = i > 0 and r.tokens[i - 1].end < t.start
    after = i + 1 < len(r.tokens) and t.end < r.tokens[i + 1].start
    return (
        (before and after)
        or (i + 1 < len(r.tokens) and r.lows[i + 1] == "-")
        or (i > 0 and r.lows[i - 1] == "-")
    )


def _join(r: SentenceReading, keep: list[int]) -> str:
    out: list[str] = []
    prev = -2
    tokens, lows = r.tokens, r.lows
    for i in keep:
        t = tokens[i]
        if out and (lows[i] in NO_SPACE_BEFORE or (i == prev + 1 and t.start == tokens[prev].end)):
            if lows[i] == "," and out[-1].endswith(","):
                continue
            out[-1] += t.text
        else:
            out.append(t.text)
        prev = i
    text = " ".join(out)
    return text.replace("$ ", "$").strip(" ,;:-–—")


def lower_first(text: str) -> str:
    """``text`` with its first letter in lower case, as it goes on after a speaker or "says";
    not an acronym's ("US consumer prices rose", not "uS consumer ...")."""
    first = text.split(" ", 1)[0]
    if any(c.isupper() for c in first[1:]):
        return text
    return text[:1].lower() + text[1:]


def cut_title(text: str, limit: int = LIMIT) -> str:
    """``text`` cut at a word to fit ``limit`` characters with its ellipsis, never after a
    dangling word."""
    return _cut(text, limit)


def _cut(text: str, limit: int, tail: int = 0) -> str:
    """``text`` cut at a word before ``limit`` characters, at a clause boundary when that keeps
    most of it and all but its last ``tail`` characters (what follows its main verb)."""
    words = text.split(" ")
    least = max(limit // 2, len(text) - tail)
    cut = len(text) > limit
    if cut:
        kept: list[str] = []
        for w in words:
            if len(" ".join([*kept, w])) > limit - 1:
                break
            kept.append(w)
        # end at the last clause boundary rather than mid-clause, when that keeps most of it
        bounds = [
            i
            for i, w in enumerate(kept)
            if i >= 5 and (w.lower() in CLAUSE_WORDS or kept[i - 1].endswith(","))
        ]
        if bounds and len(" ".join(kept[: bounds[-1]])) >= least:
            kept = kept[: bounds[-1]]
        words = kept
    while words and words[-1] in ("-", "--", "—", "–", "(", ")", "()"):
        words.pop()  # "Weather forecast for world cities - -"
    while len(words) > 2 and (
        words[-1].lower().strip(",;:") in DANGLING_END or words[-1][-1:] in ",;:" or words[-1] in DASHES
    ):
        if words[-1][-1:] in ",;:" and words[-1].lower().strip(",;:") not in DANGLING_END:
            words[-1] = words[-1].rstrip(",;:")  # "Stanimirovic," keeps its name
        else:
            words.pop()
    title = " ".join(words).rstrip(",;:")
    return title.rstrip(".") + "…" if cut else title
