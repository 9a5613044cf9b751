"""A sentence that points back to "the statement" is no heading of a statement of its own.

A heading names the author of the statement it opens ("Statement of the Ministry of
Defence"); "The statement thanked the mediators." is a story's sentence about a
statement it told of, and makes no later speaker's "we" that statement's author.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from exchangekit import Count, PersonCategory

Keyed = Callable[..., dict[tuple[str, str, str], Count]]
Listed = Callable[..., dict[tuple[str, str, PersonCategory], list[Count]]]


def test_news_the_statement_pointing_back_makes_no_later_we_its_authors(
    legs_of: Listed,
) -> None:
    found = legs_of(
        "Moscow's defence ministry issued a statement saying that 60 Russian soldiers had "
        "come back. The statement praised Qatar for its help.\n\n"
        "ANALYST: Last spring, when we got back 180, it was the same story.",
        date(2025, 10, 23),
    )
    # the analyst's "we" is no side the text names: the 180 goes nowhere
    assert all(count != Count.parse("180") for counts in found.values() for count in counts)


def test_news_a_named_statement_heading_still_speaks_for_its_author(legs: Keyed) -> None:
    # near miss: a heading that names its author makes the text's "we" that side's
    found = legs(
        "Statement of the Ministry of Defence of the Russian Federation\n\n"
        "Today we returned 75 Ukrainian servicemen to Kyiv.",
        date(2025, 10, 23),
    )
    assert found.get(("RUS", "UKR", "prisoners_of_war")) == Count.parse("75")
