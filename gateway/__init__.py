"""A gRPC gateway for Stripe Checkout Sessions.

The public surface: `Config` (and `load_config` from flags and environment), `Gateway` (the
server and everything it owns) and `serve` (run until a stop signal). The command line is
`checkout-gateway serve` (gateway.cli); everything else is internal.
"""

from __future__ import annotations

from importlib.metadata import version

from gateway.config import Config, ConfigError
from gateway.config import load as load_config
from gateway.server import Gateway, serve

__all__ = ["Config", "ConfigError", "Gateway", "__version__", "load_config", "serve"]

__version__ = version("checkout-gateway")
