"""Irrecoverable losses glossed as the dead: the killed, not the killed or missing.

"Irrecoverable losses" alone are the killed and the missing. When an aside right after
the noun (in brackets or between dashes, before the figure) defines them by death
alone ("killed and those who died of wounds"), the teller counts the dead, and the
figure is read as killed. An aside that names the missing keeps both kinds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's intelligence service said Russia's irrecoverable losses (killed and "
            "those who died of wounds) had passed 300,000.",
            ("RUS", "killed", Count.more_than(300_000)),
        ),
        (
            'Military intelligence said that Moscow\'s "irrecoverable losses" - dead and '
            "died of their wounds - had exceeded 250,000.",
            ("RUS", "killed", Count.more_than(250_000)),
        ),
        (
            "The agency said the irrecoverable losses of the Russian forces (killed and "
            "died of wounds) had passed 280,000.",
            ("RUS", "killed", Count.more_than(280_000)),
        ),
    ],
)
def test_news_irrecoverable_losses_glossed_as_dead_are_killed(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the aside names the missing too
        "Kyiv's intelligence service said Russia's irrecoverable losses (killed and "
        "missing) had passed 300,000.",
        # near-miss: no aside at all
        "Kyiv's intelligence service said Russia's irrecoverable losses had passed 300,000.",
    ],
)
def test_news_irrecoverable_losses_not_glossed_as_dead_stay_killed_or_missing(
    found: Callable[..., Any], news: News, text: str
) -> None:
    assert found(news(text)) == {("RUS", "killed_or_missing", Count.more_than(300_000))}


@given(st.integers(min_value=2_200, max_value=900_000))
def test_news_a_dead_gloss_never_widens_or_drops_the_figure(news: News, n: int) -> None:
    text = (
        f"Ukraine's intelligence said Russia's irrecoverable losses (killed and those "
        f"who died of wounds) had exceeded {n:,}."
    )
    kinds = {(c.subject.code, c.category.value, c.count) for c in news(text).claims}
    assert kinds == {("RUS", "killed", Count.more_than(n))}
