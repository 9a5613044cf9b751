"""'The first round of talks' tells no one day or stage of an exchange made over days.

A figure moved "over three days" sums those days, a tally of the month they fell in,
unless the sentence tells one day or stage of it ("the second day", "the final
stage"). "Round" is a stage word, but "the first round of talks" (or of negotiations)
is a stage of the talks: it left the multi-day sum read as one exchange. A day of the
swap itself still makes its figure that day's handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

PUBLISHED = date(2025, 6, 3)


def test_news_round_of_talks_after_run_of_days(news: Callable[..., Any]) -> None:
    read = news(
        "Negotiators meet again on Monday, weeks after the exchange, over three days "
        "last month, of 1,000 prisoners from each side, the only tangible outcome of "
        "the first round of talks in Istanbul.",
        published=PUBLISHED,
    )
    assert read.exchanges == []
    assert read.tally_spans() == {
        ("2025-05-01/2025-05-31", "UKR", "prisoners_of_war", "1,000"),
        ("2025-05-01/2025-05-31", "RUS", "prisoners_of_war", "1,000"),
    }


def test_news_round_of_negotiations_after_spread_swap(news: Callable[..., Any]) -> None:
    read = news(
        "The swap, spread over three days in May, freed 1,000 soldiers on each side and "
        "was the sole result of the first round of negotiations, officials said.",
        published=PUBLISHED,
    )
    assert read.exchanges == []
    assert len(read.tallies) == 2


def test_news_one_day_of_the_swap_is_still_its_handover(news: Callable[..., Any]) -> None:
    # near-miss: "the second day" tells one day of the swap, so its figure is that day's
    read = news(
        "On the second day of the three-day exchange in May, 307 prisoners from each side "
        "were freed, the first round of talks having produced nothing else.",
        published=PUBLISHED,
    )
    assert read.ways_as_text() == {("RUS", "UKR", "307"), ("UKR", "RUS", "307")}
    assert read.tallies == []
