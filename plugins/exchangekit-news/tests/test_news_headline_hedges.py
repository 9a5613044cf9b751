"""A headline that drops the body's hedge does not make the body's figure exact.

"Kyiv gets 900 bodies back" over "About 900 bodies were returned on Friday" is one
figure: the headline left out "about" to save space, so the record keeps the body's
hedge. A headline giving a number the body only bounds ("1,215" over "more than
1,200") is a more precise figure and still replaces the bound.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit.counts import Count

Keyed = Callable[..., dict[tuple[str, str, str], Count]]


@settings(max_examples=25, deadline=None)
@given(
    hundreds=st.integers(min_value=3, max_value=12),
    hedge=st.sampled_from(["Some", "About", "Around", "Roughly"]),
    headline=st.sampled_from(
        ["Ukraine receives {n} bodies from Russia", "Kyiv gets {n} bodies back from Moscow"]
    ),
)
def test_the_body_hedge_stands_over_a_bare_headline_figure(
    legs: Keyed, hundreds: int, hedge: str, headline: str
) -> None:
    """Both orders of reading keep the body's "about N", never the headline's bare N."""
    n = hundreds * 100
    text = (
        f"{headline.format(n=f'{n:,}')}\n\n"
        f"KYIV, Oct 23 — {hedge} {n:,} bodies, which Russia says are those of Ukrainian "
        "soldiers, were handed over to Ukraine on Thursday, officials said.\n"
    )
    count = legs(text)[("RUS", "UKR", "remains")]
    assert not count.is_exact
    assert count.best == n


def test_a_harder_form_with_the_hedge_later_in_the_body(legs: Keyed) -> None:
    """The body opens on another matter and hedges the figure in its second sentence."""
    text = (
        "Russia returns 700 bodies to Ukraine\n\n"
        "KYIV, Oct 23 — Refrigerated wagons reached a station in the north on Thursday. "
        "They carried approximately 700 bodies handed over by Russia, the Ukrainian "
        "coordination headquarters said.\n"
    )
    count = legs(text)[("RUS", "UKR", "remains")]
    assert not count.is_exact
    assert count.best == 700


def test_a_more_precise_headline_figure_still_replaces_a_bound(legs: Keyed) -> None:
    """Near miss: "1,215" in the headline is not "more than 1,200" without its hedge."""
    text = (
        "Ukraine receives 1,215 bodies from Russia\n\n"
        "KYIV, Oct 23 — More than 1,200 bodies were handed over to Ukraine on Thursday, "
        "officials said.\n"
    )
    assert legs(text)[("RUS", "UKR", "remains")] == Count.exact(1215)
