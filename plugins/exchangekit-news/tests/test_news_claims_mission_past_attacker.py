"""The attacker named in a time phrase is not the teller of a mission's civilian toll.

"Since the large-scale armed attack launched by the Russian Federation on 24 February
2022, HRMMU has verified that at least 12,803 civilians have been killed": the agent
of the attack ("by the Russian Federation") tells nothing, so the mission that
verified the toll is its teller, and the country it works in is whose civilians died.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

OPENING = (
    "Since the large-scale armed attack launched by the Russian Federation on 24 February 2022"
)


def test_news_mission_toll_past_the_attacker_is_its_countrys(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """Both the dead and the injured are Ukraine's civilians, as the mission counts them."""
    text = (
        f"{OPENING}, HRMMU has verified that at least 12,803 civilians have been killed, "
        "and that 30,117 have been injured."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.parse("at least 12,803")),
        ("UKR", "wounded", Count.exact(30_117)),
    }


def test_news_teller_of_no_country_still_names_no_side(news: Callable[..., Any]) -> None:
    """Near miss: a body not named for a country gives the civilians no side."""
    text = (
        f"{OPENING}, Amnesty International has verified that at least 12,803 civilians "
        "have been killed, and that 30,117 have been injured."
    )
    assert news(text).claims == []
