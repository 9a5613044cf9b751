"""Each toll's own part: "N killed, including X children, and M injured, including Y children".

A part after two tolls of different kinds is refused, since it may belong to either;
when the first toll already carried its own part, the writer is giving each toll its
part in turn, and each part, a subset of its own toll, is no claim beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    dead=st.integers(min_value=1_000, max_value=40_000),
    hurt=st.integers(min_value=1_000, max_value=90_000),
    young_dead=st.integers(min_value=10, max_value=900),
    young_hurt=st.integers(min_value=10, max_value=900),
    hurt_word=st.sampled_from(["injured", "wounded"]),
    part=st.sampled_from(["children", "minors"]),
)
def test_news_each_toll_keeps_its_own_part(
    news: News,
    found: Found,
    dead: int,
    hurt: int,
    young_dead: int,
    young_hurt: int,
    hurt_word: str,
    part: str,
) -> None:
    """Each part follows its own toll, a subset of it: only the two tolls are claimed."""
    text = (
        f"Since February 2022 the monitors have confirmed that {dead:,} civilians have been "
        f"killed, including {young_dead} {part}, and {hurt:,} {hurt_word}, including "
        f"{young_hurt} {part}, in Ukraine."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.exact(dead)),
        ("UKR", "wounded", Count.exact(hurt)),
    }


def test_news_one_part_after_two_tolls_stays_unread(news: News, found: Found) -> None:
    """Near miss: with no part after the first toll, "including 40 children" may be either's."""
    text = (
        "Since 2022 the monitors have confirmed that 9,000 civilians have been killed and "
        "20,000 injured in Ukraine, including 40 children."
    )
    assert ("UKR", "wounded", Count.exact(40)) not in found(news(text))
    assert ("UKR", "killed", Count.exact(40)) not in found(news(text))
