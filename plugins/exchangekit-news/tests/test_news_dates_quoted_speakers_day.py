"""Days a speaker tells of in quotation, and totals a speaker goes on to give.

'"Today, 175 of our defenders are home," Zelensky said in his nightly address', told
the day after the swap: the speaker's today is the day of the speech, not the report's.
"Wednesday's exchange was the 63rd, Lubinets said. He said the total had reached 4,306":
the total he goes on to give is as of that ranked exchange.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 20)  # a Thursday
_WEDNESDAY = Period.day(date(2025, 3, 19))
_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=400),
    word=st.sampled_from(["Today", "Tonight"]),
    people=st.sampled_from(["defenders", "soldiers", "people"]),
    speaker=st.sampled_from(["President Volodymyr Zelensky", "Zelensky", "the president"]),
)
def test_news_a_quoted_today_repeating_the_swap_is_that_swaps_day(
    news: News, n: int, word: str, people: str, speaker: str
) -> None:
    text = (
        f"Ukraine and Russia exchanged {n} prisoners of war each on Wednesday. "
        f'"{word}, {n} of our {people} are home," {speaker} said in his nightly address.'
    )
    periods = {e.period for e in news(text, published=_PUBLISHED).exchanges}
    assert periods == {_WEDNESDAY}


def test_news_a_quoted_today_with_another_count_is_not_carried_back(news: News) -> None:
    text = (
        "Ukraine and Russia exchanged 175 prisoners of war each on Wednesday. "
        '"Today, 90 of our defenders are home," Zelensky said.'
    )
    periods = {e.period for e in news(text, published=_PUBLISHED).exchanges}
    assert Period.day(_PUBLISHED) in periods


def test_news_today_outside_a_quotation_stays_the_reports_day(news: News) -> None:
    text = (
        "Ukraine and Russia exchanged 175 prisoners of war each on Wednesday. "
        "Today 175 more Ukrainian soldiers came home, the ministry said."
    )
    periods = {e.period for e in news(text, published=_PUBLISHED).exchanges}
    assert Period.day(_PUBLISHED) in periods


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=400),
    total=st.integers(min_value=1_000, max_value=9_999),
    rank=st.sampled_from(["63rd", "21st", "52nd", "33rd"]),
    pronoun=st.sampled_from(["He", "She", "They"]),
)
def test_news_a_total_going_on_from_a_ranked_exchange_is_as_of_that_exchange(
    news: News, n: int, total: int, rank: str, pronoun: str
) -> None:
    text = (
        f"Ukraine and Russia exchanged {n} prisoners of war each on Wednesday. "
        f"Wednesday's exchange was the {rank} since the full-scale invasion began, "
        f"commissioner Dmytro Lubinets said. {pronoun} said the total number of Ukrainians "
        f"returned had reached {total:,}."
    )
    (tally,) = news(text, published=_PUBLISHED).tallies
    assert tally.as_of == _WEDNESDAY


def test_news_a_total_after_an_unranked_sentence_stays_current(news: News) -> None:
    text = (
        "Ukraine and Russia exchanged 175 prisoners of war each on Wednesday. "
        "The talks will go on in Riyadh, commissioner Dmytro Lubinets said. He said the "
        "total number of Ukrainians returned had reached 4,306."
    )
    (tally,) = news(text, published=_PUBLISHED).tallies
    assert tally.as_of == Period.day(_PUBLISHED)
