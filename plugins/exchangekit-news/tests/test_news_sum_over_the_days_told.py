"""A sum "over the two days" stands on the last of the two days the sentence before named.

"The exchange came in two stages, on September 3 and 5, ... Moscow, for its part,
said it had got back 200 servicemen over the two days": the other side's sum of
both stages is complete on the second day, not on the day of the story. A count
of days that is not the number of days named ("over the three days") dates
nothing of theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]

_STAGES = (
    "The exchange came in two stages, on September 3 and 5, which brought home 110 and 90 "
    "Ukrainian soldiers respectively, according to Kyiv. "
)
_SUM = (
    "Moscow, for its part, said it had got back 200 servicemen over the {n} days, without "
    "saying how many came on each."
)


def test_news_a_sum_over_the_days_named_stands_on_the_last(news: News) -> None:
    read = news(_STAGES + _SUM.format(n="two"))
    assert read.tally_day_list() == ["2025-09-05"]
    assert read.day_counts_as_text() == {("2025-09-03", "110"), ("2025-09-05", "90")}


@pytest.mark.parametrize("n", ["three", "four"])
def test_news_another_count_of_days_takes_no_day_of_theirs(news: News, n: str) -> None:
    # published on Thursday 23 October 2025 (the helper's default)
    assert news(_STAGES + _SUM.format(n=n)).tally_day_list() == ["2025-10-23"]
