"""A figure shared out over a series of handovers: "in each case", "in each of the first three"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import read

Legs = set[tuple[str, str, str, str, str]]


def test_in_each_case_after_the_figure_is_one_way(recap: Callable[[str], Legs]) -> None:
    """ "received N bodies in each case" on two days: N to the receiver on each, not N back."""
    got = recap("KYIV, Nov 19 — On 3 October and 7 October Kyiv received 640 bodies in each case.")
    assert got == {
        ("2025-10-03", "RUS", "UKR", "remains", "640"),
        ("2025-10-07", "RUS", "UKR", "remains", "640"),
    }


def test_in_each_case_set_off_before_more(recap: Callable[[str], Legs]) -> None:
    """ "it received, in each case, N more": the aside leaves the bare figure the verb's."""
    got = recap(
        "KYIV, Nov 19 — Ukraine took back 950 bodies on 1 October, and on both 3 October and "
        "7 October it received, in each case, 640 more."
    )
    assert got == {
        ("2025-10-01", "RUS", "UKR", "remains", "950"),
        ("2025-10-03", "RUS", "UKR", "remains", "640"),
        ("2025-10-07", "RUS", "UKR", "remains", "640"),
    }


def test_on_each_occasion_set_off_in_a_harder_form(recap: Callable[[str], Legs]) -> None:
    """Another aside of the series, in a sentence of its own after the first handover."""
    got = recap(
        "KYIV, Nov 19 — Kyiv got back 950 bodies on 1 October. On 3 October and "
        "7 October Ukraine received, on each occasion, 640 more."
    )
    assert ("2025-10-03", "RUS", "UKR", "remains", "640") in got
    assert ("2025-10-07", "RUS", "UKR", "remains", "640") in got
    assert all((s, r) == ("RUS", "UKR") for _, s, r, _, _ in got)


def test_each_side_is_still_per_side(recap: Callable[[str], Legs]) -> None:
    """Near miss: "each side" after a swap's figure still sends it both ways."""
    got = recap("KYIV, Nov 19 — On 3 October the two sides swapped 90 prisoners each.")
    assert {(s, r) for _, s, r, _, _ in got} == {("RUS", "UKR"), ("UKR", "RUS")}


def test_an_aside_of_the_case_is_no_series(recap: Callable[[str], Legs]) -> None:
    """Near miss: "in this case" shares nothing out and makes no bare number a figure."""
    assert not recap(
        "KYIV, Nov 19 — On 3 October and 7 October the court heard, in this case, 640 more."
    )


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["in each case", "on each occasion", "in both cases", "each time"]),
    st.sampled_from(["Ukraine", "Kyiv"]),
    st.integers(min_value=2, max_value=2000),
    st.booleans(),
)
def test_series_aside_never_reverses(
    recap: Callable[[str], Legs], aside: str, party: str, count: int, set_off: bool
) -> None:
    """Whatever the aside and where it stands, no leg runs away from the receiver."""
    if set_off:
        text = f"On 3 October and 7 October {party} received, {aside}, {count:,} bodies."
    else:
        text = f"On 3 October and 7 October {party} received {count:,} bodies {aside}."
    got = recap(f"KYIV, Nov 19 — {text}")
    assert got
    assert {(s, r) for _, s, r, _, _ in got} == {("RUS", "UKR")}


def test_each_of_the_first_handovers_takes_their_days(recap: Callable[[str], Legs]) -> None:
    """ "N in each of the first two handovers": N the other way on each of the first two days."""
    got = recap(
        "KYIV, Nov 19 — Ukraine got back 800 bodies on 2 October, 650 on 6 October and 700 "
        "on 9 October. Moscow received 15 bodies in each of the first two handovers."
    )
    assert ("2025-10-02", "UKR", "RUS", "remains", "15") in got
    assert ("2025-10-06", "UKR", "RUS", "remains", "15") in got
    assert not any(c == "15" and p == "2025-10-09" for p, _, _, _, c in got)


def test_each_of_the_handovers_after_a_colon_keeps_the_verb(recap: Callable[[str], Legs]) -> None:
    """Harder form: a colon after "fewer" sets the figure off; the verb before it still moves it."""
    got = recap(
        "KYIV, Nov 19 — Kyiv took back 800 bodies on 2 October and 650 on 6 October. "
        "Moscow, for its part, received many fewer: 15 bodies in each of the two handovers."
    )
    assert {(p, s, r) for p, s, r, _, c in got if c == "15"} == {
        ("2025-10-02", "UKR", "RUS"),
        ("2025-10-06", "UKR", "RUS"),
    }


def test_each_of_handovers_not_told_is_no_total() -> None:
    """Near miss: with no handovers told before, the figure is neither a total nor one day's."""
    result = read(
        "KYIV, Nov 19 — Moscow received 15 bodies in each of the last three handovers.",
        published=date(2025, 11, 20),
    )
    assert not result.tallies
    assert not result.exchanges


def test_each_of_more_handovers_than_told_is_refused(recap: Callable[[str], Legs]) -> None:
    """Near miss: "each of the four handovers" after only two days told puts 15 on none."""
    got = recap(
        "KYIV, Nov 19 — Kyiv took back 800 bodies on 2 October and 650 on 6 October. "
        "Moscow received 15 bodies in each of the four handovers."
    )
    assert not any(c == "15" for *_, c in got)
