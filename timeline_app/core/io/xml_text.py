"""Text that XML 1.0 can hold: SVG files and the XMP metadata of a PDF are XML.

An article or a title may hold any character a file can (a form feed from a PDF-to-text
tool, ESC from a terminal log, NUL); XML 1.0 forbids the C0 controls other than tab,
newline and carriage return, and a lone surrogate cannot be encoded at all, so either
makes a file that no XML reader opens.
"""

from __future__ import annotations

import re

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORBIDDEN_BYTES = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f]"  # raw, or as a character reference: &#27; &#x1b;
    rb"|&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));"
)
_SPACES = {"\x0b": " ", "\x0c": " "}


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (vertical tab and form feed become spaces)."""
    if not _FORBIDDEN.search(text):
        return text
    return _FORBIDDEN.sub(lambda m: _SPACES.get(m.group(0), ""), text)


def xml_bytes(data: bytes) -> bytes:
    """UTF-8 XML without the control characters (raw or as character references) XML 1.0 forbids.

    The bytes 0x00-0x1F never occur inside a multi-byte UTF-8 character, so they can be
    removed from the bytes as they are.
    """
    if not _FORBIDDEN_BYTES.search(data):
        return data
    return _FORBIDDEN_BYTES.sub(b"", data)


_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable_text(text: str) -> str:
    """``text`` with each lone surrogate (which UTF-8 cannot encode) replaced by U+FFFD.

    A surrogate pair held as two code units becomes the one character it stands for.
    """
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
