"""The count of a side's own dead it last gave: "..., when it gave a figure of 5,937".

A side that has not updated its count of its own dead "since" a date, "when" it gave a
figure, claims that figure for that date: the clause names whose dead are counted,
and the "when" clause says the figure is the count then given.
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
    dead=st.integers(min_value=1_000, max_value=90_000),
    side=st.sampled_from([("Russia's", "RUS"), ("Ukraine's", "UKR")]),
    verb=st.sampled_from(["gave", "published", "announced"]),
    month=st.sampled_from(["March 2022", "September 2022", "December 2024"]),
)
def test_news_the_count_last_given_for_a_sides_own_dead_is_its_claim(
    news: News, found: Found, dead: int, side: tuple[str, str], verb: str, month: str
) -> None:
    """Whatever the side, the verb and the date, the figure counts that side's own dead."""
    owner, code = side
    text = (
        f"Officials have not revised the count of {owner} own dead since {month}, when the "
        f"ministry {verb} a figure of {dead:,}."
    )
    assert found(news(text)) == {(code, "killed", Count.exact(dead))}


def test_news_a_figure_given_in_a_when_clause_about_no_dead_is_no_claim(
    news: News, found: Found
) -> None:
    """Near miss: the same "when ... gave a figure of" after a count of no one's dead."""
    text = (
        "Russia's ministry has not updated its budget since March, when it gave a figure of 5,000."
    )
    assert found(news(text)) == set()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    dead=st.integers(min_value=1_000, max_value=90_000),
    side=st.sampled_from([("Moscow", "RUS"), ("Kyiv", "UKR")]),
    verb=st.sampled_from(["named", "published", "announced"]),
    end=st.sampled_from([".", ", a number few believe."]),
)
def test_news_a_bare_count_last_named_for_own_dead_is_its_claim(
    news: News, found: Found, dead: int, side: tuple[str, str], verb: str, end: str
) -> None:
    """The bare number after "when the minister named" is the side's own dead then given."""
    place, code = side
    text = (
        f"{place} has said nothing about its own dead since the spring of 2023, when the "
        f"then minister {verb} {dead:,}{end}"
    )
    assert (code, "killed", Count.exact(dead)) in found(news(text))


def test_news_a_bare_number_named_after_no_own_dead_is_no_claim(news: News, found: Found) -> None:
    """Near miss: "when it named 12" after a sentence about no one's dead counts no one."""
    text = (
        "The ministry has not changed its command since the spring, when it named 12 new generals."
    )
    assert found(news(text)) == set()
    text = "Kyiv has not updated its own budget since June, when it named 4,000."
    assert found(news(text)) == set()
