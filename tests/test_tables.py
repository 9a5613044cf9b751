"""exchangekit.tables: the tidy Arrow and pandas tables hold every field of every record."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from datetime import date
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import assume, given

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    ExportError,
    Party,
    Period,
    PersonCategory,
    Population,
    Precision,
    Qualifier,
    Quote,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit import strategies as ks
from exchangekit.tables import (
    PROVENANCE_KEY,
    TABLES,
    MissingDependencyError,
    columns,
    to_arrow,
    to_pandas,
)

Row = dict[str, Any]


def _period(row: Row, prefix: str) -> Period:
    return Period(
        row[f"{prefix}_start"], row[f"{prefix}_end"], Precision(row[f"{prefix}_precision"])
    )


def _count(row: Row, prefix: str = "") -> Count | None:
    if row[f"{prefix}qualifier"] is None:
        return None
    return Count(
        row[f"{prefix}low"],
        row[f"{prefix}high"],
        row[f"{prefix}best"],
        Qualifier(row[f"{prefix}qualifier"]),
    )


def rebuild(tables: dict[str, pa.Table]) -> Dataset:
    """The dataset the tables describe, read back from nothing but their rows."""
    rows = {name: table.to_pylist() for name, table in tables.items()}
    parties = {
        row["code"]: Party(row["code"], row["name"], row["aliases"]) for row in rows["parties"]
    }

    def party(code: str | None) -> Party | None:
        return None if code is None else parties[code]

    cited: dict[tuple[str, str, str], list[tuple[int, Source]]] = defaultdict(list)
    for row in rows["sources"]:
        source = Source(
            row["name"], SourceKind(row["kind"]), party(row["party"]), row["url"], row["published"]
        )
        cited[row["record_type"], row["record_id"], row["role"]].append((row["position"], source))
    quoted: dict[tuple[str, str], list[tuple[int, Quote]]] = defaultdict(list)
    for row in rows["quotes"]:
        quote = Quote(row["text"], row["start"], row["end"], row["document"])
        quoted[row["record_type"], row["record_id"]].append((row["position"], quote))

    def sources(kind: str, record_id: str, role: str) -> list[Source]:
        return [s for _, s in sorted(cited[kind, record_id, role], key=lambda p: p[0])]

    def quotes(kind: str, record_id: str) -> list[Quote]:
        return [q for _, q in sorted(quoted[kind, record_id], key=lambda p: p[0])]

    legs: dict[str, list[Row]] = defaultdict(list)
    for row in rows["transfers"]:
        legs[row["exchange_id"]].append(row)
    exchanges = []
    for row in rows["exchanges"]:
        vouched = dict(cited["exchange", row["id"], "attributed_to"])
        transfers = [
            Transfer(
                parties[leg["sender"]],
                parties[leg["receiver"]],
                PersonCategory(leg["category"]),
                _count(leg),
                vouched.get(leg["position"]),
            )
            for leg in sorted(legs[row["id"]], key=lambda leg: leg["position"])
        ]
        exchanges.append(
            Exchange(
                id=row["id"],
                kind=ExchangeKind(row["kind"]),
                period=_period(row, "period"),
                transfers=transfers,
                intermediaries=[parties[code] for code in row["intermediaries"]],
                sources=sources("exchange", row["id"], "source"),
                notes=row["notes"],
                quotes=quotes("exchange", row["id"]),
            )
        )
    claims = [
        CasualtyClaim(
            id=row["id"],
            subject=parties[row["subject"]],
            category=CasualtyCategory(row["category"]),
            count=_count(row),
            covers=_period(row, "covers"),
            as_of=_period(row, "as_of"),
            claimant=sources("claim", row["id"], "claimant")[0],
            method=ClaimMethod(row["method"]),
            scope=ClaimScope(row["scope"]),
            population=Population(row["population"]),
            caveats=row["caveats"],
            relayed_by=sources("claim", row["id"], "relayed_by"),
            quotes=quotes("claim", row["id"]),
        )
        for row in rows["claims"]
    ]
    tallies = [
        ExchangeTally(
            id=row["id"],
            sender=party(row["sender"]),
            receiver=parties[row["receiver"]],
            category=PersonCategory(row["category"]),
            count=_count(row),
            exchange_count=_count(row, "exchange_count_"),
            covers=_period(row, "covers"),
            as_of=_period(row, "as_of"),
            claimant=sources("tally", row["id"], "claimant")[0],
            relayed_by=sources("tally", row["id"], "relayed_by"),
            quotes=quotes("tally", row["id"]),
            notes=row["notes"],
        )
        for row in rows["tallies"]
    ]
    provenance = tables["exchanges"].schema.metadata[PROVENANCE_KEY.encode()]
    return Dataset(
        exchanges=exchanges,
        claims=claims,
        tallies=tallies,
        provenance=json.loads(provenance),
    )


def _one_spelling_per_code(dataset: Dataset) -> bool:
    tables = to_arrow(dataset)
    codes = tables["parties"].column("code").to_pylist()
    return len(codes) == len(set(codes))


@given(ks.datasets())
def test_the_tables_hold_every_field_of_every_record(dataset: Dataset) -> None:
    # Parties are written as codes, named once in the parties table; a dataset
    # spelling one code two ways cannot be told apart by code (see docs/tables.md).
    assume(_one_spelling_per_code(dataset))
    assert rebuild(to_arrow(dataset)) == dataset


@given(ks.datasets())
def test_there_is_a_row_per_record_transfer_citation_and_quote(dataset: Dataset) -> None:
    tables = to_arrow(dataset)
    assert list(tables) == list(TABLES)
    assert tables["exchanges"].num_rows == len(dataset.exchanges)
    assert tables["transfers"].num_rows == sum(len(e.transfers) for e in dataset.exchanges)
    assert tables["claims"].num_rows == len(dataset.claims)
    assert tables["tallies"].num_rows == len(dataset.tallies)
    citations = sum(
        len(e.sources) + sum(t.attributed_to is not None for t in e.transfers)
        for e in dataset.exchanges
    ) + sum(1 + len(r.relayed_by) for r in (*dataset.claims, *dataset.tallies))
    assert tables["sources"].num_rows == citations
    assert tables["quotes"].num_rows == sum(len(r.quotes) for r in dataset.records)
    for name, table in tables.items():
        assert table.column_names == list(columns(name))


@given(ks.datasets())
def test_pandas_frames_hold_the_same_values_with_nullable_integers(dataset: Dataset) -> None:
    frames = to_pandas(dataset)
    tables = to_arrow(dataset)
    assert list(frames) == list(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == list(columns(name))
        assert len(frame) == tables[name].num_rows
        assert frame.attrs["provenance"] == list(dataset.provenance)
    transfers = frames["transfers"]
    for column in ("low", "best", "high"):
        assert str(transfers[column].dtype) == "Int64"
        expected = tables["transfers"].column(column).to_pylist()
        got = [None if pd.isna(v) else int(v) for v in transfers[column]]
        assert got == expected
    assert isinstance(transfers["qualifier"].dtype, pd.CategoricalDtype)
    assert list(transfers["qualifier"].cat.categories) == [q.value for q in Qualifier]
    starts = [ts.date() for ts in frames["exchanges"]["period_start"]]
    assert starts == [e.period.start for e in dataset.exchanges]


UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
MINISTRY = Source("Ministry of Defence", SourceKind.GOVERNMENT, RUS, published=date(2025, 3, 1))


def test_an_unbounded_figure_has_a_null_high_never_a_number() -> None:
    claim = CasualtyClaim(
        subject=RUS,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(135_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 2, 28)),
        as_of=Period.day(date(2025, 2, 28)),
        claimant=Source("An open-source count", SourceKind.RESEARCH),
    )
    tables = to_arrow(Dataset(claims=[claim]))
    [row] = tables["claims"].to_pylist()
    assert (row["low"], row["best"], row["high"]) == (135_001, None, None)
    assert row["qualifier"] == "more_than"
    assert row["covers_start"] == date(2022, 2, 24)
    assert row["covers_precision"] == "range"
    frame = to_pandas(Dataset(claims=[claim]))["claims"]
    assert frame["high"].isna().all()
    assert str(frame["high"].dtype) == "Int64"


def test_the_sources_table_joins_back_to_the_transfer_it_vouches_for() -> None:
    vouched = Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000), MINISTRY)
    back = Transfer(UKR, RUS, PersonCategory.REMAINS, Count.exact(31))
    exchange = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.day(date(2025, 10, 23)),
        transfers=[back, vouched],
        sources=[Source("Coordination HQ", SourceKind.GOVERNMENT, UKR)],
    )
    sources = to_arrow(Dataset(exchanges=[exchange]))["sources"].to_pylist()
    assert [(s["role"], s["position"], s["name"]) for s in sources] == [
        ("source", 0, "Coordination HQ"),
        ("attributed_to", 1, "Ministry of Defence"),
    ]
    assert all(s["record_id"] == exchange.id for s in sources)
    assert sources[1]["published"] == date(2025, 3, 1)
    assert sources[1]["party"] == "RUS"


def test_provenance_is_kept_in_every_schema() -> None:
    tables = to_arrow(Dataset(provenance=["read from a wire report"]))
    for table in tables.values():
        assert table.schema.metadata[PROVENANCE_KEY.encode()] == b'["read from a wire report"]'
        assert table.num_rows == 0


def test_a_figure_too_large_for_64_bits_is_an_export_error_naming_it() -> None:
    exchange = Exchange(
        id="huge",
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.month(2025, 5),
        transfers=[Transfer(RUS, UKR, PersonCategory.PRISONERS_OF_WAR, Count.at_least(2**63))],
    )
    with pytest.raises(ExportError, match=r"record 'huge', field low: .*64-bit"):
        to_arrow(Dataset(exchanges=[exchange]))


def test_something_other_than_a_dataset_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="expected an exchangekit Dataset, got list"):
        to_arrow([])  # type: ignore[arg-type]


def test_columns_names_the_tables() -> None:
    assert "low" in columns("transfers")
    with pytest.raises(KeyError, match="no table is called 'people'"):
        columns("people")


@pytest.mark.parametrize(("missing", "extra"), [("pyarrow", "arrow"), ("pandas", "pandas")])
def test_a_missing_package_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, missing: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # makes ``import`` of it fail
    with pytest.raises(MissingDependencyError, match=rf"pip install 'exchangekit\[{extra}\]'"):
        to_pandas(Dataset())
    assert issubclass(MissingDependencyError, ImportError)


def test_importing_exchangekit_loads_neither_the_tables_nor_pyarrow() -> None:
    code = (
        "import sys, exchangekit; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyarrow', 'pandas') "
        "or m == 'exchangekit.tables'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_importing_the_tables_module_does_not_load_pyarrow() -> None:
    code = (
        "import sys, exchangekit.tables; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyarrow', 'pandas')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
