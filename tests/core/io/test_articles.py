"""Article loading: formats, metadata, publication dates, refusals; nothing fetched."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.io.articles import (
    MAX_ARTICLE_BYTES,
    article_from_html,
    article_from_text,
    load_article,
)

BODY = (
    "Envoys from both sides met on Monday in Geneva to discuss a ceasefire, officials said.\n"
    "The talks will resume on Friday, a spokesperson for the mediators told reporters.\n"
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test: articles are never fetched."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a network connection was attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- plain text and Markdown --------------------------------------------------------


def test_sample_header_gives_date_and_title(sample_path: Path) -> None:
    article = load_article(sample_path)
    first_lines = sample_path.read_text(encoding="utf-8").splitlines()
    assert article.published == FuzzyDate.parse(first_lines[0].split()[1])
    assert article.title == first_lines[1].strip()
    assert not article.text.startswith((" date", first_lines[1]))
    assert article.text.split("\n")[0] == first_lines[2].strip()


def test_header_form_on_any_text() -> None:
    article = article_from_text(" date 1999-03-24 17\nAllies Begin Air Campaign\n" + BODY)
    assert article.published == FuzzyDate(1999, 3, 24)
    assert article.title == "Allies Begin Air Campaign"
    assert article.text == BODY.strip("\n")


def test_markdown_heading_is_the_title(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "talks.md", "# Talks Resume in Geneva\n\n" + BODY))
    assert article.title == "Talks Resume in Geneva"
    assert article.text.startswith("Envoys from both sides")
    assert article.path == str(tmp_path / "talks.md")


def test_a_text_without_a_headline_is_titled_by_its_first_sentence(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "geneva-talks.txt", BODY))
    assert 20 < len(article.title) <= 90
    assert BODY.strip().startswith(article.title.rstrip("…"))  # the lead's words, from its start
    assert article.text == BODY.strip("\n")


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        (
            "NAIROBI, Kenya (AP) _\nThe envoy met rebel leaders in the capital on Monday, officials said.\n",
            "The envoy met rebel leaders in the capital on Monday",
            "AP",
        ),
        (
            "WASHINGTON, March 12 (Xinhua) --\nThe two sides agreed on Tuesday to resume trade talks.\n",
            "The two sides agreed on Tuesday to resume trade talks",
            "Xinhua",
        ),
        (
            "GENEVA, December 2, 2025 (Reuters) - Envoys resumed talks on Tuesday, diplomats said.\n",
            "Envoys resumed talks on Tuesday",
            "Reuters",
        ),
    ],
)
def test_a_dateline_is_never_the_title(text: str, title: str, source: str) -> None:
    """Without a headline the title is the lead's main clause, not "NAIROBI, Kenya (AP) _"."""
    article = article_from_text(text)
    assert article.title == title and article.source == source


def test_a_long_lead_is_cut_at_a_word() -> None:
    lead = "The foreign ministers of the two neighbouring countries " + "met again " * 12 + "on Monday."
    article = article_from_text(lead + "\nThey agreed to meet again.")
    assert len(article.title) <= 90 and article.title.endswith("…") and " met again" in article.title


@pytest.mark.parametrize(
    "line",
    [
        "Published: 2 December 2025",
        "Published on December 2, 2025",
        "Date: 2025-12-02",
        "2 December 2025",
        "Publié le 2 décembre 2025",
        "Veröffentlicht am 2. Dezember 2025",
        "Publicado el 2 de diciembre de 2025",
        "Опубликовано 2 декабря 2025",
        "Опубліковано 2 грудня 2025",
    ],
)
def test_date_line_under_the_title(line: str) -> None:
    article = article_from_text(f"Talks Resume in Geneva\n{line}\n\n{BODY}")
    assert article.published == FuzzyDate(2025, 12, 2)
    assert article.title == "Talks Resume in Geneva"
    assert line not in article.text


@pytest.mark.parametrize("line", ["Published: 2025-12-02", "Date: 2 December 2025", "2025-12-02"])
def test_a_date_line_above_the_title_dates_the_article_and_is_not_its_title(line: str) -> None:
    article = article_from_text(f"{line}\n\nTalks Resume in Geneva\n\n{BODY}")
    assert article.published == FuzzyDate(2025, 12, 2)
    assert article.title == "Talks Resume in Geneva"
    assert line not in article.text


def test_dateline_with_year_and_agency() -> None:
    article = article_from_text("Talks Resume\nGENEVA, December 2, 2025 (Reuters) - " + BODY)
    assert article.published == FuzzyDate(2025, 12, 2)
    assert article.source == "Reuters"
    assert article.text.startswith("GENEVA, December 2, 2025 (Reuters) -")


def test_dateline_without_year_takes_month_and_day() -> None:
    article = article_from_text("Talks Resume\nMOSCOW, Dec 2 (Reuters) - " + BODY)
    assert article.published is not None
    assert (article.published.month, article.published.day) == (12, 2)
    assert article.source == "Reuters"


def test_user_date_overrides_header_date_line_and_dateline(tmp_path: Path) -> None:
    text = " date 2025-12-02 1\nTitle\nPublished: 3 December 2025\nMOSCOW, Dec 4 (Reuters) - " + BODY
    path = write(tmp_path, "a.txt", text)
    assert load_article(path).published == FuzzyDate(2025, 12, 2)
    assert load_article(path, published="2020-01-31").published == FuzzyDate(2020, 1, 31)
    assert article_from_text(text, published=FuzzyDate(2019, 5, 1)).published == FuzzyDate(2019, 5, 1)


def test_a_bad_user_date_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="publication date") as info:
        article_from_text(BODY, published="2025-02-30")
    assert "\n" not in str(info.value)


def test_same_text_same_id_and_sha256(tmp_path: Path) -> None:
    a = load_article(write(tmp_path, "a.txt", "Title\n" + BODY))
    b = load_article(write(tmp_path, "b.txt", "Title\r\n" + BODY.replace("\n", "\r\n")))
    assert (a.id, a.sha256) == (b.id, b.sha256)
    assert len(a.sha256) == 64
    assert "\r" not in b.text


# -- encodings ----------------------------------------------------------------------

WESTERN = "Le président a déclaré à Genève : « ça suffit », über Köln.\n" * 3
NON_LATIN = "Россия заявила о переговорах в Женеве. 北京 12月2日.\n" * 3


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (WESTERN, WESTERN.encode("utf-8")),
        (WESTERN, b"\xef\xbb\xbf" + WESTERN.encode("utf-8")),
        (WESTERN, WESTERN.encode("utf-16")),  # with a BOM
        (WESTERN, b"\xff\xfe" + WESTERN.encode("utf-16-le")),
        (WESTERN, b"\xfe\xff" + WESTERN.encode("utf-16-be")),
        (WESTERN, WESTERN.encode("utf-16-le")),  # no BOM
        (WESTERN, WESTERN.encode("utf-16-be")),
        (NON_LATIN, NON_LATIN.encode("utf-16-le")),
        (NON_LATIN, NON_LATIN.encode("utf-16-be")),
        (WESTERN, WESTERN.encode("latin-1")),
        (WESTERN + "“Quotes” – and €.\n", (WESTERN + "“Quotes” – and €.\n").encode("cp1252")),
        ("Café\n", "Café\n".encode("cp1252")),
    ],
    ids=[
        "utf8", "utf8-bom", "utf16-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be",
        "utf16le-cyrillic-cjk", "utf16be-cyrillic-cjk", "latin1", "cp1252", "cp1252-short",
    ],
)  # fmt: skip
def test_encodings_are_detected(tmp_path: Path, text: str, data: bytes) -> None:
    article = load_article(write(tmp_path, "a.txt", data))
    assert article.text == text.strip("\n")


def test_utf8_with_a_cp1252_paragraph_keeps_both() -> None:
    from timeline_app.core.io.articles import decode_bytes

    data = "Café crème, naïve façade.\n".encode() + "Genève, Zürich – “fin”.\n".encode("cp1252")
    assert decode_bytes(data) == "Café crème, naïve façade.\nGenève, Zürich – “fin”.\n"


# -- HTML ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Envoys Meet in Geneva | World News</title>
<meta property="og:title" content="Envoys Meet in Geneva">
{date_meta}
<meta property="og:site_name" content="World News">
<script>var secret = "SCRIPT_TEXT"; fetch("http://203.0.113.9/x");</script>
<style>.STYLE_TEXT {{ color: red }}</style>
<link rel="stylesheet" href="http://203.0.113.9/s.css">
</head><body><nav>Home | NAV_TEXT</nav>
<article><h1>Envoys Meet in Geneva</h1>
<img src="http://203.0.113.9/remote.jpg" alt="IMG_ALT">
<p>{dateline}Envoys from both sides met on Monday in Geneva to discuss a ceasefire, officials said,
in the first direct talks for months.</p>
<script>document.write("INLINE_SCRIPT")</script>
<p>The talks will resume on Friday, a spokesperson for the mediators told reporters after the session
ended late in the evening.</p>
<iframe src="http://203.0.113.9/frame"></iframe>
<p>Diplomats described the meeting as constructive but cautioned that differences remain.</p>
</article><footer>FOOTER_TEXT</footer></body></html>"""
DATE_META = '<meta property="article:published_time" content="2025-12-02T10:14:00Z">'


def test_html_title_date_site_and_main_text(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", PAGE.format(date_meta=DATE_META, dateline=""))
    article = load_article(path)
    assert article.title == "Envoys Meet in Geneva"
    assert article.published == FuzzyDate(2025, 12, 2)
    assert article.source == "World News"
    assert "Envoys from both sides met on Monday" in article.text
    assert "Diplomats described the meeting" in article.text
    for junk in ("SCRIPT_TEXT", "STYLE_TEXT", "INLINE_SCRIPT", "color: red", "<", "NAV_TEXT"):
        assert junk not in article.text


def test_html_without_date_metadata_uses_the_dateline(tmp_path: Path) -> None:
    page = PAGE.format(date_meta="", dateline="GENEVA, December 2, 2025 (Reuters) - ")
    article = load_article(write(tmp_path, "page.htm", page))
    assert article.published == FuzzyDate(2025, 12, 2)


def test_html_user_date_overrides_metadata(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", PAGE.format(date_meta=DATE_META, dateline=""))
    assert load_article(path, published="2024-06-01").published == FuzzyDate(2024, 6, 1)


def test_html_in_utf16_and_cp1252(tmp_path: Path) -> None:
    page = PAGE.format(date_meta=DATE_META, dateline="").replace("Geneva to", "Genève to")
    for encoding in ("utf-16", "cp1252"):
        article = load_article(write(tmp_path, f"page-{encoding}.html", page.encode(encoding)))
        assert "met on Monday in Genève to discuss" in article.text


def test_html_by_content_without_html_suffix(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "saved.page", PAGE.format(date_meta=DATE_META, dateline="")))
    assert article.title == "Envoys Meet in Geneva"
    assert "<" not in article.text


def test_html_without_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", "<html><head><script>var x = 1;</script></head><body></body></html>")
    with pytest.raises(InputError, match="no article text") as info:
        load_article(path)
    assert str(info.value).startswith("empty.html:")


def test_html_bytes_are_decoded() -> None:
    page = PAGE.format(date_meta=DATE_META, dateline="").encode("utf-16")
    assert article_from_html(page, path="p.html").title == "Envoys Meet in Geneva"


# -- refusals -----------------------------------------------------------------------


def one_line_error(path: Path, match: str, **kwargs: object) -> str:
    with pytest.raises(InputError, match=match) as info:
        load_article(path, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(path.name + ":") or message.startswith(str(path) + ":")
    return message


def test_empty_files_are_refused(tmp_path: Path) -> None:
    one_line_error(write(tmp_path, "empty.txt", b""), "is empty")
    one_line_error(write(tmp_path, "blank.txt", b" \n\r\n\t \n"), "is empty")
    one_line_error(write(tmp_path, "bom.txt", b"\xef\xbb\xbf\n\n"), "is empty")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        b"\x7fELF\x02\x01\x01\x00" + bytes(4000),
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4,
        bytes((i * 7919 + 13) % 256 for i in range(20000)),
    ],
    ids=["png", "elf", "zip", "noise"],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes) -> None:
    one_line_error(write(tmp_path, "thing.txt", data), "binary")


def test_files_over_the_limit_are_refused_without_reading_them(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:  # sparse: takes no disk space
        out.truncate(MAX_ARTICLE_BYTES + 1)
    message = one_line_error(path, "MB")
    assert "20 MB" in message


def test_a_small_limit_applies(tmp_path: Path) -> None:
    one_line_error(write(tmp_path, "a.txt", "Title\n" + BODY), "refused", max_bytes=10)


def test_missing_file_folder_and_device(tmp_path: Path) -> None:
    one_line_error(tmp_path / "missing.txt", "no such file")
    (tmp_path / "folder.txt").mkdir()
    one_line_error(tmp_path / "folder.txt", "folder")
    with pytest.raises(InputError, match="not a regular file"):
        load_article("/dev/zero")  # would never end if read


# -- encodings, as properties -------------------------------------------------------------

# Printable text with newlines (control characters make a file binary, by design).
printable = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff") | st.just("\n"),
    min_size=1,
    max_size=400,
).filter(lambda t: t.strip())


@settings(max_examples=80, deadline=None)
@given(printable, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_encodings_always_decode_exactly(text: str, encoding: str) -> None:
    from timeline_app.core.io.decoding import decode_bytes

    assert decode_bytes(text.encode(encoding)) == text


# One sentence of news per language written in a legacy single-byte code page.
NEWS = [
    ("cp1252", "Le président a déclaré mardi à Genève que les négociations reprendraient la semaine "
               "prochaine, après l'échec des pourparlers. « Ça suffit », a-t-il ajouté à l'hôtel."),
    ("cp1252", "Der Außenminister sagte am Dienstag in Genf, die Gespräche würden nächste Woche "
               "fortgesetzt. Die Verhandlungen über einen Waffenstillstand seien schwierig."),
    ("cp1252", "El ministro afirmó el martes en Ginebra que las negociaciones continuarán la próxima "
               "semana. «Todavía no hay acuerdo», dijo el señor García tras la reunión."),
    ("cp1252", "Utrikesministern sade på tisdagen att förhandlingarna fortsätter nästa vecka. Det finns "
               "ännu inget avtal, sade han efter mötet, men parterna närmar sig varandra."),
    ("cp1250", "Ministr zahraničí v úterý v Ženevě řekl, že jednání budou pokračovat příští týden. "
               "Dohoda zatím není, ale strany se přibližují, uvedl po schůzce s novináři."),
    ("cp1250", "Minister spraw zagranicznych powiedział we wtorek w Genewie, że rozmowy będą "
               "kontynuowane w przyszłym tygodniu. Porozumienia jeszcze nie ma."),
    ("cp1250", "A külügyminiszter kedden Genfben azt mondta, hogy a tárgyalások jövő héten "
               "folytatódnak. Még nincs megállapodás, de a felek közelednek egymáshoz."),
    ("cp1254", "Dışişleri Bakanı salı günü Cenevre'de müzakerelerin gelecek hafta devam edeceğini "
               "söyledi. Henüz bir anlaşma yok, ancak taraflar birbirine yaklaşıyor."),
    ("cp1257", "Užsienio reikalų ministras antradienį Ženevoje pareiškė, kad derybos bus tęsiamos "
               "kitą savaitę. Susitarimo dar nėra, tačiau šalys artėja viena prie kitos."),
    ("cp1251", "Министр иностранных дел заявил во вторник в Женеве, что переговоры продолжатся на "
               "следующей неделе. Соглашения пока нет, но стороны сближаются."),
    ("cp1253", "Ο υπουργός Εξωτερικών δήλωσε την Τρίτη στη Γενεύη ότι οι διαπραγματεύσεις θα "
               "συνεχιστούν την επόμενη εβδομάδα. Δεν υπάρχει ακόμη συμφωνία."),
]  # fmt: skip


@pytest.mark.parametrize(("encoding", "text"), NEWS, ids=[f"{e}-{t[:12]}" for e, t in NEWS])
@pytest.mark.parametrize("length", [None, 100])
def test_legacy_code_pages_of_news_text_decode_exactly(encoding: str, text: str, length: int | None) -> None:
    """charset-normalizer alone read French as cp1250 ("Genčve") and Polish as cp1252 ("bêd¹")."""
    from timeline_app.core.io.decoding import decode_bytes

    text = text if length is None else text[: text.rfind(" ", 0, length)]
    assert decode_bytes((text + "\n").encode(encoding)) == text + "\n"


def test_page_furniture_is_dropped_from_a_text_article_and_counted(tmp_path: Path) -> None:
    page = (
        "Truce talks open in Harbourton\n\n"
        "By ANNA BRENNER, Northern Wire Writer\n\n"
        "Envoys from both sides met on Monday in Harbourton to discuss a ceasefire, officials said.\n\n"
        "Share this article\n\n"
        "The talks will resume on Friday, a spokesperson for the mediators told reporters.\n\n"
        "Copyright 2031 Northern Wire. All rights reserved.\n"
    )
    path = tmp_path / "truce.txt"
    path.write_text(page, encoding="utf-8")
    article = load_article(path, published="2031-03-04")
    assert article.title == "Truce talks open in Harbourton"
    assert article.boilerplate_lines == 3
    assert (
        "By ANNA" not in article.text and "Share this" not in article.text and "Copyright" not in article.text
    )
    assert article.text.startswith("Envoys from both sides met on Monday")
    # the text the article keeps is what the events' sources point into
    from timeline_app.core.extract import extract_events

    events = extract_events(article)
    assert events
    for event in events:
        for source in event.sources:
            assert article.text[source.start : source.end] == source.quote


def test_a_pasted_text_without_furniture_is_kept_as_it_is() -> None:
    article = article_from_text(BODY, published="2031-03-04")
    assert article.boilerplate_lines == 0
    assert article.text == BODY.strip("\n")


def test_a_web_page_loses_the_furniture_trafilatura_keeps() -> None:
    html = (
        "<html><head><title>Truce talks</title></head><body><article><h1>Truce talks</h1>"
        "<p>By ANNA BRENNER, Northern Wire Writer</p>"
        "<p>Envoys from both sides met on Monday in Harbourton to discuss a ceasefire, officials said.</p>"
        "<p>Advertisement</p>"
        "<p>The talks will resume on Friday, a spokesperson for the mediators told reporters.</p>"
        "<p>Share this article</p></article></body></html>"
    )
    article = article_from_html(html, published="2031-03-04")
    assert "Advertisement" not in article.text and "Share this" not in article.text
    assert "Envoys from both sides met" in article.text and "The talks will resume" in article.text
    assert article.boilerplate_lines >= 2


def test_a_dateline_under_a_byline_still_dates_the_article() -> None:
    text = (
        "Truce talks resume\n\n"
        "By ANNA BRENNER, Northern Wire Writer\n\n"
        "HARBOURTON, March 3, 2031 (NW) - The foreign ministers met in Harbourton on Monday.\n"
    )
    article = article_from_text(text)
    assert article.published == FuzzyDate(2031, 3, 3)
    assert article.source == "NW"
    assert article.boilerplate_lines == 1


# -- the publication day: the user's, the page's own stamp, its metadata, its dateline --------


def test_a_stamp_glued_into_a_pasted_pages_header_dates_it_and_is_dropped() -> None:
    text = "Envoys meet in Geneva Tuesday 2 December 2025 16.35 GMT " + BODY
    article = article_from_text(text)
    assert article.published == FuzzyDate(2025, 12, 2)
    assert article.text.startswith("Envoys from both sides met on Monday")
    assert article.date_note == ""


def test_a_typed_day_wins_over_the_pages_stamp_and_the_import_says_so() -> None:
    text = "Published: 3 December 2025\n" + BODY
    article = article_from_text(text, published="2025-12-05")
    assert article.published == FuzzyDate(2025, 12, 5)
    assert "2025-12-05" in article.date_note and "2025-12-03" in article.date_note
    assert article_from_text(text, published="2025-12-03").date_note == ""


def test_html_stamp_in_the_text_wins_over_metadata_and_the_import_says_so(tmp_path: Path) -> None:
    page = PAGE.format(date_meta=DATE_META, dateline="").replace(
        "<article><h1>Envoys Meet in Geneva</h1>",
        "<article><h1>Envoys Meet in Geneva</h1><p>Published: 4 December 2025</p>",
    )
    article = load_article(write(tmp_path, "page.html", page))
    assert article.published == FuzzyDate(2025, 12, 4)
    assert "stamp" in article.date_note and "metadata" in article.date_note
    assert "2025-12-02" in article.date_note
    agreeing = load_article(write(tmp_path, "same.html", page.replace("4 December", "2 December")))
    assert agreeing.published == FuzzyDate(2025, 12, 2) and agreeing.date_note == ""


def test_a_programme_listing_is_no_article() -> None:
    listing = (
        "Rosa Lind sits in for Tom Vale this week and welcomes two bands.\n"
        "Presenter/Rosa Lind, Producer/Ben Carr for the network The comedy show returns.\n"
        "Presenter/Ann Moor, Producer/Jo Pike for the network\n"
    )
    with pytest.raises(InputError, match="programme listing") as info:
        article_from_text(listing, path="/tmp/listing.txt")
    assert str(info.value).startswith("listing.txt: ")
