"""Loading articles: plain text, Markdown and saved HTML pages.

Bytes are checked (size, emptiness, binary content), decoded (see
:mod:`timeline_app.core.io.decoding`), and split into title, publication date, source
and body. HTML goes through trafilatura, which reads the page's metadata and main
text from the file itself; nothing is ever fetched from the network.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline_app.core.dates import FuzzyDate, as_fuzzy
from timeline_app.core.errors import InputError
from timeline_app.core.extract.boilerplate import Dropped, drop_boilerplate, page_stamp
from timeline_app.core.io.atomic import describe_os_error
from timeline_app.core.io.decoding import decode_bytes
from timeline_app.core.model import Article

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


# " date 2025-12-02 403": the header of the bundled sample and of the corpus it comes from.
_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(\S+))?\s*$", re.IGNORECASE)
# "Published: 2 December 2025", "Date: 2025-12-02", "Updated on Dec. 2, 2025 10:14", and the
# same line in the other languages the tagger reads: "Publié le 3 décembre 2025",
# "Veröffentlicht am 3. Dezember 2025", "Publicado el 3 de diciembre de 2025",
# "Опубликовано 3 декабря 2025", "Опубліковано 3 грудня 2025".
_DATE_FIELD = re.compile(
    r"^\s*(?:published|posted|date|updated|first published"
    r"|publié|mis à jour|date de publication|veröffentlicht|aktualisiert|datum"
    r"|publicado|actualizado|fecha|опубликовано|обновлено|дата|опубліковано|оновлено)"
    r"(?:\s+(?:on|le|am|el))?\s*[:\-–—]?\s*(.{4,60}?)\s*$",
    re.IGNORECASE,
)
# "MOSCOW, Dec 2 (Reuters) -", "KYIV, Ukraine, December 2, 2025 (AP) —"
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?,\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*"
    r"(?:\((?P<agency>[A-Za-z .&-]{2,30})\))?\s*[-–—]"
)
# "(MENAFN) The Kremlin ...", "WASHINGTON (AP) — ..."
_AGENCY = re.compile(
    r"^\s*(?:[A-Z][A-Z .'-]{1,40}\s*)?\((?P<agency>[A-Za-z][A-Za-z .&-]{1,30})\)\s*[-–—]?\s*"
)
_MD_TITLE = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True, slots=True)
class _Parts:
    title: str
    body: str
    published: FuzzyDate | None
    source: str
    dropped: int = 0  # lines of page furniture taken out of the body
    how: str = ""  # where ``published`` was read: "the page's stamp ('...')", "its metadata", ...
    note: str = ""  # the page's days that disagree, said in the import message


def load_article(
    path: str | Path,
    published: _dt.date | FuzzyDate | str | None = None,
    *,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Article:
    """Load one article file. A ``published`` date given here overrides the file's.

    Raises:
        InputError: the file is missing, empty, binary, too large, or not decodable.
    """
    path = Path(path)
    name = path.name
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder, not an article", path=name)
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device would never end (/dev/zero)
            raise InputError("is not a regular file", path=name)
        if info.st_size > max_bytes:
            limit = max_bytes / 2**20
            raise InputError(
                f"is {info.st_size / 2**20:.1f} MB; articles over {limit:.0f} MB are refused", path=name
            )
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot read it ({describe_os_error(error)})", path=name) from None
    if len(data) > max_bytes:  # the file grew between stat and read
        raise InputError(f"is over {max_bytes / 2**20:.0f} MB; articles that large are refused", path=name)
    suffix = path.suffix.lower()
    text = decode_bytes(data, name=name)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        return article_from_html(text, path=str(path), published=published, fallback_title=path.stem)
    return article_from_text(text, published=published, path=str(path), fallback_title=path.stem)


def load_articles(
    paths: Iterable[str | Path], published: _dt.date | FuzzyDate | str | None = None
) -> list[Article]:
    return [load_article(p, published) for p in paths]


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def article_id_for(text: str) -> tuple[str, str]:
    """(id, sha256) of an article's text: the same text always gets the same id."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"a-{digest[:12]}", digest


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    published: _dt.date | FuzzyDate | str | None = None,
    source: str = "",
    path: str = "",
    fallback_title: str = "Untitled article",
    article_id: str | None = None,
) -> Article:
    """An article from plain text or Markdown; reads a header, title and date lines.

    Raises:
        InputError: the text is empty, or ``published`` is not a valid date.
    """
    text = _normalise(text)
    if not text.strip():
        raise InputError("the article is empty")
    try:
        parts = _split_text(text, fallback_title)
    except InputError as error:  # (a listing is no article: say which file)
        raise InputError(str(error), path=Path(path).name or None) from None
    return _make_article(parts, title, published, source, path, article_id)


def article_from_html(
    html: str | bytes,
    *,
    path: str = "",
    published: _dt.date | FuzzyDate | str | None = None,
    title: str | None = None,
    fallback_title: str = "Untitled article",
) -> Article:
    """An article from a saved web page: main text, title, date and site from its metadata.

    Raises:
        InputError: no article text could be found in the page.
    """
    import trafilatura

    if isinstance(html, bytes):
        html = decode_bytes(html, name=Path(path).name or "page")
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_tables=True,
            favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # WORKAROUND: lxml/htmldate raise bare AssertionErrors on some
        # malformed pages ("<IFRAME>HTML"); a page we cannot parse is a bad input, not a crash.
        raise InputError(
            f"cannot read the page ({type(error).__name__})", path=Path(path).name or None
        ) from None
    body = _normalise(getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        raise InputError("no article text found in the page", path=Path(path).name or None)
    meta_date = _date_or_none(getattr(doc, "date", None))
    page_title = (getattr(doc, "title", None) or fallback_title).strip()
    first, _, rest = body.strip("\n").partition("\n")
    if first.strip() == page_title and rest.strip():  # the page's <h1> repeats the title
        body = rest
    # The day the page prints over its story (a "Published: ..." line, a "Last updated at ...,
    # Monday, 3 May 2010" stamp) wins over its metadata: the text's "today" and "yesterday" were
    # written on it, and a saved page's metadata may give the day it was saved or first published
    stamp = _printed_stamp(body.strip("\n"))
    # trafilatura keeps bylines, photo credits and "Related" lists that sit inside the
    # article's element; they go the way they go in a pasted text
    body, dropped = drop_boilerplate(body.strip("\n"))
    _refuse_furniture(body, dropped, path)
    dateline = _dateline_date(body)[0]  # (a byline above it is gone)
    page_date, how, note = _choose_day(
        [
            (stamp[0], f"the page's stamp ({stamp[1]!r})") if stamp else None,
            (meta_date, "the page's metadata") if meta_date else None,
            (dateline, "the dateline") if dateline else None,
        ]
    )
    parts = _Parts(
        title=page_title,
        body=body,
        published=page_date,
        source=(getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or "").strip(),
        dropped=len(dropped),
        how=how,
        note=note,
    )
    return _make_article(parts, title, published, "", path, None)


def _make_article(
    parts: _Parts,
    title: str | None,
    published: _dt.date | FuzzyDate | str | None,
    source: str,
    path: str,
    article_id: str | None,
) -> Article:
    try:
        given = as_fuzzy(published)
    except ValueError as error:
        raise InputError(f"bad publication date: {error}") from None
    note = parts.note
    if given is not None and parts.published is not None and given.iso()[:10] != parts.published.iso()[:10]:
        # the day the user typed wins: they know the page (a stamp may be a later update's)
        note = f"dated {given.iso()[:10]} as given, though {parts.how} says {parts.published.iso()[:10]}"
    elif given is not None:
        note = ""
    aid, digest = article_id_for(parts.body)
    return Article(
        id=article_id or aid,
        title=(title or parts.title).strip()[:300],
        text=parts.body,
        published=given or parts.published,
        source=source or parts.source,
        path=path,
        sha256=digest,
        boilerplate_lines=parts.dropped,
        date_note=note,
    )


def _split_text(text: str, fallback_title: str) -> _Parts:
    lines = text.split("\n")
    published: FuzzyDate | None = None
    how = ""
    i = _skip_blank(lines, 0)
    if i < len(lines) and (m := _HEADER.match(lines[i])):
        published, how = _date_or_none(m.group(1)), "the header"
        i = _skip_blank(lines, i + 1)
    # Date lines before the title ("Published: 2008-09-24" first, as some saved pages have)
    while i < len(lines) and (found := _date_line(lines[i])) is not None:
        published, how = (published, how) if published else (found, _said(lines[i]))
        i = _skip_blank(lines, i + 1)
    title = ""
    if i < len(lines) and _is_title(lines[i]) and not is_dateline(lines[i]):
        md = _MD_TITLE.match(lines[i])
        title = (md.group(1) if md else lines[i]).strip()
        i = _skip_blank(lines, i + 1)
    # Date lines directly under the title ("Published: ...", or a bare date).
    while i < len(lines) and (found := _date_line(lines[i])) is not None:
        published, how = (published, how) if published else (found, _said(lines[i]))
        i = _skip_blank(lines, i + 1)
    body = "\n".join(lines[i:]).strip("\n")
    if not body.strip():  # a one-paragraph text: the "title" was the article
        body, title = "\n".join(lines).strip("\n"), ""
    dateline_date, agency = _dateline_date(body)
    source = agency or _agency(body) or _dateline_agency(body)
    stamp = page_stamp(body)  # a stamp glued into the page's header, which the next step cuts
    # Page furniture is taken out of the text the article keeps (see core.extract.boilerplate),
    # after the dateline has given its date and agency
    body, dropped = drop_boilerplate(body)
    _refuse_furniture(body, dropped, "")
    if dropped and dateline_date is None:  # "By ..." above "HARBOURTON, March 3 (NW) - ..."
        dateline_date, agency = _dateline_date(body)
        source = source or agency
    title = title or lead_title(body) or fallback_title
    day, how, note = _choose_day(
        [
            (published, how) if published else None,
            (stamp[0], f"the page's stamp ({stamp[1]!r})") if stamp else None,
            (dateline_date, "the dateline") if dateline_date else None,
        ]
    )
    return _Parts(title, body, day, source, len(dropped), how, note)


def _refuse_furniture(body: str, dropped: list[Dropped], path: str) -> None:
    """A text that was page furniture only (a programme listing) is no article."""
    if not body.strip() and dropped:
        raise InputError(f"no story in the text, only a {dropped[0].reason}", path=Path(path).name or None)


def _printed_stamp(body: str) -> tuple[FuzzyDate, str] | None:
    """The day a page's text prints at its head: a date line ("Published: 3 May 2010") among its
    first lines, else a time stamp in its header (see :func:`page_stamp`)."""
    for line in [line for line in body[:2000].split("\n") if line.strip()][:3]:
        if (found := _date_line(line)) is not None:
            return found, " ".join(line.split())
    return page_stamp(body)


def _near(dateline: FuzzyDate, day: FuzzyDate) -> FuzzyDate:
    """A dateline's day in the year nearest ``day`` ("March 7" has no year of its own)."""
    try:
        near = [FuzzyDate(day.year + k, dateline.month, dateline.day) for k in (-1, 0, 1)]
    except ValueError:  # 29 February
        return dateline
    return min(near, key=lambda d: abs(d.start_days - day.start_days))


def _said(line: str) -> str:
    return f"the line {' '.join(line.split())!r}"


def _choose_day(
    found: list[tuple[FuzzyDate, str] | None],
) -> tuple[FuzzyDate | None, str, str]:
    """The first day of ``found`` (most trusted first), where it was read, and a note naming
    another day the page gives when one does ("" when all agree)."""
    days = [f for f in found if f is not None]
    if not days:
        return None, "", ""
    day, how = days[0]
    days = [(_near(d, day) if h == "the dateline" else d, h) for d, h in days]
    other = next(((d, h) for d, h in days[1:] if d.iso()[:10] != day.iso()[:10]), None)
    if other is None:
        return day, how, ""
    # a dateline's day without a year, or one day before a stamp, is the same story filed earlier
    if other[1] == "the dateline" and 0 <= day.start_days - other[0].start_days <= 1:
        return day, how, ""
    # short enough for the window's status bar: the stamp's own words stay in ``how`` only
    by = how.split(" (", 1)[0]
    return day, how, f"dated {day.iso()[:10]} by {by}, though {other[1]} says {other[0].iso()[:10]}"


_DATELINE_ONLY = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3})"  # NAIROBI, WASHINGTON, Gaza City
    r"(?:,\s*[A-Z][A-Za-z.' -]{1,30})?"  # , Kenya
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # , March 12(, 2025)
    r"\s*(?:\((?P<agency>[A-Za-z .&-]{2,30})\))?"  # (AP)
    r"\s*(?:[-–—_]+|--)?\s*$"
)


def _dateline_agency(body: str) -> str:
    """The agency of a dateline on a line of its own ("NAIROBI, Kenya (AP) _" gives "AP")."""
    first = body.lstrip("\n").split("\n", 1)[0]
    m = _DATELINE_ONLY.match(first)
    return (m["agency"] or "").strip() if m and is_dateline(first) else ""


def is_dateline(line: str) -> bool:
    """A line that is only a dateline ("NAIROBI, Kenya (AP) _", "WASHINGTON, March 12 (Xinhua)
    --"): a place in capitals or an agency in brackets, then a dash at most. Never a title."""
    m = _DATELINE_ONLY.match(line)
    if m is None:
        return False
    capitals = m["place"].split()[0].isupper() and len(m["place"].split()[0]) >= 3
    return bool(m["agency"]) or (capitals and line.rstrip()[-1:] in "-–—_")


_LEAD_END = re.compile(r"(?<=[a-z0-9\)\"”'])[.!?](?=\s+[\"“A-Z]|\s*$)")
_ATTRIBUTION = re.compile(
    r",\s+(?:(?:the\s+)?[\w .'-]{1,60}?\s+(?:said|says|told|reported|announced|added|stated)|"
    r"(?:said|says|according\s+to)\b)[^,]*$"
)


def lead_title(body: str, limit: int = 90) -> str:
    """A title for a story without a headline: its first sentence's main clause, after the
    dateline, without a closing attribution ("..., officials said"), cut at a word near
    ``limit`` characters. Empty when the body has no words."""
    first = next((line.strip()[:600] for line in body[:5000].split("\n") if line.strip()), "")
    m = _DATELINE.match(first) or _AGENCY.match(first)
    if m:
        first = first[m.end() :]
    first = re.sub(r"^\s*[-–—_]+\s*", "", first)
    end = _LEAD_END.search(first)
    sentence = first[: end.start()] if end else first
    sentence = _ATTRIBUTION.sub("", sentence).strip(" ,;:-–—")
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence[:1].upper() + sentence[1:]
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return cut[:1].upper() + cut[1:] + "…"


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _is_title(line: str) -> bool:
    stripped = line.strip()
    if _MD_TITLE.match(line):
        return True
    ends_like_a_sentence = stripped.endswith((".", ",", ";", ":"))
    return 0 < len(stripped) <= 200 and not ends_like_a_sentence and "(" not in stripped[:3]


def _date_line(line: str) -> FuzzyDate | None:
    stripped = line.strip()
    if not stripped or len(stripped) > 70:
        return None
    m = _DATE_FIELD.match(stripped)
    candidate = m.group(1) if m else stripped
    if not re.search(r"\d", candidate) or len(candidate.split()) > 6:
        return None
    return _parse_loose_date(candidate)


def _dateline_date(body: str) -> tuple[FuzzyDate | None, str]:
    m = _DATELINE.match(body[:200])
    if not m:
        return None, ""
    return _parse_loose_date(m.group("date"), allow_no_year=True), (m.group("agency") or "").strip()


def _agency(body: str) -> str:
    m = _AGENCY.match(body[:120])
    return m.group("agency").strip() if m else ""


def _date_or_none(value: object) -> FuzzyDate | None:
    if not isinstance(value, str):
        return None
    try:
        return FuzzyDate.parse(value[:10])
    except ValueError:
        return None


def _parse_loose_date(text: str, *, allow_no_year: bool = False) -> FuzzyDate | None:
    """A date written in words or numbers, via dateparser; day precision or nothing."""
    import dateparser

    has_year = bool(re.search(r"\b\d{4}\b", text))
    if not has_year and not allow_no_year:
        return None
    settings = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(text, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a date line is optional
        return None
    if parsed is None:
        return None
    return FuzzyDate(parsed.year, parsed.month, parsed.day)
