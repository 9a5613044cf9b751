"""A running total's "in handovers like Wednesday's" does not date it to Wednesday.

"Since 2022, he says, some 600 civilians have been brought home, whether in
swaps or in handovers like Wednesday's": the possessive names one handover of
the many the total sums up, an example, not the day the total stands on; said
in the present, it stands on the publication day. A day's handover the total
gives a share of ("12 of them in Wednesday's handover") is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]

# published on Thursday 23 October 2025 (the helper's default)
_TOLD = (
    "On Wednesday, 12 Ukrainian civilians came home from Russia in a handover arranged by "
    "the two ombudsmen. Ukraine's ombudsman keeps his own count.\n\n"
)


@pytest.mark.parametrize("like", ["like", "such as"])
def test_news_an_example_handover_does_not_date_the_total(news: News, like: str) -> None:
    sentence = (
        "Since 2022, he says, some 600 Ukrainian civilians have been brought home, whether "
        f"in swaps or in handovers {like} Wednesday's."
    )
    read = news(_TOLD + sentence)
    assert read.tally_day_list() == ["2025-10-23"]
    assert read.day_counts_as_text() == {("2025-10-22", "12")}


def test_news_a_share_in_a_days_handover_is_not_an_example(news: News) -> None:
    sentence = (
        "Since 2022, he says, some 600 civilians have been brought home, 12 of them in "
        "Wednesday's handover."
    )
    assert news(_TOLD + sentence).tally_day_list() == ["2025-10-22"]
