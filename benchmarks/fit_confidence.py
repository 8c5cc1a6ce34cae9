"""Refit the confidence's logistic regression on the tuning labels, and compare it with the weights
in the code.

Usage:
    python -m benchmarks.fit_confidence [--penalty 2] [--target hand|current]

The score of :mod:`timeline_app.core.extract.confidence` reads an event's signals (its
``SIGNALS``, in order) through the constants ``_BIAS``, ``SHIFT`` and ``_WEIGHTS``. This script
reads the signals of every labelled event of ``benchmarks/data/confidence_labels.jsonl`` (as
``bench_confidence`` matches them), fits the weights on the TUNING stories only (never the
held-out fifth of ``benchmarks/heldout.py``) by an L2-penalised logistic regression (penalty/2 times
the squared weights, the bias unpenalised), and sets SHIFT, the cut, by a 5-fold cross-validation
by story over the tuning part: the lowest SHIFT whose out-of-fold scores hide no larger share of the
real tuning events than the target (``hand``: the hand score alone, ``current``: the weights in the
code). It prints, for the code's weights and the refit, tuning and held-out: real among shown, real
hidden, not-real hidden, AUC (the serious-fault cap applied as in the code); then the refit's
constants. Nothing is written: adopt the constants by hand, only if the held-out figures improve.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_confidence import auc, keyed_events, labels_by_story, load_labels, matched  # noqa: E402
from benchmarks.heldout import is_held_out  # noqa: E402
from benchmarks.news_sample import NEWS, load_stories, load_web  # noqa: E402


def labelled_signals() -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """(story id, signals, label, capped by a serious fault) of every labelled event the extractor
    still makes, matched as bench_confidence matches them."""
    from timeline_app.core.extract import confidence
    from timeline_app.core.model import Event

    seen: list[tuple[list[float], float]] = []
    combine = confidence._combine

    def spy(x: list[float]) -> float:
        value = combine(x)
        seen.append((list(x), value))
        return value

    by_story = labels_by_story(load_labels())
    stories = {s["id"]: s for s in load_stories() if s["id"] in by_story}
    stories.update((s["id"], s) for s in load_web({sid for sid in by_story if "/" in sid}))
    ids: list[str] = []
    xs: list[list[float]] = []
    ys: list[int] = []
    caps: list[bool] = []
    confidence._combine = spy
    try:
        for sid, rows in by_story.items():
            seen.clear()
            events = list(keyed_events(stories[sid]))
            if len(seen) != len(events):  # an event a person made: not scored
                raise SystemExit(f"{sid}: {len(events)} events but {len(seen)} scored")
            for n, ev, row in matched(rows, events):
                x, value = seen[n]
                ids.append(sid)
                xs.append(x)
                ys.append(int(row["real"]))
                assert isinstance(ev, Event)
                caps.append(ev.confidence < value)
    finally:
        confidence._combine = combine
    return ids, np.array(xs), np.array(ys), np.array(caps)


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-penalised logistic regression (Newton's method)."""
    a = np.hstack([np.ones((len(x), 1)), x])
    theta = np.zeros(a.shape[1])
    reg = np.eye(a.shape[1]) * penalty
    reg[0, 0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-a @ theta))
        step = np.linalg.solve(a.T @ (a * (p * (1 - p))[:, None]) + reg, a.T @ (p - y) + reg @ theta)
        theta -= step
        if np.abs(step).max() < 1e-10:
            break
    return theta[1:], float(theta[0])


def scores(z: np.ndarray, caps: np.ndarray, cap: float) -> np.ndarray:
    """The code's scores of linear sums ``z`` (rounded, clipped, capped)."""
    p = np.clip(np.round(1.0 / (1.0 + np.exp(-z)), 2), 0.01, 0.99)
    return np.where(caps, np.minimum(p, cap), p)


def figures(s: np.ndarray, y: np.ndarray, threshold: float) -> str:
    shown = s >= threshold
    real = int(y.sum())
    fake = len(y) - real
    return (
        f"{len(y):5d} {int(shown.sum()):6d} {y[shown].mean():10.3f} {y[~shown].sum() / real:9.3f} "
        f"{(1 - y[~shown]).sum() / fake:9.3f} {auc(list(zip(s.tolist(), y.tolist(), strict=True))):6.3f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--penalty", type=float, default=2.0)
    ap.add_argument("--target", choices=["hand", "current"], default="hand")
    args = ap.parse_args()
    if not NEWS.exists():
        print(f"skipped: {NEWS} not found")
        return
    from timeline_app.core.extract import confidence
    from timeline_app.core.model import UNCERTAIN_BELOW

    ids, x, y, caps = labelled_signals()
    held = np.array([is_held_out(s) for s in ids])
    tuning = ~held
    names = [name for name, _ in confidence._WEIGHTS]
    w0 = np.array([w for _, w in confidence._WEIGHTS])
    current = scores(confidence._BIAS + confidence.SHIFT + x @ w0, caps, confidence.SERIOUS_CAP)
    if args.target == "hand":
        target = y[tuning & (x[:, 0] < UNCERTAIN_BELOW)].sum() / y[tuning].sum()
    else:
        target = y[tuning & (current < UNCERTAIN_BELOW)].sum() / y[tuning].sum()

    rows = np.where(tuning)[0]
    fold = np.array([int(hashlib.sha1(ids[i].encode()).hexdigest(), 16) % 5 for i in rows])
    out_of_fold = np.zeros(len(rows))
    for f in range(5):
        w, b = fit(x[rows[fold != f]], y[rows[fold != f]], args.penalty)
        out_of_fold[fold == f] = b + x[rows[fold == f]] @ w

    def real_hidden(shift: float) -> float:
        hidden = scores(out_of_fold + shift, caps[rows], confidence.SERIOUS_CAP) < UNCERTAIN_BELOW
        return float(y[rows][hidden].sum() / y[rows].sum())

    shift = next((s / 100 for s in range(-100, 101) if real_hidden(s / 100) <= target + 1e-9), 1.0)
    w, b = fit(x[tuning], y[tuning], args.penalty)
    refit = scores(b + shift + x @ w, caps, confidence.SERIOUS_CAP)
    cv = auc(list(zip(out_of_fold.tolist(), y[rows].tolist(), strict=True)))
    print(
        f"{len(y)} labelled events ({int(tuning.sum())} tuning); penalty {args.penalty}; real hidden "
        f"target ({args.target}) {target:.3f}; tuning AUC cross-validated by story {cv:.3f}"
    )
    print(f"{'weights':8} {'part':9} events  shown real/shown  real hid  fake hid    AUC")
    for part, mask in (("tuning", tuning), ("held-out", held)):
        print(f"{'code':8} {part:9} {figures(current[mask], y[mask], UNCERTAIN_BELOW)}")
        print(f"{'refit':8} {part:9} {figures(refit[mask], y[mask], UNCERTAIN_BELOW)}")
    print(f"\nSHIFT = {shift:.2f}\n_BIAS = {b:.2f}")
    for name, weight, old in zip(names, w, w0, strict=True):
        note = "" if math.isclose(round(weight, 2), old) else f"  # was {old:.2f}"
        print(f'    ("{name}", {weight:.2f}),{note}')


if __name__ == "__main__":
    main()
