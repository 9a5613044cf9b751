"""A quoted count of people a side holds is a count of captives, not a handover.

'Kyiv says Moscow is holding "several thousand" of its soldiers, while Kyiv holds enough
Russians for a few exchanges': the quotation marks round the figure do not hide the
verb of holding, so no one is moved, and the count is the holder's captives of the other
side, told now. A handover in the same words ("handed over 'several hundred'") is still
a handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _captured(read: Any) -> set[str]:
    return {c.subject.code for c in read.claims if c.category.value == "captured"}


@pytest.mark.parametrize("quote", ['"', "\u201c"])
def test_quoted_held_count_is_no_handover(news: News, quote: str) -> None:
    close = '"' if quote == '"' else "\u201d"
    read = news(
        f"A spokeswoman for the ombudsman said on Monday that Moscow is holding "
        f"{quote}several thousand{close} Ukrainian soldiers and civilians, while Kyiv "
        "holds enough Russian captives for a few large exchanges.",
        published=date(2025, 3, 12),
    )
    assert not read.exchanges
    assert _captured(read) == {"UKR"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    held=st.integers(min_value=20, max_value=90).map(lambda k: k * 100),
    verb=st.sampled_from(["is holding", "holds", "was holding"]),
)
def test_quoted_held_number_any_size(news: News, held: int, verb: str) -> None:
    """Whatever the number and tense of holding, a quoted held count moves no one."""
    read = news(
        f'An official said Russia {verb} "{held:,}" Ukrainian prisoners, while Ukraine '
        "holds enough Russians for several exchanges.",
        published=date(2025, 3, 12),
    )
    assert not read.exchanges


def test_quoted_handover_is_still_a_handover(news: News) -> None:
    """Near miss: a verb of handing over before the quoted figure moves its people."""
    read = news(
        'On Monday Russia handed over "several hundred" Ukrainian prisoners, an official said.',
        published=date(2025, 3, 12),
    )
    legs = {(t.receiver.code, t.category.value) for e in read.exchanges for t in e.transfers}
    assert legs == {("UKR", "prisoners_of_war")}
