"""A quoted wording a guide judges with a bare "is not" is no one's claim.

'"Russia has lost 9,000 men" is not, because it leaves out the missing': an explainer
quotes a way of putting a figure and rejects the wording, its verdict ("accurate")
elided after "is not". The figure is no count anyone stands by. A relative clause
after a told claim ("..., which is not surprising") leaves the claim as told.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import claim_triples, read


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=90).map(lambda k: f"{k * 1000:,}"),
    tail=st.sampled_from([", because it leaves out the missing.", ". Say who gave it.", "."]),
    side=st.sampled_from(["Russia", "Ukraine"]),
)
def test_news_a_quoted_wording_judged_is_not_is_no_claim(n: str, tail: str, side: str) -> None:
    text = f'How to write it: "{side} has lost {n} men" is not{tail}\n'
    claims = claim_triples(read(text, published=date(2025, 2, 20)))
    assert all(str(count) != n for _, _, count in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says Russia has lost 9,000 men, which is not surprising.",
        "Kyiv says Russia has lost 9,000 men. That is not in doubt.",
    ],
)
def test_news_a_told_loss_judged_after_it_still_reads(text: str) -> None:
    claims = claim_triples(read(text, published=date(2025, 2, 20)))
    assert any(str(count) == "9,000" for _, _, count in claims), claims
