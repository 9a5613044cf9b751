"""Crossing a border, a day counted back from a plan, later live-blog entries, planned "see"."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, PersonCategory

POW = PersonCategory.PRISONERS_OF_WAR
OTHER = PersonCategory.OTHER
CIVILIANS = PersonCategory.CIVILIANS
REMAINS = PersonCategory.REMAINS
CHILDREN = PersonCategory.CHILDREN

Legs = dict[tuple[str, str, PersonCategory], list[Count]]


def _items(text: str, published: date) -> list[Exchange]:
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk"
    )
    return [item for item in items if isinstance(item, Exchange)]


def periods_of(text: str, published: date) -> dict[str, list[tuple[str, str, str]]]:
    """The legs of every exchange read in ``text``, by the exchange's period."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for item in _items(text, published):
        found.setdefault(str(item.period), []).extend(
            (t.sender.code, t.receiver.code, str(t.count)) for t in item.transfers
        )
    return found


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["Ukrainian prisoners", "Ukrainian civilians", "Ukrainian soldiers"]),
    st.sampled_from(["crossed the border", "crossed into Ukraine", "crossed the border home"]),
)
def test_news_crossing_the_border_moves_people_home(
    legs_of: Callable[..., Any], n: int, people: str, crossed: str
) -> None:
    # the people who cross arrive: Ukrainians who cross go to Ukraine
    text = f"On Tuesday {n} {people} {crossed} from Belarus, officials said."
    legs = legs_of(text)
    assert list(legs) in ([("RUS", "UKR", POW)], [("RUS", "UKR", CIVILIANS)])
    assert legs[next(iter(legs))] == [Count.exact(n)]


def test_news_crossing_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of("On Friday the remains of 640 Ukrainian soldiers crossed the border.") == {
        ("RUS", "UKR", REMAINS): [Count.exact(640)]
    }
    assert legs_of("On Monday 150 people crossed the border from Belarus in each direction.") == {
        ("UKR", "RUS", OTHER): [Count.exact(150)],
        ("RUS", "UKR", OTHER): [Count.exact(150)],
    }
    # troops crossing a border invade; nobody is handed over
    assert (
        legs_of("In August 2024 Ukrainian forces crossed the border into the Kursk region.") == {}
    )


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=20, max_value=900),
    st.sampled_from(["a day after", "one day after"]),
)
def test_news_a_day_after_people_crossed_dates_the_crossing_the_day_before(
    n: int, after: str
) -> None:
    text = (
        f"The two sides are expected to go on with the swap today, {after} the first {n} "
        "prisoners from each side crossed the border."
    )
    assert periods_of(text, date(2025, 5, 24)) == {
        "2025-05-23": [("UKR", "RUS", str(n)), ("RUS", "UKR", str(n))]
    }


def test_news_a_day_after_in_other_wordings() -> None:
    assert periods_of(
        "A second stage may follow today, two days after 90 civilians came home to Ukraine.",
        date(2025, 5, 24),
    ) == {"2025-05-22": [("RUS", "UKR", "90")]}


BLOG = """Live: the exchange goes on
The Riverside Post - live coverage, Sunday 8 June 2025

08:10
Talks are expected to resume today, a day after 120 prisoners from each side crossed the border.

10:45
The Russian ministry says {n} Russian soldiers have been returned and that {n} Ukrainian \
prisoners of war were handed over in exchange.
"""


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=119))
def test_news_a_later_entry_of_a_live_blog_is_its_own_day(n: int) -> None:
    # the exchange of the later entry is today's stage, not yesterday's exchange retold
    assert periods_of(BLOG.format(n=n), date(2025, 6, 8)) == {
        "2025-06-07": [("UKR", "RUS", "120"), ("RUS", "UKR", "120")],
        "2025-06-08": [("UKR", "RUS", str(n)), ("RUS", "UKR", str(n))],
    }


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=2000),
    st.sampled_from(["will see", "would see", "is to see", "would let"]),
    st.sampled_from(["go each way", "return home", "come back"]),
)
def test_news_a_plan_that_will_see_people_go_is_no_exchange(
    legs_of: Callable[..., Any], n: int, see: str, go: str
) -> None:
    assert legs_of(f"The deal struck last week {see} {n} prisoners {go}.") == {}


def test_news_planned_see_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of("The swap, which will see 80 soldiers return to Ukraine, was agreed.") == {}
    # a "see" that happened is an exchange
    assert legs_of("On Monday the deal saw 500 prisoners go each way.") == {
        ("UKR", "RUS", POW): [Count.exact(500)],
        ("RUS", "UKR", POW): [Count.exact(500)],
    }


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["nothing sent to Russia", "no one handed over to Moscow"]),
)
def test_news_an_absolute_with_clause_keeps_its_own_destination(
    legs_of: Callable[..., Any], n: int, clause: str
) -> None:
    # "to Russia" in "with nothing sent to Russia" is not where the counted people went
    text = f"Ukraine brought home {n} soldiers on Friday, with {clause} in return."
    assert legs_of(text) == {("RUS", "UKR", POW): [Count.exact(n)]}


def test_news_with_clauses_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    # a "with" phrase without a verb of moving leaves the figure's "to" alone
    assert legs_of(
        "On Tuesday 52 prisoners were handed over, with the help of the UAE, to Ukraine."
    ) == {("RUS", "UKR", POW): [Count.exact(52)]}
    assert legs_of(
        "Russia freed 30 Ukrainian soldiers on Friday, with the bodies of 12 Russians "
        "sent to Russia."
    ) == {("RUS", "UKR", POW): [Count.exact(30)], ("UKR", "RUS", REMAINS): [Count.exact(12)]}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=32, max_value=9000).filter(lambda n: not 1800 <= n <= 2100),
    st.sampled_from(["January", "June", "November"]),
    st.sampled_from(["", "about ", "more than "]),
)
def test_news_a_number_after_a_month_that_is_no_day_nor_year_counts(
    legs_of: Callable[..., Any], n: int, month: str, hedge: str
) -> None:
    text = f"In {month} {hedge}{n:,} bodies came back from Russia."
    legs = legs_of(text)
    assert list(legs) == [("RUS", "UKR", REMAINS)]
    count = legs[("RUS", "UKR", REMAINS)][0]
    assert n in (count.best, count.low, (count.low or 0) - 1)


def test_news_number_after_a_month_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of("In March 130 Ukrainian soldiers were freed by Russia.") == {
        ("RUS", "UKR", POW): [Count.exact(130)]
    }
    # a day after the month is still a day
    assert legs_of("On June 12 Russia handed over 40 Ukrainian soldiers.") == {
        ("RUS", "UKR", POW): [Count.exact(40)]
    }


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=100, max_value=9000),
    st.sampled_from(["several stages", "multiple stages"]),
)
def test_news_an_operation_in_uncounted_stages_is_one_exchange(
    legs_of: Callable[..., Any], n: int, stages: str
) -> None:
    # uncounted stages tell how one operation went, not a sum of numbered ones
    text = f"In May Russia handed over {n:,} bodies in {stages} over one week."
    assert legs_of(text) == {("RUS", "UKR", REMAINS): [Count.exact(n)]}


def test_news_stages_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    # stages within one day are one operation summarised (a series over a month is a
    # running total: test_news_uncounted_stages)
    assert legs_of(
        "Last month 2,400 bodies came back from Russia in several stages in a single day."
    ) == {("RUS", "UKR", REMAINS): [Count.exact(2400)]}
    # counted stages still add up to a running total, not one more exchange
    assert legs_of("In May Russia handed over 2,400 bodies in four stages.") == {}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=9000),
    st.sampled_from(
        [("Ukrainian", "Russia"), ("Russian", "Ukraine"), ("North Korean", "Russia's Kursk region")]
    ),
    st.sampled_from(["soldiers", "troops", "servicemen"]),
    st.sampled_from(["crossed into", "had crossed into", "have crossed into"]),
)
def test_news_crossing_into_a_country_not_their_own_is_no_exchange(
    legs_of: Callable[..., Any], n: int, sides: tuple[str, str], people: str, crossed: str
) -> None:
    # people handed back go to their own side: crossing into the other one is an incursion
    nationality, country = sides
    assert legs_of(f"Last August some {n:,} {nationality} {people} {crossed} {country}.") == {}


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        ("Nine children had crossed into Ukraine by Sunday evening.", ("RUS", "UKR", CHILDREN)),
        ("On Friday 25 civilians crossed into Russia from Ukraine.", ("UKR", "RUS", CIVILIANS)),
        ("Forty soldiers, aged 20 to 45, crossed into Ukraine on Monday.", ("RUS", "UKR", POW)),
    ],
)
def test_news_crossing_into_a_country_names_the_receiver(
    legs_of: Callable[..., Any], text: str, leg: tuple[str, str, PersonCategory]
) -> None:
    # with no nationality on the people, the country after "into" is where they went
    assert list(legs_of(text)) == [leg]


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.sampled_from(["freed", "released", "handed over"]),
    st.sampled_from(
        [
            "its units pushed into Russia's Belgorod region and took",
            "Kyiv's brigades crossed into Russia last month and took",
            "Ukrainian forces, who crossed into Russia in the spring, took",
        ]
    ),
    st.sampled_from(["hundreds of", "some 300", "dozens of"]),
    st.sampled_from(["", ", most of them reservists,", ", among them several officers,"]),
)
def test_news_a_capture_in_the_tail_of_a_wire_lead_moves_no_one(
    legs_of: Callable[..., Any], n: int, freed: str, tail: str, captives: str, aside: str
) -> None:
    # "took N ... prisoner" is a capture, and a crossing in a clause after the lead's comma
    # names no destination for the lead's figure: the lead stays one figure per side
    text = (
        f"KYIV, May 4 (Desk) – Ukraine and Russia each {freed} {n} prisoners of war on Sunday, "
        f"in the first swap since {tail} {captives} Russian conscripts{aside} prisoner."
    )
    assert legs_of(text) == {
        ("UKR", "RUS", POW): [Count.exact(n)],
        ("RUS", "UKR", POW): [Count.exact(n)],
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops took 40 Ukrainian marines prisoner near the village on Monday.",
        "By June its units had taken about 600 Russian soldiers, many of them young, captive.",
        "The brigade said it took dozens of paratroopers prisoner and crossed into Russia.",
    ],
)
def test_news_taking_people_prisoner_is_no_handover(legs_of: Callable[..., Any], text: str) -> None:
    assert legs_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(
    # above 31, so no number after the month could be read as its day
    st.integers(min_value=32, max_value=900),
    st.integers(min_value=1, max_value=300),
    st.sampled_from(["prisoners", "soldiers", "servicemen"]),
    st.sampled_from(
        [
            "On 14 September and again on 18 October, with {a} and then {b} {people} "
            "crossing each way, the pattern held.",
            "On 14 September and on 18 October, {a} and then {b} {people} crossed each way.",
        ]
    ),
)
def test_news_crossing_each_way_is_a_swaps_size_per_side(
    a: int, b: int, people: str, wording: str
) -> None:
    # "crossed each way", like "went each way": the figure went in both directions, and a
    # list told "then" gives each listed day its own swap
    b += a  # two swaps of different sizes
    found = periods_of(wording.format(a=a, b=b, people=people), date(2024, 12, 31))
    first, second = f"{a:,}", f"{b:,}"
    assert sorted(found["2024-09-14"]) == [("RUS", "UKR", first), ("UKR", "RUS", first)]
    assert sorted(found["2024-10-18"]) == [("RUS", "UKR", second), ("UKR", "RUS", second)]


def test_news_crossing_each_way_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of("On Saturday 103 prisoners crossed each way.") == {
        ("UKR", "RUS", POW): [Count.exact(103)],
        ("RUS", "UKR", POW): [Count.exact(103)],
    }
    # refugees crossing at a checkpoint are no one handed over
    assert legs_of("Some 300 refugees crossed each way at the checkpoint on Monday.") == {}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=1500),
    st.sampled_from([("Ukraine", "RUS", "UKR"), ("Russia", "UKR", "RUS")]),
    st.sampled_from(["lorries", "refrigerated trucks", "the convoy"]),
    st.sampled_from(["the remains of {n} people", "the bodies of {n} soldiers", "{n} bodies"]),
)
def test_news_a_vehicle_that_crossed_into_a_side_carrying_the_dead_brings_them_there(
    legs_of: Callable[..., Any], n: int, side: tuple[str, str, str], vehicle: str, load: str
) -> None:
    """ "lorries crossed into Ukraine carrying the remains of 1,000 people": to Ukraine."""
    name, sender, receiver = side
    carried = load.format(n=f"{n:,}")
    text = f"On Thursday, {vehicle} crossed into {name} carrying {carried}."
    assert legs_of(text) == {(sender, receiver, REMAINS): [Count.exact(n)]}


def test_news_a_crossing_carrying_nothing_counted_or_in_another_clause_moves_no_one(
    legs_of: Callable[..., Any],
) -> None:
    # troops carrying arms invade; a figure of another clause is not what was carried
    assert legs_of("On Thursday, troops crossed into Russia carrying rifles.") == {}
    assert (
        legs_of("On Thursday, lorries crossed into Ukraine carrying aid; 30 drivers waited.") == {}
    )


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=20, max_value=1500),
    st.sampled_from(["fourth", "second", "5th", "third"]),
    st.sampled_from(["since the summer", "since June", "since the spring"]),
)
def test_news_a_handover_for_the_nth_time_since_is_that_one_not_a_total(
    n: int, rank: str, since: str
) -> None:
    """ "For the fourth time since the summer, Ukraine received 1,000 bodies": one handover."""
    text = f"For the {rank} time {since}, Ukraine received the remains of {n:,} people on Thursday."
    assert periods_of(text, date(2025, 10, 24)) == {"2025-10-23": [("RUS", "UKR", f"{n:,}")]}
