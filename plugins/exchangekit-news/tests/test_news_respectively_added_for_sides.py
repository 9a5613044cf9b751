"""A pair "added for A and B respectively" after a swap told per side: one way each.

"... on each side, with 31 and 15 wounded prisoners added for Ukraine and Russia
respectively": the first figure went to the first side named, the second to the
second, each from the other side; the per-side phrase of the swap before does not
send them both ways, and the second is not sent where the first went. Without
"respectively" the sides after "for" pair no figure with a side, and are not read
so. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
YEAR_END = date(2025, 12, 30)


def test_pair_added_for_sides_after_a_holiday_swap(news: News) -> None:
    # a holiday for the day, the attribution after the sides
    text = (
        "Easter Sunday brought 95 prisoners of war home on each side, with 14 and 9 "
        "wounded prisoners added for Russia and Ukraine respectively, according to the "
        "mediators."
    )
    assert news(text, published=YEAR_END).period_legs() == {
        ("2025-04-20", "RUS", "UKR", "prisoners_of_war", "95"),
        ("2025-04-20", "UKR", "RUS", "prisoners_of_war", "95"),
        ("2025-04-20", "UKR", "RUS", "wounded_prisoners", "14"),
        ("2025-04-20", "RUS", "UKR", "wounded_prisoners", "9"),
    }


def test_pair_included_for_sides_with_a_speaker_after(news: News) -> None:
    text = (
        "On 3 May, 120 soldiers were freed on each side, with 12 and 7 wounded captives "
        "included for Ukraine and Russia respectively, the ombudsman said."
    )
    ways = news(text, published=YEAR_END).ways_as_text()
    assert {way for way in ways if way[2] in ("12", "7")} == {
        ("RUS", "UKR", "12"),
        ("UKR", "RUS", "7"),
    }


def test_pair_for_sides_without_respectively_is_not_shared_out(news: News) -> None:
    # near miss: no "respectively", so no figure is paired with a side
    text = (
        "On 3 May, 120 soldiers were freed on each side, with 12 and 7 wounded captives "
        "included for Ukraine and Russia, the ombudsman said."
    )
    ways = news(text, published=YEAR_END).ways_as_text()
    assert ("RUS", "UKR", "12") not in ways
    assert ("UKR", "RUS", "7") not in ways
