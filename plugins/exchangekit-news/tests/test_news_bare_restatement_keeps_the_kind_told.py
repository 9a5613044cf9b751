"""A bare number restating a handover told in an earlier sentence keeps that handover's kind.

"207 Ukrainians came home, Kyiv said. Moscow said it handed over 195 prisoners of war.
Kyiv says 207 came back.": the bare 207 is the 207 Ukrainians told before (people of no
one kind), not more prisoners of war like the 195 told just before it. A side's "N of its
own" counts the owner's people, not a figure told for others, and keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

News = Callable[..., Any]


def kinds_of(result: Any, count: str) -> set[PersonCategory]:
    """The kinds of every transfer of ``count`` read."""
    wanted = Count.parse(count)
    return {t.category for e in result.exchanges for t in e.transfers if t.count == wanted}


@pytest.mark.parametrize(
    ("text", "count", "kind"),
    [
        (
            "On 31 January 207 Ukrainians returned home, Kyiv said. Moscow said it handed "
            "over 195 prisoners of war. The counts differ: Kyiv says 207 came back.",
            "207",
            PersonCategory.OTHER,
        ),
        (
            "Ukraine said 312 citizens came home on Tuesday. Moscow said it handed over 300 "
            "prisoners of war. The counts differ: Kyiv says 312 came back.",
            "312",
            PersonCategory.OTHER,
        ),
        (
            "On Monday 45 civilians returned to Ukraine, the ombudsman said. Moscow said it "
            "freed 60 Ukrainian soldiers. Kyiv says 45 came home.",
            "45",
            PersonCategory.CIVILIANS,
        ),
    ],
)
def test_bare_restatement_keeps_the_kind_told_before(
    news: News, text: str, count: str, kind: PersonCategory
) -> None:
    """The restated figure is of the kind it was told with, not of the figure told last."""
    assert kinds_of(news(text), count) == {kind}


def test_the_owners_own_people_are_no_restatement(news: News) -> None:
    """ "390 of its own" counts Russia's people of no one kind: none from Ukraine's 390 or 307."""
    result = news(
        "On Friday 390 people came home to Ukraine, Kyiv said. On Saturday 307 more "
        "servicemen returned. Russia's defence ministry says it received 390 of its own on "
        "Friday."
    )
    assert {
        t.category
        for e in result.exchanges
        for t in e.transfers
        if t.count == Count.parse("390") and t.receiver.code == "RUS"
    } == {PersonCategory.OTHER}


@given(n=st.integers(min_value=21, max_value=900).filter(lambda n: n != 195))
@settings(max_examples=15, deadline=None)
def test_any_restated_count_keeps_its_kind(news: News, n: int) -> None:
    """Whatever the count, its bare restatement is of the nationals' kind told first."""
    text = (
        f"On 31 January {n:,} Ukrainians returned home, Kyiv said. Moscow said it handed "
        f"over 195 prisoners of war. The counts differ: Kyiv says {n:,} came back."
    )
    assert kinds_of(news(text), f"{n:,}") == {PersonCategory.OTHER}
