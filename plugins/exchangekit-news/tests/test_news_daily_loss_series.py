"""A general staff's running count of losses: its value taken up again and its day's rise.

The sentences are written here in several wordings of each construction; a count
is named once ("a daily tally of Russian losses") and a later clause gives its value
("it stood at N") or one day's share of the value just told (", up N over the past day").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The army's morning bulletin estimated Ukrainian casualties since the offensive "
            "began at 71,300, up 640 in the past day.",
            640,
        ),
        (
            "Kyiv's military command put Russian losses at some 702,000 killed and wounded, "
            "among them 1,310 over the previous 24 hours.",
            1310,
        ),
        (
            "On Sunday the General Staff put enemy personnel losses in Russia's war at "
            "655,100 in all, among those 905 in the last 24 hours, it said.",
            905,
        ),
        (
            "Kyiv's tally of Russian casualties passed 600,000 on Friday; it grew by 1,140 on "
            "Saturday alone, the staff said.",
            1140,
        ),
        (
            "The military put Ukrainian losses at 402,000 on Monday, and it had risen by 870 "
            "yesterday.",
            870,
        ),
        (
            "Moscow says Ukrainian losses have now passed 500,000. On 3 May the rise was 1,560, "
            "officials added.",
            1560,
        ),
    ],
)
def test_news_a_days_rise_after_a_loss_total_is_a_claim_of_its_own(
    news: Callable[..., Any], found: Found, text: str, day: int
) -> None:
    # ", up N over the past day", ", among them N in the previous day", "it rose by N on
    # Sunday", "the increase was N" on a day told: the day's share of the total
    assert ("total_losses", Count.exact(day)) in {(c, n) for _, c, n in found(news(text))}


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    since=st.sampled_from(["since February 2022", "since the invasion", "in all"]),
    lead=st.sampled_from(["including", "with"]),
    hedge=st.sampled_from([("roughly ", Count.approx), ("more than ", Count.more_than)]),
    day=st.integers(min_value=120, max_value=1_900),
)
def test_news_a_hedged_days_share_after_a_loss_total_is_a_claim_of_its_own(
    news: Callable[..., Any],
    found: Found,
    side: tuple[str, str],
    since: str,
    lead: str,
    hedge: tuple[str, Callable[[int], Count]],
    day: int,
) -> None:
    # "..., including roughly 960 in the previous 24 hours": a hedge between the
    # linking word and the number leaves the day's share what it is
    text = (
        f"The General Staff put {side[0]} losses at about 1,116,000 {since}, "
        f"{lead} {hedge[0]}{day:,} in the previous 24 hours."
    )
    assert (side[1], "total_losses", hedge[1](day)) in found(news(text))


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    count=st.sampled_from(["count", "total", "tally"]),
    window=st.sampled_from(["for the previous day", "over the past 24 hours", "in one day"]),
    day=st.integers(min_value=120, max_value=1_900),
)
def test_news_a_number_added_to_the_count_for_one_day_is_the_days_share(
    news: Callable[..., Any],
    found: Found,
    side: tuple[str, str],
    count: str,
    window: str,
    day: int,
) -> None:
    # "after it added 1,140 to the count for the previous day": the day's rise of the total
    text = (
        f"The General Staff said {side[0]} personnel losses had passed 1,000,000, "
        f"after it added {day:,} to the {count} {window}."
    )
    assert (side[1], "total_losses", Count.exact(day)) in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said 1,000 prisoners had come home since 2022, up 200 over the past day.",
        "Kyiv said 1,000 prisoners had come home, among them 200 in the past day.",
        "Kyiv said 1,000 prisoners had come home, including about 200 in the past day.",
        "Kyiv said 1,000 prisoners had come home, after it added 200 to the count for the day.",
        "The city's population stood at 430,000 before the war; it stood at 300,000 by June.",
        "Moscow publishes a figure for Ukrainian losses. The ruble stood at 90 on Monday.",
        "The navy keeps a count of Russian losses at sea. It stood at 30 ships, the navy said.",
        "Kyiv publishes a figure for Russian losses. Its budget for the year stood at 4,000.",
    ],
)
def test_news_a_rise_or_value_of_no_count_of_losses_is_no_claim(
    news: Callable[..., Any], text: str
) -> None:
    # a day's share of people moved, or a value of something else that "stood at" N
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian ministry keeps its own tally of Ukrainian casualties, which it "
            "never breaks down; by Monday it stood at 41,500.",
            ("UKR", "total_losses", 41_500),
        ),
        (
            'Kyiv issues a morning figure for Russian "personnel losses". On Friday it stood '
            "at 900,450, though Moscow disputes how it is reached.",
            ("RUS", "total_losses", 900_450),
        ),
        (
            "A volunteer project counts Russian war dead by their obituaries. That tally, "
            "first published in 2022, now stands at 96,200.",
            ("RUS", "killed", 96_200),
        ),
    ],
)
def test_news_a_count_of_losses_taken_up_again_stood_at_its_value(
    news: Callable[..., Any], found: Found, text: str, expected: tuple[str, str, int]
) -> None:
    side, category, value = expected
    assert (side, category, Count.exact(value)) in found(news(text))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # a stateless helper
@given(
    st.integers(min_value=1_000, max_value=2_000_000),
    st.sampled_from(["it stood at", "it now stands at", "that count stood at"]),
    st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
)
def test_news_a_count_of_one_sides_losses_keeps_its_side_and_value(
    news: Callable[..., Any], found: Found, n: int, verb: str, side: tuple[str, str]
) -> None:
    adjective, code = side
    text = f"The staff publishes a daily count of {adjective} losses. On Monday {verb} {n:,}."
    assert found(news(text)) == {(code, "total_losses", Count.exact(n))}


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # a stateless helper
@given(
    st.integers(min_value=1_000, max_value=2_000_000),
    st.sampled_from(["That figure passed", "That series passed", "The count exceeded"]),
    st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
)
def test_news_a_count_of_losses_that_passed_a_value_is_more_than_it(
    news: Callable[..., Any], found: Found, n: int, verb: str, side: tuple[str, str]
) -> None:
    """ "That figure passed 1,000,000 on 12 June": the count named the sentence before
    went past the value, so it is more than it, of the side whose losses it counts."""
    adjective, code = side
    text = f"The staff publishes a daily figure for {adjective} losses. {verb} {n:,}."
    assert found(news(text)) == {(code, "total_losses", Count.parse(f"more than {n:,}"))}


@pytest.mark.parametrize(
    "text",
    [
        # no count of losses named: what passed the value is something else
        "The city's budget was debated in May. That figure passed 4,000 on Friday.",
        "Kyiv publishes a figure for Russian losses. Its budget passed 4,000 on Friday.",
        "The navy keeps a count of Russian losses at sea. That count passed 30 ships.",
    ],
)
def test_news_a_value_passed_by_no_count_of_losses_is_no_claim(
    news: Callable[..., Any], text: str
) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says Ukrainian losses have reached 500,000. The rise was 1,500 this year.",
        "It has grown by about 1,000 a day for most of the year, Kyiv says of Russian losses.",
        "Kyiv said 2,000 prisoners had been freed since 2022; it rose by 100 on Sunday.",
        "Prices rose sharply in May. On Friday the increase was 300, traders said.",
    ],
)
def test_news_a_growth_over_no_one_day_or_of_no_loss_count_is_no_claim(
    news: Callable[..., Any], found: Found, text: str
) -> None:
    values = {n.best for _, _, n in found(news(text))}
    assert values.isdisjoint({1500, 1000, 100, 300})


# -- one sector's share of a whole told for all sectors ---------------------------------

_SECTOR_WORDS = ["in this direction", "on this axis", "in this sector"]
_ALL_WORDS = ["in all directions", "along the entire front line", "across all sectors"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    parts=st.lists(st.integers(min_value=50, max_value=400), min_size=1, max_size=3),
    extra=st.integers(min_value=1, max_value=600),
    sector=st.sampled_from(_SECTOR_WORDS),
    whole=st.sampled_from(_ALL_WORDS),
    side=st.sampled_from([("Ukraine", "UKR"), ("Russia", "RUS")]),
)
def test_news_a_sectors_share_is_no_claim_beside_the_whole(
    news: Callable[..., Any],
    parts: list[int],
    extra: int,
    sector: str,
    whole: str,
    side: tuple[str, str],
) -> None:
    # "lost up to 165 servicemen in this direction ... in all directions up to 1,295": the
    # 165 is part of the 1,295; the whole alone is the claim
    total = sum(parts) + extra
    said = " ".join(
        f"The armed forces of {side[0]} lost up to {n} servicemen {sector} over the day."
        for n in parts
    )
    text = (
        f"The defence ministry said on Tuesday: {said} In total, the losses of the armed"
        f" forces of {side[0]} {whole} over the day amounted to up to {total:,} servicemen."
    )
    highs = {c.count.high for c in news(text).claims}
    assert total in highs
    assert highs.isdisjoint(set(parts))


def test_news_a_sectors_figure_alone_stays_a_claim(news: Callable[..., Any]) -> None:
    # no whole told for all sectors: the sector's figure is the only claim and is kept
    text = (
        "The defence ministry said on Tuesday that the armed forces of Ukraine lost up to"
        " 230 servicemen in this direction over the day."
    )
    assert {c.count.high for c in news(text).claims} == {230}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    parts=st.lists(st.integers(min_value=50, max_value=400), min_size=1, max_size=3),
    extra=st.integers(min_value=1, max_value=600),
    group=st.sampled_from(["Zapad", "Sever", "Yug", "Tsentr", "Dnepr"]),
    deed=st.sampled_from(["improved their tactical position", "repelled four attacks"]),
    loser=st.sampled_from(["The enemy", "The Armed Forces of Ukraine"]),
)
def test_news_a_groups_paragraph_loss_is_its_sectors_share(
    news: Callable[..., Any], parts: list[int], extra: int, group: str, deed: str, loser: str
) -> None:
    # "Units of the Zapad group of forces improved their tactical position. The enemy lost
    # up to 230 servicemen." : the group's paragraph is its sector, a part of the whole
    total = sum(parts) + extra
    said = " ".join(
        f"Units of the {group} group of forces {deed}. {loser} lost up to {n} servicemen."
        for n in parts
    )
    text = (
        f"The defence ministry said on Tuesday that fighting went on. {said} In total, the"
        f" losses of the Armed Forces of Ukraine in all directions over the day amounted to"
        f" up to {total:,} servicemen."
    )
    highs = {c.count.high for c in news(text).claims}
    assert total in highs
    assert highs.isdisjoint(set(parts))


def test_news_a_groups_loss_with_no_whole_is_still_its_sectors_share(
    news: Callable[..., Any],
) -> None:
    # no whole for all sectors told: the group's paragraph is still one sector's, and its
    # losses a share of the front's, no claim (the sealed sets' convention 8)
    text = (
        "Units of the Zapad group of forces improved their tactical position. The Armed Forces"
        " of Ukraine lost up to 230 servicemen over the day, the ministry said on Tuesday."
    )
    assert news(text).claims == []


# -- "it puts them at N": the losses named just before, taken up by a pronoun ----------


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.integers(min_value=1_000, max_value=1_200_000),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    verb=st.sampled_from(["puts", "now puts", "put", "placed"]),
    opener=st.sampled_from(
        [
            "The General Staff has published its daily update on {adj} losses.",
            "British intelligence gave its estimate of {adj} losses on Monday.",
        ]
    ),
)
def test_news_them_put_at_a_figure_are_the_losses_told_before(
    news: Callable[..., Any], value: int, side: tuple[str, str], verb: str, opener: str
) -> None:
    text = opener.format(adj=side[0]) + f" It {verb} them at {value:,}."
    found = {(c.subject.code, c.category.value, c.count.low) for c in news(text).claims}
    assert found == {(side[1], "total_losses", value)}


@pytest.mark.parametrize(
    "text",
    [
        # "them" are people the sentence before named, not losses: no claim
        "Kyiv named the soldiers it wants back. It puts them at 400.",
        # losses named two sentences back: too far for "them"
        "The General Staff published its update on Russian losses. Officials met on Monday."
        " It puts them at 4,000.",
    ],
)
def test_news_them_put_at_without_losses_just_before_is_no_claim(
    news: Callable[..., Any], text: str
) -> None:
    assert not news(text).claims


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    old=st.integers(min_value=1_000, max_value=900_000),
    rise=st.integers(min_value=1, max_value=90_000),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    kind=st.sampled_from([("losses topped", "total_losses"), ("dead passed", "killed")]),
    teller=st.sampled_from(["Thursday's update", "The General Staff", "Western officials"]),
)
def test_news_them_after_a_claim_just_told_is_that_claims_losses(
    news: Callable[..., Any],
    old: int,
    rise: int,
    side: tuple[str, str],
    kind: tuple[str, str],
    teller: str,
) -> None:
    """ "Russian losses topped 1 million on Thursday. Thursday's update put them at
    1,000,340": "them" takes up the one kind of loss the sentence before claimed."""
    adjective, code = side
    words, category = kind
    text = f"{adjective} {words} {old:,} on Thursday. {teller} put them at {old + rise:,}."
    found = {(c.subject.code, c.category.value, c.count) for c in news(text).claims}
    assert (code, category, Count.exact(old + rise)) in found


def test_news_them_after_claims_of_two_sides_is_no_claim(news: Callable[..., Any]) -> None:
    """A sentence before that claimed losses of both sides leaves "them" no one's."""
    text = (
        "Kyiv says 46,000 Ukrainian soldiers have been killed and Russia lost 300,000. "
        "Western officials put them at 70,000."
    )
    assert Count.exact(70_000) not in {c.count for c in news(text).claims}


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # a stateless helper
@given(
    st.integers(min_value=1_000, max_value=900_000),
    st.integers(min_value=1, max_value=900_000),
    st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    st.sampled_from(["now puts them at", "this week put them at"]),
)
def test_news_losses_taken_up_by_them_keep_their_side_at_the_new_value(
    news: Callable[..., Any], found: Found, old: int, rise: int, side: tuple[str, str], verb: str
) -> None:
    """ "which had put Russian losses at 760,000 in January, now puts them at 1,197,050":
    "them" takes up the losses themselves, so the new value is the same side's."""
    adjective, code = side
    text = (
        f"The General Staff, which had put {adjective} losses at {old:,} in January, "
        f"{verb} {old + rise:,}."
    )
    assert (code, "total_losses", Count.exact(old + rise)) in found(news(text))


def test_news_them_after_no_losses_is_no_claim(news: Callable[..., Any]) -> None:
    """ "them" that takes up no losses (prices, here) counts no one."""
    text = "The ministry, which had put Russian prices at 760 in January, now puts them at 900."
    assert news(text).claims == []
