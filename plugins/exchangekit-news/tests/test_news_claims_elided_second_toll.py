"""A second toll with only its own date after "and" repeats the first's kind and side.

"Ukraine's General Staff said 1,150 Russian soldiers were killed on Monday and
870 on Tuesday": the bare 870 and its date close the clause, so it is the same
teller's count of the same side's dead, for Tuesday. Each figure is the toll of
its own day (or month), not a running total: both are read as losses of their
date. A second figure with a noun of its own ("and 870 shells on Tuesday") is
something else and is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ClaimScope, Count

News = Callable[..., Any]
PUBLISHED = date(2025, 6, 12)  # a Thursday


def _tolls(result: Any) -> set[tuple[str, str, Count, str, str, ClaimScope]]:
    return {
        (c.subject.code, c.category.value, c.count, c.as_of.format(), c.claimant.name, c.scope)
        for c in result.claims
    }


STAFF = "General Staff of the Armed Forces of Ukraine"
PERIOD = ClaimScope.PERIOD


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's General Staff said 1,150 Russian soldiers were killed on Monday and "
            "870 on Tuesday.",
            {
                ("RUS", "killed", Count.parse("1,150"), "2025-06-09", STAFF, PERIOD),
                ("RUS", "killed", Count.parse("870"), "2025-06-10", STAFF, PERIOD),
            },
        ),
        (
            "Ukraine's General Staff said 1,150 Russian soldiers were killed on Monday and "
            "another 870 on Tuesday.",
            {
                ("RUS", "killed", Count.parse("1,150"), "2025-06-09", STAFF, PERIOD),
                ("RUS", "killed", Count.parse("870"), "2025-06-10", STAFF, PERIOD),
            },
        ),
        (
            "According to Ukraine's General Staff, Russia lost 31,000 troops killed in April "
            "and 28,500 in May.",
            {
                ("RUS", "killed", Count.parse("31,000"), "2025-04", STAFF, PERIOD),
                ("RUS", "killed", Count.parse("28,500"), "2025-05", STAFF, PERIOD),
            },
        ),
    ],
)
def test_news_a_bare_second_toll_with_its_own_date_repeats_the_first(
    news: News, text: str, expected: set[tuple[str, str, Count, str, str, ClaimScope]]
) -> None:
    assert _tolls(news(text, published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the second figure counts shells, not people
        "Ukraine's General Staff said 1,150 Russian soldiers were killed on Monday and "
        "870 shells fired on Tuesday.",
        # a second figure with no date of its own is no second toll
        "Ukraine's General Staff said 1,150 Russian soldiers were killed on Monday and 870 "
        "wounded.",
    ],
)
def test_news_a_second_figure_that_is_no_bare_dated_toll_is_not_repeated(
    news: News, text: str
) -> None:
    claims = news(text, published=PUBLISHED).claims
    assert all(c.count != Count.parse("870") or c.category.value != "killed" for c in claims)
    # the first toll keeps its own reading
    assert any(c.count == Count.parse("1,150") for c in claims)


@settings(max_examples=15, deadline=None)
@given(
    first=st.integers(min_value=2_101, max_value=9_999),
    second=st.integers(min_value=2_101, max_value=9_999),
)
def test_news_the_second_toll_keeps_the_first_ones_side_and_kind(
    news: News, first: int, second: int
) -> None:
    text = (
        f"Russia's defence ministry said {first:,} Ukrainian servicemen were killed on "
        f"Monday and {second:,} on Tuesday."
    )
    claims = news(text, published=PUBLISHED).claims
    got = {(c.subject.code, c.category.value, c.count, c.as_of.format()) for c in claims}
    assert ("UKR", "killed", Count.parse(f"{second:,}"), "2025-06-10") in got
    assert all(code == "UKR" and kind == "killed" for code, kind, _, _ in got)
