"""A local, stateful emulator of Stripe's Checkout Sessions API, for tests and benchmarks."""

from __future__ import annotations

from stripe_emulator.app import DEFAULT_STRIPE_VERSION, RecordedRequest
from stripe_emulator.faults import Fault, FaultQueue
from stripe_emulator.seed import SEED_PRICES, SeedPrice
from stripe_emulator.server import Emulator, EmulatorThread

__all__ = [
    "DEFAULT_STRIPE_VERSION",
    "SEED_PRICES",
    "Emulator",
    "EmulatorThread",
    "Fault",
    "FaultQueue",
    "RecordedRequest",
    "SeedPrice",
]
