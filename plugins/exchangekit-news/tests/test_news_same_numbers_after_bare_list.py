""" "The same numbers" after a list whose bare sizes share the last one's noun repeats each."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
MONTHS = ["June", "July", "August", "September"]


def test_same_numbers_repeat_each_listed_size(recap: Callable[[str], Legs]) -> None:
    """ "60 and 85 Ukrainian soldiers ... respectively, and Russia got back the same
    numbers": each month's swap went both ways with its own size."""
    got = recap(
        "KYIV, Nov 19 — In June and July, 60 and 85 Ukrainian soldiers were freed "
        "respectively, and Russia got back the same numbers."
    )
    assert got == {
        ("2025-06", "RUS", "UKR", "prisoners_of_war", "60"),
        ("2025-06", "UKR", "RUS", "prisoners_of_war", "60"),
        ("2025-07", "RUS", "UKR", "prisoners_of_war", "85"),
        ("2025-07", "UKR", "RUS", "prisoners_of_war", "85"),
    }


def test_same_numbers_keep_the_listed_days(recap: Callable[[str], Legs]) -> None:
    """The days given to the list after "respectively" date the repeats too."""
    got = recap(
        "KYIV, Nov 19 — In June and July, 60 and 85 Ukrainian soldiers came home "
        "respectively, on the 4th and the 22nd of those months, and Russia received the "
        "same numbers in return."
    )
    assert {(p, s, r, c) for p, s, r, _, c in got} == {
        ("2025-06-04", "RUS", "UKR", "60"),
        ("2025-06-04", "UKR", "RUS", "60"),
        ("2025-07-22", "RUS", "UKR", "85"),
        ("2025-07-22", "UKR", "RUS", "85"),
    }


def test_singular_same_number_after_a_list_is_not_shared(recap: Callable[[str], Legs]) -> None:
    """Near miss: a singular "the same number" after a list of two names no one size."""
    got = recap(
        "KYIV, Nov 19 — In June and July, 60 and 85 Ukrainian soldiers were freed "
        "respectively, and Russia got back the same number."
    )
    assert {(s, r) for _, s, r, _, _ in got} == {("RUS", "UKR")}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(min_value=5, max_value=400), min_size=2, max_size=3, unique=True),
    st.sampled_from(["prisoners of war", "soldiers", "servicemen"]),
)
def test_every_listed_size_goes_back(
    recap: Callable[[str], Legs], sizes: list[int], noun: str
) -> None:
    """Each listed size, and no other, goes both ways in its own month."""
    months = MONTHS[: len(sizes)]
    text = (
        f"KYIV, Nov 19 — In {', '.join(months[:-1])} and {months[-1]}, "
        f"{', '.join(map(str, sizes[:-1]))} and {sizes[-1]} Ukrainian {noun} were freed "
        "respectively, and Russia got back the same numbers."
    )
    got = recap(text)
    want = {
        (f"2025-{MONTHS.index(m) + 6:02d}", way, str(n))
        for m, n in zip(months, sizes, strict=True)
        for way in ("UKR", "RUS")
    }
    assert {(p, r, c) for p, _, r, _, c in got} == want
