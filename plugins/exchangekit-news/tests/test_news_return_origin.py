"""Where people came back from is not their home (b23-d).

A side named after a return verb's "from" ("villagers brought back from Russia")
is the side they left; a running total of homecomings told after it in the same
sentence went to the other side, never to the side they left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        (
            "The district office said this was the third batch of villagers brought "
            "back from Russia since the spring, and that in all 48 people have now come home.",
            "UKR",
        ),
        (
            "It is the second party of pensioners returned from Ukraine since the autumn, "
            "and altogether 35 people have come back, the local council said.",
            "RUS",
        ),
        # harder: the side is the "of" of a place noun after "from"
        (
            "The council said residents keep returning from the territory of Ukraine, "
            "and in total 35 people have come back since the autumn.",
            "RUS",
        ),
    ],
)
def test_news_total_after_return_from_a_side_goes_to_the_other(
    news: News, text: str, receiver: str
) -> None:
    """The total's receiver is the side opposite the one they came back from."""
    tallies = news(text).tallies
    assert [t.receiver.code for t in tallies] == [receiver]


@pytest.mark.parametrize(
    "text",
    [
        "Officials from Ukraine said that in total 35 people have come home since the autumn.",
        "A spokesman from Ukraine's ombudsman office said altogether 35 people had come "
        "home since the spring.",
    ],
)
def test_news_speakers_from_a_side_still_speak_for_it(news: News, text: str) -> None:
    """ "Officials from Ukraine" follow no return verb: they are speakers, not a departure."""
    assert [t.receiver.code for t in news(text).tallies] == ["UKR"]
