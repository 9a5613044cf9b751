"""A side that only tells a relative clause is no subject of a verb in a later clause.

"A handover that Moscow said would start on Friday did not happen, and the two sides
traded blame over the return of thousands of bodies": Moscow tells the relative clause;
after ", and" it is no one's subject, so the noun of handing over has no sender.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A handover that Moscow said would start on Friday did not happen, and the two sides"
        " traded blame over the return of 700 bodies.",
        # the harder form: "which", a longer relative clause and ", but"
        "The repatriation, which Russia had claimed would go ahead at the border crossing on"
        " Friday, was called off, but officials still argued over the return of 700 bodies.",
    ],
)
def test_news_relative_speaker_is_no_later_subject(
    legs: Callable[..., dict[tuple[str, str, str], Any]], text: str
) -> None:
    assert ("RUS", "UKR", "remains") not in legs(text)


def test_news_relative_speaker_reporting_the_verb_itself(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: the verb right after the speaker's relative clause keeps its reading
    found = legs(
        "The swap, which Kyiv said on Friday had returned 215 soldiers to Ukraine, was the"
        " largest this year."
    )
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == "215"
