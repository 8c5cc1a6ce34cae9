"""List candidate opposites: events whose source sentence holds a negation, denial, falsity,
condition or modal cue before the event's verb while the title and status show none.

Usage: python -m benchmarks.find_opposites [--limit N] [--shown]

Reads the silver wire stories (skips when absent), leaving out the audit draws of
benchmarks.news_sample; prints one block per candidate (cue kind, status, confidence, title,
sentence) and the count by cue kind. A person reads the candidates and judges them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import Counter

from benchmarks.news_sample import NEWS, draw, load_stories
from timeline_app.core.extract import extract_events
from timeline_app.core.model import Status

AUDIT_SEEDS = (2026, 3131, 4747, 5151)

CUES: dict[str, re.Pattern[str]] = {
    "denial": re.compile(
        r"\b(den(y|ied|ies|ying)|reject(ed|s)? (reports?|claims?|suggestions?|allegations?)|"
        r"dismiss(ed|es)? (reports?|claims?|suggestions?|allegations?)|refut(ed|es))\b"
    ),
    "falsity": re.compile(
        r"\b(falsely|wrongly|no evidence|not true|untrue|contrary to|baseless|groundless|erroneous)\b"
    ),
    "failure": re.compile(r"\b(fail(ed|s)? to|stopp?(ed)? short of|refus(ed|es) to|declin(ed|es) to)\b"),
    "negation": re.compile(r"\b(not|n't|never|no longer|neither|nor)\b"),
    "condition": re.compile(r"\b(if|unless|whether)\b"),
    "intent": re.compile(
        r"\b(hop(e|es|ed|ing) to|wants? to|wanted to|seek(s|ing)? to|sought to|urg(ed|es|ing) \w+( \w+)? to|"
        r"plan(s|ned)? to|(was|were|is|are) (due )?to|intends? to|aim(s|ed)? to|tr(y|ies|ied) to|"
        r"call(ed|s)? (on|for) \w+( \w+)? to|asked \w+( \w+)? to)\b"
    ),
    "modal": re.compile(r"\b(would|could|might|may|should)\b"),
}
TITLE_MARKS = re.compile(
    r"\b(not|no|never|n't|to|would|could|might|may|should|will|if|den(y|ies|ied)|fail(s|ed)?|"
    r"refuses?|plans?|hopes?|wants?|seeks?|urges?|calls?|asks?|rejects?|dismiss(es)?)\b",
    re.I,
)


def audit_ids(stories: list[dict]) -> set[str]:
    return {s["id"] for seed in AUDIT_SEEDS for s in draw(stories, seed, 60)}


def candidates(stories: list[dict], shown_only: bool = False):
    skip = audit_ids(stories)
    for story in stories:
        if story["id"] in skip:
            continue
        try:
            day = dt.date.fromisoformat(str(story.get("published"))[:10])
        except ValueError:
            day = None
        for e in extract_events(story["text"], day):
            if shown_only and e.confidence < 0.5:
                continue
            if e.status in (Status.DENIED, Status.PLANNED) or TITLE_MARKS.search(e.title):
                continue
            quote = " ".join(s.quote for s in e.sources).lower()
            for kind, pat in CUES.items():
                if pat.search(quote):
                    yield kind, story["id"], e, quote
                    break


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="stories to read (0: all)")
    ap.add_argument("--shown", action="store_true", help="only events shown (confidence >= 0.50)")
    ap.add_argument("--kind", default="", help="print only this cue kind")
    args = ap.parse_args()
    if not NEWS.exists():
        print(f"skipped: {NEWS} not found")
        return
    stories = load_stories()
    if args.limit:
        stories = stories[: args.limit]
    counts: Counter[str] = Counter()
    for kind, sid, e, quote in candidates(stories, args.shown):
        counts[kind] += 1
        if not args.kind or kind == args.kind:
            print(f"[{kind}] {sid} {e.status} {e.confidence:.2f} | {e.title}\n    {quote[:400]}\n")
    print(dict(counts), sum(counts.values()))


if __name__ == "__main__":
    main()
