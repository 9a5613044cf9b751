"""A figure told again keeps its exchange and the kind it was first told with.

A story may look back at its own swap in a sentence about an older one ("in the biggest
swap of the year so far Kyiv had got 95 of its people back"): the superlative points
back, so the count is the same exchange's, not a second exchange on the older date.
And a figure first told as people of no one kind ("95 of its people", "95 soldiers and
civilians", "95 captives") is not narrowed to prisoners of war by another side's later
account of the same number: the first telling's noun decides.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2024, 3, 18)  # a Monday: "on Saturday" is 16 March


def _ranked_story(count: int, rank: str = "biggest") -> str:
    return (
        f"Kyiv said on Sunday that {count} of its people had come home on Saturday in an "
        "exchange with Moscow for 60 Russian servicemen. It was the second swap "
        "in five weeks. On February 9 the two sides traded 40 prisoners each, and in the "
        f"{rank} swap of the year so far Ukraine had recovered, by the ombudsman's count, "
        f"{count} of its citizens."
    )


@pytest.mark.parametrize("count", [95, 131])
def test_news_a_ranked_restatement_is_not_a_second_exchange(news: News, count: int) -> None:
    legs = news(_ranked_story(count), published=_DAY).legs_with_period()
    assert ("RUS", "UKR", "other", Count.exact(count), "2024-03-16") in legs
    assert ("RUS", "UKR", "prisoners_of_war", Count.exact(40), "2024-02-09") in legs
    assert not any(leg[3] == Count.exact(count) and leg[4] == "2024-02-09" for leg in legs)


@pytest.mark.parametrize("rank", ["largest", "BIGGEST", "Biggest"])
def test_news_a_ranked_restatement_reads_any_case(news: News, rank: str) -> None:
    """The superlative is found however it is cased (it is looked for in the lowered text)."""
    legs = news(_ranked_story(95, rank), published=_DAY).legs_with_period()
    assert not any(leg[3] == Count.exact(95) and leg[4] == "2024-02-09" for leg in legs)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["the", "Biggest", "LARGEST", "smallest's", "largest\u2019s", "swap"])
        | st.text(alphabet="aBgİΣσ’'- .,", max_size=8),
        max_size=8,
    )
)
def test_news_a_ranking_word_is_always_in_the_lowered_text(words: list[str]) -> None:
    """Invariant behind the quick check before tokenizing: a ranking token implies its word."""
    from exchangekit_news._tokens import tokenize
    from exchangekit_news._transfer_roles import _SIZE_RANKS

    text = " ".join(words)
    if any(t.norm in _SIZE_RANKS for t in tokenize(text)):
        assert any(rank in text.lower() for rank in _SIZE_RANKS)


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=61, max_value=900))
def test_news_a_ranked_restatement_never_takes_the_older_date(news: News, count: int) -> None:
    """Invariant: whatever the count, the look-back never dates it to the older swap."""
    legs = news(_ranked_story(count), published=_DAY).legs_with_period()
    assert not any(leg[3] == Count.exact(count) and leg[4] == "2024-02-09" for leg in legs)


def test_news_a_ranked_figure_of_another_size_is_its_own_exchange(news: News) -> None:
    """Near miss: a superlative swap of a size no earlier exchange moved is kept on its date."""
    text = (
        "Kyiv said on Sunday that 95 of its people had come home on Saturday in an exchange "
        "with Moscow. On February 9, in the biggest swap of the year so far, Ukraine had "
        "recovered 120 of its citizens."
    )
    legs = news(text, published=_DAY).legs_with_period()
    assert ("RUS", "UKR", "other", Count.exact(120), "2024-02-09") in legs


@pytest.mark.parametrize(
    "first",
    [
        "Ukraine brought home 95 of its people on Saturday in a swap with Russia.",
        # a group of two kinds, told before the other side's account
        "On Saturday Ukraine got back 95 soldiers and civilians in a swap with Russia.",
    ],
)
def test_news_a_later_account_does_not_narrow_a_mix(news: News, first: str) -> None:
    text = (
        f"{first} The Russian defence ministry said later that Kyiv had received 95 of its "
        "troops, in return for 95 Russian servicemen."
    )
    legs = news(text, published=_DAY).legs_with_period()
    assert ("RUS", "UKR", "other", Count.exact(95), "2024-03-16") in legs


def test_news_captives_told_first_are_not_narrowed_by_a_later_kind(news: News) -> None:
    """ "95 captives each" names people of no one kind; a later "95 of its troops" is them."""
    text = (
        "Ukraine and Russia swapped 95 captives each on Saturday. The Russian defence "
        "ministry said later that Kyiv had received 95 of its troops, in return for 95 "
        "Russian servicemen."
    )
    legs = news(text, published=_DAY).legs_with_period()
    assert ("RUS", "UKR", "other", Count.exact(95), "2024-03-16") in legs
    assert not any(leg[2] == "prisoners_of_war" and leg[0] == "RUS" for leg in legs)
