"""A go-between's total an aside says covers people gone to each side: a two-way tally."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def test_news_figure_covering_returns_to_each_side_is_a_joint_tally(news: News) -> None:
    result = news(
        "The Vatican envoy said in September that the Holy See had helped reunite 64 "
        "children with their families - a figure that covers children brought back to "
        "Ukraine and a few Russian children sent home to Russia."
    )
    (tally,) = result.tallies
    assert tally.count == Count.exact(64)
    assert sorted(tally.receiver.members) == ["RUS", "UKR"]
    assert str(tally.as_of) == "2025-09"


def test_news_comma_aside_with_which_and_includes(news: News) -> None:
    # a harder form: a comma, "a total which includes", the sides in the other order
    result = news(
        "Turkey had helped reunite 37 children with their parents, a total which includes "
        "minors returned to Russia and others who went back to Ukraine, its ministry said."
    )
    codes = [sorted(t.receiver.members) for t in result.tallies]
    assert codes == [["RUS", "UKR"]]


def test_news_aside_naming_one_side_only_keeps_one_way(news: News) -> None:
    # near miss: the aside names one destination, so the total is not read as both ways
    result = news(
        "Qatar had helped reunite 37 children with their parents - a figure that covers "
        "children returned to Ukraine only."
    )
    assert all("+" not in t.receiver.code for t in result.tallies)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    mark=st.sampled_from([" -", ",", " \u2014"]),
    head=st.sampled_from(
        ["a figure that covers", "a number that includes", "a total which counts"]
    ),
    value=st.integers(min_value=20, max_value=900),
)
def test_news_a_figure_covering_both_sides_never_goes_to_one_side(
    news: News, mark: str, head: str, value: int
) -> None:
    result = news(
        f"Qatar had helped reunite {value} children with their families{mark} {head} "
        "children returned to Ukraine and children returned to Russia."
    )
    for tally in result.tallies:
        if tally.count == Count.exact(value):
            assert "+" in tally.receiver.code
