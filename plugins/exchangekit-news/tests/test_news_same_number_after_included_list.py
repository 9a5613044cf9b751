"""'The same number' after a whole and its parts set off by "including".

"Kyiv got back 390 people, including 270 soldiers and 120 civilians, and Moscow
received the same number of its soldiers": every figure after "including" counts some
of the whole's people, so the echo repeats the whole, never the last part of the list
relabelled as the other side's soldiers.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import PersonCategory

Legs = dict[tuple[str, str, PersonCategory], list[object]]
LegsOf = Callable[..., Legs]
POW = PersonCategory.PRISONERS_OF_WAR


def _counts(legs: Legs, sender: str, receiver: str) -> set[int]:
    return {
        int(str(c))
        for (s, r, _), counts in legs.items()
        if (s, r) == (sender, receiver)
        for c in counts
    }


@settings(max_examples=20, deadline=None)
@given(
    soldiers=st.integers(min_value=40, max_value=300),
    civilians=st.integers(min_value=11, max_value=39),
    verb=st.sampled_from(["received", "got back"]),
)
def test_the_echo_repeats_the_whole_not_the_last_part(
    legs_of: LegsOf, soldiers: int, civilians: int, verb: str
) -> None:
    """Whatever the figures, the way back is the whole, not the civilians' part."""
    whole = soldiers + civilians
    text = (
        f"Kyiv got back {whole} of its people, including {soldiers} soldiers and "
        f"{civilians} civilians, and Moscow {verb} the same number of its soldiers."
    )
    back = _counts(legs_of(text), "UKR", "RUS")
    assert civilians not in back
    assert back <= {whole}


def test_a_longer_list_with_an_item_the_lexicon_does_not_count(legs_of: LegsOf) -> None:
    """Harder: three parts, the middle one of a noun no rule counts; still the whole."""
    text = (
        "Ukraine brought home 205 of its citizens, including 185 servicemen, 12 medics and "
        "eight civilians, and Russia received the same number of its servicemen."
    )
    back = _counts(legs_of(text), "UKR", "RUS")
    assert 8 not in back
    assert back <= {205}


def test_a_list_not_set_off_as_parts_keeps_its_own_kinds(legs_of: LegsOf) -> None:
    """Near miss: with no whole before the list, "of its soldiers" repeats the soldiers."""
    text = (
        "Ukraine brought home 185 soldiers and 20 civilians on Friday, and Russia received "
        "the same number of its soldiers."
    )
    legs = legs_of(text)
    assert [str(c) for c in legs.get(("UKR", "RUS", POW), [])] == ["185"]


def test_a_far_part_goes_the_way_of_its_whole(legs_of: LegsOf) -> None:
    """The last part of a list set off after "of its people" is some of the whole the verb
    before moved, not the object of the other side's verb after it."""
    text = (
        "Kyiv got back 51 of its people, including 40 soldiers and 11 civilians, and Moscow "
        "received 51 soldiers."
    )
    legs = legs_of(text, breakdowns="both")
    assert ("UKR", "RUS", PersonCategory.CIVILIANS) not in legs
    assert [str(c) for c in legs.get(("RUS", "UKR", PersonCategory.CIVILIANS), [])] == ["11"]
