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
    "regional provincial army navy police coast guard policy"
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
    "ministry council party agency army forces front committee commission union organization "
    "organisation office department court parliament assembly government bank news novosti tass times "
    "post press institute university company corporation group brigade brigades movement alliance "
    "guard service services staff fund federation league authority bureau congress senate duma rada "
    "network channel television radio daily journal"
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
