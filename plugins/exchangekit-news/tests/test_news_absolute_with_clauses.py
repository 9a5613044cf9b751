"""A swap's size told in an absolute "with" clause: "..., with 390 people going each way".

The participle of such a clause has no tense of its own; the clause it hangs on
says whether the swap was done ("took place on Friday, with ...") or only planned
("will take place on Sunday, with ..."). And "agreed" after the swap's noun ("the
exchange agreed in Istanbul has taken place") only names the deal being done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
FRIDAY = date(2025, 5, 23)


# -- "agreed" after the noun names a deal that the clause then says was done ----------


@pytest.mark.parametrize(
    ("text", "period", "count"),
    [
        (
            "The handover agreed at the talks in Geneva has taken place, with 120 soldiers "
            "crossing each way.",
            "2025-05-23",
            "120",
        ),
        # harder: a stage of the deal, the meeting's date, and a passive of being done
        (
            "The first round of the swap agreed in Doha last month was carried out on "
            "Tuesday, with 64 people going each way.",
            "2025-05-20",
            "64",
        ),
    ],
)
def test_news_a_deal_agreed_and_then_done_gives_its_size(
    news: News, text: str, period: str, count: str
) -> None:
    legs = news(text, published=FRIDAY).period_legs()
    assert {(p, c) for p, _, _, _, c in legs} == {(period, count)}
    assert {(s, r) for _, s, r, _, _ in legs} == {("RUS", "UKR"), ("UKR", "RUS")}


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the deal agreed is still to be carried out
        "The exchange agreed in Geneva will take place next week, with 120 soldiers going "
        "each way.",
        "The swap agreed in Doha, to be carried out on Sunday, with 64 people going each way.",
    ],
)
def test_news_a_deal_agreed_and_still_to_come_gives_no_swap(news: News, text: str) -> None:
    assert news(text, published=FRIDAY).period_legs() == set()


# -- an absolute clause on a plan is a plan --------------------------------------------


@given(
    modal=st.sampled_from(["will", "would", "could", "may", "should"]),
    count=st.integers(min_value=2, max_value=1200),
)
@settings(max_examples=15, deadline=None)
def test_news_a_with_clause_takes_the_tense_of_its_clause(
    news: News, modal: str, count: int
) -> None:
    # invariant: the same absolute clause is a swap done after "took place" and no swap
    # at all after a modal
    clause = f", with {count:,} prisoners going each way."
    assert (
        news((f"The swap {modal} take place on Sunday{clause}"), published=FRIDAY).period_legs()
        == set()
    )
    done = news((f"The swap took place on Sunday{clause}"), published=FRIDAY).period_legs()
    assert {c for *_, c in done} == {f"{count:,}"}


@pytest.mark.parametrize(
    "text",
    [
        "The swap was to be carried out on Sunday, with 64 people going each way.",
        # harder: the plan's verb said, the modal inside reported speech
        "Negotiators said the exchange would happen within days, with about 300 soldiers "
        "crossing each way.",
    ],
)
def test_news_a_with_clause_on_a_timetable_is_no_swap(news: News, text: str) -> None:
    assert news(text, published=FRIDAY).period_legs() == set()


def test_news_a_modal_in_an_aside_leaves_the_swap_done(news: News) -> None:
    # near-miss: "would" belongs to the relative aside; "took place" is the clause's verb
    text = (
        "The swap, which officials had said would be delayed, took place on Sunday, with "
        "390 people going each way."
    )
    assert {c for *_, c in news(text, published=FRIDAY).period_legs()} == {"390"}
