"""Junk in, records or ParseError out: no built-in parser lets any other exception escape."""

from __future__ import annotations

import csv
import io
import itertools
import json
from datetime import date
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ParseError,
    Party,
    Period,
    PersonCategory,
    Quote,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit import strategies as xst
from exchangekit.builtin.canonical_json import JsonExporter, JsonParser
from exchangekit.builtin.csv_tables import CsvExporter, CsvParser
from exchangekit.builtin.json_lines import JsonLinesExporter, JsonLinesParser
from exchangekit.formats import Exporter, Parser, Provenance

PARSERS: list[Parser] = [JsonParser(), JsonLinesParser(), CsvParser()]
EXPORTERS: list[Exporter] = [JsonExporter(), JsonLinesExporter(), CsvExporter()]

UKR, RUS, ICRC = (Party.lookup(code) for code in ("UKR", "RUS", "ICRC"))
MILITIA = Party("LOCAL_MILITIA", "A local militia", ("the militia",))
REPORT = Source(
    "Coordination headquarters",
    SourceKind.GOVERNMENT,
    party=UKR,
    url="https://ministry.example/handover",
    published=date(2025, 10, 23),
)
SEED = Dataset(
    exchanges=[
        Exchange(
            kind=ExchangeKind.REPATRIATION_OF_REMAINS,
            period=Period.day(date(2025, 10, 23)),
            transfers=[
                Transfer(
                    RUS,
                    UKR,
                    PersonCategory.REMAINS,
                    Count.exact(1000),
                    attributed_to=Source("Russian side", SourceKind.GOVERNMENT, party=RUS),
                ),
                Transfer(UKR, RUS, PersonCategory.REMAINS, Count.exact(31)),
            ],
            intermediaries=[ICRC],
            sources=[REPORT],
            notes=["identification pending"],
            quotes=[Quote("1,000 bodies", 10, 22, "https://news.example/a")],
        ),
        Exchange(
            kind=ExchangeKind.PRISONER_SWAP,
            period=Period.quarter(2025, 3),
            transfers=[Transfer(MILITIA, UKR, PersonCategory.PRISONERS_OF_WAR, Count.at_most(12))],
            id="swap-q3",
        ),
    ],
    claims=[
        CasualtyClaim(
            subject=RUS,
            category=CasualtyCategory.KILLED,
            count=Count.more_than(135_000),
            covers=Period.between(date(2022, 2, 24), date(2025, 10, 1)),
            as_of=Period.month(2025, 10),
            claimant=Source("Mediazona", SourceKind.MEDIA),
            method=ClaimMethod.DOCUMENTED_MINIMUM,
            scope=ClaimScope.CUMULATIVE,
            caveats=["a floor"],
            relayed_by=[Source("BBC News Russian", SourceKind.MEDIA)],
        )
    ],
    provenance=["seed report"],
)


def export(exporter: Exporter, dataset: Dataset) -> str:
    stream = io.StringIO(newline="")
    records = itertools.chain(dataset.exchanges, dataset.claims)
    exporter.write(records, stream, provenance=dataset.provenance)
    return stream.getvalue()


SEED_TEXTS = [export(exporter, SEED) for exporter in EXPORTERS]


def only_records_or_parse_errors(parser: Parser, stream: io.TextIOBase) -> None:
    """Read ``stream`` to the end; fail on anything but records, provenance and ParseError."""
    items: list[object] = []
    try:
        items.extend(parser.parse(stream, source="junk"))  # type: ignore[arg-type]
    except ParseError as exc:
        items.append(exc)
    for item in items:
        assert isinstance(item, Exchange | CasualtyClaim | Provenance | ParseError), item
        if isinstance(item, ParseError):
            assert item.source == "junk"
            assert item.message


def feed_text(text: str) -> None:
    for parser in PARSERS:
        only_records_or_parse_errors(parser, io.StringIO(text, newline=""))


def feed_bytes(data: bytes) -> None:
    for parser in PARSERS:
        stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")
        only_records_or_parse_errors(parser, stream)


@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    feed_bytes(data)
    feed_text(data.decode("latin-1"))


@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    feed_text(text)


JSONISH = st.text(alphabet='{}[]",:.0123456789-+eEtruefalsnl \n\t\\abcxyz', max_size=400)
PREFIXES = st.sampled_from(
    [
        "",
        '{"format": "exchangekit", "version": 1, ',
        '{"format": "exchangekit", "version": 1, "exchanges": [',
        '{"format": "exchangekit", "version": 1, "claims": [{',
        '{"type": "exchange", ',
        '{"type": "claim", "count": ',
        '{"type": "provenance", "entry": ',
        ",".join(next(csv.reader([SEED_TEXTS[2].splitlines()[0]]))) + "\n",
        SEED_TEXTS[2].splitlines()[0] + "\nexchange,",
        SEED_TEXTS[2].splitlines()[0] + "\nclaim,x,",
    ]
)


@given(PREFIXES, JSONISH)
def test_text_that_looks_almost_right(prefix: str, tail: str) -> None:
    feed_text(prefix + tail)


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few characters or spans deleted, duplicated, replaced or inserted."""
    for _ in range(draw(st.integers(1, 6))):
        if not text:
            return draw(st.text(max_size=20))
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start, min(len(text), start + 40)))
        action = draw(st.sampled_from(["delete", "duplicate", "replace", "insert"]))
        if action == "delete":
            text = text[:start] + text[end:]
        elif action == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        elif action == "replace":
            text = text[:start] + draw(st.characters()) + text[start + 1 :]
        else:
            insert = draw(st.text(max_size=10) | st.sampled_from(['"', "{", "]", ",", "\n", "'=1"]))
            text = text[:start] + insert + text[start:]
    return text


@pytest.mark.parametrize("seed", range(len(SEED_TEXTS)), ids=["json", "jsonl", "csv"])
@given(data=st.data())
def test_mutated_valid_documents(seed: int, data: st.DataObject) -> None:
    feed_text(data.draw(mutated(SEED_TEXTS[seed])))


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=10)
    | st.sampled_from(["exact", "UKR", "2025-10-23", "remains", "exchange", "claim"]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every node in a JSON value, the value itself first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(paths(child, (*prefix, index)))
    return found


def replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    """A copy of ``value`` with the node at ``path`` replaced by ``new``."""
    if not path:
        return new
    copy: Any = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = replaced(copy[path[0]], path[1:], new)
    return copy


def replace_somewhere(value: Any, data: st.DataObject, *, under: tuple[Any, ...] = ()) -> Any:
    """``value`` with one node at or below ``under`` replaced by a JSON value of any type."""
    node = value
    for key in under:
        node = node[key]
    path = data.draw(st.sampled_from(paths(node, under)))
    return replaced(value, path, data.draw(JSON_VALUES))


@given(data=st.data())
def test_json_values_of_the_wrong_type(data: st.DataObject) -> None:
    document = json.loads(SEED_TEXTS[0])
    for _ in range(data.draw(st.integers(1, 3))):
        document = replace_somewhere(document, data)
    feed_text(json.dumps(document, indent=2))


@pytest.mark.parametrize("record", [("exchanges", 0), ("exchanges", 1), ("claims", 0)])
@given(data=st.data())
def test_records_holding_values_of_the_wrong_type(
    record: tuple[str, int], data: st.DataObject
) -> None:
    original = json.loads(SEED_TEXTS[0])
    feed_text(json.dumps(replace_somewhere(original, data, under=record), indent=2))
    line = {"type": "exchange" if record[0] == "exchanges" else "claim"}
    line.update(original[record[0]][record[1]])
    feed_text(json.dumps(replace_somewhere(line, data)))


@given(data=st.data())
def test_json_lines_values_of_the_wrong_type(data: st.DataObject) -> None:
    lines = [json.loads(line) for line in SEED_TEXTS[1].splitlines()]
    index = data.draw(st.integers(0, len(lines) - 1))
    lines[index] = replace_somewhere(lines[index], data)
    feed_text("".join(json.dumps(line) + "\n" for line in lines))


@given(data=st.data())
def test_csv_cells_of_the_wrong_kind(data: st.DataObject) -> None:
    table = list(csv.reader(io.StringIO(SEED_TEXTS[2], newline="")))
    for _ in range(data.draw(st.integers(1, 4))):
        row = data.draw(st.integers(0, len(table) - 1))
        column = data.draw(st.integers(0, len(table[row]) - 1))
        table[row][column] = data.draw(
            st.text(max_size=12)
            | st.sampled_from(["[", "{}", "[1]", "-1", "1e3", "9" * 5000, "null", "'", "UKR"])
            | JSON_VALUES.map(json.dumps)
        )
    stream = io.StringIO(newline="")
    csv.writer(stream, lineterminator="\n").writerows(table)
    feed_text(stream.getvalue())


@settings(max_examples=30)
@given(dataset=xst.datasets(max_exchanges=2, max_claims=2), data=st.data())
def test_mutations_of_drawn_datasets(dataset: Dataset, data: st.DataObject) -> None:
    for exporter in EXPORTERS:
        feed_text(data.draw(mutated(export(exporter, dataset))))


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        '{"format": "exchangekit", "version": 1, "exchanges": [' + "[" * 100_000,
        '{"type": "exchange", "transfers": ' + "[" * 100_000,
        '{"format": "exchangekit", "version": 1, "claims": [' + "9" * 10_000 + "]}",
        "record_type,provenance\nprovenance," + "x" * 300_000,
        "record_type\n" + '"' * 1001,
        "\x00" * 100,
        "\ufeff",
        "\r\r\n\n",
    ],
)
def test_pathological_inputs(text: str) -> None:
    feed_text(text)
