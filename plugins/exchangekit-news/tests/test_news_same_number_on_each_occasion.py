""" "The same number on each occasion" after a "respectively" list: each size repeated.

"On 3 March and 9 April, Kyiv got back 40 and 65 soldiers, respectively, and Moscow
received the same number on each occasion": each listed handover had its own
counterpart, so Moscow got 40 on the first date and 65 on the second, not the last
size twice. Without "on each occasion" the phrase says nothing of which size it repeats,
and the other way is left unread.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize("each", ["on each occasion", "each time", "on each day"])
def test_each_size_repeated_on_its_own_date(recap: Recap, each: str) -> None:
    """Moscow gets 40 on 3 March and 65 on 9 April: the sizes paired with their dates."""
    legs = recap(
        "On 3 March and 9 April, Kyiv got back 40 and 65 soldiers, respectively, and Moscow"
        f" received the same number {each}."
    )
    assert {(p, c) for p, s, r, _, c in legs if (s, r) == ("UKR", "RUS")} == {
        ("2025-03-03", "40"),
        ("2025-04-09", "65"),
    }


def test_same_number_alone_repeats_no_one_size(recap: Recap) -> None:
    """ "the same number" with no "each occasion": no size goes to Moscow."""
    legs = recap(
        "On 3 March and 9 April, Kyiv got back 40 and 65 soldiers, respectively, and Moscow"
        " received the same number."
    )
    assert not {leg for leg in legs if leg[2] == "RUS"}
    assert {(p, c) for p, s, r, _, c in legs if r == "UKR"} == {
        ("2025-03-03", "40"),
        ("2025-04-09", "65"),
    }
