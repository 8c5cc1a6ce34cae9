"""Whether an act is anybody's: what a verb's dictionary kind does not say.

CAMEO files "strike", "kill", "hit" and "retreat" as acts of force or concession; in news the
subject is often no one's hand: an earthquake struck, floods killed 40 people, shares
retreated, a minister was sacked, the birds were culled. These rules read the subject's noun
phrase, the verb's object and the cause after a passive verb; what they find is OTHER
(issue 11: ASSAULT only for violence done by people).
"""

from __future__ import annotations

from timeline_app.core.extract.clauses import Predicate
from timeline_app.core.extract.reading import SentenceReading
from timeline_app.core.model import Kind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def object_mentions(r: SentenceReading, p: Predicate) -> list:
    """The names after the verb in its clause or the next one (its object, a place, an agent)."""
    seg = r.segs[p.index]
    return [m for m in r.mentions if m.first > p.index and r.segs[m.first] <= seg + 1]


ANIMALS = _words(
    "birds bird poultry chickens chicken ducks geese pigs pig cattle cows animals sheep flocks fowl"
)


ABSTRACT = _words(
    "scandal scandals crisis crises recession downturn slump sanctions row controversy allegations "
    "criticism rumours rumors challenge bid corruption poverty crime disease terrorism inflation drugs "
    "trafficking unemployment hunger pollution racism discrimination impunity fraud graft tension "
    "tensions uncertainty fears concerns debt deficit costs losses"
)
"""What acts on no one by force: "the scandal hit the government", "fight corruption"."""


HAZARDS = _words(
    "earthquake earthquakes quake quakes tremor tremors aftershock aftershocks storm storms typhoon typhoons "
    "hurricane hurricanes cyclone cyclones tornado tornadoes flood floods flooding tsunami landslide "
    "landslides mudslide mudslides avalanche avalanches drought heatwave blizzard snowstorm snow rains "
    "downpour downpours lightning wildfire wildfires blaze blazes eruption volcano famine epidemic "
    "pandemic outbreak virus disease diseases illness cancer cholera malaria flu influenza pneumonia "
    "tuberculosis crash crashes accident accidents collision derailment stampede heat cold weather temblor "
    "temblors failure malfunction breakdown fault bird-flu strain strains snowfall snowfalls rainfall "
    "snowstorms rainstorm rainstorms gales winds frost"
)
"""Causes of death and damage that are nobody's act: what they do is OTHER, not ASSAULT."""


MARKET = _words(
    "shares share stocks stock prices price index indices indexes market markets currency dollar euro "
    "yen yuan rupee peso rouble ruble sterling oil crude gold bonds bond yields inflation economy output "
    "exports imports gdp growth unemployment sales profit profits revenue revenues earnings nikkei dow "
    "nasdaq ftse dax futures commodities"
)
"""Subjects of market and economic moves ("shares fell", "the index tumbled", "prices hit a high")."""


DISMISSING = _words("dismiss sack fire axe relieve remove oust replace")


STAFF = _words(
    "minister ministers coach manager chief director head commander governor general officials official "
    "workers employees staff players ambassador judge prosecutor president premier secretary spokesman "
    "editor boss executive chairman aide aides adviser advisers deputy deputies cabinet government "
    "officer officers team"
)
"""Who is dismissed: a dismissal ("sacked its coach", "the minister was fired") is OTHER."""


UNDONE = frozenset(
    {Kind.ASSAULT, Kind.COERCE, Kind.RETREAT, Kind.CONCEDE, Kind.MOBILIZE, Kind.SANCTION, Kind.PROTEST}
)
"""Kinds a verb of motion or force has by its dictionary sense that a market move or a natural
hazard does not make ("shares retreated", "an earthquake struck")."""


WEAPONS = _words(
    "attack attacks bombing bombings shelling shellfire gunfire gunmen airstrike airstrikes strike "
    "strikes raid raids clashes fighting battle violence explosion blast bomb bombs mortar missile "
    "missiles rocket rockets shell shells ambush crossfire shooting shootings gunshot execution artillery "
    "tank tanks sniper snipers grenade grenades mortars drone drones torture beating beatings wounds "
    "stabbing bullet bullets gunmen attackers assailants clash combat war"
)
"""What a death or injury comes from when someone did it ("died in an air strike")."""


AUXILIARIES = _words("has have had was were is are be been being will would 's also reportedly")


def subject_window(r: SentenceReading, p: Predicate) -> list[str]:
    """The words before ``p`` in its clause; for a participle after a comma ("..., killing 200
    people"), the clause before it, whose subject acts."""
    seg = r.segs[p.index]
    if not p.finite and p.index > 0 and r.lows[p.index - 1] == ",":
        seg -= 1
    start = p.index
    while start > 0 and r.segs[start - 1] >= seg:
        start -= 1
    return r.lows[start : p.index]


def cause_window(r: SentenceReading, p: Predicate) -> list[str]:
    out = []
    for w in r.lows[p.index + 1 : p.index + 9]:
        if w in (",", ";", ".", "and", "but", "after", "while", "when"):
            break
        out.append(w)
    return out


PREPOSITIONS = _words("in at near outside inside into from to on of by with for over under across behind")


OBJECT_ENDS = frozenset(
    ["as", "and", "but", "who", "which", "that", "after", "before", "against", "between", "among",
     "during", "despite", "towards", "toward", "while", "when", ",", ";", ".", ":"]
)  # fmt: skip


def object_head(r: SentenceReading, p: Predicate) -> str:
    """The head noun of the verb's object: its last word before a preposition or clause end
    ("dismissed its finance minister" -> minister; "an appeal from the president" -> appeal)."""
    head = ""
    for w in r.lows[p.index + 1 : p.index + 7]:
        if w in PREPOSITIONS or w in OBJECT_ENDS:
            break
        head = w
    return head


OPENERS = _words("after before during following since as when while if although though despite amid")


def _before_apposition(r: SentenceReading, start: int, noun_phrase: list[str]) -> list[str]:
    """ "Hurricane Katrina, which pummelled ...", "Another typhoon, Cimaron, hit ...": the noun
    phrase before the comma is the subject's; not a fronted phrase ("After the floods, troops ...")."""
    own = [w for w in noun_phrase if w != ","]
    if not (
        own[:1] in (["which"], ["that"]) or (len(own) <= 2 and "," in r.lows[max(0, start - 2) : start + 1])
    ):
        return noun_phrase
    window = r.lows[max(0, start - 6) : start]
    if (OPENERS | PREPOSITIONS) & set(window) - {"of"}:
        return noun_phrase
    return [*window, *noun_phrase]


_PLAIN_KINDS = frozenset([None, Kind.STATEMENT, Kind.OTHER])
"""Kinds no natural hazard, market move or accident takes away (none of them is in :data:`UNDONE`)."""


def by_nobody(r: SentenceReading, p: Predicate, k: Kind | None) -> bool:
    """Whether the act ``p`` tells is done by no one: a natural hazard, an illness or an accident,
    a market move, a death with no attack named, a dismissal."""
    if k in _PLAIN_KINDS and p.lemma not in DISMISSING:
        return False  # (every test below needs another kind, or a verb of dismissing)
    subject = subject_window(r, p)
    cause = cause_window(r, p)
    # the subject's own noun phrase: "a car bomb near a market" is a bomb, not a market ("the
    # same kind of bird flu" is flu: "of" stays in it)
    noun_phrase = next(
        (subject[:i] for i, w in enumerate(subject) if w in PREPOSITIONS and w != "of"), subject
    )
    noun_phrase = _before_apposition(r, p.index - len(subject), noun_phrase)
    if k in UNDONE and MARKET & set(noun_phrase[-4:]):
        return True  # "shares retreated", "oil prices hit a record"
    head = [w for w in noun_phrase if w not in AUXILIARIES][-1:]
    hazard = HAZARDS & set(noun_phrase[-4:]) or head in (["fire"], ["fires"])
    if k not in (None, Kind.STATEMENT, Kind.OTHER) and hazard and not WEAPONS & set(noun_phrase[-4:]):
        return True  # "an earthquake struck", "floods killed 40 people", "the quake jolted Japan"
    if k in (Kind.ASSAULT, Kind.COERCE):
        if (ANIMALS & set(noun_phrase[-3:]) and p.passive) or (
            not p.passive and object_head(r, p) in ANIMALS
        ):
            return True  # "the birds were slaughtered", "culled 2,000 chickens"
        if p.passive and HAZARDS & set(cause) and not WEAPONS & set(cause):
            return True  # "were killed in a car crash"
        if ABSTRACT & set(noun_phrase[-4:]) and not WEAPONS & set(noun_phrase[-4:]):
            return True  # "the scandal hit the government", "sanctions hit the economy"
        agent = cause[cause.index("by") + 1 :] if p.passive and "by" in cause else []
        if p.passive and cause[:1] == ["with"]:
            agent = cause[1:]  # "were hit with costs of 75 billion dollars"
        if (ABSTRACT | HAZARDS | MARKET) & set(agent[:4]) and not WEAPONS & set(agent[:4]):
            return True  # "was hit hard by the sanctions"
    if p.lemma in DISMISSING and not {"coup", "putsch", "junta", "rebels", "uprising"} & set(subject):
        if not p.passive and p.lemma == "fire" and cause[:1] and cause[0] in ("on", "at", "upon", "into"):
            return False  # "fired on protesters"
        objects = object_mentions(r, p)[:1] if not p.passive else []
        if p.passive:
            return bool(STAFF & set(subject[-3:])) or any(
                m.kind in ("person", "official") and m.last < p.index and m.last >= p.index - 4
                for m in r.mentions
            )
        return object_head(r, p) in STAFF or any(
            m.kind in ("person", "official") and m.first <= p.index + 3 for m in objects
        )
    return False
