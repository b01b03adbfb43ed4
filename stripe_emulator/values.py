"""Request values as Stripe validates them: strings, enums, integers, metadata, pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NoReturn

from stripe_emulator.errors import (
    StripeError,
    invalid_empty,
    invalid_request,
    invalid_string_empty,
    invalid_value,
    missing_parameter,
    unknown_parameter,
)
from stripe_emulator.forms import to_bool, to_int

EXPAND_ONLY_PARAMS = frozenset({"expand"})


def check_keys(params: dict[str, Any], allowed: frozenset[str], path: str = "") -> None:
    for key in params:
        if key not in allowed:
            raise unknown_parameter(f"{path}[{key}]" if path else key)


def as_dict(value: Any, param: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    raise invalid_value(param, f"Invalid object: {param} must be a hash.")


def as_list(value: Any, param: str) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and not value:
        return []
    raise invalid_value(param, f"Invalid array: {param} must be an array.")


def string(value: Any, param: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise invalid_value(param, f"Invalid string: {param} must be a string.")
    if value == "" and not allow_empty:
        raise invalid_empty(param)
    return value


def optional_string(params: dict[str, Any], key: str, path: str = "") -> str | None:
    if key not in params:
        return None
    param = f"{path}[{key}]" if path else key
    value = string(params[key], param, allow_empty=True)
    return value or None


def enum(value: Any, param: str, choices: tuple[str, ...] | frozenset[str]) -> str:
    text = string(value, param)
    if text not in choices:
        listed = ", ".join(f"`{c}`" for c in sorted(choices))
        raise invalid_value(
            param, f"Invalid {param}: must be one of {listed}" if len(choices) < 10 else
            f"Invalid {param}: {text}"
        )  # fmt: skip
    return text


def integer(value: Any, param: str, *, minimum: int | None = None) -> int:
    if value == "":
        raise invalid_empty(param)
    number = to_int(value, param)
    if minimum is not None and number < minimum:
        raise invalid_value(param, f"This value must be greater than or equal to {minimum}.")
    return number


def boolean(value: Any, param: str) -> bool:
    if value == "":
        raise invalid_empty(param)
    return to_bool(value, param)


def metadata(value: Any, param: str = "metadata") -> dict[str, str | None]:
    """Metadata as sent: None values mean "unset this key"."""
    if value == "":
        return {}
    entries = as_dict(value, param)
    if len(entries) > 50:
        raise invalid_value(param, "Metadata can have up to 50 keys.")
    result: dict[str, str | None] = {}
    for key, raw in entries.items():
        if (
            len(key) > 40
            or "[" in key
            or "]" in key
            or key == ""
            or not isinstance(raw, str)
            or len(raw) > 500
        ):
            _bad_metadata(f"{param}[{key}]", key, raw)
        result[key] = raw or None
    return result


def _bad_metadata(key_param: str, key: str, raw: Any) -> NoReturn:
    """The error for the first rule a metadata entry breaks (its param named only then)."""
    if len(key) > 40:
        raise invalid_value(
            key_param,
            f"Metadata keys can have up to 40 characters. The key `{key}` is too long.",
        )
    if "[" in key or "]" in key or key == "":
        raise invalid_value(key_param, "Metadata keys can't contain square brackets.")
    if not isinstance(raw, str):
        raise invalid_value(key_param, f"Invalid string: {key_param} must be a string.")
    raise invalid_value(
        key_param,
        "Metadata values can have up to 500 characters, "
        f"but you passed in a value that is {len(raw)} characters.",
    )


def expand(params: dict[str, Any]) -> list[str]:
    raw = params.get("expand")
    if raw is None or raw == "":
        return []
    items = as_list(raw, "expand") if not isinstance(raw, str) else [raw]
    return [string(item, f"expand[{i}]") for i, item in enumerate(items)]


def required_string(params: dict[str, Any], key: str) -> str:
    if key not in params:
        raise missing_parameter(key)
    value = params[key]
    if value == "":
        raise invalid_string_empty(key)
    return string(value, key)


@dataclass(slots=True)
class MetadataUpdate:
    """Metadata as sent: `clear` for `metadata=`, else changes (None unsets a key)."""

    param: str
    clear: bool
    changes: dict[str, str | None]


def metadata_update(value: Any, param: str = "metadata") -> MetadataUpdate:
    if value == "":
        return MetadataUpdate(param, True, {})
    return MetadataUpdate(param, False, metadata(value, param))


def merge_metadata(current: dict[str, str], update: MetadataUpdate) -> dict[str, str]:
    """Merge `update` into `current` as Stripe does; `metadata=` clears everything."""
    if update.clear:
        return {}
    merged = dict(current)
    for key, value in update.changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    if len(merged) > 50:
        raise invalid_value(update.param, "Metadata can have up to 50 keys.")
    return merged


@dataclass(slots=True)
class ListSpec:
    """A page request: limit, one cursor at most, and `created` bounds as (op, value)."""

    limit: int
    starting_after: str | None
    ending_before: str | None
    created: list[tuple[str, int]]


def list_spec(p: dict[str, Any], allowed: frozenset[str]) -> ListSpec:
    check_keys(p, allowed)
    limit = _limit(p)
    starting_after, ending_before = _cursors(p)
    return ListSpec(limit, starting_after, ending_before, _created(p.get("created")))


def _limit(p: dict[str, Any]) -> int:
    if "limit" not in p:
        return 10
    limit = integer(p["limit"], "limit")
    if not 1 <= limit <= 100:
        raise StripeError(
            400,
            "Invalid limit: must be between 1 and 100",
            code="parameter_invalid_integer",
            param="limit",
        )
    return limit


def _cursors(p: dict[str, Any]) -> tuple[str | None, str | None]:
    after = optional_string(p, "starting_after")
    before = optional_string(p, "ending_before")
    if after is not None and before is not None:
        raise invalid_request(
            "You may only specify one of these parameters: ending_before, starting_after.",
            param="ending_before",
        )
    return after, before


def _created(created: Any) -> list[tuple[str, int]]:
    """`created=T` is ("eq", T); `created[gt]=T` and friends are kept in the order sent."""
    if created is None:
        return []
    if not isinstance(created, dict):
        return [("eq", integer(created, "created"))]
    check_keys(created, frozenset({"gt", "gte", "lt", "lte"}), "created")
    return [(op, integer(raw, f"created[{op}]")) for op, raw in created.items()]
