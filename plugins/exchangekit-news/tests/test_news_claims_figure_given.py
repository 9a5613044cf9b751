"""A figure a speaker "gave", spelled out or hedged, and the date it keeps.

"He gave a figure of thirty-five thousand killed", "gave a new figure: more than
52,000 killed and some 300,000 wounded": giving a figure is stating it, whatever
form the figure takes. A figure given by its month alone after the speaker's
statement pegged to a day is an earlier one recalled, so the speaker's later
undated figures stay with the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2024, 11, 20)  # a Wednesday
_MONDAY = Period.day(date(2024, 11, 18))
_APRIL = Period.month(2024, 4)


def test_news_a_figure_given_in_words_in_a_transcript_turn(news: News) -> None:
    """The harder form: a correspondent's turn, the giver only "he", the figure in words."""
    text = (
        "HOST (ANNA KOVAL): On Monday, President Zelensky said fifty-two thousand "
        "Ukrainian soldiers had died.\n\n"
        "REPORTER (MARK DALE): Anna, it is the only number we have. In April, he gave a "
        "figure of thirty-five thousand killed, so it has grown a lot.\n\n"
        "HOST: And what about the enemy?\n\n"
        "DALE: He said Russia had lost two hundred and ten thousand soldiers killed.\n"
    )
    claims = {(c.subject.code, c.count.low): c for c in news(text, published=_PUBLISHED).claims}
    assert claims[("UKR", 35_000)].as_of == _APRIL
    assert claims[("UKR", 35_000)].category.value == "killed"
    # the recalled April figure does not move the statement the answer goes on with
    assert claims[("UKR", 52_000)].as_of == _MONDAY
    assert claims[("RUS", 210_000)].as_of == _MONDAY


@settings(max_examples=20, deadline=None)
@given(
    killed=st.integers(20, 90).map(lambda k: k * 1000),
    wounded=st.integers(100, 500).map(lambda k: k * 1000),
    hedge=st.sampled_from(["more than", "about", "some", "nearly"]),
)
def test_news_a_figure_given_after_a_colon_is_a_claim(
    news: News, found: Found, killed: int, wounded: int, hedge: str
) -> None:
    text = (
        f"Last week, Zelensky gave an updated figure: {hedge} {killed:,} killed and "
        f"{wounded:,} wounded."
    )
    read = found(news(text, published=_PUBLISHED))
    # the invariant: both figures are read, each of its own kind, for the speaker's side
    assert {(s, k) for s, k, _ in read} == {("UKR", "killed"), ("UKR", "wounded")}
    assert ("UKR", "wounded", Count.exact(wounded)) in read


def test_news_a_figure_given_of_other_things_is_no_claim(news: News, found: Found) -> None:
    assert found(news("The governor gave a figure: more than 300 kilometres of roads.")) == set()
    assert found(news("The ministry gave a figure of about 40 buses for the evacuation.")) == set()


def test_news_a_month_given_first_is_no_recall(news: News) -> None:
    """The near miss: with no statement pegged to a day before, the month dates the figure."""
    text = (
        "In April, President Zelensky gave a figure of 35,000 killed. "
        "Analysts think it is low. He said Russia had lost 180,000 soldiers."
    )
    claims = {c.count.low: c for c in news(text, published=_PUBLISHED).claims}
    assert claims[35_000].as_of == _APRIL
