"""An office's letterhead still names the teller when the text looks hard-wrapped.

A daily bulletin opens on the office's name alone, then a line of its date and a
list of figures ending in commas. Those short unfinished lines make the text look
wrapped at a fixed width, so the splitter joins the letterhead to the date line; the
letterhead is still read from its own first line, and "the enemy" of a later
paragraph is the other side of that office.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

TOTAL = "total_losses"
STAFF = "General Staff of the Armed Forces of Ukraine"

LIST = (
    "Combat losses of the enemy since the start of the invasion:\n"
    "vehicles and fuel tankers of every kind - 41,230 (+57),\n"
    "unmanned aerial vehicles of the tactical level - 22,100 (+120),\n"
    "artillery pieces and mortar systems combined - 20,110 (+31),\n"
    "multiple rocket launchers of all calibres - 1,400 (+2),\n"
    "special equipment of several kinds - 3,100.\n\n"
)


def bulletin(office: str, closing: str) -> str:
    """A bulletin under ``office``'s letterhead whose last paragraph is ``closing``."""
    return f"{office}\nDaily update, 05.03.2025, 08:00\n\n{LIST}Notes for editors\n\n{closing}\n"


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=100_000, max_value=1_500_000))
def test_news_enemy_losses_under_a_wrapped_letterhead_are_the_other_sides(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    amount: int,
) -> None:
    closing = f"Late last month, the number of enemy personnel losses had passed {amount:,}."
    text = bulletin(STAFF, closing)
    assert ("RUS", TOTAL, Count.more_than(amount)) in found(news(text))


def test_news_a_pronoun_after_the_enemy_total_keeps_the_letterheads_enemy(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # harder: the earlier value is told by "it stood at" after a semicolon
    closing = (
        "Earlier this year, on 2 January, the count of enemy personnel losses had "
        "passed 800,000; by comparison, a year before it stood at 400,000."
    )
    claims = found(news(bulletin(STAFF, closing)))
    assert ("RUS", TOTAL, Count.more_than(800_000)) in claims
    assert ("RUS", TOTAL, Count.exact(400_000)) in claims


@pytest.mark.parametrize("office", [STAFF, "Daily figures digest"])
def test_news_a_letterhead_followed_by_words_is_no_letterhead(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]], office: str
) -> None:
    # near miss: the first line goes on past the office's name, or names no office
    first = f"{office} figures reviewed by our desk" if office == STAFF else office
    closing = "Late last month, the number of enemy personnel losses had passed 900,000."
    assert ("RUS", TOTAL, Count.more_than(900_000)) not in found(news(bulletin(first, closing)))
