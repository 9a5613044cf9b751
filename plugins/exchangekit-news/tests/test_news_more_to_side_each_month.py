"""A bare "N more to <side>" after a done verb of moving, with months as the subject.

"March, April and May each brought some 600 more to Kyiv": "more" adds to people
counted before and "to" names who got them, so each month listed brought that many
of the kind told before. Without the side, or with a noun of things, nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=200, max_value=1500), st.sampled_from(["about", "some", "roughly"]))
def test_news_each_listed_month_brought_more_to_a_side(recap: Recap, size: int, hedge: str) -> None:
    found = recap(
        "Moscow handed 1,100 bodies to Ukraine in February. March, April and May each"
        f" brought {hedge} {size:,} more to Ukraine, officials said."
    )
    # an "about" figure prints its range after it: "around 600 [540, 660]"
    assert {(*leg[:4], leg[4].split(" [")[0]) for leg in found} == {
        ("2025-02", "RUS", "UKR", "remains", "1,100"),
        *(
            (month, "RUS", "UKR", "remains", f"around {size:,}")
            for month in ("2025-03", "2025-04", "2025-05")
        ),
    }


def test_news_one_month_brought_more_after_a_handover(recap: Recap) -> None:
    # the harder form: a side as the subject and the month opening the sentence
    found = recap(
        "Russia returned 1,150 bodies to Ukraine in June. In July Russia brought 780 more"
        " to Ukraine."
    )
    assert ("2025-07", "RUS", "UKR", "remains", "780") in found


def test_news_more_without_a_side_or_of_things_is_not_read(recap: Recap) -> None:
    for text in (
        "Russia returned 1,150 bodies to Ukraine in June. July brought 40 more drones to Ukraine.",
        "Russia returned 1,150 bodies to Ukraine in June. Each month brought more than the last.",
        "Russia returned 1,150 bodies to Ukraine in June. July brought 780 more, officials said.",
    ):
        assert {count for *_, count in recap(text)} == {"1,150"}
