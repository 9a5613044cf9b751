"""A main verb with an adverb in its group still closes a relative clause on the people.

"eight residents who had been brought to Ukraine were also returned to Russia": the
relative clause tells how the people came to be held, and the main verb after it ("were
also returned", "have now been handed back") tells the handover. An adverb inside the
main verb's group must not let the relative clause's "to Ukraine" give the way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 8, 24)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=2, max_value=90),
    adverb=st.sampled_from(["also", "then", "already"]),
    way=st.sampled_from([("Ukraine", "Russia", "UKR", "RUS"), ("Russia", "Ukraine", "RUS", "UKR")]),
)
def test_news_main_verb_past_relative_gives_the_way(
    news: News, transfer_tuples: TransferTuples, n: int, adverb: str, way: tuple[str, str, str, str]
) -> None:
    held, home, sender, receiver = way
    text = (
        f"On Sunday {n} civilians who had been brought to {held} were {adverb} returned to {home}."
    )
    found = transfer_tuples(news(text, published=_DAY))
    assert (sender, receiver, "civilians", Count.exact(n)) in found
    assert all((s, r) == (sender, receiver) for s, r, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # the harder form: a reported clause, an "of" phrase before the relative, a long
        # relative clause and the receiver named as a side
        "Moscow said that eight residents of the border district who had been brought to "
        "Ukraine during the fighting there were also returned to the Russian side on Sunday.",
    ],
)
def test_news_main_verb_past_long_relative_gives_the_way(
    news: News, transfer_tuples: TransferTuples, text: str
) -> None:
    found = transfer_tuples(news(text, published=_DAY))
    assert ("UKR", "RUS", "civilians", Count.exact(8)) in found
    assert ("RUS", "UKR", "civilians", Count.exact(8)) not in found


def test_news_relative_verb_alone_keeps_its_goal(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: with no main verb after it, the relative's own verb is no handover."""
    text = "On Sunday officials named eight civilians who had also been brought to Ukraine."
    found = transfer_tuples(news(text, published=_DAY))
    assert ("UKR", "RUS", "civilians", Count.exact(8)) not in found
