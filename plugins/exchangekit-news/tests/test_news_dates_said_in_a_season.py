"""A total said "in the autumn" stands as of that season, as one said "in September" does.

"The ministry said in the autumn that more than 2,500 Ukrainians had been freed since the
invasion began": the season dates the saying, so the total stood then, not on the day
the article was published months later. A season that is the span summed ("in the
summer alone, 900 came home") is no saying's date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_DEC_28 = date(2023, 12, 28)


@pytest.mark.parametrize(
    ("season", "as_of"),
    [
        ("autumn", "2023-09-01/2023-11-30"),
        ("spring", "2023-03-01/2023-05-31"),
        ("summer", "2023-06-01/2023-08-31"),
    ],
)
def test_news_a_total_said_in_the_season_stands_then(
    news: Callable[..., Any], season: str, as_of: str
) -> None:
    text = (
        f"The ministry said in the {season} that more than 2,500 Ukrainians had been freed "
        "from captivity since the invasion began."
    )
    assert news(text, published=_DEC_28).tally_days() == {as_of}


def test_news_a_season_summed_is_not_a_sayings_date(news: Callable[..., Any]) -> None:
    # near-miss: no verb of saying before the season, so it is the span the figure sums
    text = "In the summer alone, 900 Ukrainian prisoners came home, the ministry said."
    assert "2023-06-01/2023-08-31" not in news(text, published=_DEC_28).tally_days()
