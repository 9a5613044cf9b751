"""Per-side shares listed with their days after a colon, and shares both sides report.

"The month brought two swaps: 40 each on the 3rd and then 55 each on the 9th": every
"N each on <day>" of the list sizes one of the swaps named before the colon, both ways,
however long a clause set inside the list is. "In the handover of 3 May, both sides
reported 60 each": the sides agree on a done swap's size per side.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_OPENING = "Kyiv and Moscow traded 30 prisoners each in February. "


def _ways(found: set[tuple[str, str, str, str, str]], day: str, count: str) -> set[tuple[str, str]]:
    return {(leg[1], leg[2]) for leg in found if leg[0] == day and leg[4] == count}


def test_the_second_share_of_a_dated_list_is_read(recap: Recap) -> None:
    """Both shares of "40 each on the 3rd and then 55 each on the 9th", each on its day."""
    found = recap(
        _OPENING
        + "March brought two swaps in a week: 40 each on the 3rd and then 55 each on the 9th."
    )
    both = {("UKR", "RUS"), ("RUS", "UKR")}
    assert _ways(found, "2025-03-03", "40") == both
    assert _ways(found, "2025-03-09", "55") == both


def test_a_clause_inside_the_list_does_not_take_the_first_share(recap: Recap) -> None:
    """Harder: a "when ..." clause with a verb of its own stands between the two shares."""
    found = recap(
        _OPENING + "April saw two more exchanges: 62 each on the 5th, when Ukraine "
        "released several wounded medics, and 70 each on the 20th."
    )
    both = {("UKR", "RUS"), ("RUS", "UKR")}
    assert _ways(found, "2025-04-05", "62") == both
    assert _ways(found, "2025-04-20", "70") == both


def test_a_planned_list_of_shares_is_not_read(recap: Recap) -> None:
    """Near miss: shares of swaps only agreed are a plan, not people moved."""
    found = recap(
        _OPENING + "Two exchanges were agreed: 40 each on the 3rd and 55 each on the 9th."
    )
    assert not any(leg[4] in ("40", "55") for leg in found)


def test_both_sides_report_a_share_of_a_done_swap(recap: Recap) -> None:
    """ "In the handover of 3 May, both sides reported 60 each": 60 went each way."""
    found = recap(
        _OPENING + "In the handover of 3 May, both sides reported 60 each, so no gap remains."
    )
    assert _ways(found, "2025-05-03", "60") == {("UKR", "RUS"), ("RUS", "UKR")}


def test_each_side_said_a_share_apiece(recap: Recap) -> None:
    """Harder: "each side said 64 apiece" of an exchange named earlier in the sentence."""
    found = recap(_OPENING + "For the exchange of 2 October, each side said 64 apiece.")
    assert _ways(found, "2025-10-02", "64") == {("UKR", "RUS"), ("RUS", "UKR")}


def test_a_share_both_sides_said_before_a_swap_is_not_read(recap: Recap) -> None:
    """Near miss: a share told of a swap yet to come moved no one."""
    found = recap(_OPENING + "Ahead of the next swap, both sides said 200 each.")
    assert not any(leg[4] == "200" for leg in found)


@settings(max_examples=10, deadline=None)
@given(
    first=st.integers(min_value=20, max_value=300),
    second=st.integers(min_value=20, max_value=300),
    day=st.integers(min_value=4, max_value=9),
)
def test_every_listed_share_goes_both_ways_on_its_day(
    recap: Recap, first: int, second: int, day: int
) -> None:
    """Whatever the sizes, each listed share is read on its own day, the same both ways."""
    later = day + 10
    found = recap(
        _OPENING + f"June brought two swaps: {first} each on the {day}th and then "
        f"{second} each on the {later}th."
    )
    both = {("UKR", "RUS"), ("RUS", "UKR")}
    assert _ways(found, f"2025-06-{day:02d}", str(first)) == both
    assert _ways(found, f"2025-06-{later:02d}", str(second)) == both
