"""A figure the same speaker gives after a sentence with no figure that names its kind.

"Kyiv's president said 52,000 of its soldiers had died. He seldom puts a number on the
dead. In March he gave a figure of 28,000": the sentence between tells no count and
names one kind of loss, and "he" points back to the speaker of the claims before it,
so the figure is that side's count of that kind. A sentence between that names no
kind, or two, another speaker giving the figure, or claims of two sides before it
leave the figure unread. "The number he gave was N" is the same giving told as the
subject of a relative clause, and "A year ago he ..." dates it a year back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 3, 6)  # a Thursday
_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_OPENING = (
    "On Monday, President Volodymyr Zelensky told a news agency that more than 52,000 "
    "Ukrainian soldiers had died since the invasion began.\n\n"
)


@_SETTINGS
@given(
    earlier=st.integers(min_value=3, max_value=49).map(lambda k: k * 1000),
    month=st.sampled_from([("In March", 3), ("In July", 7), ("In October", 10)]),
    pointer=st.sampled_from(["he", "the president"]),
)
def test_news_a_figure_given_past_a_figureless_sentence_is_the_same_count(
    news: News, found: Found, earlier: int, month: tuple[str, int], pointer: str
) -> None:
    """Whatever the count, month and pointing word: the speaker's side, the kind named."""
    when, number = month
    text = (
        _OPENING + "Officials rarely speak in public about the dead. "
        f"{when} last year {pointer} gave a figure of {earlier:,}, and critics called it low."
    )
    read = news(text, published=_PUBLISHED)
    assert ("UKR", "killed", Count.exact(earlier)) in found(read)
    claim = next(c for c in read.claims if c.count == Count.exact(earlier))
    assert claim.as_of == Period.month(2024, number)


def test_news_the_number_he_gave_and_a_year_ago(news: News, found: Found) -> None:
    """Two more forms: "A year ago he ..." and "the number he gave was N" after a semicolon."""
    text = (
        _OPENING + "It was one of the few times he had spoken of the dead. A year ago he "
        "gave a figure of 27,500, which few believed; in November the number he gave was "
        "36,000."
    )
    read = news(text, published=_PUBLISHED)
    claims = {c.count: c for c in read.claims}
    assert ("UKR", "killed", Count.exact(27_500)) in found(read)
    assert ("UKR", "killed", Count.exact(36_000)) in found(read)
    assert claims[Count.exact(27_500)].as_of == Period.month(2024, 3)
    assert claims[Count.exact(36_000)].as_of == Period.month(2024, 11)


def test_news_a_wounded_count_past_a_sentence_of_the_wounded(news: News, found: Found) -> None:
    """The kind comes from the sentence between, not from the claims before it."""
    text = (
        "On Monday, Russia's defence minister said 6,100 Russian servicemen had been killed. "
        "The ministry rarely speaks about the injured. In June the minister gave a figure "
        "of 18,000."
    )
    assert ("RUS", "wounded", Count.exact(18_000)) in found(news(text, published=_PUBLISHED))


def test_news_no_kind_between_leaves_the_figure_unread(news: News, found: Found) -> None:
    """The near miss: the sentence between names no loss, so nothing says what is counted."""
    text = _OPENING + "Analysts were surprised. In March he gave a figure of 28,000."
    read = found(news(text, published=_PUBLISHED))
    assert {count for _, _, count in read} == {Count.more_than(52_000)}


def test_news_two_kinds_between_leave_the_figure_unread(news: News, found: Found) -> None:
    text = (
        _OPENING + "He seldom speaks of the dead and wounded. In March he gave a figure of 28,000."
    )
    read = found(news(text, published=_PUBLISHED))
    assert {count for _, _, count in read} == {Count.more_than(52_000)}


def test_news_another_speaker_giving_is_not_carried(news: News, found: Found) -> None:
    """The near miss: a named official other than the speaker gives the figure."""
    text = (
        _OPENING + "He seldom speaks of the dead. In March, Sergei Shoigu gave a figure of 28,000."
    )
    read = found(news(text, published=_PUBLISHED))
    assert not any(count == Count.exact(28_000) for _, _, count in read)


def test_news_the_number_given_for_other_things_is_no_claim(news: News, found: Found) -> None:
    """The near miss: "the number she gave" after a swap counts no losses."""
    text = (
        "The swap freed 300 prisoners, the ombudsman said on Monday. "
        "In December the number she gave was 430."
    )
    assert found(news(text, published=_PUBLISHED)) == set()
