"""Spoken hedges before a figure: "a bit over", "a shade under", "something over".

A broadcast transcript bounds a figure the way people talk. The bound is a hedge
like "just over": the record keeps which side of the number the figure lies on
and never reads it as exact.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit.counts import Count

from .conftest import Read

Found = Callable[[Read], set[tuple[str, str, Count]]]


@settings(max_examples=15, deadline=None)
@given(
    thousands=st.integers(min_value=20, max_value=120),
    lead=st.sampled_from(["a bit", "a shade", "something"]),
)
def test_a_spoken_bound_on_a_loss_figure_is_kept(
    news: Callable[..., Read], found: Found, thousands: int, lead: str
) -> None:
    """ "is now a bit over 64,000": a lower bound, after a linking verb as after a verb."""
    n = thousands * 1000
    text = (
        f"The tally of Russian soldiers confirmed dead is now {lead} over {n:,}, analysts said.\n"
    )
    assert ("RUS", "killed", Count.more_than(n)) in found(news(text))


def test_a_spoken_bound_in_words_after_a_loss_verb(news: Callable[..., Read], found: Found) -> None:
    text = "Moscow has lost something under sixty thousand soldiers killed, the ministry said.\n"
    assert ("RUS", "killed", Count.fewer_than(60_000)) in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: "something" and "a bit" with no bound word after them hedge nothing
        "Something changed a bit after 400 Russian soldiers were killed, officials said.\n",
    ],
)
def test_a_spoken_word_without_a_bound_leaves_the_figure_exact(
    news: Callable[..., Read], found: Found, text: str
) -> None:
    claims = found(news(text))
    assert claims
    assert all(c.is_exact for _, _, c in claims)
