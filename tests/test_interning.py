"""Parsed records share one object per distinct party, source, period and count (issue 12).

Sharing must change nothing a reader can see: records equal those built
directly, and a value refused once is refused again with its JSON path,
however many equal-looking good values came before it.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Dataset, Exchange, ParseError
from exchangekit import strategies as xst
from exchangekit.builtin import _converter
from exchangekit.builtin.json_lines import JsonLinesExporter, JsonLinesParser

LINE = {
    "type": "exchange",
    "kind": "prisoner_swap",
    "period": {"start": "2025-07-01", "end": "2025-07-31", "precision": "month"},
    "transfers": [
        {
            "sender": "RUS",
            "receiver": {"code": "XX", "name": "Somewhere", "aliases": []},
            "category": "prisoners_of_war",
            "count": {"low": 84, "high": 84, "best": None, "qualifier": "exact"},
        }
    ],
    "sources": [{"name": "Reuters", "kind": "media"}],
}


def parse_lines(*lines: dict[str, Any]) -> list[object]:
    """Every item the JSON Lines parser gives for ``lines``, records and errors alike."""
    text = "".join(json.dumps(line) + "\n" for line in lines)
    return list(JsonLinesParser().parse(io.StringIO(text), source="t.jsonl"))


def with_count(low: object) -> dict[str, Any]:
    """:data:`LINE` with its count's ``low`` replaced by ``low``."""
    line = json.loads(json.dumps(LINE))
    line["transfers"][0]["count"]["low"] = low
    return line


def test_equal_values_on_different_lines_are_one_object() -> None:
    first, second = parse_lines(LINE, {**LINE, "id": "another"})
    assert isinstance(first, Exchange)
    assert isinstance(second, Exchange)
    assert first.period is second.period
    assert first.sources[0] is second.sources[0]
    one, other = first.transfers[0], second.transfers[0]
    assert one.count is other.count
    assert one.receiver is other.receiver


@pytest.mark.parametrize(
    ("bad", "words"),
    [(84.0, "whole number"), (True, "whole number"), ("84", "whole number"), (-1, "")],
)
def test_a_bad_value_after_an_equal_looking_good_one_is_still_refused(
    bad: object, words: str
) -> None:
    good, refused = parse_lines(LINE, with_count(bad))
    assert isinstance(good, Exchange)
    assert isinstance(refused, ParseError)
    assert refused.field == "$.transfers[0].count.low"
    assert words in str(refused)


@given(xst.datasets())
@settings(max_examples=30, deadline=None)
def test_records_read_twice_share_their_values_and_equal_the_originals(dataset: Dataset) -> None:
    out = io.StringIO()
    JsonLinesExporter().write(dataset.records, out)
    text = out.getvalue()
    once, twice = (list(JsonLinesParser().parse(io.StringIO(text), source="t")) for _ in "ab")
    assert once == twice == list(dataset.records)
    for a, b in zip(once, twice, strict=True):
        if isinstance(a, Exchange) and isinstance(b, Exchange):
            assert a.period is b.period
            assert all(x.count is y.count for x, y in zip(a.transfers, b.transfers, strict=True))


JSON = st.recursive(
    st.none() | st.integers() | st.text(max_size=3),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=8,
)


@given(JSON, JSON)
def test_two_values_share_a_key_exactly_when_they_are_the_same_json(a: object, b: object) -> None:
    same = json.dumps(a) == json.dumps(b)
    assert (_converter._key(a) == _converter._key(b)) is same


@given(st.floats(allow_nan=False) | st.booleans())
def test_floats_and_booleans_are_never_keyed(value: object) -> None:
    # 1.0 and True equal 1 in Python; as JSON they are other values.
    with pytest.raises(_converter._Unkeyable):
        _converter._key({"low": [value]})


def test_the_cache_stays_bounded_and_right_past_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_converter, "_CACHE_LIMIT", 3)
    lines = [with_count(n) for n in range(10)] * 2
    records = parse_lines(*[{**line, "id": f"x{i}"} for i, line in enumerate(lines)])
    lows = [r.transfers[0].count.low for r in records if isinstance(r, Exchange)]
    assert lows == list(range(10)) * 2
