"""Article bytes to text, in whatever encoding they came.

Order: a BOM; UTF-16 without a BOM (recognised by its zero bytes); strict UTF-8;
the charset a saved web page declares; UTF-8 with stray cp1252 bytes; and last the
single-byte code pages, where charset-normalizer's candidates and the common Latin
pages are judged by how well their accented letters fit one language's alphabet.
Files that decode to mostly control characters are binary and refused.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from timeline_app.core.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Bytes to text: BOM, UTF-16 without BOM, strict UTF-8, a web page's declared charset,
    UTF-8 mixed with cp1252, then a single-byte code page (see the module's docstring).

    Raises:
        InputError: empty, or binary (not text in any encoding we can tell).
    """
    if not data.strip(b" \t\r\n\x00"):
        raise InputError("is empty", path=name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), name)
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError("is a binary file, not an article", path=name)
        return _checked(utf16, name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared is not None and _decodes(data, declared):
        return _checked(data.decode(declared), name)
    if declared == "cp1252" and _decodes(data, "latin-1"):
        return _checked(data.decode("latin-1"), name)
    if _mostly_utf8(data):
        return _checked(data.decode("utf-8", errors=_CP1252_FALLBACK), name)
    return _checked(_decode_legacy(data, name), name)


# Bytes that are not UTF-8 inside a mostly UTF-8 file (a paragraph pasted from an old
# Windows document) are read as cp1252, the usual culprit, rather than replaced.
_CP1252_FALLBACK = "timeline-app-cp1252-fallback"


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)

# A lead byte of a multi-byte UTF-8 sequence followed by its continuation bytes.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """At least a quarter as many valid multi-byte UTF-8 sequences as bytes that are not UTF-8.

    A file in a legacy code page almost never contains a valid UTF-8 sequence by
    chance, so a file with many is UTF-8 with a few foreign bytes mixed in.
    """
    sample = data[:1_000_000]
    valid = len(_UTF8_SEQUENCE.findall(sample))
    if valid == 0:
        return False
    invalid = sample.decode("utf-8", errors="replace").count("\ufffd") - sample.count("\ufffd".encode())
    return 4 * valid >= invalid


# The accented letters of the languages written in single-byte Latin code pages.
_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíóúñü",  # Spanish
        "àèéìíîòóù",  # Italian
        "áâãàçéêíóôõú",  # Portuguese
        "åäöæøéü",  # Danish, Norwegian, Swedish, Finnish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "ăâîșțşţ",  # Romanian
        "čćđšž",  # Croatian, Bosnian, Serbian (Latin), Slovene
        "çğıöşü",  # Turkish
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "äöõüšž",  # Estonian
    )
)
_SINGLE_BYTE_LATIN = (
    "cp1252",
    "cp1250",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "iso8859_13",
    "iso8859_15",
    "latin_1",
)


def _alphabet_fit(text: str) -> float:
    """How well the text's non-ASCII letters fit one language's alphabet (0 to 1).

    Wrong code pages give letters no single language uses together ("Genčve", "Ženevì",
    "powiedzia³"), which is what tells cp1252, cp1250, cp1254 and cp1257 apart when
    charset-normalizer scores them alike. Letters of another script (Cyrillic, Greek)
    fit if they make whole words of their own script, not when they sit among Latin
    letters ("prйsident").
    """
    sample = text[:100_000]
    latin: dict[str, int] = {}
    scripts: dict[str, int] = {}
    misfits = 0
    for i, ch in enumerate(sample):
        if ch <= "\x7f":
            continue
        if not (ch.isalpha() or ch in "¹²³¼½¾¿"):
            if sample[i - 1 : i].isalpha() and sample[i + 1 : i + 2].isalpha():
                misfits += 1  # a symbol inside a word: "Gen×ve"
            continue
        if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" or not ch.isalpha():
            low = ch.lower()
            latin[low] = latin.get(low, 0) + 1
        elif any("a" <= c <= "z" for c in sample[max(i - 1, 0) : i + 2].lower()):
            misfits += 1
        else:
            script = unicodedata.name(ch, "UNKNOWN").split()[0]
            scripts[script] = scripts.get(script, 0) + 1
    total = sum(latin.values()) + sum(scripts.values()) + misfits
    if not total:
        return 1.0
    in_one_alphabet = max(sum(n for ch, n in latin.items() if ch in alphabet) for alphabet in _ALPHABETS)
    return max(in_one_alphabet, max(scripts.values(), default=0)) / total


def _decode_legacy(data: bytes, name: str) -> str:
    """A single-byte code page: charset-normalizer's choice, unless another Latin code page
    it scores nearly as well gives letters that fit one language better.

    # WORKAROUND: charset-normalizer scores cp1250 (and, for short texts, exotic code
    # pages such as cp1006) as high as, or a little higher than, cp1252 on Western
    # European text, which turns "à" into "ŕ" and "è" into "č"; and the other way round
    # for Czech, Polish or Turkish. The alphabet fit decides between them; on a tie,
    # cp1252 wins: it is by far the most common legacy encoding of news text.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:1_000_000]))
    best = matches[0] if matches else None
    best_text = data.decode(best.encoding, errors="replace") if best else ""
    near = [
        m.encoding
        for m in matches
        if best and m.chaos <= best.chaos + 0.05 and m.coherence >= best.coherence - 0.15
    ]
    # Every common Latin page competes, as charset-normalizer sometimes ranks the right one
    # far down ("bêd¹" for Polish "będą" came first) or finds none (repetitive text).
    latin = [e for e in dict.fromkeys([*_SINGLE_BYTE_LATIN, *near]) if e in _SINGLE_BYTE_LATIN or e in near]
    if best and not _mostly_latin(best_text) and _alphabet_fit(best_text) > 0.95:
        latin = [best.encoding, *latin]  # a text in its own script (Cyrillic, Greek...) beats ties
    sample = data[:1_000_000]  # the candidates are judged on a sample; the winner reads it all
    decoded = {e: sample.decode(e) for e in latin if _decodes(sample, e)}
    if "cp1252" not in decoded and _decodes(sample, "latin-1"):
        decoded = {"cp1252": sample.decode("latin-1"), **decoded}  # the 5 bytes cp1252 leaves undefined
    if not decoded:
        if best is None:
            raise InputError("is a binary file or in an unknown encoding", path=name)
        return best_text
    ranked = list(decoded)  # cp1252 first, then the other common ones, then the rest
    # On equal fit cp1252 wins, the most common legacy encoding of news text. (A head start
    # for it beyond ties was tried: it broke Hungarian, where one "ő" read as "õ" costs little.)
    fits = {e: _alphabet_fit(decoded[e]) for e in ranked}
    winner = max(ranked, key=lambda e: (fits[e], -ranked.index(e)))
    if best is None and fits[winner] < 0.8:  # charset-normalizer saw no text, and neither do we
        raise InputError("is a binary file or in an unknown encoding", path=name)
    if len(data) <= len(sample):
        return decoded[winner]
    return data.decode(winner, errors="replace")


def _mostly_latin(text: str) -> bool:
    letters = [ch for ch in text[:20_000] if ch.isalpha()]
    return not letters or sum(ch < "\u0250" for ch in letters) >= 0.9 * len(letters)


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)


def _declared_charset(data: bytes) -> str | None:
    """The charset a saved web page declares in a <meta> tag, if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    return "cp1252" if name in ("iso8859-1", "ascii") else name  # as browsers read them


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 is recognised by its zero bytes: ASCII characters (spaces, digits,
    punctuation, Latin letters) have a zero high byte, which falls on odd positions
    in little-endian and on even ones in big-endian, and (almost) never on the other.
    """
    head = data[:4096]
    even_zeros, odd_zeros = head[0::2].count(0), head[1::2].count(0)
    if odd_zeros > 4 * even_zeros + 1:
        encoding = "utf-16-le"
    elif even_zeros > 4 * odd_zeros + 1:
        encoding = "utf-16-be"
    else:
        return None
    text = data[: len(data) // 2 * 2].decode(encoding, errors="replace")
    sample = text[:4000]
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t")
    return text if sample and printable >= 0.95 * len(sample) else None


def _checked(text: str, name: str) -> str:
    """Refuse text that is mostly control characters (a binary file that happened to decode)."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f") + sample.count("\ufffd")
    if sample and controls > 0.05 * len(sample):
        raise InputError("is a binary file, not an article", path=name)
    if not text.strip():
        raise InputError("is empty", path=name)
    return text
