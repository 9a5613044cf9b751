"""A listed item marked "N more on <date>" is a further group at that date.

A staged handover is often told as a list whose later items say "more" after the
number instead of "another" before it ("1,000 bodies came back on 3 July, 800 on
5 July and 700 more on 8 July"): the item is a group of its own at its own date,
the verb and the noun said once before it. "More than" is a hedge, not such a mark.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def _dated(text: str) -> set[tuple[str, str, str, str, str]]:
    """(period, sender, receiver, category, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 8, 1), publisher="Desk"
    )
    return {
        (str(item.period), t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


def test_last_item_with_more_keeps_its_own_date() -> None:
    """The closing "and N more on <date>" is that day's, not the day of the item before."""
    legs = _dated(
        "Kyiv took back the remains of 950 soldiers on 3 July, another 800 on 5 July "
        "and 800 more on 8 July."
    )
    assert ("2025-07-05", "RUS", "UKR", "remains", "800") in legs
    assert ("2025-07-08", "RUS", "UKR", "remains", "800") in legs


def test_more_after_a_passive_clause() -> None:
    """After a passive with its receiver, ", and N more on <date>" repeats that verb."""
    legs = _dated(
        "The bodies of 640 fallen servicemen were handed over to Ukraine on 10 July, "
        "and 590 more on 14 July."
    )
    assert ("2025-07-10", "RUS", "UKR", "remains", "640") in legs
    assert ("2025-07-14", "RUS", "UKR", "remains", "590") in legs


def test_more_than_is_a_hedge_not_an_item() -> None:
    """A comparison, "and 95 more than that on <date>", is no group of its own."""
    legs = _dated("Ukraine got back 70 soldiers on 2 July, and 95 more than that on 9 July.")
    assert not any(count == "95" for *_, count in legs)


def test_things_listed_with_more_are_no_people() -> None:
    """A list of lost equipment with "more" counts no people: nothing is handed over."""
    assert _dated("Russia lost 40 tanks on 2 July, and 35 more on 9 July.") == set()


@given(
    first=st.integers(min_value=100, max_value=1500),
    later=st.integers(min_value=100, max_value=1500),
    day=st.integers(min_value=10, max_value=28),
    mark=st.sampled_from(["more", "further"]),
    joiner=st.sampled_from([" and", ", and"]),
)
@settings(max_examples=25, deadline=None)
def test_any_more_item_dated_apart(
    first: int, later: int, day: int, mark: str, joiner: str
) -> None:
    """Whatever the figures and days, the item after "and" keeps its figure and its day."""
    legs = _dated(
        f"Ukraine received {first:,} bodies on 2 July{joiner} {later:,} {mark} on {day} July."
    )
    assert ("2025-07-02", "RUS", "UKR", "remains", f"{first:,}") in legs
    assert (f"2025-07-{day:02d}", "RUS", "UKR", "remains", f"{later:,}") in legs
