"""The Dockerfile: hadolint-clean, multi-stage, non-root, and its HEALTHCHECK probe really works.

No docker engine runs here, so the image is not built; the probe is run as-is (with this venv's
python) against a live gateway instead.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import start_stack, stop_stack

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
HADOLINT = Path(sys.executable).parent / "hadolint"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    lines = [ln for ln in DOCKERFILE.read_text().splitlines() if not ln.lstrip().startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    out = []
    for line in joined.splitlines():
        if line.strip():
            keyword, _, rest = line.strip().partition(" ")
            out.append((keyword.upper(), rest.strip()))
    return out


def args_of(keyword: str) -> list[str]:
    return [rest for kw, rest in instructions() if kw == keyword]


def test_hadolint_passes() -> None:
    result = subprocess.run(
        [str(HADOLINT), str(DOCKERFILE)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_multi_stage_with_runtime_copying_the_builders_venv() -> None:
    froms = args_of("FROM")
    assert len(froms) >= 2
    assert all(f.startswith("python:3.11-slim") for f in froms)
    assert any("--from=builder" in c and "/opt/venv" in c for c in args_of("COPY"))
    assert any("-c constraints.txt" in r for r in args_of("RUN"))


def test_runs_as_non_root() -> None:
    users = args_of("USER")
    assert users, "no USER: the container would run as root"
    last = users[-1].split(":")[0]
    assert last not in ("root", "0")
    # USER comes after the last FROM, i.e. it applies to the runtime stage.
    kinds = [kw for kw, _ in instructions()]
    last_from = len(kinds) - 1 - kinds[::-1].index("FROM")
    assert "USER" in kinds[last_from:]


def test_entrypoint_cmd_and_port() -> None:
    assert json.loads(args_of("ENTRYPOINT")[-1]) == ["checkout-gateway", "serve"]
    assert json.loads(args_of("CMD")[-1]) == ["--listen", "0.0.0.0:50051"]
    assert "50051" in args_of("EXPOSE")[-1].split()


def healthcheck_command() -> list[str]:
    checks = args_of("HEALTHCHECK")
    assert len(checks) == 1, "exactly one HEALTHCHECK"
    match = re.search(r"\bCMD\s+(\[.*\])\s*$", checks[0])
    assert match, "HEALTHCHECK must use the exec form: CMD [...]"
    command: list[str] = json.loads(match.group(1))
    assert command[0] == "python"
    return [sys.executable, *command[1:]]  # the image's PATH puts its venv's python first


async def probe(target: str) -> int:
    proc = await asyncio.create_subprocess_exec(
        *healthcheck_command(),
        env={**os.environ, "HEALTHCHECK_TARGET": target},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    return await asyncio.wait_for(proc.wait(), 30)


def test_healthcheck_targets_the_listen_port_by_default() -> None:
    env = " ".join(args_of("ENV"))
    assert "HEALTHCHECK_TARGET=127.0.0.1:50051" in env


async def test_healthcheck_probe_passes_only_while_serving() -> None:
    stack = await start_stack()
    port = stack.gateway.port
    try:
        assert await probe(f"127.0.0.1:{port}") == 0
        await stack.gateway.health.enter_graceful_shutdown()  # what stop() does first
        assert await probe(f"127.0.0.1:{port}") == 1
    finally:
        await stop_stack(stack)
    assert await probe(f"127.0.0.1:{port}") != 0


async def test_healthcheck_probe_fails_with_nothing_listening() -> None:
    with socket.socket() as s:  # a port that was free a moment ago
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert await probe(f"127.0.0.1:{port}") != 0


@pytest.mark.parametrize("pattern", [".venv", "**/node_modules", ".git", "**/__pycache__"])
def test_dockerignore_keeps_local_state_out(pattern: str) -> None:
    assert pattern in (ROOT / ".dockerignore").read_text().splitlines()
