"""A figure whose noun a participle of release dates takes that day, not the clause's week.

"came home this week as one of 75 soldiers freed on Tuesday": the participle hanging
on the figure's noun says when those 75 were freed; "this week" is when one of them
came home. A participle of something else ("captured in May 2022") dates nothing of
the exchange, and the week stays.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_PUBLISHED = date(2026, 3, 14)  # a Saturday


def _text(participle: str) -> str:
    return (
        "By Ivan Petrenko, The Dnipro Courier\n\n"
        "On Friday evening the whole street turned out for Taras Melnyk, 27, a paratrooper "
        f"who came home this week as one of 75 Ukrainian soldiers {participle} in exchange "
        "for 75 Russian prisoners.\n"
    )


def test_news_a_release_participle_dates_the_figure() -> None:
    assert read(_text("freed on Tuesday"), published=_PUBLISHED).periods() == {"2026-03-10"}


def test_news_a_capture_participle_leaves_the_week() -> None:
    # near miss: the capture's month is no date of the exchange
    assert read(_text("captured in May 2022,"), published=_PUBLISHED).periods() == {"2026-W11"}
