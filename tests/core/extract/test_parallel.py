from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract import extract_events, extract_many


def test_extract_many_matches_one_by_one_in_order():
    # of different lengths: the longest are extracted first, the answer keeps the given order
    texts = [
        f"Rebels attacked a convoy near Goma, killing {n} soldiers." + " Residents fled the town." * (n % 3)
        for n in range(2, 8)
    ]
    many = extract_many(texts, workers=2)
    assert [[e.id for e in events] for events in many] == [[e.id for e in extract_events(t)] for t in texts]
    assert all(events and events[0].kind.value == "ASSAULT" for events in many)


def test_read_all_on_two_processes_gives_what_one_gives():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import article_for_text
    from timeline_app.core.loading import read_all

    pub = FuzzyDate.parse("2031-05-08")
    texts = [f"On 6 May 2031 Aino Salo met Kenji Mori in Helsinki, talk {n} of the week." for n in range(5)]
    texts += ["Rebels shelled Goma on 7 May 2031."]
    articles = [article_for_text(t, pub) for t in texts]
    one, two = read_all(articles, workers=1)[1], read_all(articles, workers=2)[1]
    assert one == two
    assert len(one) < sum(len(extract_events(a)) for a in articles)  # the meeting was merged


def test_read_many_gives_each_article_its_time_expressions_and_the_same_events():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import article_for_text, read_many

    pub = FuzzyDate.parse("2031-05-08")
    texts = [f"Aino Salo met Kenji Mori in Helsinki on Monday, talk {n}." for n in range(5)]
    articles = [article_for_text(t, pub) for t in texts]
    for workers in (1, 2):
        read = read_many(articles, workers=workers)
        assert [a.id for a, _ in read] == [a.id for a in articles]
        for (article, events), given in zip(read, articles, strict=True):
            assert article == given  # the same article, now keeping its time expressions
            assert article.time_marks is not None
            assert [m.value for m in article.time_marks] == ["2031-05-05"]
            assert [e.id for e in events] == [e.id for e in extract_events(given)]


def test_a_timeline_made_from_articles_keeps_their_time_expressions():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import article_for_text
    from timeline_app.core.loading import timeline_from_articles

    article = article_for_text("Envoys met in Geneva on Monday.", FuzzyDate.parse("2031-05-08"))
    timeline = timeline_from_articles([article])
    (kept,) = timeline.articles
    assert kept.time_marks is not None and kept.time_marks[0].date == FuzzyDate.parse("2031-05-05")


def test_read_as_loaded_gives_what_read_many_gives_in_the_order_loaded():
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.extract import article_for_text, read_as_loaded, read_many

    pub = FuzzyDate.parse("2031-05-08")
    articles = [
        article_for_text(f"Rebels shelled Goma on Monday, attack {n}." * (1 + n % 2), pub) for n in range(5)
    ]
    for workers in (1, 2):
        streamed = read_as_loaded(iter(articles), workers=workers)
        assert streamed == read_many(articles, workers=1)


def test_read_as_loaded_raises_what_loading_raises():
    import pytest

    from timeline_app.core.errors import InputError
    from timeline_app.core.extract import article_for_text, read_as_loaded

    def loading():
        yield article_for_text("Rebels shelled Goma on 7 May 2031.")
        raise InputError("is empty", path="b.txt")

    for workers in (1, 2):
        with pytest.raises(InputError, match=r"b\.txt"):
            read_as_loaded(loading(), workers=workers)


def test_many_article_files_load_in_their_order_once_each(tmp_path):
    import pytest

    from timeline_app.core.errors import InputError
    from timeline_app.core.loading import PARALLEL_FROM, load_inputs

    paths = []
    for n in range(PARALLEL_FROM + 2):
        path = tmp_path / f"{n:02d}.txt"
        path.write_text(
            f"Rebels shelled Goma on 7 May 2031, killing {n + 2} people." + " Aid stopped." * (n % 4)
        )
        paths.append(path)
    (tmp_path / "copy.txt").write_text(paths[3].read_text())
    timeline = load_inputs([*paths, tmp_path / "copy.txt"], FuzzyDate.parse("2031-05-08"))
    assert [a.path for a in timeline.articles] == [str(p) for p in paths]  # the copy told nothing new
    assert len(timeline.events) > 0
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(InputError, match=r"empty\.txt"):
        load_inputs([*paths, tmp_path / "empty.txt"], FuzzyDate.parse("2031-05-08"))


def _worker_collector() -> tuple[tuple[int, int, int], int]:
    import gc

    return gc.get_threshold(), gc.get_freeze_count()


def test_an_extracting_process_starts_with_its_data_frozen_and_fewer_collections():
    from concurrent.futures import ProcessPoolExecutor

    from timeline_app.core.extract.parallel import WORKER_GC_THRESHOLDS, _warm

    with ProcessPoolExecutor(max_workers=1, initializer=_warm) as pool:
        thresholds, frozen = pool.submit(_worker_collector).result()
    assert thresholds == WORKER_GC_THRESHOLDS
    assert frozen > 10_000  # the gazetteer and the lexicon at least


def test_merging_leaves_the_cycle_collector_as_it_found_it():
    import gc

    from timeline_app.core.extract.merge import merge_events

    events = extract_events("Rebels shelled Goma on 7 May 2031. Talks were held in Kinshasa on 8 May 2031.")
    assert gc.isenabled()
    merge_events([], events)
    assert gc.isenabled()
    gc.disable()
    try:
        merge_events([], events)
        assert not gc.isenabled()
    finally:
        gc.enable()
