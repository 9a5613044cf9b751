"""libhxl, the HXL reference library, reads the export: its tags, and the values under them."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

import hxl
import pytest
from exchangekit_hxl import COLUMNS

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    ExportError,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.api import export

UKR, RUS, ICRC = Party.lookup("UKR"), Party.lookup("RUS"), Party.lookup("ICRC")

HANDOVER = Exchange(
    id="handover-2025-10-23",
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
)
FLOOR = CasualtyClaim(
    id="rus-killed",
    subject=RUS,
    category=CasualtyCategory.KILLED,
    count=Count.more_than(135_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
    as_of=Period.day(date(2025, 10, 23)),
    claimant=Source('=HYPERLINK("http://x")', SourceKind.MEDIA, url="https://example.org/c"),
    method=ClaimMethod.DOCUMENTED_MINIMUM,
)
TALLY = ExchangeTally(
    id="remains-since-2022",
    receiver=UKR,
    sender=RUS,
    category=PersonCategory.REMAINS,
    count=Count.approx(9000),
    covers=Period.between(date(2022, 1, 1), date(2025, 10, 23)),
    as_of=Period.day(date(2025, 10, 23)),
    claimant=Source("Coordination headquarters", SourceKind.GOVERNMENT, party=UKR),
)
DATASET = Dataset(exchanges=[HANDOVER], claims=[FLOOR], tallies=[TALLY])


@pytest.fixture
def rows(write: Callable[[Dataset], str]) -> list[hxl.model.Row]:
    return list(hxl.data(io.BytesIO(write(DATASET).encode("utf-8"))))


def test_libhxl_finds_every_column_with_its_tag(write: Callable[[Dataset], str]) -> None:
    source = hxl.data(io.BytesIO(write(DATASET).encode("utf-8")))
    assert [column.display_tag for column in source.columns] == [c.tag for c in COLUMNS]
    assert [column.header for column in source.columns] == [c.header for c in COLUMNS]


def test_each_transfer_claim_and_tally_is_a_row(rows: list[hxl.model.Row]) -> None:
    assert [row.get("#meta+x_record") for row in rows] == ["exchange", "exchange", "claim", "tally"]
    assert [row.get("#meta+id") for row in rows] == [
        "handover-2025-10-23",
        "handover-2025-10-23",
        "rus-killed",
        "remains-since-2022",
    ]


def test_transfer_rows_hold_the_parties_figures_and_who_vouches(
    rows: list[hxl.model.Row],
) -> None:
    first, second = rows[0], rows[1]
    assert first.get("#country+code+x_sender") == "RUS"
    assert first.get("#country+code+x_receiver") == "UKR"
    assert first.get("#affected+x_remains") == "1000"
    assert second.get("#affected+x_remains") == "31"
    assert first.get("#event+type") == "repatriation_of_remains"
    assert first.get("#date+occurred") == "2025-10-23"
    assert first.get("#org+x_intermediary") == "ICRC"
    assert first.get("#meta+source-x_kind") == "Russian side"
    assert first.get("#meta+source+x_kind") == "government"
    assert first.get("#country+code+x_source") == "RUS"
    assert second.get("#meta+source") is None


def test_a_claim_row_holds_its_figure_bounds_and_dates(rows: list[hxl.model.Row]) -> None:
    claim = rows[2]
    assert claim.get("#affected+killed-x_low-x_high-x_best") == "135001"
    assert claim.get("#affected+x_low") == "135001"
    assert claim.get("#affected+x_high") is None
    assert claim.get("#affected+x_best") is None
    assert claim.get("#meta+x_qualifier") == "more_than"
    assert claim.get("#country+code-x_sender-x_receiver-x_source") == "RUS"
    assert claim.get("#date+occurred") == "2022-02-24/2025-10-23"
    assert claim.get("#date+reported") == "2025-10-23"
    assert claim.get("#meta+x_method") == "documented_minimum"
    assert claim.get("#meta+x_population") == "combatants"
    assert claim.get("#meta+url") == "https://example.org/c"


def test_the_headline_figure_is_the_best_when_given(rows: list[hxl.model.Row]) -> None:
    tally = rows[3]
    assert tally.get("#affected+x_remains") == "9000"
    assert (tally.get("#affected+x_low"), tally.get("#affected+x_high")) == ("8100", "9900")
    assert tally.get("#affected+x_best") == "9000"


def test_libhxl_sums_the_killed_column_across_rows(write: Callable[[Dataset], str]) -> None:
    source = hxl.data(io.BytesIO(write(DATASET).encode("utf-8")))
    values = source.get_value_set("#affected+killed-x_low-x_high-x_best")
    total = sum(int(v) for v in values if v)
    assert total == 135_001


def test_a_formula_in_a_source_name_is_neutralised(write: Callable[[Dataset], str]) -> None:
    cells = [cell for row in csv.reader(io.StringIO(write(DATASET))) for cell in row]
    assert '\'=HYPERLINK("http://x")' in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_a_party_the_registry_does_not_define_is_refused() -> None:
    militia = Party("MIL", "A local militia")
    claim = CasualtyClaim(
        id="militia",
        subject=militia,
        category=CasualtyCategory.KILLED,
        count=Count.exact(3),
        covers=Period.day(date(2025, 1, 1)),
        as_of=Period.day(date(2025, 1, 2)),
        claimant=Source("Local radio"),
    )
    with pytest.raises(ExportError, match=r"record 'militia', field subject: party 'MIL'"):
        export(Dataset(claims=[claim]), io.StringIO(), format="hxl")
