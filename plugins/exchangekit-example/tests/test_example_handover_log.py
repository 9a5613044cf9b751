"""The handover log: reading what a desk writes by hand, and reporting what is wrong in it."""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_example.handover_log import (
    HandoverLogExporter,
    HandoverLogParser,
    escape,
    unescape,
)
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    Count,
    ExchangeKind,
    ExchangeTally,
    ParseError,
    Party,
    Period,
    PersonCategory,
    Source,
)
from exchangekit.formats import Item, Provenance


def read(text: str, **options: object) -> list[Item]:
    return list(HandoverLogParser().parse(io.StringIO(text), source="desk.handover", **options))


def test_the_thursday_handover_reads_as_written() -> None:
    [provenance, exchange] = read(
        "# exchangekit handover log\n\n"
        "provenance: Desk notes, week 43\n\n"
        "date: 23 October 2025\n"
        "kind: Repatriation of remains\n"
        "transfer: Moscow -> Kyiv, 1,000 remains\n"
        "  according to: Russian side | government | RUS\n"
        "transfer: UKR -> RUS, 31 remains\n"
        "via: Red Cross\n"
    )
    assert provenance == Provenance("Desk notes, week 43")
    assert exchange.kind is ExchangeKind.REPATRIATION_OF_REMAINS
    assert exchange.period == Period.day(date(2025, 10, 23))
    to_kyiv, to_moscow = exchange.transfers
    assert (to_kyiv.sender.code, to_kyiv.receiver.code) == ("RUS", "UKR")
    assert to_kyiv.count == Count.exact(1000)
    assert to_kyiv.attributed_to is not None
    assert to_kyiv.attributed_to.party == DEFAULT_REGISTRY.lookup("RUS")
    assert to_moscow.category is PersonCategory.REMAINS
    assert to_moscow.attributed_to is None
    assert [p.code for p in exchange.intermediaries] == ["ICRC"]


def test_a_vague_monthly_figure_keeps_its_uncertainty() -> None:
    [exchange] = read(
        "date: August 2025\nkind: repatriation of remains\n"
        "transfer: RUS -> UKR, around 1,000 remains\n"
    )
    assert exchange.transfers[0].count == Count.approx(1000)
    assert exchange.period == Period.month(2025, 8)


@pytest.mark.parametrize(
    ("block", "line", "field", "message"),
    [
        (
            "date: 2025-10-23\nkind: swap\ntransfer: RUS -> UKR, 5 remains\n",
            2,
            "kind",
            "'swap' is not a kind of exchange",
        ),
        (
            "date: on Thursday\nkind: other\ntransfer: RUS -> UKR, 5 remains\n",
            1,
            "date",
            "relative to when it was written",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS to UKR, 5 remains\n",
            3,
            "transfer",
            "is not 'SENDER -> RECEIVER, COUNT CATEGORY'",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> Atlantis, 5 remains\n",
            3,
            "transfer",
            "no registered party is called 'Atlantis'",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> UKR, some remains\n",
            3,
            "transfer",
            "cannot read 'some' as a count",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> UKR, 5 horses\n",
            3,
            "transfer",
            "does not end with who was handed over",
        ),
        ("date: 2025-10-23\nkind: other\n", 1, "transfer", "has no 'transfer' line"),
        ("kind: other\ntransfer: RUS -> UKR, 5 remains\n", 1, "date", "has no 'date' line"),
        ("date: 2025-10-23\ndate: 2025-10-24\n", 2, "date", "a block has one 'date' line"),
        (
            "date: 2025-10-23\nkind: other\nvia: ICRC\naccording to: Kremlin\n",
            4,
            "according to",
            "must follow a 'transfer' line",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> RUS, 5 remains\n",
            3,
            "transfer",
            "sender and receiver are both RUS",
        ),
        ("date: 2025-10-23\nwhen: yesterday\n", 2, None, "unknown key 'when'; keys are date"),
        ("date: 2025-10-23\ntransfr: RUS -> UKR, 5 remains\n", 2, None, "did you mean 'transfer'"),
        ("date: 2025-10-23\njust some words\n", 2, None, "'just some words' is not 'key: value'"),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> UKR, 5 remains\n"
            "source: BBC | tabloid\n",
            4,
            "source",
            "source kinds: government",
        ),
    ],
)
def test_a_bad_block_is_an_error_naming_line_and_key(
    block: str, line: int, field: str | None, message: str
) -> None:
    good = "date: 2025-10-25\nkind: prisoner swap\ntransfer: RUS -> UKR, 185 prisoners of war\n"
    items = read(f"{block}\n{good}")
    error, exchange = items
    assert isinstance(error, ParseError)
    assert (error.source, error.line, error.field) == ("desk.handover", line, field)
    assert message in error.message
    assert exchange.transfers[0].count == Count.exact(185)


def test_parties_outside_the_registry_need_a_registry_on_both_sides() -> None:
    dprk = Party("DPRK", "North Korea")
    registry = DEFAULT_REGISTRY.with_parties([dprk])
    text = "date: 2025-10-23\nkind: other\ntransfer: DPRK -> RUS, 5 prisoners of war\n"
    [exchange] = read(text, registry=registry)
    assert exchange.transfers[0].sender == dprk
    out = io.StringIO()
    with pytest.raises(ValueError, match="pass registry= with it to export and parse"):
        HandoverLogExporter().write([exchange], out)
    HandoverLogExporter().write([exchange], out, registry=registry)
    assert read(out.getvalue(), registry=registry) == [exchange]


def test_claims_are_refused_with_a_clear_error() -> None:
    claim = CasualtyClaim(
        subject=DEFAULT_REGISTRY.lookup("UKR"),
        category=CasualtyCategory.KILLED,
        count=Count.more_than(46_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 2, 28)),
        as_of=Period.month(2025, 2),
        claimant=Source("President of Ukraine"),
    )
    with pytest.raises(ValueError, match="a handover log holds exchanges only"):
        HandoverLogExporter().write([claim], io.StringIO())


def test_tallies_are_refused_with_a_clear_error() -> None:
    tally = ExchangeTally(
        receiver=DEFAULT_REGISTRY.lookup("UKR"),
        category=PersonCategory.REMAINS,
        count=Count.approx(9_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
        as_of=Period.day(date(2025, 10, 23)),
        claimant=Source("Coordination Headquarters"),
    )
    with pytest.raises(ValueError, match=f"tally {tally.id!r}: a handover log holds exchanges"):
        HandoverLogExporter().write([tally], io.StringIO())


def test_unknown_options_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="takes only registry="):
        HandoverLogParser().parse(io.StringIO(""), source="x", strict=True)
    with pytest.raises(TypeError, match="registry= must be a PartyRegistry"):
        HandoverLogParser().parse(io.StringIO(""), source="x", registry="default")


@given(text=st.text())
def test_escaped_text_is_one_line_that_reads_back_unchanged(text: str) -> None:
    line = escape(text)
    assert "\n" not in line
    assert "\r" not in line
    assert line == line.strip()
    assert unescape(line) == text
