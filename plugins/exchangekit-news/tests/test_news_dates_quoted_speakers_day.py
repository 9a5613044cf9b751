"""Days a speaker tells of in quotation, and totals a speaker goes on to give.

'"Today, 175 of our defenders are home," Zelensky said in his nightly address', told
the day after the swap: the speaker's today is the day of the speech, not the report's.
"Wednesday's exchange was the 63rd, Lubinets said. He said the total had reached 4,306":
the total he goes on to give is as of that ranked exchange. "Kyiv received the bodies
of four volunteers at the same time." closing a sentence: the day of the event just told.
"Last week, on Wednesday, ..." is a day of the week before the report's, never its own.
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


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=400),
    bodies=st.integers(min_value=2, max_value=90),
    day=st.integers(min_value=2, max_value=14),
    receiver=st.sampled_from(["Kyiv", "Ukraine"]),
)
def test_news_a_sentence_closing_at_the_same_time_is_on_the_day_just_told(
    news: News, n: int, bodies: int, day: int, receiver: str
) -> None:
    text = (
        f"The exchange follows one earlier this month, on March {day}, when {n} Ukrainian "
        f"soldiers were freed. {receiver} received the bodies of {bodies} foreign "
        "volunteers at the same time."
    )
    periods = {e.period for e in news(text, published=_PUBLISHED).exchanges}
    assert periods == {Period.day(date(2025, 3, day))}


def test_news_at_the_same_time_opening_a_sentence_means_meanwhile(news: News) -> None:
    text = (
        "The exchange follows one earlier this month, on March 5, when 64 Ukrainian "
        "soldiers were freed. At the same time, Kyiv received the bodies of 40 soldiers."
    )
    periods = {e.period for e in news(text, published=_PUBLISHED).exchanges}
    assert Period.day(date(2025, 3, 5)) in periods
    assert len(periods) == 2


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=900),
    year_total=st.integers(min_value=1_000, max_value=3_999),
    total=st.integers(min_value=4_000, max_value=9_999),
    pronoun=st.sampled_from(["it", "he", "they"]),
)
def test_news_a_total_said_last_after_one_the_exchange_raised_is_as_of_that_exchange(
    news: News, n: int, year_total: int, total: int, pronoun: str
) -> None:
    text = (
        f"Ukraine received the bodies of {n} fallen soldiers on Wednesday. "
        f"Wednesday's handover brings the number of bodies returned to Ukraine this year to "
        f"more than {year_total:,}, according to the headquarters. Since the start of the "
        f"full-scale war, more than {total:,} bodies have been returned to Ukraine, "
        f"{pronoun} said."
    )
    (date_of_total,) = {
        t.as_of for t in news(text, published=_PUBLISHED).tallies if t.count.low > year_total + 1
    }
    assert date_of_total == _WEDNESDAY


def test_news_a_total_said_last_after_an_unraised_sentence_stays_current(news: News) -> None:
    text = (
        "Ukraine received the bodies of 40 fallen soldiers on Wednesday. The handover took "
        "place at the border, according to the headquarters. Since the start of the "
        "full-scale war, more than 4,000 bodies have been returned to Ukraine, it said."
    )
    dates = {t.as_of for t in news(text, published=_PUBLISHED).tallies if t.count.low >= 4_000}
    assert dates == {Period.day(_PUBLISHED)}


@_SETTINGS
@given(
    weekday=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    comma=st.sampled_from([",", ""]),
    n=st.integers(min_value=2, max_value=90),
)
def test_news_a_weekday_after_last_week_is_never_the_reports_week(
    news: News, weekday: str, comma: str, n: int
) -> None:
    # Regression: "Last week, on Wednesday," told on a Wednesday gave the report's own day.
    text = (
        f"Last week{comma} on {weekday}{comma} {n} children were reunited with their "
        "families in Kyiv after Qatari mediation."
    )
    (exchange,) = news(text, published=_PUBLISHED).exchanges
    assert exchange.period.end < date(2025, 3, 17)  # before the report's Monday


@_SETTINGS
@given(
    n=st.integers(min_value=2, max_value=400),
    people=st.sampled_from(["civilians", "defenders", "soldiers"]),
    verb=st.sampled_from(["said on Wednesday", "wrote on Wednesday evening", "said Wednesday"]),
    speaker=st.sampled_from(["President Volodymyr Zelensky", "Zelensky", "Ukraine's president"]),
)
def test_news_a_quoted_today_is_the_day_its_saying_is_given(
    news: News, n: int, people: str, verb: str, speaker: str
) -> None:
    """'"Today ten civilians came home," Zelensky wrote on Wednesday evening': the speaker's
    today is the day the sentence gives his saying, not the report's day."""
    text = f'"Today {n} {people} came home," {speaker} {verb}.'
    periods = {e.period for e in news(text, published=_PUBLISHED).exchanges}
    assert periods == {_WEDNESDAY}
