"""An "it said" in a sentence a country opened speaks for that country, not an earlier agency.

"Ukraine's Coordination Headquarters gave its figures. Moscow seldom publishes its
own; in March it said it had received 37 bodies": with no speaker named before it in
the sentence, the "it" that says is the country the sentence opened with, so the 37
went to Russia. A country after a preposition ("in Russia") opens nothing, and a
speaker named earlier in the sentence keeps "it".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]

HEADQUARTERS = "Ukraine's Coordination Headquarters says Kyiv received 700 bodies in 2025. "
_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@given(
    count=st.integers(min_value=2, max_value=699),
    opener=st.sampled_from(
        ["Moscow seldom publishes its own figures;", "Russia gives few numbers, but"]
    ),
)
@_SETTINGS
def test_news_it_said_is_the_country_that_opened_the_sentence(
    recap: Recap, count: int, opener: str
) -> None:
    found = recap(HEADQUARTERS + f"{opener} in March it said it had received {count} bodies.")
    legs = {(sender, receiver, n) for _, sender, receiver, _, n in found}
    assert ("UKR", "RUS", str(count)) in legs
    assert ("RUS", "UKR", str(count)) not in legs


def test_news_it_said_after_a_place_is_not_that_country(recap: Recap) -> None:
    # near miss: "in Russia" places the talk; the 37 is not sent to Russia by "it"
    found = recap(HEADQUARTERS + "At talks in Russia in March, it said it had received 37 bodies.")
    assert not any(receiver == "RUS" and n == "37" for _, _, receiver, _, n in found)
