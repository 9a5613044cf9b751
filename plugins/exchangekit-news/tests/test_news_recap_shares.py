"""Recaps listing a verbless next swap sized by sides: "and 85 on each side on 9 May"."""

from __future__ import annotations

from collections.abc import Callable

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


def test_a_gapped_item_sized_on_each_side_is_the_next_swap(recap: Recap) -> None:
    """ "and 85 on each side on 9 May" after a dated pair: the verbless next swap."""
    found = recap(
        "Through the spring the rhythm held: 60 for 60 on April 2, and 85 on each side "
        "on May 9, which officials called the busiest week of the year."
    )
    later = {(leg[1], leg[2]) for leg in found if leg[0] == "2025-05-09" and leg[4] == "85"}
    assert later == {("UKR", "RUS"), ("RUS", "UKR")}


def test_a_gapped_item_sized_from_each_side(recap: Recap) -> None:
    """Harder: "from each side" shares the item out per side as "each way" does."""
    found = recap(
        "Prisoners of war were traded again in June: 40 for 40 on June 3; and 65 from "
        "each side on June 20."
    )
    assert ("2025-06-20", "RUS", "UKR", "prisoners_of_war", "65") in found


def test_a_per_side_item_with_a_clause_of_its_own_is_not_gapped(recap: Recap) -> None:
    """Near miss: "and 85 on each side on 9 May were still waiting" moved no one then."""
    found = recap(
        "Through the spring the rhythm held: 60 for 60 on April 2, and 85 on each side "
        "on May 9 were still waiting for their names to be called."
    )
    assert not any(leg[4] == "85" for leg in found)
