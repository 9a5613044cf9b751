"""A register "of the names of <side> soldiers killed" told before its bare total.

"A volunteer group gathers the names of Ukrainian soldiers killed in the war. Its list
had grown to more than 64,000 names by May": the sentence with no figure names whose
dead the list holds, so the next sentence's bare count of names is that side's
killed. "Killed" must follow the fighters of "the names of": soldiers killed named
any other way, or a register of names of no kind, set up no side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(
    side=st.sampled_from([("Ukrainian", "UKR"), ("Russian", "RUS")]),
    fighters=st.sampled_from(["soldiers", "servicemen", "troops"]),
    count=st.integers(min_value=20, max_value=150).map(lambda k: k * 1000 + 120),
    verb=st.sampled_from(["had grown to", "has reached"]),
)
def test_news_a_list_of_the_names_of_fighters_killed_counts_the_dead(
    news: News, found: Found, side: tuple[str, str], fighters: str, count: int, verb: str
) -> None:
    adjective, code = side
    text = (
        f"A volunteer group gathers the names of {adjective} {fighters} killed in the war "
        f"from obituaries. Its list {verb} more than {count:,} names."
    )
    assert found(news(text)) == {(code, "killed", Count.more_than(count))}


def test_news_a_list_of_other_names_is_no_claim(news: News, found: Found) -> None:
    """The near miss: the names of people rescued say nothing of the dead."""
    text = (
        "A volunteer group gathers the names of Ukrainian soldiers rescued from the front. "
        "Its list had grown to more than 4,000 names."
    )
    assert found(news(text)) == set()
