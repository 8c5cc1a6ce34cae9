"""Find and resolve the time expressions of a text: :func:`tag`.

Recognition is our own grammar (the ``rules_*`` modules) rather than
``dateparser.search``, which reads "we" as Wednesday and "in a" as a date. All rules
run over the text, the longest non-overlapping matches are kept, and they are
resolved in reading order so that "the next day" counts from the date before it.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from collections.abc import Iterator

from timeline_app.core.dates import FuzzyDate, Precision, as_fuzzy
from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal import (
    rules_absolute,
    rules_calendar,
    rules_extent,
    rules_named,
    rules_periods,
    rules_ranges,
    rules_relative,
)
from timeline_app.core.temporal.calendar import day, day_number, long_label
from timeline_app.core.temporal.expression import TimeExpression, TimexReading
from timeline_app.core.temporal.grammar import Context, Rule
from timeline_app.core.temporal.lowered import matches as lowered_matches
from timeline_app.core.temporal.lowered import twin as lowered_twin
from timeline_app.core.temporal.names import in_a_name
from timeline_app.core.temporal.triggers import TriggerScan, folds_oddly

ENGLISH_RULES: tuple[Rule, ...] = (
    *rules_ranges.RULES,
    *rules_absolute.RULES,
    *rules_calendar.RULES,
    *rules_named.RULES,
    *rules_relative.RULES,
    *rules_periods.RULES,
    *rules_extent.RULES,
)
_SPANS = {**rules_extent.SPANS, **rules_periods.SPANS}
_MOD_LABELS = {
    "EARLY": "early in it", "MID": "in the middle of it", "LATE": "late in it", "START": "at its start",
    "END": "at its end", "APPROX": "approximately", "LESS_THAN": "less than that",
    "MORE_THAN": "more than that", "EQUAL_OR_LESS": "at most that", "EQUAL_OR_MORE": "at least that",
}  # fmt: skip
"""How a modifier reads at the end of an explanation ("Late Monday -> 2025-12-01: ...; late in it")."""


def _anchor_day(anchor: _dt.date | FuzzyDate | str | None) -> FuzzyDate | None:
    fd = as_fuzzy(anchor)
    if fd is None:
        return None
    if fd.precision.rank < Precision.DAY.rank:
        return fd.truncate(Precision.DAY)
    if fd.end is not None:
        return FuzzyDate(fd.year, fd.month, fd.day, precision=fd.precision)
    return fd


_ENGLISH_TRIGGERS = TriggerScan(ENGLISH_RULES)


_ENGLISH_TWINS = [lowered_twin(r.pattern) for r in ENGLISH_RULES]


def find_candidates(
    text: str, rules: tuple[Rule, ...], triggers: TriggerScan | None = None
) -> list[tuple[int, int, int, object]]:
    """Every match of every rule that its guard accepts, as (start, end, rule index, match).

    With ``triggers``, each rule is searched only around its trigger words (see
    :mod:`~timeline_app.core.temporal.triggers`); without, over the whole text.
    """
    found: list[tuple[int, int, int, object]] = []
    windows = triggers.windows(text) if triggers is not None else None
    # the lower-cased text keeps every offset unless it holds a letter that folds oddly ("İ")
    lowered = text.lower() if rules is ENGLISH_RULES and not folds_oddly(text) else None
    for index, r in enumerate(rules):
        adjust = _SPANS.get(r.name)
        spans = windows[index] if windows is not None else [(0, len(text))]
        twin = _ENGLISH_TWINS[index] if lowered is not None else None
        for lo, hi in spans:
            if twin is None or lowered is None:
                matches: Iterator[re.Match[str]] = r.pattern.finditer(text, lo, hi)
            else:  # found fast in the lower-cased text, matched again in the text
                matches = lowered_matches(r.pattern, twin, text, lowered, lo, hi)
            for m in matches:
                if m.end() >= hi - 1 and hi < len(text):
                    # a lookahead may have taken the window's end for the text's: match again in full
                    again = r.pattern.match(text, m.start())
                    if again is None:
                        continue
                    m = again
                if m.end() == m.start() or (r.guard is not None and not r.guard(m, text)):
                    continue
                start, end = adjust(m) if adjust else (m.start(), m.end())
                if rules is ENGLISH_RULES and in_a_name(text, start, end):
                    continue  # "the BBC's Today programme", "the Sunday Times", "at 1130 GMT"
                found.append((start, end, index, m))
    return found


def choose(candidates: list[tuple[int, int, int, object]], length: int) -> list[tuple[int, int, int, object]]:
    """Longest first, then leftmost, then the earlier rule; no two chosen matches overlap."""
    taken = bytearray(length + 1)
    chosen = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2])):
        start, end = cand[0], cand[1]
        if 1 in taken[start:end]:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


def resolve_all(text: str, chosen: list[tuple[int, int, int, object]], rules: tuple[Rule, ...],
                ctx: Context) -> list[TimeExpression]:  # fmt: skip
    out: list[TimeExpression] = []
    if ctx.last_quarter is None:
        ctx.last_quarter = rules_named.reporting_quarter(text, [(rules[i], m) for _, _, i, m in chosen], ctx)
    for start, end, index, m in chosen:
        try:
            reading: TimexReading | None = rules[index].resolve(m, ctx)  # type: ignore[arg-type]
        except ValueError:
            # a period finer than what it counts from ("that week" after "the third quarter"),
            # or a day the calendar does not have: leave it out rather than guess
            reading = None
        if reading is None:
            continue
        span = text[start:end]
        how = reading.explanation + (f"; {_MOD_LABELS[reading.mod]}" if reading.mod in _MOD_LABELS else "")
        shown = reading.date.iso() if reading.date else reading.value
        out.append(
            TimeExpression(
                start,
                end,
                span,
                reading.type,
                reading.value,
                reading.mod,
                reading.date,
                f"{span} -> {shown}: {how}",
            )
        )
        if reading.anchors and reading.date is not None:
            ctx.reference = reading.date if reading.date.end is None else reading.date.end
            ctx.reference_at = start
            if ctx.reference.precision.rank <= Precision.DAY.rank:
                ctx.reference_day = ctx.reference.truncate(Precision.DAY)
            rules_named.note_reported_quarter(ctx, reading.date, span)
    return out


_BARE_OVERNIGHT = re.compile(r"overnight", re.IGNORECASE)
_NAMES_WEEKDAY = re.compile(rf"\b{L.WEEKDAY}")
_LINK_AFTER = re.compile(r"\s*,?\s*(?:(?:on|from|into|to)\s+)?", re.IGNORECASE)
_FRONTED = re.compile(r"[\s\"'“‘(]*(?:(?:early|late)\s+)?(?:on\s+)?", re.IGNORECASE)


def attach_overnight(text: str, found: list[TimeExpression], ctx: Context) -> list[TimeExpression]:
    """A bare "overnight" told with a weekday is that weekday's night, not the publication date's:
    "overnight, on Sunday", "overnight from Saturday to Sunday", "On Sunday, ... overnight"."""
    out = list(found)
    breaks = ctx.breaks()
    for i, e in enumerate(found):
        if e.type != "TIME" or not _BARE_OVERNIGHT.fullmatch(e.text):
            continue
        day_expr = None
        if i + 1 < len(found) and _LINK_AFTER.fullmatch(text, e.end, found[i + 1].start):
            day_expr = found[i + 1]
        elif i > 0:
            before = found[i - 1]
            left = breaks[bisect_right(breaks, before.start) - 1]
            if bisect_right(breaks, e.start) == bisect_right(breaks, before.start) and _FRONTED.fullmatch(
                text, left, before.start
            ):
                day_expr = before  # "On Sunday, drones struck ... overnight"
        if (
            day_expr is None
            or day_expr.date is None
            or day_expr.date.day is None
            or not _NAMES_WEEKDAY.search(day_expr.text)
        ):
            continue
        d = day(day_number(day_expr.date))
        how = f"{e.text} -> {d.iso()}: the night of {day_expr.text}, {long_label(d)}"
        out[i] = TimeExpression(e.start, e.end, e.text, "TIME", f"{d.timex()}TNI", e.mod, d, how)
    return out


_COMMA_DAY = re.compile(r",\s+on\s+", re.IGNORECASE)
_CLOCK_DAY = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _clock_then_day(text: str, found: list[TimeExpression], between: re.Pattern[str]) -> Iterator[int]:
    """Indices i where ``found[i]`` is a clock time read as a dated minute and ``found[i + 1]``
    a plain day (no range), with only ``between`` between them ("3 p.m., on Friday")."""
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if (
            a.type == "TIME"
            and _CLOCK_DAY.fullmatch(a.value)
            and b.date is not None
            and b.date.precision is Precision.DAY
            and b.date.end is None
            and between.fullmatch(text, a.end, b.start)
        ):
            yield i


def align_comma_days(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "ran until 3 p.m., on Friday": the clock time stops at the comma but was placed on the day
    after it (see ``rules_extent._clock_span``); that day, an expression of its own, takes the
    same date, which the clock time's reading ("until") may place better than the day's alone."""
    out = list(found)
    for i in _clock_then_day(text, found, _COMMA_DAY):
        a, b = found[i], found[i + 1]
        d = FuzzyDate.parse(a.value[:10])
        if d == b.date:
            continue
        how = f"{b.text} -> {d.iso()}: the day of the time just before it, {a.text}"
        out[i + 1] = TimeExpression(b.start, b.end, b.text, b.type, d.timex(), b.mod, d, how)
    return out


_ON_DAY = re.compile(r",?\s{1,3}on\s{1,3}", re.IGNORECASE)


def day_after_clock(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "At 07:11 on 16 June 2010": a clock time that the grammar placed on another day (the day
    last mentioned, or the publication's) is on the day written right after it."""
    out = list(found)
    for i in _clock_then_day(text, found, _ON_DAY):
        a, d = found[i], found[i + 1].date
        if a.date is None or d is None or FuzzyDate.parse(a.value[:10]) == d or a.value.endswith("T24:00"):
            continue
        date = FuzzyDate(d.year, d.month, d.day, a.date.hour, a.date.minute, Precision.MINUTE)
        how = f"{a.text} -> {date.timex()}: a time of day on the day written after it, {found[i + 1].text}"
        out[i] = TimeExpression(a.start, a.end, a.text, a.type, date.timex(), a.mod, date, how)
    return out


_APPOSED = re.compile(r",\s{1,3}")


def join_apposed_days(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "this coming Sunday, March 8": a weekday told two ways is one expression, the date
    written out giving its value (the grammar joins "Sunday, March 8" itself; a weekday with
    "next" or "coming" before it, or a day in words, arrives here as two)."""
    out: list[TimeExpression] = []
    for e in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.date is not None
            and e.date is not None
            and prev.date == e.date
            and e.date.precision is Precision.DAY
            and e.type == prev.type == "DATE"
            and _NAMES_WEEKDAY.search(prev.text)
            and not _NAMES_WEEKDAY.search(e.text)
            and _APPOSED.fullmatch(text, prev.end, e.start)
        ):
            span = text[prev.start : e.end]
            how = f"{span} -> {e.date.iso()}: {e.explanation.split(': ', 1)[-1]}; the same day as {prev.text}"
            out[-1] = TimeExpression(prev.start, e.end, span, "DATE", e.value, e.mod or prev.mod, e.date, how)
            continue
        out.append(e)
    return out


def tag_english(
    text: str, anchor: FuzzyDate | None, date_order: str, breaks: list[int] | None = None
) -> list[TimeExpression]:
    ctx = Context(text, anchor, date_order, _breaks=breaks)
    chosen = choose(find_candidates(text, ENGLISH_RULES, _ENGLISH_TRIGGERS), len(text))
    found = rules_relative.compose_offsets(text, resolve_all(text, chosen, ENGLISH_RULES, ctx))
    found = rules_ranges.paired_days(text, rules_ranges.join_ranges(text, join_apposed_days(text, found)))
    found = day_after_clock(text, align_comma_days(text, found))
    return attach_overnight(text, found, ctx)


def tag(
    text: str,
    anchor: _dt.date | FuzzyDate | None,
    *,
    date_order: str = "MDY",
    language: str | None = None,
    breaks: list[int] | None = None,
) -> list[TimeExpression]:
    """The time expressions of ``text``, resolved against ``anchor`` (the publication date).

    Args:
        text: the article text; offsets in the result index into it.
        anchor: the publication date; None leaves relative expressions unresolved
            (their value holds X placeholders and their ``date`` is None).
        date_order: how to read all-numeric dates such as 03/04/2025 ("MDY" or "DMY").
        language: an ISO 639-1 code; None detects it from the text's common words.
        breaks: where the text's sentences start (:func:`timeline_app.core.text.sentence_starts`),
            when the caller has split it already; None splits it here.

    Returns:
        The expressions in text order, never overlapping.
    """
    from timeline_app.core.temporal.languages import detect_language, tag_foreign

    day = _anchor_day(anchor)
    lang = (language or detect_language(text)).lower()[:2]
    if lang == "en":
        return tag_english(text, day, date_order, breaks)
    return tag_foreign(text, day, lang, date_order)
