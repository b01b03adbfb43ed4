"""buf lint passes, and proto/ and generated/ are what their generators make today."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*args: str, cwd: Path = ROOT) -> None:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def _differences(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in {a}: {n}" for n in cmp.left_only] + [
        f"only in {b}: {n}" for n in cmp.right_only
    ]
    out += [f"differs: {n}" for n in filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)[1]]
    for sub in cmp.common_dirs:
        out += _differences(a / sub, b / sub)
    return out


def test_buf_lint_passes() -> None:
    _run(str(BIN / "buf"), "lint", cwd=ROOT / "proto")


def test_proto_matches_its_generator(tmp_path: Path) -> None:
    _run(sys.executable, "tools/protogen.py", "--out", str(tmp_path))
    generated = ROOT / "proto" / "checkout_gateway" / "v1"
    fresh = tmp_path / "checkout_gateway" / "v1"
    stale = [
        p.name for p in fresh.glob("*.proto") if p.read_text() != (generated / p.name).read_text()
    ]
    assert stale == [], "run `make proto` and commit"


def test_generated_matches_proto(tmp_path: Path) -> None:
    _run(sys.executable, "tools/codegen.py", "--out", str(tmp_path))
    assert _differences(tmp_path, ROOT / "generated") == [], "run `make proto` and commit"
