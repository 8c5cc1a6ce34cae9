"""`timeline-app export` (placeholder until its issue lands)."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("export", help="not available yet")


def run(args: argparse.Namespace) -> int:
    print("timeline-app: 'export' is not available yet", file=sys.stderr)
    return 2
