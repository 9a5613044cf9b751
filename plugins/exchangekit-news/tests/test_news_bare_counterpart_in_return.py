"""A bare "received N in return" told in a clause of its own names no kind.

"Forty Ukrainian soldiers came home on Tuesday. Moscow said it received 40 in
return": the second side's count has no noun of its own, and the first side's
noun was said of the first side only, so it is of no one kind. Told in the very
clause of the soldiers (", and Moscow received 40 in return") it shares their
noun, and after a handover of bodies it stays the dead.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2024, 6, 12)


def test_news_counterpart_in_the_next_sentence_is_of_no_one_kind() -> None:
    text = (
        "Forty Ukrainian soldiers came home on Tuesday, the prisoner office said. "
        "Moscow said it received 40 in return."
    )
    assert moves(text, _DAY) == {
        ("RUS", "UKR", "prisoners_of_war", 40),
        ("UKR", "RUS", "other", 40),
    }


def test_news_counterpart_after_a_semicolon_is_of_no_one_kind() -> None:
    text = "On Tuesday 63 Ukrainian marines were freed; Russia said it got 63 in exchange."
    assert ("UKR", "RUS", "other", 63) in moves(text, _DAY)


def test_news_counterpart_in_the_same_clause_shares_the_noun() -> None:
    # the near miss: one clause, one noun for both ways
    text = "On Tuesday 63 Russian soldiers were freed, and Ukraine received 63 in return."
    assert moves(text, _DAY) == {
        ("UKR", "RUS", "prisoners_of_war", 63),
        ("RUS", "UKR", "prisoners_of_war", 63),
    }


def test_news_counterpart_of_bodies_stays_the_dead() -> None:
    text = "Russia handed over 900 bodies on Tuesday. It received 31 in return."
    assert ("UKR", "RUS", "remains", 31) in moves(text, _DAY)


@settings(max_examples=12, deadline=None)
@given(n=st.integers(min_value=2, max_value=600))
def test_news_counterpart_in_return_is_of_no_one_kind_whatever_the_figure(n: int) -> None:
    text = (
        f"{n} Ukrainian servicemen came home on Tuesday, the prisoner office said. "
        f"Moscow said it received {n} in return."
    )
    legs = moves(text, _DAY)
    assert ("UKR", "RUS", "other", n) in legs
    assert ("UKR", "RUS", "prisoners_of_war", n) not in legs
