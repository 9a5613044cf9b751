"""A sentence opening "Separately," tells another return, not the day of the one before.

"Our team brought 20 children home in October. Separately, on 9 October, six children
came back": the six are a return of their own on that day, and the month's 20 keep
their month. Without the opener the dated figure may be a day of the month's count.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

Dated = set[tuple[str, str, int]]


def dated(text: str) -> Dated:
    """(period, receiver, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 11, 3), publisher="Desk"
    )
    return {
        (str(item.period), t.receiver.code, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    whole=st.integers(min_value=15, max_value=60),
    part=st.integers(min_value=2, max_value=14),
    day=st.integers(min_value=2, max_value=28),
    opener=st.sampled_from(["Separately", "In a separate return"]),
)
def test_a_return_told_apart_keeps_its_own_day(
    whole: int, part: int, day: int, opener: str
) -> None:
    """Whatever the figures and the day, the month's count keeps its month."""
    text = (
        f"Our team helped bring {whole} children home in October from Russia. "
        f"{opener}, on {day} October, {part} children returned to Ukraine with their mothers."
    )
    assert dated(text) == {("2025-10", "UKR", whole), (f"2025-10-{day:02d}", "UKR", part)}


def test_separately_after_the_date_in_a_longer_sentence() -> None:
    """The harder form: a mediator's aside, the figure in words."""
    text = (
        "The ombudsman said 31 children had come home to Ukraine in October. Separately, "
        "on 12 October, seven children were returned to Ukraine in a return that a Gulf "
        "state said it had arranged."
    )
    assert ("2025-10-12", "UKR", 7) in dated(text)
    assert ("2025-10", "UKR", 31) in dated(text)


def test_separately_in_the_middle_is_no_opener() -> None:
    """Near miss: "separately" inside the sentence does not open it; nothing changes."""
    told = (
        "Our team helped bring 30 children home in October from Russia. On 9 October, "
        "eight children returned to Ukraine, the team said separately."
    )
    plain = (
        "Our team helped bring 30 children home in October from Russia. On 9 October, "
        "eight children returned to Ukraine, the team said."
    )
    assert dated(told) == dated(plain)
