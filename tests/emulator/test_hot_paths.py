"""The cheap paths behind every POST write what the plain ones wrote."""

from __future__ import annotations

import json
import string
from typing import Any

import pytest

from stripe_emulator import ids, objects
from stripe_emulator.forms import parse_form
from stripe_emulator.serialize import dumps

_json = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


@pytest.mark.parametrize(
    "value",
    [
        {"a": [1, None, True, False, 'é\u2028\x00\x1f"\\/', (1, 2)], "b": {}},
        {"big": 2**64 + 1, "small": -(2**63) - 1},  # beyond orjson: json writes them
        {1: "int key"},  # json turns it into "1"; orjson refuses
        "\x7f\U0001f600",
    ],
)
def test_dumps_writes_what_json_writes(value: Any) -> None:
    assert dumps(value) == _json(value).encode()


def test_dumps_still_fails_on_a_lone_surrogate() -> None:
    with pytest.raises(UnicodeEncodeError):
        dumps({"k": "\ud800"})


def test_sessions_share_no_dict_or_list() -> None:
    def fresh() -> dict[str, Any]:
        return objects.session(
            session_id="cs_test_a1x", created=1, expires_at=2, mode="payment", ui_mode="form"
        )

    first, second = fresh(), fresh()
    assert first == second
    for key, value in first.items():
        if isinstance(value, dict | list):
            assert value is not second[key], key
    first["custom_text"]["submit"] = {"message": "hi"}
    first["shipping_options"].append({})
    assert fresh() == second


def test_encoded_brackets_parse_as_plain_ones() -> None:
    plain = "line_items[1][price]=b&line_items[0][price]=a&metadata[k+1]=v%20w&expand[]=x"
    encoded = plain.replace("[", "%5B").replace("]", "%5D")
    expected = {
        "line_items": [{"price": "a"}, {"price": "b"}],
        "metadata": {"k 1": "v w"},
        "expand": ["x"],
    }
    for _ in range(2):  # the second time from the cache of names
        assert parse_form(plain) == parse_form(encoded) == expected


def test_ids_use_only_letters_and_digits() -> None:
    allowed = set(string.ascii_letters + string.digits)
    session = ids.session_id()
    assert session.startswith("cs_test_a1") and len(session) == 66
    assert set(session[len("cs_test_a1") :]) <= allowed
    assert len({ids.request_id() for _ in range(1000)}) == 1000
