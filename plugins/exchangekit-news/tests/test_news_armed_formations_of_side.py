"""People "of the armed formations of Ukraine": a side's soldiers, in Russian official English.

Russia's defence ministry writes "prisoners of war of the armed formations of Ukraine"
where others write "of the Armed Forces of Ukraine": the country after the force's
name is whose soldiers they are, and they go home to it.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange


def _moves(text: str) -> set[tuple[str, str, str, Count]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2024, 2, 5), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.category.value, t.count)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


def test_news_armed_formations_in_return_go_home() -> None:
    assert _moves(
        "The defence ministry said on Sunday that 37 Russian servicemen had been brought "
        'back. "In exchange, 37 prisoners of war of the armed formations of Ukraine were '
        'transferred," it said.'
    ) == {
        ("UKR", "RUS", "prisoners_of_war", Count.exact(37)),
        ("RUS", "UKR", "prisoners_of_war", Count.exact(37)),
    }


def test_news_servicemen_of_the_armed_formations_freed() -> None:
    assert _moves("On Sunday 64 servicemen of the armed formations of Ukraine were freed.") == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(64))
    }


def test_news_armed_formations_handed_over_without_the() -> None:
    assert _moves("On Saturday Russia handed over 18 fighters of armed formations of Ukraine.") == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(18))
    }


def test_news_formations_of_a_place_is_not_a_side() -> None:
    # near miss: "formations" alone, of no country, names no side
    assert _moves("On Sunday 64 servicemen of the rear formations were freed.") == set()


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=900), noun=st.sampled_from(["prisoners", "soldiers"]))
def test_news_armed_formations_count_goes_to_that_side(n: int, noun: str) -> None:
    """Whatever the count, people of Ukraine's armed formations go home to Ukraine."""
    assert _moves(f"On Sunday {n:,} {noun} of the armed formations of Ukraine were freed.") == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(n))
    }
