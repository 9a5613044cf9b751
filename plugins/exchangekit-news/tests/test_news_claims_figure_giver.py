"""An official who "gave" or "put" a count of his own side's dead tells it.

"Zelensky said Ukraine had lost 46,000 soldiers ... since December, when he gave 43,000
killed": the pronoun points back to the official, and once the passage has his side
counting its own losses, a count he gives of soldiers of no stated side is his side's,
even when another side's capital is named after the figure. Officials give the enemy's
dead as often as their own, so with no such context the giver decides nothing ("Shoigu
gave 61,000 killed", a general staff's daily "gave 1,050 killed"); nor does a giver
whose figure is followed by a word of the enemy or is not the verb's whole object. A
side named on the people ("gave 900 Russian soldiers killed") still decides, and a giver
of no side (analysts) gives no side.
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
        f"On Monday {official} said Ukraine had lost 31,000 soldiers killed. He had not updated "
        f"the figure since March, when he {verb} {count:,} killed{tail}."
    )
    side = _OFFICIALS[official]
    assert found(news(text)) == {
        (side, "killed", Count.exact(31000)),
        (side, "killed", Count.exact(count)),
    }


def test_a_commander_who_put_a_count(news: News, found: Found) -> None:
    """The harder form: an office for a name, "put", and a capital after the figure."""
    text = (
        "Ukraine's top commander has not revised his count of our own dead since February, "
        "when he put 46,000 killed, though officials in Kyiv concede it is higher."
    )
    assert found(news(text)) == {("UKR", "killed", Count.exact(46000))}


@pytest.mark.parametrize(
    "text",
    [
        # a Russian official's count is most often of Ukraine's dead: no side is guessed
        "The Kremlin has kept its count since April, when Lavrov gave 70,000 killed.",
        # a general staff's daily report gives the enemy's losses, not its own
        "Ukraine's General Staff gave 1,400 killed or wounded over the past day.",
        # the people are named the enemy after the figure, though the passage counts its own
        "Zelensky said Ukraine had lost 31,000 soldiers killed. In May he gave 200,000 "
        "killed among the occupiers.",
        # ... and with no count of its own before, the enemy's dead are not the giver's
        "Zelensky has not updated the figure since March, when he gave 250,000 killed "
        "among the invaders.",
        # the figure is not the object given: the families are given an update
        "Zelensky said Ukraine had lost 31,000 soldiers killed. Syrskyi gave 80 missing "
        "soldiers' relatives a briefing on Friday.",
    ],
)
def test_a_giver_without_own_count_decides_nothing(news: News, found: Found, text: str) -> None:
    """Without the passage counting the giver's own losses the giver gives no side."""
    told = found(news(text, unresolved="skip")) - {("UKR", "killed", Count.exact(31000))}
    assert told == set()


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
