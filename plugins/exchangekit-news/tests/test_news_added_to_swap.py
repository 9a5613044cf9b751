"""People "added" to a swap: "and Russia added 22 wounded Ukrainians".

After a handover told as done earlier in its sentence, a side named just before
"added" and a count of people straight after it hands those people over. "added" is
mostly a verb of speech or of counting, so "Moscow added that 22 ... would follow",
"added 22 wounded Ukrainians were among them" and "added 1,140 soldiers to its tally"
move no one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=100, max_value=400),
    extra=st.integers(min_value=2, max_value=60),
    giver=st.sampled_from([("Russia", "RUS", "UKR"), ("Moscow", "RUS", "UKR")]),
    also=st.sampled_from(["", "also "]),
)
def test_the_side_before_added_gives_the_people_after(
    n: int, extra: int, giver: tuple[str, str, str], also: str
) -> None:
    """Whatever the counts, the added wounded go from the side named to the other."""
    name, sender, receiver = giver
    text = (
        f"On April 2 the two sides swapped {n} prisoners each, and {name} {also}added "
        f"{extra} badly wounded Ukrainians for whom it asked nothing."
    )
    assert (sender, receiver, "wounded_prisoners", extra) in moves(text)


def test_added_after_a_one_way_handover_in_words() -> None:
    """The harder form: one way told first, the added count in words."""
    text = (
        "On April 2 Kyiv got back 140 soldiers, and Moscow also added twelve seriously "
        "injured servicemen."
    )
    assert ("RUS", "UKR", "wounded_prisoners", 12) in moves(text)


def test_added_as_speech_moves_no_one() -> None:
    """Near misses: "added that", a clause after the count, a sum added to a tally."""
    for tail in (
        "Russia added that 22 wounded Ukrainians would follow.",
        "Russia added 22 wounded Ukrainians were among those freed.",
        "the General Staff added 1,140 Russian soldiers to its tally of losses.",
    ):
        text = f"On April 2 the two sides swapped 150 prisoners each, and {tail}"
        assert not any(n in (22, 1140) for *_, n in moves(text)), tail


def test_added_with_no_handover_before_moves_no_one() -> None:
    """Near miss: with no handover told before it, "added" is a verb of speech."""
    text = "Russia added 22 wounded Ukrainians in its latest list of demands."
    assert moves(text) == set()
