"""The clause layer for transfers: lemmas, verb groups, clauses, noun groups and their context.

Every sentence here is written for the test; each checks one rule of English
reporting, not one article.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from exchangekit_news import NewsParser
from exchangekit_news._chunks import counter_phrase, mixed_group, same_number, verb_group
from exchangekit_news._clauses import Clauses, aggregate, respective
from exchangekit_news._lemmas import TRANSFER_LEMMAS, TRANSFER_MATCHER, inflections, lemma
from exchangekit_news._lexicon import Move
from exchangekit_news._tokens import tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, Period, PersonCategory

News = Callable[..., Any]


def words(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


# -- lemmas ---------------------------------------------------------------------------------

_LEMMAS = [phrase for phrase, _ in TRANSFER_LEMMAS]


@given(st.sampled_from(_LEMMAS), st.integers(min_value=0, max_value=3))
def test_news_every_inflection_of_a_lemma_is_read_with_the_lemma_move(
    phrase: str, which: int
) -> None:
    head, _, rest = phrase.partition(" ")
    forms = inflections(head)
    form = forms[which % len(forms)]
    written = f"{form} {rest}" if rest else form
    tokens = tokenize(written)
    found = TRANSFER_MATCHER.match(tokens, 0, len(tokens))
    assert found is not None, written
    assert found[0] == len(tokens)
    assert lemma(form) == head


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("return", ("return", "returns", "returned", "returning")),
        ("repatriate", ("repatriate", "repatriates", "repatriated", "repatriating")),
        ("swap", ("swap", "swaps", "swapped", "swapping")),
        ("transfer", ("transfer", "transfers", "transferred", "transferring")),
        ("recover", ("recover", "recovers", "recovered", "recovering")),
        ("bring", ("bring", "brings", "brought", "bringing")),
    ],
)
def test_news_inflections_follow_english_spelling(verb: str, forms: tuple[str, ...]) -> None:
    assert inflections(verb) == forms


def test_news_nouns_of_handing_over_keep_their_own_reading() -> None:
    tokens = tokenize("handover")
    assert TRANSFER_MATCHER.match(tokens, 0, 1) == (1, Move.EVENT)


# -- verb groups ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "done", "passive"),
    [
        ("Russia returned", True, False),
        ("bodies were returned", True, True),
        ("prisoners had been handed", True, True),
        ("Kyiv has now received", True, False),
        ("Moscow will return", False, False),
        ("the sides agreed to exchange", False, False),
        ("prisoners were ready to be released", False, True),
        ("Russia has not returned", False, False),
        ("Kyiv could receive", False, False),
        ("after the return", True, False),
    ],
)
def test_news_verb_group_reads_voice_modality_and_negation(
    text: str, done: bool, passive: bool
) -> None:
    norms = words(text)
    group = verb_group(norms, len(norms) - 1)
    assert group.done is done
    assert group.passive is passive


@given(st.lists(st.sampled_from(["has", "been", "also", "now", "were"]), max_size=4))
def test_news_auxiliaries_and_adverbs_alone_never_make_a_verb_a_plan(before: list[str]) -> None:
    norms = ["russia", *before, "returned"]
    assert verb_group(norms, len(norms) - 1).done


@given(st.sampled_from(["will", "would", "could", "may", "not", "never", "agreed to", "ready to"]))
def test_news_a_modal_negation_or_intention_always_makes_a_plan(word: str) -> None:
    norms = ["russia", *word.split(), "return"]
    assert not verb_group(norms, len(norms) - 1).done


# -- chunks and clauses ---------------------------------------------------------------------


def test_news_counter_phrases_and_the_same_number() -> None:
    norms = words("in return for 63 Russians")
    assert counter_phrase(norms, 3)
    assert not counter_phrase(words("returned to 63 Russians"), 3)
    assert same_number(words("for the same number of Russians"), 1) == 4
    assert same_number(words("for a number of Russians"), 1) == 1


@pytest.mark.parametrize(
    ("text", "mixed"),
    [
        ("189 soldiers and civilians were freed", True),
        ("205 captives from each side , including both military personnel and civilians", True),
        ("146 servicemen and eight civilians", False),
        ("215 fighters and citizens were freed", True),
        ("215 marines and citizens of Ukraine came back", True),
        ("90 soldiers were freed", False),
    ],
)
def test_news_a_group_of_two_kinds_under_one_figure_is_mixed(text: str, mixed: bool) -> None:
    norms = words(text)
    category = PersonCategory.PRISONERS_OF_WAR
    assert mixed_group(norms, 2, len(norms), category) is mixed


def test_news_clauses_split_at_contrast_and_semicolon_and_mark_relatives() -> None:
    norms = words("Kyiv got 90 bodies, while Russia, which asked for them, got 20; talks go on")
    clauses = Clauses(norms)
    while_at = norms.index("while")
    assert clauses.start_of(while_at + 2) == while_at
    assert not clauses.same(0, while_at + 1)
    assert clauses.start_of(len(norms) - 1) == norms.index(";") + 1
    which = norms.index("which")
    assert clauses.in_relative(which + 1)
    assert not clauses.in_relative(0)


def test_news_that_after_a_noun_of_people_opens_a_relative_clause() -> None:
    norms = words("1,000 bodies that Moscow says are Ukrainian, and 31 went back")
    clauses = Clauses(norms, people_ends=[2])
    assert clauses.in_relative(norms.index("moscow"), restrictive=True)
    assert not clauses.in_relative(norms.index("moscow"))
    assert not clauses.in_relative(norms.index("31"), restrictive=True)
    unclosed = words("8 residents who had been held were returned")
    assert not Clauses(unclosed, people_ends=[2]).in_relative(4, restrictive=True)


def test_news_an_aside_inside_a_quoted_relative_clause_ends_with_the_quotation() -> None:
    norms = words('40 bodies "which Moscow says are of soldiers, including marines" were returned')
    clauses = Clauses(norms, people_ends=[2])
    assert clauses.in_relative(norms.index("marines"))
    assert not clauses.in_relative(norms.index("returned"))
    unquoted = words("40 bodies, including marines who fought at the port were returned")
    assert Clauses(unquoted, people_ends=[2]).in_relative(unquoted.index("returned"))


@pytest.mark.parametrize(
    ("text", "several"),
    [
        ("received 6,000 bodies in June in six stages", True),
        ("854 people came home in the five exchanges this year", True),
        ("in about a dozen swaps", True),
        ("in those ten operations", True),
        ("in a single exchange", False),
        ("in the 58th exchange", False),
        ("the two sides swapped 90 prisoners", False),
    ],
)
def test_news_a_clause_that_counts_several_exchanges_is_an_aggregate(
    text: str, several: bool
) -> None:
    norms = words(text)
    assert aggregate(norms, 0, len(norms)) is several


def test_news_respectively_is_found_in_its_span_only() -> None:
    norms = words("40 and 60 , respectively , in May and June")
    assert respective(norms, 0, len(norms))
    assert not respective(norms, 0, 3)


# -- the rules in sentences -------------------------------------------------------------------


def test_news_a_new_inflection_is_not_a_new_rule(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    (exchange,) = news("Moscow hands back 40 prisoners of war to Kyiv on Monday.").exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(40)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russia has not returned 50 prisoners to Ukraine, Kyiv said on Monday.",
        "Russia is expected to hand over 300 bodies to Ukraine on Monday.",
        "The exchange, officials said on Monday, is expected to involve 500 prisoners each.",
        "A swap on Monday could free 70 Ukrainian prisoners.",
    ],
)
def test_news_plans_denials_and_hypotheses_are_not_exchanges(news: News, text: str) -> None:
    assert news(text).exchanges == []


def test_news_a_noun_of_handing_over_does_not_reach_into_the_next_report(news: News) -> None:
    text = (
        "Russia said on Monday that the bodies were awaiting transfer, and that 600 "
        "Ukrainian prisoners would be freed later."
    )
    assert news(text).exchanges == []


def test_news_a_party_in_a_relative_clause_is_not_the_subject(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "On Monday Ukraine took back the bodies of 900 people that Russia says are its "
        "soldiers, and handed over 40 Russian bodies."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.REMAINS): Count.exact(900),
        ("UKR", "RUS", PersonCategory.REMAINS): Count.exact(40),
    }


def test_news_people_go_home_whatever_the_verb_suggests(news: News) -> None:
    (exchange,) = news(
        "Kyiv returned 84 of its citizens from Russian captivity on Monday."
    ).exchanges
    assert [(t.sender.code, t.receiver.code, t.count) for t in exchange.transfers] == [
        ("RUS", "UKR", Count.exact(84))
    ]


def test_news_a_bare_number_beside_the_verb_counts_people(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "Ukraine received 500 bodies on Monday and Russia got back 24."
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.REMAINS): Count.exact(500),
        ("UKR", "RUS", PersonCategory.REMAINS): Count.exact(24),
    }


def test_news_n_for_n_is_both_directions_of_the_kind_in_context(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Ukraine and Russia swapped 90 prisoners each on 3 June. "
        "On 8 June there followed a swap of 100 for 100."
    )
    _, second = news(text).exchanges
    assert second.period == Period.day(date(2025, 6, 8))
    assert exchange_legs(second) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(100),
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR): Count.exact(100),
    }


def test_news_the_same_number_repeats_the_figure_before_it(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "On Monday 150 Ukrainians were freed in exchange for the same number of Russians."
    (exchange,) = news(text).exchanges
    # a nationality alone names people of no one kind: the coding conventions' `other`
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.OTHER): Count.exact(150),
        ("UKR", "RUS", PersonCategory.OTHER): Count.exact(150),
    }


def test_news_soldiers_and_civilians_under_one_figure_are_of_no_one_kind(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    (exchange,) = news("Ukraine brought home 189 soldiers and civilians on Monday.").exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.OTHER): Count.exact(189)}


def test_news_listed_figures_share_a_noun_and_respectively_pairs_the_dates(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "In May and June, the two sides exchanged 40 and 60 prisoners apiece, respectively."
    may, june = news(text).exchanges
    assert may.period == Period.parse("2025-05")
    assert june.period == Period.parse("2025-06")
    assert set(exchange_legs(may).values()) == {Count.exact(40)}
    assert set(exchange_legs(june).values()) == {Count.exact(60)}
    assert not may.notes


def test_news_a_figure_over_several_stages_is_a_running_total(news: News) -> None:
    read = news("Ukraine received 5,000 bodies from Russia in June in five stages.")
    assert read.exchanges == []
    (tally,) = read.tallies
    assert tally.count == Count.exact(5000)
    assert tally.receiver.code == "UKR"


def test_news_each_way_is_per_side(exchange_legs: Callable[..., Any], news: News) -> None:
    text = "Exchanges between Russia and Ukraine resumed on 5 May with 75 prisoners going each way."
    (exchange,) = news(text).exchanges
    assert set(exchange_legs(exchange)) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR),
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR),
    }


def test_news_a_date_that_sets_the_scene_carries_to_the_next_sentence(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "On 19 April the pattern repeated. "
        "Ukraine got back 246 soldiers and Russia the same number."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 4, 19))
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(246),
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR): Count.exact(246),
    }


def test_news_the_date_of_the_event_wins_over_the_date_of_the_statement(news: News) -> None:
    text = "Russia returned 50 prisoners to Ukraine, Kyiv said on Friday, after talks on Wednesday."
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 22))


def test_news_an_open_two_way_total_gives_no_direction(news: News) -> None:
    read = news("Russia and Ukraine swapped more than 300 prisoners on Monday.")
    assert all(t.count.high is not None for e in read.exchanges for t in e.transfers)
    assert read.exchanges == []


def test_news_a_weekday_and_its_date_are_one_day_not_a_series(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "A further 103 prisoners came home to each country on 14 September, and on Friday, "
        "Oct. 17, another 95 Ukrainian soldiers were exchanged for 95 Russians."
    )
    september, october = news(text).exchanges
    assert september.period == Period.day(date(2025, 9, 14))
    assert october.period == Period.day(date(2025, 10, 17))
    assert set(exchange_legs(october).values()) == {Count.exact(95)}
    assert not september.notes
    assert not october.notes


# -- document context and rival figures -------------------------------------------------------


def test_news_rival_figures_for_one_direction_are_both_kept_and_not_added(news: News) -> None:
    from exchangekit.reconcile import totals

    text = (
        "Russia's defence ministry said 248 Russian servicemen had come home on Wednesday.\n\n"
        "Ukraine's coordination headquarters said 240 Russian prisoners had been handed over "
        "on Wednesday."
    )
    (exchange,) = news(text).exchanges
    accounts = {(t.count, t.attributed_to.name) for t in exchange.transfers if t.attributed_to}
    assert {count for count, _ in accounts} == {Count.exact(248), Count.exact(240)}
    assert len({name for _, name in accounts}) == 2
    assert any("alternatives" in note for note in exchange.notes)
    assert totals([exchange], by="month", receiver="RUS").total == Count.between(240, 248)


def test_news_an_exchange_told_without_figures_dates_the_figures_after_it(news: News) -> None:
    text = (
        "Russia and Ukraine exchanged hundreds of prisoners on Wednesday.\n\n"
        "Russia's defence ministry said 248 Russian servicemen had come home.\n\n"
        "The swap came after a missile attack on Oct. 3."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 22))


def test_news_a_year_of_capture_does_not_date_the_exchange(news: News) -> None:
    text = (
        "KYIV, Oct 22 (Wire) - Russia handed over 90 Ukrainian prisoners.\n\n"
        "Most of those freed were captured in 2022, officials said."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 22))


def test_news_a_date_given_for_bodies_does_not_date_a_swap_of_prisoners(news: News) -> None:
    text = (
        "KYIV, Oct 22 (Wire) - Russia handed over 90 Ukrainian prisoners.\n\n"
        "The previous handover of bodies, on 14 February, was the last, officials said."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 22))


def test_news_the_month_may_is_not_a_modal(news: News) -> None:
    text = "Russia and Ukraine resumed exchanges on 31 May with 75 prisoners going each way."
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 5, 31))


def test_news_an_apposition_between_the_noun_and_its_verb_is_skipped(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Twelve Ukrainian civilians who had been held by Russia, among them three "
        "teachers from Melitopol, returned to Ukraine on Monday."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(12)}


def test_news_a_participial_clause_shares_the_subject_and_is_its_own_clause(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Ukraine received 400 bodies from Russia on Monday, bringing to 6,400 the number "
        "of bodies returned in eight stages since June."
    )
    read = news(text)
    (exchange,) = read.exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.REMAINS): Count.exact(400)}
    assert [t.count for t in read.tallies] == [Count.exact(6400)]


def test_news_a_party_after_a_preposition_is_not_a_subject(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "On Monday the bodies of 600 people were returned to Ukraine and Russia got back 20."
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.REMAINS): Count.exact(600),
        ("UKR", "RUS", PersonCategory.REMAINS): Count.exact(20),
    }


def test_news_a_list_of_days_each_time_is_a_series_received_by_the_pronouns_party(
    exchange_legs: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "Ukraine's coordination headquarters said on Friday that the work went on.\n\n"
        "On 3, 5 and 9 June — each time involving about 800 bodies — its teams took charge "
        "of remains at the border."
    )
    read = news(text)
    assert [e.period for e in read.exchanges] == [
        Period.day(date(2025, 6, day)) for day in (3, 5, 9)
    ]
    for exchange in read.exchanges:
        assert exchange_legs(exchange) == {
            ("RUS", "UKR", PersonCategory.REMAINS): Count.approx(800)
        }


def test_news_a_pronoun_for_a_mediator_gives_no_direction(news: News) -> None:
    text = (
        "The UAE foreign ministry said the talks had gone well.\n\n"
        "It has now mediated exchanges involving 2,000 captives since the start of the war."
    )
    read = news(text)
    assert read.exchanges == []
    assert read.tallies == []


def test_news_a_noun_of_exchange_inside_a_relative_clause_does_not_govern_the_figure(
    news: News,
) -> None:
    text = (
        "Moscow said 40 Ukrainian prisoners who were being driven to the border for an "
        "exchange that, in the end, never happened had died in a road accident on Monday."
    )
    assert news(text).exchanges == []


def test_news_a_relative_clause_without_commas_runs_into_the_main_verb(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "On Monday 12 residents of the Kursk region who had been held in Ukraine were returned."
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("UKR", "RUS", PersonCategory.CIVILIANS): Count.exact(12)}


def test_news_a_year_in_an_aside_does_not_date_the_exchange(news: News) -> None:
    text = (
        "KYIV, Aug 24 (Wire) - 90 Ukrainian servicemen, among them a medic held "
        "since the spring of 2022, returned home."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 8, 24))


def test_news_a_figure_after_numbering_counts_the_noun_before_it(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "Russian soldiers numbering 120 were returned home on Monday, the ministry said."
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR): Count.exact(120)
    }


def test_news_figures_listed_under_one_verb_go_the_same_way(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "On Monday 150 prisoners of war of the Armed Forces of Ukraine and 12 civilians "
        "were handed over."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(150),
        ("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(12),
    }


def test_news_a_live_blog_over_several_days_dates_entries_by_their_day_heading(
    exchange_legs: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "Swap live: the exchange goes on\n\n"
        "Tuesday 21 October\n\n"
        "09:10 — Kyiv says 200 Ukrainian prisoners are home today.\n\n"
        "Wednesday 22 October\n\n"
        "10:30 — The second stage has gone ahead. 150 servicemen were handed over by each side."
    )
    first, second = news(text).exchanges
    assert first.period == Period.day(date(2025, 10, 21))
    assert second.period == Period.day(date(2025, 10, 22))
    assert set(exchange_legs(second).values()) == {Count.exact(150)}


def test_news_today_under_a_dateline_is_the_datelines_day(news: News) -> None:
    text = "KYIV, Oct 20 (Wire) - Russia handed over 75 Ukrainian prisoners today, officials said."
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 20))


def test_news_a_parenthesis_right_after_which_stays_in_the_relative_clause(news: News) -> None:
    text = (
        "On 12 October, 300 soldiers were returned to Ukraine, which, added to Friday's and "
        "Saturday's groups, completes the swap."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 12))


def test_news_phrases_of_going_home_name_no_party_but_the_people_do(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Ukraine took back 900 bodies on Monday, while 20 Russian bodies went the other way.\n\n"
        "Six Ukrainian children were reunited with their families on 3 July."
    )
    bodies, children = news(text).exchanges
    assert exchange_legs(bodies) == {
        ("RUS", "UKR", PersonCategory.REMAINS): Count.exact(900),
        ("UKR", "RUS", PersonCategory.REMAINS): Count.exact(20),
    }
    assert exchange_legs(children) == {("RUS", "UKR", PersonCategory.CHILDREN): Count.exact(6)}


def test_news_another_sources_kinds_do_not_swallow_a_sources_total(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Ukraine's coordination headquarters said 84 of its citizens came home on Monday.\n\n"
        "Russia's defence ministry said 84 Ukrainian prisoners of war had been handed over."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.OTHER): Count.exact(84),
    }


def test_news_a_count_of_casualties_is_not_handed_over(news: News) -> None:
    text = (
        "Kyiv said on Monday that 300,000 Ukrainian soldiers had been wounded, a number "
        "that includes men who later returned to duty."
    )
    read = news(text)
    assert read.exchanges == []


def test_news_a_noun_of_handing_over_in_another_clause_is_not_the_figures_verb(
    news: News,
) -> None:
    text = (
        "Ukraine says 20,000 of its soldiers are listed as missing, and families hope "
        "the handovers will bring answers."
    )
    assert news(text).exchanges == []


def test_news_in_repatriations_counts_several_exchanges(news: News) -> None:
    text = (
        "In repatriations carried out with the Red Cross, 2,500 bodies of Ukrainian "
        "defenders have been recovered from Russia."
    )
    read = news(text)
    assert read.exchanges == []
    assert [t.count for t in read.tallies] == [Count.exact(2500)]


def test_news_to_and_by_of_the_next_clause_do_not_direct_the_figure(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "On Monday Ukraine and Russia each handed over 90 prisoners of war, and it was "
        "followed by renewed requests to Moscow for news of civilians."
    )
    (exchange,) = news(text).exchanges
    assert set(exchange_legs(exchange)) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR),
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR),
    }


def test_news_a_count_of_exchanges_far_off_in_a_long_clause_is_about_another_figure(
    exchange_legs: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "On Monday the ministry said that the latest mediation, which involved 120 "
        "captives released from each side, brought the number freed in its mediations "
        "since the start of the war to 3,900, across 15 successful mediations."
    )
    read = news(text)
    (exchange,) = read.exchanges
    assert set(exchange_legs(exchange).values()) == {Count.exact(120)}


@given(st.integers(min_value=2, max_value=20))
def test_news_a_count_of_stages_next_to_the_figure_makes_a_total(stages: int) -> None:
    norms = words(f"Ukraine received 500 bodies in {stages} stages")
    assert aggregate(norms, 0, len(norms), (2, 4))
    far = words(
        "Ukraine received 500 bodies , officials said on Monday at the border "
        f"after {stages} stages"
    )
    assert not aggregate(far, 0, len(far), (2, 4))


def test_news_since_after_an_ordinal_exchange_ranks_it_and_makes_no_total(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Today, as a result of the 70th exchange since the beginning of the invasion, "
        "150 Ukrainian servicemen were returned from Russian captivity."
    )
    read = news(text)
    assert read.tallies == []
    (exchange,) = read.exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(150)
    }


def test_news_an_undated_exchange_published_on_the_first_day_a_date_can_name(
    news: News,
) -> None:
    read = news("Russia returned ten Ukrainian prisoners.", published=date(1, 1, 1))
    (exchange,) = read.exchanges
    assert exchange.period.start == date(1, 1, 1)


def _exchanges(text: str) -> list[Exchange]:
    """The exchanges the news parser reads in ``text`` (for tests Hypothesis drives)."""
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2025, 10, 23))
    return [item for item in items if isinstance(item, Exchange)]


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August"]


@given(
    st.sampled_from(["late ", "early ", "mid-", "the end of ", "in mid-"]),
    st.integers(min_value=1, max_value=8),
)
def test_news_a_vague_part_of_a_month_dates_the_exchange_by_the_month(
    part: str, month: int
) -> None:
    name = _MONTH_NAMES[month - 1]
    when = part if part.startswith("in ") else f"in {part}"
    text = f"Russia handed over 120 Ukrainian prisoners of war {when}{name} 2025."
    (exchange,) = _exchanges(text)
    assert exchange.period == Period.month(2025, month)


def test_news_by_the_end_of_a_month_dates_a_claim_in_that_month(news: News) -> None:
    text = "By the end of June, the project had counted more than 100,000 Russian dead."
    (claim,) = news(text).claims
    assert claim.as_of == Period.month(2025, 6)


def test_news_by_late_in_a_month_dates_a_claim_in_that_month(news: News) -> None:
    text = "By late June, the project had counted more than 100,000 Russian dead."
    (claim,) = news(text).claims
    assert claim.as_of == Period.month(2025, 6)


@given(st.integers(min_value=1, max_value=9), st.sampled_from(["after", "before"]))
def test_news_days_counted_from_a_dated_event_move_the_exchange_date(days: int, which: str) -> None:
    text = f"Russia freed 10 Ukrainian civilians {days} days {which} the swap on 15 June 2024."
    (exchange,) = _exchanges(text)
    sign = 1 if which == "after" else -1
    assert exchange.period == Period.day(date(2024, 6, 15) + timedelta(days=sign * days))


def test_news_an_exchange_told_inside_the_span_is_dated_back_from_the_day(news: News) -> None:
    text = (
        "Monday's handover of the wounded came three days after a swap brokered by the "
        "Emirates, in which Kyiv and Moscow each freed 65 prisoners of war."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 17))


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["mediated", "brokered", "arranged", "organised"]),
    st.sampled_from(["three days", "two days", "a week"]),
)
def test_news_a_dated_swap_with_an_aside_of_its_broker_keeps_its_own_day(
    news: News, participle: str, span: str
) -> None:
    """ "after a swap on Tuesday, mediated by the Emirates, in which 90 ...": Tuesday's."""
    text = (
        f"The release came {span} after a prisoner exchange on Tuesday, {participle} by the "
        "United Arab Emirates, in which 90 Ukrainian soldiers were swapped for 90 Russian "
        "soldiers."
    )
    assert {e.period for e in news(text).exchanges} == {Period.day(date(2025, 10, 21))}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, three days after talks in Istanbul, Russia freed 65 Ukrainian prisoners.",
        "Kyiv and Moscow each freed 65 prisoners on Monday, a day after a phone call.",
    ],
)
def test_news_a_span_from_an_event_without_the_figure_does_not_move_the_date(
    news: News, text: str
) -> None:
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 20))


@pytest.mark.parametrize("quote", ['"', "\u201c", ""])
def test_news_n_for_n_in_a_sentence_about_an_exchange_goes_each_way(
    exchange_legs: Callable[..., Any], news: News, quote: str
) -> None:
    closing = "\u201d" if quote == "\u201c" else quote
    text = (
        "On Tuesday 64 Ukrainian soldiers came home from captivity. The exchange followed "
        f"the formula of {quote}64 for 64{closing}."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(64),
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR): Count.exact(64),
    }


def test_news_a_partition_by_kind_is_coded_beside_its_total(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Kyiv got back 60 of its citizens from Russia on Tuesday, 12 of them civilians "
        "and 48 soldiers, the ombudsman said."
    )
    (exchange,) = news(text, breakdowns="both").exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.OTHER): Count.exact(60),
        ("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(12),
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(48),
    }


def test_news_a_part_of_a_transfer_of_one_kind_is_a_subset_and_not_coded(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "Russia handed over 300 Ukrainian prisoners on Tuesday; 61 of them were wounded."
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(300),
    }


def test_news_the_office_after_the_is_the_speaker_not_an_anaphor(news: News) -> None:
    text = "The Russian Ministry of Defence said that 70 Russian servicemen came home on Tuesday."
    (exchange,) = news(text).exchanges
    (transfer,) = exchange.transfers
    assert transfer.attributed_to is not None
    assert transfer.attributed_to.name == "Russian Ministry of Defence"


def test_news_a_rival_bound_from_another_source_is_kept_beside_the_figure(news: News) -> None:
    text = (
        "Russia's defence ministry said 130 Russian soldiers came home on Tuesday. A "
        "Ukrainian official, speaking on condition of anonymity, gave another account, "
        "saying that more than 120 Russian prisoners had been handed over."
    )
    (exchange,) = news(text).exchanges
    counts = {
        (t.count, t.attributed_to.name if t.attributed_to else None) for t in exchange.transfers
    }
    assert counts == {
        (Count.exact(130), "Russian Ministry of Defence"),
        (Count.parse("more than 120"), "Ukrainian government"),
    }


def test_news_one_figure_hedged_twice_by_two_sources_is_one_transfer(news: News) -> None:
    text = (
        "Kyiv said about 1,000 bodies were returned to Ukraine on Tuesday. Russia's defence "
        "ministry said it had handed over 1,000 bodies of Ukrainian soldiers."
    )
    (exchange,) = news(text).exchanges
    assert len(exchange.transfers) == 1


def test_news_a_kind_guessed_from_a_swap_yields_to_the_stated_mix(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Kyiv said 120 Ukrainians came home on Tuesday in a prisoner swap. Moscow said "
        "Russia handed over 120 people, soldiers and civilians together."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.OTHER): Count.exact(120)}


def test_news_a_nationality_alone_is_of_no_one_kind_even_in_a_prisoner_swap(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "Kyiv said 120 Ukrainians came home on Tuesday in a prisoner swap."
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.OTHER): Count.exact(120)}


def test_news_wounded_nationals_in_a_prisoner_swap_are_wounded_prisoners(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "Kyiv said 12 seriously wounded Ukrainians came home on Tuesday in a prisoner swap."
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.WOUNDED_PRISONERS): Count.exact(12)
    }


def test_news_a_colon_after_a_count_of_exchanges_lists_single_exchanges(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Its work in May had included two mediations: one early in the month, under "
        "which 40 prisoners of war from each side were freed, and another later on."
    )
    read = news(text)
    assert read.tallies == []
    (exchange,) = read.exchanges
    assert set(exchange_legs(exchange).values()) == {Count.exact(40)}


def test_news_captives_are_of_no_one_kind(exchange_legs: Callable[..., Any], news: News) -> None:
    (exchange,) = news("Russia freed 40 Ukrainian captives on Tuesday.").exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.OTHER): Count.exact(40)}


@given(st.integers(min_value=2, max_value=999))
def test_news_the_same_number_stated_after_its_noun_is_that_number(
    exchange_legs: Callable[..., Any], n: int
) -> None:
    text = f"Russia received the same number of servicemen, {n}, in return on Tuesday."
    (exchange,) = _exchanges(text)
    assert exchange_legs(exchange) == {
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR): Count.exact(n)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Twelve Ukrainian civilians who had been detained by Russia returned to Ukraine on Friday.",
        "Twelve Ukrainian civilians who had been held by Russia, among them a teacher from "
        "Melitopol arrested in 2023, returned to Ukraine on Friday.",
    ],
)
def test_news_a_relative_clause_without_commas_keeps_the_main_verb(
    exchange_legs: Callable[..., Any], news: News, text: str
) -> None:
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(12)}


def test_news_a_place_name_after_the_noun_does_not_hide_the_relative_clause(
    exchange_legs: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "Six residents of Russia's Belgorod region, who had spent weeks in Kharkiv, "
        "returned home on Wednesday."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("UKR", "RUS", PersonCategory.CIVILIANS): Count.exact(6)}


def test_news_the_same_people_told_later_without_their_kind_are_not_a_new_exchange(
    exchange_legs: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "Russia returned 14 Ukrainian civilians on Wednesday, according to Kyiv. The "
        "ombudsman said the 14 Ukrainians who came home in the same operation included a "
        "nurse detained in Kherson in 2022."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 22))
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.CIVILIANS): Count.exact(14)}


def test_news_a_long_relative_clause_without_commas_reaches_the_verb(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Five Ukrainian children who had been living in Russia or in the occupied parts of "
        "the south have been reunited with their families in Ukraine this week."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.CHILDREN): Count.exact(5)}


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=60),
    kind=st.sampled_from(
        [("children", PersonCategory.CHILDREN), ("civilians", PersonCategory.CIVILIANS)]
    ),
    verb=st.sampled_from(["have returned to", "were brought back to", "came home to"]),
    credit=st.sampled_from(["crediting", "thanking"]),
    mediator=st.sampled_from(["Qatar", "the Vatican", "the United Arab Emirates"]),
)
def test_news_thanks_for_a_mediation_after_the_verb_is_not_the_figures_verb(
    exchange_legs: Callable[..., Any],
    news: News,
    count: int,
    kind: tuple[str, PersonCategory],
    verb: str,
    credit: str,
    mediator: str,
) -> None:
    # "... have returned to Ukraine, the office said, crediting Qatar for the mediation":
    # a mediation told after "for" is a circumstance, never the verb of the figure
    text = (
        f"{count} {kind[0]} who had been living in Russia or in occupied parts of the south "
        f"{verb} Ukraine, the office said on Monday, {credit} {mediator} for the mediation."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", kind[1]): Count.exact(count)}


@pytest.mark.parametrize(
    "text",
    [
        "Twelve mothers whose sons are held in Russia asked Qatar for mediation on Monday.",
        "Relatives of 40 soldiers who had been living in Kherson appealed for mediation.",
    ],
)
def test_news_asking_for_a_mediation_moves_no_one(news: News, text: str) -> None:
    assert news(text).exchanges == []


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Kyiv", "RUS", "UKR"), ("Russia's defence ministry", "UKR", "RUS")]),
    soldiers=st.integers(min_value=10, max_value=400),
    civilians=st.integers(min_value=2, max_value=60),
    kinds=st.sampled_from([("servicemen", "civilians"), ("soldiers", "civilians")]),
    total=st.sampled_from(
        ["{n} in all", "{n} people in total", "{n} in total", "{n} people in all"]
    ),
    verb=st.sampled_from(["had returned", "returned", "have returned"]),
)
def test_news_a_sum_set_off_after_returned_keeps_the_parts_coming_home(
    news: News,
    side: tuple[str, str, str],
    soldiers: int,
    civilians: int,
    kinds: tuple[str, str],
    total: str,
    verb: str,
) -> None:
    # "185 servicemen and 20 civilians had returned, 205 in all": the set-off figure sums
    # the verb's subjects; it is no object of "returned" and sends no one the other way
    speaker, sender, receiver = side
    text = (
        f"{speaker} said that {soldiers} {kinds[0]} and {civilians} {kinds[1]} {verb}, "
        f"{total.format(n=soldiers + civilians)}."
    )
    legs = news(text).legs_by_category()
    assert legs == {
        (sender, receiver, PersonCategory.PRISONERS_OF_WAR, Count.exact(soldiers)),
        (sender, receiver, PersonCategory.CIVILIANS, Count.exact(civilians)),
    }


def test_news_a_figure_after_returned_that_is_no_sum_stays_its_object(news: News) -> None:
    # a figure set off after the verb that does not add up its subjects is not their sum
    text = "Kyiv said 185 servicemen and 20 civilians had returned, 300 in all."
    legs = [t for e in news(text).exchanges for t in e.transfers]
    assert all(t.count != Count.exact(300) for t in legs)
    assert all(t.receiver.code != "RUS" for t in legs)


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Kyiv", "RUS", "UKR"), ("Russia's defence ministry", "UKR", "RUS")]),
    soldiers=st.integers(min_value=10, max_value=400),
    civilians=st.integers(min_value=2, max_value=60),
    off=st.sampled_from([-7, -1, 3, 40, 95]),
    closing=st.sampled_from(
        ["in all", "in total", "altogether", "people in all", "people in total"]
    ),
    tail=st.sampled_from(
        [
            "",
            ", according to the statement",
            ", the ministry said",
            " since 2022",
            " since the war began",
        ]
    ),
    verb=st.sampled_from(["had returned", "returned", "have returned"]),
)
def test_news_a_closing_sum_that_does_not_add_up_is_read_as_nobodys_figure(
    news: News,
    side: tuple[str, str, str],
    soldiers: int,
    civilians: int,
    off: int,
    closing: str,
    tail: str,
    verb: str,
) -> None:
    # "185 servicemen and 20 civilians had returned, 300 in all.": the set-off sum is still
    # a sum, never the object of "returned" (a tally of civilians to the other side); the
    # parts stay read and the sum that does not match them stays unread
    speaker, sender, receiver = side
    total = soldiers + civilians + off
    text = (
        f"{speaker} said that {soldiers} servicemen and {civilians} civilians {verb}, "
        f"{total} {closing}{tail}."
    )
    result = news(text)
    legs = {
        (t.sender.code, t.receiver.code, t.category, t.count)
        for e in result.exchanges
        for t in e.transfers
    }
    assert legs == {
        (sender, receiver, PersonCategory.PRISONERS_OF_WAR, Count.exact(soldiers)),
        (sender, receiver, PersonCategory.CIVILIANS, Count.exact(civilians)),
    }
    assert all(t.count != Count.exact(total) for t in result.tallies)


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Kyiv", "RUS", "UKR"), ("Moscow", "UKR", "RUS")]),
    count=st.integers(min_value=2, max_value=90),
    kind=st.sampled_from(
        [
            ("children", PersonCategory.CHILDREN),
            ("civilians", PersonCategory.CIVILIANS),
            ("soldiers", PersonCategory.PRISONERS_OF_WAR),
        ]
    ),
    verb=st.sampled_from(["returned", "had returned", "have returned"]),
    route=st.sampled_from(
        [
            "through a Qatari-mediated channel",
            "via Belarus",
            "with the help of the Vatican",
            "under a deal brokered by the Emirates",
            "during a pause in the fighting",
        ]
    ),
)
def test_news_returned_then_how_they_came_back_has_no_object(
    news: News,
    side: tuple[str, str, str],
    count: int,
    kind: tuple[str, PersonCategory],
    verb: str,
    route: str,
) -> None:
    # "eight children returned through a Qatari-mediated channel": the phrase after the
    # verb says how they came back; the verb has no object, so they came home
    speaker, sender, receiver = side
    text = f"{speaker} said that {count} {kind[0]} {verb} {route}."
    legs = news(text).legs_by_category()
    assert legs == {(sender, receiver, kind[1], Count.exact(count))}


@pytest.mark.parametrize(
    "text",
    [
        # no side speaks and none is named: home is not known
        "Eight children returned through a Qatari-mediated channel.",
        "Twelve civilians returned via Belarus on Friday.",
    ],
)
def test_news_returned_with_no_side_anywhere_stays_unread(news: News, text: str) -> None:
    assert news(text).exchanges == []


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Kyiv", "RUS", "UKR"), ("Moscow", "UKR", "RUS")]),
    count=st.integers(min_value=5, max_value=90),
    part=st.sampled_from(
        [
            "among them two priests",
            "two priests among them",
            "three of them women",
            "among them 4 nurses",
        ]
    ),
    verb=st.sampled_from(["were released", "were freed", "had been freed"]),
)
def test_news_a_part_set_off_before_a_passive_keeps_the_whole_set_free(
    news: News, side: tuple[str, str, str], count: int, part: str, verb: str
) -> None:
    # "ten civilians, among them two priests, were released": the aside counts some of
    # the ten; the people before it are still the ones set free
    speaker, sender, receiver = side
    text = f"{speaker} said {count} civilians, {part}, {verb}."
    legs = news(text).legs_by_category()
    assert legs == {(sender, receiver, PersonCategory.CIVILIANS, Count.exact(count))}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said ten civilians, 12 by another count, were released.",
        "Kyiv said ten civilians, up from 8 last time, were released.",
    ],
)
def test_news_a_figure_set_off_that_is_no_part_leaves_the_passive_unread(
    news: News, text: str
) -> None:
    assert news(text).exchanges == []


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Zelensky", "RUS", "UKR"), ("Moscow", "UKR", "RUS")]),
    count=st.integers(min_value=3, max_value=300),
    kind=st.sampled_from(
        [("civilians", PersonCategory.CIVILIANS), ("soldiers", PersonCategory.PRISONERS_OF_WAR)]
    ),
    the=st.sampled_from(["", "the "]),
    participle=st.sampled_from(["freed", "released"]),
)
def test_news_among_people_set_free_with_no_agent_came_home(
    news: News,
    side: tuple[str, str, str],
    count: int,
    kind: tuple[str, PersonCategory],
    the: str,
    participle: str,
) -> None:
    # "the two clerics were among 10 civilians freed in a swap": the participle with no
    # agent sets the counted people free; they came home, to the speaker's side
    speaker, sender, receiver = side
    text = (
        f"The two clerics were among {the}{count} {kind[0]} {participle} in a swap "
        f"on Friday, {speaker} said."
    )
    legs = news(text).legs_by_category()
    assert legs == {(sender, receiver, kind[1], Count.exact(count))}


@pytest.mark.parametrize(
    "text",
    [
        "The two clerics were among 10 civilians detained in the raid, Zelensky said.",
        "The clerics met 10 civilians freed in a swap, Zelensky said.",
    ],
)
def test_news_people_not_counted_among_or_not_set_free_stay_unread(news: News, text: str) -> None:
    assert news(text).exchanges == []


def test_news_reunited_with_a_family_in_a_country_goes_to_that_country(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "The ministry said one child had been reunited with her mother in Russia on Monday "
        "but gave no figure for those who went to Ukraine."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("UKR", "RUS", PersonCategory.CHILDREN): Count.exact(1)}


def test_news_n_of_them_counts_the_noun_when_no_figure_counted_it(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "The latest handover of bodies, on Monday, brought 640 of them back to Ukraine."
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.REMAINS): Count.exact(640)}


def test_news_n_of_them_after_a_figure_is_a_subset(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "Russia handed over 300 Ukrainian prisoners on Monday, and 61 of them came home to Sumy."
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(300)
    }


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("Petro Yatsenko said", "Petro Yatsenko"),
        ("Oleh Kotenko, a former official who tracks the missing, said", "Oleh Kotenko"),
    ],
)
def test_news_a_named_speaker_outside_the_lexicon_keeps_a_rival_figure(
    news: News, speaker: str, name: str
) -> None:
    text = (
        "Ukraine's defence ministry said 95 Ukrainian soldiers came home on Monday. "
        f"{speaker} 90 Ukrainian soldiers came home."
    )
    (exchange,) = news(text).exchanges
    said = {
        (t.count, t.attributed_to.name if t.attributed_to else None) for t in exchange.transfers
    }
    assert said == {(Count.exact(95), "Ukrainian Ministry of Defence"), (Count.exact(90), name)}


def test_news_a_mediation_that_involved_people_from_each_side_is_a_swap(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "The UAE said its latest mediation involved 120 prisoners from each side on Monday."
    (exchange,) = news(text).exchanges
    assert set(exchange_legs(exchange).values()) == {Count.exact(120)}
    assert len(exchange.transfers) == 2


def test_news_the_day_of_a_date_before_a_figure_is_not_a_figure(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "On Jan. 3, 230 Ukrainian prisoners were freed in return for 248 Russian ones."
    (exchange,) = news(text, published=date(2024, 2, 1)).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(230),
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR): Count.exact(248),
    }


def test_news_a_counter_figure_keeps_its_exchanges_date(news: News) -> None:
    text = (
        "On Jan. 3, 230 Ukrainian prisoners were released in exchange for 248 Russian ones, "
        "and nearly a month afterwards, on Jan. 31, Kyiv recovered 207 of its troops."
    )
    first, second = news(text, published=date(2024, 2, 1)).exchanges
    assert first.period == Period.day(date(2024, 1, 3))
    assert len(first.transfers) == 2
    assert second.period == Period.day(date(2024, 1, 31))


@given(st.sampled_from(["A busy 2023.", "In 2023, the swaps went on."]))
def test_news_a_paragraphs_year_dates_the_days_it_names(opening: str) -> None:
    text = f"{opening} On June 25 Russia freed 90 Ukrainian prisoners of war."
    (exchange,) = _exchanges(text)
    assert exchange.period == Period.day(date(2023, 6, 25))


def test_news_a_paragraphs_year_does_not_reach_the_next_paragraph(news: News) -> None:
    text = "In 2023, the swaps went on.\n\nOn June 25 Russia freed 90 Ukrainian prisoners of war."
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 6, 25))


def test_news_to_a_party_inside_an_aside_does_not_direct_the_figure(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Ukraine brought home 215 prisoners of war on Wednesday in a swap helped by Turkey, "
        "whose leaders had kept channels to Moscow open."
    )
    (exchange,) = news(text).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(215)
    }


def test_news_the_date_of_an_agreement_does_not_date_the_exchange(news: News) -> None:
    text = (
        "KYIV, Oct 22 (Wire) - The first stage of the exchange that negotiators agreed in "
        "Istanbul last week has been completed. Russia freed 140 Ukrainian prisoners of war."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 22))


def test_news_on_each_occasion_is_a_series_not_a_figure_per_side(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "On two days in September, Sept. 8 and Sept. 22, Ukraine recovered 88 bodies on "
        "each occasion, the ministry said, without saying how many Russian remains had gone "
        "the other way."
    )
    exchanges = news(text).exchanges
    assert [e.period for e in exchanges] == [
        Period.day(date(2025, 9, 8)),
        Period.day(date(2025, 9, 22)),
    ]
    for exchange in exchanges:
        assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.REMAINS): Count.exact(88)}


def test_news_swaps_of_n_each_listed_with_their_days_are_each_one_exchange(
    exchange_legs: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "The sides traded 60 prisoners apiece on June 5, followed by swaps of 70 each on "
        "July 9 and 80 each on Aug. 14."
    )
    exchanges = news(text).exchanges
    assert [(e.period, set(exchange_legs(e).values())) for e in exchanges] == [
        (Period.day(date(2025, 6, 5)), {Count.exact(60)}),
        (Period.day(date(2025, 7, 9)), {Count.exact(70)}),
        (Period.day(date(2025, 8, 14)), {Count.exact(80)}),
    ]
    assert all(len(e.transfers) == 2 for e in exchanges)


@pytest.mark.parametrize(
    ("phrase", "several"),
    [
        ("in the second of those handovers , russia got back 40", False),
        ("in the last of three swaps , russia got back 40", False),
        ("in one of those exchanges , russia got back 40", False),
        ("in those handovers , russia got back 40", True),
        ("in three swaps , russia got back 40", True),
    ],
)
def test_news_one_picked_out_of_several_exchanges_is_no_sum(phrase: str, several: bool) -> None:
    # "the second of those handovers" tells of one handover, not the sum over them
    norms = phrase.split()
    assert aggregate(norms, 0, len(norms)) is several
