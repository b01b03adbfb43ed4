"""`serve --workers N`: N server processes sharing one port, and the supervisor that runs them.

A grpc.aio server is bound to one core by the GIL. The supervisor reserves the port with a
bound (not listening) SO_REUSEPORT socket, then spawns N workers that each run the whole
gateway, `serve()`, on that port with SO_REUSEPORT: the kernel spreads new connections across
them. Each worker has its share of the upstream limits (`Config.per_worker`). SIGTERM or
SIGINT to the supervisor drains every worker; a worker that dies takes the gateway down
(exit 1), for the orchestrator to restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from gateway.config import Config
from gateway.runtime import configure_logging, run_async
from gateway.telemetry import SupervisorMetrics

log = logging.getLogger("gateway.workers")

# The grpc server option that lets every worker bind the same port.
REUSEPORT = ("grpc.so_reuseport", 1)
# What a worker may take beyond the grace period to close, before it is killed.
STOP_MARGIN = 5.0


def reserve_port(listen: str) -> tuple[socket.socket, str]:
    """Bind, without listening, an SO_REUSEPORT socket on `listen` (port 0: the OS picks one).

    Returns the socket, which holds the port for the workers, and `host:port` with the port.
    """
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError("--workers needs a host:port address to share")
    family, kind, proto, _, address = socket.getaddrinfo(
        host.strip("[]"), int(port), type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock, f"{host}:{sock.getsockname()[1]}"


def worker_main(number: int, config: Config, ready: Connection) -> None:
    """One worker process: `serve()` on the shared port; sends its port on `ready` once up."""
    from gateway.server import serve

    configure_logging(config.log_level, worker=number, log_format=config.log_format)
    parent = multiprocessing.parent_process()

    def serving(port: int) -> None:
        if parent is not None:
            # The supervisor gone (even SIGKILLed): drain and exit, as on its SIGTERM.
            watch_parent(parent.sentinel)
        log.info("worker %d up (pid %d)", number, os.getpid())
        with contextlib.suppress(OSError):  # no supervisor to hear it: watch_parent stops us
            ready.send(port)
        ready.close()

    try:
        run_async(serve(config, options=[REUSEPORT], stop_signals=[signal.SIGTERM], ready=serving))
    except Exception:
        log.exception("worker %d failed", number)
        sys.exit(1)


def watch_parent(sentinel: int) -> None:
    """In the running loop: SIGTERM ourselves when `sentinel` (the parent's pipe) closes."""
    loop = asyncio.get_running_loop()

    def parent_gone() -> None:
        loop.remove_reader(sentinel)
        log.warning("the supervisor is gone: shutting down")
        signal.raise_signal(signal.SIGTERM)

    loop.add_reader(sentinel, parent_gone)


@dataclass
class Worker:
    number: int
    process: BaseProcess
    ready: Connection
    serving: bool = False

    def describe_exit(self) -> str:
        code = self.process.exitcode
        if code is not None and code < 0:
            return f"was killed by {signal.Signals(-code).name}"
        return f"exited with code {code}"


def supervise(config: Config) -> int:
    """Run `config.workers` workers on one port until a signal or a worker's end; exit code."""
    from gateway.server import SERVICE_NAME

    try:
        reserved, listen = reserve_port(config.listen)
    except (OSError, ValueError) as exc:
        log.error("cannot listen on %s: %s", config.listen, exc)
        return 1
    hooks: contextlib.AbstractContextManager[object] = contextlib.nullcontext()
    hook_listen = config.webhook_listen
    if hook_listen:  # the workers share the webhook port too (with Redis carrying the events)
        try:
            hooks, hook_listen = reserve_port(config.webhook_listen)
        except (OSError, ValueError) as exc:
            reserved.close()
            log.error("cannot listen on %s: %s", config.webhook_listen, exc)
            return 1
    # Workers record metrics for the supervisor, which serves their sum (gateway.telemetry.metrics).
    share = replace(
        config.per_worker(), listen=listen, metrics_listen="", webhook_listen=hook_listen
    )
    log.info(
        "%d workers, each with max_connections=%d max_waiting=%d rate_limit=%g rate_burst=%d",
        config.workers,
        share.max_connections,
        share.max_waiting,
        share.rate_limit,
        share.rate_burst,
    )
    context = multiprocessing.get_context("spawn")  # never fork: grpc does not survive it
    workers: list[Worker] = []
    try:
        exported = (
            SupervisorMetrics(config.metrics_listen)
            if config.metrics_listen
            else contextlib.nullcontext()
        )
    except OSError as exc:
        reserved.close()
        hooks.__exit__(None, None, None)
        log.error("%s", exc)
        return 1
    with reserved, hooks, wakeup_on_signals() as wakeup, exported:
        try:
            # Workers inherit SIGINT ignored (exec keeps SIG_IGN): Ctrl-C reaches the whole
            # process group, and only the supervisor should act on it (by sending SIGTERM).
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            reloads = config.security.policy is not None  # else SIGHUP stays a hangup
            if reloads:  # SIGHUP re-reads the policy: ignored until each worker's loop takes it
                signal.signal(signal.SIGHUP, signal.SIG_IGN)
            for number in range(1, config.workers + 1):
                receive, send = context.Pipe(duplex=False)
                process = context.Process(
                    target=worker_main,
                    args=(number, share, send),
                    name=f"worker-{number}",
                    daemon=True,
                )
                process.start()
                send.close()  # the worker's end: its exit now reads as EOF here
                workers.append(Worker(number, process, receive))
            signal.signal(signal.SIGINT, lambda _signum, _frame: None)
            if reloads:
                signal.signal(
                    signal.SIGHUP, lambda _signum, _frame: forward(workers, signal.SIGHUP)
                )
            crashed = watch(workers, wakeup, f"{SERVICE_NAME} on {listen}")
        finally:
            stop(workers, config.shutdown_grace + STOP_MARGIN)
    if crashed:
        return 1
    clean = (0, -signal.SIGTERM)  # -SIGTERM: stopped before it could serve, nothing lost
    failed = [w for w in workers if w.process.exitcode not in clean]
    for worker in failed:
        log.error(
            "worker %d (pid %d) %s", worker.number, worker.process.pid, worker.describe_exit()
        )
    return 1 if failed else 0


@contextlib.contextmanager
def wakeup_on_signals() -> Iterator[socket.socket]:
    """A socket that turns readable on SIGTERM or SIGINT, instead of their default action."""
    receive, send = socket.socketpair()
    send.setblocking(False)
    previous_fd = signal.set_wakeup_fd(send.fileno(), warn_on_full_buffer=False)
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    for sig in previous:
        # A Python handler that does nothing: the C handler has already written to `send`.
        signal.signal(sig, lambda _signum, _frame: None)
    try:
        yield receive
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(previous_fd)
        receive.close()
        send.close()


def watch(workers: list[Worker], wakeup: socket.socket, where: str) -> bool:
    """Until a signal (False) or a worker's end (True); logs the serving line once all serve."""
    starting = {w.ready: w for w in workers}
    sentinels = {w.process.sentinel: w for w in workers}
    while True:
        ready = wait([wakeup, *starting, *sentinels])
        if wakeup in ready:
            log.info("stopping %d workers", len(workers))
            return False
        for sentinel in sentinels:
            if sentinel in ready:
                worker = sentinels[sentinel]
                worker.process.join()
                log.error(
                    "worker %d (pid %d) %s%s: stopping the others",
                    worker.number,
                    worker.process.pid,
                    worker.describe_exit(),
                    "" if worker.serving else " before serving",
                )
                return True
        for connection in [c for c in starting if c in ready]:
            worker = starting.pop(connection)
            with contextlib.suppress(EOFError):  # EOF: it died, and its sentinel will say so
                connection.recv()
                worker.serving = True
            connection.close()
            if not starting and all(w.serving for w in workers):
                log.info("checkout-gateway serving %s with %d workers", where, len(workers))


def forward(workers: list[Worker], sig: signal.Signals) -> None:
    """Pass `sig` on to every worker still running."""
    for worker in workers:
        if worker.process.exitcode is None and worker.process.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker.process.pid, sig)


def stop(workers: list[Worker], timeout: float) -> None:
    """SIGTERM every worker still running; SIGKILL those not gone within `timeout` seconds."""
    for worker in workers:
        if worker.process.exitcode is None:
            worker.process.terminate()
    deadline = time.monotonic() + timeout
    for worker in workers:
        worker.process.join(max(0.0, deadline - time.monotonic()))
        if worker.process.exitcode is None:
            log.error(
                "worker %d (pid %d) still running after %.1f s: killing it",
                worker.number,
                worker.process.pid,
                timeout,
            )
            worker.process.kill()
            worker.process.join()
