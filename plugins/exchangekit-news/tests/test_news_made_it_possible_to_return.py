"""What an exchange "made it possible to return": done, as "was possible to return" is.

"The swap also made it possible to return 20 civilians to Russia": the past of "make it
possible" says the return took place, so its infinitive is no plan. "Would have made it
possible", "did not make it possible" and "will make it possible" keep it unread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

_PUBLISHED = date(2025, 2, 6)


@pytest.mark.parametrize(
    "text",
    [
        "The ombudsman said the swap had also made it possible to return to Russia three "
        "residents of the Belgorod region.",
        "The swap also made it possible to return three Belgorod residents to Russia.",
        "Wednesday's exchange made it possible to return three civilians to Russia, the "
        "ombudsman said.",
    ],
)
def test_made_it_possible_is_done(news: Callable[..., Any], text: str) -> None:
    assert news(text, published=_PUBLISHED).legs_by_category() == {
        ("UKR", "RUS", PersonCategory.CIVILIANS, Count.parse("3"))
    }


@pytest.mark.parametrize(
    "text",
    [
        "The deal would have made it possible to return three civilians to Russia.",
        "The deal did not make it possible to return three civilians to Russia.",
        "The deal will make it possible to return three civilians to Russia.",
    ],
)
def test_a_might_have_been_or_a_plan_is_not_read(news: Callable[..., Any], text: str) -> None:
    assert news(text, published=_PUBLISHED).legs_by_category() == set()


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=1_700))
def test_any_count_is_read(news: Callable[..., Any], n: int) -> None:
    text = f"The swap also made it possible to return {n:,} civilians to Russia."
    assert news(text, published=_PUBLISHED).legs_by_category() == {
        ("UKR", "RUS", PersonCategory.CIVILIANS, Count.parse(f"{n:,}"))
    }
