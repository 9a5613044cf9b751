"""The object of a verb of handing over after a source's aside: "handed over, according to X, ...".

"Kyiv handed over, according to the Russian negotiator, the bodies of 31 servicemen":
", according to X," between the verb and what it moves only names who says so; the
figure after its closing comma is the verb's object. A new clause after the aside
("..., according to officials, and 40 relatives watched") is not.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


def moved(text: str) -> set[tuple[str, str, str, int]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    return moves(text, published=date(2025, 7, 4))


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=12, max_value=900),
    source=st.sampled_from(["the Russian negotiator", "Moscow's envoy", "officials in Moscow"]),
    verb=st.sampled_from(["handed over", "returned", "transferred"]),
)
def test_the_object_after_the_aside_is_moved(n: int, source: str, verb: str) -> None:
    """Whatever the figure, source and verb, the remains after the aside go to Russia."""
    text = (
        f"KYIV, 4 July - On Thursday Ukraine {verb}, according to {source}, the remains "
        f"of {n} Russian soldiers."
    )
    assert ("UKR", "RUS", "remains", n) in moved(text)


def test_a_second_verb_after_a_first_figure() -> None:
    """Harder: the aside stands in a second verb phrase, after the first way's figure."""
    text = (
        "KYIV, 4 July - On Thursday Ukraine took back 640 bodies of its soldiers and "
        "handed over, according to the Russian negotiator, the bodies of 19 Russians."
    )
    found = moved(text)
    assert ("RUS", "UKR", "remains", 640) in found
    assert ("UKR", "RUS", "remains", 19) in found


def test_a_new_clause_after_the_aside_is_no_object() -> None:
    """Near miss: after the aside "and" opens a clause of its own; its figure moved no one."""
    text = (
        "KYIV, 4 July - On Thursday the bodies were handed over, according to officials, "
        "and 27 relatives watched from the road."
    )
    assert not any(count == 27 for _, _, _, count in moved(text))


def test_a_plan_after_the_aside_moves_no_one() -> None:
    """Near miss: the verb is a plan; the aside does not make it done."""
    text = (
        "KYIV, 4 July - Ukraine will hand over, according to the Russian negotiator, the "
        "remains of 27 Russian soldiers next week."
    )
    assert not any(count == 27 for _, _, _, count in moved(text))
