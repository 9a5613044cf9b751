"""Dates that open a sentence before its speaker, and claims timed against an exchange.

"On Sunday, for the first time, the president gave a figure for the dead. He said
31,000 had been killed": the figures quoted after the giving is told are of the day
that opened it, even when an aside stands between the date and the speaker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

_PUBLISHED = date(2024, 3, 1)  # a Friday


@settings(max_examples=25, deadline=None)
@given(
    when=st.sampled_from(
        [("Yesterday", date(2024, 2, 29)), ("On Sunday", date(2024, 2, 25))]
        + [(f"On {d} February", date(2024, 2, d)) for d in (20, 26)]
    ),
    aside=st.sampled_from(
        ["for the first time since the invasion", "breaking with long practice", "in Kyiv"]
    ),
    speaker=st.sampled_from(["President Zelensky", "Defence Minister Rustem Umerov"]),
    count=st.integers(11, 90).map(lambda k: k * 1000),
)
def test_news_a_date_set_off_before_the_speaker_dates_the_figures_he_gave(
    news: News, when: tuple[str, date], aside: str, speaker: str, count: int
) -> None:
    words, day = when
    text = (
        f"{words}, {aside}, {speaker} gave a figure for the number of soldiers killed. "
        f"He said {count:,} Ukrainian soldiers had been killed."
    )
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of == Period.day(day)


def test_news_a_set_off_date_carries_past_an_aside_to_the_figure(news: News) -> None:
    """The harder form: two asides after the date, and a sentence between."""
    text = (
        "On Tuesday, at a briefing in the capital and for the first time, President "
        "Zelensky gave a figure for Ukraine's dead.\n\nHe did not say how many were "
        "wounded. He said 38,000 Ukrainian soldiers had been killed."
    )
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of == Period.day(date(2024, 2, 27))


@pytest.mark.parametrize(
    "text",
    [
        # the date is not set off at the sentence's opening: it dates something else
        "The minister, who had flown in yesterday, gave a figure for the dead. "
        "He said 12,000 Ukrainian soldiers had been killed.",
        # the giving is refused
        "Yesterday, for the first time, President Zelensky declined to give a figure for "
        "the dead. He said 12,000 soldiers had been wounded.",
        # another speaker's figure
        "Yesterday, for the first time, President Zelensky gave a figure for the dead. "
        "The defence ministry in Moscow said 12,000 Ukrainian soldiers had been killed.",
    ],
)
def test_news_no_opening_date_of_a_giving_leaves_the_report_day(news: News, text: str) -> None:
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of == Period.day(_PUBLISHED)


# -- a sentence opened as hours from the exchange is of the exchange's day -------------


@settings(max_examples=25, deadline=None)
@given(
    opener=st.sampled_from(
        ["Hours before", "Shortly after", "Just hours before", "Two hours after"]
    ),
    noun=st.sampled_from(["swap", "exchange", "prisoner exchange"]),
    count=st.integers(3, 90).map(lambda k: k * 100),
)
def test_news_a_claim_told_hours_from_the_exchange_is_of_its_day(
    news: News, opener: str, noun: str, count: int
) -> None:
    text = (
        "Ukraine brought home 120 soldiers on Tuesday in exchange for 120 Russian servicemen. "
        f"{opener} the {noun}, Russia's defence minister said {count:,} Russian soldiers "
        "had been killed since the invasion began."
    )
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of == Period.day(date(2024, 2, 27))


def test_news_hours_from_the_exchange_past_an_aside_with_a_since_date(news: News) -> None:
    """The harder form: the speaker's aside holds a "since" date of its own."""
    text = (
        "The two sides swapped 90 prisoners each on Monday, 26 February.\n\n"
        "Hours before the swap, the defence minister, speaking publicly about losses for the "
        "first time since May, said 4,300 Russian soldiers had been killed."
    )
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of == Period.day(date(2024, 2, 26))


@pytest.mark.parametrize(
    "opener",
    [
        "Weeks before the swap",  # a span longer than a day: another day
        "The day before the swap",
        "Hours before the vote",  # not an exchange
    ],
)
def test_news_other_spans_from_the_exchange_leave_the_report_day(news: News, opener: str) -> None:
    text = (
        "Ukraine brought home 120 soldiers on Tuesday in exchange for 120 Russian servicemen. "
        f"{opener}, Russia's defence minister said 4,300 Russian soldiers had been killed."
    )
    (claim,) = news(text, published=_PUBLISHED).claims
    assert claim.as_of != Period.day(date(2024, 2, 27))
