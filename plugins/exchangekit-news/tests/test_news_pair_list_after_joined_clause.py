"""A list of dated "N for N" pairs after a colon, when an earlier joined clause holds a plan word.

"Moscow had new captives to offer, and swaps sped up: 60 for 60 on 3 May, and 85 for 85
on 9 June": the offer belongs to the clause before ", and", not to the clause that opens
the list, so each pair is that day's swap, and a bare pair in a list of swaps is of
prisoners of war. A pair that is itself the object of an offer stays out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import read

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=15, deadline=None)
@given(
    first=st.integers(min_value=10, max_value=99),
    second=st.integers(min_value=100, max_value=300),
    plan=st.sampled_from(["to offer", "to propose", "it could suggest"]),
)
def test_plan_word_in_an_earlier_joined_clause(
    recap: Callable[[str], Legs], first: int, second: int, plan: str
) -> None:
    """Each dated pair goes both ways on its day as prisoners of war."""
    text = (
        "Prisoner swaps carried on through the year. "
        f"Moscow had a fresh group of captives {plan}, and swaps sped up: "
        f"{first} for {first} on 3 May, and {second} for {second} on 9 June."
    )
    assert recap(text) == {
        ("2025-05-03", "UKR", "RUS", "prisoners_of_war", str(first)),
        ("2025-05-03", "RUS", "UKR", "prisoners_of_war", str(first)),
        ("2025-06-09", "UKR", "RUS", "prisoners_of_war", str(second)),
        ("2025-06-09", "RUS", "UKR", "prisoners_of_war", str(second)),
    }


def test_harder_after_a_bare_per_side_figure(recap: Callable[[str], Legs]) -> None:
    """Harder: a bare per-side figure before the list does not make the pairs "other"."""
    text = (
        "The two sides kept exchanging prisoners. On 2 April each side let go 40. "
        "By summer Kyiv held many more soldiers it could offer, and the tempo rose: "
        "70 for 70 on 3 July, and 88 for 88 on 21 August."
    )
    legs = {leg for leg in recap(text) if leg[4] in ("70", "88")}
    assert legs == {
        ("2025-07-03", "UKR", "RUS", "prisoners_of_war", "70"),
        ("2025-07-03", "RUS", "UKR", "prisoners_of_war", "70"),
        ("2025-08-21", "UKR", "RUS", "prisoners_of_war", "88"),
        ("2025-08-21", "RUS", "UKR", "prisoners_of_war", "88"),
    }


def test_a_pair_offered_is_not_read(recap: Callable[[str], Legs]) -> None:
    """Near miss: the pair is what a side offered, not a swap done."""
    text = "Prisoner swaps stalled. Kyiv offered 60 for 60 on 3 May, and Moscow did not reply."
    assert recap(text) == set()


def test_a_plan_in_the_clause_that_opens_the_list(recap: Callable[[str], Legs]) -> None:
    """Near miss: the clause right before the colon proposes the list."""
    text = (
        "Prisoner swaps stalled, and Kyiv proposed two more swaps: "
        "60 for 60 on 3 May, and 85 for 85 on 9 June."
    )
    assert recap(text) == set()


def test_a_month_after_a_day_of_that_month_is_another_swap(
    recap: Callable[[str], Legs],
) -> None:
    """A list's later item dated by the month of an earlier item's day is its own swap."""
    text = (
        "Prisoner swaps carried on through the year. The tempo rose: 64 for 64 on "
        "5 June, and 38 for 38 in June, followed by 120 for 120 on 2 August."
    )
    assert {(p, n) for p, _, _, _, n in recap(text)} == {
        ("2025-06-05", "64"),
        ("2025-06", "38"),
        ("2025-08-02", "120"),
    }


def test_one_swap_told_by_its_day_and_its_month_stays_one(
    recap: Callable[[str], Legs],
) -> None:
    """Near miss: the same count told again by its month is the same swap, not a second."""
    text = (
        "Prisoner swaps carried on. On 5 June each side freed 64 prisoners, the only "
        "swap in June, and in June 64 were freed by each side."
    )
    assert {(p, n) for p, _, _, _, n in recap(text)} == {("2025-06-05", "64")}


@settings(max_examples=10, deadline=None)
@given(
    opening=st.sampled_from(
        [
            "Moscow would release its prisoners, and the figures are public",
            "Under a scheme Moscow offered, and which Kyiv is studying",
            "Kyiv had proposed new swaps, and the figures are public",
            "Kyiv had to offer more captives, and the figures are public",
        ]
    ),
    published=st.sampled_from([date(2025, 4, 1), date(2025, 11, 20)]),
)
def test_a_plan_before_the_joined_clause_still_governs_the_list(
    opening: str, published: date
) -> None:
    """A modal or plan word not bound to a held object keeps the dated pairs a plan.

    Neither done swaps nor, told before the days came, the same days a year back.
    """
    text = f"Talks on prisoners resumed. {opening}: 70 for 70 on 3 May, and 88 for 88 on 9 June."
    assert read(text, published=published).exchanges == []


def test_a_held_object_clause_after_a_figure_is_still_read(
    recap: Callable[[str], Legs],
) -> None:
    """Harder: a figure earlier in the held-object clause does not turn the offer into a plan."""
    text = (
        "Prisoner swaps carried on. With 500 soldiers in its camps, Moscow held plenty "
        "it could offer, and swaps sped up: 70 for 70 on 3 May, and 88 for 88 on 9 June."
    )
    assert {(p, n) for p, _, _, _, n in recap(text)} == {("2025-05-03", "70"), ("2025-06-09", "88")}
