"""Running totals told with the rank of the exchange just told: dated by that exchange.

"The headquarters described it as the 58th exchange and said 3,900 had come home" and
"the swap was the 58th of the war and that, in all, 3,900 had come home": the rank and
the total are one statement about the exchange, so the total stands on its day, not on
the day of the story.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# published Wednesday 22 October 2025; the swap told is Monday's
_PUBLISHED = date(2025, 10, 22)
_SWAP = (
    "KYIV, Oct 22 (Desk) - Russia released 95 Ukrainian soldiers on Monday and received "
    "95 of its own servicemen in return.\n\n"
)


def test_news_total_told_with_it_described_as_the_nth_exchange_stands_on_its_day(
    news: News,
) -> None:
    result = news(
        _SWAP + "The ombudsman's office described it as the 58th exchange since 2022 and "
        "said 3,900 Ukrainians had been brought home in all.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-10-20"]


def test_news_total_told_after_the_swap_was_the_nth_of_the_war_stands_on_its_day(
    news: News,
) -> None:
    # a harder form: the rank after the noun, "of the war", and the total in a second
    # "that" clause opened by "in all"
    result = news(
        _SWAP + "Across the country, officials said that the swap was the 58th of the war "
        "and that, in all, 3,900 Ukrainians had been freed since 2022.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-10-20"]


def test_news_total_beside_a_rank_of_something_else_keeps_the_days_date(news: News) -> None:
    # near miss: a ranked meeting is not the exchange; the total is as of the story
    result = news(
        _SWAP + "Officials said the meeting was the 58th of the talks and that 3,900 "
        "Ukrainians had been brought home in all.",
        published=_PUBLISHED,
    )
    assert "2025-10-20" not in {str(t.as_of) for t in result.tallies}


@_SETTINGS
@given(
    rank=st.sampled_from(["58th", "61st", "62nd", "63rd"]),
    noun=st.sampled_from(["exchange", "swap", "handover"]),
    n=st.integers(min_value=1_500, max_value=9_999),
)
def test_news_a_ranked_exchange_dates_the_total_of_its_statement(
    news: News, rank: str, noun: str, n: int
) -> None:
    result = news(
        _SWAP + f"Kyiv said the {noun} was the {rank} of the war and that {n:,} Ukrainians "
        "had been returned so far.",
        published=_PUBLISHED,
    )
    assert {str(t.as_of) for t in result.tallies} == {"2025-10-20"}
