"""A lead figure that is the sum of the parts the body tells is no handover of its own.

"Kyiv has freed 412 soldiers" and then "in the first part, 388 soldiers came back; in the
second, 24 badly wounded fighters": the 412 is the two parts added up, so the parts are
recorded (388 soldiers, 24 wounded) and the lead's sum is not a third, larger figure of
soldiers. A second figure that does not add up with the parts stays a note only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_BODY = (
    "The swap was carried out in two parts on the same day. In the first part, {a} "
    "soldiers of the Ukrainian army came back to Ukraine. In the second, Russia also "
    "released {b} badly wounded Ukrainian fighters in need of surgery."
)


def test_news_a_lead_sum_gives_way_to_its_parts(receipts: Callable[..., Any]) -> None:
    moved, _ = receipts(
        "Ukraine has freed 412 of its soldiers from Russian captivity on Tuesday. "
        + _BODY.format(a=388, b=24)
    )
    assert ("UKR", "prisoners_of_war", "388") in moved
    assert ("UKR", "wounded_prisoners", "24") in moved
    assert ("UKR", "prisoners_of_war", "412") not in moved


def test_news_a_lead_that_is_no_sum_keeps_its_figure(receipts: Callable[..., Any]) -> None:
    moved, _ = receipts(
        "Ukraine has freed 450 of its soldiers from Russian captivity on Tuesday. "
        + _BODY.format(a=388, b=24)
    )
    assert ("UKR", "prisoners_of_war", "388") not in moved


@settings(max_examples=25)
@given(a=st.integers(min_value=40, max_value=400), b=st.integers(min_value=2, max_value=39))
def test_news_the_lead_sum_is_never_kept_beside_its_parts(
    receipts: Callable[..., Any], a: int, b: int
) -> None:
    moved, _ = receipts(
        f"Ukraine has freed {a + b} of its soldiers from Russian captivity on Tuesday. "
        + _BODY.format(a=a, b=b)
    )
    assert ("UKR", "prisoners_of_war", f"{a + b:,}") not in moved
