"""A helper's "supported the return of" N that tells no return: denied, backed or still away.

A helper's verb before "the return of" names its part in a return only when the
verb is told done and the people are not said to be still away. A denied verb
("did not support"), a demand backed in public, a whole "all N" the helper is
said to back, or people told as still taken ("none have come home", "who Kyiv
says were abducted") count no one brought home, so the figure is refused.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Receipts = set[tuple[str, str, str]]
Read = Callable[[str], tuple[Receipts, Receipts]]

_FIRST = "On Tuesday a volunteer group brought eight children back from Russia. "


@pytest.mark.parametrize(
    "text",
    [
        "Since 2022, the fund has not assisted the return of 314 children.",
        "Since 2022, the embassy has openly supported the return of 2,050 children.",
        "Since 2022, it has supported the return of all 640 children taken to Crimea.",
        "Since 2022, the fund has supported the return of 412 boys Kyiv says are still in camps.",
        "Since 2022, it has supported the return of 1,275 children Kyiv says were abducted.",
        "Since 2023, it has assisted the return of 75 children, although none is back yet.",
    ],
)
def test_news_helper_return_of_with_no_one_home_is_refused(receipts: Read, text: str) -> None:
    moved, tallies = receipts(_FIRST + text)
    counts = {t[2] for t in moved | tallies}
    assert counts <= {"eight", "8"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near misses: a done part in a return of people taken away before it
        ("In 2024 the fund assisted the return of 314 children who had been deported.", "314"),
        ("Since 2023, the fund has supported the return of 96 children.", "96"),
    ],
)
def test_news_helper_return_of_done_still_reads(receipts: Read, text: str, count: str) -> None:
    _, tallies = receipts(_FIRST + text)
    assert any(t[0] == "UKR" and t[2] == count for t in tallies)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # no side named anywhere: "the return of" tells no receiver, so nothing is read
        ("The Vatican assisted the return of 140 children who had been deported.", set()),
        # the receiver named in the phrase itself: read
        (
            "The Vatican assisted the return to Ukraine of 140 children who had been deported.",
            {"140"},
        ),
    ],
)
def test_news_helper_return_of_needs_a_receiver(
    receipts: Read, text: str, counts: set[str]
) -> None:
    moved, tallies = receipts(text)
    assert {t[2] for t in moved | tallies} == counts
