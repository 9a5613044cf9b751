"""'The same number of <kind>' after a figure of a kind it cannot name: the figure of its kind.

"14 civilians were freed, together with 120 soldiers, and the same number of civilians
went back": soldiers are not civilians, so the phrase repeats the civilians' 14, not
the 120 told last, whatever words join the two figures. Children are civilians, and
the wounded are prisoners of war: after such a pair the phrase may name the last
figure's people, and still repeats it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

_CIV = PersonCategory.CIVILIANS
_POW = PersonCategory.PRISONERS_OF_WAR


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Kyiv said on Friday that 14 civilians had been freed from Russian captivity, "
            "together with 120 soldiers, and that the same number of Russian civilians had "
            "gone back.",
            _CIV,
            "14",
        ),
        (
            "Ukraine got back 37 civilians on Friday, as well as 210 servicemen, and handed "
            "over the same number of civilians to Russia.",
            _CIV,
            "37",
        ),
        (
            "On Friday Ukraine received 120 soldiers together with 14 civilians, and Russia "
            "got back the same number of servicemen.",
            _POW,
            "120",
        ),
    ],
)
def test_the_phrase_repeats_the_figure_of_its_own_kind(
    news: Callable[..., Any], text: str, kind: PersonCategory, count: str
) -> None:
    legs = news(text).legs_by_category()
    back = {(c, k) for s, r, k, c in legs if (s, r) == ("UKR", "RUS")}
    assert back == {(Count.parse(count), kind)}


def test_children_then_civilians_still_repeat_the_last(news: Callable[..., Any]) -> None:
    # children are civilians: "the same number of civilians" may be the 40 just told
    text = (
        "On Friday Ukraine received 16 children together with 40 civilians, and Russia got "
        "back the same number of civilians."
    )
    legs = news(text).legs_by_category()
    assert {(c, k) for s, r, k, c in legs if (s, r) == ("UKR", "RUS")} == {
        (Count.parse("40"), _CIV)
    }


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    civilians=st.integers(min_value=2, max_value=99),
    soldiers=st.integers(min_value=100, max_value=1_700),
)
def test_never_the_soldiers_figure_as_civilians(
    news: Callable[..., Any], civilians: int, soldiers: int
) -> None:
    text = (
        f"Ukraine got back {civilians:,} civilians on Friday, as well as {soldiers:,} "
        "servicemen, and handed over the same number of civilians to Russia."
    )
    legs = news(text).legs_by_category()
    back = {(c, k) for s, r, k, c in legs if (s, r) == ("UKR", "RUS")}
    assert back == {(Count.parse(f"{civilians:,}"), _CIV)}
