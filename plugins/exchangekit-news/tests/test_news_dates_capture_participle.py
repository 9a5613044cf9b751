"""A date after a capture participle dates the capture only inside the participle's phrase.

"Two soldiers captured by Ukrainian forces in January are still held": the month says
when they were taken, and the count stands when it is told. But "... soldiers captured
near the border, the general said in June": past the comma and the verb of saying, the
month is when the count was given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=12, max_value=9_000),
    month=st.sampled_from([("March", "2025-03"), ("June", "2025-06"), ("August", "2025-08")]),
    place=st.sampled_from(["near the border", "in the north", "in that region"]),
    teller=st.sampled_from(["the army chief said", "a general told reporters"]),
)
def test_a_date_past_the_participles_phrase_is_when_the_count_was_given(
    news: News, n: int, month: tuple[str, str], place: str, teller: str
) -> None:
    name, expected = month
    text = f"Ukraine holds {n:,} Russian soldiers captured {place}, {teller} in {name}."
    assert [str(c.as_of) for c in news(text).claims] == [expected]


def test_a_date_inside_the_participles_phrase_is_the_captures(news: News) -> None:
    text = "Kyiv holds 340 Russian soldiers captured near the border in June, a general said."
    assert [str(c.as_of) for c in news(text).claims] == ["2025-10-23"]
