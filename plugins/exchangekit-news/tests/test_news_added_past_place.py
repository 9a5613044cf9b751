"""People added with "as well as" after a passive of return and a phrase of place.

"90 soldiers were returned, as well as 12 civilians" was read; a phrase of where
from standing between ("were returned from territory held by Moscow, as well as 12
civilians") hid the verb, and the civilians were lost. They went the same way as
the subject of the passive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=30, max_value=400),
    st.integers(min_value=2, max_value=29),
    st.sampled_from(
        [
            "from territory controlled by Moscow",
            "from areas held by Russia",
            "home via Belarus",
            "through a third country",
        ]
    ),
    st.sampled_from(["as well as", "along with"]),
)
def test_news_added_people_follow_the_passive_past_a_place(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
    soldiers: int,
    civilians: int,
    place: str,
    joiner: str,
) -> None:
    found = legs(
        f"{soldiers} Ukrainian soldiers were returned {place} on Tuesday, {joiner}"
        f" {civilians} civilians."
    )
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == str(soldiers)
    assert str(found.get(("RUS", "UKR", "civilians"))) == str(civilians)


def test_news_added_past_a_place_named_by_its_holder(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # the harder form: the receiving side told by nationality only, the added described
    found = legs(
        "Sixty-two Russian servicemen have been brought back from land under Kyiv's"
        " control, as well as nine civilians, residents of a border district, the"
        " ministry said."
    )
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "62"
    assert str(found.get(("UKR", "RUS", "civilians"))) == "9"


def test_news_added_after_a_clause_with_its_own_figure_is_not_carried(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: a clause with another figure stands between; nothing says the added
    # people went the way of the passive's subject
    found = legs(
        "Ninety Ukrainian soldiers were returned from Russia, which still holds 30 of"
        " their comrades, as well as 12 civilians."
    )
    assert ("RUS", "UKR", "civilians") not in found
