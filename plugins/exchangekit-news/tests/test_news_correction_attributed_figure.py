"""A correction notice saying whom the newsroom wrongly gave a figure to: no claim.

"Correction: the number of 4,200 killed, which we attributed to Kyiv, came from a
Western estimate": the figure is the error the notice sets right, so it is not read
as the claim of the teller it names. Outside a correction the same relative clause
with another subject ("which the ministry attributed to ...") keeps the claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Correction: the number of 4,200 Russian soldiers killed, which we attributed to "
        "Ukraine's General Staff, came from a British intelligence update.",
        "Correction to an earlier post: we wrongly attributed the toll of 2,750 Ukrainian "
        "troops killed to the Russian defence ministry; it was a Western estimate.",
        "Correction: the tally of about 900 Russian servicemen captured, which we "
        "attributed to Kyiv, was given by a private monitoring group.",
    ],
)
def test_news_a_figure_a_correction_says_we_attributed_is_no_claim(news: News, text: str) -> None:
    assert news(text).claims_by_claimant() == set()


def test_news_a_figure_someone_else_attributed_keeps_its_claim(news: News) -> None:
    text = (
        "The figure of 4,200 Russian soldiers killed, which the ministry attributed to "
        "Ukraine's General Staff, was published on Monday."
    )
    assert news(text).claims_by_claimant() == {
        ("RUS", "killed", Count.parse("4,200"), "General Staff of the Armed Forces of Ukraine")
    }


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=2200, max_value=90_000))
def test_news_no_correction_figure_is_ever_a_claim(news: News, n: int) -> None:
    text = (
        f"Correction: the figure of {n:,} Russian troops killed, which we attributed to "
        "Ukraine's General Staff, was a Western estimate."
    )
    assert news(text).claims_by_claimant() == set()
