"""'On the first of those days': a rank that points back into the days listed just before.

"On 3, 7 and 10 March Kyiv got back 300, 320 and 310 bodies. Moscow received nine on
the last of those days": the rank names one listed day, not the last date told; a rank
the list does not reach names no day, and the figure is left out rather than dated to
the latest exchange.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_DAYS = ("2025-03-03", "2025-03-07", "2025-03-10")


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from([("first", 0), ("second", 1), ("third", 2), ("last", 2), ("final", 2)]),
    st.sampled_from(["those days", "these days", "those handovers"]),
    st.integers(min_value=5, max_value=60),
)
def test_news_rank_of_those_days_picks_the_listed_day(
    recap: Callable[[str], Any], rank: tuple[str, int], noun: str, back: int
) -> None:
    word, place = rank
    found = recap(
        "On March 3, 7 and 10 Kyiv got back 300, 320 and 310 bodies of its soldiers."
        f" Moscow received {back} bodies on the {word} of {noun}."
    )
    russian = {(period, count) for period, sender, _, _, count in found if sender == "UKR"}
    assert russian == {(_DAYS[place], str(back))}


def test_news_rank_of_those_days_after_a_clause_of_its_own(
    recap: Callable[[str], Any],
) -> None:
    # the harder form: the rank opens the sentence and the side is named after the figure
    found = recap(
        "Ukraine took back 450 and 460 bodies on 12 and 19 August. On the first of those"
        " days, 16 bodies went the other way, to Russia."
    )
    assert ("2025-08-12", "UKR", "RUS", "remains", "16") in found
    assert not any(sender == "UKR" and period == "2025-08-19" for period, sender, *_ in found)


def test_news_rank_beyond_the_list_gives_no_day(recap: Callable[[str], Any]) -> None:
    # near miss: two days listed, "the third of those days" names none of them
    found = recap(
        "On March 3 and 10 Kyiv got back 300 and 310 bodies of its soldiers."
        " Moscow received 14 bodies on the third of those days."
    )
    assert not any(count == "14" for *_, count in found)


def test_news_first_of_the_month_is_no_listed_rank(recap: Callable[[str], Any]) -> None:
    # near miss: "the first of the month" names a day of its own, not a listed one
    found = recap(
        "On March 3, 7 and 10 Kyiv got back 300, 320 and 310 bodies of its soldiers."
        " Moscow received 14 bodies on the first of the month."
    )
    assert ("2025-03-03", "UKR", "RUS", "remains", "14") not in found
