"""Fuzzing with hypothesis: the loaders and the project reader on anything.

Every input gives a result or an :class:`InputError`, never another exception, and
each example finishes within the deadline (a hang or a quadratic blow-up fails).
Examples are few so the suite stays fast; set TIMELINE_APP_FUZZ_EXAMPLES=2000 to dig.
"""

from __future__ import annotations

import copy
import json
import os
import socket
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.io.strategies import same_content, timelines
from tests.core.io.test_project import small_timeline
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.io.articles import article_from_html, article_from_text, load_article
from timeline_app.core.io.decoding import decode_bytes
from timeline_app.core.io.project import parse_project, project_bytes
from timeline_app.core.model import Article

EXAMPLES = int(os.environ.get("TIMELINE_APP_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=5),  # generous on a shared 2-core machine; a hang still fails
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(autouse=True, scope="module")
def _warm_up() -> None:
    """Import dateparser and trafilatura once, so their import is not charged to an example."""
    article_from_text("Title\nPublished: 2 December 2025\n\nText.")
    article_from_html("<html><body><p>Some text of a page that is long enough to keep.</p></body></html>")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def check_article(article: Article) -> None:
    assert article.text.strip() and len(article.title) <= 300
    assert len(article.sha256) == 64 and article.id.startswith("a-")
    assert "\r" not in article.text


# -- article loaders ------------------------------------------------------------------------

# Text that looks like articles: headers, date lines, datelines, Markdown, odd characters.
ARTICLE_PIECES = (
    " date 2025-12-02 403", "# Heading", "Published: 2 December 2025", "2 December 2025",
    "MOSCOW, Dec 2 (Reuters) - ", "(MENAFN) ", "Date: 2025-02-30", "Updated on 31/02/2025",
    " date 0000-00-00 1", "\ufeff", "\r\n", "\x00", "<p>", "\u2028",
)  # fmt: skip
article_like = st.lists(st.text(max_size=80) | st.sampled_from(ARTICLE_PIECES), max_size=12).map("\n".join)


@FUZZ
@given(st.binary(max_size=3000))
def test_decode_any_bytes(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert text.strip()


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html", ".htm", ".dat"]))
def test_load_any_bytes_as_a_file(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        check_article(load_article(path))
    except InputError as error:
        assert str(error).startswith("fuzz") and "\n" not in str(error)


def _in_order(lines: list[str], source: list[str]) -> bool:
    remaining = iter(source)
    return all(any(line == candidate for candidate in remaining) for line in lines)


@FUZZ
@given(article_like, st.none() | st.sampled_from(["2025-12-02", "0000-02-29", "-0043-03-15"]))
def test_article_from_any_text(text: str, published: str | None) -> None:
    try:
        article = article_from_text(text, published=published)
    except InputError:
        assert not _normalised(text).strip()
        return
    check_article(article)
    # the body, less whole lines of page furniture (core.extract.boilerplate): its lines are
    # lines of the text, in their order
    assert _in_order([ln for ln in article.text.split("\n") if ln.strip()], _normalised(text).split("\n"))
    assert (article.boilerplate_lines == 0) <= (article.text in _normalised(text))
    if published is not None:
        assert article.published == FuzzyDate.parse(published)


HTML_PIECES = (
    "<html>", "<head>", "<title>", "</title>", "<body>", "<p>", "</p>", "<script>", "</script>", "<style>",
    "<meta charset='koi8-r'>", "<meta property='article:published_time' content='2025-02-30'>",
    "<img src='http://192.0.2.1/a.png'>", "<!--", "-->", "<![CDATA[", "<iframe src='https://192.0.2.1/'>",
    "<a href='x'>", "&amp;", "&#0;", "&#xD800;", "<h1>", "<IFRAME>",
)  # fmt: skip
html_like = st.lists(st.text(max_size=60) | st.sampled_from(HTML_PIECES), max_size=30).map("".join)


@FUZZ
@given(html_like)
def test_article_from_any_html(html: str) -> None:
    try:
        check_article(article_from_html(html, path="page.html"))
    except InputError as error:
        assert "\n" not in str(error)


@FUZZ
@given(html_like.map(lambda h: h.encode("utf-8", "surrogatepass")))
def test_article_from_any_html_bytes(data: bytes) -> None:
    try:
        check_article(article_from_html(data, path="page.html"))
    except InputError as error:
        assert "\n" not in str(error)


# -- the project reader ---------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
BASE = json.loads(project_bytes(small_timeline()))


@st.composite
def mutated_projects(draw: st.DrawFn) -> Any:
    """The small project with a few values replaced, deleted or added anywhere in the tree."""
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        node: Any = data
        while True:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, dict | list) and child and draw(st.integers(0, 3)):
                node = child
                continue
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                node[key] = draw(json_values)
            elif action == "delete":
                del node[key]
            elif isinstance(node, dict):
                node[draw(st.text(max_size=8))] = draw(json_values)
            else:
                node.append(draw(json_values))
            break
    return data


@FUZZ
@given(mutated_projects())
def test_project_reader_on_mutated_structures(data: Any) -> None:
    for form in (data, json.dumps(data).encode()):
        try:
            timeline, warnings = parse_project(form)
        except InputError as error:
            assert "\n" not in str(error)
        else:
            assert all(isinstance(w, str) and "\n" not in w for w in warnings)
            for event in timeline.events:  # what is kept is consistent
                for source in event.sources:
                    assert timeline.article(source.article).text[source.start : source.end] == source.quote


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["cut", "flip", "insert", "delete"]), st.integers(0, 10**6), st.binary(max_size=8)
        ),
        min_size=1,
        max_size=4,
    )
)
def test_project_reader_on_mutated_bytes(edits: list[tuple[str, int, bytes]]) -> None:
    data = bytearray(project_bytes(small_timeline()))
    for action, where, junk in edits:
        at = where % (len(data) + 1)
        if action == "cut":
            del data[at:]
        elif action == "flip" and at < len(data):
            data[at] ^= junk[0] if junk else 0x20
        elif action == "insert":
            data[at:at] = junk
        else:
            del data[at : at + 1 + len(junk)]
    try:
        parse_project(bytes(data))
    except InputError as error:
        assert "\n" not in str(error)


@settings(FUZZ, max_examples=max(EXAMPLES // 2, 10))
@given(timelines(max_events=5))
def test_generated_timelines_survive_a_save(timeline: Any) -> None:
    assert same_content(parse_project(project_bytes(timeline))[0], timeline)


# -- the tagger and the extractor (fuzzed in depth by their owners; one smoke test each) ----


@FUZZ
@given(article_like)
def test_tagger_on_any_text(text: str) -> None:
    from timeline_app.core import temporal

    for found in temporal.tag(text, FuzzyDate(2025, 12, 2)):
        assert 0 <= found.start <= found.end <= len(text)


@FUZZ
@given(article_like)
def test_extractor_on_any_text(text: str) -> None:
    from timeline_app.core import extract

    if not text.strip():
        return
    article = Article("a-fuzz", "Fuzz", text, FuzzyDate(2025, 12, 2))
    for event in extract.extract_events(article):
        for source in event.sources:
            assert text[source.start : source.end] == source.quote
