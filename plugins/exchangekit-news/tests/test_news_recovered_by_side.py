"""A bare number "received by <side>" after a handover went to that side; "recovered" did not.

"1,000 bodies went to Ukraine, and 19 were received by Russia": the agent of getting is the
side they went to. "19 were recovered by Russia from the battlefield": a side collecting its
own dead is no handover by the other, so nothing is sent the other way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import PersonCategory


def test_recovered_from_the_battlefield_is_no_handover(legs_of: Callable[..., Any]) -> None:
    legs = legs_of(
        "1,000 bodies were handed over to Ukraine, and 19 were recovered by Russia from the "
        "battlefield."
    )
    assert ("UKR", "RUS", PersonCategory.REMAINS) not in legs


def test_recovered_near_the_front_is_no_handover(legs_of: Callable[..., Any]) -> None:
    """Harder: a place phrase other than "from", and a side named by an adjective."""
    legs = legs_of("Ukraine took back 800 bodies, and 25 were recovered by Russia near the front.")
    assert ("UKR", "RUS", PersonCategory.REMAINS) not in legs


def test_near_miss_received_by_a_side_is_sent_to_it(legs_of: Callable[..., Any]) -> None:
    legs = legs_of("Ukraine took back 800 bodies, and 25 were received by Russia.")
    assert [c.best for c in legs[("UKR", "RUS", PersonCategory.REMAINS)]] == [25]
