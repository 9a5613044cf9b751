"""A bare "the figure" or "it" carries on the running total the sentence before told."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

TOLD = "About 1,200 Ukrainians had come home by the end of 2022, the coordination office said."


def _tallies(news: News, text: str) -> set[tuple[str, str, str, str]]:
    got = news(text, published=date(2025, 11, 20)).tallies
    return {(t.sender.code, t.receiver.code, str(t.count), t.as_of.format()) for t in got}


def test_the_figure_was_is_a_later_level_of_the_total(news: News) -> None:
    """ "By the end of June the figure was about 1,500": the same total, the same way."""
    got = _tallies(news, f"{TOLD} By the end of June 2023 the figure was about 1,500.")
    assert ("RUS", "UKR", "around 1,500 [1,350, 1,650]", "2023-06-30") in got


def test_it_taken_to_a_value_is_dated_by_the_swap(news: News) -> None:
    """ "The swap of March 2024 took it to 2,100": the level as of that month, not a sum."""
    got = _tallies(
        news,
        f"{TOLD} By the end of June 2023 the figure stood at about 1,500. "
        "The large swap of March 2024 took it to 2,100.",
    )
    assert ("RUS", "UKR", "2,100", "2024-03") in got


def test_the_figure_after_a_single_swap_is_no_total(news: News) -> None:
    """Near miss: after one swap's size, "the figure was 160" is another teller's count."""
    got = news(
        "The swap on Friday freed 150 Ukrainians. The figure was 160, Moscow said.",
        published=date(2025, 11, 20),
    )
    assert not got.tallies
    assert "160" not in {str(t.count) for e in got.exchanges for t in e.transfers}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=1, max_value=199), st.sampled_from(["was", "had reached"]))
def test_a_smaller_figure_never_continues_the_total(news: News, less: int, verb: str) -> None:
    """A value below the total told before is no later state of it: no tally of it."""
    value = 1200 - less
    got = _tallies(news, f"{TOLD} By the end of June 2023 the figure {verb} {value:,}.")
    assert all(count != f"{value:,}" for _, _, count, _ in got)
