"""A figure dated only by the day it was told takes the day a next sentence gives it.

"Moscow said on Tuesday that 63 of its soldiers had come home. 'On 10 June, 63 Russian
servicemen were returned ...', the ministry said": the pluperfect looks back from the
day of telling, and the same count moved the same way a day or two before it, told in
the next sentences, is that exchange's own day. It is one exchange on that day, not two
exchanges a day apart.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

_PUBLISHED = date(2025, 6, 12)  # a Thursday; "on Tuesday" is 10 June


def _exchanges(text: str) -> list[tuple[str, set[tuple[str, str, int]]]]:
    """(period, {(sender, receiver, count)}) of every exchange read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=_PUBLISHED, publisher="Desk"
    )
    return [
        (
            str(item.period),
            {(t.sender.code, t.receiver.code, t.count.best or 0) for t in item.transfers},
        )
        for item in items
        if isinstance(item, Exchange)
    ]


def test_news_told_day_then_quoted_own_day() -> None:
    assert _exchanges(
        "Russia's defence ministry said on Wednesday that 63 servicemen had come back from "
        'Ukrainian captivity. "On 10 June, 63 Russian servicemen were returned from '
        'territory controlled by Kyiv," the ministry said.'
    ) == [("2025-06-10", {("UKR", "RUS", 63)})]


def test_news_told_day_then_plain_own_day_two_days_before() -> None:
    assert _exchanges(
        "Ukraine's headquarters said on Thursday that 41 soldiers had been freed from "
        "Russian captivity. The 41 soldiers came home on Tuesday, it added."
    ) == [("2025-06-10", {("RUS", "UKR", 41)})]


def test_news_told_day_then_own_day_other_wording() -> None:
    # harder: the own day comes in a sentence of its own speaker, month first
    assert _exchanges(
        "Kyiv said on Wednesday it had got 77 prisoners of war back from Russia. "
        "According to the ombudsman, on June 10 Russia handed over 77 prisoners of war."
    ) == [("2025-06-10", {("RUS", "UKR", 77)})]


def test_news_other_count_on_the_day_before_is_another_exchange() -> None:
    # near miss: another count a day before the telling is a swap of its own
    found = _exchanges(
        "Russia's defence ministry said on Wednesday that 63 servicemen had come back from "
        'Ukrainian captivity. "On 10 June, 50 Russian servicemen were returned," the '
        "ministry said."
    )
    assert len(found) == 2


def test_news_same_count_of_another_kind_is_another_exchange() -> None:
    # near miss: the same number of children is not the soldiers told again
    assert _exchanges(
        "Ukraine's ombudsman said on Wednesday that 48 soldiers had returned from Russian "
        "captivity. On 9 June, 48 children were brought back from Russia."
    ) == [("2025-06-11", {("RUS", "UKR", 48)}), ("2025-06-09", {("RUS", "UKR", 48)})]


def test_news_same_count_told_separately_is_another_exchange() -> None:
    # near miss: "Separately" tells a second exchange of the same size
    found = _exchanges(
        "Ukraine's ombudsman said on Wednesday that 48 soldiers had returned from Russian "
        "captivity. Separately, on 10 June, Russia handed back 48 soldiers."
    )
    assert sorted(period for period, _ in found) == ["2025-06-10", "2025-06-11"]


def test_news_same_count_told_with_also_is_another_exchange() -> None:
    # near miss: "also" adds an exchange rather than dating the one told before
    found = _exchanges(
        "Ukraine's ombudsman said on Wednesday that 48 soldiers had returned from Russian "
        "captivity. On 10 June, Russia also freed 48 soldiers."
    )
    assert sorted(period for period, _ in found) == ["2025-06-10", "2025-06-11"]


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=2, max_value=9_999).filter(lambda n: not 1800 <= n <= 2100))
def test_news_told_day_then_own_day_is_one_exchange(n: int) -> None:
    found = _exchanges(
        f"Moscow's defence ministry said on Wednesday that {n:,} of its troops had been "
        f"freed by Ukraine. On 10 June, Kyiv handed back {n:,} Russian troops, the "
        "ministry added."
    )
    assert [period for period, _ in found] == ["2025-06-10"]
