"""A perfect dated by a season sums the season's handovers: a running total, not one swap.

"Kyiv says 420 soldiers have come home this summer": no one handover takes three months,
so the figure counts every handover of the season and is read as a total over it. A
past simple ("In the summer, 300 came home in an exchange") may tell one swap, and is
not read as a total.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally

_DAY = date(2026, 11, 30)


def _read(text: str) -> tuple[list[Exchange], list[ExchangeTally]]:
    items = list(
        NewsParser().parse(io.StringIO(text), source="a.txt", published=_DAY, publisher="Desk")
    )
    return (
        [i for i in items if isinstance(i, Exchange)],
        [i for i in items if isinstance(i, ExchangeTally)],
    )


@given(
    season=st.sampled_from(["autumn", "summer", "spring"]),
    opener=st.sampled_from(["this", "in the"]),
    count=st.integers(min_value=120, max_value=2400),
)
def test_news_a_perfect_over_a_season_is_a_total(season: str, opener: str, count: int) -> None:
    exchanges, tallies = _read(
        f"The coordination office said on Friday that {count:,} people had been "
        f"returned to Ukraine {opener} {season}."
    )
    assert not any(t.count.best == count for e in exchanges for t in e.transfers)
    assert any(t.count.best == count and t.receiver.code == "UKR" for t in tallies)


def test_news_a_past_simple_in_a_season_is_no_total() -> None:
    # near miss: no perfect, so no sum of the season is told
    _, tallies = _read("In the summer, 300 soldiers came home to Ukraine in an exchange.")
    assert not any(t.count.best == 300 for t in tallies)
