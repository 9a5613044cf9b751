"""A participle phrase of capture on the people does not make their return a capture claim.

- "140 soldiers captured by the enemy during the long battle for a town were returned":
  the phrase ("captured by ...", "held in ...", "taken prisoner during ...") describes
  the people, like a clause opened by "who", and runs on to the main verb however long
  it is; the figure is a handover, not a count of people captured.
- Near miss: the same phrase with no verb of handing over ("... remain in Russian
  prisons, and none have been returned") moves no one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_PUBLISHED = date(2025, 3, 12)


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(20, 900),
    phrase=st.sampled_from(
        [
            "captured by Russian troops during the long battle for the eastern town of Avdiivka",
            "held by Russian forces in prisons across the occupied south of the country",
            "taken prisoner by Russian troops during the long battle for the eastern town",
        ]
    ),
)
def test_news_people_captured_far_from_their_return_are_handed_over(
    news: News, n: int, phrase: str
) -> None:
    text = f"{n} Ukrainian soldiers {phrase} were brought back on Tuesday, Kyiv said."
    read = news(text, published=_PUBLISHED)
    assert ("RUS", "UKR", str(n)) in read.ways_as_text()
    assert not read.claims


def test_news_the_other_side_s_people_captured_in_a_raid_came_home(news: News) -> None:
    # harder: the receiving side tells it, the captor named by its full title
    text = (
        "Some 96 Russian conscripts captured by the Armed Forces of Ukraine during the "
        "summer raid into the Bryansk border district have been returned from Ukrainian "
        "territory, Moscow's defence ministry said on Tuesday."
    )
    read = news(text, published=_PUBLISHED)
    assert any(w[:2] == ("UKR", "RUS") for w in read.ways_as_text())
    assert not read.claims


@pytest.mark.parametrize(
    "text",
    [
        "140 Ukrainian soldiers captured by Russian troops during the long battle for the "
        "eastern town of Avdiivka remain in Russian prisons, and none have been returned, "
        "Kyiv said on Tuesday.",
        "140 Ukrainian soldiers captured by Russian troops during the long battle for the "
        "eastern town of Avdiivka, Kyiv said on Tuesday.",
    ],
)
def test_news_people_captured_and_not_returned_are_no_handover(news: News, text: str) -> None:
    # near miss: no verb of handing over is the people's own
    assert not news(text, published=_PUBLISHED).ways_as_text()
