"""Casualty claims in constructions seen across several blind sets (issue 8, round 2).

Each test is one broad habit of English war reporting: a plural demonym of
two words counts people ("North Koreans"), ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul's spy agency believes some 1,500 North Koreans have been killed or wounded.",
            ("PRK", "total_losses", Count.approx(1_500)),
        ),
        (
            "More than 1,500 North Koreans were killed or injured near Sudzha, Kyiv said.",
            ("PRK", "total_losses", Count.more_than(1_500)),
        ),
        (
            "Kyiv's military intelligence reports that 1,500 North Koreans have died so far.",
            ("PRK", "killed", Count.exact(1_500)),
        ),
    ],
)
def test_news_a_two_word_plural_demonym_counts_people(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's human rights commissioner said about 6,000 are in Russian captivity.",
            Count.approx(6_000),
        ),
        (
            "Of the missing, Ukraine's ombudsman believes some 6,000 are now in Russian custody.",
            Count.approx(6_000),
        ),
        (
            "Ukraine's ombudsman believes that over 6,000 remain in Russian captivity.",
            Count.more_than(6_000),
        ),
    ],
)
def test_news_people_said_to_be_in_captivity_without_a_noun(
    found: Callable[..., Any], news: News, text: str, expected: Count
) -> None:
    # "N are in (Russian) captivity": a state told with "be", the figure's own predicate
    assert found(news(text)) == {("UKR", "captured", expected)}


@pytest.mark.parametrize(
    "rest",
    [
        "and that 3,000 more were still in Russian hands",
        "while 3,000 more were being held in Russia",
        "but 3,000 more are being held by Russia",
    ],
)
def test_news_others_still_held_beside_people_freed(
    found: Callable[..., Any], news: News, rest: str
) -> None:
    # people freed earlier in the sentence do not make the others "more" than them freed
    text = f"Ukraine's ombudsman said that 1,200 Ukrainians had been freed this year, {rest}."
    read = news(text)
    assert ("UKR", "captured", Count.exact(3_000)) in found(read)


@pytest.mark.parametrize(
    "second",
    [
        "Last spring she had spoken of 21,000 dead and 90,000 wounded.",
        "A year ago the figures she gave were 21,000 dead and 90,000 wounded.",
        "Her office had earlier put the toll at 21,000 dead, with 90,000 wounded.",
    ],
)
def test_news_the_dead_of_no_named_side_carry_the_passage_side(
    found: Callable[..., Any], news: News, second: str
) -> None:
    # a casualty noun in a sentence naming no side goes on with the latest claim's side
    text = (
        "The Ukrainian defence minister said on Monday that 30,000 Ukrainian soldiers had "
        f"been killed since the invasion. {second}"
    )
    assert {
        ("UKR", "killed", Count.exact(21_000)),
        ("UKR", "wounded", Count.exact(90_000)),
    } <= found(news(text))


def test_news_a_named_side_is_not_overridden_by_the_passage_side(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "The Ukrainian defence minister said on Monday that 30,000 Ukrainian soldiers had "
        "been killed since the invasion. He put Russia's toll at 90,000 dead."
    )
    assert ("RUS", "killed", Count.exact(90_000)) in found(news(text))
    assert ("UKR", "killed", Count.exact(90_000)) not in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia's last official toll, published four months ago, was 6,100 dead.",
        "Russia's latest toll, given two weeks ago, stood at 6,100 dead.",
        "Kyiv gives no figure of its own; Moscow's last toll, given six weeks ago, was 6,100 dead.",
    ],
)
def test_news_a_toll_owned_past_last_and_a_span_of_time(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # "last"/"latest" stand between the owner and "toll"; "four months" counts no one
    assert found(news(text)) == {("RUS", "killed", Count.exact(6_100))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A volunteer register now holds 52,300 named Russian dead.",
            ("RUS", "killed", Count.exact(52_300)),
        ),
        (
            "The group says it has found 52,300 confirmed Russian dead so far.",
            ("RUS", "killed", Count.exact(52_300)),
        ),
        (
            "Researchers counted 52,300 documented Russian dead by the end of the summer.",
            ("RUS", "killed", Count.exact(52_300)),
        ),
    ],
)
def test_news_dead_known_by_name_are_still_the_dead(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    # "named", "confirmed", "documented" qualify the noun of the dead; they do not end it
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says Ukraine lost 450 servicemen killed and wounded near Pokrovsk in the past "
        "24 hours.",
        "Moscow says Ukraine lost 450 soldiers killed or wounded on the southern front over "
        "the past day.",
        "Ukraine lost 450 troops killed and wounded along the Kupiansk axis during the last "
        "24 hours, the Russian ministry said.",
    ],
)
def test_news_a_day_of_losses_told_after_a_long_noun_group(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # the window of one day stands past "killed and wounded" and a place: a daily claim
    read = news(text)
    assert found(read) == {("UKR", "total_losses", Count.exact(450))}
    assert [c.scope.value for c in read.claims] == ["period"]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says the failed assault cost Russia roughly 12,000 killed and wounded.",
        "According to Kyiv, the spring offensive has cost Russia and North Korea roughly "
        "12,000 killed and wounded.",
        "The siege, Ukrainian officers said, was costing Russia roughly 12,000 killed and "
        "wounded by the time it ended.",
    ],
)
def test_news_the_side_a_cost_falls_on_owns_the_losses(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # "cost <side> N": the side right after the verb pays; its ally beside it is its camp
    assert found(news(text)) == {("RUS", "total_losses", Count.approx(12_000))}


@pytest.mark.parametrize(
    "text",
    [
        "Western officials now speak of combined losses above 600,000, with Russian deaths "
        "around 140,000 and Ukrainian deaths around 75,000.",
        "The combined casualties passed 600,000 last year, with Russian deaths around 140,000 "
        "and Ukrainian deaths around 75,000, the officials said.",
        "Combined losses are put at more than 600,000 by British officials: Russian deaths "
        "around 140,000, Ukrainian deaths around 75,000.",
    ],
)
def test_news_verbless_deaths_beside_a_combined_total(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # "Russian deaths around 140,000": the head and a hedged figure with no verb between;
    # "combined losses" count both sides and are no claim
    assert found(news(text)) == {
        ("RUS", "killed", Count.approx(140_000)),
        ("UKR", "killed", Count.approx(75_000)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The register of Russian soldiers killed in the war that a group of volunteers keeps "
        "from local obituaries, court papers, regional news sites, funeral notices and "
        "photographs of new graves passed 50,000 in March, and by the end of June had risen "
        "to 61,200.",
        "The list of Russian servicemen killed that journalists assemble from death notices, "
        "memorial posts, family interviews, school announcements and cemetery visits across "
        "the country passed 50,000 in March and had climbed to 61,200 by June.",
        "The list of the Russian dead that the two outlets compile by hand, one name at a "
        "time, from obituaries, funeral adverts, local television reports and photographs, "
        "topped 50,000 in March, and in June had reached 61,200.",
    ],
)
def test_news_a_count_reached_again_shares_its_subject(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # the second verb of reaching, after "and", continues the first one's count
    counts = {c for s, k, c in found(news(text)) if (s, k) == ("RUS", "killed")}
    assert Count.exact(61_200) in counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's register of the missing had some 31,000 entries by the spring.",
            ("UKR", "missing", Count.approx(31_000)),
        ),
        (
            "By the spring, Ukraine's register of missing persons held 31,000 entries.",
            ("UKR", "missing", Count.exact(31_000)),
        ),
        (
            "A Russian database of soldiers killed in the war now has 31,000 entries.",
            ("RUS", "killed", Count.exact(31_000)),
        ),
    ],
)
def test_news_a_register_counted_by_its_entries(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    # a register's entries are its people, as its names are
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A group of Russian volunteers says it has identified 12,400 fallen soldiers so far.",
            ("RUS", "killed", Count.exact(12_400)),
        ),
        (
            "The Russian memorial project now lists 12,400 dead servicemen, its editors say.",
            ("RUS", "killed", Count.exact(12_400)),
        ),
        (
            "The project, which gathers the names of fallen Russian soldiers from local "
            "newspapers, had by June identified some 12,400 dead.",
            ("RUS", "killed", Count.approx(12_400)),
        ),
    ],
)
def test_news_a_register_of_the_fallen_counts_the_dead(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    # a verb of listing before people said to be dead: a register's count of the dead,
    # of the one side the sentence names
    assert found(news(text)) == {expected}


def test_news_the_bodies_of_fallen_soldiers_handed_over_are_no_claim(
    found: Callable[..., Any], news: News
) -> None:
    read = news("Russia handed over the bodies of 500 fallen soldiers on Friday, Kyiv said.")
    assert found(read) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Bring Kids Back UA says 2,140 children have been returned since February 2022.",
        "Since the invasion, 2,140 children have been returned, Bring Kids Back UA said on Monday.",
        "The number of children returned since 2022 has grown to 2,140, according to Bring "
        "Kids Back UA.",
    ],
)
def test_news_a_named_body_is_a_source_not_a_verb(news: News, text: str) -> None:
    # "Bring ... Back" inside the programme's name hands no one over; the programme is
    # Ukraine's, so the children it counts came home to Ukraine
    read = news(text)
    assert [(t.receiver.code, t.category.value, t.count) for t in read.tallies] == [
        ("UKR", "children", Count.exact(2_140))
    ]
    assert read.exchanges == []


@pytest.mark.parametrize(
    "text",
    [
        "Families of the Russian missing, of whom there are tens of thousands, still wait "
        "for news.",
        "Kyiv's envoy met families of missing Russian soldiers, whom Moscow reckons in the "
        "tens of thousands.",
        "The Russian defence ministry said relatives of missing soldiers, of whom there are "
        "tens of thousands, should give DNA samples.",
    ],
)
def test_news_a_relative_clause_counts_the_missing_it_hangs_on(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # "the missing, of whom there are N": the figure counts the missing
    assert found(news(text)) == {("RUS", "missing", Count.parse("tens of thousands"))}


@pytest.mark.parametrize(
    "text",
    [
        "The agency says that about 600 Russians have come home, but that thousands are still "
        "held.",
        "About 600 Russians were released on Friday, while thousands remain in captivity, the "
        "ombudsman said.",
        "Although about 600 Russians were handed back on Friday, thousands are still being "
        "held, Moscow says.",
        # the people just freed named only by a possessive of their side
        "Moscow says that, all told, about 600 of its servicemen came back from Ukrainian "
        "captivity this year, though its officials insist that thousands remain.",
        "Moscow's ombudsman said some 600 of its citizens had been freed, while thousands "
        "were still held.",
        "The Kremlin said about 600 of its soldiers returned in the spring; thousands more "
        "are still held, it added.",
    ],
)
def test_news_people_still_held_are_of_the_side_just_freed(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # those still held beside people just freed are of the freed people's side
    assert ("RUS", "captured", Count.parse("thousands")) in found(news(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side searching for people of unknown fate looks for its own, unless the
        # people carry a side
        (
            "Moscow is still searching for about 200 people whose whereabouts are unknown.",
            {("RUS", "missing", Count.approx(200))},
        ),
        (
            "Kyiv said it was looking for some 450 soldiers whose fate remains unknown.",
            {("UKR", "missing", Count.approx(450))},
        ),
        (
            "Russia was still seeking more than 120 residents of the border area whose "
            "whereabouts were unknown.",
            set(),  # the people of one border area: a local count, no side's claim
        ),
        (
            "Kyiv is searching for 300 Russian soldiers whose whereabouts are unknown.",
            {("RUS", "missing", Count.exact(300))},
        ),
        ("Ukraine is looking for 60 people whose whereabouts are known to the police.", set()),
        # a governor or mayor counts the residents of one region: a local count, no claim
        (
            "According to Belgorod's governor, about 70 residents of the border villages "
            "remain unaccounted for after the raid.",
            set(),
        ),
        (
            "The governor of the Kharkiv region said 40 residents were still missing after "
            "the strike.",
            set(),
        ),
        # no region named in the sentence: "the region" may point past other regions
        (
            "Two women were detained in the Kherson region. The region's acting governor "
            "said some 1,500 residents remained unaccounted for after the fighting.",
            set(),
        ),
        ("The governor said 12 residents were killed.", set()),
        # a side after the count ("after the Ukrainian raid") does not hide the region's
        (
            "According to Bryansk's governor, some 25 residents of frontier villages are "
            "still unaccounted for after the Ukrainian raid.",
            set(),
        ),
        # "the region" points back to the region whose residents the text counted last
        (
            "Officials said 30 residents of the Kharkiv region had been brought back from "
            "Russia. Kyiv says more will follow. The region's governor said 200 residents "
            "remain unaccounted for.",
            set(),
        ),
        (
            "More than 60 Belgorod residents have come home from Ukraine since spring. "
            "Roughly 400 civilians are still missing, according to the regional authorities.",
            {("RUS", "missing", Count.approx(400))},
        ),
        (
            "Some 80 Bryansk residents were brought home last month. About 200 people from "
            "the region remain unaccounted for, the region's governor said.",
            set(),
        ),
        # ... but not past a region of no known side named in its own sentence
        (
            "Officials said 30 residents of the Kharkiv region had been brought back. Three "
            "people died in the Luhansk region, and the region's civilian death toll has "
            "grown to 900, the governor said.",
            set(),
        ),
    ],
)
def test_news_missing_people_of_no_named_side_take_the_side_that_counts_its_own(
    found: Callable[..., Any], news: News, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says more than 2,100 Ukrainians have been released this year. Roughly "
            "5,000 are thought to remain in captivity.",
            {("UKR", "captured", Count.approx(5_000))},
        ),
        (
            "The ministry said 640 Russian servicemen had come home since January. Over "
            "1,000 are believed to remain in captivity, it added.",
            {("RUS", "captured", Count.more_than(1_000))},
        ),
        # a swap both ways names no one side whose people are still held
        (
            "Kyiv got back 90 Ukrainian marines in exchange for 90 Russians. Thousands are "
            "believed to remain in captivity.",
            set(),
        ),
        (
            "Allied officials said their estimate of Russian dead alone was well above 70,000.",
            {("RUS", "killed", Count.more_than(70_000))},
        ),
        (
            "By Kyiv's account, Russian casualties are now above 900,000.",
            {("RUS", "total_losses", Count.more_than(900_000))},
        ),
        (
            "The ministry insisted that Ukrainian losses were still below 50,000.",
            {("UKR", "total_losses", Count.fewer_than(50_000))},
        ),
        (
            "The General Staff said Russian losses had reached 912,400. That figure includes "
            "1,180 over the past 24 hours, it added.",
            {
                ("RUS", "total_losses", Count.exact(912_400)),
                ("RUS", "total_losses", Count.exact(1_180)),
            },
        ),
        (
            "Moscow claims Ukraine has lost 410,000 troops. Monday's bulletin added 1,320 in a "
            "single day.",
            {
                ("UKR", "total_losses", Count.exact(410_000)),
                ("UKR", "total_losses", Count.exact(1_320)),
            },
        ),
        # people brought home are no losses, whatever the next sentence adds
        ("Kyiv said 250 Ukrainians had come home. That includes 30 over the past day.", set()),
        (
            "The mayor said some 180 soldiers from the Sumy region are still listed as "
            "captured or missing.",
            set(),  # soldiers of one region: a local count, no side's claim
        ),
        (
            "Local officials say 95 servicemen from Belgorod region have been killed.",
            {("RUS", "killed", Count.exact(95))},
        ),
        (
            "The general staff said 400 conscripts from the Kursk region had been taken prisoner.",
            set(),  # conscripts of one region: a local count
        ),
        (
            "Kyiv said 2,300 Ukrainian marines were captured or missing after the siege.",
            {("UKR", "missing", Count.exact(2_300))},
        ),
        (
            "Kyiv said a list of 7,400 servicemen missing in action had been handed to the Red "
            "Cross.",
            {("UKR", "missing", Count.exact(7_400))},
        ),
        (
            "The Russian defence ministry says the register of 1,900 soldiers missing in action "
            "is incomplete.",
            {("RUS", "missing", Count.exact(1_900))},
        ),
    ],
)
def test_news_claim_forms_of_the_twelfth_sessions_round_three(
    news: News, found: Callable[..., Any], text: str, expected: set[Any]
) -> None:
    """Captives still held after a return, "well above"/"below" hedges, a day's share told
    in the next sentence, fighters "from <region>", "captured or missing", a government's
    "list of N soldiers": each reads back as (side, kind, count)."""
    assert found(news(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "legs"),
    [
        (
            "Kyiv now held hundreds of Russian conscripts, and on 3 May 80 Ukrainian soldiers "
            "were traded for 80 Russians.",
            {("RUS", "captured", Count.parse("hundreds"))},
            2,
        ),
        (
            "By winter Moscow already held about 900 Ukrainian marines, and an exchange of 60 "
            "for 60 followed in March.",
            {("UKR", "captured", Count.approx(900))},
            2,
        ),
        # the held people themselves traded later: no count of captives now
        ("Ukraine then held 700 Russian conscripts, many of them later traded.", set(), 0),
    ],
)
def test_news_people_now_held_stay_captives_beside_a_later_swap(
    news: News, found: Callable[..., Any], text: str, expected: set[Any], legs: int
) -> None:
    """ "<side> now held N <people>, and ... were swapped": a count held, not the swap's people."""
    result = news(text)
    assert found(result) == expected
    assert sum(len(e.transfers) for e in result.exchanges) == legs


@pytest.mark.parametrize(
    "office",
    [
        "The Commissioner for Persons Missing under Special Circumstances",
        "The commissioner for missing persons under special circumstances",
    ],
)
def test_news_the_missing_persons_commissioner_counts_ukrainians(
    news: News, found: Callable[..., Any], office: str
) -> None:
    """Ukraine's office for the missing, named by its title alone, counts Ukraine's missing."""
    text = f"{office} says some 41,000 people, troops and civilians alike, are on its register."
    assert found(news(text)) == {("UKR", "missing", Count.approx(41_000))}


def test_news_an_age_above_is_no_count(news: News) -> None:
    """ "men above 60" bounds the people's age, as "men over 60" does."""
    legs = [
        str(t.count)
        for e in news("Moscow handed back 35 men above 60 and 10 women.").exchanges
        for t in e.transfers
    ]
    assert "60" not in legs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The interior ministry's list of people missing under special circumstances, "
            "which covers troops and civilians alike, held some 48,000 entries in May.",
            ("UKR", "missing", Count.approx(48_000)),
        ),
        (
            "Officials said the tally of those registered as missing in special "
            "circumstances — servicemen and civilians — had climbed to more than 52,000.",
            ("UKR", "missing", Count.more_than(52_000)),
        ),
        (
            "By March the state register of persons missing under special circumstances "
            "contained over 41,500 names, the ministry told lawmakers.",
            ("UKR", "missing", Count.more_than(41_500)),
        ),
    ],
)
def test_news_the_register_of_those_missing_under_special_circumstances_is_ukraines(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    # a status only Ukraine's law defines names whose missing the register counts
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry's register of people missing in special circumstances — troops and "
        "civilians together — lists some 48,000 names.",
        "Kyiv's register of persons missing under special circumstances, which includes "
        "both soldiers and civilians, had some 48,000 entries.",
    ],
)
def test_news_soldiers_and_civilians_set_off_before_a_count_make_it_everyone(
    news: News, text: str
) -> None:
    # the aside describes the register the figure counts: a toll of everyone, not civilians
    claims = news(text).claims
    assert [(c.category.value, c.population.value) for c in claims] == [("missing", "all")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia says 300 of its soldiers are missing under special circumstances.",
        "Russian officials said about 300 Russian troops were missing in special circumstances.",
    ],
)
def test_news_a_side_named_beside_the_status_keeps_its_own_missing(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # the status names a side only when the sentence names none
    assert {s for s, _, _ in found(news(text))} == {"RUS"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv said the offensive had stalled, with total Russian losses nearing 750,000.",
            ("RUS", "total_losses", Count.parse("nearly 750,000")),
        ),
        (
            "The general staff spoke of heavy fighting near Pokrovsk, with Russian casualties "
            "approaching 640,000 since the invasion, and of new strikes on Kharkiv.",
            ("RUS", "total_losses", Count.parse("nearly 640,000")),
        ),
        (
            "With Ukrainian losses approaching 410,000 killed and wounded, Moscow says its "
            "campaign is working.",
            ("UKR", "total_losses", Count.parse("nearly 410,000")),
        ),
    ],
)
def test_news_a_loss_noun_with_a_participle_of_nearing_takes_the_figure(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    # "with <losses> approaching N": a verbless clause whose participle links the figure
    assert expected in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "The assault went on, with Russian losses approaching 800 tanks.",
        "The fighting grew fiercer, with Russian casualties nearing 1,500 a day.",
    ],
)
def test_news_a_participle_of_nearing_before_machines_or_a_rate_is_no_toll(
    found: Callable[..., Any], news: News, text: str
) -> None:
    assert found(news(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "British intelligence says Russia has lost some 250,000 dead. The Ukrainian "
            "figure is put at roughly 60,000 killed.",
            ("UKR", "killed", Count.approx(60_000)),
        ),
        (
            "Washington estimates Ukrainian deaths at about 60,000; the Russian estimate "
            "stands at about 115,000 killed and 180,000 to 190,000 wounded.",
            ("RUS", "wounded", Count.parse("180,000 to 190,000")),
        ),
    ],
)
def test_news_a_sides_figure_set_against_the_other_sides_losses_is_its_own(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    # "The Ukrainian figure is put at N killed" after the other side's toll: Ukraine's losses
    assert expected in found(news(text))


def test_news_a_sides_figure_after_its_own_claim_names_the_teller(
    found: Callable[..., Any], news: News
) -> None:
    # after Moscow's claim of Ukraine's losses, "the Russian figure" is Moscow's count
    read = news(
        "Moscow says Ukraine has lost 400,000 troops. The Russian figure is put at 400,000 killed."
    )
    assert "RUS" not in {s for s, _, _ in found(read)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kremlin admitted on Monday that 5,210 of its troops had died. Ukraine's "
            "military puts the figure at more than 48,000.",
            ("RUS", "killed", Count.more_than(48_000)),
        ),
        (
            "Ukraine says about 4,000 of its soldiers are held by Russia. The ombudsman, "
            "citing families' reports, puts the number at some 8,500.",
            ("UKR", "captured", Count.approx(8_500)),
        ),
        (
            "Moscow said 1,351 of its servicemen had been killed by late March; Western "
            "officials, speaking privately, put the figure at 7,000.",
            ("RUS", "killed", Count.exact(7_000)),
        ),
    ],
)
def test_news_another_teller_puts_the_figure_at_a_rival_value(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    # "puts the figure (number) at N" with no loss noun of its own: the count just told
    assert expected in found(news(text))


def test_news_putting_the_figure_at_after_a_swap_is_no_claim(
    found: Callable[..., Any], news: News
) -> None:
    # no count of losses was told before: the figure is no one's toll
    assert (
        found(news("Russia freed 150 Ukrainian soldiers on Friday. Kyiv puts the figure at 152."))
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says it has learned, from the accounts of men already released, that over "
        "6,500 Ukrainian troops and civilians are in Russian custody.",
        "Drawing on interviews with those freed in earlier swaps, Kyiv's officials say that "
        "over 6,500 Ukrainian soldiers are in Russian captivity.",
    ],
)
def test_news_people_in_captivity_now_beside_others_freed_are_still_held(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # the figure's own present verb places them in captivity; the freed are other people
    assert ("UKR", "captured", Count.more_than(6_500)) in found(news(text))


_REGISTER_NOUNS = ("project", "register", "list")
_REGISTER_LINKS = ("stood at", "had grown to", "has passed")


@settings(max_examples=40, deadline=None)
@given(
    amount=st.integers(min_value=1_000, max_value=400_000),
    side=st.sampled_from((("Russian", "RUS"), ("Ukrainian", "UKR"))),
    noun=st.sampled_from(_REGISTER_NOUNS),
    link=st.sampled_from(_REGISTER_LINKS),
    only=st.sampled_from(("", "only ")),
)
def test_news_a_project_counting_the_named_dead_is_a_register_of_them(
    news: News, amount: int, side: tuple[str, str], noun: str, link: str, only: str
) -> None:
    # "The project, which only counts dead Russian soldiers it can identify, stood at
    # 111,387": a project that counts the dead is a register of them, as a list is.
    text = (
        f"The {noun}, which {only}counts dead {side[0]} soldiers it can identify, "
        f"{link} {amount:,}."
    )
    claims = [c for c in news(text).claims if c.count.low in (amount, amount + 1)]
    assert [(getattr(c.subject, "code", None), c.category.value) for c in claims] == [
        (side[1], "killed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a project that counts no dead: its size is no toll
        "The project, which counts Russian soldiers it can identify, stood at 111,387.",
        # the dead of no side: the register cannot say whose
        "The project, which only counts dead soldiers it can identify, stood at 111,387.",
        "The reconstruction project, which employs 300 engineers, stood at 40,000 homes.",
    ],
)
def test_news_a_project_of_no_dead_or_of_no_side_gives_no_toll(news: News, text: str) -> None:
    assert not [c for c in news(text).claims if c.category.value == "killed"]


# -- people searched for are the missing ------------------------------------------------


@given(
    speaker=st.sampled_from(
        [
            ("Lubinets said his office was searching for", "UKR"),
            ("Ukraine's commissioner for the missing said Kyiv is looking for", "UKR"),
            ("Moskalkova said Russia was still searching for", "RUS"),
        ]
    ),
    count=st.integers(2, 900).map(lambda n: n * 100),
    bound=st.sampled_from([("more than", Count.more_than), ("", Count.exact)]),
    noun=st.sampled_from(["people", "servicemen", "soldiers"]),
)
def test_news_people_searched_for_are_missing(
    news: News,
    found: Callable[[Any], set[tuple[str, str, Count]]],
    speaker: tuple[str, str],
    count: int,
    bound: tuple[str, Callable[[int], Count]],
    noun: str,
) -> None:
    """ "searching for N people" counts the speaker's side's missing."""
    words, side = speaker
    modifier, make = bound
    figure = f"{modifier} {count:,}".strip()
    text = f"{words} {figure} {noun}."
    assert found(news(text)) == {(side, "missing", make(count))}


@pytest.mark.parametrize(
    "text",
    [
        # bodies sought are the dead, not the missing
        "Volunteers were searching for 20 bodies in the rubble.",
        "Ukraine is searching for the remains of 300 soldiers.",
        # no search: the people are looked after
        "Lubinets said his office was caring for 300 people.",
        # a search for people wanted, not for people lost
        "Kyiv said the army is looking for 10,000 new soldiers.",
    ],
)
def test_news_no_people_searched_for_no_missing(news: News, text: str) -> None:
    assert not any(c.category.value == "missing" for c in news(text).claims)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("Kursk", "RUS"), ("Belgorod", "RUS"), ("Kharkiv", "UKR"), ("Sumy", "UKR")]),
    st.sampled_from(["border districts", "frontline villages", "district", "region"]),
    st.sampled_from(["are still listed as missing", "remain listed as missing"]),
    st.integers(min_value=11, max_value=9_000),
)
def test_news_residents_of_a_modified_place_are_a_local_count(
    news: News,
    found: Callable[[Any], set[tuple[str, str, Count]]],
    region: tuple[str, str],
    place: str,
    verb: str,
    count: int,
) -> None:
    """ "112 residents of the border districts are still listed as missing": the people
    of one region's places, counted by its governor, are a local count, no claim."""
    name, _ = region
    text = f"The {name} governor said {count:,} residents of the {place} {verb}."
    assert found(news(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the people's own verb tells no fate
        "The Kursk governor said 112 residents of the border districts had been evacuated.",
        # the place's modifier is not a place: no verb group of the people to read
        "The Kursk governor said 112 residents of the border with Ukraine are evacuated.",
    ],
)
def test_news_residents_of_a_place_with_no_fate_are_no_claim(news: News, text: str) -> None:
    assert not news(text).claims


@settings(deadline=None, max_examples=25)
@given(
    st.sampled_from(("In December 2024", "In March", "Last month", "Over the past week")),
    st.integers(20, 900),
    st.integers(100, 5_000),
    st.sampled_from(("injured", "wounded")),
)
def test_news_a_civilian_toll_told_by_no_one_is_the_missions_heard_before(
    news: News, span: str, dead: int, hurt: int, harm: str
) -> None:
    """ "HRMMU verified ... In December, at least 140 civilians were killed": Ukraine's."""
    text = (
        "The UN Human Rights Monitoring Mission in Ukraine has verified that 12,456 civilians "
        f"have been killed since February 2022.\n\n{span}, at least {dead:,} civilians were "
        f"killed and {hurt:,} {harm}, a decrease compared to the month before."
    )
    found = {(c.subject.code, c.category.value, c.count) for c in news(text).claims}
    assert ("UKR", "killed", Count.at_least(dead)) in found
    assert ("UKR", "wounded", Count.exact(hurt)) in found


@pytest.mark.parametrize(
    "second",
    [
        # a place of its own in the sentence: not the mission's country by default
        "The governor of Belgorod said more than 300 residents of his region had been killed.",
        "In Belgorod, at least 30 civilians were killed last month.",
    ],
)
def test_news_a_civilian_toll_with_its_own_place_or_teller_is_not_the_missions(
    news: News, second: str
) -> None:
    text = (
        "The UN Human Rights Monitoring Mission in Ukraine has verified that 12,456 civilians "
        f"have been killed since February 2022.\n\n{second}"
    )
    claims = news(text).claims
    assert all(not (c.subject.code == "UKR" and c.count != Count.exact(12_456)) for c in claims)


@settings(deadline=None, max_examples=25)
@given(
    st.sampled_from(
        (
            ("the Armed Forces of Ukraine", "UKR", "The Russian Ministry of Defence"),
            ("the Ukrainian armed forces", "UKR", "The Russian Ministry of Defence"),
            ("the Russian army", "RUS", "Ukraine's General Staff"),
        )
    ),
    st.sampled_from(("losses", "casualties")),
    st.integers(2, 90),
)
def test_news_the_losses_of_a_named_side_are_that_sides_whoever_tells_them(
    news: News, owner: tuple[str, str, str], noun: str, thousands: int
) -> None:
    """ "The Russian ministry reported that the losses of the Armed Forces of Ukraine ..."."""
    forces, code, teller = owner
    text = (
        f"{teller} reported that the {noun} of {forces} amounted to more than "
        f"{thousands},000 servicemen."
    )
    (claim,) = news(text).claims
    assert claim.subject.code == code


def test_news_the_losses_of_the_enemy_stay_the_tellers_enemys(news: News) -> None:
    # "the losses of the enemy": no side named after "of"; the teller's enemy stays
    text = "The Russian Ministry of Defence said the losses of the enemy exceeded 3,000 servicemen."
    assert {c.subject.code for c in news(text).claims} <= {"UKR"}


@given(
    amount=st.integers(min_value=2, max_value=400).map(lambda n: n * 1_000),
    side=st.sampled_from((("Russian", "RUS"), ("Ukrainian", "UKR"))),
    fates=st.sampled_from(("killed or missing", "missing or killed", "dead or missing")),
    verb=st.sampled_from(("lists", "has recorded", "holds")),
    floor=st.sampled_from((("more than ", Count.more_than), ("", Count.exact))),
)
def test_news_names_of_soldiers_killed_or_missing_are_one_joint_count(
    found: Callable[..., Any],
    news: News,
    amount: int,
    side: tuple[str, str],
    fates: str,
    verb: str,
    floor: tuple[str, Callable[[int], Count]],
) -> None:
    # "lists more than 75,000 names of soldiers killed or missing": the register joins
    # the dead and the missing, so its names are neither the dead alone nor the missing
    text = f"The memorial project {verb} {floor[0]}{amount:,} names of {side[0]} soldiers {fates}."
    assert found(news(text)) == {(side[1], "killed_or_missing", floor[1](amount))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # names of the dead alone stay the dead
            "The memorial project lists more than 75,000 names of dead Ukrainian soldiers.",
            {("UKR", "killed", Count.more_than(75_000))},
        ),
        (  # names of the missing alone stay the missing
            "The register lists 12,000 names of Ukrainian soldiers missing in action.",
            {("UKR", "missing", Count.exact(12_000))},
        ),
    ],
)
def test_news_names_of_one_fate_keep_that_fate(
    found: Callable[..., Any], news: News, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text)) == expected


@given(
    killed=st.integers(min_value=2, max_value=90).map(lambda n: n * 1_000),
    treated=st.integers(min_value=100, max_value=900).map(lambda n: n * 1_000),
    side=st.sampled_from((("Ukrainian", "UKR"), ("Russian", "RUS"))),
    aux=st.sampled_from(("had been", "have been", "were")),
    harm=st.sampled_from(("wounds", "injuries")),
)
def test_news_people_treated_for_wounds_are_the_wounded(
    found: Callable[..., Any],
    news: News,
    killed: int,
    treated: int,
    side: tuple[str, str],
    aux: str,
    harm: str,
) -> None:
    # "43,000 soldiers had been killed and 370,000 had been treated for wounds": the
    # bare second figure is the subject of a passive of care for wounds, so the wounded
    text = (
        f"The president said {killed:,} {side[0]} soldiers had been killed and "
        f"{treated:,} {aux} treated for {harm}."
    )
    assert found(news(text)) == {
        (side[1], "killed", Count.exact(killed)),
        (side[1], "wounded", Count.exact(treated)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # treated for anything but wounds is no loss
        "The president said 43,000 Ukrainian soldiers had been killed and 370,000 had been "
        "treated for flu.",
        "The president said 43,000 Ukrainian soldiers had been killed and 370,000 were "
        "treated for burns at home.",
    ],
)
def test_news_people_treated_for_other_ailments_are_no_wounded(
    found: Callable[..., Any], news: News, text: str
) -> None:
    assert found(news(text)) == {("UKR", "killed", Count.exact(43_000))}


@given(
    side=st.sampled_from((("Ukrainians", "UKR"), ("Russians", "RUS"))),
    fate=st.sampled_from(
        (
            ("registered as missing", "missing"),
            ("listed as missing under special circumstances", "missing"),
            ("held in captivity", "captured"),
        )
    ),
    adverb=st.sampled_from(("also ", "likewise ", "still ", "")),
    aside=st.sampled_from(("", ", including soldiers and civilians,", ", among them civilians,")),
    amount=st.integers(min_value=2, max_value=90).map(lambda n: n * 1_000),
)
def test_news_the_number_of_people_is_also_its_figure(
    found: Callable[..., Any],
    news: News,
    side: tuple[str, str],
    fate: tuple[str, str],
    adverb: str,
    aside: str,
    amount: int,
) -> None:
    # "The number of Ukrainians registered as missing, including soldiers and civilians,
    # is also about 60,000": an adverb after the link and an aside of who is counted
    # between the subject and its link leave the number the value of "the number of"
    text = (
        f"The number of {side[0]} {fate[0]}{aside} is {adverb}about {amount:,}, "
        "the commissioner said."
    )
    assert found(news(text)) == {(side[1], fate[1], Count.approx(amount))}


@pytest.mark.parametrize(
    "text",
    [
        # a number of things, not people, stays unread with the adverb too
        "The number of tanks lost is also about 600, the ministry said.",
        "The number of drones launched, including decoys, is also about 600.",
    ],
)
def test_news_the_number_of_things_is_no_claim_with_an_adverb(
    found: Callable[..., Any], news: News, text: str
) -> None:
    assert found(news(text)) == set()


# -- people living in land the other side holds are not its captives --------------------


@settings(max_examples=25, deadline=None)
@given(
    people=st.sampled_from(
        [("Kursk residents", "RUS"), ("Belgorod villagers", "RUS"), ("Kharkiv residents", "UKR")]
    ),
    count=st.integers(2, 90).map(lambda n: n * 100),
    verb=st.sampled_from(["remained", "remain", "are still living", "were left"]),
    place=st.sampled_from(["areas", "territory", "the parts", "the zone"]),
    holder=st.sampled_from(["Ukrainian forces", "Russian troops", "the army"]),
)
def test_news_people_in_areas_held_by_forces_are_no_captives(
    news: News,
    found: Callable[[Any], set[tuple[str, str, Count]]],
    people: tuple[str, str],
    count: int,
    verb: str,
    place: str,
    holder: str,
) -> None:
    """ "2,000 residents remained in areas held by Ukrainian forces": the land is held."""
    words, _side = people
    text = f"The governor said about {count:,} {words} {verb} in {place} held by {holder}."
    assert not any(c.category.value == "captured" for c in news(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 2,000 Ukrainians remain held by Russian forces, the ombudsman said.",
            ("UKR", "captured", Count.approx(2_000)),
        ),
        (
            "More than 8,000 Ukrainians remain in Russian captivity, Kyiv says.",
            ("UKR", "captured", Count.more_than(8_000)),
        ),
    ],
)
def test_news_people_held_themselves_stay_captives(
    news: News, found: Callable[..., Any], text: str, expected: tuple[str, str, Count]
) -> None:
    assert expected in found(news(text))
