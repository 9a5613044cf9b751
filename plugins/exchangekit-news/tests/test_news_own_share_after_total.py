"""A side's own share told "for its part" right after a total over a span is no handover.

"Moscow said it had handed over 4,200 bodies in March, in three stages. Russia, for its
part, got back 64 bodies": the 64 stand beside the month's total, over its span, and
are no handover of the exchange the text told earlier; with no date of their own they
give no exchange. The total must be the share's counterpart: the same kind of people,
moved the other way, over a bounded span or in the same sentence. After a single
handover, after a total since 2022 told in an earlier sentence, or after a total of
another kind or the same way, "for its part" still gives a leg of the exchange.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, ExchangeTally, PersonCategory

_POW = PersonCategory.PRISONERS_OF_WAR
_REMAINS = PersonCategory.REMAINS
_DAY = date(2025, 5, 12)

Leg = tuple[str, str, PersonCategory, Count]


def _read(text: str) -> tuple[set[Leg], set[Leg]]:
    """The exchange legs and the tallies read in ``text``, as (sender, receiver, kind, count)."""
    items = list(
        NewsParser().parse(io.StringIO(text), source="a.txt", published=_DAY, publisher="Desk")
    )
    legs = {
        (t.sender.code, t.receiver.code, t.category, t.count)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    tallies = {
        (item.sender.code if item.sender else "", item.receiver.code, item.category, item.count)
        for item in items
        if isinstance(item, ExchangeTally)
    }
    return legs, tallies


def _each_way(kind: PersonCategory, n: int) -> set[Leg]:
    return {("UKR", "RUS", kind, Count.exact(n)), ("RUS", "UKR", kind, Count.exact(n))}


@pytest.mark.parametrize(
    ("text", "swapped", "total"),
    [
        (
            "On 2 April, 120 prisoners were swapped each way. Later that month Moscow said "
            "it had handed over 3,600 bodies during March, in several stages. Russia, for "
            "its part, got back 57 bodies.",
            120,
            3_600,
        ),
        (
            "The sides traded 84 prisoners each on Friday. Kyiv says 2,400 bodies were "
            "returned to Ukraine in January in four handovers. Moscow, for its part, "
            "received 19 bodies.",
            84,
            2_400,
        ),
        (
            "Both sides released 65 prisoners each on 30 April. Over February, in two "
            "handovers, Russia sent 1,900 bodies back to Ukraine. Moscow, for its part, "
            "recovered 26 bodies, its ministry said.",
            65,
            1_900,
        ),
        (
            "Kyiv and Moscow handed over 70 prisoners each on Monday. Altogether 1,300 "
            "bodies were brought to Ukraine across the autumn in four repatriations; "
            "Moscow, for its part, received 28 bodies.",
            70,
            1_300,
        ),
    ],
)
def test_news_own_share_after_a_total_joins_no_exchange(
    text: str, swapped: int, total: int
) -> None:
    """The swap and the total stay as read; the share after the total gives no leg."""
    legs, tallies = _read(text)
    assert legs == _each_way(_POW, swapped), legs
    assert tallies == {("RUS", "UKR", _REMAINS, Count.exact(total))}, tallies


def test_news_for_its_part_after_one_handover_keeps_the_other_side() -> None:
    """Guard: after a single handover, the other side's "for its part" count is its leg."""
    legs, _ = _read(
        "On Thursday Russia handed over 1,000 bodies to Ukraine. Russia, for its part, "
        "got back 41 bodies, the ministry said."
    )
    assert legs == {
        ("RUS", "UKR", _REMAINS, Count.exact(1_000)),
        ("UKR", "RUS", _REMAINS, Count.exact(41)),
    }, legs


@pytest.mark.parametrize(
    "text",
    [
        # a running total since 2022 of the same kind, told in a sentence of its own
        "Ukraine got 88 POWs back in the swap.\nIn all, 5,010 Ukrainian soldiers have returned "
        "home so far.\nRussia, for its part, got 88 servicemen back, its ministry said.",
        # a total over a span moved the other way, but of bodies, not of soldiers
        "Ukraine got 88 POWs back in the swap.\nIn March, 2,300 bodies were sent to "
        "Ukraine in stages.\nRussia, for its part, got 88 servicemen back, Moscow said.",
        # a total of the same kind over a span, but moved the same way as the share
        "Ukraine got 88 POWs back in the swap.\nIn March, 700 soldiers were sent back to "
        "Russia in stages.\nRussia, for its part, got 88 servicemen back, Moscow said.",
    ],
)
def test_news_for_its_part_after_a_total_of_no_counterpart_keeps_the_leg(text: str) -> None:
    """A total that is not the share's counterpart leaves the share a leg of the swap."""
    legs, _ = _read(text)
    assert _each_way(_POW, 88) <= legs, legs


@settings(max_examples=20, deadline=None)
@given(total=st.integers(2_100, 9_000), share=st.integers(2, 99))
def test_news_own_share_after_a_total_never_joins(total: int, share: int) -> None:
    """Whatever the counts, the share told after a monthly total joins no exchange."""
    legs, tallies = _read(
        f"On 2 April, 120 prisoners were swapped each way. Moscow said it had handed over "
        f"{total:,} bodies during March, in several stages. Russia, for its part, got back "
        f"{share} bodies."
    )
    assert legs == _each_way(_POW, 120), legs
    assert tallies == {("RUS", "UKR", _REMAINS, Count.exact(total))}, tallies


@settings(max_examples=20, deadline=None)
@given(total=st.integers(2_100, 9_000), swapped=st.integers(2, 99))
def test_news_share_after_a_total_since_2022_stays_a_leg(total: int, swapped: int) -> None:
    """Whatever the counts, a total since 2022 told apart leaves the share the swap's leg."""
    legs, tallies = _read(
        f"Ukraine got {swapped} POWs back in the swap.\nIn all, {total:,} Ukrainian soldiers "
        f"have returned home so far.\nRussia, for its part, got {swapped} servicemen back."
    )
    assert legs == _each_way(_POW, swapped), legs
    assert tallies == {("RUS", "UKR", _POW, Count.exact(total))}, tallies
