"""The parallel export's walk (gateway.export) in virtual time: exact, and load does not move it.

    python -m bench.export_walk [--sessions 10000] [--page-latency 0.05] [--parallelism 8]
                                [--cost 0.0001]

An in-memory list answers each page after `--page-latency`; the consumer spends `--cost`
seconds per item (the gateway decoding and sending each session) and then gives way to the loop,
as a stream's write does. Time is the loop's own clock, advanced only by those two, so the wall
time printed is what the walk's waiting costs on a machine with a core to itself: the same
figure every run. The real row, with the gateway and the emulator, is bench.scale's.
"""

from __future__ import annotations

import argparse
import asyncio
import selectors
from dataclasses import dataclass
from typing import Any

from gateway import export
from gateway.pagination import PAGE_SIZE, Page


class _Selector(selectors.DefaultSelector):
    """Never blocks: the loop's wait for its next timer moves the virtual clock instead."""

    def __init__(self, loop: VirtualLoop) -> None:
        super().__init__()
        self._loop = loop

    def select(self, timeout: float | None = None) -> list[Any]:
        ready = super().select(0)
        if not ready and timeout:
            self._loop.now += timeout
        return ready


class VirtualLoop(asyncio.SelectorEventLoop):
    """An event loop on a virtual clock: sleeping costs nothing real, `spend` models CPU."""

    def __init__(self) -> None:
        self.now = 0.0
        super().__init__(_Selector(self))

    def time(self) -> float:
        return self.now

    def spend(self, seconds: float) -> None:
        self.now += seconds


@dataclass(frozen=True)
class Result:
    wall: float
    requests: int
    items: int
    in_order: bool
    first_item: float  # when the first item was emitted


async def run(sessions: int, page_latency: float, parallelism: int, cost: float) -> Result:
    loop = asyncio.get_running_loop()
    assert isinstance(loop, VirtualLoop)
    items: list[dict[str, Any]] = [{"id": f"cs_{i:06d}", "created": i} for i in range(sessions)]
    items.reverse()  # newest first; item i sits at index sessions - 1 - i
    requests = 0

    async def fetch(params: list[tuple[str, str]]) -> Page:
        nonlocal requests
        requests += 1
        p = dict(params)
        await asyncio.sleep(page_latency)
        lo, hi = max(int(p["created[gte]"]), 0), min(int(p["created[lte]"]), sessions - 1)
        if "starting_after" in p:
            hi = min(hi, int(p["starting_after"][3:]) - 1)
        rows = items[sessions - 1 - hi : sessions - lo] if hi >= lo else []
        return Page(rows[:PAGE_SIZE], len(rows) > PAGE_SIZE)

    t0 = loop.time()
    first = None
    ids: list[str] = []
    walk = export.walk(fetch, lo=0, hi=sessions - 1, parallelism=parallelism)
    async for item in walk:
        loop.spend(cost)
        ids.append(item["id"])
        if first is None:
            first = loop.time() - t0
        await asyncio.sleep(0)  # a stream's write gives way to the loop
    wall = loop.time() - t0
    in_order = ids == [item["id"] for item in items]
    return Result(wall, requests, len(ids), in_order, first or 0.0)


def measure(sessions: int, page_latency: float, parallelism: int, cost: float) -> Result:
    loop = VirtualLoop()
    try:
        return loop.run_until_complete(run(sessions, page_latency, parallelism, cost))
    finally:
        loop.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--page-latency", type=float, default=0.05)
    parser.add_argument("--parallelism", type=int, default=8)
    parser.add_argument(
        "--cost", type=float, nargs="*", default=[0.0, 0.00005, 0.0001], help="seconds per item"
    )
    args = parser.parse_args()
    pages = -(-args.sessions // PAGE_SIZE)
    floor = pages * args.page_latency
    print("| CPU per item | wall | vs the pages' latencies | CPU floor | requests | in order |")
    print("|---:|---:|---:|---:|---:|---|")
    for cost in args.cost:
        r = measure(args.sessions, args.page_latency, args.parallelism, cost)
        print(
            f"| {cost * 1e6:.0f} µs | {r.wall:.3f} s | {floor / r.wall:.2f}x | "
            f"{args.sessions * cost:.3f} s | {r.requests} | {'yes' if r.in_order else 'NO'} |"
        )


if __name__ == "__main__":
    main()
