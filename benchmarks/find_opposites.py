"""List candidate opposites: events whose source sentence holds a negation, denial, falsity,
condition or modal cue before the event's verb while the title and status show none.

Usage: python -m benchmarks.find_opposites [--limit N] [--shown] [--governs]
       python -m benchmarks.find_opposites --tls 3401-3410 [--count 4] [--governs]
       python -m benchmarks.find_opposites --wire 3401-3405 [--count 5] [--governs]

Reads the silver wire stories (skips when absent), leaving out the audit draws of
benchmarks.news_sample, or with ``--tls SEEDS`` the web pages news_sample --tls draws for those
seeds (``--wire SEEDS``: its wire draws), each read as the app reads it (story_article);
prints one block per candidate (cue kind, status, confidence, title, sentence) and the count
by cue kind. ``--governs`` keeps a cue only when it governs the event's words: it comes before
the first of the title's words found in the quote with no clause break between (a full stop,
';', a ', which/who/but ...' clause, 'but', 'while', 'although', 'because'), so a cue of another
clause of the sentence does not count. A person reads the candidates and judges them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import Counter

from benchmarks.news_sample import NEWS, TLS, draw, load_stories
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
    "only": re.compile(r"\bonly\b"),
    "replace": re.compile(r"\b(replac(e|es|ed|ing)|succeed(s|ed|ing)?)\b"),
    "avoid": re.compile(r"\b(avoid(ed|s|ing)?|prevent(ed|s|ing)?|averts?|averted|stave off)\b"),
}
# a break between a cue and the event's words: the cue belongs to another clause
BREAK = re.compile(
    r"[;.!?]|, (which|who|whom|where|but|and|while|although|though|as|because)\b|"
    r"\b(but|while|although|though|because|whereas)\b|--|\u2014"
)
WORD = re.compile(r"[a-z][a-z'-]+")
TITLE_MARKS = re.compile(
    r"\b(not|no|never|n't|to|would|could|might|may|should|will|if|den(y|ies|ied)|fail(s|ed)?|"
    r"refuses?|plans?|hopes?|wants?|seeks?|urges?|calls?|asks?|rejects?|dismiss(es)?)\b",
    re.I,
)


def audit_ids(stories: list[dict]) -> set[str]:
    return {s["id"] for seed in AUDIT_SEEDS for s in draw(stories, seed, 60)}


def anchor(title: str, quote: str, actors: tuple[str, ...]) -> int:
    """Where the event's own words start in ``quote``: the first of the title's words (not
    an actor's) that the quote holds, matched on its first four letters; -1 if none."""
    actor_words = {w for a in actors for w in WORD.findall(a.lower())}
    for w in WORD.findall(title.lower()):
        if len(w) < 3 or w in actor_words:
            continue
        m = re.search(r"\b" + re.escape(w[:4]), quote)
        if m:
            return m.start()
    return -1


def governs(pat: re.Pattern[str], quote: str, at: int) -> bool:
    """A match of ``pat`` before ``at`` with no clause break between it and ``at``."""
    if at < 0:
        return False
    return any(not BREAK.search(quote[m.end() : at]) for m in pat.finditer(quote[:at]))


def web_stories(seeds: list[int], count: int) -> list[dict]:
    from benchmarks.news_sample import draw_web

    return [s for seed in seeds for s in draw_web(seed, count)]


def seed_range(text: str) -> list[int]:
    a, _, b = text.partition("-")
    return list(range(int(a), int(b or a) + 1))


def candidates(stories: list[dict], shown_only: bool = False, scoped: bool = False, skip_audit: bool = True):
    from benchmarks.news_sample import story_article

    skip = audit_ids(stories) if skip_audit else set()
    for story in stories:
        if story["id"] in skip:
            continue
        if not skip_audit:
            events = extract_events(story_article(story))
        else:
            try:
                day = dt.date.fromisoformat(str(story.get("published"))[:10])
            except ValueError:
                day = None
            events = extract_events(story["text"], day)
        for e in events:
            if shown_only and e.confidence < 0.5:
                continue
            if e.status in (Status.DENIED, Status.PLANNED) or TITLE_MARKS.search(e.title):
                continue
            quote = " ".join(s.quote for s in e.sources).lower()
            at = anchor(e.title, quote, e.actors) if scoped else -1
            for kind, pat in CUES.items():
                if governs(pat, quote, at) if scoped else pat.search(quote):
                    yield kind, story["id"], e, quote
                    break


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="stories to read (0: all)")
    ap.add_argument("--shown", action="store_true", help="only events shown (confidence >= 0.50)")
    ap.add_argument("--kind", default="", help="print only this cue kind")
    ap.add_argument("--governs", action="store_true", help="only cues that govern the event's words")
    ap.add_argument("--tls", default="", help="web pages of these news_sample --tls seeds (3401-3410)")
    ap.add_argument("--wire", default="", help="wire stories of these news_sample seeds")
    ap.add_argument("--count", type=int, default=0, help="stories a seed (default 4 web, 5 wire)")
    args = ap.parse_args()
    if args.tls:
        if not TLS.exists():
            print(f"skipped: {TLS} not found")
            return
        stories = web_stories(seed_range(args.tls), args.count or 4)
    else:
        if not NEWS.exists():
            print(f"skipped: {NEWS} not found")
            return
        stories = load_stories()
        if args.wire:
            if set(seed_range(args.wire)) & set(AUDIT_SEEDS):
                raise SystemExit("error: an audit seed is never read")
            stories = [s for seed in seed_range(args.wire) for s in draw(stories, seed, args.count or 5)]
    if args.limit:
        stories = stories[: args.limit]
    counts: Counter[str] = Counter()
    picked = bool(args.tls or args.wire)
    for kind, sid, e, quote in candidates(stories, args.shown, args.governs, skip_audit=not picked):
        counts[kind] += 1
        if not args.kind or kind == args.kind:
            print(f"[{kind}] {sid} {e.status} {e.confidence:.2f} | {e.title}\n    {quote[:400]}\n")
    print(dict(counts), sum(counts.values()))


if __name__ == "__main__":
    main()
