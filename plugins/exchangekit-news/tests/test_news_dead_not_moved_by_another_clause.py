"""People a clause says were killed are not moved by a swap told in another clause.

"Russia says 65 Ukrainian POWs killed in plane crash; Kyiv says swap was cancelled":
the verb after the figure tells the men's death, and the swap after the semicolon is
not theirs, so no handover of 65 living prisoners is read. Bodies ("the bodies of 65
soldiers killed in action were returned") and a verb of handing over in the figure's
own clause keep their reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
SATURDAY = date(2024, 1, 27)


def _legs(news: News, text: str) -> list[tuple[str, str, str, str, Count]]:
    return [
        (str(e.period), t.sender.code, t.receiver.code, t.category.value, t.count)
        for e in news(text, published=SATURDAY).exchanges
        for t in e.transfers
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says 48 Ukrainian POWs killed in helicopter crash; Kyiv says swap was called off",
        "Moscow says 40 Ukrainian prisoners died in a bus fire; Kyiv says the exchange went ahead.",
        # harder: the passive with "were", and a swap told by its plan in the second clause
        "Kyiv says 30 Russian soldiers were killed in a strike on a depot; the swap planned "
        "for Friday is off.",
    ],
)
def test_news_the_dead_are_not_moved_by_a_swap_in_another_clause(news: News, text: str) -> None:
    assert _legs(news, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv received 38 prisoners of war killed in Russian custody, officials said.",
        "Ukraine took back 38 POWs who died in captivity.",
    ],
)
def test_news_a_handover_verb_before_the_dead_keeps_the_handover(news: News, text: str) -> None:
    # near miss: the verb of handing over stands before the figure, in its own clause
    assert any(
        leg[1:3] == ("RUS", "UKR") and leg[4] == Count.exact(38) for leg in _legs(news, text)
    )


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        (
            "The bodies of 65 soldiers killed in action were returned to Ukraine on Friday.",
            ("2024-01-26", "RUS", "UKR", "remains", Count.parse("65")),
        ),
        (
            "Ukraine got back 65 prisoners on Friday; three others had died in captivity.",
            ("2024-01-26", "RUS", "UKR", "prisoners_of_war", Count.parse("65")),
        ),
    ],
)
def test_news_bodies_and_the_living_moved_keep_their_handover(
    news: News, text: str, leg: tuple[str, str, str, str, Count]
) -> None:
    # near miss: bodies of the killed moved, and a death told of other people
    assert leg in _legs(news, text)


@given(
    count=st.integers(min_value=2, max_value=900),
    verb=st.sampled_from(["killed", "were killed", "died", "had died"]),
)
@settings(max_examples=15, deadline=None)
def test_news_the_dead_are_never_a_handover_across_a_semicolon(
    news: News, count: int, verb: str
) -> None:
    # invariant: whatever the count and the verb of death, nothing moved
    text = (
        f"Moscow says {count:,} Ukrainian POWs {verb} in a crash; Kyiv says the swap was cancelled"
    )
    assert _legs(news, text) == []
