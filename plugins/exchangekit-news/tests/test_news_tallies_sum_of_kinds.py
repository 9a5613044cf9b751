"""A closing "N in all" that adds up one handover's soldiers and civilians told just before.

"Each side said it had got back 160 soldiers. Moscow added that 12 civilians had also come
home, saying 172 Russians in all had returned": the soldiers and the civilians, told in the
sentence before or earlier in this one, sum to the whole of that handover, so the whole is
read as the exchange's figure, never as a running total since the war began. Parts of one
kind (two days' swaps of soldiers) may add up many swaps and keep their running total.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally

_PUBLISHED = date(2025, 6, 2)


def _read(text: str) -> tuple[set[int], set[int]]:
    """The counts read as running totals and as one exchange's legs in ``text``."""
    items = list(
        NewsParser().parse(
            io.StringIO(text), source="a.txt", published=_PUBLISHED, publisher="Desk"
        )
    )
    tallies = {t.count.best or 0 for t in items if isinstance(t, ExchangeTally)}
    legs = {leg.count.best or 0 for e in items if isinstance(e, Exchange) for leg in e.transfers}
    return tallies, legs


@settings(max_examples=20, deadline=None)
@given(
    soldiers=st.integers(min_value=40, max_value=400),
    civilians=st.integers(min_value=2, max_value=30),
)
def test_a_whole_summing_soldiers_and_civilians_told_before_is_no_tally(
    soldiers: int, civilians: int
) -> None:
    """Whatever the parts, their whole "in all" is the handover's, not a running total."""
    whole = soldiers + civilians
    text = (
        f"On Friday, May 30, the two sides each said they had received {soldiers} servicemen. "
        f"Moscow added that {civilians} civilians had also come home, saying {whole} "
        "Russians in all had returned."
    )
    tallies, legs = _read(text)
    assert whole not in tallies
    assert whole in legs


def test_parts_told_in_the_same_sentence_with_the_whole_after_a_dash() -> None:
    """A harder form: both parts and the whole in one sentence, the whole after a dash."""
    text = (
        "On Friday, May 30, Kyiv said 90 soldiers and 7 civilians had returned - its "
        "ombudsman said 97 Ukrainians in all had come home."
    )
    tallies, _ = _read(text)
    assert 97 not in tallies


def test_two_swaps_of_one_kind_adding_up_stay_a_running_total() -> None:
    """Near miss: two days' soldiers summed "in all" may be many swaps: still a tally."""
    text = (
        "On Monday Ukraine got back 150 soldiers. On Tuesday another 120 soldiers came "
        "home, and Kyiv said 270 Ukrainians in all had returned."
    )
    tallies, _ = _read(text)
    assert 270 in tallies
