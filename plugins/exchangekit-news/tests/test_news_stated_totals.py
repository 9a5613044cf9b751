"""Stated running totals in the wording of agency copy: "the number of ... has grown to N"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def tallies(read: Any) -> set[tuple[str, str, Count, int | None]]:
    """(receiver, category, count, exchange count) of every stated tally."""
    return {
        (
            t.receiver.code,
            t.category.value,
            t.count,
            None if t.exchange_count is None else t.exchange_count.low,
        )
        for t in read.tallies
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tuesday's swap raised to 2,950 the number of people returned to Ukraine "
            "since 2022, officials in Kyiv said.",
            ("UKR", "other", Count.exact(2_950), None),
        ),
        (
            "The handover brought to 7,200 the number of bodies repatriated to Ukraine "
            "since 2022, the headquarters said.",
            ("UKR", "remains", Count.exact(7_200), None),
        ),
        (
            "With Friday's transfer, the number of bodies brought back to Ukraine since "
            "2022 has grown to more than 9,000, the headquarters said.",
            ("UKR", "remains", Count.more_than(9_000), None),
        ),
        (
            "The number of Russian soldiers freed since the start of the war stood at "
            "1,700, the ministry in Moscow said.",
            ("RUS", "prisoners_of_war", Count.exact(1_700), None),
        ),
        (
            "Kyiv said the exchange, which it numbered as the 44th, brought to 2,600 the "
            "number of Ukrainians freed since 2022.",
            ("UKR", "other", Count.exact(2_600), 44),
        ),
        # the figure in quotes after its link
        (
            "Ukraine's ombudsman said the number of prisoners freed since 2022 stood at "
            '"about 4,100".',
            ("UKR", "prisoners_of_war", Count.approx(4_100), None),
        ),
    ],
)
def test_news_the_number_of_people_returned_is_a_stated_tally(
    news: News, text: str, expected: tuple[str, str, Count, int | None]
) -> None:
    read = news(text)
    assert tallies(read) == {expected}
    assert read.claims == []


@pytest.mark.parametrize(
    "text",
    [
        "The number of prisoners still held by Russia is estimated at 8,000, Kyiv said.",
        "Talks would raise to 1,000 the number of prisoners to be exchanged, Kyiv said.",
        "The number of soldiers killed has grown to 40,000, Kyiv said.",
    ],
)
def test_news_a_number_of_people_not_returned_is_no_tally(news: News, text: str) -> None:
    assert news(text).tallies == []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    total=st.integers(min_value=20, max_value=9_000),
    moved=st.sampled_from(["released", "freed", "repatriated", "returned"]),
    people=st.sampled_from(["Ukrainian POWs", "Ukrainian prisoners of war", "prisoners"]),
    act=st.sampled_from(["interviewed", "questioned", "examined", "identified", "treated"]),
    opener=st.sampled_from(
        ["In December the monitors met 35 more, bringing to", "The visits raised to"]
    ),
)
def test_news_a_number_of_freed_people_a_later_act_touched_is_no_tally(
    news: News, total: int, moved: str, people: str, act: str, opener: str
) -> None:
    # "bringing to 205 the number of released Ukrainian POWs interviewed since March": the
    # total counts the interviews of people already home, not the people brought home
    text = f"{opener} {total:,} the number of {moved} {people} {act} since March 2024."
    assert news(text).tallies == []


def test_news_a_number_of_freed_people_with_no_later_act_stays_a_tally(news: News) -> None:
    text = (
        "The swap raised to 3,100 the number of released Ukrainian prisoners of war since"
        " 2022, the headquarters said."
    )
    assert {t.count for t in news(text).tallies} == {Count.exact(3_100)}


def test_news_a_past_month_is_the_span_of_a_total_stated_today(news: News) -> None:
    from datetime import date

    from exchangekit import Period

    text = "In June alone, Ukraine brought home more than 6,000 bodies in six handovers."
    (tally,) = news(text).tallies
    assert tally.as_of == Period.day(date(2025, 10, 23))
    assert tally.covers == Period.between(date(2025, 6, 1), date(2025, 6, 30))
    assert tally.count == Count.more_than(6_000)


def test_news_the_start_of_the_war_is_not_the_date_of_its_total(news: News) -> None:
    from datetime import date

    from exchangekit import Period

    text = (
        "Since the full-scale invasion in February 2022, Ukraine has recovered the "
        "remains of more than 12,000 of its dead, Kyiv said."
    )
    (tally,) = news(text).tallies
    assert tally.as_of == Period.day(date(2025, 10, 23))
    assert tally.covers.end == date(2025, 10, 23)


def test_news_an_exchange_ranked_since_the_war_began_is_not_a_total(news: News) -> None:
    text = (
        "In the 52nd exchange since the beginning of the full-scale invasion, 150 "
        "Ukrainian servicemen were returned from Russian captivity on Thursday."
    )
    read = news(text)
    assert read.tallies == []
    assert len(read.exchanges) == 1


def test_news_a_total_of_soldiers_and_civilians_together_is_other(news: News) -> None:
    text = (
        "Moscow said 2,000 Russian servicemen and civilians had been returned home "
        "since the start of the war."
    )
    assert tallies(news(text)) == {("RUS", "other", Count.exact(2_000), None)}


def test_news_the_parts_of_a_stated_total_are_tallies_too(news: News) -> None:
    text = (
        "Kyiv said 3,000 Ukrainians have been returned from Russian captivity in 50 "
        "exchanges since 2022, of whom 2,800 were servicemen and 200 civilians."
    )
    assert tallies(news(text)) == {
        ("UKR", "other", Count.exact(3_000), 50),
        ("UKR", "prisoners_of_war", Count.exact(2_800), 50),
        ("UKR", "civilians", Count.exact(200), 50),
    }


def test_news_a_total_this_year_covers_the_year_so_far(news: News) -> None:
    from datetime import date

    text = "This year 168 Ukrainian civilians have been returned home so far, Kyiv said."
    (tally,) = news(text).tallies
    assert tally.as_of.format() == "2025-10-23"
    assert tally.covers.start == date(2025, 1, 1)


def test_news_since_a_year_that_holds_the_invasion_starts_with_it(news: News) -> None:
    from datetime import date

    text = "Since February 2022, some 5,000 Ukrainians have been freed, Kyiv said."
    (tally,) = news(text).tallies
    assert tally.covers.start == date(2022, 2, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With Thursday's swap, Kyiv said, 5,000 Ukrainians, both defenders and "
            "civilians, have been returned home since the beginning of the invasion.",
            ("UKR", "other", Count.exact(5_000), None),
        ),
        (
            "Kyiv says that, in repatriations carried out with the help of the Red Cross, "
            "more than 2,000 bodies of Ukrainian soldiers have been recovered from Russia.",
            ("UKR", "remains", Count.more_than(2_000), None),
        ),
    ],
)
def test_news_totals_behind_an_apposition_or_over_many_handovers(
    news: News, text: str, expected: tuple[str, str, Count, int | None]
) -> None:
    read = news(text)
    assert tallies(read) == {expected}
    assert read.exchanges == []


@pytest.mark.parametrize(
    "text",
    [
        "In 52 exchanges, about 3,900 people have come home, Kyiv said.",
        "Ukraine says that in 52 exchanges, about 3,900 people have come home.",
    ],
)
def test_news_people_come_home_to_the_speakers_side_not_the_counted_swaps(
    news: News, text: str
) -> None:
    assert tallies(news(text)) == {("UKR", "other", Count.approx(3_900), 52)}


def test_news_bringing_the_total_to_n_in_either_direction(news: News) -> None:
    text = (
        "Both sides said 250 servicemen were handed over by each on Friday, bringing the "
        "total so far to almost 600 in either direction."
    )
    read = news(text)
    # a bare running sum names no kind of people: `other`, as the coding conventions say
    assert tallies(read) == {
        ("UKR", "other", Count.nearly(600), None),
        ("RUS", "other", Count.nearly(600), None),
    }
    assert len(read.exchanges) == 1


def test_news_its_overall_total_is_the_speakers_sides(news: News) -> None:
    text = (
        "Ukraine's coordination headquarters said on Friday that its overall total since "
        "2022 had reached 4,700."
    )
    assert tallies(news(text)) == {("UKR", "other", Count.exact(4_700), None)}


def test_news_a_total_of_something_else_is_no_tally(news: News) -> None:
    text = "The ministry said the total cost of the programme had reached 4,700 this year."
    assert news(text).tallies == []


def test_news_a_total_of_money_beside_a_ministry_is_no_tally(news: News) -> None:
    text = (
        "Ukraine's defence ministry said the total cost of the programme had reached "
        "4,700 this year."
    )
    assert news(text).tallies == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow's ombudswoman said the number of freed Russian prisoners has reached 2,300.",
            {("RUS", "prisoners_of_war", Count.exact(2_300), None)},
        ),
        (
            "Ukraine's ombudsman said the number of returned children stands at 1,600.",
            {("UKR", "children", Count.exact(1_600), None)},
        ),
        # an office of no known side after a rival's figure: the dateline's capital is home
        (
            "KYIV, Oct 20 (Test Wire) – Ukraine got back 500 bodies on Monday, officials said. "
            "A Russian senator said Moscow had received 20. The ministry said only that the "
            "number of repatriated bodies had passed 12,000.",
            {("UKR", "remains", Count.more_than(12_000), None)},
        ),
        # ... and with no dateline, no side rather than the rival's
        (
            "A Russian senator said Moscow had received 20 bodies. The ministry said only "
            "that the number of repatriated bodies had passed 12,000.",
            set(),
        ),
        ("Ukraine's ombudsman said the number of deported children stands at 19,000.", set()),
        # "the number returned": the people are left unsaid; after bodies alone, bodies
        (
            "Russia handed Ukraine 800 bodies on Monday, Kyiv's coordination headquarters "
            "said. It added that the number returned since the invasion had topped 11,000.",
            {("UKR", "remains", Count.more_than(11_000), None)},
        ),
        (
            "Kyiv got back 600 bodies of fallen soldiers this week, Ukraine's interior "
            "ministry said. The ministry said the total number brought home since 2022 has "
            "grown to more than 9,500, and identification continues.",
            {("UKR", "remains", Count.more_than(9_500), None)},
        ),
        (
            "Ukraine got back 150 prisoners on Monday, Kyiv's coordination headquarters "
            "said. The headquarters said the number freed since 2022 had passed 4,500.",
            {("UKR", "other", Count.more_than(4_500), None)},
        ),
        # ... but not past another figure
        (
            "Ukraine received 600 bodies on Friday, Kyiv's coordination headquarters said. "
            "Officials said the number returned on Friday and 20 others had passed 700.",
            set(),
        ),
    ],
)
def test_news_the_number_returned_with_its_people_before_or_left_out(
    news: News, text: str, expected: set[tuple[str, str, Count, int | None]]
) -> None:
    # "the number of repatriated bodies", "the number returned": a stated total
    assert tallies(news(text)) == expected


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    giver=st.sampled_from([("Russia", "Ukraine", "UKR"), ("Ukraine", "Russia", "RUS")]),
    aux=st.sampled_from(["has", "has now", "had already", "have"]),
    hedge=st.sampled_from(["", "more than ", "nearly ", "about "]),
    value=st.integers(min_value=101, max_value=9_999),
)
def test_news_a_perfect_given_with_its_receiver_first_is_a_total(
    news: Callable[..., Any], giver: tuple[str, str, str], aux: str, hedge: str, value: int
) -> None:
    """ "Russia has now given Ukraine more than 7,000 bodies since May": the perfect of
    "give" with its receiver named straight after it hands the bodies over, over a span."""
    side, other, code = giver
    read = news(f"{side} {aux} given {other} {hedge}{value:,} bodies since May.")
    assert read.exchanges == []
    (tally,) = read.tallies
    assert (tally.receiver.code, tally.category.value) == (code, "remains")
    assert str(tally.count) == str(Count.parse(f"{hedge}{value:,}"))


@pytest.mark.parametrize(
    "text",
    [
        "Given the delays, Ukraine received 300 bodies on Friday.",
        "The ministry has given Reuters more than 20 interviews since May.",
        "The figure given Tuesday was 1,200 bodies, officials said.",
    ],
)
def test_news_given_that_hands_nothing_over_makes_no_total(
    news: Callable[..., Any], text: str
) -> None:
    """A bare "given", or a perfect one whose object is no people, is no handover."""
    assert [t for t in news(text).tallies if t.count.best not in (300,)] == []


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=20, max_value=999),
    day=st.sampled_from(["Wednesday", "Friday", "March 19"]),
    verb=st.sampled_from(["freed", "returned", "brought home"]),
)
def test_news_the_number_freed_on_one_day_is_that_days_handover(
    news: News, n: int, day: str, verb: str
) -> None:
    """ "bringing the number of Ukrainians freed on Wednesday to 197": one day's, no total."""
    result = news(
        "Officials in Kyiv said the wounded were counted among those returned, bringing the "
        f"number of Ukrainians {verb} on {day}, according to Kyiv, to {n}."
    )
    assert result.tallies == []
    counts = [(leg.receiver.code, leg.count) for e in result.exchanges for leg in e.transfers]
    assert counts == [("UKR", Count.exact(n))]


def test_news_the_number_freed_since_a_start_stays_a_total(news: News) -> None:
    """ "The number of Ukrainians freed since 2022 reached 4,000 on Wednesday": a total."""
    result = news("The number of Ukrainians freed since 2022 reached 4,000 on Wednesday.")
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(4000))]
    assert result.exchanges == []


def test_news_people_pointed_back_at_keep_the_kind_told_first(news: News) -> None:
    """ "the 22 Russians were transferred separately" repeats the 22 wounded soldiers: the kind
    told first stays, the repeat states no mix of theirs."""
    result = news(
        "Kyiv returns 22 badly wounded Russians as 175-for-175 swap goes ahead\n\n"
        "Ukraine and Russia exchanged 175 prisoners of war each on Wednesday, and Kyiv "
        "additionally handed back 22 seriously wounded Russian soldiers, Moscow said.\n\n"
        "Officials in Kyiv said the 22 were counted among those returned, bringing the number "
        "of Ukrainians freed on Wednesday to 197.\n\n"
        "The Russian defence ministry listed only 175 Ukrainian prisoners handed over, and "
        "said the 22 Russians were transferred separately."
    )
    kinds = {
        (leg.receiver.code, leg.category.value, leg.count)
        for e in result.exchanges
        for leg in e.transfers
        if leg.count == Count.exact(22)
    }
    assert kinds == {("RUS", "wounded_prisoners", Count.exact(22))}
