"""The JSON Lines reader's shortcut decoder agrees with ``json.loads`` on every line."""

from __future__ import annotations

import io
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ParseError
from exchangekit.builtin import json_lines
from exchangekit.builtin.json_lines import JsonLinesParser

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=12,
)
AROUND = st.sampled_from(["", "\n", " ", "\t", "\r\n", "\x0b", "\u00a0", "\ufeff", " \n", "x", "}"])


def _loads(line: str) -> object:
    try:
        return json.loads(line)
    except ValueError:  # JSONDecodeError too
        return json_lines._MISSING


@settings(max_examples=300)
@given(
    JSON_VALUES,
    AROUND,
    AROUND,
    st.sampled_from([{}, {"separators": (",", ":")}, {"ensure_ascii": False}]),
)
def test_a_scanned_line_is_what_json_loads_gives_or_left_to_it(
    value: object, before: str, after: str, options: dict[str, object]
) -> None:
    line = before + json.dumps(value, **options) + after  # type: ignore[arg-type]
    scanned = json_lines._scanned(line)
    if scanned is not json_lines._MISSING:
        assert scanned == _loads(line)
        assert type(scanned) is type(_loads(line))
    elif after in ("", "\n") and before == "":
        # A lone value with at most a newline after it is always scanned.
        assert _loads(line) is json_lines._MISSING


@pytest.mark.parametrize(
    "line",
    [
        '{"a": 1}\x0b\n',  # Python whitespace json.loads does not skip
        '{"a": 1}\u00a0',
        '{"a": 1} {"b": 2}\n',
        ' {"a": 1}\n',
        "\ufeff{}\n",
        "1" * 5000 + "\n",
        "[" * 100_000,
    ],
)
def test_what_the_scanner_leaves_goes_to_json_loads(line: str) -> None:
    assert json_lines._scanned(line) is json_lines._MISSING


def test_nan_and_infinity_are_read_as_json_loads_reads_them() -> None:
    assert math.isnan(json_lines._scanned("NaN\n"))
    assert json_lines._scanned("[Infinity, -Infinity]\n") == [math.inf, -math.inf]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"type": "claim"}\x0b', "invalid JSON at column 18: Extra data"),
        ('{"type": "claim"} {}', "invalid JSON at column 19: Extra data"),
        ("\u00a0{}", "invalid JSON at column 1: Expecting value"),
    ],
)
def test_lines_with_more_than_one_value_are_errors_worded_by_json_loads(
    line: str, message: str
) -> None:
    items = list(JsonLinesParser().parse(io.StringIO(line + "\n"), source="feed.jsonl"))
    assert len(items) == 1
    error = items[0]
    assert isinstance(error, ParseError)
    assert (error.line, error.field, error.message) == (1, "$", message)


def test_lines_of_unicode_whitespace_only_are_blank() -> None:
    text = "\u00a0\u2003\n\x0b\n\n"
    assert list(JsonLinesParser().parse(io.StringIO(text), source="feed.jsonl")) == []
