"""Hostile content on the command line (issue 15, points 5 and 6): control characters never
reach XML, and one bad record in an import file does not stop the import."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.io.exchange import import_ics
from timeline_app.core.io.project import load_project, save_project
from timeline_app.core.model import Article, Event, Source, Timeline

CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ud800\udfff"
"""Every C0 control XML 1.0 forbids (NUL, BEL, ESC, form feed...) and two lone surrogates."""
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def hostile_project(folder: Path) -> Path:
    text = f"Envoys{CONTROLS} met in Geneva."
    article = Article("a1", f"Talks{CONTROLS}", text, FuzzyDate(2025, 3, 1), f"Wire{CONTROLS}")
    timeline = Timeline(title=f"Geneva{CONTROLS}talks")
    timeline.add_article(article)
    timeline.add_events(
        [
            Event("e1", f"Envoys{CONTROLS} meet", FuzzyDate(2025, 3, 3), actors=(f"Envoys{CONTROLS}",),
                  places=(f"Geneva{CONTROLS}",), sources=(Source.from_article(article, 0, len(text)),)),
            Event("e2", "\x0cTalks\x1b[31m resume\x07\x00", FuzzyDate(2025, 3, 10), actors=("UN",)),
        ]
    )  # fmt: skip
    path = folder / "hostile.json"
    save_project(timeline, path)
    return path


@pytest.mark.parametrize("lanes", ["none", "actor", "article"])
def test_svg_stays_well_formed_xml(tmp_path: Path, lanes: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.svg"
    args = ["export", str(hostile_project(tmp_path)), "-o", str(out), "--lanes", lanes]
    assert main([*args, "--subtitle", f"sub{CONTROLS}title"]) == 0
    root = ET.parse(out).getroot()  # raises on a control character
    text = " ".join(root.itertext())
    assert "Envoys" in text and "meet" in text and "resume" in text
    assert not XML_FORBIDDEN.search(out.read_bytes().decode("utf-8"))


def test_pdf_metadata_is_well_formed_xml(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert main(["export", str(hostile_project(tmp_path)), "-o", str(out)]) == 0
    data = out.read_bytes()
    packet = re.search(rb"<\?xpacket begin.*?<\?xpacket end=['\"]w['\"]\?>", data, re.S)
    assert packet is not None, "Qt writes the metadata as an XMP packet"
    root = ET.fromstring(packet.group(0))
    assert "Geneva" in " ".join(root.itertext())


def test_png_text_chunks_hold_no_control_character(tmp_path: Path) -> None:
    from PySide6.QtGui import QImageReader

    out = tmp_path / "out.png"
    assert main(["export", str(hostile_project(tmp_path)), "-o", str(out), "--width", "1300"]) == 0
    reader = QImageReader(str(out))
    keys = reader.textKeys()
    assert "Title" in keys
    for key in keys:
        assert not XML_FORBIDDEN.search(reader.text(key)), key
    assert reader.text("Title").startswith("Geneva")


# -- 6. one bad record ----------------------------------------------------------------------------

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Envoys meet\r\nDTSTART;VALUE=DATE:20250301\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b1\r\nSUMMARY:Bad\r\nDTSTART;VALUE=DATE:20250230\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b2\r\nSUMMARY:Bad\r\nDTSTART;VALUE=DATE:00000101\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b3\r\nSUMMARY:Bad\r\nDTSTART;VALUE=PERIOD:20250101T000000Z/20250102T000000Z\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b4\r\nSUMMARY:Bad\r\nDTSTART;VALUE=DATE:20250101\r\nX-TIMELINE-APP-EVENT:[1,2]\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_extract_imports_the_good_vevents_and_warns_of_the_bad(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "cal.ics"
    ics.write_text(CALENDAR, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["extract", str(ics), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("timeline-app: warning: cal.ics: event") == 4 and "internal error" not in err
    assert [e.id for e in load_project(out)[0].events] == ["good"]


def test_export_imports_a_timelinejs_file_with_an_infinite_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    web = tmp_path / "web.json"
    web.write_text(
        '{"events": [{"start_date": {"year": 2020}, "text": {"headline": "Good"}},'
        ' {"start_date": {"year": Infinity}, "text": {"headline": "Bad"}}]}',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert main(["export", str(web), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "web.json: event 2: skipped (year inf is not a number)" in err
    assert "Good" in out.read_text(encoding="utf-8-sig") and "Bad" not in out.read_text(encoding="utf-8-sig")


# -- 8. data the format allows, in every output ---------------------------------------------------


def odd_project(folder: Path, title: str, event_title: str) -> Path:
    timeline = Timeline(title=title)
    timeline.add_events(
        [
            Event("e1", event_title, FuzzyDate(2025, 3, 3), actors=("UN",), places=("Geneva",)),
            Event("e2", "Far future", FuzzyDate(999_999, precision=Precision.YEAR), actors=("UN",)),
            Event("e3", "Far past", FuzzyDate(-999_999, precision=Precision.YEAR)),
        ]
    )
    path = folder / "odd.json"
    save_project(timeline, path)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".ics", ".md", ".json"])
def test_a_lone_surrogate_becomes_a_replacement_character(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project = odd_project(tmp_path, "Talks\ud800 log", "Envoys\udfff meet")
    out = tmp_path / f"out{suffix}"
    fmt = ["--format", "timelinejs"] if suffix == ".json" else []
    assert main(["export", str(project), "-o", str(out), *fmt]) == 0, capsys.readouterr().err
    text = out.read_bytes().decode("utf-8")  # strict: raises on an encoded surrogate
    assert "Envoys\ufffd meet" in text or "Envoys\\ufffd meet" in text
    assert "internal error" not in capsys.readouterr().err


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_newline_in_a_title_is_escaped_in_icalendar(
    tmp_path: Path, newline: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project = odd_project(tmp_path, f"Geneva{newline}talks, 2025", f"Envoys{newline}meet")
    out = tmp_path / "out.ics"
    subtitle = tmp_path / "sub.ics"
    assert main(["export", str(project), "-o", str(out)]) == 0, capsys.readouterr().err
    assert main(["export", str(project), "-o", str(subtitle), "--title", f"One{newline}two"]) == 0
    for path in (out, subtitle):
        lines = path.read_bytes().split(b"\r\n")
        assert all(b"\r" not in line and b"\n" not in line for line in lines)
    back = import_ics(out.read_bytes())  # the calendar's own name, not the file's
    assert back.timeline.title == "Geneva\ntalks, 2025"
    assert [e.title for e in back.timeline.events] == [f"Envoys{newline}meet"]  # exact, from the extension
    assert import_ics(subtitle.read_bytes()).timeline.title == "One\ntwo"


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
@pytest.mark.parametrize("span", [[], ["--from", "-999999", "--to", "999999"]])
def test_images_of_the_furthest_years_are_drawn(
    tmp_path: Path, suffix: str, span: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(odd_project(tmp_path, "Far", "Envoys meet")), "-o", str(out), *span]) == 0
    assert "internal error" not in capsys.readouterr().err
    assert out.stat().st_size > 0
    if suffix == ".svg":  # the axis spans the two million years, not the first ten thousand
        text = " ".join(ET.parse(out).getroot().itertext())
        assert "800000" in text and "AD 1" in text, text
