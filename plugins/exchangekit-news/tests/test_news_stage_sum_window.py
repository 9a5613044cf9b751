"""A sum of daily stages is looked for only among the days near the figure's own.

"Russia freed 210 on 2 June, 180 on 3 June and 160 on 4 June. ... 550 had come home in
the exchange, Kyiv said on 4 June": the 550 adds up the stages and is their total. A
figure told weeks away from the stages is never their sum, so the days far from it
are left out before any is looked at. A long story telling many earlier exchanges on
days running (every one of them far from the figure) reads the sum the same way as a
short one, and a figure of the stages' size told two months later stays a handover.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, ExchangeTally

PUBLISHED = date(2025, 10, 23)


def _read(text: str) -> list[object]:
    return list(
        NewsParser().parse(
            io.StringIO(text),
            source="stages.txt",
            published=PUBLISHED,
            unresolved="skip",
            sentence_errors="raise",
        )
    )


def _earlier_runs(runs: int) -> str:
    """``runs`` paragraphs, each telling handovers on two days running, months before June."""
    months = ("January", "February", "March", "April")
    return "".join(
        f"Russia handed over {40 + run} Ukrainian civilians on {3 + 4 * (run // 4)}"
        f" {months[run % 4]} and {50 + run} on {4 + 4 * (run // 4)} {months[run % 4]}.\n\n"
        for run in range(runs)
    )


def _stages(first: int, second: int, third: int) -> str:
    return (
        f"Russia handed over {first:,} Ukrainian prisoners of war on 2 June, {second:,} on"
        f" 3 June and {third:,} on 4 June."
    )


@settings(max_examples=12, deadline=None)
@given(
    sizes=st.tuples(*[st.integers(min_value=20, max_value=400)] * 3).filter(
        lambda s: len(set(s)) == 3
    ),
    runs=st.integers(min_value=0, max_value=8),
)
def test_news_stage_sum_read_after_many_earlier_runs(
    sizes: tuple[int, int, int], runs: int
) -> None:
    total = sum(sizes)
    text = _earlier_runs(runs) + (
        f"{_stages(*sizes)} Kyiv said on 4 June that {total:,} Ukrainian prisoners of war"
        " had come home in the exchange."
    )
    records = _read(text)
    tallies = [t for t in records if isinstance(t, ExchangeTally) and t.count == Count.exact(total)]
    assert [(t.receiver.code, t.covers.start, t.covers.end) for t in tallies] == [
        ("UKR", date(2025, 6, 2), date(2025, 6, 4))
    ]
    # the sum is no handover of its own
    assert not [
        e
        for e in records
        if isinstance(e, Exchange) and any(t.count == Count.exact(total) for t in e.transfers)
    ]


def test_news_stages_size_told_months_later_stays_a_handover() -> None:
    text = (
        _earlier_runs(6)
        + _stages(390, 307, 303)
        + " On 17 August, Russia handed over 1,000 Ukrainian prisoners of war."
    )
    records = _read(text)
    later = [
        e
        for e in records
        if isinstance(e, Exchange) and any(t.count == Count.exact(1000) for t in e.transfers)
    ]
    assert [e.period.start for e in later] == [date(2025, 8, 17)]
    assert not [t for t in records if isinstance(t, ExchangeTally)]
