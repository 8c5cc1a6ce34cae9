"""The pieces of a headline: the object after a verb, a subject without an actor name, the
subject of a reported clause, the place a clause happens in, a quoted statement's attribution.

Headline style, as wire desks write it: articles dropped ("Motegi rejects protest"), names in
their short form, demonyms kept before a noun ("Japanese ambassador"), a prepositional phrase
that does not fit left out whole rather than cut ("presents 21-point plan", not "presents the
21-point plan to Arab and Muslim"), and never a dangling "of", "to" or "at".
"""

from __future__ import annotations

from timeline_app.core.extract.clauses import ADVERBS, BOUNDARY_WORDS, Predicate
from timeline_app.core.extract.mentions import Mention, acronym, adverb_word
from timeline_app.core.extract.reading import TOWN_PARTS, SentenceReading
from timeline_app.core.extract.vocabulary import DIRECTIONS, LOCATIVE, PLACE_NOUNS, ROLE_WORDS
from timeline_app.core.extract.wordclass import classes, noun_lemmas


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARTICLES = _words("the a an")
PREPOSITIONS = _words(
    "to on in at with for from against over near into about between through across under toward towards "
    "of by after before during amid"
)
DANGLING = PREPOSITIONS | ARTICLES | DIRECTIONS | _words("and or but its their his her")
LEANING = {
    "ahead": _words("of"),
    "soon": _words("after"),
    "shortly": _words("after before"),
    "still": _words("under in at on"),
    "several": _words("of"),
    "prior": _words("to"),
    "even": _words("as if though when"),
}
"""Words that lean on the word after them ("ahead of the hearing", "soon after", "with several of
the bullets"): an object cut right before that word ends on them, so they go with the cut ("go
ahead with", "very soon, probably" stay)."""
STOP = _words(
    ", ; : ( ) — – that while whereas though although because according after before since as if which "
    "who when where until but unless saying adding"
)
FINITE_AUX = _words("was were is are has have had will would")
_NOT_SUBJECT = _words("to hardly scarcely")  # "said the defender hardly touched": the verb's words
FRAMING = _words("to due set expected scheduled going likely about ready poised first")
TAKES_INFINITIVE = _words(
    "order urge ask tell force call invite threaten vow pledge promise agree decide plan allow persuade "
    "press warn advise instruct encourage"
)
GROUP_HEADS = _words(
    "leaders fighters members officials ministers troops soldiers delegates negotiators envoys"
)
QUANTITY = _words("over about than nearly almost just under")
FLOATING = _words("all each both")
"""Quantifiers that float after the subject ("The three countries have all signed")."""
MULTITUDES = _words("tens dozens scores hundreds thousands millions")
CLAUSE_TAKING = _words("propose suggest recommend demand insist hope expect believe think want see")
"""Verbs whose object may be a clause without "that" ("proposed China and Africa tap ...")."""
POSSESSIVES = _words("its their his her our")
QUOTES = _words("\" “ ” `` '' '")
TIME_LEAD = _words("on at by during late early in for")
AUXILIARIES = _words(
    "was were is are has have had been be being will would not also still can could may might must "
    "should shall ought"
)


FAMILY_NAME_FIRST = _words(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie song "
    "tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su ding ren "
    "shen yao cui zhong tan wen fan jin shi qian qiu dai xi wan hao meng bai kong mao hou shao xiong lu "
    "he ma qin xue lei gu fu kang duan xia tao jia niu geng yin liao hua jiao bao"
)
"""Chinese family names: the name comes first ("Wang Yi" is Wang in a headline, "Hu Jintao" Hu)."""


NAME_SUFFIXES = frozenset(["jr", "sr"])
"""What follows a surname and is not one: "Jr.", "Sr."."""
REGNAL_NUMBERS = frozenset(["ii", "iii", "iv", "vi", "vii", "viii", "xii", "xvi"])
SOVEREIGNS = frozenset(
    ["queen", "king", "pope", "emperor", "empress", "prince", "princess", "tsar", "sultan"]
)


def surname(name: str) -> str:
    """The word a headline calls a person by: the last word, or the first for a Chinese name and
    a Korean one with a hyphened given name ("Kim Dae-jung")."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in REGNAL_NUMBERS:
        # "John Paul II", "Queen Elizabeth Ii": a reign's name is said whole ("Elizabeth II")
        words = [w for w in words[:-1] if w.lower() not in SOVEREIGNS] + [words[-1].upper()]
        return " ".join(words)
    while len(words) > 2 and words[-1].strip(".,").lower() in NAME_SUFFIXES:
        words = words[:-1]  # "Patrick McGovern Jr.": McGovern
        words[-1] = words[-1].rstrip(",")
    if len(words) < 2:
        return name
    first = words[0].lower()
    if len(words) <= 3 and (
        first in FAMILY_NAME_FIRST
        or (
            len(words) == 2
            and "-" in words[1]
            and words[1][0].isupper()
            and words[1].split("-")[1][:1].islower()
        )
    ):
        return words[0]
    return words[-1]


def short_name(m: Mention, country_name) -> str:
    """A name as a headline gives it: surname (or the name a leader is known by), country for a
    seat of government or an official, the state for a possessive capital."""
    if m.kind == "person":
        if m.extras.get("short"):
            return m.extras["short"]
        if m.extras.get("guessed") and _body_word(m.name.split()[-1]):
            # unknown words taken for a person by their shape that end in a plural noun or an
            # adjective name a body ("Norland Railways", "Cathay Pacific"): kept whole
            return m.name
        return surname(m.name)
    if m.kind in ("seat", "official"):
        return country_name(m.country) or m.name
    if m.kind == "country" and _people_word(m.text):
        return m.text  # "Mexicans were told to stay at home": the people, never "Mexico were told"
    if m.kind == "city" and m.possessive and _capital(m.name):
        # "Moscow's decision": Russia's; "Shanghai's imports" are not China's
        return country_name(m.country) or m.name
    if m.text and m.text != m.name and ("(" in m.name or len(m.name.split()) > 4):
        # a long canonical name, or one with its acronym in brackets ("Liberation Tigers of Tamil
        # Eelam (LTTE)"): the name as the text writes it ("Tamil Tigers")
        return m.text
    return m.name


def _people_word(text: str) -> bool:
    """A country's people named in the plural ("Mexicans", "Iraqis", "Britons"), not its name."""
    if not text.endswith("s") or not text[:1].isupper() or text.isupper() or " " in text:
        return False
    from timeline_app.core.gazetteer import gazetteer

    entry = gazetteer().lookup((text[:-1].lower(),))
    return entry is not None and entry.kind == "country" and entry.name.lower() != text[:-1].lower()


def plural_word(word: str) -> bool:
    """Whether a subject's head word is plural: "talks", "people", "police"; not "virus",
    "crisis" or "news", which are their own lemma as nouns; a word the table does not know
    counts by its -s ("Tutsis")."""
    low = word.lower()
    irregular = low.endswith("men") and "man" in "".join(noun_lemmas(low))
    if low in ("people", "police", "children") or irregular:
        return True  # "men", "women", "gunmen"; not "Yemen"
    if not low.endswith("s") or low.endswith("ss"):
        return False
    lemmas = noun_lemmas(low) if low.isalpha() else ()
    return not lemmas or any(lemma != low for lemma in lemmas)


def _body_word(word: str) -> bool:
    """Whether a name's last word is a plural noun ("Railways") or an adjective that is no noun
    ("Pacific"): the end of a company's name, never a surname."""
    low = word.lower()
    kinds = classes(low)
    plural = any(lemma != low for lemma in noun_lemmas(low))
    return plural or ("ADJ" in kinds and "NOUN" not in kinds)


def _capital(name: str) -> bool:
    from timeline_app.core.gazetteer import gazetteer

    return name.lower() in gazetteer().capitals


def demonym_adjective(m: Mention) -> bool:
    """Whether a country is named by its adjective ("Chinese", "Jordanian"), not by its name
    ("China") nor by a people ("Palestinians")."""
    return m.kind == "country" and m.text != m.name and not m.text.endswith("s") and not m.text.isupper()


def qualifies_noun(r: SentenceReading, m: Mention) -> bool:
    """Whether a demonym coordinated with others only qualifies the noun after them ("Chinese
    and African entrepreneurs", "Indian, Pakistani and Afghan leaders"): the noun is the subject,
    not the country."""
    if not demonym_adjective(m):
        return False
    i, joined = m.last, False
    while i < len(r.tokens) and i < m.last + 6:
        low, text = r.lows[i], r.tokens[i].text
        if low in (",", "and", "or"):
            joined = True
        elif not (text[:1].isupper() and text.isalpha()):
            break
        i += 1
    if not joined or i >= len(r.tokens) or r.lows[i - 1] in (",", "and", "or"):
        return False
    word = r.lows[i]
    return word.isalpha() and word not in PREPOSITIONS and word not in AUXILIARIES and "NOUN" in classes(word)


_PREPOSITION_AND_OR = PREPOSITIONS | {"and", "or"}


def _mention_word(r: SentenceReading, m: Mention, country_name) -> str:
    nxt = r.tokens[m.last].text if m.last < len(r.tokens) else ""
    demonym = m.kind == "country" and m.text != m.name
    if demonym and m.text.endswith("s") and m.text[:1].isupper() and not m.text.isupper():
        return m.text  # "three Palestinians", not "three Palestinian Territory"
    if qualifies_noun(r, m):
        return m.text  # "Chinese and African entrepreneurs", not "China and African entrepreneurs"
    noun = nxt.isalpha() and nxt[:1].islower()
    if demonym and noun and nxt not in _PREPOSITION_AND_OR:
        return m.text  # "Japanese ambassador", "Russian diplomat"
    if (
        demonym
        and m.first > 0
        and r.lows[m.first - 1] in ("of", "the")
        and "-" not in m.text
        and not nxt[:1].isupper()
    ):
        return m.text  # "greeted by hundreds of British", "talks with the Chinese": people
    after = r.mention_at(m.last) if m.last < len(r.tokens) else None
    named_after = after is None or after.kind in ("unknown", "org")
    if demonym and nxt.isalpha() and nxt[:1].isupper() and named_after:
        return m.text  # "the Haitian Chamber of Deputies": "Haitian Chamber", not "Haiti Chamber"
    if (
        m.kind == "city"
        and m.possessive
        and r.lows[m.last + 1 : m.last + 2]
        and (r.lows[m.last + 1] in DIRECTIONS or r.lows[m.last + 1] in TOWN_PARTS)
    ):
        return m.name  # "in Beirut's southern suburbs"
    before = [t for t in r.lows[max(0, m.first - 2) : m.first] if t not in ARTICLES]
    if m.kind == "seat" and before and before[-1] in LOCATIVE:
        return m.name  # "at the White House" is a place, not the state
    return short_name(m, country_name)


def _time_skip(r: SentenceReading, i: int, time_tokens: set[int]) -> int:
    """The index after a time expression starting at ``i`` (with its "on"/"late"), or ``i``."""
    j = i
    while j < len(r.tokens) and r.lows[j] in TIME_LEAD:
        j += 1  # "early on Friday"
    if j not in time_tokens:
        return i
    while j < len(r.tokens) and j in time_tokens:
        j += 1
    if j < len(r.tokens) and r.lows[j] in ("'s", "’s"):
        j += 1  # "praised Monday's agreement": the possessive goes with its time
    return j


def _clock_colon(r: SentenceReading, i: int) -> bool:
    """Whether the colon at ``i`` joins the digits of a time or a score written without spaces
    ("2:38.35", "3:1"): part of one number, no clause boundary."""
    if i == 0 or i + 1 >= len(r.tokens):
        return False
    before, colon, after = r.tokens[i - 1], r.tokens[i], r.tokens[i + 1]
    return (
        before.text[-1:].isdigit()
        and after.text[:1].isdigit()
        and before.end == colon.start
        and colon.end == after.start
    )


def object_phrase(r: SentenceReading, p: Predicate, country_name, max_words: int = 7) -> str:
    """Words after the verb up to a clause boundary, in headline style (see the module's doc).

    A time expression right after the verb is skipped ("threatened on Monday to strike Iran");
    one after the object ends it.
    """
    time_tokens = r.time_tokens()
    pred_at = {q.index for q in r.preds}
    words: list[str] = []
    last_prep = 0
    i, n = p.index + 1, len(r.tokens)
    after_place = cut = False
    while i < n:
        low = r.lows[i]
        if low == ":" and words and _clock_colon(r, i):
            words[-1] += ":" + r.tokens[i + 1].text  # "won the bronze with 2:38.35", not "with 2"
            i += 2
            continue
        if low in STOP or low == ".":
            break
        skip = _time_skip(r, i, time_tokens)
        if skip != i:
            if words and not (skip < n and r.lows[skip] == "to" and p.lemma in TAKES_INFINITIVE):
                break  # "ordered Russia on Monday to close ...": the time sits inside the phrase
            i = skip
            continue
        if len(words) >= max_words:
            cut = True
            break
        if low in FINITE_AUX or (i in pred_at and any(q.index == i and q.finite for q in r.preds)):
            if "and" in [w.lower() for w in words] and not p.is_speech and p.lemma not in CLAUSE_TAKING:
                # "was killed and 42 other people injured": the subject of the next clause is
                # no part of the object
                words = words[: len(words) - 1 - [w.lower() for w in words][::-1].index("and")]
            break  # "scheduled in Muscat were cancelled", "scheduled for Sunday were": another clause's verb
        nxt = r.lows[i + 1] if i + 1 < n else ""
        if low == "and" and (i + 1 in pred_at or nxt in AUXILIARIES or (i + 2 in pred_at and nxt in ADVERBS)):
            break  # "condemned the attack and ordered ...": the next verb is another event
        if low == "for" and words:
            break
        if low in PLACE_NOUNS and i + 2 < n and r.lows[i + 1] == "of" and r.mention_at(i + 2) is not None:
            i += 2  # "the village of Novoselivka" -> "Novoselivka"
            continue
        m = r.mention_at(i)
        if m is not None and m.first >= i:
            name = _mention_word(r, m, country_name)
            if not words or words[-1] != name:
                words.append(name)
            after_place = m.kind in ("city", "region", "place", "country")
            i = m.last
            continue
        if low == "in" and after_place:
            j = i + 1
            while j < n and (r.lows[j] in DIRECTIONS or r.lows[j] in ARTICLES):
                j += 1
            skipped = r.mention_at(j)
            if skipped is not None:
                i = skipped.last  # "Krasnoarmeysk in Donetsk", "Novoselivka in eastern Ukraine"
                continue
        if low in ("'s", "’s") and words:
            words[-1] += "'s"
            i += 1
            continue
        keep = low in ("a", "an") and words and words[-1].lower() in QUANTITY
        if low in QUOTES or (low in ARTICLES and not keep) or (low in POSSESSIVES and not words):
            i += 1
            continue
        if low in PREPOSITIONS and words:
            last_prep = len(words)
        words.append(r.tokens[i].text)
        after_place = False
        i += 1
    if cut and last_prep:
        words = words[:last_prep]  # a phrase that does not fit is left out whole
        if "and" in words[-2:]:
            words = words[: len(words) - 1 - words[::-1].index("and")]
    while words and words[-1].lower() in DANGLING:
        words.pop()
    leaning = LEANING.get(words[-1].lower()) if len(words) > 1 else None
    at = (
        r.lows.index(words[-1].lower(), p.index + 1)
        if leaning and words[-1].lower() in r.lows[p.index + 1 :]
        else -1
    )
    if leaning and at >= 0 and r.lows[at + 1 : at + 2] and r.lows[at + 1] in leaning:
        words.pop()  # "deployed around the court ahead of the hearing": never "... court ahead"
        while words and words[-1].lower() in DANGLING:
            words.pop()
    return " ".join(words)


CLAUSE_STOPS = _words(", ; . : while because although though but")
"""Words that end the clause a title takes from a sentence (besides quote marks)."""


def clause_words(
    r: SentenceReading,
    i: int,
    country_name,
    max_words: int = 8,
    *,
    stops_after: int = -1,
    drop_times: bool = False,
) -> tuple[list[str], int]:
    """The words of the clause from token ``i`` on, as a title gives them: names by their mention
    word, articles left out, at most ``max_words``, up to the first of :data:`CLAUSE_STOPS` or a
    quote mark past ``stops_after``; with ``drop_times`` a time expression is left out with the
    word before it ("on Monday": the date is the event's, not the title's). Returns the words,
    dangling ones at the end dropped, and the token where the walk stopped."""
    words: list[str] = []
    while i < len(r.tokens) and len(words) < max_words:
        low = r.lows[i]
        if i > stops_after and (low in CLAUSE_STOPS or low in QUOTES):
            break
        if drop_times and i in r.time_tokens():
            while words and words[-1].lower() in TIME_LEAD:
                words.pop()
            i += 1
            continue
        m = r.mention_at(i)
        if m is not None and m.first == i:
            words.append(_mention_word(r, m, country_name))
            i = m.last
            continue
        if low not in ARTICLES:
            words.append(r.tokens[i].text)
        i += 1
    while words and words[-1].lower() in DANGLING:
        words.pop()
    return words, i


def that_clause(r: SentenceReading, p: Predicate, country_name, max_words: int = 8, skip: int = 0) -> str:
    """ "warned that trade deals would not go ahead" -> "trade deals would not go ahead"; ``skip``
    words between the verb and "that" ("denied reports that ...")."""
    i = p.index + 1 + skip
    while i < len(r.tokens) and (i in r.time_tokens() or r.lows[i] in TIME_LEAD):
        i += 1
    if i >= len(r.tokens) or r.lows[i] != "that":
        return ""
    return " ".join(clause_words(r, i + 1, country_name, max_words)[0])


def clause_start(r: SentenceReading, p: Predicate) -> int:
    start = p.index
    while start > 0 and r.segs[start - 1] == r.segs[p.index]:
        start -= 1
    return start


def noun_phrase_before(r: SentenceReading, p: Predicate, country_name, actor_kinds) -> tuple[str, bool]:
    """(subject, plural) for a verb whose subject is not an actor's name: "Explosion" for "An
    explosion near a bus station in central Nairobi killed", "Rapid Support Forces" for "Fighters
    of the Rapid Support Forces attacked", "Fire" for "a fire that destroyed"."""
    k = p.index
    if (
        not p.finite
        and k >= 2
        and r.lows[k - 2] == "with"
        and r.tokens[k - 1].text.isalpha()
        and r.tokens[k - 1].text.islower()
        and "NOUN" in classes(r.lows[k - 1])
    ):
        # "meetings opened in Nairobi, Kenya with participants warning that ...": the
        # participants warn, never a name before "with"
        return r.tokens[k - 1].text, plural_word(r.lows[k - 1])
    end = _subject_end(r, p)
    start = end  # back to a comma or a subordinating word; quotation marks do not end it
    bracketed: set[int] = set()
    while start > 0:
        if r.lows[start - 1] == ")" and r.lows[start] in PREPOSITIONS:
            # "A leader of the Islamic Resistance Movement (Hamas) in Gaza said": the phrase goes
            # on past the bracket, never "Gaza"
            opening = next((k for k in range(start - 2, max(-1, start - 8), -1) if r.lows[k] == "("), None)
            if opening is not None and opening > 0 and r.lows[opening - 1] not in (",", ";", ":"):
                bracketed.update(range(opening, start))
                start = opening
                continue
        if r.lows[start - 1] == "," and _listed_demonym(r, start):
            start -= 2  # "Egyptian, Qatari and US mediators": the list's first demonym too
            continue
        if r.lows[start - 1] in (",", ";", ":", "(", ")", "—") or r.lows[start - 1] in BOUNDARY_WORDS:
            break
        start -= 1
    if end < p.index:
        idx = [i for i in range(start, end) if r.lows[i] not in ARTICLES]
        phrase = [r.tokens[i].text for i in idx][:4]
        last = phrase[-1].lower() if phrase else ""
        return " ".join(phrase), plural_word(last) and not acronym(phrase[-1])
    finite_before = [q.index for q in r.preds if start <= q.index < p.index and q.finite and q.is_speech]
    if finite_before:
        start = finite_before[-1] + 1  # "Aid agencies said about 26,000 people had fled": the people
        while start < p.index and r.lows[start] == "that":
            start += 1
    earlier = [q.index for q in r.preds if start <= q.index < p.index]
    while earlier and set(r.lows[earlier[-1] + 1 : p.index]) <= FRAMING | {"be"}:
        earlier.pop()  # "officials are expected to hold talks": one verb phrase
    end = earlier[0] if earlier else p.index  # "a plan proposed by Washington surfaced": the plan
    time_tokens = r.time_tokens()
    idx = [
        i
        for i in range(start, end)
        if i not in time_tokens
        and i not in bracketed
        and r.lows[i] not in QUOTES
        and r.lows[i] not in (",", ";", ":", "—")
    ]
    while idx and (
        r.lows[idx[0]] in BOUNDARY_WORDS
        or r.lows[idx[0]] in ARTICLES
        or r.lows[idx[0]] in TIME_LEAD
        or (len(idx) > 1 and adverb_word(r.lows[idx[0]]))  # "Thereafter Sierra oversaw"
    ):
        idx.pop(0)
    while idx and (
        r.lows[idx[-1]] in AUXILIARIES
        or r.lows[idx[-1]] in ADVERBS
        or r.lows[idx[-1]] in FRAMING
        or _adverb_only(r.lows[idx[-1]])
        or (len(idx) > 1 and r.lows[idx[-1]] in FLOATING and r.lows[idx[-2]] not in ARTICLES)
    ):
        idx.pop()  # "the truce is due to (take effect)", "the two sides first (met)", "One can only (guess)"
    preds_at = {q.index for q in r.preds}
    idx = [i for i in idx if i not in preds_at]
    if idx and r.lows[idx[0]] in ("'s", "’s"):
        idx.pop(0)  # "Monday's killing": the time's possessive mark
    idx = _past_collective(r, idx)
    happening = _happening_of(r, idx) or _number_of(r, idx)
    if happening:
        return happening, False
    first = clause_start(r, p)
    if not idx and r.lows[first] in ("that", "which"):
        noun = _antecedent(r, first)
        last = noun.split()[-1].lower() if noun else ""
        return noun, plural_word(last)
    for i in idx[1:]:
        m = r.mention_at(i)
        if m is not None and m.first == i and m.kind in actor_kinds:
            prev = [w for w in r.lows[max(0, i - 2) : i] if w not in ARTICLES]
            if prev and prev[-1] == "of":
                if demonym_adjective(m):
                    break  # "roundtables of Chinese and African leaders": the roundtables
                of = max(k for k in range(i) if r.lows[k] == "of")
                possessor = r.lows[m.last : m.last + 1] in (["'s"], ["’s"])  # "the hiring of X's group"
                inner = any(r.lows[k] in PREPOSITIONS for k in range(idx[0] + 1, of))  # "inquiry into"
                if possessor or inner or _qualifies_after(r, m, end, preds_at):
                    break
                head = r.lows[idx[0]]
                noun = r.lows[of - 1] if of > 0 else head
                if noun in ONE_OF or (noun in KIN and m.kind == "person"):
                    # "A member of the Abu Sayyaf Group was killed": a member, never the group
                    owner = short_name(m, country_name)
                    return (f"{owner}'s {noun}" if m.kind == "person" else f"{owner} {noun}"), False
                if (
                    not plural_word(noun)
                    and noun not in ROLE_WORDS
                    and noun not in SPEAKS_FOR
                    and _plain_word(r, of - 1)
                    and "NOUN" in classes(noun)
                ):
                    # "The absence of Shaheen leaves opportunities": the absence, never Shaheen;
                    # "The government of Japan", "the foreign minister of Malaysia": Japan, Malaysia
                    break
                listed = _listed_after(r, m, end)
                if listed > m.last:
                    # "The foreign ministers of Norway and Iceland met": the ministers, never "Norway"
                    words = [r.tokens[k].text for k in idx if k < listed and r.lows[k] not in ARTICLES]
                    if len(words) <= 8:
                        return " ".join(words), plural_word(noun)
                group = f" {head}" if head in GROUP_HEADS else ""
                if (
                    not group
                    and noun.isalpha()
                    and plural_word(noun)
                    and noun not in MULTITUDES
                    and _plain_word(r, of - 1)
                ):
                    # "Exports of Japan rose": "Japan exports rise", never "Japan rise" (one
                    # country given the verb form of many exports); "Residents of Gaza": "Gaza residents"
                    group = f" {noun}"
                # "Leaders of the G20" -> "G20 leaders"; the number is the head noun's ("chief of
                # staff Tom Harlan claims", not "claim")
                return short_name(m, country_name) + group, plural_word(noun)
            break  # "The new Chief of Staff of Ruritania warned": the first name heads the phrase
    return _head_words(r, idx, country_name)


ONE_OF = _words("member native resident citizen")
"""Nouns of one person of a group ("a member of X"): what befalls them is not the group's."""
KIN = _words("relative son daughter wife husband brother sister mother father widow")
"""Nouns of one person of a family ("the son of X": "X's son")."""
SPEAKS_FOR = _words(
    "government administration regime cabinet army military police navy authorities delegation "
    "people parliament leadership board committee council commission branch republic kingdom borough "
    "city province state"
)
"""Nouns of the body a name stands for in a headline ("The government of Japan": "Japan")."""
COLLECTIVES = _words("total number batch series couple handful majority host range variety lot pair")
"""Nouns that count what the "of" after them names ("A total of 30 pilgrims embarked"): the
pilgrims are the subject, never "Total"."""


def _past_collective(r: SentenceReading, idx: list[int]) -> list[int]:
    """The subject's words past a leading collective and its "of" ("a total of 30 pilgrims": "30
    pilgrims"; "a number of these measures": "these measures"); the words unchanged otherwise,
    and for "the number of" (the number is what rose or fell, not the things counted)."""
    if len(idx) < 3 or r.lows[idx[0]] not in COLLECTIVES or r.lows[idx[1]] != "of" or idx[1] != idx[0] + 1:
        return idx
    if r.tokens[idx[0]].text[:1].isupper() and idx[0] > 0:
        return idx  # a name's word ("Total", the company)
    if r.lows[idx[0]] == "number" and idx[0] > 0 and r.lows[idx[0] - 1] != "a":
        return idx
    return idx[2:]


def _number_of(r: SentenceReading, idx: list[int]) -> str:
    """ "The number of people killed by the disease climbed": "Number of people", the number
    and what it counts up to the next preposition or verb; "" for any other subject."""
    if len(idx) < 3 or r.lows[idx[0]] != "number" or r.lows[idx[1]] != "of" or idx[1] != idx[0] + 1:
        return ""
    words = ["Number", "of"]
    preds = {q.index: q for q in r.preds}
    for k in range(idx[2], min(idx[-1] + 2, len(r.tokens))):
        if k in preds and len(words) > 2 and not preds[k].finite and preds[k].verb.form == "past":
            words.append(r.tokens[k].text)  # "Number of people killed", never "Number of people"
            break
        stop = r.lows[k] in PREPOSITIONS or r.lows[k] in AUXILIARIES or k in preds
        if stop or not r.tokens[k].text[:1].isalnum() or len(words) >= 6:
            break
        if r.lows[k] not in ARTICLES:
            words.append(r.tokens[k].text)
    return " ".join(words) if len(words) > 2 else ""


def _plain_word(r: SentenceReading, i: int) -> bool:
    """Whether the word at ``i`` is no name (a capitalised common noun opening a sentence is none)."""
    m = r.mention_at(i)
    return m is None or m.kind == "thing" or (m.kind == "unknown" and m.first == 0 and m.last == 1)


def _qualifies_after(r: SentenceReading, m: Mention, end: int, preds_at: set[int]) -> bool:
    """Whether a name after "of" only qualifies the plain noun right after it ("Psychiatrists of
    South Asian countries"): the name is no subject; not "Leaders of the G20 met"."""
    k = m.last
    if k >= end or k in preds_at:
        return False
    text = r.tokens[k].text
    low = r.lows[k]
    if not (text.isalpha() and text.islower()) or low in PREPOSITIONS or low in ("and", "or"):
        return False
    return low not in AUXILIARIES and low not in ADVERBS and "NOUN" in classes(low)  # not "will meet"


def _listed_demonym(r: SentenceReading, start: int) -> bool:
    """Whether the comma before ``start`` separates demonyms listed before one noun ("Egyptian,
    Qatari and US mediators"): a demonym before the comma and one at ``start``."""
    if start < 2:
        return False
    before, here = r.mention_at(start - 2), r.mention_at(start)
    return (
        before is not None
        and here is not None
        and here.first == start
        and before.last == start - 1
        and demonym_adjective(before)
        and here.kind == "country"
    )


def _listed_after(r: SentenceReading, m: Mention, end: int) -> int:
    """The end of the list of actors of m's kind that ``m`` opens before ``end`` ("Norway and
    Iceland", "Chile, Peru and Bolivia"), or m.last when m stands alone."""
    last, i = m.last, m.last
    while i + 1 < end and r.lows[i] in (",", "and"):
        other = r.mention_at(i + 1)
        if other is None or other.first != i + 1 or other.kind != m.kind or other.last > end:
            break
        last = i = other.last
    return last if "and" in r.lows[m.last : last] else m.last


_EVENT_ENDINGS = ("tion", "sion", "ing", "ment")
_NOT_EVENTS = frozenset(
    ["government", "parliament", "establishment", "king", "wing", "building", "department"]
)  # bodies and things, not happenings


def _event_noun(word: str) -> bool:
    """A singular noun named for a happening by its ending ("assassination", "killing"): the
    subject is the happening, not a name in the phrase after it. (Not "arrest" or "group": a
    noun that is also a verb may be a quantity or a body, "number of", "group of".)"""
    if not word.isalpha() or word in _NOT_EVENTS or plural_word(word) or word in ROLE_WORDS:
        return False
    return word.endswith(_EVENT_ENDINGS) and "NOUN" in classes(word)


def _happening_of(r: SentenceReading, idx: list[int]) -> str:
    """For a subject that is a happening and what it befell ("Last week's killing of rebel leader
    Ana Ruiz in Y has raised fears"): the happening and its "of" phrase up to the next preposition
    ("Killing of rebel leader Ana Ruiz"), never a name inside it; "" for any other subject."""
    if len(idx) < 3 or r.lows[idx[1]] != "of" or idx[1] != idx[0] + 1 or not _event_noun(r.lows[idx[0]]):
        return ""
    words = [r.tokens[idx[0]].text, "of"]
    for k in idx[2:]:
        if r.lows[k] in PREPOSITIONS or not r.tokens[k].text[:1].isalnum() or len(words) >= 8:
            break
        if r.lows[k] not in ARTICLES:
            words.append(r.tokens[k].text)
    return " ".join(words) if len(words) > 2 else ""


def _adverb_only(word: str) -> bool:
    """An adverb that is no noun ("only", "simply", "closely"; not "supply" or "rally"): it
    belongs to the verb group, never to the subject before it."""
    kinds = classes(word)
    return "ADV" in kinds and "NOUN" not in kinds


def _subject_end(r: SentenceReading, p: Predicate) -> int:
    """Where the subject before verb p ends: at the verb, or before an aside between commas."""
    end = p.index
    while end > 1 and r.lows[end - 1] in ADVERBS and r.lows[end - 2] == ",":
        end -= 1  # "The meeting, which was chaired by X, also studied": past the adverb
    if end > 0 and r.lows[end - 1] == ",":
        # "M23 rebels, which Kinshasa says are backed by Rwanda, seized": skip the relative clause
        opening = next((k for k in range(end - 2, -1, -1) if r.lows[k] == ","), None)
        participle = opening is not None and any(q.index == opening + 1 and not q.finite for q in r.preds)
        if opening is not None and (r.lows[opening + 1 : opening + 2] in (["which"], ["who"]) or participle):
            end = opening  # "The accord, signed in Oslo by both leaders, opens": the accord
    return end


def _head_words(r: SentenceReading, idx: list[int], country_name) -> tuple[str, bool]:
    """(phrase, plural): the words at idx up to the first preposition, names short, no articles."""
    words: list[str] = []
    named: list[bool] = []  # whether each word is a name (one body: "China Southern Airlines says")
    for k, i in enumerate(idx):
        low = r.lows[i]
        nxt = r.lows[i + 1] if i + 1 < len(r.lows) else ""
        if low == "of" and words and words[-1].lower() in MULTITUDES and nxt in MULTITUDES:
            words.append(low)  # "Tens of thousands", never "Tens"
            named.append(False)
            continue
        if low == "to" and k == 1 and words == ["Up"] and nxt[:1].isdigit():
            words.append(low)  # "Up to 10,000 soldiers", never "Up"
            named.append(False)
            continue
        if k > 0 and low in PREPOSITIONS:
            break  # the head of the phrase, not what follows it
        if words and nxt in PREPOSITIONS and _plain_adjective_after(r, i):
            break  # "Three Afghans loyal to the movement": the Afghans, never "Afghans loyal"
        m = r.mention_at(i)
        if m is not None:
            if m.first == i:
                words.append(_mention_word(r, m, country_name))
                # a plain noun capitalised at the sentence's start is no name ("Exports rose"); a
                # people named in the plural is many ("Angry Palestinians respond")
                named.append(
                    m.kind not in ("group", "unknown")
                    and not (m.kind == "thing" and i == 0)
                    and not (m.kind == "country" and _people_word(m.text))
                )
                if r.lows[m.last : m.last + 1] == [","] and _listed_demonym(r, m.last + 1):
                    words[-1] += ","  # "Egyptian, Qatari and US mediators"
            continue
        if low in ("'s", "’s") and words:
            words[-1] += "'s"
            continue
        if low not in ARTICLES:
            words.append(r.tokens[i].text)
            named.append(False)
    coordinated = False
    if len(words) > 5:
        # a long phrase is cut where a phrase ends, never inside one ("hiring freezes and mass
        # leaves": "hiring freezes", not "hiring freezes and mass"); with no such place, its head
        cut = max(
            (k for k in range(1, 6) if words[k].lower() in ("and", "or") and _ends_noun(words[k - 1])),
            default=0,
        )
        coordinated = cut > 0
        words, named = (words[:cut], named[:cut]) if cut else (words[:5], named[:5])
    head = words[-1].lower() if words else ""
    plural = (plural_word(head) and not acronym(words[-1])) or head == "both"
    return " ".join(words), coordinated or (plural and not named[-1])


def _plain_adjective_after(r: SentenceReading, i: int) -> bool:
    """Whether the word at ``i`` is an adjective and never a noun, written in lower case after a
    noun ("officials close to the talks", "Afghans loyal to the movement")."""
    kinds, before = classes(r.lows[i]), classes(r.lows[i - 1])
    noun_before = plural_word(r.lows[i - 1]) and "AUX" not in before and ("NOUN" in before or not before)
    return noun_before and r.tokens[i].text.islower() and kinds == {"ADJ"}  # not "is mandatory for"


def _ends_noun(word: str) -> bool:
    """Whether a word before "and" ends a noun phrase: a plural ("pilgrims and ...") or a common
    noun ("the minister and ..."); not a modifier shared with the next noun ("Polish and Laotian
    students") nor part of a name ("Standard and Poor's")."""
    if word[:1].isupper():
        return word.endswith("s") and not word.endswith("ss") and word[:-1].isalpha()
    return "NOUN" in classes(word.lower())


def _antecedent(r: SentenceReading, that: int) -> str:
    """The noun a relative clause is about: "a fire" in "a fire that destroyed ..."."""
    words: list[str] = []
    i = that - 1
    m = r.mention_at(i) if i >= 0 else None
    if m is not None:
        # "Talks between Iran and the United States that had been scheduled": a name ends a
        # prepositional phrase; the clause is about the noun before it
        k = m.first - 1
        while k > 0 and (r.lows[k] in ARTICLES or r.lows[k] == "and" or r.mention_at(k) is not None):
            k -= 1
        if k > 0 and r.lows[k] in PREPOSITIONS:
            i = k - 1
    while i >= 0 and r.lows[i].isalpha() and r.lows[i] not in ARTICLES and r.lows[i] not in PREPOSITIONS:
        words.insert(0, r.tokens[i].text)
        i -= 1
        if len(words) == 3:
            break
    return " ".join(words)


def content_subject(r: SentenceReading, speech: Predicate, content: Predicate, country_name) -> str:
    """The subject of a reported clause as a headline gives it: "it" in "said it would boycott",
    "no date" in "said that no date had been set"; empty when it is long."""
    i = speech.index + 1
    between = r.lows[i : content.index]
    saying = between.index("saying") if "saying" in between[:5] else 0
    if saying and between[saying - 1] == "as":
        i += saying + 1  # "was quoted (today) as saying he would ..."
    end = content.index
    k = end - 3
    while k > 0 and r.lows[k] in ("not", "n't", "never"):
        k -= 1
    if r.lows[end - 1 : end] == ["to"] and k > 0 and r.lows[k] in ("be", "is", "are", "was", "were"):
        end -= 2  # "he would be ready to host": the subject ends before "ready to"
    if "that" in between:
        i += len(between) - between[::-1].index("that")  # "told reporters that the handover ..."
    time_tokens = r.time_tokens()
    while i < content.index and (r.lows[i] == "that" or i in time_tokens or r.lows[i] in TIME_LEAD):
        i += 1
    words: list[str] = []
    role = ""
    while i < end:
        low = r.lows[i]
        if low in AUXILIARIES or low in ADVERBS or low in ARTICLES or i in time_tokens or low in _NOT_SUBJECT:
            i += 1
            continue
        if words and low.endswith("ly") and _adverb_only(low):
            i += 1  # "said it was closely monitoring": "closely" is the verb's, not the subject's
            continue
        m = r.mention_at(i)
        if m is not None:
            words.append(_mention_word(r, m, country_name))
            i = max(m.last, i + 1)
            continue
        if low in ROLE_WORDS and not words:
            role = role or r.tokens[i].text  # "the judge": the role when no name follows
            i += 1
            continue
        words.append(r.tokens[i].text)
        i += 1
    if not words and role:
        words = [role]
    while words and words[-1].lower() in PREPOSITIONS:
        words.pop()  # "the airline's strategy for (next year)": its time left out, not its "for"
    if len(words) > 4:
        cut = next((k for k, w in enumerate(words) if k and w.lower() in PREPOSITIONS), len(words))
        words = words[:cut] if cut <= 3 else []  # "representatives of the government and ..." -> head
    return " ".join(words)


def clause_places(r: SentenceReading, p: Predicate) -> list[str]:
    """Places named in the verb's own clause (not in another clause of the sentence)."""
    after = [q.index for q in r.preds if q.index > p.index]  # a purpose clause ("to discuss ...") too
    limit = after[0] if after else len(r.tokens)
    start = clause_start(r, p)
    return [m.name for m in r.mentions if start <= m.first < limit and r.is_place_use(m)]


def quoted_speech(r: SentenceReading) -> tuple[Predicate, int] | None:
    """For '"The village remains ours," a spokesman said on Tuesday.': the verb of saying and
    the index of the closing quotation mark."""
    if not r.tokens or r.lows[0] not in QUOTES:
        return None
    closing = [i for i in range(1, len(r.tokens)) if r.lows[i] in QUOTES]
    if not closing:
        return None
    q = closing[0]
    after = [p for p in r.preds if p.index > q and p.finite]
    if not after or not after[0].is_speech:
        return None
    return after[0], q
