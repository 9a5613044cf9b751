"""The other way of a swap told as "the number of X freed was put at N by A and M by B".

"Kyiv got back 120 soldiers, while the number of Russians freed was put at 120 by
Moscow and 117 by Kyiv": after a handover in the same sentence, a number "put at"
one figure by one side and another by the other is one exchange's other way, counted
twice by rival sources; it is no running total.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


def _legs(read: Any) -> set[tuple[str, str, str, str, str | None]]:
    return {
        (
            str(e.period),
            t.sender.code,
            t.receiver.code,
            str(t.count),
            t.attributed_to.name.lower() if t.attributed_to else None,
        )
        for e in read.exchanges
        for t in e.transfers
    }


def test_news_number_released_put_at_by_two_sides(news: Callable[..., Any]) -> None:
    read = news(
        "On 3 March Moscow got back 120 soldiers, while the number of Ukrainians released"
        " was put at 121 by Kyiv and 118 by Moscow."
    )
    assert not read.tallies
    legs = {(s, r, n) for _, s, r, n, _ in _legs(read)}
    assert legs == {("UKR", "RUS", "120"), ("RUS", "UKR", "121"), ("RUS", "UKR", "118")}
    assert {str(e.period) for e in read.exchanges} == {"2025-03-03"}


def test_news_number_freed_put_at_by_two_sides_other_way(news: Callable[..., Any]) -> None:
    read = news(
        "Ukraine brought home 64 servicemen on 9 August; the number of Russians freed"
        " was put at 64 by Moscow and 60 by Kyiv."
    )
    assert not read.tallies
    legs = {(s, r, n) for _, s, r, n, _ in _legs(read)}
    assert legs == {("RUS", "UKR", "64"), ("UKR", "RUS", "64"), ("UKR", "RUS", "60")}


def test_news_number_returned_put_at_names_each_source(news: Callable[..., Any]) -> None:
    read = news(
        "On 3 March Russia received 95 prisoners, while the number of Ukrainians returned"
        " was put at 95 by Kyiv and 90 by Moscow."
    )
    assert not read.tallies
    rivals = {(n, who) for _, s, r, n, who in _legs(read) if r == "UKR"}
    assert {n for n, _ in rivals} == {"95", "90"}
    assert all(who is not None for _, who in rivals)


def test_news_number_put_at_without_rivals_stays_a_total(news: Callable[..., Any]) -> None:
    """A single figure with no rival after it keeps the running-total reading."""
    read = news("The number of Ukrainians released since 2022 was put at 5,800 by Kyiv.")
    assert not read.exchanges
    assert {(r, c) for _, r, c in read.tally_keys()} == {("UKR", Count.parse("5,800"))}


def test_news_number_put_at_by_rivals_without_handover_is_no_leg(
    news: Callable[..., Any],
) -> None:
    """With no handover told before it, the rival figures have no exchange to belong to."""
    read = news("The number of Ukrainians released was put at 157 by Kyiv and 150 by Moscow.")
    assert not read.exchanges


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=20, max_value=900), st.integers(min_value=1, max_value=15))
def test_news_number_put_at_by_rivals_any_figures(
    news: Callable[..., Any], n: int, gap: int
) -> None:
    read = news(
        f"On 3 March Moscow got back {n:,} soldiers, while the number of Ukrainians"
        f" released was put at {n + gap:,} by Kyiv and {n:,} by Moscow."
    )
    assert not read.tallies
    got = {(t.receiver.code, t.count) for e in read.exchanges for t in e.transfers}
    assert got == {
        ("RUS", Count.parse(f"{n:,}")),
        ("UKR", Count.parse(f"{n + gap:,}")),
        ("UKR", Count.parse(f"{n:,}")),
    }
