from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import article_for_text, extract_events, merge_events, reextract
from timeline_app.core.model import Kind

from .conftest import expr

PUB = FuzzyDate.parse("2031-05-08")


def _events(text, phrase, iso):
    return extract_events(article_for_text(text, PUB), expressions=[expr(text, phrase, iso)])


def test_two_reports_of_one_meeting_merge_into_one_event_with_two_sources():
    a = _events("Finnish President Aino Salo met Japanese Prime Minister Kenji Mori in Helsinki on Tuesday.",
                "Tuesday", "2031-05-06")  # fmt: skip
    b = _events("On Tuesday, Mori held talks with Salo in the Finnish capital, Helsinki, officials said.",
                "Tuesday", "2031-05-06")  # fmt: skip
    merged = merge_events(a, b)
    meetings = [e for e in merged if e.kind is Kind.CONSULT]
    assert len(meetings) == 1
    assert {s.article for s in meetings[0].sources} == {a[0].sources[0].article, b[0].sources[0].article}


def test_a_conflicting_date_is_kept_as_an_alternative():
    a = _events("Aino Salo met Kenji Mori in Helsinki on Tuesday.", "Tuesday", "2031-05-06")
    b = _events("Aino Salo met Kenji Mori in Helsinki on Wednesday.", "Wednesday", "2031-05-07")
    (merged,) = merge_events(a, b)
    assert merged.when == FuzzyDate.parse("2031-05-06")
    assert merged.alternatives == (FuzzyDate.parse("2031-05-07"),)


def test_different_events_stay_apart():
    a = _events("Aino Salo met Kenji Mori in Helsinki on Tuesday.", "Tuesday", "2031-05-06")
    b = _events("Rebels shelled Goma on Tuesday.", "Tuesday", "2031-05-06")
    assert len(merge_events(a, b)) == 2


def test_reextraction_leaves_edited_events_alone(monkeypatch):
    text = "Aino Salo met Kenji Mori in Helsinki on Tuesday."
    article = article_for_text(text, PUB)
    fixed = [expr(text, "Tuesday", "2031-05-06")]
    import timeline_app.core.extract.merge as merge_module

    real = merge_module.extract_events
    monkeypatch.setattr(merge_module, "extract_events", lambda a, p=None: real(a, p, expressions=fixed))
    (event,) = real(article, expressions=fixed)
    edited = event.with_changes(title="Salo and Mori meet (checked)", reviewed=True)
    after = reextract([edited], article)
    assert after == [edited]
    untouched = reextract([event.with_changes(title="stale")], article)
    assert [e.title for e in untouched] == [event.title]
