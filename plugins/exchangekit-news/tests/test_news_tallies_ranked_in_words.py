"""Running totals told beside a rank spelled as a word, or raised by "that": dated by the swap.

"The mediator said it was the sixth exchange it had arranged and that 2,300 had been freed
through its efforts": the rank written "sixth" ranks the swap just told exactly as "6th"
does, so the total stands on that swap's day. Likewise "that brings the total to ..."
after a handover: the demonstrative is the handover, as "this" is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# published Thursday 13 March 2025; the swap told is Tuesday's
_PUBLISHED = date(2025, 3, 13)
_SWAP = "On Tuesday, Russia and Ukraine exchanged 120 prisoners of war each. "
_BODIES = "On Tuesday, Moscow handed Kyiv the bodies of 757 fallen soldiers. "


@pytest.mark.parametrize(
    "told",
    [
        "The swap was arranged by Turkey, which said it was the sixth exchange it had "
        "mediated and that the number of captives swapped through its mediation had "
        "reached 2,310.",
        "Officials in Kyiv described it as the fourth exchange this year and said 4,450 "
        "Ukrainians had been brought home in all.",
        "Ukraine's headquarters said the exchange was the ninth of the year and that, in "
        "all, 4,450 Ukrainians had been freed since 2022.",
    ],
)
def test_news_total_beside_a_rank_in_words_stands_on_the_swaps_day(news: News, told: str) -> None:
    result = news(_SWAP + told, published=_PUBLISHED)
    assert [str(t.as_of) for t in result.tallies] == ["2025-03-11"]


@pytest.mark.parametrize(
    "told",
    [
        "According to the ministry, that brings the total returned to Ukraine this year to "
        "more than 4,100.",
        "By our count, that brings the total repatriated to Ukraine this year to 4,100.",
        "That takes the total handed back to Ukraine since January to about 4,100.",
    ],
)
def test_news_total_that_the_handover_brought_stands_on_its_day(news: News, told: str) -> None:
    result = news(_BODIES + told, published=_PUBLISHED)
    assert [(str(t.as_of), t.receiver.code) for t in result.tallies] == [("2025-03-11", "UKR")]


def test_news_total_beside_a_rank_of_something_else_in_words_keeps_the_days_date(
    news: News,
) -> None:
    # near miss: the ranked thing is a round of talks, not the exchange; the total is
    # as of the story
    result = news(
        _SWAP + "Officials said it was the sixth round of talks this year and that 4,450 "
        "Ukrainians had been brought home in all.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-03-13"]


def test_news_total_a_law_brought_is_not_dated_by_the_swap(news: News) -> None:
    # near miss: "that" opens a clause about something other than the handover
    result = news(
        _BODIES + "Officials praised a decree that brought the number of forensic experts to 400.",
        published=_PUBLISHED,
    )
    assert result.tallies == []


@_SETTINGS
@given(
    total=st.integers(min_value=2_200, max_value=99_000),
    rank=st.sampled_from(["second", "third", "fifth", "seventh", "eighth", "tenth"]),
)
def test_news_total_beside_any_spelled_rank_keeps_its_count_on_the_swaps_day(
    news: News, total: int, rank: str
) -> None:
    result = news(
        # no "now": only the spelled rank ties the total to the swap
        _SWAP + f"Kyiv said it was the {rank} exchange of the year and that {total:,} "
        "Ukrainians had been freed since 2022.",
        published=_PUBLISHED,
    )
    assert [(str(t.as_of), t.count) for t in result.tallies] == [
        ("2025-03-11", Count.parse(f"{total:,}"))
    ]


def test_news_total_that_sums_several_days_is_not_one_handovers(news: News) -> None:
    # near miss: "over the three days" sums more handovers than the one told, so the day
    # of that one is not the total's; the days are not told, and the story's day stands
    result = news(
        _BODIES + "Officials said further groups followed. That brings the total over the "
        "three days to 2,300 bodies returned to Ukraine.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-03-13"]


@pytest.mark.parametrize(
    "told",
    [
        # "that" after a noun is a relative pronoun: the total is that noun's, not the swap's
        "Kyiv is pressing for a deal that brings the total returned to Ukraine to 6,000.",
        "The ministry praised a law that took the number of forensic staff to 400.",
        # a relative clause on an earlier handover: the total is as that one left it
        "It was the first exchange of bodies since a February handover that took the "
        "total returned to Ukraine to 3,900.",
        "It was the largest repatriation since an autumn handover which brought "
        "the number returned to Ukraine to 3,900.",
    ],
)
def test_news_total_raised_by_another_noun_is_not_dated_by_the_swap(news: News, told: str) -> None:
    result = news(_BODIES + told, published=_PUBLISHED)
    assert "2025-03-11" not in [str(t.as_of) for t in result.tallies]
