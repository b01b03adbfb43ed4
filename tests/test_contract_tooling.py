"""The contract's tooling: buf breaking against main, and proto/ and generated/ up to date.

`make lint` runs buf lint; this file runs what needs a second tree: buf breaking, against the
last commit on the main branch (WIRE_JSON, configured in buf.yaml at the root).
"""

from __future__ import annotations

import filecmp
import io
import shutil
import subprocess
import sys
import tarfile
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


def _buf_breaking(tree: Path, against: Path) -> subprocess.CompletedProcess[str]:
    """`buf breaking` of the module at `tree`/proto against the module at `against`."""
    return subprocess.run(
        [str(BIN / "buf"), "breaking", str(tree / "proto"), "--against", str(against)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def _main_proto(into: Path) -> Path:
    """proto/ as the main branch's last commit has it (HEAD where there is no main branch)."""
    refs = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", "refs/heads/main"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    ref = "main" if refs.returncode == 0 else "HEAD"
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "proto"], cwd=ROOT, capture_output=True, check=True
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "proto"


def test_contract_has_no_breaking_change_against_main(tmp_path: Path) -> None:
    result = _buf_breaking(ROOT, _main_proto(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_buf_breaking_catches_a_renumbered_field(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "proto", tmp_path / "proto")
    requests = tmp_path / "proto" / "checkout_gateway" / "v1" / "checkout_session_requests.proto"
    text = requests.read_text()
    field = "string id = 1 ["
    assert field in text
    requests.write_text(text.replace(field, "string id = 999 [", 1))
    result = _buf_breaking(tmp_path, ROOT / "proto")
    assert result.returncode != 0
    assert 'field "1" with name "id" on message "GetCheckoutSessionRequest" was deleted' in (
        result.stdout
    )


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
