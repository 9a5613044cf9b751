"""A fact check's verdict on "the claim that": "We rate the claim that 40 prisoners died FALSE".

A fact check names the claim it weighs and gives its verdict; the figure inside "the
claim that ..." is the claim under review, stated by no one of record in that sentence,
and least of all by the fact checker. A claim with its maker ("Moscow's claim that")
or a figure the checker states itself stays as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@given(
    verb=st.sampled_from(["rate", "have rated", "judge"]),
    verdict=st.sampled_from(["FALSE", "UNPROVEN", "misleading"]),
    count=st.integers(min_value=12, max_value=900),
)
@_SETTINGS
def test_rated_claim_figure_is_no_claim(
    news: News, found: Found, verb: str, verdict: str, count: int
) -> None:
    """The figure of the claim a fact check rates is nobody's claim."""
    text = f"We {verb} the claim that {count} Ukrainian prisoners died in the fire {verdict}."
    assert all(c != Count.exact(count) for _, _, c in found(news(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 4,000 Ukrainian soldiers had been killed in the battle, and we rate the "
        "figure as plausible.",
        "The general staff said 4,000 Ukrainian soldiers had been killed, a figure we could "
        "not rate.",
    ],
)
def test_figure_told_beside_a_rating_stays_a_claim(news: News, found: Found, text: str) -> None:
    """Near miss: a rating verb elsewhere in the sentence leaves a figure told outright."""
    assert ("UKR", "killed", Count.exact(4000)) in found(news(text))
