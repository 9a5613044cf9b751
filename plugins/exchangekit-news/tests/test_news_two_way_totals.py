"""The other way of a two-way running total: "... handed over 7,000, while receiving 90"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def tallies(read: Any) -> set[tuple[str | None, str, str, Count]]:
    """(sender, receiver, category, count) of every stated tally."""
    return {
        (t.sender.code if t.sender else None, t.receiver.code, t.category.value, t.count)
        for t in read.tallies
    }


@pytest.mark.parametrize(
    ("text", "back"),
    [
        (
            "Moscow said it had handed over more than 4,000 bodies of Ukrainian soldiers "
            "since March, while receiving roughly 80 of its own.",
            Count.approx(80),
        ),
        (
            "Since January, Russia has transferred 2,500 bodies to Ukraine and received "
            "back fewer than 50, the ministry said.",
            Count.fewer_than(50),
        ),
        (
            "By the defence ministry's count, Russia has sent 3,200 bodies to Ukraine "
            "since the talks in May, against 45 returned to Russia.",
            Count.exact(45),
        ),
        (
            "Russia has repatriated 1,900 fallen Ukrainian soldiers since May, whereas "
            "the Ukrainian side has handed over 61.",
            Count.exact(61),
        ),
    ],
)
def test_news_second_leg_of_a_running_total_goes_the_other_way(
    news: News, text: str, back: Count
) -> None:
    """The bare figure after the contrast is Russia's own dead, received from Ukraine."""
    got = tallies(news(text))
    assert ("UKR", "RUS", "remains", back) in got
    assert all(not (s == "RUS" and c == back) for s, _, _, c in got)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says 1,200 of its soldiers have come home from captivity since May, "
        "while hundreds more are still held.",
        "So far, by Kyiv's count, 3,600 soldiers have been returned to Ukraine, and "
        "900 remain in Russia, the ombudsman said.",
    ],
)
def test_news_people_still_held_are_no_second_leg(news: News, text: str) -> None:
    """ "while hundreds more are still held", "and 900 remain in Russia" hand no one over."""
    got = tallies(news(text))
    assert all(r != "RUS" for _, r, _, _ in got)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    out=st.integers(min_value=1_000, max_value=9_000),
    back=st.integers(min_value=2, max_value=900),
)
@pytest.mark.parametrize(
    "template",
    [
        "Russia says it has handed over {out:,} bodies of Ukrainian soldiers since June, "
        "while receiving {back:,} of its own.",
        # "by both sides' count" says who counted: no total head, and it turns no way round
        "The handover raised the total, by both sides' count, to {out:,} bodies returned "
        "to Ukraine, and {back:,} returned to Russia, according to Moscow.",
    ],
)
def test_news_the_other_way_keeps_its_own_number(
    news: News, template: str, out: int, back: int
) -> None:
    """Whatever the two numbers, each is read for its own direction, and only for it."""
    got = tallies(news(template.format(out=out, back=back)))
    assert ("RUS", "UKR", "remains", Count.exact(out)) in got
    assert ("UKR", "RUS", "remains", Count.exact(back)) in got
    assert all(c != Count.exact(out) for s, _, _, c in got if s == "UKR")


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv reports that since the invasion began, over 9,000 fallen soldiers have been "
        "brought back to Ukraine; Moscow, on its own figures, has recovered some 600.",
        "Since 2023 Ukraine has recovered 4,100 bodies; Russia, its officials say, has "
        "taken back 300.",
        "Over the past two years 7,500 bodies have reached Ukraine; the Russian side has "
        "received roughly 500 of its dead.",
    ],
)
def test_news_undated_perfect_clause_after_a_semicolon_is_the_other_total(
    news: News, text: str
) -> None:
    """ "...; Russia has received about 800": the same span, the other way, not one exchange."""
    result = news(text)
    assert any(r == "RUS" for _, r, _, _ in tallies(result))
    assert [t for e in result.exchanges for t in e.transfers] == []


def test_news_a_dated_clause_after_a_semicolon_stays_one_exchange(news: News) -> None:
    """ "...; on Friday Russia received 40": a day of its own is one handover, not a total."""
    result = news(
        "Since the war began, 6,000 bodies have been returned to Ukraine; on Friday "
        "Russia received 40."
    )
    assert all(r != "RUS" for _, r, _, _ in tallies(result))
    legs = [(t.receiver.code, str(t.count)) for e in result.exchanges for t in e.transfers]
    assert legs == [("RUS", "40")]


@pytest.mark.parametrize(
    ("text", "out", "back"),
    [
        (
            "Together the two handovers lifted the total, by both sides' count, to 3,140 "
            "bodies repatriated to Ukraine, and 61 returned to Russia, Moscow said.",
            "3,140",
            "61",
        ),
        (
            "Since the spring, 2,870 fallen soldiers have been brought back to Ukraine and "
            "47 were handed back to Russia, the Kremlin aide said.",
            "2,870",
            "47",
        ),
        (
            "The count now stands, according to the ministry, at 5,300 prisoners released to "
            "Ukraine since 2022, and 4,950 were sent to Russia, Moscow said.",
            "5,300",
            "4,950",
        ),
    ],
)
def test_news_a_coordinated_bare_figure_sent_to_the_other_side_is_its_total(
    news: News, text: str, out: str, back: str
) -> None:
    """ "..., and 61 returned to Russia": the noun is left out, "to" names the other way."""
    got = {(s, r, str(c)) for s, r, _, c in tallies(news(text))}
    assert ("RUS", "UKR", out) in got
    assert ("UKR", "RUS", back) in got
    assert ("UKR", "RUS", out) not in got
