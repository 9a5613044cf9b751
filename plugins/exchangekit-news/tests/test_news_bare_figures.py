"""Numbers written without their noun: the sentence around them says whether they count people.

Reporters leave the noun out when the clause or the sentence before has
named it ("45,000 soldiers were killed; some 300,000 more were wounded").
A verb of loss or return governing the number makes it people; a year, a sum
of money or a percentage never is.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Count

News = Callable[..., Any]


@pytest.mark.parametrize("aside", ["the minister said", "officials told reporters", "he said"])
def test_news_a_bare_number_after_an_aside_of_saying_takes_the_verb_after_it(
    found: Callable[..., Any], news: News, aside: str
) -> None:
    text = (
        "Moscow admitted that 12,500 of its soldiers had died in the offensive. "
        f"Roughly 30,000 more, {aside}, had been wounded."
    )
    assert found(news(text)) == {
        ("RUS", "killed", Count.exact(12_500)),
        ("RUS", "wounded", Count.approx(30_000)),
    }


def test_news_a_bare_number_without_an_aside_is_still_read(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Kyiv said 8,000 of its troops were killed near the city. "
        "About 21,000 more were wounded, the statement added."
    )
    assert ("UKR", "wounded", Count.approx(21_000)) in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 8,000 of its troops were killed. In 2023, more were wounded.",
        "Kyiv said 8,000 of its troops were killed. Some $30,000 more, he said, had been lost.",
        "Kyiv said 8,000 of its troops were killed. About 30% more, he said, were wounded.",
    ],
)
def test_news_years_money_and_shares_without_a_noun_are_no_losses(
    found: Callable[..., Any], news: News, text: str
) -> None:
    assert found(news(text)) == {("UKR", "killed", Count.exact(8_000))}


@given(
    killed=st.integers(min_value=2, max_value=90_000),
    wounded=st.integers(min_value=2, max_value=900_000),
)
def test_news_the_number_after_an_aside_is_read_whatever_its_value(
    killed: int, wounded: int
) -> None:
    text = (
        f"The ministry said {killed:,} Russian soldiers had been killed. "
        f"Another {wounded:,}, the ministry said, were wounded."
    )
    claims = [
        i
        for i in NewsParser().parse(
            io.StringIO(text), source="t.txt", published=date(2025, 10, 23), publisher="Desk"
        )
        if isinstance(i, CasualtyClaim)
    ]
    assert {(c.subject.code, c.category.value, c.count) for c in claims} == {
        ("RUS", "killed", Count.exact(killed)),
        ("RUS", "wounded", Count.exact(wounded)),
    }


@pytest.mark.parametrize("link", ["including", "with"])
def test_news_one_days_part_of_a_distant_total_is_a_claim(news: News, link: str) -> None:
    text = (
        "Kyiv's military put Russian losses at 640,220 since the invasion began, a number "
        f"no outsider can check, {link} 1,070 over the previous 24 hours."
    )
    claims = {c.count: c for c in news(text).claims}
    assert set(claims) == {Count.exact(640_220), Count.exact(1_070)}
    day = claims[Count.exact(1_070)]
    assert (day.subject.code, day.category.value, day.scope.value) == (
        "RUS",
        "total_losses",
        "period",
    )


def test_news_one_days_part_of_a_count_of_equipment_is_no_claim(news: News) -> None:
    text = (
        "Moscow fired 2,300 drones at Ukrainian cities this month, a record for the war, "
        "including 140 over the past 24 hours."
    )
    assert news(text).claims == []


def test_news_one_days_share_given_of_them_is_a_claim(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "The army put Russian casualties at roughly 455,000 killed and wounded, with "
        "960 of them in the past day."
    )
    assert found(news(text)) == {
        ("RUS", "total_losses", Count.approx(455_000)),
        ("RUS", "total_losses", Count.exact(960)),
    }


def tallies(result: Any) -> set[tuple[str, str, str, Count]]:
    """(sender, receiver, category, count) of every stated tally read."""
    return {(t.sender.code, t.receiver.code, t.category.value, t.count) for t in result.tallies}


@pytest.mark.parametrize(
    "second",
    [
        "All told, about 820 have now come home in each direction since Tuesday.",
        "That brings it to about 820 in either direction over the three days so far.",
    ],
)
def test_news_a_bare_running_sum_each_way_is_a_tally_for_both_directions(
    news: News, second: str
) -> None:
    text = (
        "Kyiv and Moscow each released 410 prisoners of war on Thursday, both sides said. " + second
    )
    assert tallies(news(text)) == {
        ("RUS", "UKR", "other", Count.approx(820)),
        ("UKR", "RUS", "other", Count.approx(820)),
    }


def test_news_a_number_each_way_with_no_running_sum_is_no_tally(news: News) -> None:
    text = (
        "Kyiv and Moscow each released 410 prisoners of war on Thursday, both sides said. "
        "Negotiators want the next round to be larger, about 820 in either direction."
    )
    assert news(text).tallies == []


@pytest.mark.parametrize("link", [", and", ", while"])
def test_news_a_gapped_clause_names_only_its_side_and_number(news: News, link: str) -> None:
    text = (
        f"Over three handovers in May, Ukraine received 3,100 bodies{link} Russia 51, "
        "both sides said."
    )
    assert tallies(news(text)) == {
        ("RUS", "UKR", "remains", Count.exact(3_100)),
        ("UKR", "RUS", "remains", Count.exact(51)),
    }


def test_news_a_side_and_a_number_with_no_people_before_them_are_no_gap(news: News) -> None:
    text = "Ukraine spent 3,100 hryvnias on the transport, and Russia 51, both sides said."
    assert news(text).tallies == []
    assert news(text).exchanges == []


def test_news_an_earlier_state_of_a_running_total_is_a_tally_of_its_own(news: News) -> None:
    text = (
        "Kyiv's coordination headquarters says 3,100 Ukrainians had come home in 52 "
        "exchanges since the invasion, including 1,900 by early March."
    )
    read = news(text)
    counts = {t.count: t for t in read.tallies}
    assert set(counts) == {Count.exact(3_100), Count.exact(1_900)}
    earlier = counts[Count.exact(1_900)]
    assert (earlier.sender.code, earlier.receiver.code, earlier.category.value) == (
        "RUS",
        "UKR",
        "other",
    )
    assert str(earlier.as_of) == "2025-03"
    assert earlier.exchange_count is None


def test_news_a_number_by_a_date_with_no_running_total_before_it_is_no_tally(
    news: News,
) -> None:
    text = "The ministry said it would free prisoners in stages, including 1,900 by early March."
    assert news(text).tallies == []


def test_news_people_a_body_employs_are_its_staff_not_people_moved(news: News) -> None:
    text = (
        "Since the invasion, the coordination headquarters says, 3,100 Ukrainians have "
        "come home. The headquarters, which employs about 60 people and runs a hotline "
        "that received 90,000 calls this year, expects more swaps in spring."
    )
    assert {t.count for t in news(text).tallies} == {Count.exact(3_100)}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Officials said the number of Russians listed as missing had grown to 18,000.", "RUS"),
        (
            "Ukraine's ombudsman said on Monday that the number of people listed as missing "
            "had grown to 18,000.",
            "UKR",
        ),
    ],
)
def test_news_the_number_of_a_sides_people_missing_is_that_sides_claim(
    found: Callable[..., Any], news: News, text: str, side: str
) -> None:
    assert found(news(text)) == {(side, "missing", Count.exact(18_000))}


def test_news_a_register_that_names_each_dead_soldier_counts_the_dead(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Russian losses have passed one million, Kyiv says. A volunteer tally built from "
        "funeral notices, court records and village websites, which lists every dead "
        "soldier it can confirm, stood at more than 98,000 in September."
    )
    assert ("RUS", "killed", Count.more_than(98_000)) in found(news(text))


def test_news_a_register_of_soldiers_not_said_to_be_dead_is_no_loss(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Russian losses have passed one million, Kyiv says. A volunteer list, which names "
        "every wounded soldier sent back to the front, stood at more than 98,000 in September."
    )
    assert ("RUS", "killed", Count.more_than(98_000)) not in found(news(text))


def test_news_a_loss_figure_compared_with_an_earlier_one_gives_both(news: News) -> None:
    text = (
        "Britain's defence intelligence said on Monday that Russian troops killed or "
        "wounded in 2024 numbered around 390,000, far more than the roughly 210,000 it "
        "had estimated for 2023."
    )
    claims = {c.count: c for c in news(text).claims}
    assert set(claims) == {Count.approx(390_000), Count.approx(210_000)}
    earlier = claims[Count.approx(210_000)]
    assert (earlier.subject.code, earlier.category.value, str(earlier.as_of)) == (
        "RUS",
        "total_losses",
        "2023",
    )


def test_news_a_compared_count_of_equipment_is_no_loss(news: News) -> None:
    text = "Russian losses reached 500,000, more than the 400 tanks it lost in the spring."
    assert {c.count for c in news(text).claims} == {Count.exact(500_000)}


def test_news_a_part_of_a_running_total_told_with_its_own_day_is_one_exchange(
    news: News,
) -> None:
    text = (
        "Russia's ombudsman said that since March, in three rounds, more than 410 Russian "
        "servicemen had returned home, including 22 badly wounded men freed on Oct. 3."
    )
    read = news(text)
    assert {t.count for t in read.tallies} == {Count.more_than(410)}
    legs = {(tr.category.value, tr.count) for e in read.exchanges for tr in e.transfers}
    assert legs == {("wounded_prisoners", Count.exact(22))}


def test_news_helped_to_return_since_a_start_told_by_a_clause_is_a_tally(news: News) -> None:
    text = (
        "The Vatican said its envoy had helped to return 31 Ukrainian children to their "
        "families since the initiative began in the spring of 2023."
    )
    assert tallies(news(text)) == {("RUS", "UKR", "children", Count.exact(31))}


def test_news_a_promise_to_help_return_people_is_no_handover(news: News) -> None:
    text = "The Vatican said its envoy would help to return 31 Ukrainian children next month."
    read = news(text)
    assert read.tallies == []
    assert [tr for e in read.exchanges for tr in e.transfers] == []


@given(
    unit=st.sampled_from(["tonnes", "tons", "dollars", "hryvnias", "kilometres", "litres"]),
    amount=st.integers(min_value=2, max_value=90_000),
    bodies=st.integers(min_value=100, max_value=20_000),
    receiver=st.sampled_from([("Ukraine", "UKR"), ("Russia", "RUS")]),
)
def test_news_an_amount_in_a_unit_of_measure_is_never_a_count_carried_by_the_clause(
    news: News, unit: str, amount: int, bodies: int, receiver: tuple[str, str]
) -> None:
    name, code = receiver
    text = (
        f"{name} has received {bodies:,} bodies since 2022, and {amount:,} {unit} of aid this year."
    )
    read = news(text)
    assert {t.count for t in read.tallies} == {Count.exact(bodies)}
    assert all(t.receiver.code == code for t in read.tallies)
    assert not read.exchanges
    assert not read.claims
