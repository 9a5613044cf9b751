"""A headline under a masthead and a date line yields its kind to the body's figure.

A statement that opens "MINISTRY ...", "Press release | date", then its headline
("Sixty-two Ukrainian marines are back home") and a body that says "62 Ukrainians
returned": the headline is the same people told in a short word, so the body's figure
of no one kind stands, as it does when the headline is the text's first line, even when
a later "most of them" points back at the headline's group. A body that itself states the
kind keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 3, 14)

_HEAD = "MINISTRY OF REINTEGRATION\nPress release | 14 March 2025\n\n"
_TAIL = (
    "The swap was mediated by the United Arab Emirates, which the ministry thanked.\n\n"
    "Most of them are privates; several needed urgent treatment.\n"
)


def test_news_body_of_no_one_kind_stands_under_a_masthead_headline(
    news: News, transfer_tuples: TransferTuples
) -> None:
    text = (
        _HEAD + "Sixty-two Ukrainian marines are back home\n\n"
        "Following yesterday's exchange, 62 Ukrainians returned home from captivity, the "
        "ministry said. Among them are marines, border guards and national guardsmen.\n\n" + _TAIL
    )
    legs = transfer_tuples(news(text, published=_DAY))
    assert ("RUS", "UKR", "other", Count.exact(62)) in legs
    assert ("RUS", "UKR", "prisoners_of_war", Count.exact(62)) not in legs


def test_news_a_body_that_states_the_kind_keeps_it(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: the body's own "62 servicemen" is no figure of no one kind."""
    text = (
        _HEAD + "Sixty-two Ukrainian marines are back home\n\n"
        "Following yesterday's exchange, 62 servicemen returned home from captivity, the "
        "ministry said.\n\n" + _TAIL
    )
    legs = transfer_tuples(news(text, published=_DAY))
    assert ("RUS", "UKR", "prisoners_of_war", Count.exact(62)) in legs
