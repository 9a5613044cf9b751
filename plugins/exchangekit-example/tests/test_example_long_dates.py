"""A handover log with a huge ``date:`` line: one short error for that block, the rest still read.

The date goes to ``Period.parse``, whose time is linear in the length of the
text; ``benchmarks/bench_hostile.py`` measures this path at 10 kB, 100 kB and 1 MB.
"""

from __future__ import annotations

import io

import pytest
from exchangekit_example.handover_log import HandoverLogParser

from exchangekit import Count, Exchange, ParseError

GOOD = "date: 2025-10-25\nkind: prisoner swap\ntransfer: RUS -> UKR, 185 prisoners of war\n"


@pytest.mark.parametrize(
    "unit", ["-", "to ", "from 1 to ", "Russia returned 1,000 bodies to Ukraine on Thursday. "]
)
def test_a_huge_date_line_is_one_short_error(unit: str) -> None:
    date = (unit * (100_000 // len(unit) + 1))[:100_000]
    text = f"# notes\ndate: {date}\nkind: other\ntransfer: RUS -> UKR, 5 remains\n\n{GOOD}"
    error, exchange = HandoverLogParser().parse(io.StringIO(text), source="desk.handover")
    assert isinstance(error, ParseError)
    assert (error.source, error.line, error.field) == ("desk.handover", 2, "date")
    assert "characters) as a period" in error.message
    assert len(str(error)) < 1_000
    assert isinstance(exchange, Exchange)
    assert exchange.transfers[0].count == Count.exact(185)
