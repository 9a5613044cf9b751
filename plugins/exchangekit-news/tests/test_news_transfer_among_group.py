"""A subject "among N" people moved: "three men were among 95 Ukrainian soldiers freed".

The figure right after "among" (with or without "the") counts the whole group that
was moved, not a part of one counted elsewhere; the people before "were among" are
that part. Told as "the day after he was among 90 freed", the group moved the day
before the main clause's date, like "a day after 90 were freed".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

POW = PersonCategory.PRISONERS_OF_WAR


@settings(max_examples=40, deadline=None)
@given(
    part=st.sampled_from(["Three men", "Two marines from Izium", "Our neighbour"]),
    copula=st.sampled_from(["were", "was"]),
    article=st.sampled_from(["", "the "]),
    figure=st.integers(min_value=5, max_value=900),
    side=st.sampled_from([("Ukrainian", ("RUS", "UKR")), ("Russian", ("UKR", "RUS"))]),
    participle=st.sampled_from(["freed", "released", "freed from captivity"]),
)
def test_news_the_group_a_subject_was_among_is_the_transfer(
    legs_of: Callable[..., Any],
    part: str,
    copula: str,
    article: str,
    figure: int,
    side: tuple[str, tuple[str, str]],
    participle: str,
) -> None:
    adjective, way = side
    got = legs_of(f"{part} {copula} among {article}{figure} {adjective} soldiers {participle}.")
    assert got == {(*way, POW): [Count.exact(figure)]}


@pytest.mark.parametrize(
    "text",
    [
        # the people before "were among" are a part: only the group is read
        "Twelve residents were among 95 Ukrainian soldiers freed on Sunday.",
        # "among them" / "among those" after the whole still name parts
        "Russia freed 95 Ukrainian soldiers on Sunday; among them were 20 marines.",
    ],
)
def test_news_the_part_before_among_is_no_second_transfer(
    legs_of: Callable[..., Any], text: str
) -> None:
    assert legs_of(text) == {("RUS", "UKR", POW): [Count.exact(95)]}


@pytest.mark.parametrize(
    "text",
    [
        # "among" as a place with no counted group: nothing moved is told
        "Regional officials said 12 residents were among those released.",
        "Three men were among 95 Ukrainian soldiers still held in the camp.",
    ],
)
def test_news_among_with_no_moved_group_reads_nothing(
    legs_of: Callable[..., Any], text: str
) -> None:
    assert legs_of(text) == {}


@settings(max_examples=30, deadline=None)
@given(
    pronoun=st.sampled_from(["he", "she", "they"]),
    copula=st.sampled_from(["was", "were"]),
    figure=st.integers(min_value=5, max_value=900),
)
def test_news_the_day_after_being_among_the_freed_dates_the_day_before(
    periods: Callable[[str, date], set[str]], pronoun: str, copula: str, figure: int
) -> None:
    text = (
        f"On Wednesday evening the marine embraced his mother, the day after {pronoun} "
        f"{copula} among {figure} Ukrainians freed in an exchange."
    )
    assert periods(text, date(2024, 6, 27)) == {"2024-06-25"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    whole=st.integers(min_value=60, max_value=900),
    share=st.integers(min_value=2, max_value=50),
    relative=st.sampled_from(["of whom", "of which"]),
)
def test_the_same_number_after_a_part_of_whom_repeats_the_whole(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]],
    whole: int,
    share: int,
    relative: str,
) -> None:
    """ "returned 144 servicemen, of whom 95 had defended the plant; Russia received the
    same number": the same number is the 144, not the part."""
    text = (
        f"On 29 June the swap returned {whole} Ukrainian servicemen, {relative} {share} had "
        "defended the plant; Russia received the same number of its own soldiers."
    )
    back = {leg[4] for leg in recap(text) if (leg[1], leg[2]) == ("UKR", "RUS")}
    assert back == {str(whole)}


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=100, max_value=900),
    first=st.integers(min_value=2, max_value=60),
    second=st.integers(min_value=2, max_value=40),
    home=st.sampled_from(
        [
            ("Kyiv said", "came home", ("RUS", "UKR")),
            ("The ministry said", "crossed back into Ukraine", ("RUS", "UKR")),
            ("Moscow said", "returned to Russia", ("UKR", "RUS")),
        ]
    ),
    opener=st.sampled_from([" - among them", ", among them"]),
    kinds=st.sampled_from([("servicemen", "civilians"), ("soldiers", "medics")]),
)
def test_news_a_part_listed_after_an_among_them_part_is_a_part_too(
    legs_of: Callable[..., Any],
    whole: int,
    first: int,
    second: int,
    home: tuple[str, str, tuple[str, str]],
    opener: str,
    kinds: tuple[str, str],
) -> None:
    """ "390 people crossed back - among them 270 servicemen and 120 civilians": both parts."""
    said, verb, way = home
    got = legs_of(
        f"{said} {whole} people {verb}{opener} {first} {kinds[0]} and {second} {kinds[1]}."
    )
    assert got == {(*way, PersonCategory.OTHER): [Count.exact(whole)]}


def test_news_a_plain_list_of_two_groups_stays_two_transfers(
    legs_of: Callable[..., Any],
) -> None:
    got = legs_of("Russia freed 270 Ukrainian servicemen and 120 civilians on Friday.")
    assert got == {
        ("RUS", "UKR", POW): [Count.exact(270)],
        ("RUS", "UKR", PersonCategory.CIVILIANS): [Count.exact(120)],
    }


_NUMBER_WORDS = ["two", "three", "four", "five", "six"]


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=3, max_value=40),
    part=st.integers(min_value=2, max_value=6),
    group=st.sampled_from(
        [("children", "a girl", "boys"), ("prisoners", "a colonel", "sergeants")]
    ),
    verb=st.sampled_from(["crossed into Ukraine", "arrived in Kyiv", "were met by relatives"]),
    aside=st.sampled_from(["", " aged between two and 17", " from the Kharkiv region"]),
)
def test_news_the_parts_listed_after_a_group_named_with_the_are_no_transfer(
    legs_of: Callable[..., Any],
    whole: int,
    part: int,
    group: tuple[str, str, str],
    verb: str,
    aside: str,
) -> None:
    """ "The children, a girl and three boys aged between two and 17, crossed into Ukraine":
    the aside says who the group told before was; its counted item is no handover."""
    noun, single, plural = group
    kind = PersonCategory.CHILDREN if noun == "children" else POW
    got = legs_of(
        f"Russia returned {whole} {noun} to Ukraine on Monday. The {noun}, {single} and"
        f" {_NUMBER_WORDS[part - 2]} {plural}{aside}, {verb}, officials said."
    )
    assert got == {("RUS", "UKR", kind): [Count.exact(whole)]}


def test_news_a_counted_list_after_a_group_named_with_the_is_kept(
    legs_of: Callable[..., Any],
) -> None:
    # the list's first item has a number too: a breakdown, not a description, is not this rule's
    got = legs_of("Russia handed over the prisoners, 40 soldiers and three medics, on Friday.")
    assert ("RUS", "UKR", POW) in got


OTHER = PersonCategory.OTHER


@settings(max_examples=30, deadline=None)
@given(
    whole=st.integers(min_value=30, max_value=900),
    part=st.integers(min_value=2, max_value=29),
    named=st.sampled_from(
        [
            "soldiers captured at Mariupol in 2022",
            "marines",
            "defenders of the Azovstal plant",
            "wounded men",
        ]
    ),
    kind=st.sampled_from(["civilians", "medics", "women"]),
    side=st.sampled_from([("Ukraine", ("RUS", "UKR")), ("Russia", ("UKR", "RUS"))]),
    tail=st.sampled_from(["", ", officials said"]),
)
def test_news_a_counted_part_after_an_uncounted_one_in_an_including_aside_is_no_leg(
    legs_of: Callable[..., Any],
    whole: int,
    part: int,
    named: str,
    kind: str,
    side: tuple[str, tuple[str, str]],
    tail: str,
) -> None:
    """ "189 people, including soldiers ... and two civilians": the two are among the 189."""
    name, way = side
    got = legs_of(f"{name} brought home {whole} people, including {named} and {part} {kind}{tail}.")
    assert got == {(*way, OTHER): [Count.exact(whole)]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma or a joined clause ends the aside: the figure after is a group of its own
        (
            "Ukraine brought home 189 soldiers, including officers, and Russia freed 20 civilians.",
            {
                ("RUS", "UKR", POW): [Count.exact(189)],
                ("RUS", "UKR", PersonCategory.CIVILIANS): [Count.exact(20)],
            },
        ),
        # counted parts that add up are still the whole's breakdown, not this aside
        (
            "Ukraine brought home 189 people, including 40 soldiers captured in 2022 and "
            "20 civilians.",
            {("RUS", "UKR", OTHER): [Count.exact(189)]},
        ),
    ],
)
def test_news_an_including_aside_ends_where_its_parts_do(
    legs_of: Callable[..., Any], text: str, expected: Any
) -> None:
    assert legs_of(text) == expected
