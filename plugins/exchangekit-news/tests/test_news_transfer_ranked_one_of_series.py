"""A handover ranked by size among a series told before: "..., the largest involving 84 in March".

"Some 300 residents have been sent back to Russia in several operations, the largest
involving 90 people in May" sizes one handover of the series: it went the way the
series went and counts the series' kind when its own noun names none. Undated, its
day is not told, so it is left out rather than dated by the series.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import PersonCategory

_PUBLISHED = date(2025, 11, 20)
_WAYS = {"to Russia": ("UKR", "RUS"), "to Ukraine": ("RUS", "UKR")}


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(sorted(_WAYS)),
    st.sampled_from(["a series of operations", "several handovers", "five stages"]),
    st.sampled_from(
        ["the largest involving {n} people", "the biggest of which involved {n} people"]
    ),
    st.integers(min_value=20, max_value=150),
)
def test_news_the_ranked_handover_goes_the_way_of_its_series(
    legs_of: Callable[..., dict[tuple[str, str, PersonCategory], list[object]]],
    way: str,
    series: str,
    ranked: str,
    amount: int,
) -> None:
    text = (
        f"The ombudsman said 310 civilians have been returned {way} since August in "
        f"{series}, {ranked.format(n=amount)} in October."
    )
    sender, receiver = _WAYS[way]
    found = legs_of(text, _PUBLISHED)
    counts = {str(c) for c in found.get((sender, receiver, PersonCategory.CIVILIANS), [])}
    assert str(amount) in counts
    # never the other way, nor of no kind
    assert not any(
        str(c) == str(amount)
        for (s, _, cat), cs in found.items()
        for c in cs
        if s == receiver or cat is PersonCategory.OTHER
    )


def test_news_an_undated_ranked_handover_is_left_out(
    legs_of: Callable[..., dict[tuple[str, str, PersonCategory], list[object]]],
) -> None:
    text = (
        "The ombudsman said 310 civilians have been returned to Russia since August in "
        "a series of operations, the largest involving 84 people."
    )
    found = legs_of(text, _PUBLISHED)
    assert not any(str(c) == "84" for cs in found.values() for c in cs)


def test_news_a_rank_with_no_series_before_it_borrows_no_way(
    legs_of: Callable[..., dict[tuple[str, str, PersonCategory], list[object]]],
) -> None:
    # near miss: one swap, no series, so "the largest" ranks nothing told before
    text = "Ukraine got back 230 soldiers on Friday, the largest swap of the year."
    found = legs_of(text, _PUBLISHED)
    assert [str(c) for c in found.get(("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR), [])] == [
        "230"
    ]
