"""Running totals of both directions together become two-way tallies, never one-way figures.

A mediator's "captives freed from both sides" counts the people who went either way: the
tally's receiver is the joint party of the two sides and it names no sender.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

SWAP = "Ukraine and Russia each freed 84 prisoners on Monday. "


@pytest.mark.parametrize(
    ("sentence", "kind", "figure"),
    [
        (
            "Qatar said its mediation had now secured the release of more than 1,900 captives"
            " from both sides in about ten exchanges.",
            "other",
            "more than 1,900",
        ),
        (
            "The Turkish ministry said it had so far helped free 1,250 prisoners on both sides.",
            "prisoners_of_war",
            "1,250",
        ),
        (
            "Since 2023, the good offices of the Vatican have brought home 640 captives from"
            " the two sides, its envoy said.",
            "other",
            "640",
        ),
        (
            "In all, the mediator said, 1,512 captives have now been exchanged, counting both"
            " sides.",
            "other",
            "1,512",
        ),
        (
            "Including Monday's swap, Kazakhstan's diplomats have now helped release 3,050"
            " people from both sides since 2022.",
            "other",
            "3,050",
        ),
        # a go-between's "number of captives freed" names no side: they went either way
        (
            "With Monday's release, the number of captives set free through Turkish mediation"
            " has climbed to 1,410, Ankara said.",
            "other",
            "1,410",
        ),
        (
            "The Saudi foreign ministry said that, thanks to its good offices, the total number"
            " of prisoners released since 2023 had grown to 2,260.",
            "prisoners_of_war",
            "2,260",
        ),
        (
            "Qatar, which brokered the deal, said the number of captives freed with its help"
            " now stood at 930.",
            "other",
            "930",
        ),
        (
            "The number of captives released in swaps mediated by the Emirates has reached"
            " 3,880, the ministry in Abu Dhabi said.",
            "other",
            "3,880",
        ),
        # a possessive acronym is still the mediator; "moved through" its channels is a swap
        (
            "The UAE's foreign ministry said this was the 20th swap it had brokered, and put"
            " the overall number of people moved through its good offices at 3,115.",
            "other",
            "3,115",
        ),
        (
            "The Qatari foreign ministry noted it was the ninth time its envoys had secured a"
            " swap and put the total number of people passed through those channels at 1,208.",
            "other",
            "1,208",
        ),
        (
            "The UAE's foreign ministry said it was its 11th mediation of the year and put the"
            " number of people exchanged via its channels since the war began at 4,020.",
            "other",
            "4,020",
        ),
        # a go-between's perfect with no day, or its "so far" with no side named, adds up
        # every swap it brokered
        (
            "Qatar says that, together, its envoys have freed 1,640 captives from both sides.",
            "other",
            "1,640",
        ),
        (
            "The Vatican, which has brokered several of the swaps, says its diplomats alone"
            " have released 730 captives on both sides.",
            "other",
            "730",
        ),
        (
            "Qatar said its mediation had now brought home 950 captives in total, without"
            " saying how many went each way.",
            "other",
            "950",
        ),
        (
            "The Saudi ministry said its good offices had so far led to the release of more"
            " than 1,100 captives, not broken down by side.",
            "other",
            "more than 1,100",
        ),
        # the perfect of the verb that brings the release about, before "the"
        (
            "Doha says its envoys have brought about the release of 1,730 people on both sides.",
            "other",
            "1,730",
        ),
        (
            "The Vatican says its diplomacy has helped secure the release of 615 captives"
            " from both sides.",
            "other",
            "615",
        ),
        # a copula with "now" before the figure
        (
            "Riyadh adds that the total number of prisoners freed with its help is already 2,905.",
            "prisoners_of_war",
            "2,905",
        ),
        # the go-between's own work, in the perfect, as the subject: every swap it brokered
        (
            "Once the group had crossed, the Emirates said their mediation had led to the"
            " release of 2,930 captives.",
            "other",
            "2,930",
        ),
        (
            "Qatar's efforts have brought about the freeing of 715 captives, its envoy said.",
            "other",
            "715",
        ),
        # people "exchanged between the two sides" in the perfect, counted by a go-between
        (
            "Saudi diplomats say that more than 1,600 people have been exchanged between the"
            " two countries with Riyadh's help since 2023.",
            "other",
            "more than 1,600",
        ),
        (
            "With Ankara's help, about 870 captives have now been swapped between both sides,"
            " the Turkish foreign ministry says.",
            "other",
            "around 870 [783, 957]",
        ),
    ],
)
def test_news_a_total_of_both_sides_is_a_two_way_tally(
    receipts: Callable[..., Any], sentence: str, kind: str, figure: str
) -> None:
    transfers, tallies = receipts(SWAP + sentence)
    assert tallies == {("RUS+UKR", kind, figure)}
    assert transfers == {("UKR", "prisoners_of_war", "84"), ("RUS", "prisoners_of_war", "84")}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The ICRC says it has so far helped the two sides hand over the remains of more"
            " than 2,000 people in total.",
            "more than 2,000",
        ),
        (
            "The Red Cross said it has now helped both parties repatriate the bodies of 1,900"
            " people.",
            "1,900",
        ),
    ],
)
def test_news_a_go_betweens_sum_for_the_two_parties_is_one_two_way_tally(
    receipts: Callable[..., Any], sentence: str, figure: str
) -> None:
    """The parties a go-between helped are its clients: the sum is of both ways together,
    never the whole figure sent each way."""
    transfers, tallies = receipts(SWAP + sentence)
    assert tallies == {("RUS+UKR", "remains", figure)}
    assert all(count != figure for _, _, count in transfers)


def test_news_a_go_betweens_help_to_each_side_stays_per_side(
    receipts: Callable[..., Any],
) -> None:
    transfers, tallies = receipts(
        SWAP + "The Red Cross said it has so far helped the two sides hand over 40 bodies each."
    )
    assert all(side != "RUS+UKR" for side, _, _ in tallies)
    assert ("UKR", "remains", "40") in transfers | tallies


def test_news_a_two_way_tally_keeps_its_mediator_and_number_of_rounds(
    news: Callable[..., Any],
) -> None:
    (tally,) = news(
        SWAP + "Qatar's foreign ministry said its efforts have so far freed 1,250 prisoners on"
        " both sides, in seven rounds."
    ).tallies
    assert tally.two_way
    assert tally.sender is None
    assert tally.claimant.name == "Qatar Ministry of Foreign Affairs"
    assert tally.exchange_count == Count.exact(7)


def test_news_rounds_of_talks_are_no_number_of_exchanges(news: Callable[..., Any]) -> None:
    (tally,) = news(
        SWAP + "Qatar's foreign ministry said it had hosted nine rounds of talks and its"
        " efforts have so far freed 1,250 prisoners on both sides."
    ).tallies
    assert tally.exchange_count is None


def test_news_one_swap_of_both_sides_is_no_tally(receipts: Callable[..., Any]) -> None:
    # the people of one swap counted together: not a running total, and no one direction
    transfers, tallies = receipts(SWAP + "The swap freed 168 captives from both sides.")
    assert tallies == set()
    assert all(count != "168" for _, _, count in transfers)


@pytest.mark.parametrize(
    "sentence",
    [
        # one swap's people, named by its subject or by "in all" with no "so far"
        "Kazakhstan's ministry said the deal had freed 410 captives from both sides.",
        "The Qatari ministry said 410 captives in all had been exchanged, and that it was its"
        " fifth mediation.",
        # the sides as subject: per side or in all is not said
        "Moscow and Kyiv have freed 410 captives on both sides, Qatar said.",
        # a day names one swap
        "Qatar said on Friday that its mediation has freed 410 captives on both sides in the"
        " swap on Friday.",
        # the release the swap itself secured, or one told of a day
        "Qatar said the exchange has secured the release of 410 captives from both sides.",
        "Qatar said that on Friday its envoys had secured the release of 410 captives on"
        " both sides.",
        # a mediator's work told of a day, or people swapped between the sides that day
        "The Emirates said their mediation on Friday had led to the release of 410 captives.",
        "Turkish diplomats say 410 people have been exchanged between the two countries on"
        " Friday with Ankara's help.",
        "Turkish diplomats say 410 people were exchanged between the two countries with"
        " Ankara's help.",
    ],
)
def test_news_a_mediators_count_of_one_swap_is_no_two_way_tally(
    receipts: Callable[..., Any], sentence: str
) -> None:
    _, tallies = receipts(SWAP + sentence)
    assert all(count != "410" for _, _, count in tallies)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=200, max_value=9000),
    st.sampled_from(
        [
            "Its mediation has now freed {n} captives from both sides, the ministry said.",
            "Qatar says its envoys alone have freed {n} captives on both sides.",
            "The Vatican said its efforts had so far led to the release of {n} captives.",
            "In all, the swaps it brokered have freed {n} prisoners on both sides.",
            "The envoy said {n} people had so far come home in both directions.",
            "In 12 rounds, {n} captives have now been exchanged, counting both sides.",
            "Its efforts have so far freed {n} people from the two sides, the envoy said.",
            "The UAE's ministry put the number of people moved through its channels at {n}.",
            "The Emirates said their mediation had led to the release of {n} captives.",
            "Turkish officials say {n} people have been exchanged between the two countries"
            " with Ankara's help since 2022.",
        ]
    ),
)
def test_news_a_two_way_total_never_becomes_a_one_direction_figure(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    transfers, tallies = receipts(SWAP + template.format(n=f"{amount:,}"))
    figure = f"{amount:,}"
    assert all(count != figure for _, _, count in transfers)
    assert {receiver for receiver, _, count in tallies if count == figure} == {"RUS+UKR"}


@pytest.mark.parametrize(
    ("sentence", "receiver", "kind", "figure"),
    [
        (
            "The number of Ukrainian captives freed through Turkish mediation has climbed to"
            " 1,410, Ankara said.",
            "UKR",
            "other",
            "1,410",
        ),
        (
            "The Red Cross said the number of bodies repatriated to Ukraine with its help had"
            " grown to 2,000.",
            "UKR",
            "remains",
            "2,000",
        ),
    ],
)
def test_news_a_mediators_count_of_one_sides_people_stays_one_way(
    receipts: Callable[..., Any], sentence: str, receiver: str, kind: str, figure: str
) -> None:
    _, tallies = receipts(SWAP + sentence)
    assert tallies == {(receiver, kind, figure)}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=200, max_value=9000),
    st.sampled_from(["Turkish", "Qatari", "Emirati", "Saudi"]),
    st.sampled_from(
        [
            "The number of captives freed through {m} mediation has grown to {n}.",
            "The {m} ministry said the total number of captives released with its help had"
            " risen to {n}.",
            "Thanks to {m} mediation, the number of prisoners freed since 2023 now stands at {n}.",
        ]
    ),
)
def test_news_a_mediators_total_is_never_one_swap_or_one_side(
    receipts: Callable[..., Any], amount: int, mediator: str, template: str
) -> None:
    figure = f"{amount:,}"
    transfers, tallies = receipts(SWAP + template.format(m=mediator, n=figure))
    assert all(count != figure for _, _, count in transfers)
    assert {receiver for receiver, _, count in tallies if count == figure} == {"RUS+UKR"}


# the sentence before tells each side's receipts, the last with "it had received"
ONE_WAY_RECEIPTS = [
    "Kyiv said 210 Ukrainians had come home on Saturday, while Russia's defence ministry said"
    " it had received 210 servicemen. ",
    "Moscow said on Saturday it had got back 95 soldiers, and Kyiv said 95 of its own had"
    " returned. ",
]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=1200, max_value=9000),
    st.sampled_from(ONE_WAY_RECEIPTS),
    st.sampled_from(
        [
            "The UAE, which mediated, said it raised to {n} the number of captives freed"
            " through its efforts since the start of the war.",
            "Qatar, which brokered the deal, said it took to {n} the number of prisoners"
            " released through its mediation since 2022.",
            "The Emirati ministry said it had brought to {n} the number of captives freed with"
            " its help.",
        ]
    ),
)
def test_news_a_mediators_total_raised_by_it_is_two_way_only_and_dated_by_the_swap(
    news: Callable[..., Any], amount: int, before: str, template: str
) -> None:
    # "it" carried over from the sentence before does not make the total one side's
    figure = f"{amount:,}"
    tallies = [
        t for t in news(before + template.format(n=figure)).tallies if str(t.count) == figure
    ]
    assert [t.receiver.code for t in tallies] == ["RUS+UKR"]
    assert str(tallies[0].as_of) == "2025-10-18"  # the day of the swap that raised it


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=20, max_value=900),
    st.sampled_from(["Qatar", "The Vatican", "Turkey"]),
    st.sampled_from(["children", "people", "civilians"]),
    st.sampled_from(["their families", "relatives", "their parents"]),
)
def test_news_people_reunited_with_families_on_both_sides_are_one_two_way_total(
    receipts: Callable[..., Any], amount: int, mediator: str, people: str, kin: str
) -> None:
    # "helped reunite more than 70 children with their families on both sides": the
    # "with" phrase ends on both sides, so the total counts either way at once
    sentence = (
        f"{mediator} says it has now helped reunite more than {amount:,} {people} with"
        f" {kin} on both sides since it began mediating in 2023."
    )
    _, tallies = receipts(sentence)
    figure = f"more than {amount:,}"
    assert [receiver for receiver, _, count in tallies if count == figure] == ["RUS+UKR"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "on both sides" that is not the close of the "with" phrase leaves one side's total
        "Ukraine says it has now brought back 388 children, with talks going on on both sides.",
    ],
)
def test_news_a_later_both_sides_is_not_a_two_way_families_phrase(
    receipts: Callable[..., Any], sentence: str
) -> None:
    _, tallies = receipts(sentence)
    assert all(receiver != "RUS+UKR" for receiver, _, _ in tallies)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=1_000, max_value=9_000),
    st.integers(min_value=2, max_value=99),
    st.sampled_from(["days", "weeks", "months"]),
    st.sampled_from(["Over", "During", "In"]),
    st.sampled_from([("Russia", "Ukraine"), ("Ukraine", "Russia")]),
)
def test_news_bodies_moved_over_the_same_weeks_are_a_two_way_total(
    receipts: Callable[..., Any],
    given_: int,
    back: int,
    unit: str,
    opener: str,
    sides: tuple[str, str],
) -> None:
    """ "Over the same weeks X handed over N bodies, for which Y returned M": sums each way."""
    giver, taker = sides
    codes = {"Russia": "RUS", "Ukraine": "UKR"}
    transfers, tallies = receipts(
        f"The exchanges ran in stages from June 9. {opener} the same {unit} {giver} also "
        f"handed over {given_:,} bodies, for which {taker} returned {back}."
    )
    assert transfers == set()
    assert tallies == {
        (codes[taker], "remains", f"{given_:,}"),
        (codes[giver], "remains", str(back)),
    }


def test_news_at_the_same_time_or_a_single_day_stays_one_handover(
    receipts: Callable[..., Any],
) -> None:
    # "at the same time" is the moment of the handover told, and "the same day" is one day
    for text in (
        "Russia handed over 1,000 bodies on Thursday. At the same time, Ukraine returned "
        "31 bodies to Russia.",
        "Russia handed over 1,000 bodies on Thursday. On the same day, Ukraine returned "
        "31 bodies to Russia.",
    ):
        transfers, tallies = receipts(text)
        assert tallies == set(), text
        assert ("RUS", "remains", "31") in transfers, text
