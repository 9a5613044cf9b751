"""The side that held foreigners freed to a third country, named with its article.

"Eight foreign prisoners held by the Russian Federation were released to Qatar": the
side after "held by the" or "captured by the" let them go, as it does without "the".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

LEAD = "Kyiv got back 150 soldiers on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "Eight foreign prisoners held by the Russian Federation were released to Qatar.",
        "Eight foreign volunteers captured by the Russian Federation were flown to Qatar.",
    ],
)
def test_holder_named_with_its_article(recap: Recap, text: str) -> None:
    legs = recap(LEAD + text)
    assert {(leg[1], leg[2]) for leg in legs if leg[4] == "8"} == {("RUS", "QAT")}


def test_no_holder_named_reads_no_third_country(recap: Recap) -> None:
    # near miss: nothing says who held them
    legs = recap(LEAD + "Eight prisoners were released to Qatar.")
    assert not any(leg[2] == "QAT" for leg in legs)
