"""Asides after a count that tell the kind of those counted.

"104 people on each side, all of them servicemen": "all of them" (or "all of whom were")
followed by a noun of one kind gives the whole count that kind; "most of them ..." names
only a part, and a list of kinds names more than one, so both leave the count as it was.
"390 prisoners from each side, among them 120 civilians": civilians among "prisoners" make
the count one of no one kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The swap before that, on 9 July, freed 104 people on each side, all of "
            "them servicemen, Moscow's defence ministry said.",
            {("UKR", "RUS", "prisoners_of_war"): 104, ("RUS", "UKR", "prisoners_of_war"): 104},
        ),
        (
            "Ukraine got back 40 people, all of whom were prisoners of war.",
            {("RUS", "UKR", "prisoners_of_war"): 40},
        ),
        (
            "Ukraine brought home 90 people, all of them civilians, in a swap with Russia.",
            {("RUS", "UKR", "civilians"): 90},
        ),
        (
            "Ukraine got back 84 people, all of them seriously wounded soldiers.",
            {("RUS", "UKR", "wounded_prisoners"): 84},
        ),
        # a part, or more than one kind, gives the whole count no kind
        (
            "Ukraine brought home 90 people, most of them soldiers, in a swap with Russia.",
            {("RUS", "UKR", "other"): 90},
        ),
        (
            "Ukraine brought home 90 people, all of them soldiers and civilians held since 2022.",
            {("RUS", "UKR", "other"): 90},
        ),
    ],
)
def test_all_of_kind(legs: Callable[..., Any], text: str, expected: dict[Any, int]) -> None:
    """The aside's kind is the count's only when it covers all of them and names one kind."""
    assert legs(text) == {key: Count.exact(n) for key, n in expected.items()}


@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(
        [
            ("servicemen", "prisoners_of_war"),
            ("soldiers", "prisoners_of_war"),
            ("civilians", "civilians"),
        ]
    ),
    st.sampled_from(["people", "Ukrainians"]),
    st.sampled_from(["all of them", "all of whom were"]),
)
def test_all_of_kind_any_count(
    legs: Callable[..., Any], n: int, kind: tuple[str, str], people: str, aside: str
) -> None:
    """Whatever the count and the wording of the aside, it gives its one kind."""
    text = f"On Friday Ukraine got back {n} {people}, {aside} {kind[0]}, officials said."
    assert legs(text) == {("RUS", "UKR", kind[1]): Count.exact(n)}


@given(st.integers(min_value=2, max_value=900), st.sampled_from(["most", "many", "some"]))
def test_part_gives_no_kind(legs: Callable[..., Any], n: int, part: str) -> None:
    """ "most of them soldiers" names only a part: the count stays of no one kind."""
    text = f"On Friday Ukraine got back {n} people, {part} of them soldiers, officials said."
    assert legs(text) == {("RUS", "UKR", "other"): Count.exact(n)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The exchange began on Friday with 390 prisoners from each side, among them 120 "
            "civilians.",
            {("UKR", "RUS", "other"): 390, ("RUS", "UKR", "other"): 390},
        ),
        (
            "On Friday Russia and Ukraine each freed 390 prisoners, among them 120 civilians.",
            {("UKR", "RUS", "other"): 390, ("RUS", "UKR", "other"): 390},
        ),
        (
            "Ukraine got back 84 prisoners, including 51 Ukrainian civilians.",
            {("RUS", "UKR", "other"): 84},
        ),
        # a part that is not civilians leaves the prisoners their kind
        (
            "Ukraine got back 84 prisoners, including two commanders.",
            {("RUS", "UKR", "prisoners_of_war"): 84},
        ),
    ],
)
def test_civilians_among(legs: Callable[..., Any], text: str, expected: dict[Any, int]) -> None:
    """Civilians named among the counted prisoners leave the count of no one kind."""
    assert legs(text) == {key: Count.exact(n) for key, n in expected.items()}


@given(
    st.integers(min_value=20, max_value=900),
    st.integers(min_value=2, max_value=19),
    st.sampled_from(["among them", "including"]),
    st.sampled_from(["prisoners", "captives"]),
)
def test_civilians_among_any_count(
    legs: Callable[..., Any], n: int, part: int, opener: str, noun: str
) -> None:
    """Whatever the sizes and wording, civilians among the prisoners give no one kind."""
    text = f"On Friday Ukraine got back {n} {noun}, {opener} {part} civilians, officials said."
    assert legs(text) == {("RUS", "UKR", "other"): Count.exact(n)}


@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["{n} Russian citizens - {k} -", "{n} citizens, all {k},", "{n} people ({k})"]),
    st.sampled_from([("civilians", "civilians"), ("servicemen", "prisoners_of_war")]),
)
def test_bare_kind_aside_gives_the_kind(
    legs: Callable[..., Any], n: int, form: str, kind: tuple[str, str]
) -> None:
    """ "20 Russian citizens - civilians - came back": an aside of one bare kind names it."""
    group = form.format(n=n, k=kind[0])
    text = f"The ministry said {group} came back to Russia from Ukraine on Friday."
    assert legs(text) == {("UKR", "RUS", kind[1]): Count.exact(n)}


@pytest.mark.parametrize(
    "aside",
    [
        "- civilians and soldiers -",
        ", civilians,",
        "- two of them civilians -",
        "(mostly civilians)",
    ],
)
def test_bare_kind_aside_of_several_kinds_or_a_part_gives_none(
    legs: Callable[..., Any], aside: str
) -> None:
    text = f"The ministry said 20 Russian citizens {aside} came back to Russia from Ukraine."
    assert all(key[2] != "civilians" for key in legs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "of its own" after a breakdown whose last part is soldiers: the aside's
        # civilians make it of no one kind, past a teller's aside too
        (
            "On Tuesday the two sides swapped prisoners: 70 Ukrainians - 20 civilians and 50 "
            "soldiers - returned home, and Moscow got back 70 of its own, among them, it "
            "said, residents of the Belgorod region.",
            {("RUS", "UKR", "other"): 70},
        ),
        (
            "In Tuesday's prisoner swap 60 Ukrainian soldiers came home, while Russia "
            "received 60 of their own, including, officials said, civilians from the "
            "border areas.",
            {("RUS", "UKR", "prisoners_of_war"): 60},
        ),
        # near miss: the part named is not civilians, so the figure keeps the kind before it
        (
            "On Tuesday the two sides swapped prisoners: 70 Ukrainians - 20 civilians and 50 "
            "soldiers - returned home, and Moscow got back 50 of its own, among them, it "
            "said, two officers.",
            {("RUS", "UKR", "other"): 70},
        ),
    ],
)
def test_civilians_among_own(legs: Callable[..., Any], text: str, expected: dict[Any, int]) -> None:
    """ "N of its own, among them residents": the group takes in civilians, so no one kind."""
    read = legs(text)
    # the parts between the spaced hyphens spell out the 70, so neither is a leg of its own
    assert ("RUS", "UKR", "civilians") not in read
    for key, n in expected.items():
        assert read.get(key) == Count.exact(n), (key, read)
    assert ("UKR", "RUS", "prisoners_of_war") not in read
    if "officers" in text:
        # "50 of its own" names no kind, whatever part of them the aside names
        assert read.get(("UKR", "RUS", "other")) == Count.exact(50)
    else:
        assert read.get(("UKR", "RUS", "other")) == Count.exact(next(iter(expected.values())))
