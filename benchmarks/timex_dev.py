"""Development loop for the temporal tagger: score it on TimeBank and AQUAINT and list the
misses, false alarms and wrong values by expression, most frequent first, and the wrong
values by the family of rules that gave them (read from the explanations). The lists come from
the tuning part only (benchmarks/heldout.py): the held-out fifth is never shown.

    python benchmarks/timex_dev.py [timebank|aquaint|all] [--show N] [--date-time]

With --date-time the lists are what the scorer's DATE+TIME value F1 counts: gold restricted to
DATE and TIME, predictions whose best gold is a DURATION or SET left out, and misses, false
alarms and wrong values taken from its one-to-one alignment (not from any overlap).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout import in_part
from timex_corpus import SCORER, SETS, documents, score, write_predictions

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.temporal import tag


def predict(doc: dict) -> list[dict]:
    """The tagger's expressions for a corpus document, with their explanations."""
    return [e.to_json() for e in tag(doc["text"], FuzzyDate.parse(doc["dct"][:10]), language="en")]


def _overlap(a: dict, b: dict) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


_CATEGORIES = (
    ("weekday by tense", r"the (?:last|next|first) \w+day (?:on or )?(?:before|after)"),
    ("month or day without a year", r"no year given"),
    ("quarter or reporting period", r"quarter|period|half"),
    ("anaphora (last date named)", r"last date mentioned|day last mentioned|last mentioned"),
    ("this/last/next unit", r"the (?:week|month|year|decade|century|weekend)( before| after)? (?:that )?of"),
    ("ago / later", r"\d+ \w+s? (?:before|after) "),
    ("vague reference", r"the present|some time|unspecified|an unspecified time"),
    ("duration or set", r"length of time|repetition|every such|unspecified number"),
    ("clock time", r"time of day|midnight"),
    ("absolute date", r"full calendar date|a month and year|a year$|a decade|a century|ISO|numeric"),
)


def category(prediction: dict) -> str:
    """The family of rules that gave a prediction, read from its explanation."""
    import re

    how = prediction.get("explanation", "")
    return next((name for name, pattern in _CATEGORIES if re.search(pattern, how)), "other")


def _scorer():
    """../shared/tools/eval_timex.py as a module, for its restrict() and match()."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_timex", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _aligned(gold: list[dict], pred: list[dict], date_time: bool, scorer) -> tuple[list, list, list]:
    """(pairs of gold and prediction, unmatched gold, unmatched predictions), as the scorer sees them
    with ``date_time``; otherwise each gold with the first prediction over it."""
    if date_time:
        gold, pred = scorer.restrict(gold, pred)
        pairs = [(g, p) for g, p, _ in scorer.match(gold, pred)]
        got = {id(p) for _, p in pairs}
        used = {id(g) for g, _ in pairs}
        return pairs, [g for g in gold if id(g) not in used], [p for p in pred if id(p) not in got]
    pairs, missed = [], []
    for g in gold:
        hits = [p for p in pred if _overlap(g, p)]
        (pairs.append((g, hits[0])) if hits else missed.append(g))
    extra = [p for p in pred if not any(_overlap(g, p) for g in gold)]
    return pairs, missed, extra


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("which", nargs="?", default="all")
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--date-time", action="store_true", help="what the DATE+TIME value F1 counts")
    args = ap.parse_args()
    scorer = _scorer() if args.date_time else None
    names = SETS if args.which == "all" else (args.which,)
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    span: Counter[str] = Counter()
    wrong_by: Counter[str] = Counter()
    for name in names:
        for doc in documents(name):
            if not in_part(doc["id"], "tuning"):
                continue  # never read the tagger's output on the held-out fifth
            pairs, lost, unmatched = _aligned(doc["timexes"], predict(doc), args.date_time, scorer)
            for g in lost:
                missed[f"{g['type']:8} {g['text']!r}"] += 1
            for g, p in pairs:
                if (p["start"], p["end"]) != (g["start"], g["end"]):
                    span[f"{g['text']!r} <> {p['text']!r}"] += 1
                if p["value"] != g["value"]:
                    wrong[
                        f"{g['type']:8} {g['text']!r}: gold {g['value']} got {p['value']} [{doc['dct'][:10]}]"
                    ] += 1
                    wrong_by[category(p)] += 1
            for p in unmatched:
                extra[f"{p['type']:8} {p['text']!r} {p['value']}"] += 1
    for title, counter in (
        ("MISSED", missed),
        ("FALSE ALARMS", extra),
        ("WRONG VALUE", wrong),
        ("SPAN", span),
        ("WRONG VALUE BY RULE FAMILY", wrong_by),
    ):
        print(f"== {title}: {sum(counter.values())}")
        for item, n in counter.most_common(args.show):
            print(f"{n:4} {item}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            print(f"== {name}")
            print(score(name, write_predictions(name, Path(tmp))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
