"""The other side's own word on people it names as already counted is no second account.

"Moscow said it had handed over 48 civilians. Kyiv, for its part, confirmed the return of
the 48 civilians": the definite "the 48" points back at the people the story counted, so
the receiving side vouches for that figure and it stays one record. Without the article
("confirmed the return of 48 civilians") the side gives a count of its own, and each side's
count is a record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_TOLD = "Russia's defence ministry said {n} Ukrainian {people} were freed on Tuesday. "
_AGAIN = (
    "Kyiv, for its part, said it got back the {n} {again}.",
    "Ukraine's coordination headquarters, for its part, confirmed the return of the {n} {again}.",
    "Kyiv confirmed receiving the {n} {again} and thanked the mediators.",
)
_PEOPLE = (("prisoners of war", "soldiers"), ("civilians", "civilians"))


def _ways(result: Any) -> list[tuple[str, str, Count]]:
    return sorted(
        (t.sender.code, t.receiver.code, t.count) for e in result.exchanges for t in e.transfers
    )


@pytest.mark.parametrize("again", _AGAIN)
@pytest.mark.parametrize("people", _PEOPLE)
def test_news_the_other_side_vouching_for_the_people_counted_adds_no_record(
    news: News, again: str, people: tuple[str, str]
) -> None:
    told, named = people
    text = _TOLD.format(n=64, people=told) + again.format(n=64, again=named)
    assert _ways(news(text)) == [("RUS", "UKR", Count.exact(64))]


def test_news_the_other_side_giving_its_own_count_is_its_second_teller(news: News) -> None:
    """Near miss: "confirmed the return of 64 soldiers" is Kyiv's own count of the same
    figure: one record under the first teller (convention 13), Kyiv named in a note."""
    text = _TOLD.format(n=64, people="prisoners of war") + (
        "Kyiv, for its part, confirmed the return of 64 soldiers."
    )
    read = news(text)
    assert _ways(read) == [("RUS", "UKR", Count.exact(64))]
    assert any("also gave 64 " in note for e in read.exchanges for note in e.notes)


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_people_already_counted_are_one_record_whatever_the_number(news: News, n: int) -> None:
    text = _TOLD.format(n=f"{n:,}", people="prisoners of war") + _AGAIN[1].format(
        n=f"{n:,}", again="defenders"
    )
    assert _ways(news(text)) == [("RUS", "UKR", Count.exact(n))]
