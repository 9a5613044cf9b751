"""A day given to exchanges of living people does not date a handover of bodies, nor back.

"Russia handed over 900 bodies, officials said on Thursday. Prisoner swaps under the
same deal began on Tuesday": the second sentence dates the swaps of captives, not the
handover of the dead told before, which keeps its day of telling. A sentence about
the same kind of exchange ("The handover of the bodies took place on Tuesday") still
gives the handover its day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
THURSDAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    "second",
    [
        "Prisoner swaps under the same deal began on Tuesday.",
        "Exchanges of captives agreed at the talks started on Tuesday.",
        "The first swap of prisoners of war under the deal took place on Tuesday.",
    ],
)
def test_news_a_swap_of_captives_does_not_date_the_bodies_told(news: News, second: str) -> None:
    text = (
        "KYIV — Russia handed Ukraine the bodies of 900 soldiers, officials said on "
        f"Thursday.\n\n{second}"
    )
    assert news(text, published=THURSDAY).periods() == {"2025-06-12"}


def test_news_the_handover_of_bodies_taken_up_still_takes_its_day(news: News) -> None:
    text = (
        "KYIV — Russia handed Ukraine the bodies of 900 soldiers, officials said on "
        "Thursday.\n\nThe handover of the bodies took place on Tuesday."
    )
    assert news(text, published=THURSDAY).periods() == {"2025-06-10"}
