"""What kind of event one verb names, looking at its object where the verb alone does not say.

The verb lexicon (lexicon.py, from CAMEO) gives a verb's usual kind; news prose leans on
generic verbs whose object carries the meaning ("staged rallies", "announced a suspension of
air links", "launched an investigation"), and on a few verb + object pairs that PLOVER codes
apart from the verb ("blocked roads" is a protest, "expelled diplomats" a sanction). These
tables are hand-written from the PLOVER category definitions.
"""

from __future__ import annotations

from enum import Enum
from itertools import pairwise

from timeline_app.core.extract.agency import (
    ABSTRACT,
    PREPOSITIONS,
    WEAPONS,
    by_nobody,
    cause_window,
    object_head,
    object_mentions,
    subject_window,
)
from timeline_app.core.extract.agency import HAZARDS as HAZARDS
from timeline_app.core.extract.agency import MARKET as MARKET
from timeline_app.core.extract.clauses import Predicate
from timeline_app.core.extract.reading import SentenceReading
from timeline_app.core.model import Kind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _table(spec: dict[Kind, str]) -> dict[str, Kind]:
    return {word: kind for kind, words in spec.items() for word in words.split()}


NOUN_KINDS = _table(
    {
        Kind.CONSULT: "welcome talks talk discussions discussion negotiations negotiation meeting meetings "
        "consultations summit visit call conversation dialogue session mediation",
        Kind.ASSAULT: "attack attacks offensive strike strikes raid raids assault bombing shelling invasion "
        "fire artillery bombardment airstrike airstrikes massacre cleansing fighting clashes battle battles "
        "hostilities violence drones missiles rockets",
        Kind.PROTEST: "riot riots unrest protest protests demonstration demonstrations rally rallies march "
        "marches hunger sit-in boycott walkout signatures petition",
        Kind.MOBILIZE: "exercises drills maneuvers manoeuvres mobilization alert patrols reinforcements",
        Kind.REQUEST: "demand demands appeal appeals request requests call calls plea reminder",
        Kind.THREATEN: "ultimatum threat threats warning countermeasures retaliation reprisals",
        Kind.ACCUSE: "investigation investigations probe inquiry hearing complaint accusation accusations "
        "charges lawsuit allegations inspectors investigators",
        Kind.SANCTION: "sanctions embargo suspension boycott",
        Kind.RETREAT: "ceasefire truce cease-fire withdrawal amnesty",
        Kind.AGREE: "agreement accord deal consensus formula pledge promise offer",
        Kind.COERCE: "curfew blockade blackout crackdown siege ban arrests",
        Kind.AID: "aid assistance relief",
    }
)
NOUN_KINDS["strike"] = Kind.PROTEST  # a general strike; an air strike is "airstrike" or "strikes" with fire
GENERIC_VERBS = _words(
    "hold conduct engage have stage launch carry make give begin start resume issue announce continue "
    "organize organise lodge file open complete undertake renew reiterate mount declare impose call "
    "express voice resort reach press insist order dispatch send converge gather assemble take"
)
LODGE_VERBS = _words("lodge file register")
SANCTION_VERBS = _words(
    "suspend halt cut reduce freeze sever break cancel recall stop end downgrade prohibit deny close shut "
    "revoke"
)
SANCTION_OBJECTS = _words(
    "aid assistance ties relations links talks negotiations mediation supplies cooperation visit program "
    "programme deliveries contacts flights ambassador envoy trade imports exports loans funding entry visas "
    "consulate consulates embassy embassies mission airspace"
)
EXPEL_OBJECTS = _words("diplomats diplomat ambassador envoy inspectors observers monitors peacekeepers")
BLOCK_OBJECTS = _words("road roads street streets bridge highway highways traffic transport entrance")
RETREAT_LIFT = _words("blockade blockades siege sieges sanctions embargo embargoes")
EASE_OBJECTS = _words("curfew emergency restrictions ban measures")
GIVING = _words("give grant donate deliver send supply provide hand ship airlift offer")
AID_OBJECTS = _words(
    "aid assistance asylum medicine medicines food supplies relief grain flour dollars loan loans grant arms "
    "weapons equipment goods"
)
TROOPS = _words("forces troops presence army units soldiers contingent garrison")
STRONGHOLDS = _words(
    "village villages town towns city stronghold strongholds base bases positions territory area hill "
    "airport part control"
)
DEPLOYING = _words("send dispatch deploy move station position order")
WARSHIPS = _words(
    "warships warship ships destroyers carrier carriers submarines jets bombers fighters aircraft missiles "
    "battalions brigades divisions deployment"
)
ONGOING = _words("continue erupt intensify escalate resume spread happen occur rage persist")
RECEIVE = _words("receive host")
SEIZE = _words("seize capture take occupy retake")
_SKIP = _words(
    "in the a an its their his her new further fresh formal official unilateral mass general de facto "
    "stern strong renewed up out on to of for into"
)


def object_words(r: SentenceReading, p: Predicate, n: int = 5) -> list[str]:
    """The first content words after the verb (articles and common adjectives skipped)."""
    out = []
    timed = r.time_tokens()
    for i, t in enumerate(r.tokens[p.index + 1 : p.index + 1 + n], p.index + 1):
        low = t.lower
        if low in (",", ";", ".", "that"):
            break
        if low.isalpha() and low not in _SKIP and i not in timed:  # "called Thursday on Arabs"
            out.append(low)
    return out


CONVERSE = _words("speak talk chat confer")
CONCEDED = _words("objection objections veto opposition demand demands claim claims condition conditions")
GIVE_UP = _words("drop abandon withdraw lift relinquish waive")
STRIKE_INTRANSITIVE = _words("for over against in on at across nationwide to until")
REPRESS = _words("prevent block ban disperse break stop suppress crush forbid prohibit outlaw")
PROTEST_NOUNS = _words(
    "demonstration demonstrations protest protests rally rallies march marches sit-in strike"
)


def _before_purpose(r: SentenceReading, p: Predicate, verb: str) -> bool:
    """ "opened fire to disperse ...": the verb's purpose clause within a few words."""
    window = r.lows[p.index + 1 : p.index + 6]
    return any(a == "to" and b == verb for a, b in pairwise(window))


def _fights_someone(r: SentenceReading, p: Predicate) -> bool:
    """ "fought against the rebels", "battled government troops": an armed opponent is named."""
    window = r.lows[p.index + 1 : p.index + 7]
    if COMBATANTS & set(window) or WEAPONS & set(window):
        return True
    return any(
        m.first <= p.index + 4 and m.kind in ("country", "org", "group", "person", "unknown")
        for m in object_mentions(r, p)
    )


def _next_word(r: SentenceReading, p: Predicate) -> str:
    """The word after the verb, time expressions and adverbs skipped ("called on Sunday for")."""
    timed = r.time_tokens()
    for i in range(p.index + 1, len(r.lows)):
        if i not in timed and r.lows[i] not in ("again", "also", "repeatedly", "publicly", "today"):
            return r.lows[i]
    return ""


def _purpose(r: SentenceReading, p: Predicate) -> str:
    """The verb of the purpose clause of ``p`` in its clause ("sent experts to Bosnia on Monday to
    investigate ..." -> investigate), or ""."""
    verbs = {q.index: q.lemma for q in r.preds}
    for i in range(p.index + 1, min(len(r.lows) - 1, p.index + 16)):
        if r.lows[i] in (",", ";", ".", "that", "which", "who"):
            return ""
        if r.lows[i] == "to" and i + 1 in verbs:
            return verbs[i + 1]
    return ""


VISITORS = _words("leaders ministers delegation delegations counterparts officials envoys president premier")
HAND_BACK = _words("hand return release free repatriate swap exchange")
CAPTIVES = _words("hostages hostage prisoners prisoner detainees captives bodies remains")
JUDGE = _words("call describe brand label term deem")
BAD_WORDS = _words(
    "unacceptable outrageous irresponsible provocative dangerous illegal unlawful shameful absurd baseless "
    "hostile reckless"
)
GOOD_WORDS = _words("historic constructive productive positive excellent useful successful important")
GROW = _words("expand increase boost deepen broaden widen extend improve enhance raise")
TIES = _words("cooperation ties relations links trade partnership contacts dialogue exchanges collaboration")
UNDER_WAY = _words("begin start resume expire collapse")
PROTESTERS = _words("protesters protestors demonstrators marchers rioters strikers")
GATHER = _words("gather assemble rally march converge flood fill take chant stage hold")


VICTIMS = _words(
    "protesters protestors demonstrators detainees prisoners journalists civilians students people man men "
    "woman women him her them villagers reporters activists"
)
OPTIONS = _words("ways way possibility possibilities options option feasibility means how whether")
FAULTS = _words(
    "charge charges guilt responsibility mistake mistakes wrongdoing error errors involvement blame fault "
    "defeat liability"
)
PHYSICAL = _words(
    "building buildings car cars vehicle vehicles bridge hole holes wall walls door tunnel pipeline bus "
    "convoy truck trucks train house houses home homes station post checkpoint base bases positions rock"
)
BARGAINS = _words("deal deals agreement accord bargain compromise truce")
MARKS = _words(
    "tone note chord pose balance record records high highs low lows peak bottom winner goal goals "
    "century half-century six sixes homer"
)
VERBAL_ATTACKS = _words("attack assail blast hammer slam shoot savage criticise criticize")
DISCOURSE = _words(
    "plan plans policy policies decision decisions proposal proposals remarks remark comments comment "
    "statement statements budget bill bills law laws reform reforms handling record stance move moves "
    "idea ideas report reports approach response strategy resolution ruling verdict speech claims claim "
    "idea programme program measures measure"
)
"""What is attacked in words: "attacked the plan" is criticism, not violence."""
POLITICAL = _words(
    "party parties conservatives tories labour liberals democrats republicans socialists government "
    "opposition critics rivals rival administration leadership media press newspaper newspapers "
    "ministers cabinet"
)
"""Who is attacked in words when no weapon, victim or fighter is told."""
CASUALTIES = _words("killed killing dead died wounded injured injuring casualties deaths hurt")
CAPTIVITY = _words("hostage hostages captive captives shield shields incommunicado")
MEETINGS = _words("conference talks meeting meetings summit negotiations forum session consultations")
SHARED = _words("intelligence information evidence data experience expertise technology")
CROSSINGS = _words(
    "border borders bridge crossing crossings frontier checkpoint checkpoints airspace corridor"
)
PROBING = ("investigate", "probe", "inspect", "examine", "verify", "assess")
PEACEKEEPING = _words("peacekeeping peacekeepers peace-keeping peace-keepers blue-helmets")
COMBATANTS = _words(
    "rebels militants insurgents forces troops army fighters militia militias guerrillas enemy invaders"
)


FACING = _words("face confront encounter approach")
"""Verbs CAMEO files under meeting that news prose uses for a test, a task or a ball faced."""
FAULTS_FACED = _words(
    "charges charge trial investigation inquiry probe questioning prosecution lawsuit accusations"
)
CARE = _words("hospital hospitals ambulance clinic clinics infirmary")
DOCUMENTS = _words(
    "report reports items figures data statement statements results details list findings document "
    "documents text video footage photos pictures transcript survey study book guidelines communique"
)
STORM_WORDS = _words("a the another tropical severe winter heavy major snow dust rain ice fierce powerful")
SECURITY = _words("police policemen policewomen guards gendarmes officers security riot")
INTENT_ADJECTIVES = _words("ready willing prepared eager determined")
TALLIES = _words(
    "points rebounds assists percent pct per-cent goals wickets medals medal crown title titles trophy "
    "cup championship championships pole laps strokes"
)
"""What a player or a market scores: the object of a verb of force or help told as a tally."""
TALLIED = frozenset(
    {
        Kind.ASSAULT,
        Kind.COERCE,
        Kind.AID,
        Kind.COOPERATE,
        Kind.MOBILIZE,
        Kind.RETREAT,
        Kind.CONCEDE,
        Kind.STATEMENT,
    }
)
"""Kinds of verbs that a tally turns into a plain act; not asking for one ("demand a 75 percent raise")."""


def _per_day(r: SentenceReading, p: Predicate) -> bool:
    """ "15,000 barrels a day": a quantity per day, week or year after the verb (a rate, an output)."""
    window = [*r.lows[p.index + 1 : p.index + 10], "."]
    return any(
        a in ("a", "per", "each", "every")
        and b in ("day", "week", "month", "year", "hour")
        and c not in ("ago", "earlier", "later", "after", "before", "since")  # "a month ago"
        for a, b, c in zip(window, window[1:], window[2:], strict=False)
    )


def predicate_kind(r: SentenceReading, p: Predicate) -> Kind | None:
    """The kind of the event one verb tells (worked out once per verb: several steps ask)."""
    return r.per_verb(_verb_kind, p)


def _verb_kind(r: SentenceReading, p: Predicate) -> Kind | None:
    if p.lemma == "die":
        cause = set(cause_window(r, p))
        # "died in an air strike" tells an attack; "died of cancer", "died in a crash" do not
        return Kind.ASSAULT if WEAPONS & cause and not {"heart", "natural"} & cause else Kind.OTHER
    k = _predicate_kind(r, p)
    if by_nobody(r, p, k):
        return Kind.OTHER
    return k


class _Undecided(Enum):
    """A group of rules that did not match: the next group decides."""

    NEXT = 0


_NEXT = _Undecided.NEXT
_Verdict = Kind | None | _Undecided


def _predicate_kind(r: SentenceReading, p: Predicate) -> Kind | None:
    """The kind one verb tells, read from its idiom, its surroundings, its object and its lexicon entry."""
    words = object_words(r, p)
    head = words[0] if words else ""
    nxt = r.lows[p.index + 1] if p.index + 1 < len(r.lows) else "."
    for rules in (
        _figurative_kind,
        _surroundings_kind,
        _particle_or_object_kind,
        _started_event_kind,
        _measure_kind,
        _named_event_kind,
    ):
        k = rules(r, p, words, head, nxt)
        if k is not _NEXT:
            return k
    return _hosted_seized_or_patterned_kind(r, p, words, head)


def _figurative_kind(r: SentenceReading, p: Predicate, words: list[str], head: str, nxt: str) -> _Verdict:
    """Verbs said in a figure or an idiom: "struck a deal", "hit out at", "fight corruption"."""
    lemma = p.lemma
    if (
        not p.finite
        and p.index > 2
        and r.lows[p.index - 2 : p.index] in [[w, "to"] for w in INTENT_ADJECTIVES]
        and r.lows[p.index - 3] in ("be", "is", "are", "was", "were", "not", "'s", "am", "been")
    ):
        return Kind.AGREE  # "would be ready to host talks": an intent, CAMEO's 03x (PLOVER AGREE)
    if lemma in ("strike", "hit") and object_head(r, p) in BARGAINS:
        return Kind.AGREE  # "struck a deal"
    if lemma in ("strike", "hit", "smash") and object_head(r, p) in MARKS:
        return Kind.OTHER  # "struck a conciliatory tone", "hit a record high"
    if p.kind in TALLIED and (object_head(r, p) in TALLIES or words[:1] in (["percent"], ["points"])):
        return Kind.OTHER  # "grabbed 11 rebounds", "shot 37 percent", "captured the season crown"
    if p.kind in (Kind.COERCE, Kind.ASSAULT) and _per_day(r, p):
        return Kind.OTHER  # "capture 15,000 barrels of oil a day": an output, not a seizure
    if lemma in ("hit", "lash") and nxt == "out":
        return Kind.ACCUSE  # "hit out at", "lashed out against"
    if lemma == "storm" and nxt in ("out", "off"):
        return Kind.OTHER  # "stormed out of the meeting"
    if lemma in ("blast", "slam", "savage", "assail", "lambast") and object_head(r, p) not in PHYSICAL:
        return Kind.ACCUSE  # "blasted the Liberal party", "slammed Washington": words, not bombs
    if lemma == "hammer" and nxt == "out":
        return Kind.AGREE if object_head(r, p) in BARGAINS else Kind.CONSULT  # "hammer out a deal"
    if (
        lemma in ("attack", "assail")
        and object_head(r, p) in POLITICAL
        and not (WEAPONS | CASUALTIES | COMBATANTS) & set(r.lows)
    ):
        return Kind.ACCUSE  # "Blair attacked the ruling Conservatives": words, no weapon or victim told
    if lemma in VERBAL_ATTACKS and object_head(r, p) in DISCOURSE:
        if lemma == "shoot" and nxt == "down":
            return Kind.REJECT  # "shot down the proposal"
        return Kind.ACCUSE  # "attacked the government's plan", "slammed the decision"
    if lemma in ("fight", "combat", "battle", "tackle") and (
        object_head(r, p) in ABSTRACT
        or (
            set(r.lows[p.index + 1 : p.index + 3]) & {"off", "against"}
            and (ABSTRACT & set(r.lows[p.index + 1 : p.index + 5]))
        )
    ):
        return Kind.OTHER  # "fight corruption", "fought off a challenge"
    if lemma in ("investigate", "explore", "study") and object_head(r, p) in OPTIONS:
        return Kind.OTHER  # "investigating ways to improve capacity": no inquiry into wrongdoing
    if lemma in ("fight", "battle", "combat", "struggle") and nxt == "against" and not _fights_someone(r, p):
        return Kind.OTHER  # "every league fights against it", "fight against poverty"
    if lemma in ("admit", "acknowledge", "accept") and object_head(r, p) in FAULTS:
        return Kind.CONCEDE  # "admitted the charge", "accepted responsibility": PLOVER's concession
    if lemma == "clash" and nxt in ("over", "about", "on") and not CASUALTIES & set(r.lows):
        return Kind.ACCUSE  # "clashed over the budget": a dispute in words
    if lemma == "be" and nxt == "due" and r.lows[p.index + 2 : p.index + 3] in (["in"], ["at"]):
        return Kind.CONSULT  # "the envoy is due in Beirut on Monday": a visit
    return _NEXT


def _surroundings_kind(r: SentenceReading, p: Predicate, words: list[str], head: str, nxt: str) -> _Verdict:
    """Verbs the words around them decide: with whom one talks, who gathered, what a team was sent for."""
    lemma = p.lemma
    if lemma in CONVERSE and (
        "with" in r.lows[p.index + 1 : p.index + 4] or {"phone", "telephone"} & set(words)
    ):
        return Kind.CONSULT  # "spoke by phone with", "talked with": a conversation, not a statement
    if lemma == "strike" and nxt.isalpha() and nxt not in STRIKE_INTRANSITIVE:
        return Kind.ASSAULT  # "struck energy facilities"; workers who strike "for" or "over" protest
    if lemma in GROW and p.kind is Kind.COOPERATE and not TIES & set(words[:4]):
        return None  # "expanded its stock of uranium": CAMEO's "expand" is expanding cooperation
    if lemma in GATHER and PROTESTERS & set(r.lows[max(0, p.index - 4) : p.index]):
        return Kind.PROTEST  # "protesters gathered outside the embassy": a demonstration, not a meeting
    if lemma in REPRESS and PROTEST_NOUNS & set(words[:4]):
        return Kind.COERCE  # "prevented the demonstration", "broke up the rally": repression (CAMEO 17)
    if _before_purpose(r, p, "disperse"):
        return Kind.COERCE  # "opened fire to disperse demonstrators"
    if lemma in ("violate", "break", "breach") and {"ceasefire", "truce", "cease-fire"} & set(words[:3]):
        return Kind.ASSAULT  # CAMEO 196, "violate ceasefire"
    if lemma == "commit" and "to" not in r.lows[p.index + 1 : p.index + 4]:
        return None  # "crimes committed by", "committed suicide"; "committed to talks" is a pledge
    if p.passive and _to_care(r, p) and p.kind not in (Kind.ASSAULT, None):
        return Kind.OTHER  # "were admitted to hospitals", "was airlifted to a waiting ambulance"
    if lemma in ("release", "publish", "issue", "distribute") and DOCUMENTS & (
        set(words[:3]) | (set(r.lows[max(0, p.index - 4) : p.index]) if p.passive or not p.finite else set())
    ):
        return Kind.STATEMENT  # "released a report", "news items released by Xinhua": no captive freed
    if (
        lemma == "arm"
        and r.lows[p.index] == "armed"
        and nxt not in ("with", "the", "them", "its", "their", "his")
    ):
        return None  # "660 armed forces", "armed men": the adjective, not arming someone
    if lemma == "storm" and p.index > 0 and r.lows[p.index - 1] in STORM_WORDS:
        return None  # "Tropical storm Durian has entered ...": the noun, not the verb
    if lemma == "deploy" and p.passive and (TROOPS | SECURITY) & set(subject_window(r, p)):
        return Kind.MOBILIZE  # "2,300 policemen will be deployed"
    if lemma == "blow" and {"themselves", "himself", "herself"} & set(r.lows[p.index + 1 : p.index + 3]):
        return Kind.ASSAULT  # "two suicide bombers blew themselves up in a mosque"
    named = p.index + 1 < len(r.tokens) and r.tokens[p.index + 1].text[:1].isupper()
    if lemma in FACING and p.kind is Kind.CONSULT and not named and not _partnered(r, p):
        return (
            Kind.ACCUSE if {"charges", "charge", "trial"} & set(words[:3]) else None
        )  # "faces his first test"
    if lemma == "follow" and r.lows[p.index] == "following":
        return None  # "exposed to radiation following the fire and blast": a time, not an attack
    if lemma == "expose" and nxt == "to":
        return Kind.OTHER  # "workers exposed to radiation", "exposed to the risk"
    if lemma == "bind" and nxt in ("for", "to"):
        return None  # "a flight bound for Paris", "is bound to fail"
    if lemma == "link" and nxt in ("to", "with"):
        return None  # "a body linked to the OAU": what it is, not what it did
    if lemma == "share" and SHARED & set(words[:3]):
        return Kind.COOPERATE  # "shared intelligence with", "share information"
    if lemma == "open" and CROSSINGS & set(words[:3]):
        return Kind.RETREAT  # "opened its borders", "reopened the crossing": a blockade eased
    if lemma in ("send", "dispatch", "deploy") and _purpose(r, p) in PROBING:
        return Kind.ACCUSE  # "sent a team to investigate": an investigation (PLOVER INVESTIGATE)
    if lemma in ("arrive", "deploy", "send", "dispatch") and PEACEKEEPING & set(
        r.lows[max(0, p.index - 5) : p.index + 6]
    ):
        return Kind.AID  # peacekeepers arriving or sent: PLOVER's AID includes peacekeeping
    if lemma == "hang" and r.lows[p.index] != "hanged":
        return None  # "a picture was hung", "paintings hanging on the wall"; the hanged are executed
    return _NEXT


def _particle_or_object_kind(
    r: SentenceReading, p: Predicate, words: list[str], head: str, nxt: str
) -> _Verdict:
    """Verbs a particle or a first object decides: "take part in", "crack down", "freed 50 prisoners"."""
    lemma = p.lemma
    if lemma == "take" and head == "part":
        return Kind.CONSULT if MEETINGS & set(words[:5]) else None  # "take part in the conference"
    if lemma == "kill" and nxt in ("himself", "herself", "themselves", "itself"):
        return Kind.OTHER  # a suicide is nobody's attack on someone
    if lemma == "hold" and CAPTIVITY & set(r.lows[p.index + 1 : p.index + 10]):
        return Kind.COERCE  # "held two engineers hostage", "holding civilians as human shields"
    if lemma == "crack" and nxt == "down":
        return Kind.COERCE  # "cracked down on dissent"
    if lemma == "defeat" and object_head(r, p) in COMBATANTS:
        return Kind.ASSAULT  # "defeated the rebels"; not "defeated the champion" or "the bill"
    if lemma == "beat" and (nxt == "up" or object_head(r, p) in VICTIMS):
        return Kind.ASSAULT  # "beat up detainees", "beat protesters"; not "beat the champions"
    if lemma == "vote" and nxt == "against":
        return Kind.REJECT  # "voted against the resolution"
    if lemma in HAND_BACK and CAPTIVES & set(words[:4]):
        return Kind.RETREAT  # "handed over the remains of two hostages", "freed 50 prisoners"
    if lemma in JUDGE and (BAD_WORDS | GOOD_WORDS) & set(r.lows[p.index + 1 : p.index + 7]):
        # "called the remarks unacceptable", "called the deal historic"
        return Kind.ACCUSE if BAD_WORDS & set(r.lows[p.index + 1 : p.index + 7]) else Kind.SUPPORT
    if lemma in GIVE_UP and CONCEDED & set(words[:3]):
        return Kind.CONCEDE  # "dropped its objections", "lifted its veto"
    return _NEXT


def _started_event_kind(r: SentenceReading, p: Predicate, words: list[str], head: str, nxt: str) -> _Verdict:
    """A truce taking effect, a treaty coming into force, a war under way, a meeting taking place: the
    kind of the noun before; a meeting ending with an agreement."""
    lemma = p.lemma
    if lemma in ("end", "conclude", "close", "wrap") and BARGAINS & set(_after_with(r, p)):
        return Kind.AGREE  # "the summit wrapped up on Friday with an agreement on ..."
    into_force = lemma in ("come", "enter") and "force" in r.lows[p.index + 1 : p.index + 5]
    if (
        (lemma == "take" and head in ("effect", "place"))
        or into_force
        or (lemma in UNDER_WAY and p.kind in (None, Kind.OTHER))
    ):
        for k in range(p.index - 1, -1, -1):  # "the truce is due to take effect", "the ceasefire that began"
            low = r.lows[k]
            if low in NOUN_KINDS:
                return NOUN_KINDS[low]
            if low in (",", ";") or (low in ("that", "which") and k != p.index - 1):
                break
    return _NEXT


def _to_care(r: SentenceReading, p: Predicate) -> bool:
    """ "admitted to hospitals", "airlifted off the mountain to a waiting ambulance", "in hospital"."""
    window = r.lows[p.index + 1 : p.index + 10]
    return any(
        w in CARE and {"to", "in", "at"} & set(window[max(0, i - 3) : i]) for i, w in enumerate(window)
    )


def _after_with(r: SentenceReading, p: Predicate) -> list[str]:
    """The three words after "with" in the verb's clause ("ended with an agreement")."""
    window = r.lows[p.index + 1 : p.index + 9]
    for i, w in enumerate(window):
        if w in (",", ";", "."):
            return []
        if w == "with":
            return window[i + 1 : i + 4]
    return []


def _measure_kind(r: SentenceReading, p: Predicate, words: list[str], head: str, nxt: str) -> _Verdict:
    """Verbs whose object names a measure: sanctions, concessions, requests, troops moved, aid given."""
    lemma = p.lemma
    if lemma in LODGE_VERBS and ({"protest", "complaint"} & set(words)):
        return Kind.ACCUSE  # an official complaint, not a street protest
    if lemma in SANCTION_VERBS and SANCTION_OBJECTS & set(words[:3]):
        return Kind.SANCTION
    if lemma == "expel" and EXPEL_OBJECTS & set(words[:3]):
        return Kind.SANCTION
    if lemma == "block" and BLOCK_OBJECTS & set(words[:3]):
        return Kind.PROTEST
    if lemma in ("lift", "ease", "end", "cancel", "shorten", "relax") and EASE_OBJECTS & _wide_object(r, p):
        return Kind.CONCEDE  # easing restrictions on the population (CAMEO 081)
    if lemma in ("lift", "ease", "end") and RETREAT_LIFT & set(words[:3]):
        return Kind.RETREAT
    if lemma in ("receive", "admit", "allow", "accept") and EXPEL_OBJECTS & set(words[:4]):
        return Kind.RETREAT  # receiving inspectors or peacekeepers (CAMEO 086)
    if lemma == "accept" and {"demands", "demand", "conditions", "terms"} & set(words[:3]):
        return Kind.CONCEDE
    if lemma == "call" and words[:1] == ["off"]:
        return Kind.CONCEDE  # "called off the strike"
    if lemma == "call" and _next_word(r, p) in ("for", "on", "upon"):  # "called Thursday for talks"
        return Kind.REQUEST
    if lemma == "withdraw" and (EXPEL_OBJECTS | {"aid", "support", "funding"}) & set(words[:3]):
        return Kind.SANCTION
    if lemma == "summon" and {"ambassador", "envoy", "diplomat", "charge"} & set(words[:4]):
        return Kind.ACCUSE  # an official complaint
    if lemma in ("strengthen", "reinforce", "boost", "increase", "mass") and TROOPS & set(words[:4]):
        return Kind.MOBILIZE
    if lemma in DEPLOYING and (TROOPS | WARSHIPS) & set(words[:4]):
        return Kind.MOBILIZE  # "sent eight warships to the region", "deployed troops along the coast"
    if lemma == "seek" and {"refuge", "asylum", "help", "aid", "support", "talks", "assistance"} & set(
        words[:3]
    ):
        return Kind.REQUEST
    if lemma == "set" and words[:1] == ["fire"]:
        return Kind.COERCE
    if lemma in GIVING and AID_OBJECTS & _wide_object(r, p):
        return Kind.AID
    return _NEXT


def _wide_object(r: SentenceReading, p: Predicate) -> set[str]:
    """The first nine content words after the verb (made only for the verbs that ask)."""
    return set(object_words(r, p, 9))


def _named_event_kind(r: SentenceReading, p: Predicate, words: list[str], head: str, nxt: str) -> _Verdict:
    """Generic or ongoing verbs: the event a nearby noun names ("the riots are continuing", "held talks")."""
    lemma = p.lemma
    if lemma in ONGOING and p.kind in (None, Kind.OTHER):
        # "Palestinian riots ... are still continuing": the subject names the event
        for t in reversed(r.tokens[: p.index]):
            if t.lower in NOUN_KINDS:
                return NOUN_KINDS[t.lower]
            if t.lower in (",", ";", "that"):
                break
    if lemma in GENERIC_VERBS or p.kind in (None, Kind.OTHER, Kind.STATEMENT):
        for w in words[:3]:
            if w in ("without", "no"):
                break  # "ended without a deal", "made no agreement": what did not happen
            if w in NOUN_KINDS and not (lemma in ("announce", "declare", "issue") and w in ("agreement",)):
                return NOUN_KINDS[w]
    return _NEXT


def _hosted_seized_or_patterned_kind(
    r: SentenceReading, p: Predicate, words: list[str], head: str
) -> Kind | None:
    """Hosting visitors is a meeting, taking a town is force; else the lexicon's pattern, else p.kind."""
    lemma = p.lemma
    if lemma in RECEIVE:
        objs = object_mentions(r, p)
        if objs and objs[0].kind in ("person", "official", "org", "country"):
            return Kind.CONSULT
        return Kind.CONSULT if VISITORS & set(words[:3]) else None  # "hosted 18 leaders"
    if lemma in SEIZE:
        objs = [  # its object, not a later place nor a modifier ("took the New York job")
            m
            for m in object_mentions(r, p)
            if m.first <= p.index + 3
            and not (
                m.last < len(r.lows)
                and r.lows[m.last].isalpha()
                and r.tokens[m.last].text[:1].islower()
                and r.lows[m.last] not in PREPOSITIONS
            )
        ]
        if (objs and objs[0].kind in ("city", "region", "place", "country")) or head in STRONGHOLDS:
            return Kind.ASSAULT  # a town taken in battle is military force, not confiscation
        return p.kind if lemma != "take" else None
    from timeline_app.core.extract.lexicon import lexicon

    patterned = lexicon().pattern(lemma, head) if head else None
    if lemma == "head" and r.lows[p.index + 1 : p.index + 2] in (["for"], ["to"], ["home"], ["back"]):
        return Kind.CONSULT if _envoy(r, p) else None  # "the premier headed for Luanda"
    if (
        lemma in GOING
        and {"for", "to"} & set(r.lows[p.index + 1 : p.index + 8])
        and MEETINGS & set(object_words(r, p, 8))
    ):
        return Kind.CONSULT  # "negotiators return to Geneva for talks", "flew to Oslo for a summit"
    if lemma in GOING and TROOPS & set(subject_window(r, p)[-4:]) and _next_word(r, p) not in ("on", "into"):
        return Kind.MOBILIZE  # "French troops arrived in Durres", "the troops had left Tarvik": troops moved
    if patterned is None and p.kind is Kind.CONSULT and lemma in GOING and not _envoy(r, p):
        return None  # "the slick will arrive at the city", "20,000 participants have arrived": no visit
    if patterned is None and p.kind in PARTNERED and not _partnered(r, p):
        return None  # "established seven groups", "contributed 14 points": no one helped or joined
    return patterned or p.kind


PARTNERED = frozenset({Kind.COOPERATE})
"""The kind CAMEO gives its broad verb block 060 ("establish", "merge", "control", "lead",
"pay") only when an actor is the partner: working with, funding or joining someone. Without one
named, the verb tells a plain act (PLOVER's OTHER)."""
BACKING = _words("support help assistance aid backing troops security cooperation ties relations")
PARTNER_KINDS = frozenset({"person", "official", "org", "group", "country", "seat"})


def _partnered(r: SentenceReading, p: Predicate) -> bool:
    """An actor the act is done with, for or to: named in the verb's object or after "with",
    "to" or "for" within its clause; for a passive, its subject ("Iraq was granted ...")."""
    if p.passive:
        return True
    window = r.lows[p.index + 1 : p.index + 9]
    if any(w in ("with", "between") for w in window) or (BACKING | TIES | COMBATANTS) & set(
        object_words(r, p)
    ):
        return True  # "boosted ties", "will give all necessary support to"
    return any(
        m.kind in PARTNER_KINDS and m.first <= p.index + 8 and r.lows[m.first - 1] not in PLACE_WORDS
        for m in object_mentions(r, p)
    )  # "controlled most of northern Chad": a territory, no partner


GOING = _words(
    "arrive go leave depart travel journey tour embark head fly come return gather assemble flock "
    "congregate converge cluster huddle"
)
"""Verbs CAMEO files under consultation (travelling to meet, gathering): a visit or a meeting only
when people who can meet do it."""
ENVOYS = _words(
    "leader leaders minister ministers delegation delegations counterpart counterparts official "
    "officials envoy envoys president presidents premier premiers diplomat diplomats ambassador "
    "ambassadors chancellor king queen prince pope secretary secretary-general mediator mediators "
    "negotiators representatives delegates emissary emissaries team inspectors monitors observers he "
    "she they we i chief chiefs head heads governor mayor pontiff cardinal"
)


def _envoy(r: SentenceReading, p: Predicate) -> bool:
    """Whether who goes or gathers is an actor (a name, an official, a delegation), not a thing or a
    crowd: "the minister arrived in Tokyo", "leaders gathered in Paris"."""
    subject = subject_window(r, p)
    start = p.index - len(subject)
    end = next((start + i for i, w in enumerate(subject) if w in PREPOSITIONS and w != "of"), p.index)
    if ENVOYS & set(r.lows[start:end]):
        return True  # not "the slick on the China river"
    return any(m.kind in PARTNER_KINDS and start <= m.first < end for m in r.mentions)


PLACE_WORDS = _words("in of at across from inside into throughout northern southern eastern western central")
