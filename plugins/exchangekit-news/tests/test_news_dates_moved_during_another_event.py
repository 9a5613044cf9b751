"""A date hung on "during <event>" in a clause about the people is that event's, not the swap's.

"Russia took back six residents who had been brought to Ukraine during Kyiv's raid last
year": the clause tells how the people came to be held, and "last year" dates the raid.
The exchange keeps the day the story gave it. "brought ... during the swap on Monday"
names the exchange itself, so its day stays the figure's.
"""

from __future__ import annotations

from .conftest import read

_OPENING = (
    "On Sunday, 40 Ukrainian soldiers came home from Russian captivity. Separately, six "
    "Ukrainian civilians were returned, while Russia took back six residents of its border "
    "region who had been brought to Ukraine "
)


def test_news_a_year_after_during_a_raid_dates_the_raid() -> None:
    ways = read(_OPENING + "during Kyiv's raid last year.").dated_ways()
    assert ways == {
        ("2025-10-19", "RUS", "UKR", "40"),
        ("2025-10-19", "RUS", "UKR", "6"),
        ("2025-10-19", "UKR", "RUS", "6"),
    }


def test_news_a_day_after_during_the_swap_dates_the_swap() -> None:
    # near miss: the event "during" names is the exchange, so its day is the figure's
    ways = read(_OPENING + "during the swap on Monday.").dated_ways()
    assert ("2025-10-20", "UKR", "RUS", "6") in ways
