"""A headline's "tops N" over the body's full figure just above N is that figure rounded.

"Count of named Russian war dead tops 130,000" over a body that gives 131,044: the
headline cuts the body's count down to its round mark to fit, so the claim is the full
figure alone, not "more than 130,000" beside it. A body figure past the next mark
(145,000 over "tops 130,000"), an older one or another teller's stays a claim of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Any]]]

_FRIDAY = date(2025, 10, 3)


@pytest.mark.parametrize(
    ("headline", "body", "full"),
    [
        (
            "Independent count of named Russian war dead tops 130,000",
            "The count of Russian soldiers killed in Ukraine whose deaths have been confirmed "
            "by name now stands at 131,044, the outlet said on Friday.",
            131_044,
        ),
        (
            "Tally of named Russian dead tops 90,000",
            "The number of Russian soldiers killed whose names have been confirmed has reached "
            "90,412, the outlet said on Friday.",
            90_412,
        ),
        (
            "Named Russian dead exceed 250,000",
            "Journalists counting obituaries say the number of Russian soldiers killed whose "
            "names have been confirmed has reached 252,900, the outlet said on Friday.",
            252_900,
        ),
    ],
)
def test_news_a_headlines_passed_mark_is_the_bodys_full_figure(
    news: News, found: Found, headline: str, body: str, full: int
) -> None:
    read = news(f"{headline}\n\n{body}", published=_FRIDAY)
    assert found(read) == {("RUS", "killed", Count.exact(full))}


@pytest.mark.parametrize(
    "body",
    [
        # past the next mark: the headline's figure is not this one cut down
        "The number of Russian soldiers killed whose names have been confirmed has reached "
        "104,412, the outlet said on Friday.",
        # an older count: the headline's may be newer
        "The number of Russian soldiers killed whose names have been confirmed had reached "
        "90,412, the outlet said last year.",
    ],
)
def test_news_a_headlines_mark_over_another_figure_stays(
    news: News, found: Found, body: str
) -> None:
    read = news(f"Tally of named Russian dead tops 90,000\n\n{body}", published=_FRIDAY)
    assert ("RUS", "killed", Count.parse("more than 90,000")) in found(read)


@given(
    mark=st.integers(min_value=20, max_value=900).map(lambda k: k * 1000),
    past=st.integers(min_value=1, max_value=999),
)
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_news_a_headlines_passed_mark_goes_whatever_the_numbers(
    news: News, found: Found, mark: int, past: int
) -> None:
    text = (
        f"Tally of named Russian dead tops {mark:,}\n\nThe number of Russian soldiers killed "
        f"whose names have been confirmed has reached {mark + past:,}, the outlet said on "
        "Friday."
    )
    assert found(news(text, published=_FRIDAY)) == {("RUS", "killed", Count.exact(mark + past))}


def test_news_a_mark_of_many_zeros_is_passed_only_just(news: News, found: Found) -> None:
    """Near miss: "tops 100,000" rounds a count just past it, not one nearly twice as big."""
    text = (
        "Tally of named Russian dead tops 100,000\n\nThe number of Russian soldiers killed whose "
        "names have been confirmed has reached 187,305, the outlet said on Friday."
    )
    assert found(news(text, published=_FRIDAY)) == {
        ("RUS", "killed", Count.parse("more than 100,000")),
        ("RUS", "killed", Count.exact(187_305)),
    }
