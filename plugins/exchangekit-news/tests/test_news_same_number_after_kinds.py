"""'The same number' after a list of figures of different kinds.

"Kyiv got back 270 soldiers and 120 civilians, and Russia received the same number of
people in return, 390 in all": the phrase repeats the two parts together, and the sum
set off after it is its figure, people of no one kind, in this one exchange. With no
sum stated ("... received the same number"), the phrase may mean the sum or one part:
nothing is read, never the last part's figure under its kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=30, max_value=300),
    st.integers(min_value=5, max_value=25),
    st.sampled_from(["in all", "in total"]),
    st.sampled_from(["in return", "in exchange", ""]),
)
def test_news_stated_sum_after_same_number_is_the_other_way(
    news: Callable[..., Any], soldiers: int, civilians: int, closer: str, back: str
) -> None:
    total = soldiers + civilians
    phrase = f"the same number of people {back}".rstrip()
    result = news(
        f"On Friday Ukraine recovered {soldiers} soldiers and {civilians} civilians, and"
        f" Russia got back {phrase}, {total} {closer}."
    )
    moved = {
        (t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    }
    assert ("UKR", "RUS", "other", str(total)) in moved
    assert not any(s == "UKR" and k != "other" for s, _, k, _ in moved)
    # the sum is this exchange's, no running total since the war began
    assert not result.tallies


def test_news_stated_sum_after_a_dash_and_a_speaker(news: Callable[..., Any]) -> None:
    # the harder form: a speaker's clause, a semicolon, "its own" and a dash
    result = news(
        "The ministry said 64 servicemen and 11 civilians had been handed to Kyiv; Moscow"
        " received the same number of its own citizens in exchange - 75."
    )
    moved = {
        (t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    }
    assert ("UKR", "RUS", "other", "75") in moved
    assert not any(s == "UKR" and c != "75" for s, _, _, c in moved)


def test_news_bare_same_number_after_kinds_is_not_the_last_part(
    recap: Callable[[str], Any],
) -> None:
    # near miss: no sum stated; "the same number" is neither 15 civilians nor a guess
    found = recap(
        "Ukraine got back 140 soldiers and 15 civilians on Tuesday, and Russia received"
        " the same number in return."
    )
    assert not any(sender == "UKR" for _, sender, _, _, _ in found)


def test_news_bare_same_number_after_one_kind_still_repeats_it(
    recap: Callable[[str], Any],
) -> None:
    # near miss the other way: one figure before, so the phrase repeats it, of its kind
    found = recap("Ukraine got back 140 soldiers on Tuesday, and Russia received the same number.")
    assert any(s == "UKR" and k == "prisoners_of_war" and c == "140" for _, s, _, k, c in found)
