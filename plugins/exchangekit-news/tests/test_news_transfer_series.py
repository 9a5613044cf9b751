"""Handovers told as a series in one clause: each figure with its own date.

A recap often leaves the verb out after the first handover ("116 came home on 4 May
and 101 on 9 May"). Each figure is its own handover at its own date; none is
dropped, and none takes another's date.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from exchangekit_news._mentions import find_mentions, lexicon
from exchangekit_news._tokens import tokenize
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from exchangekit import DEFAULT_REGISTRY

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


_SERIES_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_FIGURES = st.lists(st.integers(min_value=11, max_value=900), min_size=3, max_size=3, unique=True)
_TWO_DAYS = st.lists(st.integers(min_value=1, max_value=28), min_size=2, max_size=2, unique=True)


def _dated(legs: Legs) -> set[tuple[str, str, str, str]]:
    """(period, sender, receiver, count) of every leg, whatever its category."""
    return {(period, sender, receiver, count) for period, sender, receiver, _, count in legs}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "116 Ukrainians came back on 4 February and 101 on 16 February.",
            {("2025-02-04", "RUS", "UKR", "116"), ("2025-02-16", "RUS", "UKR", "101")},
        ),
        (
            "40 Russian soldiers went home on 7 June, and 33 on 28 June.",
            {("2025-06-07", "UKR", "RUS", "40"), ("2025-06-28", "UKR", "RUS", "33")},
        ),
        (
            "Ukraine got back 60 prisoners on 2 May and 80 on 9 May.",
            {("2025-05-02", "RUS", "UKR", "60"), ("2025-05-09", "RUS", "UKR", "80")},
        ),
        # a figure given back "each time" goes back at every date of the series
        (
            "Ukraine recovered 40 soldiers on 3 March and 52 on 21 March, handing over "
            "30 Russians on each occasion.",
            {
                ("2025-03-03", "RUS", "UKR", "40"),
                ("2025-03-21", "RUS", "UKR", "52"),
                ("2025-03-03", "UKR", "RUS", "30"),
                ("2025-03-21", "UKR", "RUS", "30"),
            },
        ),
        (
            "Kyiv got back 75 prisoners on 2 June and 80 on 30 June in return for "
            "70 Russians each time.",
            {
                ("2025-06-02", "RUS", "UKR", "75"),
                ("2025-06-30", "RUS", "UKR", "80"),
                ("2025-06-02", "UKR", "RUS", "70"),
                ("2025-06-30", "UKR", "RUS", "70"),
            },
        ),
        # "and again" between two dates lists them: the figure "each time" is at both
        (
            "Kyiv said on the 4th and again on the 9th that it had taken back 700 bodies "
            "each time.",
            {("2025-11-04", "RUS", "UKR", "700"), ("2025-11-09", "RUS", "UKR", "700")},
        ),
        (
            "June. On the 3rd and again on the 17th, Ukraine recovered 310 bodies each time.",
            {("2025-06-03", "RUS", "UKR", "310"), ("2025-06-17", "RUS", "UKR", "310")},
        ),
        (
            "On Tuesday and again on Friday, 25 Ukrainian civilians came home through "
            "Belarus each time.",
            {("2025-11-18", "RUS", "UKR", "25"), ("2025-11-14", "RUS", "UKR", "25")},
        ),
        (
            "In March and again in April, each time with about 60 people going each way, "
            "the exchanges went on.",
            {
                (month, sender, receiver, "around 60 [54, 66]")
                for month in ("2025-03", "2025-04")
                for sender, receiver in (("RUS", "UKR"), ("UKR", "RUS"))
            },
        ),
    ],
)
def test_each_figure_of_a_dated_series_keeps_its_own_date(
    recap: Recap, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert _dated(recap(text)) == expected


def test_a_gapped_figure_with_a_verb_of_its_own_is_not_carried(recap: Recap) -> None:
    """ "and 20 on 9 May were civilians": the figure has its own clause, not a handover."""
    legs = recap("Seventy Ukrainians came back on 3 May and 20 on 9 May were wounded.")
    assert "20" not in {leg[4] for leg in legs}


@_SERIES_SETTINGS
@given(figures=_FIGURES, days=_TWO_DAYS)
def test_each_gapped_figure_keeps_its_own_date(
    recap: Recap, figures: list[int], days: list[int]
) -> None:
    """A figure of the series is never dropped nor given the other figure's date."""
    first, second, _ = figures
    one, two = sorted(days)
    text = f"{first} Ukrainians came back on {one} March and {second} on {two} March."
    assert _dated(recap(text)) == {
        (f"2025-03-{one:02d}", "RUS", "UKR", str(first)),
        (f"2025-03-{two:02d}", "RUS", "UKR", str(second)),
    }


def test_a_counter_figure_without_each_time_is_not_repeated(recap: Recap) -> None:
    """ "..., for 45 Russians": no "each time", so the 45 is not told twice."""
    legs = recap("Russia freed 50 Ukrainians on 5 May and 60 on 9 May, for 45 Russians.")
    assert len([leg for leg in legs if leg[4] == "45"]) <= 1


@_SERIES_SETTINGS
@given(figures=_FIGURES, days=_TWO_DAYS)
def test_a_counter_each_time_is_at_every_date_and_only_there(
    recap: Recap, figures: list[int], days: list[int]
) -> None:
    """The figure given back "each time" goes back once at each date of the handovers."""
    first, second, back = figures
    one, two = sorted(days)
    text = (
        f"Kyiv got back {first} soldiers on {one} July and {second} on {two} July, "
        f"for {back} Russians each time."
    )
    returned = {(leg[0], leg[1], leg[2]) for leg in recap(text) if leg[4] == str(back)}
    assert returned == {
        (f"2025-07-{one:02d}", "UKR", "RUS"),
        (f"2025-07-{two:02d}", "UKR", "RUS"),
    }


def test_a_figure_without_each_time_is_not_spread_over_ordinal_days(recap: Recap) -> None:
    """ "took back 700 on the 4th and again on the 9th": no "each time", no series of 700s."""
    legs = recap("Kyiv took back 700 bodies on the 4th and again on the 9th.")
    assert len([leg for leg in legs if leg[4] == "700"]) <= 1


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")


@_SERIES_SETTINGS
@given(
    months=st.lists(st.integers(min_value=0, max_value=7), min_size=3, max_size=3, unique=True),
    figure=st.integers(min_value=1_000, max_value=9_000),
    again=st.sampled_from(["", "again "]),
)
def test_a_figure_with_its_own_date_is_not_moved_to_a_later_series(
    recap: Recap, months: list[int], figure: int, again: str
) -> None:
    """The months listed after a dated figure date the handovers told there, not that figure."""
    first, second, third = (_MONTHS[m] for m in sorted(months))
    text = (
        f"In {first}, Ukraine took back {figure:,} bodies, and since then there have been "
        f"two more, in {second} and {again}in {third}, of some 800 bodies each time."
    )
    periods = {leg[0] for leg in recap(text) if leg[4] == f"{figure:,}"}
    assert periods == {f"2025-{sorted(months)[0] + 1:02d}"}


def test_weekdays_named_without_again_are_not_a_series(recap: Recap) -> None:
    """ "added to Friday's and Saturday's groups": earlier days named, not this figure's."""
    legs = recap(
        "On Sunday the two sides each said 300 soldiers had been returned, which, added "
        "to Friday's and Saturday's groups, completes the deal."
    )
    assert {leg[0] for leg in legs if leg[4] == "300"} == {"2025-11-16"}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's first swap of the spring, on 17 March, freed nine soldiers in return for nine "
        "Russians, and a second, on 28 March, brought back 73.",
        "The first handover, on 3 June, returned 12 marines to Ukraine in exchange for 12 "
        "Russians; a second, two weeks later, brought back 58.",
        "Kyiv's opening swap, on 2 May, brought home 31 soldiers for 31 Russians, and the next "
        "exchange, on 9 May, brought home 47.",
    ],
)
def test_a_later_ranked_exchange_brings_back_the_first_ones_people(recap: Recap, text: str) -> None:
    # the ordinal stands for an exchange like the first: its people go where the first's
    # own people went, not where the counterpart figure just before it went
    legs = _dated(recap(text))
    later = {
        (sender, receiver) for _, sender, receiver, count in legs if count in ("73", "58", "47")
    }
    assert later == {("RUS", "UKR")}


_ORDERED_EACH_WAY = [
    # "A and then B went each way": each number told in order is its own swap, at its
    # own month, and a bare number is of no one kind
    (
        "Over April and May, 64 and then 81 went each way.",
        {
            ("2025-04", "UKR", "RUS", "other", "64"),
            ("2025-04", "RUS", "UKR", "other", "64"),
            ("2025-05", "UKR", "RUS", "other", "81"),
            ("2025-05", "RUS", "UKR", "other", "81"),
        },
    ),
    (
        "That summer, in July and in September, the sides kept it small: 48 and then 57 "
        "have gone each way.",
        {
            ("2025-07", "UKR", "RUS", "other", "48"),
            ("2025-07", "RUS", "UKR", "other", "48"),
            ("2025-09", "UKR", "RUS", "other", "57"),
            ("2025-09", "RUS", "UKR", "other", "57"),
        },
    ),
    (
        "In January and February 33 and then 120 prisoners went each way, officials said.",
        {
            ("2025-01", "UKR", "RUS", "prisoners_of_war", "33"),
            ("2025-01", "RUS", "UKR", "prisoners_of_war", "33"),
            ("2025-02", "UKR", "RUS", "prisoners_of_war", "120"),
            ("2025-02", "RUS", "UKR", "prisoners_of_war", "120"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), _ORDERED_EACH_WAY)
def test_numbers_told_in_order_before_going_each_way_are_each_a_swap(
    recap: Recap, text: str, expected: Legs
) -> None:
    assert recap(text) == expected


@_SERIES_SETTINGS
@given(figures=_FIGURES)
def test_every_number_told_in_order_goes_each_way(recap: Recap, figures: list[int]) -> None:
    first, second, _ = figures
    legs = recap(f"In March and in June, {first} and then {second} went each way.")
    assert {(count, sender) for _, sender, _, _, count in legs} == {
        (str(n), side) for n in (first, second) for side in ("UKR", "RUS")
    }


@pytest.mark.parametrize(
    ("text", "sender", "receiver"),
    [
        (
            "On Tuesday and again on Friday, detained civilians came back from Russia, "
            "9 each time.",
            "RUS",
            "UKR",
        ),
        (
            "On Monday and again on Thursday, conscripts held in Ukraine came home from "
            "Ukraine, 14 each time, Moscow said.",
            "UKR",
            "RUS",
        ),
    ],
)
def test_a_count_set_off_after_coming_home_from_a_side_leaves_that_side(
    recap: Recap, text: str, sender: str, receiver: str
) -> None:
    # the "from" before the set-off count is the clause's own: where they came from
    legs = recap(text)
    assert legs
    assert {(leg[1], leg[2]) for leg in legs} == {(sender, receiver)}
    assert len({leg[0] for leg in legs}) == 2  # one handover at each day named


@_SERIES_SETTINGS
@given(
    side=st.sampled_from([("Russia", "RUS"), ("Ukraine", "UKR")]),
    n=st.integers(min_value=2, max_value=400),
)
def test_people_who_came_back_from_a_side_are_never_sent_to_it(
    recap: Recap, side: tuple[str, str], n: int
) -> None:
    text = f"On Monday and again on Thursday, detainees came back from {side[0]}, {n} each time."
    assert all(leg[1] == side[1] and leg[2] != side[1] for leg in recap(text))


@pytest.mark.parametrize(
    "text",
    [
        "The men we met were freed in swaps on 3 May and 9 June, when 80 soldiers came home "
        "in return for 80 Russians.",
        "Several of the crew came back in exchanges in May and on 9 June, when 80 soldiers "
        "were swapped for 80 Russian servicemen.",
    ],
)
def test_a_when_clause_on_the_last_listed_date_is_that_days_exchange(
    recap: Recap, text: str
) -> None:
    # "when" hangs on the one date before it: not a sum of the exchanges listed
    legs = recap(text)
    assert {(leg[0], leg[1], leg[2], leg[4]) for leg in legs} == {
        ("2025-06-09", "RUS", "UKR", "80"),
        ("2025-06-09", "UKR", "RUS", "80"),
    }


def test_a_when_clause_on_a_date_does_not_make_a_total_one_exchange(recap: Recap) -> None:
    text = (
        "In exchanges through 5 March, when the headquarters last updated its list, "
        "3,000 people came home in all."
    )
    assert recap(text) == set()


@_SERIES_SETTINGS
@given(days=_TWO_DAYS, n=st.integers(min_value=11, max_value=900))
def test_a_pair_told_when_of_the_last_date_is_dated_there_only(
    recap: Recap, days: list[int], n: int
) -> None:
    text = (
        f"They were released in exchanges on {days[0]} May and {days[1]} June, when {n} "
        f"Ukrainians came home in return for {n} Russians."
    )
    legs = recap(text)
    assert {leg[0] for leg in legs} == {f"2025-06-{days[1]:02d}"}
    assert {(leg[1], leg[2]) for leg in legs} == {("RUS", "UKR"), ("UKR", "RUS")}


def test_a_bare_count_each_month_that_followed_carries_on_the_handover_before(
    recap: Recap,
) -> None:
    text = (
        "In March, 2,400 bodies were repatriated to Ukraine; in April, May and June "
        "roughly 800 each month followed."
    )
    later = {(leg[0], leg[1], leg[2], leg[3]) for leg in recap(text) if leg[4] != "2,400"}
    assert later == {(f"2025-0{m}", "RUS", "UKR", "remains") for m in (4, 5, 6)}


@pytest.mark.parametrize(
    "text",
    [
        # no months listed: one more, or a sum, so no handover of its own
        "In March, 2,400 bodies were repatriated to Ukraine; roughly 800 followed.",
        # a swap told both ways: the count cannot say which way it followed
        "In March the sides swapped 300 each way; in April and May about 90 each month followed.",
    ],
)
def test_a_count_that_followed_without_listed_months_or_one_way_is_not_carried(
    recap: Recap, text: str
) -> None:
    assert {leg[4] for leg in recap(text)} <= {"2,400", "300"}


_PAIR_MONTHS = {"March": "03", "May": "05", "July": "07", "September": "09", "October": "10"}


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    month=st.sampled_from(sorted(_PAIR_MONTHS)),
    joiner=st.sampled_from(["followed by", "and"]),
    per_side=st.sampled_from(["each way", "each", "apiece"]),
    verb=st.sampled_from(["exchanged", "swapped", "traded"]),
)
def test_news_gapped_equal_pairs_and_each_way_items_take_their_own_dates(
    recap: Recap,
    figures: list[int],
    days: list[int],
    month: str,
    joiner: str,
    per_side: str,
    verb: str,
) -> None:
    """ "..., followed by 103 for 103 on 14 May and 95 each way on 18 May": two swaps, own days."""
    first, second, third = figures
    text = (
        f"On 2 February, {first} prisoners were {verb} for {first}, {joiner} {second} for "
        f"{second} on {days[0]} {month} and {third} {per_side} on {days[1]} {month}."
    )
    month_no = _PAIR_MONTHS[month]
    assert _dated(recap(text)) == {
        ("2025-02-02", "UKR", "RUS", str(first)),
        ("2025-02-02", "RUS", "UKR", str(first)),
        (f"2025-{month_no}-{days[0]:02d}", "UKR", "RUS", str(second)),
        (f"2025-{month_no}-{days[0]:02d}", "RUS", "UKR", str(second)),
        (f"2025-{month_no}-{days[1]:02d}", "UKR", "RUS", str(third)),
        (f"2025-{month_no}-{days[1]:02d}", "RUS", "UKR", str(third)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # an unequal pair gives each way its own number: no one figure is both ways'
        "On 2 February, 115 prisoners were exchanged for 115, followed by 103 for 95 on 14 March.",
        # a clause of its own after the date: not a gapped item
        "On 2 February, 115 prisoners were exchanged for 115, and 103 on 14 March were wounded.",
    ],
)
def test_news_unequal_or_clausal_gapped_items_stay_unread(recap: Recap, text: str) -> None:
    """An unequal pair or an item with a verb of its own is not the clause before's swap."""
    assert not {leg for leg in recap(text) if leg[0] == "2025-03-14"}


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    month=st.sampled_from(sorted(_PAIR_MONTHS)),
    day_first=st.booleans(),
    share=st.sampled_from(["each", "apiece"]),
    on=st.sampled_from(["", "on "]),
)
def test_news_dated_items_with_bracketed_shares_are_swaps_on_their_days(
    recap: Recap,
    figures: list[int],
    days: list[int],
    month: str,
    day_first: bool,
    share: str,
    on: str,
) -> None:
    """ "Swaps resumed on May 31 (75 each) and June 25 (90 each)": one swap per bracketed item."""
    first, second, _ = figures

    def date(day: int) -> str:
        return f"{day} {month}" if day_first else f"{month} {day}"

    text = (
        f"Prisoner swaps resumed on {date(days[0])} ({first} {share}) and "
        f"{on}{date(days[1])} ({second} {share})."
    )
    month_no = _PAIR_MONTHS[month]
    assert _dated(recap(text)) == {
        (f"2025-{month_no}-{days[0]:02d}", "UKR", "RUS", str(first)),
        (f"2025-{month_no}-{days[0]:02d}", "RUS", "UKR", str(first)),
        (f"2025-{month_no}-{days[1]:02d}", "UKR", "RUS", str(second)),
        (f"2025-{month_no}-{days[1]:02d}", "RUS", "UKR", str(second)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # the bracket is not the end of the list: a clause goes on after it
        "Swaps resumed on 31 May (75 each) and 25 June (90 each), after a pause.",
        # the date opens no item of the list: another noun stands before it
        "Swaps resumed on 31 May (75 each) and talks on 25 June (90 each).",
        # no share word: a bracket after a date may hold anything
        "Swaps resumed on 31 May (75 each) and 25 June (90).",
    ],
)
def test_news_bracketed_figures_outside_a_list_of_swaps_stay_unread(
    recap: Recap, text: str
) -> None:
    """A bracketed figure that does not close a dated item of the list goes nowhere."""
    assert not {leg for leg in recap(text) if leg[4] == "90"}


_LATER_MONTHS = {"June": "06", "August": "08"}


def _ordinal(day: int) -> str:
    """ "1st", "2nd", "3rd", "11th", "25th": a day as a bare ordinal."""
    ends = {1: "st", 2: "nd", 3: "rd"}
    return f"{day}{'th' if 10 <= day % 100 <= 20 else ends.get(day % 10, 'th')}"


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    months=st.sampled_from([("May", "June"), ("July", "August"), ("September", "October")]),
    share=st.sampled_from(["each", "apiece"]),
    on=st.sampled_from(["", "on "]),
    clause=st.sampled_from(
        ["exchanges resumed at a steady rhythm", "the swaps went ahead", "exchanges took place"]
    ),
)
def test_news_bracketed_days_and_shares_before_the_swaps_are_swaps_on_their_days(
    recap: Recap,
    figures: list[int],
    days: list[int],
    months: tuple[str, str],
    share: str,
    on: str,
    clause: str,
) -> None:
    """ "In June (on the 25th, 90 each) and July (on the 17th, 95 each), exchanges resumed":
    each bracket sizes the swap of its own month's day, both ways; not the nearer month's."""
    first, second, _ = figures
    text = (
        f"In {months[0]} ({on}the {_ordinal(days[0])}, {first} {share}) and {months[1]} "
        f"({on}the {_ordinal(days[1])}, {second} {share}), {clause}."
    )
    one = _PAIR_MONTHS[months[0]]
    two = {**_PAIR_MONTHS, **_LATER_MONTHS}[months[1]]
    assert _dated(recap(text)) == {
        (f"2025-{one}-{days[0]:02d}", "UKR", "RUS", str(first)),
        (f"2025-{one}-{days[0]:02d}", "RUS", "UKR", str(first)),
        (f"2025-{two}-{days[1]:02d}", "UKR", "RUS", str(second)),
        (f"2025-{two}-{days[1]:02d}", "RUS", "UKR", str(second)),
    }


@_SERIES_SETTINGS
@given(figures=_FIGURES, days=_TWO_DAYS, on=st.sampled_from(["", "on "]))
def test_news_a_swap_verb_before_months_with_bracketed_days_reads_each_item(
    recap: Recap, figures: list[int], days: list[int], on: str
) -> None:
    """ "Exchanges resumed in July (on the 5th, 90 each) and August (on the 17th, 95 each)":
    the verb said once, each later month's bracket its own swap on its own day."""
    first, second, _ = figures
    text = (
        f"Exchanges resumed in July ({on}the {_ordinal(days[0])}, {first} each) and "
        f"August ({on}the {_ordinal(days[1])}, {second} each)."
    )
    assert _dated(recap(text)) == {
        (f"2025-07-{days[0]:02d}", "UKR", "RUS", str(first)),
        (f"2025-07-{days[0]:02d}", "RUS", "UKR", str(first)),
        (f"2025-08-{days[1]:02d}", "UKR", "RUS", str(second)),
        (f"2025-08-{days[1]:02d}", "RUS", "UKR", str(second)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # the second bracket is not the list's end, or its month opens no item of the list
        "Exchanges resumed in June (on the 25th, 90 each) and July (on the 17th, 95 each), "
        "after a pause.",
        "Exchanges resumed in June (on the 25th, 90 each) and talks in July (on the 17th, "
        "95 each).",
    ],
)
def test_news_a_bracket_outside_a_list_of_swaps_after_their_verb_stays_unread(
    recap: Recap, text: str
) -> None:
    assert not {leg for leg in recap(text) if leg[4] == "95"}


@pytest.mark.parametrize(
    "text",
    [
        # the swaps are planned, proposed or to come: no bracket sizes a swap done
        "In June (on the 25th, 90 each) and July (on the 17th, 95 each), exchanges are planned.",
        "In June (on the 25th, 90 each) and July (on the 17th, 95 each), exchanges were proposed.",
        "In June (on the 25th, 90 each) and July (on the 17th, 95 each), exchanges will follow.",
        # no swap at all after the brackets
        "In June (on the 25th, 90 each) and July (on the 17th, 95 each), soldiers were killed.",
    ],
)
def test_news_bracketed_shares_before_no_swap_done_stay_unread(recap: Recap, text: str) -> None:
    assert not {leg for leg in recap(text) if leg[4] in ("90", "95")}


def test_news_an_earlier_swap_that_equals_later_stages_summed_is_kept(recap: Recap) -> None:
    # 11 + 12 = 23 by chance: a swap told for a day months before two later swaps is no
    # sum of their stages, so it stays beside them
    text = (
        "On 2 February, 23 prisoners were exchanged for 23, followed by 11 for 11 on 1 July"
        " and 12 each way on 2 July."
    )
    assert ("2025-02-02", "RUS", "UKR", "23") in _dated(recap(text))


_MONTH_NUMBERS = {"July": "07", "August": "08", "September": "09", "October": "10"}


@_SERIES_SETTINGS
@given(
    first=st.integers(min_value=2_000, max_value=7_000),
    each=st.integers(min_value=200, max_value=1_500),
    months=st.lists(st.sampled_from(sorted(_MONTH_NUMBERS)), min_size=2, max_size=2, unique=True),
    way=st.sampled_from(
        [("Russia handed over", "RUS", "UKR"), ("Ukraine handed over", "UKR", "RUS")]
    ),
    more=st.sampled_from(["two more", "two more handovers"]),
    again=st.sampled_from(["", "again "]),
)
def test_news_counted_more_handovers_of_n_each_between_listed_months_go_the_same_way(
    recap: Recap,
    first: int,
    each: int,
    months: list[str],
    way: tuple[str, str, str],
    more: str,
    again: str,
) -> None:
    """ "two more, in July and August, of about 1,000 bodies each": one at each month, one way."""
    one, two = sorted(months, key=_MONTH_NUMBERS.__getitem__)
    verb, sender, receiver = way
    text = (
        f"In June, {verb} {first:,} bodies, and since then there have been {more}, "
        f"in {one} and {again}in {two}, of {each:,} bodies each."
    )
    later = {leg for leg in recap(text) if leg[4] == f"{each:,}"}
    assert later == {
        (f"2025-{_MONTH_NUMBERS[m]}", sender, receiver, "remains", f"{each:,}") for m in (one, two)
    }


@pytest.mark.parametrize(
    "text",
    [
        # no handover told before: no way to carry on
        "Since June there have been two more handovers, in July and August, of about 1,000 "
        "bodies each.",
        # "each way" is per side, not per handover
        "Ukraine received 6,000 bodies in June, and there were two more, in July and "
        "August, of 40 bodies each way.",
        # not counted handovers: "more" alone does not say how many events the figure sizes
        "Ukraine received 6,000 bodies in June, and more, in July and August, of 40 bodies each.",
    ],
)
def test_news_sizes_of_more_handovers_without_a_one_way_handover_stay_unread(
    recap: Recap, text: str
) -> None:
    """A size "each" with nothing to say its way is not read as one."""
    assert {leg[4] for leg in recap(text)} <= {"6,000"}


_NOW_MONTHS = ("June", "July", "August", "September", "October")


@_SERIES_SETTINGS
@given(
    start=st.integers(min_value=0, max_value=2),
    each=st.integers(min_value=100, max_value=1_500),
    way=st.sampled_from([("Ukraine got back", "RUS", "UKR"), ("Russia got back", "UKR", "RUS")]),
    each_word=st.sampled_from(["each time", "each month"]),
)
def test_news_a_month_listed_after_and_now_stays_an_item_of_the_series(
    recap: Recap, start: int, each: int, way: tuple[str, str, str], each_word: str
) -> None:
    """ "In July, August and now September, ... each time": three months, each its figure."""
    months = _NOW_MONTHS[start : start + 3]
    verb, sender, receiver = way
    text = (
        f"In {months[0]}, {months[1]} and now {months[2]}, {verb} about {each:,} bodies "
        f"{each_word}."
    )
    numbers = {m: f"2025-{_NOW_MONTHS.index(m) + 6:02d}" for m in months}
    assert {(leg[0], leg[1], leg[2]) for leg in recap(text)} == {
        (numbers[m], sender, receiver) for m in months
    }


def test_news_the_now_month_of_a_series_is_the_handover_the_story_told(recap: Recap) -> None:
    """ "... on Thursday. In September, October and now November — each time ...": the
    November item is Thursday's handover, not a second one in November."""
    text = (
        "Ukraine received 1,000 bodies from Russia on Thursday. In September, October and "
        "now November — each time with roughly 1,000 bodies coming back — the handovers "
        "have followed the same pattern."
    )
    legs = recap(text)
    assert {leg[0] for leg in legs} == {"2025-11-20", "2025-09", "2025-10"}
    assert {(leg[1], leg[2]) for leg in legs} == {("RUS", "UKR")}


_SERIES_MONTHS = ("June", "July", "August", "September", "October", "November")


@_SERIES_SETTINGS
@given(
    count=st.integers(min_value=2, max_value=6),
    each=st.integers(min_value=100, max_value=1_500),
    subject=st.sampled_from(["trainloads of bodies", "bodies", "the remains of soldiers"]),
    after=st.sampled_from(["", " after the first", " after the first, much larger round"]),
)
def test_news_each_time_in_a_dash_aside_sizes_the_clause_after_it_month_by_month(
    recap: Recap, count: int, each: int, subject: str, after: str
) -> None:
    """ "In June, July and August — about 1,000 each time after the first — bodies arrived
    from Russia": each listed month but the first, when "after the first" says so."""
    months = _SERIES_MONTHS[:count]
    listed = ", ".join(months[:-1]) + f" and {months[-1]}"
    text = f"In {listed} — about {each:,} each time{after} — {subject} arrived from Russia."
    sized = months[1:] if after else months
    assert {(leg[0], leg[1], leg[2]) for leg in recap(text)} == {
        (f"2025-{_SERIES_MONTHS.index(m) + 6:02d}", "RUS", "UKR") for m in sized
    }


_FIRST_MONTHS = {"April": "04", "May": "05", "June": "06"}


@_SERIES_SETTINGS
@given(
    first=st.integers(min_value=2_000, max_value=7_000),
    each=st.integers(min_value=200, max_value=1_500),
    month=st.sampled_from(sorted(_FIRST_MONTHS)),
    months=st.lists(st.sampled_from(sorted(_MONTH_NUMBERS)), min_size=2, max_size=2, unique=True),
    way=st.sampled_from(
        [("Russia handed over", "RUS", "UKR"), ("Ukraine handed over", "UKR", "RUS")]
    ),
    count=st.sampled_from(["two more", "two further", "Two more"]),
    link=st.sampled_from([" and ", ", and ", ". "]),
    size=st.sampled_from(["each of {n} bodies", "of {n} bodies each"]),
)
def test_news_more_handovers_that_followed_a_dated_one_go_its_way_at_their_months(
    recap: Recap,
    first: int,
    each: int,
    month: str,
    months: list[str],
    way: tuple[str, str, str],
    count: str,
    link: str,
    size: str,
) -> None:
    """ "6,000 bodies in June and two more handovers followed, in July and August, each of
    1,000 bodies": the 6,000 keeps June, each 1,000 goes the same way, and "two" counts
    handovers, not bodies."""
    one, two = sorted(months, key=_MONTH_NUMBERS.__getitem__)
    verb, sender, receiver = way
    opener = count.capitalize() if link == ". " else count.lower()
    text = (
        f"{verb} {first:,} bodies in {month}{link}{opener} handovers followed, "
        f"in {one} and {two}, {size.format(n=f'{each:,}')}."
    )
    assert recap(text) == {
        (f"2025-{_FIRST_MONTHS[month]}", sender, receiver, "remains", f"{first:,}"),
        *(
            (f"2025-{_MONTH_NUMBERS[m]}", sender, receiver, "remains", f"{each:,}")
            for m in (one, two)
        ),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russia handed over 6,000 bodies in June and two more handovers followed, in July "
        "and August, each of about 1,000 bodies.",
        "Russia handed over 6,000 bodies in June. Two more handovers followed, in July and "
        "August, each of about 1,000 bodies.",
        "Russia handed over 6,000 bodies in June, and two more, in July and again in "
        "August, of about 1,000 bodies each.",
    ],
)
def test_news_a_count_of_more_handovers_is_no_figure_of_bodies(recap: Recap, text: str) -> None:
    """ "two more handovers", "two more, in July ...": the number counts events, never people."""
    legs = recap(text)
    assert {leg[4] for leg in legs} == {"6,000", "around 1,000 [900, 1,100]"}
    assert {leg[1:3] for leg in legs} == {("RUS", "UKR")}
    assert {leg[0] for leg in legs if leg[4] == "6,000"} == {"2025-06"}


@pytest.mark.parametrize(
    "text",
    [
        # no handover told before: "more" has nothing to carry on
        "Two more handovers followed, in July and August, each of about 1,000 bodies.",
        # "each of the sides": a figure per side, both ways if any
        "Russia handed over 6,000 bodies in June and two more handovers followed, in July "
        "and August, each of the sides receiving 40 bodies.",
    ],
)
def test_news_more_handovers_without_a_way_stay_one_way_unread(recap: Recap, text: str) -> None:
    """A size of "more handovers" with no one-way handover to follow takes no single way."""
    legs = recap(text)
    ways = {leg[1:3] for leg in legs if leg[4] != "6,000"}
    assert ways in (set(), {("RUS", "UKR"), ("UKR", "RUS")})
    assert "2" not in {leg[4] for leg in legs}


def _figure_texts(text: str) -> set[str]:
    """The figures the mention finder reads as counts of people in the one sentence ``text``."""
    tokens = tokenize(text)
    mentions = find_mentions(tokens, 0, len(tokens), text, lexicon(iter(DEFAULT_REGISTRY)))
    return {text[tokens[f.first].start : tokens[f.last - 1].end] for f in mentions.figures}


@_SERIES_SETTINGS
@given(
    count=st.sampled_from(["two", "three", "2", "4"]),
    more=st.sampled_from(["more", "further", "other"]),
    noun=st.sampled_from(["handovers", "swaps", "exchanges", "repatriations"]),
)
def test_news_a_number_before_more_and_an_event_noun_is_no_figure(
    count: str, more: str, noun: str
) -> None:
    """ "two more handovers", "three further swaps": the number counts events, not people."""
    text = f"Russia handed over 6,000 bodies in June, and {count} {more} {noun} followed."
    assert _figure_texts(text) == {"6,000"}


@_SERIES_SETTINGS
@given(more=st.integers(min_value=2, max_value=900), month=st.sampled_from(sorted(_MONTH_NUMBERS)))
def test_news_more_people_before_a_month_and_of_whom_stay_a_figure(more: int, month: str) -> None:
    """ "and 22 more, in June, of whom 10 were hurt": "of whom" sizes no handovers, so the
    number stays a figure of people."""
    text = f"Kyiv got back 300 soldiers in May and {more} more, in {month}, of whom 10 were hurt."
    assert str(more) in _figure_texts(text)


@_SERIES_SETTINGS
@given(
    count=st.sampled_from(["two", "three", "four"]),
    noun=st.sampled_from(["handovers", "swaps", "exchanges", "repatriations"]),
)
def test_news_a_spelled_out_count_of_events_is_no_figure(count: str, noun: str) -> None:
    """ "two handovers followed": a number word right before an event noun counts events."""
    text = f"Russia handed over 6,000 bodies in June, and {count} {noun} followed in July."
    assert _figure_texts(text) == {"6,000"}


@pytest.mark.parametrize(
    "text",
    [
        "The sides held a fifty-for-fifty exchange on Friday.",
        "Ukraine and Russia held a fifty for fifty exchange on Friday.",
    ],
)
def test_news_the_second_of_a_spelled_out_pair_before_an_event_noun_stays_a_figure(
    recap: Recap, text: str
) -> None:
    """ "a fifty-for-fifty exchange": the pair sizes the exchange, 50 each way."""
    assert {leg[1:3] for leg in recap(text) if leg[4] == "50"} == {
        ("RUS", "UKR"),
        ("UKR", "RUS"),
    }


_COMMA_ITEM_MONTHS = {"May": "05", "June": "06", "July": "07"}


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=st.lists(st.integers(min_value=1, max_value=28), min_size=3, max_size=3, unique=True),
    verb=st.sampled_from(["exchanged", "swapped", "traded"]),
    share=st.sampled_from(["each", "apiece"]),
    second=st.sampled_from([" another {n} {share}", ", {n} {share}", " a further {n} {share}"]),
    last=st.sampled_from(["it was {n}", "it was {n} {share}", "another {n} {share}"]),
)
def test_news_comma_items_a_date_opens_after_an_equal_swap_are_swaps_on_their_days(
    recap: Recap,
    figures: list[int],
    days: list[int],
    verb: str,
    share: str,
    second: str,
    last: str,
) -> None:
    """ "On May 31 they exchanged 75 each, on June 25 another 90 each, on July 17 it was 95"."""
    first, middle, final = figures
    text = (
        f"On May {days[0]} the two sides {verb} {first} prisoners {share}, "
        f"on June {days[1]}{second.format(n=middle, share=share)}, "
        f"on July {days[2]} {last.format(n=final, share=share)}."
    )
    expected = {
        (f"2025-{_COMMA_ITEM_MONTHS[month]}-{day:02d}", sender, receiver, str(n))
        for month, day, n in zip(_COMMA_ITEM_MONTHS, days, figures, strict=True)
        for sender, receiver in (("UKR", "RUS"), ("RUS", "UKR"))
    }
    assert _dated(recap(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a one-way handover before: no share to repeat, so the comma items stay unread
        "Ukraine received 75 prisoners on May 31, on June 25 another 90, on July 17 it was 95.",
        # the item has a verb of its own: not a size of the swap before
        "On May 31 the two sides exchanged 75 prisoners each, on June 25 90 men were wounded.",
        # no date opens the item: a bare "it was" after a comma is no swap
        "On May 31 the two sides exchanged 75 prisoners each, and officials said it was 95.",
    ],
)
def test_news_comma_items_without_an_equal_swap_or_own_date_stay_unread(
    recap: Recap, text: str
) -> None:
    """Only the handover of May 31 is read, at its own date; nothing at the later dates."""
    dated = _dated(recap(text))
    assert ("2025-05-31", "RUS", "UKR", "75") in dated
    assert {leg[0] for leg in dated} == {"2025-05-31"}


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    opening=st.sampled_from(
        [
            "The year opened with a {n}-for-{n} swap on Jan. {d}",
            "On Jan. {d} the sides swapped {n} for {n}",
            "On Jan. {d} Kyiv and Moscow exchanged {n} prisoners each",
        ]
    ),
    later=st.sampled_from(["{m} for {m}", "{m} each", "{m} apiece"]),
)
def test_news_a_date_between_followed_and_by_is_the_later_swaps(
    recap: Recap, figures: list[int], days: list[int], opening: str, later: str
) -> None:
    """ "a 25-for-25 swap on Jan. 5, followed on Feb. 5 by 150 for 150": two swaps, own days."""
    first, second, _ = figures
    text = (
        opening.format(n=first, d=days[0])
        + f", followed on Feb. {days[1]} by {later.format(m=second)}."
    )
    assert _dated(recap(text)) == {
        (f"2025-01-{days[0]:02d}", "UKR", "RUS", str(first)),
        (f"2025-01-{days[0]:02d}", "RUS", "UKR", str(first)),
        (f"2025-02-{days[1]:02d}", "UKR", "RUS", str(second)),
        (f"2025-02-{days[1]:02d}", "RUS", "UKR", str(second)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # an unequal pair gives each way its own number: no one figure is both ways'
        "On Jan. 5 the sides swapped 25 for 25, followed on Feb. 5 by 150 for 140.",
        # a clause of its own after the figure: not a gapped item
        "On Jan. 5 the sides swapped 25 for 25, followed on Feb. 5 by 150 wounded who died.",
    ],
)
def test_news_an_unequal_or_clausal_item_after_followed_on_a_date_stays_unread(
    recap: Recap, text: str
) -> None:
    """Only the first swap is read, at its own day; nothing is put at the later day."""
    assert {leg[0] for leg in _dated(recap(text))} == {"2025-01-05"}


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    aside=st.sampled_from(
        ["", " after a pause of almost four months,", " following weeks of delay,"]
    ),
)
def test_news_an_equal_pair_a_date_opens_after_a_swap_is_a_swap_on_that_day(
    recap: Recap, figures: list[int], days: list[int], aside: str
) -> None:
    """ "exchanged 90 each, and on May 31, after a pause of four months, 75 for 75"."""
    first, second, _ = figures
    text = (
        f"On June {days[0]} the two sides exchanged {first} prisoners each, and on "
        f"May {days[1]},{aside} {second} for {second}."
    )
    assert _dated(recap(text)) == {
        (f"2025-06-{days[0]:02d}", "UKR", "RUS", str(first)),
        (f"2025-06-{days[0]:02d}", "RUS", "UKR", str(first)),
        (f"2025-05-{days[1]:02d}", "UKR", "RUS", str(second)),
        (f"2025-05-{days[1]:02d}", "RUS", "UKR", str(second)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a one-way handover before: no share for the pair to repeat
        "Ukraine got back 90 prisoners on June 25, and on May 31, 75 for 75.",
        # an unequal pair gives each way its own number
        "On June 25 the two sides exchanged 90 prisoners each, and on May 31, 75 for 70.",
        # the item has a verb of its own after the aside
        "On June 25 the two sides exchanged 90 prisoners each, and on May 31, after a "
        "pause, 75 soldiers were killed.",
    ],
)
def test_news_a_pair_after_a_one_way_handover_or_unequal_stays_unread(
    recap: Recap, text: str
) -> None:
    """Nothing is put at May 31."""
    assert not {leg for leg in _dated(recap(text)) if leg[0] == "2025-05-31"}


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    noun=st.sampled_from(["prisoners", "prisoners of war", "servicemen"]),
    before=st.sampled_from(
        [
            "Ukraine brought home {n} soldiers on March {d}.",
            "On March {d} the two sides exchanged {n} prisoners each.",
        ]
    ),
)
def test_news_a_verbless_dated_figure_on_each_side_is_a_swap_that_day(
    recap: Recap, figures: list[int], days: list[int], noun: str, before: str
) -> None:
    """ "On May 6, 205 prisoners on each side.": both ways, whatever way the swap before went."""
    first, second, _ = figures
    text = f"{before.format(n=first, d=days[0])} On May {days[1]}, {second} {noun} on each side."
    legs = {leg for leg in _dated(recap(text)) if leg[3] == str(second)}
    assert legs == {
        (f"2025-05-{days[1]:02d}", "UKR", "RUS", str(second)),
        (f"2025-05-{days[1]:02d}", "RUS", "UKR", str(second)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a verb of its own: a plan's terms, not a swap that day
        "Ukraine brought home 90 soldiers on March 3. The deal struck on May 6 provided "
        "for 1,000 prisoners from each side.",
        # more after the phrase: not the whole of the item
        "Ukraine brought home 90 soldiers on March 3. On May 6, 205 prisoners on each side "
        "were still waiting.",
        # no exchange told before: nothing to carry on
        "On May 6, 205 prisoners on each side.",
    ],
)
def test_news_a_figure_on_each_side_with_a_verb_or_no_exchange_before_stays_unread(
    recap: Recap, text: str
) -> None:
    """Nothing is read at May 6 with 1,000 or 205."""
    assert not {leg for leg in _dated(recap(text)) if leg[3] in ("1,000", "205")}


_SIDE_NAMES = {"UKR": ("Ukrainian", "Ukrainians"), "RUS": ("Russian", "Russians")}


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    first=st.sampled_from(["UKR", "RUS"]),
    noun=st.sampled_from(["defenders", "soldiers", "pilots", "servicemen"]),
)
def test_news_a_listed_item_of_named_people_goes_to_their_home(
    recap: Recap, figures: list[int], first: str, noun: str
) -> None:
    """ "45 Ukrainian defenders for 3 Russian pilots on the 6th, and 106 Ukrainians on the
    25th": the last item's people are Ukrainians, so it went to Ukraine, whatever way the
    item before it went."""
    other = "RUS" if first == "UKR" else "UKR"
    a, b, c = figures
    text = (
        f"May brought two exchanges: {a} {_SIDE_NAMES[first][0]} {noun} for {b} "
        f"{_SIDE_NAMES[other][0]} {noun} on May 6, and {c} {_SIDE_NAMES[first][1]} on May 25."
    )
    moved = {(sender, receiver, count) for _, sender, receiver, _, count in recap(text)}
    assert moved == {(other, first, str(a)), (first, other, str(b)), (other, first, str(c))}


def test_news_exchanges_counted_before_a_colon_are_listed_not_summed(recap: Recap) -> None:
    """ "May brought two exchanges: 45 ... for 3 ...": each item is one exchange, no total."""
    result = recap(
        "May brought two exchanges: 45 Ukrainian defenders for 3 Russian pilots on May 6."
    )
    assert {(s, r, c) for _, s, r, _, c in result} == {("RUS", "UKR", "45"), ("UKR", "RUS", "3")}


_MONTH_NAMES = ("March", "April", "May", "June", "July", "August")


@_SERIES_SETTINGS
@given(
    n=st.integers(min_value=11, max_value=900),
    start=st.integers(min_value=0, max_value=len(_MONTH_NAMES) - 2),
    receiver=st.sampled_from([("Russia", "UKR", "RUS"), ("Ukraine", "RUS", "UKR")]),
    noun=st.sampled_from(["bodies", "prisoners", "soldiers"]),
)
def test_listed_dates_with_equal_listed_figures_are_one_handover_each(
    recap: Recap, n: int, start: int, receiver: tuple[str, str, str], noun: str
) -> None:
    """ "In May and June, Russia received 500 and 500 bodies": two handovers, none lost."""
    name, sender, to = receiver
    first, second = _MONTH_NAMES[start], _MONTH_NAMES[start + 1]
    text = f"In {first} and {second}, {name} received {n} and {n} {noun}."
    assert _dated(recap(text)) == {
        (f"2025-{start + 3:02d}", sender, to, str(n)),
        (f"2025-{start + 4:02d}", sender, to, str(n)),
    }


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    month=st.sampled_from(sorted(_PAIR_MONTHS)),
    share=st.sampled_from(["each", "apiece"]),
    people=st.sampled_from(["Prisoners", "Soldiers", "Prisoners of war"]),
    verb=st.sampled_from(["were swapped", "were exchanged", "had been swapped"]),
)
def test_news_a_swap_verb_before_dated_bracketed_shares_sizes_each_dated_swap(
    recap: Recap,
    figures: list[int],
    days: list[int],
    month: str,
    share: str,
    people: str,
    verb: str,
) -> None:
    """ "Prisoners were swapped on June 25 (90 each) and July 17 (95 each)": per side, dated."""
    first, second, _ = figures
    text = (
        f"{people} {verb} on {month} {days[0]} ({first} {share}) "
        f"and {month} {days[1]} ({second} {share})."
    )
    month_no = _PAIR_MONTHS[month]
    assert _dated(recap(text)) == {
        (f"2025-{month_no}-{days[0]:02d}", "UKR", "RUS", str(first)),
        (f"2025-{month_no}-{days[0]:02d}", "RUS", "UKR", str(first)),
        (f"2025-{month_no}-{days[1]:02d}", "UKR", "RUS", str(second)),
        (f"2025-{month_no}-{days[1]:02d}", "RUS", "UKR", str(second)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a swap still to come is sized by no bracket
        "Prisoners will be swapped on June 25 (90 each) and July 17 (95 each).",
        # the verb is not a swap's: the brackets size something else
        "Prisoners were counted on June 25 (90 each) and July 17 (95 each).",
    ],
)
def test_news_dated_bracketed_shares_after_no_done_swap_stay_unread(
    recap: Recap, text: str
) -> None:
    assert recap(text) == set()


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    # an aside naming a day must name the same day ("on 24 August - on Independence Day -",
    # tested below): "on 2 August, on Independence Day," names two days and stays unread
    aside=st.sampled_from(["", " - after a pause -", ", after a long pause,", ","]),
    kinds=st.sampled_from([("defenders", "civilians"), ("soldiers", "children")]),
)
def test_news_a_dated_item_of_joined_noun_groups_moves_both_groups(
    recap: Recap, figures: list[int], days: list[int], aside: str, kinds: tuple[str, str]
) -> None:
    """ "..., and on 24 August - on Independence Day - 146 defenders and 8 civilians": both."""
    first, second, third = figures
    one, two = sorted(days)
    text = (
        f"On {one} August, {first} Ukrainians were returned, and on {two} August{aside} "
        f"{second} {kinds[0]} and {third} {kinds[1]}."
    )
    dated = _dated(recap(text))
    assert (f"2025-08-{two:02d}", "RUS", "UKR", str(second)) in dated
    assert (f"2025-08-{two:02d}", "RUS", "UKR", str(third)) in dated
    assert all(leg[1:3] == ("RUS", "UKR") for leg in dated)


@pytest.mark.parametrize("aside", [" - on Independence Day -", ", on Independence Day,"])
def test_news_a_dated_item_whose_aside_names_the_same_day_moves_both_groups(
    recap: Recap, aside: str
) -> None:
    """ "..., and on 24 August - on Independence Day - 146 defenders and 8 civilians": the
    aside names the item's own day again."""
    text = (
        f"On 14 August, 84 Ukrainians were returned, and on 24 August{aside} 146 defenders "
        "and 8 civilians."
    )
    dated = _dated(recap(text))
    assert ("2025-08-24", "RUS", "UKR", "146") in dated
    assert ("2025-08-24", "RUS", "UKR", "8") in dated


@pytest.mark.parametrize(
    "text",
    [
        # the joined groups have a verb of their own: not the clause before's
        "On 3 August, 84 Ukrainians were returned, and on 9 August, 146 defenders and "
        "8 civilians were wounded.",
        "On 3 August, 84 Ukrainians were returned, and on 9 August, on Independence Day, "
        "146 defenders were wounded.",
    ],
)
def test_news_dated_groups_with_a_verb_of_their_own_are_not_gapped_items(
    recap: Recap, text: str
) -> None:
    assert {leg[4] for leg in recap(text)} == {"84"}


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    comma=st.sampled_from(["", ","]),
    last=st.sampled_from(["{n} for {n}", "{n} each way"]),
)
def test_news_an_item_after_semicolon_and_is_a_swap_on_its_own_day(
    recap: Recap, figures: list[int], days: list[int], comma: str, last: str
) -> None:
    """ "...; on June 25, 90 each way; and on July 17, 95 for 95": "; and" opens an item
    as "; " and ", and" do, so the last swap is read both ways at its own day."""
    first, second, third = figures
    assume(comma or third < 100)  # "July 2 100" without a comma reads as one spaced number
    text = (
        f"On May 31 the two sides swapped {first} prisoners each; on June {days[0]}, "
        f"{second} each way; and on July {days[1]}{comma} {last.format(n=third)}."
    )
    assert {leg for leg in _dated(recap(text)) if leg[3] == str(third)} == {
        (f"2025-07-{days[1]:02d}", "UKR", "RUS", str(third)),
        (f"2025-07-{days[1]:02d}", "RUS", "UKR", str(third)),
    }


def test_news_a_pair_after_semicolon_and_a_one_way_handover_stays_unread(recap: Recap) -> None:
    """ "Ukraine received 75 prisoners on May 31; and on July 17, 95 for 95": no share to repeat."""
    assert {
        leg[4]
        for leg in recap("Ukraine received 75 prisoners on May 31; and on July 17, 95 for 95.")
    } == {"75"}


@_SERIES_SETTINGS
@given(
    figures=_FIGURES,
    days=_TWO_DAYS,
    joiner=st.sampled_from([" and", ", and"]),
    verb=st.sampled_from(["swapped", "exchanged", "traded"]),
)
def test_news_a_second_dated_pair_after_a_swapped_pair_is_a_swap_on_its_day(
    recap: Recap, figures: list[int], days: list[int], joiner: str, verb: str
) -> None:
    """ "swapped 75 for 75 on May 31 and 95 for 95 on July 17": the verb said once, each
    pair its own swap at its own date, both ways."""
    first, second, _ = figures
    text = (
        f"The two sides {verb} {first} for {first} on May {days[0]}{joiner} "
        f"{second} for {second} on July {days[1]}."
    )
    assert _dated(recap(text)) == {
        (f"2025-05-{days[0]:02d}", "UKR", "RUS", str(first)),
        (f"2025-05-{days[0]:02d}", "RUS", "UKR", str(first)),
        (f"2025-07-{days[1]:02d}", "UKR", "RUS", str(second)),
        (f"2025-07-{days[1]:02d}", "RUS", "UKR", str(second)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # an unequal second pair: which way each number went is not said
        "The two sides swapped 75 for 75 on May 31 and 95 for 90 on July 17.",
        # a verb of its own after the date: not the pair's verb
        "The two sides swapped 75 for 75 on May 31 and 95 on July 17 were wounded.",
    ],
)
def test_news_an_unequal_or_clausal_item_after_a_swapped_pair_stays_unread(
    recap: Recap, text: str
) -> None:
    """Only the first pair is read."""
    assert {leg[4] for leg in recap(text)} == {"75"}
