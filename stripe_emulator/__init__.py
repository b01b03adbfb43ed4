"""A local, stateful emulator of Stripe's Checkout Sessions API, for tests and benchmarks."""

from __future__ import annotations

from stripe_emulator.app import RecordedRequest
from stripe_emulator.clock import Clock
from stripe_emulator.delivery import RetryPolicy
from stripe_emulator.events import TYPES as EVENT_TYPES
from stripe_emulator.faults import DeliveryFault, DeliveryFaultQueue, Fault, FaultQueue
from stripe_emulator.objects import DEFAULT_STRIPE_VERSION
from stripe_emulator.retention import Retention
from stripe_emulator.seed import SEED_PRICES, SeedPrice
from stripe_emulator.server import Emulator, EmulatorThread
from stripe_emulator.signature import sign

__all__ = [
    "DEFAULT_STRIPE_VERSION",
    "EVENT_TYPES",
    "SEED_PRICES",
    "Clock",
    "DeliveryFault",
    "DeliveryFaultQueue",
    "Emulator",
    "EmulatorThread",
    "Fault",
    "FaultQueue",
    "RecordedRequest",
    "Retention",
    "RetryPolicy",
    "SeedPrice",
    "sign",
]
