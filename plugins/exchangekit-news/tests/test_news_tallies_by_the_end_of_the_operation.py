"""A fronted "By the end of the operation," makes the counts of its clause totals of the stages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count

News = Callable[..., Any]

_STAGES = (
    "The handover of the dead ran in stages. On 3 September, Ukraine received 900 bodies. "
    "Further stages took place on 5, 8 and 10 September. "
)


def test_news_totals_after_a_long_subject_are_tallies_of_the_stages(news: News) -> None:
    result = news(
        _STAGES + "By the end of the operation, the National Information Bureau for the "
        "Affairs of Missing Persons of Ukraine said it had received 4,210 bodies in "
        "September, and that the Russian side had received 52."
    )
    ways = {(t.receiver.code, t.count) for t in result.tallies}
    assert ways == {("UKR", Count.exact(4210)), ("RUS", Count.exact(52))}
    assert all(t.as_of.start == date(2025, 9, 10) for t in result.tallies)
    handed = [t.count for e in result.exchanges for t in e.transfers]
    assert handed == [Count.exact(900)]


def test_news_the_end_of_the_operation_dates_a_short_total_too(news: News) -> None:
    result = news(_STAGES + "By the end of the operation, Kyiv said it had received 4,210 bodies.")
    (tally,) = result.tallies
    assert tally.count == Count.exact(4210)
    assert tally.as_of.start == date(2025, 9, 10)


def test_news_a_later_clause_of_another_kind_is_not_the_total(news: News) -> None:
    # near miss: the clause "in which ..." tells of one exchange, not of the span fronted
    result = news(
        "By the end of 2022, according to the Coordination Headquarters for the Treatment "
        "of Prisoners of War, about 1,400 Ukrainians had been freed - a number officials "
        "later raised to 1,700 after the exchange of 6 February, in which 101 came home in "
        "return for 63 Russian soldiers."
    )
    assert Count.exact(101) not in {t.count for t in result.tallies}
    assert Count.exact(63) not in {t.count for t in result.tallies}
