"""A link label alone on its line ("Read more:") heads a list of other stories' headlines.

"Read more:" on a line of its own, then one headline a line ("Kyiv and Moscow trade 212
captives apiece"), links to other articles: their figures are those articles' news, not
this one's, just as when the headline follows the label on its line. A blank line ends
the list, and a line that goes on past its first sentence is this story's prose.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

STORY = "Russia returned 30 soldiers to Ukraine on Monday, the ministry said.\n\n"


@pytest.mark.parametrize("label", ["Read more:", "See also:", "Related:"])
def test_headlines_listed_under_a_label_give_nothing(news: News, label: str) -> None:
    """Each listed headline is another story's: only the story's own handover is read."""
    text = (
        f"{STORY}{label}\nKyiv and Moscow trade 212 captives apiece\n"
        "Russia hands 640 bodies to Ukraine\nWhat the ceasefire talks mean"
    )
    result = news(text)
    assert result.moved_counts() == {Count.parse("30")}


def test_a_blank_line_ends_the_list(news: News) -> None:
    """Prose after a blank line below the list is the story's own again."""
    text = (
        f"{STORY}Read more:\nKyiv and Moscow trade 212 captives apiece\n\n"
        "On Tuesday Ukraine handed 45 Russian soldiers back to Russia, officials said."
    )
    assert Count.parse("45") in news(text).moved_counts()


def test_a_label_over_a_blank_line_heads_nothing(news: News) -> None:
    """A label alone, then a blank line: the paragraph after it is read."""
    text = (
        f"{STORY}Read more:\n\n"
        "On Tuesday Ukraine handed 45 Russian soldiers back to Russia, officials said."
    )
    assert Count.parse("45") in news(text).moved_counts()


@given(n=st.integers(min_value=20, max_value=1_500).filter(lambda n: n != 30))
@settings(max_examples=10, deadline=None)
def test_any_figure_in_a_listed_headline(news: News, n: int) -> None:
    """Whatever the headline's figure, it is never read."""
    text = f"{STORY}Read more:\nRussia and Ukraine swap {n:,} prisoners each\nMore news"
    assert Count.parse(f"{n:,}") not in news(text).moved_counts()
