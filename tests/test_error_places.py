"""Every collected error says where it is, and a bad line or row never costs a good record.

Regression tests for issue 13, break 7: a later record reusing an id had no
line, a JSON Lines line that is not JSON had no field, a CSV row with extra
cells had no field, and a stray CSV row reusing an exchange's id threw away
the valid exchange (990 of 1,000 kept).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TextIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Exchange,
    ExchangeKind,
    ParseError,
    Party,
    Period,
    PersonCategory,
    Source,
    Transfer,
)
from exchangekit import plugins as plugin_manager
from exchangekit.api import export, iter_parse, parse
from exchangekit.formats import Item, Parser, Record
from exchangekit.hookspecs import hookimpl

RUS, UKR = Party.lookup("RUS"), Party.lookup("UKR")


def handover(bodies: int, *, id: str | None = None, day: int = 23) -> Exchange:
    """A handover of ``bodies`` remains on a day in October 2025."""
    fields: dict[str, Any] = {} if id is None else {"id": id}
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.day(date(2025, 10, day)),
        transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(bodies))],
        **fields,
    )


def claim(killed: int, *, id: str = "kyiv-feb") -> CasualtyClaim:
    """Kyiv's figure of its own dead, given a fixed id so that two figures can share it."""
    return CasualtyClaim(
        id=id,
        subject=UKR,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(killed),
        covers=Period.between(date(2022, 2, 24), date(2025, 2, 16)),
        as_of=Period.month(2025, 2),
        claimant=Source("President of Ukraine"),
    )


def written(records: list[Record], format: str) -> str:
    stream = io.StringIO()
    export(records, stream, format)
    return stream.getvalue()


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line on which ``needle`` occurs for the ``occurrence``-th time."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return found[occurrence - 1]


# -- a reused id is reported at the line of the later record --------------------------------


@pytest.mark.parametrize("format", ["json", "jsonl", "csv"])
def test_a_reused_id_names_the_line_of_the_later_record(format: str) -> None:
    first, clash = claim(46_000), claim(70_000)
    text = written([handover(1000), first, clash], format)
    # A JSON record starts on the line of its "{", the one before its "id".
    before_id = 1 if format == "json" else 0
    earlier, later = (
        line_of(text, '"kyiv-feb"' if format == "json" else "kyiv-feb", n) for n in (1, 2)
    )
    earlier, later = earlier - before_id, later - before_id
    dataset, errors = parse(io.StringIO(text), format, errors="collect")
    assert dataset.claims == (first,)
    assert [(e.line, e.field) for e in errors] == [(later, "id")]
    assert f"(the first at line {earlier})" in errors[0].message
    with pytest.raises(ParseError) as raised:
        parse(io.StringIO(text), format)
    assert (raised.value.line, raised.value.field) == (later, "id")


@pytest.mark.parametrize("format", ["json", "jsonl", "csv"])
def test_a_stream_says_which_line_each_record_starts_on(format: str) -> None:
    records: list[Record] = [handover(1000), handover(900, day=24), claim(46_000)]
    text = written(records, format)
    with iter_parse(io.StringIO(text), format) as stream:
        lines = {record.id: stream.line for record in stream}
    assert set(lines) == {r.id for r in records}
    below = 1 if format == "json" else 0  # a JSON record's "id" follows its "{"
    for record_id, line in lines.items():
        assert line is not None
        assert record_id in text.splitlines()[line - 1 + below]


class _Numbered(Parser):
    """A third-party parser that numbers its items, one record per line."""

    name = "numbered"
    description = "Yields the records it was given, one to a line"

    def __init__(self, records: list[Record], *, numbered: bool) -> None:
        self.records = records
        self.numbered = numbered

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        if self.numbered:
            from exchangekit.formats import NumberedItems  # new in issue 13

            return NumberedItems(enumerate(self.records, start=1))
        return iter(self.records)


@contextmanager
def installed(parser: Parser) -> Iterator[None]:
    class Plugin:
        @hookimpl
        def exchangekit_parsers(self) -> list[Parser]:
            return [parser]

    plugin = Plugin()
    plugin_manager.pm.register(plugin)
    plugin_manager.reset()
    try:
        yield
    finally:
        plugin_manager.pm.unregister(plugin)
        plugin_manager.reset()


@pytest.mark.parametrize(("numbered", "line"), [(True, 3), (False, None)])
def test_a_third_party_parser_gets_lines_by_numbering_its_items(
    numbered: bool, line: int | None
) -> None:
    records: list[Record] = [claim(46_000), handover(1000), claim(70_000)]
    with installed(_Numbered(records, numbered=numbered)):
        _, errors = parse(io.StringIO(""), "numbered", errors="collect")
    assert [(e.line, e.field) for e in errors] == [(line, "id")]


# -- JSON Lines and CSV name the field of every error ------------------------------------------


@pytest.mark.parametrize("junk", ["{not json}", "[1, 2", "1" * 5000, "[" * 100_000, "nul\0l"])
def test_a_line_that_is_not_json_names_the_whole_line_as_its_field(junk: str) -> None:
    text = written([handover(1000)], "jsonl") + junk + "\n"
    dataset, errors = parse(io.StringIO(text), "jsonl", errors="collect")
    assert len(dataset.exchanges) == 1
    assert [(e.line, e.field) for e in errors] == [(2, "$")]


def test_a_csv_row_with_extra_cells_names_the_first_cell_past_the_header() -> None:
    text = written([claim(46_000)], "csv")
    header, row = text.splitlines()
    width = len(header.split(","))
    extra = f"{header}\n{row},,surplus,more\n"
    _, errors = parse(io.StringIO(extra), "csv", errors="collect")
    assert [(e.line, e.field) for e in errors] == [(2, f"cell {width + 2}")]
    assert "'surplus' under no column" in errors[0].message


# -- a stray CSV row costs only itself -------------------------------------------------------


def stray_row(text: str, exchange_id: str, **changes: str) -> str:
    """A copy of ``exchange_id``'s first row with some of its cells changed."""
    rows = list(csv.DictReader(io.StringIO(text)))
    row = next(r for r in rows if r["id"] == exchange_id)
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=list(rows[0]), lineterminator="\n", quoting=csv.QUOTE_ALL
    )
    writer.writerow({**row, **changes})
    return out.getvalue()


def test_stray_rows_reusing_ids_keep_all_1000_exchanges() -> None:
    exchanges = [handover(100 + n, id=f"ex-{n:04d}", day=1 + n % 28) for n in range(1000)]
    text = written(list(exchanges), "csv")
    strays = [stray_row(text, f"ex-{n:04d}", kind="prisoner_swap") for n in range(0, 1000, 100)]
    dataset, errors = parse(io.StringIO(text + "".join(strays)), "csv", errors="collect")
    assert len(dataset.exchanges) == 1000
    assert set(dataset.exchanges) == set(exchanges)
    assert [(e.line, e.field) for e in errors] == [(1002 + i, "kind") for i in range(10)]


def test_a_stray_row_before_the_rest_of_its_exchange_spoils_nothing_after_it() -> None:
    two_way = Exchange(
        id="swap",
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.day(date(2025, 10, 2)),
        transfers=[
            Transfer(RUS, UKR, PersonCategory.PRISONERS_OF_WAR, Count.exact(185)),
            Transfer(UKR, RUS, PersonCategory.PRISONERS_OF_WAR, Count.exact(185)),
        ],
    )
    header, first, second = written([two_way], "csv").splitlines()
    stray = stray_row(f"{header}\n{first}\n", "swap", period_start="2025-10-01").rstrip("\n")
    text = "\n".join([header, first, stray, second]) + "\n"
    dataset, errors = parse(io.StringIO(text), "csv", errors="collect")
    assert dataset.exchanges == (two_way,)
    assert [(e.line, e.field) for e in errors] == [(3, "period_start")]


# -- the property: whatever is inserted, errors are placed and good records stay -------------

_JUNK_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
    ),
    max_size=40,
)


@given(
    bodies=st.lists(st.integers(0, 5000), min_size=1, max_size=8, unique=True),
    junk=st.lists(st.tuples(st.integers(0, 20), _JUNK_TEXT), max_size=6),
)
def test_junk_lines_in_json_lines_are_placed_and_cost_nothing(
    bodies: list[int], junk: list[tuple[int, str]]
) -> None:
    records = [handover(n) for n in bodies]
    lines = written(list(records), "jsonl").splitlines()
    for position, text in junk:
        lines.insert(position % (len(lines) + 1), text)
    dataset, errors = parse(io.StringIO("\n".join(lines) + "\n"), "jsonl", errors="collect")
    assert set(records) <= set(dataset.exchanges)
    for error in errors:
        assert error.line is not None, error
        assert error.field is not None, error


_CELL = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@given(
    bodies=st.lists(st.integers(0, 5000), min_size=1, max_size=8, unique=True),
    strays=st.lists(
        st.tuples(st.integers(0, 7), st.sampled_from(["kind", "period_start", "notes"]), _CELL),
        max_size=6,
    ),
    extra=st.lists(st.lists(_CELL, min_size=1, max_size=4), max_size=3),
)
def test_stray_and_overlong_csv_rows_are_placed_and_cost_nothing(
    bodies: list[int], strays: list[tuple[int, str, str]], extra: list[list[str]]
) -> None:
    records = [handover(n, id=f"ex-{n}") for n in bodies]
    text = written(list(records), "csv")
    for which, column, value in strays:
        text += stray_row(text, records[which % len(records)].id, **{column: value})
    rows = list(csv.reader(io.StringIO(text)))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerows(rows)
    for cells in extra:
        writer.writerow([*rows[1], "x", *cells])
    dataset, errors = parse(io.StringIO(out.getvalue()), "csv", errors="collect")
    assert set(records) <= set(dataset.exchanges)
    for error in errors:
        assert error.line is not None, error
        assert error.field is not None, error
