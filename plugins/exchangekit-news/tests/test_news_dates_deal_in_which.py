"""A deal dated right before "in which"/"when" and a swap verb done is the exchange's day."""

from __future__ import annotations

from collections.abc import Callable

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


def test_a_deal_dated_before_in_which_dates_the_swap_inside(recap: Recap) -> None:
    """ "a deal on 8 March, in which the sides traded 60 each": 8 March, not the page's day."""
    found = recap(
        "Talks went on all winter. Then came a deal on 8 March, in which the two "
        "countries traded 60 prisoners each."
    )
    assert ("2025-03-08", "UKR", "RUS", "prisoners_of_war", "60") in found
    assert ("2025-03-08", "RUS", "UKR", "prisoners_of_war", "60") in found


def test_a_later_season_in_the_next_conjunct_does_not_take_the_date(recap: Recap) -> None:
    """Harder: a pause "over the summer" told after the swap is not the swap's date."""
    found = recap(
        "Spring brought a deal on April 4, when Kyiv and Moscow swapped 70 prisoners "
        "each, and then a long pause over the summer, ended only on September 1 by a "
        "swap of 55 for 55."
    )
    assert ("2025-04-04", "RUS", "UKR", "prisoners_of_war", "70") in found
    assert ("2025-09-01", "RUS", "UKR", "prisoners_of_war", "55") in found


def test_a_deal_whose_clause_only_plans_keeps_no_date_of_a_swap(recap: Recap) -> None:
    """Near miss: "a deal on 8 March, under which 60 will be swapped" dates no swap done."""
    found = recap(
        "Negotiators announced a deal on 8 March, under which 60 prisoners each will be "
        "swapped later in the spring."
    )
    assert not any(leg[0] == "2025-03-08" for leg in found)


def test_a_deal_whose_clause_names_only_a_noun_of_swapping_dates_no_swap(recap: Recap) -> None:
    """Near miss: "in which a mediator arranged a swap of lists" tells the deal's business.

    The release the sentence counts is not dated by the deal's day; only a verb of
    moving people inside the clause makes that day the exchange's.
    """
    found = recap(
        "Kyiv and Moscow released 120 soldiers each under an accord on 3 March, in which "
        "Qatar arranged an exchange of lists."
    )
    assert not any(leg[0] == "2025-03-03" for leg in found)
    found = recap(
        "Both countries freed 45 prisoners each under a deal on 3 March, when the Vatican "
        "oversaw a swap of names."
    )
    assert not any(leg[0] == "2025-03-03" for leg in found)


def test_a_deal_whose_clause_has_a_verb_of_swapping_still_dates_it(recap: Recap) -> None:
    """Harder form kept: a finite swap verb after "when" still dates the exchange."""
    found = recap(
        "Winter dragged on. Then came a pact on 3 March, when the two countries exchanged "
        "45 prisoners each."
    )
    assert ("2025-03-03", "RUS", "UKR", "prisoners_of_war", "45") in found
