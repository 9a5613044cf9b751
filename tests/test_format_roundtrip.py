"""Every built-in format gives back exactly the dataset it was given, deterministically."""

from __future__ import annotations

import io
import itertools
import json
import re
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings

from exchangekit import (
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
    Qualifier,
    Quote,
    Source,
    SourceKind,
    Transfer,
    api,
)
from exchangekit import strategies as xst
from exchangekit.builtin.canonical_json import JsonExporter, JsonParser
from exchangekit.builtin.csv_tables import CsvExporter, CsvParser
from exchangekit.builtin.json_lines import JsonLinesExporter, JsonLinesParser
from exchangekit.formats import Exporter, Parser, Provenance, metadata_problems

FORMATS: list[tuple[str, Parser, Exporter]] = [
    ("json", JsonParser(), JsonExporter()),
    ("jsonl", JsonLinesParser(), JsonLinesExporter()),
    ("csv", CsvParser(), CsvExporter()),
]
UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
PAIRS = [pytest.param(parser, exporter, id=name) for name, parser, exporter in FORMATS]


def export_text(exporter: Exporter, dataset: Dataset) -> str:
    stream = io.StringIO(newline="")
    records = itertools.chain(dataset.exchanges, dataset.claims, dataset.tallies)
    exporter.write(records, stream, provenance=dataset.provenance)
    return stream.getvalue()


def parse_text(parser: Parser, text: str) -> Dataset:
    items = list(parser.parse(io.StringIO(text, newline=""), source="<test>"))
    errors = [item for item in items if isinstance(item, ParseError)]
    assert errors == []
    return Dataset(
        exchanges=[item for item in items if isinstance(item, Exchange)],
        claims=[item for item in items if isinstance(item, CasualtyClaim)],
        provenance=[item.entry for item in items if isinstance(item, Provenance)],
        tallies=[item for item in items if isinstance(item, ExchangeTally)],
    )


# A JSON escape of a character beyond ASCII ("\\u00e9"); a bare backslash and "u" in the data
# (which CSV writes as they are) is not one.
_NON_ASCII_ESCAPE = re.compile(r"\\u(?!00[0-7])[0-9a-fA-F]{4}")


# One test draws each dataset and checks every format: drawing datasets is the
# expensive part, so it is shared.
@given(dataset=xst.datasets())
def test_every_format_round_trips_deterministically(dataset: Dataset) -> None:
    for name, parser, exporter in FORMATS:
        text = export_text(exporter, dataset)
        parsed = parse_text(parser, text)
        assert parsed == dataset, f"{name} changed the dataset"
        assert export_text(exporter, dataset) == text, f"{name} output is not deterministic"
        assert export_text(exporter, parsed) == text, f"{name} output changed after a round trip"
        assert "\r\n" not in text, f"{name} wrote a CRLF line end"
        unescaped = text.replace("\\\\", "")  # an escaped backslash is not an escape's start
        assert not _NON_ASCII_ESCAPE.search(unescaped), f"{name} escaped non-ASCII text"
        text.encode("utf-8")
        if text:
            assert text.endswith("\n"), f"{name} output lacks a final newline"
            head = text[:4096]
            sniffed = [other.name for _, other, _ in FORMATS if other.sniff(head)]
            assert sniffed == [name], f"the head of {name} output sniffs as {sniffed}"


# Tallies are the newest record; this draws datasets of tallies alone, and of every
# kind of record at once, so that each format's tally code is exercised on its own.
@given(
    dataset=xst.datasets(max_exchanges=0, max_claims=0, max_tallies=4)
    | xst.datasets(max_exchanges=1, max_claims=1, max_tallies=2)
)
def test_tallies_round_trip_through_every_format(dataset: Dataset) -> None:
    for name, parser, exporter in FORMATS:
        parsed = parse_text(parser, export_text(exporter, dataset))
        assert parsed.tallies == dataset.tallies, f"{name} changed the tallies"
        assert parsed == dataset, f"{name} changed the dataset"


def test_a_tally_keeps_every_field_in_every_format() -> None:
    tally = ExchangeTally(
        receiver=UKR,
        sender=Party("LOCAL", "=a local militia", ("'the militia",)),
        category=PersonCategory.PRISONERS_OF_WAR,
        count=Count.more_than(4_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 1)),
        as_of=Period.month(2025, 10),
        claimant=Source("-Coordination HQ", SourceKind.GOVERNMENT, UKR, "https://x.example", None),
        exchange_count=Count(55, 60, None, Qualifier.RANGE),
        relayed_by=[Source("Медиазона", SourceKind.MEDIA)],
        quotes=[Quote("more than 4,000 returned in 55 to 60 swaps", 10, 52, "doc")],
        notes=["", "=1+1", "line\r\nbreak"],
        id="+tally",
    )
    dataset = Dataset(tallies=[tally])
    for name, parser, exporter in FORMATS:
        assert parse_text(parser, export_text(exporter, dataset)) == dataset, name


@pytest.mark.parametrize(("parser", "exporter"), PAIRS)
def test_empty_dataset_round_trips(parser: Parser, exporter: Exporter) -> None:
    assert parse_text(parser, export_text(exporter, Dataset())) == Dataset()


@pytest.mark.parametrize(("parser", "exporter"), PAIRS)
def test_provenance_alone_round_trips(parser: Parser, exporter: Exporter) -> None:
    dataset = Dataset(provenance=("seed report", "", "=not a formula", "'quoted'"))
    assert parse_text(parser, export_text(exporter, dataset)) == dataset


@pytest.mark.parametrize(("parser", "exporter"), PAIRS)
def test_unknown_options_are_a_type_error(parser: Parser, exporter: Exporter) -> None:
    with pytest.raises(TypeError, match="colour"):
        parser.parse(io.StringIO(""), source="<test>", colour="red")
    with pytest.raises(TypeError, match="colour"):
        exporter.write([], io.StringIO(), colour="red")


@pytest.mark.parametrize(("parser", "exporter"), PAIRS)
def test_exporter_refuses_what_is_not_a_record(parser: Parser, exporter: Exporter) -> None:
    with pytest.raises(TypeError, match="str"):
        exporter.write(["not a record"], io.StringIO())  # type: ignore[list-item]


@pytest.mark.parametrize(("parser", "exporter"), PAIRS)
def test_metadata_is_shared_by_parser_and_exporter(parser: Parser, exporter: Exporter) -> None:
    assert parser.name == exporter.name
    assert parser.suffixes == exporter.suffixes
    assert parser.media_types == exporter.media_types
    assert parser.description == exporter.description
    assert metadata_problems(parser) == []
    assert metadata_problems(exporter) == []


# -- through exchangekit.api: paths, suffixes, sniffing, byte streams ---------------------


@settings(max_examples=25)
@given(dataset=xst.datasets(max_exchanges=2, max_claims=2))
def test_api_round_trips_through_files_found_by_suffix_or_content(dataset: Dataset) -> None:
    with tempfile.TemporaryDirectory() as directory:
        for name, _, _ in FORMATS:
            by_suffix = Path(directory, f"data.{name}")
            api.export(dataset, by_suffix)
            assert api.parse(by_suffix) == dataset, name
            if name == "jsonl" and not len(dataset) and not dataset.provenance:
                continue  # an empty JSON Lines file has nothing to sniff
            unnamed = Path(directory, f"{name}-export")
            api.export(dataset, unnamed, format=name)
            assert api.parse(unnamed) == dataset, name


@pytest.mark.parametrize(("parser", "exporter"), PAIRS)
def test_api_round_trips_through_byte_streams(parser: Parser, exporter: Exporter) -> None:
    dataset = Dataset(provenance=["a note with a line\r\nbreak", "=1+1"])
    buffer = io.BytesIO()
    api.export(dataset, buffer, format=exporter.name)
    assert api.parse(io.BytesIO(buffer.getvalue()), format=parser.name) == dataset


def test_api_collect_keeps_every_good_record_of_a_json_document() -> None:
    dataset = Dataset(
        exchanges=[
            Exchange(
                kind=ExchangeKind.REPATRIATION_OF_REMAINS,
                period=Period.month(2025, month),
                transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.approx(1000))],
            )
            for month in (7, 8, 9)
        ]
    )
    text = export_text(JsonExporter(), dataset)
    bad = json.loads(text)
    bad["exchanges"][1]["transfers"][0]["count"]["qualifier"] = "roughly"
    result = api.parse(io.StringIO(json.dumps(bad, indent=2)), format="json", errors="collect")
    assert result.dataset.exchanges == (dataset.exchanges[0], dataset.exchanges[2])
    (error,) = result.errors
    assert error.field == "$.exchanges[1].transfers[0].count.qualifier"
    with pytest.raises(ParseError, match=r"\$\.exchanges\[1\]"):
        api.parse(io.StringIO(json.dumps(bad)), format="json")
