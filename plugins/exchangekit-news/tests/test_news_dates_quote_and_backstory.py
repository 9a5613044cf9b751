"""Two dates that are not a handover's: a quotation's day of saying, and a back-story's.

'"We kept his room as it was," his father said on Thursday.' dates the words quoted, so
it sets no scene for the figures of the next sentence, which stay with the exchange told
before. "residents who had been moved to Ukraine in 2024" dates what befell the people
before the exchange, not the exchange, whichever side's figure the date stands beside.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

_PUBLISHED = date(2025, 10, 23)  # a Thursday


@pytest.mark.parametrize(
    "quote",
    [
        '"We kept his room as it was," his father said on Thursday.',
        # the harder form: two quoted sentences, the speaker named after the verb
        '"I did not sleep for a week. Now I will," said his wife on Thursday in their flat.',
    ],
)
def test_news_a_quotations_day_sets_no_scene(
    periods: Callable[[str, date], set[str]], quote: str
) -> None:
    found = periods(
        "The marine came home on Tuesday in an exchange of prisoners. "
        + quote
        + " Kyiv got 84 soldiers back in the swap, and Russia as many of its own.",
        _PUBLISHED,
    )
    assert found == {"2025-10-21"}


def test_news_a_statement_day_without_quotation_still_sets_the_scene(
    periods: Callable[[str, date], set[str]],
) -> None:
    # near miss: an exchange told on its day, with no quotation, still dates what follows
    found = periods(
        "The marine came home on Tuesday. "
        "The sides swapped prisoners again on Wednesday, officials said. "
        "Kyiv got back 84 soldiers.",
        _PUBLISHED,
    )
    assert "2025-10-22" in found


@pytest.mark.parametrize(
    "backstory",
    [
        "who had been moved to Ukraine in 2024",
        "who had been relocated across the border during last year's offensive",
    ],
)
def test_news_a_pluperfect_relative_about_the_people_dates_no_exchange(
    periods: Callable[[str, date], set[str]], backstory: str
) -> None:
    found = periods(
        "The exchange took place on Tuesday. Six Ukrainian civilians returned, while "
        f"Russia took back six residents of its border districts {backstory}.",
        _PUBLISHED,
    )
    assert found == {"2025-10-21"}


def test_news_a_pluperfect_of_the_handover_itself_keeps_its_day(
    periods: Callable[[str, date], set[str]],
) -> None:
    # near miss: "who had been freed on Monday" is the handover, not a back-story
    found = periods(
        "The exchange was announced on Tuesday. Russia said it had taken back six "
        "residents who had been freed on Monday.",
        _PUBLISHED,
    )
    assert found == {"2025-10-20"}
