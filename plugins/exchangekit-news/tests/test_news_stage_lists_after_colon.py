"""Stages told after a colon that follows the words of a deal: the colon opens their part.

"The meeting of 2 June ended in a deal that led to the biggest swap of the year: over three
days from 12 June, 600 prisoners went each way, in stages of 250, 200 and 150": the part
after the colon tells the stages done, each on its own day of the span, whatever the deal
before it was. Only when a verb of handing over told as done follows the colon: "were to
go each way" or "600 prisoners each way" after a deal that foresaw them are still a plan.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

STAGES = {("2025-06-12", "250"), ("2025-06-13", "200"), ("2025-06-14", "150")}


@pytest.mark.parametrize(
    "lead",
    [
        "The meeting of 2 June ended in a deal that led to the biggest swap of the year",
        "Talks on 2 June produced the agreement behind the biggest swap of the year",
    ],
)
def test_stages_after_colon_each_on_its_day(recap: Recap, lead: str) -> None:
    """Each size goes both ways on its own day of the three from 12 June."""
    legs = recap(
        f"{lead}: over three days from 12 June, 600 prisoners went each way, in stages of"
        " 250, 200 and 150."
    )
    for way in (("RUS", "UKR"), ("UKR", "RUS")):
        assert {(p, c) for p, s, r, _, c in legs if (s, r) == way and c != "600"} == STAGES


@pytest.mark.parametrize(
    "text",
    [
        "The deal signed on 2 June foresaw the biggest swap of the year: over three days from"
        " 12 June, 600 prisoners were to go each way, in stages of 250, 200 and 150.",
        "The deal signed on 2 June foresaw the biggest swap of the year: over three days from"
        " 12 June, 600 prisoners will go each way, in stages of 250, 200 and 150.",
        "The deal signed on 2 June foresees a swap over three days from 12 June: 600 prisoners"
        " each way, in stages of 250, 200 and 150.",
    ],
)
def test_planned_stages_after_colon_read_nothing(recap: Recap, text: str) -> None:
    """A plan's stages, told after the colon as still to come, are no exchanges."""
    assert not recap(text)
