"""A swap "agreed, in principle, on" is a plan, whatever punctuation sets off the adverbial.

"The sides agreed in principle on a swap of 90 for 90" plans a swap. A writer who sets
the adverbial off with commas ("agreed, in principle, on"), or quotes the verb with its
commas inside the quotation, still writes the same verb governing the same object, so
the swap stays a plan. A swap done after an agreement told in a clause of its own
stays done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        'Moscow and Kyiv "agreed, in principle," on a swap of 75 for 75, an aide said.',
        "Moscow and Kyiv agreed, in principle, on a swap of 75 for 75, an aide said.",
        "The negotiators agreed, after two days of talks, to an exchange of 240 for 240.",
        "Kyiv and Moscow have agreed, at least in principle, on a swap of 310 for 310.",
    ],
)
def test_news_an_agreement_past_a_comma_aside_is_a_plan(news: News, text: str) -> None:
    assert news(text).exchanges == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the agreement is one clause, the swap done is another
        "The sides agreed, and on Friday they swapped 75 for 75.",
        "After the sides agreed in May, Russia and Ukraine swapped 75 for 75 on Friday.",
    ],
)
def test_news_a_swap_done_after_an_agreement_stays_done(news: News, text: str) -> None:
    assert news(text).exchanges != []


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=2, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    aside=st.sampled_from(["in principle", "on Tuesday", "after long talks"]),
    quoted=st.booleans(),
)
def test_news_commas_around_an_agreements_adverbial_never_make_it_done(
    news: News, n: int, aside: str, quoted: bool
) -> None:
    verb = f'"agreed, {aside},"' if quoted else f"agreed, {aside},"
    text = f"Russia and Ukraine {verb} on a swap of {n:,} for {n:,}."
    assert news(text).exchanges == []
