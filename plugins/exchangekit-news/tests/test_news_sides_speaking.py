"""Officials "on both sides" who say a figure speak for it; they share nothing out per side.

"Over several days in May, Russia gave back 4,210 bodies and Ukraine 51, officials on
both sides said" sums a run of handovers placed in May: a total for each direction,
not one handover. The per-side phrase there is the speakers' place, so it does not
make the figures one swap's share per side, as "100 prisoners on each side" does.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser

from exchangekit import Count, ExchangeTally

from .conftest import moves

_TOLD = date(2025, 6, 20)


def _tallies(text: str) -> set[tuple[str, str, str, Count]]:
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=_TOLD)
    return {
        (t.sender.code, t.receiver.code, t.category.value, t.count)
        for t in items
        if isinstance(t, ExchangeTally)
    }


def test_run_of_days_told_by_officials_on_both_sides_is_a_total() -> None:
    text = (
        "In early May, over several days, Russia gave back 4,210 bodies and Ukraine 51, "
        "officials on both sides said."
    )
    assert moves(text, _TOLD) == set()
    assert _tallies(text) == {
        ("RUS", "UKR", "remains", Count.exact(4210)),
        ("UKR", "RUS", "remains", Count.exact(51)),
    }


def test_officials_on_each_side_say_it_too() -> None:
    text = (
        "In early May, over several days, Russia gave back 4,210 bodies, "
        "officials on each side say."
    )
    assert moves(text, _TOLD) == set()


def test_a_share_on_each_side_is_still_per_side() -> None:
    text = "On Tuesday the two countries freed 100 prisoners on each side, officials said."
    assert moves(text, _TOLD) == {
        ("UKR", "RUS", "prisoners_of_war", 100),
        ("RUS", "UKR", "prisoners_of_war", 100),
    }
