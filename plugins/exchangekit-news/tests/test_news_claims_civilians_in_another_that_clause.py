"""A side's losses in one "that" clause are no civilian toll when civilians are told in the next.

"An analyst said in May that Russia had lost 90,000 dead or wounded, and that Ukraine had
lost 50,000, besides 8,000 civilians killed": "and that" opens a second thing said, so the
civilians named there do not make the first clause's losses a civilian count (which the
parser, unable to place it, used to drop with the date of the whole statement).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2024, 3, 10)


@settings(max_examples=15, deadline=None)
@given(
    lost=st.integers(20, 300).map(lambda k: k * 1000),
    civilians=st.integers(2, 19).map(lambda k: k * 1000),
    side=st.sampled_from([("Russia", "RUS"), ("Ukraine", "UKR")]),
)
def test_news_losses_before_and_that_civilians_stay_read(
    news: News, found: Found, lost: int, civilians: int, side: tuple[str, str]
) -> None:
    name, code = side
    other = "Ukraine" if code == "RUS" else "Russia"
    read = news(
        f"A retired general said last month that {name} had suffered {lost:,} dead or"
        f" wounded, and that {other} had also suffered heavily, with"
        f" {civilians:,} civilians killed.",
        published=_PUBLISHED,
    )
    # the civilians of the second clause are not lent the first clause's side
    assert [(getattr(c.subject, "code", None), c.category, c.count) for c in read.claims] == [
        (code, CasualtyCategory.TOTAL_LOSSES, Count.parse(f"{lost:,}"))
    ]
    assert str(read.claims[0].as_of) == "2024-02"


def test_news_losses_with_a_second_figure_after_and_that(news: News, found: Found) -> None:
    """Both sides' losses read, the civilians in the second clause its own claim."""
    read = news(
        "Norway's defence chief told reporters last month that Russia had suffered about"
        " 120,000 killed or wounded, and that Ukraine had probably lost 70,000 soldiers,"
        " along with 20,000 civilians killed.",
        published=_PUBLISHED,
    )
    got = found(read)
    assert ("RUS", "total_losses", Count.parse("about 120,000")) in got
    assert ("UKR", "killed", Count.parse("20,000")) in got


def test_news_losses_without_and_that_keep_the_civilian_reading(news: News, found: Found) -> None:
    """The near miss: civilians in the figure's own clause still leave it out."""
    read = news(
        "A retired general said last month that Russia had suffered 90,000 dead or"
        " wounded, along with 8,000 civilians.",
        published=_PUBLISHED,
    )
    assert ("RUS", "total_losses") not in {(side, kind) for side, kind, _count in found(read)}


def test_news_and_that_opening_a_civilian_clause_keeps_it_civilian(
    news: News, found: Found
) -> None:
    """The civilian clause's own figure stays a civilian toll of the side it names."""
    read = news(
        "The monitors said on Friday that 41 people had died in the week, and that"
        " 9,000 civilians in Ukraine had been killed since the invasion.",
        published=_PUBLISHED,
    )
    assert ("UKR", "killed", Count.parse("9,000")) in found(read)
