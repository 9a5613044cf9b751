"""A total that sums up right after the exchange is ranked stands on that exchange's day.

"This exchange was the 52nd ... In total, 3,900 have been returned": the sum goes on
with the statement that ranked the exchange, so it counts through that exchange, even
when the statement is read the day after. Without the rank just before, "In total"
says nothing of which day the total stood on.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

NEXT_DAY = date(2024, 6, 12)
SWAP = "Yesterday we brought home 120 Ukrainian defenders from Russian captivity.\n\n"


@pytest.mark.parametrize("opener", ["In total", "In all", "Altogether", "All told"])
def test_news_sum_after_rank_is_of_the_exchange(opener: str) -> None:
    text = (
        SWAP + "This exchange was the 52nd since the start of the full-scale invasion. "
        f"{opener}, 3,900 Ukrainians have been returned from captivity since February 2022.\n"
    )
    assert read(text, published=NEXT_DAY).tally_days() == {"2024-06-11"}


def test_news_sum_without_a_rank_is_of_the_telling() -> None:
    # near miss: nothing just before ranks the exchange, so the sum is as told
    text = (
        SWAP + "Talks on a further exchange continue. In total, 3,900 Ukrainians have been "
        "returned from captivity since February 2022.\n"
    )
    assert read(text, published=NEXT_DAY).tally_days() == {"2024-06-12"}
