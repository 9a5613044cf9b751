"""A figure said again after a recalled swap stays with the swap that moved it.

"... 140 Ukrainian prisoners were handed over on Friday. ... Earlier, on March 2,
90 Russian soldiers had come home. ... The statement says 140 Ukrainian prisoners
were handed over": the recalled swap tells nothing that way, and exactly one swap
told before moved that very count that way, so the figure is that swap's again, not
a leg of the recalled one. A figure the recalled swap itself gives stays its own.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def _dated_legs(text: str) -> set[tuple[str, str, str, str]]:
    """(sender, receiver, count, period) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 3, 21), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, str(t.count), str(e.period))
        for e in items
        if isinstance(e, Exchange)
        for t in e.transfers
    }


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=100, max_value=300),
    earlier=st.integers(min_value=20, max_value=99),
)
def test_the_restated_figure_is_no_leg_of_the_recalled_swap(n: int, earlier: int) -> None:
    """Whatever the counts, the recalled swap keeps only its own figure."""
    text = (
        f"On March 20, {n} Russian servicemen were returned from captivity, the Russian "
        f"defence ministry said. In exchange, {n} Ukrainian prisoners of war were handed "
        f"over, it said.\n\nEarlier, on March 2, {earlier} Russian soldiers had returned "
        f"from Ukrainian captivity.\n\nThe ministry's statement says {n} Ukrainian "
        "prisoners of war were handed over."
    )
    legs = _dated_legs(text)
    assert ("RUS", "UKR", str(n), "2025-03-20") in legs
    assert not any(period == "2025-03-02" and s == "RUS" for s, _, _, period in legs)


def test_the_recalled_swaps_own_figure_stays() -> None:
    """Near miss: the recalled swap's own figures, both ways, are its own legs."""
    text = (
        "On March 20, 150 Russian servicemen were returned from captivity, the Russian "
        "defence ministry said. In exchange, 150 Ukrainian prisoners of war were handed "
        "over.\n\nEarlier, on March 2, 90 Russian soldiers had returned from Ukrainian "
        "captivity, and 90 Ukrainian prisoners of war were handed over in exchange."
    )
    assert _dated_legs(text) >= {
        ("RUS", "UKR", "90", "2025-03-02"),
        ("UKR", "RUS", "90", "2025-03-02"),
    }
