"""`timeline-app timex`: table and JSON output, anchor option, exit codes."""

from __future__ import annotations

import json

from timeline_app.cli import main


def test_table_lists_the_sample_expressions(sample_path, capsys):
    assert main(["timex", str(sample_path)]) == 0
    out = capsys.readouterr().out
    assert "anchor 2025-12-02" in out
    assert "'Late Monday'" in out and "LATE" in out
    assert "2025-11-30" in out


def test_json_lines(sample_path, capsys):
    assert main(["timex", str(sample_path), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    tuesday = next(r for r in rows if r["text"] == "Tuesday")
    assert tuesday["value"] == "2025-12-02"
    assert tuesday["date"]["precision"] == "day"
    assert "future" in tuesday["explanation"]


def test_anchor_overrides_the_publication_date(sample_path, capsys):
    assert main(["timex", str(sample_path), "--json", "--anchor", "2025-12-09"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert next(r for r in rows if r["text"] == "Sunday")["value"] == "2025-12-07"


def test_plain_text_without_header_and_no_anchor(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text("Talks resumed on Monday and ended on 4 March 2024.\n", encoding="utf-8")
    assert main(["timex", str(path), "--json"]) == 0
    values = [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()]
    assert values == ["XXXX-WXX-1", "2024-03-04"]


def test_bad_anchor_and_missing_file_are_input_errors(sample_path, tmp_path, capsys):
    assert main(["timex", str(sample_path), "--anchor", "2025-13-01"]) == 1
    assert main(["timex", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("timeline-app:") == 2
