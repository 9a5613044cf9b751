"""A figure followed by a list of kinds of loss counts all of them, whatever kind opens it.

"up to 40,000 killed, wounded, captured or missing" and "30,000 troops had been killed,
wounded or taken prisoner" sum every kind the list names, so the figure is one of
total losses; the list's first word ("killed") is not the figure's kind. A figure of
the dead alone keeps its kind.
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

_PUBLISHED = date(2024, 6, 12)


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(2_200, 90_000),
    kinds=st.sampled_from(
        [
            "killed, wounded, captured or missing",
            "killed, wounded or captured",
            "dead, wounded or missing",
            "killed, injured, captured or missing",
        ]
    ),
)
def test_news_list_opening_the_noun_group_is_total_losses(
    news: News, found: Found, count: int, kinds: str
) -> None:
    read = news(
        f"A Western defence official told reporters that Moscow had lost as many as "
        f"{count:,} {kinds} since the invasion began.",
        published=_PUBLISHED,
    )
    got = found(read)
    assert ("RUS", "total_losses", Count.parse(f"as many as {count:,}")) in got
    assert not any(category == "killed" for _, category, _ in got)


def test_news_list_with_its_quantifier_is_total_losses(news: News, found: Found) -> None:
    read = news(
        "An alliance official said it estimated that 6,000 to 9,000 Russian troops had "
        "died, with up to 25,000 killed, wounded, captured or missing in all.",
        published=_PUBLISHED,
    )
    got = found(read)
    assert ("RUS", "total_losses", Count.parse("up to 25,000")) in got
    assert ("RUS", "killed", Count.parse("up to 25,000")) not in got


def test_news_list_after_the_auxiliaries_is_total_losses(news: News, found: Found) -> None:
    read = news(
        "British intelligence said on Tuesday that about 31,000 Russian soldiers had been "
        "killed, wounded, captured or gone missing.",
        published=_PUBLISHED,
    )
    got = found(read)
    assert not any(category == "killed" for _, category, _ in got)
    read = news(
        "British intelligence said on Tuesday that 31,000 Russian soldiers were killed, "
        "wounded or captured.",
        published=_PUBLISHED,
    )
    assert ("RUS", "total_losses", Count.exact(31_000)) in found(read)


def test_news_the_dead_alone_keep_their_kind(news: News, found: Found) -> None:
    read = news(
        "British intelligence said on Tuesday that 14,500 Russian soldiers had been killed.",
        published=_PUBLISHED,
    )
    assert ("RUS", "killed", Count.exact(14_500)) in found(read)
