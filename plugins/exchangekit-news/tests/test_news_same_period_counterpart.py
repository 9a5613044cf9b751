"""'Over the same period' after one handover told in the same sentence: its other way.

"On Monday Kyiv received 900 bodies, and says it gave back 40 over the same period":
with no running total told nearby, the period is that one handover's, so the second
figure is the handover's other way, not a total since the war began. After a running
total the phrase still spans the total's period.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally


def read(text: str) -> tuple[set[tuple[str, str, int]], set[tuple[str, str, int]]]:
    """(sender, receiver, count) of the transfers and of the running totals in ``text``."""
    items = list(
        NewsParser().parse(
            io.StringIO(text), source="a.txt", published=date(2025, 6, 20), publisher="Desk"
        )
    )
    moved = {
        (t.sender.code, t.receiver.code, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    totals = {
        (t.sender.code, t.receiver.code, t.count.best or 0)
        for t in items
        if isinstance(t, ExchangeTally) and t.sender is not None and t.receiver is not None
    }
    return moved, totals


@settings(max_examples=20, deadline=None)
@given(
    got=st.integers(min_value=300, max_value=6000),
    gave=st.integers(min_value=5, max_value=90),
    prep=st.sampled_from(["over", "in", "during"]),
)
def test_the_other_way_of_one_handover(got: int, gave: int, prep: str) -> None:
    """Whatever the figures and preposition, the second figure is a transfer, not a total."""
    text = (
        f"KYIV, 20 June - On Monday Ukraine received {got:,} bodies from Russia, and Kyiv "
        f"says it gave back {gave} Russian bodies {prep} the same period."
    )
    moved, totals = read(text)
    assert ("UKR", "RUS", gave) in moved
    assert ("UKR", "RUS", gave) not in totals


def test_an_aside_between_the_two_ways() -> None:
    """Harder: a dash aside on the source stands between the two figures."""
    text = (
        "KYIV, 20 June - Earlier this week, on Tuesday, Ukraine took back 2,300 bodies - "
        "the Russian side's figure - and Kyiv says it returned 51 Russian bodies over the "
        "same period."
    )
    moved, totals = read(text)
    assert ("UKR", "RUS", 51) in moved
    assert ("UKR", "RUS", 51) not in totals


def test_after_a_running_total_the_period_is_the_totals() -> None:
    """Near miss: a running total told first; "the same period" is its span, a total too."""
    text = (
        "KYIV, 20 June - Ukraine has received 9,000 bodies since 2022. Russia has got "
        "back 300 bodies over the same period."
    )
    moved, _ = read(text)
    assert ("UKR", "RUS", 300) not in moved


def test_a_present_perfect_after_a_total_since_a_year_is_a_total() -> None:
    """A "since" span and "has returned" in the same sentence: the 40 are a total too."""
    text = (
        "KYIV, 20 June - Since 2023 Kyiv has taken back 8,000 bodies; on Tuesday it took "
        "back 650, and it has returned 40 over the same period."
    )
    moved, totals = read(text)
    assert ("RUS", "UKR", 650) in moved
    assert ("UKR", "RUS", 40) not in moved
    assert ("UKR", "RUS", 40) in totals


def test_a_simple_past_after_a_total_since_a_year_stays_a_total() -> None:
    """Near miss: "gave back" after a "since" total in the same sentence spans that total."""
    text = (
        "KYIV, 20 June - Since 2023 Kyiv has taken back 8,000 bodies; on Tuesday it took "
        "back 650, and it gave back 40 over the same period."
    )
    moved, totals = read(text)
    assert ("UKR", "RUS", 40) not in moved
    assert ("UKR", "RUS", 40) in totals


@settings(max_examples=10, deadline=None)
@given(
    aux=st.sampled_from(["has", "has also", "have"]),
    subject=st.sampled_from(["it", "officials say Kyiv", "the two ministries"]),
)
def test_a_present_perfect_is_no_one_day_handover(aux: str, subject: str) -> None:
    """Harder: no span named, but "has returned" tells a sum, not the day's other way."""
    text = (
        "KYIV, 20 June - On Tuesday Ukraine took back 650 bodies, and "
        f"{subject} {aux} returned 40 Russian bodies over the same period."
    )
    moved, _ = read(text)
    assert ("RUS", "UKR", 650) in moved
    assert ("UKR", "RUS", 40) not in moved
