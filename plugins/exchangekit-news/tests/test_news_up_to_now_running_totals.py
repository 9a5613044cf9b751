"""A figure said to have come home "up to now" or "thus far" is a running total, not one swap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2100, max_value=20000),
    st.sampled_from(
        [
            "Up to now {n} Ukrainians have come back home, the ombudsman said.",
            "Up until now, {n} Ukrainian captives have been freed, Kyiv said.",
            "Thus far {n} Ukrainians have returned from Russian captivity.",
            "{n} Ukrainians have been brought home thus far, officials said.",
            "{n} Ukrainians have come home up to now, the coordination HQ said.",
        ]
    ),
)
def test_news_up_to_now_and_thus_far_make_a_tally_not_an_exchange(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    text = template.format(n=f"{amount:,}")
    transfers, tallies = receipts(text)
    assert transfers == set()
    assert {(receiver, count) for receiver, _, count in tallies} == {("UKR", f"{amount:,}")}


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the same figure on a named day with no running cue stays one handover
        "On Tuesday 212 Ukrainians came back home from captivity, the ombudsman said.",
        # near-miss: "now" alone does not make a running total
        "Now 212 Ukrainians are back home after Tuesday's swap, the ombudsman said.",
    ],
)
def test_news_a_figure_without_a_running_cue_stays_one_handover(
    receipts: Callable[..., Any], text: str
) -> None:
    transfers, tallies = receipts(text)
    assert tallies == set()
    assert {(receiver, count) for receiver, _, count in transfers} == {("UKR", "212")}
