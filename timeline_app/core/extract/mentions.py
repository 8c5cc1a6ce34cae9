"""Names in a sentence: people (with their role titles split off), organisations, countries, places.

A gazetteer match is tried first at every capitalised token (longest name first); runs of
capitalised words that the gazetteer does not know are read with a few rules: a run after a
role title is a person ("Special envoy Steve Witkoff"), a run ending in an organisation
word is an organisation ("General Staff", "RIA Novosti"), a run after "in"/"at" is a place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from timeline_app.core.extract.vocabulary import (
    ADVERBS,
    COMMON_HEADS,
    CONNECTORS,
    FUNCTION_WORDS,
    GEOGRAPHIC_HEADS,
    LOCATIVE,
    NON_ACTOR_HEADS,
    PLACE_NOUNS,
    ROLE_WORDS,
    SENTENCE_STARTERS,
)
from timeline_app.core.extract.vocabulary import (
    ORG_HEADS as VOCABULARY_ORG_HEADS,
)
from timeline_app.core.gazetteer import MAJOR_CITY, MAX_NAME_TOKENS, Entry, Gazetteer
from timeline_app.core.text import Token

ORG_HEADS = VOCABULARY_ORG_HEADS | frozenset(
    ["board", "confederation", "coalition", "chamber", "consortium", "directorate", "tribunal", "academy",
     "college", "museum", "administration", "institution", "delegation", "airline", "systems",
     "technologies", "pharmaceuticals", "partners", "bancorp", "commissariat", "syndicate", "federations",
     "force", "mission"]
)  # fmt: skip
"""Head nouns of a body's name ("Conference Board", "Confederation of Norland Industry",
"Federal Aviation Administration"): the name is an organisation, never a person."""


@dataclass(slots=True)
class Mention:
    """A name found in a sentence; ``first``/``last`` are token indices (inclusive/exclusive)."""

    first: int
    last: int
    kind: str  # person, org, group, country, city, region, seat, place
    name: str  # display name ("Marco Rubio", "United States", "Kharkiv")
    text: str  # as written
    country: str = ""  # ISO alpha-3 when known
    role: str = ""  # "U.S. Secretary of State"
    canonical: str = ""
    possessive: bool = False
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def is_place_kind(self) -> bool:
        return self.kind in ("city", "region", "place")


def _capital_ok(tokens: list[Token], i: int, j: int) -> bool:
    """Every word of a candidate name is capitalised (connectors aside)."""
    if not tokens[i].text[:1].isupper():
        return False
    return all(
        t.text[:1].isupper() or t.text[:1].isdigit() or t.lower in CONNECTORS or _name_particle(t.text)
        for t in tokens[i:j]
    )


def find_mentions(tokens: list[Token], gaz: Gazetteer, known_people: dict[str, str]) -> list[Mention]:
    """Names in one sentence's tokens. ``known_people`` maps surnames seen earlier in the
    article to full names ("Witkoff" -> "Steve Witkoff") and is updated with new people."""
    mentions: list[Mention] = []
    n = len(tokens)
    before = set(known_people)
    i = 0
    while i < n:
        tok = tokens[i]
        if not tok.text[:1].isupper():
            i += 1
            continue
        # A capitalised run, connectors allowed inside it.
        j = i + 1
        while (
            j < n
            and (
                tokens[j].text[:1].isupper()
                or (tokens[j].lower in CONNECTORS and j + 1 < n and tokens[j + 1].text[:1].isupper())
                or (  # "von der Leyen", "de la Cruz"
                    tokens[j].lower in NAME_PARTICLES
                    and j + 2 < n
                    and tokens[j + 1].lower in CONNECTORS
                    and tokens[j + 2].text[:1].isupper()
                )
                or (tokens[j].lower == "of" and j + 1 < n and tokens[j + 1].text.isdigit())
                or _name_particle(tokens[j].text)
                or (tokens[j].text.isdigit() and tokens[j - 1].lower == "of")  # "Group of 20"
            )
        ):
            j += 1
        mentions.extend(_read_run(tokens, i, j, gaz, known_people))
        i = j
    mentions = _join_initials(tokens, mentions, known_people)
    mentions = _join_ranks(tokens, mentions, known_people)
    mentions = _bodies_of_places(tokens, mentions)
    mentions = _owned_bodies(tokens, mentions, known_people, before, gaz)
    mentions = _bodies_joined_by_and(tokens, mentions, known_people, before)
    mentions = _demonym_bodies(tokens, mentions)
    _acronyms_of_bodies(tokens, mentions)
    for m in mentions:
        if m.kind == "unknown" and m.last - m.first == 1 and _aged(tokens, m.last):
            m.kind = "person"  # "Cliff, a 23-year-old Nigerian, told delegates": a person by a first name
            full = _full_name(m.name, known_people)
            if full:
                m.name, m.extras["short"] = full, m.text  # "Dita, 24," after "Dita Indahsari"
            else:
                known_people.setdefault(m.name, m.name)
    for m in mentions:
        if _body_by_its_pronoun(tokens, m):
            m.kind = "org"  # "Vessair said on Monday it would cut jobs": a body, which a later "it" is
            m.extras.pop("guessed", None)
            for word in [w for w, name in known_people.items() if name == m.name and w not in before]:
                del known_people[word]
    for m in mentions:
        if m.last < n and tokens[m.last].lower in ("'s", "’s"):
            m.possessive = True
        if m.kind == "person" and "short" not in m.extras and shares_surname(m.name, known_people):
            m.extras["short"] = m.name  # "Marco Antonio Pinochet" beside "Augusto Pinochet": whole
    return _lower_case_roles(tokens, mentions)


RANKS = frozenset(
    ["col", "lt", "gen", "maj", "capt", "sgt", "brig", "cmdr", "cdr", "adm", "cpl", "pvt", "lieut", "gov"]
)  # fmt: skip
"""Abbreviated ranks and titles before a name ("Army Col. Francisco Salcedo", "Lt.-Gen. Dan Halutz")."""


def _join_ranks(tokens: list[Token], mentions: list[Mention], people: dict[str, str]) -> list[Mention]:
    """ "Army Col. Francisco Salcedo", "Chief of General Staff Lt.-Gen. Dan Halutz": an
    abbreviated rank read as the person after a role title is part of the title; the person is
    the name after it (never "Col says ...")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        rank = prev is not None and prev.kind == "person" and prev.name.lower() in RANKS and bool(prev.role)
        if rank and m.kind == "unknown" and m.name.lower() in RANKS:
            continue  # "Gen" of "Lt.-Gen."
        if m.kind == "person" and not m.canonical:
            words = m.text.split()
            k = next((n for n, w in enumerate(words) if w.lower().rstrip(".") not in RANKS), 0)
            if 0 < k < len(words) - 1:  # "Lt Col Bob Jones": Bob Jones, a lieutenant colonel
                full, m.name = m.name, " ".join(m.name.split()[k:])
                for word in [w for w, name in people.items() if name == full]:
                    people[word] = m.name
                m.text = " ".join(words[k:])
                m.role = " ".join([m.role, *words[:k]]).strip()
        if (
            prev is not None
            and rank
            and m.kind == "person"
            and prev.last < m.first
            and all(t.text in (".", "-") or t.lower in RANKS for t in tokens[prev.last : m.first])
        ):
            if people.get(prev.name) == prev.name:
                del people[prev.name]
            role = (
                " ".join(t.text for t in tokens[prev.first : m.first]).replace(" .", ".").replace(" - ", "-")
            )
            out[-1] = Mention(
                prev.first, m.last, "person", m.name, m.text, m.country or prev.country,
                role=role, canonical=m.canonical, extras=dict(m.extras),
            )  # fmt: skip
            continue
        out.append(m)
    return out


def _aged(tokens: list[Token], k: int) -> bool:
    """Whether the words from ``k`` give a person's age: ", a 23-year-old ...", ", 34,"."""
    words = [t.lower for t in tokens[k : k + 4]]
    if words[:1] != [","] or len(words) < 3:
        return False
    if words[1] in ("a", "an") and words[2].endswith("-year-old"):
        return True
    return words[1].isdigit() and words[2] == "," and 0 < int(words[1]) < 120


BODIES_OF_PLACES = frozenset(["bank", "university", "institute", "museum", "academy", "college", "hospital"])
"""Bodies named by the place they belong to ("Bank of France", "University of Chicago"): never the place."""


def _bodies_of_places(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "The Bank of France estimated", "the University of Chicago said": one body, with the
    place's country, never the country or the city itself ("France says ...")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.kind in ("country", "city", "region")
            and m.first == prev.last + 1
            and tokens[prev.last].lower == "of"
            and tokens[prev.last - 1].lower in BODIES_OF_PLACES
            and prev.kind in ("thing", "org", "city", "unknown")
            and not m.possessive
        ):
            first = prev.first + (1 if tokens[prev.first].lower == "the" else 0)
            text = _span_text(tokens, first, m.last)
            out[-1] = Mention(first, m.last, "org", text, text, m.country)
            continue
        out.append(m)
    return out


_SAID = frozenset(["said", "says", "announced", "announces", "reported", "reports", "stated", "added"])


def _body_by_its_pronoun(tokens: list[Token], m: Mention) -> bool:
    """Whether an unknown name, or one taken for a person by its shape, says something of
    itself as "it": "Vessair said on Monday it would cut 2,000 jobs", "Kestrel Holdings says its
    profit fell" name a body."""
    if not (m.kind == "unknown" or (m.kind == "person" and "guessed" in m.extras and not m.role)):
        return False
    from timeline_app.core.extract.wordclass import classes

    k = m.last
    if k >= len(tokens) or tokens[k].lower not in _SAID or acronym(m.text):
        return False  # an acronym is read as a body already ("The ECB said it ...")
    single = m.last - m.first == 1
    if m.first > 0 and tokens[m.first - 1].lower in ROLE_WORDS:
        return False  # "secretary-general Nicholas Howen said it ...": a person
    if single and classes(m.text.lower()):
        return False  # "Prosecutors said it contained explosives": a common noun
    # one unknown word may be a person's surname that says "it" of a thing ("Fujimori said it
    # took 50 days"); only "its" names it itself
    pronouns = ("its",) if single else ("it", "its")
    for t in tokens[k + 1 : k + 6]:
        if t.lower in pronouns:
            return True
        if t.lower in WEEKDAYS:
            continue  # "said on Monday it would"
        if t.lower in (",", "and", "he", "she", "they", "we", "i", '"', "“") or t.text[:1].isupper():
            return False
    return False


def _owned_bodies(
    tokens: list[Token], mentions: list[Mention], people: dict[str, str], before: set[str], gaz: Gazetteer
) -> list[Mention]:
    """ "Hunan Provincial Children's Hospital", "Moody's Investors Service", "the National
    People's Congress": a body whose name holds a possessive is one organisation (the lists'
    own when they know it); the words before "'s" never name a person ("Children", whose
    "brother" a later "his brother" would be). The possessor is a plural noun or an unknown
    word that names no person of the article."""
    from timeline_app.core.extract.wordclass import noun_lemmas

    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is None
            or m.first != prev.last + 1
            or tokens[prev.last].lower not in ("'s", "’s")
            or prev.canonical
            or prev.kind not in ("person", "unknown", "thing", "org")
        ):
            out.append(m)
            continue
        known = _listed_body(tokens, prev, m, gaz)
        low = tokens[prev.last - 1].lower
        owner = (
            _plural_noun(low, noun_lemmas)
            or low == "people"
            or (prev.kind == "unknown" and prev.last - prev.first == 1 and prev.name not in before)
        )
        head = tokens[m.last - 1].lower in ORG_HEADS or tokens[m.first].lower in ORG_HEADS
        if known is None and not (owner and head and m.kind in ("thing", "org", "country")):
            out.append(m)
            continue
        for word in [w for w, name in people.items() if name == prev.name and w not in before]:
            del people[word]
        if known is not None:
            known.text = known.text.replace(" 's", "'s").replace(" ’s", "’s")
            out[-1] = known
            continue
        text = _span_text(tokens, prev.first, m.last).replace(" 's", "'s").replace(" ’s", "’s")
        out[-1] = Mention(prev.first, m.last, "org", text, text, m.country if m.kind == "org" else "")
    return out


def _bodies_joined_by_and(
    tokens: list[Token], mentions: list[Mention], people: dict[str, str], before: set[str]
) -> list[Mention]:
    """ "the Immigration and Naturalization Service", "International Trust and Investment Corp":
    unknown words joined by "and" to a body's name that the lists do not know are that name's
    first part, never a person or a name of their own."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.first == prev.last + 1
            and tokens[prev.last].lower == "and"
            and m.kind == "org"
            and not m.canonical
            and tokens[m.last - 1].lower in ORG_HEADS
            and not prev.canonical
            and not prev.role
            and (prev.kind == "unknown" or (prev.kind == "person" and "guessed" in prev.extras))
            and prev.name not in before
        ):
            for word in [w for w, name in people.items() if name == prev.name and w not in before]:
                del people[word]
            text = _span_text(tokens, prev.first, m.last)
            out[-1] = Mention(prev.first, m.last, "org", text, text, m.country)
            continue
        out.append(m)
    return out


def _listed_body(tokens: list[Token], prev: Mention, m: Mention, gaz: Gazetteer) -> Mention | None:
    """The lists' body or state named across a possessive ("National People's Congress")."""
    lows = [t.lower.replace("’", "'") for t in tokens]
    for a in range(prev.first, prev.last):
        for b in range(m.last, m.first, -1):
            if b - a > MAX_NAME_TOKENS:
                continue
            entry = gaz.lookup(tuple(lows[a:b]))
            if entry is not None and entry.kind != "person":
                return _entry_mention(tokens, a, b, entry)
    return None


def _demonym_bodies(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "The Turkish Chamber of Deputies", "the Norlandic Football Federation": a state's
    adjective right before a body's name that the lists do not know is part of that name (the
    body of that state), never a state beside a body."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "country"
            and prev.last == m.first
            and prev.text != prev.name
            and prev.last - prev.first == 1
            and prev.text[:1].isupper()
            and prev.text.lower().endswith(("an", "ish", "ese", "ic", "i", "ch"))
            and m.kind == "org"
            and not m.canonical
            and m.text == m.name
        ):
            text = _span_text(tokens, prev.first, m.last)
            out[-1] = Mention(prev.first, m.last, "org", text, text, prev.country)
            continue
        out.append(m)
    return out


def _plural_noun(low: str, noun_lemmas) -> bool:
    """Whether ``low`` is a noun's plural ("children", "women", "workers")."""
    return any(lemma != low for lemma in noun_lemmas(low))


def _acronyms_of_bodies(tokens: list[Token], mentions: list[Mention]) -> None:
    """ "the Confederation of Norland Industry (CNI)": an acronym in brackets after a name of
    several words that it abbreviates names a body, the whole name; the name is no person."""
    for k, m in enumerate(mentions[:-1]):
        nxt = mentions[k + 1]
        at = m.last
        if (
            at + 2 < len(tokens)
            and tokens[at].text == "("
            and tokens[at + 2].text == ")"
            and nxt.first == at + 1
            and nxt.last == at + 2
            and acronym(nxt.text)
            and m.last - m.first >= 2
            and not m.canonical
            and m.kind in ("person", "unknown", "org")
            and _abbreviates(nxt.text, tokens[m.first : m.last])
        ):
            if m.kind != "org":
                m.kind, m.role = "org", ""
                m.extras.pop("guessed", None)
            nxt.kind, nxt.name = "org", m.name


def _abbreviates(acronym: str, words: list[Token]) -> bool:
    """Whether ``acronym`` is made of the initials of ``words`` ("CNI": Confederation of Norland
    Industry), in order, beginning with the first."""
    initials = [t.text[0].upper() for t in words if t.text[:1].isalpha()]
    if not initials or acronym[0] != initials[0]:
        return False
    k = 0
    for letter in acronym:
        while k < len(initials) and initials[k] != letter:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


PLACE_ABBREVIATIONS = frozenset(["st", "ste", "mt", "ft", "pt"])
"""Abbreviations that open a name of a place or of what is named after one ("St. Louis", "Mt. Kenya")."""


def _join_initials(tokens: list[Token], mentions: list[Mention], people: dict[str, str]) -> list[Mention]:
    """ "George W. Bush", "St. Louis Cardinals": a name cut at the full stop of an initial or an
    abbreviation is one name with the name after it; the part before the stop is never a name
    of its own ("George W", "St")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.first == prev.last + 1
            and tokens[prev.last].text == "."
            and _initial(tokens[prev.last - 1].text)
        ):
            abbreviation = tokens[prev.last - 1].lower in PLACE_ABBREVIATIONS
            text = " ".join(t.text for t in tokens[prev.first : m.last]).replace(" .", ".")
            known = m.kind == "person" and bool(m.canonical)  # "Bush" of the gazetteer: its full name
            kind = "unknown" if abbreviation and m.kind == "person" else m.kind
            if prev.kind == "person" and not abbreviation:
                kind = "person"  # "President George W. Bush": the initial's person, not a town "Bush"
                if not known:
                    start = prev.first + _role_length(tokens, prev)
                    text = " ".join(t.text for t in tokens[start : m.last]).replace(" .", ".")
            joined = Mention(
                prev.first, m.last, kind, m.name if known else text, text, m.country,
                role=prev.role or m.role, canonical=m.canonical, extras=dict(m.extras),
            )  # fmt: skip
            if not known and "short" in joined.extras:
                del joined.extras["short"]
            if joined.kind == "person":
                people.setdefault(
                    _surname_word(tokens, m.first, m.last), joined.name
                )  # a later "Bush" is this one
            out[-1] = joined
            continue
        out.append(m)
    return out


def _role_length(tokens: list[Token], m: Mention) -> int:
    """How many tokens of a person's mention its role title takes ("US President George W")."""
    n = len(m.role.split())
    return n if n and " ".join(t.text for t in tokens[m.first : m.first + n]) == m.role else 0


def _initial(word: str) -> bool:
    """ "W" of "George W. Bush", "St" of "St. Louis": one capital letter, or a known abbreviation."""
    return (len(word) == 1 and word.isupper()) or word.lower() in PLACE_ABBREVIATIONS


ADVERB_PREFIXES = ("there", "where", "here")


def adverb_word(low: str) -> bool:
    """ "Thereafter", "Separately", "Meanwhile": an adverb capitalised because it opens the
    sentence, never the first word of a name ("Thereafter Sierra oversaw")."""
    if low in ADVERBS:
        return True
    if low.startswith(ADVERB_PREFIXES) and low not in ADVERB_PREFIXES and low.isalpha():
        return low[5 if low.startswith(("there", "where")) else 4 :] in ("after", "fore", "by", "upon", "in")
    return len(low) >= 8 and low.endswith("ly") and low.isalpha()


def _name_particle(word: str) -> bool:
    """ "al-Sisi", "el-Sisi", "ad-Din": an Arabic article joined to a capitalised name."""
    return len(word) > 3 and word[:3].lower() in ("al-", "el-", "ad-", "as-", "an-") and word[3:4].isupper()


_AFFIXED = ("-led", "-backed", "-based", "-owned", "-run", "-born", "-brokered", "-controlled", "-held")
DESCRIPTIVE = ("-based", "-born", "-owned", "-run", "-made", "-registered", "-listed", "-headquartered")
"""Affixes that describe a thing by a place ("UK-based", "New York-based"): no actor."""
CURRENCY = frozenset(["$", "£", "€", "¥"])
# "14 billion US dollars", "Hong Kong dollars", "Mexican pesos": a unit of money named by its state
CURRENCY_WORDS = frozenset(
    ["dollar", "dollars", "cent", "cents", "pesos", "peso", "rupees", "rupee", "yuan", "francs", "franc",
     "pounds", "dinars", "riyals", "rubles", "roubles", "shekels", "kronor", "kroner", "rand"]
)  # fmt: skip
NAME_PARTICLES = frozenset(
    ["bin", "ibn", "bint", "van", "von", "der", "den", "del", "da", "di", "du", "dos", "de"]
)
_HOUSES = frozenset(["Congress", "Parliament", "Senate", "Duma", "Rada", "Bundestag", "Knesset"])
"""Legislatures named alone ("calling on Congress"): the house of the story's country, an actor."""
COMPANY_SUFFIXES = frozenset(["corp", "co", "corporation", "inc", "ltd", "plc", "llc", "holdings"])
"""Words that end a company's name; the name without them names the company later on."""
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
SPEAKING_ROLES = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "assistant", "deputy"]
)


def _not_a_name_word(token: Token) -> bool:
    """A capitalised word that cannot start a name: a function word ("To", "It", "Never"), a day
    or month ("Tuesday Mike Cox"), a hyphened phrase in lower case ("Man-of-the-match")."""
    low = token.lower
    if low in FUNCTION_WORDS or low in WEEKDAYS or low in ("today", "yesterday", "tomorrow", "tonight"):
        return True  # not months: "Jan", "May", "June" are first names too
    if adverb_word(low):
        return True  # "Thereafter Sierra", "Separately Jones"
    parts = token.text.split("-")
    return len(parts) > 1 and parts[0][:1].isupper() and any(part.islower() for part in parts[1:])


def _opener_word(low: str) -> bool:
    """A word capitalised only because it opens the sentence that never starts a name: an adverb
    ("Maybe I want ...", "Perhaps Ana Moen"). (Not an auxiliary: "Had Boucher taken the catch" is
    a condition, which reading "Had" as a verb would turn into a fact.)"""
    from timeline_app.core.extract.wordclass import classes

    return classes(low) == {"ADV"}


def _other_person(pieces: list, entry: Entry, tokens: list[Token], k: int, end: int) -> bool:
    """A leader's surname after another first name ("spokesman Tom Blair" is not Tony Blair) or
    after a speaking role the leader does not hold ("a spokesman, Blair") is somebody else."""
    if entry.kind != "person" or end - k != 1 or not pieces:
        return False
    a, _b, _entry, what = pieces[-1]
    if what == "name" and _b == k:
        return tokens[a].lower != entry.name.split()[0].lower()
    if what == "role" and _b == k:
        role = tokens[a].lower
        return role in SPEAKING_ROLES and role not in entry.role.lower()
    return False


def _affixed(tokens: list[Token], k: int, gaz: Gazetteer) -> Entry | None:
    """ "Vietnamese-led", "Washington-backed": the name before the affix."""
    low = tokens[k].lower
    for affix in _AFFIXED:
        if low.endswith(affix):
            return gaz.lookup(tuple(low[: -len(affix)].split()))
    return None


_OPENERS = frozenset(["“", "‘", "(", "[", ":", "--", "—", "``"])


def initial_word(tokens: list[Token], a: int) -> bool:
    """Whether the word at ``a`` opens its sentence or a quotation (capitalised by its place)."""
    return a == 0 or tokens[a - 1].text in _OPENERS or (a == 1 and tokens[0].text in ('"', "'"))


def acronym(word: str) -> bool:
    """ "DPC", "KLM": capitals only, no name of a person has one (initials carry a dot: "J.")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _full_name(word: str, known: dict[str, str]) -> str:
    """The person of the article one of whose names ``word`` is ("Wen" of "Wen Jiabao")."""
    return next((full for full in known.values() if word in full.split()), "")


def shares_surname(name: str, known: Mapping[str, str]) -> bool:
    """Whether another person of the article, with another first name, bears this person's
    surname ("Augusto Pinochet" and his son "Marco Antonio Pinochet"): a headline then names
    the one it means in full."""
    words = name.split()
    if len(words) < 2:
        return False
    other = known.get(words[-1], name)
    return other != name and other.split()[0] != words[0] and words[0] not in other.split()


def _surname_word(tokens: list[Token], a: int, b: int) -> str:
    """The last word of a person's name that is no suffix ("McGovern" of "Patrick McGovern Jr.")."""
    k = b - 1
    while k > a and (
        tokens[k].text in (".", ",") or tokens[k].text.strip(".").lower() in ("jr", "sr", "ii", "iii")
    ):
        k -= 1
    return tokens[k].text


ARABIC_ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an"])


def _know(known: dict[str, str], tokens: list[Token], a: int, b: int, name: str) -> None:
    """Note a person named in full at tokens a to b: a later word alone that is their surname
    is that person, the last word or the family name a Chinese name gives first ("Wei" of
    "Wei Guoqiang")."""
    from timeline_app.core.extract.phrases import surname

    last = _surname_word(tokens, a, b)
    known.setdefault(last, name)
    head, dash, rest = last.partition("-")
    if dash and head.lower() in ARABIC_ARTICLES and rest[:1].isupper():
        known.setdefault(rest, name)  # "Hariri" of "Rafik al-Hariri"
    family = surname(name)
    if family != name and " " not in family:
        known.setdefault(family, name)


def _one_person_named(word: str, known: dict[str, str]) -> bool:
    """Whether exactly one person of the article has ``word`` among their names."""
    return len({full for full in known.values() if word in full.split()[:-1]}) == 1


def _read_run(tokens: list[Token], i: int, j: int, gaz: Gazetteer, known: dict[str, str]) -> list[Mention]:
    """Cut a capitalised run into gazetteer names, role titles and unknown names."""
    pieces = _compass_regions(tokens, _names_over_towns(tokens, _cut_run(tokens, i, j, gaz, known)))
    return _merge_pieces(tokens, pieces, gaz, known)


def _acronym_for_a_place(text: str, e: Entry) -> bool:
    """An acronym of four letters or more that the gazetteer files as another name of a town or
    region ("USIS"): in news, a body's short name."""
    return (
        len(text) >= 4
        and text.isalpha()
        and text.isupper()
        and e.kind in ("city", "region", "place")
        and (text.lower() != e.name.lower())
    )


def _opening_adjective(lows: list[str], k: int, gaz: Gazetteer) -> bool:
    """ "Angry Iraqis marched", "Jubilant Kosovars": a word that is only an adjective opening the
    sentence before a people's name in the plural describes that people; it is no first name."""
    if k + 1 >= len(lows) or not lows[k + 1].endswith("s"):
        return False
    from timeline_app.core.extract.wordclass import classes

    if classes(lows[k]) != {"ADJ"}:
        return False
    e = gaz.lookup((lows[k + 1][:-1],))  # "Iraqis": the people of the country "Iraqi" names
    return e is not None and e.kind == "country" and e.name.lower() != lows[k + 1][:-1]


def _cut_run(
    tokens: list[Token], i: int, j: int, gaz: Gazetteer, known: dict[str, str]
) -> list[tuple[int, int, Entry | None, str]]:
    """The run's pieces: the longest gazetteer names, and words marked role, name, connector or skip."""
    pieces: list[tuple[int, int, Entry | None, str]] = []  # (first, last, entry, "role"/"name"/"")
    lows = [t.lower for t in tokens[i:j]]  # (the run's words, sliced into each lookup's key)
    k = i
    while k < j:
        entry, end = None, k
        for length in range(min(MAX_NAME_TOKENS, j - k), 0, -1):
            e = gaz.lookup(tuple(lows[k - i : k - i + length]))
            if e is not None and length == 1 and _acronym_for_a_place(tokens[k].text, e):
                continue  # "The USIS said": a body's acronym, not another name of a city
            if e is not None and _capital_ok(tokens, k, k + length):
                entry, end = e, k + length
                break
        low = tokens[k].lower
        if (
            entry is not None
            and end < len(tokens)
            and (tokens[end].text in CURRENCY or tokens[end].lower in CURRENCY_WORDS)
        ):
            pieces.append((k, end, None, "skip"))  # "US$ 3 million": a currency, not the state
            k = end
            continue
        if low.endswith(DESCRIPTIVE):
            pieces = [(a, b, None, "skip") for a, b, _e, _w in pieces]  # "New York-based"
            pieces.append((k, k + 1, None, "skip"))
            k += 1
            continue
        if (
            all(w == "skip" for *_x, w in pieces)
            and k + 1 < j
            and (
                _not_a_name_word(tokens[k])
                or (initial_word(tokens, k) and (_opener_word(low) or _opening_adjective(lows, k - i, gaz)))
            )
            and (entry is None or end - k == 1)
        ):
            pieces.append((k, k + 1, None, "skip"))  # "To Li", "Tuesday Mike Cox": not part of the name
            k += 1
            continue
        if entry is None and low in WEEKDAYS and pieces:
            pieces.append((k, k + 1, None, "skip"))  # "said PAGASA Tuesday": the day ends the name
            k += 1
            continue
        entry, end = _revised_entry(pieces, entry, tokens, k, end, gaz, known)
        if _article_name(tokens, k, j, end, entry, known):
            pieces.append((k, k + 1, None, "name"))
            k += 1
            continue
        if (
            entry is not None
            and entry.kind in ("org", "seat")
            and tokens[end - 1].lower in ROLE_WORDS
            and end < j
            and tokens[end].text[:1].isupper()
        ):
            # PETRARCH2 files some titles as institutions ("German Chancellor" -> Reichstag);
            # before a name they title the person
            pieces.append((k, end, None, "role"))
            k = end
            continue
        if (
            entry is not None
            and end - k == 1
            and entry.kind in ("group", "org")
            and pieces
            and pieces[-1][3] == "role"
            and end < j
            and tokens[end].text[:1].isupper()
            and gaz.lookup((lows[end - i],)) is None
        ):
            # "Cardinal Nasrallah Sfeir": a word the gazetteer files as a body's (its leader's
            # name), between a role and a name it does not know, is the person's first name
            pieces.append((k, k + 1, None, "name"))
            k += 1
            continue
        if (
            entry is not None
            and entry.kind == "city"
            and end - k == 1
            and low in ROLE_WORDS
            and pieces
            and pieces[-1][3] == "role"
        ):
            # "Chief Financial Officer Don Leclair": a role word after a role is the title's,
            # never a town of that name
            pieces.append((k, k + 1, None, "role"))
            k += 1
            continue
        if entry is not None and not (k == 0 and end - k == 1 and low in SENTENCE_STARTERS):
            pieces.append((k, end, entry, ""))
            k = end
        elif low in CONNECTORS:
            pieces.append((k, k + 1, None, "conn"))
            k += 1
        elif (
            low in ROLE_WORDS
            or (low in PORTFOLIOS and _in_title(tokens, pieces))
            or (
                low in CHIEF_OF
                and pieces
                and pieces[-1][3] == "role"
                and tokens[pieces[-1][0]].lower == "chief"
            )
        ):  # "BP Chief Executive Tony Hayward": the title's words, never "Executive Tony Hayward"
            pieces.append((k, k + 1, None, "role"))
            k += 1
        elif k == 0 and low in SENTENCE_STARTERS:
            pieces.append((k, k + 1, None, "skip"))
            k += 1
        else:
            pieces.append((k, k + 1, None, "name"))
            k += 1
    return pieces


CHIEF_OF = frozenset(
    ["executive", "operating", "financial", "economist", "whip", "scientist", "strategist", "correspondent",
     "editor", "engineer", "medical", "information", "investment", "technology"]
)  # fmt: skip
"""Words that make a title with "Chief" before them ("Chief Executive", "Chief Financial Officer")."""

PORTFOLIOS = frozenset(
    ["affairs", "agriculture", "administration", "industry", "education", "commerce", "culture",
     "transport", "communications", "labour", "labor", "environment", "tourism", "information",
     "planning", "development", "works", "housing", "welfare", "youth", "sports", "science",
     "technology", "fisheries", "forestry", "mines", "resources", "water", "public", "home",
     "external", "internal", "economic", "social", "religious", "veterans", "immigration", "land"]
)  # fmt: skip
"""Words naming a minister's portfolio ("Minister of Foreign Affairs", "Deputy Minister of
Agriculture"): inside a person's title they are the title's, never a person's name."""


def _in_title(tokens: list[Token], pieces: list) -> bool:
    """Whether the run's pieces so far are a person's title ending in "of", "for" or "and" or a
    portfolio ("Minister of", "Minister of Foreign", "Secretary for Home"), not a body's name
    ("Ministry of")."""
    if not pieces or pieces[-1][3] not in ("role", "conn"):
        return False
    k = len(pieces) - 1
    while k >= 0 and pieces[k][3] in ("role", "conn"):
        k -= 1
    title = pieces[k + 1 :]
    if title[0][3] != "role" or tokens[title[0][0]].lower in ORG_HEADS:
        return False
    return any(w == "conn" and tokens[a].lower in ("of", "for") for a, _b, _e, w in title)


def _revised_entry(
    pieces: list[tuple[int, int, Entry | None, str]],
    entry: Entry | None,
    tokens: list[Token],
    k: int,
    end: int,
    gaz: Gazetteer,
    known: dict[str, str],
) -> tuple[Entry | None, int]:
    """The gazetteer's reading of the run at ``k`` (ending at ``end``), less what the article
    says it is not, plus a place or body named before an affix ("Washington-backed")."""
    if entry is not None and _other_person(pieces, entry, tokens, k, end):
        entry = None
    low = tokens[k].lower
    if entry is None and "-" in low:
        affixed = _affixed(tokens, k, gaz)
        if affixed is not None and affixed.kind in ("country", "city", "org", "seat"):
            entry, end = affixed, k + 1
    if (
        entry is not None
        and entry.kind in ("city", "region")
        and end - k == 1
        and entry.population < MAJOR_CITY
        and low in ORG_HEADS
        and end + 1 < len(tokens)
        and tokens[end].lower in BODY_LINKS
        and tokens[end + 1].text[:1].isupper()
    ):
        entry = None  # "Confederation of Norland Industry": a body's head, not a small town so named
    article_person = known.get(tokens[k].text, "")
    if (
        entry is not None
        and entry.kind == "person"
        and end - k == 1
        and article_person
        and article_person != entry.name
        and article_person.split()[0] != entry.name.split()[0]
    ):
        entry = None  # "Tshisekedi" after "Etienne Tshisekedi": the article's, not a leader of the lists
    return entry, end


def _article_name(
    tokens: list[Token], k: int, j: int, end: int, entry: Entry | None, known: dict[str, str]
) -> bool:
    """Whether the word at ``k`` names a person of the article rather than ``entry``."""
    if tokens[k].text in known and (entry is None or (end - k == 1 and entry.kind in ("city", "region"))):
        return True  # a surname seen earlier in the article wins over a small town's name
    # "Kamal said" after "Kamal Ahmed El-Ganzoury": a name of the one person of the article
    # who bears it, not a small town of that name (nor a city's other name: "Chen" after
    # "Chen Boliang" is not Chenzhou)
    return (
        entry is not None
        and end - k == 1
        and j - k == 1
        and entry.kind in ("city", "region")
        and (entry.population < MAJOR_CITY or _other_name(tokens, k, end, entry))
        and _one_person_named(tokens[k].text, known)
    )


def _other_name(tokens: list[Token], a: int, b: int, entry: Entry) -> bool:
    """Whether the words a to b name the place ``entry`` by another of its names than its own
    ("Chen" for Chenzhou), which a person may bear; never its own name ("Beijing")."""
    words = " ".join(t.lower for t in tokens[a:b])
    return words not in (entry.name.lower(), entry.canonical.lower())


def _span_text(tokens: list[Token], a: int, b: int) -> str:
    """The words of tokens a to b, as written."""
    return " ".join(t.text for t in tokens[a:b])


def _merge_pieces(tokens: list[Token], pieces: list, gaz: Gazetteer, known: dict[str, str]) -> list[Mention]:
    """Mentions from a run's pieces: role words title the name after them, unknown words merge into names."""
    # Merge consecutive unknown words into names.
    out: list[Mention] = []
    role_start: int | None = None
    p = 0
    while p < len(pieces):
        a, b, entry, what = pieces[p]
        if what == "skip":
            p += 1
            continue
        if what == "conn":
            p += 1
            continue
        if what == "role":
            if role_start is None and tokens[a].lower not in CONNECTORS:
                role_start = a
            p += 1
            continue
        if entry is not None and _body_of_place(tokens, pieces, p):
            # "the Israel Radio reported", "Vessland Army": the station or the army, not the state
            b = pieces[p + 1][1]
            words = _span_text(tokens, a, b)
            out.append(Mention(a, b, "org", words, words, entry.country))
            role_start = None
            p += 2
            continue
        if entry is not None:
            nxt = next((x for x in pieces[p + 1 :] if x[3] != "conn"), None)
            adjacent = p + 1 < len(pieces) and pieces[p + 1][3] == "role"
            if entry.kind in ("country", "seat", "org", "city") and nxt is not None and adjacent:
                # "U.S. Secretary of State ...", "Kremlin Spokesman ...", "Russian Defense Ministry"
                if role_start is None:
                    role_start = a
                p += 1
                continue
            if entry.kind == "person" and role_start is not None:
                person = _person(
                    tokens, role_start, b, entry.name, _span_text(tokens, role_start, a), entry.country
                )
                out.append(_with_entry(person, entry))
            else:
                out.append(_entry_mention(tokens, a, b, entry))
            if entry.kind == "person" and b - a >= 2:
                _know(known, tokens, a, b, entry.name)  # a later "Blair" is this Blair
            role_start = None
            p += 1
            continue
        q = _name_end(tokens, pieces, p)  # unknown words: gather the name
        if _inside_title(pieces, p, q):
            # "Chief Election Commissioner MA Aziz", "Vessland Health Minister Ana Ruiz": words
            # between role words and the name are the title's, never a person of their own
            role_start = role_start if role_start is not None else pieces[p][0]
            p = q
            continue
        body = _body_named_on(tokens, pieces, q)
        if body > q:
            # "Council on Foreign Relations", "Ministry of Foreign Affairs": one body, never a
            # body and a person named "Relations"
            a = role_start if role_start is not None else pieces[p][0]
            b = pieces[body - 1][1]
            words = _span_text(tokens, a, b)
            out.append(Mention(a, b, "org", words, words))
            role_start = None
            p = body
            continue
        a, b = pieces[p][0], pieces[q - 1][1]
        out.append(_unknown_name(tokens, a, b, role_start, gaz, known))
        role_start = None
        p = q
    if role_start is not None:
        title = _run_ending_in_title(tokens, role_start, pieces[-1][1], gaz)
        if title is not None:
            out.append(title)
    return out


def _body_of_place(tokens: list[Token], pieces: list, p: int) -> bool:
    """Whether piece ``p``, a country or city, and the one word after it that ends the run and
    heads a body ("Radio", "Army", "Television") are one body's name."""
    entry = pieces[p][2]
    if (
        entry.kind not in ("country", "city")
        or p + 2 != len(pieces)
        or any(w != "skip" for *_x, w in pieces[:p])
    ):
        return False
    a, b, _e, what = pieces[p + 1]
    if b < len(tokens) and tokens[b].lower in ROLE_WORDS:
        return False  # "Singapore Airlines vice-president TK Mun said": the body titles its officer
    return what == "name" and b - a == 1 and tokens[a].lower in _PLACE_BODY_HEADS


_PLACE_BODY_HEADS = frozenset(
    [
        "radio",
        "television",
        "tv",
        "news",
        "times",
        "post",
        "press",
        "daily",
        "journal",
        "network",
        "channel",
        "agency",
        "airlines",
        "airways",
        "telecom",
        "university",
        "institute",
        "exchange",
    ]
)  # a state's own organs ("Vessland Government", "Vessland Army") are filed as the state


def _name_end(tokens: list[Token], pieces: list, p: int) -> int:
    """The piece after the unknown words of a name that starts at piece ``p``, particles inside
    it ("Hamad bin Khalifa al-Thani", "Ursula von der Leyen"), never ending on one."""
    q = p
    while q < len(pieces) and (
        pieces[q][3] == "name"
        or (
            pieces[q][3] == "conn"
            and tokens[pieces[q][0]].lower in NAME_PARTICLES
            and q + 1 < len(pieces)
            and pieces[q + 1][3] in ("name", "conn")
            and q > p
        )
    ):
        q += 1
    while q - 1 > p and pieces[q - 1][3] == "conn":
        q -= 1
    return q


def _inside_title(pieces: list, p: int, q: int) -> bool:
    """Whether the unknown words before piece ``q`` sit inside a role title: one or two words,
    a role word right after them and a person's name after that."""
    if q - p > 2:
        return False
    k = q
    while k < len(pieces) and pieces[k][3] == "role":
        k += 1
    if k == q or k >= len(pieces):
        return False
    nxt = pieces[k]
    return nxt[3] == "name" or (nxt[2] is not None and nxt[2].kind == "person")


BODY_LINKS = frozenset(["of", "on", "for"])


def _body_named_on(tokens: list[Token], pieces: list, q: int) -> int:
    """For unknown words ending at piece ``q`` in an organisation's head ("Council", "Ministry"),
    followed by "of", "on" or "for" and more unknown words or role words ("on Foreign
    Relations"): the index of the piece after the whole name; ``q`` otherwise."""
    if q >= len(pieces) or tokens[pieces[q - 1][1] - 1].lower not in ORG_HEADS:
        return q
    if any(w == "conn" and tokens[a].lower in BODY_LINKS for a, _b, _e, w in pieces[:q]):
        return q  # "Chief of Defence Forces of Vessland": one link at most
    a, _b, _e, what = pieces[q]
    if what != "conn" or tokens[a].lower not in BODY_LINKS:
        return q
    end = q + 1
    while end < len(pieces) and (
        pieces[end][3] in ("name", "role")
        or (pieces[end][3] == "conn" and tokens[pieces[end][0]].lower in ("and", "the") and end > q + 1)
    ):
        end += 1
    while end > q + 1 and pieces[end - 1][3] == "conn":
        end -= 1
    return end if end > q + 1 else q


def _unknown_name(
    tokens: list[Token], a: int, b: int, role_start: int | None, gaz: Gazetteer, known: dict[str, str]
) -> Mention:
    """What unknown words a to b name, from their head word, their place and the people already known."""
    words = _span_text(tokens, a, b)
    if tokens[b - 1].lower in ORG_HEADS and b - a == 1 and role_start is None and words not in _HOUSES:
        return Mention(a, b, "thing", words, words)  # "Army", "Department" alone name no one
    elif tokens[b - 1].lower in ORG_HEADS:
        a = role_start if role_start is not None else a
        words = _span_text(tokens, a, b)
        first = gaz.lookup((tokens[a].lower,))
        org = Mention(a, b, "org", words, words, first.country if first is not None else "")
        if tokens[b - 1].lower in COMPANY_SUFFIXES and b - a >= 2 and first is None:
            known.setdefault(_span_text(tokens, a, b - 1), words)  # a later "Vessland" is "Vessland Corp"
        return org
    elif role_start is None and words not in known and _names_a_place(tokens, a, b):
        return Mention(a, b, "place", words, words)  # "in North Darfur", "the village of X"
    elif role_start is not None:
        titled = _person(tokens, role_start, b, words, _span_text(tokens, role_start, a), "")
        _know(known, tokens, a, b, words)
        return titled
    elif words in known or _known_as(words, known):
        full = known.get(words) or _known_as(words, known)
        company = full.split()[-1].lower() in COMPANY_SUFFIXES
        return Mention(a, b, "org" if company else "person", full, words)
    elif b - a == 1 and initial_word(tokens, a) and _full_name(words, known):
        # "Wen said" after "Wen Jiabao", "Mahathir" after "Mahathir Mohamad": headlines keep "Wen"
        person = Mention(a, b, "person", _full_name(words, known), words)
        person.extras["short"] = words
        return person
    elif tokens[b - 1].lower in GEOGRAPHIC_HEADS:
        return Mention(a, b, "place", words, words)  # "Yangtze River", "Green Zone"
    elif tokens[b - 1].lower in NON_ACTOR_HEADS or tokens[b - 1].lower in COMMON_HEADS:
        return Mention(a, b, "thing", words, words)  # "World AIDS Day", "Internet Media"
    elif b - a >= 2 and b - a <= 4 and any(acronym(t.text) for t in tokens[a:b]):
        return Mention(a, b, "org", words, words)  # "DPC Acquisition", "Vessland TV": a body
    elif b - a >= 2 and b - a <= 4 and _body_by_words(tokens, a, b):
        return Mention(a, b, "org", words, words)  # "Liberal Democrats", "Grey Wolves": a body
    elif b - a >= 2 and b - a <= 4 and not any(t.text == "I" for t in tokens[a:b]):  # not "I. I"
        _know(known, tokens, a, b, words)
        guess = Mention(a, b, "person", words, words)
        guess.extras["guessed"] = "1"  # a person only by its shape: "Norland Railways" may be a body
        return guess
    elif a > 0 and tokens[a - 1].lower in LOCATIVE:
        return Mention(a, b, "place", words, words)
    else:
        return Mention(a, b, "unknown", words, words)


def _body_by_words(tokens: list[Token], a: int, b: int) -> bool:
    """Unknown capitalised words that open on a common word and end on a plural noun ("Liberal
    Democrats", "Grey Wolves", "Associated Chambers"): a body, not a person (a given name that
    is no common word opens a name: "Nicholas Burns")."""
    from timeline_app.core.extract.wordclass import classes, noun_lemmas

    last, first = tokens[b - 1].lower, tokens[a].lower
    if not last.isalpha() or not last.endswith("s") or not classes(first):
        return False
    return any(lemma != last for lemma in noun_lemmas(last))


def _known_as(words: str, known: dict[str, str]) -> str:
    """The person of the article a name written with another case is ("Al-Muzini" opening a
    sentence for "al-Muzini" of "Osama al-Muzini")."""
    low = words.lower()
    return next((full for name, full in known.items() if name.lower() == low), "") if "-" in words else ""


def _run_ending_in_title(tokens: list[Token], role_start: int, end: int, gaz: Gazetteer) -> Mention | None:
    """A run that ends in role words: an institution ("Russian Defense Ministry") or a bare title."""
    words = _span_text(tokens, role_start, end)
    head = tokens[end - 1].lower
    first = gaz.lookup((tokens[role_start].lower,))
    country = first.country if first is not None and first.kind in ("country", "seat") else ""
    if head in ORG_HEADS or head in ("ministry", "staff"):
        return Mention(role_start, end, "org", words, words, country)
    elif country:
        return Mention(role_start, end, "official", words, words, country, role=words)
    return None


PLACE_HEADS = frozenset(
    ["islands", "island", "river", "sea", "strait", "gulf", "valley", "peninsula", "mountains", "desert"]
)
_IN_PLACE = frozenset(["in", "at", "near", "outside", "inside", "across", "around", "between"])


def _names_a_place(tokens: list[Token], a: int, b: int) -> bool:
    """Unknown names after "in"/"near the", after "the town of", before "camp" or "region", or
    ending in "Islands" or "River" name places, not people."""
    k = a - 1
    if k > 0 and tokens[k].lower == "the":
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    if before in _IN_PLACE or tokens[b - 1].lower in PLACE_HEADS:
        return True
    after = [t.lower for t in tokens[b : b + 2]]
    if after and (after[0] in PLACE_NOUNS or (len(after) == 2 and after[1] in PLACE_NOUNS)):
        return tokens[b].text[:1].islower()  # "the Zamzam displacement camp"
    return before == "of" and k > 0 and tokens[k - 1].lower in PLACE_NOUNS


def _person(tokens: list[Token], a: int, b: int, name: str, role: str, country: str) -> Mention:
    """A person; the mention spans the role title too, so titles can replace it by the name."""
    return Mention(a, b, "person", name, name, country, role=role)


def _with_entry(m: Mention, entry: Entry) -> Mention:
    """A known person: the role from the gazetteer when the text gives none, the headline name."""
    if not m.role and entry.role:
        m.role = entry.role
        m.extras["role_from"] = "gazetteer"
    if entry.short:
        m.extras["short"] = entry.short
    return m


def _lower_case_roles(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "Kremlin spokesman Dmitry Peskov", "U.S. envoy Steve Witkoff", "regional governor Oleh
    Syniehubov": role words in lower case (which end a capitalised run) still title the person
    after them; the state or institution before them goes with the role."""
    out = list(mentions)
    for m in mentions:
        if m.kind != "person":
            continue
        j = m.first - 1
        while j >= 0 and tokens[j].lower in ROLE_WORDS and not tokens[j].text[:1].isupper():
            j -= 1
        if j == m.first - 1:
            continue
        start = j + 1
        owner = next((o for o in out if o.last == start and o.kind in ("country", "seat", "org")), None)
        if owner is not None and not owner.possessive:
            start = owner.first
            out.remove(owner)
            m.country = m.country or owner.country
        elif j >= 0 and tokens[j].text[:1].isupper() and tokens[j].lower in ROLE_WORDS:
            start = j  # "Special envoy Steve Witkoff"
        else:
            owner = next((o for o in out if o.last == start and o.kind == "unknown"), None)
            if owner is not None and owner.last - owner.first == 1:
                start = owner.first  # "Opposition leader Maria Corina Machado", "Houthi spokesman X"
                out.remove(owner)
        own = m.role if "role_from" not in m.extras else ""
        m.role = " ".join(t.text for t in tokens[start : m.first]) + (" " + own if own else "")
        m.extras.pop("role_from", None)
        m.first = start
    return out


COMPASS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
    ]
)


def _compass_regions(tokens: list[Token], pieces: list) -> list:
    """ "North Darfur", "Western Cambodia": a compass word before a known place is one region."""
    out: list = []
    for piece in pieces:
        a, b, entry, _what = piece
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[2] is None
            and prev[1] == a
            and prev[1] - prev[0] == 1
            and tokens[prev[0]].lower in COMPASS
            and entry is not None
            and entry.kind in ("country", "region", "city")
        ):
            text = " ".join(t.text for t in tokens[prev[0] : b])
            out[-1] = (prev[0], b, Entry("region", text, entry.country, canonical=text), "")
            continue
        out.append(piece)
    return out


def _names_over_towns(tokens: list[Token], pieces: list) -> list:
    """Read small towns as name words where the run is a person's name: after a role title
    ("President Volodymyr Zelensky") or beside other name words ("Marco Rubio"); so is a
    city's other name before one name word that ends the run ("Chen Boliang" is no Chenzhou)."""
    out = list(pieces)
    for idx, (a, b, entry, _what) in enumerate(out):
        if entry is None or entry.kind not in ("city", "region"):
            continue
        if entry.population >= MAJOR_CITY:
            if idx == 0 and len(out) == 2 and out[1][3] == "name" and _other_name(tokens, a, b, entry):
                out[idx] = (a, b, None, "name")
            elif (
                len(out) == idx + 1 == 2 and _given_name(tokens, out[0]) and _other_name(tokens, a, b, entry)
            ):
                out[idx] = (a, b, None, "name")  # "Wei Chao'an, Deputy Minister": no Chaozhou
            continue
        prev = out[idx - 1][3] if idx > 0 else ""
        prev_entry = out[idx - 1][2] if idx > 0 else None
        nxt = out[idx + 1] if idx + 1 < len(out) else None
        beside_name = nxt is not None and (
            nxt[3] == "name"
            or (nxt[2] is not None and nxt[2].kind == "city" and nxt[2].population < MAJOR_CITY)
        )
        if (
            prev == "role"
            or prev == "name"
            or beside_name
            or (
                prev_entry is not None and prev_entry.kind == "city" and idx > 0 and out[idx - 1][3] == "name"
            )
        ):
            out[idx] = (a, b, None, "name")
    return out


def _given_name(tokens: list[Token], piece: tuple) -> bool:
    """Whether a run's piece is one unknown word that is no common word ("Wei"), which a
    city's other name after it completes as a person's name ("Wei Chao'an"), unlike "Greater"."""
    from timeline_app.core.extract.wordclass import classes

    a, b, entry, what = piece
    return what == "name" and entry is None and b - a == 1 and not classes(tokens[a].lower)


def _entry_mention(tokens: list[Token], a: int, b: int, entry: Entry) -> Mention:
    text = " ".join(t.text for t in tokens[a:b])
    name = entry.name
    if entry.kind == "city" and entry.population < MAJOR_CITY:
        name = text  # small towns keep the article's spelling (see gazetteer.MAJOR_CITY)
    kind = entry.kind
    if kind == "person" and name.split()[-1].lower() in ORG_HEADS:
        kind = "org"  # a body the actor lists file as a person ("... Liberation Army"): an organisation
    m = Mention(a, b, kind, name, text, entry.country, canonical=entry.canonical or entry.name)
    if kind == "person":
        _with_entry(m, entry)
    if entry.kind == "city":
        m.extras["population"] = str(entry.population)
    return m
