"""A running total whose own clause opens with "since" spans from that start.

"There was no swap in April, and since May Ukraine has brought home 95": the clause
joined on by "and" (or "but", or after a semicolon) names the start of its own total,
so the month told in the clause before is neither the total's date nor its span.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ExchangeTally

PUBLISHED = date(2025, 6, 10)
_MONTHS = ["January", "February", "March", "April"]


def spans(text: str) -> set[tuple[str | None, int, date, date]]:
    """The totals read: (receiver, count, first covered day, last covered day)."""
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=PUBLISHED)
    return {
        (t.receiver.code if t.receiver else None, t.count.low, t.covers.start, t.covers.end)
        for t in items
        if isinstance(t, ExchangeTally)
    }


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=9_000),
    months=st.sampled_from([(a, b) for a in _MONTHS for b in _MONTHS if a != b]),
    joiner=st.sampled_from([", and", ", but", ";"]),
    noun=st.sampled_from(["", " prisoners", " soldiers"]),
)
def test_news_since_in_a_joined_clause_starts_the_span(
    n: int, months: tuple[str, str], joiner: str, noun: str
) -> None:
    other, start = months
    text = (
        f"There was no swap in {other}{joiner} since {start} Ukraine has brought home {n:,}{noun}."
    )
    first = date(2025, _MONTHS.index(start) + 1, 1)
    assert spans(text) == {("UKR", n, first, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        # the harder form: a talk named in the first clause, a pronoun subject, a perfect
        "Negotiators met twice in April without result, but since May it has brought home "
        "1,240 servicemen, Kyiv's coordination headquarters said.",
    ],
)
def test_news_since_in_a_joined_clause_harder_form(text: str) -> None:
    assert spans(text) == {("UKR", 1240, date(2025, 5, 1), PUBLISHED)}


def test_news_said_on_a_day_before_since_keeps_that_day() -> None:
    """Near miss: the day a total was told, in its own clause, still dates it."""
    text = "On Friday Kyiv said that since May it has brought home 95 prisoners."
    assert spans(text) == {("UKR", 95, date(2025, 5, 1), date(2025, 6, 6))}
