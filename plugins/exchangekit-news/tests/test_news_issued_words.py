"""Words of putting a document out ("published", "updated", "issued", "posted") date the page.

One set in the lexicon now serves the line at a text's head, a heading's day of issue and
"published on <day>" in a sentence; "released" joins it only after a heading's bar, where
it cannot be said of prisoners.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news._dateline import period_line
from exchangekit_news._tokens import tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@settings(max_examples=15, deadline=None)
@given(
    word=st.sampled_from(["Published", "Updated", "Issued", "Posted"]),
    amount=st.integers(min_value=3, max_value=400),
)
def test_news_any_issue_line_over_a_headline_dates_the_page_not_the_swap(
    news: News, word: str, amount: int
) -> None:
    # the headline's figure joins the body's Tuesday handover, not a record on the page's day
    text = (
        "THE HILL COURIER - World\n"
        f"{word} 9 May 2024\n\n"
        f"{amount} prisoners come home\n\n"
        f"Ukraine got back {amount} prisoners of war from Russia on Tuesday, officials said.\n"
    )
    assert news(text, published=date(2024, 5, 9)).dated_ways() == {
        ("2024-05-07", "RUS", "UKR", str(amount))
    }


@pytest.mark.parametrize("word", ["Issued", "Updated", "Released", "Posted"])
def test_news_a_heading_period_ends_before_its_day_of_issue(word: str) -> None:
    # the harder form: the day of issue after a bar, in any of the words for it
    tokens = tokenize(f"Covering the period to 31 March 2025 | {word} 8 April 2025")
    assert period_line(tokens, 0, len(tokens)) == "31 March 2025"


def test_news_prisoners_released_on_a_day_are_still_dated_by_it(news: News) -> None:
    # near miss: "released on" in a sentence is the handover's day, not a publication's
    text = "Russia released 45 Ukrainian soldiers on Monday in a swap for 45 of its own."
    legs = news(text, published=date(2025, 6, 12)).dated_ways()
    assert {leg[0] for leg in legs} == {"2025-06-09"}
