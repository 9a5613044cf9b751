"""Stated running totals become ExchangeTally records, never exchanges and never dropped."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period, PersonCategory


def test_news_tally_since_a_year(news: Callable[..., Any]) -> None:
    result = news(
        "Since 2022, some 9,000 bodies have been returned to Ukraine, the coordination "
        "headquarters said on Friday."
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.category is PersonCategory.REMAINS
    assert tally.count == Count.parse("some 9,000")
    # "since 2022" is since the invasion (24 February 2022), not since New Year
    assert tally.covers.start == date(2022, 2, 24)
    assert tally.as_of == Period.day(date(2025, 10, 17))
    assert tally.claimant.name == "Coordination Headquarters for the Treatment of Prisoners of War"
    assert [s.name for s in tally.relayed_by] == ["Test Desk"]


def test_news_tally_counts_its_exchanges(news: Callable[..., Any]) -> None:
    result = news(
        "In 58 exchanges, about 4,500 Ukrainian prisoners of war have come home from Russian "
        "captivity."
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert tally.receiver.code == "UKR"
    assert tally.count == Count.parse("about 4,500")
    assert tally.exchange_count == Count.exact(58)
    assert tally.covers.start == date(2022, 2, 24)
    assert tally.as_of == Period.day(date(2025, 10, 23))
    assert tally.claimant.name == "Test Desk"


def test_news_tally_is_not_the_first_swap_since_a_date(news: Callable[..., Any]) -> None:
    result = news("The first swap since June freed 90 Ukrainian prisoners on Tuesday.")
    assert result.tallies == []
    (exchange,) = result.exchanges
    assert [(t.receiver.code, t.count) for t in exchange.transfers] == [("UKR", Count.exact(90))]


def test_news_tally_of_both_sides_in_all_is_not_one_direction(news: Callable[..., Any]) -> None:
    result = news("Since May 2023, Russia and Ukraine have exchanged 2,000 prisoners in all.")
    assert result.tallies == []
    assert result.exchanges == []


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # a stateless helper
@given(st.integers(min_value=2, max_value=99_999))
def test_news_tally_keeps_any_figure(news: Callable[..., Any], n: int) -> None:
    result = news(f"Ukraine has so far brought home {n:,} of its soldiers from Russian captivity.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


def test_news_losses_that_passed_a_figure_are_more_than_it(news: Callable[..., Any]) -> None:
    result = news(
        "Russian losses have passed one million, Kyiv said on Friday. Russian casualties "
        "had exceeded 780,000 by the spring, the agency added."
    )
    assert [(c.subject.code, c.category.value, c.count) for c in result.claims] == [
        ("RUS", "total_losses", Count.parse("more than one million")),
        ("RUS", "total_losses", Count.parse("more than 780,000")),
    ]
    assert result.exchanges == []


def test_news_a_total_said_in_a_month_is_as_of_that_month(news: Callable[..., Any]) -> None:
    # "said in April": when the total stood, not the only month it counts
    (tally,) = news(
        "The headquarters said in April that it had received nearly 3,000 bodies from "
        "Russia since 2022."
    ).tallies
    assert tally.as_of == Period.month(2025, 4)
    assert tally.covers.start == date(2022, 2, 24)


def test_news_a_total_reached_by_the_end_of_a_month_is_as_of_its_last_day(
    news: Callable[..., Any],
) -> None:
    (tally,) = news(
        "By Kyiv's count, 5,400 Ukrainians had been freed in 60 exchanges by the end of July."
    ).tallies
    assert tally.as_of == Period.day(date(2025, 7, 31))
    assert tally.covers.start == date(2022, 2, 24)


def test_news_a_total_of_losses_is_no_tally_of_people_returned(news: Callable[..., Any]) -> None:
    # "bringing its total to" after a figure of losses totals losses, not people come home.
    read = news(
        "According to the Ukrainian military, Russia lost 990 soldiers in the past day, "
        "bringing its total to 1,101,000."
    )
    assert read.tallies == []


def test_news_a_years_homecomings_and_an_aside_of_belief_make_tallies(
    news: Callable[..., Any],
) -> None:
    year = news(
        "The commissioner said 1,200 Russian servicemen had come home from Ukrainian "
        "captivity during 2024."
    )
    assert year.exchanges == []
    assert [t.count for t in year.tallies] == [Count.exact(1200)]
    aside = news(
        "The commissioner said 900 Russian servicemen, she believed, had come home since "
        "March 2024 through mediated exchanges."
    )
    assert aside.exchanges == []
    assert [t.count for t in aside.tallies] == [Count.exact(900)]


def test_news_tally_since_a_clause_before_the_figure(news: Callable[..., Any]) -> None:
    # a start told by a clause ("since the handovers resumed") opens the sentence
    for text in (
        "Ever since the handovers resumed in spring, Russia has returned 1,900 bodies to Ukraine.",
        "Since talks started in Istanbul in May, Ukraine has got back 800 soldiers from Russian "
        "captivity, the headquarters said.",
    ):
        result = news(text)
        assert result.exchanges == [], text
        (tally,) = result.tallies
        assert tally.receiver.code == "UKR"


def test_news_tally_since_a_clause_still_ranks_one_swap(news: Callable[..., Any]) -> None:
    result = news(
        "Kyiv said 150 Ukrainian prisoners came home on Friday, "
        "the first swap since the talks began."
    )
    assert result.tallies == []
    assert [t.count for e in result.exchanges for t in e.transfers] == [Count.exact(150)]


def test_news_tally_since_the_first_event(news: Callable[..., Any]) -> None:
    # "since the first handover": a start named by an event, so the figure sums many
    for text in (
        "Since the first repatriation in May, Ukraine has received 5,200 bodies from Russia, "
        "officials said.",
        "Russia has handed 640 bodies back to Ukraine since the first transfer of the summer.",
    ):
        result = news(text)
        assert result.exchanges == [], text
        (tally,) = result.tallies
        assert tally.category is PersonCategory.REMAINS


def test_news_tally_a_level_reached_or_all_told(news: Callable[..., Any]) -> None:
    for text, count in (
        (
            "The headquarters' figure now stands at 2,718 Ukrainians returned from "
            "Russian captivity.",
            "2,718",
        ),
        (
            "All told, 2,300 Ukrainian prisoners of war have come home from Russia, Kyiv said.",
            "2,300",
        ),
    ):
        result = news(text)
        assert result.exchanges == [], text
        (tally,) = result.tallies
        assert tally.count == Count.parse(count)


def test_news_tally_counted_with_the_exchange_just_told(news: Callable[..., Any]) -> None:
    # the sum is brought up to date by the handover of the sentence before: that day is its date
    for second in (
        "With this handover, 4,410 bodies have come back to Ukraine since the first batch in May.",
        "Including the latest swap, 1,980 Ukrainian soldiers have been freed since talks began.",
    ):
        result = news(
            "On Tuesday, Russia handed 500 bodies to Ukraine and 300 Ukrainian soldiers came home. "
            + second
        )
        (tally,) = result.tallies
        assert tally.as_of == Period.day(date(2025, 10, 21)), second


def test_news_tally_undated_without_an_exchange_keeps_publication(
    news: Callable[..., Any],
) -> None:
    result = news(
        "With winter coming, 4,410 bodies have come back to Ukraine since the first batch."
    )
    (tally,) = result.tallies
    assert tally.as_of == Period.day(date(2025, 10, 23))


def test_news_tally_number_owned_by_a_relative_clause_subject(news: Callable[..., Any]) -> None:
    # "the number of X [that] Ukraine has received": the clause's subject is the receiver;
    # with a verb of sending it is the sender
    for text, receiver in (
        (
            "Monday's swap brought the number of soldiers Ukraine has got back this year to 2,100.",
            "UKR",
        ),
        (
            "The swap raised the number of prisoners that Russia has returned since 2022 to 5,400.",
            "UKR",
        ),
        ("The handover took the number of bodies Moscow has received since June to 120.", "RUS"),
    ):
        (tally,) = news(text).tallies
        assert tally.receiver.code == receiver, text


def test_news_tally_spelled_out_with_a_comma_is_one_figure(news: Callable[..., Any]) -> None:
    for text, value in (
        (
            "In total, three thousand, four hundred and five Ukrainians have come home from "
            "Russian captivity since 2022, the ombudsman said.",
            3405,
        ),
        (
            "The president said the number of Ukrainians released from captivity since the war "
            "began had reached two thousand, nine hundred and one.",
            2901,
        ),
    ):
        (tally,) = news(text).tallies
        assert tally.count == Count.exact(value), text


def test_news_tally_since_a_deal_was_made(news: Callable[..., Any]) -> None:
    # a deal "signed", "reached" or "struck" opens the span a running total covers
    for text in (
        "Ukraine has received 900 prisoners of war from Russia since the deal was signed in May.",
        "Since a deal was struck in Ankara in June, Russia has returned 1,100 Ukrainian soldiers.",
    ):
        result = news(text)
        assert result.exchanges == [], text
        (tally,) = result.tallies
        assert tally.receiver.code == "UKR"
    ranked = news(
        "Russia freed 90 Ukrainian soldiers on Monday, the first swap since a deal was signed."
    )
    assert ranked.tallies == []


# Generated sentences: a few dozen are enough, and the news fixture holds no state between them.
_GENERATED = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_GENERATED
@given(
    st.sampled_from(["two", "four", "six"]),
    st.integers(min_value=5, max_value=30),
    st.sampled_from(["years", "months"]),
    st.sampled_from(["each", "apiece"]),
)
def test_news_a_sentence_each_is_not_a_figure_per_side(
    receipts: Callable[..., Any], people: str, length: int, unit: str, each: str
) -> None:
    # "sentenced to 20 years each": the span is shared out over the people, not the sides,
    # so the handful named never becomes a figure (let alone a total) for Russia
    transfers, tallies = receipts(
        f"Among those returned on Sunday, Kyiv said, were {people} soldiers who had been"
        f" captured in 2022 and sentenced to {length} {unit} {each}."
    )
    assert all(receiver != "RUS" for receiver, _, _ in transfers | tallies)


@_GENERATED
@given(
    st.integers(min_value=40, max_value=400),
    st.sampled_from(
        [
            "Kyiv said that, in swaps in March, June and October that each freed more than {n}"
            " Ukrainians, the country had brought home about 900 people.",
            "In handovers in 2024 and 2025 which each returned {n} Ukrainians, the toll of"
            " the missing fell, the ombudsman said.",
            "The exchanges on 3 May and 9 May, that each brought back {n} Ukrainians, were"
            " mediated by Qatar.",
        ]
    ),
)
def test_news_each_after_exchanges_placed_by_dates_shares_over_events_not_sides(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    # "exchanges in January and May that each returned 100": every exchange's own size,
    # one way; never a figure (nor a running total) for each side
    transfers, tallies = receipts(template.format(n=amount))
    assert all(count != str(amount) for _, _, count in tallies)
    assert all(receiver != "RUS" for receiver, _, _ in transfers | tallies)


@_GENERATED
@given(
    st.integers(min_value=12, max_value=90),
    st.sampled_from(
        [
            "{n} Ukrainian soldiers, men whom Russia had held since the battles in the spring,"
            " were freed on Monday in an exchange for {n} Russian servicemen.",
            "On Monday {n} Ukrainian marines, held since the siege of the port in the winter,"
            " came home in a swap for {n} Russian soldiers.",
        ]
    ),
)
def test_news_people_held_since_an_event_come_home_in_one_swap(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    # how long the men were held is no span of a running total
    transfers, tallies = receipts(template.format(n=amount))
    assert tallies == set()
    assert ("RUS", "prisoners_of_war", str(amount)) in transfers


@_GENERATED
@given(
    st.integers(min_value=10, max_value=90),
    st.sampled_from(
        [
            "Since 2022, 4,100 Ukrainians have come home in 52 swaps, the office said. It also"
            " said that 200 bodies came back to Ukraine on 3 March and that Kyiv handed over"
            " the remains of {n} Russian soldiers at the same time.",
            "Kyiv says 9,200 bodies have been repatriated since the invasion began. On Friday"
            " 500 bodies came back to Ukraine, and at the same time Ukraine returned the"
            " bodies of {n} Russian soldiers.",
        ]
    ),
)
def test_news_at_the_same_time_after_a_total_is_the_moment_of_the_handover(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    # "at the same time" is when the handover just told happened, not "over the same period"
    transfers, tallies = receipts(template.format(n=amount))
    assert ("RUS", "remains", str(amount)) in transfers
    assert all(count != str(amount) for _, _, count in tallies)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says 19,000 Ukrainian children were deported to Russia, of whom 388 have so "
            "far come home.",
            {("UKR", "children", "388")},
        ),
        (
            "Kyiv says 19,000 Ukrainian children were deported to Russia, of whom, by its "
            "count, 41 have so far come home.",
            {("UKR", "children", "41")},
        ),
        (
            "Ukraine said on Monday that 19,000 of its children were held in Russia, of whom "
            "612 have been brought back since 2022.",
            {("UKR", "children", "612")},
        ),
        (
            # a part that names its own people keeps them
            "Since the invasion, 960 Ukrainians have been returned from captivity, of whom 900 "
            "were soldiers and 60 civilians, the headquarters said.",
            {("UKR", "prisoners_of_war", "900"), ("UKR", "civilians", "60")},
        ),
        # a part opening the next sentence: "Of these, ...", or a perfect after children
        (
            "Kyiv says 19,000 Ukrainian children have been taken to Russia. Of these, the "
            "presidential programme says 412 have been brought back since 2022.",
            {("UKR", "children", "412")},
        ),
        (
            "Ukraine's ombudsman says 3,000 civilians are held in Russian jails. Of them, 260 "
            "had been freed by the end of the summer, his office said.",
            {("UKR", "civilians", "260")},
        ),
        (
            "Some 19,000 Ukrainian children were deported, Kyiv says. Of those, 515 had so far "
            "been returned, the Ukrainian commissioner said.",
            {("UKR", "children", "515")},
        ),
        # the whole named again by a noun: "Of that number, ...", "Of this total, ..."
        (
            "Kyiv says 19,000 Ukrainian children have been taken to Russia. Of that number, "
            "the presidential programme says 412 have been brought back since 2022.",
            {("UKR", "children", "412")},
        ),
        (
            "Ukraine's ombudsman says 3,000 civilians are held in Russian jails. Of this total,"
            " 260 had been freed by the end of the summer, his office said.",
            {("UKR", "civilians", "260")},
        ),
        # the whole put at a bare figure: "the number of <people> ... at N, of whom ..."
        (
            "Kyiv put the number of Ukrainian children deported at almost 20,000, of whom "
            "fewer than 400 had returned.",
            {("UKR", "children", "fewer than 400")},
        ),
        (
            "The commissioner put the number of Ukrainian children forcibly deported at "
            "close to 18,500, of whom she said under 350 had been brought home so far.",
            {("UKR", "children", "fewer than 350")},
        ),
        # no "Of these": a perfect of return after deported children counts them too
        (
            "Kyiv says 19,000 Ukrainian children were taken to Russia. Ukraine's ombudsman, "
            "speaking on Friday, says 640 have been brought back so far.",
            {("UKR", "children", "640")},
        ),
    ],
)
def test_news_a_part_after_of_whom_counts_the_whole_s_people(
    receipts: Callable[..., Any], text: str, expected: set[tuple[str, str, str]]
) -> None:
    """ "20,000 children were deported, of whom 388 came home": the 388 are children too.

    So are they when the part opens the next sentence ("Of these, 388 came home").
    """
    _, tallies = receipts(text)
    assert expected <= tallies
    assert not any(kind == "other" and count != "960" for _, kind, count in tallies)


@pytest.mark.parametrize(
    "text",
    [
        # the part is not handed over: no tally
        "Some 19,000 Ukrainian children were deported, Kyiv says. Of these, 515 had been "
        "placed with Russian families by the end of 2024, Kyiv says.",
        "Some 19,000 Ukrainian children were deported, Kyiv says. Of that number, 515 had "
        "been placed with Russian families by the end of 2024, Kyiv says.",
        # no people counted in the sentence before: whose part it is cannot be told
        "Kyiv said on Monday it had agreed a new swap. Of that number, 120 had been returned"
        " by the end of the summer, it said.",
        "Kyiv said on Monday it had agreed a new swap. Of these, 120 had been returned by "
        "the end of the summer, it said.",
        # soldiers captured by one side: whose men came back cannot be told
        "Kyiv says 19,000 soldiers were captured. Ukraine's ombudsman says 1,366 have been "
        "brought back so far.",
        # after a swap both ways, people of no side returned could be either side's
        "In March, Ukraine and Russia swapped 130 prisoners each. In total, since 2022,"
        " 2,410 people have been returned.",
        # children of their own kind, whose relative clause holds the span: no sum carried on
        "In March, 130 Ukrainians came home from Russian captivity. The first group, six"
        " children whose parents had looked for them since 2022, came home in May.",
    ],
)
def test_news_of_these_without_people_before_or_a_handover_gives_no_tally(
    news: Callable[..., Any], text: str
) -> None:
    assert news(text).tallies == []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    side=st.sampled_from([("Ukraine", "UKR"), ("Russia", "RUS")]),
    body=st.sampled_from(["programme", "initiative", "scheme", "project"]),
    aim=st.sampled_from(["for returning children", "for the return of children"]),
    count=st.integers(20, 2_000),
)
def test_news_a_bodys_aim_of_return_never_turns_the_way_round(
    news: Callable[..., Any], side: tuple[str, str], body: str, aim: str, count: int
) -> None:
    """ "Ukraine's programme for returning children says N ...": the aim hands no one over."""
    name, code = side
    text = f"{name}'s {body} {aim} says {count:,} children have been brought back so far."
    assert all(t.receiver.code == code for t in news(text).tallies)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.sampled_from(["centre", "center", "programme", "mechanism"]),
    first=st.sampled_from(["search", "identification", "tracing"]),
    aim=st.sampled_from(["release", "return", "repatriation"]),
    count=st.integers(200, 20_000),
)
def test_news_an_aim_coordinated_with_another_hands_no_one_over(
    news: Callable[..., Any], body: str, first: str, aim: str, count: int
) -> None:
    """ "the centre for the search and release of captives knew of N": a register, no handover."""
    text = (
        f"As of 1 March, the national {body} for the {first} and {aim} of detained persons"
        f" held files on {count:,} citizens of Ukraine, soldiers and civilians, whose fate"
        " was unknown."
    )
    read = news(text)
    assert read.tallies == []
    assert read.exchanges == []


@pytest.mark.parametrize(
    ("text", "receiver", "count"),
    [
        (
            "The Vatican has helped to reunite 23 Ukrainian children with their parents since "
            "the spring, its envoy said.",
            "UKR",
            "23",
        ),
        (
            "Russia says it has reunited 40 children with relatives in Russia since 2022.",
            "RUS",
            "40",
        ),
        (
            "Since 2023, Kyiv's ombudsman says, his office has reunited more than 70 children "
            "with their mothers and fathers.",
            "UKR",
            "more than 70",
        ),
        # the noun of "reunite": "led to (brought about) the reunification of"
        (
            "Doha says its shuttle diplomacy has led to the reunification of 54 Ukrainian "
            "children with their families since 2023.",
            "UKR",
            "54",
        ),
        (
            "Moscow's commissioner said her office had brought about the reunification of 17 "
            "children with relatives in Russia since the spring.",
            "RUS",
            "17",
        ),
    ],
)
def test_news_children_reunited_with_families_since_a_date_are_a_tally(
    receipts: Callable[..., Any], text: str, receiver: str, count: str
) -> None:
    """ "helped reunite N children with their families": the subject's side takes them back."""
    transfers, tallies = receipts(text)
    assert tallies == {(receiver, "children", count)}
    assert transfers == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The Holy See, which began mediating in 2023, says it has helped reunite 48 "
            "Ukrainian children with their relatives.",
            "48",
        ),
        (
            "Doha's envoy said his country had helped to bring home more than 90 Ukrainian "
            "children, and that more lists were being checked.",
            "more than 90",
        ),
        # the office's own perfect of reuniting, a word of its own between
        (
            "Moscow's children's commissioner, for her part, says her office has itself "
            "reunited more than 60 Ukrainian children with relatives in Ukraine.",
            "more than 60",
        ),
        (
            "The Russian side maintains that it has reunited 52 children with their "
            "families in Ukraine and holds none against a parent's will.",
            "52",
        ),
        # a helper's part told with a noun of reuniting
        (
            "The Kremlin's ombudsman has stated that she has assisted in the reunification "
            "of 39 children with parents in Ukraine.",
            "39",
        ),
        # an aside naming the newest return, with no series, leaves the sum a sum
        (
            "Qatar says it has helped reunite 59 Ukrainian children with their families, "
            "the latest in October.",
            "59",
        ),
    ],
)
def test_news_a_helpers_perfect_with_no_day_told_is_a_tally(
    receipts: Callable[..., Any], text: str, count: str
) -> None:
    """ "X has helped reunite N children": a helper's work in the perfect, told of no day
    (a date in a clause about the helper is not the handover's), sums every return."""
    transfers, tallies = receipts(text)
    assert tallies == {("UKR", "children", count)}
    assert transfers == set()


@pytest.mark.parametrize(
    "text",
    [
        "Doha has helped reunite eight more Ukrainian children with their families, the "
        "ministry said.",
        "Doha has helped reunite another eight Ukrainian children with their families.",
        "Doha has helped reunite eight Ukrainian children with their families on Sunday.",
        # an aside ranking the return in a series: the newest of several, not their sum
        "Qatar said earlier this week that it had helped reunite eight Ukrainian children "
        "with their families, the latest in a series of small returns it has mediated.",
        "Doha has helped reunite eight Ukrainian children with their families, the most "
        "recent in a string of returns.",
    ],
)
def test_news_a_helpers_perfect_of_more_or_of_one_day_is_one_handover(
    receipts: Callable[..., Any], text: str
) -> None:
    transfers, tallies = receipts(text)
    assert transfers == {("UKR", "children", "8")}
    assert tallies == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says 1,310 children have been brought home through all channels.",
        "Across every channel combined, Kyiv says, 1,310 children have come back.",
        "Via all routes, Ukraine's government says, some 1,310 children have returned home.",
    ],
)
def test_news_a_sum_over_all_channels_is_a_tally(receipts: Callable[..., Any], text: str) -> None:
    """ "through all channels": every route's returns added up, a total and no handover."""
    transfers, tallies = receipts(text)
    assert {(side, kind) for side, kind, _ in tallies} == {("UKR", "children")}
    assert transfers == set()


def test_news_one_channel_is_no_sum(receipts: Callable[..., Any]) -> None:
    transfers, tallies = receipts(
        "Kyiv says 13 children were brought home through the Qatari channel on Monday."
    )
    assert tallies == set()
    assert transfers == {("UKR", "children", "13")}


@pytest.mark.parametrize(
    "text",
    [
        # the children's passive perfect, reported on a day: one group
        "Nine children have been reunited with their relatives living in Ukraine, the "
        "commissioner's office reported on Friday.",
        # a pluperfect in reported speech may be that day's group
        "The commissioner said she had reunited nine children with relatives in Ukraine.",
    ],
)
def test_news_reuniting_told_of_one_group_is_no_tally(
    receipts: Callable[..., Any], text: str
) -> None:
    """Only the doer's own present perfect of reuniting sums its work; these may be one group."""
    _, tallies = receipts(text)
    assert tallies == set()


def test_news_reuniting_children_one_day_is_a_handover_to_the_subjects_side(
    receipts: Callable[..., Any],
) -> None:
    transfers, tallies = receipts(
        "Kyiv reunited 12 children with their families on Monday after Qatari mediation."
    )
    assert transfers == {("UKR", "children", "12")}
    assert tallies == set()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=20, max_value=9000),
    st.sampled_from(
        [
            "Since 2023, the Vatican says, it has helped reunite {n} Ukrainian children with"
            " their families.",
            "The number of captives freed through Qatari mediation has now grown to {n}.",
            "Kyiv says it has reunited {n} children with their parents since 2022.",
            "Since the invasion, {n} bodies have been brought back to Ukraine, officials said.",
        ]
    ),
)
def test_news_a_running_total_is_never_also_one_exchange(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    """A stated running total is a tally only: never the size of one handover as well."""
    figure = f"{amount:,}"
    transfers, tallies = receipts(template.format(n=figure))
    assert all(count != figure for _, _, count in transfers)
    assert any(count == figure for _, _, count in tallies)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Officials in Kyiv reckon that about 16,000 minors were carried off to Russia "
            "after 2022, and they say 450 have since been brought home.",
            Count.exact(450),
        ),
        (
            "Kyiv says 14,000 children have been taken to Russia since 2022, of whom, by its "
            "count, 520 have been brought home.",
            Count.exact(520),
        ),
        (
            "Kyiv believes 9,000 Ukrainian civilians have been held since 2022, and only 310 "
            "have been released so far.",
            Count.exact(310),
        ),
        (
            "Some 12,000 children were moved to Russia since 2022; about 700 have been "
            "returned, the commissioner said.",
            Count.parse("about 700"),
        ),
    ],
)
def test_news_tally_a_returned_part_borrows_the_wholes_people(
    news: Callable[..., Any], text: str, count: Count
) -> None:
    """ "N were taken ..., and M have been brought back": M is a running total, N is not."""
    result = news(text)
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code, tally.count) == ("RUS", "UKR", count)


@pytest.mark.parametrize(
    "text",
    [
        # a simple past tells one release, not a part returned so far
        "Russia holds 8,000 Ukrainian children, and 300 were freed on Friday.",
        # "the same number" repeats the figure before; it is no part of it
        "Six children crossed into Ukraine, and the same number have been handed to Russia.",
        # a few hundred is no count a tally can hold
        "Kyiv counts some 19,500 children it says were deported, and only a few hundred "
        "have so far come home.",
    ],
)
def test_news_tally_not_from_a_part_that_is_no_returned_share(
    news: Callable[..., Any], text: str
) -> None:
    assert news(text).tallies == []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    whole=st.integers(5_000, 30_000),
    part=st.integers(10, 900),
    verb=st.sampled_from(["taken", "moved", "carried off"]),
    join=st.sampled_from([", of whom", ", and", "; since then,"]),
)
def test_news_the_whole_of_a_returned_part_never_counts_as_returned(
    news: Callable[..., Any], whole: int, part: int, verb: str, join: str
) -> None:
    """The people a part came back from were never returned themselves."""
    result = news(
        f"Kyiv says {whole:,} children have been {verb} to Russia since 2022{join} "
        f"{part:,} have been returned."
    )
    counts = {t.count for t in result.tallies} | {
        tr.count for e in result.exchanges for tr in e.transfers
    }
    assert Count.exact(whole) not in counts


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    whole=st.integers(2_000, 9_000),
    part=st.integers(100, 1_900),
    verb=st.sampled_from(["freed from Russian captivity", "released", "returned home"]),
    later=st.sampled_from(["were returned in the previous 40 exchanges", "were freed in 2022"]),
)
def test_news_a_whole_freed_itself_stays_beside_its_returned_part(
    news: Callable[..., Any], whole: int, part: int, verb: str, later: str
) -> None:
    """ "3,035 Ukrainians have been freed, of whom 2,828 were returned earlier": both came home."""
    result = news(
        f"Since February 2022, {whole:,} Ukrainians have been {verb}, of whom {part:,} {later}."
    )
    assert ("UKR", Count.exact(whole)) in {(t.receiver.code, t.count) for t in result.tallies}


@pytest.mark.parametrize(
    ("after", "day"),
    [
        (
            "It was the 40th swap of the war, officials said, and brought the total of "
            "Ukrainians freed since 2022 to 3,900.",
            13,
        ),
        (
            "It was the 40th swap of the war, officials said, and raised the number of "
            "Ukrainians freed since 2022 to 3,900.",
            13,
        ),
        (
            "It followed weeks of talks, the ombudsman said, and brought the total of "
            "Ukrainians freed since 2022 to 3,900.",
            13,
        ),
        # a total merely said after the exchange is of the telling
        (
            "The ombudsman thanked the mediators, and said 3,900 Ukrainians had been freed "
            "since 2022.",
            16,
        ),
    ],
)
def test_news_a_total_the_exchange_raised_after_an_aside_is_of_its_day(
    news: Callable[..., Any], after: str, day: int
) -> None:
    # the exchange, the subject carried over "..., officials said, and", raised the total:
    # it stood at 3,900 on the exchange's Tuesday, not on the Friday it was retold
    text = f"Russia freed 120 Ukrainian soldiers on Tuesday in return for 120 Russians. {after}"
    (tally,) = news(text, published=date(2025, 5, 16)).tallies
    assert tally.as_of == Period.day(date(2025, 5, day))


@pytest.mark.parametrize(
    ("between", "day"),
    [
        ("", 14),  # "he added" goes on with the statement about Wednesday's exchange
        ("Talks went on. ", 16),  # another sentence between: the day it was told
    ],
)
def test_news_a_total_added_to_the_statement_of_an_exchange_is_of_its_day(
    news: Callable[..., Any], between: str, day: int
) -> None:
    text = (
        "Russia handed over 90 Ukrainian soldiers on Wednesday, the ombudsman said. "
        f"{between}In all, he added, 4,000 Ukrainians had been freed since 2022."
    )
    (tally,) = news(text, published=date(2025, 5, 16)).tallies
    assert tally.as_of == Period.day(date(2025, 5, day))


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        # a statement with no teller: the running total's "our" are the people just counted
        (
            "Some 410 Ukrainian soldiers came home this year. Altogether, since the invasion,"
            " 2,980 of our people have been freed in 52 swaps.",
            ("UKR", "other", "2,980"),
        ),
        # "our men" after soldiers just counted are those soldiers
        (
            "This year 260 Russian servicemen returned from captivity. Since the start of the"
            " operation, we have brought home more than 1,900 of our men in all.",
            ("RUS", "prisoners_of_war", "more than 1,900"),
        ),
        (
            "This year 260 Russian civilians returned home. Since the start of the operation,"
            " we have brought home more than 1,900 of our men in all.",
            ("RUS", "other", "more than 1,900"),
        ),
        # a year's sum told as "over the whole of" or "in all of" the year
        (
            "Over the whole of 2023, the ministry said, Kyiv got back the bodies of more than"
            " 2,100 of its soldiers in such handovers.",
            ("UKR", "remains", "more than 2,100"),
        ),
        ("In all of 2024 Russia received 640 bodies, Moscow said.", ("RUS", "remains", "640")),
        (
            "Throughout the whole of 2023, according to the summary, Ukraine brought home 1,620"
            " people.",
            ("UKR", "other", "1,620"),
        ),
        # "since then" with a perfect of return adds up every return since
        (
            "The Vatican began its mission in 2023. Since then it has helped bring back 74"
            " Ukrainian children to their families.",
            ("UKR", "children", "74"),
        ),
        (
            "The first swap came in the spring. Since then 1,200 more Ukrainians have been"
            " brought home, Kyiv said.",
            ("UKR", "other", "1,200"),
        ),
    ],
)
def test_news_a_running_total_read_from_its_form(
    receipts: Callable[..., Any], text: str, tally: tuple[str, str, str]
) -> None:
    transfers, tallies = receipts(text)
    assert tally in tallies
    assert tally not in transfers


def test_news_one_swaps_our_people_wait_for_their_teller(receipts: Callable[..., Any]) -> None:
    # no running total: "our" is the commissioner's, named after the figure, not the side
    # the sentence before counted
    transfers, tallies = receipts(
        'Kyiv freed 12 Ukrainians in the swap. "Today eleven of our citizens are home. In'
        ' turn, 12 Ukrainians were handed over," the Russian commissioner wrote.'
    )
    assert ("UKR", "other", "11") not in transfers | tallies


def test_news_one_swap_ranked_in_the_whole_of_a_year_is_no_tally(
    receipts: Callable[..., Any],
) -> None:
    _, tallies = receipts(
        "The swap on 5 May was the largest of the whole of 2024, with 300 Ukrainians returned."
    )
    assert ("UKR", "other", "300") not in tallies


def test_news_a_years_sum_keeps_its_year_before_a_longer_total(news: Callable[..., Any]) -> None:
    # the "since" belongs to the second figure: the first covers its own year
    result = news("Kyiv's tally shows 1,940 Ukrainians freed in 2024 and 4,100 since 2022.")
    covers = {str(t.count): str(t.covers) for t in result.tallies}
    assert covers["1,940"].startswith("2024-01-01")
    assert covers["4,100"].startswith("2022-02-24")


@pytest.mark.parametrize(
    "text",
    [
        # past tense with a day: one swap after the start
        "The first swap came in May. Since then, 95 Ukrainians were freed in a swap on Friday.",
        # a perfect of saying, not of returning
        "The talks stalled. Since then, Russia has said it received 95 bodies.",
    ],
)
def test_news_since_then_without_a_perfect_of_return_is_no_total(
    receipts: Callable[..., Any], text: str
) -> None:
    _, tallies = receipts(text)
    assert all(count != "95" for _, _, count in tallies)


NEWEST_PART_TOTALS = [
    (
        "Two years on, the agency for prisoners says 3,870 Ukrainians have been brought home "
        "from Russian captivity, the latest of them on March 3, when 120 soldiers were "
        "exchanged for the same number of Russians.",
        "3,870",
        "120",
    ),
    (
        "The ombudsman says 2,910 Ukrainians have come home, the most recent in a swap on "
        "June 2 that freed 75 marines in return for the same number of Russians.",
        "2,910",
        "75",
    ),
    (
        "Kyiv reckons 4,020 of its people have returned from Russian prisons, the last of "
        "whom reached the border on Friday.",
        "4,020",
        None,
    ),
]


@pytest.mark.parametrize(("text", "total", "handover"), NEWEST_PART_TOTALS)
def test_news_a_total_with_its_newest_part_is_a_tally(
    news: Callable[..., Any], text: str, total: str, handover: str | None
) -> None:
    # "..., the latest of them on DATE": people who came home at different times
    result = news(text)
    assert [str(t.count) for t in result.tallies if t.receiver.code == "UKR"] == [total]
    legs = {(t.receiver.code, str(t.count)) for e in result.exchanges for t in e.transfers}
    assert all(count != total for _, count in legs)
    if handover is not None:  # "the same number" repeats the day's figure, not the total
        assert ("UKR", handover) in legs
        assert ("RUS", handover) in legs


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    total=st.integers(min_value=1_200, max_value=9_000),
    day=st.integers(min_value=10, max_value=300),
    newest=st.sampled_from(["the latest of them on", "the most recent on", "the last of them on"]),
)
def test_news_a_total_with_its_newest_part_is_never_a_transfer(
    news: Callable[..., Any], total: int, day: int, newest: str
) -> None:
    result = news(
        f"Officials say {total:,} Ukrainians have been freed from Russian captivity, {newest} "
        f"May 3, when {day} soldiers were swapped for the same number of Russians."
    )
    counts = {str(t.count) for e in result.exchanges for t in e.transfers}
    assert f"{total:,}" not in counts
    assert [str(t.count) for t in result.tallies] == [f"{total:,}"]


def test_news_the_handover_in_a_totals_newest_part_keeps_its_day(news: Callable[..., Any]) -> None:
    # "the latest of them on March 3, when 120 ...": the "when" clause is that day's swap
    text, _, _ = NEWEST_PART_TOTALS[0]
    periods = {str(e.period) for e in news(text).exchanges}
    assert periods == {"2025-03-03"}


@pytest.mark.parametrize(
    ("text", "way"),
    [
        (
            "In March, 130 Ukrainians came home from Russian captivity. In all, since the"
            " invasion and as of 30 June, 2,410 people have been returned.",
            ("RUS", "UKR"),
        ),
        (
            "In May, 84 Russian soldiers were handed back to Russia by Kyiv. Since 2022,"
            " altogether 1,640 persons have been brought back.",
            ("UKR", "RUS"),
        ),
    ],
)
def test_news_a_sum_of_no_side_carries_on_the_way_the_texts_returns_went(
    news: Callable[..., Any], text: str, way: tuple[str, str]
) -> None:
    """ "Since 2022, 2,410 people have been returned", told after homecomings to one side
    only, is that side's running total."""
    (tally,) = news(text).tallies
    assert (tally.sender.code, tally.receiver.code) == way


@pytest.mark.parametrize(
    ("text", "receiver", "kind", "as_of"),
    [
        (
            "By the monitors' reckoning Kyiv had recovered roughly 2,400 bodies as of last "
            "Friday, far short of what was promised.",
            "UKR",
            "remains",
            Period.day(date(2025, 11, 14)),
        ),
        (
            "As of the end of September, Kyiv's registry counted 1,180 children "
            "brought back, including some found by relatives.",
            "UKR",
            "children",
            Period.day(date(2025, 9, 30)),
        ),
        (
            "As of Tuesday, Moscow had already got back 640 of its soldiers, its envoy said.",
            "RUS",
            "prisoners_of_war",
            Period.day(date(2025, 11, 18)),
        ),
    ],
)
def test_news_a_figure_standing_as_of_a_date_is_a_tally_as_of_it(
    news: Callable[..., Any], text: str, receiver: str, kind: str, as_of: Period
) -> None:
    # a perfect or a count "as of" a date sums every handover up to it, not one day's
    read = news(text, published=date(2025, 11, 20))
    assert read.exchanges == []
    (tally,) = read.tallies
    assert (tally.receiver.code, tally.category.value, tally.as_of) == (receiver, kind, as_of)


@_GENERATED
@given(
    st.integers(min_value=150, max_value=9_000),
    st.sampled_from(
        [
            "As of Sunday, Ukraine had brought home {n} of its soldiers, the staff said.",
            "Russia had handed back {n} bodies to Kyiv as of last month, by our count.",
            "As of the start of June, the state programme counted {n} Ukrainian children returned.",
            "{n} children had been brought back to Ukraine as of early September, it said.",
            "As of Monday, {n} civilians have been returned to Ukraine, officials said.",
            "{n} bodies had already been repatriated to Ukraine as of the end of May.",
        ]
    ),
)
def test_news_a_total_as_of_a_date_is_never_one_handover(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    # a standing count is no exchange on the day it is told as of
    transfers, tallies = receipts(template.format(n=f"{amount:,}"))
    assert all(count != f"{amount:,}" for _, _, count in transfers)
    assert any(count == f"{amount:,}" for _, _, count in tallies)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Altogether, since the war began, 212 children have been reunited with relatives'
            ' in Ukraine through our office, and 41 children have been returned to Russia," the'
            " commissioner wrote.",
            {("UKR", "children", "212"), ("RUS", "children", "41")},
        ),
        (
            "So far 2,100 bodies have been repatriated to Ukraine, and 400 bodies have been"
            " returned to Russia.",
            {("UKR", "remains", "2,100"), ("RUS", "remains", "400")},
        ),
    ],
)
def test_news_a_perfect_clause_joined_to_a_total_is_a_total_too(
    receipts: Callable[..., Any], text: str, expected: set[tuple[str, str, str]]
) -> None:
    transfers, tallies = receipts(text)
    assert tallies == expected
    assert transfers == set()


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    total=st.integers(min_value=1_000, max_value=9_000),
    part=st.integers(min_value=20, max_value=900),
    opener=st.sampled_from(["Since 2022,", "So far,", "In total, since the invasion,"]),
    people=st.sampled_from(["children", "civilians", "bodies"]),
)
def test_news_a_dateless_perfect_after_a_total_is_never_one_exchange(
    receipts: Callable[..., Any], total: int, part: int, opener: str, people: str
) -> None:
    """Whatever the figures and people, the joined clause adds up over the same span."""
    text = (
        f"{opener} {total:,} {people} have been returned to Ukraine, and {part} {people} have"
        " been handed back to Russia."
    )
    transfers, tallies = receipts(text)
    assert all(count != f"{part}" for _, _, count in transfers)
    assert ("RUS", f"{part}") in {(receiver, count) for receiver, _, count in tallies}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Besides, 80 Russian citizens who were not soldiers came back from Ukraine, and in"
            " return 39 Ukrainian civilians were handed to Kyiv at different times through a"
            " third country.",
            ("UKR", "civilians", "39"),
        ),
        (
            "The ministry said 120 bodies had been returned to Russia at various times, with Red"
            " Cross help.",
            ("RUS", "remains", "120"),
        ),
        (
            "Kyiv said 57 Ukrainian civilians were handed back on several occasions through"
            " Belarus.",
            ("UKR", "civilians", "57"),
        ),
    ],
)
def test_news_people_moved_on_several_occasions_are_a_total(
    receipts: Callable[..., Any], text: str, expected: tuple[str, str, str]
) -> None:
    transfers, tallies = receipts(text)
    assert expected in tallies
    assert expected not in transfers


@pytest.mark.parametrize(
    ("text", "moved", "summed"),
    [
        # a day of its own keeps the joined clause one exchange
        (
            "Since 2022, 1,250 civilians have come home to Ukraine, and 410 Russian soldiers have"
            " been handed back to Russia on Friday.",
            {("RUS", "prisoners_of_war", "410")},
            {("UKR", "civilians", "1,250")},
        ),
        # one day and no word of several occasions: one exchange
        (
            "On Friday 57 Ukrainian civilians were handed back through Belarus, the ombudsman"
            " said.",
            {("UKR", "civilians", "57")},
            set(),
        ),
    ],
)
def test_news_people_moved_on_one_day_stay_one_exchange(
    receipts: Callable[..., Any],
    text: str,
    moved: set[tuple[str, str, str]],
    summed: set[tuple[str, str, str]],
) -> None:
    transfers, tallies = receipts(text)
    assert transfers == moved
    assert tallies == summed


@pytest.mark.parametrize(
    ("text", "tallied"),
    [
        (
            "Nationally, 2,870 soldiers have come home from Russian captivity, the ombudsman said.",
            True,
        ),
        ("Nationally, Kyiv's ombudsman says 1,950 Ukrainians have returned from captivity.", True),
        (
            "Nationally, Ukraine's ombudsman says 95 Ukrainians returned from captivity on Friday.",
            False,
        ),
    ],
)
def test_news_a_nationwide_perfect_is_a_running_total(
    news: Callable[..., Any], text: str, tallied: bool
) -> None:
    """ "Nationally," with a perfect sums every exchange; a dated simple past is one swap."""
    result = news(text)
    assert bool(result.tallies) is tallied
    assert bool(result.exchanges) is not tallied


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        # a clause on the dead before a semicolon gives the bare figure after it its kind
        (
            "The recovery of the fallen's remains went on out of view; about 1,400 were"
            " repatriated in 2022, the reintegration ministry estimated.",
            ("UKR", "remains", "around 1,400 [1,260, 1,540]"),
        ),
        (
            "Handovers of bodies carried on with little notice; 2,150 were returned in 2023,"
            " Kyiv's Ministry for Reintegration said.",
            ("UKR", "remains", "2,150"),
        ),
        # a phrase with "with" before the semicolon is no link to the figure after it
        (
            "Work on the bodies of the dead continued with less attention; some 2,600 bodies"
            " were repatriated in 2024, the ministry for reintegration said.",
            ("UKR", "remains", "around 2,600 [2,340, 2,860]"),
        ),
        # "a figure for <people> <moved>", its value given after a link
        (
            "Moscow's negotiators offer a larger figure for the remains sent back to Ukraine,"
            " saying it is above 9,000.",
            ("UKR", "remains", "more than 9,000"),
        ),
        (
            "Kyiv's ombudsman gave his own figure for the civilians brought back from Russia"
            " this year, saying it was 212.",
            ("UKR", "civilians", "212"),
        ),
        (
            "The figure for children returned to Ukraine since 2022 is 1,400, the presidential"
            " office says.",
            ("UKR", "children", "1,400"),
        ),
        # a verb of reaching right after the relative clause of return links the figure
        (
            "Over 2024, the number of Ukrainians who came home topped 1,300, the ombudsman said.",
            ("UKR", "other", "more than 1,300"),
        ),
        (
            "The number of soldiers who returned from captivity passed 4,000 in May, Kyiv said.",
            ("UKR", "prisoners_of_war", "more than 4,000"),
        ),
    ],
)
def test_news_a_running_total_in_its_form_is_one_tally(
    receipts: Callable[..., Any], text: str, tally: tuple[str, str, str]
) -> None:
    transfers, tallies = receipts(text)
    assert tallies == {tally}
    assert transfers == set()


def test_news_a_bare_figure_after_a_clause_on_prisoners_keeps_no_bodies(
    receipts: Callable[..., Any],
) -> None:
    # the clause before names captives as well: the figure is not of the dead
    _, tallies = receipts(
        "Talks on bodies and prisoners stalled; 300 were freed in 2023, Kyiv's ministry said."
    )
    assert all(kind != "remains" for _, kind, _ in tallies)


@pytest.mark.parametrize(
    "text",
    [
        # people taken away or held are not people returned
        "The figure for children deported to Russia is 19,546, Kyiv says.",
        "Kyiv gave a figure for the soldiers still held in Russia, saying it was 8,000.",
    ],
)
def test_news_a_figure_for_people_not_moved_home_is_no_tally(
    receipts: Callable[..., Any], text: str
) -> None:
    transfers, tallies = receipts(text)
    assert tallies == set()
    assert transfers == set()


def test_news_a_sides_figure_for_the_other_sides_bodies_is_their_tally(
    receipts: Callable[..., Any],
) -> None:
    # Moscow's total of what Kyiv got is a tally of Kyiv's, and the next handover keeps its way
    transfers, tallies = receipts(
        "Since 2022 Ukraine has taken back more than 6,200 of its dead, Ukrainian officials say."
        " Moscow's officials give a larger figure for the remains sent to Ukraine, saying it"
        " is above 9,000. The last handover, on March 3, brought back 500 bodies."
    )
    assert ("UKR", "remains", "more than 9,000") in tallies
    assert transfers == {("UKR", "remains", "500")}


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        # a vague "several hundred" or "a few hundred" right after the verb, its noun left
        # to the dead the sentence named before
        (
            "Since 2022, Kyiv said, Ukraine has taken back the bodies of over 4,000 of its"
            " soldiers, while Russia has received several hundred.",
            ("RUS", "remains", "hundreds (200–999)"),
        ),
        (
            "Moscow handed over close to 7,000 sets of remains this summer, and Kyiv returned"
            " a few hundred, both sides said.",
            ("RUS", "remains", "hundreds (200–999)"),
        ),
    ],
)
def test_news_a_vague_hundreds_after_the_verb_counts_the_bodies_told_before(
    receipts: Callable[..., Any], text: str, tally: tuple[str, str, str]
) -> None:
    transfers, tallies = receipts(text)
    assert tally in tallies | transfers
    assert all(kind == "remains" for _, kind, _ in tallies | transfers)


def test_news_a_vague_hundreds_of_things_sent_is_no_figure(receipts: Callable[..., Any]) -> None:
    assert receipts("Kyiv sent several hundred letters to the families of the dead.") == (
        set(),
        set(),
    )


@_GENERATED
@given(
    got=st.integers(min_value=2, max_value=900),
    gave=st.integers(min_value=2, max_value=900),
    year=st.sampled_from(["This year", "Last year"]),
    pronoun=st.sampled_from(["we", "she"]),
)
def test_news_and_a_pronoun_carry_the_opening_year_to_the_next_figure(
    receipts: Callable[..., Any], got: int, gave: int, year: str, pronoun: str
) -> None:
    # "This year we brought home 41 civilians, ..., and we handed over 36": the same
    # speaker goes on under the opening year, so both figures sum that year
    verb = "managed to bring home" if pronoun == "we" else "brought home"
    text = (
        f'"{year} {pronoun} {verb} {got} civilians, most of them residents of the Kursk '
        f"region, and {pronoun} handed over {gave} Ukrainian civilians,\" said Russia's "
        "human rights commissioner Tatyana Moskalkova."
    )
    transfers, tallies = receipts(text)
    assert ("UKR", "civilians", str(gave)) in tallies
    assert all(count != str(gave) for _, _, count in transfers)


def test_news_a_day_after_the_and_keeps_the_handover_its_own(receipts: Callable[..., Any]) -> None:
    # a date of its own in the joined clause dates one handover, not the year
    text = (
        '"This year we brought home 41 civilians, and on Friday we handed over 36 Ukrainian '
        "civilians,\" said Russia's human rights commissioner Tatyana Moskalkova."
    )
    transfers, tallies = receipts(text)
    assert ("UKR", "civilians", "36") in transfers
    assert ("UKR", "civilians", "36") not in tallies


@_GENERATED
@given(st.integers(min_value=20, max_value=900))
def test_news_a_plain_past_passive_as_of_a_date_stays_a_handover(
    receipts: Callable[..., Any], amount: int
) -> None:
    # no perfect: "were returned ... as of Monday" may be that day's handover
    transfers, _ = receipts(f"{amount:,} children were returned to Ukraine as of Monday.")
    assert any(count == f"{amount:,}" for _, _, count in transfers)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    whole=st.integers(min_value=5_000, max_value=40_000),
    part=st.integers(min_value=10, max_value=999),
    teller=st.sampled_from(["Kyiv", "He", "The ombudsman", "Ukraine's commissioner"]),
    people=st.sampled_from(
        [
            ("Ukrainian children", "children"),
            ("Ukrainian civilians", "civilians"),
            ("children", "children"),
        ]
    ),
    verb=st.sampled_from(["deported", "held in Russia", "taken to Russia"]),
    aside=st.sampled_from(["", "he said ", "she said "]),
)
def test_news_a_part_of_a_whole_put_at_a_bare_figure_takes_its_people(
    receipts: Callable[..., Any],
    whole: int,
    part: int,
    teller: str,
    people: tuple[str, str],
    verb: str,
    aside: str,
) -> None:
    """ "put the number of children deported at 20,000, of whom 400 had returned": children."""
    text = (
        f"{teller} put the number of {people[0]} {verb} at almost {whole:,}, of whom "
        f"{aside}{part} had so far been brought back."
    )
    _, tallies = receipts(text)
    assert all(kind == people[1] for _, kind, _ in tallies)
    if people[0].startswith("Ukrainian"):
        assert ("UKR", people[1], str(part)) in tallies


@pytest.mark.parametrize(
    "text",
    [
        # people of no kind and no side: the part's kind cannot be told
        "He put the number of people deported at almost 20,000, of whom fewer than 400 had"
        " so far been brought back.",
    ],
)
def test_news_a_part_of_a_whole_of_no_kind_stays_unread(
    receipts: Callable[..., Any], text: str
) -> None:
    _, tallies = receipts(text)
    assert tallies == set()


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["children", "civilians", "soldiers"]),
    st.sampled_from(["a series of", "a string of", "an occasional run of"]),
)
def test_news_the_latest_in_a_series_ranks_one_handover(
    receipts: Callable[..., Any], amount: int, people: str, series: str
) -> None:
    # "three children had been reunited ..., the latest in a series of deals": the aside
    # ranks the handover itself, so it stays one transfer, not a running total
    sentence = (
        f"Qatar said on Wednesday that {amount} Russian {people} had been handed over to"
        f" Russia, the latest in {series} small deals the Gulf state has handled."
    )
    transfers, tallies = receipts(sentence)
    assert all(count != str(amount) for _, _, count in tallies)
    assert [count for _, _, count in transfers] == [str(amount)]


def test_news_the_latest_in_a_month_still_ends_a_running_total(
    receipts: Callable[..., Any],
) -> None:
    _, tallies = receipts("Kyiv said 3,870 people have been brought home, the latest in March.")
    assert [count for _, _, count in tallies] == ["3,870"]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=60),
    st.sampled_from(["October 2023", "March 2024", "June 2023"]),
    st.sampled_from(["children", "civilians"]),
)
def test_news_a_when_clause_on_a_spans_start_is_that_days_handover(
    receipts: Callable[..., Any], amount: int, month: str, people: str
) -> None:
    # "since it began mediating in October 2023, when four children were returned": the
    # "when" clause tells the first handover, not the running total the span opens
    sentence = (
        "Qatar says it has helped reunite more than 100 children since it began mediating"
        f" in {month}, when {amount} Ukrainian {people} were returned."
    )
    transfers, tallies = receipts(sentence)
    assert all(count != str(amount) for _, _, count in tallies)
    assert [count for _, _, count in transfers] == [str(amount)]


def test_news_a_closed_when_clause_keeps_the_span_of_the_figure_after_it(
    receipts: Callable[..., Any],
) -> None:
    _, tallies = receipts("Since 2022, when the war began, 4,000 Ukrainians have come home.")
    assert [count for _, _, count in tallies] == ["4,000"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=60),
    st.sampled_from(["Qatar", "Doha", "The Vatican", "South Africa"]),
    st.sampled_from(["latest", "last", "newest"]),
    st.sampled_from(["series", "string", "run"]),
    st.sampled_from([",", " \u2014"]),
)
def test_news_a_helpers_perfect_ranked_in_a_series_is_one_handover(
    receipts: Callable[..., Any], n: int, helper: str, rank: str, series: str, mark: str
) -> None:
    """ "helped reunite N children ..., the latest in a series of returns": one of many."""
    transfers, tallies = receipts(
        f"{helper} said that it had helped reunite {n} Ukrainian children with their "
        f"families{mark} the {rank} in a {series} of small returns it has mediated."
    )
    assert tallies == set()
    assert transfers == {("UKR", "children", str(n))}


def test_news_a_helpers_perfect_with_a_latest_of_no_series_stays_a_tally(
    receipts: Callable[..., Any],
) -> None:
    # "the latest in March" dates the newest part of a running total: no series ranks it
    transfers, tallies = receipts(
        "Qatar says it has helped reunite 84 Ukrainian children with their families, "
        "the latest in March."
    )
    assert tallies == {("UKR", "children", "84")}
    assert transfers == set()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    side=st.sampled_from([("Ukraine", "UKR"), ("Russia", "RUS")]),
    soldiers=st.integers(min_value=1_000, max_value=9_000),
    civilians=st.integers(min_value=100, max_value=900),
    verb=st.sampled_from(["have returned", "have come back", "have returned home"]),
)
def test_news_a_later_part_of_a_total_goes_the_way_its_whole_went(
    news: Callable[..., Any], side: tuple[str, str], soldiers: int, civilians: int, verb: str
) -> None:
    # Regression: "..., of whom 6,000 were servicemen and 382 civilians" sent the 382 the
    # other way, as if the speaker's side had handed them over.
    name, code = side
    whole = soldiers + civilians
    text = (
        f"{name} says {whole:,} people {verb} since 2022, of whom {soldiers:,} were "
        f"servicemen and {civilians:,} civilians."
    )
    tallies = news(text).tallies
    assert tallies
    assert {t.receiver.code for t in tallies if t.receiver is not None} == {code}
