"""Article bytes to text, in whatever encoding they came.

Order: a BOM; UTF-16 without a BOM (recognised by its zero bytes); strict UTF-8;
the charset a saved web page declares; UTF-8 with stray cp1252 bytes; and last
charset-normalizer for single-byte code pages. Files that decode to mostly control
characters are binary and refused.
"""

from __future__ import annotations

import codecs
import re

from timeline_app.core.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Bytes to text: BOM, UTF-16 without BOM, strict UTF-8, UTF-8 mixed with cp1252, then
    charset-normalizer (preferring cp1252 when it is as likely as another single-byte code page).

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


_WESTERN = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15"}


def _decode_legacy(data: bytes, name: str) -> str:
    """A single-byte code page chosen by charset-normalizer.

    # WORKAROUND: charset-normalizer scores cp1250 (and, for short texts, exotic code
    # pages such as cp1006) as high as, or a little higher than, cp1252 on Western
    # European text, which turns "à" into "ŕ" and "è" into "č". Among nearly equal
    # candidates cp1252 wins: it is by far the most common legacy encoding of news text.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:1_000_000]))
    if not matches:
        raise InputError("is a binary file or in an unknown encoding", path=name)
    best = matches[0]
    tied = [
        m.encoding for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.15
    ]
    # No language evidence at all (a few words): nothing beats the commonest guess.
    western_tie = any(e in _WESTERN for e in tied) or best.coherence == 0.0
    if western_tie and _decodes(data, "cp1252"):
        return data.decode("cp1252")
    if western_tie:  # the five bytes cp1252 leaves undefined: latin-1 reads everything
        return data.decode("latin-1")
    return data.decode(best.encoding, errors="replace")


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
