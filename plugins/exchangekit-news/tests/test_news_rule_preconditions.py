"""Rules that first test a cheap precondition of the sentence still read what meets it.

Several rules now return early when the sentence lacks the word their reading needs
(a window of a day, a plural of exchanges, a verb after the figure, a swap told as
lasting days). Each test gives a hard form that has the word and is read, beside a
near-miss without it that is not: the early return must change no reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import ClaimScope, Count

News = Callable[..., Any]


def test_news_a_day_window_after_the_figure_makes_a_days_claim(news: News) -> None:
    result = news(
        "Ukraine's losses, the Russian ministry said, came to about 1,350 servicemen "
        "in the past 24 hours."
    )
    assert [(c.count, c.scope) for c in result.claims] == [(Count.approx(1_350), ClaimScope.PERIOD)]


def test_news_no_day_window_leaves_the_claim_cumulative(news: News) -> None:
    # near-miss: no word a window of time opens with, so no day's share
    result = news(
        "Ukrainian forces, the Russian ministry said, lost about 1,350 servicemen, "
        "a figure Kyiv disputed."
    )
    assert [c.scope for c in result.claims] == [ClaimScope.CUMULATIVE]


def test_news_a_region_alone_in_a_days_window_is_no_claim(news: News) -> None:
    # the window stands after the place, far from the sentence's opening
    result = news(
        "Ukrainian units, the Russian ministry claimed on Wednesday, lost up to 240 "
        "servicemen in the Sumy region alone over the past day."
    )
    assert result.claims == []


def test_news_a_region_alone_with_no_window_stays_a_claim(news: News) -> None:
    # near-miss: no day's window anywhere in the sentence
    result = news(
        "Ukrainian units, the Russian ministry claimed on Wednesday, have lost up to "
        "24,000 servicemen in the Sumy region alone."
    )
    assert [c.count for c in result.claims] == [Count.parse("up to 24,000")]


def test_news_stages_counted_after_an_aside_make_a_tally(news: News, period_legs: Any) -> None:
    result = news(
        "Ukraine, the coordination headquarters said, took back 6,057 bodies in June, "
        "in six stages, all of them from Russian-held ground."
    )
    assert result.tally_keys_as_text() == {("RUS", "UKR", "6,057")}
    assert period_legs(result) == set()


def test_news_no_plural_of_exchanges_leaves_one_handover(news: News, period_legs: Any) -> None:
    # near-miss: no stages counted, so one month's handover
    result = news(
        "Ukraine, the coordination headquarters said, took back 757 bodies in June, "
        "all of them from Russian-held ground."
    )
    assert result.tally_keys_as_text() == set()
    assert period_legs(result) == {("2025-06", "RUS", "UKR", "remains", "757")}


def test_news_verb_past_a_long_aside_moves_the_figure(news: News, period_legs: Any) -> None:
    result = news(
        "Some 150 Ukrainian soldiers, most of them captured near Kursk last autumn, "
        "were returned on Friday, Kyiv said."
    )
    assert {leg[1:3] for leg in period_legs(result)} == {("RUS", "UKR")}


def test_news_no_verb_after_the_figure_moves_no_one(news: News, period_legs: Any) -> None:
    # near-miss: the only verbs stand before the figure, and none of them moves people
    result = news(
        "Kyiv said on Friday that it had counted some 150 Ukrainian soldiers, most of "
        "them captured near Kursk last autumn."
    )
    assert period_legs(result) == set()


def test_news_a_perfect_far_above_the_dated_swap_is_a_total(news: News) -> None:
    result = news(
        "The swap on 3 March, brokered by Qatar, freed 140 Ukrainians. Russia, according "
        "to its ombudswoman, has received 3,900."
    )
    assert result.tally_keys_as_text() == {("UKR", "RUS", "3,900")}


def test_news_a_perfect_near_the_dated_swap_is_its_other_way(news: News, period_legs: Any) -> None:
    # near-miss: 190 is no order of magnitude above the 140, so it is the swap's other way
    result = news(
        "The swap on 3 March, brokered by Qatar, freed 140 Ukrainians. Russia, according "
        "to its ombudswoman, has received 190."
    )
    assert result.tally_keys_as_text() == set()
    assert ("2025-03-03", "UKR", "RUS", "other", "190") in period_legs(result)


def test_news_each_side_handing_over_gives_two_mirrored_legs(news: News, period_legs: Any) -> None:
    result = news(
        "On Friday, in a swap brokered by the UAE, Kyiv and Moscow each handed over 84 "
        "prisoners of war, officials said."
    )
    assert period_legs(result) == {
        ("2025-10-17", "RUS", "UKR", "prisoners_of_war", "84"),
        ("2025-10-17", "UKR", "RUS", "prisoners_of_war", "84"),
    }


def test_news_a_span_of_weeks_in_a_month_is_read_as_its_tally(news: News) -> None:
    result = news(
        "Ukraine got back 3,000 bodies over several weeks in May, officials in Kyiv said."
    )
    assert result.tally_keys_as_text() == {("RUS", "UKR", "3,000")}


def test_news_a_span_of_weeks_never_dated_is_not_read(news: News, period_legs: Any) -> None:
    # near-miss: no date of its own, so no span the weeks fall in
    result = news(
        "Ukraine got back 3,000 bodies over several weeks, officials in Kyiv said, "
        "without giving dates."
    )
    assert result.tally_keys_as_text() == set()
    assert period_legs(result) == set()


def test_news_a_swap_of_days_that_ended_on_a_day_is_not_read(news: News, period_legs: Any) -> None:
    result = news(
        "The three-day swap, which Kyiv said ended on Sunday after weeks of talks, "
        "brought 640 Ukrainians home."
    )
    assert period_legs(result) == set()
    assert result.tally_keys_as_text() == set()
