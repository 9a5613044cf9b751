"""People a side is told to have captured are a capture, never a handover.

- "crossed into the region, where they captured hundreds of Russian conscripts": the
  figure is the object of an active verb of capture ("captured", "seized"); a swap
  named in the same sentence does not make those people handed over, in either way.
- Told in a clause of place or operation ("where they captured ...", "a raid in which
  ... seized ..."), the haul is one operation's, not a side's count of the captured:
  no claim either.
- Near misses: "handed back 120 captured soldiers" (the participle describes the people
  handed over) keeps its handover; "Ukraine says it has captured 1,200 soldiers" keeps
  its claim of captured.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, Count

News = Callable[..., Any]
_PUBLISHED = date(2024, 11, 20)


def test_news_vague_haul_in_a_place_clause_is_no_handover(news: News) -> None:
    text = (
        "The June swap came a month after Ukrainian units pushed into the border district, "
        "where they captured hundreds of Russian conscripts, men Kyiv hopes to trade later."
    )
    read = news(text, published=_PUBLISHED)
    assert not read.ways_as_text()
    assert not read.claims


def test_news_haul_of_a_raid_with_an_exchange_after_is_no_handover(news: News) -> None:
    text = (
        "The exchange followed a raid in which Ukrainian marines seized dozens of Russian troops."
    )
    read = news(text, published=_PUBLISHED)
    assert not read.ways_as_text()
    assert not read.claims


def test_news_seized_then_exchange_is_no_handover(news: News) -> None:
    text = (
        "Kyiv's troops seized hundreds of Russian soldiers in the autumn push, and an "
        "exchange of prisoners followed a few weeks later."
    )
    read = news(text, published=_PUBLISHED)
    assert not read.ways_as_text()


@settings(max_examples=15, deadline=None)
@given(n=st.integers(20, 5000))
def test_news_counted_haul_in_a_place_clause_is_neither(news: News, n: int) -> None:
    assume(not 1800 <= n <= 2100)
    text = (
        f"The swap came weeks after Russian troops stormed the town, where they captured "
        f"{n:,} Ukrainian marines, a loss Kyiv still mourns."
    )
    read = news(text, published=_PUBLISHED)
    assert not read.ways_as_text()
    assert all(c.count != Count.parse(f"{n:,}") for c in read.claims)


def test_news_captured_people_handed_back_keep_their_handover(news: News) -> None:
    text = "Russia handed back 120 captured Ukrainian soldiers in Friday's swap, Kyiv said."
    read = news(text, published=_PUBLISHED)
    assert ("RUS", "UKR", "120") in read.ways_as_text()


def test_news_a_side_s_captured_count_keeps_its_claim(news: News) -> None:
    text = "Ukraine says its forces have captured 1,200 Russian soldiers since the incursion began."
    read = news(text, published=_PUBLISHED)
    assert not read.ways_as_text()
    assert [(c.subject.code, c.category) for c in read.claims] == [
        ("RUS", CasualtyCategory.CAPTURED)
    ]
