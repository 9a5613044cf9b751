"""A mediator's "it was its fifth mediation" ranks the exchange its total counts through.

"Ukraine and Russia swapped 150 prisoners each on Tuesday ... The Qatari foreign
ministry said it was its fifth mediation in the war and that the number of captives
freed through its efforts had reached 900": the mediator counts its part in that
exchange, so the total stands on Tuesday, as "it was the 40th exchange and 3,000 had
come home" does, not on the day the story is published. A rank of something else
("its fifth mediation offer") is no exchange's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]

_SWAP = (
    "KYIV, Oct 22 (Test Wire) - Ukraine and Russia exchanged 150 prisoners of war each on "
    "Tuesday in a swap mediated by Qatar, both sides said. "
)


@pytest.mark.parametrize("whose", ["its", "the"])
def test_news_a_total_beside_a_ranked_mediation_stands_on_the_exchange(
    news: News, whose: str
) -> None:
    text = (
        _SWAP + f"The Qatari foreign ministry said it was {whose} fifth mediation in the war and "
        "that the total number of captives freed through its efforts had reached 900."
    )
    assert news(text).tally_days() == {"2025-10-21"}


def test_news_a_total_beside_no_rank_of_the_exchange_stands_when_told(news: News) -> None:
    text = (
        _SWAP + "The Qatari foreign ministry said it had made its fifth mediation offer and "
        "that the total number of captives freed through its efforts stood at 900."
    )
    assert news(text).tally_days() == {"2025-10-22"}
