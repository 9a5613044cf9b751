"""People of two kinds set off after one figure, and a move "each way" past them.

"120 prisoners - soldiers and civilians - were swapped": the dashes, like the
commas of "120 prisoners, soldiers and civilians, were swapped", say who the 120
are, and people of two kinds under one figure are of no one kind (other), never
prisoners of war. The verb of the clause stands after the group: "70 soldiers and
civilians went each way" is one swap of 70 a side, as "70 soldiers went each way"
is. A dash that opens anything else ("- the largest group since spring -") leaves
the figure's own noun as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


def test_news_mixed_group_between_dashes_is_other(recap: Callable[[str], Any]) -> None:
    found = recap("On 3 March, 120 prisoners — soldiers and civilians — were swapped by each side.")
    assert found == {
        ("2025-03-03", "RUS", "UKR", "other", "120"),
        ("2025-03-03", "UKR", "RUS", "other", "120"),
    }


def test_news_mixed_group_between_spaced_hyphens_one_way(recap: Callable[[str], Any]) -> None:
    found = recap("Kyiv got back 60 prisoners - servicemen and civilians - on 4 November.")
    assert found == {("2025-11-04", "RUS", "UKR", "other", "60")}


def test_news_mixed_group_went_each_way(recap: Callable[[str], Any]) -> None:
    found = recap("On 3 March, 70 soldiers and civilians went each way.")
    assert found == {
        ("2025-03-03", "RUS", "UKR", "other", "70"),
        ("2025-03-03", "UKR", "RUS", "other", "70"),
    }


def test_news_mixed_group_between_dashes_went_each_way(recap: Callable[[str], Any]) -> None:
    found = recap("On 3 March, 70 prisoners – soldiers and civilians – went each way.")
    assert found == {
        ("2025-03-03", "RUS", "UKR", "other", "70"),
        ("2025-03-03", "UKR", "RUS", "other", "70"),
    }


def test_news_dash_aside_of_no_people_keeps_the_noun(recap: Callable[[str], Any]) -> None:
    """A set-off remark that names no second kind leaves the soldiers prisoners of war."""
    found = recap(
        "On 3 March, 120 soldiers - the largest group since spring - were swapped each way."
    )
    assert found == {
        ("2025-03-03", "RUS", "UKR", "prisoners_of_war", "120"),
        ("2025-03-03", "UKR", "RUS", "prisoners_of_war", "120"),
    }


def test_news_one_kind_went_each_way_unchanged(recap: Callable[[str], Any]) -> None:
    found = recap("On 3 March, 70 soldiers went each way.")
    assert {leg[3] for leg in found} == {"prisoners_of_war"}


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=1500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_mixed_group_each_way_any_figure(news: Callable[..., Any], n: int) -> None:
    result = news(f"On 3 March, {n:,} prisoners - soldiers and civilians - went each way.")
    legs = {
        (t.receiver.code, t.category.value, t.count) for e in result.exchanges for t in e.transfers
    }
    count = Count.parse(f"{n:,}")
    assert legs == {("UKR", "other", count), ("RUS", "other", count)}
