"""Two counts of one way in one month, told as two exchanges, stay two exchanges.

"September brought two exchanges, of 49 and then 103 Ukrainians": both fall in one
month, but the sentence tells them apart ("and then", "two exchanges"), so neither is
dropped as a rival figure of the other, and they are never summed.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news import NewsParser
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Exchange


def _exchanges(text: str) -> list[Exchange]:
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 11, 20), publisher="Desk"
    )
    return [i for i in items if isinstance(i, Exchange)]


def _counts(text: str) -> list[list[str]]:
    """The counts of each exchange read, one list per exchange."""
    return [sorted(str(t.count) for t in e.transfers) for e in _exchanges(text)]


@given(
    first=st.integers(min_value=10, max_value=300),
    more=st.integers(min_value=1, max_value=300),
    month=st.sampled_from(["September", "March", "June"]),
    wording=st.sampled_from(
        [
            "{m} brought two exchanges, of {a} and then {b} Ukrainians.",
            "{m} brought two more exchanges, of {a} and {b} Ukrainians.",
            "In {m} there were two swaps, of {a} and then {b} Ukrainian prisoners.",
            "In {m}, {a} and then {b} Ukrainian prisoners came home.",
        ]
    ),
)
def test_each_count_told_apart_is_its_own_exchange(
    first: int, more: int, month: str, wording: str
) -> None:
    second = first + more
    text = wording.format(m=month, a=first, b=second)
    counts = _counts(text)
    assert sorted(counts) == sorted([[str(first)], [str(second)]])


@pytest.mark.parametrize(
    "text",
    [
        # no sign of two exchanges: one exchange, another figure noted, not a second swap
        "In September 49 Ukrainians came home; officials later put the figure at 103 Ukrainians.",
        # a part after "of whom" is no exchange of its own
        "In September 103 Ukrainians came home, of whom 49 were civilians.",
    ],
)
def test_counts_not_told_apart_make_no_second_exchange(text: str) -> None:
    assert len(_exchanges(text)) <= 1
