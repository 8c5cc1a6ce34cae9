"""A careful editor's first read of a headline: the faults that make it ungrammatical or unclear.

``title_problems("Albright urges Albright to tell Americans")`` names every fault it finds
("subject repeated as object"); an empty list means the title passes. The checks are about
form, not truth: a title can pass and still misreport its sentence. The reading is shallow
(the subject is what comes before the first verb, the verb found with the lexicon), so each
rule fires only where that reading is sure: a plural subject needs a lower-case plural noun
("troops"), not a name ending in s ("United States urges").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from timeline_app.core.extract import wordclass
from timeline_app.core.extract.lexicon import lexicon


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SUBJECT_PRONOUNS = _words("he she it they we i you there this these those who which what")
OBJECT_PRONOUNS = _words("him them us me")
LEADING_PRONOUNS = _words("he she it they we i")
PLURAL_PRONOUNS = _words("they we you these those")
FUNCTION_WORDS = _words(
    "the a an of to in on at by for from with about into over under after before during amid against "
    "between through since until and or but nor so yet if as than that some any all most many much both "
    "each every either neither such other another more less few several no not only also just even "
    "its his her their our my your whose whom where when why how while whereas though although because "
    "least"
)
TIME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow "
    "morning afternoon evening night week month year weekend earlier later now recently then "
    "january february march april june july august september october november december"
)
PREPOSITIONS = _words(
    "of to in on at by for from with about into over under after before during amid against between "
    "through toward towards across near without within upon via than like regarding including concerning "
    "despite among"
)
ARTICLES = _words("the a an")
CONJUNCTIONS = _words("and or but nor that which who whom whose because while whereas if although though")
POSSESSIVES = _words("its his her their our my your")
QUANTITY = _words("about over nearly around almost up some")  # "About 300 troops have ..."
PARTICLES = _words("on in over")  # "talks go on", "rebels take over"
PARTICLE_VERBS = _words(
    "go goes went gone going carry carries carried take takes took taken sworn swear swears hold holds "
    "held move moves moved pour pours poured came come comes step steps stepped check checks checked "
    "log logs logged fill fills filled give gives gave cave caves caved"
)  # "fighting goes on", "Lund is sworn in"; not "funds drop in"
AUXILIARIES = _words(
    "is are was were be been being am has have had do does did will would shall should can could "
    "cannot may might must not to don't doesn't didn't won't can't isn't aren't wasn't weren't hasn't "
    "haven't wouldn't couldn't shouldn't"
)
AUX_TAKING_BASE = _words("do does did will would shall should can cannot could may might must")
END_DETERMINERS = _words("and or both every each any some this these those such")
END_ADVERBS = _words("never very also")  # "calls on Malians to never"
HEAD_STOPS = _words(
    "who which that whose around along beyond inside outside across among including regarding excluding "
    "like except"
)
COLLECTIVE = _words(
    "majority number third half quarter percent rest lot bulk total minority series couple team side squad "
    "government family crowd staff panel committee club company party council public audience "
    "group electorate remainder following poultry cattle livestock personnel clergy aircraft "
    "tenth fifth thirds fifths tenths quarters"
)  # either verb: "His side were prepared" is British usage
NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens hundreds thousands"
)
EITHER_NUMBER = _words("more less fewer most all some many both several few none")
NOUN_STARTS = _words(
    "and or of the a an its his her their our for with on in by these those this that all some many several "
    "both such other two three four five six seven eight nine ten"
)
OBJECT_OPENERS = _words("the a an its his her their both all this these those")
OBJECT_STARTS = _words("the a an its their his her it them him")
SUBJECT_ADVERBS = _words("also still never already just now then even only not")
# after a subject, before its verb: "These plots often have", "They all give", "Schalke all have"
SUBJECT_TRAILERS = SUBJECT_ADVERBS | _words("always often sometimes usually all both each too")
# an amount counted in units takes a singular verb: "700 million dollars was invested"
UNITS = _words(
    "dollars euros pounds yuan yen rupees francs marks tons tonnes barrels kilometers kilometres miles "
    "hectares acres percent"
)
ADVERB_ENDINGS = ("ally", "ely", "ily", "edly", "ntly", "ously", "ively", "fully", "ibly", "ably", "ssly",
                  "fly", "tly", "rly", "sly", "wly", "ply", "ghly", "kly")  # fmt: skip
ADVERB_S = _words("always perhaps nevertheless afterwards towards besides sometimes")
BE_FORMS = _words("is are was were been being am")
BE_SINGULAR = _words("is was has does")
BE_PLURAL = _words("are were have do")
COGNITION = _words("believes believe believed thinks think thought suggests suggest suggested feels felt")
PLACE_ADVERBS = _words("here there")
AUDIENCE = _words(
    "reporters journalists press conference news briefing agency parliament newspaper television radio "
    "interview daily lawmakers congress statement"
)
SAYING = _words(
    "says say said tells told adds added claims claimed asks asked announces announced states stated notes "
    "noted stresses stressed explains explained reiterates reiterated insists insisted believes believe "
    "believed thinks think thought suggests suggest suggested"
)
SAYING_ONLY = _words("say says said tell tells told add adds added")
"""Verbs of saying that are no noun: a title opening on one has lost its speaker."""
NEEDS_OBJECT = _words("urges urged asks asked tells told orders ordered allows allowed invites invited")
REPORTED = _words(
    "says say said tells told adds added insists insisted stresses stressed reiterates reiterated"
)
"""Verbs of saying whose object is what was said: a clause with its verb, not a bare noun phrase."""
SINGULAR_S_NOUNS = _words(
    "news series species means crisis basis analysis thesis diagnosis emphasis status campus census "
    "bus gas virus consensus bonus chaos process progress congress address access success"
)
PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ies", "ions", "als", "ops", "ices", "ings",
                  "ances", "ences", "ures", "ages", "ives", "ees", "ides", "ots")  # fmt: skip
PLURAL_NOUNS = _words("people police men women children troops forces authorities")
BAD_TOKENS = ("- -", "``", "''", " ,", " .", " ;", " :", ",,", "..", "( )", '" "', " 's ", " ’s ")
QUOTE_CHARS = "\"“”`'’‘"
MAX_LENGTH = 81  # 80 characters and the ellipsis of a cut title

_QUOTATION = re.compile(r"([^:“”\"]{2,40}): “([^“”]+)”")
_SPOKEN = re.compile(
    r"((?:[a-z]{1,3}-)?[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}): (.+)"
)  # "Western diplomat: we ..."
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w'’.-]*|[^\w\s]")


def title_problems(title: str, verb_form: Callable[[str], str | None] | None = None) -> list[str]:
    """The faults of a headline, each named once, in a fixed order; [] for a good title.

    Args:
        title: the headline.
        verb_form: a word's verb form ("base", "s", "past", "ing") or None when it is no verb;
            by default the extractor's lexicon.
    """
    if verb_form is None:
        return list(_problems_with_lexicon(title))
    return _problems(title, verb_form)


@lru_cache(maxsize=2048)
def _problems_with_lexicon(title: str) -> tuple[str, ...]:
    """Cached: the extractor asks about a title twice (to choose it, then to keep its event)."""
    return tuple(_problems(title, _lexicon_form))


def _problems(title: str, verb_form: Callable[[str], str | None]) -> list[str]:
    """The faults of a headline, in a fixed order: its tokens, then a quotation's or a spoken
    clause's, or else its subject, its verb group and its ending."""
    form_of = verb_form
    problems: list[str] = []
    text = title.strip()
    if not text:
        return ["empty"]
    if len(text) > MAX_LENGTH:
        problems.append("over 80 characters")
    problems += _token_faults(text)
    quotation = _QUOTATION.fullmatch(text)
    if quotation is not None:
        return list(dict.fromkeys(problems + _quotation_faults(quotation, form_of)))
    spoken = _SPOKEN.fullmatch(text)
    if spoken is not None and _clause_then_list(spoken, form_of):
        # "APEC has 21 members: Australia, Canada and Chile": a clause and its list, no speaker
        return list(dict.fromkeys(problems + _problems(spoken.group(1), form_of)))
    if spoken is not None and not spoken.group(2).startswith("“"):
        return list(dict.fromkeys(problems + _spoken_faults(spoken, form_of)))
    alpha, marks = _alpha_words(text)
    if not alpha:
        return [*problems, "no words"]
    lows = [w.lower() for w in alpha]
    if text[:1] in QUOTE_CHARS:
        problems.append("quote mark as subject")
    if lows[0] in POSSESSIVES and len(lows) > 1:
        problems.append("pronoun as subject")  # "Its net profits fall": whose?
    opener = lows[0].replace("’", "'").split("'", 1)[0]
    if (opener in LEADING_PRONOUNS and len(lows) > 1 and not alpha[0].isupper()) or alpha[0] == "I":
        # "It trims forecast", "They card total", "It's one lives in London": a pronoun opens the
        # title even when the verb after it is one the lexicon does not know
        problems.append("pronoun as subject")
    if _no_subject(alpha, lows, form_of):
        problems.append("no subject")
    verb = _first_verb(alpha, form_of)
    if verb is None:
        problems += _verbless_faults(text, alpha, lows, form_of)
    else:
        problems += _subject_faults(alpha, lows, verb, form_of, marks)
    problems += _verb_group_faults(lows, form_of)
    problems += _spliced_verbs(lows, form_of)
    problems += _reader_faults(text, alpha, lows, verb, form_of, marks)
    named_end = len(alpha) > 1 and alpha[-1][:1].isupper() and alpha[-1] != "I"  # "May" the month, not "may"
    problems += _ending_faults(text, [*lows[:-1], "x"] if named_end else lows)
    return list(dict.fromkeys(problems))


def _quotation_faults(quotation: re.Match[str], form_of) -> list[str]:
    """The faults of a speaker and what they said, whole ('Berri: “We agreed to a news media
    truce”'): a cut quotation, a pronoun for a speaker, a clause as speaker or one word quoted."""
    problems = []
    speaker = quotation.group(1).split()
    if "…" in quotation.group(2):
        problems.append("cut quotation")
    if not speaker or speaker[0].lower() in SUBJECT_PRONOUNS | FUNCTION_WORDS:
        problems.append("pronoun as subject")
    quoted = _WORD.findall(quotation.group(2))
    if len(quoted) < 2 or (len(speaker) > 1 and _first_verb(speaker, form_of) is not None):
        # 'Exports were falling: “It”': a clause is no speaker, and one word is no quotation
        problems.append("quotation inside out")
    return problems


def _clause_then_list(spoken: re.Match[str], form_of) -> bool:
    """Whether the words before a colon are a clause (a verb after its subject) and the words
    after it a list with no verb: what the clause counts, not what a speaker said."""
    before = spoken.group(1).split()
    after = _WORD.findall(spoken.group(2))
    verb = _first_verb(before, form_of)
    if verb is None or verb == 0 or before[verb].lower() in SAYING | REPORTED:
        return False  # "Army says: 300 dead": what was said
    return bool(after) and _first_verb(after, form_of) is None


def _spoken_faults(spoken: re.Match[str], form_of) -> list[str]:
    """The faults of a speaker and a clause they said ("Merkel: we will not yield"): the clause's
    own, except its speaker's pronoun; a pronoun or an audience as the speaker."""
    rest = [p for p in title_problems(spoken.group(2), form_of) if p != "pronoun as subject"]
    if spoken.group(1).split()[0].lower() in SUBJECT_PRONOUNS | FUNCTION_WORDS:
        rest.append("pronoun as subject")
    if all(w.lower() in AUDIENCE | ARTICLES for w in spoken.group(1).split()):
        rest.append("audience as speaker")  # "News conference: I am home"
    return rest


def _alpha_words(text: str) -> tuple[list[str], set[int]]:
    """The words of a title outside its quotations, and the indices of those a comma or a dash
    follows ("The budget, worth ...")."""
    words = [w for w in _WORD.findall(_outside_quotes(text)) if w not in ("…",)]
    alpha: list[str] = []
    marks: set[int] = set()  # indices of words a comma or a dash follows ("The budget, worth ...")
    for w in words:
        if w[:1].isalnum():
            alpha.append(w)
        elif w in (",", "-", "—", "–", ";") and alpha:
            marks.add(len(alpha) - 1)
    return alpha, marks


MAGNITUDES = _words("hundred thousand million billion trillion")


def _contracted_pronoun(word: str) -> bool:
    """ "we've", "they're", "i'm": a pronoun with its auxiliary."""
    for mark in ("'", "’"):
        if mark in word:
            return word.split(mark, 1)[0] in SUBJECT_PRONOUNS
    return False


def _no_subject(alpha: list[str], lows: list[str], form_of) -> bool:
    """Whether a title opens with its verb, an auxiliary or an adverb and names no subject."""
    if lows[0] in AUXILIARIES - {"to"} or (lows[0] == "to" and len(lows) > 1 and form_of(lows[1]) == "base"):
        return True  # "Is also able stays in Doha", "To table negotiating box"
    elif (lows[0] in SAYING_ONLY or lows[0] == "asked") and len(lows) > 1:
        return True  # "Say such subsidies depress prices", "Asked whether ...": who?
    elif (
        len(lows) > 2
        and alpha[0][:1].isupper()
        and form_of(lows[0]) == "s"
        and not _plural_noun_start(lows[0])
        and lows[1] not in PREPOSITIONS | AUXILIARIES | CONJUNCTIONS
        and form_of(lows[1]) is None
        and not _is_name(alpha[0])
    ):
        return True  # "Remains earnest hope to see peace" (not "Talks on Iran resume")
    elif lows[:2] == ["up", "of"]:
        return True  # "Up of trained staff to conduct interviews"
    elif lows[0] in ("having", "according") and len(lows) > 1:
        return True  # "Having upsets win", "According issues unless individual": who?
    elif lows[0] in ("up", "down") and len(lows) > 1 and lows[1][:1].isdigit():
        return True  # "Down 0.2 wins": a market's move, not a subject
    elif lows[0] in MAGNITUDES:
        return True  # "Trillion won": a number's word, not a subject
    elif (
        len(lows) > 1
        and form_of(lows[0]) == "s"
        and (lows[1] in OBJECT_OPENERS or _only_verb(alpha, form_of))
    ):
        return True  # "Loses both lips", "Calls on Vessland to withdraw its troops"
    elif len(lows) > 1 and _adverb(alpha[0]) and form_of(lows[1]) in ("past", "s"):
        return True  # "Briefly seen at window of his residence"
    return False


_NOUN_START_OR_PREPOSITION = NOUN_STARTS | PREPOSITIONS


def _verbless_faults(text: str, alpha: list[str], lows: list[str], form_of) -> list[str]:
    """The fault of a title without a verb: only a name, or a fragment too long to pass as a
    headline."""
    if all(w[:1].isupper() or w[:1].isdigit() for w in alpha):
        return ["only a name"]
    elif (
        not any(
            w[:1].islower()
            and (w.endswith(("s", "ed")) or form_of(w) not in (None, "ing"))
            and before not in _NOUN_START_OR_PREPOSITION  # the word BEFORE w shows w is a noun
            and not before[:1].isdigit()
            for before, w in zip(lows[:-1], alpha[1:], strict=True)
        )
        and (text.endswith("…") or len(alpha) > 3 or lows[0] in PREPOSITIONS)
    ):
        # "Foreign Ministry spokeswoman Jiang Yu…", "Projects and issues regarding improvement"
        # (a word the lexicon lacks may be a verb: "depends", "accounted" do not count against
        # a title unless a determiner, preposition or number shows it is a noun: "adoption of
        # sanctions against countries"; "Talks in Geneva" is short enough to pass as a headline)
        return ["fragment without a verb"]
    return []


def _verb_group_faults(lows: list[str], form_of) -> list[str]:
    """ "was discuss", "does not reflects", "will meets": a verb form its auxiliary does not take."""
    for i, low in enumerate(lows[:-1]):
        if low not in AUX_TAKING_BASE:
            continue
        j = i + 1
        while j < len(lows) and lows[j] in ("not", "also", "still", "never", "n't", "just", "already"):
            j += 1
        if j >= len(lows) or lows[j] in AUXILIARIES:
            continue
        if lows[j] in PREPOSITIONS or lows[j] in ARTICLES:
            return ["auxiliary without its verb"]  # "Dispute should not in Kordavia"
        form = form_of(lows[j])
        word = lows[j]
        if form is None and low in ("do", "does", "did") and _plural_noun(word) and word not in ADVERB_S:
            form = "s"  # "does not reflects": no noun comes after "does not"
        if low in AUX_TAKING_BASE and form in ("s", "past") and not _also_base(word):
            return ["verb form after auxiliary"]
        # (no check of "was" + a base form: the lexicon lists adjectives like "ready" or
        # "clear" as verbs, and a validator must not cry wolf)
    return []


SPLICE_AUX = _words("has have had may might will would can could must should shall")
NOT_A_CLAUSE_BEFORE = _words("those the a an who that which these some all many most")


def _spliced_verbs(lows: list[str], form_of) -> list[str]:
    """ "Page regretted has not been mirrored", "We agree may be the last chance": a verb right
    before an auxiliary that starts another verb group, two clauses run together ("those killed
    were", "the plan he proposed will be" are noun phrases, not this)."""
    pronouns = ("we", "they", "i", "you", "he", "she", "it")
    for i in range(1, len(lows) - 1):
        word, nxt, before = lows[i], lows[i + 1], lows[i - 1]
        if nxt not in SPLICE_AUX or word in AUXILIARIES:
            continue
        if before in NOT_A_CLAUSE_BEFORE or before[:1].isdigit():
            continue
        noun_before = before.endswith("s") and before not in pronouns  # "the 30 men snatched have"
        past = form_of(word) == "past" and word.endswith("ed") and before not in pronouns and not noun_before
        base = i == 1 and before in pronouns[:4] and form_of(word) == "base"  # not "troops we send would"
        if past or base:
            return ["two clauses run together"]
    return []


def _also_base(word: str) -> bool:
    """ "put", "let", "spread": a past form that is its own base."""
    v = lexicon().verb(word)
    return v is not None and v.lemma == word


def _lexicon_form(word: str) -> str | None:
    if "'" in word or "’" in word:
        return None  # "DeLay's", "government's": a possessive, never a verb
    lex = lexicon()
    v = lex.verb(word)
    if v is not None:
        return v.form
    # a verb the lexicon lacks, known by its base: "reflects", "reflected"
    if len(word) > 4 and word.endswith("s") and (lex.verb(word[:-1]) or lex.verb(word[:-2])):
        return "s"
    if len(word) > 5 and word.endswith("ed"):
        return "past"  # "turned": after a noun phrase's first word it is no verb (see NOUN_STARTS)
    return None


def _outside_quotes(text: str) -> str:
    """The title without what it quotes (a quotation keeps its speaker's grammar)."""
    return re.sub(r"“[^”]*(”|$)|\"[^\"]*(\"|$)", " ", text)


def _token_faults(text: str) -> list[str]:
    out = []
    if any(bad in text for bad in BAD_TOKENS) or re.search(r"(^|\s)[-–—'‘’](\s|$)", text):
        out.append("stray token")
    if re.search(r"\b[a-z]+[^s\W]s['’]s\b", text):
        out.append("possessive on a verb")  # "Council quotes's daily": a plural takes s', a verb none
    if text.count("“") != text.count("”") or text.count('"') % 2:
        out.append("unbalanced quote marks")
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        out.append("unbalanced brackets")
    if re.search(r"(?<![\w-])(\w+) \1\b", text, flags=re.IGNORECASE) and not re.search(r"\b(\d+) \1\b", text):
        # "Kordan Kordan", "the the"; not "sit-in in" (the end of a hyphened word)
        out.append("repeated word")
    return out


def _first_verb(words: list[str], form_of) -> int | None:
    """The index of the title's verb: the first lower-case word after the first that is an
    auxiliary, the headline's "to" ("Britain to present"), an -s or past form not right after a
    word that starts a noun phrase ("parties and figures"), or a base form that an object
    follows ("army raid the camp") or that comes right after a plural noun or pronoun ("troops
    kill"; "loan" in "loan ratio drops" is none)."""
    for i, w in enumerate(words):
        if i == 0 or not w[:1].islower():
            continue
        low = w.lower()
        form = form_of(low)
        prev = words[i - 1].lower()
        if low in AUXILIARIES or (form == "past" and prev not in NOUN_STARTS):
            return i
        if form == "s" and (low in SAYING_ONLY or (prev not in NOUN_STARTS and not prev[:1].isdigit())):
            return i
        k = i - 1
        while k > 0 and (
            (words[k].lower().endswith("ly") and len(words[k]) > 4) or words[k].lower() in SUBJECT_ADVERBS
        ):
            k -= 1  # "Insurgents frequently target", "We also differ"
        before = words[k].lower()
        if form == "base" and k > 0 and _object_follows(words, i):
            return i  # "The people in this country think that ...", "Israeli army raid the camp"
        if form == "base" and (
            before in PLURAL_PRONOUNS
            or before in PLURAL_NOUNS
            or before in ("i", "you")
            or _plural_noun(before)
        ):
            return i
    return None


def _later_verb(words: list[str], lows: list[str], v: int, form_of) -> int | None:
    """The finite verb that follows a noun read as the verb at ``v`` ("transport" in "A military
    transport entered", "forces" in "US and Iraqi forces continued"): a base form right after it
    when it ends a preposition's object ("Branches of foreign banks remain"), or within six words
    an auxiliary or a past form that no relative pronoun, "and" or "to"
    introduces; None when there is none (then ``v`` is the verb, and "Exports falls" is wrong)."""
    if v + 1 < len(lows) and words[v + 1][:1].islower() and form_of(lows[v + 1]) == "base":
        inside = any(w in PREPOSITIONS for w in lows[1:v])
        return v + 1 if inside and lows[v + 1] not in AUXILIARIES else None
    for k in range(v + 1, min(v + 7, len(lows))):
        if not words[k][:1].islower() or lows[k - 1] in ("and", "or", "to", "that", "who", "which"):
            continue
        if (lows[k] in AUXILIARIES and lows[k] != "to") or form_of(lows[k]) == "past":
            return k
    return None


def _object_follows(words: list[str], i: int) -> bool:
    """Whether an object or a that-clause starts after the word at ``i``."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return nxt.lower() == "that" or nxt.lower() in OBJECT_STARTS or nxt[:1].isupper()


def _conjunct(subject: list[str], k: int) -> bool:
    """Whether "and" at ``k`` joins two noun phrases: names ("Abe and Ban") or a plural before it
    ("Riots and clashes"); "Sectarian and ethnic violence" is one noun."""
    before = subject[k - 1]
    after = subject[k + 1] if k + 1 < len(subject) else ""
    if after[:1].isupper() and (before[:1].isupper()):
        return True
    if k - 1 > 0 and before[:1].isupper():
        return True
    return _plural_noun(before.lower()) or (k - 1 == 0 and _capitalised_plural(before.lower()))


def _only_verb(words: list[str], form_of) -> bool:
    """Whether the first word is the title's only verb (none follows but a "to" infinitive):
    "Calls on Vessland to withdraw", not "Talks on Iran resume"."""
    before = ""
    for w in words[1:]:
        low = w.lower() if w[:1].islower() else ""
        form = form_of(low) if low else None
        if before == "to":
            before = low
            continue  # "Agrees to set up a network": the infinitive is not a verb of its own
        if (
            (low in AUXILIARIES and low != "to")
            or form in ("s", "past")
            or (form == "base" and before != "to")
        ):
            return False
        before = low
    return True


def _plural_noun_start(low: str) -> bool:
    """ "Talks", "Clashes", "Officials": an -s word that opens a headline as its plural subject."""
    from timeline_app.core.extract.clauses import NOMINAL_WORDS

    return low in NOMINAL_WORDS or low.endswith(PLURAL_ENDINGS) or low.endswith(("shes", "ches", "xes"))


def _adverb(word: str) -> bool:
    """ "Briefly", "Reportedly" (not "Reilly", "Italy"): an -ly word that is no name."""
    low = word.lower()
    return len(low) > 5 and low.endswith(ADVERB_ENDINGS) and not _is_name(word)


def _capitalised_plural(low: str) -> bool:
    """ "Troops", "Workers" at the start of a title, not the surname "Wijers": an -ers or -ors
    word counts only when the lexicon knows its verb ("work", "vote")."""
    if low.endswith("iers"):
        return True  # "Soldiers"
    if low.endswith(("ers", "ors")):
        lex = lexicon()
        return lex.verb(low[:-3]) is not None or lex.verb(low[:-2]) is not None
    return low.endswith(PLURAL_ENDINGS)


def _is_name(word: str) -> bool:
    """A word the gazetteer knows as a name ("Philippines"), so its -s is no plural."""
    from timeline_app.core.gazetteer import gazetteer

    return gazetteer().lookup((word.lower(),)) is not None


def _plural_noun(low: str) -> bool:
    if low.endswith("men") and len(low) > 4:
        return True  # "fishermen", "gunmen"
    return (
        low.isalpha()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and low not in SINGULAR_S_NOUNS
        and len(low) > 3
    )


def _head(subject: list[str], marks: set[int]) -> int:
    """The index of a subject's head word: its last word, or the word before a preposition
    ("leader of Iraq", "oceans around the continent"), a participle ("Iraqis living in ...") or
    a comma ("The budget, worth billions, is"); adverbs before the verb do not count."""
    lows = [w.lower() for w in subject]
    for i, low in enumerate(lows):
        participle = (
            low.endswith("ing")
            and subject[i][:1].islower()
            and len(low) > 5
            and lows[i - 1] not in NOUN_STARTS
            # "The psychiatrists meeting was held": last after a noun, it is the noun ("We're talking")
            and (i < len(lows) - 1 or lows[i - 1] in SUBJECT_PRONOUNS or _contracted_pronoun(lows[i - 1]))
        )
        if i > 0 and (low in PREPOSITIONS or low in HEAD_STOPS or participle):
            return i - 1
        if i in marks and i < len(lows) - 1:
            return i
    last = len(lows) - 1
    while last > 0 and (
        lows[last] in SUBJECT_TRAILERS or (lows[last].endswith("ly") and len(lows[last]) > 4)
    ):
        last -= 1
    return last


def _subject_faults(words: list[str], lows: list[str], v: int, form_of, marks: set[int]) -> list[str]:
    """The faults of a title's subject (``words[:v]``) and of what its verb (``words[v]``) needs:
    a function word, adverb or pronoun for a subject, subject and verb that disagree in number, a
    verb without its complement or object, a saying without what was said."""
    subject, verb = words[:v], lows[v]
    h = _head(subject, marks)
    head = subject[h].lower()
    first = lows[0]
    out = _subject_word_faults(subject, lows)
    after = lows[v + 1] if v + 1 < len(lows) else ""
    existential = head == "there" and (
        verb in ("is", "are", "was", "were") or (verb in AUXILIARIES and after in ("be", "been"))
    )  # "There were clashes", "There will be talks"
    shouted = subject[h].isupper() and len(subject[h]) > 1  # "US stocks", not "us"
    pronoun = head in SUBJECT_PRONOUNS or head in OBJECT_PRONOUNS or head in POSSESSIVES
    pronoun = pronoun or _contracted_pronoun(head)  # "We've wants to give"
    if pronoun and not existential and not shouted:
        out.append("pronoun as subject")
    if head in NUMBER_WORDS and (verb in BE_SINGULAR or (verb not in AUXILIARIES and form_of(verb) == "s")):
        out.append("subject-verb agreement")  # "Only three says", "Another five injures"
    elif (
        len(subject) == 1
        and _count(head)
        and (verb in ("is", "was") or (verb not in AUXILIARIES and form_of(verb) == "s"))
    ):
        out.append("subject-verb agreement")  # "40 suspends", "6-3 puts visitors": a count, a score
    if (
        head[:1].isdigit()
        or head in NUMBER_WORDS
        or first in EITHER_NUMBER
        or head in COLLECTIVE
        or (first in QUANTITY and any(w[:1].isdigit() for w in subject))
        or (head in UNITS and (first[:1].isdigit() or first in NUMBER_WORDS))
        or (h == 1 and first == "the" and head.endswith("ed"))  # "The unemployed are", "The accused was"
    ):
        return out  # "More than 50 of the youngsters have died", "The majority of countries believe"
    plural, singular = _subject_number(subject, lows, v, h, marks, form_of)
    if plural and verb not in AUXILIARIES and form_of(verb) == "s":
        later = next(
            (k for k in range(v + 1, min(v + 8, len(lows))) if lows[k] in AUXILIARIES - {"to"}), None
        )
        if later is not None:  # "Riots and violent clashes ... were continuing": "clashes" is a noun
            return _subject_faults(words, lows, later, form_of, marks)
        after = lows[v + 1] if v + 1 < len(lows) else ""
        modifier = words[v - 1][:1].islower() or lows[v - 1].endswith(("an", "ese", "ish", "ch", "i"))
        verb_next = after == "to" or form_of(after) in ("base", "past")
        if verb.endswith(("ers", "ors")) and v > 0 and modifier and v + 2 < len(lows) and verb_next:
            # "French and Dutch voters reject", "Chinese and Indian engineers signed": an agent
            # noun ends the subject; the verb comes after it
            return _subject_faults(words, lows, v + 1, form_of, marks)
        real = None if verb in SAYING | REPORTED else _later_verb(words, lows, v, form_of)
        if real is not None and v > 0 and modifier:
            # "US and Iraqi forces continued", "Branches of foreign banks remain banned": a plural
            # noun ends the subject, a finite verb follows it
            return _subject_faults(words, lows, real, form_of, marks)
    if head == "i" and (verb in ("is", "has", "does") or (verb not in AUXILIARIES and form_of(verb) == "s")):
        out.append("subject-verb agreement")  # "I says"; but "I was"
    plural_wrong = plural and (verb in BE_SINGULAR or (verb not in AUXILIARIES and form_of(verb) == "s"))
    # a base form counts only where it is surely the verb: an object follows ("army raid the camp")
    bare = _bare_base(verb, form_of) and _object_follows(words, v)
    singular_wrong = singular and "and" not in lows[:v] and (verb in BE_PLURAL or bare)
    if singular_wrong and bare and v >= 2 and verb not in BE_PLURAL:
        real = _later_verb(words, lows, v, form_of)
        if real is not None:  # "A military transport plane entered", "Their peace broker Norway has"
            return _subject_faults(words, lows, real, form_of, marks)
    if plural_wrong or singular_wrong:
        out.append("subject-verb agreement")
    return out + _complement_faults(words, lows, v) + _saying_faults(words, lows, v, form_of)


def _subject_word_faults(subject: list[str], lows: list[str]) -> list[str]:
    """The faults of a subject's words: a time word alone, a preposition or conjunction opening
    it (not a quantity: "At least 24 people"), a function word or an adverb alone."""
    out = []
    first = lows[0]
    if first in TIME_WORDS and len(subject) == 1:
        out.append("time word as subject")
    quantity = first in QUANTITY and len(lows) > 1 and (lows[1][:1].isdigit() or lows[1] in ("half", "a"))
    # "Between 80,000 and 100,000 refugees have fled", "At least 24 people died": a number, no preposition
    quantity = quantity or (first == "between" and lows[1][:1].isdigit()) or lows[:2] == ["at", "least"]
    if (first in PREPOSITIONS or first in CONJUNCTIONS - {"that"}) and not quantity:
        out.append("subject starts with a function word")
    elif len(subject) == 1 and first in FUNCTION_WORDS:
        out.append("lone function word as subject")
    elif len(subject) == 1 and _adverb(subject[0]):
        out.append("adverb as subject")  # "Widely expected to ask"
    return out


def _subject_number(
    subject: list[str], lows: list[str], v: int, h: int, marks: set[int], form_of
) -> tuple[bool, bool]:
    """Whether a subject is surely plural (a plural pronoun or noun, names joined by "and"), and
    whether surely singular ("he", a common noun without a plural ending); a name is neither."""
    head = subject[h].lower()
    first = lows[0]
    common = subject[h][:1].islower() or (
        len(subject) == 1
        and (_capitalised_plural(head) or form_of(head) == "s")  # "Exports fall": a verb's -s form
        and not _is_name(subject[0])
    )  # "Troops", "Protesters" open a title capitalised; "Turkes" or "Caparros" is a name
    # "Funeral for victims were killed", "Governments around world praises": a common noun before
    # its modifier (alone it may be a name: "Hicks was charged")
    common = common or (h == 0 and len(subject) > 1 and _only_noun(head) and not _is_name(subject[0]))
    plural = (
        head in PLURAL_PRONOUNS
        or head in PLURAL_NOUNS
        or (first in ("these", "those") and len(subject) > 1)  # "Those injured were evacuated"
        or (
            "and" in lows[1:v]
            and first not in ("each", "every")
            and not any(w in PREPOSITIONS for w in lows[1 : lows.index("and")])
            and not any(i in marks for i in range(lows.index("and")))
            and _conjunct(subject, lows.index("and"))
        )
        or (common and _plural_noun(head))
    )
    singular = (
        not plural
        and head not in ("i", "you", "there")
        and not (first[:1].isdigit() or first in NUMBER_WORDS)  # "14 out of 53 countries are"
        and (
            head in ("he", "she", "it")
            # a name takes either ("Chelsea are fifth", British style): only a common noun counts
            or (common and head.isalpha() and not head.endswith("s") and head not in PLURAL_NOUNS)
        )
    )
    return plural, singular


def _complement_faults(words: list[str], lows: list[str], v: int) -> list[str]:
    """The faults of what follows a verb: "comes" with nothing after it, a bare "be", the
    subject repeated as the object."""
    out = []
    subject, verb = words[:v], lows[v]
    if verb in ("come", "comes", "came") and all(
        w.lower() in ("just", "only", "here", "there", "in") or w[:1].isupper() for w in words[v + 1 :]
    ):
        out.append("verb without its complement")  # "Decision comes", "Comments come in Rome"
    if verb == "be" and (v == 0 or lows[v - 1] not in AUXILIARIES):
        out.append("verb form after auxiliary")  # "Fundamentals be and I": a bare "be"
    if v + 1 < len(words) and verb not in AUXILIARIES:
        obj = [w for w in words[v + 1 :] if w.lower() not in ARTICLES]
        names = {w for w in subject if w[:1].isupper() and w.lower() not in FUNCTION_WORDS}
        if obj and re.sub(r"['’]s$", "", obj[0]) in names:  # "Pakistan supports Pakistan's policy"
            out.append("subject repeated as object")
    return out


def _saying_faults(words: list[str], lows: list[str], v: int, form_of) -> list[str]:
    """The faults of a verb that needs its object or what was said: "urges to", "says on basis
    of", "says will honor" (who will?), "believes exhibition"."""
    out = []
    verb = lows[v]
    after = lows[v + 1] if v + 1 < len(lows) else ""
    rest = lows[v + 1 :]
    if verb in NEEDS_OBJECT and after == "to":
        out.append("verb without its object")  # "Zeng urges to continue survey": urges whom?
    if verb in SAYING and rest and rest[0] in PREPOSITIONS and _first_verb(words[v:], form_of) in (None, 0):
        out.append("saying without what was said")  # "Festival says on basis of three flights"
    elif verb in SAYING and _says_nothing(words[v + 1 :]):
        out.append("saying without what was said")
    elif verb in REPORTED and after == "as":
        out.append("saying without what was said")  # "Lund says as saying he will come"
    elif verb in REPORTED and after in AUXILIARIES - {"to", "not"}:
        out.append("no subject")  # "Hu says will honor commitments": who will?
    elif (
        verb in REPORTED
        and _first_verb([words[v], *words[v + 1 :]], form_of) is None
        and not any(w.endswith("ing") and form_of(w) == "ing" for w in rest)
    ):  # (headline style keeps "says leaders moving toward consensus")
        # "G20 says problems faced", "Britain insists rich countries": a noun phrase is not
        # what someone said; the clause needs its verb
        out.append("saying without what was said")
    elif (
        verb in COGNITION
        and len(rest) <= 3
        and not any(w in AUXILIARIES or w.endswith(("s", "ed", "ing")) or form_of(w) for w in rest)
    ):
        out.append("saying without what was said")  # "China believes exhibition": a thought needs a clause
    return out


def _says_nothing(rest: list[str]) -> bool:
    """What follows a verb of saying tells nothing said: nothing, a time or a place ("says here"),
    only a name ("Uganda says Malinga"), an audience ("tells press conference") or another verb
    of saying ("says say")."""
    lows = [w.lower() for w in rest]
    if not lows or lows[0] in SAYING:
        return True
    if all(
        w in PREPOSITIONS or w in TIME_WORDS or w in ARTICLES or w in PLACE_ADVERBS or w[:1].isdigit()
        for w in lows
    ):
        return True
    if all(w[:1].isupper() for w in rest) and len(rest) <= 3:
        return True
    if len(lows) == 1 and rest[0][:1].islower() and lows[0] not in ("yes", "no", "nothing", "so", "sorry"):
        return True  # "Magande says government"
    return all(w in AUDIENCE or w in ARTICLES or w in PREPOSITIONS for w in lows)


def _bare_base(verb: str, form_of) -> bool:
    """A base form that is no past form too ("meet", not "put"): wrong after a singular subject."""
    return form_of(verb) == "base" and verb not in ("be",)


CLAUSE_BEFORE_THERE = _words(
    "said says say showed shows show suggested suggests suggest ensured ensures ensure indicated indicates "
    "found finds believed believes thought thinks meant means admitted admits warned warns added adds "
    "claimed claims reported reports insisted insists noted notes stressed stresses confirmed confirms"
)
"""Verbs after which "there" opens what they tell ("showed there was no trauma"): a title
ending on it was cut before the clause."""


def _ending_faults(text: str, lows: list[str]) -> list[str]:
    last = lows[-1]
    cut = text.endswith("…")
    if text.rstrip("…").rstrip()[-1:] in ",;:-–—(":
        return ["ends on a punctuation mark"]
    if last in ("quoted", "cited") and len(lows) > 1 and lows[-2] in BE_FORMS:
        return ["saying without what was said"]  # "Joseph was quoted": as saying what?
    if last in ARTICLES | POSSESSIVES | CONJUNCTIONS | END_DETERMINERS | END_ADVERBS:
        return ["dangling word at the end"]
    if last in PREPOSITIONS and (
        cut or last not in PARTICLES or (len(lows) > 1 and lows[-2] not in PARTICLE_VERBS)
    ):
        return ["dangling preposition at the end"]
    if last == "there" and len(lows) > 2 and lows[-2] in CLAUSE_BEFORE_THERE:
        return ["dangling pronoun at the end"]  # "Allen says process had ensured there": there was what?
    if last in AUXILIARIES or last in SUBJECT_PRONOUNS - {"it", "this", "these", "those", "there"}:
        return ["dangling auxiliary at the end" if last in AUXILIARIES else "dangling pronoun at the end"]
    return []


def _count(word: str) -> bool:
    """ "40", "6-3": a number or a score that is no year and no "1" (a count of many)."""
    return bool(re.fullmatch(r"\d[\d,.]*(-\d+)?", word)) and not re.fullmatch(r"1|1[5-9]\d\d|20\d\d", word)


def _only_noun(low: str) -> bool:
    """ "days", "funeral": a word that can only be a common noun (no verb, no adjective)."""
    return wordclass.classes(low) == {"NOUN"}


CLAUSE_VERBS = SAYING | _words(
    "say says said report reports reported show shows showed confirm confirms confirmed fear fears feared "
    "hope hopes hoped know knows knew warn warns warned deny denies denied admit admits admitted "
    "announce announces announced claim claims claimed predict predicts predicted expect expects expected "
    "reveal reveals revealed indicate indicates indicated find finds found insist insists insisted "
    "respond responds responded argue argues argued consider considers considered see sees saw hear "
    "hears heard clear clears cleared caution cautions cautioned complain complains complained learn "
    "learns learned learnt decide decides decided agree agrees agreed feel feels felt accept accepts "
    "accepted acknowledge acknowledges acknowledged suspect suspects suspected mean means meant ensure "
    "ensures ensured prove proves proved realize realizes realized recall recalls recalled"
)
"""Verbs that take a clause without "that" ("Police say two killed", "Poll shows Labour leads")."""
LINKS = CONJUNCTIONS | _words("when after before as while since until where why how what whether once unless")
OF_VERBS = _words(
    "consists dies speaks warns thinks dreams approves tires smacks hears learns complains accuses informs "
    "convicts robs clears reminds notifies assures suspects acquits cures relieves deprives disposes "
    "despairs boasts talks tells writes knows"
)
"""Verbs whose object follows "of" ("dies of flu"): an -s noun before "of" is no verb ("causes of")."""
OBJECT_VERBS = _words(
    "give gives gave hold holds keep keeps kept put puts make makes bring brings brought name names "
    "issue issues"
)
"""Verbs a headline never uses without their object ("Hu holds here", "Federer keeps in low status")."""
NO_OBJECT_AFTER = _words("here there at by during")
COMPLEMENT_VERBS = _words(
    "see sees saw seen get gets got have has had want wants wanted leave leaves left keep keeps kept find "
    "finds found"
)
"""Verbs whose object takes a participle ("leaves ten injured", "wants the case closed")."""
END_VERBS = _words("gives puts makes brings names requires includes show shows showed reveals indicates")
"""Verbs that cannot end a headline: "Bolivar names", "Figures show" (name whom? show what?)."""
PARTICIPLE_OPENERS = _words("according")
VERB_ENDINGS = _words("relating involving according")
ADVERBS_AT_END = _words("only also never just still already even")
FINITE = _words("is are was were am has had does did")


SAYS = _words("says say")
LATER_FINITE = BE_FORMS | _words("will would has have had can could may might must should")


def _said_without_subject(alpha: list[str], lows: list[str], verb: int, form_of) -> bool:
    """ "The State Department says visited Washington", "Alliance says made HP first partner": a
    past form right after "says" with no finite verb after it is what was said without the one it
    tells of (not "says proposed resolution will fail", "says strangled body was found")."""
    k = verb + 1
    if lows[verb] not in SAYS or k >= len(lows) or not alpha[k].isalpha() or not alpha[k].islower():
        return False  # "says long-awaited report to confirm probe": an adjective
    if form_of(lows[k]) != "past":
        return False
    return not any(w in LATER_FINITE or form_of(w) in ("past", "s") for w in lows[k + 1 :])


def _reader_faults(
    text: str, alpha: list[str], lows: list[str], verb: int | None, form_of, marks: set[int]
) -> list[str]:
    """What a reader sees at once and the shallow reading above misses: a preposition opening a
    verbless title, a verb left without its object or its complement, a coordination or a
    preposition without its second half, a noun read as a verb, two finite verbs in one clause,
    a wh-word without its clause."""
    out: list[str] = []
    n = len(lows)
    cut = text.endswith("…")
    if (
        verb is None
        and lows[0] in PREPOSITIONS
        and not (n > 1 and (lows[1][:1].isdigit() or lows[1] == "least"))
    ):
        out.append("subject starts with a function word")  # "Of oil day flows into sea"
    if n > 1 and wordclass.verb_tense(lows[0]) == "participle" and lows[1] in PREPOSITIONS:
        out.append("no subject")  # "Begun by southern African countries": begun by whom, what?
    if n > 1 and _count(lows[0]) and lows[1].endswith("s") and wordclass.verb_only(lows[1]):
        out.append("subject-verb agreement")  # "6-3 puts visitors into command": a score for a subject
    if verb is not None and _said_without_subject(alpha, lows, verb, form_of):
        out.append("no subject")
    if (
        verb is not None
        and lows[verb] in SAYING
        and lows[verb + 1 : verb + 2]
        and lows[verb + 1] in PREPOSITIONS
    ):
        rest = lows[verb + 2 :]
        told = any(w in TIME_WORDS or w[:1].isdigit() for w in rest)  # "says on Monday 12 killed"
        if (
            rest
            and not told
            and not any(_verb_form(w, form_of) for w in rest[:-1])
            and form_of(rest[-1]) == "past"
        ):
            out.append("saying without what was said")  # "Kabila says in this diamond centre held"
    if (
        verb is not None
        and lows[verb] in SAYING
        and n - verb > 2
        and _noun_for_clause(lows[verb + 1 :], form_of)
    ):
        out.append("saying without what was said")  # "Erekat says more three-party meetings"
    if verb == 1 and lows[0] == "here":
        out.append("adverb as subject")  # "Here slates here"
    out += _verb_object_faults(alpha, lows, verb, form_of, cut)
    out += _half_faults(alpha, lows, verb, form_of, marks, cut)
    out += _second_verb_faults(lows, verb, form_of, marks)
    if not cut:  # a cut title's last word is no ending
        out += _participle_end_faults(alpha, lows, verb, form_of, marks)
        out += _gerund_end_faults(alpha, lows, verb, marks)
    return out


def _verb_form(low: str, form_of) -> bool:
    """Whether a lower-case word reads as a verb or an auxiliary."""
    return (
        low in AUXILIARIES
        or form_of(low) is not None
        or wordclass.verb_tense(low) is not None
        or (low.endswith("ed") and wordclass.verb_lemma(low) is not None)
    )


def _verb_object_faults(alpha: list[str], lows: list[str], verb: int | None, form_of, cut: bool) -> list[str]:
    """A verb that needs its object without one ("Hu holds here", "Bolivar names"), an active
    verb with an agent ("France follows by Ireland"), a noun read as a verb ("Trafficking causes
    of wars")."""
    if verb is None:
        return []
    out = []
    low = lows[verb]
    after = lows[verb + 1] if verb + 1 < len(lows) else ""
    lost = after in NO_OBJECT_AFTER or (after, low[:3]) in (("to", "giv"), ("to", "gav"), ("in", "kee"))
    if low in OBJECT_VERBS and lost and not (after == "by" and form_of(low) == "past"):
        out.append("verb without its object")  # (not "Lawsuit brought by survivors")
    if low in END_VERBS and not after and not cut:
        out.append("verb without its object")
    if (
        form_of(low) == "s"
        and after == "by"
        and verb + 2 < len(alpha)
        and (alpha[verb + 2][:1].isupper() or alpha[verb + 2].startswith("al-"))
    ):
        out.append("active verb with an agent")  # "France follows by Ireland": passive lost
    if (
        form_of(low) == "s"
        and after == "of"
        and low not in OF_VERBS
        and "NOUN" in wordclass.classes(low)
        and not any(_verb_form(w, form_of) for w in lows[verb + 2 :])  # "matches of the cup kick off"
    ):
        out.append("noun read as a verb")  # "Trafficking causes of back-to-back civil wars"
    return out


_OBJECT_PREPOSITIONS = PREPOSITIONS - {"than", "to"} - PARTICLES
"""Prepositions that need their object right after them."""
_NO_OBJECT_AFTER = (AUXILIARIES - {"to", "not", "being", "been"}) | {"and", "or", "but"}
"""Words that cannot start a preposition's object ("arrest of and 43 police", "Launch of is")."""


def _half_faults(
    alpha: list[str], lows: list[str], verb: int | None, form_of, marks: set[int], cut: bool
) -> list[str]:
    """A coordination without its verb ("200 were killed and 250 others", "Media exposure and were
    declined"), a preposition without its object ("arrest of and 43 police", "Launch of is
    scheduled"), a wh-word without its clause ("expects to know what Christie"), a verb form its
    auxiliary does not take ("did does not", "to be send")."""
    out = []
    n = len(lows)
    for k, low in enumerate(lows[:-1]):
        nxt = lows[k + 1]
        if low in ("and", "or") and nxt in AUXILIARIES and (verb is None or verb > k):
            out.append("coordination without its verb")
        if (
            low == "and"
            and not cut
            and verb is not None
            and verb < k - 1
            and (form_of(lows[k - 1]) == "past" or wordclass.verb_tense(lows[k - 1]) == "participle")
            and not wordclass.classes(lows[k - 1]) & {"NOUN", "ADJ"}  # "takeover bid and", "outdated and"
            and any(w in BE_FORMS for w in lows[verb : k - 1])
            and k - 1 not in marks
            and not any(_verb_form(w, form_of) for w in lows[k + 1 :])
        ):
            out.append("coordination without its verb")  # passive, then a second subject alone
        if (
            lows[0] not in LINKS
            and low in _OBJECT_PREPOSITIONS
            and nxt in _NO_OBJECT_AFTER
            and k not in marks
        ):
            out.append("preposition without its object")
        if low in AUX_TAKING_BASE and nxt in FINITE:
            out.append("verb form after auxiliary")  # "Ministry did does not provide"
        if (
            (low in BE_FORMS or low == "be")
            and alpha[k + 1][:1].islower()
            and wordclass.verb_tense(nxt) == "base"
        ):
            out.append("verb form after auxiliary")  # "Bolivar to be send into orbit"
    for k, low in enumerate(lows[1:], 1):
        rest = lows[k + 1 :]
        if (
            low in ("what", "whether", "why", "how")
            and 0 < len(rest) <= 3
            and not cut
            and "to" not in rest
            and not any(_verb_form(w, form_of) for w in rest)
        ):
            out.append("clause without its verb")  # "Cuban expects to know what Christie"
    last = n - 1
    while last > 0 and lows[last] in ADVERBS_AT_END:
        last -= 1
    if last < n - 1 and lows[last] in AUXILIARIES and not cut:
        out.append("dangling auxiliary at the end")  # "attacking the sites might only"
    if lows[-1] in VERB_ENDINGS and n > 2:
        out.append("dangling preposition at the end")  # "projects in developing countries relating"
    q = lows.index("quoted", 1) if "quoted" in lows[1:] else 0
    if q and lows[q - 1] in BE_FORMS and "saying" not in lows and lows[q + 1 : q + 2] in ([], ["by"], ["in"]):
        out.append("saying without what was said")  # "Grip was quoted by BBC Radio": as saying what?
    return out


def _second_verb_faults(lows: list[str], verb: int | None, form_of, marks: set[int]) -> list[str]:
    """ "Soldiers deploy in capital went into action", "The state is no longer willing is still
    prepared": a second finite verb with no conjunction, no relative, no infinitive and no comma
    before it (a verb that takes a clause does: "Bush says troops went", "Hill responds US was")."""
    if verb is None or any(w in LINKS for w in lows[:verb]) or "to" in lows[:verb]:
        return []  # "What US forces are doing is not working", "Stores that have chosen ... are"
    first = lows[verb]
    be = first in ("is", "are", "was", "were", "has", "have")
    if not be and (first in CLAUSE_VERBS or first in AUXILIARIES or form_of(first) not in ("s", "base")):
        return []
    if not be and "NOUN" in wordclass.classes(first) and form_of(first) == "s":
        return []  # a plural noun read as a verb: "Child's remarks to a journalist were"
    for j in range(verb + 2, len(lows)):
        between = lows[verb + 1 : j]
        if any(w in LINKS or w in CLAUSE_VERBS or w == "to" for w in between) or any(
            k in marks for k in range(verb, j)
        ):
            return []
        w = lows[j]
        finite = wordclass.verb_tense(w) == "past" and not wordclass.classes(w) & {"NOUN", "ADJ"}
        if be and w in ("is", "are"):
            finite = True  # "The state is no longer willing is still prepared"
        if finite and lows[j - 1] not in SUBJECT_PRONOUNS | AUXILIARIES | {"the", "a", "an"}:
            return ["two clauses run together"]
    return []


def _participle_end_faults(
    alpha: list[str], lows: list[str], verb: int | None, form_of, marks: set[int]
) -> list[str]:
    """ "Agreement was made at meeting held", "Tyurin hits ball with golf club manufactured": a
    participle ending the title after a noun, with its complement lost (not "Police say two
    killed", where a verb of saying takes the clause)."""
    n = len(lows)
    if verb is None or verb >= n - 2 or not alpha[-1][:1].islower():
        return []
    last, before = lows[-1], lows[-2]
    participle = form_of(last) == "past" or wordclass.verb_tense(last) == "participle"
    if not participle or wordclass.classes(last) & {"ADJ", "NOUN"} or wordclass.verb_lemma(last) is None:
        return []  # "injured", "run": an adjective or a noun may end a title
    if any(w in AUXILIARIES or w in LINKS for w in lows[-4:-1]) or not alpha[-2][:1].islower():
        return []  # "talks were last held", "forego what remained", "..., Nie answered"
    if last in CLAUSE_VERBS or n - 2 in marks or any(w in COMPLEMENT_VERBS for w in lows):
        return []  # "..., the survey showed"; "Victory to see bank account boosted"
    if (
        before in AUXILIARIES
        or before in SUBJECT_ADVERBS
        or before in SUBJECT_PRONOUNS  # "..., he vowed"
        or before.endswith("ly")
        or before in FUNCTION_WORDS
    ):
        return []
    if any(w in CLAUSE_VERBS for w in lows[: n - 1]) or before[:1].isdigit():
        return []
    return ["participle without its complement"]


def _noun_for_clause(rest: list[str], form_of) -> bool:
    """What follows a verb of saying is a noun phrase whose last word, a plural noun after its
    modifier, was read as the clause's verb ("says more three-party meetings", "says new talks")."""
    last, before = rest[-1], rest[-2]
    if form_of(last) != "s" or "NOUN" not in wordclass.classes(last):
        return False
    if any(_verb_form(w, form_of) for w in rest[:-1]):
        return False
    modifier = before in EITHER_NUMBER or before in ("new", "further", "other")  # not "claims 20,000 lives"
    return modifier or ("-" in before and before[:1].islower()) or wordclass.classes(before) == {"ADJ"}


def _gerund_end_faults(alpha: list[str], lows: list[str], verb: int | None, marks: set[int]) -> list[str]:
    """ "Runway was mined by retreating mercenaries fighting": an -ing verb ending the title right
    after a plural noun, what it does lost."""
    n = len(lows)
    if verb is None or verb >= n - 2 or not alpha[-1][:1].islower() or not alpha[-2][:1].islower():
        return []
    last, before = lows[-1], lows[-2]
    if (
        not last.endswith("ing")
        or wordclass.verb_lemma(last) is None
        or wordclass.classes(last) & {"NOUN", "ADJ"}
    ):
        return []
    plural = before in PLURAL_NOUNS or (_plural_noun(before) and "VERB" not in wordclass.classes(before))
    if not plural or n - 2 in marks:
        return []
    return ["participle without its complement"]
