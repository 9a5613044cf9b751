"""Figures that look like one handover or a toll but are not: told totals, moved bodies.

A pluperfect of return told "in January" or "earlier this year" is a running total, while
a day's telling or an exchange in the clause keeps it one handover; the dead whose
bodies a handover moved are no side's toll; men "captured" by the figure's own noun
group are no share of the losses the clause tells.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "Moscow's children's commissioner said earlier this year that roughly 40 children"
            " had been sent back to Ukraine through her office.",
            ("UKR", "children", "around 40 [36, 44]"),
        ),
        (
            "No running count comes from Kyiv, though its ombudsman said in March that more"
            " than 900 Ukrainian civilians had been brought home.",
            ("UKR", "civilians", "more than 900"),
        ),
        (
            "The Russian commissioner told deputies last month that some 650 Russian soldiers"
            " had been freed from Ukrainian captivity, a figure Kyiv did not confirm.",
            ("RUS", "prisoners_of_war", "around 650 [585, 715]"),
        ),
        (
            "The ombudswoman said in October that 1,800 Russians, troops and civilians alike,"
            " had been returned from Ukraine in 2025.",
            ("RUS", "other", "1,800"),
        ),
        # "over (in) the course of the year" is the year's span, as "over the year" is
        (
            "Kyiv says over 2,000 fallen servicemen were brought back over the course of the"
            " year, and Moscow says it got a few hundred.",
            ("UKR", "remains", "more than 2,000"),
        ),
        (
            "Around 640 captured soldiers came home to Ukraine in the course of the year,"
            " officials said.",
            ("UKR", "prisoners_of_war", "around 640 [576, 704]"),
        ),
    ],
)
def test_news_a_return_told_in_a_month_or_over_a_year_is_a_running_total(
    receipts: Callable[..., Any], text: str, tally: tuple[str, str, str]
) -> None:
    transfers, tallies = receipts(text)
    assert tally in tallies
    assert not {count for _, _, count in transfers} & {tally[2]}


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Tuesday that 140 Ukrainian soldiers had been returned in the swap.",
        "The ombudsman said in May that 310 soldiers had been returned on 14 May, when both"
        " sides released 310.",
    ],
)
def test_news_a_pluperfect_told_on_a_day_or_of_one_swap_stays_a_handover(
    receipts: Callable[..., Any], text: str
) -> None:
    transfers, tallies = receipts(text)
    assert transfers
    assert not tallies


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=20, max_value=3_000),
    st.sampled_from(["bodies", "remains"]),
    st.sampled_from(["killed in the fighting", "killed near Bakhmut", "killed in action"]),
    st.sampled_from(["were handed over to Ukraine", "were repatriated to Ukraine"]),
)
def test_news_the_dead_whose_bodies_are_moved_are_no_toll(
    news: Callable[..., Any], amount: int, noun: str, death: str, moved: str
) -> None:
    # the participle of dying is the bodies' own history, not a side's count of its dead
    result = news(f"The {noun} of {amount:,} Ukrainian soldiers {death} {moved} on Friday.")
    assert not result.claims


def test_news_a_toll_beside_moved_bodies_is_still_read(
    news: Callable[..., Any], found: Callable[..., Any]
) -> None:
    result = news(
        "The remains of 61 soldiers killed near Kupiansk were repatriated this week, while"
        " Moscow said 3,400 Ukrainian soldiers had been killed there in a month."
    )
    assert found(result) == {("UKR", "killed", Count.exact(3400))}


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Russian losses near Pokrovsk keep climbing as Ukraine parades 12 captured Russian"
            " conscripts on television",
            set(),
        ),
        (
            "North Korean casualties grow while Kyiv questions three captured soldiers",
            set(),
        ),
        (
            "Russian losses in the region rose to 400 as Kyiv showed nine captured conscripts.",
            {("RUS", "total_losses", Count.exact(400))},
        ),
    ],
)
def test_news_captured_men_shown_beside_losses_are_no_toll(
    news: Callable[..., Any],
    found: Callable[..., Any],
    text: str,
    claims: set[tuple[str, str, Count]],
) -> None:
    # "captured" inside the figure's own noun group: the men shown, not the losses told
    assert found(news(text)) == claims


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv frees 64 women in a rare prisoner swap",
        "Russia hands back 31 women in prisoner exchange brokered by Turkey",
        "The prisoner swap on Friday returned 52 women to Ukraine, officials said.",
    ],
)
def test_news_women_in_a_prisoner_swap_are_of_no_one_kind(
    receipts: Callable[..., Any], text: str
) -> None:
    # servicewomen and civilians alike: "women" names no kind of captive
    transfers, _ = receipts(text)
    assert transfers
    assert {kind for _, kind, _ in transfers} == {"other"}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "The swap brought home 230 Ukrainians, among them marines and three civilians.",
            {("UKR", "other", "230")},
            "3",
        ),
        (
            "Kyiv got back 140 people on Tuesday, including border guards, medics and four"
            " civilians, the ombudsman said.",
            {("UKR", "other", "140")},
            "4",
        ),
        (
            "Zelensky said 175 Ukrainians had come home, a group that included pilots, sailors"
            " and two civilians held since 2022.",
            {("UKR", "other", "175")},
            "2",
        ),
    ],
)
def test_news_a_counted_item_among_uncounted_parts_is_no_handover(
    receipts: Callable[..., Any], text: str, kept: set[tuple[str, str, str]], dropped: str
) -> None:
    # the list says who was in the group; only a full breakdown gives each part its own leg
    transfers, _ = receipts(text)
    assert kept <= transfers
    assert dropped not in {count for _, _, count in transfers}


def test_news_a_full_breakdown_after_including_still_gives_each_part(
    receipts: Callable[..., Any],
) -> None:
    transfers, _ = receipts(
        "Kyiv got back 140 people on Tuesday, including 115 soldiers and 25 civilians.",
        breakdowns="both",
    )
    assert {("UKR", "prisoners_of_war", "115"), ("UKR", "civilians", "25")} <= transfers


def test_news_so_far_with_no_ranked_exchange_still_sums(receipts: Callable[..., Any]) -> None:
    _, tallies = receipts("Ukraine has brought home 5,100 prisoners so far, officials said.")
    assert ("UKR", "prisoners_of_war", "5,100") in tallies


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        # "so far" after a ranked exchange ranks that one exchange
        (
            "In the biggest handover so far, 390 soldiers were returned to Ukraine on Friday.",
            ("UKR", "prisoners_of_war", "390"),
        ),
        (
            "In the most closely watched swap of the war so far, Kyiv got back 144 people,"
            " while Moscow received 60 of its troops.",
            ("UKR", "other", "144"),
        ),
        # an aside on the speaker's record tells of the speaker, not of the figure's exchanges
        (
            "Kostenko, who has taken part in several exchanges, said Kyiv had got back 57 of"
            " its soldiers in return.",
            ("UKR", "prisoners_of_war", "57"),
        ),
        (
            "The negotiator, who has overseen previous handovers, said Russia had received the"
            " bodies of 36 of its servicemen on Friday.",
            ("RUS", "remains", "36"),
        ),
        # a set-off sum equal to the parts just told is that handover's whole
        (
            "The ministry said 90 marines and 10 medics had been freed, 100 Ukrainians in total.",
            ("UKR", "other", "100"),
        ),
        (
            "Officials in Kyiv said 61 soldiers and 4 civilians had come home on Sunday, 65"
            " Ukrainians in all.",
            ("UKR", "other", "65"),
        ),
    ],
)
def test_news_one_handover_with_a_look_back_or_a_sum_is_no_running_total(
    receipts: Callable[..., Any], text: str, moved: tuple[str, str, str]
) -> None:
    transfers, tallies = receipts(text)
    assert moved in transfers
    assert not tallies


def test_news_a_set_off_sum_larger_than_its_parts_still_runs(receipts: Callable[..., Any]) -> None:
    _, tallies = receipts(
        "The ministry said 90 marines and 10 medics had been freed, 5,100 Ukrainians in all"
        " since 2022."
    )
    assert ("UKR", "other", "5,100") in tallies


@pytest.mark.parametrize(
    "aside",
    [
        "whose parents had been looking for them since 2022",
        "whose relatives had searched for them since the spring",
    ],
)
def test_news_a_since_in_a_whose_clause_set_off_by_commas_is_no_running_total(
    news: Callable[..., Any], aside: str
) -> None:
    # Regression: the span of the relative clause made the group a running total once a
    # named side had spoken in the sentence before.
    text = (
        "Five teenagers crossed back into Ukraine on Monday, the presidential office said. "
        f"An earlier group, three children {aside}, came home in mid-September."
    )
    read = news(text)
    assert not read.tallies
    assert "3" in {str(t.count) for e in read.exchanges for t in e.transfers}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    who=st.sampled_from(
        ["The Russian lawmaker", "Ukraine's ombudsman", "A Kremlin official", "The headquarters"]
    ),
    owner=st.sampled_from(["his", "her", "its", "Moscow's", "Kyiv's", "his own"]),
    amount=st.integers(min_value=20, max_value=20_000),
    what=st.sampled_from(["the figure for the year", "the number", "the figure"]),
)
def test_news_a_figure_on_someones_count_is_no_running_total(
    news: Callable[..., Any], who: str, owner: str, amount: int, what: str
) -> None:
    """ "said the figure for the year on his count was 9,100": whose reckoning, naming no
    people and no way, is no total of anyone's returns."""
    read = news(f"{who} said {what} on {owner} count was {amount:,}.")
    assert not read.tallies


def test_news_a_total_a_handover_brings_on_is_still_read(news: Callable[..., Any]) -> None:
    read = news("Ukraine got back 150 soldiers on Friday, bringing the total so far to 4,000.")
    assert {str(t.count) for t in read.tallies} == {"4,000"}
