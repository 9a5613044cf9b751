"""The other side's undated figure right after a running total is its count of that total.

"Kyiv says it received 4,000 bodies from Russia since January. Moscow put the number it had
handed over at 4,020": the same people moved the same way, with no day of their own, from
the other side: a rival total over the same span, never a handover on the day of the
report. A figure with its own day, one from the same side, or one too far from the
total (not within a factor of two) to count the same people keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

# published Thursday 23 October 2025

_TOTAL = "Kyiv says 4,000 bodies have been returned to Ukraine since January. "


@pytest.mark.parametrize(
    "rival",
    [
        "Moscow said it had handed over 4,020.",
        "Russia's defence ministry put the number of bodies it had transferred at 4,020.",
        "The Kremlin's figures differ: Moscow said 4,020 bodies had gone to Ukraine.",
    ],
)
def test_news_the_other_sides_undated_figure_is_a_rival_total(news: News, rival: str) -> None:
    result = news(_TOTAL + rival)
    assert not result.exchanges
    covers = {str(t.covers) for t in result.tallies}
    assert covers == {"2025-01-01/2025-10-23"}
    assert {(t.sender.code, t.receiver.code, t.count) for t in result.tallies} == {
        ("RUS", "UKR", Count.exact(4000)),
        ("RUS", "UKR", Count.exact(4020)),
    }
    (moscow,) = [t for t in result.tallies if t.count == Count.exact(4020)]
    assert moscow.claimant is not None
    assert moscow.claimant.party is not None
    assert moscow.claimant.party.code == "RUS"


def test_news_a_figure_with_its_own_day_after_a_total_stays_a_handover(news: News) -> None:
    """Near miss: "handed over 120 on Friday" is that day's handover, not a rival total."""
    result = news(_TOTAL + "Moscow said it had handed over 120 on Friday.")
    assert [str(t.count) for e in result.exchanges for t in e.transfers] == ["120"]
    assert [str(t.count) for t in result.tallies] == ["4,000"]


@pytest.mark.parametrize("handed", ["45", "120", "1,900"])
def test_news_a_figure_far_from_the_total_stays_a_handover(news: News, handed: str) -> None:
    """Near miss: 45 (or 1,900) bodies cannot be another count of the same 4,000."""
    result = news(_TOTAL + f"Moscow said it had handed over {handed} bodies.")
    assert [str(t.count) for e in result.exchanges for t in e.transfers] == [handed]
    assert [str(t.count) for t in result.tallies] == ["4,000"]


@settings(max_examples=20, deadline=None)
@given(
    told=st.integers(min_value=200, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100),
    gap=st.integers(min_value=1, max_value=90),
)
def test_news_a_rival_total_is_read_whatever_the_numbers(news: News, told: int, gap: int) -> None:
    text = (
        f"Kyiv says {told:,} bodies have been returned to Ukraine since January. "
        f"Moscow said it had handed over {told + gap:,}."
    )
    result = news(text)
    assert not result.exchanges
    assert {t.count for t in result.tallies} == {Count.exact(told), Count.exact(told + gap)}
