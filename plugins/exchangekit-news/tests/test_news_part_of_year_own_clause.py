"""A half or quarter of a year spans only the figure whose own clause is set in it.

"Kyiv has got 2,000 soldiers back in all, 450 of them in the first half of the year":
the half dates the 450, not the 2,000. A half after a ";" belongs to the figure of
that clause; a half named as the thing compared with, or as the period of a report,
is no span a figure was summed in. "The second half of the year" is the story's year:
one still ahead of the story spans no figure that has happened. Every text here is
read as published on 10 June 2025 unless it says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2025, 6, 10)


def _spans(read: Any) -> dict[str, str]:
    return {str(y.count): str(y.covers) for y in read.tallies}


@pytest.mark.parametrize("part", ["first half", "second quarter", "first quarter"])
def test_news_a_share_s_part_leaves_the_whole_since_the_war(news: News, part: str) -> None:
    read = news(
        f"Kyiv has got 2,000 soldiers back in all, 450 of them in the {part} of the year.",
        published=PUBLISHED,
    )
    assert _spans(read).get("2,000", "2022-02-24/").startswith("2022-02-24/")


def test_news_a_part_after_a_semicolon_is_its_own_clause_s(news: News) -> None:
    # the harder form: the whole with its own start, the part fronted in the next clause
    read = news(
        "Since the invasion Ukraine has recovered 4,300 of its people; during the first half"
        " of the year alone, 900 came back.",
        published=PUBLISHED,
    )
    spans = _spans(read)
    assert spans["4,300"] == "2022-02-24/2025-06-10"
    assert not spans.get("900", "").startswith("2022")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # near-miss: the half is what a total is compared with
        (
            "Set against the first half of last year, Kyiv has now got 2,000 soldiers back in all.",
            PUBLISHED,
        ),
        # near-miss: the half names a report's period, not the figure's
        (
            "Kyiv has got 2,000 soldiers back in all, officials said in a summary for the"
            " first half of the year.",
            date(2025, 8, 1),
        ),
    ],
)
def test_news_a_half_that_is_no_span_of_the_figure(news: News, text: str, published: date) -> None:
    read = news(text, published=published)
    assert all(
        covers[5:10] not in ("01-01", "04-01", "07-01", "10-01") for covers in _spans(read).values()
    )


def test_news_the_second_half_of_the_year_is_the_story_s_year(news: News) -> None:
    read = news(
        "Kyiv got 380 soldiers back in the second half of the year.", published=date(2025, 10, 3)
    )
    assert _spans(read) == {"380": "2025-07-01/2025-10-03"}


def test_news_a_half_still_ahead_is_never_last_year_s(news: News) -> None:
    # near-miss: in June "the second half of the year" lies ahead; never 2024's half
    read = news("Kyiv got 380 soldiers back in the second half of the year.", published=PUBLISHED)
    assert all(not covers.startswith("2024") for covers in _spans(read).values())
