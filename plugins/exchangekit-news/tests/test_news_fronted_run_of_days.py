"""A clause opened by a run of days, "Between 9 and 11 April, ...", counts those days only.

A figure told after "Between <day> and <day>," sums what came back over that run (the
stages of one swap, or several handovers): it stands on the last of the days and covers
the run, never a running total since the war began.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period

News = Callable[..., Any]

_PUBLISHED = date(2025, 4, 20)


def _totals(result: Any) -> set[tuple[str, str, Count, Period, Period]]:
    return {(t.sender.code, t.receiver.code, t.count, t.as_of, t.covers) for t in result.tallies}


def _run(first: int, last: int, month: int = 4) -> Period:
    return Period.between(date(2025, month, first), date(2025, month, last))


def test_news_fronted_run_of_days_with_month_after(news: News) -> None:
    result = news("Between 9 and 11 April, 512 Ukrainians came home.", published=_PUBLISHED)
    assert result.exchanges == []
    assert _totals(result) == {
        ("RUS", "UKR", Count.exact(512), Period.day(date(2025, 4, 11)), _run(9, 11))
    }


def test_news_fronted_run_of_days_with_month_first(news: News) -> None:
    result = news(
        "Between April 3 and April 8, Russia handed over 1,205 bodies to Ukraine.",
        published=_PUBLISHED,
    )
    assert {(t[2], t[3], t[4]) for t in _totals(result)} == {
        (Count.exact(1205), Period.day(date(2025, 4, 8)), _run(3, 8))
    }


def test_news_fronted_run_of_days_inside_a_report(news: News) -> None:
    # harder: the run opens a clause the teller's words lead into
    result = news(
        "Ukraine's coordination headquarters said that between 2 and 5 April, "
        "a total of 347 prisoners of war had been freed from Russian captivity.",
        published=_PUBLISHED,
    )
    assert {(t[2], t[3], t[4]) for t in _totals(result)} == {
        (Count.exact(347), Period.day(date(2025, 4, 5)), _run(2, 5))
    }


def test_news_fronted_run_of_months_keeps_its_whole_span(news: News) -> None:
    # near miss: whole months stay the span they name (read elsewhere)
    result = news(
        "Between January and March, 640 Ukrainians came home from Russia.",
        published=_PUBLISHED,
    )
    ((_, _, count, _, covers),) = _totals(result)
    assert count == Count.exact(640)
    assert covers == Period.between(date(2025, 1, 1), date(2025, 3, 31))


def test_news_fronted_from_to_run_is_read_as_a_between_run(news: News) -> None:
    # "From 9 to 11 April," frames the figure as "Between 9 and 11 April," does: one
    # figure for a run of days is a total over them, not one handover
    result = news("From 9 to 11 April, 512 Ukrainians came home.", published=_PUBLISHED)
    assert result.exchanges == []
    ((_, _, count, _, covers),) = _totals(result)
    assert count == Count.exact(512)
    assert covers == _run(9, 11, 4)


def test_news_fronted_run_finds_its_figure_by_place_not_number(news: News) -> None:
    # harder: the same number told earlier in the sentence, before the run
    result = news(
        "On 2 March, Russia freed 300 soldiers, and between 9 and 11 March, 300 more came home.",
        published=_PUBLISHED,
    )
    assert {(t.count, t.covers) for t in result.tallies} == {(Count.exact(300), _run(9, 11, 3))}


def test_news_fronted_run_keeps_the_figures_own_start(news: News) -> None:
    # near miss: "since the start of the invasion" is the figure's own span, not the run's
    result = news(
        "Between 2 and 6 March, 1,018 prisoners of war have returned home since the start "
        "of the invasion, Kyiv said.",
        published=_PUBLISHED,
    )
    ((_, _, count, _, covers),) = _totals(result)
    assert count == Count.exact(1018)
    assert covers.start == date(2022, 2, 24)


def test_news_fronted_run_keeps_the_figures_own_year(news: News) -> None:
    # near miss: an aside between the run and a figure with its own "since 2022"
    result = news(
        "Between 21 and 23 March, while the envoys met, the ombudsman said 3,870 Ukrainians "
        "had been freed since 2022.",
        published=_PUBLISHED,
    )
    assert {t.covers.start for t in result.tallies} == {date(2022, 2, 24)}


def test_news_fronted_run_framing_another_clause_is_not_the_figures(news: News) -> None:
    # near miss: the run frames the talks; the figure stands in a clause of its own
    result = news(
        "Between 14 and 16 March, delegations met in Istanbul, and 2,310 Ukrainians have "
        "been freed since the war began.",
        published=_PUBLISHED,
    )
    assert {t.covers.start for t in result.tallies} == {date(2022, 2, 24)}


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    n=st.integers(min_value=2, max_value=9_999).filter(lambda n: not 1800 <= n <= 2100),
    first=st.integers(min_value=1, max_value=20),
    length=st.integers(min_value=1, max_value=6),
)
def test_news_fronted_run_of_days_never_spans_the_war(
    news: News, n: int, first: int, length: int
) -> None:
    last = first + length
    result = news(
        f"Between {first} and {last} March, {n:,} Ukrainians came home.",
        published=_PUBLISHED,
    )
    for tally in result.tallies:
        assert tally.count == Count.exact(n)
        assert tally.covers == _run(first, last, 3)
