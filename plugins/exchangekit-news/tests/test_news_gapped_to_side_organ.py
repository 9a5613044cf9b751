"""A gapped second object going to a side's organ, or repeated by "those of".

An official update gives the two ways of one handover in one clause, the verb said
once: "900 bodies went to the Ukrainian authorities and 25 to the Russian ones". The
side after the second "to" may be named by its authorities or its side, with the
article before it, and the noun of the first clause may be repeated by a pronoun:
"the remains of 900 ... and those of 25 to ...". The second figure goes the other way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 11, 30)


@given(
    many=st.integers(min_value=300, max_value=1500),
    few=st.integers(min_value=2, max_value=99),
    organ=st.sampled_from(["authorities", "side"]),
    verb=st.sampled_from(["handed", "handed over", "transferred", "returned"]),
)
@settings(max_examples=12, deadline=None)
def test_news_the_gapped_figure_goes_to_the_other_sides_organ(
    news: News, many: int, few: int, organ: str, verb: str
) -> None:
    text = (
        f"In the operation of 12 November, {many:,} bodies were {verb} to the Ukrainian "
        f"{organ} and {few} to the Russian {organ}."
    )
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert ("RUS", "UKR", "remains", f"{many:,}") in legs
    assert ("UKR", "RUS", "remains", str(few)) in legs
    assert ("RUS", "UKR", "remains", str(few)) not in legs


def test_news_those_of_repeats_the_remains(news: News) -> None:
    # harder: the noun is repeated by "those of", and the sides are named the other way
    text = (
        "On 12 November the remains of 64 people were handed over to the Russian side, "
        "and those of 870 to the Ukrainian side."
    )
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert ("UKR", "RUS", "remains", "64") in legs
    assert ("RUS", "UKR", "remains", "870") in legs


def test_news_those_of_without_a_side_is_no_handover(news: News) -> None:
    # near miss: "those of 40" are not handed to anyone; only the first figure moved
    text = (
        "On 12 November the remains of 870 people were handed over to the Ukrainian side, "
        "and those of 40 are still awaiting identification."
    )
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert ("RUS", "UKR", "remains", "870") in legs
    assert not any(count == "40" for *_, count in legs)


def test_news_a_gapped_figure_to_a_place_is_no_handover(news: News) -> None:
    # near miss: the second "to" names a place that is no side
    text = (
        "On 12 November 870 bodies were handed to the Ukrainian authorities and "
        "40 to the regional morgue."
    )
    legs = news(text, published=PUBLISHED).legs_as_text()
    assert ("RUS", "UKR", "remains", "870") in legs
    assert not any(count == "40" for *_, count in legs)
