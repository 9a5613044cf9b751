""" "The next day," or "The following day," opening a clause: the day after the one told before.

"On May 4, 80 Ukrainians came home. The following day, 60 soldiers were exchanged for 60"
puts the second swap on May 5, and so does "A day later,". With no exchange of a known day
told before it, the day counted from is unknown and the figure is refused, not dated to
the report or to the date of the sentence before.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange

PUBLISHED = date(2025, 7, 1)


def dated(text: str) -> dict[Count, set[str]]:
    """The dates of every transfer read in ``text``, by its count."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=PUBLISHED, publisher="Desk"
    )
    found: dict[Count, set[str]] = {}
    for item in items:
        if isinstance(item, Exchange):
            for leg in item.transfers:
                found.setdefault(leg.count, set()).add(str(item.period))
    return found


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    second=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    day=st.integers(min_value=1, max_value=27),
    opening=st.sampled_from(["The next day", "The following day", "A day later"]),
)
def test_the_figure_takes_the_day_after_the_exchange_told_before(
    first: int, second: int, day: int, opening: str
) -> None:
    """Whatever the sizes and the day, the second swap is the day after the first."""
    if first == second:
        second += 1
    text = (
        f"On March {day}, {first:,} Ukrainians came home from Russian captivity. "
        f"{opening}, {second:,} soldiers were exchanged for {second:,}."
    )
    found = dated(text)
    assert found[Count.parse(f"{first:,}")] == {f"2025-03-{day:02d}"}
    assert found[Count.parse(f"{second:,}")] == {f"2025-03-{day + 1:02d}"}


def test_an_aside_after_the_opening_keeps_the_day_after() -> None:
    """ "The next day, Kyiv said, ..." counts from the day told before, past the aside."""
    text = (
        "On Sunday 40 Ukrainians came home from Russia. "
        "The next day, Kyiv said, 65 more Ukrainians were freed from Russian captivity."
    )
    assert dated(text)[Count.parse("65")] == {"2025-06-30"}


def test_after_a_semicolon_the_clause_is_the_next_days() -> None:
    """ "...; the following day, ..." opens a clause too."""
    text = (
        "On 9 April Russia handed 52 Ukrainian soldiers back to Ukraine; "
        "the following day, Ukraine returned 47 Russian soldiers to Russia."
    )
    found = dated(text)
    assert found[Count.parse("52")] == {"2025-04-09"}
    assert found[Count.parse("47")] == {"2025-04-10"}


def test_with_no_exchange_told_before_the_figure_is_refused() -> None:
    """Near miss: no day to count from, so no reading rather than the report's day."""
    text = "The following day, Russia and Ukraine swapped 103 prisoners each."
    assert dated(text) == {}


def test_the_next_day_after_the_figure_keeps_its_reading() -> None:
    """Near miss: "... the next day" closing the figure's clause is counted from its date."""
    text = "40 Ukrainians came home on May 2, and 60 Ukrainians each way the next day."
    before = dated(text)
    assert before.get(Count.parse("40")) == {"2025-05-02"}


def test_a_day_later_is_counted_on_like_two_days_later() -> None:
    """ "A day later," is one day on, as "Two days later," is two."""
    text = (
        "On 3 June Russia handed 70 Ukrainian soldiers back to Ukraine. "
        "A day later, Ukraine returned 64 Russian soldiers to Russia."
    )
    found = dated(text)
    assert found[Count.parse("70")] == {"2025-06-03"}
    assert found[Count.parse("64")] == {"2025-06-04"}
