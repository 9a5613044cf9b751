"""Casualty claims whose side or standing the words around the figure settle.

A side that tells a count is not always the side that lost: "Kyiv's General Staff
reports Russian personnel losses, which stood at ..." counts Russians. A figure the
text then calls false is no one's toll; a toll that an aside says counts both sides
is no side's claim. A teller who goes on ("He said 200,000 had been wounded") speaks
of the side of the claim just made, and people who "remained in" a side's hands stay
held though the sentence names something received after ", and that".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

_SIDES = {"Ukraine": "UKR", "Russia": "RUS"}
_ADJECTIVES = {"UKR": "Ukrainian", "RUS": "Russian"}


@given(
    teller=st.sampled_from(sorted(_SIDES)),
    count=st.integers(min_value=20_000, max_value=900_000),
)
@_SETTINGS
def test_a_sides_office_reporting_the_others_losses(
    news: News, found: Found, teller: str, count: int
) -> None:
    other = "RUS" if _SIDES[teller] == "UKR" else "UKR"
    text = (
        f"{teller}'s General Staff publishes {_ADJECTIVES[other]} personnel losses every"
        f" morning, which reached about {count:,} on Monday."
    )
    assert {(s, k) for s, k, _ in found(news(text))} == {(other, "total_losses")}


def test_an_officials_estimate_of_the_others_irrecoverable_losses(news: News, found: Found) -> None:
    text = (
        "A Kremlin adviser said that by Moscow's reckoning Ukraine's irrecoverable losses"
        " had passed 300,000 men."
    )
    assert {s for s, _, _ in found(news(text))} == {"UKR"}


@pytest.mark.parametrize(
    "verdict", ["is false", "is also not supported", "was simply wrong", "is not true"]
)
def test_a_figure_the_text_calls_untrue(news: News, found: Found, verdict: str) -> None:
    text = f'The video\'s number for Russian losses, "two million dead", {verdict}.'
    assert found(news(text)) == set()


def test_a_figure_judged_otherwise_is_still_read(news: News, found: Found) -> None:
    """Near miss: "is a minimum" is no verdict of untruth."""
    text = "The Russian death toll, 90,000 names, is a minimum, the outlet says."
    assert {(s, k) for s, k, _ in found(news(text))} <= {("RUS", "killed")}


def test_a_toll_an_aside_says_counts_both_sides(news: News, found: Found) -> None:
    text = (
        "Officials in Washington said the overall toll, counting soldiers killed and"
        " wounded on both sides, was approaching 400,000."
    )
    assert found(news(text)) == set()


def test_a_teller_going_on_speaks_of_the_same_side(news: News, found: Found) -> None:
    text = (
        "The president said more than 50,000 Ukrainian soldiers had been killed. He said"
        " 300,000 had been wounded. She added, and it was news, that thousands more are"
        " missing."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.more_than(50_000)),
        ("UKR", "wounded", Count.parse("300,000")),
        ("UKR", "missing", Count.parse("thousands")),
    }


def test_without_a_claim_before_a_bare_figure_has_no_side(news: News, found: Found) -> None:
    """Near miss: nothing before says whose wounded they are."""
    assert found(news("He said 300,000 had been wounded.")) == set()


def test_people_remaining_held_beside_something_received(news: News, found: Found) -> None:
    text = (
        "According to the commissioner, several hundred Russian servicemen remain in"
        " captivity in Ukraine, and her staff have received 900 letters from relatives."
    )
    assert found(news(text)) == {("RUS", "captured", Count.parse("several hundred"))}


def test_for_a_side_past_an_aside_naming_the_same_side(news: News, found: Found) -> None:
    text = (
        "For Russia the figures, which Moscow has always disputed, were about 60,000"
        " killed and 150,000 to 170,000 wounded."
    )
    assert found(news(text)) == {
        ("RUS", "killed", Count.parse("about 60,000")),
        ("RUS", "wounded", Count.parse("150,000-170,000")),
    }


def test_for_a_side_past_an_aside_naming_the_other_side(news: News, found: Found) -> None:
    """Near miss: the other side named on the way still stops the frame."""
    text = "For Russia the figures, which Kyiv has always disputed, were about 60,000 killed."
    assert ("RUS", "killed", Count.parse("about 60,000")) not in found(news(text))
