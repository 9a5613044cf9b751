"""A figure told "in each of" listed months beside a "respectively" list for the other way."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
MONTHS = ["June", "July", "August", "September", "October"]


def test_each_of_months_after_an_opening_month(recap: Callable[[str], Legs]) -> None:
    """ "From June, ...: about 800 ... in each of June, July and August, ... 12, 15 and 17
    respectively": the opening month is no item of the list; 800 goes to every month."""
    got = recap(
        "KYIV, Nov 19 — From June, the repatriations became monthly: about 800 bodies were "
        "returned to Ukraine in each of June, July and August, while Russia received 12, 15 "
        "and 17 "
        "respectively."
    )
    assert got == {
        ("2025-06", "RUS", "UKR", "remains", "around 800 [720, 880]"),
        ("2025-07", "RUS", "UKR", "remains", "around 800 [720, 880]"),
        ("2025-08", "RUS", "UKR", "remains", "around 800 [720, 880]"),
        ("2025-06", "UKR", "RUS", "remains", "12"),
        ("2025-07", "UKR", "RUS", "remains", "15"),
        ("2025-08", "UKR", "RUS", "remains", "17"),
    }


def test_a_listed_figure_is_still_shared_out(recap: Callable[[str], Legs]) -> None:
    """Near miss: with no "each of", the first figure is an item of the list, as before."""
    got = recap(
        "KYIV, Nov 19 — Ukraine received 700, 800 and 900 bodies in June, July and August "
        "respectively."
    )
    assert got == {
        ("2025-06", "RUS", "UKR", "remains", "700"),
        ("2025-07", "RUS", "UKR", "remains", "800"),
        ("2025-08", "RUS", "UKR", "remains", "900"),
    }


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=200, max_value=2000),
    st.lists(st.sampled_from(MONTHS), min_size=2, max_size=4, unique=True),
    st.lists(st.integers(min_value=5, max_value=60), min_size=4, max_size=4),
)
def test_each_month_gets_the_shared_figure(
    recap: Callable[[str], Legs], count: int, months: list[str], returned: list[int]
) -> None:
    """Every listed month has the "each of" figure one way and its own item the other."""
    months = sorted(months, key=MONTHS.index)
    sizes = returned[: len(months)]
    text = (
        f"KYIV, Nov 19 — From {months[0]}, the handovers were monthly: {count:,} bodies went "
        f"to Ukraine in each of {', '.join(months[:-1])} and {months[-1]}, while Russia "
        f"received {', '.join(map(str, sizes[:-1]))} and {sizes[-1]} respectively."
    )
    got = recap(text)
    numbers = {m: f"2025-{MONTHS.index(m) + 6:02d}" for m in MONTHS}
    to_ukraine = {(p, c) for p, s, r, _, c in got if r == "UKR"}
    to_russia = [(p, c) for p, s, r, _, c in got if r == "RUS"]
    assert to_ukraine == {(numbers[m], f"{count:,}") for m in months}
    assert sorted(to_russia) == sorted(
        (numbers[m], str(n)) for m, n in zip(months, sizes, strict=True)
    )
