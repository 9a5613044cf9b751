"""With ``breakdowns="whole"`` (the default), a whole told with its own parts is recorded once.

"Each side freed 390 people - 270 soldiers and 120 civilians": the parts are the
same people as the whole, so printing both would make a reader who sums the
transfers count them twice. With the option only the whole is a transfer and the
parts are kept in a note of the exchange; parts with no whole stated beside them,
and parts another source gives as its own account, are still transfers. With
``"both"`` the whole and its parts are all recorded, as the older corpora code them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ParseError

News = Callable[..., Any]


WHOLE = {"breakdowns": "whole"}


def _legs(read: Any) -> list[tuple[str, str, str, int]]:
    return [
        (t.sender.code, t.receiver.code, t.category.value, t.count.best)
        for e in read.exchanges
        for t in e.transfers
    ]


def test_news_each_side_whole_with_parts_after_a_dash(news: News) -> None:
    """ "each side freed 200 people - 150 soldiers and 50 civilians": 200 each way, alone."""
    text = "On Monday each side freed 200 people - 150 soldiers and 50 civilians, Kyiv said."
    read = news(text, **WHOLE)
    legs = _legs(read)
    assert sorted((s, r, n) for s, r, _, n in legs) == [("RUS", "UKR", 200), ("UKR", "RUS", 200)]
    notes = [note for e in read.exchanges for note in e.notes]
    assert any("150 prisoners of war" in note and "50 civilians" in note for note in notes)


def test_news_whole_with_parts_of_them_in_an_aside(news: News) -> None:
    """Harder: the parts set off by commas as "N of them ... and M ..." inside the clause."""
    text = (
        "A total of 150 Ukrainians, 120 of them servicemen and 30 civilians, returned "
        "home on Tuesday, the ombudsman said."
    )
    legs = _legs(news(text, **WHOLE))
    assert [(r, n) for _, r, _, n in legs] == [("UKR", 150)]


def test_news_parts_without_a_stated_whole_stay_transfers(news: News) -> None:
    """Near miss: "120 soldiers and 30 civilians" with no whole beside them is two transfers."""
    legs = _legs(news("Ukraine got back 120 soldiers and 30 civilians on Tuesday.", **WHOLE))
    assert sorted((c, n) for _, _, c, n in legs) == [("civilians", 30), ("prisoners_of_war", 120)]


def test_news_another_sources_parts_stay_beside_the_whole(news: News) -> None:
    """Near miss: the other side's own breakdown is a rival account, kept with its source."""
    text = (
        "Kyiv said 150 Ukrainians had come home on Tuesday. Moscow said it had handed "
        "over 120 servicemen and 30 civilians."
    )
    legs = _legs(news(text, **WHOLE))
    assert sorted(n for _, _, _, n in legs) == [30, 120, 150]


@settings(max_examples=15, deadline=None)
@given(
    soldiers=st.integers(min_value=40, max_value=400),
    civilians=st.integers(min_value=2, max_value=39),
)
def test_news_whole_and_parts_are_never_summed_twice(
    news: News, soldiers: int, civilians: int
) -> None:
    """Whatever the figures, the transfers of a direction never add up to more than the whole."""
    whole = soldiers + civilians
    text = (
        f"On Monday each side freed {whole} people - {soldiers} soldiers and "
        f"{civilians} civilians, Kyiv said."
    )
    totals: dict[tuple[str, str], int] = {}
    for sender, receiver, _, count in _legs(news(text, **WHOLE)):
        totals[(sender, receiver)] = totals.get((sender, receiver), 0) + count
    assert totals
    assert all(total == whole for total in totals.values())


def test_news_by_default_only_the_whole_is_recorded(news: News) -> None:
    """The default counts the people once: the whole alone, its parts in a note."""
    text = "On Monday each side freed 200 people - 150 soldiers and 50 civilians, Kyiv said."
    assert sorted(n for _, _, _, n in _legs(news(text))) == [200, 200]


def test_news_both_records_the_whole_and_its_parts(news: News) -> None:
    """``breakdowns="both"`` keeps the older coding: the whole and each part."""
    text = "On Monday each side freed 200 people - 150 soldiers and 50 civilians, Kyiv said."
    legs = _legs(news(text, breakdowns="both"))
    assert sorted(n for _, _, _, n in legs) == [50, 50, 150, 150, 200, 200]


def test_news_an_unknown_breakdowns_value_is_refused(news: News) -> None:
    """Only "both" and "whole" are read; anything else is an error, not a silent default."""
    with pytest.raises(ParseError):
        news("Ukraine got back 120 soldiers on Tuesday.", breakdowns="parts")


def test_news_parts_spread_over_two_exchanges_stay_transfers(news: News) -> None:
    """Documented limit: bodies among the parts make an exchange of their own, so the
    living parts no longer add up to the whole in one exchange and all stay transfers;
    the README promises no more than that."""
    text = "Ukraine got back 240 people on Tuesday: 180 soldiers, 50 civilians and 10 bodies."
    counts = sorted(n for _, _, _, n in _legs(news(text, **WHOLE)))
    assert 240 in counts
    assert 180 in counts


def test_news_parts_that_add_up_in_one_exchange_are_dropped(news: News) -> None:
    """Near miss: the living parts alone add up to the whole, so only the whole is read."""
    text = "Ukraine got back 230 people on Tuesday: 180 soldiers and 50 civilians."
    assert [n for _, _, _, n in _legs(news(text, **WHOLE))] == [230]
