"""The "by" of asking for people names the side that wants them, never the sender.

"Kyiv handed over 24 people sought by Moscow": "sought by" (or "wanted",
"requested", "demanded by") tells who asked for the people; the sender is the
subject that handed them over, as with "described by". Without the participle the
"by" of a passive still names who gave them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=400),
    asked=st.sampled_from(["sought", "wanted", "requested", "demanded"]),
    giver=st.sampled_from([("Kyiv", "Moscow", "UKR", "RUS"), ("Russia", "Ukraine", "RUS", "UKR")]),
)
def test_news_the_by_of_asking_is_no_sender(
    news: News, transfer_tuples: TransferTuples, n: int, asked: str, giver: tuple[str, ...]
) -> None:
    subject, asker, sender, receiver = giver
    read = transfer_tuples(news(f"On Friday {subject} handed over {n} people {asked} by {asker}."))
    assert {(s, r) for s, r, _, _ in read} == {(sender, receiver)}


@pytest.mark.parametrize(
    "text",
    [
        "On Friday 31 civilians were released, and Kyiv handed over 24 people sought by Moscow.",
        "On Friday Kyiv returned 24 prisoners requested by Russia.",
    ],
)
def test_news_a_handover_of_people_asked_for_goes_to_the_asker(
    news: News, transfer_tuples: TransferTuples, text: str
) -> None:
    assert ("UKR", "RUS") in {
        (s, r) for s, r, _, c in transfer_tuples(news(text)) if c == Count.exact(24)
    }


def test_news_the_by_of_a_passive_handover_still_names_the_sender(
    news: News, transfer_tuples: TransferTuples
) -> None:
    # near miss: no participle of asking, the passive's "by" is the giver
    read = transfer_tuples(news("On Friday 24 prisoners were handed over by Moscow."))
    assert {(s, r) for s, r, _, _ in read} == {("RUS", "UKR")}
