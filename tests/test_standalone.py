"""The repository stands alone: nothing a test runs may read beside it (tests/confine.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.confine_site.repo_confinement import violations

ROOT = Path(__file__).resolve().parent.parent
BESIDE = ROOT.parent / "shared" / "reference" / "README.md"


def test_opening_a_path_beside_the_repository_is_refused() -> None:
    seen = len(violations)
    with pytest.raises(PermissionError, match="outside the repository"):
        BESIDE.open()
    assert len(violations) == seen + 1
    del violations[seen:]  # this test made the violation on purpose


def test_listing_a_folder_beside_the_repository_is_refused() -> None:
    seen = len(violations)
    with pytest.raises(PermissionError, match="outside the repository"):
        list(ROOT.parent.iterdir())
    del violations[seen:]


def test_paths_inside_the_repository_and_the_temp_folder_stay_open(tmp_path: Path) -> None:
    assert (ROOT / "README.md").read_text().startswith("# ")
    (tmp_path / "x").write_text("ok")
    assert (tmp_path / "x").read_text() == "ok"


def test_a_python_process_a_test_starts_is_confined_too() -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"open({str(BESIDE)!r})"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "outside the repository" in done.stderr


def test_the_vendored_fixtures_say_where_they_come_from() -> None:
    readme = (ROOT / "tests" / "fixtures" / "README.md").read_text()
    for name in sorted(p.name for p in (ROOT / "tests" / "fixtures" / "stripe").glob("*.json")):
        assert f"`{name}`" in readme, name
