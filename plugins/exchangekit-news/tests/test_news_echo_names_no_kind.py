"""An echoed count ("as many", "the same number of its own") names no kind for its side.

"Kyiv got 140 of its soldiers back, and Moscow received as many": the second side's
count repeats the first figure, but the soldiers were said of Kyiv's people only, so
Moscow's are of no one kind (the coding conventions give a side only the nouns said of
it); so is a bare "140 of its own". A noun said of the echo itself ("as many of its
servicemen") or a bare "the same number", which refers to the noun, keeps the kind.
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
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 4, 11)


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday 140 Ukrainian servicemen were freed, and Moscow received the same number "
        "of its own.",
        "On Thursday 140 Ukrainian servicemen came home and Russia got back as many of its own.",
        "On Thursday 140 Ukrainian servicemen came home and Russia got back as many.",
        "On Thursday Kyiv got 140 of its soldiers back, and Moscow received 140 of its own.",
    ],
)
def test_news_echo_of_the_other_side_is_of_no_one_kind(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(140)),
        ("UKR", "RUS", "other", Count.exact(140)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # the echo's own noun
        "On Thursday 140 Ukrainian servicemen came home and Russia got back as many of its "
        "soldiers.",
        # a bare "the same number" refers to the noun before it
        "On Thursday 140 Ukrainian servicemen came home and the same number went to Russia.",
    ],
)
def test_news_echo_with_a_kind_of_its_own_keeps_it(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    """Near misses: the noun is said of the echo, or the echo refers to it."""
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(140)) in transfer_tuples(
        news(text, published=_DAY)
    )


def test_news_echo_of_bodies_stays_bodies(news: News, transfer_tuples: TransferTuples) -> None:
    text = "On Thursday Ukraine received the bodies of 140 soldiers and Russia got back as many."
    kinds = {t[2] for t in transfer_tuples(news(text, published=_DAY)) if t[1] == "RUS"}
    assert "prisoners_of_war" not in kinds


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    n=st.integers(min_value=12, max_value=900),
    noun=st.sampled_from(["soldiers", "servicemen", "prisoners of war"]),
    echo=st.sampled_from(["as many", "as many of its own", "the same number of its own"]),
)
def test_news_no_echo_takes_the_other_sides_kind(
    news: News, transfer_tuples: TransferTuples, n: int, noun: str, echo: str
) -> None:
    """Whatever the figure and the noun, the echoing side never gets prisoners of war."""
    text = f"On Thursday {n} Ukrainian {noun} came home and Russia got back {echo}."
    got = transfer_tuples(news(text, published=_DAY))
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(n)) not in got
    assert ("UKR", "RUS", "other", Count.exact(n)) in got
