"""The writers that build text straight from the records write exactly the reference bytes.

The reference for JSON and JSON Lines is ``json.dumps`` of the records' data
(:func:`to_data`, the same data the parsers read back); for CSV it is the row
dicts built from that data, written cell by cell, which Python's :mod:`csv`
reader must read back as the same cells. Records come from
:func:`exchangekit.strategies.datasets`, with their text swapped for hostile
text (control characters, quotes, line breaks, formula starts, non-ASCII).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from typing import Any

import attrs
import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from exchangekit import (
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.api import export
from exchangekit.builtin import _record_text
from exchangekit.builtin._converter import to_data
from exchangekit.builtin.canonical_json import _indented, _record_texts
from exchangekit.builtin.csv_tables import (
    COLUMNS,
    _claim_row,
    _exchange_rows,
    _line,
    _tally_row,
)
from exchangekit.builtin.json_lines import _record_lines
from exchangekit.safecsv import csv_line, neutralise
from exchangekit.strategies import datasets, hostile_text

_EDGES = ("\r", "a\rb", "=1", "'", "", " ", "-2", '"', ",", "\n", "\x00", "\x7f", "\u2028", "ё")
"""Short texts at the edges of quoting, neutralising and escaping, each alone in a value."""
_HOSTILE = st.sampled_from(_EDGES) | hostile_text(max_size=6)


def _swap_text(value: Any, texts: itertools.cycle[str]) -> Any:
    """``value`` with its strings replaced by hostile ones wherever the model accepts them."""
    if isinstance(value, str):
        return next(texts)
    if isinstance(value, tuple):
        return tuple(_swap_text(item, texts) for item in value)
    if not attrs.has(type(value)) or isinstance(value, Period | Count):
        return value
    changes = {
        field.name: _swap_text(getattr(value, field.name), texts)
        for field in attrs.fields(type(value))
        if field.init and field.name != "id"
    }
    if hasattr(value, "id"):
        changes["id"] = next(texts) + f"#{id(value)}"  # still unique within the dataset
    try:
        return attrs.evolve(value, **changes)
    except (ValueError, TypeError):  # a value the model refuses (a blank name, say)
        return value


@st.composite
def hostile_datasets(draw: st.DrawFn) -> Dataset:
    """A dataset from the public strategy, its text made as hostile as the model allows."""
    data = draw(datasets())
    texts = itertools.cycle(draw(st.lists(_HOSTILE, min_size=1, max_size=6)))
    return Dataset(
        exchanges=[_swap_text(r, texts) for r in data.exchanges],
        claims=[_swap_text(r, texts) for r in data.claims],
        tallies=[_swap_text(r, texts) for r in data.tallies],
        provenance=[next(texts) for _ in data.provenance],
    )


def _exported(data: Dataset, fmt: str) -> str:
    stream = io.StringIO()
    export(data, stream, fmt)
    return stream.getvalue()


def reference_json(data: Dataset) -> str:
    """The canonical document as ``json.dumps(..., indent=2)`` writes it."""
    document: dict[str, Any] = {
        "format": "exchangekit",
        "version": 1,
        "provenance": list(data.provenance),
        "exchanges": [to_data(r) for r in data.exchanges],
        "claims": [to_data(r) for r in data.claims],
    }
    if data.tallies:
        document["tallies"] = [to_data(r) for r in data.tallies]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def reference_jsonl(data: Dataset) -> str:
    """One compact ``json.dumps`` line per provenance entry and per record."""
    kinds = {Exchange: "exchange", CasualtyClaim: "claim", ExchangeTally: "tally"}
    lines = [{"type": "provenance", "entry": entry} for entry in data.provenance]
    lines += [{"type": kinds[type(r)], **to_data(r)} for r in data.records]
    return "".join(
        json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n" for line in lines
    )


def reference_rows(data: Dataset) -> list[dict[str, str]]:
    """Every row of the CSV table as a dict of column to value, built from the records' data."""
    rows = [{"record_type": "provenance", "provenance": entry} for entry in data.provenance]
    for record in data.exchanges:
        rows.extend(_exchange_rows(to_data(record)))
    rows.extend(_claim_row(to_data(record)) for record in data.claims)
    rows.extend(_tally_row(to_data(record)) for record in data.tallies)
    return rows


def reference_csv(data: Dataset) -> str:
    """The table written from the row dicts, one cell at a time."""
    return csv_line(COLUMNS) + "".join(map(_line, reference_rows(data)))


@settings(max_examples=150, deadline=None)
@given(hostile_datasets())
def test_json_is_byte_for_byte_json_dumps_of_the_data(data: Dataset) -> None:
    assert _exported(data, "json") == reference_json(data)


@settings(max_examples=150, deadline=None)
@given(hostile_datasets())
def test_json_lines_are_byte_for_byte_json_dumps_of_the_data(data: Dataset) -> None:
    assert _exported(data, "jsonl") == reference_jsonl(data)


@settings(max_examples=150, deadline=None)
@given(hostile_datasets())
def test_csv_is_the_table_written_cell_by_cell(data: Dataset) -> None:
    text = _exported(data, "csv")
    assert text == reference_csv(data)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(COLUMNS)
    expected = [
        [neutralise(row[column]) if column in row else "" for column in COLUMNS]
        for row in reference_rows(data)
    ]
    assert rows[1:] == expected


def test_the_bytes_on_disk_are_the_reference_bytes(tmp_path: Any) -> None:
    """Written to a path, the file is the reference text in UTF-8, line ends untouched."""
    data = _shared_dataset()
    for fmt, reference in (("json", reference_json), ("jsonl", reference_jsonl)):
        path = tmp_path / f"out.{fmt}"
        export(data, path, fmt)
        assert path.read_bytes() == reference(data).encode("utf-8")
    path = tmp_path / "out.csv"
    export(data, path, "csv")
    assert path.read_bytes() == reference_csv(data).encode("utf-8")


_UKR, _RUS = Party.lookup("UKR"), Party.lookup("RUS")


def _shared_dataset() -> Dataset:
    """Records sharing one source, period and count object, beside equal but distinct ones.

    Among them a party with a registered code but its own name, which must be
    written as an object although it equals the registered party's code.
    """
    source = Source('Ministry "A",\n=1', SourceKind.GOVERNMENT, _UKR, url="https://e.org/ё")
    twin = Source('Ministry "A",\n=1', SourceKind.GOVERNMENT, _UKR, url="https://e.org/ё")
    other = Source("Agency\r\x07", SourceKind.MEDIA)
    impostor = Party("RUS", "Not the registered name", ("x\u2028y",))
    period = Period.month(2024, 5)
    count = Count.approx(1000)
    exchanges = []
    for i in range(20):
        sender = impostor if i % 7 == 3 else _RUS
        exchanges.append(
            Exchange(
                kind=ExchangeKind.REPATRIATION_OF_REMAINS,
                period=period if i % 2 else Period.month(2024, 5),
                transfers=(
                    Transfer(sender, _UKR, PersonCategory.REMAINS, count, attributed_to=source),
                    Transfer(_UKR, sender, PersonCategory.REMAINS, Count.exact(i)),
                ),
                sources=(source, twin, other) if i % 3 else (other,),
                notes=(f"note {i}\t'", "-5"),
                id=f"x-{i}",
            )
        )
    return Dataset(exchanges=exchanges, provenance=("seed\n",))


@pytest.mark.parametrize(
    ("fmt", "reference"),
    [("json", reference_json), ("jsonl", reference_jsonl), ("csv", reference_csv)],
)
def test_shared_and_equal_values_are_each_written_as_themselves(fmt: str, reference: Any) -> None:
    data = _shared_dataset()
    assert _exported(data, fmt) == reference(data)
    assert _exported(data, fmt) == reference(data)  # again, after the memory was emptied


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_no_record_is_held_after_an_export(fmt: str) -> None:
    _exported(_shared_dataset(), fmt)
    assert all(not cache for cache in _record_text._CACHES)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_no_record_is_held_after_a_failed_export(fmt: str) -> None:
    exchange = _shared_dataset().exchanges[0]

    def records() -> Any:
        yield exchange
        raise RuntimeError("the source of records broke")

    with pytest.raises(RuntimeError):
        export(records(), io.StringIO(), fmt)
    assert all(not cache for cache in _record_text._CACHES)


def test_the_memory_starts_afresh_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """More distinct shared values than the memory holds are still each written right."""
    monkeypatch.setattr(_record_text, "CACHE_LIMIT", 3)
    exchanges = [
        Exchange(
            kind=ExchangeKind.PRISONER_SWAP,
            period=Period.month(2023, 1 + i % 12),
            transfers=(Transfer(_RUS, _UKR, PersonCategory.PRISONERS_OF_WAR, Count.exact(i)),),
            sources=(Source(f"S{i % 5}", SourceKind.MEDIA),),
            id=f"e{i}",
        )
        for i in range(40)
    ]
    for layout, reference in (
        (_record_text.PRETTY, lambda r: _indented(to_data(r), "    ")),
        (
            _record_text.COMPACT,
            lambda r: json.dumps(to_data(r), ensure_ascii=False, separators=(",", ":")),
        ),
    ):
        text = _record_text.TextFunctions(layout).record(Exchange, depth=2)
        for _ in range(2):
            assert [text(r) for r in exchanges] == [reference(r) for r in exchanges]
            assert all(len(cache) <= 3 for cache in _record_text._CACHES)
    _record_text.clear_caches()


@attrs.frozen(kw_only=True)
class _NotedExchange(Exchange):
    """A subclass the generated writers do not know, with a field of its own."""

    editor: str = "someone"


@pytest.mark.parametrize(
    ("fmt", "reference"),
    [("json", reference_json), ("jsonl", None), ("csv", reference_csv)],
)
def test_a_subclass_of_a_record_takes_the_data_path(fmt: str, reference: Any) -> None:
    base = _shared_dataset().exchanges[0]
    record = _NotedExchange(
        kind=base.kind, period=base.period, transfers=base.transfers, id="noted"
    )
    data = Dataset(exchanges=[record])
    text = _exported(data, fmt)
    if reference is not None:
        assert text == reference(data)
    else:
        line = {"type": "exchange", **to_data(record)}
        assert text == json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n"


@pytest.mark.parametrize(
    ("fmt", "reference"),
    [("json", reference_json), ("jsonl", reference_jsonl), ("csv", reference_csv)],
)
def test_a_field_holding_another_type_is_written_as_the_data_path_writes_it(
    fmt: str, reference: Any
) -> None:
    """The models do not check every type: notes holding a number are written as before."""
    base = _shared_dataset().exchanges[1]
    odd = attrs.evolve(base, notes=("fine", 5), id="odd")  # type: ignore[arg-type]
    data = Dataset(exchanges=[base, odd, _shared_dataset().exchanges[2]])
    assert _exported(data, fmt) == reference(data)


def test_every_record_class_has_a_generated_writer() -> None:
    """A new field type the generators cannot write would silently fall back to the slow path."""
    records = {Exchange, CasualtyClaim, ExchangeTally}
    assert set(_record_texts()) == records
    assert set(_record_lines()) == records
