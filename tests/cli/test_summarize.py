"""`timeline-app summarize`: key dates of a folder of articles, as Markdown, JSON or an image."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.io.exchange import import_timelinejs
from timeline_app.core.io.project import load_project

ACCORD = "On 4 July 2031 the government of Kalia and the rebels signed a peace accord in Arusha."
ACCORD_AGAIN = "The rebels and the government of Kalia signed a peace accord in Arusha on 4 July 2031."
TALKS = "The government of Kalia and the rebels met in Geneva on 20 June 2031 for talks on a ceasefire."
VISIT = "On 2 May 2031 a Kalian minister visited Nairobi."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    (root / "june").mkdir(parents=True)
    (root / "a.txt").write_text(f"Accord signed\n\n{ACCORD}\nThe United Nations welcomed it.\n")
    (root / "june" / "b.md").write_text(f"# Peace\n\n{ACCORD_AGAIN}\n\n{TALKS}\n")
    (root / "june" / "c.html").write_text(f"<html><body><h1>Talks</h1><p>{TALKS}</p></body></html>")
    (root / "june" / "d.htm").write_text(f"<html><body><p>{ACCORD} {VISIT}</p></body></html>")
    (root / "notes.csv").write_text("not,an,article\n")  # not read from a folder
    return root


def test_a_folder_is_read_recursively_and_the_most_reported_days_come_out(folder, capsys):
    assert main(["summarize", str(folder), "--dates", "2"]) == 0
    out, err = capsys.readouterr()
    assert "## 2031-07-04" in out and "## 2031-06-20" in out
    assert "2031-05-02" not in out  # told by one article only
    assert "from 4 articles" in err
    assert out.index("2031-06-20") < out.index("2031-07-04")  # calendar order
    assert "## Sources" in out and "\n1. " in out


def test_markdown_numbers_the_sources_each_sentence_cites(folder, tmp_path, capsys):
    out = tmp_path / "key.md"
    assert main(["summarize", str(folder), "--dates", "1", "--sentences", "2", "-o", str(out)]) == 0
    text = out.read_text()
    (day,) = [line for line in text.splitlines() if line.startswith("## 2031")]
    assert day.startswith("## 2031-07-04")
    bullets = [line for line in text.splitlines() if line.startswith("- ")]
    assert 1 <= len(bullets) <= 2 and "accord" in bullets[0]
    cited = {int(n) for line in bullets for n in __import__("re").findall(r"\[(\d+)\]", line)}
    listed = {
        int(line.split(".")[0]) for line in text.split("## Sources")[1].splitlines() if line[:1].isdigit()
    }
    assert cited and cited == listed
    assert "Reported by 3 articles." in text


def test_from_and_to_limit_the_days(folder, capsys):
    assert main(["summarize", str(folder), "--from", "2031-05", "--to", "2031-06-30", "--dates", "5"]) == 0
    out = capsys.readouterr().out
    assert "## 2031-06-20" in out and "## 2031-05-02" in out and "2031-07-04" not in out


def test_json_is_a_project_of_the_key_events_and_timelinejs_on_request(folder, tmp_path):
    project = tmp_path / "key.json"
    assert main(["summarize", str(folder), "--dates", "2", "-o", str(project)]) == 0
    timeline, _ = load_project(project)
    days = sorted({e.when.iso() for e in timeline.events})
    assert days == ["2031-06-20", "2031-07-04"]
    assert all(timeline.has_article(s.article) for e in timeline.events for s in e.sources)
    tljs = tmp_path / "key.tl.json"
    assert main(["summarize", str(folder), "--dates", "2", "--format", "timelinejs", "-o", str(tljs)]) == 0
    assert "events" in json.loads(tljs.read_text())
    assert len(import_timelinejs(json.loads(tljs.read_text())).timeline) == len(timeline.events)


def test_an_image_is_drawn_with_the_key_events(folder, tmp_path, capsys):
    out = tmp_path / "key.svg"
    assert main(["summarize", str(folder), "--dates", "2", "-o", str(out)]) == 0
    assert "badges" not in capsys.readouterr().err  # every key event labelled
    svg = out.read_text()
    assert svg.lstrip().startswith("<?xml") or "<svg" in svg[:500]
    assert "Geneva" in svg or "Kalia" in svg
    # drawn as Key Events mode: the other events as the density band (its legend entry), the
    # key events with their source counts
    assert "other events (density)" in svg
    assert "(2 sources)" in svg  # the talks, told by b.md and c.html


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--dates", "0"], 2, "--dates"),
        (["--from", "2031-07", "--to", "2031-06"], 2, "--to is before --from"),
        (["--from", "yesterday-ish"], 2, "--from"),
        (["-o", "out.docx"], 2, "cannot tell the format"),
        (["--format", "png"], 2, "needs -o"),
    ],
)
def test_bad_options_get_one_line(folder, args, code, message, capsys):
    assert main(["summarize", str(folder), *args]) == code
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_an_empty_folder_or_a_missing_file_is_one_line(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["summarize", str(tmp_path / "empty")]) == 1
    assert "no article files" in capsys.readouterr().err
    assert main(["summarize", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "missing.txt" in err and "Traceback" not in err


def test_an_unreadable_file_found_in_a_folder_is_left_out_with_a_line(folder, capsys):
    (folder / "june" / "empty.txt").write_text("")
    (folder / "scan.htm").write_bytes(bytes(range(256)) * 40)
    assert main(["summarize", str(folder), "--dates", "2"]) == 0
    out, err = capsys.readouterr()
    assert "## 2031-07-04" in out  # the readable articles still give their days
    left_out = [line for line in err.splitlines() if "left out" in line]
    assert any("empty.txt" in line for line in left_out) and any("scan.htm" in line for line in left_out)
    assert "Traceback" not in err
    # named on the command line, the same file still stops the command in one line
    assert main(["summarize", str(folder / "june" / "empty.txt"), str(folder / "a.txt")]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and len(err.strip().splitlines()) == 1


def test_a_folder_of_only_unreadable_files_is_one_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text("   \n")
    assert main(["summarize", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no file could be read" in err and len(err.strip().splitlines()) == 1


def test_an_article_given_as_output_is_refused(folder, capsys):
    article = folder / "a.txt"
    before = article.read_text()
    assert main(["summarize", str(folder), "-o", str(article.with_suffix(".md"))]) == 0
    assert main(["summarize", str(article), "--format", "md", "-o", str(article)]) == 1
    assert article.read_text() == before


def test_uncertain_events_weigh_by_their_confidence_but_are_shown_only_on_request(tmp_path, capsys):
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.io.project import save_project
    from timeline_app.core.model import Article, Event, Source, Timeline

    articles, events = [], []
    sentences = {
        "a0": ("The parliament of Kalia voted to dissolve itself on 3 May.", 0.95),
        "a1": ("Click here to read more about the parliament vote and the dissolved parliament.", 0.05),
        "a2": ("Share this story about the parliament vote and the dissolved parliament.", 0.05),
    }
    for article_id, (text, confidence) in sentences.items():
        articles.append(Article(article_id, article_id, text, published=FuzzyDate.parse("2031-05-03")))
        events.append(
            Event(
                id=f"e-{article_id}",
                title=text[:30],
                when=FuzzyDate.parse("2031-05-03"),
                expression="3 May",
                sources=(Source(article_id, 0, len(text), text),),
                confidence=confidence,
            )
        )
    timeline = Timeline(title="Kalia")
    timeline.replace_all("Kalia", articles, events)
    project = tmp_path / "kalia.json"
    save_project(timeline, project)
    assert main(["summarize", str(project), "--dates", "1", "--sentences", "3"]) == 0
    shown = capsys.readouterr().out
    assert "dissolve itself" in shown and "Click here" not in shown and "Share this" not in shown
    assert main(["summarize", str(project), "--dates", "1", "--sentences", "3", "--include-uncertain"]) == 0
    everything = capsys.readouterr().out
    assert "dissolve itself" in everything and ("Click here" in everything or "Share this" in everything)


def test_a_sentence_told_by_many_articles_cites_five_and_counts_the_rest(tmp_path, capsys):
    from timeline_app.cli.summarize import MAX_CITED, markdown
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.keydates import key_dates
    from timeline_app.core.model import Article, Event, Source, Timeline

    text = "On 3 May 2031 the parliament of Kalia voted to dissolve itself."
    articles = [Article(f"a{i}", f"Story {i}", text) for i in range(8)]
    event = Event(
        id="e1",
        title="Parliament dissolves itself",
        when=FuzzyDate.parse("2031-05-03"),
        expression="3 May 2031",
        sources=tuple(Source(a.id, 0, len(text), text) for a in articles),
    )
    timeline = Timeline(title="Kalia")
    timeline.replace_all("Kalia", articles, [event])
    out = markdown(timeline, key_dates([event], 1))
    assert f"[{MAX_CITED}] and 3 more" in out and f"[{MAX_CITED + 1}]" not in out
    assert "Reported by 8 articles." in out
    assert len([line for line in out.split("## Sources")[1].splitlines() if line[:1].isdigit()]) == MAX_CITED
