"""A figure outside the "that" clause of "since X said <date> that ..." counts from that date.

"Kyiv has got back 2,600 soldiers since its envoy said last June that talks would go
on": the date is when it was said, but the figure stands in the main clause, so it
is a running total since then, not one handover on that date. Only a figure inside the
reported clause ("since its chief said last August that 9,000 had died") is dated
when it was said.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Moved = set[tuple[str, str, str]]
Split = Callable[[str], tuple[Moved, Moved]]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has got back 2,600 soldiers since its envoy said last June that talks would go on.",
        "Since Zelensky said in April that swaps would go on, Kyiv has got back 2,600 soldiers.",
        "Ukraine has freed 2,600 prisoners since Moscow said in April that it was ready to trade.",
    ],
)
def test_news_a_main_clause_figure_since_a_saying_is_no_one_handover(
    receipts: Split, text: str
) -> None:
    transfers, _ = receipts(text)
    assert not any(count == "2,600" for *_, count in transfers)
