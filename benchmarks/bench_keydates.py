"""Key dates on Timeline17 (issue 12): date-F1 of :func:`timeline_app.core.keydates.key_dates`,
and the time of one collection from texts to key dates (extraction, merge, ranking).

Reads ``../shared/corpus/tls/<collection>/`` (articles.jsonl.gz: id, time, PTB-tokenised text
one sentence a line; timelines.jsonl: gold timelines) and skips when it is absent. As the TLS
literature scores: the days considered are the gold's first..last day, as many dates are asked
as the gold has, and as many sentences per date as the gold's average. The gold is read for
those three numbers and for scoring only. The PTB text is de-tokenised here, not in the app.

Date-F1 is the F1 of the predicted and gold date sets (tilse's ``date_f1``). ROUGE-1/2 F are
tilse's concat, agreement and alignment (many-to-one, "align+ m:1") scores of each predicted
timeline against its gold, with tilse's original ROUGE-1.5.5 (Perl; stemming, stop words
removed), as the TLS literature reports them; both the gold and the predicted sentences are
de-tokenised here. ROUGE needs the optional extra ``tls-eval`` (tilse, scipy, nltk) and the
Perl module XML::Parser (Debian: ``libxml-parser-perl``); without them it is skipped with one
line.

The articles are read as the app reads an article file (``article_from_text``, the loader of
File > Open, Import Folder and ``timeline-app summarize``), which drops page furniture such as
reader comments, share buttons and bylines: that is what a user's key dates are made from, so
it gives the headline figure. ``--as-texts`` reads them as bare texts instead
(``article_for_text``), comments kept (a few Washington Post pages of 200,000-670,000
characters are mostly readers' comments, whose days and opinions are no news).

Timing: the collection nearest 300 articles is timed twice. From its articles as loaded above
(extraction, merge, ranking) and, the issue's target, from files (:func:`from_files`: the
collection written as article files and read as ``timeline-app summarize`` reads a folder).

Held out from the start (never tuned on, reported apart): the H1N1 collections and haiti_bbc
(two of the five topics, 4 of the 11 timelines); the others are the tuning part.

    python -m benchmarks.bench_keydates [COLLECTION ...] [--cache DIR] [--show] [--no-rouge] [--as-texts]
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


HELD_OUT = frozenset({"H1N1_bbc", "H1N1_guardian", "H1N1_reuters", "haiti_bbc"})
"""Collections never tuned on (two whole topics), reported apart from the tuning part."""

ROUGE_METRICS = (("concat", "concat"), ("agreement", "agreement"), ("align_m1", "alignment m:1"))


def rouge_evaluator():
    """tilse's ROUGE-1/2 evaluator (the original Perl ROUGE-1.5.5), or a one-line reason why
    it cannot run."""
    import shutil
    import subprocess

    try:
        from tilse.evaluation import rouge
    except ImportError:
        return None, "tilse is not installed (pip install -e '.[tls-eval]', see the README)"
    perl = shutil.which("perl")
    if perl is None or subprocess.run([perl, "-MXML::Parser", "-e1"], capture_output=True).returncode:
        return None, "Perl module XML::Parser missing (Debian: apt-get install libxml-parser-perl)"
    return rouge.TimelineRougeEvaluator(measures={"rouge_1", "rouge_2"}), ""


def rouge_scores(evaluator, predicted: dict[_dt.date, list[str]], gold: dict[_dt.date, list[str]]):
    """{metric: (ROUGE-1 F, ROUGE-2 F)} of one predicted timeline against one gold timeline."""
    from tilse.data.timelines import GroundTruth, Timeline

    pred = Timeline({d: s for d, s in predicted.items() if s})
    truth = GroundTruth([Timeline({d: [detokenise(x) for x in s] for d, s in gold.items()})])
    runs = {
        "concat": evaluator.evaluate_concat,
        "agreement": evaluator.evaluate_agreement,
        "align_m1": evaluator.evaluate_align_date_content_costs_many_to_one,
    }
    out = {}
    for name, run in runs.items():
        result = run(pred, truth)
        out[name] = (result["rouge_1"]["f_score"], result["rouge_2"]["f_score"])
    return out


def collections(names: list[str]) -> list[Path]:
    found = sorted(p for p in CORPUS.iterdir() if (p / "articles.jsonl.gz").is_file())
    return [p for p in found if not names or p.name in names]


def load_articles(folder: Path, limit: int | None = None, as_files: bool = False):
    """The collection's articles; ``as_files``: read as the app reads an article file (its
    loader drops page furniture: reader comments, share buttons), not as bare texts."""
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import article_for_text
    from timeline_app.core.io.articles import article_from_text

    with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    rows = rows[:limit] if limit else rows
    if as_files:
        return [
            article_from_text(f"date {r['time'][:10]}\n{detokenise(r['text'])}", article_id=f"a-{r['id']}")
            for r in rows
        ]
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


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


RANKING_ONLY = frozenset({"keydates.py", "key_events.py"})
"""Core modules that rank extracted events and do not change them: editing them keeps a cache."""


def extraction_version(folder: Path) -> str:
    """A hash of what a collection's cached events depend on: the collection's articles file and
    the core's code and resources (but the ranking's own modules), so that a cache made before
    any of them changed (a new field of ``Article``, an extractor rule) is never read."""
    import hashlib

    digest = hashlib.sha256()
    articles = folder / "articles.jsonl.gz"
    digest.update(f"{articles.stat().st_size}:{articles.stat().st_mtime_ns}".encode())
    core = REPO / "timeline_app" / "core"
    files = [p for p in core.rglob("*.py") if p.name not in RANKING_ONLY]
    files += [p for p in (REPO / "resources").rglob("*") if p.is_file()]
    for path in sorted(files):
        digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def extract(folder: Path, cache: Path | None, as_files: bool = False) -> tuple[list, list, float, float]:
    """The collection's merged events, its articles (keeping their time expressions), and the
    seconds extraction and merging took (0, 0 when read from ``cache``)."""
    from timeline_app.core.extract import merge_events, read_many

    loader = ".files" if as_files else ""
    cached = cache / f"{folder.name}{loader}.{extraction_version(folder)}.pickle" if cache else None
    if cached is not None and cached.is_file():
        with open(cached, "rb") as f:
            events, articles = pickle.load(f)
        return events, articles, 0.0, 0.0
    started, workers_cpu = time.perf_counter(), _children_cpu()
    read = read_many(load_articles(folder, as_files=as_files), workers=2)
    extracted, workers_cpu = time.perf_counter(), _children_cpu() - workers_cpu
    articles = [article for article, _found in read]
    cpu = time.process_time()
    events = merge_events([], [e for _article, found in read for e in found])
    merged = time.perf_counter()
    print(
        f"{folder.name}: CPU time (load-independent): extraction {workers_cpu:.1f} s on the 2 processes, "
        f"merge {time.process_time() - cpu:.1f} s"
    )
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with open(cached, "wb") as f:
            pickle.dump((events, articles), f)
    return events, articles, extracted - started, merged - extracted


def from_files(folder: Path, count: int, first: _dt.date, last: _dt.date) -> tuple[float, float, int]:
    """Seconds from a collection's article files to its key dates, as ``timeline-app summarize
    FOLDER`` takes them (the app's loader, which drops page furniture such as reader comments,
    the command line's two processes, the merge, the ranking): wall time, CPU time of this
    process and its workers, and how many files. The files are written first (a ``date`` line
    with the publication day, then the de-tokenised text), untimed."""
    import tempfile

    from timeline_app.core.keydates import key_dates
    from timeline_app.core.loading import load_inputs

    with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, row in enumerate(rows):
            path = Path(tmp) / f"{i:04d}.txt"
            path.write_text(f"date {row['time'][:10]}\n{detokenise(row['text'])}\n", encoding="utf-8")
            paths.append(path)
        started, cpu, workers_cpu = time.perf_counter(), time.process_time(), _children_cpu()
        timeline = load_inputs(paths, skippable=paths)
        key_dates(list(timeline.events), count, start=first, end=last, articles=timeline.articles)
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu + _children_cpu() - workers_cpu
    return wall, cpu, len(paths)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_keydates")
    parser.add_argument("names", nargs="*", metavar="COLLECTION", help="collections (default: all)")
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep each collection's events here (development; keyed by a hash of the core's code)",
    )
    parser.add_argument("--show", action="store_true", help="print the predicted key dates")
    loader = parser.add_mutually_exclusive_group()
    loader.add_argument(
        "--as-files",
        action="store_true",
        help="read the articles as the app reads files, dropping page furniture (the default)",
    )
    loader.add_argument(
        "--as-texts",
        action="store_true",
        help="read the articles as bare texts, keeping page furniture such as reader comments",
    )
    parser.add_argument("--no-rouge", action="store_true", help="date-F1 only")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"bench_keydates: skipped, no corpus at {CORPUS}")
        return 0
    from timeline_app.core.keydates import key_dates

    evaluator, why = (None, "not asked") if args.no_rouge else rouge_evaluator()
    if evaluator is None:
        print(f"bench_keydates: ROUGE skipped: {why}")
    folders = collections(args.names)
    rows: list[tuple[str, float, dict[str, tuple[float, float]]]] = []
    timing: tuple[str, int, float, float, float] | None = None
    timed_gold: dict[str, tuple[int, _dt.date, _dt.date]] = {}
    print("== Timeline17 key dates (date-F1; ROUGE-1/2 F concat, agreement, alignment m:1)")
    for folder in folders:
        events, articles, t_extract, t_merge = extract(folder, args.cache, not args.as_texts)
        n = len(articles)
        for gold in load_gold(folder):
            first, last = min(gold), max(gold)
            per_date = round(sum(len(s) for s in gold.values()) / len(gold))
            started = time.perf_counter()
            chosen = key_dates(
                events, len(gold), start=first, end=last, sentences=max(1, per_date), articles=articles
            )
            t_rank = time.perf_counter() - started
            f1 = date_f1({k.date for k in chosen}, set(gold))
            rouge = rouge_scores(evaluator, {k.date: k.summary for k in chosen}, gold) if evaluator else {}
            rows.append((folder.name, f1, rouge))
            part = "held-out" if folder.name in HELD_OUT else "tuning"
            line = f"{folder.name} ({part}): date-F1 {f1:.3f}"
            for key, label in ROUGE_METRICS:
                if key in rouge:
                    line += f", {label} {rouge[key][0]:.3f}/{rouge[key][1]:.3f}"
            print(f"{line} ({n} articles, {len(events)} events, {len(gold)} dates)")
            if args.show:
                for k in chosen:
                    mark = "*" if k.date in gold else " "
                    print(f"   {mark} {k.date} {k.score:6.1f} {k.summary[:1]}")
            timed_gold.setdefault(folder.name, (len(gold), first, last))
            if t_extract and (timing is None or abs(n - 300) < abs(timing[1] - 300)):
                timing = (folder.name, n, t_extract, t_merge, t_rank)
    if not rows:
        print("bench_keydates: no collection found")
        return 0
    parts = [
        ("", rows),
        ("_tuning", [r for r in rows if r[0] not in HELD_OUT]),
        ("_heldout", [r for r in rows if r[0] in HELD_OUT]),
    ]
    for suffix, part_rows in parts:
        if not part_rows:
            continue
        n_part = len(part_rows)
        f1 = _mean([r[1] for r in part_rows])
        # four decimals: a mean of fractions such as 0.74991 must not print as the target's 0.750
        print(f"FIGURE keydates_date_f1_macro{suffix}_{n_part} {f1:.4f} F1 target >=0.75")
        for key, _label in ROUGE_METRICS:
            if all(key in r[2] for r in part_rows):
                r1 = _mean([r[2][key][0] for r in part_rows])
                r2 = _mean([r[2][key][1] for r in part_rows])
                target = " target >=0.13/>=0.04" if key == "align_m1" else ""
                print(f"FIGURE keydates_rouge_{key}{suffix}_{n_part} {r1:.3f}/{r2:.3f} R1/R2 F{target}")
    if timing:
        name, n, t_extract, t_merge, t_rank = timing
        total = t_extract + t_merge + t_rank
        print(
            f"{name}, {n} articles, texts to key dates: extraction {t_extract:.1f} s (2 processes), "
            f"merge {t_merge:.1f} s, ranking {t_rank:.2f} s (loaded machine)"
        )
        kept = "whole texts, comments kept" if args.as_texts else "read as files"
        print(f"FIGURE keydates_texts_seconds {total:.1f} s ({kept})")
        print(f"FIGURE keydates_merge_over_extraction {t_merge / t_extract:.2f} x target <=0.25")
        wall, cpu, files = from_files(next(f for f in folders if f.name == name), *timed_gold[name])
        print(
            f"{name}, {files} article files, files to key dates as summarize reads them: {wall:.1f} s "
            f"wall, {cpu:.1f} s CPU on the 2 processes (loaded machine; the wall time of an idle "
            f"2-core machine is at least half the CPU time)"
        )
        print(f"FIGURE keydates_collection_seconds {wall:.1f} s target <20")
    return 0


if __name__ == "__main__":
    sys.exit(main())
