"""Event extraction figures: the sample against its reference, PLOVER records, and speed.

Usage: python benchmarks/bench_events.py [--corpus ../shared/corpus] [--skip-speed]

Prints
- the sample (resources/samples/000_..., published 2025-12-02) scored by
  ../shared/tools/eval_events.py against ../shared/corpus/seed/expected.json;
- on the PLOVER gold records: kind accuracy (DEMAND scored as REQUEST, DISAPPROVE and
  INVESTIGATE as ACCUSE, FIGHT as ASSAULT) and how often the first source actor is among the
  actors of the first event extract_events(sentence) returns; each record given its own date
  as the publication date (as the app always has one), and without one for comparison; for
  all records and for a held-out fifth (by a hash of the record's id) never tuned on;
- on the project's own wire-style stories (tests/core/extract/fixtures/, written to be unlike
  the shared corpora; expectations written by hand): expected events found with their date and
  their attributes, calendar-dated expressions dating an event that quotes them, people
  resolved with their countries, titles failing the headline checks;
- milliseconds for a 1,000-word article (tagging included) and seconds for 200 articles
  with extract_many(workers=2). The machine is shared: figures are noisy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GSR_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def project_json(article, events) -> dict:
    """The project file (issue 2 schema); the lead's writer when present."""
    from timeline_app.core.io.project import dump_project
    from timeline_app.core.model import Timeline

    timeline = Timeline(title=article.title)
    timeline.replace_all(article.title, [article], events)
    return dump_project(timeline)


def bench_sample(corpus: Path) -> None:
    from timeline_app.core.extract import extract_events, merge_events
    from timeline_app.core.io.articles import load_article

    article = load_article(ROOT / "resources" / "samples" / "000_1cb98adc6226a76b.txt")
    events = merge_events([], extract_events(article))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        out.write_text(json.dumps(project_json(article, events)), encoding="utf-8")
        scorer = corpus.parent / "tools" / "eval_events.py"
        result = subprocess.run(
            [sys.executable, str(scorer), str(corpus / "seed" / "expected.json"), str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
    print("== sample article (eval_events.py)")
    print(result.stdout.rstrip())


def actor_found(source: dict, actors: tuple[str, ...], country_name) -> bool:
    text = source.get("actorText", "").lower()
    code = source.get("code", "")
    for actor in actors:
        a = actor.lower()
        if a in text or (text and text in a) or a.split()[-1] in text.split():
            return True
        if code[:3] and country_name(code[:3]).lower() == a:
            return True
    return False


def plover_heldout(record: dict) -> bool:
    """The held-out fifth of the PLOVER records (by a hash of the record's id, else its text):
    never tuned on."""
    key = str(record.get("id") or record.get("text", ""))
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0


def plover_scores(records: list[dict], dated: bool) -> dict[str, tuple[int, int, int, int]]:
    """(kind right, records, first source actor right, records with a source) for all records
    and for the held-out fifth; with ``dated``, each record's own date is its publication date."""
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import extract_events
    from timeline_app.core.gazetteer import gazetteer

    country_name = gazetteer().country_name
    counts = {"all": [0, 0, 0, 0], "held-out": [0, 0, 0, 0]}
    misses: dict[str, int] = {}
    for r in records:
        gold = GSR_NAMES.get(r["event"], r["event"])
        published = FuzzyDate.parse(r["date"][:10]) if dated and r.get("date") else None
        events = extract_events(r["text"], published)
        first = events[0] if events else None
        kind_ok = first is not None and first.kind.value == gold
        sources = r.get("source") if isinstance(r.get("source"), list) else []
        actor_ok = bool(sources) and first is not None and actor_found(sources[0], first.actors, country_name)
        parts = ["all", "held-out"] if plover_heldout(r) else ["all"]
        for part in parts:
            c = counts[part]
            c[0] += kind_ok
            c[1] += 1
            c[2] += actor_ok
            c[3] += bool(sources)
        if not kind_ok and dated and not plover_heldout(r):
            key = f"{gold}->{first.kind.value if first else 'none'}"
            misses[key] = misses.get(key, 0) + 1
    if dated:
        worst = sorted(misses.items(), key=lambda kv: -kv[1])[:8]
        print("  most frequent kind errors, dated, tuning part (gold->found):",
              ", ".join(f"{k} {v}" for k, v in worst))  # fmt: skip
    return {k: (v[0], v[1], v[2], v[3]) for k, v in counts.items()}


def bench_plover(corpus: Path) -> None:
    path = corpus / "plover" / "PLOVER_GSR_CAMEO.json"
    if not path.exists():
        print(f"== PLOVER gold records: skipped ({path} not found)")
        return
    records = json.loads(path.read_text(encoding="utf-8"))
    records = [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]
    print("== PLOVER gold records (kind of the first event; first source actor among its actors)")
    for dated in (True, False):
        scores = plover_scores(records, dated)
        label = "dated (each record's own date)" if dated else "undated (no publication date)"
        for part, (k, n, a, na) in scores.items():
            print(
                f"{label:32} {part:9} kind accuracy {k / n:.3f} ({k}/{n}), "
                f"first source actor {a / na:.3f} ({a}/{na})"
            )


def bench_dated(corpus: Path) -> None:
    """Every time expression with a calendar date (as the tagger resolves it, against the
    document's creation date) should date an event whose quote contains it."""
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import extract_events
    from timeline_app.core.temporal import tag

    total = hit = 0
    for line in (corpus / "timex" / "timebank.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        anchor = FuzzyDate.parse(doc["dct"][:10]) if doc.get("dct") else None
        exprs = [e for e in tag(doc["text"], anchor) if e.type in ("DATE", "TIME")]
        events = extract_events(doc["text"], anchor, expressions=exprs)
        for e in exprs:
            if e.date is None:
                continue
            total += 1
            if any(
                ev.when == e.date and any(s.start <= e.start and e.end <= s.end for s in ev.sources)
                for ev in events
            ):
                hit += 1
    print("== dated events on TimeBank news (183 documents)")
    print(f"calendar-dated expressions dating an event that quotes them: {hit / total:.3f} ({hit}/{total})")


def bench_news() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.core.extract.news import fixture_names, score_all

    score = score_all()
    print(f"== the project's own news stories ({len(fixture_names())}, tests/core/extract/fixtures)")
    print(score.summary())
    for miss in score.misses:
        print("  miss:", miss)


def bench_speed() -> None:
    from timeline_app.core.extract import extract_events, extract_many
    from timeline_app.core.io.articles import load_article

    sample = load_article(ROOT / "resources" / "samples" / "000_1cb98adc6226a76b.txt")
    body = sample.text
    words = len(body.split())
    text = "\n\n".join([body] * (1000 // words + 1))
    text = " ".join(text.split(" ")[:1000])
    extract_events(text, sample.published)  # warm: gazetteer and lexicon loaded once per process
    runs = []
    for i in range(15):
        t = time.perf_counter()
        extract_events(text + f"\n\nEdition {i}.", sample.published)
        runs.append((time.perf_counter() - t) * 1000)
    print("== speed (shared 2-core machine; noisy)")
    median, best = statistics.median(runs), min(runs)
    print(f"1,000-word article, tagging included: median {median:.1f} ms, best {best:.1f} ms")
    articles = [body + f"\n\nEdition {i}." for i in range(200)]
    t = time.perf_counter()
    results = extract_many(articles, workers=2)
    elapsed = time.perf_counter() - t
    print(
        f"200 articles ({words} words each) with extract_many(workers=2), process start included: "
        f"{elapsed:.2f} s, {sum(map(len, results))} events"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    bench_sample(corpus)
    bench_plover(corpus)
    bench_dated(corpus)
    bench_news()
    if not args.skip_speed:
        bench_speed()


if __name__ == "__main__":
    main()
