"""A toll's part told in the next sentence: "Of those killed, N were children".

Monitoring reports give a toll and then open the next sentence on it ("Of those
killed", "Of the civilians injured") to say how many of those people were children.
The part is a toll of the same kind and side as the one just told; a part told as a
place ("were in Kharkiv") or as people of another side is not read.
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
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    whole=st.integers(min_value=2_000, max_value=30_000),
    part=st.integers(min_value=10, max_value=1_900),
    opening=st.sampled_from(["Of those killed", "Of the civilians killed", "Of the dead"]),
    people=st.sampled_from(["children", "women"]),
)
def test_news_part_opened_on_the_toll_before_is_its_kind(
    news: News, found: Found, whole: int, part: int, opening: str, people: str
) -> None:
    """The part counts dead of the side just told, never hurt people or another side."""
    text = (
        f"The monitors have confirmed that {whole:,} civilians have been killed in Ukraine "
        f"since 2022. {opening}, {part:,} were {people}."
    )
    got = found(news(text))
    assert ("UKR", "killed", Count.exact(part)) in got
    assert all(count != Count.exact(part) for side, kind, count in got if kind != "killed")


def test_news_part_opened_on_the_hurt_follows_the_hurt(news: News, found: Found) -> None:
    """After a sentence with both tolls, "Of the injured" takes the hurt, not the dead."""
    text = (
        "In the first half of the year the mission recorded 1,400 civilians killed and "
        "5,200 injured across Ukraine. Of the injured, 310 were children."
    )
    got = found(news(text))
    assert ("UKR", "wounded", Count.exact(310)) in got
    assert ("UKR", "killed", Count.exact(310)) not in got


def test_news_part_opened_as_a_place_or_another_side_stays_unread(news: News, found: Found) -> None:
    """Near misses: a place ("were in Kherson") or another side's people is no such part."""
    for tail in ("85 were in Kherson", "85 were Russian citizens"):
        text = (
            "The monitors have confirmed that 9,400 civilians have been killed in Ukraine "
            f"since 2022. Of those killed, {tail}."
        )
        assert all(count != Count.exact(85) for _, _, count in found(news(text)))


def test_news_part_opened_with_no_toll_before_stays_unread(news: News, found: Found) -> None:
    """Near miss: with no toll in the sentence before, the opening has nothing to take up."""
    text = (
        "The convoy reached Zaporizhzhia on Tuesday evening. Of those killed, 12 were "
        "children, a local official said."
    )
    assert all(count != Count.exact(12) for _, _, count in found(news(text)))
