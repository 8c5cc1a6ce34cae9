"""Key dates on Timeline17 (issue 12): date-F1 of :func:`timeline_app.core.keydates.key_dates`,
and the time of one collection from texts to key dates (extraction, merge, ranking).

Reads ``../shared/corpus/tls/<collection>/`` (articles.jsonl.gz: id, time, PTB-tokenised text
one sentence a line; timelines.jsonl: gold timelines) and skips when it is absent. As the TLS
literature scores: the days considered are the gold's first..last day, as many dates are asked
as the gold has, and as many sentences per date as the gold's average. The gold is read for
those three numbers and for scoring only. The PTB text is de-tokenised here, not in the app.

Date-F1 is the F1 of the predicted and gold date sets (tilse's ``date_f1``). ROUGE is not
measured: ``tilse`` installs from PyPI, but its ROUGE runs the Perl ROUGE-1.5.5 script, which
needs the system Perl module XML::Parser (not a Python package), so it is no optional extra.

    python -m benchmarks.bench_keydates [COLLECTION ...] [--cache DIR] [--show]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import json
import pickle
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "tls"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus/tls")

_PTB = [
    (re.compile(r"-LRB-|-LSB-|-LCB-"), "("),
    (re.compile(r"-RRB-|-RSB-|-RCB-"), ")"),
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m|')(?=\s|$)", re.IGNORECASE), r"\1"),
    (re.compile(r"\(\s+"), "("),
    (re.compile(r"\s+\)"), ")"),
    (re.compile(r"\s+([,.;:!?%])"), r"\1"),
    (re.compile(r"\$\s+(?=\d)"), "$"),
    (re.compile(r"[ \t]{2,}"), " "),
]


def detokenise(text: str) -> str:
    """PTB tokens back to ordinary text, one sentence a line as given."""
    lines = []
    for line in text.splitlines():
        for pattern, repl in _PTB:
            line = pattern.sub(repl, line)
        lines.append(line.strip())
    return "\n".join(lines)


def collections(names: list[str]) -> list[Path]:
    found = sorted(p for p in CORPUS.iterdir() if (p / "articles.jsonl.gz").is_file())
    return [p for p in found if not names or p.name in names]


def load_articles(folder: Path, limit: int | None = None):
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import article_for_text

    with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    rows = rows[:limit] if limit else rows
    return [article_for_text(detokenise(r["text"]), FuzzyDate.parse(r["time"][:10])) for r in rows]


def load_gold(folder: Path) -> list[dict[_dt.date, list[str]]]:
    timelines = []
    with open(folder / "timelines.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                timelines.append({_dt.date.fromisoformat(d[:10]): s for d, s in json.loads(line)})
    return timelines


def date_f1(predicted: set[_dt.date], gold: set[_dt.date]) -> float:
    """tilse's date F1: precision and recall of the predicted date set against the gold's."""
    hits = len(predicted & gold)
    if not hits:
        return 0.0
    precision, recall = hits / len(predicted), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def extract(folder: Path, cache: Path | None) -> tuple[list, int, float, float]:
    """The collection's merged events, its article count, and the seconds extraction and
    merging took (0, 0 when read from ``cache``)."""
    from timeline_app.core.extract import extract_many, merge_events

    cached = cache / f"{folder.name}.pickle" if cache else None
    if cached is not None and cached.is_file():
        with open(cached, "rb") as f:
            events, n = pickle.load(f)
        return events, n, 0.0, 0.0
    articles = load_articles(folder)
    started = time.perf_counter()
    found = extract_many(articles, workers=2)
    extracted = time.perf_counter()
    events = merge_events([], [e for article_events in found for e in article_events])
    merged = time.perf_counter()
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with open(cached, "wb") as f:
            pickle.dump((events, len(articles)), f)
    return events, len(articles), extracted - started, merged - extracted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_keydates")
    parser.add_argument("names", nargs="*", metavar="COLLECTION", help="collections (default: all)")
    parser.add_argument("--cache", type=Path, help="keep each collection's events here (development)")
    parser.add_argument("--show", action="store_true", help="print the predicted key dates")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"bench_keydates: skipped, no corpus at {CORPUS}")
        return 0
    from timeline_app.core.keydates import key_dates

    folders = collections(args.names)
    scores: list[float] = []
    timing: tuple[str, int, float, float, float] | None = None
    print("== Timeline17 key dates (date-F1 per collection; ROUGE not measured, see the docstring)")
    for folder in folders:
        events, n, t_extract, t_merge = extract(folder, args.cache)
        for gold in load_gold(folder):
            first, last = min(gold), max(gold)
            per_date = round(sum(len(s) for s in gold.values()) / len(gold))
            started = time.perf_counter()
            chosen = key_dates(events, len(gold), start=first, end=last, sentences=max(1, per_date))
            t_rank = time.perf_counter() - started
            f1 = date_f1({k.date for k in chosen}, set(gold))
            scores.append(f1)
            print(f"{folder.name}: date-F1 {f1:.3f} ({n} articles, {len(events)} events, {len(gold)} dates)")
            if args.show:
                for k in chosen:
                    mark = "*" if k.date in gold else " "
                    print(f"   {mark} {k.date} {k.score:6.1f} {k.summary[:1]}")
            if t_extract and (timing is None or abs(n - 300) < abs(timing[1] - 300)):
                timing = (folder.name, n, t_extract, t_merge, t_rank)
    if not scores:
        print("bench_keydates: no collection found")
        return 0
    macro = sum(scores) / len(scores)
    print(f"FIGURE keydates_date_f1_macro_{len(scores)} {macro:.3f} F1 target >=0.75")
    if timing:
        name, n, t_extract, t_merge, t_rank = timing
        total = t_extract + t_merge + t_rank
        print(
            f"{name}, {n} articles, texts to key dates: extraction {t_extract:.1f} s (2 processes), "
            f"merge {t_merge:.1f} s, ranking {t_rank:.2f} s (loaded machine)"
        )
        print(f"FIGURE keydates_collection_seconds {total:.1f} s target <20")
        print(f"FIGURE keydates_merge_over_extraction {t_merge / t_extract:.2f} x target <=0.25")
    return 0


if __name__ == "__main__":
    sys.exit(main())
