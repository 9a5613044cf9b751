"""A gapped second clause whose list "respectively" shares out over the dates.

"In March, April and May, Ukraine received 800 bodies each time, and Russia 12, 15
and 40 respectively": the verb is left out of the second clause, whose figures take
the way back and one listed date each, not the first figure for every date.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=600, max_value=990),
    st.lists(st.integers(min_value=5, max_value=90), min_size=3, max_size=3),
)
def test_news_gapped_list_takes_one_date_each(
    recap: Callable[[str], Any], whole: int, back: list[int]
) -> None:
    a, b, c = back
    found = recap(
        f"In March, April and May, Kyiv took back {whole} bodies each time, and Moscow"
        f" {a}, {b} and {c} respectively."
    )
    # invariant: each month has exactly one leg each way, the listed figure in order
    assert {(p, s, n) for p, s, _, _, n in found if s == "UKR"} == {
        ("2025-03", "UKR", str(a)),
        ("2025-04", "UKR", str(b)),
        ("2025-05", "UKR", str(c)),
    }
    assert {(p, n) for p, s, _, _, n in found if s == "RUS"} == {
        (m, str(whole)) for m in ("2025-03", "2025-04", "2025-05")
    }


def test_news_gapped_list_of_four_months(recap: Callable[[str], Any]) -> None:
    # the harder form: four months, a hedge on the shared figure, an aside after the list
    found = recap(
        "Over June, July, August and September Ukraine got back roughly 900 bodies on"
        " every occasion, and Russia 11, 11, 27 and 36 respectively, in handovers the"
        " Red Cross helped to arrange."
    )
    assert {(p, n) for p, s, _, _, n in found if s == "UKR"} == {
        ("2025-06", "11"),
        ("2025-07", "11"),
        ("2025-08", "27"),
        ("2025-09", "36"),
    }


def test_news_list_with_its_verb_is_unchanged(recap: Callable[[str], Any]) -> None:
    # near miss: the second clause says its verb and noun; the plain pairing holds
    found = recap("In March, April and May, Russia received 12, 15 and 40 bodies respectively.")
    assert found == {
        ("2025-03", "UKR", "RUS", "remains", "12"),
        ("2025-04", "UKR", "RUS", "remains", "15"),
        ("2025-05", "UKR", "RUS", "remains", "40"),
    }
