"""Rules searched over the lower-cased text, where Python's engine runs about twice as fast:
with IGNORECASE it folds the case of every character at every position it tries.

Each case-insensitive rule gets a *twin*, a regex without IGNORECASE for the lower-cased
text. A rule that never turns case-folding off has an exact twin: the same matches at the
same offsets. A rule with case-sensitive parts ("(?-i:May)", "(?-i:[AP]M)") gets a loose
twin instead: it finds everything the rule finds, and more ("may" as a verb), so the twin
only says where to look and the rule itself is matched there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CASED_PIECE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[A-Z]")
_GROUP_HEAD = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\(\?-i:|\(\?<?[!=:]|\(")


def _lower(source: str) -> str:
    """Literal letters lower-cased; escapes ("\\S") and group names left alone."""
    return _CASED_PIECE.sub(lambda m: m.group().lower() if len(m.group()) == 1 else m.group(), source)


def _class_end(source: str, i: int) -> int:
    """The index after the character class that opens at ``source[i]`` ("[")."""
    j = i + 1
    if source.startswith("^", j):
        j += 1
    if source.startswith("]", j):
        j += 1
    while source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


def _loose(source: str, i: int, case_off: bool) -> tuple[str, int]:
    """``source`` from ``i`` to the end of its group, rewritten to accept at least what it did:
    letters lower-cased, "(?-i:" opened as "(?:", and negative lookarounds that test case
    (inside a case-sensitive part, or holding one) dropped."""
    out: list[str] = []
    while i < len(source):
        c = source[i]
        if c == "\\":
            out.append(source[i : i + 2])
            i += 2
        elif c == "[":
            j = _class_end(source, i)
            negated = source.startswith("[^", i)
            # "(?-i:[^a-z])" refuses a capital the lower-cased text no longer shows: any character
            out.append(r"[\s\S]" if negated and case_off else _lower(source[i:j]))
            i = j
        elif c == ")":
            return "".join(out), i + 1
        elif c == "(":
            head = _GROUP_HEAD.match(source, i)
            assert head is not None
            opener = head.group()
            if opener.startswith("(?P="):
                out.append(opener)
                i = head.end()
                continue
            inner_off = case_off or opener == "(?-i:"
            body, end = _loose(source, head.end(), inner_off)
            negative = opener in ("(?!", "(?<!")
            if negative and (case_off or "(?-i" in source[head.end() : end]):
                pass  # a case-sensitive negative test: dropping it only lets more through
            else:
                out.append(("(?:" if opener == "(?-i:" else opener) + body + ")")
            i = end
        else:
            out.append(c.lower())
            i += 1
    return "".join(out), i


def twin(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool] | None:
    """The regex to search the lower-cased text with, and whether its matches are exact
    (else only candidate positions); None for a case-sensitive pattern or one with cased
    letters beyond ASCII, whose folding the lower-cased text would not mirror."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE:
        return None
    if any(not c.isascii() and c.lower() != c.upper() for c in source):
        return None
    flags = pattern.flags & ~re.IGNORECASE
    if "(?-i" not in source:
        return re.compile(_lower(source), flags), True
    loose, _ = _loose(source, 0, False)
    return re.compile(loose, flags), False


def matches(
    pattern: re.Pattern[str], twin: tuple[re.Pattern[str], bool], text: str, lowered: str, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, lo, hi)`` yields, searched for in ``lowered``."""
    fast, exact = twin
    if exact:
        for t in fast.finditer(lowered, lo, hi):
            same = pattern.match(text, t.start(), hi)
            if same is not None:
                yield same
        return
    pos = lo
    while pos <= hi:
        hint = fast.search(lowered, pos, hi)
        if hint is None:
            return
        m = pattern.match(text, hint.start(), hi)
        if m is None:
            pos = hint.start() + 1  # the twin also takes what the rule refuses ("may" the verb)
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1
