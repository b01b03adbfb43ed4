"""Parameters of the events and webhook endpoint requests, parsed into filters and specs."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from stripe_emulator.errors import (
    StripeError,
    invalid_empty,
    invalid_request,
    invalid_value,
    missing_parameter,
)
from stripe_emulator.values import (
    MetadataUpdate,
    as_list,
    boolean,
    check_keys,
    expand,
    metadata_update,
    optional_string,
    string,
)

EVENT_LIST_PARAMS = frozenset(
    {"created", "delivery_success", "ending_before", "expand", "limit", "starting_after", "type",
     "types"}
)  # fmt: skip
ENDPOINT_CREATE_PARAMS = frozenset(
    {"api_version", "connect", "description", "enabled_events", "expand", "metadata", "url"}
)
ENDPOINT_UPDATE_PARAMS = frozenset(
    {"description", "disabled", "enabled_events", "expand", "metadata", "url"}
)
ENDPOINT_LIST_PARAMS = frozenset({"ending_before", "expand", "limit", "starting_after"})
_EVENT_NAME = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)+")
_API_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}(\.[a-z]+)?")


def event_filter(p: dict[str, Any]) -> Callable[[dict[str, Any]], bool] | None:
    """`type` (wildcards allowed), `types[]` (20 at most) and `delivery_success`, as one test."""
    if "type" in p and "types" in p:
        raise invalid_request(
            "You may only specify one of these parameters: type, types.", param="types"
        )
    names: frozenset[str] | None = None
    pattern: str | None = None
    if "type" in p:
        pattern = string(p["type"], "type")
    if "types" in p:
        values = as_list(p["types"], "types")
        if len(values) > 20:
            raise invalid_value("types", "You may pass at most 20 event types in `types`.")
        names = frozenset(string(v, f"types[{i}]") for i, v in enumerate(values))
    success = None
    if "delivery_success" in p:
        success = boolean(p["delivery_success"], "delivery_success")
    if pattern is None and names is None and success is None:
        return None
    wildcard = re.compile(fnmatch.translate(pattern)) if pattern and "*" in pattern else None

    def match(data: dict[str, Any]) -> bool:
        kind = data["type"]
        if pattern is not None and not (wildcard.match(kind) if wildcard else kind == pattern):
            return False
        if names is not None and kind not in names:
            return False
        return success is None or (data["pending_webhooks"] == 0) == success

    return match


@dataclass(slots=True)
class EndpointSpec:
    """A validated webhook endpoint create or update: None for what was not sent."""

    url: str | None
    enabled_events: list[str] | None
    api_version: str | None
    description: str | None
    metadata: MetadataUpdate | None
    disabled: bool | None


def endpoint_spec(p: dict[str, Any], *, update: bool) -> EndpointSpec:
    check_keys(p, ENDPOINT_UPDATE_PARAMS if update else ENDPOINT_CREATE_PARAMS)
    expand(p)
    if not update:
        if "url" not in p:
            raise missing_parameter("url")
        if "enabled_events" not in p:
            raise missing_parameter("enabled_events")
    url = _webhook_url(p["url"]) if "url" in p else None
    events = None
    if "enabled_events" in p:
        values = as_list(p["enabled_events"], "enabled_events")
        if not values:
            raise invalid_empty("enabled_events")
        events = [_event_name(v, f"enabled_events[{i}]") for i, v in enumerate(values)]
    version = None
    if "api_version" in p:
        version = string(p["api_version"], "api_version")
        if not _API_VERSION.fullmatch(version):
            raise invalid_value("api_version", f"Invalid API version: {version}")
    if "connect" in p:
        boolean(p["connect"], "connect")
    description = optional_string(p, "description") if "description" in p else None
    meta = metadata_update(p["metadata"]) if "metadata" in p else None
    disabled = boolean(p["disabled"], "disabled") if "disabled" in p else None
    return EndpointSpec(url, events, version, description, meta, disabled)


def _webhook_url(value: Any) -> str:
    url = string(value, "url")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        host = None
    if parts.scheme not in ("http", "https") or not host or any(c.isspace() for c in url):
        raise StripeError(
            400,
            f"Invalid URL: {url}. URLs must be absolute http or https URLs with a host.",
            code="url_invalid",
            param="url",
        )
    return url


def _event_name(value: Any, param: str) -> str:
    name = string(value, param)
    if name != "*" and not _EVENT_NAME.fullmatch(name):
        raise invalid_value(param, f"Invalid {param}: must be `*` or an event type, not {name}")
    return name
