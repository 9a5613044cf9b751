"""A handover told by its vehicles: "the lorries came again, on the 4th, bringing another 1,003".

A lorry, train or convoy holds no one of its own: what it brought is the handover's load,
going the way the story's handovers go; a participle after the vehicle's clause takes the
vehicle as its subject, and "another" ties the bare number to the people moved just
before. A day of the month alone ("on the 4th") is a day of the month the sentence names.
With no handover told before, "brought another 1,000" may be of anything and is not read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

OPENING = "In October 909 bodies were handed over to Ukraine. "


@pytest.mark.parametrize(
    ("later", "day", "count"),
    [
        ("In November the lorries came again, on the 4th, bringing another 1,003.", "04", "1,003"),
        ("On 6 November a convoy of trucks crossed at Sumy, bringing a further 812.", "06", "812"),
        ("Refrigerated trains brought another 640 bodies on 9 November.", "09", "640"),
    ],
)
def test_load_of_a_vehicle_goes_the_story_way(
    recap: Recap, later: str, day: str, count: str
) -> None:
    """The vehicles' load goes to Ukraine like the handover before, on its own day."""
    legs = recap(OPENING + later)
    got = {(p, s, r, k) for p, s, r, k, c in legs if c == count}
    assert got == {(f"2025-11-{day}", "RUS", "UKR", "remains")}


@given(
    n=st.integers(min_value=2, max_value=3000).filter(lambda n: not 1800 <= n <= 2100),
    day=st.integers(min_value=2, max_value=19),
    vehicle=st.sampled_from(["lorries", "trucks", "trains"]),
)
@settings(max_examples=8, deadline=None)
def test_any_count_and_day(recap: Recap, n: int, day: int, vehicle: str) -> None:
    """Whatever the count, day and vehicle, the load is read to Ukraine on that day."""
    text = f"{OPENING}On {day} November the {vehicle} came again, bringing another {n:,}."
    legs = recap(text)
    got = {(p, s, r) for p, s, r, _, c in legs if c == f"{n:,}"}
    assert got == {(f"2025-11-{day:02d}", "RUS", "UKR")}


def test_no_handover_before_reads_nothing(recap: Recap) -> None:
    """With no handover told before, the bare "another 1,000" is of nothing known."""
    legs = recap(
        "The talks resumed in Istanbul. On 4 November the lorries came, bringing another 1,000."
    )
    assert not {c for *_, c in legs if c == "1,000"}
