"""How the core cuts a text: paragraphs, sentences (the one splitter) and tokens.

The temporal tagger (the tense that decides whether "Monday" is the last or the next one) and
the event extractor (which sentence an event comes from) must agree on where a sentence ends:
with two splitters, "Talks will be held with Prof. Ivanov on Monday" was two sentences for the
tagger (which then saw no "will" before "Monday" and took the past Monday) and one for the
extractor. Both now read the spans made here.

Hand-written rather than taken from NLTK or spaCy: those need model downloads (no network at
run time) and are an order of magnitude slower than the extractor's budget of 30 ms per 1,000
words; news prose needs only abbreviation-aware splitting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "corp",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "a.m",
        "p.m",
    ]
)
"""Words after which a full stop does not end a sentence (compared in lower case)."""

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: blocks separated by a blank line.

    A single line break is not a paragraph break: plain-text articles use it both for hard
    wrapping and between one-sentence wire paragraphs, and only the blank line is unambiguous.
    """
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# A full stop, "!" or "?" (a run of them) with any closing quote or bracket before a space, or a
# line break; written to open on one of those four characters, which the engine then looks for
# alone, skipping the rest of the text at once
_END = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*[\"'”’)\]]*(?=\s))")
_LAST_WORD_REVERSED = re.compile(r"(?:[^\W\d_]|\.)+")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_AGENCY_DASH = re.compile(r"\s*\([A-Za-z][A-Za-z .&-]{1,30}\)\s*[-–—]")


def _word_before(text: str, dot: int) -> str | None:
    """The letters and dots that end ``text[dot - 24 : dot]`` (or end it before a last line break,
    as a regex's "$" reads an end), if any: matched forwards over the window reversed, where a
    search for them at the window's end tries every start in it."""
    window = text[max(0, dot - 24) : dot]
    word = _LAST_WORD_REVERSED.match((window[:-1] if window.endswith("\n") else window)[::-1])
    return word.group()[::-1] if word else None


# A stock ticker's exchange code after its dot: "Lloyd's of London LOL.UL", "Kossan Rubber (KRIB.KL)",
# "Repsol (REP.MC)", when a page or a converter has put a space or a line break after the dot
_TICKER_ROOT = re.compile(r"(?:^|(?<=[\s(<]))[A-Z]{2,5}[a-z]?$")
_TICKER_CODE = re.compile(
    r"[ \t]*\n?[ \t]*(?:UL|OQ|PA|DE|MI|MC|AS|HK|TO|AX|KL|SS|SZ|L|N|O|K|T|S)(?:[)>]|[ \t]+[a-z])"
)


def _ticker(text: str, dot: int, limit: int) -> bool:
    """Whether the full stop at ``dot`` is inside a ticker ("LOL. UL estimated", "(KRIB.\nKL)")."""
    return bool(_TICKER_ROOT.search(text, max(0, dot - 7), dot) and _TICKER_CODE.match(text, dot + 1, limit))


def _ends_sentence(text: str, dot: int, end: int, limit: int) -> bool:
    if text[dot] != ".":
        return True
    if (text[dot - 1 : dot].isupper() or text[dot - 2 : dot - 1].isupper()) and _ticker(text, dot, limit):
        return False
    # A bounded look-behind: O(1). Letters of any alphabet: "l'Élysée." ends a sentence, and
    # reading only its last ASCII letter ("e") took it for an initial.
    word = _word_before(text, dot)
    if word:
        w = word.lower().rstrip(".")
        if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
            return False
    # "...said the U.S. official" is rare enough; a lower-case continuation never starts a sentence,
    # nor does a dash: "GRAND ISLE, La. -- Crews ...", a dateline's state, nor a comma or a
    # semicolon: "Sen. Barbara Boxer, D-Calif., and seven other senators".
    nxt = _NEXT_CHAR.match(text, end, limit)
    if nxt and nxt.group(1) == "(" and _AGENCY_DASH.match(text, end, limit):
        return False  # "MIAMI, Fla. (AP) -- ": the dateline's agency
    return not (nxt and (nxt.group(1).islower() or nxt.group(1) in "-–—,;"))


# What follows a line break inside a paragraph and carries on its sentence: a comma, a semicolon
# or a closing bracket ("Sen. Dianne Feinstein, D-Calif.\n, was quoted", a page that breaks its
# lines after a party-state tag), or a lower-case word after a line that ends without a stop (a
# hard-wrapped plain-text article: "The talks ended in\nfailure on Monday").
_CARRIES_ON = re.compile(r"[ \t]*(?:[,;)\]]|[a-z])")
_STOPPED = frozenset(".!?:\"'”’")


def _continues_line(text: str, brk: int, end: int, limit: int) -> bool:
    """Whether the line break at ``brk`` runs on inside one sentence (:data:`_CARRIES_ON`)."""
    nxt = _CARRIES_ON.match(text, end, limit)
    if nxt is None:
        return False
    if not nxt.group().strip()[0].islower():
        return True  # a comma, a semicolon or a bracket never starts a sentence
    k = brk - 1
    while k >= 0 and text[k] in " \t":
        k -= 1  # (walked back, not text[:brk].rstrip(): no copy of the text before each break)
    return k >= 0 and text[k] not in _STOPPED


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` of each sentence, in order, without the whitespace around it.

    A sentence ends at a full stop, "!" or "?" (with any closing quote or bracket) before a
    space, unless the stop follows an abbreviation or an initial, or the next word is in lower
    case; and at every line break. A web page's furniture glued to a line without punctuation
    ends there too (:func:`glued_breaks`): a time stamp, and a headline or caption run into the
    sentence after it.
    """
    out: list[tuple[int, int, int]] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        glued = glued_breaks(text, p_start, p_end)
        for m in _END.finditer(text, p_start, p_end):
            end = m.end()
            if m.group() != "\n" and not _ends_sentence(text, m.start(), end, p_end):
                continue
            if m.group() == "\n" and _continues_line(text, m.start(), end, p_end):
                continue
            if m.group() == "\n" and text[m.start() - 1] == "." and _ticker(text, m.start() - 1, p_end):
                continue  # a ticker broken over two lines: "LOL.\nUL"
            while glued and glued[0] < end:
                _add(out, text, start, glued[0], number)
                start = glued.pop(0)
            _add(out, text, start, end, number)
            start = end
        for cut in glued:
            _add(out, text, start, cut, number)
            start = cut
        _add(out, text, start, p_end, number)
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Web furniture glued to the story's text when a page is copied or scraped without its line
# breaks. A time stamp: "Wed Jun 3, 2009 12:22 pm EDT", "Friday 25 June 2010 10.07 BST",
# "Page last updated at 11:24 GMT, Tuesday, 27 September 2011": a day with its year and a
# clock time together, which prose writes with a preposition ("on Friday ... at 10.07").
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
_FULL_DATE = rf"(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}})"
_CLOCK = r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: (?:[A-Z]{2,4}|UK time|local time)\b)?"
_STAMP = re.compile(
    rf"(?:(?:[Pp]age )?(?:[Ll]ast )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified)(?: at| on)?:? )?"
    rf"(?:{_CLOCK},? {_WEEKDAY},? {_FULL_DATE}(?:,? {_CLOCK})?"
    rf"|(?:{_WEEKDAY},? )?{_FULL_DATE},? {_CLOCK}(?: {_CLOCK})?)"
    r"(?=\s+\S)"
)
_BEFORE_WORD = re.compile(r"([^\W\d_][\w'’-]*)\s*$")
_PREPOSITIONS = _words(
    "at on by since until till from before after to of in for during between and or than as"
)
# A headline or a caption run into the next sentence: "... earthquake victims A shortage of water
# is ...", "... in US history The ship is being brought ...". The evidence is a word with no
# punctuation after it followed by a capitalised word that only starts a sentence (an article,
# a pronoun), when the word before is one a sentence can end on.
_STARTS = (
    "The A An This These Those He She They We It Its His Her Their Our There But When While "
    "In On At As After For About"
)
_FUNCTION = _words(
    """the a an and or but nor of in on at to for from by with about as than that which who whom
    whose what when where while if because after before since until into onto over under between
    among against through during without within upon via per like unlike near off out up down
    is are was were be been being am has have had do does did will would can could may might
    must shall should not no this that these those his her its their our my your every each
    some any all both either neither said says say saying told tells tell telling according
    called named dubbed titled entitled read reads wrote writes quoted cited see watch visit
    newspaper paper daily weekly magazine tabloid journal film movie book novel song album
    show programme program series play band group channel network website site station
    agency ship vessel hotel club firm company brand label surnamed nicknamed alias aka media
    mouthpiece broadsheet how"""
)
# "Class A drugs", "vitamin A", "Group A", "Serie A": a letter naming a class, not an article.
_LABELS = _words(
    """class type grade group vitamin hepatitis influenza category plan option serie series
    level tier phase section part division league pool block gate terminal wing ward unit
    model team seed platform row line route exhibit appendix annex schedule figure table
    witness patient person mr mrs ms"""
)


# "By Ann Lee Business reporter, City News", "By Bo Kim BBC NI political correspondent": a name, a
# newsroom job and the newsroom, before a capitalised word that starts the story.
_BYLINE_HEAD = re.compile(
    r"By (?:[A-Z][\w'’.-]+ ){1,3}(?:[\w'’-]+ ){0,3}?"
    r"(?:reporter|correspondent|editor|writer|columnist|producer|analyst)s?"
    r"(?:,(?: [A-Z][\w&'’.-]*){0,3} (?:News|Online|Press|Wire|Service|Agency|Times|Post|Journal|Radio|TV))?"
    r"(?=,? [A-Z])"
)
# A photo credit run into the text, after its caption: "Photograph: Ann Lee/AP", "Photo: Bo Kim/Reuters".
_PHOTO_CREDIT = re.compile(
    # (the word boundary tested after the first letter, so that the engine looks for a "P" or an "I")
    r"(?:P(?<!\wP)(?:hotograph|hoto|icture)|I(?<!\wI)(?:mage|llustration))s?: "
    r"[A-Z][\w'’. -]{1,40}?/[A-Z][\w.&-]*"
    r"(?: (?:Images|Photos|Pictures|Press|Photo))?(?= [A-Z\"“])"
)
_QUICK_CLOCK = re.compile(r"\d[:.]\d\d")
_YEAR = re.compile(r"\b\d{4}\b")
_YEAR_BEFORE = re.compile(r"\d{4},? ?$")


def _by_first_letter(words: list[str]) -> str:
    """An alternation of ``words`` grouped by their first letter ("T(?:hese|he)|W(?:hile|e)"): the
    engine tries a space's next letter once, not every word in turn (the words match the same
    strings in any order where a space must follow)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"{first}(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
        for first, rests in sorted(groups.items())
    )


_OPENER = re.compile(rf" ({_by_first_letter([*_STARTS.split(), 'If'])}) (?=([(\w'’\\\"“]\S*))")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _starts_sentence(text: str, start: int, at: int) -> bool:
    """Whether ``at`` starts its line, its paragraph or a sentence after a full stop."""
    return at <= start or text[at - 1] == "\n" or (at >= 2 and text[at - 1] == " " and text[at - 2] in ".!?")


def _stamp_at(text: str, start: int, end: int, clock: int) -> re.Match[str] | None:
    """The time stamp around the clock time at ``clock``, tried from the word starts of the 70
    characters before it (a stamp starts at a word, never inside one)."""
    lo = max(start, clock - 70)
    starts = [lo] if lo == start or text[lo - 1].isspace() else []
    starts += [i + 1 for i in range(lo, clock) if text[i].isspace()]
    hi = min(end, clock + 75)
    for at in starts:
        m = _STAMP.match(text, at, hi)
        if m is not None and m.end() > clock:
            return m
    return None


def glued_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``text[start:end]`` where a sentence starts with no punctuation before it:
    after a time stamp of a web page, and before a sentence run on after a headline or caption
    (see :data:`_STARTS`) or after a photo credit in capitals. Only strong evidence counts: a
    capitalised article or pronoun after a content word, never a name after a title of work or
    a saying verb ("told The Times")."""
    cuts = []
    last = -1
    for q in _QUICK_CLOCK.finditer(text, start, end):  # a stamp has a clock time: look near one
        if q.start() < last or not (
            _YEAR_BEFORE.search(text, max(start, q.start() - 9), max(start, q.start() - 1))
            or _YEAR.search(text, q.end(), min(end, q.end() + 45))
        ):
            continue  # no year right before the clock, nor soon after it
        m = _stamp_at(text, start, end, q.start())
        if m is None:
            continue
        last = m.end()
        before = _BEFORE_WORD.search(text, max(start, m.start() - 20), m.start())
        if before and before.group(1).lower() in _PREPOSITIONS:
            continue
        cuts.append(m.end())
    for m in _OPENER.finditer(text, start, end):
        at, opener, after = m.start(1), m.group(1), m.group(2)
        lo = text.rfind(" ", max(start, at - 41), at - 1) + 1
        newline = text.rfind("\n", max(start, at - 41), at - 1) + 1
        lo = max(lo, newline, start)
        word = text[lo : at - 1]
        if not _WORD.fullmatch(word):
            continue
        if word.isupper() and len(word) <= 6 and after[:1].islower() and _starts_sentence(text, start, lo):
            cuts.append(at)  # a credit: "... Isle of Wight. AP If it's any consolation ..."
            continue
        if opener == "If" or not _clause_follows(text, at, end):
            continue
        if _glued(word, opener, after) or (
            opener == "The"
            and after[:1].isupper()
            and word.islower()
            and word not in _FUNCTION
            and _headline_before(text, start, at)
        ):
            cuts.append(at)
    for m in _PHOTO_CREDIT.finditer(text, start, end):
        cuts.append(m.end())  # "... in the bay Photograph: Ann Lee/AP Officials said ..."
    line = start
    while line < end:  # a byline run into the story: "By Ann Lee Business reporter, City News The ..."
        if text.startswith("By ", line):
            m = _BYLINE_HEAD.match(text, line, end)
            if m is not None:
                cuts.append(m.end())
        nl = text.find("\n", line, end)
        if nl < 0:
            break
        line = nl + 1
    return sorted(set(cuts))


_PIECE_START = re.compile(r"[.!?][\"'”’)\]]*\s|\n")


def _headline_before(text: str, start: int, at: int) -> bool:
    """Whether the words before ``at`` since the sentence began read as a headline or caption of
    six words or more without a comma: "The minister says the talks will go on in the capital
    The Foreign Office ...". A shorter run is a name's title ("the ruling party's mouthpiece
    The Voice"); one with a comma is a sentence naming a paper ("..., according to The Times")."""
    lo = max(start, at - 300)
    for m in _PIECE_START.finditer(text, lo, at):
        lo = m.end()
    piece = text[lo:at]
    return "," not in piece and len(piece.split()) >= 6


_CLAUSE_END = re.compile(r"[,;:.!?\n]")


def _clause_follows(text: str, at: int, end: int) -> bool:
    """Whether four words or more follow ``at`` before a comma or stop: a sentence's start,
    not a name ("Nghe An province.", "writer An Bei")."""
    stop = _CLAUSE_END.search(text, at, min(end, at + 200))
    return len(text[at : stop.start() if stop else min(end, at + 200)].split()) >= 4


def _glued(before: str, start: str, after: str) -> bool:
    low = before.lower()
    if low in _FUNCTION or before.endswith("-") or (start in ("A", "An") and low in _LABELS):
        return False
    if after[:1] in "(\\" or after[:1].isdigit():
        return False  # "Influenza A (H1N1)", a label or a number after the letter
    named = after[:1].isupper()  # "The Hague", "The Helix Producer", "He Guoqiang"
    if before[:1].isupper():
        # a headline ending on a name ("... in Haiti An aid worker ..."); not a title in
        # capitals ("I HAD A DREAM") or in title case ("Partners In Health")
        if before.isupper() or start not in ("A", "An", "The", "It", "There", "This"):
            return False
        return not named or start in ("A", "An")
    if named:  # "The Helix Producer is ..." glued, but more often a paper: "broadsheet The Times"
        return start in ("A", "An")
    return True


def _add(out: list[tuple[int, int, int]], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end, paragraph))


def sentence_starts(text: str, spans: list[tuple[int, int, int]] | None = None) -> list[int]:
    """Offsets where sentences start, 0 first (for bisecting: every offset has a sentence);
    ``spans``: the text's :func:`sentence_spans` when already made."""
    return [0, *(start for start, _, _ in (sentence_spans(text) if spans is None else spans) if start > 0)]


# A token: a word (with inner dots for U.S./U.N., hyphens, apostrophes), a number, or one symbol.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"  # U.S. U.N. U.K.
    r"|\d+(?:[.,]\d+)+"  # 5.1, 50,000
    r"|[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:(?:['’](?![sS]\b)|-)[A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*"
    r"|['’][sS]\b"  # the possessive 's is a token of its own
    r"|[^\sA-Za-z0-9]"
)


@dataclass(frozen=True, slots=True, init=False)
class Token:
    text: str
    start: int
    end: int
    lower: str = ""  # filled by tokenize(); stored because every rule reads it

    def __init__(self, text: str, start: int, end: int, lower: str = "") -> None:
        # written out: the generated frozen __init__ and a __post_init__ cost a fifth more, and an
        # article makes a Token for every word
        setter = object.__setattr__
        setter(self, "text", text)
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "lower", lower or text.lower())

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


# An article makes a Token for every word: tokenize fills the slots directly, which costs half
# of calling the (frozen) class, and gives the same tokens.
_new_token = object.__new__
_SET_TEXT, _SET_START, _SET_END, _SET_LOWER = (
    Token.__dict__[f].__set__ for f in ("text", "start", "end", "lower")
)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out: list[Token] = []
    # (the globals bound to locals: a sentence's every token reads them)
    append, new, token = out.append, _new_token, Token
    set_text, set_start, set_end, set_lower = _SET_TEXT, _SET_START, _SET_END, _SET_LOWER
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        t = new(token)
        set_text(t, word)
        set_start(t, start + offset)
        set_end(t, end + offset)
        set_lower(t, word.lower())
        append(t)
    return out
