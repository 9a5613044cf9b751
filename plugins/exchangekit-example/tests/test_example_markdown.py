"""Markdown tables: what a published table shows, and that no record can break it."""

from __future__ import annotations

import io
from datetime import date

from exchangekit_example.markdown import MarkdownExporter, cell
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    Count,
    Period,
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
