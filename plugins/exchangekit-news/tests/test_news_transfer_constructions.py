"""Transfer constructions of English news copy in general, each read the same however worded."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, ExchangeTally, PersonCategory

POW = PersonCategory.PRISONERS_OF_WAR
CIVILIANS = PersonCategory.CIVILIANS
REMAINS = PersonCategory.REMAINS
OTHER = PersonCategory.OTHER

Legs = dict[tuple[str, str, PersonCategory], list[Count]]


_SHARED_VERBS = st.sampled_from(
    ["were handed over to", "were returned to", "came home to", "have been brought back to"]
)
_HOMES = st.sampled_from([("Ukraine", "UKR", "RUS"), ("Russia", "RUS", "UKR")])


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=900),
    _SHARED_VERBS,
    _HOMES,
    st.sampled_from(["soldiers", "servicemen", "prisoners of war"]),
)
def test_news_coordinated_figures_share_the_verb_and_its_destination(
    legs_of: Callable[..., Any],
    soldiers: int,
    civilians: int,
    verb: str,
    home: tuple[str, str, str],
    noun: str,
) -> None:
    # the "to X" after the verb of the last conjunct says where the first one went too
    name, receiver, sender = home
    text = f"On Tuesday, {soldiers} {noun} and {civilians} civilians {verb} {name}."
    assert legs_of(text) == {
        (sender, receiver, POW): [Count.exact(soldiers)],
        (sender, receiver, CIVILIANS): [Count.exact(civilians)],
    }


def test_news_coordinated_figures_before_a_semicolon_keep_their_own_destination(
    legs_of: Callable[..., Any],
) -> None:
    text = (
        "On Friday 64 servicemen and nine civilians were brought back to Ukraine; "
        "Moscow said it had got 73 people back."
    )
    found = legs_of(text)
    assert found[("RUS", "UKR", POW)] == [Count.exact(64)]
    assert found[("RUS", "UKR", CIVILIANS)] == [Count.exact(9)]
    assert ("UKR", "RUS", POW) not in found


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.integers(min_value=20, max_value=1500), min_size=2, max_size=3, unique=True),
    st.sampled_from(["—", "–"]),
    st.sampled_from(["were returned to Ukraine", "came back to Ukraine", "returned to Ukraine"]),
)
def test_news_a_list_after_a_dash_takes_its_own_verb_not_the_clause_before(
    legs_of: Callable[..., Any], amounts: list[int], dash: str, verb: str
) -> None:
    # the verb before the dash ("the sides traded") names no receiver; the aside's own does
    months = ["March", "April", "May"][: len(amounts)]
    listed = ", ".join(f"{a:,}" for a in amounts[:-1]) + f" and {amounts[-1]:,}"
    text = (
        f"In {', '.join(months[:-1])} and {months[-1]} the two sides traded the dead "
        f"{len(amounts)} times {dash} {listed} bodies {verb}, respectively {dash} "
        "with little publicity."
    )
    assert legs_of(text) == {("RUS", "UKR", REMAINS): [Count.exact(a) for a in amounts]}


def test_news_a_verb_past_the_closing_dash_is_not_the_asides_own(
    legs_of: Callable[..., Any],
) -> None:
    text = (
        "On Monday 72 people came home to Ukraine – 60 soldiers and 12 civilians – "
        "and Russia took back 72 people in return."
    )
    found = legs_of(text, breakdowns="both")
    assert found[("RUS", "UKR", POW)] == [Count.exact(60)]
    assert found[("RUS", "UKR", CIVILIANS)] == [Count.exact(12)]
    assert found[("UKR", "RUS", OTHER)] == [Count.exact(72)]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(['"', "“", "'"]),
    st.sampled_from(["including two officers", "among them men held since 2022", "most of them"]),
    st.sampled_from([("Russian", "RUS", "UKR"), ("Ukrainian", "UKR", "RUS")]),
)
def test_news_a_quoted_aside_between_the_people_and_their_verb_is_skipped(
    legs_of: Callable[..., Any], amount: int, quote: str, aside: str, side: tuple[str, str, str]
) -> None:
    adjective, receiver, sender = side
    close = {"“": "”"}.get(quote, quote)
    text = (
        f"The ministry said {amount} {adjective} soldiers, {quote}{aside}{close}, "
        "had been handed back on Friday."
    )
    assert legs_of(text) == {(sender, receiver, POW): [Count.exact(amount)]}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["among them", "including"]),
    st.sampled_from(
        [
            "marines, paratroopers and border guards who were taken prisoner in the south "
            "in the first spring",
            "medics, drivers, and men who had been captured in the ruins of a steel plant",
            "guardsmen, sailors or soldiers whom the other side had held in camps for years",
        ]
    ),
    st.sampled_from(["were home", "had been freed", "came back"]),
)
def test_news_an_aside_that_lists_groups_with_commas_is_skipped_whole(
    legs_of: Callable[..., Any], amount: int, opener: str, groups: str, verb: str
) -> None:
    text = f"Kyiv said {amount} Ukrainian soldiers, {opener} {groups}, {verb} on Friday."
    assert legs_of(text) == {("RUS", "UKR", POW): [Count.exact(amount)]}


def test_news_an_aside_naming_one_group_still_ends_at_its_comma(
    legs_of: Callable[..., Any],
) -> None:
    text = (
        "Fourteen civilians who had been held by Russia, among them three nuns, "
        "returned to Ukraine on Monday, and the ombudsman thanked the mediators."
    )
    assert legs_of(text) == {("RUS", "UKR", CIVILIANS): [Count.exact(14)]}


def tallies_of(text: str) -> dict[tuple[str | None, str | None, PersonCategory], str]:
    """Every stated running total the parser reads in ``text``, by direction and category."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    return {
        (
            t.sender.code if t.sender else None,
            t.receiver.code if t.receiver else None,
            t.category,
        ): str(t.count)
        for t in items
        if isinstance(t, ExchangeTally)
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=100, max_value=9000),
    st.integers(min_value=2, max_value=99),
    st.sampled_from(["stages", "swaps", "handovers", "exchanges"]),
    st.sampled_from(["the", "all the"]),
    st.sampled_from(["last Monday", "the start of the month", "the spring"]),
)
def test_news_the_exchanges_since_a_date_sum_both_directions_of_a_gapped_clause(
    legs_of: Callable[..., Any], many: int, few: int, stages: str, determiner: str, since: str
) -> None:
    # a plural exchange noun "since" a date adds several up; "and N to Russia" shares it
    text = (
        f"Officials said {determiner} {stages} since {since} had brought {many:,} bodies "
        f"back to Ukraine and {few} to Russia."
    )
    assert legs_of(text) == {}
    assert tallies_of(text) == {
        ("RUS", "UKR", REMAINS): str(Count.exact(many)),
        ("UKR", "RUS", REMAINS): str(Count.exact(few)),
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=20, max_value=2000),
    st.sampled_from(["—", "–"]),
    st.sampled_from(["each time {n} bodies", "{n} bodies each time", "about {n} bodies each"]),
    st.sampled_from(
        [
            ("Ukraine took back its dead", "RUS", "UKR"),
            ("Kyiv has received", "RUS", "UKR"),
            ("Russia handed over Ukrainian remains", "RUS", "UKR"),
            ("Moscow got back the bodies of its soldiers", "UKR", "RUS"),
        ]
    ),
)
def test_news_an_aside_sizing_each_exchange_takes_the_subject_of_the_clause_after_it(
    legs_of: Callable[..., Any], amount: int, dash: str, aside: str, clause: tuple[str, str, str]
) -> None:
    words, sender, receiver = clause
    text = f"In April and May {dash} {aside.format(n=f'{amount:,}')} {dash} {words}."
    found = legs_of(text)
    assert list(found) == [(sender, receiver, REMAINS)]
    assert len(found[(sender, receiver, REMAINS)]) == 2


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["went back to", "have gone back to", "had gone back to"]),
    st.sampled_from([("Russian", "Russia", "RUS", "UKR"), ("Ukrainian", "Ukraine", "UKR", "RUS")]),
)
def test_news_go_back_is_a_verb_of_coming_home(
    legs_of: Callable[..., Any], amount: int, verb: str, side: tuple[str, str, str, str]
) -> None:
    adjective, country, receiver, sender = side
    text = f"On Monday, {amount} {adjective} soldiers {verb} {country}, officials said."
    expected = {(sender, receiver, POW): [Count.exact(amount)]}
    assert legs_of(text) == expected


def test_news_going_back_to_the_front_or_on_a_promise_moves_no_one(
    legs_of: Callable[..., Any],
) -> None:
    assert legs_of("Many of the 300 soldiers freed last year went back to the front.") == {}
    assert legs_of("Russia later went back on its promise to return 500 bodies.") == {}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=500),
    st.integers(min_value=1, max_value=60),
    st.sampled_from(["—", "–"]),
    st.sampled_from(
        [
            "On Friday, with {whole} Ukrainians {d} {parts} {d} coming home, the ombudsman "
            "thanked the mediators.",
            "Kyiv said {whole} Ukrainians {d} {parts} {d} had been freed on Friday.",
            "The swap went ahead on Friday, with {whole} Ukrainians {d} {parts} {d} returning "
            "home.",
        ]
    ),
)
def test_news_a_breakdown_set_off_by_dashes_goes_the_way_of_its_whole(
    legs_of: Callable[..., Any], soldiers: int, civilians: int, dash: str, template: str
) -> None:
    whole = soldiers + civilians
    parts = f"{soldiers} soldiers and {civilians} civilians"
    text = template.format(whole=whole, d=dash, parts=parts)
    assert legs_of(text, breakdowns="both") == {
        ("RUS", "UKR", OTHER): [Count.exact(whole)],
        ("RUS", "UKR", POW): [Count.exact(soldiers)],
        ("RUS", "UKR", CIVILIANS): [Count.exact(civilians)],
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=50, max_value=2000),
    st.integers(min_value=2, max_value=49),
    st.sampled_from(["soldiers", "servicemen", "troops"]),
    st.sampled_from(
        [
            "Kyiv recovered {many} bodies on Monday, and Moscow got back {few} of its {noun}.",
            "Ukraine took back {many} bodies, while Russia received {few} of its own {noun}.",
        ]
    ),
)
def test_news_soldiers_moved_beside_bodies_are_remains_unless_prisoners_are_named(
    legs_of: Callable[..., Any], many: int, few: int, noun: str, template: str
) -> None:
    text = template.format(many=f"{many:,}", few=few, noun=noun)
    assert legs_of(text) == {
        ("RUS", "UKR", REMAINS): [Count.exact(many)],
        ("UKR", "RUS", REMAINS): [Count.exact(few)],
    }
    prisoners = text.replace(f"{few} of its", f"{few} prisoners of war among its")
    assert ("UKR", "RUS", REMAINS) not in legs_of(prisoners)


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(
        [
            ("on Aug. 16 of that year", "on Sept. 20"),
            ("on the morning of Aug. 16", "on Sept. 20"),
            ("on 16 August of that year", "on 20 September"),
        ]
    ),
)
def test_news_a_bare_figure_after_and_shares_the_verb_across_a_long_date(
    legs_of: Callable[..., Any], first: int, second: int, dates: tuple[str, str]
) -> None:
    one, two = dates
    text = f"Ukraine took back {first} bodies {one} and {second} {two}, officials said."
    found = legs_of(text)
    assert sorted(c.best for c in found.get(("RUS", "UKR", REMAINS), [])) == sorted([first, second])


@pytest.mark.parametrize("opener", ["By", "During", "Throughout"])
def test_news_a_paragraph_opened_by_a_year_dates_the_days_after_it_in_that_year(
    opener: str,
) -> None:
    text = (
        f"{opener} 2023 the handovers had become routine, if slow and rarely reported. "
        "Kyiv took back 60 soldiers on March 4, officials said."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    assert [str(i.period) for i in items if isinstance(i, Exchange)] == ["2023-03-04"]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(
        [
            ("Kyiv got back {a} Ukrainian soldiers, and {b} Russian ones went the other way.", POW),
            (
                "Ukraine recovered {a} Ukrainian bodies, and {b} Russian ones were handed back.",
                REMAINS,
            ),
            ("On Monday {a} Ukrainian soldiers came home in exchange for {b} Russian ones.", POW),
        ]
    ),
)
def test_news_nationality_ones_takes_the_noun_before_and_its_own_side(
    legs_of: Callable[..., Any], a: int, b: int, case: tuple[str, PersonCategory]
) -> None:
    template, kind = case
    found = legs_of(template.format(a=a, b=b))
    assert found == {("RUS", "UKR", kind): [Count.exact(a)], ("UKR", "RUS", kind): [Count.exact(b)]}


def test_news_a_span_of_weeks_after_and_counts_no_one(legs_of: Callable[..., Any]) -> None:
    text = (
        "On Jan. 3, 230 Ukrainian soldiers were freed in return for 248 Russian ones, "
        "and four weeks later Kyiv got back 207 of its soldiers."
    )
    assert all(c.best != 4 for counts in legs_of(text).values() for c in counts)


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=1, max_value=60),
    st.sampled_from(["citizens", "people", "nationals"]),
)
def test_news_the_same_number_of_people_repeats_the_whole_not_its_last_part(
    legs_of: Callable[..., Any], soldiers: int, civilians: int, people: str
) -> None:
    whole = soldiers + civilians
    text = (
        f"Kyiv brought home {whole} people on Friday — {soldiers} soldiers and {civilians} "
        f"civilians — in a swap that Moscow said had seen the same number of its own {people} "
        "returned."
    )
    found = legs_of(text)
    assert found[("UKR", "RUS", OTHER)] == [Count.exact(whole)]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=30, max_value=400),
    st.integers(min_value=1, max_value=29),
    st.sampled_from(["servicemen", "soldiers", "troops", "prisoners of war"]),
)
def test_news_the_same_number_of_a_kind_repeats_that_kinds_figure_not_the_last(
    legs_of: Callable[..., Any], soldiers: int, civilians: int, kind: str
) -> None:
    """ "... 185 soldiers and 20 civilians, ... Russia received the same number of servicemen"."""
    text = (
        f"On Oct. 2 Kyiv took back {soldiers} soldiers and {civilians} civilians, according to"
        f" the staff, who said Russia had received the same number of {kind}."
    )
    found = legs_of(text)
    assert found[("UKR", "RUS", POW)] == [Count.exact(soldiers)]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=90),
    st.sampled_from(
        [
            "who had been stranded in Ukraine since last summer",
            "who had ended up across the front during the fighting last year",
            "whom Ukrainian troops had taken out of their villages in 2024",
        ]
    ),
)
def test_news_a_date_in_a_relative_clause_on_the_people_makes_no_running_total(
    legs_of: Callable[..., Any], amount: int, relative: str
) -> None:
    text = f"{amount} residents of the Kursk region {relative} have returned to Russia."
    assert legs_of(text) == {("UKR", "RUS", CIVILIANS): [Count.exact(amount)]}
    assert tallies_of(text) == {}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["exchanged", "swapped", "traded"]),
    st.sampled_from(["apiece", "each"]),
    st.sampled_from(
        ["in a deal brokered by Qatar", "officials said", "the first such swap in months"]
    ),
)
def test_news_a_per_side_figure_set_off_after_a_swap_verbs_object_is_read(
    legs_of: Callable[..., Any], amount: int, verb: str, distributor: str, tail: str
) -> None:
    text = f"Russia and Ukraine {verb} prisoners of war, {amount} {distributor}, {tail}."
    assert legs_of(text) == {
        ("RUS", "UKR", POW): [Count.exact(amount)],
        ("UKR", "RUS", POW): [Count.exact(amount)],
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=2000),
    st.sampled_from(["were repatriated", "had been repatriated", "have been repatriated"]),
    st.sampled_from([("Kyiv", "RUS", "UKR"), ("Moscow", "UKR", "RUS")]),
)
def test_news_repatriated_people_go_to_the_speakers_side(
    legs_of: Callable[..., Any], amount: int, verb: str, speaker: tuple[str, str, str]
) -> None:
    name, sender, receiver = speaker
    text = f"On Friday the bodies of {amount:,} people {verb}, {name} said."
    assert legs_of(text) == {(sender, receiver, REMAINS): [Count.exact(amount)]}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=100, max_value=900),
    st.integers(min_value=2, max_value=99),
    st.sampled_from(["regiment", "brigade", "battalion", "marine corps"]),
)
def test_news_a_part_by_unit_is_not_coded_but_a_split_by_kind_is(
    legs_of: Callable[..., Any], whole: int, part: int, unit: str
) -> None:
    text = (
        f"Kyiv said {whole} Ukrainians had been freed, {part} of them fighters of the 36th {unit}."
    )
    assert legs_of(text, breakdowns="both") == {("RUS", "UKR", OTHER): [Count.exact(whole)]}
    # A split by kind that accounts for the whole is coded; one part alone is a subset
    # (the coding conventions), and is not.
    split = (
        f"Kyiv said {whole} Ukrainians had been freed, {whole - part} of them soldiers "
        f"and {part} civilians."
    )
    assert legs_of(split, breakdowns="both")[("RUS", "UKR", CIVILIANS)] == [Count.exact(part)]
    one_part = f"Kyiv said {whole} Ukrainians had been freed, {part} of them civilians."
    assert ("RUS", "UKR", CIVILIANS) not in legs_of(one_part, breakdowns="both")


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from([", too,", ", in turn,", ", for its part,"]),
    st.sampled_from(
        [
            ("In Moscow, the defence ministry says it{a} received {n} servicemen.", "UKR", "RUS"),
            ("Kyiv's headquarters said it{a} had taken back {n} soldiers.", "RUS", "UKR"),
        ]
    ),
)
def test_news_a_short_aside_between_it_and_its_verb_keeps_the_speaker_as_subject(
    legs_of: Callable[..., Any], amount: int, aside: str, case: tuple[str, str, str]
) -> None:
    template, sender, receiver = case
    text = template.format(a=aside, n=amount)
    assert legs_of(text) == {(sender, receiver, POW): [Count.exact(amount)]}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=20, max_value=900),
    st.sampled_from(["Three men from the district", "Two priests", "A local teacher"]),
    st.sampled_from(
        [
            ("Ukrainian defenders freed from Russian captivity", "RUS", "UKR", POW),
            ("Ukrainian civilians released by Russia", "RUS", "UKR", CIVILIANS),
            ("Russian soldiers handed back by Ukraine", "UKR", "RUS", POW),
        ]
    ),
)
def test_news_among_the_n_names_the_group_and_the_subject_is_the_subset(
    legs_of: Callable[..., Any], amount: int, few: str, group: tuple[str, str, str, PersonCategory]
) -> None:
    words, sender, receiver, kind = group
    text = (
        f"{few} {'was' if few.startswith('A ') else 'were'} among the {amount} {words} on Friday."
    )
    assert legs_of(text) == {(sender, receiver, kind): [Count.exact(amount)]}


def test_news_among_those_before_a_figure_still_makes_it_a_part(
    legs_of: Callable[..., Any],
) -> None:
    assert legs_of("Among those freed on Friday were 12 civilians, Kyiv said.") == {}


@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["passed to", "passed over to"]),
    st.sampled_from([("Ukrainian", "Kyiv", "UKR", "RUS"), ("Russian", "Moscow", "RUS", "UKR")]),
    st.sampled_from(["wounded soldiers", "captured marines", "conscripts"]),
)
def test_news_people_passed_to_a_side_go_to_that_side(
    legs_of: Callable[..., Any], count: int, verb: str, side: tuple[str, str, str, str], noun: str
) -> None:
    # "passed" next to "to" is a handover like "handed over to"; the side after "to" receives
    nationality, capital, receiver, sender = side
    text = (
        f"The two sides traded captives on Sunday. Another {count} {nationality} {noun} "
        f"were {verb} {capital} at the border crossing."
    )
    assert legs_of(text) == {(sender, receiver, _category(noun)): [Count.exact(count)]}


def _category(noun: str) -> PersonCategory:
    """The category a plural noun of the test above is coded as."""
    return PersonCategory.WOUNDED_PRISONERS if noun.startswith("wounded") else POW


def test_news_a_figure_that_something_passed_moves_no_one(legs_of: Callable[..., Any]) -> None:
    # without "to" next to it "passed" is a milestone or a vote, never a handover
    assert legs_of("By the summer the number of captured soldiers had passed 1,000.") == {}
    assert legs_of("Parliament passed the law on 300 prisoners of war by 250 votes to 12.") == {}


@given(
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["wounded", "badly injured", "seriously wounded"]),
    st.sampled_from(
        [
            "The sides exchanged captives on Friday. Moscow said it had handed over {n} {w} men.",
            "Russia and Ukraine swapped prisoners again. Kyiv said {n} {w} men came home.",
        ]
    ),
)
def test_news_wounded_men_moved_in_a_prisoner_swap_are_wounded_prisoners(
    legs_of: Callable[..., Any], count: int, wounded: str, template: str
) -> None:
    # "men" names no kind of people, but wounded men handed over in a swap are captives
    legs = legs_of(template.format(n=count, w=wounded))
    assert legs == {("RUS", "UKR", PersonCategory.WOUNDED_PRISONERS): [Count.exact(count)]}


def test_news_wounded_men_beside_civilians_keep_no_kind(legs_of: Callable[..., Any]) -> None:
    # with civilians in the sentence the men may be either, so the figure stays mixed
    legs = legs_of("Russia returned 3 wounded men and 4 civilians to Ukraine on Monday.")
    assert ("RUS", "UKR", PersonCategory.WOUNDED_PRISONERS) not in legs


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from([("Kyiv", "RUS", "UKR"), ("Moscow", "UKR", "RUS")]),
    st.sampled_from(
        [
            "The sides swapped prisoners on Friday. {name} got back {n} men.",
            "In the exchange, {name} received {n} men.",
            "Prisoners were freed again on Friday; {name} received {n} men.",
        ]
    ),
)
def test_news_men_moved_in_a_prisoner_swap_are_prisoners_of_war(
    legs_of: Callable[..., Any], count: int, side: tuple[str, str, str], template: str
) -> None:
    # "men" names no kind of people, but men a prisoner swap moves are its prisoners of war
    name, sender, receiver = side
    legs = legs_of(template.format(n=count, name=name))
    assert legs == {(sender, receiver, PersonCategory.PRISONERS_OF_WAR): [Count.exact(count)]}


@pytest.mark.parametrize(
    "text",
    [
        "In the exchange, Kyiv received 19 men and seven women, all of them civilians.",
        "In the exchange, Kyiv received 40 men, women and children.",
        "Kyiv received 40 men from the occupied town, the mayor said.",
    ],
)
def test_news_men_beside_other_people_or_outside_a_swap_keep_no_kind(
    legs_of: Callable[..., Any], text: str
) -> None:
    assert ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR) not in legs_of(text)


@given(
    st.integers(min_value=2, max_value=40),
    st.sampled_from(["relatives", "their families", "their parents"]),
    st.sampled_from([("Russia", "RUS", "UKR"), ("Ukraine", "UKR", "RUS")]),
    st.sampled_from(["children", "boys", "girls"]),
)
def test_news_children_sent_to_kin_in_a_country_go_to_that_side(
    legs_of: Callable[..., Any], count: int, kin: str, side: tuple[str, str, str], noun: str
) -> None:
    # "sent to relatives in X": the kin on X's soil receive them, as "sent to X" would say
    name, receiver, sender = side
    text = f"Qatar brokered a return of minors. {count} {noun} were sent to {kin} in {name}."
    assert legs_of(text) == {(sender, receiver, PersonCategory.CHILDREN): [Count.exact(count)]}


def test_news_sent_to_anything_but_kin_or_a_side_moves_no_one(legs_of: Callable[..., Any]) -> None:
    # troops sent to places in a country are deployed, not handed over
    assert legs_of("Russia said it had sent 5,000 troops to positions in Ukraine.") == {}
    assert legs_of("Moscow sent 300 conscripts to bases in Russia last spring.") == {}


@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["handed over", "returned", "transferred"]),
    st.sampled_from(
        [
            "after weeks of talks",
            "as the Qatari mediators had asked",
            "on a purely humanitarian basis",
        ]
    ),
    st.sampled_from(
        [("Moscow", "the Ukrainian side", "RUS", "UKR"), ("Kyiv", "the Russian side", "UKR", "RUS")]
    ),
)
def test_news_an_aside_between_to_a_side_and_the_object_keeps_the_object(
    legs_of: Callable[..., Any], count: int, verb: str, aside: str, sides: tuple[str, str, str, str]
) -> None:
    # "returned to the Ukrainian side, after weeks of talks, 120 prisoners": receiver, aside,
    # object
    giver, taker, sender, receiver = sides
    text = f"On Monday {giver} {verb} to {taker}, {aside}, {count} prisoners of war."
    assert legs_of(text) == {(sender, receiver, POW): [Count.exact(count)]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president said 150 Ukrainians, 130 of them soldiers and 20 civilians, were "
            "back on Ukrainian soil by the evening.",
            {
                ("RUS", "UKR", OTHER): [Count.exact(150)],
                ("RUS", "UKR", POW): [Count.exact(130)],
                ("RUS", "UKR", CIVILIANS): [Count.exact(20)],
            },
        ),
        (
            "Moscow said 64 Russian servicemen were back on Russian soil after the swap.",
            {("UKR", "RUS", POW): [Count.exact(64)]},
        ),
        (
            "Forty Ukrainian marines are back on native soil after Tuesday's exchange.",
            {("RUS", "UKR", POW): [Count.exact(40)]},
        ),
    ],
)
def test_news_back_on_a_sides_soil_is_coming_home(
    legs_of: Callable[..., Any], text: str, expected: dict[Any, list[Count]]
) -> None:
    # "back on Ukrainian (Russian, native) soil" reads like "back on home soil"
    assert legs_of(text, breakdowns="both") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The last group of the day: 86 Ukrainian marines are back, the ombudsman says.",
        "By the evening 86 Ukrainian marines were back, according to the headquarters.",
    ],
)
def test_news_people_who_are_back_were_received(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]], text: str
) -> None:
    """ "86 marines are back" tells a return as "are home" does: Ukraine received them."""
    directions = {(leg[1], leg[2]) for leg in recap(text) if leg[4] == "86"}
    assert directions == {("RUS", "UKR")}


def test_news_a_thing_that_is_back_moves_no_one(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]],
) -> None:
    assert not recap("The talks are back on, and 300 prisoners could be freed by May.")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Kyiv said 140 Ukrainians were freed on Tuesday. Those released were 121 "
            "soldiers and sailors, 15 officers and four civilians.",
            [121, 15],
        ),
        (
            "Kyiv said 90 Ukrainians were freed on Tuesday. Those released were 70 "
            "servicemen, 16 officers and four civilians.",
            [70, 16],
        ),
    ],
)
def test_parts_of_one_kind_listed_in_a_sentence_are_each_kept(
    legs_of: Callable[..., Legs], text: str, parts: list[int]
) -> None:
    """ "121 privates and corporals, 15 officers": two items of a list, not one count twice."""
    counts = legs_of(text, breakdowns="both")[("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR)]
    assert sorted(c.best or 0 for c in counts) == sorted(parts)


def test_a_second_count_of_one_kind_not_listed_stays_a_note(legs_of: Callable[..., Legs]) -> None:
    """Two counts of one group of prisoners told apart, not as a list, are not added up."""
    legs = legs_of(
        "Kyiv said 140 Ukrainian soldiers were freed on Tuesday; later it said 142 soldiers."
    )
    assert len(legs.get(("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR), [])) <= 1


@given(
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
    st.sampled_from([("Kyiv got back", "RUS", "UKR"), ("Moscow received", "UKR", "RUS")]),
)
def test_parts_adding_up_to_the_whole_after_including_are_each_read(
    legs_of: Callable[..., Legs], soldiers: int, civilians: int, side: tuple[str, str, str]
) -> None:
    """ "N people, including A soldiers and B civilians" with A + B = N codes A and B too."""
    verb, sender, receiver = side
    whole = soldiers + civilians
    text = f"{verb} {whole:,} people, including {soldiers:,} soldiers and {civilians:,} civilians."
    legs = legs_of(text, breakdowns="both")
    assert [c.best for c in legs[(sender, receiver, POW)]] == [soldiers]
    assert [c.best for c in legs[(sender, receiver, CIVILIANS)]] == [civilians]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=1, max_value=19),
    st.sampled_from(["had been returned", "were brought back", "had come home", "were freed"]),
    st.sampled_from([("Ukrainian", "RUS", "UKR"), ("Russian", "UKR", "RUS")]),
    st.sampled_from(["—", "–"]),
)
def test_news_parts_after_a_dash_closing_the_wholes_verb_go_the_wholes_way(
    legs_of: Callable[..., Any],
    soldiers: int,
    civilians: int,
    verb: str,
    side: tuple[str, str, str],
    dash: str,
) -> None:
    whole = soldiers + civilians
    nationality, sender, receiver = side
    other = "Moscow" if receiver == "UKR" else "Kyiv"
    text = (
        f"On Tuesday the {nationality} side's office said {whole} {nationality}s {verb} "
        f"{dash} {soldiers} servicemen and {civilians} civilians {dash} while {other} said "
        f"{whole} of its soldiers had been released."
    )
    found = legs_of(text, breakdowns="both")
    assert found[(sender, receiver, POW)] == [Count.exact(soldiers)]
    assert found[(sender, receiver, CIVILIANS)] == [Count.exact(civilians)]
    assert (receiver, sender, CIVILIANS) not in found


@pytest.mark.parametrize(
    ("sentence", "leg", "count"),
    [
        (
            "On Friday, 310 bodies, which Moscow says belong to Ukrainian servicemen, arrived "
            "in Ukraine for identification, officials in Kyiv said.",
            ("RUS", "UKR", REMAINS),
            310,
        ),
        (
            "Late on Monday 44 bodies of Russian soldiers arrived in Moscow's custody, the "
            "Russian defence ministry said.",
            ("UKR", "RUS", REMAINS),
            44,
        ),
        (
            "On Friday 65 Ukrainian prisoners of war, freed in the swap, arrived home by bus.",
            ("RUS", "UKR", POW),
            65,
        ),
    ],
)
def test_news_people_arriving_in_a_side_are_received_by_it(
    legs_of: Callable[..., Any], sentence: str, leg: tuple[str, str, PersonCategory], count: int
) -> None:
    assert legs_of(sentence)[leg] == [Count.exact(count)]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday some 300 Russian troops arrived in Kursk to shore up the defences.",
        "About 40 Ukrainian officials arrived in Istanbul on Friday for the talks.",
        "The 500 bodies are expected to arrive in Ukraine next week, officials said.",
        "The brigade has lost 2,000 men since it arrived in the spring, including 300 dead.",
    ],
)
def test_news_arrivals_of_troops_officials_or_a_plan_are_not_handovers(
    legs_of: Callable[..., Any], sentence: str
) -> None:
    assert legs_of(sentence) == {}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=30, max_value=500),
    st.integers(min_value=2, max_value=29),
    st.sampled_from([("Ukraine", "Russia", "UKR", "RUS"), ("Russia", "Kyiv", "RUS", "UKR")]),
    st.sampled_from(["got back", "took back", "brought home"]),
    st.sampled_from(
        [
            'in what {other} called a "humanitarian step"',
            "in a move {other} described as a sign of good faith",
            "as {other} had asked",
        ]
    ),
    st.sampled_from(["received", "also took back", "got back"]),
)
def test_news_a_verb_after_an_aside_opened_by_and_keeps_the_first_subject(
    legs_of: Callable[..., Any],
    n: int,
    m: int,
    sides: tuple[str, str, str, str],
    first: str,
    aside: str,
    second: str,
) -> None:
    # "X got back N and, in what Y called a gesture, received M": Y speaks inside the
    # aside; X still does the second verb, so both figures go to X
    side, other, home, away = sides
    text = (
        f"{side} {first} {n} prisoners of war on Monday and, "
        f"{aside.format(other=other)}, {second} {m} badly wounded soldiers."
    )
    legs = legs_of(text)
    assert {receiver for _, receiver, _ in legs} == {home}
    assert {sender for sender, _, _ in legs} == {away}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from([("Ukrainian", "RUS", "UKR"), ("Russian", "UKR", "RUS")]),
    st.sampled_from(["soldiers", "servicemen", "prisoners of war"]),
    st.sampled_from(
        [
            "are spending their first night at home",
            "spent their first night back home",
            "are spending their first night back home",
        ]
    ),
)
def test_news_a_first_night_at_home_is_coming_home(
    legs_of: Callable[..., Any],
    n: int,
    side: tuple[str, str, str],
    people: str,
    spending: str,
) -> None:
    # "75 servicemen are spending their first night at home" tells a return as "are home" does
    nationality, sender, receiver = side
    legs = legs_of(f"On Friday {n} {nationality} {people} {spending} after the exchange.")
    assert legs == {(sender, receiver, POW): [Count.exact(n)]}


@pytest.mark.parametrize(
    "text",
    [
        # "spend" alone moves no one: days in captivity, a night for evacuees
        "The soldier spent 880 days in captivity before the swap.",
        "Dozens of families spent their first night at home after the evacuation.",
    ],
)
def test_news_spending_time_moves_no_one(legs_of: Callable[..., Any], text: str) -> None:
    assert legs_of(text) == {}


@settings(max_examples=40, deadline=None)
@given(
    soldiers=st.integers(min_value=20, max_value=900),
    civilians=st.integers(min_value=2, max_value=150),
    dash=st.sampled_from(["\u2013", "\u2014", "-"]),
    said=st.sampled_from(["", ", it says,", ", the ministry said,"]),
    when=st.sampled_from(["", " during last year's incursion", " in 2024"]),
)
def test_news_an_including_aside_between_dashes_is_skipped_and_keeps_its_dates(
    periods: Callable[[str, date], set[str]],
    legs_of: Callable[..., Legs],
    soldiers: int,
    civilians: int,
    dash: str,
    said: str,
    when: str,
) -> None:
    """ "270 Russian servicemen and 120 civilians - including, it says, residents of the
    Kursk region taken to Ukraine last year - were returned": the aside, spaced hyphen
    or dash, commas and dates of its own included, is no part of the verb's clause."""
    text = (
        f"On Friday, {soldiers} Russian servicemen and {civilians} civilians {dash} "
        f"including{said} residents of the Kursk region taken to Ukraine{when} {dash} "
        "were returned to Russia."
    )
    assert legs_of(text) == {
        ("UKR", "RUS", POW): [Count.exact(soldiers)],
        ("UKR", "RUS", CIVILIANS): [Count.exact(civilians)],
    }
    assert periods(text, date(2025, 5, 24)) == {"2025-05-23"}


def test_news_a_hyphen_inside_a_word_opens_no_aside(legs_of: Callable[..., Legs]) -> None:
    text = (
        "On Friday, 84 Russian servicemen, including well-known officers, were returned to Russia."
    )
    assert legs_of(text) == {("UKR", "RUS", POW): [Count.exact(84)]}


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=20, max_value=1500),
    dash=st.sampled_from(["\u2013", "\u2014", "-"]),
    since=st.sampled_from(["July", "the spring", "2024"]),
)
def test_news_a_span_past_a_dash_sizes_no_running_total(
    receipts: Callable[[str], tuple[Any, Any]], count: int, dash: str, since: str
) -> None:
    """ "took back another 1,000 bodies - the fourth handover of that size since July": the
    span belongs to the aside after the dash (or spaced hyphen), not to the figure."""
    text = (
        f"On Thursday Ukraine took back another {count} bodies {dash} "
        f"the fourth handover of roughly that size since {since}."
    )
    moved, tallied = receipts(text)
    assert moved == {("UKR", "remains", str(Count.exact(count)))}
    assert not tallied


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=20, max_value=900),
    dash=st.sampled_from(["\u2013", "\u2014", "-"]),
    parts=st.sampled_from(
        [
            "most of them soldiers, a few of them civilians",
            "some of them held since 2022",
            "many of them wounded",
        ]
    ),
)
def test_news_a_partitive_aside_closed_by_a_dash_leaves_the_verb_to_the_figure(
    legs_of: Callable[..., Legs], count: int, dash: str, parts: str
) -> None:
    """ "189 Ukrainians - most of them soldiers, a few of them civilians - came home": the
    closing dash (or spaced hyphen) ends the partitive aside; the verb is the figure's."""
    got = legs_of(f"On 30 December, {count} Ukrainians {dash} {parts} {dash} came home.")
    assert got == {("RUS", "UKR", OTHER): [Count.exact(count)]}


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from([("getting back", True), ("receiving", True), ("handing over", False)]),
    _HOMES,
    st.sampled_from(["soldiers", "prisoners of war"]),
)
def test_news_a_side_in_an_absolute_with_clause_does_its_participles_deed(
    legs_of: Callable[..., Any],
    amount: int,
    verb: tuple[str, bool],
    home: tuple[str, str, str],
    noun: str,
) -> None:
    """ "The swap was the largest, with Ukraine getting back 90 prisoners": Ukraine gets them."""
    name, side, other = home
    text = f"The swap on Friday was the largest yet, with {name} {verb[0]} {amount} {noun}."
    way = (other, side) if verb[1] else (side, other)
    assert legs_of(text) == {(*way, POW): [Count.exact(amount)]}


def test_news_a_swap_with_a_side_keeps_that_side_a_partner(legs_of: Callable[..., Any]) -> None:
    """ "Kyiv agreed a swap with Russia, handing over 90": Russia is not who hands over."""
    assert legs_of("Kyiv agreed a swap with Russia, handing over 90 prisoners.") == {
        ("UKR", "RUS", POW): [Count.exact(90)]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv swapped 45 Azovstal defenders for 3 Russian pilots.",
            {("RUS", "UKR", POW): [Count.exact(45)], ("UKR", "RUS", POW): [Count.exact(3)]},
        ),
        (
            "Moscow swapped 60 prisoners for 52 Ukrainian soldiers.",
            {("UKR", "RUS", POW): [Count.exact(60)], ("RUS", "UKR", POW): [Count.exact(52)]},
        ),
        (
            "Kyiv swapped 45 prisoners for 30 Ukrainian soldiers.",
            {("UKR", "RUS", POW): [Count.exact(45)], ("RUS", "UKR", POW): [Count.exact(30)]},
        ),
    ],
)
def test_news_a_side_swaps_the_others_people_for_its_own(
    legs_of: Callable[..., Any], text: str, expected: Legs
) -> None:
    """ "Kyiv swapped 45 defenders for 3 Russian pilots": Kyiv gave the Russians it held."""
    assert legs_of(text) == expected
