"""Words that point back to a time the text told before ("then", "that month") date by it."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_SIDES = {
    "RUS": ("Russian", "The Russian side", "Moscow"),
    "UKR": ("Ukrainian", "The Ukrainian side", "Kyiv"),
}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.integers(min_value=20, max_value=400),
    second=st.integers(min_value=20, max_value=400),
    day=st.integers(min_value=2, max_value=27),
    got=st.sampled_from(["RUS", "UKR"]),
    said=st.booleans(),
)
def test_a_closing_then_dates_by_the_exchange_told_before(
    recap: Recap, first: int, second: int, day: int, got: str, said: bool
) -> None:
    """ "The previous exchange took place on DAY, when N came home. The other side
    received M then": "then" after its clause is that day, not the story's."""
    gave = "UKR" if got == "RUS" else "RUS"
    nationality, other, capital = _SIDES[got][0], _SIDES[gave][1], _SIDES[gave][2]
    legs = recap(
        "On Wednesday 50 prisoners went each way in a swap mediated by the UAE. "
        f"The previous exchange took place on {day} September, when {first} {nationality} "
        f"servicemen returned home. {other} received {second} people then"
        + (f", {capital} said." if said else ".")
    )
    assert (f"2025-09-{day:02d}", gave, got, "prisoners_of_war", str(first)) in legs
    assert (f"2025-09-{day:02d}", got, gave, "other", str(second)) in legs
    assert ("2025-11-19", got, gave, "other", str(second)) not in legs


def test_an_ordering_then_dates_nothing_back(recap: Recap) -> None:
    """ "and then", "since then", "by then" and a "then" before its verb order or
    measure; they do not put the figure on the day told before."""
    for text in (
        "On 3 September 84 prisoners went each way. Since then, Russia has returned 90 bodies.",
        "On 3 September 84 prisoners went each way. By then, Russia had returned 90 bodies.",
        "On 3 September 84 prisoners went each way. Russia then returned 90 bodies on Monday.",
    ):
        legs = recap(text)
        assert not any(leg[0] == "2025-09-03" and leg[4] == "90" for leg in legs), text
