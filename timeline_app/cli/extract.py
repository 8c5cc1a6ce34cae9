"""`timeline-app extract FILE ... [--published DATE] [-o OUT.json]`: articles to a project file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline_app.cli.messages import print_warnings
from timeline_app.cli.outputs import check_output, check_resave
from timeline_app.core.errors import printable
from timeline_app.core.io.project import project_bytes, save_project
from timeline_app.core.loading import load_inputs, parse_date_option


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "extract",
        help="find the dated events in articles and write a project file",
        description="Load articles (.txt, .md, .html), extract their events, and write the "
        "project JSON to OUT or to standard output.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles, or project files to add to")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (overrides the files')")
    parser.add_argument(
        "-o", "--output", metavar="OUT.json", help="write here (atomically) instead of to stdout"
    )
    parser.add_argument("--title", help="the timeline's title")
    parser.add_argument(
        "--repair",
        action="store_true",
        help="allow saving a project repaired while loading over its own file",
    )


def run(args: argparse.Namespace) -> int:
    same = check_output(args.output, args.files, writes_project=True) if args.output else []
    warnings: list[str] = []
    projects: dict[Path, list[str]] = {}
    timeline = load_inputs(args.files, parse_date_option(args.published), warnings, projects)
    print_warnings(warnings)  # a repaired project is still used; the user is told what changed
    check_resave(same, projects, args.repair)
    for article in timeline.articles:
        if article.boilerplate_lines:
            name = Path(article.path).name or article.title
            lines = "line" if article.boilerplate_lines == 1 else "lines"
            print(
                f"timeline-app: {printable(name)}: {article.boilerplate_lines} {lines} of page furniture "
                "dropped (bylines, share buttons, comments...)",
                file=sys.stderr,
            )
        if article.date_note:  # the page gives another day than the one kept
            name = Path(article.path).name or article.title
            print(f"timeline-app: {printable(name)}: {article.date_note}", file=sys.stderr)
    if args.title:
        timeline.title = args.title
    if args.output:
        save_project(timeline, args.output)
        n, m = len(timeline), len(timeline.articles)
        summary = (
            f"{n:,} event{'s' * (n != 1)} from {m:,} article{'s' * (m != 1)} -> {printable(args.output)}"
        )
        print(summary, file=sys.stderr)
    else:
        # Article paths are kept relative to the current folder, where `> out.json` puts the file.
        sys.stdout.buffer.write(project_bytes(timeline, Path.cwd()))
        sys.stdout.flush()
    return 0
