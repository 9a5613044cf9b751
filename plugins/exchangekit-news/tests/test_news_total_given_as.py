"""A verb of giving, a loss noun and "as" state the figure as that noun's value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count


def test_news_an_adjective_before_the_loss_noun_still_gives_its_value(
    news: Callable[..., Any],
) -> None:
    # a side's adjective or "military" may stand between the verb and the loss noun
    for owner in ("Ukrainian", "Ukrainian military", "overall Ukrainian"):
        text = f"On Sunday the president gave the {owner} death toll as 31,000."
        assert Count.exact(31000) in news(text).claim_counts(), owner


def test_news_a_listed_toll_with_two_adjectives_is_read(news: Callable[..., Any]) -> None:
    # harder form: another giving verb and a possessive before two adjectives
    text = "In its weekly report, the ministry listed its total Russian death toll as 31,000."
    assert Count.exact(31000) in news(text).claim_counts()


def test_news_as_after_other_words_is_no_stated_toll(news: Callable[..., Any]) -> None:
    # near miss: "such as" after a loss noun links no value to it
    text = "The report gave figures for the death toll such as 31,000 in one region."
    assert Count.exact(31000) not in news(text).claim_counts()
