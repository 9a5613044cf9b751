"""A further group a date opens after ", and" or ";", its verb said once: "and on 16 June
another 1,200".

Reporting on handovers made in stages often gives the first with its verb and the next
as a bare "another N" (or "a further N") opened by its own date, sometimes a weekday
and a date ("on Monday 16 June"), sometimes followed by a dash aside that runs to the end
of the sentence. The bare figure is the same kind of people moved the same way on its
own date. A bare "another N" after something other than people moved (drones launched)
is no handover, and one with a verb of its own is not the gapped item.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 October Russia returned 900 bodies to Ukraine, and on 6 October another 900.",
            {
                ("2025-10-03", "RUS", "UKR", "remains", "900"),
                ("2025-10-06", "RUS", "UKR", "remains", "900"),
            },
        ),
        (
            # the harder form: weekday and date, "a further", a dash aside to the end
            "Kyiv took back the bodies of 800 soldiers on 12 September, and on Monday "
            "15 September a further 650 - officials gave no figure for what went the other way.",
            {
                ("2025-09-12", "RUS", "UKR", "remains", "800"),
                ("2025-09-15", "RUS", "UKR", "remains", "650"),
            },
        ),
        (
            "Moscow handed 120 Ukrainian prisoners back on 3 October; on 6 October another 45.",
            {
                ("2025-10-03", "RUS", "UKR", "prisoners_of_war", "120"),
                ("2025-10-06", "RUS", "UKR", "prisoners_of_war", "45"),
            },
        ),
    ],
)
def test_news_another_group_a_date_opens_goes_the_way_of_the_clause_before(
    recap: Recap, text: str, expected: set[tuple[str, str, str, str, str]]
) -> None:
    """The bare further group is moved as the first was, on the date that opens it."""
    assert recap(text) == expected


@given(
    first=st.integers(200, 1500),
    second=st.integers(20, 1500),
    day=st.integers(14, 28),
    joiner=st.sampled_from([", and on", "; on", "; and on"]),
    further=st.sampled_from(["another", "a further"]),
)
@settings(max_examples=30, deadline=None)
def test_news_a_further_dated_group_keeps_its_own_count_and_day(
    recap: Recap, first: int, second: int, day: int, joiner: str, further: str
) -> None:
    """Whatever the figures and the day, the second group is its own handover, same way."""
    text = (
        f"Ukraine received the bodies of {first:,} soldiers from Russia on 2 October"
        f"{joiner} {day} October {further} {second:,}."
    )
    assert recap(text) == {
        ("2025-10-02", "RUS", "UKR", "remains", f"{first:,}"),
        (f"2025-10-{day:02d}", "RUS", "UKR", "remains", f"{second:,}"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # launches are no people moved: the further number is more drones
        "Russia launched 40 drones at Kharkiv on 3 October, and on 6 October another 60.",
        # the further group has a verb of its own and is not a handover
        "Ukraine received 500 bodies on 3 October, and on 6 October another 300 were buried.",
    ],
)
def test_news_a_further_number_that_is_no_gapped_handover_is_not_read_as_one(
    recap: Recap, text: str
) -> None:
    """Only a bare group after a handover of people, ending its item, is read."""
    assert not any(count in ("60", "300") for *_, count in recap(text))
