"""A bare count stressed by "only", "just" or "merely" is still the verb's object.

"Ukraine took back 640 bodies, with Russia receiving only 19 in return": the adverb
stresses the number and leaves its count as it is, so the bare 19 counts the people
the verb moved, as "receiving 19" does. A noun of things after the number still makes
it no count of people.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv took back 640 bodies on Tuesday, with Moscow receiving only 19 in return.",
        "On Tuesday Russia handed over 640 bodies, receiving merely 19 in return.",
        "A handover of 640 bodies took place on Tuesday, with Ukraine receiving them and"
        " Russia receiving just 19 in return.",
    ],
)
def test_news_stressed_count_is_the_way_back(recap: Recap, text: str) -> None:
    legs = recap(text)
    assert ("2025-11-18", "UKR", "RUS", "remains", "19") in legs
    assert {c for *_, c in legs} <= {"640", "19"}


def test_news_stressed_vague_count_over_listed_months(recap: Recap) -> None:
    """One stressed vague count "in each case" goes back at each listed month."""
    legs = recap(
        "Handovers of about 900 bodies took place in May and June, in each case with the"
        " Russian side receiving only a few dozen in return."
    )
    assert {(p, s, r, c) for p, s, r, _, c in legs if s == "UKR"} == {
        ("2025-05", "UKR", "RUS", "dozens (24–99)"),
        ("2025-06", "UKR", "RUS", "dozens (24–99)"),
    }


def test_news_stressed_count_of_things_is_no_transfer(recap: Recap) -> None:
    """A noun of things after the stressed number keeps it out, as without the adverb."""
    legs = recap("On Tuesday Ukraine received 640 bodies; Russia received only 19 requests.")
    assert {c for *_, c in legs} == {"640"}


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_700),
    stress=st.sampled_from(["only", "just", "merely"]),
    side=st.sampled_from([("Kyiv", "Moscow", "UKR", "RUS"), ("Moscow", "Kyiv", "RUS", "UKR")]),
)
def test_news_stressed_count_reads_as_unstressed(
    recap: Recap, n: int, stress: str, side: tuple[str, str, str, str]
) -> None:
    taker, giver, taker_code, giver_code = side
    base = f"{taker} took back 2,400 bodies on Tuesday, with {giver} receiving"
    stressed = recap(f"{base} {stress} {n:,} in return.")
    plain = recap(f"{base} {n:,} in return.")
    assert stressed == plain
    assert ("2025-11-18", taker_code, giver_code, "remains", f"{n:,}") in stressed
