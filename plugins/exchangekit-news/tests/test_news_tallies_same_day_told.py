"""A running total told "the same day" as a statement the sentence before dated.

"Moscow said on Wednesday it had handed over 9,000 bodies this year. Kyiv's own figures,
published the same day, put the number received at 9,100": Wednesday's total, not one
as of the last exchange the text told.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]
_PUBLISHED = date(2025, 10, 11)  # a Saturday


@settings(max_examples=20, deadline=None)
@given(
    day=st.sampled_from([("Wednesday", 8), ("Thursday", 9), ("on 7 October", 7)]),
    participle=st.sampled_from(["published", "released", "issued"]),
    count=st.integers(40, 90).map(lambda k: k * 100),
)
def test_news_a_total_published_the_same_day_is_of_the_day_told_before(
    news: News, day: tuple[str, int], participle: str, count: int
) -> None:
    words, number = day
    when = words if words.startswith("on ") else f"on {words}"
    text = (
        "On Monday, 6 October, the sides exchanged 185 prisoners each. "
        f"Russia's envoy said {when} that Moscow had handed over the bodies of more than "
        f"{count - 50:,} Ukrainian servicemen since the start of the year. Kyiv's figures, "
        f"{participle} the same day, were different: Kyiv said it had received {count:,} "
        "bodies over the same period."
    )
    totals = [t for t in news(text, published=_PUBLISHED).tallies if str(t.count) == f"{count:,}"]
    assert [t.as_of for t in totals] == [Period.day(date(2025, 10, number))]


def test_news_a_total_the_same_day_after_a_statement_dated_in_an_aside(news: News) -> None:
    """The harder form: the day sits in an aside on the speaker, the exchange a day before."""
    text = (
        "The sides swapped 90 prisoners each on Tuesday, the defence ministry said.\n\n"
        "Russia's envoy, speaking to reporters in Moscow on Wednesday, said Russia had handed "
        "over more than 8,000 bodies over the past year. Kyiv's numbers, released the same "
        "day, were higher: Kyiv said it had received 8,200 bodies over the same period, in "
        "nine handovers."
    )
    totals = [t for t in news(text, published=_PUBLISHED).tallies if str(t.count) == "8,200"]
    assert [t.as_of for t in totals] == [Period.day(date(2025, 10, 8))]


def test_news_the_same_day_with_no_day_told_just_before_keeps_the_exchange_day(
    news: News,
) -> None:
    """Near miss: the sentence before gave no date, so "the same day" is the exchange's."""
    text = (
        "On Monday, 6 October, the sides exchanged 185 prisoners each. The envoy spoke "
        "of a difficult process. Kyiv said the same day that 6,000 Ukrainians had been "
        "returned since the start of the war."
    )
    totals = [t for t in news(text, published=_PUBLISHED).tallies if str(t.count) == "6,000"]
    assert [t.as_of for t in totals] in ([], [Period.day(date(2025, 10, 6))])
