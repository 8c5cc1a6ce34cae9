"""The key-dates benchmark's --cache is keyed by what the cached events depend on."""

import benchmarks.bench_keydates as bench


def test_the_cache_key_follows_the_core_and_the_articles_but_not_the_ranking(tmp_path, monkeypatch):
    core = tmp_path / "timeline_app" / "core"
    core.mkdir(parents=True)
    (tmp_path / "resources").mkdir()
    (core / "model.py").write_text("class Article: pass\n")
    (core / "keydates.py").write_text("RANK = 1\n")
    folder = tmp_path / "collection"
    folder.mkdir()
    (folder / "articles.jsonl.gz").write_bytes(b"one")
    monkeypatch.setattr(bench, "REPO", tmp_path)
    first = bench.extraction_version(folder)
    (core / "keydates.py").write_text("RANK = 2\n")
    assert bench.extraction_version(folder) == first  # ranking code: the events are the same
    (core / "model.py").write_text("class Article:\n    date_note = ''\n")
    second = bench.extraction_version(folder)
    assert second != first
    (folder / "articles.jsonl.gz").write_bytes(b"another")
    assert bench.extraction_version(folder) != second
