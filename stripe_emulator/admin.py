"""The /_emulator/ surface: what tests and the CLI ask of a running emulator, beyond Stripe.

GET|POST|DELETE /_emulator/faults            HTTP faults (see faults.Fault)
GET|POST|DELETE /_emulator/delivery_faults   webhook delivery faults (faults.DeliveryFault)
GET  /_emulator/requests                     requests as they arrived
POST /_emulator/sessions/{id}/complete       {"email", "name", "payment": "paid"|"async"}
POST /_emulator/sessions/{id}/async_payment  {"outcome": "succeeded"|"failed"}
GET|POST /_emulator/clock                    {"freeze": bool, "advance": seconds}
GET  /_emulator/webhooks                     each endpoint's deliveries
POST /_emulator/webhook_endpoints/{id}/roll_secret   {"overlap": seconds}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote

from aiohttp import web

from stripe_emulator import sessions
from stripe_emulator.clock import Clock
from stripe_emulator.delivery import Dispatcher
from stripe_emulator.errors import StripeError
from stripe_emulator.faults import DeliveryFault, Fault, _Pending
from stripe_emulator.serialize import dumps

if TYPE_CHECKING:
    from stripe_emulator.app import EmulatorApp

F = TypeVar("F", Fault, DeliveryFault)


class BadRequest(Exception):
    """An admin request that makes no sense: a 400 with the reason."""


class Admin:
    def __init__(
        self, app: EmulatorApp, clock: Clock, dispatcher: Dispatcher, *, secret_overlap: float
    ) -> None:
        self.app = app
        self.store = app.store
        self.clock = clock
        self.dispatcher = dispatcher
        self.secret_overlap = secret_overlap

    async def __call__(self, request: web.BaseRequest, raw_path: str) -> web.StreamResponse:
        parts = [unquote(p) for p in raw_path.split("/")[2:]]
        method = request.method
        try:
            if parts == ["faults"]:
                return await _pending(request, self.app.faults, Fault.from_json)
            if parts == ["delivery_faults"]:
                return await _pending(request, self.dispatcher.faults, DeliveryFault.from_json)
            if parts == ["requests"] and method == "GET":
                recorded = [
                    {"method": r.method, "path": r.path, "params": r.params}
                    for r in self.app.requests
                ]
                return web.json_response(recorded)
            if parts == ["clock"] and method in ("GET", "POST"):
                return await self._clock(request)
            if parts == ["webhooks"] and method == "GET":
                states = [state.to_json() for state in self.dispatcher.states.values()]
                return web.json_response({"endpoints": states})
            if len(parts) == 3 and parts[0] == "sessions" and method == "POST":
                if parts[2] == "complete":
                    return await self._complete(request, parts[1])
                if parts[2] == "async_payment":
                    return await self._async_payment(request, parts[1])
            if (
                len(parts) == 3
                and parts[0] == "webhook_endpoints"
                and parts[2] == "roll_secret"
                and method == "POST"
            ):
                return await self._roll(request, parts[1])
        except StripeError as exc:
            return web.Response(
                body=dumps(exc.body()), status=exc.status, content_type="application/json"
            )
        except BadRequest as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response(
            {"error": f"no admin route {request.method} {raw_path}"}, status=404
        )

    async def _complete(self, request: web.BaseRequest, ident: str) -> web.Response:
        body = await _json(request, {"email", "name", "payment"})
        payment = body.get("payment", "paid")
        if payment not in ("paid", "async"):
            raise BadRequest("payment must be 'paid' or 'async'")
        record = sessions.complete_session(
            self.store,
            self.store.get(ident),
            _text(body, "email"),
            name=_text(body, "name"),
            async_payment=payment == "async",
        )
        return web.Response(body=record.raw(), content_type="application/json")

    async def _async_payment(self, request: web.BaseRequest, ident: str) -> web.Response:
        body = await _json(request, {"outcome"})
        outcome = body.get("outcome")
        if outcome not in ("succeeded", "failed"):
            raise BadRequest("outcome must be 'succeeded' or 'failed'")
        record = sessions.settle_async_payment(
            self.store, self.store.get(ident), succeeded=outcome == "succeeded"
        )
        return web.Response(body=record.raw(), content_type="application/json")

    async def _clock(self, request: web.BaseRequest) -> web.Response:
        expired = 0
        if request.method == "POST":
            body = await _json(request, {"freeze", "advance"})
            freeze = body.get("freeze")
            advance = body.get("advance", 0)
            if freeze not in (None, True, False):
                raise BadRequest("freeze must be true or false")
            if not isinstance(advance, int | float) or isinstance(advance, bool) or advance < 0:
                raise BadRequest("advance must be a number of seconds, not negative")
            if freeze is True:
                self.clock.freeze()
            elif freeze is False:
                self.clock.unfreeze()
            self.clock.advance(advance)
            # Time moved: whatever expired meanwhile expires now, not at the next sweep.
            expired = sessions.expire_due(self.store)
        return web.json_response({**self.clock.to_json(), "expired": expired})

    async def _roll(self, request: web.BaseRequest, ident: str) -> web.Response:
        body = await _json(request, {"overlap"})
        overlap = body.get("overlap", self.secret_overlap)
        if not isinstance(overlap, int | float) or isinstance(overlap, bool) or overlap < 0:
            raise BadRequest("overlap must be a number of seconds, not negative")
        endpoints = self.store.endpoints
        record = endpoints.roll_secret(endpoints.get(ident), overlap)
        return web.Response(body=dumps(record.with_secret()), content_type="application/json")


async def _pending(
    request: web.BaseRequest, queue: _Pending[F], from_json: Callable[[dict[str, Any]], F]
) -> web.Response:
    """GET lists the pending faults, POST adds one (with "count"), DELETE clears them."""
    if request.method == "DELETE":
        queue.clear()
        return web.json_response({"faults": []})
    if request.method == "POST":
        try:
            data = await request.json()
            count = data.pop("count", 1)
            queue.inject(from_json(data), count=count)
        except (ValueError, TypeError, AttributeError) as exc:
            return web.json_response({"error": str(exc)}, status=400)
    pending = [{**f.to_json(), "count": c} for f, c in queue.pending()]
    return web.json_response({"faults": pending})


async def _json(request: web.BaseRequest, allowed: set[str]) -> dict[str, Any]:
    """The request's JSON object ({} for no body), with only `allowed` keys."""
    if not request.can_read_body:
        return {}
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        body = await request.json()
    except ValueError as exc:
        raise BadRequest(f"the body is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object")
    unknown = set(body) - allowed
    if unknown:
        raise BadRequest(f"unknown fields: {sorted(unknown)}")
    return body


def _text(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise BadRequest(f"{key} must be a string")
    return value
