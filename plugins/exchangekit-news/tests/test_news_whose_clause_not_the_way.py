"""A "to X" in a "whose" clause on the people says where their things went, not they.

"the return of five teenagers whose files had been sent to the Russian side": the
files went to Russia, the teenagers came back from it. Read as the people's way, the
clause turned a return into a deportation; where no other word gives the way, none is
read. A "to X" before the people, in the clause of the verb, still names where they went.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count, PersonCategory


def test_news_whose_files_sent_to_a_side_is_not_the_way(news: Callable[..., Any]) -> None:
    read = news(
        "Late in March, after what the charity called months of quiet work, church "
        "mediation led to the return of five teenagers whose files Kyiv's ombudsman "
        "had sent to the Russian side a year earlier, the charity said."
    )
    assert not any(receiver == "RUS" for _, receiver, _, _ in read.legs())


def test_news_whose_documents_forwarded_to_moscow(news: Callable[..., Any]) -> None:
    read = news(
        "Church mediation in March brought the return of seven children whose "
        "documents had been forwarded to Moscow months before, the ombudsman said."
    )
    assert not any(receiver == "RUS" for _, receiver, _, _ in read.legs())


def test_news_to_a_side_before_the_whose_clause_is_the_way(news: Callable[..., Any]) -> None:
    # near-miss: "to Ukraine" stands in the verb's clause, before the people and their clause
    legs = news(
        "In a handover on Monday, Russia returned to Ukraine 12 children whose parents "
        "had written to the Vatican."
    ).legs_by_category_listed()
    assert legs == [("RUS", "UKR", PersonCategory.CHILDREN, Count.parse("12"))]
