"""A share per side set off after a wounded object: "exchanged wounded prisoners - 30 each -".

The bare share counts the object just named, so it is read (after a dash as after a
comma) and keeps the object's kind: wounded prisoners, not prisoners of war in general.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


def moved(text: str) -> set[tuple[str, str, str, int]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    return moves(text, published=date(2025, 11, 30))


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=400),
    mark=st.sampled_from([(" - ", " -"), (", ", ","), (" \u2014 ", " \u2014")]),
    share=st.sampled_from(["each", "apiece"]),
    hurt=st.sampled_from(["wounded", "seriously wounded", "badly injured"]),
)
def test_the_share_keeps_the_wounded_kind(
    n: int, mark: tuple[str, str], share: str, hurt: str
) -> None:
    """Whatever the figure, mark and word of wounds, both ways carry wounded prisoners."""
    opening, closing = mark
    text = (
        f"MOSCOW, 30 November - On 20 November Russia and Ukraine exchanged {hurt} "
        f"prisoners{opening}{n} {share}{closing} with the help of the Emirates."
    )
    found = moved(text)
    assert ("RUS", "UKR", "wounded_prisoners", n) in found
    assert ("UKR", "RUS", "wounded_prisoners", n) in found
    assert ("RUS", "UKR", "prisoners_of_war", n) not in found


def test_groups_of_the_wounded_in_reported_speech() -> None:
    """Harder: the object is "groups of ..." inside what a negotiator said."""
    text = (
        "MOSCOW, 30 November - The negotiator also said that on 20 November, in a "
        "separate operation, the two sides had swapped groups of badly injured soldiers "
        "- 14 each - at the Belarusian border."
    )
    assert ("UKR", "RUS", "wounded_prisoners", 14) in moved(text)


def test_a_share_of_unwounded_prisoners_stays_prisoners_of_war() -> None:
    """Near miss: no word of wounds in the object, so the kind stays prisoners of war."""
    text = (
        "MOSCOW, 30 November - On 20 November Russia and Ukraine exchanged prisoners "
        "- 45 each - with the help of the Emirates."
    )
    found = moved(text)
    assert ("UKR", "RUS", "prisoners_of_war", 45) in found
    assert ("UKR", "RUS", "wounded_prisoners", 45) not in found


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=400),
    part=st.sampled_from(
        [
            "prisoners, including the wounded",
            "captured soldiers, among them the badly wounded",
            "prisoners and the bodies of the wounded",
            "servicemen, some of them injured",
        ]
    ),
)
def test_a_share_of_a_wider_object_is_not_made_wounded(n: int, part: str) -> None:
    """Near miss: when the wounded are only part of the object (a subset or a second
    group), the share counts more than the wounded, so it is never wounded prisoners."""
    text = (
        f"KYIV, 30 November - On 20 November the two sides exchanged {part} "
        f"- {n} each - in a deal brokered by Qatar."
    )
    found = moved(text)
    assert not any(kind == "wounded_prisoners" for _, _, kind, _ in found)


def test_a_subset_of_the_wounded_keeps_the_prisoners_share() -> None:
    """Harder paraphrase: "including the seriously wounded" inside a longer clause; the
    share still counts every prisoner swapped, each way."""
    text = (
        "KYIV, 30 November - Officials said the two countries had traded prisoners of war, "
        "including the seriously wounded - 52 apiece - on 20 November."
    )
    found = moved(text)
    assert ("UKR", "RUS", "prisoners_of_war", 52) in found
    assert ("RUS", "UKR", "prisoners_of_war", 52) in found
    assert not any(kind == "wounded_prisoners" for _, _, kind, _ in found)
