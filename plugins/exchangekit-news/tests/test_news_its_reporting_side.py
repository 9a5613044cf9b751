"""Whose "its" people are when a second side's official reports them in a later clause.

"Kyiv said 120 soldiers came home; the Russian defence ministry said 120 of its servicemen
were handed back": past the clause break, "its" belongs to the official who reports, so the
servicemen went home to Russia, not to the side named first. A side that is itself the
subject of the verb of saying ("with Kyiv saying 150 of its people") keeps its own people,
and so does a subject with a speaker set off by commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from exchangekit import Count

Keyed = Callable[..., dict[tuple[str, str, str], Count]]


# the ministry's side is told in the sentence before, not named in this one
_TOLD = "The Russian defence ministry said on Sunday that the swap was over. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _TOLD + "Kyiv said 120 soldiers had come home; the Russian ministry said 120 of "
            "its servicemen were handed back as well.",
            {("RUS", "UKR", "prisoners_of_war"), ("UKR", "RUS", "prisoners_of_war")},
        ),
        # harder: "while" as the break, "reported that" as the verb, an aside on the subject
        (
            _TOLD + "Ukraine welcomed home 64 soldiers on Friday, while the ministry, which "
            "rarely comments, reported that 64 of its troops had been returned.",
            {("RUS", "UKR", "prisoners_of_war"), ("UKR", "RUS", "prisoners_of_war")},
        ),
    ],
)
def test_its_is_the_reporting_officials_side(
    legs: Keyed, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert set(legs(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the side is the speaker itself, with or without a break before it
        _TOLD + "The swap ended on Monday, with Kyiv saying 150 of its people had come home.",
        _TOLD + "The swap ended on Monday; Kyiv said that 150 of its soldiers had come home.",
    ],
)
def test_its_stays_with_the_subject(legs: Keyed, text: str) -> None:
    assert [(s, r) for s, r, _ in legs(text)] == [("RUS", "UKR")]
