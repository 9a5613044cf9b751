"""Markdown tables: what a published table shows, and that no record can break it."""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_example.markdown import MarkdownExporter, cell
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    Count,
    ExchangeTally,
    Period,
    PersonCategory,
    Source,
    SourceKind,
)

RUSSIA = DEFAULT_REGISTRY.lookup("RUS")


def test_a_claim_row_keeps_the_qualifier_and_the_interval() -> None:
    floor = CasualtyClaim(
        subject=RUSSIA,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(135_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 31)),
        as_of=Period.month(2025, 10),
        claimant=Source("BBC Russian and Mediazona", SourceKind.MEDIA),
        method=ClaimMethod.DOCUMENTED_MINIMUM,
        caveats=["a floor: the true toll is likely far higher"],
    )
    out = io.StringIO()
    MarkdownExporter().write([floor], out)
    row = next(line for line in out.getvalue().splitlines() if line.startswith("| RUS"))
    assert "| more than 135,000 | 135,001 | no upper bound |" in row
    assert "| documented minimum |" in row
    assert "a floor: the true toll is likely far higher" in row
    assert "No exchanges." in out.getvalue()


def test_tallies_get_their_own_table_after_the_claims() -> None:
    tally = ExchangeTally(
        receiver=DEFAULT_REGISTRY.lookup("UKR"),
        sender=RUSSIA,
        category=PersonCategory.REMAINS,
        count=Count.more_than(9_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
        as_of=Period.day(date(2025, 10, 23)),
        claimant=Source("Coordination Headquarters", SourceKind.GOVERNMENT),
        exchange_count=Count.exact(58),
    )
    out = io.StringIO()
    MarkdownExporter().write([tally], out)
    text = out.getvalue()
    assert text.index("No casualty claims.") < text.index("## Stated tallies")
    assert text.index("## Stated tallies") < text.index("## Provenance")
    row = next(line for line in text.splitlines() if line.startswith("| UKR"))
    assert row.startswith("| UKR | RUS | remains | more than 9,000 | 9,001 | no upper bound | 58 |")
    assert row.endswith(f"| {tally.id} |")


def test_a_claim_after_a_tally_is_refused() -> None:
    tally = ExchangeTally(
        receiver=RUSSIA,
        category=PersonCategory.PRISONERS_OF_WAR,
        count=Count.exact(4_000),
        covers=Period.year(2024),
        as_of=Period.year(2024),
        claimant=Source("Ministry of Defence"),
    )
    claim = CasualtyClaim(
        subject=RUSSIA,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(135_000),
        covers=Period.year(2025),
        as_of=Period.year(2025),
        claimant=Source("Mediazona"),
    )
    with pytest.raises(ValueError, match="came after the stated tallies"):
        MarkdownExporter().write([tally, claim], io.StringIO())


def test_an_empty_dataset_still_has_every_section() -> None:
    out = io.StringIO()
    MarkdownExporter().write([], out)
    assert out.getvalue() == (
        "## Exchanges\n\nNo exchanges.\n\n"
        "## Casualty claims\n\nNo casualty claims.\n\n"
        "## Provenance\n\nNone recorded.\n"
    )


@given(text=st.text())
def test_no_text_can_break_out_of_its_cell(text: str) -> None:
    escaped = cell(text)
    assert "\n" not in escaped
    assert "\r" not in escaped
    assert "<" not in escaped.replace("<br>", "")
    # Every pipe is escaped, so the cell cannot open a new column.
    assert escaped.replace("\\\\", "").count("|") == escaped.replace("\\\\", "").count("\\|")
