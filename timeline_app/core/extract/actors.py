"""Who acted and where: the actors and places of a read sentence.

Actors are names, organisations, countries and resolved roles (issue 11): never pronouns,
function words or a word capitalised only because it opens the sentence, never a contest, a
document, a storm or a geographic feature, never the source of an "according to" phrase; the
subject of the main verb comes first. A group named by its place ("opposition groups in
Zimbabwe") makes that country an actor.
"""

from __future__ import annotations

from functools import lru_cache

from timeline_app.core.extract.mentions import initial_word
from timeline_app.core.extract.reading import SentenceReading
from timeline_app.core.extract.vocabulary import (
    DAY_MONTH_WORDS,
    FUNCTION_WORDS,
    NEWS_AGENCIES,
    NON_ACTOR_HEADS,
)

GROUP_NOUNS = frozenset(
    ["rebels", "militants", "fighters", "militia", "militiamen", "guerrillas", "insurgents"]
)
ACTOR_KINDS = frozenset({"person", "org", "group", "country", "seat", "official"})


def according_to(r: SentenceReading) -> set[int]:
    """Token indices of the "according to X" source phrase (a source, not an actor). The phrase
    ends at a comma, at a verb, or where a new noun phrase starts ("According to reports the UK
    is pushing ...": the UK is no source)."""
    out: set[int] = set()
    lows = r.lows
    if "according" not in lows:
        return out  # (most sentences: no scan word by word)
    verbs = {p.index for p in r.preds}
    for i in range(len(lows) - 1):
        if lows[i] == "according" and lows[i + 1] == "to":
            j = i + 2
            while j < len(lows) and lows[j] not in (",", ".", ";") and j not in verbs:
                if j > i + 2 and lows[j] in ("the", "a", "an") and lows[j - 1] not in _NP_GLUE:
                    break
                out.add(j)
                j += 1
    return out


_NP_GLUE = frozenset(["of", "by", "from", "to", "in", "on", "at", "with", "for", "and", "or"])
AGENT_NOUNS = frozenset(
    ["government", "authorities", "police", "forces", "army", "officials", "parties", "groups", "group",
     "elders", "leaders", "troops", "military", "ministry", "opposition", "rebels", "militants", "people"]
)  # fmt: skip


def _agents_of(r: SentenceReading, m) -> bool:
    """ "opposition groups in Zimbabwe", "the government of Sindh province", "security forces in
    Guinea": the place names whose people act."""
    k = m.first - 1
    if k < 1 or r.lows[k] not in ("in", "of") or r.lows[k - 1] not in AGENT_NOUNS:
        return False
    owner = r.mention_at(k - 2) if k >= 2 else None
    return owner is None or owner.kind != "country"  # "French forces in Ivory Coast" are French


def actors_and_places(
    r: SentenceReading, gaz_country_name
) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """Actor names, place names and (person, role) pairs of a sentence, in order of appearance."""
    sources = according_to(r)
    actors: list[str] = []
    places: list[str] = []
    roles: list[tuple[str, str]] = []
    for m in r.mentions:
        if m.first in sources and m.kind != "person":
            continue
        if m.text.lower().strip("()") in NEWS_AGENCIES or m.name.lower() in NEWS_AGENCIES:
            continue
        if r.is_place_use(m) or (m.kind == "place" and _names_no_actor(m)):
            places.append(m.name)
            country = gaz_country_name(m.country) if m.kind in ("city", "region") else ""
            if m.kind == "country":
                country = m.name
            subject = r.is_subject(m) and m.kind != "country"
            if country and (subject or _agents_of(r, m)) and country not in actors:
                # "Demonstrators in Baghdad blocked ...": Iraqis acted there; "opposition groups
                # in Zimbabwe", "the government of Sindh province": that country's people acted
                actors.append(country)
            continue
        if m.kind == "seat" or m.kind == "official" or (m.kind == "city" and m.name):
            name = gaz_country_name(m.country) or m.name
        elif m.kind in ("person", "org", "group", "country"):
            name = m.name
        elif m.kind in ("unknown", "place"):
            # an unknown capitalised word is an actor only as the subject of a verb, or as the
            # name of a group ("M23 rebels", "Houthi fighters"); never a pronoun or function word
            # ("It", "We", "Never"), nor a lone word capitalised because it opens the sentence or
            # a quotation ("Prices rose", "Authorities said")
            group = m.last < len(r.lows) and r.lows[m.last] in GROUP_NOUNS
            if not group and not any(p.index == m.last for p in r.preds):
                continue
            single = m.last - m.first == 1
            function = r.lows[m.first] in FUNCTION_WORDS or r.lows[m.first] in DAY_MONTH_WORDS
            acronym = m.text.isupper() and m.text.isalpha() and len(m.text) > 1  # "PAGASA said"
            if single and (function or (not group and not acronym and initial_word(r.tokens, m.first))):
                continue  # "It", "Today", "Never"; "Prices rose"
            name = m.name
        else:
            continue
        if m.kind not in ("country", "seat", "official", "city", "region") and _names_no_actor(m):
            continue  # "UEFA Cup", "Maastricht Treaty", "World War II", "Yangtze River" name no actor
        if name and name not in actors:
            actors.append(name)
        if m.kind == "person" and m.role:
            roles.append((m.name, m.role))
    first = _subject_actor(r, gaz_country_name)
    if first in actors and actors[0] != first:
        actors.remove(first)
        actors.insert(0, first)  # "In a letter to the UN, Iraq said ...": Iraq first
    return actors, places, roles


def _names_no_actor(m) -> bool:
    """An event, document, contest, storm or geographic feature ("World War II", "the Yangtze
    River", "Cyclone Baaz")."""
    from timeline_app.core.extract.agency import MARKET

    words = [w for w in m.name.lower().split() if not (w.isdigit() or _ROMAN_LETTERS.issuperset(w))]
    if not words or (m.kind == "person" and m.canonical):
        return False  # a known person named "Day" stays a person
    if len(words) == 1 and words[0] in MARKET:
        return True  # "Sterling fell", "the Nikkei": a currency or an index
    return words[-1] in NON_ACTOR_HEADS or (len(words) > 1 and words[0] in _hazards_and_storms())


_ROMAN_LETTERS = frozenset("ivx")  # ("World War II": the numeral is no word of the name)


@lru_cache(maxsize=1)
def _hazards_and_storms() -> frozenset[str]:
    """Words of a hazard or a storm that open a name ("Cyclone Baaz"), joined once."""
    from timeline_app.core.extract.agency import HAZARDS

    return HAZARDS | STORMS


STORMS = frozenset(["cyclone", "typhoon", "hurricane", "storm", "tropical"])


FRONTING = frozenset(
    ["in", "after", "before", "while", "following", "despite", "with", "as", "when", "since", "during",
     "on", "at", "amid", "under", "according", "speaking", "asked", "if", "although", "though"]
)  # fmt: skip


def _subject_actor(r: SentenceReading, gaz_country_name) -> str:
    """The actor name of the subject of the sentence's main verb, if it is an actor."""
    from timeline_app.core.extract.titles import subject_of

    # the first finite verb after a fronted phrase ("In a letter handed to the UN, Iraq said");
    # main_predicate's fuller reading costs a tenth of the extraction and mostly agrees
    start = 0
    if r.lows and r.lows[0] in FRONTING and "," in r.lows:
        start = r.lows.index(",")
    main = next((p for p in r.preds if p.finite and p.index > start), None)
    m = subject_of(r, main, ACTOR_KINDS) if main is not None else None
    if m is None:
        return ""
    if m.kind in ("seat", "official"):
        return gaz_country_name(m.country) or m.name
    return m.name
