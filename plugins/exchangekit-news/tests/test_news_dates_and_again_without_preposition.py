"""A date after "and again" with no preposition of its own goes on the list before it.

"In September and again earlier this month - each time about 800 bodies - Russia handed
the remains to Ukraine, while Ukraine returned a few dozen each time": "earlier this month"
is the list's second item, as "and again in November" would be, so each figure told "each
time" is one handover in each month. A figure told once over such a list is no month's
("Russia handed 800 bodies to Ukraine in September and again earlier this month"), as with
"in September and again in November".
"""

from __future__ import annotations

from collections.abc import Callable

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


def test_each_time_figures_in_both_months(recap: Recap) -> None:
    """800 to Ukraine and a few dozen back, in September and in November (the story's month)."""
    legs = recap(
        "In September and again earlier this month - each time about 800 bodies - Russia handed"
        " the remains to Ukraine, while Ukraine returned a few dozen each time."
    )
    assert {(p, r) for p, _, r, _, _ in legs} == {
        ("2025-09", "UKR"),
        ("2025-11", "UKR"),
        ("2025-09", "RUS"),
        ("2025-11", "RUS"),
    }


def test_figure_told_once_over_the_list_is_no_months(recap: Recap) -> None:
    """One 800 over two listed months: put in neither, as with "and again in November"."""
    for text in (
        "Russia handed 800 bodies to Ukraine in September and again earlier this month.",
        "Russia handed 800 bodies to Ukraine in September and again in November.",
    ):
        assert not recap(text)
