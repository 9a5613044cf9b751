"""A list told "in the same two exchanges" is shared out over the swaps just listed.

"Swaps on 3 March and 9 April brought home 40 and 70 Ukrainians respectively, while
Russia got back 40 and 65 of its soldiers in the same two exchanges": the second list
points back to the dated swaps and pairs with their days in order, as the first does;
it is no running total over two exchanges. A lone figure "in the same two exchanges"
is not shared out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[..., set[tuple[str, str, str, str, str]]]


def test_news_second_list_in_the_same_two_exchanges_is_dated(recap: Recap, news: Any) -> None:
    text = (
        "Swaps on 3 March and 9 April brought home 40 and 70 Ukrainians respectively, while "
        "Russia got back 40 and 65 of its soldiers in the same two exchanges."
    )
    assert recap(text) == {
        ("2025-03-03", "RUS", "UKR", "other", "40"),
        ("2025-04-09", "RUS", "UKR", "other", "70"),
        ("2025-03-03", "UKR", "RUS", "prisoners_of_war", "40"),
        ("2025-04-09", "UKR", "RUS", "prisoners_of_war", "65"),
    }
    assert not news(text).tallies


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(min_value=12, max_value=400), min_size=4, max_size=4, unique=True),
    st.sampled_from(["in the same two exchanges", "in those two swaps", "in the same swaps"]),
)
def test_news_same_two_exchanges_pairs_in_order(
    recap: Recap, figures: list[int], phrase: str
) -> None:
    a, b, c, d = figures
    text = (
        f"Swaps on 3 March and 9 April brought home {a} and {b} Ukrainians respectively, "
        f"while Russia got back {c} and {d} of its soldiers {phrase}."
    )
    legs = recap(text)
    assert ("2025-03-03", "UKR", "RUS", "prisoners_of_war", str(c)) in legs
    assert ("2025-04-09", "UKR", "RUS", "prisoners_of_war", str(d)) in legs


def test_news_a_lone_figure_in_the_same_two_exchanges_is_not_shared_out(recap: Recap) -> None:
    """Near miss: one figure over the two swaps is their sum, dated to neither."""
    text = (
        "Swaps on 3 March and 9 April brought home 40 and 70 Ukrainians respectively, while "
        "Russia got back 105 of its soldiers in the same two exchanges."
    )
    legs = recap(text)
    assert not any(leg[4] == "105" and leg[0] in ("2025-03-03", "2025-04-09") for leg in legs)
