""" "The same number of <side's> people were handed over", with no side after the verb.

"Kyiv said 60 Russian soldiers had been sent back. Moscow said the same number of
Ukrainian prisoners of war were handed over": the passive names no receiver, but in a
swap the people named by their side went home to it, the way back of the transfer
told just before. Only that way back is read: a side that would repeat the earlier
direction, or a plan, gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=20, deadline=None)
@given(
    size=st.integers(min_value=12, max_value=400),
    verb=st.sampled_from(["were handed over", "had been handed over", "were transferred"]),
    speaker=st.sampled_from(["Moscow said", "The ministry added that in exchange", "It said"]),
)
def test_the_echo_goes_home_to_its_own_side(
    recap: Callable[[str], Legs], size: int, verb: str, speaker: str
) -> None:
    """The echo repeats the figure the other way, of the kind it names."""
    text = (
        f"On 4 March, {size} Russian soldiers came back from Ukrainian captivity. "
        f"{speaker} the same number of Ukrainian prisoners of war {verb}."
    )
    assert recap(text) == {
        ("2025-03-04", "UKR", "RUS", "prisoners_of_war", str(size)),
        ("2025-03-04", "RUS", "UKR", "prisoners_of_war", str(size)),
    }


def test_harder_the_other_side_and_in_return(recap: Callable[[str], Legs]) -> None:
    """Harder: the sides swapped round, a side as the first verb's subject, "in return"."""
    text = (
        "On 9 June Kyiv brought home 73 servicemen held by Russia. Ukrainian officials "
        "said the same number of Russian servicemen had been handed over in return."
    )
    assert {(s, r, n) for _, s, r, _, n in recap(text)} == {
        ("RUS", "UKR", "73"),
        ("UKR", "RUS", "73"),
    }


def test_the_same_direction_again_is_not_read(recap: Callable[[str], Legs]) -> None:
    """Near miss: the echo's people are of the side that got the first group: no way back."""
    text = (
        "On 4 March, 80 Russian soldiers came back from Ukrainian captivity. "
        "The same number of Russian prisoners of war were handed over."
    )
    assert {(s, r) for _, s, r, _, _ in recap(text)} == {("UKR", "RUS")}


def test_a_plan_is_not_read(recap: Callable[[str], Legs]) -> None:
    """Near miss: the same number to be handed over later is not a transfer."""
    text = (
        "On 4 March, 80 Russian soldiers came back from Ukrainian captivity. "
        "The same number of Ukrainian prisoners of war will be handed over next week."
    )
    assert {(s, r) for _, s, r, _, _ in recap(text)} == {("UKR", "RUS")}


@settings(max_examples=15, deadline=None)
@given(
    size=st.integers(min_value=12, max_value=400),
    elsewhere=st.sampled_from(
        [
            "to the courts of Russia",
            "to the International Committee of the Red Cross",
            "for prosecution",
            "into the custody of investigators",
            "to a detention centre near Kursk",
        ]
    ),
)
def test_an_echo_sent_somewhere_else_does_not_go_home(
    recap: Callable[[str], Legs], size: int, elsewhere: str
) -> None:
    """Near miss: a "to"/"for"/"into" after the passive names where the echo went, not home."""
    text = (
        f"On 4 March, {size} Russian soldiers came back from Ukrainian captivity. "
        f"The same number of Ukrainian prisoners of war were handed over {elsewhere}."
    )
    assert {(s, r) for _, s, r, _, _ in recap(text)} == {("UKR", "RUS")}


def test_harder_a_destination_after_a_date_still_refuses(recap: Callable[[str], Legs]) -> None:
    """Harder: the destination comes after "the same day", still in the verb's clause."""
    text = (
        "On 4 March, 66 Russian soldiers came back from Ukrainian captivity. The same "
        "number of Ukrainian servicemen were transferred the same day into a jail."
    )
    assert {(s, r) for _, s, r, _, _ in recap(text)} == {("UKR", "RUS")}


def test_a_later_clause_with_for_keeps_the_way_home(recap: Callable[[str], Legs]) -> None:
    """The "for" of another clause after a comma ("and thanked X for ...") is not the echo's."""
    text = (
        "On 4 March, 66 Russian soldiers came back from Ukrainian captivity. The ministry "
        "said the same number of Ukrainian prisoners of war were handed over, and thanked "
        "Qatar for its help."
    )
    assert {(s, r, n) for _, s, r, _, n in recap(text)} == {
        ("UKR", "RUS", "66"),
        ("RUS", "UKR", "66"),
    }
