"""JSON Lines: one tagged record per line, read as a stream, a bad line skipped and reported."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date

import jsonschema
import pytest
from hypothesis import given, settings

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    ParseError,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit import strategies as xst
from exchangekit.builtin.canonical_json import schema
from exchangekit.builtin.json_lines import JsonLinesExporter, JsonLinesParser
from exchangekit.formats import Item, Provenance, Record

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
HANDOVER = Exchange(
    kind=ExchangeKind.REPATRIATION_OF_REMAINS,
    period=Period.month(2025, 7),
    transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.approx(1000))],
)
CLAIM = CasualtyClaim(
    subject=UKR,
    category=CasualtyCategory.MISSING,
    count=Count.order_of_magnitude(20_000, 99_999),
    covers=Period.between(date(2022, 2, 24), date(2025, 2, 16)),
    as_of=Period.month(2025, 2),
    claimant=Source("President of Ukraine", SourceKind.GOVERNMENT, party=UKR),
)
TALLY = ExchangeTally(
    receiver=UKR,
    sender=RUS,
    category=PersonCategory.REMAINS,
    count=Count.approx(9_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
    as_of=Period.day(date(2025, 10, 23)),
    claimant=Source("Coordination Headquarters", SourceKind.GOVERNMENT, party=UKR),
    exchange_count=Count.exact(58),
    notes=["the figure is a running total"],
)


def export(records: list[Record], provenance: tuple[str, ...] = ()) -> str:
    stream = io.StringIO()
    JsonLinesExporter().write(records, stream, provenance=provenance)
    return stream.getvalue()


def parse(text: str) -> list[Item]:
    return list(JsonLinesParser().parse(io.StringIO(text), source="feed.jsonl"))


def test_one_compact_line_per_record_with_its_type_first() -> None:
    text = export([HANDOVER, CLAIM], provenance=("seed report",))
    lines = text.splitlines()
    assert len(lines) == 3
    assert lines[0] == '{"type":"provenance","entry":"seed report"}'
    assert lines[1].startswith('{"type":"exchange","id":"' + HANDOVER.id + '","kind":')
    assert lines[2].startswith('{"type":"claim","id":"' + CLAIM.id + '",')
    assert json.loads(lines[2])["count"] == {
        "low": 20_000,
        "high": 99_999,
        "best": None,
        "qualifier": "order_of_magnitude",
    }


def test_records_come_back_in_file_order() -> None:
    text = export([CLAIM, HANDOVER], provenance=("a", "b"))
    assert parse(text) == [Provenance("a"), Provenance("b"), CLAIM, HANDOVER]


def test_a_tally_is_one_line_of_type_tally() -> None:
    text = export([HANDOVER, CLAIM, TALLY])
    last = text.splitlines()[-1]
    assert last.startswith('{"type":"tally","id":"' + TALLY.id + '","receiver":"UKR",')
    data = json.loads(last)
    assert data["sender"] == "RUS"
    assert data["exchange_count"] == {"low": 58, "high": 58, "best": 58, "qualifier": "exact"}
    assert parse(text) == [HANDOVER, CLAIM, TALLY]
    assert parse(export([TALLY, HANDOVER])) == [TALLY, HANDOVER]


def test_a_file_of_tallies_is_recognised_by_its_first_line() -> None:
    assert JsonLinesParser().sniff(export([TALLY]))


LINE_SCHEMA = jsonschema.Draft202012Validator(
    schema(), format_checker=jsonschema.FormatChecker()
).evolve(schema=schema()["$defs"]["line"])


@settings(max_examples=40)
@given(dataset=xst.datasets())
def test_every_line_validates_against_the_line_schema(dataset: Dataset) -> None:
    text = export(list(dataset.records), dataset.provenance)
    for line in text.splitlines():
        LINE_SCHEMA.validate(json.loads(line))


def test_the_line_schema_rejects_a_wrong_type() -> None:
    line = json.loads(export([HANDOVER]))
    line["type"] = "claim"
    assert not LINE_SCHEMA.is_valid(line)
    line = json.loads(export([TALLY]))
    LINE_SCHEMA.validate(line)
    line["type"] = "claim"
    assert not LINE_SCHEMA.is_valid(line)
    line["type"] = "tally"
    line["subject"] = "UKR"
    assert not LINE_SCHEMA.is_valid(line)


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ('"low":8100', '"low":-8100', "$.count.low", "must not be negative, got -8100"),
        ('"low":58', '"low":"58"', "$.exchange_count.low", "expected a whole number"),
        ('"sender":"RUS"', '"sender":"UKR"', "$.receiver", "sender and receiver are both UKR"),
        ('"category":"remains"', '"category":"killed"', "$.category", "expected one of remains"),
        ('"receiver":"UKR",', "", "$.receiver", "required field missing"),
        ('"notes":[', '"colour":1,"notes":[', "$", "unknown field 'colour'"),
    ],
)
def test_a_bad_tally_line_is_reported_by_number_and_path(
    old: str, new: str, field: str, message: str
) -> None:
    good = export([TALLY])
    assert old in good
    items = parse(export([HANDOVER]) + good.replace(old, new) + export([TALLY]))
    assert items[0] == HANDOVER
    assert items[2] == TALLY
    error = items[1]
    assert isinstance(error, ParseError)
    assert (error.source, error.line, error.field) == ("feed.jsonl", 2, field)
    assert message in error.message


def test_a_bad_line_is_reported_by_number_and_path_and_reading_goes_on() -> None:
    good = export([HANDOVER])
    bad = good.replace('"low":900', '"low":-900')
    text = export([], ("seed report",)) + bad + "\n" + export([CLAIM])
    items = parse(text)
    assert items[0] == Provenance("seed report")
    error = items[1]
    assert isinstance(error, ParseError)
    assert (error.source, error.line, error.field) == ("feed.jsonl", 2, "$.transfers[0].count.low")
    assert error.message == "must not be negative, got -900"
    assert items[2:] == [CLAIM]


@pytest.mark.parametrize(
    ("line", "field", "message"),
    [
        ("{not json}", "$", "invalid JSON at column 2"),
        ("[1, 2]", "$", 'expected a JSON object with a "type" key, got an array'),
        ('{"kind": "prisoner_swap"}', "$.type", "every line needs a type"),
        ('{"type": "swap"}', "$.type", "got the string 'swap'"),
        ('{"type": "provenance"}', "$.entry", "a provenance line needs its entry"),
        ('{"type": "provenance", "entry": 3}', "$.entry", "expected a string, got the number 3"),
        ('{"type": "provenance", "entry": "\\udc80"}', "$.entry", "unpaired surrogate escape"),
        ('{"type": "provenance", "entry": "x", "y": 1}', "$", "unknown field(s) 'y'"),
        ('{"type": "claim"}', "$.subject", "required field missing"),
        ("1" * 5000, "$", "invalid JSON value"),
        ("[" * 100_000, "$", "invalid JSON"),
    ],
)
def test_bad_lines(line: str, field: str, message: str) -> None:
    items = parse(export([HANDOVER]) + line + "\n" + export([CLAIM]))
    assert items[0] == HANDOVER
    assert items[2] == CLAIM
    error = items[1]
    assert isinstance(error, ParseError)
    assert error.line == 2
    assert error.field == field
    assert message in error.message


def test_blank_lines_and_a_byte_order_mark_are_ignored() -> None:
    text = "\ufeff" + export([HANDOVER]) + "\n   \n" + export([CLAIM]).replace("\n", "\r\n")
    assert parse(text) == [HANDOVER, CLAIM]


def test_bad_encoding_stops_with_the_line_number() -> None:
    data = export([HANDOVER]).encode() + b'{"type": "\xff"}\n'
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    with pytest.raises(ParseError, match="not text in the expected encoding") as caught:
        list(JsonLinesParser().parse(stream, source="feed.jsonl"))
    assert caught.value.line is not None


class CountingLines(io.StringIO):
    """A text stream that counts how many lines have been read from it."""

    read_lines = 0

    def __next__(self) -> str:
        self.read_lines += 1
        return super().__next__()

    def __iter__(self) -> Iterator[str]:
        return self


def test_records_are_yielded_as_the_lines_are_read() -> None:
    stream = CountingLines(export([HANDOVER] * 1000))
    items = JsonLinesParser().parse(stream, source="feed.jsonl")
    assert next(items) == HANDOVER
    assert stream.read_lines == 1
    assert next(items) == HANDOVER
    assert stream.read_lines == 2


def test_the_exporter_writes_records_as_they_come() -> None:
    stream = io.StringIO()

    def records() -> Iterator[Exchange]:
        yield HANDOVER
        assert stream.getvalue().count("\n") == 1
        yield HANDOVER

    JsonLinesExporter().write(records(), stream)
    assert stream.getvalue().count("\n") == 2


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('{"type":"exchange","id":"x"}\n{"type"', True),
        ('\n\n{"id": "x", "type": "claim"}', True),
        ('{"type":"provenance","entry":"seed"}', True),
        ('{"type":"tally","id":"ta-1"}', True),
        ('{"type":"feature"}', False),
        ('{"format": "exchangekit", "version": 1}', False),
        ('{"note": "{\\"type\\": \\"claim\\"}"}', False),
        ("record_type,id\n", False),
    ],
)
def test_sniff(head: str, expected: bool) -> None:
    assert JsonLinesParser().sniff(head) is expected
