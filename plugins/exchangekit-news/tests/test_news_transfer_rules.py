"""Transfer rules that generalise: distributive subjects, shared partitions, live-blog days."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, Period, PersonCategory

News = Callable[..., Any]

POW = PersonCategory.PRISONERS_OF_WAR


def exchanges(text: str, **options: Any) -> list[Exchange]:
    """The exchanges the parser reads in ``text``, published 23 October 2025."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk", **options
    )
    return [item for item in items if isinstance(item, Exchange)]


def legs_of(found: list[Exchange]) -> dict[tuple[str, str, PersonCategory], Count]:
    """Every transfer of every exchange, keyed by sender, receiver and category."""
    return {
        (t.sender.code, t.receiver.code, t.category): t.count for e in found for t in e.transfers
    }


def legs(read: Any) -> dict[tuple[str, str, PersonCategory], Count]:
    """Every transfer of every exchange the ``news`` fixture read."""
    return legs_of(read.exchanges)


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=5000),
    st.sampled_from(["Each side", "Each country", "Either side", "Each of the two countries"]),
    st.sampled_from(["handed over", "released", "has freed", "returned"]),
)
def test_news_each_side_as_subject_gives_the_figure_to_both_directions(
    amount: int, subject: str, verb: str
) -> None:
    text = f"Moscow and Kyiv traded captives on Tuesday. {subject} {verb} {amount:,} soldiers."
    assert legs_of(exchanges(text)) == {
        ("RUS", "UKR", POW): Count.exact(amount),
        ("UKR", "RUS", POW): Count.exact(amount),
    }


@pytest.mark.parametrize("verb", ["swapped", "exchanged", "traded"])
def test_news_both_sides_as_subject_of_a_swap_stays_a_two_way_figure(news: News, verb: str) -> None:
    # "both sides swapped 90" may be 90 in all: no direction is given a figure
    read = news(f"Both sides {verb} 90 soldiers on Tuesday.")
    assert legs(read) == {}


def test_news_both_sides_as_subject_of_a_release_is_each_sides_figure(news: News) -> None:
    # "both sides released 90": each side did the releasing, so 90 went each way
    read = news("Both sides released 90 soldiers on Tuesday.")
    assert legs(read) == {
        ("RUS", "UKR", POW): Count.exact(90),
        ("UKR", "RUS", POW): Count.exact(90),
    }


def test_news_a_partition_of_a_per_side_figure_is_given_to_both_sides(news: News) -> None:
    text = (
        "Each side freed 150 people on Wednesday, officials in both capitals said, "
        "100 of them soldiers and 50 civilians."
    )
    both = {("RUS", "UKR"), ("UKR", "RUS")}
    assert legs(news(text, breakdowns="both")) == {
        **{(a, b, PersonCategory.OTHER): Count.exact(150) for a, b in both},
        **{(a, b, POW): Count.exact(100) for a, b in both},
        **{(a, b, PersonCategory.CIVILIANS): Count.exact(50) for a, b in both},
    }


def test_news_a_live_blog_figure_is_of_its_entry_day_not_a_later_entry(news: News) -> None:
    text = (
        "Live: prisoners come home\n\n"
        "Monday 12 May\n\n"
        "09:10 — Stage one: 120 Ukrainian soldiers have returned, Kyiv says.\n\n"
        "Tuesday 13 May\n\n"
        "10:45 — Moscow says 80 Russian soldiers were returned today.\n"
    )
    read = news(text, published=date(2025, 5, 13))
    periods = {t.receiver.code: e.period for e in read.exchanges for t in e.transfers}
    assert periods == {"UKR": Period.day(date(2025, 5, 12)), "RUS": Period.day(date(2025, 5, 13))}


def test_news_respectively_pairs_only_the_lists_written_before_it(news: News) -> None:
    text = (
        "On March 3 and April 9 the two sides traded 40 and 60 captives apiece, respectively, "
        "and on Sept. 1, 77 Ukrainian soldiers were exchanged for 77 Russian soldiers."
    )
    found = {
        (e.period, t.receiver.code): t.count for e in news(text).exchanges for t in e.transfers
    }
    assert found == {
        (Period.day(date(2025, 3, 3)), "UKR"): Count.exact(40),
        (Period.day(date(2025, 3, 3)), "RUS"): Count.exact(40),
        (Period.day(date(2025, 4, 9)), "UKR"): Count.exact(60),
        (Period.day(date(2025, 4, 9)), "RUS"): Count.exact(60),
        (Period.day(date(2025, 9, 1)), "UKR"): Count.exact(77),
        (Period.day(date(2025, 9, 1)), "RUS"): Count.exact(77),
    }


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=999), st.sampled_from([", {n} for {n},", " ({n} for {n})"])
)
def test_news_a_pair_set_off_after_an_exchange_noun_is_its_size(amount: int, form: str) -> None:
    text = f"A modest exchange{form.format(n=amount)} followed on Feb. 8."
    assert legs_of(exchanges(text)) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(amount),
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR): Count.exact(amount),
    }


def test_news_in_exchange_for_the_bodies_of_n_is_the_other_direction(news: News) -> None:
    text = (
        "Russia handed over the remains of 600 people on Monday, in exchange for the "
        "bodies of 22 Russian soldiers."
    )
    assert legs(news(text)) == {
        ("RUS", "UKR", PersonCategory.REMAINS): Count.exact(600),
        ("UKR", "RUS", PersonCategory.REMAINS): Count.exact(22),
    }


def test_news_a_coordinated_clause_keeps_its_own_date_and_verb(news: News) -> None:
    text = (
        "Kyiv took back 800 bodies on Sept. 2 and returned 16, and in July, 700 bodies "
        "came back to Ukraine and 12 went to Russia."
    )
    found = {
        (e.period, t.receiver.code): t.count for e in news(text).exchanges for t in e.transfers
    }
    assert found == {
        (Period.day(date(2025, 9, 2)), "UKR"): Count.exact(800),
        (Period.day(date(2025, 9, 2)), "RUS"): Count.exact(16),
        (Period.month(2025, 7), "UKR"): Count.exact(700),
        (Period.month(2025, 7), "RUS"): Count.exact(12),
    }


def test_news_handing_a_party_the_remains_sends_them(news: News) -> None:
    text = "Kyiv took back its dead in June, handing Moscow the remains of 14 Russian servicemen."
    assert legs(news(text)) == {("UKR", "RUS", PersonCategory.REMAINS): Count.exact(14)}


def test_news_a_figure_in_a_reported_clause_takes_the_reported_verb(news: News) -> None:
    text = (
        "The two countries carried out a long-planned exchange on Friday, with Moscow saying "
        "that 120 prisoners had been released by each side."
    )
    assert legs(news(text)) == {
        ("RUS", "UKR", POW): Count.exact(120),
        ("UKR", "RUS", POW): Count.exact(120),
    }


@settings(max_examples=20, deadline=None)
@given(
    # 40 itself would be the prisoners told again, which is not coded twice
    st.integers(min_value=2, max_value=999).filter(lambda n: n != 40),
    st.sampled_from(["people", "citizens", "of its people", "of its citizens"]),
)
def test_news_people_of_no_stated_kind_are_other_even_after_prisoners(
    amount: int, head: str
) -> None:
    text = (
        f"Moscow said 40 prisoners were handed over by each side on Friday, and Kyiv "
        f"said {amount} {head} had come home."
    )
    found = legs_of(exchanges(text))
    assert found[("RUS", "UKR", PersonCategory.OTHER)] == Count.exact(amount)


def test_news_a_partition_in_the_next_sentence_splits_the_mixed_figure(news: News) -> None:
    text = (
        "Ninety Ukrainians came home on Friday after a prisoner exchange, Kyiv said. "
        "Of those who returned, 70 were soldiers and 20 were civilians, officials added."
    )
    assert legs(news(text, breakdowns="both")) == {
        ("RUS", "UKR", PersonCategory.OTHER): Count.exact(90),
        ("RUS", "UKR", POW): Count.exact(70),
        ("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(20),
    }


def test_news_a_single_part_in_the_next_sentence_is_a_subset_not_coded(news: News) -> None:
    text = (
        "Kyiv said 90 of its citizens came home on Friday. "
        "Of those who returned, 12 were women, officials added."
    )
    assert legs(news(text)) == {("RUS", "UKR", PersonCategory.OTHER): Count.exact(90)}


GROUP_SPLITS = [
    # the group named without a figure, after a verb of saying
    (
        "Kyiv got 64 people back on Monday. The ombudsman said the returnees included "
        "50 marines, sailors and border guards as well as 14 civilians.",
        True,
    ),
    # an aside of saying between the group and its verb
    (
        "Sixty-four Ukrainians were freed on Monday. The group, officials said, "
        "consisted of 50 soldiers and 14 civilians.",
        True,
    ),
    # the whole told to each side, then one side's own group split by its words
    (
        "On Monday, 64 people were released by each side; Ukraine said its group "
        "comprised 50 servicemen and 14 civilians.",
        True,
    ),
    # one part alone is a subset, not a partition
    (
        "Kyiv got 64 people back on Monday. The ombudsman said the returnees included 50 soldiers.",
        False,
    ),
    # the group named by its side's adjective, with a long "according to" aside
    (
        "Russia and Ukraine each freed 64 people on Monday. The Ukrainian group, according "
        "to the ombudsman's office in Kyiv and the army, consisted of 50 soldiers and "
        "14 civilians.",
        True,
    ),
    (
        "Kyiv got 64 people back on Monday and Moscow 70 people. The Ukrainian contingent, "
        "the ministry said, included 50 marines and 14 civilians.",
        True,
    ),
    # a side's group with no whole of that side told: nothing to split
    (
        "Kyiv got 64 people back on Monday. The Russian group, according to Moscow, "
        "included 50 soldiers and 14 civilians.",
        False,
    ),
    # the group named by "those" and a participle of handing over, its list after a copula
    (
        "Kyiv got 64 people back on Monday. The president said those released were "
        "50 officers and sergeants and 14 civilians.",
        True,
    ),
    (
        "Sixty-four Ukrainians came home on Monday. Those handed back, the ombudsman said, "
        "were 50 marines and 14 civilians.",
        True,
    ),
    (
        "Kyiv said 64 of its citizens were home on Monday. Those freed were 50 soldiers and "
        "14 civilians, according to officials.",
        True,
    ),
    # both sides freed people and no side owns "the group": either could be meant
    (
        "Russia and Ukraine each freed 64 people on Monday. Officials said the group "
        "comprised 50 soldiers and 14 civilians.",
        False,
    ),
    # "N of the <group> were <kind>": a partitive names the group, its copula the kind
    (
        "Moscow handed back 64 Ukrainian women on Monday. The ombudsman said that 50 of the "
        "women were marines and 14 were civilians.",
        True,
    ),
    (
        "Kyiv got 64 people back on Monday. 50 of those people were marines, and 14 were "
        "civilians, the headquarters added.",
        True,
    ),
    # one partitive part alone is a subset, not a partition
    (
        "Kyiv got 64 people back on Monday. The ombudsman said 50 of the returnees were soldiers.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "split"), GROUP_SPLITS)
def test_news_a_group_restated_without_a_figure_is_split_by_its_list(
    news: News, text: str, split: bool
) -> None:
    found = legs(news(text, breakdowns="both"))
    parts = {
        ("RUS", "UKR", POW): Count.exact(50),
        ("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(14),
    }
    assert {key: found[key] for key in parts if key in found} == (parts if split else {})
    assert ("UKR", "RUS", POW) not in found


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from([("Ukrainian", ("RUS", "UKR")), ("Russian", ("UKR", "RUS"))]),
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["included", "comprised", "consisted of", "was made up of", "was composed of"]),
)
def test_news_a_group_named_by_a_side_is_split_for_that_side_only(
    side: tuple[str, tuple[str, str]], soldiers: int, civilians: int, verb: str
) -> None:
    adjective, way = side
    text = (
        f"Russia and Ukraine each freed {soldiers + civilians} people on Monday. The "
        f"{adjective} group, according to officials, {verb} {soldiers} soldiers and "
        f"{civilians} civilians."
    )
    found = legs_of(exchanges(text, breakdowns="both"))
    assert found[(*way, POW)] == Count.exact(soldiers)
    assert found[(*way, PersonCategory.CIVILIANS)] == Count.exact(civilians)
    assert (way[1], way[0], PersonCategory.CIVILIANS) not in found


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["included", "comprised", "consisted of", "were", "were made up of"]),
)
def test_news_any_group_split_goes_to_the_side_that_got_the_group(
    soldiers: int, civilians: int, verb: str
) -> None:
    text = (
        f"Ukraine got {soldiers + civilians} people back on Monday. Kyiv said the "
        f"returnees {verb} {soldiers} soldiers and {civilians} civilians."
    )
    found = legs_of(exchanges(text, breakdowns="both"))
    assert {(s, r) for s, r, _ in found} == {("RUS", "UKR")}
    assert found[("RUS", "UKR", POW)] == Count.exact(soldiers)
    assert found[("RUS", "UKR", PersonCategory.CIVILIANS)] == Count.exact(civilians)


@pytest.mark.parametrize(
    "verb", ["was made up mostly of", "was made of", "was made up, officials said, of"]
)
def test_news_a_group_made_up_only_loosely_is_not_split(news: News, verb: str) -> None:
    # only the plain passive "was made up of / composed of" is a split of the group
    text = (
        "Ukraine got 64 people back on Monday. Kyiv said the group "
        f"{verb} 50 soldiers and 14 civilians."
    )
    assert legs(news(text)) == {("RUS", "UKR", PersonCategory.OTHER): Count.exact(64)}


def test_news_a_mixed_figure_stays_beside_the_parts_that_add_up_to_it(news: News) -> None:
    text = "Kyiv gave its own account: 75 people, 60 of them soldiers and 15 civilians, came home."
    assert legs(news(text, breakdowns="both")) == {
        ("RUS", "UKR", PersonCategory.OTHER): Count.exact(75),
        ("RUS", "UKR", POW): Count.exact(60),
        ("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(15),
    }


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1001, max_value=20000),
    st.sampled_from(["in 2024", "this year"]),
    st.sampled_from(["prisoners", "bodies"]),
)
def test_news_a_figure_over_a_whole_year_is_a_running_sum(
    amount: int, span: str, noun: str
) -> None:
    text = f"Kyiv said {amount:,} {noun} were returned to Ukraine {span}, more than ever before."
    assert exchanges(text) == []


def test_news_brings_to_n_the_number_of_is_a_running_sum(news: News) -> None:
    text = (
        "Friday's handover of 500 bodies brings to more than 9,000 the number of bodies "
        "returned to Ukraine since the spring, officials said."
    )
    read = news(text)
    assert all(str(t.count) != "more than 9,000" for e in read.exchanges for t in e.transfers)
    assert [str(t.count) for t in read.tallies] == ["more than 9,000"]


@pytest.mark.parametrize("verb", ["foresees", "envisages", "sought"])
def test_news_the_terms_of_a_deal_are_no_exchange(news: News, verb: str) -> None:
    text = (
        "Officials pointed to the memorandum signed in June, which "
        f"{verb} the return of 600 people on each side."
    )
    assert news(text).exchanges == []


@pytest.mark.parametrize("verb", ["had come back", "crossed back", "came home"])
def test_news_people_coming_back_go_to_the_side_that_tells_it(news: News, verb: str) -> None:
    text = f"Kyiv's prisoner-of-war agency said 140 defenders {verb} on Tuesday."
    assert legs(news(text)) == {("RUS", "UKR", POW): Count.exact(140)}


def test_news_giving_up_captives_in_return_sends_them(news: News) -> None:
    text = (
        "Ukraine secured the release of 90 of its citizens on Friday, giving up in return "
        "40 Russian servicemen."
    )
    assert legs(news(text)) == {
        ("RUS", "UKR", PersonCategory.OTHER): Count.exact(90),
        ("UKR", "RUS", POW): Count.exact(40),
    }


def test_news_a_partition_after_of_the_n_in_the_same_sentence(news: News) -> None:
    text = (
        "Of the 120 people who came back to Ukraine on Monday, officials said, 100 were "
        "soldiers and 20 were civilians."
    )
    assert legs(news(text)) == {
        ("RUS", "UKR", PersonCategory.OTHER): Count.exact(120),
        ("RUS", "UKR", POW): Count.exact(100),
        ("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(20),
    }


def test_news_a_relative_clause_on_the_exchange_noun_dates_it(news: News) -> None:
    text = (
        "KYIV, Oct. 23 — Ukraine got back 60 soldiers and returned 60 Russian soldiers, "
        "officials said.\n\n"
        "The swap, which was carried out late on Tuesday near the border, was announced "
        "after midnight."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 21))


def test_news_respectively_pairs_the_listed_run_beside_a_figure_for_each_time(
    news: News,
) -> None:
    text = (
        "In July, August and September, about 800 bodies came back to Ukraine each time, while "
        "Kyiv returned the remains of 11, 14 and 9 Russian soldiers respectively."
    )
    found = {
        (e.period, t.receiver.code): t.count for e in news(text).exchanges for t in e.transfers
    }
    assert found == {
        (Period.month(2025, 7), "UKR"): Count.parse("about 800"),
        (Period.month(2025, 8), "UKR"): Count.parse("about 800"),
        (Period.month(2025, 9), "UKR"): Count.parse("about 800"),
        (Period.month(2025, 7), "RUS"): Count.exact(11),
        (Period.month(2025, 8), "RUS"): Count.exact(14),
        (Period.month(2025, 9), "RUS"): Count.exact(9),
    }


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2, max_value=9), st.integers(min_value=20, max_value=999))
def test_news_in_n_handovers_with_each_time_is_one_figure_per_handover(
    handovers: int, amount: int
) -> None:
    text = (
        f"In {handovers} handovers this month, Moscow delivered the remains of "
        f"{amount} people each time."
    )
    found = exchanges(text)
    assert found
    assert all(t.count == Count.exact(amount) for e in found for t in e.transfers)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("In April, May and June, 30 Ukrainian soldiers came home each time.", [4, 5, 6]),
        ("In April and May, 30 Ukrainian soldiers came home each time.", [4, 5]),
    ],
)
def test_news_may_listed_among_months_is_a_month(news: News, text: str, months: list[int]) -> None:
    assert [e.period for e in news(text).exchanges] == [Period.month(2025, m) for m in months]


def _periods(read: Any) -> dict[tuple[str, Count], Period]:
    return {(t.receiver.code, t.count): e.period for e in read.exchanges for t in e.transfers}


@pytest.mark.parametrize(
    "deal",
    [
        "under the deal reached at the talks in Geneva in early May",
        "in the third handover since the Geneva accord of early May",
    ],
)
def test_news_the_date_of_a_deal_does_not_date_the_handover(news: News, deal: str) -> None:
    text = f"Ukraine said on Tuesday it had received 700 bodies, {deal}."
    assert _periods(news(text)) == {("UKR", Count.exact(700)): Period.day(date(2025, 10, 21))}


def test_news_a_date_in_a_sibling_relative_clause_is_not_the_figure_s(news: News) -> None:
    text = (
        "KYIV, Oct. 23 — Ukraine took back 500 bodies on Thursday, officials said, in a "
        "handover that matched one of the same size last month and that saw Russia take "
        "back the bodies of 12 of its soldiers."
    )
    assert _periods(news(text))[("RUS", Count.exact(12))] == Period.day(date(2025, 10, 23))


def test_news_in_which_after_a_date_takes_that_date(news: News) -> None:
    text = (
        "Monday's swap, which followed a smaller one on March 9 in which 30 prisoners were "
        "exchanged for 30, brought the total to 4,000, officials said."
    )
    found = _periods(news(text))
    assert found[("UKR", Count.exact(30))] == Period.day(date(2025, 3, 9))


def test_news_the_day_named_inside_a_month_dates_the_exchange(news: News) -> None:
    text = (
        "Its best result came last June, when eight Ukrainian civilians were freed from "
        "Russian custody on June 27."
    )
    assert _periods(news(text)) == {("UKR", Count.exact(8)): Period.day(date(2025, 6, 27))}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 400 more bodies had gone to Ukraine on Monday.",
        "About 400 bodies came to Ukraine on Monday, officials said.",
    ],
)
def test_news_people_who_went_to_a_side_are_received_there(news: News, text: str) -> None:
    (count,) = legs(news(text)).values()
    assert legs(news(text)) == {("RUS", "UKR", PersonCategory.REMAINS): count}
    assert count.best == 400


@pytest.mark.parametrize("size", ["60 each way", "60 for 60"])
def test_news_a_size_given_with_was_is_the_same_each_way(news: News, size: str) -> None:
    text = f"The record before it, on Sept. 2, was {size}, the ministry said."
    assert legs(news(text)) == {
        ("RUS", "UKR", PersonCategory.OTHER): Count.exact(60),
        ("UKR", "RUS", PersonCategory.OTHER): Count.exact(60),
    }


def test_news_a_nationality_in_a_later_clause_does_not_turn_the_figure(news: News) -> None:
    text = (
        "Zelensky said that 80 defenders had come home on Tuesday, and did not mention "
        "any Russians being sent the other way."
    )
    assert legs(news(text)) == {("RUS", "UKR", POW): Count.exact(80)}


def test_news_a_list_of_people_is_not_people_moved(news: News) -> None:
    text = "Kyiv's delegation brought a list of 250 children it says were taken to Russia."
    assert news(text).exchanges == []


@pytest.mark.parametrize("side", ["on both sides", "from both sides"])
def test_news_people_counted_on_both_sides_are_a_two_way_total(news: News, side: str) -> None:
    text = f"Together the swaps freed 2,400 captives {side}, the mediator said."
    assert legs(news(text)) == {}


def test_news_people_freed_on_both_sides_after_the_verb_are_per_side(news: News) -> None:
    text = "On Friday 95 soldiers were freed on both sides."
    assert legs(news(text)) == {
        ("RUS", "UKR", POW): Count.exact(95),
        ("UKR", "RUS", POW): Count.exact(95),
    }


@pytest.mark.parametrize(
    "text",
    [
        "A new exchange, of about 60 people on each side, is being prepared and could take "
        "place next month.",
        "A swap of 300 for 300 that Moscow said it had proposed in June has not taken place.",
        "Putin said Moscow would trade 90 captives for 90 and hand over 12 wounded Ukrainians.",
    ],
)
def test_news_exchanges_that_are_plans_or_did_not_happen_are_not_coded(
    news: News, text: str
) -> None:
    assert news(text).exchanges == []


def test_news_an_exchange_proposed_earlier_that_took_place_is_coded(news: News) -> None:
    text = "The swap of 70 for 70, which Kyiv had proposed in March, took place on Friday."
    assert len(legs(news(text))) == 2


def test_news_this_year_alone_makes_a_running_sum(news: News) -> None:
    text = "This year alone, officials said, 150 Ukrainian civilians have been freed."
    read = news(text)
    assert read.exchanges == []
    assert [t.count for t in read.tallies] == [Count.exact(150)]


@pytest.mark.parametrize("opening", ["In return", "In exchange"])
def test_news_soldiers_of_the_armed_forces_of_a_side_go_to_it(news: News, opening: str) -> None:
    text = f"{opening}, 90 prisoners of war of the armed forces of Ukraine were handed over."
    assert legs(news(text)) == {("RUS", "UKR", POW): Count.exact(90)}


def test_news_a_total_cue_before_a_colon_is_not_the_next_figure_s(news: News) -> None:
    text = (
        "The swap, which freed 100 people in all, was the second this month: on Monday, "
        "60 Ukrainian soldiers had returned home."
    )
    read = news(text)
    assert legs(read) == {("RUS", "UKR", POW): Count.exact(60)}
    assert read.tallies == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv got back 70 of its soldiers while sending 65 Russian soldiers home.", 2),
        ("The remains of 12 Russian soldiers were sent in the opposite direction.", 1),
        ("Russia sent 5,000 troops to the front on Monday.", 0),
    ],
)
def test_news_a_bare_send_moves_people_only_home_back_or_to_a_side(
    news: News, text: str, expected: int
) -> None:
    assert len(legs(news(text))) == expected


def test_news_n_of_its_own_after_a_verb_of_receiving_counts_people(news: News) -> None:
    text = (
        "A swap on March 7 brought home 130 Ukrainian defenders, for whom Russia received "
        "90 of its own."
    )
    assert legs(news(text)) == {
        ("RUS", "UKR", POW): Count.exact(130),
        ("UKR", "RUS", PersonCategory.OTHER): Count.exact(90),
    }


def test_news_win_back_is_a_verb_of_receiving(news: News) -> None:
    text = "Mediators helped Kyiv win back 140 prisoners on Sept. 21."
    assert legs(news(text)) == {("RUS", "UKR", POW): Count.exact(140)}


def test_news_a_date_opening_the_next_clause_is_not_the_figure_s(news: News) -> None:
    text = "On Oct. 9 each side freed 52 prisoners, on Sept. 1 each side freed 50."
    found = {(e.period, t.count) for e in news(text).exchanges for t in e.transfers}
    assert found == {
        (Period.day(date(2025, 10, 9)), Count.exact(52)),
        (Period.day(date(2025, 9, 1)), Count.exact(50)),
    }


def test_news_a_side_putting_the_number_it_received_at_n_is_its_rival_figure(news: News) -> None:
    text = (
        "Moscow said 150 prisoners were returned to each side on Friday; Kyiv, counting "
        "differently, put the number it received at 162."
    )
    (exchange,) = news(text).exchanges
    figures = sorted(
        (t.receiver.code, t.count.best, t.attributed_to is not None) for t in exchange.transfers
    )
    assert figures == [("RUS", 150, True), ("UKR", 150, True), ("UKR", 162, True)]


def test_news_putting_the_number_at_n_without_a_kind_is_other(news: News) -> None:
    text = "Kyiv put the number it got back on Friday at 90."
    assert legs(news(text)) == {("RUS", "UKR", PersonCategory.OTHER): Count.exact(90)}


def test_news_putting_the_number_returned_since_a_date_is_a_running_sum(news: News) -> None:
    read = news("Kyiv put the number of soldiers returned since 2022 at 4,000.")
    assert read.exchanges == []
    assert [t.count for t in read.tallies] == [Count.exact(4000)]


def test_news_a_number_of_things_received_is_not_people(news: News) -> None:
    text = "Lubinets said his office had received 1,800 complaints from families this spring."
    assert news(text).exchanges == []


def test_news_bodies_in_another_clause_do_not_make_soldiers_remains(news: News) -> None:
    text = (
        "Ukraine has brought home 120 of its servicemen, and has also recovered the bodies "
        "of soldiers who died in the siege, the directorate said."
    )
    assert legs(news(text)) == {("RUS", "UKR", POW): Count.exact(120)}


def test_news_a_figure_listed_after_a_dashed_aside_goes_the_same_way(news: News) -> None:
    text = (
        "Kyiv said 130 of its citizens were freed on Monday: 110 defenders — soldiers of the "
        "army, the navy and the border guard — and 20 civilians."
    )
    assert legs(news(text, breakdowns="both")) == {
        ("RUS", "UKR", PersonCategory.OTHER): Count.exact(130),
        ("RUS", "UKR", POW): Count.exact(110),
        ("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(20),
    }


def test_news_since_dating_how_long_people_were_held_is_no_running_sum(news: News) -> None:
    text = (
        "Moscow said nine residents of the Kursk region who had been held in Ukraine since "
        "last year's incursion were returned to Russia on Friday."
    )
    read = news(text)
    assert read.tallies == []
    assert legs(read) == {("UKR", "RUS", PersonCategory.CIVILIANS): Count.exact(9)}


def test_news_where_people_were_taken_is_not_where_they_went(news: News) -> None:
    text = (
        "KYIV, Oct. 23 — Six Ukrainian civilians were returned in exchange for six residents "
        "of Russia's Kursk region who had been taken to Ukraine during the incursion last year."
    )
    read = news(text)
    assert legs(read) == {
        ("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(6),
        ("UKR", "RUS", PersonCategory.CIVILIANS): Count.exact(6),
    }
    assert [e.period for e in read.exchanges] == [Period.day(date(2025, 10, 23))]


def test_news_to_a_side_in_the_next_coordinated_clause_is_not_the_receiver(news: News) -> None:
    text = (
        "Ukraine on Monday took back the bodies of 900 people that Russia says are Ukrainian "
        "servicemen, and returned to Russia the remains of 20 of its soldiers."
    )
    assert legs(news(text)) == {
        ("RUS", "UKR", PersonCategory.REMAINS): Count.exact(900),
        ("UKR", "RUS", PersonCategory.REMAINS): Count.exact(20),
    }


def test_news_an_exchange_named_by_its_month_keeps_it_in_the_same_deal(news: News) -> None:
    text = (
        "Ukraine got back 50 soldiers on June 29. The September deal, in which mediators "
        "helped Kyiv win back 200 prisoners while Moscow, recovering 40 of its own servicemen "
        "in the same deal, also won back a politician, set the pattern."
    )
    found = {(t.count.best, e.period) for e in news(text).exchanges for t in e.transfers}
    assert found == {
        (50, Period.day(date(2025, 6, 29))),
        (200, Period.month(2025, 9)),
        (40, Period.month(2025, 9)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The new swap could be bigger than the one carried out last month, when the two "
        "countries swapped 600 for 600.",
        'The three-day "600 for 600" swap last month was the largest of the year.',
        "The returns, which came in nine exchanges this year, the largest of them the "
        '"600 for 600" swap last month, leave the count at 5,000.',
        # a verb of coming next, or a participle of doing set off after the noun, tells
        # the definite pair done
        'After weeks of silence came the "600 for 600" swap last month, the largest this year.',
        'Last month the "600 for 600" exchange, carried out over two days, ended a pause.',
    ],
)
def test_news_a_pair_in_a_report_on_prisoners_is_a_swap_of_prisoners(news: News, text: str) -> None:
    read = news(f"Prisoner talks resumed on Monday. {text}")
    assert legs(read) == {
        ("RUS", "UKR", POW): Count.exact(600),
        ("UKR", "RUS", POW): Count.exact(600),
    }
    assert {e.period for e in read.exchanges} == {Period.month(2025, 9)}


@pytest.mark.parametrize(
    "text",
    [
        'Officials asked for a larger exchange than the "600 for 600" swap the delegations '
        "agreed last week and that has yet to be carried out.",
        # set off by commas, a participle of agreeing leaves the pair a plan
        'The "600 for 600" swap, agreed by the delegations last week, has yet to start.',
    ],
)
def test_news_a_pair_agreed_and_yet_to_be_carried_out_is_a_plan(news: News, text: str) -> None:
    assert news(text).exchanges == []


def test_news_a_handover_of_the_same_size_repeats_the_figure_at_its_date(news: News) -> None:
    text = (
        "KYIV, Oct. 23 — The bodies of 900 people were handed over to Ukraine on Thursday, "
        "officials said, in a repatriation that mirrored a handover of the same size last "
        "month.\n\nKyiv returned 20 Russian bodies, the headquarters said."
    )
    found = {
        (e.period, t.receiver.code, t.count.best) for e in news(text).exchanges for t in e.transfers
    }
    assert found == {
        (Period.day(date(2025, 10, 23)), "UKR", 900),
        (Period.day(date(2025, 10, 23)), "RUS", 20),
        (Period.month(2025, 9), "UKR", 900),
    }


def test_news_a_group_of_the_same_size_repeats_the_figure_before_it(news: News) -> None:
    text = (
        "Moscow says 90 Russian servicemen returned home on Tuesday; Kyiv says a group of "
        "the same size was handed to Ukraine."
    )
    assert legs(news(text)) == {
        ("UKR", "RUS", POW): Count.exact(90),
        ("RUS", "UKR", POW): Count.exact(90),
    }


def test_news_parts_read_under_the_verb_are_shared_with_the_other_side(news: News) -> None:
    text = (
        "Zelensky says 300 Ukrainians, 200 of them soldiers and 100 civilians, are back on "
        "home soil, and Russia's defence ministry, which says it got back 300 people, gives "
        "the same split on its side."
    )
    found = legs(news(text, breakdowns="both"))
    assert found[("UKR", "RUS", PersonCategory.CIVILIANS)] == Count.exact(100)
    assert found[("RUS", "UKR", PersonCategory.CIVILIANS)] == Count.exact(100)


def test_news_its_own_is_the_subject_s_not_the_party_after_to(news: News) -> None:
    text = (
        "Russia on Friday returned to Ukraine the bodies of 800 fallen soldiers, receiving "
        "in exchange the remains of 21 of its own troops."
    )
    assert legs(news(text)) == {
        ("RUS", "UKR", PersonCategory.REMAINS): Count.exact(800),
        ("UKR", "RUS", PersonCategory.REMAINS): Count.exact(21),
    }


def test_news_an_exchange_that_brought_people_home_brings_them_to_the_speaker_s_side(
    news: News,
) -> None:
    text = "Ukraine's ombudsman said the swap brought home 150 people on Friday."
    assert legs(news(text)) == {("RUS", "UKR", PersonCategory.OTHER): Count.exact(150)}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv denied that any exchange of 100 for 100 had taken place.",
        "Moscow denies it returned 50 prisoners on Friday.",
        # the report that prompted the denial is what it denies
        "Moscow denied on Tuesday that any swap had happened, after Ukrainian channels "
        "claimed that 60 Ukrainian soldiers had been freed from Russian captivity.",
        "Ukraine denied the account on Monday, when Moscow reported it had freed 70 "
        "Ukrainian prisoners.",
    ],
)
def test_news_a_denied_handover_is_no_exchange(news: News, text: str) -> None:
    assert news(text).exchanges == []


def test_news_a_report_after_a_denial_but_told_by_the_denier_stands(news: News) -> None:
    """The guard: "denied the report, but said that 90 ... had been returned" is a handover."""
    text = (
        "Russia denied the report, but said that 90 Ukrainian soldiers had been returned "
        "to Ukraine on Friday."
    )
    assert legs(news(text)) == {("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(90)}


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=5_000),
    report=st.sampled_from(["reported", "claimed", "alleged"]),
    tie=st.sampled_from(["after", "when"]),
)
def test_news_a_denied_report_never_yields_an_exchange(count: int, report: str, tie: str) -> None:
    """Whatever the figure and the verb of the report, a denied report moves no one."""
    text = (
        f"Kyiv on Monday denied that a second exchange had taken place, {tie} a blogger "
        f"{report} that {count:,} Ukrainian soldiers had been freed on Sunday."
    )
    assert exchanges(text) == []


def test_news_since_a_date_when_people_came_home_dates_their_exchange(news: News) -> None:
    text = "No exchange has taken place since May, when 50 Ukrainian soldiers came home."
    read = news(text)
    assert read.tallies == []
    assert [(e.period, legs(read)) for e in read.exchanges] == [
        (Period.month(2025, 5), {("RUS", "UKR", POW): Count.exact(50)})
    ]


def test_news_a_figure_added_after_the_verb_goes_the_same_way(news: News) -> None:
    text = "On Thursday 150 Ukrainian prisoners were freed, along with 25 civilians."
    assert legs(news(text)) == {
        ("RUS", "UKR", POW): Count.exact(150),
        ("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(25),
    }


def test_news_the_day_of_the_statement_beats_a_whole_year(news: News) -> None:
    text = (
        "Kyiv said on Wednesday that it had received the bodies of 757 soldiers, the third "
        "such repatriation this year."
    )
    assert [e.period for e in news(text).exchanges] == [Period.day(date(2025, 10, 22))]


@pytest.mark.parametrize(
    "text",
    [
        "Russia returned 800 bodies on Monday and said it had received 17.",
        "Russia returned 800 bodies on Monday, according to Kyiv, and said that it had "
        "received 17.",
    ],
)
def test_news_it_after_and_said_is_the_first_clause_s_subject(news: News, text: str) -> None:
    assert legs(news(text)) == {
        ("RUS", "UKR", PersonCategory.REMAINS): Count.exact(800),
        ("UKR", "RUS", PersonCategory.REMAINS): Count.exact(17),
    }


def test_news_a_bare_number_after_and_counts_what_the_figure_before_it_counts(
    news: News,
) -> None:
    text = "Ukraine received 900 bodies in early July and 750 in mid-August, officials said."
    found = {
        (e.period, t.count.best, t.category) for e in news(text).exchanges for t in e.transfers
    }
    assert found == {
        (Period.month(2025, 7), 900, PersonCategory.REMAINS),
        (Period.month(2025, 8), 750, PersonCategory.REMAINS),
    }


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ukraine brought home 130 soldiers on Tuesday. Russia received the same number.", POW),
        (
            "Kyiv said 130 people, 110 servicemen and 20 civilians, came home on Tuesday. "
            "The Russian side received the same number of persons.",
            PersonCategory.OTHER,
        ),
    ],
)
def test_news_the_same_number_in_the_next_sentence_repeats_the_figure(
    news: News, text: str, category: PersonCategory
) -> None:
    found = legs(news(text))
    assert found[("UKR", "RUS", category)] == Count.exact(130)


def test_news_the_same_number_promised_is_no_exchange(news: News) -> None:
    text = "Russia returned 150 soldiers on Tuesday. Ukraine said it would release the same number."
    assert legs(news(text)) == {("RUS", "UKR", POW): Count.exact(150)}


def test_news_a_scene_date_does_not_cross_into_the_next_live_blog_entry(news: News) -> None:
    text = (
        "Live: prisoners and bodies\n\n"
        "Thursday 12 June\n\n"
        "10:05 — Yesterday's repatriation was the largest so far, officials say.\n\n"
        "11:20 — A prisoner exchange is under way: 120 Ukrainian soldiers have come home, "
        "Zelensky says.\n"
    )
    read = news(text, published=date(2025, 6, 12))
    assert [e.period for e in read.exchanges] == [Period.day(date(2025, 6, 12))]


def test_news_listed_months_and_listed_figures_pair_in_order(news: News) -> None:
    text = "In July and August, Russia returned 500 and 600 bodies to Ukraine."
    found = {(e.period, t.count.best) for e in news(text).exchanges for t in e.transfers}
    assert found == {(Period.month(2025, 7), 500), (Period.month(2025, 8), 600)}


def test_news_ordinal_days_name_the_days_of_listed_months(news: News) -> None:
    text = (
        "In July and August — on the 12th and the 19th — there were two more swaps of 60 "
        "and 70 on each side."
    )
    found = {(e.period, t.count.best) for e in news(text).exchanges for t in e.transfers}
    assert found == {(Period.day(date(2025, 7, 12)), 60), (Period.day(date(2025, 8, 19)), 70)}


def test_news_women_soldiers_and_civilians_together_are_of_no_one_kind(news: News) -> None:
    text = (
        "Ukraine won back 90 soldiers on Friday. On Oct. 17 Ukraine brought home 70 women, "
        "servicewomen and civilians together."
    )
    found = legs(news(text))
    assert found[("RUS", "UKR", PersonCategory.OTHER)] == Count.exact(70)
    assert found[("RUS", "UKR", POW)] == Count.exact(90)


@pytest.mark.parametrize(
    "text",
    [
        "She said she was continuing to work on the return of the 900 Russian servicemen "
        "held in Ukraine.",
        "Kyiv called for the release of all 6,000 Ukrainian prisoners.",
    ],
)
def test_news_working_or_calling_for_a_return_is_no_exchange(news: News, text: str) -> None:
    assert news(text).exchanges == []


def test_news_a_postponed_exchange_in_another_clause_leaves_the_return_done(news: News) -> None:
    text = (
        "The return of 22 wounded Ukrainian soldiers on Aug. 7 was the main event, while an "
        "exchange that was to take place in July was postponed."
    )
    assert legs(news(text)) == {("RUS", "UKR", PersonCategory.WOUNDED_PRISONERS): Count.exact(22)}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=999),
    st.integers(min_value=2, max_value=999),
    st.sampled_from(["handed over", "sent back", "returned"]),
)
def test_news_a_bare_figure_after_a_second_verb_counts_the_first_figures_people(
    got: int, gave: int, verb: str
) -> None:
    # Regression: "handed over 90" read "over" as the verb's particle, then lost the figure.
    text = f"On Tuesday Kyiv recovered {got} soldiers and {verb} {gave} in return."
    assert legs_of(exchanges(text)) == {
        ("RUS", "UKR", POW): Count.exact(got),
        ("UKR", "RUS", POW): Count.exact(gave),
    }


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("On Monday the two sides swapped captured soldiers, 60 each.", POW),
        ("Last week the two armies exchanged troops, 112 apiece, after talks.", POW),
        ("On Sunday the two sides traded bodies, 40 each.", PersonCategory.REMAINS),
    ],
)
def test_news_a_per_side_figure_set_off_after_a_swap_verbs_object_counts_it(
    text: str, category: PersonCategory
) -> None:
    amount = legs_of(exchanges(text)).get(("RUS", "UKR", category))
    assert amount is not None
    assert legs_of(exchanges(text)) == {
        ("RUS", "UKR", category): amount,
        ("UKR", "RUS", category): amount,
    }
    assert exchanges("On Monday the two sides exchanged fire, 75 times each.") == []


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["January", "March", "August"]),
    st.sampled_from(
        [
            "On the {d}{s}, 60 prisoners went each way.",
            "The swap of the {d}{s} freed 60 Ukrainian soldiers.",
        ]
    ),
)
def test_news_a_bare_ordinal_day_dates_the_exchange_in_the_month_just_named(
    day: int, month: str, form: str
) -> None:
    # Regression: "On the 5th" under a month's heading dated the exchange to the month only.
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    text = f"Swaps by month.\n\n{month}. {form.format(d=day, s=suffix)}"
    (found,) = exchanges(text)
    number = {"January": 1, "March": 3, "August": 8}[month]
    assert found.period == Period.day(date(2025, number, day))


def test_news_an_ordinal_that_is_no_day_leaves_the_month(news: News) -> None:
    text = "In July, soldiers of the 36th brigade came home: Russia handed over 95 soldiers."
    (found,) = news(text).exchanges
    assert found.period == Period.month(2025, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said on Friday that 2,100 soldiers had come home since the first swap in January.",
        "Since the handovers resumed in June, Ukraine has received more than 4,000 bodies.",
        "In all, 950 Russian soldiers have been freed since the talks in Istanbul on May 16.",
    ],
)
def test_news_since_an_event_with_a_date_makes_a_running_total(news: News, text: str) -> None:
    # Regression: "since the first batch on June 11" was read as one exchange on June 11.
    read = news(text)
    assert read.exchanges == []
    (tally,) = read.tallies
    assert tally.covers is not None


def test_news_a_swap_ranked_since_an_event_stays_one_exchange(news: News) -> None:
    text = "Russia freed 84 Ukrainian soldiers on Friday, the first swap since the summit in June."
    (found,) = news(text).exchanges
    assert found.period == Period.day(date(2025, 10, 17))
    assert news(text).tallies == []


@pytest.mark.parametrize(
    ("text", "receiver", "amount"),
    [
        ("On Friday Kyiv put the number of soldiers it had received at 140.", "UKR", 140),
        (
            "Moscow, which put the number of servicemen it got back at 63, thanked Abu Dhabi.",
            "RUS",
            63,
        ),
        # "gave ... as N" says what "put ... at N" says
        ("On Friday Kyiv gave the number of marines it had received as 140.", "UKR", 140),
        (
            "Moscow, which gives the number of troops it got back as 63, thanked Abu Dhabi.",
            "RUS",
            63,
        ),
    ],
)
def test_news_put_the_number_of_people_received_at_n_is_one_exchange_not_a_tally(
    news: News, text: str, receiver: str, amount: int
) -> None:
    # Regression: the "number of" running-total rule took these and dropped the exchange.
    read = news(text)
    assert read.tallies == []
    (found,) = read.exchanges
    assert [(t.receiver.code, t.count.low) for t in found.transfers] == [(receiver, amount)]
    since = news("Kyiv put the number of soldiers returned since 2022 at 4,100.")
    assert since.exchanges == []
    assert len(since.tallies) == 1


def test_news_a_number_given_as_n_of_people_still_held_is_no_exchange(news: News) -> None:
    read = news("The swap went ahead on Friday. Kyiv gave the number of Russians it holds as 800.")
    assert all(t.count != Count.exact(800) for e in read.exchanges for t in e.transfers)


@pytest.mark.parametrize(
    "aside",
    [
        "a significant part of whom had been captured near Sudzha",
        "the majority of whom had defended the coast",
        "a third of whom were wounded",
    ],
)
def test_news_a_partitive_relative_clause_between_figure_and_verb_is_skipped(
    news: News, aside: str
) -> None:
    # Regression: ", a significant part of whom ..." hid the verb, and the figure was lost.
    text = f"On Monday 90 Ukrainian soldiers, {aside}, came home."
    (found,) = news(text).exchanges
    assert legs(news(text)) == {("RUS", "UKR", POW): Count.exact(90)}
    assert found.period == Period.day(date(2025, 10, 20))


@pytest.mark.parametrize(
    "plan",
    [
        "Officials said the men would be flown to Moscow on Saturday.",
        "The next handover will take place on Monday, Kyiv said.",
    ],
)
def test_news_a_planned_date_sets_no_scene_for_the_next_sentence(news: News, plan: str) -> None:
    # Regression: a plan's day dated the next, undated exchange.
    read = news(f"{plan} Ukraine received the remains of 212 soldiers, Kyiv said.")
    (found,) = read.exchanges
    assert found.period not in (Period.day(date(2025, 10, 18)), Period.day(date(2025, 10, 20)))
    assert found.period.start <= date(2025, 10, 23) <= found.period.end


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On 25 June, in the eighth swap brokered by Qatar this year, 90 Ukrainian soldiers "
            "who had been held since 2022 went home.",
            date(2025, 6, 25),
        ),
        (
            "On 3 March, in the fifth exchange this year, Russia freed 64 Ukrainian soldiers.",
            date(2025, 3, 3),
        ),
    ],
)
def test_news_a_year_that_ranks_the_swap_leaves_the_day_as_its_date(
    news: News, text: str, day: date
) -> None:
    # Regression: "the eighth swap ... this year" dated the exchange to the whole year.
    (found,) = news(text).exchanges
    assert found.period == Period.day(day)


@pytest.mark.parametrize("joiner", ["while", "whereas"])
def test_news_a_date_before_while_holds_for_both_clauses(news: News, joiner: str) -> None:
    # Regression: the day after the semicolon dated the figure after "while".
    text = (
        f"On Monday, 140 Ukrainian soldiers came home, {joiner} Russia said 82 of its "
        "servicemen had been freed; on Thursday the two sides swapped 50 prisoners apiece."
    )
    periods = {t.count.low: e.period for e in news(text).exchanges for t in e.transfers}
    assert periods[82] == periods[140] == Period.day(date(2025, 10, 20))
    assert periods[50] == Period.day(date(2025, 10, 23))


def test_news_a_date_standing_alone_heads_its_paragraph(news: News) -> None:
    # Regression: a sentence with a vaguer date ("the first swap of last year") between
    # the heading date and the figures took the heading's place.
    text = (
        "Three swaps in review.\n\n"
        "March 12, 2024. The first swap of last year was also its biggest. Russia freed "
        "130 Ukrainian soldiers."
    )
    periods = {t.count.low: e.period for e in news(text).exchanges for t in e.transfers}
    assert periods == {130: Period.day(date(2024, 3, 12))}


@pytest.mark.parametrize(
    ("text", "receiver", "amount"),
    [
        ("On Monday Russia got back the bodies of 45 of its own.", "RUS", 45),
        ("Kyiv said on Tuesday it had recovered the remains of 300 of its own.", "UKR", 300),
    ],
)
def test_news_the_bodies_of_n_of_its_own_are_remains_received(
    news: News, text: str, receiver: str, amount: int
) -> None:
    # Regression: "the bodies of 45 of its own" had no noun after the number and was lost.
    (found,) = news(text).exchanges
    assert [(t.receiver.code, t.category, t.count.low) for t in found.transfers] == [
        (receiver, PersonCategory.REMAINS, amount)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday Russia got 40 soldiers back.", {("UKR", "RUS", POW): Count.exact(40)}),
        ("On Friday Moscow took 60 of its soldiers home.", {("UKR", "RUS", POW): Count.exact(60)}),
        (
            "On Friday 95 Ukrainian soldiers came home and Russia got the same number back.",
            {("RUS", "UKR", POW): Count.exact(95), ("UKR", "RUS", POW): Count.exact(95)},
        ),
    ],
)
def test_news_a_particle_after_the_counted_object_still_makes_a_verb_of_receiving(
    text: str, expected: dict[tuple[str, str, PersonCategory], Count]
) -> None:
    # Regression: "got 40 soldiers back" was no verb of handing over, and the figure was lost.
    assert legs_of(exchanges(text)) == expected
    assert exchanges("The army took 40 minutes to get back.") == []


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=2, max_value=19),
    st.sampled_from(["–", "—", ":"]),
    st.sampled_from(
        [
            "On Monday each side freed {total} people{mark} {soldiers} soldiers and {civilians} "
            "civilians, officials said.",
            "On Monday {total} captives were released by each side{mark} {soldiers} servicemen "
            "and {civilians} civilians, the ministry said.",
        ]
    ),
)
def test_news_a_breakdown_of_a_figure_each_side_gave_goes_both_ways(
    soldiers: int, civilians: int, mark: str, form: str
) -> None:
    # every part of a whole that went the same number both ways has its mirror
    total = soldiers + civilians
    text = form.format(total=total, mark=mark, soldiers=soldiers, civilians=civilians)
    found = legs_of(exchanges(text, breakdowns="both"))
    for kind, count in ((POW, soldiers), (PersonCategory.CIVILIANS, civilians)):
        assert found[("RUS", "UKR", kind)] == Count.exact(count)
        assert found[("UKR", "RUS", kind)] == Count.exact(count)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's ombudsman on Monday reported the return of 17 civilians "
            "from occupied Kherson.",
            {("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(17)},
        ),
        (
            "The defence ministry in Moscow confirmed the return of 38 soldiers late on Sunday.",
            {("UKR", "RUS", POW): Count.exact(38)},
        ),
        (
            # their nationality names the way: the teller sent them
            "Kyiv welcomed the return of 12 Russian civilians to their families on Friday.",
            {("UKR", "RUS", PersonCategory.CIVILIANS): Count.exact(12)},
        ),
    ],
)
def test_news_a_side_telling_of_the_return_of_people_got_them_back(
    news: News, text: str, expected: dict[tuple[str, str, PersonCategory], Count]
) -> None:
    assert legs(news(text)) == expected


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(2, 90),
    side=st.sampled_from([("Ukraine", "RUS", "UKR"), ("Russia", "UKR", "RUS")]),
    bodies=st.booleans(),
)
def test_foreigners_are_people_of_no_one_kind_or_the_dead_they_were(
    count: int, side: tuple[str, str, str], bodies: bool
) -> None:
    """ "the bodies of four foreigners" are remains; "four foreigners" alone are of no kind."""
    country, sender, receiver = side
    people = f"the bodies of {count} foreigners" if bodies else f"{count} foreigners"
    found = legs_of(exchanges(f"{country} also received {people} on Saturday."))
    kind = PersonCategory.REMAINS if bodies else PersonCategory.OTHER
    assert found == {(sender, receiver, kind): Count.exact(count)}
