"""The frozen split of TimeBank+AQUAINT into a tuning part and a held-out fifth.

A document is held out when the SHA-1 of its id, read as an integer, is 0 modulo 5. The rule
depends on the id only, so it never changes when documents are added, reordered or re-read,
and every benchmark that reports "tuning" and "held-out" figures uses this one function.

Never tune on the held-out fifth: do not read the extractor's or the tagger's output on those
documents; report their figures beside the tuning part's.

    python benchmarks/heldout.py   # how many documents of each corpus fall on each side
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

Part = Literal["all", "tuning", "held-out"]
PARTS: tuple[Part, ...] = ("all", "tuning", "held-out")


def is_held_out(doc_id: str) -> bool:
    """True for the held-out fifth."""
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 5 == 0


def in_part(doc_id: str, part: Part) -> bool:
    """Whether document ``doc_id`` belongs to ``part`` ("all" holds every document)."""
    if part == "all":
        return True
    return is_held_out(doc_id) == (part == "held-out")


def select(docs: Iterable[dict], part: Part) -> Iterator[dict]:
    """The documents (dicts with an "id") of ``part``."""
    return (d for d in docs if in_part(d["id"], part))


def shared_dir() -> Path:
    """../shared beside the repository, or beside the folder of worktrees that holds it."""
    repo = Path(__file__).resolve().parents[1]
    for folder in (repo.parent, repo.parent.parent):
        if (folder / "shared" / "corpus").is_dir():
            return folder / "shared"
    return repo.parent / "shared"


def main() -> None:
    corpus = shared_dir() / "corpus"
    for path in (corpus / "timex" / "timebank.jsonl", corpus / "timex" / "aquaint.jsonl"):
        if not path.exists():
            print(f"{path}: absent, skipped")
            continue
        with open(path, encoding="utf-8") as f:
            ids = [json.loads(line)["id"] for line in f if line.strip()]
        held = sum(map(is_held_out, ids))
        print(f"{path.stem}: {len(ids)} documents, {len(ids) - held} tuning, {held} held out")


if __name__ == "__main__":
    main()
