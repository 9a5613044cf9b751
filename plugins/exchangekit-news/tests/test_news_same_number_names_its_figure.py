""" "The same number ... in return for the N" repeats the N it names, not the last figure.

"Nine wounded were also freed, the army said, adding that Russia got the same number
of its own soldiers in return for the 84": the phrase names the figure it repeats, so
the last one told before it (nine) is not the counterpart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
PUBLISHED = date(2025, 5, 10)

TEXT = (
    "Petro Lysenko, 44, was among 84 Ukrainian servicemen returned from Russian captivity "
    "on Thursday. Nine badly wounded soldiers came home separately on the same day, "
    "according to the army's ombudsman, who said that Russia had received the same number "
    "of its own servicemen in exchange for the 84, as well as six wounded."
)


def test_news_same_number_repeats_the_figure_named_after_it(news: News) -> None:
    ways = news(TEXT, published=PUBLISHED).ways_as_text()
    assert ("UKR", "RUS", "84") in ways
    assert ("UKR", "RUS", "9") not in ways


def test_news_same_number_without_a_named_figure_repeats_the_last(news: News) -> None:
    text = (
        "Russia freed 84 Ukrainian servicemen on Thursday and received the same number of "
        "its own soldiers in return, the army said."
    )
    assert ("UKR", "RUS", "84") in news(text, published=PUBLISHED).ways_as_text()
