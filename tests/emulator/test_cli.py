"""`checkout-gateway emulator` as a real process."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_cli_serves_and_stops_on_sigterm() -> None:
    port = free_port()
    code = "import sys; from gateway.cli import main; sys.exit(main())"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "emulator", "--listen", f"127.0.0.1:{port}", "--seed", "3"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert f"127.0.0.1:{port}" in line
        base = f"http://127.0.0.1:{port}"
        response = httpx.get(f"{base}/v1/checkout/sessions", auth=("sk_test_cli", ""))
        assert len(response.json()["data"]) == 3
        fault = subprocess.run(
            [sys.executable, "-c", code, "emulator-fault", "--url", base, "--status", "503"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert '"status": 503' in fault.stdout
        assert httpx.get(f"{base}/v1/checkout/sessions").status_code == 503
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
