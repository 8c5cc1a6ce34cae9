"""Verbs and what kind of event they make (PLOVER), from resources/gazetteer/verbs.tsv.

verbs.tsv and patterns.tsv are derived from PETRARCH2's CAMEO.2.0.txt through the
CAMEO-to-PLOVER table (tools/build_lexicon.py). CAMEO codes some everyday news verbs for
other purposes than a news reader would ("claim" as an allegation, "receive" not at all),
so the small table :data:`OVERRIDES` below says what they mean in news prose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from timeline_app.core.model import Kind
from timeline_app.core.resources import resource

_REPORTING = (
    "say",
    "tell",
    "state",
    "announce",
    "claim",
    "assert",
    "declare",
    "report",
    "confirm",
    "verify",
    "insist",
    "stress",
    "emphasize",
    "emphasise",
    "note",
    "add",
    "acknowledge",
    "comment",
    "inform",
    "brief",
    "explain",
    "write",
    "describe",
    "deny",
    "reiterate",
)
"""Verbs of plain reporting: speech verbs, and STATEMENT when they are the event itself."""

SPEECH = frozenset(
    [
        *_REPORTING,
        "warn",
        "argue",
        "suggest",
        "believe",
        "think",
        "predict",
        "estimate",
        "quote",
        "reply",
        "respond",
        "remark",
        "tweet",
        "post",
        "publish",
        "indicate",
        "signal",
        "maintain",
        "contend",
        "allege",
        "accuse",
        "joke",
        "quip",
        "exclaim",
        "muse",
        "lament",
        "boast",
        "complain",
    ]
)
"""Verbs that report speech: their complement clause is what was said."""

_OVERRIDE_SPEC = {
    # PLOVER's reading of verbs CAMEO files elsewhere (resignations and surrenders are
    # retreats; destroying property and kidnapping are coercion; signing a treaty is support).
    Kind.RETREAT: "resign surrender demobilize demobilise withdraw retreat release free evacuate disarm",
    Kind.COERCE: "demolish destroy torch burn bulldoze raze loot vandalize vandalise deface hack blow",
    Kind.AGREE: "accept",
    Kind.SUPPORT: "sign welcome praise endorse defend back hail applaud commend forgive congratulate",
    Kind.REJECT: "oppose renege defy violate",
    Kind.ASSAULT: "torture assassinate massacre execute overrun avenge retaliate kidnap abduct hijack",
    Kind.PROTEST: "strike protest demonstrate riot march boycott",
    Kind.SANCTION: "suspend sever",
    Kind.MOBILIZE: "deploy mobilize mobilise mass",
    Kind.ACCUSE: "sue indict slam lambast lambaste berate rebuke decry deplore castigate chastise censure "
    "chide scold assail",
    Kind.REQUEST: "pressure",
    Kind.STATEMENT: "issue",
}
MORE_VERBS = (
    "hand donate retake renew shun summon jail evacuate strengthen reinforce train close prevent ship "
    "overrun converge seek sack tumble slump soar plummet surge rebound"
)
FIGURATIVE = (
    "break beat best circle conflict corrupt crack defeat dominate engage impair mar master match overcome "
    "overshadow overtake pit ring spoil struggle surmount tarnish die"
)
"""Verbs CAMEO files under violence (19x) that news prose uses mostly for something else ("the
talks broke down", "beat the champion", "overshadowed the summit", "died of cancer"): no kind by
themselves; the CAMEO verb + object patterns written for them still apply, not those written
for another verb of their synonym block."""
FIGURATIVE_VERBS = frozenset(FIGURATIVE.split())
EXPECTING = ("expect", "anticipate")
"""CAMEO files "expect" as an agreement; "X is expected to sign" is somebody's forecast, and the
event is the signing (planned)."""
OVERRIDES: dict[str, Kind] = {
    **dict.fromkeys(
        [
            *_REPORTING,
            "quote",
            "remark",
            "tweet",
            "post",
            "publish",
            "indicate",
            "distribute",
            "release",
            "show",
            "unveil",
            "present",
            "reveal",
        ],
        Kind.STATEMENT,
    ),
    **dict.fromkeys(
        ["receive", "host", "meet", "visit", "talk", "discuss", "negotiate", "confer", "consult"],
        Kind.CONSULT,
    ),
    **dict.fromkeys(["reject", "refuse", "decline", "veto", "dismiss", "rebuff", "spurn"], Kind.REJECT),
    **dict.fromkeys(["demand", "urge", "ask", "appeal", "request", "order"], Kind.REQUEST),
    **dict.fromkeys(
        ["accuse", "blame", "condemn", "criticize", "criticise", "denounce", "investigate"], Kind.ACCUSE
    ),
    **dict.fromkeys(["agree", "promise", "pledge", "offer", "vow", "commit", "propose", "sign"], Kind.AGREE),
    **dict.fromkeys(["threaten", "warn"], Kind.THREATEN),
    **dict.fromkeys(
        ["attack", "bomb", "shell", "strike", "kill", "shoot", "fire", "invade", "storm", "fight", "clash"],
        Kind.ASSAULT,
    ),
    **dict.fromkeys(["seize", "capture", "take", "occupy"], Kind.COERCE),
    **dict.fromkeys(["surface", "emerge", "remain", "undergo", "continue"], Kind.OTHER),
}

EXTRA_VERBS = [
    "be",
    "have",
    "do",
    "aim",
    "prepare",
    "engage",
    "undergo",
    "remain",
    "become",
    "seem",
    "appear",
    "plan",
    "expect",
    "hope",
    "want",
    "need",
    "intend",
    "seek",
    "try",
    "begin",
    "start",
    "end",
    "conclude",
    "make",
    "go",
    "come",
    "give",
    "keep",
    "leave",
    "let",
    "put",
    "run",
    "set",
    "move",
    "work",
]

IRREGULAR = {
    "be": "is are was were been being am",
    "have": "has had having",
    "do": "does did done doing",
    "go": "goes went gone going",
    "make": "made",
    "take": "took taken",
    "give": "gave given",
    "come": "came",
    "leave": "left",
    "hold": "held",
    "meet": "met",
    "say": "said",
    "tell": "told",
    "seek": "sought",
    "fight": "fought",
    "strike": "struck stricken",
    "send": "sent",
    "lead": "led",
    "begin": "began begun",
    "undergo": "underwent undergone",
    "become": "became",
    "keep": "kept",
    "shoot": "shot",
    "win": "won",
    "bring": "brought",
    "think": "thought",
    "write": "wrote written",
    "run": "ran",
    "set": "set",
    "put": "put",
    "let": "let",
    "speak": "spoke spoken",
    "see": "saw seen",
    "know": "knew known",
    "draw": "drew drawn",
    "withdraw": "withdrew withdrawn",
    "break": "broke broken",
    "rise": "rose risen",
    "fall": "fell fallen",
    "spend": "spent",
    "build": "built",
    "lose": "lost",
    "pay": "paid",
    "sell": "sold",
    "stand": "stood",
    "understand": "understood",
    "forbid": "forbade",
    "shake": "shook shaken",
    "drive": "drove driven",
    "steal": "stole stolen",
    "flee": "fled",
    "retake": "retook retaken",
    "overrun": "overran",
    "swear": "swore sworn",
    "blow": "blew blown",
    # verbs whose past is the base form ("an air strike hit a building") and other irregulars
    # that news prose uses and the CAMEO dictionary lists only by their base form
    "hit": "hit", "cut": "cut", "shut": "shut", "spread": "spread", "quit": "quit", "cost": "cost",
    "beat": "beat beaten", "bid": "bid", "cast": "cast", "upset": "upset", "hurt": "hurt",
    "buy": "bought", "catch": "caught", "freeze": "froze frozen", "hide": "hid hidden", "lay": "laid",
    "sink": "sank sunk", "throw": "threw thrown", "withhold": "withheld", "uphold": "upheld",
    "overthrow": "overthrew overthrown", "forgive": "forgave forgiven", "undertake": "undertook undertaken",
    "oversee": "oversaw overseen", "arise": "arose arisen", "bind": "bound", "grow": "grew grown",
    "mean": "meant", "sit": "sat", "feel": "felt", "find": "found", "get": "got gotten", "lend": "lent",
    "split": "split", "shed": "shed", "burst": "burst",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    kind: Kind | None  # None: a verb that names no event by itself
    form: str  # "base", "s", "past", "ing"


def _regular(lemma: str) -> dict[str, str]:
    forms = {lemma: "base"}
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms[lemma + "es"] = "s"
    elif len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms[lemma[:-1] + "ies"] = "s"
    else:
        forms[lemma + "s"] = "s"
    if lemma.endswith("e"):
        forms[lemma + "d"] = "past"
        forms[(lemma[:-1] if not lemma.endswith("ee") else lemma) + "ing"] = "ing"
    elif len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms[lemma[:-1] + "ied"] = "past"
        forms[lemma + "ing"] = "ing"
    else:
        doubled = (
            len(lemma) >= 3
            and lemma[-1] not in "aeiouwxy"
            and lemma[-2] in "aeiou"
            and lemma[-3] not in "aeiou"
        )
        if not doubled or sum(c in "aeiouy" for c in lemma) > 1:
            # (a word of one syllable doubles its consonant: "hoped", "raging" are "hope"'s and
            # "rage"'s, never "hop"'s or "rag"'s)
            forms[lemma + "ed"] = "past"
            forms[lemma + "ing"] = "ing"
        if doubled:
            forms[lemma + lemma[-1] + "ed"] = "past"  # ban -> banned (also "visitted": harmless)
            forms[lemma + lemma[-1] + "ing"] = "ing"
    if lemma.endswith("ie"):
        forms[lemma[:-2] + "ying"] = "ing"
    return forms


def _form_of(word: str, lemma: str) -> str:
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s") and not lemma.endswith("s"):
        return "s"
    return "past"


_NOT_VERBS = "according including excluding regarding concerning following pending barring considering during"
NOT_VERBS = frozenset([*_NOT_VERBS.split(), "notwithstanding"])
"""Verb forms that news prose uses as prepositions."""


def _guessed_form(word: str, lemma: str) -> str:
    if word == lemma:
        return "base"
    if word.endswith("ing") and not lemma.endswith("ing"):
        return "ing"
    if word.endswith("s") and not lemma.endswith("s"):
        return "s"
    return "past"


@dataclass(slots=True)
class Lexicon:
    forms: dict[str, Verb]
    patterns: dict[tuple[str, str], Kind]
    _more: dict[str, Verb | None] = field(default_factory=dict)
    _seen: dict[str, Verb | None] = field(default_factory=dict)  # verb() by the word as written
    _any: dict[str, Verb | None] = field(default_factory=dict)  # any_verb() by the word as written

    def verb(self, word: str) -> Verb | None:
        """The verb a word form is: from the CAMEO-derived table, else a form that can only be
        a verb in LemmInflect's table ("requires", "purified"; not "screen", which can be a noun)."""
        try:
            return self._seen[word]  # called for every token of every sentence, many times
        except KeyError:
            pass
        low = word.lower()
        found = self.forms.get(low)
        if found is None:
            if low in self._more:
                found = self._more[low]
            else:
                found = self._more[low] = self._lookup(low, only=True)
        self._seen[word] = found
        return found

    def any_verb(self, word: str) -> Verb | None:
        """The verb a word form can be, also when it can be a noun or an adjective too
        ("screen", "quarantine"): for a caller that has read the context."""
        try:
            return self._any[word]
        except KeyError:
            pass
        low = word.lower()
        found = self._any[word] = self.verb(low) or self._lookup(low, only=False)
        return found

    def _lookup(self, low: str, only: bool) -> Verb | None:
        from timeline_app.core.extract import wordclass

        if len(low) < 3 or not low.isalpha() or low in NOT_VERBS:
            return None
        if only and not wordclass.verb_only(low):
            return None
        lemma = wordclass.verb_lemma(low)
        if lemma is None:
            return None
        known = self.forms.get(lemma)
        kind = known.kind if known is not None and known.form == "base" else None
        return Verb(lemma, kind, _guessed_form(low, lemma))

    def pattern(self, lemma: str, obj: str) -> Kind | None:
        return self.patterns.get((lemma, obj.lower()))


@cache
def lexicon() -> Lexicon:
    kinds: dict[str, Kind | None] = {}
    irregular: dict[str, set[str]] = {}
    with resource("gazetteer", "verbs.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            lemma, _code, plover, forms = line.rstrip("\n").split("\t")
            kinds[lemma] = Kind(plover) if plover else None
            irregular[lemma] = set(filter(None, forms.split("|")))
    for lemma in [*EXTRA_VERBS, *MORE_VERBS.split()]:
        kinds.setdefault(lemma, None)
    kinds.update(dict.fromkeys(FIGURATIVE_VERBS))
    kinds.update(dict.fromkeys(EXPECTING))
    kinds.update(OVERRIDES)
    for kind, words in _OVERRIDE_SPEC.items():
        kinds.update(dict.fromkeys(words.split(), kind))
    for lemma, forms in IRREGULAR.items():
        kinds.setdefault(lemma, None)
        irregular.setdefault(lemma, set()).update(forms.split())
    table: dict[str, Verb] = {}
    for lemma, verb_kind in kinds.items():
        if "_" in lemma or "-" in lemma:
            continue
        for form, what in _regular(lemma).items():
            table.setdefault(form, Verb(lemma, verb_kind, what))
        for form in irregular.get(lemma, ()):
            table[form] = Verb(lemma, verb_kind, _form_of(form, lemma))
    patterns: dict[tuple[str, str], Kind] = {}
    with resource("gazetteer", "patterns.tsv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            lemma, obj, _code, plover, *inherited = line.rstrip("\n").split("\t")
            if inherited and inherited[0] and lemma in FIGURATIVE_VERBS:
                continue  # "broke relations" is a sanction; "dominated relations" is not
            if lemma not in OVERRIDES:
                patterns[(lemma, obj.split()[0])] = Kind(plover)
    return Lexicon(table, patterns)
