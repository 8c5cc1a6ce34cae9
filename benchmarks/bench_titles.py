"""Every title the extractor makes on the silver wire stories, through the title validator.

Usage: python -m benchmarks.bench_titles [--samples 20] [--seed 1] [--fault "pronoun as subject"]

Runs ``extract_events`` over all stories of ../shared/corpus/news/te3_silver_news.jsonl.gz
(each with its publication date) and ``title_problems`` over every English title, then
prints the failure rate over all stories and over the held-out fifth (stories whose
``sha1(id) % 5 == 0``: never read or tuned on; their failing titles are not printed), the
count of each fault, how often a title fell back to the trimmed extract of its sentence,
and sample failures from the tuning part. Skips when the corpus is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import time
from collections import Counter

from benchmarks.news_sample import NEWS, load_stories, story_article

TARGET = 3.0  # per cent of titles that may fail


def held_out(story_id: str) -> bool:
    return int(hashlib.sha1(story_id.encode()).hexdigest(), 16) % 5 == 0


NEGATION = re.compile(
    r"\b(not|never|no longer|refused to|refuses to|failed to|fails to|denied|denies)\b|n't\b"
)
MODALITY = re.compile(
    r"\b(may|might|could|would|will|shall|was to|were to|is to|are to|expected to|plans? to|planned to|"
    r"likely to|set to|due to|intends? to|going to)\b"
)
KEPT = {
    "negation": re.compile(
        r"\b(not|never|no|refuses?|refused|fails?|failed|denies|denied|rejects?|without|won't|cannot)\b|n't\b",
        re.I,
    ),
    "modality": re.compile(
        r"\b(may|might|could|would|will|shall|to|plans?|expected|likely|set|due|must|should|can)\b", re.I
    ),
}


def lost_cues(ev) -> dict[str, bool]:
    """For the cues in the clause a title was made from (the sentence up to its first comma or
    quote, or the whole of a short sentence), whether the title and status dropped them."""
    from timeline_app.core.model import Status

    quote = ev.sources[0].quote if ev.sources else ""
    clause = re.split(r"[,;:“”\"]|\bsaid\b|\bsays\b", quote, maxsplit=1)[0]
    out = {}
    if NEGATION.search(clause):
        out["negation"] = ev.status is not Status.DENIED and not KEPT["negation"].search(ev.title)
    if MODALITY.search(clause):
        out["modality"] = ev.status is not Status.PLANNED and not KEPT["modality"].search(ev.title)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=int, default=20, help="failing titles of the tuning part to print")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--fault", default="", help="print sample failures with this fault only")
    args = ap.parse_args()
    if not NEWS.exists():
        print(f"bench_titles: {NEWS} not found; skipped")
        return 0
    from timeline_app.core.extract import extract_events
    from timeline_app.core.extract import titles as titles_module
    from timeline_app.core.extract.title_check import title_problems

    stories = load_stories()
    counts = {"all": [0, 0], "tuning": [0, 0], "held-out": [0, 0]}
    faults: Counter[str] = Counter()
    failures: list[tuple[str, str, list[str]]] = []
    dropped: dict[str, list[tuple[str, str, str]]] = {"negation": [], "modality": []}
    cued = Counter()
    fallbacks_before = titles_module.FALLBACKS.count
    started = time.perf_counter()
    for story in stories:
        part = "held-out" if held_out(story["id"]) else "tuning"
        for ev in extract_events(story_article(story)):
            problems = title_problems(ev.title)
            for key in ("all", part):
                counts[key][0] += 1
                counts[key][1] += bool(problems)
            faults.update(problems)
            if problems and part == "tuning" and (not args.fault or args.fault in problems):
                failures.append((story["id"], ev.title, problems))
            for what, lost in lost_cues(ev).items():
                cued[what] += 1
                if lost and part == "tuning":
                    dropped[what].append((story["id"], ev.title, ev.sources[0].quote if ev.sources else ""))
    seconds = time.perf_counter() - started
    fallbacks = titles_module.FALLBACKS.count - fallbacks_before
    print(f"== titles of {len(stories)} silver stories ({seconds:.0f} s)")
    for key, (n, bad) in counts.items():
        print(f"{key}: {bad} of {n} titles fail ({100 * bad / max(n, 1):.2f}%)")
    total = counts["all"][0]
    print(f"trimmed extract used for {fallbacks} titles ({100 * fallbacks / max(total, 1):.1f}%)")
    print("== faults (all stories)")
    for fault, n in faults.most_common():
        print(f"  {n:5d}  {fault}")
    print(f"== {min(args.samples, len(failures))} sample failures (tuning part only)")
    for story_id, title, problems in random.Random(args.seed).sample(
        failures, min(args.samples, len(failures))
    ):
        print(f"  {story_id}  {title!r}  [{'; '.join(problems)}]")
    print("== faithfulness: the event's own clause negated or modal, and neither title nor status says so")
    for what, lost in dropped.items():
        print(f"{what}: {len(lost)} of {cued[what]} events whose clause has a cue (tuning part)")
        for story_id, title, quote in random.Random(args.seed).sample(
            lost, min(args.samples // 2, len(lost))
        ):
            print(f"  {story_id}  {title!r}  <- {' '.join(quote.split())[:150]!r}")
    for key, name in (("all", "fail_all"), ("tuning", "fail_tuning"), ("held-out", "fail_heldout")):
        n, bad = counts[key]
        print(f"FIGURE titles_{name} {100 * bad / max(n, 1):.2f} % target <={TARGET}")
    print(f"FIGURE titles_trimmed_extract {100 * fallbacks / max(total, 1):.1f} % target -")
    return 0


if __name__ == "__main__":
    sys.exit(main())
