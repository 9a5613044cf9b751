"""'The same number of <kind>' long after the figure: the figure of that kind, not the last.

A statement may tell a group of soldiers, then a separate group of civilians, several
sentences of detail, and only then "the other side got the same number of its
servicemen". The echo names soldiers: it repeats the soldiers' figure told further back
for the same handover, never the civilians' figure relabelled as soldiers.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_BEFORE = (
    "Most had spent more than two years in detention. "
    "Their relatives were told this morning. "
    "The oldest of them is 61 and the youngest 20. "
)
_DETAIL = (
    "Doctors will examine every one of them. "
    "We are grateful to all who worked on the release. "
    "The work goes on. "
)


def moved(text: str) -> set[tuple[str, str, str, int]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    return moves(text, published=date(2025, 3, 9))


@settings(max_examples=20, deadline=None)
@given(
    soldiers=st.integers(min_value=30, max_value=400),
    civilians=st.integers(min_value=2, max_value=9),
    noun=st.sampled_from(["servicemen", "soldiers", "prisoners of war"]),
)
def test_the_echo_repeats_the_soldiers_not_the_civilians(
    soldiers: int, civilians: int, noun: str
) -> None:
    """Whatever the two figures, the way back repeats the soldiers' figure, not the last."""
    text = (
        f"KYIV, 9 March - Today {soldiers} Ukrainian soldiers came home from Russian "
        f"captivity in a new exchange. {_BEFORE}Besides them, {civilians} civilians also returned "
        f"to Ukraine. {_DETAIL}Russia, in turn, got back the same number of its {noun}."
    )
    found = moved(text)
    assert ("UKR", "RUS", "prisoners_of_war", soldiers) in found
    assert ("UKR", "RUS", "prisoners_of_war", civilians) not in found


def test_a_passive_echo_after_a_separate_group() -> None:
    """Harder: the group of another kind is told last, then the echo in a passive."""
    text = (
        f"KYIV, 9 March - In the exchange, 212 defenders of Ukraine were released from "
        f"captivity. {_BEFORE}Four civilians held since 2022 were freed as well, without any swap "
        f"in return. {_DETAIL}The same number of Russian prisoners of war were handed "
        "over to Russia."
    )
    found = moved(text)
    assert ("UKR", "RUS", "prisoners_of_war", 4) not in found


def test_no_figure_of_the_kind_named_gives_no_reading() -> None:
    """Near miss: only civilians were told, so "the same number of servicemen" is refused."""
    text = (
        "KYIV, 9 March - Today seven civilians came home to Ukraine from Russian "
        f"captivity. {_BEFORE}{_DETAIL}Russia, in turn, got back the same number of its "
        "servicemen."
    )
    found = moved(text)
    assert not any(sender == "UKR" and count == 7 for sender, _, _, count in found)


def test_people_of_no_kind_still_take_the_kind_named() -> None:
    """Near miss: a whole of no one kind is repeated with the echo's kind, as before."""
    text = (
        "KYIV, 9 March - Today 95 Ukrainians came home from Russian captivity. "
        "Russia, in turn, got back the same number of its servicemen."
    )
    assert ("UKR", "RUS", "prisoners_of_war", 95) in moved(text)
