"""The event-date benchmark sorts each gold event into a class of right or wrong dating."""

import types

import benchmarks.bench_event_dates as bench

# a stand-in for the shared scorer: strict equality of ISO strings
SCORER = types.SimpleNamespace(read_date=lambda d: d, matches=lambda p, g, _m: p == g)
DOC = {"dct": "2031-03-12T09:00"}


def _class(value: str, *events: tuple[int, int, str | None]) -> str:
    gold = {"start": 10, "end": 15, "value": value}
    return bench.error_class(DOC, gold, [{"start": s, "end": e, "date": d} for s, e, d in events], SCORER)


def test_gold_events_fall_in_the_class_of_their_dating():
    assert _class("2031-03-12", (0, 40, "2031-03-12")) == "publication day: right"
    assert _class("2031-03-12", (20, 40, "2031-03-12")) == "publication day: no event covers it"
    assert _class("2031-03-12", (0, 40, None)) == "publication day: covered, undated"
    assert _class("2031-03-12", (0, 40, "2031-03")) == "publication day: given another date"
    assert _class("2031-03-10", (0, 40, None), (5, 20, "2031-03-10")) == "dated in text: right"
    assert _class("2031-03-10", (0, 40, "2031-03-12")) == "dated in text: given the publication day"
    assert _class("2031-03-10", (0, 40, "2030")) == "dated in text: given another date"
    assert all(label in bench.CLASSES for label in (_class("2031-03-10"), _class("2031-03-12")))
