"""The `checkout-gateway` command: `serve` runs the gateway, `emulator` the local Stripe."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import secrets
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from gateway import config as configuration
from gateway.runtime import configure_logging, run_async
from gateway.trust import TrustBoundary
from stripe_emulator import Emulator
from stripe_emulator import cli as emulator_cli

if TYPE_CHECKING:
    from gateway.server import ServerOptions


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="checkout-gateway", description=__doc__)
    subparsers = parser.add_subparsers(dest="command", required=True)
    serve = subparsers.add_parser("serve", help="run the gRPC gateway")
    configuration.add_arguments(serve)
    serve.set_defaults(func=run_serve)
    emulator_cli.register(subparsers)
    return parser


def run_serve(args: argparse.Namespace) -> int:
    try:
        config = configuration.load(args)
        # Every file the trust boundary names (policy, keys, certificates) must load now, or
        # start-up stops here with the reason, before a port is taken.
        TrustBoundary(config.security)
    except configuration.ConfigError as exc:
        print(f"checkout-gateway: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"checkout-gateway: {exc}", file=sys.stderr)
        return 2
    configure_logging(config.log_level, log_format=config.log_format)
    logging.getLogger("gateway").info("configuration:\n%s", config.describe())
    if config.workers > 1:
        from gateway.workers import supervise

        return supervise(config)
    from gateway.server import serve  # after logging is set up

    try:
        # grpc shares ports by default: one process owns its port, a second gateway must fail.
        options = [("grpc.so_reuseport", 0)]
        run_async(
            with_emulator(config, options) if config.emulator else serve(config, options=options)
        )
    except OSError as exc:
        logging.getLogger("gateway").error("%s", exc)
        return 1
    return 0


async def with_emulator(config: configuration.Config, options: ServerOptions) -> None:
    """`serve --emulator`: the embedded emulator in this loop, up before the gateway, down after."""
    from gateway.server import serve

    api_key = config.api_key or f"sk_test_emulator{secrets.token_hex(8)}"
    emulator = Emulator(api_key=api_key, seed=3)
    await emulator.start()
    logging.getLogger("gateway.server").info("embedded Stripe emulator on %s", emulator.base_url)
    try:
        await serve(
            dataclasses.replace(config, stripe_api_base=emulator.base_url, api_key=api_key),
            options=options,
        )
    finally:
        await emulator.stop()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
