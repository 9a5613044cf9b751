"""People a report talked to, its noun of talking parted from "with" by a short modifier.

"Interviews done in March with 64 soldiers freed in earlier swaps suggested ...":
the 64 are the monitors' sample of people already freed, not a handover, however
the participle or date between the noun and its "with" runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
FRIDAY = date(2025, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Interviews done in March with 64 Ukrainian soldiers freed in earlier swaps "
        "suggested that most had been beaten.",
        # other nouns, participles and dates between the noun and "with"
        "Conversations held last month with 17 civilians returned from Russia pointed to "
        "forced labour.",
        "Surveys carried out in the spring with 230 returned prisoners showed high rates of "
        "trauma.",
        "The monitors' interviews in Kyiv with 45 men freed in the June swap were published "
        "on Monday.",
        # a relative clause with its own subject between the noun and "with"
        "The paper draws on interviews the mission conducted in August with 41 POWs "
        "released by Russia.",
        "The study draws on interviews its researchers conducted in June with 19 soldiers "
        "released by Moscow.",
    ],
)
def test_news_people_talked_to_are_no_handover(news: News, text: str) -> None:
    assert news(text, published=FRIDAY).legs_as_text() == set()


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the noun of talking is in another clause, or only sets the scene
        "Interviews were conducted in May, and Russia handed over 52 Ukrainian POWs on Tuesday.",
        "After interviews in Istanbul, Russia exchanged 52 Ukrainian POWs with Kyiv on Tuesday.",
        # the finite verb "ended" takes the "with": the noun of talking is only its subject
        "Interviews in Odesa on Tuesday ended with 52 Ukrainian POWs freed by Russia.",
    ],
)
def test_news_a_handover_beside_a_noun_of_talking_is_still_read(news: News, text: str) -> None:
    assert news(text, published=FRIDAY).legs_as_text() == {("RUS", "UKR", "prisoners_of_war", "52")}


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=9999))
def test_news_a_sample_talked_to_is_never_a_handover(news: News, n: int) -> None:
    text = (
        f"Interviews done in the autumn with {n:,} Ukrainian soldiers freed in earlier "
        "swaps suggested signs of abuse."
    )
    assert news(text, published=FRIDAY).legs_as_text() == set()
