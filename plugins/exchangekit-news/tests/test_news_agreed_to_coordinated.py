"""What two sides agreed to stays a plan in each part of a coordinated object.

"The delegations agreed to a new swap of prisoners and to the return of 6,000
bodies to each side": the second "to" is the same verb's object again, so the
return is agreed, not done, exactly as "agreed to the return of 6,000 bodies"
is. A handover told after "and" with a verb of its own is not governed by it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

_AGREED = (
    "The delegations agreed to a new swap of prisoners and to the return of {n} bodies "
    "to each side.",
    "Negotiators agreed on Tuesday to a ceasefire on energy sites, and to the release of "
    "{n} prisoners of war from each side.",
    "The two sides agreed on a list of detainees and on the handover of {n} Ukrainian civilians.",
)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100),
    template=st.sampled_from(_AGREED),
)
def test_news_the_second_object_of_agreed_to_is_a_plan(
    receipts: Callable[..., Any], n: int, template: str
) -> None:
    assert receipts(template.format(n=f"{n:,}")) == (set(), set())


@pytest.mark.parametrize(
    "text",
    [
        "The delegations agreed to further talks, and Russia returned 212 Ukrainian "
        "prisoners of war on Friday.",
        "The sides agreed to meet again and on Friday handed over 212 prisoners of war each.",
    ],
)
def test_news_a_handover_with_its_own_verb_after_and_stays_a_transfer(
    receipts: Callable[..., Any], text: str
) -> None:
    moved, _ = receipts(text)
    assert moved
