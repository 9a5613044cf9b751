"""A verbless "N apiece" / "N each" that carries on a two-way exchange told just before.

Wire copy often tells the first day of a staged swap in full and the next day in a clipped
clause ("The next day it was 150 apiece, all of them soldiers"): the figure repeats both
directions of the exchange, with its own number and day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

Found = dict[tuple[str, str, Any], list[Any]]


def _moved(found: Found, sender: str, receiver: str, kind: str) -> list[int]:
    """The best figures of every ``kind`` leg read from ``sender`` to ``receiver``."""
    return [
        c.best
        for (s, r, category), counts in found.items()
        for c in counts
        if (s, r, category.value) == (sender, receiver, kind)
    ]


def test_clipped_next_day_figure_runs_both_ways(legs_of: Callable[..., Found]) -> None:
    """The clipped clause after a mutual swap gives both sides its own figure."""
    found = legs_of(
        "Moscow and Kyiv traded 120 prisoners each on Tuesday. "
        "On Wednesday it was 95 apiece, all of them servicemen."
    )
    assert 95 in _moved(found, "UKR", "RUS", "prisoners_of_war")
    assert 95 in _moved(found, "RUS", "UKR", "prisoners_of_war")


def test_other_wordings_are_read(legs_of: Callable[..., Found]) -> None:
    """Two more wordings: "each" with civilians, and bodies of soldiers carried over."""
    civilians = legs_of(
        "Kyiv and Moscow swapped 80 civilians each on Monday. "
        "On Friday it was 35 each, all of them civilians too."
    )
    assert 35 in _moved(civilians, "UKR", "RUS", "civilians")
    assert 35 in _moved(civilians, "RUS", "UKR", "civilians")
    bodies = legs_of(
        "Russia and Ukraine handed over 500 bodies each on Friday. "
        "On Monday it was 300 apiece, all of them fallen soldiers."
    )
    assert 300 in _moved(bodies, "UKR", "RUS", "remains")
    assert 300 in _moved(bodies, "RUS", "UKR", "remains")


def test_a_plan_or_a_monthly_rate_is_not_a_swap(legs_of: Callable[..., Found]) -> None:
    """A modal plan and an "each month" rate after a swap add no legs."""
    planned = legs_of(
        "Ukraine and Russia traded 95 soldiers each on Monday. "
        "The next rounds could be 100 apiece, all of them soldiers."
    )
    assert 100 not in _moved(planned, "UKR", "RUS", "prisoners_of_war")
    rate = legs_of(
        "Ukraine and Russia traded 95 soldiers each on Monday. "
        "About 1,000 soldiers each month were killed."
    )
    assert 1000 not in _moved(rate, "RUS", "UKR", "prisoners_of_war")


def test_without_an_exchange_before_nothing_is_read(legs_of: Callable[..., Found]) -> None:
    """A lone "N apiece" with no two-way exchange before it moves no one."""
    found = legs_of(
        "The talks went on into the night. In the end it was 70 apiece, all of them soldiers."
    )
    assert found == {}


@given(st.integers(min_value=2, max_value=5000))
def test_any_clipped_figure_is_repeated(legs_of: Callable[..., Found], n: int) -> None:
    """Whatever the clipped figure, both directions carry it as prisoners of war."""
    found = legs_of(
        "Moscow and Kyiv traded 120 prisoners each on Tuesday. "
        f"On Wednesday it was {n:,} apiece, all of them servicemen."
    )
    assert n in _moved(found, "UKR", "RUS", "prisoners_of_war")
    assert n in _moved(found, "RUS", "UKR", "prisoners_of_war")


LEDGERS = [
    # month headings and a verbless line between the exchange and the clipped figure
    (
        "In March, Kyiv and Moscow each freed 150 prisoners. April. No exchanges at all. "
        "May. On the 6th, 80 apiece.",
        "2025-05-06",
    ),
    # "May" alone as a heading is the month, not a modal verb
    (
        "In April the two sides swapped 90 soldiers for 90. May. Two rounds. "
        "On the 4th, 120 apiece.",
        "2025-05-04",
    ),
    (
        "In April the sides traded 90 prisoners each. Then came a lull. On May 4, 120 apiece.",
        "2025-05-04",
    ),
]


@pytest.mark.parametrize(("text", "day"), LEDGERS)
def test_ledger_line_after_headings_carries_on_the_exchange(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]], text: str, day: str
) -> None:
    """A ledger's clipped "On the 6th, 80 apiece." runs both ways on its heading month's day."""
    found = recap(text)
    figure = next(t[4] for t in found if t[0] == day)
    assert {(day, "UKR", "RUS", "prisoners_of_war", figure)} <= found
    assert {(day, "RUS", "UKR", "prisoners_of_war", figure)} <= found


def test_a_sentence_with_figures_between_ends_the_ledger(legs_of: Callable[..., Found]) -> None:
    """Three sentences on, with another count told between, the clipped figure carries nothing."""
    found = legs_of(
        "In April, 246 prisoners were freed by each side. The talks then stalled. "
        "Kyiv said 500 people were missing. On the 4th, 120 apiece."
    )
    assert 120 not in _moved(found, "UKR", "RUS", "prisoners_of_war")


@given(
    st.integers(min_value=21, max_value=400),
    st.integers(min_value=2, max_value=20),
    st.sampled_from([("soldiers", "prisoners_of_war"), ("servicemen", "prisoners_of_war")]),
    st.sampled_from(["each way", "apiece", "each"]),
)
def test_a_per_side_phrase_after_a_list_sizes_every_item(
    legs_of: Callable[..., Found], soldiers: int, civilians: int, noun: tuple[str, str], tail: str
) -> None:
    """ "185 soldiers and 20 civilians each way" on a recap's line: both items go both ways."""
    found = legs_of(
        "The prisoner swaps\n\n- 5 February: 150 for 150.\n"
        f"- 2 October: {soldiers} {noun[0]} and {civilians} civilians {tail}, mediated again.\n"
    )
    for sender, receiver in (("RUS", "UKR"), ("UKR", "RUS")):
        assert soldiers in _moved(found, sender, receiver, noun[1])
        assert civilians in _moved(found, sender, receiver, "civilians")


def test_a_list_not_joined_to_the_per_side_figure_stays_out(legs_of: Callable[..., Found]) -> None:
    """A figure set off by other words before the per-side one is not one of its list."""
    found = legs_of(
        "The prisoner swaps\n\n- 5 February: 150 for 150.\n"
        "- 2 October: of 185 soldiers held at one camp, 20 civilians each way.\n"
    )
    assert 185 not in _moved(found, "RUS", "UKR", "prisoners_of_war")
    assert 185 not in _moved(found, "UKR", "RUS", "prisoners_of_war")


@given(
    got=st.integers(min_value=200, max_value=2000),
    vague=st.sampled_from(["a few dozen", "several dozen"]),
    side=st.sampled_from([("Ukraine", "Russia"), ("Russia", "Ukraine")]),
    verb=st.sampled_from(["got back", "received", "took back"]),
)
def test_a_vague_dozens_right_after_the_verb_counts_the_bodies_told_before(
    legs_of: Callable[..., Found], got: int, vague: str, side: tuple[str, str], verb: str
) -> None:
    """ "Ukraine received 1,000 bodies, and Russia got back a few dozen": dozens of bodies."""
    many, few = side
    text = f"In July, {many} received {got:,} bodies, and {few} {verb} {vague}."
    codes = {"Ukraine": "UKR", "Russia": "RUS"}
    found = legs_of(text)
    assert {(s, r, c.value) for s, r, c in found} == {
        (codes[few], codes[many], "remains"),
        (codes[many], codes[few], "remains"),
    }
    (dozens,) = found[next(k for k in found if k[1] == codes[few])]
    assert str(dozens) == "dozens (24–99)"


def test_a_vague_dozens_of_things_sent_is_no_figure(legs_of: Callable[..., Found]) -> None:
    assert legs_of("In July, Kyiv sent several dozen letters to the families of the dead.") == {}
