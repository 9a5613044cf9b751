"""A total of losses that "had likely passed" a figure is the total that passed it.

"Russian casualties were running at about 1,000 a day and the total had likely
exceeded 950,000": a hedging adverb between "the total" and the verb that reaches the
figure leaves the total linked to it, as "the total had exceeded" is.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Count

from .conftest import read


def claims(text: str) -> list[CasualtyClaim]:
    """The casualty claims the parser reads in ``text``, published 3 March 2025."""
    return read(text, source="a.txt", published=date(2025, 3, 3), publisher="Desk").claims


SIDES = {"RUS": "Russian", "UKR": "Ukrainian"}


@settings(max_examples=40, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    hedge=st.sampled_from(("", "likely ", "probably ", "possibly ", "reportedly ")),
    verb=st.sampled_from(("exceeded", "passed", "surpassed")),
    rate=st.integers(min_value=200, max_value=1_500),
    n=st.integers(min_value=100_000, max_value=900_000),
)
def test_news_a_hedged_total_after_a_daily_rate_is_more_than_its_figure(
    side: str, hedge: str, verb: str, rate: int, n: int
) -> None:
    text = (
        f"Western analysts said {SIDES[side]} casualties were running at about {rate:,} a "
        f"day and that the total had {hedge}{verb} {n:,}."
    )
    found = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert (side, "total_losses", Count.more_than(n)) in found, text
    assert all(c.count != Count.more_than(rate) for c in claims(text))


def test_news_a_hedged_total_of_something_else_is_no_toll() -> None:
    """Near miss: the total cost of a programme is no count of losses."""
    text = (
        "Russian casualties were high, officials said, and the total cost of the programme "
        "had likely exceeded 950,000 dollars."
    )
    assert all(c.count != Count.more_than(950_000) for c in claims(text))
