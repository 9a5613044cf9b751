"""The side that held people, named after "detained by", is not the home they came to.

"The monitors have recorded 1,400 civilians detained by the Russian Federation since
2022, of whom at least 180, they said, have since been released": Russia is where the
people were held, so it cannot be the side they came back to; with no home told the
count is not read the wrong way round. A side named as the people's own home still is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


def _receivers(got: Any) -> set[str]:
    return {r for _, r, _, _ in got.tallies_as_text()} | {
        t.receiver.code for e in got.exchanges for t in e.transfers
    }


def test_news_side_that_detained_them_is_not_their_home(news: News) -> None:
    text = (
        "GENEVA — The monitors have recorded 1,400 civilians detained by the Russian "
        "Federation since 2022, of whom at least 180, they said, have since been released, "
        "mostly in exchanges."
    )
    assert "RUS" not in _receivers(news(text, published=THURSDAY))


def test_news_side_named_as_home_still_gives_the_receiver(news: News) -> None:
    # near-miss: the side named is the people's own, and they came back to it
    text = (
        "KYIV — Ukraine, the ombudsman said, has so far brought back at least 180 "
        "civilians, most of them in exchanges."
    )
    assert _receivers(news(text, published=THURSDAY)) == {"UKR"}
