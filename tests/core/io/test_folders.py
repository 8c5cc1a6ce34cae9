from pathlib import Path

import pytest

from timeline_app.core.io.folders import article_files


def test_article_files_are_found_in_subfolders_in_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.HTML", "sub/deeper/d.htm", "e.png", ".hidden.txt", ".git/f.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Talks were held on Monday.", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in article_files(tmp_path)]
    assert found == ["a.md", "b.txt", "sub/c.HTML", "sub/deeper/d.htm"]


def test_a_link_back_to_a_parent_folder_does_not_loop(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [p.name for p in article_files(tmp_path)] == ["a.txt"]


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        article_files(tmp_path / "a.txt")
