"""People "sent" to a third country to stay there are handed over to that country.

"Six Ukrainian pilots were sent to Qatar, where they will stay until a ceasefire": a bare
"sent" to a place that is no side is usually a deployment, but a side does not send the
other side's captives to be kept abroad, so the country keeping them received them. Troops
sent to a place, people counted among those who came home, or people sent on from there
are not read that way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six Ukrainian pilots were sent to Qatar on Monday, where they will stay until "
            "a ceasefire.",
            ("RUS", "QAT", "prisoners_of_war", "6"),
        ),
        (
            "Moscow returned 150 soldiers on Monday. Three Bakhmut commanders were sent to "
            "Turkey, where under the deal they are to remain until the fighting ends.",
            ("RUS", "TUR", "prisoners_of_war", "3"),
        ),
    ],
)
def test_sent_to_stay_in_a_third_country(
    recap: Recap, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in {leg[1:] for leg in recap(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a deployment: troops stationed abroad are no one's captives
        "Russia sent 4,000 troops to Belarus on Monday, where they will stay until spring.",
        # a stop on the way home
        "On Monday six Ukrainian pilots were sent to Qatar and then home to Kyiv.",
    ],
)
def test_sent_abroad_without_being_kept_there(recap: Recap, text: str) -> None:
    assert not any(leg[2] in ("QAT", "BLR") for leg in recap(text))


def test_people_among_those_home_keep_their_relative_clause(recap: Recap) -> None:
    # near miss: the commanders are a part of the homecoming, told in a relative clause
    legs = recap(
        "On Monday 180 Ukrainians came home, among them 12 medics and the four Bakhmut "
        "commanders, who were sent to Turkey to stay there until the war ends."
    )
    assert not any(leg[4] == "4" for leg in legs)
