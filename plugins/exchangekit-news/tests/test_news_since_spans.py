"""Where a "since" in a sentence starts a span, and where it does not.

"Since 2023 Kyiv has taken back 8,000 bodies ..., and it has given back 40 over the
same period": the second total covers the span "since 2023" opened, not the whole war.
"No swap had taken place since May, but on Wednesday 95 came home": the "since" dates
a lull, and the figure past the clause's end is one handover, not a total since May.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange, ExchangeTally

PUBLISHED = date(2025, 6, 20)  # a Friday


def read(text: str) -> tuple[set[tuple[str, str, int, date]], dict[tuple[str, str, int], date]]:
    """The transfers (sender, receiver, count, day) and the totals' first covered day."""
    items = list(
        NewsParser().parse(io.StringIO(text), source="a.txt", published=PUBLISHED, publisher="Desk")
    )
    moved = {
        (t.sender.code, t.receiver.code, t.count.low, item.period.start)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    totals = {
        (t.sender.code, t.receiver.code, t.count.low): t.covers.start
        for t in items
        if isinstance(t, ExchangeTally) and t.sender is not None and t.receiver is not None
    }
    return moved, totals


@settings(max_examples=15, deadline=None)
@given(
    year=st.sampled_from([2023, 2024]),
    prep=st.sampled_from(["over", "in", "during"]),
    verb=st.sampled_from(["has given back", "has handed over", "has returned"]),
)
def test_a_same_period_total_starts_at_the_sentences_since(year: int, prep: str, verb: str) -> None:
    """Whatever the year, preposition and verb, "the same period" is the "since" span."""
    text = (
        f"KYIV, 20 June - Since {year} Ukraine has recovered 7,500 bodies; on Tuesday it "
        f"recovered 600, and it {verb} 35 Russian bodies {prep} the same period."
    )
    _, totals = read(text)
    assert totals[("UKR", "RUS", 35)] == date(year, 1, 1)


def test_a_same_period_total_after_a_since_month_in_reported_speech() -> None:
    """Harder: a month opens the span, a speaker and a part stand between, another side's."""
    text = (
        "KYIV, 20 June - Since March 2024, officials say, Ukraine has taken back 4,200 "
        "bodies; 300 of them came back on Tuesday, and Russia has received 90 in the same "
        "period."
    )
    _, totals = read(text)
    assert totals[("RUS", "UKR", 4200)] == date(2024, 3, 1)
    assert totals[("UKR", "RUS", 90)] == date(2024, 3, 1)


def test_with_no_since_the_same_period_is_not_given_one() -> None:
    """Near miss: no "since" in the sentence, so no later start is invented."""
    text = (
        "KYIV, 20 June - Ukraine has recovered 7,500 bodies; on Tuesday it recovered 600, "
        "and it has given back 35 Russian bodies over the same period."
    )
    _, totals = read(text)
    assert totals.get(("UKR", "RUS", 35), date(2022, 2, 24)) <= date(2022, 2, 24)


@settings(max_examples=15, deadline=None)
@given(
    lull=st.sampled_from(
        [
            "No swap had taken place since May",
            "There had been no exchange since the spring",
            "Kyiv had not held a prisoner exchange since the Istanbul talks",
            "Kyiv had seen no handover of its soldiers since April",
        ]
    ),
    joint=st.sampled_from([", but", ";", ". Yet"]),
)
def test_a_dated_handover_after_a_lull_is_one_handover(lull: str, joint: str) -> None:
    """A "since" dating what did not happen leaves the handover after it a single swap."""
    text = f"KYIV, 20 June - {lull}{joint} on Wednesday Ukraine brought home 95 soldiers."
    moved, totals = read(text)
    assert ("RUS", "UKR", 95, date(2025, 6, 18)) in moved
    assert ("RUS", "UKR", 95) not in totals


def test_a_lull_told_with_never_and_a_dash() -> None:
    """Harder: "never" and a dash between the lull and the swap."""
    text = (
        "KYIV, 20 June - The two sides had never gone so long without a swap since "
        "the war began — but on Wednesday Ukraine brought home 95 soldiers."
    )
    moved, totals = read(text)
    assert ("RUS", "UKR", 95, date(2025, 6, 18)) in moved
    assert ("RUS", "UKR", 95) not in totals


@settings(max_examples=10, deadline=None)
@given(
    text=st.sampled_from(
        [
            "Since May, Ukraine has brought home no fewer than 95 soldiers.",
            "Ukraine has brought home 95 soldiers since May, but not one civilian.",
        ]
    )
)
def test_a_negation_that_is_not_the_lulls_leaves_a_total(text: str) -> None:
    """Near miss: the negation sizes the figure or follows it, so "since May" sums."""
    moved, totals = read(f"KYIV, 20 June - {text}")
    assert totals.get(("RUS", "UKR", 95)) == date(2025, 5, 1)
    assert not any(m[:3] == ("RUS", "UKR", 95) for m in moved)


@settings(max_examples=10, deadline=None)
@given(
    opening=st.sampled_from(
        [
            "The first exchange since April took place on Wednesday, when",
            "The second swap since March 2025 was held on Wednesday, when",
        ]
    )
)
def test_the_day_after_a_ranked_since_date_is_the_swaps(opening: str) -> None:
    """A rank "since <date>" closes at its date, so a later "on <day>" dates the swap."""
    moved, _ = read(f"KYIV, 20 June - {opening} Ukraine brought home 95 soldiers.")
    assert ("RUS", "UKR", 95, date(2025, 6, 18)) in moved


def test_a_day_inside_the_ranked_since_clause_is_not_the_swaps() -> None:
    """Near miss: the day belongs to the event the rank measures from, not the swap."""
    moved, _ = read(
        "KYIV, 20 June - The first swap since talks broke down on Monday brought home 95 soldiers."
    )
    assert ("RUS", "UKR", 95, date(2025, 6, 16)) not in moved
