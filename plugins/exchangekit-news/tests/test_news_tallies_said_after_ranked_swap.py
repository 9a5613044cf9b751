"""A total told after a ranked swap: "calls it the 40th exchange and says 4,000 have come home".

The verb of saying right before the figure opens a reported clause with its own verb
("have come home"): the swap noun of the clause before does not give the figure its
direction, so the people come home to the teller's side, as they do without the rank.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def _ways(result: Any, total: int) -> set[tuple[str, str]]:
    return {
        (t.sender.code if t.sender else "", t.receiver.code if t.receiver else "")
        for t in result.tallies
        if t.count == Count.exact(total)
    }


def test_news_total_said_after_a_ranked_swap_comes_home_to_the_tellers_side(
    news: News,
) -> None:
    result = news(
        "Kyiv's ombudsman describes Friday's handover as the 52nd exchange and says 4,312 "
        "people have now returned home since 2022."
    )
    assert _ways(result, 4312) == {("RUS", "UKR")}


def test_news_total_said_without_the_rank_keeps_its_direction(news: News) -> None:
    # the same clause with no ranked swap before it: the direction was right already
    result = news("Kyiv's ombudsman says 4,312 people have now returned home since 2022.")
    assert _ways(result, 4312) == {("RUS", "UKR")}


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    verb=st.sampled_from(["says", "said"]),
    total=st.integers(min_value=1_500, max_value=9_000),
    rank=st.integers(min_value=21, max_value=89),
)
def test_news_a_figure_after_a_verb_of_saying_is_never_sent_by_the_teller(
    news: News, verb: str, total: int, rank: int
) -> None:
    # whatever the rank and the figure, the teller's own side is never made the sender of
    # the people it says have come home
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    ordinal = f"{rank}{suffix}"
    result = news(
        f"Ukraine's coordination headquarters called it the {ordinal} exchange and {verb} "
        f"{total:,} people have come home since the invasion."
    )
    assert ("UKR", "RUS") not in _ways(result, total)
