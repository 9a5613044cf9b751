"""A handover after a colon goes to the side whose getting back the clause before it tells.

"Kyiv took back its dead: on 17 July, 1,000 bodies were handed over in exchange for
19": the clause after the colon spells out how the side that is the subject of a verb
of getting (took back, got back, received) got its people, so a passive of handing
over there that names no side of its own sent them to that side. A clause of sending
before the colon, a head that counts people of its own, or a semicolon instead of the
colon tells no receiver: nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_colon_after_took_back_its_dead(recap: Callable[[str], Any]) -> None:
    found = recap(
        "Kyiv took back its dead: on 17 July, 1,000 bodies were handed over in exchange for 19."
    )
    assert found == {
        ("2025-07-17", "RUS", "UKR", "remains", "1,000"),
        ("2025-07-17", "UKR", "RUS", "remains", "19"),
    }


def test_news_colon_after_got_back_its_soldiers(recap: Callable[[str], Any]) -> None:
    found = recap("Russia got back its soldiers: 90 servicemen were handed over on 3 May.")
    assert found == {("2025-05-03", "UKR", "RUS", "prisoners_of_war", "90")}


def test_news_colon_after_received_civilians(recap: Callable[[str], Any]) -> None:
    found = recap("Ukraine received its civilians back: 40 civilians were released on 3 May.")
    assert found == {("2025-05-03", "RUS", "UKR", "civilians", "40")}


def test_news_colon_after_a_clause_of_sending_tells_no_receiver(
    recap: Callable[[str], Any],
) -> None:
    found = recap("Russia handed over bodies: on 17 July, 1,000 bodies were handed over.")
    assert found == set()


def test_news_semicolon_after_getting_back_tells_no_receiver(recap: Callable[[str], Any]) -> None:
    found = recap("Kyiv took back its dead; on 17 July, 1,000 bodies were handed over.")
    assert found == set()


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=5000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_colon_after_getting_back_any_figure(recap: Callable[[str], Any], n: int) -> None:
    found = recap(f"Kyiv took back its dead: on 17 July, {n:,} bodies were handed over.")
    assert found == {("2025-07-17", "RUS", "UKR", "remains", f"{n:,}")}
