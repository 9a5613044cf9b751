"""A count of fighters followed by a bare "lost" is their losses, killed and wounded alike.

"The ministry claimed up to 900 enemy soldiers lost over the past day": the participle,
with no object of its own, says the soldiers were lost in battle, as "lost 900 soldiers"
does; so the figure is a claim of total losses. "Soldiers who lost their lives" or
"lost contact" are other readings, and civilians "lost" are no battle losses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 3, 8)


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(120, 2_900),
    noun=st.sampled_from(["soldiers", "troops", "servicemen"]),
    when=st.sampled_from(["on Thursday", "over the past day", "in the last week"]),
)
def test_news_fighters_lost_is_a_loss_claim(
    news: News, found: Found, count: int, noun: str, when: str
) -> None:
    read = news(
        f"Moscow's defence ministry claimed {count:,} Ukrainian {noun} lost {when}.",
        published=_PUBLISHED,
    )
    assert ("UKR", "total_losses", Count.exact(count)) in found(read)
    assert not read.exchanges


def test_news_fighters_said_to_have_been_lost_with_a_cap(news: News, found: Found) -> None:
    """The harder form: a passive after "said", a cap before the figure, a briefing's day."""
    read = news(
        "Kyiv's army command said in its morning briefing that as many as 760 Russian"
        " troops had been lost along the eastern front in the previous day.",
        published=_PUBLISHED,
    )
    claimed = {(side, kind) for side, kind, _count in found(read)}
    assert ("RUS", "total_losses") in claimed


def test_news_fighters_who_lost_their_lives_or_contact_are_no_loss_total(
    news: News, found: Found
) -> None:
    """The near misses: "lost" with an object of its own, and civilians, are no total."""
    for text in (
        "The ministry said 430 Ukrainian soldiers lost contact with their units on Monday.",
        "The ministry said 430 Ukrainian civilians lost on Monday.",
        "The ministry said 430 Ukrainian soldiers lost their lives on Monday.",
    ):
        kinds = {kind for _side, kind, _count in found(news(text, published=_PUBLISHED))}
        assert "total_losses" not in kinds, text
