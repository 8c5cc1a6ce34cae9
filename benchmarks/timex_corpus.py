"""Shared helpers for the temporal-tagger benchmark and dev scripts: read the TempEval-3
corpora from ../shared/corpus/timex and write predictions in the scorer's format."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from heldout import shared_dir

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.temporal import tag

REPO = Path(__file__).resolve().parents[1]
SHARED = shared_dir()
CORPUS = SHARED / "corpus" / "timex"
SCORER = SHARED / "tools" / "eval_timex.py"
SETS = ("timebank", "aquaint")


def documents(name: str) -> Iterator[dict]:
    with open(CORPUS / f"{name}.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def predict(doc: dict) -> list[dict]:
    anchor = FuzzyDate.parse(doc["dct"][:10])
    return [
        {"start": e.start, "end": e.end, "type": e.type, "value": e.value, "text": e.text}
        for e in tag(doc["text"], anchor, language="en")
    ]


def write_predictions(name: str, out: Path) -> Path:
    path = out / f"{name}.pred.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for doc in documents(name):
            f.write(json.dumps({"id": doc["id"], "timexes": predict(doc)}) + "\n")
    return path


def score(name: str, predictions: Path, *extra: str) -> str:
    return score_files(CORPUS / f"{name}.jsonl", predictions, *extra)


def score_files(gold: Path, predictions: Path, *extra: str) -> str:
    """The tables ../shared/tools/eval_timex.py prints for ``predictions`` against ``gold``."""
    result = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(predictions), *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout
