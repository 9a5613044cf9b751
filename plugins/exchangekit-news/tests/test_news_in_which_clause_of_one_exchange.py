"""A figure in an "in which" clause on one exchange named in a running count of exchanges.

"Since January, four swaps have been held, including the Christmas swap in December,
in which Kyiv got back 300 people": the clause sizes that one exchange, a transfer of
its own, not the running total the span before it frames. A clause on exchanges in
the plural ("four swaps, in which it got back 900 people") still sums them.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import moves, read


@pytest.mark.parametrize("noun", ["swap", "exchange", "handover"])
def test_in_which_clause_on_one_exchange_is_a_transfer(noun: str) -> None:
    """The figure of the clause on one named exchange is that exchange's transfer."""
    text = (
        "Since January, four swaps have been held, including the Christmas "
        f"{noun} in late December, in which Ukraine got back 300 people."
    )
    got = read(text, published=date(2026, 3, 1))
    assert ("RUS", "UKR", "other", 300) in moves(text, date(2026, 3, 1))
    assert all(t.count.low != 300 for t in got.tallies)


def test_in_which_clause_on_exchanges_in_the_plural_stays_a_total() -> None:
    """Near miss: a clause on several exchanges sums them, a running total."""
    text = "Since January, Ukraine has held four swaps, in which it got back 900 people."
    got = read(text, published=date(2026, 3, 1))
    assert any(t.count.low == 900 for t in got.tallies)
