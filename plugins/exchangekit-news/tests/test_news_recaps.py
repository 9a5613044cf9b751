"""Recaps that pack several exchanges into one sentence: lists, "respectively", pronouns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]
Read = Any


def test_news_it_later_in_a_recap_sentence_is_the_country_that_opens_it(recap: Recap) -> None:
    """A singular "it" with no speaker before it stands for the one country the sentence named."""
    text = (
        "Ukraine has taken back its fallen soldiers many times; in the handovers of March "
        "and May alone it recovered 61 and 88 bodies respectively."
    )
    found = recap(text)
    assert ("2025-03", "RUS", "UKR", "remains", "61") in found
    assert ("2025-05", "RUS", "UKR", "remains", "88") in found


def test_news_it_in_a_recap_sentence_about_russia_makes_russia_the_receiver(recap: Recap) -> None:
    """The same construction with the other country flips the direction."""
    found = recap(
        "Russia has recovered its dead on several occasions; in April and June it received "
        "33 and 47 bodies respectively."
    )
    assert found == {
        ("2025-04", "UKR", "RUS", "remains", "33"),
        ("2025-06", "UKR", "RUS", "remains", "47"),
    }


def test_news_it_is_not_read_when_the_sentence_names_two_countries(recap: Recap) -> None:
    """With both sides named before "it", the pronoun is not guessed."""
    found = recap(
        "Ukraine and Russia have swapped bodies often; in April and June it received "
        "33 and 47 bodies respectively."
    )
    assert not any(leg[2] == "UKR" and leg[4] in ("33", "47") for leg in found)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["Ukraine", "Russia"]),
    st.lists(st.integers(min_value=11, max_value=900), min_size=2, max_size=2, unique=True),
)
def test_news_it_in_a_recap_follows_the_opening_country(
    recap: Recap, country: str, sizes: list[int]
) -> None:
    """Whatever the sizes, each listed month gets its own figure and the opening country's side."""
    a, b = sizes
    found = recap(
        f"{country} has taken back its war dead repeatedly; in February and August it "
        f"recovered {a} and {b} bodies respectively."
    )
    me = "UKR" if country == "Ukraine" else "RUS"
    them = "RUS" if me == "UKR" else "UKR"
    assert ("2025-02", them, me, "remains", str(a)) in found
    assert ("2025-08", them, me, "remains", str(b)) in found


def test_news_a_figure_each_time_between_commas_sizes_every_listed_handover(recap: Recap) -> None:
    """ "..., about 500 each time, Russia took back its dead": each listed month, one handover."""
    found = recap(
        "Over the spring, in March, April and May, roughly 300 each month, Russia recovered "
        "its fallen."
    )
    assert found == {
        ("2025-03", "UKR", "RUS", "remains", "around 300 [270, 330]"),
        ("2025-04", "UKR", "RUS", "remains", "around 300 [270, 330]"),
        ("2025-05", "UKR", "RUS", "remains", "around 300 [270, 330]"),
    }


def test_news_a_comma_aside_each_time_keeps_the_clause_after_it_as_subject(recap: Recap) -> None:
    """Another wording: the aside opens after the months and Ukraine does the taking back."""
    found = recap("In June and July, about 640 each time, Ukraine took back its dead.")
    assert ("2025-06", "RUS", "UKR", "remains", "around 640 [576, 704]") in found
    assert ("2025-07", "RUS", "UKR", "remains", "around 640 [576, 704]") in found
    assert not any(leg[2] == "RUS" for leg in found)


def test_news_a_verbless_list_each_way_after_a_swap_takes_the_swap_and_its_days(
    recap: Recap,
) -> None:
    """ "..., and in May and July — on the 3rd and the 21st — 120 and 66 each way": gapped swaps."""
    found = recap(
        "Kyiv and Moscow traded 40 and 55 soldiers apiece on February 2 and March 9 "
        "respectively, and in May and July — on the 3rd and the 21st — 120 and 66 each way."
    )
    for day, size in (("2025-05-03", "120"), ("2025-07-21", "66")):
        assert (day, "RUS", "UKR", "prisoners_of_war", size) in found
        assert (day, "UKR", "RUS", "prisoners_of_war", size) in found


def test_news_a_list_each_way_without_a_swap_verb_before_it_is_not_a_swap(recap: Recap) -> None:
    """With no verb of swapping earlier, "120 and 66 each way" stays unread rather than guessed."""
    found = recap(
        "Talks on February 2 and March 9 went nowhere, and in May and July — on the 3rd and "
        "the 21st — 120 and 66 each way were only proposed."
    )
    assert not any(leg[4] in ("120", "66") for leg in found)


@pytest.mark.parametrize(
    "text",
    [
        "Over the winter the sides held a few exchanges of between 10 and 60 prisoners each way.",
        "In spring came several small swaps, of between 15 and 45 soldiers apiece.",
    ],
)
def test_news_a_span_over_uncounted_swaps_is_no_transfer(recap: Recap, text: str) -> None:
    """ "several exchanges of between N and M each way" sizes no one swap: nothing is coded."""
    assert recap(text) == set()


def test_news_per_handover_shares_a_figure_over_the_listed_months(recap: Recap) -> None:
    """ "N bodies per handover" after a list of months is one handover of N in each month."""
    found = recap("In March and May Ukraine got back about 300 bodies per repatriation.")
    assert found == {
        ("2025-03", "RUS", "UKR", "remains", "around 300 [270, 330]"),
        ("2025-05", "RUS", "UKR", "remains", "around 300 [270, 330]"),
    }
    found = recap(
        "In July, August and September Russia received between 19 and 39 bodies per handover."
    )
    assert {leg[0] for leg in found if leg[2] == "RUS"} == {"2025-07", "2025-08", "2025-09"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both prisoner swaps of that summer were small: in July and August 2023 the "
            "sides each freed 40 and 65 men.",
            {("2023-07", "40"), ("2023-08", "65")},
        ),
        (
            "Two convoys of the dead crossed that spring, on 3 April and 19 May 2024, "
            "and Russia handed over 212 and 318 bodies.",
            {("2024-04-03", "212"), ("2024-05-19", "318")},
        ),
        (
            "Exchanges picked up again later: in early March and in late April 2024 the "
            "two sides each sent home 70 and 85 prisoners.",
            {("2024-03", "70"), ("2024-04", "85")},
        ),
        (
            "There were two swaps in the spring: in mid-March and mid-April of 2024, each "
            "side released 48 and 66 soldiers, respectively.",
            {("2024-03", "48"), ("2024-04", "66")},
        ),
    ],
)
def test_news_a_year_after_a_list_of_dates_is_every_listed_dates_year(
    recap: Recap, text: str, expected: set[tuple[str, str]]
) -> None:
    """A year written once after a list ("in July and August 2023", "of 2024") dates every item.

    Also when the preposition is said again ("in early March and in late April"):
    the dates are still one list, paired in order with the figures.
    """
    found = {(period, count) for period, *_, count in recap(text)}
    assert found == expected


@given(
    first=st.sampled_from(["January", "February", "March", "April", "May"]),
    second=st.sampled_from(["July", "August", "September", "October"]),
    year=st.integers(min_value=2022, max_value=2024),
)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_news_a_listed_month_never_takes_another_year_than_the_one_written(
    recap: Recap, first: str, second: str, year: int
) -> None:
    """Every exchange of "in <month> and <month> <year>" lies in that year, never the story's."""
    found = recap(f"In {first} and {second} {year}, Russia handed back 310 and 420 bodies.")
    assert found
    assert {period[:4] for period, *_ in found} == {str(year)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over the spring of 2024 the sides kept to small deals: in March and April 2024 "
            "each side sent back 44 and then 61 servicemen.",
            {("2024-03", "44"), ("2024-04", "61")},
        ),
        (
            "In September and October 2023, the two armies each gave up 38, then 57 "
            "captives, officials said.",
            {("2023-09", "38"), ("2023-10", "57")},
        ),
        (
            "In early July and in August 2024 the two countries each freed 70 and then 82 "
            "prisoners, the records show, while a swap on 14 September 2024 brought 103 "
            "soldiers home in each direction.",
            {("2024-07", "70"), ("2024-08", "82"), ("2024-09-14", "103")},
        ),
        (
            "In May and June 2024, 66 and 79 prisoners were freed by each side, and 101 "
            "came home to each country in October 2024.",
            {("2024-05", "66"), ("2024-06", "79"), ("2024-10", "101")},
        ),
    ],
)
def test_news_numbers_told_in_order_pair_with_the_dates_listed_before_them(
    recap: Recap, text: str, expected: set[tuple[str, str]]
) -> None:
    """ "44 and then 61", "38, then 57" are a list; it pairs with the dates written before it.

    A later figure with a clause and a date of its own ("while a swap on 14 September
    brought 103 home") is not part of the list, and every figure goes both ways.
    """
    found = recap(text)
    assert {(period, count) for period, *_, count in found} == expected
    assert len(found) == 2 * len(expected)


@given(
    first=st.integers(min_value=20, max_value=60),
    second=st.integers(min_value=61, max_value=140),
    joiner=st.sampled_from([" and ", " and then ", ", then "]),
    tail=st.sampled_from(["", ", the data show", ", while a swap in August freed 150 more"]),
)
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_news_a_listed_figure_never_goes_to_two_listed_months(
    recap: Recap, first: int, second: int, joiner: str, tail: str
) -> None:
    """With two months and two figures, each month has its own figure, never both the first."""
    text = (
        f"In May and June 2024 the two sides each returned {first}{joiner}{second} prisoners{tail}."
    )
    found = {(period, count) for period, *_, count in recap(text) if period[5:7] in ("05", "06")}
    assert found <= {("2024-05", str(first)), ("2024-06", str(second))}


@pytest.mark.parametrize(
    "text",
    [
        "In early March and late April of 2024, the figures were 58 and 87 each, respectively.",
        "On 1 February it was 40 for 40; in early March and late April of 2024, the tallies "
        "came to 58 and 87 each, respectively; and later that year came several swaps of "
        "between 90 and 140 people a side.",
        "The spring brought two more deals: in early March and late April 2024 the sides "
        "swapped 58 and 87 each respectively.",
    ],
)
def test_news_each_before_respectively_shares_each_listed_swap_over_the_sides(
    recap: Recap, text: str
) -> None:
    """ "58 and 87 each, respectively": one swap per date, so "each" can only mean each side.

    A figure after a semicolon that closes the "respectively" clause is not in the list.
    """
    found = {(period, sender, count) for period, sender, _, _, count in recap(text)}
    assert {f for f in found if f[0] in ("2024-03", "2024-04")} == {
        ("2024-03", "RUS", "58"),
        ("2024-03", "UKR", "58"),
        ("2024-04", "RUS", "87"),
        ("2024-04", "UKR", "87"),
    }


@pytest.mark.parametrize(
    ("text", "gapped"),
    [
        (
            "On 4 March, 61 Ukrainians were freed; on 12 April, 19 marines — the smallest "
            "release of the spring.",
            ("2025-04-12", "RUS", "UKR", "prisoners_of_war", "19"),
        ),
        (
            "Kyiv got back 70 soldiers on 9 February, and on 2 March, 14 civilians.",
            ("2025-03-02", "RUS", "UKR", "civilians", "14"),
        ),
        (
            "On 3 June Ukraine received 480 bodies; on 27 June, 312 bodies.",
            ("2025-06-27", "RUS", "UKR", "remains", "312"),
        ),
        (
            "On 9 February, 70 Ukrainians came home, and on 2 March, a further 140.",
            ("2025-03-02", "RUS", "UKR", "other", "140"),
        ),
        (
            "On 4 March, 61 Ukrainian marines were freed; on 12 April, another 19 – in "
            "return for 20 Russians.",
            ("2025-04-12", "RUS", "UKR", "prisoners_of_war", "19"),
        ),
    ],
)
def test_news_a_verbless_item_a_date_opens_borrows_the_verb_before(
    recap: Recap, text: str, gapped: tuple[str, str, str, str, str]
) -> None:
    """ "...; on 12 April, 19 marines": the item after the semicolon leaves out the verb."""
    assert gapped in recap(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March, 61 Ukrainians were freed; on 12 April, 19 marines were killed in shelling.",
        "On 4 March, 61 Ukrainians were freed; on 12 April, 19 marines – two of them "
        "officers – were reported missing.",
        "The ministry said 61 soldiers died on 4 March; on 12 April, 19 marines.",
    ],
)
def test_news_an_item_with_a_verb_of_its_own_borrows_nothing(recap: Recap, text: str) -> None:
    """A dated item that has a verb of its own, or follows no handover, moves no one."""
    assert not any(leg[4] == "19" for leg in recap(text))


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=11, max_value=400),
    st.integers(min_value=11, max_value=400),
    st.sampled_from(["; on", ", and on"]),
    st.sampled_from(["", " — the last of the year"]),
)
def test_news_each_dated_item_keeps_its_own_date_and_size(
    recap: Recap, first: int, second: int, joiner: str, tail: str
) -> None:
    """Whatever the sizes and the joiner, the gapped item goes the same way at its own date."""
    found = recap(
        f"On 5 May, {first} Ukrainian soldiers came home{joiner} 21 August, "
        f"{second} soldiers{tail}."
    )
    assert ("2025-05-05", "RUS", "UKR", "prisoners_of_war", str(first)) in found
    assert ("2025-08-21", "RUS", "UKR", "prisoners_of_war", str(second)) in found


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May, 180 Ukrainians – 44 of them medics from the same brigade – came home.",
        "On 2 May, 180 Ukrainians — among them 44 medics — were freed by Russia.",
    ],
)
def test_news_a_dash_aside_counting_a_part_does_not_hide_the_verb(recap: Recap, text: str) -> None:
    """The part's figure inside the dashes is no figure between the whole and its verb."""
    assert ("2025-05-02", "RUS", "UKR", "other", "180") in recap(text)


def test_news_in_all_with_what_was_given_back_is_one_swap(news: Callable[..., Read]) -> None:
    """ "In all, N came home on <day> ..., in return for M": one swap's sum, not a tally."""
    read = news(
        "In all, 320 Ukrainians – 70 of them border guards – returned on Saturday, the "
        "ombudsman said, in return for 90 Russians."
    )
    assert not read.tallies
    legs = {(t.receiver.code, str(t.count)) for e in read.exchanges for t in e.transfers}
    assert legs == {("UKR", "320"), ("RUS", "90")}


def test_news_in_all_in_a_perfect_still_adds_up_many_swaps(news: Callable[..., Read]) -> None:
    """ "In all, N have come home ... in exchange for M": a perfect may still be a running sum."""
    read = news("In all, 5,100 Ukrainians have come home in exchange for 3,900 Russians.")
    assert [str(t.count) for t in read.tallies] == ["5,100"]


@pytest.mark.parametrize(
    "text",
    [
        'In June, after months of talks, the "600 for 600" deal, carried out over two days, '
        "was the biggest of the year.",
        'The "600 for 600" deal was completed in June.',
        'The "600 for 600" exchange in June took place at the Belarusian border.',
    ],
)
def test_news_a_named_deal_told_done_is_an_exchange(recap: Recap, text: str) -> None:
    """A definite "N for N" deal or exchange with a verb of doing after it moved people."""
    assert ("2025-06", "UKR", "RUS", "prisoners_of_war", "600") in recap(text)
    assert ("2025-06", "RUS", "UKR", "prisoners_of_war", "600") in recap(text)


@pytest.mark.parametrize(
    "text",
    [
        'Kyiv offered a "600 for 600" deal in June.',
        'The "600 for 600" deal, proposed by Kyiv in June, was rejected.',
        'The "600 for 600" deal was held up for weeks by disputes over the lists.',
        'The "600 for 600" deal agreed in June has not been carried out.',
    ],
)
def test_news_a_deal_not_told_done_moves_no_one(recap: Recap, text: str) -> None:
    """A deal offered, proposed, stalled or agreed is a plan, not a handover."""
    assert not any(leg[4] == "600" for leg in recap(text))


@pytest.mark.parametrize(
    "text",
    [
        "In July, the biggest swap of the year, agreed at talks in Geneva a month before: "
        "400 for 400, soldiers and civilians together.",
        "Then came the largest exchange of the summer, brokered by Qatar: 400 for 400, "
        "soldiers and civilians alike.",
    ],
)
def test_news_a_ranked_swap_agreed_earlier_sized_after_a_colon_was_done(
    recap: Recap, text: str
) -> None:
    """A swap ranked by size is one done; where it was agreed, set off after it, plans nothing.

    The pair set off before people of two kinds counts people of no one kind.
    """
    legs = {(sender, category, count) for _, sender, _, category, count in recap(text)}
    assert legs == {("UKR", "other", "400"), ("RUS", "other", "400")}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv proposed the largest exchange of the war, agreed in principle in Geneva: "
        "400 for 400.",
        "The biggest swap of the year, agreed in Geneva, would follow in July: 400 for 400.",
        "The largest exchange of the war, agreed in Geneva last week, is expected soon: "
        "400 for 400.",
    ],
)
def test_news_a_ranked_swap_still_to_come_is_a_plan(recap: Recap, text: str) -> None:
    """Proposed, "would follow" or "is expected": the pair sizes a plan, not a handover."""
    assert not any(leg[4] == "400" for leg in recap(text))


def test_news_a_long_part_aside_ends_before_a_main_clause_joined_by_and(recap: Recap) -> None:
    """The aside's list does not run on into the main clause whose counter has an "and"."""
    found = recap(
        "On 12 October, 230 Ukrainians, among them officers of the brigade that had held "
        "the river crossing for a month, were freed in return for 61 Russians and a "
        "businessman, a former deputy who had been in custody in Kyiv since spring."
    )
    assert ("2025-10-12", "RUS", "UKR", "other", "230") in found
    assert ("2025-10-12", "UKR", "RUS", "other", "61") in found


@pytest.mark.parametrize(
    "text",
    [
        "On 14 July 64 defenders came home for 58 Russians.",
        "On 14 July 64 marines were freed in return for 58 Russians.",
        "On 14 July 64 soldiers came back for 58 Russian prisoners.",
    ],
)
def test_news_people_given_for_one_sides_own_go_to_the_other(recap: Recap, text: str) -> None:
    """The subject of "came home for 58 Russians" went to the side that gave the Russians."""
    assert any(leg[:3] == ("2025-07-14", "RUS", "UKR") and leg[4] == "64" for leg in recap(text))


def test_news_for_without_a_counter_gives_no_side(recap: Recap) -> None:
    """ "came home for the holidays" names no people given in return: no side is guessed."""
    assert not recap("On 14 July 64 soldiers came home for the holidays.")


@pytest.mark.parametrize(
    ("text", "legs"),
    [
        # a day as the subject of "brought"/"saw" sizes that day's swap, of no one kind
        # unless the story is of prisoners (convention 3)
        (
            "After a long pause, 12 March saw 48 for 48, with Turkey in the middle.",
            {
                ("2025-03-12", "RUS", "UKR", "other", "48"),
                ("2025-03-12", "UKR", "RUS", "other", "48"),
            },
        ),
        (
            "Spring was quiet for prisoners, but July 3 brought 61 for 61 and the families"
            " finally had news.",
            {
                ("2025-07-03", "RUS", "UKR", "prisoners_of_war", "61"),
                ("2025-07-03", "UKR", "RUS", "prisoners_of_war", "61"),
            },
        ),
        (
            "June 2 brought 33 for 33, and June 30 saw 140 Ukrainian soldiers freed in return"
            " for 140 Russian soldiers.",
            {
                ("2025-06-02", "RUS", "UKR", "prisoners_of_war", "33"),
                ("2025-06-02", "UKR", "RUS", "prisoners_of_war", "33"),
            }
            | {("2025-06-30", "RUS", "UKR", "prisoners_of_war", "140")}
            | {("2025-06-30", "UKR", "RUS", "prisoners_of_war", "140")},
        ),
        # a plan's "will bring" moves no one
        ("Officials hope that next Friday will bring 40 for 40.", set()),
        # people of no side, then one side's people "the other way": the first went home
        # to the other side
        (
            "The year opened on 9 January with 64 soldiers coming home and 64 Russians going"
            " the other way.",
            {("2025-01-09", "RUS", "UKR", "prisoners_of_war", "64")}
            | {("2025-01-09", "UKR", "RUS", "other", "64")},
        ),
        (
            "In March, 80 prisoners were freed and 80 Ukrainians went the other way.",
            {("2025-03", "UKR", "RUS", "prisoners_of_war", "80")}
            | {("2025-03", "RUS", "UKR", "other", "80")},
        ),
        # a town's defenders are of the side that defended it, told by no side
        (
            "On 3 March, 60 defenders of Bakhmut were freed.",
            {("2025-03-03", "RUS", "UKR", "prisoners_of_war", "60")},
        ),
        (
            "In a swap on 9 June, 30 defenders of Avdiivka came home.",
            {("2025-06-09", "RUS", "UKR", "prisoners_of_war", "30")},
        ),
        # defenders of no place named stay of no side
        ("On 3 March, 60 defenders were freed.", set()),
    ],
)
def test_news_a_recaps_day_pair_other_way_or_town_defenders(
    recap: Recap, text: str, legs: set[tuple[str, str, str, str, str]]
) -> None:
    """Recap forms: "September 14 brought 103 for 103" (the day is the subject, the pair
    its swap), "50 soldiers coming home and 50 Russians going the other way" (the
    soldiers are Kyiv's), "45 defenders of Mariupol were freed" (Ukraine's, home)."""
    assert recap(text) == legs


@pytest.mark.parametrize(
    "text",
    [
        "On 9 January, 64 soldiers came home and 64 Russians stayed behind.",
        "On 9 January, 64 soldiers came home and the other way was closed to 64 Russians.",
    ],
)
def test_news_no_other_way_told_guesses_no_home(recap: Recap, text: str) -> None:
    """With no one of a side going "the other way" after them, the soldiers get no side."""
    assert not any(leg[1:3] == ("RUS", "UKR") for leg in recap(text))


_RECAP_HOME = (
    "The spring began with 70 Ukrainian marines freed on 2 March. On 9 April, 41 defenders "
    "of Kharkiv returned to Ukraine. "
)


@pytest.mark.parametrize(
    ("tail", "leg"),
    [
        ("On 20 May, 60 came home.", ("2025-05-20", "RUS", "UKR", "prisoners_of_war", "60")),
        ("June 3 saw 33 soldiers return.", ("2025-06-03", "RUS", "UKR", "prisoners_of_war", "33")),
        (
            "On 20 May, 60 came home, most of them sailors.",
            ("2025-05-20", "RUS", "UKR", "other", "60"),
        ),
        (
            "On 20 May, 60 came back, half of them from the border guard.",
            ("2025-05-20", "RUS", "UKR", "other", "60"),
        ),
    ],
)
def test_news_a_recaps_homecoming_of_no_side_is_the_side_every_item_led_with(
    recap: Recap, tail: str, leg: tuple[str, str, str, str, str]
) -> None:
    """After items that each brought one side's people home, a homecoming of no side told is
    that side's; "most of them ..." after a bare figure tells only a part's kind."""
    assert leg in recap(_RECAP_HOME + tail)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March, 70 Ukrainian marines were freed. On 20 May, 60 came home.",
        "On 2 March, 70 Ukrainian marines were freed, and on 9 April Russia got back 41 of "
        "its soldiers. On 20 May, 60 came home.",
        "On 2 March, 70 Ukrainian marines were freed. On 9 April Russia got back 41 of its "
        "soldiers. On 20 May, 60 came home.",
    ],
)
def test_news_a_recap_led_by_both_sides_or_one_item_gives_its_homecoming_no_side(
    recap: Recap, text: str
) -> None:
    assert not [leg for leg in recap(text) if leg[4] == "60"]


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["Ukraine", "Russia"]),
    st.lists(st.integers(min_value=11, max_value=900), min_size=3, max_size=3, unique=True),
    st.sampled_from(["", " bodies"]),
)
def test_news_comma_items_of_a_dated_list_each_keep_their_month(
    recap: Recap, country: str, sizes: list[int], noun: str
) -> None:
    """ "received 19 in July, 24 in September and 31 in October": one figure per month."""
    a, b, c = sizes
    found = recap(f"{country} received {a}{noun} in July, {b} in September and {c} in October.")
    receiver = "UKR" if country == "Ukraine" else "RUS"
    assert {(leg[0], leg[2], leg[4]) for leg in found} == {
        ("2025-07", receiver, str(a)),
        ("2025-09", receiver, str(b)),
        ("2025-10", receiver, str(c)),
    }


def test_news_a_figure_with_its_own_month_after_a_listed_series_keeps_it(recap: Recap) -> None:
    """The months listed for "about 1,000 on every occasion" do not share out "17 in July"."""
    found = recap(
        "Over July, August, September and October - roughly 1,000 bodies on every "
        "occasion - Ukraine recovered its fallen, whereas Russia received 17 in July, 26 "
        "in September and 33 in October."
    )
    assert {(leg[0], leg[4]) for leg in found if leg[2] == "RUS"} == {
        ("2025-07", "17"),
        ("2025-09", "26"),
        ("2025-10", "33"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russia received 19 in July, 24 of them wounded.",
        "Russia received 19 bodies in July, 24 in all were identified.",
    ],
)
def test_news_a_comma_figure_with_no_dated_item_after_it_is_no_list_item(
    recap: Recap, text: str
) -> None:
    """A comma figure is a dated list's item only when another dated item follows it."""
    assert not any(leg[4] == "24" for leg in recap(text))


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["Ukraine", "Russia"]),
    st.integers(min_value=11, max_value=900),
    st.sampled_from([("July", "August"), ("March", "May")]),
)
def test_news_a_figure_told_again_at_a_second_month_moves_at_both(
    recap: Recap, country: str, size: int, months: tuple[str, str]
) -> None:
    """ "received 19 in July and again in August": that many at each month."""
    found = recap(f"{country} received {size} bodies in {months[0]} and again in {months[1]}.")
    numbers = {"March": 3, "May": 5, "July": 7, "August": 8}
    assert {(leg[0], leg[4]) for leg in found} == {
        (f"2025-{numbers[m]:02d}", str(size)) for m in months
    }


def test_news_a_second_month_without_again_is_not_a_repeat(recap: Recap) -> None:
    """ "19 in July and 24 in August" gives each month its own figure, not 19 twice."""
    found = recap("Russia received 19 bodies in July and 24 in August.")
    assert {(leg[0], leg[4]) for leg in found} == {("2025-07", "19"), ("2025-08", "24")}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(min_value=11, max_value=400), min_size=3, max_size=3, unique=True),
    st.sampled_from(["Exchanges came faster:", "The swaps resumed:", "Prisoners were swapped:"]),
)
def test_news_semicolon_items_of_equal_pairs_each_take_their_own_date(
    recap: Recap, sizes: list[int], opening: str
) -> None:
    """ "...; 103 for 103 on September 14; 95 for 95 on October 18": each item is one swap."""
    a, b, c = sizes
    found = recap(
        f"{opening} {a} each way on August 24; {b} for {b} on September 14; "
        f"{c} for {c} on October 18."
    )
    for day, size in (("2025-09-14", b), ("2025-10-18", c)):
        assert {leg[1:3] for leg in found if leg[0] == day and leg[4] == str(size)} == {
            ("RUS", "UKR"),
            ("UKR", "RUS"),
        }


@pytest.mark.parametrize(
    "text",
    [
        "On Jan. 3, Ukraine got back 230 people and Russia 248 soldiers; four weeks later, "
        "on Jan. 31, 207 Ukrainians came home.",
        "On 5 May, 84 soldiers came home; 19 on 9 May were wounded in shelling.",
    ],
)
def test_news_a_semicolon_item_with_a_date_of_its_own_words_borrows_nothing(
    recap: Recap, text: str
) -> None:
    """A figure after a semicolon that is part of a date or has its own verb moves no one."""
    assert not any(leg[4] in ("4", "four", "19") for leg in recap(text))


_SIDES = {"Ukrainians": "UKR", "Russians": "RUS"}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(min_value=11, max_value=400), min_size=3, max_size=3, unique=True),
    st.sampled_from([("Ukrainians", "Russians"), ("Russians", "Ukrainians")]),
    st.sampled_from(["plus", "and also", "and"]),
)
def test_news_a_listed_pair_of_nationals_sends_each_group_its_own_way(
    recap: Recap, sizes: list[int], sides: tuple[str, str], joiner: str
) -> None:
    """ "246 each way, plus 31 wounded Ukrainians for 15 wounded Russians": two ways, two sizes."""
    each, first, second = sizes
    mine, theirs = sides
    found = recap(
        f"Spring brought the Easter exchange of April 19 ({each} each way, {joiner} "
        f"{first} wounded {mine} for {second} wounded {theirs})."
    )
    wounded = {(leg[1], leg[2], leg[4]) for leg in found if leg[3] == "wounded_prisoners"}
    assert wounded == {
        (_SIDES[theirs], _SIDES[mine], str(first)),
        (_SIDES[mine], _SIDES[theirs], str(second)),
    }


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(min_value=11, max_value=400), min_size=3, max_size=3, unique=True),
    st.sampled_from(["men", "soldiers", "prisoners", "servicemen"]),
    st.sampled_from([("Ukrainians", "Russians"), ("Russians", "Ukrainians")]),
    st.sampled_from(["a separate handover of ", "an exchange of ", ""]),
)
# the bracketed groups adding up to the figure before "plus" are still no breakdown of it
@example([23, 11, 12], "men", ("Ukrainians", "Russians"), "a separate handover of ")
def test_news_nationals_bracketed_after_wounded_men_are_wounded_prisoners(
    recap: Recap, sizes: list[int], noun: str, sides: tuple[str, str], joiner: str
) -> None:
    """ "plus a handover of wounded men (31 Ukrainians, 15 Russians)": the men are wounded."""
    each, first, second = sizes
    mine, theirs = sides
    found = recap(
        f"On April 19 the sides swapped {each} each way, plus {joiner}wounded {noun} "
        f"({first} {mine}, {second} {theirs})."
    )
    assert {(leg[1], leg[2], leg[4]) for leg in found if leg[3] == "wounded_prisoners"} == {
        (_SIDES[theirs], _SIDES[mine], str(first)),
        (_SIDES[mine], _SIDES[theirs], str(second)),
    }


def test_news_wounded_men_bracketed_but_not_moved_stay_unread(recap: Recap) -> None:
    """ "the wounded men (31 Ukrainians, 15 Russians) were treated": no one moved."""
    found = recap(
        "On April 19 the sides swapped 246 each way; the wounded men (31 Ukrainians, "
        "15 Russians) were treated in hospitals."
    )
    assert not any(leg[4] in ("31", "15") for leg in found)


def test_news_a_listed_pair_of_one_nationality_sends_nothing_back(recap: Recap) -> None:
    """Both groups of one side: "for" says no way back, so the second group stays unread."""
    found = recap(
        "Spring brought the Easter exchange of April 19 (246 each way, plus 31 wounded "
        "Ukrainians for 15 wounded Ukrainians)."
    )
    assert not any(leg[4] == "15" for leg in found)
    assert {leg[1:3] for leg in found if leg[4] == "31"} == {("RUS", "UKR")}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(min_value=11, max_value=400), min_size=3, max_size=3, unique=True),
    st.sampled_from(["plus", "as well as", "and also"]),
)
def test_news_a_pair_of_nationals_after_an_each_way_figure_is_never_sent_both_ways(
    recap: Recap, sizes: list[int], joiner: str
) -> None:
    """The first group of "N Ukrainians for M Russians" never also goes back the way M went."""
    each, first, second = sizes
    found = recap(
        f"Spring brought the Easter exchange of April 19 ({each} each way, {joiner} "
        f"{first} wounded Ukrainians for {second} wounded Russians)."
    )
    assert not any(leg[1:3] == ("UKR", "RUS") and leg[4] == str(first) for leg in found)
    assert not any(leg[1:3] == ("RUS", "UKR") and leg[4] == str(second) for leg in found)


_MONTH_PAIRS = [("April", "May", "04", "05"), ("July", "August", "07", "08")]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(_MONTH_PAIRS),
    st.lists(st.integers(min_value=11, max_value=900), min_size=3, max_size=3, unique=True),
    st.sampled_from(["Ukraine received", "Kyiv took back"]),
)
def test_news_months_after_a_comma_and_keep_to_their_own_clause_in_a_recap(
    recap: Recap, months: tuple[str, str, str, str], sizes: list[int], received: str
) -> None:
    """ "757 bodies on Feb. 14, and in April and May ... 43 and 34 respectively": the dates
    after ", and in" are the new clause's list, not one with the day before."""
    first, second, m1, m2 = months
    whole, a, b = sizes
    found = recap(
        f"{received} {whole} bodies on Feb. 14, and in {first} and {second} Kyiv took back "
        f"its fallen, returning {a} and {b} Russian bodies respectively."
    )
    assert found == {
        ("2025-02-14", "RUS", "UKR", "remains", str(whole)),
        (f"2025-{m1}", "UKR", "RUS", "remains", str(a)),
        (f"2025-{m2}", "UKR", "RUS", "remains", str(b)),
    }


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(_MONTH_PAIRS),
    st.lists(st.integers(min_value=11, max_value=900), min_size=4, max_size=4, unique=True),
    st.sampled_from(["each time involving", "each time with"]),
)
def test_news_each_time_before_a_figure_gives_it_the_respective_dates_too(
    recap: Recap, months: tuple[str, str, str, str], sizes: list[int], each: str
) -> None:
    """ "in April and May - each time involving 909 bodies - ..., returning 43 and 34
    respectively": the figure told "each time" goes to both listed months."""
    first, second, m1, m2 = months
    whole, every, a, b = sizes
    # the lead of the recap this form was met in; without it the aside's figure is not
    # read at all, a gap of its own
    lead = (
        "More Ukrainian and Russian prisoners went home in the first half of the year than "
        "in any comparable period of the war, and the flow of bodies back across the front "
        "line reached a scale that has overwhelmed Ukraine's morgues, figures compiled from "
        "official statements show. "
    )
    found = recap(
        f"{lead}Ukraine received {whole} bodies on Feb. 14, and in {first} and {second} - {each} "
        f"{every} bodies - Kyiv took back its fallen, returning {a} and {b} Russian bodies "
        "respectively."
    )
    assert found == {
        ("2025-02-14", "RUS", "UKR", "remains", str(whole)),
        (f"2025-{m1}", "RUS", "UKR", "remains", str(every)),
        (f"2025-{m2}", "RUS", "UKR", "remains", str(every)),
        (f"2025-{m1}", "UKR", "RUS", "remains", str(a)),
        (f"2025-{m2}", "UKR", "RUS", "remains", str(b)),
    }


def test_news_a_figure_without_each_time_does_not_take_the_respective_dates(
    recap: Recap,
) -> None:
    """Only "each time" hands the listed dates on: the day's own figure keeps its day."""
    found = recap(
        "Ukraine received 757 bodies on Feb. 14, and in April and May Kyiv took back its "
        "fallen, returning 43 and 34 Russian bodies respectively."
    )
    assert not any(leg[4] == "757" and leg[0] != "2025-02-14" for leg in found)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(min_value=11, max_value=900), min_size=3, max_size=3, unique=True),
    st.sampled_from(
        [
            "while Russia received, respectively, {a}, {b} and {c} bodies",
            "returning, respectively, the remains of {a}, {b} and {c} Russian servicemen",
        ]
    ),
)
def test_news_respectively_before_a_list_shares_it_over_the_listed_months(
    recap: Recap, sizes: list[int], tail: str
) -> None:
    """ "respectively, 19, 24 and 31 bodies": each month its own figure, never the first thrice."""
    a, b, c = sizes
    found = recap(
        "In July, September and October – each time involving 1,000 bodies – Ukraine took "
        f"back its dead, {tail.format(a=a, b=b, c=c)}."
    )
    assert {(leg[0], leg[1], leg[4]) for leg in found if leg[2] == "RUS"} == {
        ("2025-07", "UKR", str(a)),
        ("2025-09", "UKR", str(b)),
        ("2025-10", "UKR", str(c)),
    }
    assert {leg[0] for leg in found if leg[2] == "UKR"} == {"2025-07", "2025-09", "2025-10"}


def test_news_respectively_before_a_list_without_a_series(recap: Recap) -> None:
    """ "Ukraine received, respectively, 190, 240 and 310 bodies": one figure a month."""
    found = recap(
        "In July, September and October Ukraine received, respectively, 190, 240 and 310 bodies."
    )
    assert found == {
        ("2025-07", "RUS", "UKR", "remains", "190"),
        ("2025-09", "RUS", "UKR", "remains", "240"),
        ("2025-10", "RUS", "UKR", "remains", "310"),
    }


def test_news_respectively_before_a_clause_break_pairs_nothing_after_it(recap: Recap) -> None:
    """A list after "respectively; and" starts a clause of its own, not the one shared out."""
    found = recap(
        "In May and June Russia freed 75 and 90 prisoners respectively, and on Aug. 24, "
        "115 soldiers came home."
    )
    assert ("2025-05", "RUS", "UKR", "prisoners_of_war", "75") in found
    assert ("2025-06", "RUS", "UKR", "prisoners_of_war", "90") in found
    assert not any(leg[4] == "115" and leg[0] in ("2025-05", "2025-06") for leg in found)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([("Ukraine", "RUS", "UKR"), ("Russia", "UKR", "RUS")]),
    st.lists(st.integers(min_value=32, max_value=900), min_size=2, max_size=2, unique=True),
    st.sampled_from(["came home to", "were returned to", "went back to"]),
)
def test_news_a_bare_dated_item_after_a_bare_subject_of_a_verb_of_moving_is_read(
    recap: Recap, side: tuple[str, str, str], sizes: list[int], verb: str
) -> None:
    """ "116 came home to Ukraine on 4 May and 101 on 9 May": the second number is read too."""
    country, sender, receiver = side
    a, b = sizes
    found = recap(f"{a} {verb} {country} on 4 May and {b} on 9 May.")
    assert ("2025-05-04", sender, receiver, "other", str(a)) in found
    assert ("2025-05-09", sender, receiver, "other", str(b)) in found


def test_news_a_bare_number_after_a_dated_verbless_subject_gets_no_side(recap: Recap) -> None:
    """With no side named, "116 came home on 4 May and 101 on 9 May" still reads no one."""
    assert recap("116 came home on 4 May and 101 on 9 May.") == set()


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(min_value=32, max_value=900), min_size=2, max_size=2, unique=True),
    st.sampled_from(["prisoners were swapped", "exchanges resumed", "the sides swapped captives"]),
)
def test_news_a_list_of_dated_brackets_before_the_verb_reads_every_bracket(
    recap: Recap, sizes: list[int], clause: str
) -> None:
    """ "On June 25 (90 each) and July 17 (95 each), prisoners were swapped": both swaps."""
    a, b = sizes
    found = recap(f"On June 25 ({a} each) and July 17 ({b} each), {clause}.")
    for day, size in (("2025-06-25", a), ("2025-07-17", b)):
        assert {(*p[:3], p[4]) for p in found} >= {
            (day, "RUS", "UKR", str(size)),
            (day, "UKR", "RUS", str(size)),
        }


def test_news_dated_brackets_before_a_planned_swap_read_nothing(recap: Recap) -> None:
    """A plan after the brackets sizes no swap done."""
    assert recap("On June 25 (90 each) and July 17 (95 each), prisoners will be swapped.") == set()


@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_news_a_spaced_dash_after_a_dates_day_is_no_range(recap: Recap, dash: str) -> None:
    """ "The swap on May 6 - 205 for 205 - went ahead": the day is no range's start."""
    found = recap(f"The swap on May 6 {dash} 205 for 205 {dash} went ahead.")
    assert ("2025-05-06", "RUS", "UKR", "prisoners_of_war", "205") in found
    assert ("2025-05-06", "UKR", "RUS", "prisoners_of_war", "205") in found


def test_news_a_spaced_hyphen_between_days_stays_a_span(recap: Recap) -> None:
    """ "May 6 - 20" may be a span of days: the 20 is not read as people."""
    found = recap("The swap on May 6 - 20 for 20 - went ahead.")
    assert not any(leg[4] == "20" for leg in found)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["Ukraine", "Russia"]),
    st.lists(st.integers(min_value=32, max_value=900), min_size=2, max_size=2, unique=True),
    st.lists(st.integers(min_value=1, max_value=28), min_size=2, max_size=2, unique=True),
)
def test_news_a_second_ordinal_day_before_a_side_dates_its_clause(
    recap: Recap, country: str, sizes: list[int], days: list[int]
) -> None:
    """ "on the 8th, 50 ..., and on the 11th Ukraine got back 24": the 24 is of the 11th."""
    a, b = sizes
    first, second = sorted(days)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}
    found = recap(
        f"In March, two swaps took place: on the {first}{suffix.get(first, 'th')}, {a} "
        f"prisoners were exchanged for {a}, and on the {second}{suffix.get(second, 'th')} "
        f"{country} got back {b} people."
    )
    receiver = "UKR" if country == "Ukraine" else "RUS"
    assert (f"2025-03-{second:02d}", "RUS" if receiver == "UKR" else "UKR", receiver) in {
        leg[:3] for leg in found if leg[4] == str(b)
    }
    assert not any(leg[4] == str(b) and leg[0] != f"2025-03-{second:02d}" for leg in found)


def test_news_a_month_opening_its_sentence_as_subject_is_the_month(recap: Recap) -> None:
    """ "May brought two exchanges: ... on the 6th": the 6th is May's (was: publication month)."""
    found = recap(
        "May saw two swaps back to back: 38 Mariupol marines for 4 Russian airmen, "
        "Kyiv said, on the 9th, and after that, on May 27, 112 Ukrainians, seven of them "
        "medics."
    )
    assert ("2025-05-09", "RUS", "UKR", "prisoners_of_war", "38") in found
    assert ("2025-05-09", "UKR", "RUS", "prisoners_of_war", "4") in found
    assert ("2025-05-27", "RUS", "UKR", "other", "112") in found
    assert not any(leg[4] in ("7", "seven") for leg in found)


@pytest.mark.parametrize(
    "text",
    [
        "May need 45 more soldiers to come home on the 6th.",
        "Talks may proceed, and 45 soldiers could come home on the 6th.",
    ],
)
def test_news_a_modal_may_is_no_month(recap: Recap, text: str) -> None:
    """ "May need", "may proceed": a modal before a bare verb names no month."""
    assert not any(leg[0].startswith("2025-05") for leg in recap(text))


def test_news_a_gapped_item_after_an_unequal_pair_gets_no_guessed_way(recap: Recap) -> None:
    """After "45 for 3", a dated item naming no nationality may repeat either way: unread."""
    found = recap(
        "May brought two exchanges: 45 Azovstal defenders for 3 Russian pilots on the 6th, "
        "and then, on May 25, 106 men, among them eight officers."
    )
    assert not any(leg[4] == "106" for leg in found)


def test_news_a_dated_item_with_a_part_aside_and_a_verb_of_its_own_is_not_gapped(
    recap: Recap,
) -> None:
    """ "..., 106 Ukrainians, among them eight officers who were wounded": a clause after."""
    found = recap(
        "Ukraine got back 40 soldiers on May 6, and then, on May 25, 106 Ukrainians, among "
        "them eight officers who were wounded in battle and captured."
    )
    assert not any(leg[4] == "106" for leg in found)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([("Russia", "UKR", "RUS"), ("Ukraine", "RUS", "UKR")]),
    st.lists(st.integers(min_value=11, max_value=900), min_size=2, max_size=2, unique=True),
    st.integers(min_value=0, max_value=2),
)
def test_news_a_repeat_among_unequal_listed_figures_still_pairs_with_the_months(
    recap: Recap, side: tuple[str, str, str], sizes: list[int], twice: int
) -> None:
    """ "In July, August and September, Russia received 19, 19 and 24 bodies": in order."""
    country, sender, receiver = side
    a, b = sizes
    listed = [a, a, b] if twice == 0 else [a, b, b] if twice == 1 else [a, b, a]
    found = recap(
        f"In July, August and September, {country} received "
        f"{listed[0]}, {listed[1]} and {listed[2]} bodies."
    )
    assert found == {
        (month, sender, receiver, "remains", str(n))
        for month, n in zip(("2025-07", "2025-08", "2025-09"), listed, strict=True)
    }
