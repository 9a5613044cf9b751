"""A present perfect total opened by "With that swap" stands when told, not on the swap's day.

"On Tuesday, 88 came home ... With that swap, the number freed has passed 6,300",
said on Thursday: the total counts through Tuesday's exchange and stands on
Thursday. Told in the past perfect ("had passed"), it stands as of the swap.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_PUBLISHED = date(2026, 3, 12)  # a Thursday


def _text(verb: str) -> str:
    return (
        "PRESENTER: Good evening. Our reporter in Kyiv has the latest on prisoners.\n\n"
        "REPORTER: On Tuesday, eighty-eight Ukrainian soldiers came home from Russian "
        "captivity, and eighty-eight Russian soldiers were sent back.\n\n"
        "With that swap, the number of Ukrainians freed from captivity since February "
        f"2022 {verb} passed six thousand three hundred.\n"
    )


def test_news_a_present_perfect_total_stands_when_told() -> None:
    assert read(_text("has"), published=_PUBLISHED).tally_days() == {"2026-03-12"}


def test_news_a_past_perfect_total_stands_as_of_the_swap() -> None:
    # near miss: "had passed" is told as of the swap
    assert read(_text("had"), published=_PUBLISHED).tally_days() == {"2026-03-10"}
