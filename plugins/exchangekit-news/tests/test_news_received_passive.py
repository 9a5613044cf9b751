"""People who "had been received", with no receiver named: taken in by the teller's side.

"A further 900 bodies had been received over the weekend, the minister said": the
passive names no one who received them, so, as with "came home", the side whose
official tells it got its own people back. A "by" naming the receiver, a "since"
in the clause (a running sum) or a neutral teller leave the rule out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 6, 16)


def _legs(news: News, text: str) -> set[tuple[str, str, str, str]]:
    return {
        (t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in news(text, published=PUBLISHED).exchanges
        for t in e.transfers
    }


@given(count=st.integers(min_value=20, max_value=1500))
@settings(max_examples=10, deadline=None)
def test_news_bodies_received_go_to_the_tellers_side(news: News, count: int) -> None:
    text = f"Ukraine's interior minister said on Sunday that {count:,} bodies had been received."
    legs = _legs(news, text)
    assert ("RUS", "UKR", "remains", f"{count:,}") in legs
    assert not any(receiver == "RUS" for _, receiver, *_ in legs)


def test_news_a_further_bare_figure_received_past_a_total(news: News) -> None:
    # harder: no noun after the figure, and a running total closes the sentence
    text = (
        "On Friday 900 bodies came back to Ukraine. Ukraine's interior minister said "
        "on Sunday that a further 640 had been received, taking the total since "
        "Friday to 1,540."
    )
    legs = _legs(news, text)
    assert ("RUS", "UKR", "remains", "640") in legs


def test_news_received_since_is_no_handover(news: News) -> None:
    # near miss: "since" in the clause makes it a running sum, not one handover
    text = "Ukraine's interior minister said that 1,300 bodies had been received since June."
    legs = _legs(news, text)
    assert not any(count == "1,300" for *_, count in legs)
