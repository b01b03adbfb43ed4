"""What every bench process shares: /proc readings, percentiles, ports, child processes."""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import math
import os
import platform
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from gateway.events.webhooks import sign

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "sk_test_bench000000000000000000key"
_TICKS = os.sysconf("SC_CLK_TCK")


def process_tree(pid: int) -> list[int]:
    """`pid` and every process below it (a gateway with workers is a tree), gone ones skipped."""
    pids, index = [pid], 0
    while index < len(pids):
        with contextlib.suppress(OSError):
            children = Path(f"/proc/{pids[index]}/task/{pids[index]}/children").read_text()
            pids += [int(child) for child in children.split()]
        index += 1
    return pids


def tree_cpu_seconds(pid: int) -> float:
    return sum(cpu_seconds(p) for p in process_tree(pid))


def tree_kb(pid: int, key: str) -> int:
    """status_kb summed over the tree: RSS of a gateway and all its workers."""
    return sum(status_kb(p, key) for p in process_tree(pid))


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a whole process (all its threads) so far."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime


def machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine have used (every core) since boot."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    return (user + nice + system + irq + softirq + steal) / _TICKS


def status_kb(pid: int, key: str) -> int:
    """A `kB` line of /proc/<pid>/status: VmRSS (now) or VmHWM (peak)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def reset_peak_rss(pid: int) -> bool:
    """Start VmHWM afresh from the current RSS (Linux clear_refs 5); False if refused."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def percentile(sorted_values: Sequence[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[Any], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on {port} after {timeout} s")


def python_command(*args: str) -> list[str]:
    return [sys.executable, *args]


def start(
    command: list[str], port: int, env: dict[str, str] | None = None
) -> subprocess.Popen[Any]:
    """A server in its own process, stdout/stderr discarded, once `port` accepts connections."""
    proc = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, proc)
    except BaseException:
        stop(proc)
        raise
    return proc


def stop(proc: subprocess.Popen[Any], timeout: float = 10.0) -> int:
    """SIGTERM, then wait; SIGKILL only if it does not exit. Its exit status."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


class Worker:
    """A load-generator process (bench.load) driven by one JSON line per command.

    It answers once its client is ready: the first `ask` waits for that.
    """

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            python_command("-m", "bench.load", *args),
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"load worker {self.proc.args!r} died on {command}")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"load worker failed on {command}: {answer['error']}")
        return answer

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def versions(packages: Sequence[str]) -> str:
    """`Python 3.11.7, grpcio 1.85.3, ...` for the packages installed here."""
    found = []
    for name in packages:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            found.append(f"{name} {importlib.metadata.version(name)}")
    return ", ".join([f"Python {platform.python_version()}", *found])


def loop_speed(n: int = 5_000_000) -> float:
    """Seconds for a fixed pure-Python loop, best of three: how fast this machine ran Python
    at the time, so runs on different days (or a throttled machine) can be compared."""
    best = math.inf
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for i in range(n):
            total += i
        best = min(best, time.perf_counter() - started)
    return best


async def deliver_completed(
    http: Any, hook_port: int, session: dict[str, Any], event_id: str, secret: str
) -> float:
    """POST a signed `checkout.session.completed` for `session` to a gateway's webhook port, as
    Stripe would; returns the perf_counter time just before it was sent."""
    body = orjson.dumps(
        {
            "id": event_id,
            "object": "event",
            "type": "checkout.session.completed",
            "created": int(time.time()),
            "api_version": "2020-08-27",
            "data": {"object": session},
        }
    )
    t = int(time.time())
    started = time.perf_counter()
    answer = await http.post(
        f"http://127.0.0.1:{hook_port}/stripe/webhook",
        content=body,
        headers={"Stripe-Signature": f"t={t},v1={sign(body, secret, t)}"},
    )
    answer.raise_for_status()
    return started
