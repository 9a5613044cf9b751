"""People a side let go: "Kyiv allowed 16 Russians to return to Russia".

The infinitive after the people is what the allowing (helping, enabling)
brought about, so when that verb is itself done the move took place; "will
allow", "has not allowed" and "would have allowed" keep it a plan or a denial.
A relative clause between commas may stand between the people and "to".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 3, 13)


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        (
            "On Tuesday, Kyiv allowed 16 Russian civilians to return to Russia.",
            ("2025-03-11", "UKR", "RUS", "civilians", "16"),
        ),
        (
            "Moscow enabled 23 Ukrainian civilians to go home to Ukraine on Monday.",
            ("2025-03-10", "RUS", "UKR", "civilians", "23"),
        ),
        (
            "Russia has permitted 7 Ukrainian children to go back to their families in Ukraine"
            " on Monday.",
            ("2025-03-10", "RUS", "UKR", "children", "7"),
        ),
        (
            "On Tuesday Ukraine permitted 12 Russian citizens, whom a court in Kyiv had"
            " cleared, to go back to Russia.",
            ("2025-03-11", "UKR", "RUS", "other", "12"),
        ),
    ],
)
def test_news_people_a_side_allowed_to_return_were_moved(
    news: News, text: str, leg: tuple[str, str, str, str, str]
) -> None:
    assert news(text, published=THURSDAY).period_legs() == {leg}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv will allow 16 Russian civilians to return to Russia next week.",
        "Moscow has not allowed 23 Ukrainian civilians to go home to Ukraine.",
        "The deal would have allowed 300 Ukrainian soldiers to return to Ukraine.",
        "Moscow will allow 23 Ukrainian civilians, who were detained in 2022, to return home.",
    ],
)
def test_news_allowing_planned_or_denied_moves_no_one(news: News, text: str) -> None:
    assert news(text, published=THURSDAY).period_legs() == set()


@pytest.mark.parametrize(
    "text",
    [
        # a document gives leave; it moves no one ("the deal allowed ..., but ...")
        "Last month's accord allowed 250 Ukrainian soldiers to come home, yet no swap has"
        " taken place.",
        "A new decree has permitted 40 Russian civilians to go back to Russia.",
        "The ceasefire enabled 500 Ukrainian prisoners to return to Ukraine, officials hope.",
        # leave on a condition not yet met
        "Moscow said it allowed 80 Ukrainian prisoners to go home to Ukraine only if Kyiv"
        " released its Russian captives first.",
        "Kyiv permitted 14 Russian civilians to return to Russia unless a court objected.",
        # leave in a clause of "if" or "whether": not told as given
        "If Russia permitted 45 Ukrainian civilians to go home to Ukraine, Kyiv would free"
        " its own Russian detainees.",
        "Kyiv would not say whether it had allowed 19 Russian civilians to return to Russia.",
        # an aside between the people and "to" that says they are yet to be freed
        "Russia allowed 31 Ukrainian civilians, who are to be released next week, to return"
        " to Ukraine.",
        "Russia allowed 31 Ukrainian civilians, who will be freed on Saturday, to go home.",
    ],
)
def test_news_leave_from_a_document_on_a_condition_or_yet_to_come_moves_no_one(
    news: News, text: str
) -> None:
    assert news(text, published=THURSDAY).period_legs() == set()


def test_news_a_side_that_allowed_people_home_past_a_done_aside_moved_them(news: News) -> None:
    # near miss of the aside rule: an aside told in the past leaves the move done
    text = (
        "Russia allowed 31 Ukrainian civilians, who were seized in Kherson, to go home on Monday."
    )
    assert news(text, published=THURSDAY).period_legs() == {
        ("2025-03-10", "RUS", "UKR", "civilians", "31")
    }


def test_news_people_with_an_infinitive_and_no_allowing_stay_a_plan(news: News) -> None:
    # near miss: no verb of letting before the people, so "to return" is what was planned
    assert (
        news(
            "The list names 40 Ukrainian civilians to return to Ukraine.", published=THURSDAY
        ).period_legs()
        == set()
    )


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=5000).filter(lambda n: not 1800 <= n <= 2100),
    st.sampled_from(["allowed", "enabled", "permitted"]),
)
def test_news_allowed_people_keep_their_count(news: News, n: int, verb: str) -> None:
    read = news(f"On Tuesday, Kyiv {verb} {n:,} Russian civilians to return to Russia.")
    counts = [t.count for e in read.exchanges for t in e.transfers]
    assert counts == [Count.exact(n)]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=5000).filter(lambda n: not 1800 <= n <= 2100),
    st.sampled_from(["agreement", "deal", "decree", "ceasefire", "law"]),
    st.sampled_from(["allowed", "enabled", "permitted"]),
)
def test_news_leave_a_document_gives_never_moves_anyone(
    news: News, n: int, document: str, verb: str
) -> None:
    assert (
        news(
            f"The {document} {verb} {n:,} Russian civilians to return to Russia.",
            published=THURSDAY,
        ).period_legs()
        == set()
    )
