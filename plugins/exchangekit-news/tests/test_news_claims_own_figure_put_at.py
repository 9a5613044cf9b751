"""The number "it" is put at, after a side's "own figure", counts that side's losses.

"Kyiv has not updated its own figure for military dead since February, when Zelensky
put it at over 46,000": the figure is Kyiv's count of its own dead, even when the
sentence before claimed the other side's losses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


def test_news_a_value_put_on_a_sides_own_figure_is_that_sides(news: News, found: Found) -> None:
    text = (
        "Moscow's losses, Kyiv's army command said on Monday, have now passed 1.1 million "
        "killed and wounded. Ukraine, for its part, has kept its own figure for soldiers "
        "killed unchanged since the winter, when the president, speaking in Kyiv, put it "
        "at more than 43,000."
    )
    claims = found(news(text))
    assert ("UKR", "killed", Count.more_than(43_000)) in claims
    assert ("RUS", "killed", Count.more_than(43_000)) not in claims


def test_news_the_other_sides_dead_put_beside_an_own_figure_stay_theirs(
    news: News, found: Found
) -> None:
    """Near miss: a count put on another side's named dead is not the own figure's value."""
    text = (
        "Moscow's losses, Kyiv's army command said on Monday, have now passed 1.1 million "
        "killed and wounded. Ukraine has kept its own figure for soldiers killed unchanged "
        "since the winter, when the president put Russia's dead at more than 250,000."
    )
    claims = found(news(text))
    assert ("RUS", "killed", Count.more_than(250_000)) in claims
    assert ("UKR", "killed", Count.more_than(250_000)) not in claims
