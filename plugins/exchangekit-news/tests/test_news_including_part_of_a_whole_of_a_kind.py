"""A part set off by ", including" after a whole of any kind is some of that whole.

"Kyiv said 60 of its soldiers had come back on May 2, including 12 medics": the
medics are among the 60, moved the same way, so they are no handover of their own
(and no handover the other way). The whole's kind does not matter: soldiers or
civilians, as much as "people", may be named and then broken into a part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "legs"),
    [
        (
            "Kyiv said that 60 of its soldiers had been returned on May 2, including 12 medics.",
            {("RUS", "UKR", "prisoners_of_war", Count.exact(60))},
        ),
        (
            "Moscow said 44 of its servicemen were handed back on Monday, including seven "
            "officers.",
            {("UKR", "RUS", "prisoners_of_war", Count.exact(44))},
        ),
        (
            "Ukraine's ombudsman said 31 of its civilians came home on Tuesday, including "
            "nine pensioners.",
            {("RUS", "UKR", "civilians", Count.exact(31))},
        ),
    ],
)
def test_news_part_after_a_whole_of_a_kind_is_no_handover(
    news: News, text: str, legs: set[tuple[str, str, str, Count]]
) -> None:
    assert news(text).legs() == legs


def test_news_other_way_after_a_whole_keeps_its_own_whole(news: News) -> None:
    # near-miss: a whole told the other way in a joined clause is still read, and the
    # part after it is that whole's, not a third handover
    text = (
        "Ukraine got back 60 of its soldiers on May 2, while Russia received 58 servicemen, "
        "including 12 conscripts."
    )
    assert news(text).legs() == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(60)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(58)),
    }


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2100, max_value=9000), st.integers(min_value=2, max_value=60))
def test_news_included_part_never_goes_the_other_way(news: News, whole: int, part: int) -> None:
    """Whatever the sizes, the part is never read as a handover of its own."""
    text = (
        f"Kyiv said that {whole:,} of its defenders had been returned on June 3, "
        f"including {part} marines."
    )
    assert news(text).legs() == {("RUS", "UKR", "prisoners_of_war", Count.exact(whole))}
