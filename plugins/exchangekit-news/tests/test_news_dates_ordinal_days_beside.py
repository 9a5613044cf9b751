"""Several bare ordinal days in one sentence: each figure takes the day told beside it.

"Earlier in May, on the 3rd, the two sides swapped 70 each, and on the 19th, 40 bodies
came back": "the two sides" counts the sides, not people, so it does not stand between
the 3rd and the 70; with no month told, each day is the latest such day by the story.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 5, 30)
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}


def _dated(result: Any) -> set[tuple[str, str, str]]:
    return {
        (str(e.period), t.category.value, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    }


def test_news_the_two_sides_between_a_day_and_its_figure_keeps_the_day(news: News) -> None:
    result = news(
        "Earlier in May, on the 3rd, the two sides swapped 70 prisoners each, and on the "
        "19th, Kyiv received 40 bodies.",
        published=_PUBLISHED,
    )
    dated = _dated(result)
    assert ("2025-05-03", "prisoners_of_war", "70") in dated
    assert ("2025-05-19", "remains", "40") in dated


def test_news_two_bare_days_with_no_month_each_date_their_own_figure(news: News) -> None:
    # a harder form: no month at all, "both countries", a passive second clause
    result = news(
        "On the 3rd, both countries exchanged 70 prisoners each, and on the 19th, the "
        "bodies of 40 Ukrainian soldiers were returned.",
        published=_PUBLISHED,
    )
    dated = _dated(result)
    assert ("2025-05-03", "prisoners_of_war", "70") in dated
    assert ("2025-05-19", "remains", "40") in dated


def test_news_a_count_of_people_between_a_day_and_a_figure_still_blocks_it(news: News) -> None:
    # near miss: "two soldiers" are people; the 70 told after them has no day of its own
    result = news(
        "On the 3rd, two soldiers were freed, and 70 prisoners were swapped each way on the 19th.",
        published=_PUBLISHED,
    )
    assert ("2025-05-03", "prisoners_of_war", "70") not in _dated(result)


@settings(max_examples=15, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=12),
    second=st.integers(min_value=14, max_value=28),
    sides=st.sampled_from(["the two sides", "both sides", "the two countries"]),
    n=st.integers(min_value=20, max_value=300),
)
def test_news_a_count_of_sides_never_moves_a_figure_off_its_day(
    news: News, first: int, second: int, sides: str, n: int
) -> None:
    def nth(d: int) -> str:
        return f"{d}{_SUFFIXES.get(d % 10 if d not in (11, 12, 13) else 0, 'th')}"

    result = news(
        f"Earlier in May, on the {nth(first)}, {sides} swapped {n} prisoners each, and on "
        f"the {nth(second)}, Kyiv received 12 bodies.",
        published=_PUBLISHED,
    )
    days = {p for p, k, c in _dated(result) if k == "prisoners_of_war" and c == str(n)}
    assert days == {f"2025-05-{first:02d}"}
