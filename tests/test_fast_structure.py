"""The fast structure functions build what the detailed cattrs path builds, and refuse what it does.

Reading a file tries one plain function per record type first and runs the
detailed path only when that function declines (issue 12). These properties
pin the two together: any valid record comes out equal either way, and any
damaged line gives exactly the error (message, line and JSON path) the
detailed path alone gives.
"""

from __future__ import annotations

import copy
import hashlib
import inspect
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Dataset, Exchange, ParseError, Transfer, models
from exchangekit import strategies as xst
from exchangekit.builtin import _converter, _fast
from exchangekit.builtin.json_lines import JsonLinesExporter, JsonLinesParser


@contextmanager
def detailed_only() -> Iterator[None]:
    """Within the block, every record goes through the detailed cattrs path alone."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_converter, "_fast_functions", dict)
        yield


def detailed_outcome(data: object, cls: type[Any]) -> object:
    """The record the detailed path builds from ``data``, or the problems it reports."""
    with detailed_only():
        return outcome(data, cls)


def outcome(data: object, cls: type[Any]) -> object:
    """The record :func:`from_data` builds from ``data``, or the problems it reports."""
    try:
        return _converter.from_data(copy.deepcopy(data), cls)
    except _converter.DataError as error:
        return error.problems


def test_exchanges_and_claims_have_fast_functions() -> None:
    # Fails when a model gains a field the fast functions do not read, which
    # silently sends every record down the slow path: teach _fast the field.
    assert set(_fast.FAST) == {Exchange, CasualtyClaim}


def test_a_model_with_an_unknown_field_turns_the_fast_path_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(_fast._KNOWN, Exchange, _fast._EXCHANGE_KEYS - {"notes"})
    assert _fast._current() == {}


def test_the_checks_the_fast_path_makes_itself_are_still_the_models_checks() -> None:
    # _fast builds exchanges and transfers without their __init__ and makes
    # these checks itself. If this fails, a check changed: make _exchange and
    # _transfer check the same, then record the new fingerprint here.
    checks = (
        Exchange.__attrs_post_init__,
        Transfer.__attrs_post_init__,
        models._nonempty_transfers,
    )
    text = "".join(inspect.getsource(check) for check in checks)
    assert hashlib.sha256(text.encode()).hexdigest()[:16] == "942335bc31195dde"


@given(xst.datasets())
@settings(max_examples=60, deadline=None)
def test_fast_and_detailed_paths_build_equal_records(dataset: Dataset) -> None:
    for record in dataset.records:
        data = _converter.to_data(record)
        fast = _fast.FAST.get(type(record))
        if fast is not None:
            # An exporter's own output is never declined, or the fast path would be idle.
            assert fast(copy.deepcopy(data)) == record
            del data["id"]  # derived from the content, the same way
            assert fast(copy.deepcopy(data)) == detailed_outcome(data, type(record))
            data["id"] = record.id
        assert outcome(data, type(record)) == record
        assert detailed_outcome(data, type(record)) == record


def _json_values() -> st.SearchStrategy[object]:
    """Any JSON value, leaning on the ones near a valid field: wrong types, blanks, surrogates."""
    leaves = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-3, max_value=3)
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.sampled_from(
            [
                "",
                " ",
                "\ud800",
                "RUS",
                "XX",
                "2025-02-30",
                "2025-7-1",
                "20250701",
                "day",
                "month",
                "exact",
                "media",
                "prisoners_of_war",
            ]
        )
        | st.text(max_size=4)
    )
    return st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=2)
            | st.dictionaries(st.sampled_from(["low", "code", "name", "x"]), inner, max_size=2)
        ),
        max_leaves=4,
    )


def damaged() -> st.SearchStrategy[tuple[dict[str, Any], type[Any]]]:
    """A valid record's data with one place changed: a value replaced, a key dropped or added."""
    return st.one_of(xst.exchanges(), xst.casualty_claims()).flatmap(
        lambda record: damaged_copy(_converter.to_data(record), type(record))
    )


@st.composite
def damaged_copy(
    draw: st.DrawFn, intact: dict[str, Any], cls: type[Any]
) -> tuple[dict[str, Any], type[Any]]:
    """A copy of ``intact`` (a record's data) with one place changed."""
    data = copy.deepcopy(intact)
    if draw(st.booleans()):
        data.pop("id")  # the id is then derived, after every other field is checked
    node: Any = data
    while True:
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        step = draw(st.sampled_from([None, *range(len(children))]))
        if step is None or not isinstance(children[step][1], dict | list):
            break
        node = children[step][1]
    children = list(node) if isinstance(node, dict) else list(range(len(node)))
    action = draw(st.sampled_from(["replace", "drop", "add"]))
    if action == "add" and isinstance(node, dict):
        node[draw(st.sampled_from(["extra", "ID", "low"]))] = draw(_json_values())
    elif action == "drop" and isinstance(node, dict) and children:
        del node[draw(st.sampled_from(children))]
    elif children:
        key = draw(st.sampled_from(children))
        old = node[key]
        # Python takes 1.0 and true for 1, and a cache keyed carelessly would too.
        values = _json_values()
        if type(old) is int:
            values = st.sampled_from([float(old), old == 1]) | values
        node[key] = draw(values)
    return data, cls


@given(damaged())
@settings(max_examples=400, deadline=None)
def test_a_damaged_record_gives_the_detailed_paths_outcome(
    case: tuple[dict[str, Any], type[Any]],
) -> None:
    data, cls = case
    assert outcome(data, cls) == detailed_outcome(data, cls)


def number_places(value: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) inside ``value`` whose value is a whole number."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        if type(item) is int:
            yield value, key
        elif isinstance(item, dict | list):
            yield from number_places(item)


@given(st.one_of(xst.exchanges(), xst.casualty_claims()))
@settings(max_examples=100, deadline=None)
def test_a_lookalike_number_read_after_the_real_one_is_still_refused(
    record: Exchange | CasualtyClaim,
) -> None:
    # The intact record fills the caches with its values; 1234.0 or true in
    # place of a whole number equals it in Python and must not be served from them.
    intact = _converter.to_data(record)
    assert outcome(intact, type(record)) == record
    for index, (parent, key) in enumerate(number_places(intact)):
        for lookalike in (float(parent[key]), parent[key] == 1):
            damaged_data = copy.deepcopy(intact)
            place = list(number_places(damaged_data))[index]
            place[0][place[1]] = lookalike
            refused = outcome(damaged_data, type(record))
            assert refused == detailed_outcome(damaged_data, type(record))
            assert not isinstance(refused, type(record))


@given(xst.datasets(), st.data())
@settings(max_examples=40, deadline=None)
def test_a_bad_line_is_reported_with_the_same_line_and_path(
    dataset: Dataset, data: st.DataObject
) -> None:
    out = io.StringIO()
    JsonLinesExporter().write(dataset.records, out)
    lines = out.getvalue().splitlines()
    if lines:
        broken = json.loads(lines[0])
        where = draw_leaf(broken, data)
        where[0][where[1]] = data.draw(_json_values())
        lines[0] = json.dumps(broken)
    text = "\n".join(lines) + "\n"

    def read() -> list[object]:
        items = JsonLinesParser().parse(io.StringIO(text), source="t.jsonl")
        return [
            (item.line, item.field, str(item)) if isinstance(item, ParseError) else item
            for item in items
        ]

    fast = read()
    with detailed_only():
        assert read() == fast


def draw_leaf(value: Any, data: st.DataObject) -> tuple[Any, Any]:
    """A container inside ``value`` and one of its keys or indexes, chosen by Hypothesis."""
    parent, key = value, data.draw(st.sampled_from(sorted(value)))
    while isinstance(parent[key], dict | list) and parent[key] and data.draw(st.booleans()):
        parent = parent[key]
        keys = sorted(parent) if isinstance(parent, dict) else list(range(len(parent)))
        key = data.draw(st.sampled_from(keys))
    return parent, key


def test_equal_looking_values_are_not_taken_for_one_another() -> None:
    # 1.0 and true equal 1 in Python; the count of 1 must not be found for them.
    good = {"low": 1, "high": 1, "best": 1, "qualifier": "exact"}
    _fast._count(good)
    for bad in (1.0, True):
        with pytest.raises(_fast.Declined):
            _fast._count({**good, "low": bad})


@given(xst.exchanges(), st.data())
@settings(max_examples=50, deadline=None)
def test_a_transfer_from_a_party_to_itself_is_refused_as_before(
    exchange: Exchange, data: st.DataObject
) -> None:
    damaged_data = _converter.to_data(exchange)
    transfer = data.draw(st.sampled_from(damaged_data["transfers"]))
    transfer["receiver"] = transfer["sender"]
    refused = outcome(damaged_data, Exchange)
    assert not isinstance(refused, Exchange)
    assert refused == detailed_outcome(damaged_data, Exchange)
