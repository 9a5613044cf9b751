"""CSV: one flat table, spreadsheet-safe cells, and rows regrouped into exchanges by id."""

from __future__ import annotations

import csv
import io
from datetime import date

import attrs
import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
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
from exchangekit.builtin.csv_tables import (
    COLUMNS,
    FORMULA_TRIGGERS,
    CsvExporter,
    CsvParser,
    neutralise,
    restore,
)
from exchangekit.formats import Item, Provenance

UKR, RUS, ICRC = (Party.lookup(code) for code in ("UKR", "RUS", "ICRC"))
OCTOBER = Exchange(
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
    notes=["the ICRC assisted"],
)
AUGUST = Exchange(
    kind=ExchangeKind.REPATRIATION_OF_REMAINS,
    period=Period.month(2025, 8),
    transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.approx(1000))],
)
FLOOR = CasualtyClaim(
    subject=RUS,
    category=CasualtyCategory.KILLED,
    count=Count.more_than(135_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 10, 1)),
    as_of=Period.month(2025, 10),
    claimant=Source("BBC News Russian and Mediazona", SourceKind.MEDIA),
    method=ClaimMethod.DOCUMENTED_MINIMUM,
    caveats=["a floor"],
)
DATASET = Dataset(exchanges=[OCTOBER, AUGUST], claims=[FLOOR], provenance=["seed report"])
TALLY = ExchangeTally(
    receiver=UKR,
    sender=RUS,
    category=PersonCategory.REMAINS,
    count=Count.approx(9_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
    as_of=Period.day(date(2025, 10, 23)),
    claimant=Source("Coordination Headquarters", SourceKind.GOVERNMENT, party=UKR),
    exchange_count=Count.more_than(50),
    notes=["a running total"],
)
BARE_TALLY = ExchangeTally(
    receiver=RUS,
    category=PersonCategory.PRISONERS_OF_WAR,
    count=Count.exact(4_000),
    covers=Period.year(2024),
    as_of=Period.year(2024),
    claimant=Source("Ministry of Defence"),
)
WITH_TALLIES = attrs.evolve(DATASET, tallies=[TALLY, BARE_TALLY])
SPREADSHEET_TRIGGERS = "=+-@\t\r"


def export(dataset: Dataset = DATASET) -> str:
    stream = io.StringIO(newline="")
    CsvExporter().write(dataset.records, stream, provenance=dataset.provenance)
    return stream.getvalue()


def parse(text: str) -> list[Item]:
    return list(CsvParser().parse(io.StringIO(text, newline=""), source="table.csv"))


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def as_dataset(items: list[Item]) -> Dataset:
    assert not [item for item in items if isinstance(item, ParseError)]
    return Dataset(
        exchanges=[i for i in items if isinstance(i, Exchange)],
        claims=[i for i in items if isinstance(i, CasualtyClaim)],
        provenance=[i.entry for i in items if isinstance(i, Provenance)],
        tallies=[i for i in items if isinstance(i, ExchangeTally)],
    )


def table(*records: dict[str, str]) -> str:
    """A hand-written table with just the columns the records use."""
    columns = list(dict.fromkeys(column for record in records for column in record))
    stream = io.StringIO(newline="")
    writer = csv.DictWriter(stream, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return stream.getvalue()


# -- layout ---------------------------------------------------------------------------


def test_one_row_per_transfer_claim_and_provenance_entry() -> None:
    text = export()
    assert text.splitlines()[0] == ",".join(COLUMNS)
    table_rows = rows(text)
    assert [r["record_type"] for r in table_rows] == [
        "provenance",
        "exchange",
        "exchange",
        "exchange",
        "claim",
    ]
    first, second = table_rows[1], table_rows[2]
    assert first["id"] == second["id"] == OCTOBER.id
    assert first["period_start"] == second["period_start"] == "2025-10-23"
    assert first["intermediaries"] == second["intermediaries"] == '["ICRC"]'
    assert (first["sender"], first["receiver"]) == ("RUS", "UKR")
    assert (first["count_low"], first["count_high"], first["count_best"]) == ("1000",) * 3
    assert first["count_qualifier"] == "exact"
    assert first["attributed_to_name"] == "Russian side"
    assert first["attributed_to_party"] == "RUS"
    claim = table_rows[4]
    assert (claim["count_low"], claim["count_high"], claim["count_best"]) == ("135001", "", "")
    assert claim["count_qualifier"] == "more_than"
    assert claim["caveats"] == '["a floor"]'
    assert claim["sender"] == ""


def test_one_row_per_tally_after_the_claims() -> None:
    table_rows = rows(export(WITH_TALLIES))
    assert [r["record_type"] for r in table_rows][-3:] == ["claim", "tally", "tally"]
    tally, bare = table_rows[-2], table_rows[-1]
    filled = {column: cell for column, cell in tally.items() if cell}
    assert filled == {
        "record_type": "tally",
        "id": TALLY.id,
        "sender": "RUS",
        "receiver": "UKR",
        "category": "remains",
        "count_low": "8100",
        "count_high": "9900",
        "count_best": "9000",
        "count_qualifier": "approximate",
        "covers_start": "2022-02-24",
        "covers_end": "2025-10-23",
        "covers_precision": "range",
        "as_of_start": "2025-10-23",
        "as_of_end": "2025-10-23",
        "as_of_precision": "day",
        "claimant_name": "Coordination Headquarters",
        "claimant_kind": "government",
        "claimant_party": "UKR",
        "exchange_count_low": "51",
        "exchange_count_qualifier": "more_than",
        "relayed_by": "[]",
        "quotes": "[]",
        "notes": '["a running total"]',
    }
    assert bare["sender"] == bare["exchange_count_low"] == bare["exchange_count_qualifier"] == ""


def test_a_tally_without_sender_or_exchange_count_reads_back_without_them() -> None:
    (tally,) = as_dataset(parse(export(Dataset(tallies=[BARE_TALLY])))).tallies
    assert tally == BARE_TALLY
    assert tally.sender is None
    assert tally.exchange_count is None


def test_tallies_are_yielded_as_their_rows_are_read() -> None:
    assert parse(export(WITH_TALLIES)) == [
        Provenance("seed report"),
        FLOOR,
        TALLY,
        BARE_TALLY,
        OCTOBER,
        AUGUST,
    ]


def test_a_hand_written_tally_needs_only_the_columns_it_uses() -> None:
    text = table(
        {
            "record_type": "tally",
            "receiver": "RUS",
            "category": "prisoners_of_war",
            "count_low": "4000",
            "count_high": "4000",
            "count_best": "4000",
            "count_qualifier": "exact",
            "covers_start": "2024-01-01",
            "covers_end": "2024-12-31",
            "covers_precision": "year",
            "as_of_start": "2024-01-01",
            "as_of_end": "2024-12-31",
            "as_of_precision": "year",
            "claimant_name": "Ministry of Defence",
        }
    )
    assert parse(text) == [BARE_TALLY]


def test_parse_gives_provenance_and_claims_then_exchanges() -> None:
    assert parse(export()) == [Provenance("seed report"), FLOOR, OCTOBER, AUGUST]


def test_an_empty_string_and_no_value_stay_apart() -> None:
    nothing = attrs.evolve(FLOOR.claimant, url=None)
    empty = attrs.evolve(FLOOR.claimant, name="Mediazona", url="")
    claims = [attrs.evolve(FLOOR, claimant=nothing), attrs.evolve(FLOOR, claimant=empty, id="b")]
    text = export(Dataset(claims=claims))
    assert [r["claimant_url"] for r in rows(text)] == ["", "'"]
    assert as_dataset(parse(text)).claims == tuple(claims)


# -- formula neutralisation -----------------------------------------------------------


def test_a_formula_is_neutralised_with_an_apostrophe() -> None:
    hostile = attrs.evolve(FLOOR.claimant, name='=HYPERLINK("http://x.example","open")')
    claim = attrs.evolve(FLOOR, claimant=hostile)
    text = export(Dataset(claims=[claim], provenance=["+1 555", "'quoted", "-", ""]))
    table_rows = rows(text)
    assert [r["provenance"] for r in table_rows[:4]] == ["'+1 555", "''quoted", "'-", "'"]
    assert table_rows[4]["claimant_name"] == '\'=HYPERLINK("http://x.example","open")'
    assert parse(text)[-1] == claim


@given(st.text())
def test_restore_undoes_neutralise(text: str) -> None:
    cell = neutralise(text)
    assert restore(cell) == text
    assert cell
    assert cell[0] not in SPREADSHEET_TRIGGERS


def test_restore_reads_an_empty_cell_as_no_value() -> None:
    assert restore("") is None
    assert restore("'") == ""
    assert restore("plain") == "plain"


def test_the_triggers_cover_the_owasp_list() -> None:
    assert set(SPREADSHEET_TRIGGERS) <= FORMULA_TRIGGERS
    assert "'" in FORMULA_TRIGGERS


TRIGGER_TEXT = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(sorted(FORMULA_TRIGGERS)),
    st.text(max_size=12),
)
NAMES = TRIGGER_TEXT.filter(lambda s: bool(s.strip()))
HOSTILE_PARTIES = st.builds(
    Party,
    st.from_regex(r"[A-Z][A-Z0-9_]{1,5}", fullmatch=True),
    NAMES,
    st.lists(TRIGGER_TEXT, max_size=2).map(tuple),
)
HOSTILE_SOURCES = st.builds(
    Source,
    NAMES,
    st.sampled_from(SourceKind),
    st.none() | HOSTILE_PARTIES,
    st.none() | TRIGGER_TEXT | st.just(""),
)
HOSTILE_EXCHANGES = st.builds(
    lambda exchange, notes: attrs.evolve(exchange, notes=notes),
    xst.exchanges(
        parties=HOSTILE_PARTIES | xst.parties(),
        sources=st.lists(HOSTILE_SOURCES, max_size=2).map(tuple),
        ids=NAMES,
    ),
    st.lists(TRIGGER_TEXT, max_size=2).map(tuple),
)
HOSTILE_CLAIMS = st.builds(
    lambda claim, caveats: attrs.evolve(claim, caveats=caveats),
    xst.casualty_claims(subjects=HOSTILE_PARTIES, claimants=HOSTILE_SOURCES, ids=NAMES),
    st.lists(TRIGGER_TEXT, max_size=2).map(tuple),
)
HOSTILE_TALLIES = st.builds(
    lambda tally, notes: attrs.evolve(tally, notes=notes),
    xst.exchange_tallies(parties=HOSTILE_PARTIES, claimants=HOSTILE_SOURCES, ids=NAMES),
    st.lists(TRIGGER_TEXT, max_size=2).map(tuple),
)
HOSTILE_DATASETS = xst.datasets(
    exchanges=HOSTILE_EXCHANGES,
    claims=HOSTILE_CLAIMS,
    tallies=HOSTILE_TALLIES,
    max_exchanges=2,
    max_claims=2,
    max_tallies=2,
    provenance=st.lists(TRIGGER_TEXT, max_size=2, unique=True).map(tuple),
)


@settings(max_examples=60)
@given(dataset=HOSTILE_DATASETS)
def test_no_exported_cell_starts_a_formula_and_the_round_trip_holds(dataset: Dataset) -> None:
    text = export(dataset)
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not cell or cell[0] not in SPREADSHEET_TRIGGERS, cell
    assert as_dataset(parse(text)) == dataset


# -- regrouping ---------------------------------------------------------------------------


def test_rows_of_one_exchange_may_stand_apart() -> None:
    header, provenance, first, second, august, claim = export().splitlines()
    text = "\n".join([header, first, claim, august, provenance, second]) + "\n"
    assert as_dataset(parse(text)) == DATASET


def test_rows_of_one_exchange_must_agree_on_its_own_fields() -> None:
    header, provenance, first, second, *_ = export().splitlines()
    text = "\n".join([header, provenance, first, second.replace("2025-10-23", "2025-10-24", 1)])
    items = parse(text + "\n")
    errors = [item for item in items if isinstance(item, ParseError)]
    assert [(error.line, error.field) for error in errors] == [(4, "period_start")]
    assert "disagrees with its first row (line 3) on period_start" in errors[0].message
    # The disagreeing row is left out; the exchange its first row holds is kept.
    assert parse("\n".join([header, provenance, first]) + "\n")[-1] in items


def test_a_row_without_an_id_is_an_exchange_of_its_own() -> None:
    row = {
        "record_type": "exchange",
        "kind": "repatriation_of_remains",
        "period_start": "2025-08-01",
        "period_end": "2025-08-31",
        "period_precision": "month",
        "sender": "RUS",
        "receiver": "UKR",
        "category": "remains",
        "count_low": "900",
        "count_high": "1100",
        "count_best": "1000",
        "count_qualifier": "approximate",
    }
    assert parse(table(row, row)) == [AUGUST, AUGUST]


def test_a_hand_written_table_needs_only_the_columns_it_uses() -> None:
    text = table(
        {
            "record_type": "claim",
            "subject": "RUS",
            "category": "killed",
            "count_low": "135001",
            "count_qualifier": "more_than",
            "covers_start": "2022-02-24",
            "covers_end": "2025-10-01",
            "covers_precision": "range",
            "as_of_start": "2025-10-01",
            "as_of_end": "2025-10-31",
            "as_of_precision": "month",
            "claimant_name": "BBC News Russian and Mediazona",
            "claimant_kind": "media",
            "method": "documented_minimum",
            "caveats": '["a floor"]',
        }
    )
    assert parse(text) == [FLOOR]


def test_windows_line_ends_are_read() -> None:
    text = export().replace("\n", "\r\n")
    assert as_dataset(parse(text)) == DATASET


# -- errors ---------------------------------------------------------------------------


def bad_cell(column: str, value: str, row: int = 1) -> ParseError:
    """The error from an exported table with one cell changed (row 1 is the first data row)."""
    lines = export().splitlines()
    cells = next(csv.reader([lines[row + 1]]))
    cells[COLUMNS.index(column)] = value
    stream = io.StringIO()
    csv.writer(stream, lineterminator="\n").writerow(cells)
    lines[row + 1] = stream.getvalue().rstrip("\n")
    (error,) = [item for item in parse("\n".join(lines) + "\n") if isinstance(item, ParseError)]
    return error


@pytest.mark.parametrize(
    ("column", "value", "row", "field", "message"),
    [
        ("count_low", "1,000", 1, "count_low", "expected a whole number, got '1,000'"),
        ("count_high", "12", 1, "count_high", "upper bound 12 is below lower bound 1000"),
        ("count_qualifier", "about", 2, "count_qualifier", "expected one of exact"),
        ("sources", "[{", 1, "sources", "expected JSON in this cell"),
        ("sources", '[{"name": 5}]', 1, "sources[0].name", "expected a string"),
        ("sender_aliases", '"x"', 2, "sender_name", "missing (also sender_aliases: expected an"),
        ("attributed_to_party", "ZZZ", 1, "attributed_to_party", "not the code of a registered"),
        ("receiver", "RUS", 1, "receiver", "sender and receiver are both RUS"),
        ("period_precision", "", 1, "period_precision", "required field missing"),
        ("kind", "", 1, "kind", "required field missing"),
        ("as_of_start", "2025-10-32", 4, "as_of_start", "is not a calendar date"),
        ("claimant_party_name", "Russia", 4, "claimant_party", "required field missing"),
        ("method", "guess", 4, "method", "expected one of official_statement"),
        ("record_type", "transfer", 2, "record_type", "one of exchange, claim, tally, provenance"),
        ("subject", "UKR", 2, "subject", "does not apply to exchange rows"),
        ("provenance", "", 0, "provenance", "a provenance row needs an entry"),
    ],
)
def test_a_bad_cell_is_reported_by_line_and_column(
    column: str, value: str, row: int, field: str, message: str
) -> None:
    if column.startswith("period") or column in ("kind", "sources"):
        # The exchange's own fields repeat: change them on both of its rows.
        lines = export().splitlines()
        for number in (2, 3):
            cells = next(csv.reader([lines[number]]))
            cells[COLUMNS.index(column)] = value
            stream = io.StringIO()
            csv.writer(stream, lineterminator="\n").writerow(cells)
            lines[number] = stream.getvalue().rstrip("\n")
        errors = [i for i in parse("\n".join(lines) + "\n") if isinstance(i, ParseError)]
        (error,) = errors
    else:
        error = bad_cell(column, value, row)
    assert error.source == "table.csv"
    assert error.line == row + 2
    assert error.field == field
    assert message in error.message


def bad_tally_cell(column: str, value: str) -> tuple[ParseError, list[Item]]:
    """The error from a table of one tally with one cell changed, and every item read."""
    header, tally = export(Dataset(tallies=[TALLY])).splitlines()
    cells = next(csv.reader([tally]))
    cells[COLUMNS.index(column)] = value
    stream = io.StringIO()
    csv.writer(stream, lineterminator="\n").writerow(cells)
    items = parse("\n".join([header, stream.getvalue().rstrip("\n"), tally]) + "\n")
    (error,) = [item for item in items if isinstance(item, ParseError)]
    return error, items


@pytest.mark.parametrize(
    ("column", "value", "field", "message"),
    [
        ("count_low", "9 000", "count_low", "expected a whole number, got '9 000'"),
        ("exchange_count_low", "fifty", "exchange_count_low", "expected a whole number"),
        ("exchange_count_best", "7", "exchange_count_best", "best figure 7 lies outside"),
        ("exchange_count_qualifier", "about", "exchange_count_qualifier", "expected one of exact"),
        ("sender", "UKR", "receiver", "sender and receiver are both UKR"),
        ("category", "killed", "category", "expected one of remains"),
        ("covers_start", "2026-01-01", "covers_end", "is before start 2026-01-01"),
        ("claimant_name", "", "claimant_name", "required field missing"),
        ("notes", "[", "notes", "expected JSON in this cell"),
        ("relayed_by", '[{"name": 1}]', "relayed_by[0].name", "expected a string"),
        ("method", "guess", "method", "the column method does not apply to tally rows"),
        ("kind", "prisoner_swap", "kind", "the column kind does not apply to tally rows"),
    ],
)
def test_a_bad_tally_cell_is_reported_by_line_and_column(
    column: str, value: str, field: str, message: str
) -> None:
    error, items = bad_tally_cell(column, value)
    assert (error.source, error.line, error.field) == ("table.csv", 2, field)
    assert message in error.message
    assert items[-1] == TALLY


def test_exchange_columns_do_not_apply_to_claim_rows_but_notes_do_to_tallies() -> None:
    error = bad_cell("notes", '["x"]', 4)
    assert (error.line, error.field) == (6, "notes")
    assert "does not apply to claim rows" in error.message


def test_other_records_survive_a_bad_row() -> None:
    text = export().replace("135001", "lots", 1)
    items = parse(text)
    assert [type(i).__name__ for i in items] == ["Provenance", "ParseError", "Exchange", "Exchange"]


def test_a_row_with_more_cells_than_the_header_is_reported() -> None:
    text = table({"record_type": "provenance", "provenance": "x"}) + "provenance,y,surplus\n"
    items = parse(text)
    assert items[0] == Provenance("x")
    error = items[1]
    assert isinstance(error, ParseError)
    assert error.line == 3
    assert "3 cells but the header names 2" in error.message


def test_trailing_empty_cells_and_blank_rows_are_fine() -> None:
    text = table({"record_type": "provenance", "provenance": "x"}) + "\nprovenance,y,,\n"
    assert parse(text) == [Provenance("x"), Provenance("y")]


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        ("", None, "the table is empty"),
        ("record_type,colour\n", "colour", "unknown column 'colour'; the columns are record_type"),
        ("record_type,id,id\n", "id", "column 'id' appears twice"),
        ("id,kind\n", "record_type", "the header has no record_type column"),
    ],
)
def test_a_table_that_cannot_be_read_raises(text: str, field: str | None, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert (caught.value.source, caught.value.line, caught.value.field) == ("table.csv", 1, field)
    assert message in caught.value.message


def test_an_oversized_cell_raises_a_parse_error() -> None:
    text = table({"record_type": "provenance", "provenance": "x" * 200_000})
    with pytest.raises(ParseError, match="unreadable CSV"):
        parse(text)


def test_bad_encoding_raises_a_parse_error() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"record_type\nprovenance\xff\n"), encoding="utf-8")
    with pytest.raises(ParseError, match="not text in the expected encoding"):
        list(CsvParser().parse(stream, source="table.csv"))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("record_type,id,kind\nexchange", True),
        ('\ufeff"id","record_type"\r\n', True),
        ("id,kind\nrecord_type", False),
        ('{"type": "exchange"}', False),
        ('{"format": "exchangekit"}', False),
    ],
)
def test_sniff(head: str, expected: bool) -> None:
    assert CsvParser().sniff(head) is expected
