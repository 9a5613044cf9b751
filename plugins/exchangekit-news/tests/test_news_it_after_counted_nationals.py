""" "It" later in a sentence is the country that opened it, past the nationality of its people.

"Russia handed over 84 Ukrainians on 4 June, and on 9 June it returned 120": the
nationality of the people counted ("84 Ukrainians", "Russian soldiers") names people,
not a country "it" could stand for, so "it" is still Russia. A second country named
after a preposition ("returned 900 bodies to Ukraine, and ... it returned 120") leaves
"it" unresolved, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "Russia handed over 84 Ukrainians on 4 June, and on 9 June it returned 120.",
            ("RUS", "UKR", "other", Count.exact(120)),
        ),
        (
            "Russia handed over 84 Ukrainians on 4 June, and on 9 June it returned 120 soldiers.",
            ("RUS", "UKR", "prisoners_of_war", Count.exact(120)),
        ),
        (
            "Kyiv freed 50 Russian servicemen in May, and in June it released 35.",
            ("UKR", "RUS", "prisoners_of_war", Count.exact(35)),
        ),
    ],
)
def test_news_it_after_counted_nationals_is_the_opening_country(
    news: News, transfer_tuples: TransferTuples, text: str, later: tuple[str, str, str, Count]
) -> None:
    assert later in transfer_tuples(news(text, published=_DAY))


def test_news_it_after_a_country_in_a_prepositional_phrase_stays_unread(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: a second country told after "to" may be the one "it" means."""
    text = "Russia returned 900 bodies to Ukraine, and on 9 June it returned 120."
    assert {t[3] for t in transfer_tuples(news(text, published=_DAY))} == {Count.exact(900)}
