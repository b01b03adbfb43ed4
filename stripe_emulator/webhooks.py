"""Webhook endpoints: where events go, the events each wants, and its signing secrets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from stripe_emulator.errors import resource_missing
from stripe_emulator.event_params import EndpointSpec
from stripe_emulator.ids import new_id, webhook_secret
from stripe_emulator.listing import Page, newest_first
from stripe_emulator.values import ListSpec, merge_metadata


@dataclass(slots=True)
class EndpointRecord:
    """An endpoint's JSON (without its secret), its secret, and old secrets still valid."""

    data: dict[str, Any]
    position: int
    secret: str = field(repr=False)
    # (secret, emulator time it stops signing): rolled secrets in their overlap.
    old_secrets: list[tuple[str, float]] = field(default_factory=list, repr=False)

    @property
    def id(self) -> str:
        return str(self.data["id"])

    def wants(self, event_type: str) -> bool:
        if self.data["status"] != "enabled":
            return False
        events = self.data["enabled_events"]
        return "*" in events or event_type in events

    def secrets(self, now: float) -> list[str]:
        """The secrets that sign a delivery now: the current one first."""
        return [self.secret] + [s for s, until in self.old_secrets if until > now]

    def with_secret(self) -> dict[str, Any]:
        """The JSON as Stripe answers a create: the only time it shows the secret."""
        return {**self.data, "secret": self.secret}


class Endpoints:
    """Every webhook endpoint in creation order; owned by the server's event loop."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.endpoints: dict[str, EndpointRecord] = {}
        self.order: list[str] = []
        self.created: list[int] = []
        # Told when an endpoint is deleted, so its deliveries stop.
        self.on_delete: Callable[[EndpointRecord], None] | None = None

    def create(self, spec: EndpointSpec) -> EndpointRecord:
        assert spec.url is not None and spec.enabled_events is not None
        created = int(self.clock())
        if self.created and created < self.created[-1]:
            created = self.created[-1]
        data = {
            "id": new_id("we"),
            "object": "webhook_endpoint",
            "api_version": spec.api_version,
            "application": None,
            "created": created,
            "description": spec.description,
            "enabled_events": spec.enabled_events,
            "livemode": False,
            "metadata": merge_metadata({}, spec.metadata) if spec.metadata else {},
            "status": "disabled" if spec.disabled else "enabled",
            "url": spec.url,
        }
        record = EndpointRecord(data, len(self.order), webhook_secret())
        self.endpoints[record.id] = record
        self.order.append(record.id)
        self.created.append(created)
        return record

    def get(self, ident: str) -> EndpointRecord:
        record = self.endpoints.get(ident)
        if record is None or record.data.get("deleted"):
            raise resource_missing("webhook endpoint", ident)
        return record

    def update(self, record: EndpointRecord, spec: EndpointSpec) -> EndpointRecord:
        data = record.data
        meta = data["metadata"]
        if spec.metadata is not None:
            meta = merge_metadata(meta, spec.metadata)
        if spec.url is not None:
            data["url"] = spec.url
        if spec.enabled_events is not None:
            data["enabled_events"] = spec.enabled_events
        if spec.description is not None:
            data["description"] = spec.description or None
        if spec.disabled is not None:
            data["status"] = "disabled" if spec.disabled else "enabled"
        data["metadata"] = meta
        return record

    def delete(self, record: EndpointRecord) -> dict[str, Any]:
        # Kept in the order (cursors still find it), marked deleted and never listed again.
        record.data["deleted"] = True
        record.data["status"] = "disabled"
        if self.on_delete is not None:
            self.on_delete(record)
        return {"id": record.id, "object": "webhook_endpoint", "deleted": True}

    def roll_secret(self, record: EndpointRecord, overlap: float) -> EndpointRecord:
        """A new secret; the old one keeps signing for `overlap` seconds of emulator time."""
        now = self.clock()
        kept = [(s, until) for s, until in record.old_secrets if until > now]
        if overlap > 0:
            kept.append((record.secret, now + overlap))
        record.old_secrets = kept
        record.secret = webhook_secret()
        return record

    def live(self) -> list[EndpointRecord]:
        return [r for r in self.endpoints.values() if not r.data.get("deleted")]

    def list(self, spec: ListSpec) -> Page:
        records = self.endpoints
        return newest_first(
            records, self.order, self.created, spec, _not_deleted, "webhook endpoint"
        )


def _not_deleted(data: dict[str, Any]) -> bool:
    return not data.get("deleted")
