"""Figures giving each of several exchanges its own size are swaps, not running totals."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=20, max_value=400), st.integers(min_value=20, max_value=400))
def test_figures_hung_on_plural_exchanges_by_of_are_each_swaps_size(
    receipts: Callable[..., Any], a: int, b: int
) -> None:
    """ "in exchanges of A and B captives apiece": two swaps, neither a tally."""
    text = (
        f"In March and April, in exchanges of {a} and {b} captives apiece, "
        "Ukraine and Russia brought home their soldiers."
    )
    transfers, tallies = receipts(text)
    assert tallies == set()
    assert {("UKR", "other", str(a)), ("UKR", "other", str(b))} <= transfers


def test_a_list_shared_out_by_respectively_is_one_swap_each(receipts: Callable[..., Any]) -> None:
    """ "released 70 and 85 captives each, respectively, in two swaps": no running total."""
    text = (
        "In October and November, the sides released 70 and 85 captives each, "
        "respectively, in two swaps."
    )
    transfers, tallies = receipts(text)
    assert tallies == set()
    assert ("RUS", "other", "85") in transfers


def test_three_months_three_figures_respectively(receipts: Callable[..., Any]) -> None:
    """Three months and three figures paired by "respectively" give three swaps."""
    text = (
        "In May, June and July, Kyiv and Moscow swapped 40, 60 and 80 prisoners "
        "of war each way, respectively."
    )
    transfers, tallies = receipts(text)
    assert tallies == set()
    assert ("UKR", "prisoners_of_war", "80") in transfers


def test_a_count_of_exchanges_still_makes_a_tally(receipts: Callable[..., Any]) -> None:
    """ "3,000 prisoners of war in 50 exchanges" since a date stays a running total."""
    _, tallies = receipts(
        "Since 2022, Ukraine has brought home 3,000 prisoners of war in 50 exchanges."
    )
    assert ("UKR", "prisoners_of_war", "3,000") in tallies


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=1000, max_value=20000),
    st.sampled_from(
        [
            "Russia had handed over {n} bodies of Ukrainian soldiers by March 3, Moscow said.",
            "By the time the handovers were over, {n} bodies had been passed to Ukraine.",
            "Kyiv had taken back {n} bodies by 12 October, its officials said.",
            "Over the past year the bodies of {n} Ukrainian soldiers were returned to Ukraine.",
            "In the last months, {n} bodies of fallen soldiers were brought back to Ukraine.",
        ]
    ),
)
def test_a_count_reached_by_a_day_or_over_a_past_span_is_a_tally(
    receipts: Callable[..., Any], n: int, template: str
) -> None:
    """A pluperfect count "by" a day, or one over "the past year", sums many handovers."""
    figure = f"{n:,}"
    transfers, tallies = receipts(template.format(n=figure))
    assert ("UKR", "remains", figure) in tallies
    assert not any(t[2] == figure for t in transfers)


def test_one_handover_on_a_day_stays_a_transfer(receipts: Callable[..., Any]) -> None:
    """A simple past handover on a named day is one transfer, with no tally."""
    transfers, tallies = receipts("Ukraine received 900 bodies on Friday, officials said.")
    assert tallies == set()
    assert ("UKR", "remains", "900") in transfers


def claims(text: str) -> set[tuple[str, str, str]]:
    """The casualty claims read in ``text``, each as (subject, category, count)."""
    return {
        (item.subject.code, item.category.value, str(item.count))
        for item in NewsParser().parse(
            io.StringIO(text), source="a.txt", published=date(2025, 11, 20), publisher="Desk"
        )
        if isinstance(item, CasualtyClaim)
    }


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=500, max_value=20000),
    st.sampled_from(
        [
            "The ICRC says it has registered more than {n} Ukrainians as prisoners of war.",
            "Kyiv has recorded {n} of its citizens as prisoners of war, officials said.",
            "Russia listed {n} Ukrainian soldiers as POWs in its latest report.",
        ]
    ),
)
def test_people_registered_as_prisoners_are_a_count_of_captives(n: int, template: str) -> None:
    """A verb of registering with "as prisoners of war" after the people gives a captive count."""
    figure = f"{n:,}"
    found = claims(template.format(n=figure))
    assert any(c[:2] == ("UKR", "captured") and c[2].endswith(figure) for c in found)


def test_people_released_are_no_count_of_captives() -> None:
    """Releasing people is a transfer, with no count of captives."""
    assert claims("Russia released 300 Ukrainian soldiers on Monday.") == set()


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=10, max_value=90),
    st.sampled_from(
        [
            "A leaked estimate put Russia's dead at {a},000 and its wounded at {b}00,000.",
            "The report put Russia's killed at {a},000 and their injured at {b}00,000.",
        ]
    ),
)
def test_a_possessive_after_and_opens_the_next_loss_group(a: int, template: str) -> None:
    """ "its dead at A and its wounded at B": A is the dead, B the wounded, none mixed up."""
    found = claims(template.format(a=a, b=3))
    assert ("RUS", "killed", f"{a},000") in found
    assert ("RUS", "wounded", "300,000") in found
    assert ("RUS", "wounded", f"{a},000") not in found


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=2, max_value=90),
    st.sampled_from(
        [
            "At least {n},000 civilians, among them 500 children, have been killed in Ukraine, "
            "UN monitors said.",
            "Some {n},000 Ukrainian soldiers, including 300 officers, have been killed in the "
            "region, Kyiv said.",
            "More than {n},000 Ukrainian civilians, of them 250 women, have been killed, the UN "
            "mission said.",
        ]
    ),
)
def test_an_aside_naming_a_part_leaves_the_verb_to_the_figure(n: int, template: str) -> None:
    """ "N people, among them M children, have been killed": N is a count of the dead."""
    found = claims(template.format(n=n))
    assert any(c[:2] == ("UKR", "killed") and f"{n},000" in c[2] for c in found)


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.sampled_from(
        [
            "Through Qatar's mediation, {n} children have been returned to their families in "
            "both directions since 2023, the envoy said.",
            "Since 2023, the channel has brought {n} children home both ways, officials said.",
        ]
    ),
)
def test_a_count_of_people_moved_both_ways_gives_no_one_side(
    receipts: Callable[..., Any], n: int, template: str
) -> None:
    """A running sum "in both directions" is a two-way total: no tally to either side."""
    transfers, tallies = receipts(template.format(n=n))
    assert not any(t[2] == str(n) for t in transfers)
    assert all(t[0] == "RUS+UKR" for t in tallies if t[2] == str(n))


def test_a_count_to_one_side_stays_that_sides_tally(receipts: Callable[..., Any]) -> None:
    """Without "both directions", a running sum to Ukraine stays Ukraine's tally."""
    _, tallies = receipts("Since 2023, Qatar has helped return 85 Ukrainian children to Ukraine.")
    assert ("UKR", "children", "85") in tallies


@settings(max_examples=30, deadline=None)
@given(
    low=st.integers(min_value=20, max_value=150),
    span=st.integers(min_value=10, max_value=300),
    kind=st.sampled_from(["Most swaps", "Many exchanges", "Earlier swaps", "Previous handovers"]),
    size=st.sampled_from(["between {a} and {b} people", "about {a} people", "{b} prisoners"]),
    tail=st.sampled_from(["", " in 2024", " mediated by the UAE"]),
)
def test_swaps_told_as_a_kind_are_sized_not_counted(
    receipts: Callable[..., Any], low: int, span: int, kind: str, size: str, tail: str
) -> None:
    """ "Most swaps in 2024 involved between 75 and 250 people on each side": what such
    swaps were like, neither one swap nor a running total."""
    group = size.format(a=low, b=low + span)
    text = f"{kind}{tail} involved {group} on each side."
    assert receipts(text) == (set(), set())


def test_one_swap_after_swaps_told_as_a_kind_is_still_read(
    receipts: Callable[..., Any],
) -> None:
    # the quantified plural opens another clause; the figure's own has a subject of its own
    text = "Many exchanges took place in 2024; Ukraine got back 250 soldiers on Friday."
    transfers, _ = receipts(text)
    assert ("UKR", "prisoners_of_war", "250") in transfers
