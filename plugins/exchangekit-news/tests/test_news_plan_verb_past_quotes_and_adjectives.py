"""A verb of agreeing or proposing still makes a swap a plan past quote marks or the
swap's own adjectives.

'The sides had "agreed in principle" on a swap of 300 for 300' quotes the officials'
words; the quote marks do not cut the verb from its "on". "Moscow proposed a separate
exchange of 800 prisoners each way" puts an adjective between the article and the noun;
the verb before the article still governs the noun. Neither tells a handover done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Tuples = Callable[[Any], set[tuple[str, str, str, Count]]]


@pytest.mark.parametrize(
    "text",
    [
        'Kyiv said the two sides had "agreed in principle" on a swap of 300 for 300.',
        'The negotiators had "agreed" on an exchange of 640 prisoners for 640.',
        "The Kremlin proposed a separate exchange of 800 prisoners each way.",
        "Kyiv offered a smaller swap of 150 prisoners on each side, officials said.",
        "Ankara suggested a bigger exchange of 2,000 prisoners each way.",
    ],
)
def test_news_a_swap_agreed_or_proposed_is_no_handover(news: News, text: str) -> None:
    read = news(text)
    assert read.exchanges == []
    assert read.tallies == []


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # near misses: a swap carried out, with the same adjective or a quoted "agreed"
        ("On Friday the sides carried out a separate exchange of 75 prisoners each way.", "75"),
        ('Russia and Ukraine exchanged 95 prisoners each on Friday, as they had "agreed".', "95"),
    ],
)
def test_news_a_swap_done_keeps_its_reading(
    news: News, transfer_tuples: Tuples, text: str, size: str
) -> None:
    assert transfer_tuples(news(text)) == {
        ("UKR", "RUS", "prisoners_of_war", Count.parse(size)),
        ("RUS", "UKR", "prisoners_of_war", Count.parse(size)),
    }


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=10, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    verb=st.sampled_from(["proposed", "offered", "suggested"]),
    adjective=st.sampled_from(["separate", "smaller", "bigger", "new"]),
)
def test_news_a_proposed_swap_with_an_adjective_is_never_read(
    news: News, n: int, verb: str, adjective: str
) -> None:
    text = f"Moscow {verb} a {adjective} exchange of {n:,} prisoners each way."
    read = news(text)
    assert read.exchanges == []
    assert read.tallies == []
