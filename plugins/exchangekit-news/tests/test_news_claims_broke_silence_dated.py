"""Figures quoted after "X broke his silence on <day>" were told on that day.

"On Tuesday, after months of refusing, the defence minister broke his silence. ... The
minister said 9,000 soldiers had been killed": breaking a silence is giving the figure
the text goes on to quote, as "gave a number" is, so the speaker's figures told after
it carry that day, not the day of the report. A silence kept ("kept his silence") gives
nothing and dates nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period

News = Callable[..., Any]

_PUBLISHED = date(2025, 6, 13)  # a Friday
_SETTINGS = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_DAYS = [("Monday", 4), ("Tuesday", 3), ("Wednesday", 2), ("Thursday", 1)]


def _text(day: str, verb: str, amount: int) -> str:
    return (
        f"On {day}, speaking at a press briefing in Kyiv, President Volodymyr Zelensky "
        f"{verb} on the army's dead. Critics had long asked for a number.\n\n"
        "Officials have rarely spoken about it.\n\n"
        f"Zelensky said {amount:,} Russian soldiers had been killed since the invasion."
    )


@_SETTINGS
@given(
    day=st.sampled_from(_DAYS),
    verb=st.sampled_from(["broke his silence", "broke that silence", "broke the silence"]),
    amount=st.integers(min_value=40, max_value=400).map(lambda k: k * 1000),
)
def test_news_figures_after_a_broken_silence_carry_its_day(
    news: News, day: tuple[str, int], verb: str, amount: int
) -> None:
    """Whatever the weekday and the form, the figure is dated the day the silence broke."""
    name, back = day
    read = news(_text(name, verb, amount), published=_PUBLISHED)
    claim = next(c for c in read.claims if c.count == Count.exact(amount))
    assert claim.as_of == Period.day(_PUBLISHED - timedelta(days=back))


def test_news_a_silence_kept_dates_nothing(news: News) -> None:
    """A silence kept gives no figure: the later one is of the day of the report."""
    read = news(_text("Tuesday", "kept his silence", 180_000), published=_PUBLISHED)
    claim = next(c for c in read.claims if c.count == Count.exact(180_000))
    assert claim.as_of == Period.day(_PUBLISHED)
