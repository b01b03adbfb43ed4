"""Coalesced reads over real sockets: concurrent identical Gets make one request to the emulator."""

from __future__ import annotations

import asyncio

import grpc
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1.checkout_session_pb2 import CheckoutSession

from stripe_emulator import Fault
from tests.conftest import Stack
from tests.test_gateway_failures import fails
from tests.test_gateway_rpcs import create_request

SLOW = 2.0  # the first request's latency: every call below starts while it is in flight


def gets(stack: Stack) -> list[str]:
    return [q.path for q in stack.emulator.requests if q.method == "GET"]


async def started(stack: Stack, slow: int = 1) -> str:
    """A new session; the next `slow` GETs take SLOW seconds."""
    session: CheckoutSession = await stack.stub.CreateCheckoutSession(create_request())
    stack.emulator.faults.inject(Fault(latency=SLOW, method="GET"), count=slow)
    return session.id


async def test_concurrent_identical_gets_make_one_request(stack: Stack) -> None:
    session_id = await started(stack)
    request = r.GetCheckoutSessionRequest(id=session_id, expand=["line_items"])
    replies = await asyncio.gather(
        *(stack.stub.GetCheckoutSession(request, timeout=20) for _ in range(20))
    )
    assert {reply.id for reply in replies} == {session_id}
    assert all(reply == replies[0] for reply in replies)
    assert len(gets(stack)) == 1


async def test_different_expand_or_account_are_different_requests(stack: Stack) -> None:
    session_id = await started(stack, slow=5)
    plain = r.GetCheckoutSessionRequest(id=session_id)
    expanded = r.GetCheckoutSessionRequest(id=session_id, expand=["line_items"])
    account = (("stripe-account", "acct_1Coalesce"),)
    calls = [
        stack.stub.GetCheckoutSession(plain, timeout=20),
        stack.stub.GetCheckoutSession(plain, timeout=20),
        stack.stub.GetCheckoutSession(expanded, timeout=20),
        stack.stub.GetCheckoutSession(plain, timeout=20, metadata=account),
        stack.stub.GetCheckoutSession(plain, timeout=20, metadata=account),
    ]
    await asyncio.gather(*calls)
    assert len(gets(stack)) == 3
    accounts = [
        q.headers.get("Stripe-Account") for q in stack.emulator.requests if q.method == "GET"
    ]
    assert sorted(accounts, key=str) == sorted([None, None, "acct_1Coalesce"], key=str)


async def test_an_error_reaches_every_waiter_from_one_request(stack: Stack) -> None:
    stack.emulator.faults.inject(Fault(status=500, latency=SLOW, method="GET"), count=1)
    missing = r.GetCheckoutSessionRequest(id="cs_test_coalesced")
    errors = await asyncio.gather(
        *(fails(stack.stub.GetCheckoutSession(missing, timeout=20)) for _ in range(5))
    )
    assert [e.code() for e in errors] == [grpc.StatusCode.INTERNAL] * 5
    assert (
        len({(e.details(), tuple(e.trailing_metadata() or ())) for e in errors}) == 1
    )  # the same error
    assert len(gets(stack)) == 1


async def test_one_waiters_deadline_or_cancellation_leaves_the_others_their_answer(
    stack: Stack,
) -> None:
    session_id = await started(stack)
    request = r.GetCheckoutSessionRequest(id=session_id)
    first = stack.stub.GetCheckoutSession(request, timeout=20)  # starts the flight
    await asyncio.sleep(0.2)
    cancelled = stack.stub.GetCheckoutSession(request, timeout=20)
    others = [stack.stub.GetCheckoutSession(request, timeout=20) for _ in range(3)]
    hasty = await fails(stack.stub.GetCheckoutSession(request, timeout=0.3))
    assert hasty.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    cancelled.cancel()
    first.cancel()  # the caller that started the flight goes too
    replies = await asyncio.gather(*others)
    assert [reply.id for reply in replies] == [session_id] * 3
    assert len(gets(stack)) == 1


async def test_a_get_after_the_answer_makes_its_own_request(stack: Stack) -> None:
    session_id = await started(stack)
    request = r.GetCheckoutSessionRequest(id=session_id)
    await stack.stub.GetCheckoutSession(request, timeout=20)
    await stack.stub.GetCheckoutSession(request, timeout=20)
    assert len(gets(stack)) == 2


async def test_posts_are_never_coalesced(stack: Stack) -> None:
    stack.emulator.faults.inject(Fault(latency=SLOW, method="POST"), count=1)
    expire = r.ExpireCheckoutSessionRequest(id="cs_test_coalesced")
    errors = await asyncio.gather(
        *(fails(stack.stub.ExpireCheckoutSession(expire, timeout=20)) for _ in range(4))
    )
    assert [e.code() for e in errors] == [grpc.StatusCode.NOT_FOUND] * 4
    assert sum(1 for q in stack.emulator.requests if q.method == "POST") == 4
