"""A running total "since the talks resumed" with no date for the talks has no start to print.

"Since the Ankara negotiations, Kyiv has got back 450 prisoners" and "since the deal was
signed, ..." count from an event the text does not date: the total did not start with
the war in 2022, and it is no swap on the day of publication either, so nothing is read.
A date for the event ("since the talks resumed in March") starts the span; the war's own
start ("since the war began") keeps the total war-long.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Since the Ankara negotiations, Kyiv has got back 450 prisoners from Russia.",
        "Since the talks resumed, Russia has returned 450 Ukrainian soldiers.",
        "Since the deal was signed, Ukraine has received 450 bodies from Russia.",
        "Russia has released 450 Ukrainian captives since the negotiations began.",
    ],
)
def test_news_total_since_an_undated_event_is_not_read(news: News, text: str) -> None:
    result = news(text, published=PUBLISHED)
    assert result.exchanges == []
    assert result.tallies == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Since the talks resumed in March, Russia has returned 450 Ukrainian soldiers.",
            "2025-03-01",
        ),
        (
            "Since the Ankara negotiations in May, Kyiv has got back 450 prisoners from Russia.",
            "2025-05-01",
        ),
    ],
)
def test_news_a_dated_event_starts_the_span(news: News, text: str, start: str) -> None:
    spans = news(text, published=PUBLISHED).tally_spans()
    assert {c for c, _, _, _ in spans} == {f"{start}/2025-10-23"}


def test_news_the_sentence_before_dates_the_event(news: News) -> None:
    # harder: the event's date is told one sentence before, and the clause has its verb
    spans = news(
        "Negotiations resumed in Ankara in June. Since the talks resumed, Russia has "
        "returned 450 Ukrainian soldiers.",
        published=PUBLISHED,
    ).tally_spans()
    assert {c for c, _, _, _ in spans} == {"2025-06-01/2025-10-23"}


def test_news_since_the_war_began_stays_war_long(news: News) -> None:
    # near-miss: the war's start is a date every reader knows
    spans = news(
        "Since the war began, Russia has returned 450 Ukrainian soldiers.", published=PUBLISHED
    ).tally_spans()
    assert {c for c, _, _, _ in spans} == {"2022-02-24/2025-10-23"}


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    n=st.integers(min_value=2, max_value=1799),
    event=st.sampled_from(
        [
            "the talks resumed",
            "the negotiations",
            "the deal was struck",
            "the agreement was reached",
        ]
    ),
)
def test_news_undated_event_never_opens_at_the_war_start(news: News, n: int, event: str) -> None:
    result = news(
        f"Since {event}, Russia has returned {n:,} Ukrainian soldiers.", published=PUBLISHED
    )
    assert result.exchanges == []
    assert all(t.covers.start != date(2022, 2, 24) for t in result.tallies)
