"""Numbers that are no count of people: times of day, bands of ages, halves of a spoken figure.

"The coaches arrived just after five o'clock", "at 4 p.m.", "half past six": a time of day.
"The swaps of the 19 to 24 and badly wounded categories": a band of ages naming a group.
"Some three and a half thousand soldiers": the figure grammar splits it into "three" and
"a half thousand", neither of which is the 3,500 told, so both are refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from exchangekit_news._mentions import find_mentions, lexicon
from exchangekit_news._tokens import tokenize
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import DEFAULT_REGISTRY, Count

News = Callable[..., Any]


def _figure_texts(text: str) -> set[str]:
    """The figures the mention finder reads as counts of people in the one sentence ``text``."""
    tokens = tokenize(text)
    mentions = find_mentions(tokens, 0, len(tokens), text, lexicon(iter(DEFAULT_REGISTRY)))
    return {text[tokens[f.first].start : tokens[f.last - 1].end] for f in mentions.figures}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The coaches with the freed men pulled in just after five o'clock.", set()),
        ("Kyiv said 40 soldiers reached the hospital at 4 p.m. on Sunday.", {"40"}),
        ("The 40 soldiers came home at 6 pm, and 12 civilians later.", {"40", "12"}),
        # harder: a curly apostrophe, and a time said as a part of the hour
        ("The men were back on Ukrainian soil by seven o\u2019clock.", set()),
        ("The first bus crossed at a quarter to nine, with 30 soldiers aboard.", {"30"}),
        ("The first bus crossed at half past six, the ombudsman said.", set()),
    ],
)
def test_a_time_of_day_is_no_figure(text: str, figures: set[str]) -> None:
    """A number with "o'clock", "am"/"pm" or a part of the hour is a time, not people."""
    assert _figure_texts(text) == figures


def test_a_figure_before_past_still_counts() -> None:
    """Near miss: "took the total past 4,300" is a milestone, not a time."""
    assert _figure_texts("The returns took the total past 4,300 prisoners.") == {"past 4,300"}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's negotiator said the swaps of captives in the 19 to 24 and badly wounded "
        "categories were now finished.",
        # harder: a dash between the ages, and "bracket" as the group's noun
        "Russia's envoy said the exchange of men in the 20-27 bracket, and of the sick, was over.",
    ],
)
def test_an_age_band_is_no_claim(news: News, text: str) -> None:
    """A band of ages named as a category gives no claim and no transfer."""
    result = news(text)
    assert result.claims == []
    assert result.exchanges == []


def test_a_range_of_people_still_counts(news: News) -> None:
    """Near miss: "between 20 and 25 soldiers" with no category after is a count."""
    legs = {
        (t.sender.code, t.receiver.code, t.count)
        for e in news(
            "Russia handed 20 to 25 Ukrainian soldiers back to Ukraine on Friday."
        ).exchanges
        for t in e.transfers
    }
    assert legs == {("RUS", "UKR", Count.parse("20 to 25"))}


@given(
    low=st.integers(min_value=14, max_value=40),
    span=st.integers(min_value=1, max_value=20),
    noun=st.sampled_from(["category", "categories", "age group", "bracket"]),
)
def test_no_age_band_is_a_figure(low: int, span: int, noun: str) -> None:
    """Whatever the ages, a range named as a category is never read as people."""
    text = f"He said the prisoners in the {low} to {low + span} {noun} had been exchanged."
    assert _figure_texts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Since 2022, around three and a half thousand Ukrainian soldiers have come home in "
        "exchanges, the ombudsman said.",
        # harder: a digit before the fraction, and a million
        "Kyiv said some 2 and a half thousand prisoners had returned.",
        "Russia has lost one and a half million soldiers, Kyiv claimed.",
    ],
)
def test_a_split_spoken_figure_is_refused(news: News, text: str) -> None:
    """Neither half of "N and a half thousand" is printed: a miss, never a wrong figure."""
    result = news(text)
    assert result.claims == []
    assert result.exchanges == []
    assert result.tallies == []


def test_a_plain_and_list_still_counts(news: News) -> None:
    """Near miss: two figures joined by "and" stay two counts."""
    legs = {
        t.count
        for e in news(
            "Russia returned 50 soldiers and 12 civilians to Ukraine on Friday."
        ).exchanges
        for t in e.transfers
    }
    assert legs == {Count.exact(50), Count.exact(12)}
