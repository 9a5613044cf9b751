"""A total's span cue counts only in the total's own clause, and never against a stated start.

"over the year", "over the three days" or "in batches of" shorten a total's span only
when they qualify the total itself: "the pace slowed over the year" in another clause,
"the three days of talks", or a total "since the war began" keep the war-long span. A
total headed "the year's total" on a day with no year named spans the year of the
text's present, never the war since 2022.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_WAR = date(2022, 2, 24)
_YEAR_END = date(2025, 12, 29)


def _only_tally(result: Any) -> Any:
    (tally,) = result.tallies
    return tally


def test_news_days_of_talks_in_the_sentence_leave_a_war_long_total(news: News) -> None:
    result = news(
        "GENEVA, May 20 (Test Wire) - During the two days of negotiations, the ombudsman "
        "noted, Kyiv had recovered 7,300 captives altogether since the invasion.",
        published=date(2025, 5, 20),
    )
    assert _only_tally(result).covers.start == _WAR


def test_news_a_since_start_outweighs_bare_told_days(news: News) -> None:
    # harder: bare "over the three days" (no "of"), but the total runs since the war began
    result = news(
        "GENEVA, May 20 (Test Wire) - Over the three days, the ombudsman noted, Kyiv had "
        "recovered 7,300 captives altogether since the war began.",
        published=date(2025, 5, 20),
    )
    assert _only_tally(result).covers.start == _WAR


def test_news_bare_told_days_still_span_the_days(news: News) -> None:
    # near miss: no start and no "days of": the total sums the three days
    result = news(
        "GENEVA, May 20 (Test Wire) - Over the three days, the ombudsman noted, 700 "
        "captives had come back to Ukraine.",
        published=date(2025, 5, 20),
    )
    assert _only_tally(result).covers.start == date(2025, 5, 18)


def test_news_over_the_year_in_another_clause_is_not_the_totals_span(news: News) -> None:
    result = news(
        "Kyiv has recovered 7,300 captives altogether, although swaps grew rarer over the year.",
        published=_YEAR_END,
    )
    assert _only_tally(result).covers.start == _WAR


def test_news_during_the_year_after_and_in_a_new_clause(news: News) -> None:
    # harder: "during the year" in a coordinated clause with its own subject and verb
    result = news(
        "Kyiv has recovered 7,300 captives in all, and mediation during the year achieved little.",
        published=_YEAR_END,
    )
    assert _only_tally(result).covers.start == _WAR


def test_news_over_the_year_fronted_still_spans_the_year(news: News) -> None:
    # near miss: the span opens the sentence and scopes the total's clause
    result = news(
        "Over the year, Moscow recovered fewer than 250 of its captured soldiers.",
        published=_YEAR_END,
    )
    assert _only_tally(result).covers.start == date(2025, 1, 1)


def test_news_a_years_total_on_a_day_without_a_year_spans_that_year(news: News) -> None:
    result = news(
        "On 2 and 8 April Kyiv recovered 900 and 1,300 bodies, and on 15 April a final "
        "transfer took the year's total to 8,400.",
        published=_YEAR_END,
    )
    tally = _only_tally(result)
    assert tally.count == Count.exact(8400)
    assert tally.covers.start == date(2025, 1, 1)


def test_news_a_years_total_on_a_day_of_the_year_before_is_refused(news: News) -> None:
    # near miss: read in January, the day falls in the year before: which year the
    # total opens with is not the text's present, so no span since 2022 is guessed
    result = news(
        "On 15 December a final transfer took the year's total to 8,400 bodies.",
        published=date(2026, 1, 8),
    )
    assert result.tallies == []


def test_news_a_day_in_a_later_clause_leaves_the_batches_a_months_sum(news: News) -> None:
    # the day belongs to the second clause; the batches and the month to the first
    result = news(
        "In April Moscow handed over more than 3,500 bodies in tranches of about 900, and on "
        "Friday 84 prisoners were freed.",
        published=_YEAR_END,
    )
    (tally,) = [t for t in result.tallies if t.count == Count.more_than(3500)]
    assert tally.covers.start == date(2025, 4, 1)
    assert all(t.count != Count.more_than(3500) for e in result.exchanges for t in e.transfers)


def test_news_batches_on_a_named_day_are_that_days_handover(news: News) -> None:
    # near miss: the day is in the figure's own clause: one handover in parts
    result = news(
        "On 7 April Moscow handed over 1,200 bodies in tranches of 300.", published=_YEAR_END
    )
    assert result.tallies == []
    (exchange,) = result.exchanges
    assert [t.count for t in exchange.transfers] == [Count.exact(1200)]


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    value=st.integers(min_value=1000, max_value=9000),
    tail=st.sampled_from(
        [
            ", though the pace slowed over the year",
            ", and talks during the year went nowhere",
            ", officials said during the three days of talks",
        ]
    ),
)
def test_news_a_cue_in_another_clause_never_shortens_a_war_long_total(
    news: News, value: int, tail: str
) -> None:
    result = news(
        f"Ukraine has brought home {value:,} prisoners in total{tail}.", published=_YEAR_END
    )
    assert _only_tally(result).covers.start == _WAR
