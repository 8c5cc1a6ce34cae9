"""Event dates: is each news event given the right calendar date (TimeBank+AQUAINT, TimeML gold).

    python -m benchmarks.bench_event_dates [--errors N] [--keep FILE]

Runs extract_events over every document of ../shared/corpus/events/timebank_aquaint_dates.jsonl
(its text, its "dct" as the publication date), writes one prediction per event source span
(start, end, the date as ISO cut to its precision or null, status, title; the span is the
event's sentence, or its own clause where the app gives it one, as the Article Text highlights
it) and scores them with
../shared/tools/eval_event_dates.py, strict and truncates, for all documents, for the tuning
part and for the held-out fifth (benchmarks/heldout.py), with the scorer's dct/text splits and
negation figures. The trivial baseline (each sentence dated by the first calendar DATE of the
timex gold, else by the publication date: the scorer's --make-baseline --dct-fallback) is
scored beside it.

It also counts the gold events of each part by class: a publication-day gold event right, covered
by no event, covered only by undated ones or given another date; a text-dated one right, covered
by none, undated, given the publication day or another date (counts only for the held-out fifth).

--errors N lists N wrongly dated or undated gold events of the TUNING part (never of the
held-out fifth), for development. Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.heldout import PARTS, Part, in_part, shared_dir

SHARED = shared_dir()
GOLD = SHARED / "corpus" / "events" / "timebank_aquaint_dates.jsonl"
TIMEX = (SHARED / "corpus" / "timex" / "timebank.jsonl", SHARED / "corpus" / "timex" / "aquaint.jsonl")
SCORER = SHARED / "tools" / "eval_event_dates.py"
TARGETS = {"all": ">=0.88", "tuning": "-", "held-out": ">=0.86"}


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(doc: dict) -> list[dict]:
    """One entry per source span of each event extract_events finds in the document."""
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import article_for_text, extract_events

    article = article_for_text(doc["text"], FuzzyDate.parse(doc["dct"][:10]))
    out = []
    for event in extract_events(article):
        date = event.when.iso() if event.when is not None else None
        for source in event.sources:
            out.append(
                {
                    "start": source.start,
                    "end": source.end,
                    "date": date,
                    "precision": str(event.when.precision) if event.when is not None else None,
                    "status": str(event.status),
                    "title": event.title,
                    "how": event.explanation,
                }
            )
    return out


def write_predictions(docs: list[dict], path: Path) -> float:
    """Writes the predictions; returns the seconds extraction took."""
    took = 0.0
    with open(path, "w", encoding="utf-8") as f:
        for doc in docs:
            started = time.perf_counter()
            events = predict(doc)
            took += time.perf_counter() - started
            f.write(json.dumps({"id": doc["id"], "events": events}, ensure_ascii=False) + "\n")
    return took


def subset(lines: list[dict], part: Part, path: Path) -> Path:
    path.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines if in_part(d["id"], part)),
        encoding="utf-8",
    )
    return path


def run_scorer(gold: Path, pred: Path, *extra: str) -> str:
    result = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred), *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def score(gold_docs: list[dict], pred_docs: list[dict], folder: Path, label: str) -> dict[Part, dict]:
    """The scorer's figures for each part; prints its report for each."""
    figures: dict[Part, dict] = {}
    for part in PARTS:
        gold = subset(gold_docs, part, folder / f"gold.{part}.jsonl")
        pred = subset(pred_docs, part, folder / f"{label}.{part}.jsonl")
        print(f"== {label}, {part} documents ({sum(in_part(d['id'], part) for d in gold_docs)})")
        print(run_scorer(gold, pred).rstrip())
        figures[part] = json.loads(run_scorer(gold, pred, "--json"))
    return figures


def baseline(folder: Path) -> list[dict]:
    """The scorer's trivial baseline (first calendar DATE of the timex gold, else the DCT)."""
    timex = folder / "timex.jsonl"
    timex.write_text("".join(p.read_text(encoding="utf-8") for p in TIMEX), encoding="utf-8")
    out = folder / "baseline.jsonl"
    subprocess.run(
        [sys.executable, str(SCORER), "--make-baseline", str(timex), str(GOLD), str(out), "--dct-fallback"],
        check=True,
    )
    return read_jsonl(out)


def _scorer():
    """../shared/tools/eval_event_dates.py as a module, for its read_date() and matches()."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_event_dates", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def list_errors(gold_docs: list[dict], pred_docs: list[dict], limit: int) -> None:
    """Wrong or missing dates on tuning documents only: the held-out fifth is never shown."""
    scorer = _scorer()
    preds = {d["id"]: d["events"] for d in pred_docs}
    shown = 0
    print(f"== errors (tuning documents only, first {limit})")
    for doc in gold_docs:
        if not in_part(doc["id"], "tuning"):
            continue
        for a in doc["anchored"]:
            events = preds.get(doc["id"], [])
            inside = [e for e in events if e["start"] <= a["start"] and a["end"] <= e["end"]]
            dates = [e["date"] for e in inside]
            if any(scorer.matches(scorer.read_date(d), a["value"], "strict") for d in dates):
                continue
            shown += 1
            if shown > limit:
                return
            sentence = inside[0] if inside else None
            where = doc["text"][sentence["start"] : sentence["end"]] if sentence else "(no event covers it)"
            link = "dct" if a["dct_link"] else f"timex {a.get('timex')!r}"
            print(
                f"- {doc['id']} [{a['trigger']}] gold {a['value']} ({link}), predicted {dates or '-'}\n"
                f"    {' | '.join(e['how'][:90] for e in inside if e['date'])}\n"
                f"    {' '.join(where.split())[:300]}"
            )


CLASSES = (
    "publication day: right",
    "publication day: no event covers it",
    "publication day: covered, undated",
    "publication day: given another date",
    "dated in text: right",
    "dated in text: no event covers it",
    "dated in text: covered, undated",
    "dated in text: given the publication day",
    "dated in text: given another date",
)


def error_class(doc: dict, a: dict, events: list[dict], scorer) -> str:
    """Which of CLASSES a gold event falls in: is its gold date the publication day or one the
    text gives, and is it dated right, not covered by any event, covered only by undated ones,
    given the publication day (a text-dated event) or another date."""
    day = doc["dct"][:10]
    kind = "publication day" if a["value"] == day else "dated in text"
    dates = [e["date"] for e in events if e["start"] <= a["start"] and a["end"] <= e["end"]]
    if any(scorer.matches(scorer.read_date(d), a["value"], "strict") for d in dates):
        return f"{kind}: right"
    if not dates:
        return f"{kind}: no event covers it"
    if all(d is None for d in dates):
        return f"{kind}: covered, undated"
    if kind == "dated in text" and any(d is not None and d[:10] == day for d in dates):
        return f"{kind}: given the publication day"
    return f"{kind}: given another date"


def print_classes(gold_docs: list[dict], pred_docs: list[dict]) -> None:
    """How many gold events of each part fall in each of CLASSES (counts only: no held-out
    document is shown)."""
    scorer = _scorer()
    preds = {d["id"]: d["events"] for d in pred_docs}
    counts = {part: dict.fromkeys(CLASSES, 0) for part in PARTS}
    for doc in gold_docs:
        for a in doc["anchored"]:
            label = error_class(doc, a, preds.get(doc["id"], []), scorer)
            for part in PARTS:
                if in_part(doc["id"], part):
                    counts[part][label] += 1
    print("== gold events by class (" + " / ".join(PARTS) + ")")
    for label in CLASSES:
        print(f"{label:<44}" + " / ".join(f"{counts[part][label]:>4}" for part in PARTS))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", type=int, default=0, help="list N errors on the tuning part")
    ap.add_argument("--keep", type=Path, help="also write all predictions to this file")
    args = ap.parse_args(argv)
    if not GOLD.exists() or not SCORER.exists():
        print(f"bench_event_dates: {GOLD} or {SCORER} absent, skipped")
        return 0
    gold_docs = read_jsonl(GOLD)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pred_path = folder / "pred.jsonl"
        took = write_predictions(gold_docs, pred_path)
        if args.keep:
            args.keep.write_text(pred_path.read_text(encoding="utf-8"), encoding="utf-8")
        pred_docs = read_jsonl(pred_path)
        ours = score(gold_docs, pred_docs, folder, "extract_events")
        base = score(gold_docs, baseline(folder), folder, "baseline (first DATE timex, else DCT)")
    print_classes(gold_docs, pred_docs)
    if args.errors:
        list_errors(gold_docs, pred_docs, args.errors)
    chars = sum(len(d["text"]) for d in gold_docs)
    print(f"== extraction: {len(gold_docs)} documents, {chars:,} characters in {took:.1f} s (noisy)")
    short = {"precision": "P", "recall": "R", "f1": "F1"}
    for part in PARTS:
        name = part.replace("-", "")
        rows = [
            (f"{mode}_{short[m]}", ours[part][f"all/{mode}"][m])
            for mode in ("strict", "truncates")
            for m in ("precision", "recall", "f1")
        ]
        rows += [(f"{split}_strict_F1", ours[part][f"{split}/strict"]["f1"]) for split in ("dct", "text")]
        rows.append(("baseline_strict_F1", base[part]["all/strict"]["f1"]))
        for label, value in rows:
            target = TARGETS[part] if label == "strict_F1" else "-"
            print(f"FIGURE event_dates_{name}_{label} {value:.3f} ratio target {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
