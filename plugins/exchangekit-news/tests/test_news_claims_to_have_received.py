"""A side that "claims to have received" people says it received them.

"Kyiv claims to have received 140 soldiers": the perfect infinitive after a verb of
telling ("claims", "is said", "appears") tells what the teller says was done,
as "says it has received" does, not a plan as "plans to receive" does. "Does not
claim to have", "would claim to have" and "hopes to have" tell nothing done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

_PUBLISHED = date(2024, 3, 8)


_POW = PersonCategory.PRISONERS_OF_WAR


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        ("Kyiv claims to have received 140 soldiers in the swap.", ("RUS", "UKR")),
        ("The Russian side is said to have handed over 140 soldiers to Ukraine.", ("RUS", "UKR")),
        ("Moscow claimed to have got back 140 of its soldiers on Thursday.", ("UKR", "RUS")),
    ],
)
def test_the_perfect_infinitive_after_telling_is_done(
    news: Callable[..., Any], text: str, leg: tuple[str, str]
) -> None:
    assert news(text, published=_PUBLISHED).legs_by_category() == {(*leg, _POW, Count.parse("140"))}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv does not claim to have received 140 soldiers.",
        "Kyiv would claim to have received 140 soldiers.",
        "Kyiv hopes to have received 140 soldiers by Friday.",
    ],
)
def test_denied_hypothetical_or_hoped_is_not_read(news: Callable[..., Any], text: str) -> None:
    assert news(text, published=_PUBLISHED).legs_by_category() == set()


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=1_700))
def test_any_count_is_read(news: Callable[..., Any], n: int) -> None:
    text = f"Kyiv claims to have received {n:,} soldiers in the swap."
    assert news(text, published=_PUBLISHED).legs_by_category() == {
        ("RUS", "UKR", _POW, Count.parse(f"{n:,}"))
    }
