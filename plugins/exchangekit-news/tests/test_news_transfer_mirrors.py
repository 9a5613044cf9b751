"""Transfer legs told by reference to the other leg, or in lists, however worded."""

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
REMAINS = PersonCategory.REMAINS
CIVILIANS = PersonCategory.CIVILIANS


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["the same number of", "as many", "an equal number of"]),
    st.sampled_from(["soldiers", "servicemen", "prisoners of war"]),
)
def test_news_a_bare_nationality_mirrors_the_kind_of_the_leg_it_repeats(
    legs_of: Callable[..., Any], n: int, same: str, noun: str
) -> None:
    # "Russians" says whose people and no kind: the counterpart "for" the figure is of no
    # one kind (the coding conventions' bare nationality), not the kind of the leg it repeats
    text = f"On Monday, {n} Ukrainian {noun} came home in return for {same} Russians."
    assert legs_of(text) == {
        ("RUS", "UKR", POW): [Count.exact(n)],
        ("UKR", "RUS", OTHER): [Count.exact(n)],
    }


def test_news_mirrored_legs_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "Kyiv got back the bodies of 212 fallen defenders on Friday and returned the same"
        " number of Russians."
    ) == {("RUS", "UKR", REMAINS): [Count.exact(212)], ("UKR", "RUS", REMAINS): [Count.exact(212)]}
    assert legs_of(
        "On Sunday, 48 Russian servicemen were freed in exchange for as many Ukrainians."
    ) == {
        ("UKR", "RUS", POW): [Count.exact(48)],
        ("RUS", "UKR", OTHER): [Count.exact(48)],
    }


@pytest.mark.parametrize(
    ("text", "counterpart"),
    [
        # the counterpart's own noun says the kind: it keeps it
        (
            "Late on Thursday, after hours at the crossing, 64 Ukrainian marines were handed"
            " back in exchange for the same number of Russian conscripts.",
            POW,
        ),
        # a nationality alone, the figure told once before it with its kind
        (
            "The Emirates said 131 Ukrainian border guards, most held since the first weeks"
            " of the war, were freed on Friday in return for an equal number of Russians.",
            OTHER,
        ),
        # the dead repeated stay the dead, whoever they were
        (
            "On Tuesday Kyiv recovered the bodies of 500 fallen soldiers in exchange for the"
            " same number of Russians.",
            PersonCategory.REMAINS,
        ),
    ],
)
def test_news_a_counterpart_for_the_same_number_takes_only_its_own_kind(
    legs_of: Callable[..., Any], text: str, counterpart: PersonCategory
) -> None:
    legs = legs_of(text)
    assert {kind for (_, receiver, kind) in legs if receiver == "RUS"} == {counterpart}


def test_news_as_many_as_is_a_hedge_and_twice_as_many_a_ratio(legs_of: Callable[..., Any]) -> None:
    assert legs_of("On Monday Kyiv received 64 soldiers, and as many as 300 more are awaited.") == {
        ("RUS", "UKR", POW): [Count.exact(64)]
    }
    assert legs_of(
        "On Monday, 300 soldiers came home to Ukraine, twice as many Russians as in May."
    ) == {("RUS", "UKR", POW): [Count.exact(300)]}


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.integers(min_value=2, max_value=900), min_size=2, max_size=2, unique=True),
    st.sampled_from(["swaps", "exchanges"]),
    st.sampled_from(["per side", "in each direction", "each way"]),
)
def test_news_counted_swaps_with_one_figure_each_are_not_a_running_total(
    legs_of: Callable[..., Any], sizes: list[int], noun: str, per_side: str
) -> None:
    # "two swaps ... 25 and 150": as many figures as swaps counted, one swap each
    a, b = sizes
    text = f"Two {noun} on 3 June and 9 July involved {a} and {b} soldiers {per_side}."
    assert legs_of(text) == {
        ("RUS", "UKR", POW): [Count.exact(a), Count.exact(b)],
        ("UKR", "RUS", POW): [Count.exact(a), Count.exact(b)],
    }


def test_news_an_event_noun_reaches_its_of_across_an_aside_of_dates(
    legs_of: Callable[..., Any],
) -> None:
    both = {
        ("RUS", "UKR", POW): [Count.exact(61), Count.exact(77)],
        ("UKR", "RUS", POW): [Count.exact(61), Count.exact(77)],
    }
    assert (
        legs_of("Spring brought two swaps, on 3 and 9 June, of 61 and 77 soldiers per side.")
        == both
    )
    assert (
        legs_of(
            "The first exchanges — on 3 June and 9 June — of 61 and 77 soldiers apiece went well."
        )
        == both
    )
    # a total over many exchanges stays a total: one figure for 58 swaps
    assert (
        legs_of("In 58 exchanges since 2022, some 4,500 soldiers have come home to Ukraine.") == {}
    )


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.integers(min_value=2, max_value=900), min_size=2, max_size=2, unique=True),
    st.sampled_from([(3, "3rd", 21, "21st"), (14, "14th", 24, "24th"), (2, "2nd", 9, "9th")]),
)
def test_news_ordinal_days_of_one_month_date_the_figures_listed(
    sizes: list[int], days: tuple[int, str, int, str]
) -> None:
    # the days do not use up the verb's reach, and each figure takes its own day
    a, b = sizes
    first, first_text, second, second_text = days
    text = (
        f"In March, Russia returned, on the {first_text} and the {second_text},"
        f" {a} and {b} soldiers to Ukraine."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    got = sorted(
        (str(x.period), [str(t.count) for t in x.transfers])
        for x in items
        if isinstance(x, Exchange)
    )
    assert got == sorted([(f"2025-03-{first:02d}", [str(a)]), (f"2025-03-{second:02d}", [str(b)])])


def test_news_ordinal_days_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    both = {
        ("RUS", "UKR", PersonCategory.OTHER): [Count.exact(84), Count.exact(146)],
        ("UKR", "RUS", PersonCategory.OTHER): [Count.exact(84), Count.exact(146)],
    }
    assert (
        legs_of("In August, swaps on the 14th and the 24th involved 84 and 146 people per side.")
        == both
    )
    assert (
        legs_of(
            "Later swaps, in August, on the 14th and the 24th, moved 84 and 146 people each way."
        )
        == both
    )


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.integers(min_value=2, max_value=900), min_size=3, max_size=3, unique=True),
    st.sampled_from(["each way", "in each direction", "per side"]),
)
def test_news_verbless_sizes_per_side_respectively_date_one_swap_each(
    sizes: list[int], per_side: str
) -> None:
    # no verb of moving: "each way" and "respectively" make the list the swaps' sizes
    a, b, c = sizes
    text = (
        f"Prisoners kept coming home. On Mar. 2, Apr. 9 and May 21 — {a}, {b} and {c}"
        f" {per_side}, respectively — the routine held."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    got = sorted(
        (str(x.period), sorted((t.receiver.code, str(t.count)) for t in x.transfers))
        for x in items
        if isinstance(x, Exchange)
    )
    assert got == [
        (day, [("RUS", str(n)), ("UKR", str(n))])
        for day, n in (("2025-03-02", a), ("2025-04-09", b), ("2025-05-21", c))
    ]


def test_news_verbless_sizes_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    legs = legs_of(
        "The rhythm was steady: on 3 June and 9 July, 60 and 72 in each direction, respectively."
    )
    assert legs[("RUS", "UKR", PersonCategory.OTHER)] == [Count.exact(60), Count.exact(72)]
    # a spaced em dash after a date's day never joins it to the next number as a range
    assert legs_of("Swaps went on until Oct. 18 — 95 soldiers came home to Ukraine that day.") == {
        ("RUS", "UKR", POW): [Count.exact(95)]
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=20, max_value=1500),
    st.sampled_from(["each time", "each month"]),
    st.sampled_from([("its dead", REMAINS), ("its soldiers", POW), ("bodies", REMAINS)]),
)
def test_news_a_bare_figure_each_time_counts_the_people_its_clause_names(
    legs_of: Callable[..., Any], n: int, each: str, people: tuple[str, PersonCategory]
) -> None:
    # one figure per transfer, one direction: the clause's verb and people say which
    noun, category = people
    text = f"In April and May — {n} {each} — Ukraine took back {noun}."
    assert legs_of(text) == {("RUS", "UKR", category): [Count.exact(n), Count.exact(n)]}


def test_news_a_bare_figure_each_time_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of("Russia handed bodies back to Ukraine in May and June, 500 each month.") == {
        ("RUS", "UKR", REMAINS): [Count.exact(500), Count.exact(500)]
    }
    assert legs_of("In March and April — 35 each time — Russia got back its servicemen.") == {
        ("UKR", "RUS", POW): [Count.exact(35), Count.exact(35)]
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=3, max_value=60),
    st.sampled_from(
        [
            ", among them two nurses from a district hospital who had been detained at a"
            " checkpoint near the front in March 2023 and kept in a pre-trial prison for"
            " more than a year,",
            ", two nurses among them who had been detained at a checkpoint in March 2023,",
        ]
    ),
)
def test_news_a_long_aside_naming_a_part_sits_between_the_subject_and_its_verb(
    n: int, aside: str
) -> None:
    # the part is not coded, the whole is, and the aside's date is the detention's
    text = f"{n} Ukrainian civilians{aside} were freed from Russian captivity on Friday."
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    got = [
        (str(x.period), [(t.receiver.code, t.category, t.count) for t in x.transfers])
        for x in items
        if isinstance(x, Exchange)
    ]
    assert got == [("2025-10-17", [("UKR", CIVILIANS, Count.exact(n))])]


def test_news_long_asides_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "Eight Ukrainian civilians, including an elderly couple who had been taken from"
        " their village in the Kharkiv region during the first weeks of the invasion and"
        " held in three different places since, returned to Ukraine on Monday."
    ) == {("RUS", "UKR", CIVILIANS): [Count.exact(8)]}
    assert legs_of("Six Ukrainian civilians, one teacher among them, came home on Monday.") == {
        ("RUS", "UKR", CIVILIANS): [Count.exact(6)]
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=3, max_value=40),
    st.sampled_from(["youngest", "oldest", "eldest", "first"]),
)
def test_news_an_aside_describing_one_of_them_sits_before_the_verb(n: int, which: str) -> None:
    # the aside's own year is not the return's
    text = (
        f"{n} children, the {which} of them a boy of 12 who had been placed in a Russian"
        " boarding school after his mother was detained in 2022, came back to Ukraine on"
        " Monday."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    got = [
        (str(x.period), [(t.receiver.code, t.category, t.count) for t in x.transfers])
        for x in items
        if isinstance(x, Exchange)
    ]
    assert got == [("2025-10-20", [("UKR", PersonCategory.CHILDREN, Count.exact(n))])]


def test_news_asides_describing_one_of_them_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "Seven Ukrainian civilians, the oldest of them a retired teacher of 81, were"
        " handed over to Ukraine on Wednesday."
    ) == {("RUS", "UKR", CIVILIANS): [Count.exact(7)]}
    assert legs_of(
        "Thirty Russian soldiers, the last of them flown out of Kyiv only on Tuesday"
        " morning, were returned to Russia on Wednesday."
    ) == {("UKR", "RUS", POW): [Count.exact(30)]}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=90),
    st.sampled_from(
        ["With Qatar's mediation", "Through the mediation of Qatar", "Under Qatari mediation"]
    ),
)
def test_news_mediation_told_as_a_circumstance_is_not_the_verb(
    legs_of: Callable[..., Any], n: int, opener: str
) -> None:
    text = f"{opener}, {n} children were reunited with their families in Ukraine on Monday."
    assert legs_of(text) == {("RUS", "UKR", PersonCategory.CHILDREN): [Count.exact(n)]}


def test_news_mediation_as_circumstance_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "On Friday, through Emirati mediation, 64 Ukrainian soldiers were handed over to Ukraine."
    ) == {("RUS", "UKR", POW): [Count.exact(64)]}
    # the mediation as the subject still moves people each way
    assert legs_of("On Friday the UAE's mediation freed 40 captives from each side.") == {
        ("RUS", "UKR", PersonCategory.OTHER): [Count.exact(40)],
        ("UKR", "RUS", PersonCategory.OTHER): [Count.exact(40)],
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=90),
    st.sampled_from(["according to their families", "in most cases", "we understand"]),
)
def test_news_a_parenthesis_inside_a_relative_clause_does_not_end_it(n: int, inner: str) -> None:
    # the comma right after "who" opens a parenthesis; the clause ends at a later comma
    text = (
        f"{n} soldiers who had fought near Bakhmut and who, {inner}, had been held in"
        " Taganrog since the spring of 2023, crossed back into Ukraine on Friday."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    got = [
        (str(x.period), [(t.receiver.code, t.category, t.count) for t in x.transfers])
        for x in items
        if isinstance(x, Exchange)
    ]
    assert got == [("2025-10-17", [("UKR", POW, Count.exact(n))])]


def test_news_relative_parentheses_and_into_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "The bodies of 75 Russian soldiers, most of whom, Moscow says, died near Avdiivka"
        " in the winter, were handed over to Russia on Monday."
    ) == {("UKR", "RUS", REMAINS): [Count.exact(75)]}
    # "into" names a destination only when a side follows it as a noun
    assert legs_of("On Monday, 12 civilians were brought back into Ukraine.") == {
        ("RUS", "UKR", CIVILIANS): [Count.exact(12)]
    }
    assert legs_of("The 40 soldiers freed on Friday had been taken into Russian captivity.") == {}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=2, max_value=999),
    st.sampled_from(["March", "June", "September"]),
)
def test_news_after_a_day_and_its_month_a_number_is_a_figure_unless_a_year(
    legs_of: Callable[..., Any], day: int, n: int, month: str
) -> None:
    # "on 19 March 175 servicemen": the day is told, so 175 is no part of the date
    text = f"On {day} {month} {n} Russian servicemen were returned to Russia."
    assert legs_of(text) == {("UKR", "RUS", POW): [Count.exact(n)]}


def test_news_day_month_figure_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of("Then on 2 June 48 Ukrainian soldiers came home to Ukraine.") == {
        ("RUS", "UKR", POW): [Count.exact(48)]
    }
    # a year after the day and month is still the date's
    assert legs_of("On 2 June 2024 the sides met in Istanbul.") == {}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["prisoners of war", "servicemen", "prisoners"]),
)
def test_news_ones_after_a_nationality_counts_the_people_told_before(
    legs_of: Callable[..., Any], ours: int, theirs: int, noun: str
) -> None:
    text = f"On Friday, {ours} Ukrainian {noun} came home and {theirs} Russian ones were freed."
    assert legs_of(text) == {
        ("RUS", "UKR", POW): [Count.exact(ours)],
        ("UKR", "RUS", POW): [Count.exact(theirs)],
    }


def test_news_ones_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "Kyiv got back 88 Ukrainian prisoners of war on Monday, while 90 Russian ones went"
        " back to Russia."
    ) == {("RUS", "UKR", POW): [Count.exact(88)], ("UKR", "RUS", POW): [Count.exact(90)]}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from([("Russia", "UKR", "RUS"), ("Ukraine", "RUS", "UKR")]),
    st.sampled_from(["in return", "in exchange"]),
)
def test_news_home_is_the_side_that_did_not_get_its_people_in_return(
    legs_of: Callable[..., Any], n: int, other: tuple[str, str, str], back: str
) -> None:
    # no side is named for the first leg: the one that "received its people in return"
    # is the other leg's, so the people came home to the other side
    name, home, away = other
    text = f"On Friday, {n} soldiers came home, and {name} received its own people {back}."
    assert legs_of(text) == {(away, home, POW): [Count.exact(n)]}


def test_news_home_of_the_other_leg_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "On Monday 31 civilians came back home, while Moscow got back its citizens in return."
    ) == {("RUS", "UKR", CIVILIANS): [Count.exact(31)]}
    # a side after a preposition is no subject of the return
    assert (
        legs_of(
            "On Monday 31 soldiers came home, and talks with Russia received a boost in return."
        )
        == {}
    )


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=30, max_value=400),
    st.integers(min_value=2, max_value=29),
    st.sampled_from(["the same number of Ukrainians", "the same numbers of Ukrainian prisoners"]),
)
def test_news_the_same_number_repeats_each_part_of_a_pair(
    legs_of: Callable[..., Any], soldiers: int, civilians: int, same: str
) -> None:
    # "N soldiers and M civilians ... for the same number": both parts go back, each of its kind
    text = (
        f"On Monday {soldiers} Russian soldiers and {civilians} civilians were handed back "
        f"by Ukraine in return for {same}."
    )
    assert legs_of(text) == {
        ("UKR", "RUS", POW): [Count.exact(soldiers)],
        ("UKR", "RUS", CIVILIANS): [Count.exact(civilians)],
        ("RUS", "UKR", POW): [Count.exact(soldiers)],
        ("RUS", "UKR", CIVILIANS): [Count.exact(civilians)],
    }


def test_news_the_same_number_after_a_pair_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "Moscow freed 64 servicemen and 9 civilians on Sunday and got back as many Russians."
    ) == {
        ("RUS", "UKR", POW): [Count.exact(64)],
        ("RUS", "UKR", CIVILIANS): [Count.exact(9)],
        ("UKR", "RUS", POW): [Count.exact(64)],
        ("UKR", "RUS", CIVILIANS): [Count.exact(9)],
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["gave", "handed"]),
    st.sampled_from([("Russia", "Ukrainian"), ("Moscow", "Ukrainian"), ("Kyiv", "Russian")]),
    st.sampled_from(["the same number", "the same number of its own", "an equal number"]),
)
def test_news_the_side_named_after_a_verb_of_sending_gets_the_second_leg(
    legs_of: Callable[..., Any], n: int, verb: str, sides: tuple[str, str], same: str
) -> None:
    # the subject ("the deal") is no side: the indirect object says who got the people
    given_to, home = sides
    got = "RUS" if given_to in ("Russia", "Moscow") else "UKR"
    other = "UKR" if got == "RUS" else "RUS"
    text = f"The deal last week, which freed {n} {home} soldiers, {verb} {given_to} {same}."
    # "of its own" names no kind: a side's kind comes only from a noun said of it
    kind = OTHER if same.endswith("of its own") else POW
    assert legs_of(text) == {
        (got, other, POW): [Count.exact(n)],
        (other, got, kind): [Count.exact(n)],
    }


def test_news_gave_with_its_receiver_first_in_other_wordings(legs_of: Callable[..., Any]) -> None:
    assert legs_of("Kyiv gave Moscow 64 prisoners of war on Saturday.") == {
        ("UKR", "RUS", POW): [Count.exact(64)]
    }
    assert legs_of("The exchange freed 75 Ukrainian defenders and handed Russia 75.") == {
        ("RUS", "UKR", POW): [Count.exact(75)],
        ("UKR", "RUS", POW): [Count.exact(75)],
    }
    assert legs_of(
        "A swap brokered in the Gulf brought home 31 Ukrainian marines and gave Russia 31 of"
        " its own in return."
    ) == {("RUS", "UKR", POW): [Count.exact(31)], ("UKR", "RUS", OTHER): [Count.exact(31)]}


def test_news_gave_without_a_receiver_before_a_figure_moves_no_one(
    legs_of: Callable[..., Any],
) -> None:
    # "gave" states a figure or a source far more often than it hands anyone over
    assert legs_of("The minister gave Russia's own count of 700 soldiers held in Ukraine.") == {}
    assert legs_of("Officials gave no source for the 1,400 servicemen listed as missing.") == {}
    assert legs_of("The ombudsman gave Kyiv's figure as 3,000 civilians still held.") == {}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=90),
    st.sampled_from(
        [
            "and Russia got back the same numbers of servicemen and civilians",
            "and the same numbers of Russian soldiers and civilians went home to Russia",
            "in a swap in which the same numbers of Russian troops and civilians were returned"
            " to Russia",
        ]
    ),
)
def test_news_the_same_numbers_of_two_kinds_repeat_each_kind_not_a_mixed_group(
    legs_of: Callable[..., Any], soldiers: int, civilians: int, mirror: str
) -> None:
    # each kind listed after "the same numbers" is a figure of its own kind; only one
    # figure before "X and Y" ("189 soldiers and civilians") counts people of both kinds
    text = f"Kyiv recovered {soldiers} marines and {civilians} civilians on Monday, {mirror}."
    assert legs_of(text) == {
        ("RUS", "UKR", POW): [Count.exact(soldiers)],
        ("RUS", "UKR", CIVILIANS): [Count.exact(civilians)],
        ("UKR", "RUS", POW): [Count.exact(soldiers)],
        ("UKR", "RUS", CIVILIANS): [Count.exact(civilians)],
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
    st.sampled_from(
        [
            "The Russian side put the number it had received at",
            "Officials in Moscow put the number they had got back at",
            "Moscow put the number of its own servicemen returned at",
            "Russia's ministry put the number of its troops freed in the swap at",
        ]
    ),
)
def test_news_a_side_putting_the_number_of_its_own_people_at_n_tells_the_other_leg(
    legs_of: Callable[..., Any], n: int, m: int, put: str
) -> None:
    # the clause inside "put the number ... at" has its own verb: its people went home,
    # so it is the way back, not a rival count of the leg told before
    text = f"Kyiv recovered {n} soldiers on Monday. {put} {m}."
    assert legs_of(text) == {
        ("RUS", "UKR", POW): [Count.exact(n)],
        ("UKR", "RUS", POW): [Count.exact(m)],
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=30, max_value=400),
    st.integers(min_value=2, max_value=29),
    st.sampled_from(["were exchanged for", "were swapped for", "were traded for"]),
)
def test_news_a_list_swapped_for_the_same_numbers_goes_both_ways(
    legs_of: Callable[..., Any], soldiers: int, civilians: int, swapped: str
) -> None:
    # "for the same numbers" with no noun of its own repeats every part of the list before
    # it, each of its own kind, and each part goes both ways (not only the last)
    text = f"On 4 May, {soldiers} soldiers and {civilians} civilians {swapped} the same numbers."
    assert legs_of(text) == {
        ("RUS", "UKR", POW): [Count.exact(soldiers)],
        ("UKR", "RUS", POW): [Count.exact(soldiers)],
        ("RUS", "UKR", CIVILIANS): [Count.exact(civilians)],
        ("UKR", "RUS", CIVILIANS): [Count.exact(civilians)],
    }


def test_news_the_same_numbers_after_a_longer_list_or_a_bare_figure(
    legs_of: Callable[..., Any],
) -> None:
    three = legs_of(
        "On Friday, 40 servicemen, 12 civilians and 3 children were swapped for the same numbers."
    )
    assert {(s, r, c.value): n for (s, r, c), n in three.items()} == {
        (s, r, kind): [Count.exact(n)]
        for s, r in (("RUS", "UKR"), ("UKR", "RUS"))
        for kind, n in (("prisoners_of_war", 40), ("civilians", 12), ("children", 3))
    }
    # a figure with no noun repeated by "the same number" goes each way, like "303 for 303"
    bare = legs_of(
        "On the Saturday 307 servicemen were exchanged for 307; and on Sunday a last 260 "
        "were swapped for the same number."
    )
    assert bare[("RUS", "UKR", POW)] == [Count.exact(307), Count.exact(260)]
    assert bare[("UKR", "RUS", POW)] == [Count.exact(307), Count.exact(260)]
    # "for the same number of ..." after something that is no swap stays no transfer
    assert (
        legs_of("The talks lasted 12 hours, and aides asked for the same number next year.") == {}
    )


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["came home", "were freed", "had been brought back", "returned"]),
    st.sampled_from(["in return for", "in exchange for"]),
    st.sampled_from([("Russian soldiers", "UKR", "RUS"), ("Ukrainian prisoners", "RUS", "UKR")]),
)
def test_news_a_bare_figure_given_for_one_side_went_to_the_other(
    legs: Callable[..., Any],
    n: int,
    m: int,
    verb: str,
    given_for: str,
    counter: tuple[str, str, str],
) -> None:
    # the bare figure names no people, yet the verb right after it moved them, and the
    # people they were given for went the other way
    noun, to, gave = counter
    text = f"At the border on Tuesday, {n} {verb} {given_for} {m} {noun}, officials said."
    found = legs(text)
    ours = [count for (sender, receiver, _), count in found.items() if receiver == to]
    assert ours == [Count.exact(n)]
    assert found[(to, gave, POW.value)] == Count.exact(m)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause on one exchange sizes that exchange, whatever the clause
        # before it summed
        "Some 900 had been released in about 20 exchanges by the summer, a count raised after "
        "the March 3 swap, in which 88 came home in return for 70 Russian soldiers.",
        "The ombudsman says about 1,200 were freed in a dozen swaps, the last of them a "
        "handover when 88 came home in exchange for 70 Russian soldiers.",
    ],
)
def test_news_a_relative_clause_on_one_exchange_is_no_running_total(
    news: Callable[..., Any], text: str
) -> None:
    result = news(text)
    moved = {(t.receiver.code, t.count.best) for e in result.exchanges for t in e.transfers}
    assert moved == {("UKR", 88), ("RUS", 70)}
    assert all(t.count.best not in (88, 70) for t in result.tallies)


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=100, max_value=2000),
    st.integers(min_value=2, max_value=90),
    st.sampled_from(["were handed over", "were received", "were repatriated"]),
    st.sampled_from(
        [
            (", and Moscow got {m} of its own dead back", "UKR", "RUS"),
            (", while Kyiv received {m} of its own fallen in exchange", "RUS", "UKR"),
            (", in return for which Russia received {m}", "UKR", "RUS"),
            # a passive of sending with no side, then a side that got bodies of its own
            (" and the Russian side received {m}", "UKR", "RUS"),
            (", while Ukraine had received {m} bodies", "RUS", "UKR"),
        ]
    ),
)
def test_news_bodies_moved_without_a_side_go_against_the_bodies_given_back(
    legs: Callable[..., Any],
    n: int,
    m: int,
    verb: str,
    back: tuple[str, str, str],
) -> None:
    # the second clause says its bodies were the return, so the first figure went the
    # other way, never the same way as the bodies given back for it
    clause, gave, got = back
    text = f"On Saturday, {n:,} bodies {verb}{clause.format(m=m)}."  # 1800 could be a year
    assert legs(text) == {
        (got, gave, REMAINS.value): Count.exact(n),
        (gave, got, REMAINS.value): Count.exact(m),
    }


@pytest.mark.parametrize(
    "text",
    [
        # no word says the second figure was the return, or a full stop parts the two
        "On Saturday, 800 bodies were handed over, and Russia received 30 prisoners.",
        "On Saturday, 800 bodies were handed over; Moscow got back 30 of its own dead.",
    ],
)
def test_news_bodies_without_a_return_named_stay_undirected(
    legs: Callable[..., Any], text: str
) -> None:
    assert all(count.best != 800 for count in legs(text).values())


_SIDES = [("Ukraine", "UKR"), ("Kyiv", "UKR"), ("Russia", "RUS"), ("the Russian side", "RUS")]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(_SIDES),
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(
        ["in the handover", "in the second handover", "at that exchange", "during the swap"]
    ),
    st.sampled_from([";", ".", ", and"]),
)
def test_news_a_prepositional_aside_before_the_verb_keeps_the_subject_before_it(
    legs_of: Callable[..., Any],
    side: tuple[str, str],
    n: int,
    m: int,
    aside: str,
    joint: str,
) -> None:
    # "Russia, in the second handover, got back 40 bodies": the handover named in the aside
    # is no clause of its own, so "Russia" is still the verb's subject
    other = ("Russia", "RUS") if side[1] == "UKR" else ("Ukraine", "UKR")
    text = f"{side[0]} received {n} bodies{joint} {other[0]}, {aside}, got back {m} bodies."
    legs = legs_of(text[0].upper() + text[1:])
    assert legs.get((side[1], other[1], REMAINS)) == [Count.exact(m)]
    assert legs.get((other[1], side[1], REMAINS)) == [Count.exact(n)]


def test_news_the_same_number_after_an_aside_goes_to_the_subject_before_it(
    legs_of: Callable[..., Any],
) -> None:
    legs = legs_of(
        "Ukraine received the remains of 45 soldiers; the Russian side, in the second"
        " handover, got back the same number."
    )
    assert legs == {
        ("RUS", "UKR", REMAINS): [Count.exact(45)],
        ("UKR", "RUS", REMAINS): [Count.exact(45)],
    }


@pytest.mark.parametrize(
    ("ordinal", "day"), [("first", "2025-05-03"), ("second", "2025-05-09"), ("third", "2025-06-01")]
)
def test_news_an_ordinal_of_listed_handovers_picks_one_of_their_dates(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]], ordinal: str, day: str
) -> None:
    # "in the second of those handovers" tells of one handover among the dated ones, so the
    # leg stands on that day alone, and is not a sum over "those handovers"
    legs = recap(
        "On 3 May, 9 May and 1 June, Ukraine received the remains of 45 soldiers each time;"
        f" the Russian side, in the {ordinal} of those handovers, got back the same number."
    )
    assert {leg for leg in legs if leg[2] == "RUS"} == {(day, "UKR", "RUS", "remains", "45")}
    assert len({leg for leg in legs if leg[2] == "UKR"}) == 3


def test_news_one_of_those_handovers_is_not_a_sum_over_them(
    receipts: Callable[[str], tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]],
) -> None:
    _, tallies = receipts(
        "Ukraine received the remains of 45 soldiers; the Russian side, in the second of"
        " those handovers, got back the same number."
    )
    assert tallies == set()


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(
        [
            ("Ukrainian", "came home", "RUS", "UKR"),
            ("Ukrainian", "were freed", "RUS", "UKR"),
            ("Russian", "returned home", "UKR", "RUS"),
            ("Russian", "were handed back", "UKR", "RUS"),
        ]
    ),
    st.sampled_from(["the same number", "as many"]),
    st.sampled_from(["went the other way", "went in the other direction"]),
    st.sampled_from([" On Monday,", " On 6 May", ""]),
)
def test_news_people_of_no_side_that_went_the_other_way_reverse_the_clause_before(
    legs_of: Callable[..., Any],
    n: int,
    first: tuple[str, str, str, str],
    same: str,
    other_way: str,
    when: str,
) -> None:
    # "205 servicemen came home and the same number went the other way": the second
    # clause names no side, and "the other way" reverses the way of the first
    nationality, verb, sender, receiver = first
    text = f"{when} {n} {nationality} servicemen {verb} and {same} {other_way}.".strip()
    legs = legs_of(text)
    # "as many" names no kind of its own; "the same number" takes the noun it refers to
    kind = OTHER if same == "as many" else POW
    assert legs == {
        (sender, receiver, POW): [Count.exact(n)],
        (receiver, sender, kind): [Count.exact(n)],
    }


def test_news_a_plain_other_way_with_nothing_before_it_stays_unread(
    legs_of: Callable[..., Any],
) -> None:
    # with no clause before it to reverse, "the other way" names no side
    assert legs_of("On Monday the same number went the other way.") == {}
    assert legs_of("On Monday the convoy of 40 buses went the other way.") == {}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from([("Ukrainian", "Russia"), ("Russian", "Ukraine")]),
    st.sampled_from(
        [
            "{p} servicemen came home in a swap with {s}, which received",
            "{p} soldiers came home, with {s} receiving",
            "{p} prisoners of war were freed in a swap with {s}, which got back",
        ]
    ),
)
def test_news_the_same_number_a_side_told_in_the_clause_got_is_the_other_way(
    legs_of: Callable[..., Any], n: int, sides: tuple[str, str], clause: str
) -> None:
    """ "50 Ukrainian servicemen came home in a swap with Russia, which received the same"."""
    people, side = sides
    text = f"On Monday, {n} {clause.format(p=people, s=side)} the same number."
    home, other = ("UKR", "RUS") if people == "Ukrainian" else ("RUS", "UKR")
    assert legs_of(text) == {
        (other, home, POW): [Count.exact(n)],
        (home, other, POW): [Count.exact(n)],
    }


@pytest.mark.parametrize(
    "text",
    [
        # the side named is the one that already received: no other way to mirror
        "On Monday, 50 Ukrainian servicemen came home, with Ukraine receiving the same number.",
        # a plan, not a handover
        "On Monday, 50 Ukrainian servicemen came home; Russia, which will receive the same"
        " number, has not said when.",
    ],
)
def test_news_the_same_number_of_the_side_that_received_or_of_a_plan_stays_unread(
    legs_of: Callable[..., Any], text: str
) -> None:
    """Only the way told is read."""
    assert legs_of(text) == {("RUS", "UKR", POW): [Count.exact(50)]}


@settings(max_examples=25, deadline=None)
@given(
    sent=st.integers(min_value=500, max_value=2_000),
    got=st.integers(min_value=10, max_value=90),
    speaker=st.sampled_from(["", ", the Headquarters said", ", Kyiv said"]),
    own=st.sampled_from(["of its own soldiers", "of its own servicemen", "of its fallen"]),
)
def test_news_a_fronted_counter_of_bodies_never_takes_the_storys_way(
    legs_of: Callable[..., Any], sent: int, got: int, speaker: str, own: str
) -> None:
    """ "In exchange for the remains of 31 of its own soldiers, Russia handed over the 1,000":
    the bodies asked in exchange went back to Russia, never the way the story's bodies go."""
    text = (
        f"On Thursday Ukraine received {sent:,} bodies. Russia got back {got}.\n\n"
        f"In exchange for the remains of {got} {own}, Russia handed over the {sent:,}{speaker}.\n"
    )
    legs = legs_of(text)
    assert Count.exact(got) not in legs.get(("RUS", "UKR", PersonCategory.REMAINS), [])
    assert legs.get(("UKR", "RUS", PersonCategory.REMAINS)) == [Count.exact(got)]
