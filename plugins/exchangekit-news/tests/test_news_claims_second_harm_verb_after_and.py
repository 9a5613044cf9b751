"""A second verb of harm after "and" counts the same side's civilians over the same span.

"Russian shelling has killed 300 civilians since 2022 and injured more than 900": the
second verb shares the subject and the perfect of the first, so the injured are a
running toll of the same people, hedged or not; and the attacker named in the
subject ("Russian shelling") makes the civilians the other side's. One strike's toll
("a strike killed 12 and injured 40 on Monday") stays no claim, and so does the
attacker's enemy for people "in the areas they control".
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

_DAY = date(2026, 2, 4)


def _claims(news: News, text: str) -> set[tuple[str, CasualtyCategory, Count]]:
    return {(c.subject.code, c.category, c.count) for c in news(text, published=_DAY).claims}


@pytest.mark.parametrize(
    ("text", "side", "hurt"),
    [
        (
            "Since the invasion began, Russian shelling has killed at least 3,120 civilians, "
            "among them 95 children, and injured more than 9,800.",
            "UKR",
            "more than 9,800",
        ),
        (
            "Prosecutors said Ukrainian strikes have killed at least 3,120 civilians in the "
            "border region since 2022 and injured more than 9,800.",
            "RUS",
            "more than 9,800",
        ),
        (
            "Russian drone attacks have killed 3,120 Ukrainian civilians since 2022 and "
            "wounded about 9,800.",
            "UKR",
            "about 9,800",
        ),
    ],
)
def test_news_second_harm_verb_counts_the_same_civilians(
    news: News, text: str, side: str, hurt: str
) -> None:
    found = _claims(news, text)
    killed = {c for c in found if c[1] is CasualtyCategory.KILLED}
    wounded = {c for c in found if c[1] is CasualtyCategory.WOUNDED}
    assert {c[0] for c in killed} == {side}
    assert {c[0] for c in wounded} == {side}
    assert {c[2] for c in wounded} == {Count.parse(hurt)}


def test_news_one_strike_second_harm_verb_is_no_claim(news: News) -> None:
    """The near miss: one attack's news, hedged second toll or not, is no side's toll."""
    text = "A Russian missile strike killed 12 civilians and injured more than 40 on Monday."
    assert _claims(news, text) == set()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    dead=st.integers(min_value=100, max_value=20_000),
    hurt=st.integers(min_value=100, max_value=60_000),
)
def test_news_second_harm_verb_for_any_figures(news: News, dead: int, hurt: int) -> None:
    text = (
        f"Russian attacks have killed at least {dead:,} civilians in the province since "
        f"2022 and injured more than {hurt:,}."
    )
    found = _claims(news, text)
    assert ("UKR", CasualtyCategory.WOUNDED, Count.parse(f"more than {hurt:,}")) in found
    assert ("UKR", CasualtyCategory.KILLED, Count.parse(f"at least {dead:,}")) in found


def test_news_attacker_gives_no_side_to_people_under_control(news: News) -> None:
    """The near miss: people in areas a side controls need not be the attacker's enemy."""
    text = (
        "Occupation officials said Ukrainian shelling has killed more than 2,500 civilians "
        "in the areas they control since 2022."
    )
    assert all(c[0] != "RUS" for c in _claims(news, text))
