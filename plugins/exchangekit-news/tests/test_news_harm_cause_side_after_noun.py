"""A toll caused by "the attack of <side>" is not that side's loss.

"N civilians were killed and injured as a result of the armed attack of the Russian
Federation": the side after "of" (or "by") made the attack, as "Russian aggression"
says, and "killed and injured" is one verb group before the cause. The people are the
other side's, never the attacker's own losses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=5, deadline=None)
@given(
    amount=st.integers(min_value=50, max_value=60_000),
    harm=st.sampled_from(["killed and injured", "killed", "killed and wounded"]),
    cause=st.sampled_from(
        [
            "the armed attack of the Russian Federation",
            "the aggression of Russia",
            "the invasion by Russia",
        ]
    ),
)
def test_news_the_attacker_after_of_loses_no_one(
    news: Callable[..., Any], amount: int, harm: str, cause: str
) -> None:
    """Whatever the toll and wording, the attacker named after the noun is not the loser."""
    text = f"In all, {amount:,} civilians have been {harm} as a result of {cause}."
    assert all(claim.subject.code != "RUS" for claim in news(text).claims)


@pytest.mark.parametrize("side", ["Russian", "Ukrainian"])
def test_news_people_of_a_side_named_keep_it(news: Callable[..., Any], side: str) -> None:
    """Near miss: people whose side is named are that side's, whoever the cause is."""
    text = f"In all, 700 {side} soldiers were killed in the attack."
    code = "RUS" if side == "Russian" else "UKR"
    assert {claim.subject.code for claim in news(text).claims} <= {code}
