"""A third country's custody: "three officers were transferred to Qatari custody".

A country's adjective before a noun of keeping ("custody", "care", "protection") names
the country the people were moved to, as its name would: people sent there did not go
home to their side. A side's own custody ("to Ukrainian custody") is still that side.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import moves

_DAY = date(2026, 2, 3)


@pytest.mark.parametrize("adjective", ["Turkish", "Saudi", "Qatari"])
@pytest.mark.parametrize("keeping", ["custody", "care", "protection"])
def test_people_moved_to_a_third_countrys_keeping_do_not_go_home(
    adjective: str, keeping: str
) -> None:
    text = (
        "The deal recalled the summer of 2023, when three Ukrainian officers were "
        f"transferred to {adjective} {keeping}."
    )
    assert not any(receiver == "UKR" for _, receiver, *_ in moves(text, _DAY))


def test_a_third_countrys_custody_is_read_as_that_country() -> None:
    text = (
        "In the swap, 40 Ukrainian soldiers were handed over to Turkish custody and will "
        "stay there until the war ends."
    )
    assert ("UKR", "RUS", "prisoners_of_war", 40) not in moves(text, _DAY)
    assert ("RUS", "UKR", "prisoners_of_war", 40) not in moves(text, _DAY)


def test_a_sides_own_custody_is_still_that_side() -> None:
    text = "On Tuesday Russia handed 40 Ukrainian prisoners to Ukrainian custody."
    assert moves(text, _DAY) == {("RUS", "UKR", "prisoners_of_war", 40)}
