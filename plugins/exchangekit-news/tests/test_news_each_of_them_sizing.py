"""'handovers, each (of them) involving N bodies': the size of every handover, not a side's.

"Earlier handovers, each of them involving about 900 bodies, took place in March and
April" was read as 900 going each way every month: the "each" after the comma refers
back to the plural handovers, so the figure is every handover's size. A party after a
participle of telling ("each announced by Kyiv") told of the handover and sent no one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_LEAD = "On Friday Ukraine received 700 bodies from Russia at the border."


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(min_value=100, max_value=1_500),
    each=st.sampled_from(["each", "each of them", "each of these"]),
    verb=st.sampled_from(["involving", "carrying", "with"]),
    teller=st.sampled_from(["", " and each announced within hours by Kyiv"]),
)
def test_news_each_handover_sized_moves_one_way(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
    count: int,
    each: str,
    verb: str,
    teller: str,
) -> None:
    text = (
        f"{_LEAD} Similar handovers, {each} {verb} about {count:,} bodies{teller}, took place"
        " in March and April."
    )
    found = legs(text)
    assert not any(key[:2] == ("UKR", "RUS") for key in found)


def test_news_each_handover_told_by_moscow_sends_nothing_to_russia(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # the harder form: the teller is Russia, and the aside comes after the months
    found = legs(
        f"{_LEAD} Two earlier transfers took place in May and June, each of them carrying"
        " roughly 800 bodies and each confirmed the same day by Moscow."
    )
    assert not any(key[:2] == ("UKR", "RUS") for key in found)


def test_news_each_side_still_shares_out_over_sides(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: "each side" names the sides, so the figure goes both ways
    found = legs("On Friday Russia and Ukraine swapped prisoners, each side handing over 200.")
    assert ("UKR", "RUS") in {key[:2] for key in found}
    assert ("RUS", "UKR") in {key[:2] for key in found}


def test_news_freed_by_a_side_still_names_the_sender(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: "by" after a verb of handing over names who gave the people
    found = legs("On Friday 150 Ukrainian soldiers were freed by Russia.")
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == "150"
