"""A toll in an "in which" clause on counted attacks: "12 attacks in which ten or more ...".

A monitor that counts attacks and says how many died "in" each of them sizes those
events, one by one or together: "documented 12 attacks in which ten or more civilians
were killed" is no count of a country's dead, whatever toll the update gave before.
A toll told in a clause of its own beside the counted attacks stays a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]

_NATIONAL = (
    "Since February 2022 the monitors have verified that 13,250 civilians have been "
    "killed and 33,410 injured in Ukraine. "
)


@pytest.mark.parametrize(
    "text",
    [
        "The mission documented 12 attacks in which ten or more civilians were killed.",
        # harder: a hedge before the figure, "strikes", another verb of harm
        "The monitors recorded nine strikes in which at least 20 civilians were injured.",
        # harder: an adjective before the noun and "during which"
        "It counted five separate incidents during which 40 civilians were killed.",
    ],
)
def test_news_a_toll_sizing_counted_attacks_is_no_claim(
    news: News, found: Found, text: str
) -> None:
    claims = found(news(_NATIONAL + text))
    assert {count for _, _, count in claims} == {Count.parse("13,250"), Count.parse("33,410")}


def test_news_a_toll_in_a_clause_of_its_own_stays_a_claim(news: News, found: Found) -> None:
    # near miss: the attacks are counted, but the toll has its own clause and subject
    claims = found(
        news(
            "The monitors documented 12 attacks on energy sites; the ministry says 9,600 "
            "Ukrainian soldiers have been killed since January."
        )
    )
    assert ("UKR", "killed", Count.parse("9,600")) in claims


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    attacks=st.integers(min_value=2, max_value=99),
    toll=st.integers(min_value=2, max_value=99),
    noun=st.sampled_from(["attacks", "strikes", "incidents"]),
)
def test_news_counted_attacks_never_give_their_toll_as_a_claim(
    news: News, found: Found, attacks: int, toll: int, noun: str
) -> None:
    claims = found(
        news(_NATIONAL + f"It documented {attacks} {noun} in which {toll} civilians were killed.")
    )
    assert all(count != Count.exact(toll) for _, _, count in claims)
