"""A toll of soldiers a teller "puts at" a figure is the soldiers' toll beside civilian ones.

"He put the toll of killed and wounded soldiers at about 100,000, and said some 30,000
civilians had died": the people of the first toll are named before "at" (past the loss
words that qualify them), so the civilians told in the same sentence do not make it a
civilian figure, and it is read as the side's total losses. A toll of civilians put the
same way is read as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("the toll of killed and wounded soldiers", "total_losses"),
        ("the toll of dead and wounded Ukrainian troops", "total_losses"),
        ("the number of killed or wounded servicemen", "total_losses"),
    ],
)
def test_news_toll_of_soldiers_put_at_is_read_beside_civilians(
    news: News, found: Found, head: str, kind: str
) -> None:
    text = (
        "Kyiv says 9,000 Ukrainian civilians have been killed. "
        f"A Western general put {head} at about 100,000, and said 2,000 civilians were hurt."
    )
    assert ("UKR", kind, Count.parse("about 100,000")) in found(news(text))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=20, max_value=400).map(lambda k: k * 1000))
def test_news_civilians_beside_a_soldiers_toll_never_drop_it(
    news: News, found: Found, n: int
) -> None:
    told = (
        "Kyiv says 9,000 Ukrainian civilians have been killed. "
        f"A Western general put the toll of killed and wounded soldiers at {n:,}"
    )
    alone = found(news(f"{told}."))
    beside = found(news(f"{told}, and said 2,000 civilians were hurt."))
    assert ("UKR", "total_losses", Count.exact(n)) in alone & beside
