"""A second reported clause ("and that ...") keeps its kinds of loss to its own figures.

"The minister said the enemy had lost 60,000 troops killed and that its dead and wounded
together came to 200,000": the first figure is of the killed; the pair "dead and
wounded" belongs to the second clause's figure, not to both. Told in one clause ("had
lost 60,000 troops killed and wounded") the figure stays one of dead and wounded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, Count

News = Callable[..., Any]

_DAY = date(2025, 3, 14)


def _claims(news: News, text: str) -> set[tuple[str, CasualtyCategory, Count]]:
    return {(c.subject.code, c.category, c.count) for c in news(text, published=_DAY).claims}


@pytest.mark.parametrize("joiner", ["and that", "but that"])
def test_news_killed_figure_before_a_second_that_clause_stays_killed(
    news: News, joiner: str
) -> None:
    text = (
        "The minister told parliament that Russia had lost 60,000 troops killed "
        f"{joiner} the overall number of Russian dead and wounded stood at 200,000."
    )
    found = _claims(news, text)
    assert ("RUS", CasualtyCategory.KILLED, Count.exact(60_000)) in found
    assert ("RUS", CasualtyCategory.TOTAL_LOSSES, Count.exact(60_000)) not in found


def test_news_killed_and_wounded_in_one_clause_stays_total_losses(news: News) -> None:
    """The near miss: the pair told of the figure itself still makes it the whole loss."""
    text = "The minister told parliament that Russia had lost 60,000 troops killed and wounded."
    found = _claims(news, text)
    assert ("RUS", CasualtyCategory.TOTAL_LOSSES, Count.exact(60_000)) in found
    assert ("RUS", CasualtyCategory.KILLED, Count.exact(60_000)) not in found


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(killed=st.integers(min_value=2, max_value=90).map(lambda n: n * 1_000))
def test_news_killed_before_that_clause_for_any_figure(news: News, killed: int) -> None:
    text = (
        f"The minister said Russia had lost {killed:,} soldiers killed and that "
        "the total of Russian dead and wounded was far higher."
    )
    found = _claims(news, text)
    assert ("RUS", CasualtyCategory.KILLED, Count.exact(killed)) in found
