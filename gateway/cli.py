"""The `checkout-gateway` command: `serve` runs the gateway, `emulator` the local Stripe."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from gateway import config as configuration
from gateway.emulator import cli as emulator_cli
from gateway.runtime import configure_logging, run_async


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
    except configuration.ConfigError as exc:
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
        run_async(serve(config, options=[("grpc.so_reuseport", 0)]))
    except OSError as exc:
        logging.getLogger("gateway").error("%s", exc)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
