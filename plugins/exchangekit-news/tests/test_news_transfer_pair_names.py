"""A swap named by its "N for N" pair: a prisoner noun before the swap noun, a pair
spelled out, and a pair a past "there was" brings in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Count]]

_SPELLED = [
    ("ten", 10),
    ("twenty", 20),
    ("forty-one", 41),
    ("seventy-five", 75),
    ("eighty-four", 84),
    ("ninety-five", 95),
]


def both(category: str, amount: int) -> dict[tuple[str, str, str], Count]:
    """The same figure each way between the two belligerents."""
    return {
        ("RUS", "UKR", category): Count.exact(amount),
        ("UKR", "RUS", category): Count.exact(amount),
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=1500),
    st.sampled_from(["prisoner", "POW", "soldier"]),
    st.sampled_from(["exchange", "swap"]),
    st.sampled_from(["Russia and Ukraine", "Kyiv and Moscow", "The two sides"]),
)
def test_news_a_prisoner_noun_before_the_swap_noun_names_the_pair(
    legs: Legs, amount: int, noun: str, swap: str, sides: str
) -> None:
    text = f"{sides} carried out a {amount:,}-for-{amount:,} {noun} {swap} on Friday."
    assert legs(text) == both("prisoners_of_war", amount)


def test_news_a_pair_named_for_other_people_or_planned_stays_unread(legs: Legs) -> None:
    # only a prisoner noun is dropped: a civilian pair is not guessed a prisoner swap
    assert legs("Russia and Ukraine carried out a 20-for-20 civilian swap on Friday.") == {}
    assert legs("Kyiv proposed a 500-for-500 prisoner swap on Monday.") == {}


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_SPELLED), st.sampled_from(["swap", "exchange"]))
def test_news_a_spelled_pair_reads_like_the_digits(
    legs: Legs, spelled: tuple[str, int], swap: str
) -> None:
    words, amount = spelled
    text = f"Russia and Ukraine held a {words}-for-{words} {swap} on Friday."
    assert legs(text) == both("prisoners_of_war", amount)


def test_news_hyphenated_words_with_for_are_not_a_pair(legs: Legs) -> None:
    assert legs("Russia and Ukraine traded tit-for-tat strikes on Friday.") == {}


@settings(max_examples=20, deadline=None)
@given(
    st.one_of(
        # not 8: the text's "eight civilians each way" would share the pair's count
        st.integers(min_value=2, max_value=1500)
        .filter(lambda n: n != 8)
        .map(lambda n: (f"{n:,}", n)),
        st.sampled_from(_SPELLED),
    ),
    st.sampled_from(["Ten days ago there was", "On Friday there was", "On 2 October there was"]),
)
def test_news_a_pair_there_was_is_a_swap_of_prisoners(
    legs: Legs, pair: tuple[str, int], opening: str
) -> None:
    words, amount = pair
    article = "an" if words[0] in "8e" or words.startswith("11") else "a"
    text = (
        "Russia and Ukraine exchanged 146 prisoners of war each on Sunday. "
        "Alongside the soldiers came eight civilians each way. "
        f"{opening} {article} {words}-for-{words}."
    )
    assert {k: v for k, v in legs(text).items() if v == Count.exact(amount)} == both(
        "prisoners_of_war", amount
    )


def test_news_a_pair_there_will_be_or_a_deal_noun_stays_unread(legs: Any) -> None:
    assert legs("Russia and Ukraine talked. There will be a 500-for-500 next week.") == {}
    assert legs("Officials said there was a 1,000-for-1,000 deal on the table.") == {}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=1500),
    st.sampled_from(["each way", "on each side", "in either direction", "for {n}"]),
    st.sampled_from(["Last month's exchange was 40 for 40, and", "The last swap was in May;"]),
)
def test_news_there_was_one_of_a_size_is_a_swap_of_that_size(
    legs: Legs, amount: int, sides: str, before: str
) -> None:
    # "one" stands for an exchange: "..., and in August there was one of 115 each way"
    per_side = sides.format(n=f"{amount:,}")
    text = (
        "Russia and Ukraine exchanged 146 prisoners of war each on Sunday. "
        f"{before} in April there was one of {amount:,} {per_side}."
    )
    assert {k: v for k, v in legs(text).items() if v == Count.exact(amount)} == both(
        "prisoners_of_war", amount
    )


def test_news_there_was_one_of_without_a_share_per_side_stays_unread(legs: Legs) -> None:
    # a bare "one of N" picks one out of a number; it sizes no swap
    text = (
        "Russia and Ukraine exchanged 146 prisoners of war each on Sunday. "
        "In April there was one of 115 complaints about the camp."
    )
    assert {k: v for k, v in legs(text).items() if v == Count.exact(115)} == {}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=1500),
    st.sampled_from(["a further", "another"]),
    st.sampled_from(["Spring brought", "April saw", "The next weeks brought"]),
    st.sampled_from(["the Easter exchange", "a swap of the wounded"]),
)
def test_news_a_further_pair_joined_to_a_brought_exchange_is_one_more_swap(
    legs: Legs, amount: int, further: str, brought: str, exchange: str
) -> None:
    # "Spring brought the Easter exchange and, on May 6, a further 205 for 205"
    text = (
        "Russia and Ukraine exchanged 146 prisoners of war each on 5 February. "
        f"{brought} {exchange} and, on 6 May, {further} {amount:,} for {amount:,}."
    )
    assert {k: v for k, v in legs(text).items() if v == Count.exact(amount)} == both(
        "prisoners_of_war", amount
    )


def test_news_a_further_pair_hoped_for_or_not_joined_to_an_exchange_stays_unread(
    legs: Legs,
) -> None:
    opening = "Russia and Ukraine exchanged 146 prisoners of war each on 5 February. "
    planned = (
        opening + "The talks brought an exchange, and Kyiv hopes another 205 for 205 may follow."
    )
    assert {k: v for k, v in legs(planned).items() if v == Count.exact(205)} == {}
    # the verb's object is hope, not an exchange: the pair sizes nothing told
    hope = opening + "The talks brought hope and, in May, a further 205 for 205."
    assert {k: v for k, v in legs(hope).items() if v == Count.exact(205)} == {}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=1500),
    st.sampled_from(["swap", "exchange"]),
    st.sampled_from(["on Aug. 24", "on 14 September", "in March"]),
    st.sampled_from(["included many of them", "involved conscripts", "freed many of them"]),
)
def test_news_a_dated_pair_swap_that_included_people_is_a_swap(
    legs: Legs, amount: int, swap: str, when: str, held: str
) -> None:
    """ "the 115-for-115 swap on Aug. 24 included many of them": done, both ways."""
    text = f"Kyiv had conscripts to trade: the {amount:,}-for-{amount:,} {swap} {when} {held}."
    assert legs(text) == both("prisoners_of_war", amount)


def test_news_an_undated_pair_swap_or_a_deal_that_included_people_stays_unread(
    legs: Legs,
) -> None:
    # no day the swap is dated by: the pair may name a deal's terms
    assert legs("The 115-for-115 swap included many of them.") == {}
    # a deal on a day is agreed that day, not carried out
    assert legs("The 1,000-for-1,000 deal on May 16 included civilians.") == {}
    assert legs("The 1,000-for-1,000 swap on May 16 will include civilians.") == {}
