"""Development loop for the temporal tagger: score it on TimeBank and AQUAINT and list the
misses, false alarms and wrong values by expression, most frequent first.

    python benchmarks/timex_dev.py [timebank|aquaint|all] [--show N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_corpus import SETS, documents, predict, score, write_predictions


def _overlap(a: dict, b: dict) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("which", nargs="?", default="all")
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    names = SETS if args.which == "all" else (args.which,)
    missed: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    span: Counter[str] = Counter()
    for name in names:
        for doc in documents(name):
            gold, pred = doc["timexes"], predict(doc)
            for g in gold:
                hits = [p for p in pred if _overlap(g, p)]
                if not hits:
                    missed[f"{g['type']:8} {g['text']!r}"] += 1
                    continue
                p = hits[0]
                if (p["start"], p["end"]) != (g["start"], g["end"]):
                    span[f"{g['text']!r} <> {p['text']!r}"] += 1
                if p["value"] != g["value"]:
                    wrong[
                        f"{g['type']:8} {g['text']!r}: gold {g['value']} got {p['value']} [{doc['dct'][:10]}]"
                    ] += 1
            for p in pred:
                if not any(_overlap(g, p) for g in gold):
                    extra[f"{p['type']:8} {p['text']!r} {p['value']}"] += 1
    for title, counter in (
        ("MISSED", missed),
        ("FALSE ALARMS", extra),
        ("WRONG VALUE", wrong),
        ("SPAN", span),
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
