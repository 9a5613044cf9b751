"""Two sides' records summed to two running totals of the same people.

"Summing Moscow's statements gives 1,410 Ukrainians handed over since January, whereas
Kyiv's own reports add up to 1,466, a gap of 56 people": the bare second figure is
Kyiv's sum of the same way, a rival total beside Moscow's. Without a contrast, with the
same side summing twice, or with a figure of something else, only the first is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


def test_news_other_sides_sum_is_a_rival_total(news: News) -> None:
    read = news(
        "Summing Moscow's statements gives 1,410 Ukrainians handed over since January, "
        "whereas Kyiv's own reports add up to 1,466, a gap of 56 people.",
        published=PUBLISHED,
    )
    assert read.tally_spans() == {
        ("2025-01-01/2025-10-23", "UKR", "other", "1,410"),
        ("2025-01-01/2025-10-23", "UKR", "other", "1,466"),
    }
    assert {t.claimant.party.code for t in read.tallies if t.count.best == 1466} == {"UKR"}


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the same side twice, no contrast, a count of something else
        "Summing Moscow's statements gives 1,410 Ukrainians handed over since January, while "
        "Moscow's own later reports add up to 1,466, a gap of 56 people.",
        "Summing Moscow's statements gives 1,410 Ukrainians handed over since January, and "
        "Kyiv's own reports add up to 1,466, a gap of 56 people.",
        "Summing Moscow's statements gives 1,410 Ukrainians handed over since January, whereas "
        "Kyiv's own reports add up to 1,466 applications, a gap of 56.",
    ],
)
def test_news_sum_without_a_rival_reads_only_the_first(news: News, text: str) -> None:
    read = news(text, published=PUBLISHED)
    assert read.tally_spans() == {("2025-01-01/2025-10-23", "UKR", "other", "1,410")}
