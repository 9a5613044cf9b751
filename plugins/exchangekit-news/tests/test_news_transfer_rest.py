"""Transfer rules and dates left over: who frees whom, wounded groups, relative dates."""

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

OTHER = PersonCategory.OTHER
NAMES = {"Ukraine": "UKR", "Kyiv": "UKR", "Russia": "RUS", "Moscow": "RUS"}


def other(code: str) -> str:
    """The other belligerent."""
    return "RUS" if code == "UKR" else "UKR"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(NAMES)),
    st.integers(min_value=2, max_value=3000),
    st.sampled_from(["says it has freed", "said it had freed", "announced it had freed"]),
)
def test_news_a_side_announcing_it_freed_people_got_its_own_back(
    legs: Callable[..., Any], name: str, amount: int, verb: str
) -> None:
    text = f"{name} {verb} {amount:,} people in a fresh prisoner exchange on Tuesday."
    code = NAMES[name]
    assert legs(text) == {(other(code), code, "other"): Count.exact(amount)}


def test_news_a_side_freeing_named_enemy_people_hands_them_over(legs: Callable[..., Any]) -> None:
    text = "Kyiv said it had freed 64 Russian soldiers on Tuesday."
    assert legs(text) == {("UKR", "RUS", "prisoners_of_war"): Count.exact(64)}


def test_news_a_side_freeing_people_told_by_the_other_side_hands_them_over(
    legs: Callable[..., Any],
) -> None:
    text = "Moscow freed 64 soldiers on Tuesday, Kyiv said."
    assert legs(text) == {("RUS", "UKR", "prisoners_of_war"): Count.exact(64)}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(NAMES)),
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["got back", "took back", "received", "handed over"]),
)
def test_news_wounded_moved_by_a_side_are_wounded_prisoners(
    legs: Callable[..., Any], name: str, amount: int, verb: str
) -> None:
    text = f"On Friday {name} {verb} {amount} of its own wounded."
    if verb == "handed over":
        text = f"On Friday {name} {verb} {amount} wounded."
    code = NAMES[name]
    direction = (code, other(code)) if verb == "handed over" else (other(code), code)
    assert legs(text) == {(*direction, "wounded_prisoners"): Count.exact(amount)}


def test_news_people_reported_wounded_stay_a_casualty_figure(legs: Callable[..., Any]) -> None:
    assert legs("Moscow said 3,000 of its soldiers were wounded in the offensive.") == {}


def test_news_part_of_a_promised_group_that_was_handed_over_is_coded(
    legs: Callable[..., Any],
) -> None:
    text = (
        "Moscow, which had pledged to hand over 30 badly wounded Ukrainian soldiers, "
        "sent back 27 of them on Thursday, officials in Kyiv said."
    )
    assert legs(text) == {("RUS", "UKR", "wounded_prisoners"): Count.exact(27)}


def test_news_part_of_a_group_already_handed_over_is_not_coded_again(
    legs: Callable[..., Any],
) -> None:
    text = "Russia handed over 120 prisoners on Thursday, and 14 of them were officers."
    assert legs(text) == {("RUS", "UKR", "prisoners_of_war"): Count.exact(120)}


def test_news_a_day_after_a_call_about_a_planned_date_is_not_counted_from_it() -> None:
    # the date belongs to the plan the call reported; the handover took place on it
    text = (
        "A day after the ministers agreed by telephone that the sides would swap 60 "
        "captives for 60 on Monday, Russia freed 12 wounded Ukrainian soldiers."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 3, 18), publisher="Desk"
    )
    periods = {str(item.period) for item in items if isinstance(item, Exchange)}
    assert periods == {"2025-03-17"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On New Year's Eve, Russia handed back 58 Ukrainian soldiers.", "2024-12-31"),
        ("Russia handed back 58 Ukrainian soldiers on New Year\u2019s Eve.", "2024-12-31"),
        ("At Easter, Kyiv received 58 soldiers from Russia.", "2025-04-20"),
        ("On Orthodox Christmas 2023, Kyiv received 58 soldiers from Russia.", "2023-01-07"),
        ("In June last year, Kyiv received 58 soldiers from Russia.", "2024-06"),
        (
            "Kyiv received 58 soldiers from Russia in the spring of last year.",
            "2024-03-01/2024-05-31",
        ),
        ("This spring, Kyiv received 58 soldiers from Russia.", "2025-03-01/2025-05-31"),
        ("Kyiv received 58 soldiers from Russia last winter.", "2024-12-01/2025-02-28"),
    ],
)
def test_news_seasons_holidays_and_a_month_last_year_date_the_exchange(
    periods: Callable[..., Any], sentence: str, expected: str
) -> None:
    assert periods(sentence, date(2025, 10, 23)) == {expected}


def test_news_a_holiday_naming_a_noun_is_no_date(periods: Callable[..., Any]) -> None:
    # "the Easter truce" names a truce, not a day: the exchange keeps the weekday
    text = "During the Easter truce, Kyiv received 58 soldiers from Russia on Tuesday."
    assert periods(text, date(2025, 10, 23)) == {"2025-10-21"}


def test_news_largest_since_the_spring_is_no_date_of_the_exchange(
    periods: Callable[..., Any],
) -> None:
    text = "In the largest swap since the spring, Kyiv received 58 soldiers from Russia on Monday."
    assert periods(text, date(2025, 10, 23)) == {"2025-10-20"}


def test_news_a_long_relative_clause_of_capture_does_not_date_the_return(
    periods: Callable[..., Any],
) -> None:
    text = (
        "Thirty civilians who had been taken to Ukraine during the raid by the armed "
        "formations of the neighbouring country last summer returned to Russia on Friday."
    )
    assert periods(text, date(2025, 10, 23)) == {"2025-10-17"}


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry also reported the return of 23 Russian civilians whom, it "
        "said, Ukrainian soldiers had taken from Sudzha in 2024.",
        "Moscow also confirmed the return of 14 Russian residents whom, the governor said, "
        "Ukrainian troops had taken to Sumy during their raid last year.",
        "Kyiv also confirmed the return of 40 Russian residents whom, officials said, "
        "Ukrainian troops had taken to Sumy during the incursion in 2024.",
    ],
)
def test_news_a_saying_aside_inside_a_clause_of_capture_does_not_date_the_return(
    periods: Callable[..., Any], text: str
) -> None:
    # the relative clause tells when the people were taken, not when they came back
    swap = "Russia and Ukraine swapped 90 prisoners each on Sunday. "
    assert periods(swap + text, date(2025, 10, 23)) == {"2025-10-19"}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(range(1, 13)), st.integers(min_value=2, max_value=900))
def test_news_a_month_last_year_is_the_year_before_publication(
    periods: Callable[..., Any], month: int, amount: int
) -> None:
    names = ["January", "February", "March", "April", "May", "June", "July", "August"]
    names += ["September", "October", "November", "December"]
    text = f"In {names[month - 1]} last year, Kyiv received {amount} soldiers from Russia."
    assert periods(text, date(2025, 10, 23)) == {f"2024-{month:02d}"}


def test_news_a_figure_in_a_later_clause_of_speech_does_not_take_the_verb_before(
    legs: Callable[..., Any],
) -> None:
    # "received ... in all" is a running sum; the 900 are only ready to go, a plan
    text = (
        "The negotiator wrote that Moscow had received 41 in all, and said a further 900 "
        "bodies were ready to be handed back once Kyiv named a day."
    )
    assert legs(text) == {}


@pytest.mark.parametrize("helper", ["The Vatican", "Qatar", "The Red Cross", "Moscow's envoy"])
def test_news_a_helper_is_neither_side_the_people_go_the_way_of_their_kind(helper: str) -> None:
    text = (
        "Eleven Ukrainian children were returned from Russia to their families on Monday. "
        f"{helper} said it had helped bring back four more children on Wednesday."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    found = {
        (str(item.period), t.sender.code, t.receiver.code, t.count.best)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    assert found == {("2025-10-20", "RUS", "UKR", 11), ("2025-10-22", "RUS", "UKR", 4)}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["On Tuesday", "Earlier in the day", "By Friday"]),
    st.sampled_from(["prisoners", "badly wounded prisoners"]),
)
def test_news_a_figure_that_went_each_way_is_both_directions(
    legs: Callable[..., Any], amount: int, opening: str, people: str
) -> None:
    text = f"{opening}, {amount} {people} went each way, officials said."
    kind = "wounded_prisoners" if "wounded" in people else "prisoners_of_war"
    assert legs(text) == {
        ("RUS", "UKR", kind): Count.exact(amount),
        ("UKR", "RUS", kind): Count.exact(amount),
    }


def test_news_earlier_in_the_week_is_the_week_of_the_report(periods: Callable[..., Any]) -> None:
    text = "Earlier in the week, 30 prisoners went each way, officials said."
    assert periods(text, date(2025, 10, 23)) == {"2025-W43"}


@pytest.mark.parametrize("verb", ["exchanged", "freed", "returned"])
def test_news_a_dated_part_of_a_running_sum_is_its_own_exchange(verb: str) -> None:
    text = (
        "The ombudsman said that in May, in three stages, more than 300 Ukrainian "
        f"soldiers had come home, including 12 badly wounded men {verb} on May 9."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 6, 2), publisher="Desk"
    )
    found = {
        (str(item.period), t.sender.code, t.receiver.code, t.category.value, t.count.best)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    assert found == {("2025-05-09", "RUS", "UKR", "wounded_prisoners", 12)}


def test_news_an_undated_part_of_a_running_sum_stays_in_it(legs: Callable[..., Any]) -> None:
    text = (
        "The ombudsman said that in May, in three stages, more than 300 Ukrainian "
        "soldiers had come home, including 12 badly wounded men."
    )
    assert legs(text, date(2025, 6, 2)) == {}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("Ukraine", "Russia"), ("Kyiv", "Moscow"), ("Russia", "Ukraine")]),
    st.integers(min_value=200, max_value=3000),
    st.integers(min_value=2, max_value=150),
)
def test_news_a_bare_figure_after_a_comma_mirrors_the_leg_before_it(
    legs: Callable[..., Any], sides: tuple[str, str], first: int, second: int
) -> None:
    # "N bodies to A, M to B": the second figure leaves out the noun of the first
    a, b = sides
    text = f"On Friday the two sides traded the dead, {first:,} bodies to {a}, {second} to {b}."
    assert legs(text) == {
        (NAMES[b], NAMES[a], "remains"): Count.exact(first),
        (NAMES[a], NAMES[b], "remains"): Count.exact(second),
    }


def test_news_a_comma_between_figures_without_their_own_receivers_adds_no_leg(
    legs: Callable[..., Any],
) -> None:
    # only a figure followed by "to <side>" mirrors the one before
    text = "The sides traded the dead on Friday, 640 bodies to Kyiv, 31 of them unnamed."
    assert ("UKR", "RUS", "remains") not in legs(text)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("Ukraine", "Russia"), ("Kyiv", "Moscow")]),
    st.sampled_from([", ", " and ", ", and "]),
    st.integers(min_value=200, max_value=3000),
    st.integers(min_value=2, max_value=150),
)
def test_news_a_verbless_list_of_the_dead_sends_the_second_figure_back(
    legs: Callable[..., Any], sides: tuple[str, str], joint: str, first: int, second: int
) -> None:
    # no verb reaches the second figure: it goes to the side that sent the first
    a, b = sides
    text = (
        f"Then, on Thursday, came one more repatriation of the fallen: "
        f"{first:,} bodies to {a}{joint}{second} to {b}."
    )
    assert legs(text) == {
        ("RUS", "UKR", "remains"): Count.exact(first),
        ("UKR", "RUS", "remains"): Count.exact(second),
    }


def test_news_a_verbless_second_figure_to_the_same_side_is_not_turned_round(
    legs: Callable[..., Any],
) -> None:
    text = "On Thursday there was a handover of the dead: 800 bodies to Kyiv, 30 to Ukraine."
    assert ("UKR", "RUS", "remains") not in legs(text)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("Ukrainian", "Russian"), ("Russian", "Ukrainian")]),
    st.integers(min_value=2, max_value=500),
    st.integers(min_value=2, max_value=500),
    st.sampled_from(["prisoners of war", "soldiers", "servicemen"]),
)
def test_news_two_figures_with_their_own_nationalities_share_one_noun(
    legs: Callable[..., Any], adjectives: tuple[str, str], first: int, second: int, noun: str
) -> None:
    # "N Ukrainian and M Russian soldiers": the first figure keeps its own adjective
    a, b = adjectives
    to = {"Ukrainian": "UKR", "Russian": "RUS"}
    text = (
        f"Mediators said on Monday they had won the release of {first} {a} and {second} {b} {noun}."
    )
    assert legs(text) == {
        (other(to[a]), to[a], "prisoners_of_war"): Count.exact(first),
        (other(to[b]), to[b], "prisoners_of_war"): Count.exact(second),
    }


def test_news_one_nationality_listed_with_a_noun_of_the_same_side_is_left_alone(
    legs: Callable[..., Any],
) -> None:
    # no second adjective of another side: nothing to pair the first figure with
    text = "Kyiv said on Monday that 70 Ukrainian and foreign fighters had come home."
    assert ("UKR", "RUS", "prisoners_of_war") not in legs(text)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["swaps", "exchanges"]),
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["apiece", "each"]),
)
def test_news_sizes_of_swaps_in_a_fronted_phrase_are_exchanges_not_a_running_total(
    noun: str, first: int, second: int, distributive: str
) -> None:
    # "In swaps of N and M prisoners apiece, ...": each figure sizes one swap
    text = (
        f"In {noun} of {first} and {second} prisoners {distributive} in March and April, "
        "Qatar brought soldiers home to both sides."
    )
    items = list(
        NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2025, 10, 23))
    )
    amounts = sorted(t.count.low for i in items if isinstance(i, Exchange) for t in i.transfers)
    assert amounts == sorted([first, first, second, second])
    assert not any(type(i).__name__ == "ExchangeTally" for i in items)


def test_news_a_single_size_in_a_fronted_phrase_of_swaps_is_one_exchange(
    legs: Callable[..., Any],
) -> None:
    text = "In swaps of 45 soldiers apiece, the two sides cleared the camps last winter."
    assert legs(text) == {
        ("RUS", "UKR", "prisoners_of_war"): Count.exact(45),
        ("UKR", "RUS", "prisoners_of_war"): Count.exact(45),
    }


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("May", "June", 5, 6), ("March", "April", 3, 4)]),
    st.integers(min_value=2, max_value=200),
    st.integers(min_value=201, max_value=400),
)
def test_news_listed_months_pair_with_listed_sizes_despite_a_later_aside_date(
    months: tuple[str, str, int, int], first: int, second: int
) -> None:
    # a month in a trailing aside does not stop the opening months pairing with the sizes
    a, b, m, n = months
    text = (
        f"In {a} and {b}, in swaps of {first} and {second} prisoners apiece, Turkey helped "
        f"bring soldiers home, among them marines who had been captured in {a}."
    )
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2024, 10, 19))
    sizes = {
        (str(i.period), t.count.low) for i in items if isinstance(i, Exchange) for t in i.transfers
    }
    assert sizes == {(f"2024-{m:02d}", first), (f"2024-{n:02d}", second)}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            "The largest swap of the spring took place on Sunday",
            "On Sunday came one more exchange, brokered by Qatar",
            "Qatar brokered one more exchange on Sunday",
            # "May" in a date is the month, not a modal of a plan
            "The largest swap of the spring took place on 18 May",
            "On May 3 came one more exchange, brokered by Qatar",
        ]
    ),
    st.integers(min_value=2, max_value=1500),
)
def test_news_a_pair_after_a_colon_sizes_the_swap_its_clause_names(
    legs: Callable[..., Any], clause: str, amount: int
) -> None:
    text = f"{clause}: {amount:,} for {amount:,}."
    assert legs(text) == {
        ("RUS", "UKR", "prisoners_of_war"): Count.exact(amount),
        ("UKR", "RUS", "prisoners_of_war"): Count.exact(amount),
    }


@pytest.mark.parametrize(
    "clause",
    [
        "Kyiv proposed a fresh swap on Sunday",
        "The sides might hold a further exchange next month",
        "A new swap will follow soon",
        "The sides may hold one more exchange on 9 May",
    ],
)
def test_news_a_pair_after_a_colon_sizes_no_swap_that_is_only_planned(
    legs: Callable[..., Any], clause: str
) -> None:
    assert legs(f"{clause}: 300 for 300.") == {}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("Kyiv", "Moscow"), ("Moscow", "Kyiv"), ("Ukraine", "Russia")]),
    st.sampled_from(["handing", "while handing"]),
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=900),
)
def test_news_a_participle_after_while_shares_the_subject_of_the_clause_before(
    legs: Callable[..., Any], sides: tuple[str, str], verb: str, back: int, out: int
) -> None:
    # "A got back N people while handing B M prisoners": A does the handing too
    a, b = sides
    verb = verb if verb.startswith("while") else f"while {verb}"
    text = f"On Monday {a} got back {back} people {verb} {b} {out} prisoners."
    found = legs(text)
    assert found[(NAMES[b], NAMES[a], "other")] == Count.exact(back)
    assert found[(NAMES[a], NAMES[b], "prisoners_of_war")] == Count.exact(out)


def test_news_a_while_clause_with_its_own_subject_keeps_it(legs: Callable[..., Any]) -> None:
    text = "On Monday Kyiv got back 140 people while Moscow took back 35 soldiers."
    assert legs(text) == {
        ("RUS", "UKR", "other"): Count.exact(140),
        ("UKR", "RUS", "prisoners_of_war"): Count.exact(35),
    }


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=3000),
    st.sampled_from(
        [
            "Kyiv proposed a new swap, {n} for {n}.",
            "The sides may hold another swap soon, {n} for {n}.",
            "Moscow said it would agree to a swap, {n} for {n}, if Kyiv asked.",
            "Ankara offered to host an exchange ({n} for {n}) next month.",
        ]
    ),
)
def test_news_a_pair_after_a_comma_sizes_no_swap_its_clause_only_plans(
    legs: Callable[..., Any], amount: int, sentence: str
) -> None:
    # Regression: a pair set off by a comma or brackets after a proposed or expected swap
    # was read as a swap done, each way; after a colon it already was not.
    assert legs(sentence.format(n=f"{amount:,}")) == {}


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2, max_value=3000))
def test_news_a_pair_after_a_comma_still_sizes_a_swap_done(
    legs: Callable[..., Any], amount: int
) -> None:
    # news copy writes thousands with a comma; a bare "1800" reads as a year
    text = f"On Friday the sides carried out a new swap, {amount:,} for {amount:,}."
    assert legs(text) == {
        ("UKR", "RUS", "prisoners_of_war"): Count.exact(amount),
        ("RUS", "UKR", "prisoners_of_war"): Count.exact(amount),
    }
