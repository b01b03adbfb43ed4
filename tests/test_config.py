"""gateway.config: flags, then environment, then defaults; settings that cannot work refused."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.config import (
    DEFAULT_STRIPE_VERSION,
    SETTINGS,
    Config,
    ConfigError,
    add_arguments,
    load,
)

KEY = "sk_test_configtests00000000000000wxyz"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


def test_defaults_with_only_a_key() -> None:
    config = load(parse(), {"STRIPE_API_KEY": KEY})
    assert config == Config(api_key=KEY)


# Setting -> (a flag value, an environment value, the typed environment value).
VALUES: dict[str, tuple[str, str, object]] = {
    "listen": ("127.0.0.2:9000", "127.0.0.1:9001", "127.0.0.1:9001"),
    "stripe_api_base": ("http://a.test", "http://b.test", "http://b.test"),
    "stripe_version": ("2025-01-01.x", "2024-01-01.y", "2024-01-01.y"),
    "default_timeout": ("5", "7.5", 7.5),
    "max_connections": ("8", "16", 16),
    "max_waiting": ("0", "32", 32),
    "rate_limit": ("100", "25", 25.0),
    "rate_burst": ("10", "5", 5),
    "read_rate_limit": ("100", "25", 25.0),
    "read_rate_burst": ("10", "5", 5),
    "write_rate_limit": ("100", "25", 25.0),
    "write_rate_burst": ("10", "5", 5),
    "redis_url": (
        "redis://127.0.0.1:6379/0",
        "redis://127.0.0.1:6380/1",
        "redis://127.0.0.1:6380/1",
    ),
    "replicas": ("2", "3", 3),
    "max_retries": ("0", "3", 3),
    "shutdown_grace": ("1", "2.5", 2.5),
    "log_level": ("DEBUG", "warning", "warning"),
    "workers": ("2", "4", 4),
    "webhook_listen": ("127.0.0.1:9100", "127.0.0.1:9101", "127.0.0.1:9101"),
    "events_poll": ("5", "2.5", 2.5),
    "metrics_listen": ("0.0.0.0:9090", "127.0.0.1:9091", "127.0.0.1:9091"),
    "log_format": ("json", "json", "json"),
    "max_connection_age": ("300", "60.5", 60.5),
    "max_connection_age_grace": ("30", "5", 5.0),
}
# A webhook signing secret in every environment below: --webhook-listen needs one.
WHSEC = "whsec_configtests000000000000000000001"


def test_every_setting_has_a_row_here() -> None:
    assert set(VALUES) == set(SETTINGS)


@pytest.mark.parametrize("name", sorted(VALUES))
def test_environment_sets_a_setting(name: str) -> None:
    _flag_value, env_value, typed = VALUES[name]
    env = {"STRIPE_API_KEY": KEY, "STRIPE_WEBHOOK_SECRET": WHSEC, SETTINGS[name][1]: env_value}
    assert getattr(load(parse(), env), name) == typed


@pytest.mark.parametrize("name", sorted(VALUES))
def test_flag_wins_over_environment(name: str) -> None:
    flag_value, env_value, _typed = VALUES[name]
    flag, env_name, kind, _help = SETTINGS[name]
    env = {"STRIPE_API_KEY": KEY, "STRIPE_WEBHOOK_SECRET": WHSEC, env_name: env_value}
    config = load(parse(flag, flag_value), env)
    assert getattr(config, name) == kind(flag_value)


def test_key_from_a_file(tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text(KEY + "\n")
    assert load(parse(), {"STRIPE_API_KEY_FILE": str(key_file)}).api_key == KEY


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (WHSEC, (WHSEC,)),
        (f"{WHSEC}_new, {WHSEC}\n", (f"{WHSEC}_new", WHSEC)),  # rotation: both, either order
        (" , ", ()),
    ],
)
def test_webhook_secrets_from_the_environment_or_a_file(
    tmp_path: Path, text: str, secrets: tuple[str, ...]
) -> None:
    assert load(
        parse(), {"STRIPE_API_KEY": KEY, "STRIPE_WEBHOOK_SECRET": text}
    ).webhook_secrets == (secrets)
    path = tmp_path / "whsec"
    path.write_text(text)
    env = {"STRIPE_API_KEY": KEY, "STRIPE_WEBHOOK_SECRET_FILE": str(path)}
    assert load(parse(), env).webhook_secrets == secrets


def test_webhook_secrets_are_never_shown() -> None:
    config = load(parse(), {"STRIPE_API_KEY": KEY, "STRIPE_WEBHOOK_SECRET": f"{WHSEC},{WHSEC}2"})
    assert WHSEC not in config.describe() and WHSEC not in repr(config)
    assert "webhook_secrets = 2 secret(s)" in config.describe()


def test_emulator_needs_no_key() -> None:
    config = load(parse("--emulator"), {})
    assert config.emulator and config.api_key == ""


def test_emulator_with_one_worker_is_fine() -> None:
    assert load(parse("--emulator", "--workers", "1"), {}).workers == 1


@pytest.mark.parametrize(
    ("argv", "env", "message"),
    [
        ((), {}, "no Stripe key"),
        ((), {"STRIPE_API_KEY": "pk_test_publishable"}, "secret (sk_) or restricted (rk_)"),
        ((), {"STRIPE_API_KEY_FILE": "/nonexistent/key"}, "cannot read /nonexistent/key"),
        ((), {"STRIPE_API_KEY": KEY, "GATEWAY_MAX_RETRIES": "two"}, "$GATEWAY_MAX_RETRIES"),
        (("--max-retries", "-1"), {"STRIPE_API_KEY": KEY}, "max-retries must be >= 0"),
        (("--max-connections", "0"), {"STRIPE_API_KEY": KEY}, "max-connections >= 1"),
        (("--default-timeout", "0"), {"STRIPE_API_KEY": KEY}, "default-timeout > 0"),
        (("--max-waiting", "-1"), {"STRIPE_API_KEY": KEY}, "max-waiting"),
        (("--rate-burst", "-1"), {"STRIPE_API_KEY": KEY}, "rate-burst"),
        (("--rate-limit", "-5"), {"STRIPE_API_KEY": KEY}, "rate-limit"),
        (("--rate-limit", "inf"), {"STRIPE_API_KEY": KEY}, "rate-limit"),
        (("--rate-limit", "nan"), {"STRIPE_API_KEY": KEY}, "rate-limit"),
        (("--log-level", "LOUD"), {"STRIPE_API_KEY": KEY}, "log-level must be one of"),
        (("--workers", "0"), {"STRIPE_API_KEY": KEY}, "workers must be >= 1"),
        ((), {"STRIPE_API_KEY": KEY, "GATEWAY_WORKERS": "-1"}, "workers must be >= 1"),
        ((), {"STRIPE_API_KEY": KEY, "GATEWAY_WORKERS": "two"}, "$GATEWAY_WORKERS"),
        (("--emulator", "--workers", "2"), {}, "run `checkout-gateway emulator` separately"),
        (("--read-rate-limit", "-1"), {"STRIPE_API_KEY": KEY}, "read-rate-limit"),
        (("--write-rate-limit", "inf"), {"STRIPE_API_KEY": KEY}, "write-rate-limit"),
        (("--read-rate-burst", "-1"), {"STRIPE_API_KEY": KEY}, "read-rate-burst"),
        (("--write-rate-burst", "-1"), {"STRIPE_API_KEY": KEY}, "write-rate-burst"),
        (("--replicas", "0"), {"STRIPE_API_KEY": KEY}, "replicas must be >= 1"),
        (("--redis-url", "http://x"), {"STRIPE_API_KEY": KEY}, "redis-url must start with"),
        (("--webhook-listen", "127.0.0.1:9100"), {"STRIPE_API_KEY": KEY}, "STRIPE_WEBHOOK_SECRET"),
        (
            ("--webhook-listen", ":9100"),
            {"STRIPE_API_KEY": KEY, "STRIPE_WEBHOOK_SECRET_FILE": "/nonexistent/whsec"},
            "cannot read /nonexistent/whsec",
        ),
        (("--events-poll", "-1"), {"STRIPE_API_KEY": KEY}, "events-poll"),
        (("--events-poll", "inf"), {"STRIPE_API_KEY": KEY}, "events-poll"),
        (("--events-poll", "5", "--workers", "2"), {"STRIPE_API_KEY": KEY}, "need --redis-url"),
        (
            ("--webhook-listen", ":9100", "--workers", "2"),
            {"STRIPE_API_KEY": KEY, "STRIPE_WEBHOOK_SECRET": WHSEC},
            "need --redis-url",
        ),
        (("--log-format", "xml"), {"STRIPE_API_KEY": KEY}, "log-format must be one of text, json"),
        (("--metrics-listen", "9090"), {"STRIPE_API_KEY": KEY}, "metrics-listen must be host:port"),
        (("--max-connection-age", "-1"), {"STRIPE_API_KEY": KEY}, "max-connection-age"),
        (("--max-connection-age-grace", "-1"), {"STRIPE_API_KEY": KEY}, "-grace must be >= 0"),
    ],
)
def test_settings_that_cannot_work_are_refused(
    argv: tuple[str, ...], env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load(parse(*argv), env)
    assert message in str(info.value)
    assert KEY not in str(info.value) and WHSEC not in str(info.value)


def test_the_redis_password_is_never_described() -> None:
    config = load(
        parse("--redis-url", "redis://user:hunter2pass@127.0.0.1:6379/0"), {"STRIPE_API_KEY": KEY}
    )
    assert "hunter2pass" not in config.describe() and "hunter2pass" not in repr(config)
    assert "redis_url = redis://user:…@127.0.0.1:6379/0" in config.describe()


def test_webhooks_and_the_poller_run_in_workers_with_redis() -> None:
    argv: tuple[str, ...] = ("--webhook-listen", ":9100", "--events-poll", "5", "--workers", "2")
    argv += ("--redis-url", "redis://127.0.0.1:6379/0")
    config = load(parse(*argv), {"STRIPE_API_KEY": KEY, "STRIPE_WEBHOOK_SECRET": WHSEC})
    assert (config.workers, config.events_poll, config.webhook_listen) == (2, 5.0, ":9100")


def test_read_and_write_rates_are_divided_among_workers_without_redis() -> None:
    config = Config(workers=4, read_rate_limit=100, read_rate_burst=10, write_rate_limit=20)
    worker = config.per_worker()
    assert (worker.read_rate_limit, worker.read_rate_burst) == (25, 3)
    assert (worker.write_rate_limit, worker.write_rate_burst, worker.replicas) == (5, 0, 1)


def test_with_redis_the_rates_stay_the_fleets_and_each_worker_is_a_replica() -> None:
    config = Config(workers=4, read_rate_limit=100, redis_url="redis://r:6379", replicas=2)
    worker = config.per_worker()
    assert (worker.read_rate_limit, worker.replicas) == (100, 8)


def test_serve_without_a_key_exits_at_once_with_a_clear_message() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gateway.cli", "serve"],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "no Stripe key: set STRIPE_API_KEY" in result.stderr


def test_the_default_stripe_version_is_stripe_pythons() -> None:
    # The contract is derived from stripe-python 16.1.0's model, which speaks this version.
    import stripe

    assert stripe.VERSION == "16.1.0"
    assert stripe.api_version == DEFAULT_STRIPE_VERSION
