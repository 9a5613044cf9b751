"""A plan whose adverb is set in quotation marks is still a plan.

"Moscow would 'unilaterally' hand over 6,000 bodies": a writer quotes a
source's own adverb inside the verb group, and the quotation marks do not end
the group, so the modal before them still makes the handing over a plan, as in
"would unilaterally hand over". A quoted phrase that is not one adverb leaves
the verb as it was read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

_PLANS = (
    'An aide said Moscow would "unilaterally" hand over the bodies of {n} Ukrainian soldiers.',
    "Kyiv will \u201cformally\u201d return {n} Russian prisoners of war next week, Kyiv said.",
    "The ministry said Russia could 'quickly' release {n} Ukrainian civilians.",
)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100),
    template=st.sampled_from(_PLANS),
)
def test_news_a_modal_before_a_quoted_adverb_makes_a_plan(
    receipts: Callable[..., Any], n: int, template: str
) -> None:
    assert receipts(template.format(n=f"{n:,}")) == (set(), set())


@pytest.mark.parametrize(
    "text",
    [
        'Russia "unilaterally" handed over the bodies of 212 Ukrainian soldiers on Friday.',
        "Russia \u201cfinally\u201d returned 212 Ukrainian prisoners of war on Friday.",
    ],
)
def test_news_a_done_handover_with_a_quoted_adverb_stays_a_transfer(
    receipts: Callable[..., Any], text: str
) -> None:
    moved, tallied = receipts(text)
    assert moved
    assert tallied == set()
