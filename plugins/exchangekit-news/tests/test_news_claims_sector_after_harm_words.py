"""A sector's losses told as "N servicemen killed and wounded in the X sector" are a share.

A daily briefing gives losses on one part of the front ("the enemy lost up to 140
servicemen killed and wounded in the Avdiivka sector") with the kinds of loss between
the noun and the sector: the sector is still the count's scope, so it is no side's
claim. A direction may name a whole operation ("the Kursk direction") and keeps its
reading, as does a figure for all directions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

_TELLER = "The Russian Defence Ministry gave its daily briefing on Sunday. "


@settings(max_examples=20, deadline=None)
@given(
    amount=st.integers(min_value=20, max_value=1_799),
    harm=st.sampled_from(["killed and wounded", "killed or wounded", "killed", "wounded"]),
    place=st.sampled_from(["the Avdiivka sector", 'the "South" zone', "the Bakhmut axis"]),
)
def test_news_a_sector_after_kinds_of_loss_is_a_share(
    news: Callable[..., Any], amount: int, harm: str, place: str
) -> None:
    """Whatever the count and kinds of loss, a named sector's losses are no claim."""
    text = (
        _TELLER + f"Over the past day, the ministry said, the enemy lost up to {amount} "
        f"servicemen {harm} in {place}."
    )
    assert news(text).claims == []


@pytest.mark.parametrize(
    "text",
    [
        _TELLER + "The enemy lost up to 140 servicemen killed and wounded in the Avdiivka "
        "sector, the ministry said.",
        _TELLER + "Over the past week, the ministry said, the enemy lost more than 900 "
        "soldiers killed or wounded on the Bakhmut axis.",
        _TELLER + "The ministry said the Ukrainian side had lost 410 troops killed in the "
        'zone of the "Centre" group.',
    ],
)
def test_news_a_sector_after_kinds_of_loss_in_other_forms(
    news: Callable[..., Any], text: str
) -> None:
    assert news(text).claims == []


def test_news_a_direction_keeps_its_reading(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: a direction may name a whole operation, so its losses stay a claim
    text = (
        _TELLER + "The ministry said Ukrainian forces had lost almost 12,000 servicemen "
        "killed and wounded in the Kursk direction since August."
    )
    assert ("UKR", "total_losses", Count.parse("almost 12,000")) in found(news(text))


def test_news_a_whole_count_without_a_sector_keeps_its_reading(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: the same briefing with no sector is the enemy's daily losses
    text = (
        _TELLER + "Over the past day, the ministry said, the enemy lost up to 640 "
        "servicemen killed and wounded in all directions."
    )
    assert ("UKR", "total_losses", Count.parse("up to 640")) in found(news(text))
