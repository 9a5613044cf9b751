"""A "respectively" list over bare ordinal days of the month told in the sentence before.

"In August the pace picked up. On the 14th and the 24th, the sides exchanged 95 and 212
servicemen each, respectively": the month the text is in holds the days, paired with the
sizes in order as when the sentence names the month itself, also past a span's start
("..., the largest since the spring"). With no month told, the days are no month's and
the list is not shared out.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "In August the pace picked up. On the 14th and the 24th, the sides exchanged 95 and 212"
        " servicemen each, respectively.",
        "August was busier. On the 14th and the 24th - the latter a public holiday - the sides"
        " exchanged 95 and 212 servicemen each, respectively, the second the largest since"
        " the spring.",
    ],
)
def test_sizes_pair_with_days_of_the_scene_month(recap: Recap, text: str) -> None:
    """95 each way on 14 August, 212 each way on 24 August."""
    legs = recap(text)
    for way in (("RUS", "UKR"), ("UKR", "RUS")):
        assert {(p, c) for p, s, r, _, c in legs if (s, r) == way} == {
            ("2025-08-14", "95"),
            ("2025-08-24", "212"),
        }


def test_no_month_told_shares_nothing_out(recap: Recap) -> None:
    """Without a month before, 212 is put on no day."""
    legs = recap(
        "Swaps resumed after a pause. On the 14th and the 24th, the sides exchanged 95 and 212"
        " servicemen each, respectively."
    )
    assert not {leg for leg in legs if leg[4] == "212"}
