"""A bare number that repeats an earlier figure of its sentence is as many of the same people.

"Kyiv got back 200 people - 150 soldiers and 50 civilians - and Moscow received 200":
the bare 200 is the number of the whole told first, so it takes the whole's kind (of
no one kind here), not the kind of the breakdown's last part (civilians).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv got back 200 people - 150 soldiers and 50 civilians - on Friday, and Moscow "
        "said it received 200 in return.",
        "On Friday Ukraine received 200 people, 150 soldiers and 50 civilians, and Russia "
        "got back 200.",
        "Ukraine welcomed home 200 people on Friday — 150 soldiers and 50 civilians, its "
        "ombudsman said — while Russia took back 200 in return.",
    ],
)
def test_news_a_bare_repeat_of_a_mixed_whole_is_of_no_one_kind(legs: Legs, text: str) -> None:
    found = legs(text)
    assert found.get(("UKR", "RUS", "other")) == Count.exact(200)
    assert ("UKR", "RUS", "civilians") not in found


def test_news_a_bare_repeat_of_soldiers_before_civilians_is_of_soldiers(legs: Legs) -> None:
    found = legs(
        "Kyiv got back 95 prisoners of war and 12 civilians on Friday, and Moscow received 95."
    )
    assert found.get(("UKR", "RUS", "prisoners_of_war")) == Count.exact(95)
    assert ("UKR", "RUS", "civilians") not in found


def test_news_a_bare_number_equal_to_the_last_part_keeps_that_part_kind(legs: Legs) -> None:
    """Near miss: the bare number is as many as the last part, whose kind it keeps."""
    found = legs("Kyiv got back 95 soldiers and 12 civilians on Friday, and Russia received 12.")
    assert found.get(("UKR", "RUS", "civilians")) == Count.exact(12)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the earlier equal figure is another handover (another month) or
        # no handover at all (a list), so the bare number takes neither its kind nor
        # the last part's
        "Kyiv recovered 300 bodies in April, and on Friday it got back 210 soldiers and 90 "
        "civilians while Moscow received 300.",
        "Ukraine, which keeps 300 children on its list of the deported, got back 210 soldiers "
        "and 90 civilians, and Russia received 300.",
    ],
)
def test_news_a_bare_number_equal_to_another_handover_or_a_list_takes_no_kind_of_it(
    legs: Legs, text: str
) -> None:
    found = legs(text)
    kinds = {kind for (sender, _, kind) in found if sender == "UKR"}
    assert kinds <= {"other"}


@settings(max_examples=20, deadline=None)
@given(
    soldiers=st.integers(min_value=20, max_value=900),
    civilians=st.integers(min_value=2, max_value=19),
)
def test_news_the_repeat_of_a_mixed_whole_never_takes_a_part_kind(
    legs: Legs, soldiers: int, civilians: int
) -> None:
    whole = soldiers + civilians
    found = legs(
        f"Kyiv got back {whole:,} people - {soldiers:,} soldiers and {civilians:,} civilians - "
        f"on Friday, and Moscow said it received {whole:,} in return."
    )
    assert found.get(("UKR", "RUS", "other")) == Count.exact(whole)
    assert ("UKR", "RUS", "civilians") not in found


@settings(max_examples=20, deadline=None)
@given(
    soldiers=st.integers(min_value=20, max_value=900),
    civilians=st.integers(min_value=2, max_value=19),
)
def test_news_a_bare_number_never_takes_the_kind_of_another_months_bodies(
    legs: Legs, soldiers: int, civilians: int
) -> None:
    whole = soldiers + civilians
    found = legs(
        f"Kyiv recovered {whole:,} bodies in April, and on Friday it got back {soldiers:,} "
        f"soldiers and {civilians:,} civilians while Moscow received {whole:,}."
    )
    assert {kind for (sender, _, kind) in found if sender == "UKR"} <= {"other"}
