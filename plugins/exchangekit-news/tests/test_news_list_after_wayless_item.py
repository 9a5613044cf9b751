"""An item listed after an item read with no way does not take another clause's way.

"... when 90 defenders returned home, and that on May 1 we managed to return 61 people,
among them 20 civilians and 41 servicemen": where the text gives no way for the 61 or
the 20, the 41 listed after them is not sent the way of the 90 told in the clause
before; a printed part of an unread whole would be a wrong figure. Nor is a part
printed alone after its whole's dashed list ("70 returned — 25 civilians and 45
soldiers —") when the part before it got no way. Items listed after an item that was
read go its way as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]

_STATEMENT = """Statement of the ombudsman
6 May 2024

Today 95 of our defenders are home.

In the course of today's exchange, the Ukrainian side transferred to the Russian \
Federation 95 Russian servicemen.

I would remind you that the previous exchange took place on May 2, when 90 defenders \
returned home, and that on the eve of that, on May 1, we managed to return 61 people, \
among them 20 civilians and 41 servicemen, including the defenders of Mariupol.
"""


def _legs(read: Any) -> list[tuple[str, str, int]]:
    return sorted(
        (t.sender.code, t.receiver.code, t.count.best) for e in read.exchanges for t in e.transfers
    )


def test_news_part_after_a_wayless_part_is_not_read(news: News) -> None:
    """The 41 servicemen are not sent the 90's way: no leg of 41."""
    legs = _legs(news(_STATEMENT, published="2024-05-06"))
    assert ("RUS", "UKR", 90) in legs
    assert all(n != 41 for _, _, n in legs)


def test_news_dashed_parts_are_not_printed_alone(news: News) -> None:
    """ "70 Ukrainians came home — 25 civilians and 45 soldiers —": the 70 alone."""
    text = (
        "We recall that on 3 March 70 Ukrainians came home from captivity — 25 civilians "
        "and 45 soldiers — and on the same day Ukraine handed over 70 Russian soldiers."
    )
    legs = _legs(news(text))
    assert ("RUS", "UKR", 70) in legs
    assert all(n not in (25, 45) for _, _, n in legs)


def test_news_items_listed_after_a_read_item_go_its_way(news: News) -> None:
    """Near miss: "brought home 150 soldiers and 25 civilians": both go to Ukraine."""
    text = "On Monday Ukraine brought home 150 soldiers and 25 civilians, Kyiv said."
    assert _legs(news(text)) == [("RUS", "UKR", 25), ("RUS", "UKR", 150)]
