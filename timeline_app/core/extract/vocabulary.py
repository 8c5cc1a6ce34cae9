"""Word lists the name reader uses: connectors inside names, role titles, group nouns,
organisation heads, locative prepositions and words that start sentences."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CONNECTORS = _words("of the and for de al bin ibn van von der den del da di du dos la le on")

ROLE_WORDS = _words(
    "president minister secretary spokesman spokeswoman spokesperson envoy chief general staff "
    "ambassador chancellor premier governor mayor king queen prince emir sheikh commander leader "
    "chairman chairwoman chair head director deputy vice prime foreign defense defence interior state "
    "special presidential senior top former acting adviser advisor aide official officer "
    "representative negotiator senator congressman lawmaker speaker judge prosecutor general admiral "
    "colonel lieutenant captain sergeant marshal pope cardinal patriarch ayatollah attorney assistant "
    "undersecretary under counterpart counterparts finance economy trade national security military "
    "intelligence justice health energy press secretary-general director-general commander-in-chief crown "
    "regional provincial army navy police coast guard policy councilor councillor referee umpire umpires "
    "mp commissioner professor archbishop bishop reverend imam rabbi corporal lance brigadier major-general "
    "lieutenant-general brigadier-general champion coach manager striker midfielder defender goalkeeper "
    "skipper superintendent inspector detective dean ceo astronaut cosmonaut "
    "vice-president vice-chairman vice-premier vice-minister"
)

GROUP_WORDS = _words(
    "forces troops army military soldiers officials authorities government officers police "
    "representatives delegation negotiators diplomats leaders rebels militants fighters separatists "
    "ministry ministers lawmakers parliament protesters demonstrators students workers farmers "
    "prisoners side sides navy air guard guards units jets warplanes helicopters tanks artillery "
    "drones residents people population refugees opposition administration cabinet court courts "
    "police judge president prime minister sources media"
)

ORG_HEADS = _words(
    "ministry council party agency army forces front committee commission union organization branch "
    "organisation office department court parliament assembly government bank news novosti tass times "
    "post press institute university company corporation group brigade brigades movement alliance "
    "guard service services staff fund federation league authority bureau congress senate duma rada "
    "network channel television radio daily journal "
    # companies and institutions: a run of capitalised words ending so names a body, not a person
    # ("Vessland Telecom", "Grand Ocean Holdings", "Jakarta Stock Exchange", "Islamic Republic")
    "corp co inc ltd plc llc holdings airlines airways telecom telecommunications exchange republic "
    "association society foundation industries motors electronics petroleum "
    "command embassy secretariat cabinet club center centre laboratory hospital software management motor"
)

LOCATIVE = _words("in at near outside inside from into to across around toward towards")

SENTENCE_STARTERS = _words(
    "the a an he she it they we i this that these those neither either after before while when late "
    "early on in at as but and or if though although despite meanwhile however obviously still also "
    "there here some many most all both each no not yet later earlier since until then yesterday "
    "today"
)

NEWS_AGENCIES = _words(
    "reuters ap afp dpa ansa efe bloomberg xinhua kyodo yonhap anadolu interfax ukrinform bernama menafn"
)
"""Agencies that report events: a source, not an actor ("a source told Reuters")."""

PLACE_NOUNS = _words(
    "village town city region province district oblast county port island islands area camp border"
)
"""Nouns whose "of" phrase is a place name ("the village of Novoselivka")."""

DIRECTIONS = _words(
    "eastern western northern southern central northeastern northwestern southeastern southwestern "
    "coastal occupied downtown"
)
"""Adjectives between a preposition and a place ("in central Nairobi")."""

# Word classes the verb finder (clauses.py) uses to tell verbs from nouns and clauses apart.
DETERMINERS = _words(
    "the a an its his her their our my your this these those that's any no each every some 's "
    "’s such another other"
)

ADVERBS = _words(
    "also not n't never now still already just reportedly allegedly purportedly then again "
    "further later soon recently previously formally officially jointly publicly repeatedly "
    "reluctantly bluntly swiftly quickly immediately finally eventually routinely"
)

BOUNDARY_WORDS = _words(
    "that while whereas as after before because though although when since until which who where if"
)

FUNCTION_WORDS = _words(
    "i me my we us our you your he him his she her it its they them their this that these those "
    "who whom whose what which why how where when there here everyone everybody anyone nobody someone "
    "something nothing everything none all both each either neither some many most more few several "
    "never ever always often also not no yes only even just still yet already again "
    "to in on at of for from by with without into onto upon over under after before during since "
    "until about against among between through across following according despite like unlike "
    "and or but nor so if unless though although while as because than then "
    "we've we're we'll i'm i've i'd it's he's she's they're they've you're "
    "mr mrs ms dr one two three four five six seven eight nine ten dozens hundreds thousands "
    "outgoing incoming former late new other another"
)
"""Words that are never a name by themselves ("I", "We", "It", "Never", "To") and that do not
start one ("Tuesday Mike Cox" is Mike Cox, "Outgoing Bafana Bafana" is Bafana Bafana)."""

DAY_MONTH_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)

NON_ACTOR_HEADS = _words(
    "day days year cup championship championships games olympics tournament open festival prize award "
    "awards summit war treaty act plan accord protocol convention charter declaration report index "
    "crimes impunity responsibility counseling counselling diseases disease competition super-g "
    "river sea east west delta zone street shrine unit square valley mountains island islands "
    "strait gulf peninsula desert airport stadium bridge conference pact agreement inquiry signal election "
    "elections"
)
"""Heads of names that are events, documents, contests or places, never actors ("World AIDS Day",
"Maastricht Treaty", "UEFA Cup", "Yangtze River", "Middle East")."""

GEOGRAPHIC_HEADS = _words(
    "river sea east west delta zone street shrine square valley mountains island islands strait gulf "
    "peninsula desert coast"
)
COMMON_HEADS = _words(
    "media business market markets shares stocks prices exports "
    "trade economy internet website online technology system systems policy program programme project "
    "projects campaign research health education reform reforms"
)
"""Common nouns that end capitalised phrases that are not people ("Internet Media", "Doing Business")."""
