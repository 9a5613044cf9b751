"""Swaps as broadcast transcripts tell them: sizes in words, earlier swaps recalled by day.

"It was a hundred and twenty for a hundred and twenty": a spelled number opened by "a"
is a pair as "120 for 120" is. "And the one before? - That was in March, the ninth -
eighty each way": a dated size per side, answering a question about an earlier swap,
is that swap's, both ways between the sides of the exchange told before, however far
back it was told and whatever one-way extra it had. "on the ninth" said alone is the
ninth of the report's month, as "on the 9th" is.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "sixty": 60, "ninety": 90}
_UNITS = {"one": 1, "three": 3, "six": 6, "eight": 8}


def legs(text: str, published: date = date(2024, 11, 21)) -> set[tuple[str, str, str, int, str]]:
    """(sender, receiver, category, count, period) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk"
    )
    return {
        (e_t.sender.code, e_t.receiver.code, e_t.category.value, e_t.count.best or 0, str(e.period))
        for e in items
        if isinstance(e, Exchange)
        for e_t in e.transfers
    }


@settings(max_examples=15, deadline=None)
@given(tens=st.sampled_from(sorted(_TENS)), unit=st.sampled_from(sorted(_UNITS)))
def test_a_hundred_and_n_for_the_same_is_a_pair(tens: str, unit: str) -> None:
    """Whatever the spelled number after "a hundred and", the pair gives it each way."""
    value = 100 + _TENS[tens] + _UNITS[unit]
    words = f"a hundred and {tens}-{unit}"
    text = (
        "Kyiv and Moscow exchanged prisoners again on Wednesday.\n\n"
        f"REPORTER: The final count was {words} for {words}, officials on both sides said."
    )
    found = {(s, r, n) for s, r, _, n, _ in legs(text)}
    assert found == {("UKR", "RUS", value), ("RUS", "UKR", value)}


def test_a_thousand_for_a_thousand_in_a_spoken_answer() -> None:
    """Harder: the pair stands after a speaker's label and a clause before it."""
    text = (
        "HOST: Russia and Ukraine carried out a swap yesterday.\n\n"
        "GUEST: Right, and in the end, as I understand it, it was a thousand for a thousand."
    )
    found = {(s, r, n) for s, r, _, n, _ in legs(text)}
    assert found == {("UKR", "RUS", 1000), ("RUS", "UKR", 1000)}


def test_a_hundred_of_something_else_is_no_pair() -> None:
    """Near miss: "a hundred" counting kilometres is no count of people."""
    text = (
        "Kyiv and Moscow exchanged 60 prisoners each on Wednesday.\n\n"
        "REPORTER: The buses drove a hundred kilometres to the border."
    )
    assert {n for *_, n, _ in legs(text)} == {60}


_RECALL = (
    "HOST: Ukraine and Russia swapped prisoners yesterday.\n\n"
    "GUEST: Yes, it was ninety for ninety. Ukraine also gave back eleven badly wounded Russian "
    "soldiers, with nothing in return for them.\n\n"
    "HOST: Who came home?\n\n"
    "GUEST: Mostly marines held since the siege. The oldest was sixty.\n\n"
    "HOST: And the one before?\n\n"
)


def test_a_recalled_swap_goes_both_ways_past_a_one_way_extra() -> None:
    """The swap before is dated by its day in words and sized "each way"."""
    found = legs(_RECALL + "GUEST: That was in October, the ninth - forty-five each way.")
    assert ("RUS", "UKR", "prisoners_of_war", 45, "2024-10-09") in found
    assert ("UKR", "RUS", "prisoners_of_war", 45, "2024-10-09") in found
    assert not any(kind == "wounded_prisoners" and n == 45 for _, _, kind, n, _ in found)


def test_a_recalled_swap_said_on_the_day_alone() -> None:
    """Harder: only "on the sixth" dates it, the day of the report's month."""
    found = legs(_RECALL + "GUEST: The last one was on the sixth, thirty each way.")
    assert ("RUS", "UKR", "prisoners_of_war", 30, "2024-11-06") in found
    assert ("UKR", "RUS", "prisoners_of_war", 30, "2024-11-06") in found


def test_no_recall_after_a_one_way_handover() -> None:
    """Near miss: the last exchange told ran one way only, so "each way" has no sides."""
    text = (
        "HOST: Russia handed over 40 wounded Ukrainian soldiers yesterday.\n\n"
        "HOST: Who came home?\n\nGUEST: Mostly marines.\n\nHOST: Anything else?\n\n"
        "GUEST: Well, in October, the ninth - forty-five each way."
    )
    assert not any(n == 45 for *_, n, _ in legs(text))


def test_a_dated_figure_of_bodies_each_way_in_a_plan_is_no_recall() -> None:
    """Near miss: a plan's figure of bodies each way, far from the swap, is not a swap."""
    found = legs(
        _RECALL + "GUEST: The deal signed earlier this month spoke of 500 bodies each way."
    )
    assert not any(n == 500 for *_, n, _ in found)


def test_the_second_day_of_a_swap_is_no_day_of_the_month() -> None:
    """Near miss: "on the second" counts the days of one swap, not the month's second."""
    text = (
        "Russia and Ukraine swapped 200 soldiers each on Saturday, and on the second, "
        "100 more each."
    )
    assert not any(period == "2024-11-02" for *_, period in legs(text))
