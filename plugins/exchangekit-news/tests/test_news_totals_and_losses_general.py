"""Running totals and loss claims read from constructions general in news English.

Each rule is checked on sentences written here, several wordings of the same
construction, so a rule that only fits one article's words fails.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period, PersonCategory, Population


@pytest.mark.parametrize(
    "text",
    [
        "Since 2022, Kyiv has taken back the remains of more than 9,400 people from Russia.",
        "The bodies of some 7,200 people have been returned to Ukraine since the invasion began.",
        "Ukraine has so far received the remains of about 5,100 Ukrainians, officials said.",
    ],
)
def test_news_total_of_the_bodies_of_people_is_of_remains(
    news: Callable[..., Any], text: str
) -> None:
    # "the remains of N people": the people are dead, whatever noun counts them
    (tally,) = news(text).tallies
    assert tally.receiver.code == "UKR"
    assert tally.category is PersonCategory.REMAINS


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # a stateless helper
@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(["bodies", "remains"]))
def test_news_total_of_the_bodies_of_people_keeps_any_figure(
    news: Callable[..., Any], n: int, noun: str
) -> None:
    result = news(f"Since 2022, Ukraine has recovered the {noun} of {n:,} people from Russia.")
    assert [(t.receiver.code, t.category, t.count) for t in result.tallies] == [
        ("UKR", PersonCategory.REMAINS, Count.exact(n))
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Kyiv put Russian dead at 5,000 and the wounded at 9,000 on Monday.", "RUS"),
        (
            "Western officials put the number of Ukrainian dead at about 31,000 and the "
            "wounded at 60,000.",
            "UKR",
        ),
        (
            "Ukraine's military estimated North Korean dead at some 1,400 and the wounded at "
            "3,100 last month.",
            "PRK",
        ),
    ],
)
def test_news_parallel_at_figures_keep_their_own_loss_nouns(
    news: Callable[..., Any], text: str, side: str
) -> None:
    # "put X at A and the Y at B": "and the" opens the second figure's noun group, so
    # the first figure is not of the wounded and the second is not lost
    claims = news(text).claims
    assert [(c.subject.code, c.category.value) for c in claims] == [
        (side, "killed"),
        (side, "wounded"),
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("On the Ukrainian side, they put the number of dead at close to 42,000.", "UKR"),
        ("On the Russian side, the death toll was estimated at 61,000 by the analysts.", "RUS"),
        ("For Russia, the officials said, the number of dead had reached 88,000.", "RUS"),
    ],
)
def test_news_an_opening_frame_names_whose_losses(
    news: Callable[..., Any], text: str, side: str
) -> None:
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value) == (side, "killed")


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.integers(min_value=2, max_value=450_000),
    more=st.integers(min_value=1, max_value=450_000),
    sides=st.sampled_from([("Russian", "Ukraine", "UKR"), ("Ukrainian", "Russia", "RUS")]),
    mark=st.sampled_from([";", ","]),
    verb=st.sampled_from(["it estimated", "the authors estimated", "they put the figure at"]),
)
def test_news_for_a_side_opening_a_clause_names_whose_losses_follow(
    news: Callable[..., Any],
    first: int,
    more: int,
    sides: tuple[str, str, str],
    mark: str,
    verb: str,
) -> None:
    """The side after "for": "...; for Ukraine it estimated close to 400,000 casualties"."""
    second = first + more
    text = (
        f"The report put {sides[0]} casualties at {first:,}{mark} for {sides[1]} {verb}"
        f" {second:,} casualties."
    )
    subjects = {(c.subject.code, c.count) for c in news(text).claims}
    assert (sides[2], Count.exact(second)) in subjects
    assert sides[2] not in {code for code, count in subjects if count == Count.exact(first)}


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    side=st.sampled_from((("Ukrainian", "UKR"), ("Russian", "RUS"))),
    fighters=st.sampled_from(("soldiers", "troops", "servicemen")),
    amount=st.integers(min_value=2, max_value=90).map(lambda n: n * 1_000),
    middle=st.sampled_from(
        (
            "there is no public count, and the government gave its last figure in February",
            "the ministry gave its latest figure in February",
        )
    ),
    dash=st.sampled_from(("—", "-", "–")),
)
def test_news_a_sentence_opening_on_a_sides_fighters_sets_the_subject(
    news: Callable[..., Any],
    side: tuple[str, str],
    fighters: str,
    amount: int,
    middle: str,
    dash: str,
) -> None:
    """ "For Ukrainian soldiers ... last figure - 46,000 killed": the side the sentence opens on."""
    text = f"For {side[0]} {fighters} {middle} {dash} more than {amount:,} killed."
    claims = {(c.subject.code, c.category.value, c.count) for c in news(text).claims}
    assert claims == {(side[1], "killed", Count.more_than(amount))}


@pytest.mark.parametrize(
    "text",
    [
        # fighters after "for" inside the sentence are what a side gave, not its topic
        "Kyiv swapped 50 Russians for Ukrainian soldiers, and 300 were killed.",
        # a semicolon closes the opener's reach
        "For Russian troops the defence ministry gave no figure; officials say 5,000 were killed.",
        # people who are no fighters set no subject
        "For Ukrainian prisoners the ordeal was long, and 300 were killed.",
    ],
)
def test_news_fighters_after_for_set_no_subject_elsewhere(
    news: Callable[..., Any], text: str
) -> None:
    assert not news(text).claims


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # "for" with people of a side is no subject: they are the people traded for
        ("Kyiv said 95 soldiers came home; for Russian prisoners, 95 were handed over.", set()),
        # "for" after a comma but with a possessive is no clause's subject
        ("Russia lost 300 soldiers, for Ukraine's gain, officials said.", {"RUS"}),
    ],
)
def test_news_for_a_side_names_no_subject_unless_it_opens_a_clause_as_a_noun(
    news: Callable[..., Any], text: str, sides: set[str]
) -> None:
    assert {c.subject.code for c in news(text).claims} == sides


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says 5,300 bodies have come back to Ukraine since May; the equivalent figure "
        "for Russia, by Moscow's account, is 212.",
        "Since May, 5,300 bodies have been returned to Ukraine, the headquarters said. For "
        "Russia, the corresponding number was 212.",
        "Ukraine has received the remains of 5,300 soldiers since May, officials said, while "
        "the comparable total for Russia stood at 212.",
    ],
)
def test_news_the_equivalent_figure_for_the_other_side_is_its_total(
    news: Callable[..., Any], text: str
) -> None:
    # "the equivalent figure for Russia": the same measure, span and kind, the other way
    tallies = news(text).tallies
    assert [(t.sender.code, t.receiver.code, t.category, t.count) for t in tallies] == [
        ("RUS", "UKR", PersonCategory.REMAINS, Count.exact(5300)),
        ("UKR", "RUS", PersonCategory.REMAINS, Count.exact(212)),
    ]
    assert tallies[0].covers == tallies[1].covers


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine says 40,000 of its soldiers have been killed. The equivalent figure for "
        "Russia is about 120,000.",
        "Kyiv says 40,000 Ukrainian soldiers have been killed, and that the corresponding "
        "number for Russia is about 120,000.",
    ],
)
def test_news_the_equivalent_loss_figure_for_the_other_side(
    news: Callable[..., Any], text: str
) -> None:
    claims = news(text).claims
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        ("UKR", "killed", Count.exact(40_000)),
        ("RUS", "killed", Count.parse("about 120,000")),
    ]


def test_news_an_equivalent_figure_without_a_figure_before_it_is_nothing(
    news: Callable[..., Any],
) -> None:
    # nothing was stated for it to be equivalent to: no side's total, no claim
    read = news("The equivalent figure for Russia is 300, the ministry said.")
    assert (read.tallies, read.claims, read.exchanges) == ([], [], [])


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Zelensky thanked the mediators on Friday. His aide Kovalenko said 2,450 people "
            "had been brought back from captivity since the start of the invasion.",
            "UKR",
        ),
        (
            "Russia's defence ministry announced the swap. Ivanov added that since 2022, "
            "1,310 servicemen had been returned home.",
            "RUS",
        ),
        (
            "Kyiv's ombudsman welcomed the news. Since the war began, Hrytsenko wrote, 3,020 "
            "people have come back from captivity.",
            "UKR",
        ),
    ],
)
def test_news_a_total_told_by_an_unknown_speaker_is_of_the_side_last_heard(
    news: Callable[..., Any], text: str, home: str
) -> None:
    # the speaker's side is not known; the side last heard speaking sums its homecomings
    (tally,) = news(text).tallies
    assert tally.receiver.code == home


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky thanked the mediators. Since the war began, 3,020 prisoners have been exchanged.",
        "Since the war began, 3,020 prisoners have been exchanged, Zelensky said.",
        "Since 2022, some 2,900 captives have been swapped, according to Kyiv.",
    ],
)
def test_news_a_total_swapped_with_no_side_is_no_one_way_total(
    news: Callable[..., Any], text: str
) -> None:
    # "exchanged", "swapped": both ways together, whoever says it
    assert news(text).tallies == []


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "The list of Ukrainian soldiers whose deaths volunteers have confirmed by name "
            "stood at 70,412 at the end of May.",
            "UKR",
            "70,412",
        ),
        (
            "Researchers who track named Russian war dead say their database, which they call "
            "a floor, passed 150,000 in the spring.",
            "RUS",
            "more than 150,000",
        ),
        (
            "A register of Russian officers whose deaths were announced in local media had "
            "grown to 6,100 by March.",
            "RUS",
            "6,100",
        ),
    ],
)
def test_news_a_register_of_the_dead_counts_the_side_it_names(
    news: Callable[..., Any], text: str, side: str, count: str
) -> None:
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value, claim.count) == (
        side,
        "killed",
        Count.parse(count),
    )


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "Kyiv's register of the missing now holds more than 52,000 Ukrainians, civilians "
            "and soldiers alike.",
            "UKR",
            "more than 52,000",
        ),
        (
            "About 9,300 Ukrainians — soldiers and civilians together — are listed as missing, "
            "the ombudsman said.",
            "UKR",
            "about 9,300",
        ),
        (
            "Some 2,100 Russians, troops as well as civilians, are missing in the Kursk region, "
            "Moscow said.",
            "RUS",
            "some 2,100",
        ),
    ],
)
def test_news_a_toll_of_soldiers_and_civilians_together_counts_everyone(
    news: Callable[..., Any], text: str, side: str, count: str
) -> None:
    # neither a civilian toll nor one of fighters: kept, as a figure of everyone
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value, claim.count) == (
        side,
        "missing",
        Count.parse(count),
    )
    assert claim.population is Population.ALL


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "Ukraine says it has captured two North Korean soldiers, who said they wanted to go "
            "to South Korea rather than return home.",
            "PRK",
            2,
        ),
        (
            "Kyiv said its forces had captured three North Korean soldiers, who hope to be "
            "handed over to Seoul.",
            "PRK",
            3,
        ),
        (
            "Russia's defence ministry said its troops had captured 12 Ukrainian marines, who "
            "later asked to be returned home.",
            "UKR",
            12,
        ),
    ],
)
def test_news_a_capture_stays_a_capture_whatever_the_captives_hope_for(
    news: Callable[..., Any], text: str, side: str, count: int
) -> None:
    # a verb of capturing right before the figure: a wish to go home frees no one
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value, claim.count) == (
        side,
        "captured",
        Count.exact(count),
    )


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "The whereabouts of some 1,900 Ukrainian soldiers are still unknown, the ombudsman "
            "said.",
            "UKR",
            "some 1,900",
        ),
        (
            "Moscow said the fate of 640 Russian servicemen remained unknown after the battle.",
            "RUS",
            "640",
        ),
        (
            "Kyiv says the whereabouts of more than 3,000 of its soldiers who fought in Mariupol "
            "are unknown.",
            "UKR",
            "more than 3,000",
        ),
        # papers handed over in the next clause move no one: the people stay missing
        (
            "Kyiv said the fate of 270 Ukrainian marines was unknown and that their names "
            "had been passed to Moscow through the Red Cross.",
            "UKR",
            "270",
        ),
        (
            "Moscow says the whereabouts of about 90 Russian soldiers remain unknown, and a "
            "list of them has been handed over to Ukraine.",
            "RUS",
            "about 90",
        ),
    ],
)
def test_news_people_whose_fate_is_unknown_are_missing(
    news: Callable[..., Any], text: str, side: str, count: str
) -> None:
    assert not news(text).exchanges
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value, claim.count) == (
        side,
        "missing",
        Count.parse(count),
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin, which last updated its own figure of 5,937 dead in September 2022, "
        "declined to comment.",
        "Russia's defence ministry has not updated its own count of 5,937 dead since "
        "September 2022.",
        "Kyiv, which keeps its own losses secret, called the numbers guesswork; Moscow's "
        "own tally of 5,937 dead dates from 2022.",
    ],
)
def test_news_its_own_figure_of_dead_is_the_owners(news: Callable[..., Any], text: str) -> None:
    # "its own figure of N dead": the side the figure belongs to, not one named before ";"
    claims = news(text).claims
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        ("RUS", "killed", Count.exact(5937))
    ]


def test_news_a_side_said_to_have_losses_does_not_reach_past_a_semicolon(
    news: Callable[..., Any],
) -> None:
    # the side opening the sentence has losses, but the clause after ";" is another's
    claims = news(
        "Kyiv, which treats its own losses as secret, dismissed the numbers; Moscow's last "
        "official toll, given seven months ago, was 5,937 dead."
    ).claims
    assert "UKR" not in {c.subject.code for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "Counting Monday's and Tuesday's stages, 480 Ukrainians have now come home, Kyiv said.",
        "Together with the first group, Kyiv said, 480 Ukrainians have now returned home.",
        "Zelensky said that, taken together, the two stages had brought 480 Ukrainians home.",
    ],
)
def test_news_a_clause_opened_by_adding_stages_up_is_a_running_total(
    news: Callable[..., Any], text: str
) -> None:
    # the sum of several handovers, not one more exchange
    read = news(text)
    assert read.exchanges == []
    assert [(t.receiver.code, t.count) for t in read.tallies] == [("UKR", Count.exact(480))]


def test_news_a_part_added_together_with_people_is_no_total(news: Callable[..., Any]) -> None:
    # "together with" inside the clause adds people to one handover; it sums no stages
    read = news("Russia released 50 Ukrainian soldiers together with ten civilians on Friday.")
    assert read.tallies == []
    assert read.exchanges != []


def test_news_a_running_total_today_in_a_live_blog_entry_is_the_entrys_day(
    news: Callable[..., Any],
) -> None:
    text = (
        "Live: the swap\n\nFriday 23 May\n\n14:05 — The exchange began, Kyiv said.\n\n"
        "Saturday 24 May\n\n16:55 — Counting yesterday and today, almost 700 people have now "
        "come back in each direction, the headquarters said.\n"
    )
    tallies = news(text, published=date(2025, 5, 25)).tallies
    assert len(tallies) == 2
    assert {t.as_of for t in tallies} == {Period.day(date(2025, 5, 24))}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Zelensky welcomed the children. The number of children returned since 2022 has "
            "grown to 1,390, the presidential office said.",
            "UKR",
        ),
        (
            "Russia's defence ministry confirmed the swap. The number of servicemen brought "
            "back since the operation began now stands at 2,210, the ombudsman's office said.",
            "RUS",
        ),
    ],
)
def test_news_the_number_returned_told_by_an_office_of_no_known_side(
    news: Callable[..., Any], text: str, home: str
) -> None:
    (tally,) = news(text).tallies
    assert tally.receiver.code == home


@pytest.mark.parametrize(
    "text",
    [
        "Staff at a morgue in the Kyiv region said they had received 46 refrigerated "
        "containers over the summer.",
        "The forensic centre said it had received 30 mobile laboratories since June.",
        "A week later the morgue received 12 cooling units, the ministry said.",
    ],
)
def test_news_a_number_of_things_after_a_verb_of_handing_over_is_no_figure(
    news: Callable[..., Any], text: str
) -> None:
    # "received 46 refrigerated containers": things, not people, even right after a
    # handover of bodies has made remains the kind the text is about
    read = news("Ukraine received 1,000 bodies from Russia on Thursday. " + text)
    transfers = [(t.receiver.code, t.count) for e in read.exchanges for t in e.transfers]
    assert transfers == [("UKR", Count.exact(1000))]
    assert (read.tallies, read.claims) == ([], [])


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # a stateless helper
@given(st.integers(min_value=2, max_value=9_999), st.sampled_from(["on Friday", "today", ""]))
def test_news_a_bare_number_after_a_verb_of_handing_over_still_counts_people(
    news: Callable[..., Any], n: int, when: str
) -> None:
    read = news(f"Ukraine handed over 90 Russian soldiers and received {n:,} {when}.")
    counts = {t.count for e in read.exchanges for t in e.transfers}
    assert Count.exact(n) in counts


@pytest.mark.parametrize(
    "text",
    [
        "The ICRC says it has received requests about more than 100,000 people since 2022.",
        "Since 2022 the Red Cross has received enquiries about 16,000 Ukrainian soldiers.",
        "The ombudsman's office received appeals concerning 3,500 Ukrainian prisoners so far.",
    ],
)
def test_news_requests_about_people_move_no_one(news: Callable[..., Any], text: str) -> None:
    # what arrived are requests; the people they ask after went nowhere
    read = news(text)
    assert (read.exchanges, read.tallies) == ([], [])


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "The project, which counts soldiers whose deaths are confirmed by obituaries, has "
            "compiled a list of 52,000 Russian soldiers.",
            "RUS",
        ),
        (
            "A volunteer group that records only troops whose deaths can be tied to a grave "
            "had by May put together a register of 52,000 Ukrainian servicemen.",
            "UKR",
        ),
    ],
)
def test_news_a_list_of_people_whose_deaths_are_recorded_counts_the_dead(
    news: Callable[..., Any], text: str, side: str
) -> None:
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value, claim.count) == (
        side,
        "killed",
        Count.exact(52_000),
    )


def test_news_a_list_of_prisoners_for_a_swap_is_no_toll(news: Callable[..., Any]) -> None:
    read = news("Kyiv has handed Moscow a list of 500 Russian prisoners it is ready to swap.")
    assert read.claims == []


@pytest.mark.parametrize(
    "opener",
    ["Together with Friday's group", "Counting Friday's stage", "Added together with Friday's"],
)
def test_news_the_days_added_up_do_not_date_the_sum(news: Callable[..., Any], opener: str) -> None:
    # the sum stands on the day it is told (Saturday here), not on the earlier stage's day
    text = f"{opener}, the headquarters said on Saturday, 520 Ukrainians have now come home."
    (tally,) = news(text, published=date(2025, 5, 24)).tallies
    assert tally.as_of == Period.day(date(2025, 5, 24))


@pytest.mark.parametrize(
    ("text", "side", "category", "count"),
    [
        (
            "Western officials have said Russia's dead likely number in the tens of thousands.",
            "RUS",
            "killed",
            "tens of thousands",
        ),
        (
            "Officials said Ukraine's dead likely number about 60,000.",
            "UKR",
            "killed",
            "about 60,000",
        ),
        (
            "The agency said Russian losses likely stood at 300,000 by then.",
            "RUS",
            "total_losses",
            "300,000",
        ),
    ],
)
def test_news_likely_before_a_present_count_is_a_hedge_not_a_projection(
    news: Callable[..., Any], text: str, side: str, category: str, count: str
) -> None:
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value, claim.count) == (
        side,
        category,
        Count.parse(count),
    )


def test_news_likely_to_reach_is_still_a_projection(news: Callable[..., Any]) -> None:
    assert news("Ukraine's losses are likely to reach 100,000 by the summer.").claims == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Kyiv has verified more than 2,100 names of Ukrainians held in Russia.", "UKR"),
        (
            "Moscow says it has checked 2,100 names of Russian servicemen in Ukrainian captivity.",
            "RUS",
        ),
        ("The register now contains 2,100 names of Russian servicemen held by Ukraine.", "RUS"),
    ],
)
def test_news_names_of_people_held_count_captives(
    news: Callable[..., Any], text: str, side: str
) -> None:
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value) == (side, "captured")
    assert claim.count.low >= 2100


def test_news_names_of_people_said_in_a_clause_to_be_held_are_no_count(
    news: Callable[..., Any],
) -> None:
    # a banner's names of men "they say are still held" is no one's count of captives
    read = news("The families carried a banner listing 2,500 names of men they say are still held.")
    assert read.claims == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Russia's defence ministry said that 1,730 soldiers had surrendered by Friday.", "UKR"),
        ("Ukraine's General Staff said 64 soldiers had 'surrendered' near Sudzha.", "RUS"),
        # a side's own people held by the enemy stay its own
        ("Zelensky said 8,000 soldiers are still held in Russian captivity.", "UKR"),
        ("Ukraine says 900 of its soldiers were taken prisoner in Mariupol.", "UKR"),
    ],
)
def test_news_soldiers_a_government_says_surrendered_are_the_enemys(
    news: Callable[..., Any], text: str, side: str
) -> None:
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value) == (side, "captured")


@pytest.mark.parametrize(
    "text",
    [
        "Twelve of the Ukrainian women had been held at the camp near Olenivka.",
        "Some 40 of the Ukrainian sailors had been detained in Crimea since 2022.",
        "Most of them, 85 Ukrainian soldiers, had been kept in a prison in Taganrog.",
    ],
)
def test_news_people_who_had_been_held_are_no_count_of_captives(
    news: Callable[..., Any], text: str
) -> None:
    # a captivity told in the pluperfect is over, as after a release
    before = "Russia freed 95 Ukrainians on Friday. "
    assert [c for c in news(before + text).claims if c.category.value == "captured"] == []


def test_news_people_who_had_been_captured_are_still_a_count(news: Callable[..., Any]) -> None:
    (claim,) = news(
        "Kyiv said 1,200 Russian soldiers had been captured in the Kursk region."
    ).claims
    assert (claim.subject.code, claim.category.value) == ("RUS", "captured")


@pytest.mark.parametrize(
    ("text", "side", "category"),
    [
        (
            "Seoul said that of the roughly 12,000 soldiers Pyongyang sent to Russia, around "
            "3,900 had become casualties.",
            "PRK",
            "total_losses",
        ),
        (
            "Of the 11,000 North Korean soldiers sent to Kursk, around 3,900 had become "
            "casualties.",
            "PRK",
            "total_losses",
        ),
        ("Of the 2,000 Ukrainian marines in the city, about 3,900 were killed.", "UKR", "killed"),
    ],
)
def test_news_a_bare_part_of_a_whole_takes_the_wholes_side(
    news: Callable[..., Any], text: str, side: str, category: str
) -> None:
    # "Of the N soldiers X sent, M had become casualties": M are X's
    claims = [c for c in news(text).claims if c.count.best == 3900]
    assert [(c.subject.code, c.category.value) for c in claims] == [(side, category)]


@pytest.mark.parametrize(
    "second",
    [
        "Russian officials have said that fewer than 1,000 bodies of Russian servicemen have "
        "come back over the same period.",
        "In the same period, Russia got back about 900 of its dead.",
        "Moscow says it has received 870 bodies of its soldiers during the same period.",
    ],
)
def test_news_a_figure_over_the_same_period_is_a_total_too(
    news: Callable[..., Any], second: str
) -> None:
    # "over the same period": the span of the total just stated, so not one handover
    read = news("Since 2022 Ukraine has received more than 12,000 bodies, Kyiv says. " + second)
    assert read.exchanges == []
    assert [(t.receiver.code, t.category) for t in read.tallies] == [
        ("UKR", PersonCategory.REMAINS),
        ("RUS", PersonCategory.REMAINS),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow accused Kyiv of shelling the city of Belgorod, killing 14 people, and said "
        "the exchange would go ahead.",
        "A missile struck a market in Kharkiv on Monday, killing 14 people.",
        "Drones hit apartment blocks in Kursk overnight, injuring 14 residents.",
        # told by an official, the toll of one attack is still that attack's news
        "Regional officials said a drone attack on Kherson overnight wounded 14 people.",
    ],
)
def test_news_people_one_attack_killed_are_no_claim(news: Callable[..., Any], text: str) -> None:
    """ "shelled the city, killing 14 people": one attack's toll is news, no side's claim."""
    read = news(text)
    assert read.exchanges == []
    assert read.claims == []


def test_news_an_attack_placed_nowhere_names_no_side(news: Callable[..., Any]) -> None:
    # the attacker is not the side whose people died
    assert news("A Russian missile struck a market, killing 17 people.").claims == []


@settings(max_examples=30, deadline=None)
@given(
    dead=st.integers(min_value=1_000, max_value=90_000),
    hurt=st.integers(min_value=100_000, max_value=900_000),
    side=st.sampled_from((("Ukrainian", "UKR"), ("Russian", "RUS"))),
    harm=st.sampled_from(("wounds", "injuries")),
)
def test_news_those_treated_for_wounds_are_the_wounded_and_moved_nowhere(
    news: Callable[..., Any], dead: int, hurt: int, side: tuple[str, str], harm: str
) -> None:
    # "43,000 soldiers had been killed ... and 370,000 had received treatment for wounds":
    # people who "received" care are the wounded, not people a side received back.
    text = (
        f"The president said {dead:,} {side[0]} soldiers had been killed since the invasion "
        f"and {hurt:,} had received treatment for {harm}."
    )
    result = news(text)
    claims = {(getattr(c.subject, "code", None), c.category.value, c.count) for c in result.claims}
    assert claims == {
        (side[1], "killed", Count.exact(dead)),
        (side[1], "wounded", Count.exact(hurt)),
    }
    assert result.exchanges == []


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said 370 Ukrainian soldiers had received medical care in Chernihiv.",
        "The minister said 2,000 returned soldiers had received compensation payments.",
    ],
)
def test_news_people_who_received_care_are_no_handover(news: Callable[..., Any], text: str) -> None:
    assert news(text).exchanges == []


def test_news_a_side_that_received_soldiers_still_took_them_back(
    news: Callable[..., Any],
) -> None:
    result = news("Ukraine received 95 soldiers from Russia on Friday.")
    assert [t.count.best for e in result.exchanges for t in e.transfers] == [95]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # a stateless helper
@given(
    st.integers(min_value=1_000, max_value=2_000_000),
    st.sampled_from([("Ukrainian", "UKR"), ("Russian", "RUS"), ("Ukraine's", "UKR")]),
    st.sampled_from(["exceed", "surpass"]),
    st.sampled_from(["", " people", " troops"]),
)
def test_news_losses_that_exceed_a_level_are_more_than_it(
    news: Callable[..., Any], n: int, side: tuple[str, str], verb: str, noun: str
) -> None:
    """A plural subject's present tense hedges like "has exceeded": "losses exceed 700,000"."""
    adjective, code = side
    result = news(f"The defence ministry says {adjective} losses {verb} {n:,}{noun}.")
    assert [(c.subject.code, c.category.value, c.count) for c in result.claims] == [
        (code, "total_losses", Count.more_than(n))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Recruitment bonuses, which in some regions now exceed 2 million rubles, are rising.",
        "Such figures would exceed the entire strength of Ukraine's armed forces.",
    ],
)
def test_news_what_exceeds_no_loss_is_no_claim(news: Callable[..., Any], text: str) -> None:
    assert news(text).claims == []
