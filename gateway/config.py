"""Configuration: flags, then GATEWAY_*/STRIPE_* environment variables, then defaults."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from gateway import security as security_settings
from gateway import settings
from gateway.logs import LOG_FORMATS
from gateway.security import SecurityConfig
from gateway.settings import Setting

STRIPE_API_BASE = "https://api.stripe.com"
DEFAULT_STRIPE_VERSION = "2026-10-28.endive"  # stripe-python 16.1.0's, which the contract follows
# Upstream calls in flight, and calls waiting for a slot, at most.
DEFAULT_MAX_CONNECTIONS = 1024
DEFAULT_MAX_WAITING = 1024
REDIS_SCHEMES = ("redis", "rediss", "unix")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(Exception):
    """The configuration cannot work; the message says what to change."""


def redact_url(url: str) -> str:
    """The URL with any password replaced: a Redis URL may carry one."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:" if parts.username else ":"
    return urlunsplit(parts._replace(netloc=f"{user}…@{netloc}"))


def redact(secret: str) -> str:
    """`sk_test_…abcd`: the key's kind and its last four characters, nothing else."""
    if not secret:
        return "(none)"
    prefix = secret[: secret.find("_", 3) + 1] if secret.count("_") >= 2 else ""
    return f"{prefix}…{secret[-4:]}" if len(secret) > len(prefix) + 8 else f"{prefix}…"


@dataclass(frozen=True)
class Config:
    listen: str = "127.0.0.1:50051"
    stripe_api_base: str = STRIPE_API_BASE
    api_key: str = field(default="", repr=False)
    stripe_version: str = DEFAULT_STRIPE_VERSION
    default_timeout: float = 30.0
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    max_waiting: int = DEFAULT_MAX_WAITING
    rate_limit: float = 0.0
    rate_burst: int = 0
    read_rate_limit: float = 0.0
    read_rate_burst: int = 0
    write_rate_limit: float = 0.0
    write_rate_burst: int = 0
    redis_url: str = field(default="", repr=False)
    replicas: int = 1
    max_retries: int = 2
    shutdown_grace: float = 10.0
    log_level: str = "INFO"
    workers: int = 1
    emulator: bool = False
    security: SecurityConfig = field(default_factory=SecurityConfig)
    # Events in (gateway.events.runtime): webhooks, the events poller, and watch polling.
    webhook_listen: str = ""
    webhook_secrets: tuple[str, ...] = field(default=(), repr=False)
    events_poll: float = 0.0
    watch_poll_initial: float = 1.0
    watch_poll_max: float = 30.0
    watch_safety_net: float = 60.0
    metrics_listen: str = ""
    log_format: str = "text"
    max_connection_age: float = 0.0
    max_connection_age_grace: float = 0.0

    def describe(self) -> str:
        """One line per setting, for the start-up log; the key redacted."""
        lines = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "api_key":
                value = redact(value)
            elif f.name == "redis_url":
                value = redact_url(value)
            elif f.name == "webhook_secrets":
                value = f"{len(value)} secret(s)"
            lines.append(f"  {f.name} = {value}")
        return "\n".join(lines)

    def per_worker(self) -> Config:
        """One worker's settings: the upstream limits are the gateway's, shared among `workers`.

        Counts are rounded up (a positive limit stays >= 1); 0 stays 0, so an unset rate
        stays off and an unset burst stays one second's worth of the worker's own rate.
        """
        n = self.workers
        if self.redis_url:
            # The buckets in Redis hold the fleet's rate; each worker is one more replica.
            shared: dict[str, object] = {"replicas": self.replicas * n}
        else:
            shared = {
                "read_rate_limit": self.read_rate_limit / n,
                "read_rate_burst": -(-self.read_rate_burst // n),
                "write_rate_limit": self.write_rate_limit / n,
                "write_rate_burst": -(-self.write_rate_burst // n),
            }
        return replace(
            self,
            **shared,  # type: ignore[arg-type]
            max_connections=-(-self.max_connections // n),
            max_waiting=-(-self.max_waiting // n),
            rate_limit=self.rate_limit / n,
            rate_burst=-(-self.rate_burst // n),
            workers=1,
        )


# Setting -> (flag, environment variable, type, help).
SETTINGS: Mapping[str, Setting] = {
    "listen": ("--listen", "GATEWAY_LISTEN", str, "host:port to serve gRPC on"),
    "stripe_api_base": ("--stripe-api-base", "STRIPE_API_BASE", str, "Stripe's base URL"),
    "stripe_version": ("--stripe-version", "STRIPE_VERSION", str, "default Stripe-Version"),
    "default_timeout": (
        "--default-timeout",
        "GATEWAY_DEFAULT_TIMEOUT",
        float,
        "seconds a call may take when the caller sets no deadline",
    ),
    "max_connections": (
        "--max-connections",
        "GATEWAY_UPSTREAM_MAX_CONNECTIONS",
        int,
        "upstream calls in flight at most (and the connection pool's size); shared among workers",
    ),
    "max_waiting": (
        "--max-waiting",
        "GATEWAY_UPSTREAM_MAX_WAITING",
        int,
        "calls that may wait for an upstream slot or token before new ones are refused; "
        "shared among workers",
    ),
    "rate_limit": (
        "--rate-limit",
        "GATEWAY_UPSTREAM_RATE_LIMIT",
        float,
        "upstream requests per second at most; 0 (the default) means no limit; "
        "shared among workers",
    ),
    "rate_burst": (
        "--rate-burst",
        "GATEWAY_UPSTREAM_RATE_BURST",
        int,
        "requests that may go at once above the rate; 0 means one second's worth; "
        "shared among workers",
    ),
    "read_rate_limit": (
        "--read-rate-limit",
        "GATEWAY_UPSTREAM_READ_RATE_LIMIT",
        float,
        "upstream reads (GETs) per second at most, Stripe's read limit; 0 (the default) means "
        "no limit; for the fleet with --redis-url, else shared among workers",
    ),
    "read_rate_burst": (
        "--read-rate-burst",
        "GATEWAY_UPSTREAM_READ_RATE_BURST",
        int,
        "reads that may go at once above the read rate; 0 means one second's worth",
    ),
    "write_rate_limit": (
        "--write-rate-limit",
        "GATEWAY_UPSTREAM_WRITE_RATE_LIMIT",
        float,
        "upstream writes (POSTs) per second at most, Stripe's write limit; 0 (the default) "
        "means no limit; for the fleet with --redis-url, else shared among workers",
    ),
    "write_rate_burst": (
        "--write-rate-burst",
        "GATEWAY_UPSTREAM_WRITE_RATE_BURST",
        int,
        "writes that may go at once above the write rate; 0 means one second's worth",
    ),
    "redis_url": (
        "--redis-url",
        "GATEWAY_REDIS_URL",
        str,
        "Redis holding the read and write buckets and carrying events for every replica "
        "(redis://host:port/db)",
    ),
    "replicas": (
        "--replicas",
        "GATEWAY_REPLICAS",
        int,
        "gateway replicas sharing the Redis buckets; without Redis each takes 1/replicas",
    ),
    "max_retries": ("--max-retries", "GATEWAY_MAX_RETRIES", int, "retries per upstream call"),
    "shutdown_grace": (
        "--shutdown-grace",
        "GATEWAY_SHUTDOWN_GRACE",
        float,
        "seconds in-flight calls get to finish at shutdown",
    ),
    "log_level": ("--log-level", "GATEWAY_LOG_LEVEL", str, "DEBUG, INFO, WARNING or ERROR"),
    "webhook_listen": (
        "--webhook-listen",
        "GATEWAY_WEBHOOK_LISTEN",
        str,
        "host:port to receive Stripe's webhooks on (POST /stripe/webhook); needs "
        "$STRIPE_WEBHOOK_SECRET or $STRIPE_WEBHOOK_SECRET_FILE",
    ),
    "events_poll": (
        "--events-poll",
        "GATEWAY_EVENTS_POLL",
        float,
        "seconds between reads of Stripe's GET /v1/events, for a gateway Stripe cannot reach "
        "with webhooks; 0 (the default) means off",
    ),
    "workers": (
        "--workers",
        "GATEWAY_WORKERS",
        int,
        "server processes sharing the port (SO_REUSEPORT); set to the number of cores "
        "for CPU-bound load",
    ),
    "metrics_listen": (
        "--metrics-listen",
        "GATEWAY_METRICS_LISTEN",
        str,
        "host:port to serve Prometheus /metrics on (off by default); with --workers, the "
        "supervisor serves the sum over the workers",
    ),
    "log_format": ("--log-format", "GATEWAY_LOG_FORMAT", str, "text (the default) or json"),
    "max_connection_age": (
        "--max-connection-age",
        "GATEWAY_MAX_CONNECTION_AGE",
        float,
        "seconds a client connection may live before the server asks it to reconnect, so "
        "clients spread over new replicas; 0 (the default) means forever",
    ),
    "max_connection_age_grace": (
        "--max-connection-age-grace",
        "GATEWAY_MAX_CONNECTION_AGE_GRACE",
        float,
        "seconds calls in flight get on a connection past its age; 0 means no bound",
    ),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    settings.add_arguments(parser, SETTINGS)
    parser.add_argument(
        "--emulator",
        action="store_true",
        help="start the embedded Stripe emulator on loopback and use it as the upstream",
    )
    security_settings.add_arguments(parser)


def load(args: argparse.Namespace, environ: Mapping[str, str] = os.environ) -> Config:
    try:
        values = settings.read(args, environ, SETTINGS)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    key = environ.get("STRIPE_API_KEY", "")
    key_file = environ.get("STRIPE_API_KEY_FILE")
    if not key and key_file:
        try:
            key = Path(key_file).read_text().strip()
        except OSError as exc:
            raise ConfigError(
                f"$STRIPE_API_KEY_FILE: cannot read {key_file}: {exc.strerror}"
            ) from None
    emulator = bool(getattr(args, "emulator", False))
    values["webhook_secrets"] = _webhook_secrets(environ)
    listen = str(values.get("listen", Config.listen))
    try:
        security = security_settings.load(args, listen, environ)
    except (OSError, ValueError) as exc:
        raise ConfigError(str(exc)) from None
    config = Config(**values, api_key=key, emulator=emulator, security=security)  # type: ignore[arg-type]
    if not emulator and not key:
        raise ConfigError(
            "no Stripe key: set STRIPE_API_KEY or STRIPE_API_KEY_FILE "
            "(or run with --emulator to use the local Stripe emulator)"
        )
    if key and not key.startswith(("sk_", "rk_")):
        raise ConfigError("the Stripe key must be a secret (sk_) or restricted (rk_) key")
    if config.max_retries < 0 or config.max_connections < 1 or config.default_timeout <= 0:
        raise ConfigError("max-retries must be >= 0, max-connections >= 1, default-timeout > 0")
    if config.log_level.upper() not in LOG_LEVELS:
        raise ConfigError(f"log-level must be one of {', '.join(LOG_LEVELS)}")
    if config.max_waiting < 0 or config.rate_burst < 0:
        raise ConfigError("max-waiting and rate-burst must be >= 0")
    if not (0 <= config.rate_limit < float("inf")):
        raise ConfigError("rate-limit must be a finite number >= 0 (0 turns it off)")
    if config.log_format not in LOG_FORMATS:
        raise ConfigError(f"log-format must be one of {', '.join(LOG_FORMATS)}")
    host, _, port = config.metrics_listen.rpartition(":")
    if config.metrics_listen and not (host and port.isdigit()):
        raise ConfigError(f"metrics-listen must be host:port, not {config.metrics_listen!r}")
    if config.max_connection_age < 0 or config.max_connection_age_grace < 0:
        raise ConfigError("max-connection-age and max-connection-age-grace must be >= 0")
    if config.workers < 1:
        raise ConfigError("workers must be >= 1")
    for bucket in ("read", "write"):
        if not (0 <= getattr(config, f"{bucket}_rate_limit") < float("inf")):
            raise ConfigError(f"{bucket}-rate-limit must be a finite number >= 0 (0 turns it off)")
        if getattr(config, f"{bucket}_rate_burst") < 0:
            raise ConfigError(f"{bucket}-rate-burst must be >= 0")
    if config.replicas < 1:
        raise ConfigError("replicas must be >= 1")
    if config.redis_url and urlsplit(config.redis_url).scheme not in REDIS_SCHEMES:
        raise ConfigError(f"redis-url must start with one of {', '.join(REDIS_SCHEMES)}://")
    if emulator and config.workers > 1:
        raise ConfigError(
            "--emulator runs in one process and cannot be shared by --workers > 1: run "
            "`checkout-gateway emulator` separately and point --stripe-api-base at it"
        )
    if config.webhook_listen and not config.webhook_secrets:
        raise ConfigError(
            "--webhook-listen needs the endpoint's signing secret (whsec_...): set "
            "STRIPE_WEBHOOK_SECRET or STRIPE_WEBHOOK_SECRET_FILE (comma-separated for rotation)"
        )
    if config.security.webhook_tls_cert is not None and not config.webhook_listen:
        raise ConfigError("--webhook-tls-cert and --webhook-tls-key need --webhook-listen")
    if not (0 <= config.events_poll < float("inf")):
        raise ConfigError("events-poll must be a finite number of seconds >= 0 (0 turns it off)")
    if (
        config.workers > 1
        and (config.webhook_listen or config.events_poll)
        and not config.redis_url
    ):
        raise ConfigError(
            "--webhook-listen and --events-poll with --workers > 1 need --redis-url: without "
            "it an event received by one worker would not reach watchers on the others"
        )
    return config


def _webhook_secrets(environ: Mapping[str, str]) -> tuple[str, ...]:
    """$STRIPE_WEBHOOK_SECRET, else the file named by $STRIPE_WEBHOOK_SECRET_FILE: several,
    comma-separated, while a secret is rotated."""
    text = environ.get("STRIPE_WEBHOOK_SECRET", "")
    path = environ.get("STRIPE_WEBHOOK_SECRET_FILE")
    if not text and path:
        try:
            text = Path(path).read_text()
        except OSError as exc:
            raise ConfigError(
                f"$STRIPE_WEBHOOK_SECRET_FILE: cannot read {path}: {exc.strerror}"
            ) from None
    return tuple(s.strip() for s in text.split(",") if s.strip())
