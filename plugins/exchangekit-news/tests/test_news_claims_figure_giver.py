"""An official who "gave" or "put" a count of the dead tells it, as one who "said" it does.

"Zelensky has not updated the figure since December, when he gave 43,000 killed": the
pronoun points back to the official, and a government counting soldiers of no stated side
counts its own, so the claim is Ukraine's even when another side's capital is named after
the figure. A side named on the people ("gave 900 Russian soldiers killed") still decides,
and a giver of no side (analysts) gives no side.
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
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# officials the lexicon knows, and their side
_OFFICIALS = {"Zelensky": "UKR", "Volodymyr Zelensky": "UKR"}
_TAILS = ["", ", and Kyiv has said nothing since", ", though officials in Kyiv say it is higher"]


@given(
    official=st.sampled_from(sorted(_OFFICIALS)),
    verb=st.sampled_from(["gave", "put", "had given"]),
    tail=st.sampled_from(_TAILS),
    count=st.integers(min_value=2, max_value=90).map(lambda k: k * 1000),
)
@_SETTINGS
def test_a_count_an_official_gave_is_his_sides(
    news: News, found: Found, official: str, verb: str, tail: str, count: int
) -> None:
    text = (
        f"{official} has not updated the figure since March, when he {verb} {count:,} killed{tail}."
    )
    assert {(s, c) for s, c, _ in found(news(text))} == {(_OFFICIALS[official], "killed")}


def test_a_commander_who_put_a_count(news: News, found: Found) -> None:
    """The harder form: an office for a name, "put", and a capital after the figure."""
    text = (
        "Ukraine's top commander has not revised his count since February, when he put "
        "46,000 killed, though officials in Kyiv concede it is higher."
    )
    assert found(news(text)) == {("UKR", "killed", Count.exact(46000))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near-miss: a side named on the people decides, not the giver
        (
            "Zelensky has not updated the figure since March, when he gave 9,000 Russian "
            "soldiers killed.",
            {("RUS", "killed", Count.exact(9000))},
        ),
        # near-miss: givers of no side give no side
        (
            "The analysts have not updated their estimate since March, when they gave "
            "9,000 killed.",
            set(),
        ),
    ],
)
def test_named_people_and_sideless_givers(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text, unresolved="skip")) == expected
