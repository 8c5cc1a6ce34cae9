"""`timeline-app timex FILE [--anchor YYYY-MM-DD] [--json]`: the time expressions of an article.

The anchor (what "Monday" and "earlier this month" count from) defaults to the
article's publication date; without one, relative expressions stay unresolved.
"""

from __future__ import annotations

import argparse
import json
import sys

from timeline_app.core.errors import InputError
from timeline_app.core.io.articles import load_article
from timeline_app.core.loading import parse_date_option
from timeline_app.core.temporal import tag


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "timex",
        help="list the time expressions of an article and the dates they resolve to",
        description="Find the time expressions of an article (dates, times, durations, repetitions) "
        "and resolve them against its publication date.",
    )
    parser.add_argument("file", metavar="FILE", help="an article (.txt, .md, .html)")
    parser.add_argument(
        "--anchor", metavar="YYYY-MM-DD", help="count from this date instead of the publication date"
    )
    parser.add_argument("--date-order", choices=("MDY", "DMY"), default="MDY", help="how to read 03/04/2025")
    parser.add_argument("--language", metavar="CODE", help="en, fr, de, es, ru or uk (default: detected)")
    parser.add_argument("--json", action="store_true", help="print JSON lines instead of a table")


def run(args: argparse.Namespace) -> int:
    anchor = parse_date_option(args.anchor, "--anchor")
    try:
        article = load_article(args.file, anchor)
    except InputError as error:
        print(f"timeline-app: {error}", file=sys.stderr)
        return 1
    when = anchor or article.published
    found = tag(
        article.text, when, date_order=args.date_order, language=args.language or article.language or None
    )
    out = sys.stdout
    if args.json:
        for expression in found:
            out.write(json.dumps(expression.to_json(), ensure_ascii=False) + "\n")
        return 0
    out.write(
        f"# {article.title or args.file}: anchor {when.iso() if when else 'none'}, {len(found)} expressions\n"
    )
    for e in found:
        mod = f" {e.mod}" if e.mod else ""
        out.write(f"{e.start:>6}-{e.end:<6} {e.type:<8} {e.value:<16}{mod:<7} {e.text!r}\n")
        out.write(f"{'':14}{e.explanation}\n")
    return 0
