"""Bodies told before a clause of bodies given back go the other way only when moved.

"900 bodies were handed over, and Russia got 30 of its own back" sends the 900 to
Ukraine against Russia's 30: the first clause has a verb of handing over of its own.
A figure of bodies whose clause moves no one ("About 800 bodies were counted, and on
2 May Kyiv took back 700 bodies and gave up 25") is no handover: the verb of getting
back in the next clause is that clause's own, so the figure before it is not sent
anywhere, and the later clause keeps both of its legs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Recap = Callable[..., set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "About 800 bodies were counted, and on 2 May Kyiv took back 700 bodies and gave up 25.",
        "Some 800 bodies were still unidentified, and on 2 May Kyiv took back 700 bodies "
        "and handed over 25.",
        "In March and again in April - each time about 800 bodies - the lorries came north, "
        "and on 2 May Kyiv took back 700 bodies and gave up 25.",
    ],
)
def test_news_bodies_without_a_verb_of_their_own_are_not_sent_back(recap: Recap, text: str) -> None:
    legs = recap(text)
    assert ("2025-05-02", "RUS", "UKR", "remains", "700") in legs
    assert ("2025-05-02", "UKR", "RUS", "remains", "25") in legs
    assert not any("800" in leg[-1] for leg in legs)


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        # near-misses: the bodies have a verb of handing over of their own
        (
            "On 2 May 900 bodies were handed over, and Russia got 30 of its own back.",
            ("2025-05-02", "RUS", "UKR", "remains", "900"),
        ),
        (
            "On 2 May 900 bodies were handed over, in return for which Moscow received 30.",
            ("2025-05-02", "RUS", "UKR", "remains", "900"),
        ),
    ],
)
def test_news_bodies_with_a_verb_of_their_own_still_go_the_other_way(
    recap: Recap, text: str, sent: tuple[str, str, str, str, str]
) -> None:
    assert sent in recap(text)


_COUNTS = st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=_COUNTS, verb=st.sampled_from(["were counted", "were still missing", "were listed"]))
def test_news_unmoved_bodies_before_a_swap_of_bodies_are_never_a_leg(
    recap: Recap, n: int, verb: str
) -> None:
    legs = recap(f"{n:,} bodies {verb}, and on 2 May Kyiv took back 700 bodies and gave up 25.")
    assert {leg[-1] for leg in legs} == {"700", "25"}
