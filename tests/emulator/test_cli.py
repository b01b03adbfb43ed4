"""`checkout-gateway emulator` as a real process."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys

import httpx
import stripe

from stripe_emulator import EmulatorThread
from tests.emulator.receiver import Receiver


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


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    code = "import sys; from gateway.cli import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60
    )


def test_cli_webhook_clock_and_complete() -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    code = "import sys; from gateway.cli import main; sys.exit(main())"
    with Receiver() as receiver:
        proc = subprocess.Popen(
            [sys.executable, "-c", code, "emulator", "--listen", f"127.0.0.1:{port}",
             "--webhook", receiver.url, "--webhook-retries", "0.1,0.1", "--freeze-clock",
             "--session-lifetime", "3600"],
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        try:
            assert proc.stdout is not None
            assert f"127.0.0.1:{port}" in proc.stdout.readline()
            printed = proc.stdout.readline()
            found = re.search(r"(we_\S+) for (\S+): signing secret (whsec_\S+)", printed)
            assert found and found[2] == receiver.url
            secret = found[3]
            http = httpx.Client(base_url=base, auth=("sk_test_cli", ""), timeout=30)
            made = [
                http.post(
                    "/v1/checkout/sessions",
                    data={"mode": "setup", "success_url": "https://example.com/s",
                          "currency": "usd"},
                ).json()
                for _ in range(2)
            ]  # fmt: skip
            assert made[0]["expires_at"] == made[0]["created"] + 3600
            done = run_cli("emulator-ctl", "--url", base, "complete", made[0]["id"],
                           "--email", "ada@example.com", "--name", "Ada")  # fmt: skip
            assert done.returncode == 0, done.stderr
            assert json.loads(done.stdout)["customer_details"]["name"] == "Ada"
            clock = run_cli("emulator-ctl", "--url", base, "clock", "--advance", "3600")
            assert json.loads(clock.stdout)["expired"] == 1
            first, second = receiver.wait_for(2)
            events = [
                stripe.Webhook.construct_event(d.body.decode(), d.signature, secret)
                for d in (first, second)
            ]
            assert [e.type for e in events] == [
                "checkout.session.completed",
                "checkout.session.expired",
            ]
            assert events[1].data.object.id == made[1]["id"]
            again = run_cli("emulator-ctl", "--url", base, "complete", made[0]["id"])
            assert again.returncode == 1 and "can be completed" in again.stderr
            shown = json.loads(run_cli("emulator-ctl", "--url", base, "webhooks").stdout)
            assert shown["endpoints"][0]["delivered"] == 2
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=10) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_cli_async_payment_roll_secret_and_delivery_faults() -> None:
    with EmulatorThread() as emu:
        base = emu.base_url
        http = httpx.Client(base_url=base, auth=("sk_test_cli", ""), timeout=30)
        session = http.post(
            "/v1/checkout/sessions",
            data={"mode": "setup", "success_url": "https://example.com/s", "currency": "usd"},
        ).json()
        refused = run_cli("emulator-ctl", "--url", base, "complete", session["id"], "--async")
        assert refused.returncode == 1  # a setup session takes no payment
        session = http.post(
            "/v1/checkout/sessions",
            data={"mode": "payment", "success_url": "https://example.com/s",
                  "line_items[0][price]": "price_1EmuTshirt0000000000000",
                  "line_items[0][quantity]": "1"},
        ).json()  # fmt: skip
        paid_later = run_cli("emulator-ctl", "--url", base, "complete", session["id"], "--async")
        assert paid_later.returncode == 0, paid_later.stderr
        settled = run_cli("emulator-ctl", "--url", base, "async-payment", session["id"], "failed")
        assert json.loads(settled.stdout)["payment_status"] == "unpaid"
        types = [e["type"] for e in http.get("/v1/events").json()["data"]]
        assert types == ["checkout.session.async_payment_failed", "checkout.session.completed"]
        hook = http.post(
            "/v1/webhook_endpoints", data={"url": "https://example.com/h", "enabled_events[]": "*"}
        ).json()
        rolled = run_cli("emulator-ctl", "--url", base, "roll-secret", hook["id"], "--overlap", "5")
        assert json.loads(rolled.stdout)["secret"] not in ("", hook["secret"])
        added = run_cli("emulator-fault", "--url", base, "--delivery", "delay", "--seconds", "2",
                        "--event-type", "checkout.session.completed", "--count", "3")  # fmt: skip
        assert json.loads(added.stdout)["faults"] == [
            {"kind": "delay", "seconds": 2.0, "type": "checkout.session.completed", "count": 3}
        ]
        frozen = json.loads(run_cli("emulator-ctl", "--url", base, "clock", "--freeze").stdout)
        assert frozen["frozen"] is True
        assert run_cli("emulator-fault", "--url", base, "--clear").returncode == 0
        assert http.get("/_emulator/delivery_faults").json() == {"faults": []}
