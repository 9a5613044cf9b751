"""Figures of tellers "quoted on <day>" by a newspaper were told on that day.

"Combined losses near 300,000, according to US officials quoted on Tuesday by a
German weekly. ... The officials put Russia's dead at 90,000": the participle dates the
telling, so the same tellers' figures given in the next paragraph carry that day, not
the day of the report. Officials "quoted" with no day leave the report's date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

_PUBLISHED = date(2025, 6, 13)  # a Friday
_SETTINGS = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _text(when: str, amount: int) -> str:
    return (
        "Two years on, the dead and wounded on both sides are nearing "
        f"300,000, according to US officials quoted{when} by a German weekly.\n\n"
        f"The officials put Russia's military dead at about {amount:,}."
    )


@_SETTINGS
@given(
    day=st.sampled_from([("Monday", 4), ("Tuesday", 3), ("Wednesday", 2), ("Thursday", 1)]),
    amount=st.integers(min_value=40, max_value=99).map(lambda k: k * 1000),
)
def test_news_figures_of_tellers_quoted_on_a_day_carry_it(
    news: News, day: tuple[str, int], amount: int
) -> None:
    """Whatever the weekday and the count, the next paragraph's figure is of that day."""
    name, back = day
    read = news(_text(f" on {name}", amount), published=_PUBLISHED)
    claim = next(c for c in read.claims if c.count.low <= amount <= c.count.high)
    assert claim.as_of == Period.day(_PUBLISHED - timedelta(days=back))


def test_news_tellers_quoted_with_no_day_keep_the_report_date(news: News) -> None:
    """No day after "quoted": the figure is of the day of the report."""
    read = news(_text("", 70_000), published=_PUBLISHED)
    claim = next(c for c in read.claims if c.count.low <= 70_000 <= c.count.high)
    assert claim.as_of == Period.day(_PUBLISHED)
