"""Looking back over the exchanges told reads only those of the leg's own kind.

The assembler keeps the exchanges told by kind (people or bodies) as well as in the
order told, so that a rule looking back for the exchange a leg restates reads only
the exchanges of its kind. A handover of bodies of the same size is never the swap
of prisoners a later sentence restates, and a sentence ranking an exchange by size
is read the same however many of its figures ask.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2024, 6, 12)  # a Wednesday: "on Monday" is 10 June


def test_news_a_restatement_skips_a_handover_of_bodies_of_its_size(news: News) -> None:
    text = (
        "Kyiv and Moscow swapped 64 prisoners each on Monday. "
        "On 3 June Russia handed over the bodies of 64 fallen soldiers to Ukraine. "
        "The Russian defence ministry said 64 servicemen had been returned to Russia."
    )
    legs = news(text, published=_DAY).legs_with_period()
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(64), "2024-06-10") in legs
    assert ("RUS", "UKR", "remains", Count.exact(64), "2024-06-03") in legs
    assert not any(leg[2] == "prisoners_of_war" and leg[4] == "2024-06-03" for leg in legs)


def test_news_a_ranked_restatement_keeps_the_day_of_its_swap(news: News) -> None:
    text = (
        "Ukraine got back 64 soldiers on Monday in exchange for the same number of Russian "
        "troops. It was the largest swap this month, after one of 40 prisoners each on "
        "3 June. In the largest swap of the month, Ukraine got back 64 of its people."
    )
    legs = news(text, published=_DAY).legs_with_period()
    assert ("RUS", "UKR", "prisoners_of_war", Count.exact(64), "2024-06-10") in legs
    assert ("RUS", "UKR", "prisoners_of_war", Count.exact(40), "2024-06-03") in legs
    assert not any(leg[3] == Count.exact(64) and leg[4] == "2024-06-03" for leg in legs)
