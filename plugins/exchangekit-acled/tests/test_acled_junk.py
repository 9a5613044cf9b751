"""Junk never crashes the acled parser, and every good row survives beside the bad ones."""

from __future__ import annotations

import io
from pathlib import Path

from exchangekit_acled import AcledParser
from hypothesis import given
from hypothesis import strategies as st

import exchangekit
from exchangekit.testing import check_parser

FIXTURES = Path(__file__).parent / "fixtures"
COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "country",
    "notes",
    "fatalities",
    "timestamp",
)

GOOD = {
    "event_date": st.dates().filter(lambda d: 2000 <= d.year <= 2023).map(str),
    "time_precision": st.sampled_from(["1", "2", "3"]),
    "country": st.sampled_from(["Ukraine", "Russia", "Sudan", "Myanmar"]),
    "fatalities": st.integers(0, 5000).map(str),
    "timestamp": st.sampled_from(["", "1710000000", "2024-06-01 12:00:00"]),
    # Any text, line feeds and quotes included, so a cell may span physical lines.
    "notes": st.text(
        st.characters(exclude_categories=("Cs",), exclude_characters="\r"), max_size=20
    ),
}
BAD = {
    "event_date": st.sampled_from(["", "2023-02-30", "31/13/2020", "last week", "2023"]),
    "time_precision": st.sampled_from(["", "0", "4", "day", "1.5"]),
    "country": st.sampled_from(["", "   "]),
    "fatalities": st.sampled_from(["", "-1", "dozens", "1e3", "3.5", "twelve"]),
    "timestamp": st.sampled_from(["yesterday", "1000000", "-5", "99999999999999"]),
}
"""For each column, values that make a row unreadable (a 1970s timestamp predates every event)."""


def _cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


@st.composite
def exports(draw: st.DrawFn) -> tuple[str, list[str], dict[int, str]]:
    """An export of good and bad rows: its text, the good ids, each bad row's line and column."""
    lines = [",".join(COLUMNS)]
    good: list[str] = []
    bad: dict[int, str] = {}
    for number in range(draw(st.integers(0, 12))):
        cells = {column: draw(strategy) for column, strategy in GOOD.items()}
        event = f"EVT{number}"
        spoiled = draw(st.none() | st.sampled_from(sorted(BAD)))
        if spoiled is not None:
            cells[spoiled] = draw(BAD[spoiled])
            bad[sum(line.count("\n") + 1 for line in lines) + 1] = spoiled
        else:
            good.append(event)
        cells["event_id_cnty"] = event
        lines.append(",".join(_cell(cells[c]) for c in COLUMNS))
    return "\n".join(lines) + "\n", good, bad


@given(exports())
def test_collect_keeps_every_good_row_and_names_every_bad_one(
    export: tuple[str, list[str], dict[int, str]],
) -> None:
    text, good, bad = export
    result = exchangekit.parse(io.StringIO(text), format="acled", errors="collect")
    assert [claim.id for claim in result.dataset.claims] == good
    assert {error.line: error.field for error in result.errors} == bad


@given(
    st.lists(
        st.lists(
            st.text(max_size=12) | st.sampled_from(["1", "2024-01-05", "Ukraine"]), max_size=8
        ),
        max_size=6,
    )
)
def test_random_cells_under_an_acled_header_give_claims_or_parse_errors(
    rows: list[list[str]],
) -> None:
    text = "\n".join([",".join(COLUMNS), *(",".join(_cell(c) for c in row) for row in rows)])
    result = exchangekit.parse(io.StringIO(text), format="acled", errors="collect")
    for error in result.errors:
        assert error.line is not None
        assert error.line >= 2


def test_the_parser_keeps_the_parser_contract() -> None:
    samples = [
        (FIXTURES / name).read_text(encoding="utf-8")
        for name in ("api-layout.csv", "old-export-layout.csv")
    ]
    check_parser(AcledParser, samples=samples, max_examples=100)
