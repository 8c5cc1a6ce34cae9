"""xml_text and xml_bytes: whatever a title holds, the XML around it parses (issue 15.5)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.io.xml_text import encodable_text, xml_bytes, xml_text


@given(st.text())
def test_any_text_made_xml_safe_parses_and_keeps_the_rest(text: str) -> None:
    safe = xml_text(text)
    element = ET.fromstring(f"<t>{escape(safe)}</t>".encode("utf-8", "surrogatepass"))
    assert (element.text or "") == safe.replace("\r\n", "\n").replace("\r", "\n")  # as XML reads line ends
    kept = [c for c in text if c in "\t\n\r" or (c >= " " and not "\ud800" <= c <= "\udfff")]
    assert "".join(c for c in safe if c != " ") == "".join(
        c for c in kept if c != " " and c not in "\ufffe\uffff"
    )


def test_form_feed_is_a_space_and_nul_is_gone() -> None:
    assert xml_text("Talks\x0cresume\x00\x1b[31m") == "Talks resume[31m"


@given(
    st.lists(st.one_of(st.integers(0, 0x7F).map(chr), st.sampled_from(["&#27;", "&#x1B;", "&#10;", "&#9;"])))
)
def test_xml_bytes_removes_raw_and_referenced_controls(parts: list[str]) -> None:
    # each raw character escaped on its own: a raw "&" before a raw "#" is text, not a reference
    references = {"&#27;", "&#x1B;", "&#10;", "&#9;"}
    body = "".join(p if p in references else p.replace("<", "").replace("&", "&amp;") for p in parts)
    data = xml_bytes(f"<t>{body}</t>".encode())
    ET.fromstring(data)  # raises on a forbidden character, raw or referenced
    assert b"&#10;" in data or "&#10;" not in body


def test_encodable_text_replaces_lone_surrogates_and_joins_pairs() -> None:
    assert encodable_text("a\ud800b\udfff") == "a\ufffdb\ufffd"
    assert encodable_text("smile \ud83d\ude00") == "smile \U0001f600"
    assert encodable_text("plain é") == "plain é"
    encodable_text("x\udc80y").encode("utf-8")  # strict: raises if one is left
