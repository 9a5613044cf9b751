"""Running totals whose start is "then" or an event: where they start, or no total.

"The previous handover was in March, and since then Kyiv has got back 80": "then" points
back to March, so the figure is a total from March to the telling, never a handover in
March. "Since the Istanbul talks, 900 have come home" names a start the text does not
date: a span from the war's start would be invented, so no total is given.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally

PUBLISHED = date(2025, 6, 20)
_MONTHS = ["January", "February", "March", "April", "May"]


def read(text: str) -> tuple[set[tuple[int, date]], dict[int, tuple[date, date]]]:
    """The handovers (count, first day) and the totals' spans, by count."""
    items = list(
        NewsParser().parse(io.StringIO(text), source="a.txt", published=PUBLISHED, publisher="Desk")
    )
    moved = {
        (t.count.low, item.period.start)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    totals = {
        t.count.low: (t.covers.start, t.covers.end) for t in items if isinstance(t, ExchangeTally)
    }
    return moved, totals


@settings(max_examples=15, deadline=None)
@given(
    month=st.integers(1, 5),
    count=st.integers(20, 400),
    joint=st.sampled_from([", and since then", ". Since then,", "; since then"]),
)
def test_since_then_runs_a_total_from_the_month_told_before(
    month: int, count: int, joint: str
) -> None:
    """Within the sentence or past a full stop, "then" is the month told just before."""
    told = f"The last exchange took place in {_MONTHS[month - 1]}"
    text = f"{told}{joint} Ukraine has brought home {count}."
    moved, totals = read(text)
    assert not any(n == count for n, _ in moved)  # never a handover in that month
    assert totals.get(count) == (date(2025, month, 1), PUBLISHED)


def test_since_then_in_a_harder_form() -> None:
    """Harder: a day, not a month, a speaker and a passive perfect with a kind of people."""
    text = (
        "Kyiv and Moscow last swapped captives on 14 April. The ombudsman said that since "
        "then 57 prisoners of war have been returned to Ukraine."
    )
    moved, totals = read(text)
    assert not any(n == 57 for n, _ in moved)
    assert totals.get(57) == (date(2025, 4, 14), PUBLISHED)


def test_since_then_with_no_date_before_is_no_total() -> None:
    """Near miss: nothing before "then" is dated, so neither a total nor a handover."""
    text = "Talks broke down, and since then Ukraine has brought home 66."
    moved, totals = read(text)
    assert 66 not in totals
    assert not any(n == 66 for n, _ in moved)


@settings(max_examples=15, deadline=None)
@given(
    event=st.sampled_from(
        ["the Istanbul talks", "the Geneva agreement", "the prisoner accords", "the Ankara summit"]
    ),
    count=st.integers(300, 3000),
)
def test_since_an_undated_event_is_no_total(event: str, count: int) -> None:
    """An event the text never dates is no start: no span from the war's start."""
    moved, totals = read(f"Since {event}, Ukraine has brought home {count:,} prisoners.")
    assert count not in totals
    assert not any(n == count for n, _ in moved)


def test_since_an_event_dated_in_the_sentence_or_before_keeps_its_start() -> None:
    """The event's month after it, or in the sentence just before, starts the span."""
    _, totals = read("Since the Istanbul talks in May, Ukraine has brought home 1,300 prisoners.")
    assert totals.get(1300) == (date(2025, 5, 1), PUBLISHED)
    _, totals = read(
        "The two delegations met in Istanbul in March. Since the talks, Kyiv has got "
        "back 800 prisoners."
    )
    assert totals.get(800) == (date(2025, 3, 1), PUBLISHED)


def test_since_the_war_began_keeps_the_wars_start() -> None:
    """Near miss: the full-scale invasion is a start the library knows."""
    _, totals = read(
        "Since the start of the full-scale invasion, Ukraine has brought home 5,400 prisoners."
    )
    assert totals.get(5400) == (date(2022, 2, 24), PUBLISHED)


def test_since_then_after_a_day_of_saying() -> None:
    """The day a speaker said it is when the total stood, not the start "then" points to."""
    _, totals = read(
        "The previous swap came in February. Kyiv's ombudsman said on Monday that since "
        "then 140 civilians have been brought home."
    )
    assert totals.get(140) == (date(2025, 2, 1), date(2025, 6, 16))
    _, totals = read("The ombudsman said on Monday that since then 140 civilians have come home.")
    assert 140 not in totals  # near miss: only the day of saying, nothing for "then"
