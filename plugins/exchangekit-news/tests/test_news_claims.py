"""Casualty claims one phrasing at a time: the figure after its noun, whose losses, which kind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, Period

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow's casualties, the officials said, were approaching 300,000 by the summer.",
            ("RUS", "total_losses", Count.nearly(300_000)),
        ),
        (
            "The think tank put Ukrainian losses in May at close to 400,000.",
            ("UKR", "total_losses", Count.nearly(400_000)),
        ),
        (
            "The losses of the Armed Forces of Ukraine have exceeded 90,000, the minister said.",
            ("UKR", "total_losses", Count.more_than(90_000)),
        ),
        (
            "Russian killed and wounded together stood at some 600,000 at the end of March.",
            ("RUS", "total_losses", Count.approx(600_000)),
        ),
        (
            "Kyiv said Russia's death toll had reached 150,000 by then.",
            ("RUS", "killed", Count.exact(150_000)),
        ),
        (
            "The number of Ukrainian dead has grown to 52,000, the report said.",
            ("UKR", "killed", Count.exact(52_000)),
        ),
        (
            "Ukraine's missing now number about 60,000, families say.",
            ("UKR", "missing", Count.approx(60_000)),
        ),
    ],
)
def test_news_a_loss_figure_after_its_noun_is_a_claim(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Russia's losses of armour have passed 300 tanks in the region, the ministry said.",
        "Ukrainian losses were heavy, and the army has grown to 900,000 troops, he said.",
        "Russia's casualties are running at 1,200 a day, British intelligence said.",
        "The toll on the economy is put at 5,000 jobs by the union.",
    ],
)
def test_news_a_figure_near_a_loss_word_that_counts_something_else_is_no_claim(
    news: News, text: str
) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Moscow says Ukraine has lost more than 20,000 soldiers this year.", "total_losses"),
        ("Moscow says Ukraine has lost more than 20,000 soldiers killed this year.", "killed"),
    ],
)
def test_news_troops_lost_are_losses_unless_said_to_be_killed(
    found: Callable[..., Any], news: News, text: str, category: str
) -> None:
    assert found(news(text)) == {("UKR", category, Count.more_than(20_000))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ombudsman said more than 5,000 Ukrainians remain in Russian captivity.",
            ("UKR", "captured", Count.more_than(5_000)),
        ),
        (
            "Kyiv says Russia is still holding about 2,000 Ukrainian civilians.",
            ("UKR", "captured", Count.approx(2_000)),
        ),
        (
            "Officials say Ukraine now holds several thousand Russian soldiers.",
            ("RUS", "captured", Count.parse("thousands")),
        ),
        (
            "The general said 700 Russian servicemen had surrendered since March.",
            ("RUS", "captured", Count.exact(700)),
        ),
        (
            "Rights groups say dozens of Ukrainian civilians are held in Russian custody.",
            ("UKR", "captured", Count.parse("dozens")),
        ),
    ],
)
def test_news_people_held_by_the_other_side_are_captives(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


def test_news_civilian_deaths_are_claims_about_civilians(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Monitors said 12,000 Ukrainian civilians had been killed and that Russia "
        "held 300 Ukrainian civilians."
    )
    read = news(text)
    assert found(read) == {
        ("UKR", "killed", Count.exact(12_000)),
        ("UKR", "captured", Count.exact(300)),
    }
    population = {c.category.value: c.population.value for c in read.claims}
    assert population == {"killed": "civilians", "captured": "combatants"}


def test_news_a_civilian_toll_and_its_parts_across_the_country(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "UN monitors said 9,000 civilians had been killed in Ukraine, including more "
        "than 500 children. In May, 150 people were killed and 700 injured across the "
        "country, the deadliest month for civilians this year."
    )
    read = news(text)
    assert found(read) == {
        ("UKR", "killed", Count.exact(9_000)),  # its children, a subset, are no claim
        ("UKR", "killed", Count.exact(150)),
        ("UKR", "wounded", Count.exact(700)),
    }
    assert {c.population.value for c in read.claims} == {"civilians"}


def test_news_soldiers_in_a_sentence_about_civilians_are_not_civilians(news: News) -> None:
    text = "Kyiv said 30,000 Ukrainian soldiers had been killed, far more than civilians."
    (claim,) = news(text).claims
    assert claim.population.value == "combatants"


def test_news_bodies_held_for_a_handover_are_not_captives(news: News) -> None:
    assert news("Moscow says it is holding 900 bodies ready for a handover.").claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Zelensky said in March that 31,000 soldiers had been killed.",
            ("UKR", "killed", Count.exact(31_000)),
        ),
        (
            "Ukraine says tens of thousands of its soldiers are listed as missing.",
            ("UKR", "missing", Count.parse("tens of thousands")),
        ),
    ],
)
def test_news_a_government_counting_soldiers_of_no_stated_side_counts_its_own(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


def test_news_the_speaker_does_not_own_soldiers_of_a_named_side(
    found: Callable[..., Any], news: News
) -> None:
    text = "President Zelensky said in March that 80,000 Russian soldiers had been killed."
    assert found(news(text)) == {("RUS", "killed", Count.exact(80_000))}


def test_news_a_running_total_of_people_of_no_stated_kind_is_other(news: News) -> None:
    text = (
        "Since 2022, 2,900 Ukrainians have been freed from Russian captivity, Kyiv said on Monday."
    )
    (tally,) = news(text).tallies
    assert (tally.receiver.code, tally.category.value, tally.count) == (
        "UKR",
        "other",
        Count.exact(2_900),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's daily count of Russian losses, which adds killed, wounded and captured, "
            "passed the one-million mark in June.",
            {("RUS", "total_losses", Count.more_than(1_000_000))},
        ),
        (
            "Analysts said Russian killed and wounded were near 700,000, with 2024 alone "
            "accounting for some 400,000.",
            {("RUS", "total_losses", Count.approx(400_000))},
        ),
        (
            "The centre put Russian casualties at 800,000, of whom, it said, as many as "
            "200,000 had been killed.",
            {
                ("RUS", "total_losses", Count.exact(800_000)),
                ("RUS", "killed", Count.at_most(200_000)),
            },
        ),
        (
            "Zelensky said 40,000 Ukrainian soldiers had been killed and 300,000 wounded, "
            "a number that includes men who later returned to the front.",
            {
                ("UKR", "killed", Count.exact(40_000)),
                ("UKR", "wounded", Count.exact(300_000)),
            },
        ),
    ],
)
def test_news_loss_figures_in_longer_sentences(
    found: Callable[..., Any], news: News, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert expected <= found(news(text))


def test_news_people_said_to_have_been_killed_are_not_a_handover(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Zelensky said 40,000 Ukrainian soldiers had been killed, a number that "
        "includes men who were returned to Ukraine."
    )
    read = news(text)
    assert read.exchanges == []
    assert found(read) == {("UKR", "killed", Count.exact(40_000))}


def test_news_bodies_of_soldiers_killed_in_action_are_still_a_handover(news: News) -> None:
    read = news("Russia returned the bodies of 500 soldiers killed in action to Ukraine.")
    assert len(read.exchanges) == 1
    assert read.claims == []


def test_news_the_owner_of_a_loss_noun_before_a_colon_owns_the_figures_after_it(
    found: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "Moscow's casualties, the officials said, were approaching 200,000. "
        "Ukraine's losses, they said, were smaller for a country a third of Russia's "
        "size: about 60,000 killed and 90,000 wounded."
    )
    assert found(news(text)) == {
        ("RUS", "total_losses", Count.nearly(200_000)),
        ("UKR", "killed", Count.approx(60_000)),
        ("UKR", "wounded", Count.exact(90_000)),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'An official said Russia had lost "about 200,000" soldiers killed so far.',
            {("RUS", "killed", Count.approx(200_000))},
        ),
        (
            "He said the number of Russian casualties, counting the wounded, was now "
            '"close to 900,000".',
            {("RUS", "total_losses", Count.nearly(900_000))},
        ),
        (
            "Researchers put the number of Russian deaths at between 150,000 and 200,000.",
            {("RUS", "killed", Count.between(150_000, 200_000))},
        ),
        (
            "Kyiv said 40,000 Ukrainian soldiers had been killed. Tens of thousands more "
            "are listed as missing.",
            {
                ("UKR", "killed", Count.exact(40_000)),
                ("UKR", "missing", Count.parse("tens of thousands")),
            },
        ),
        (
            "Western officials put Russian casualties at 700,000. Models of excess "
            "mortality put the number of deaths at 150,000.",
            {
                ("RUS", "total_losses", Count.exact(700_000)),
                ("RUS", "killed", Count.exact(150_000)),
            },
        ),
    ],
)
def test_news_quotes_asides_and_the_passage_carry_loss_figures(
    found: Callable[..., Any], news: News, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text)) == expected


def test_news_an_unowned_figure_far_from_any_claim_is_not_given_a_side(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Western officials put Russian casualties at 700,000. The weather was poor. "
        "Talks stalled. The report was long. Models put the number of deaths at 150,000."
    )
    assert found(news(text)) == {("RUS", "total_losses", Count.exact(700_000))}


def test_news_a_caveat_on_both_numbers_reaches_both_claimants(news: News) -> None:
    text = (
        "Two outlets, Mediazona and Meduza, estimated that about 200,000 Russian men had "
        "died. Separately, Mediazona's list of soldiers confirmed dead by name stood at "
        "more than 100,000. The outlets say both numbers are likely to be too low."
    )
    claims = news(text).claims
    assert len(claims) == 2
    assert all(claim.caveats for claim in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Both sides agreed to swap all badly wounded prisoners, a group Moscow said "
        "numbers at least 1,000 on each side.",
        "Ten Ukrainian civilians who had been held by Russia returned home on Friday.",
    ],
)
def test_news_wounded_prisoners_and_people_held_until_freed_are_no_claims(
    news: News, text: str
) -> None:
    assert news(text).claims == []


def test_news_the_dead_and_the_wounded_inside_an_aside_do_not_name_the_count(
    found: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "Russia's casualties, a figure that covers both the dead and the wounded, had "
        "by December exceeded 700,000, the ministry said."
    )
    assert found(news(text)) == {("RUS", "total_losses", Count.more_than(700_000))}


def test_news_people_captured_stay_captives_though_later_exchanged(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Officials said in August that more than 900 Russian servicemen had been "
        "captured, a number since reduced by exchanges."
    )
    assert found(news(text)) == {("RUS", "captured", Count.more_than(900))}


def test_news_a_pronoun_figure_does_not_take_the_side_of_the_last_claim(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Kyiv said 40,000 Ukrainian soldiers had been killed. Foreign troops sent to "
        "the front have also suffered, and around 3,000 had been killed or wounded."
    )
    assert found(news(text)) == {("UKR", "killed", Count.exact(40_000))}


def test_news_one_days_losses_are_a_claim_about_that_day(news: News) -> None:
    text = (
        "The General Staff said Russian losses had reached about 900,000, including "
        "1,100 over the past 24 hours."
    )
    claims = {c.count: c for c in news(text).claims}
    assert set(claims) == {Count.approx(900_000), Count.exact(1_100)}
    day = claims[Count.exact(1_100)]
    assert (day.subject.code, day.category.value, day.scope.value) == (
        "RUS",
        "total_losses",
        "period",
    )
    assert day.covers == day.as_of
    assert claims[Count.approx(900_000)].scope.value == "cumulative"


@pytest.mark.parametrize(
    "text",
    [
        "Russia is losing about 1,000 soldiers a day, British intelligence said.",
        "Russia's losses have grown to 900,000, including 3,000 tanks.",
    ],
)
def test_news_rates_and_equipment_beside_losses_are_no_claims(news: News, text: str) -> None:
    assert all(c.count != Count.approx(1_000) for c in news(text).claims)
    assert all(c.count != Count.exact(3_000) for c in news(text).claims)


def test_news_a_long_relative_clause_between_a_loss_noun_and_its_figure(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "An open-source tally of Russian soldiers killed in Ukraine, which is compiled by "
        "journalists and volunteers who check each death by name against obituaries, "
        "local news reports and photographs of new graves, has grown to more than "
        "120,000, the team said."
    )
    assert found(news(text)) == {("RUS", "killed", Count.more_than(120_000))}


def test_news_its_official_death_toll_belongs_to_the_actor_before(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Russia last updated its official death toll in September 2022, when it put "
        "the number at under 6,000."
    )
    assert found(news(text)) == {("RUS", "killed", Count.fewer_than(6_000))}


def dated(read: Any) -> dict[Count, str]:
    """Each claim's count and the date it is current on."""
    return {c.count: c.as_of.format() for c in read.claims}


def test_news_a_date_in_the_figures_own_clause_dates_it(news: News) -> None:
    text = (
        "Russia last gave a figure for its own dead in September 2022; Ukraine's "
        "defence minister said Russian forces had lost more than 400,000 troops in 2024."
    )
    assert dated(news(text)) == {Count.more_than(400_000): "2024"}


def test_news_the_start_of_a_campaign_is_not_the_date_of_its_losses(news: News) -> None:
    text = (
        "In the counteroffensive, which Kyiv launched on June 4, the Ukrainian army lost "
        "more than 150,000 people, the Russian defence minister said on Tuesday."
    )
    (claim,) = news(text).claims
    assert claim.as_of.format() == "2025-10-21"
    assert claim.covers.start.isoformat() == "2025-06-04"


def test_news_a_later_clause_date_does_not_date_the_claim(news: News) -> None:
    text = (
        "On Monday Kyiv said Russia holds about 8,000 Ukrainians, while the number it "
        "holds itself rose after its incursion last August."
    )
    assert dated(news(text)) == {Count.approx(8_000): "2025-10-20"}


def test_news_the_same_speaker_in_the_next_sentence_keeps_the_statements_date(
    news: News,
) -> None:
    text = (
        "On Sunday, Zelensky said 46,000 Ukrainian soldiers had been killed. "
        "Speaking to reporters, Zelensky said 380,000 soldiers had been wounded."
    )
    assert dated(news(text)) == {
        Count.exact(46_000): "2025-10-19",
        Count.exact(380_000): "2025-10-19",
    }


@pytest.mark.parametrize(
    ("text", "caveated"),
    [
        (
            "The mission documented the execution of at least 90 Ukrainian prisoners of "
            "war, a figure it says is incomplete.",
            True,
        ),
        ("The mission documented the execution of at least 90 Ukrainian prisoners.", False),
    ],
)
def test_news_executions_are_deaths_and_incomplete_is_a_caveat(
    news: News, text: str, caveated: bool
) -> None:
    (claim,) = news(text).claims
    assert claim.category.value == "killed"
    assert bool(claim.caveats) is caveated


def test_news_both_governments_is_not_both_numbers(news: News) -> None:
    text = (
        "Kyiv said 40,000 Ukrainian soldiers had been killed. Moscow said 60,000 Russian "
        "soldiers had been killed. Analysts believe both governments understate their dead."
    )
    claims = news(text).claims
    assert sum(bool(c.caveats) for c in claims) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Russia's losses in tanks have passed 3,000, the General Staff said.",
        "The army plans to recruit 100,000 soldiers this year.",
        "Kyiv says 20,000 children were deported to Russia.",
        "About 4 million people have been displaced by the fighting.",
        "Russia has 500,000 troops deployed in Ukraine.",
        "Officials said 1,200 Russian soldiers are killed or wounded every day.",
    ],
)
def test_news_equipment_recruits_deportees_and_rates_are_no_claims(news: News, text: str) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Mediazona, at least 90,000 Russian soldiers have died.",
            ("RUS", "killed", Count.at_least(90_000)),
        ),
        (
            "The Ukrainian General Staff puts Russian losses at 700,000.",
            ("RUS", "total_losses", Count.exact(700_000)),
        ),
        (
            "Kyiv estimates that 35,000 Ukrainian troops are missing.",
            ("UKR", "missing", Count.exact(35_000)),
        ),
        (
            "The death toll among Russian forces is estimated at 150,000.",
            ("RUS", "killed", Count.exact(150_000)),
        ),
        (
            "Russia has suffered more than 300,000 casualties, the Pentagon estimates.",
            ("RUS", "total_losses", Count.more_than(300_000)),
        ),
    ],
)
def test_news_everyday_phrasings_of_losses(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


def test_news_thousands_more_still_held_are_the_same_sides_captives(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Kyiv said 4,000 Ukrainians had been brought home from Russian captivity in 60 "
        "exchanges, and that thousands more were still held."
    )
    read = news(text)
    assert found(read) == {("UKR", "captured", Count.parse("thousands"))}
    assert [t.count for t in read.tallies] == [Count.exact(4_000)]


def test_news_an_apposition_of_people_does_not_hide_the_verb(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Officials estimate that about 7,000 Ukrainians, soldiers and civilians, are held "
        "in Russia."
    )
    assert found(news(text)) == {("UKR", "captured", Count.approx(7_000))}


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # "by the end of June" names the month, as the corpora's answers code it (a day
        # would claim a precision the text does not have); so does "late June"
        (
            "The project had counted more than 100,000 Russian dead by the end of June.",
            "2025-06",
        ),
        ("The project had counted more than 100,000 Russian dead by late June.", "2025-06"),
        ("In June, the project counted more than 100,000 Russian dead.", "2025-06"),
    ],
)
def test_news_by_the_end_of_a_month_is_that_month(news: News, text: str, as_of: str) -> None:
    (claim,) = news(text).claims
    assert claim.as_of.format() == as_of


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "More than 40,000 Ukrainian soldiers have been killed, President Zelensky said "
            "in an interview broadcast on Sunday.",
            "2025-10-19",
        ),
        (
            "Kyiv estimates that Russia holds about 8,000 Ukrainians, while the number of "
            "Russians held by Ukraine, which rose after the incursion last August, is secret.",
            "2025-10-23",
        ),
    ],
)
def test_news_a_later_date_dates_a_claim_only_as_the_date_of_saying(
    news: News, text: str, as_of: str
) -> None:
    (claim,) = news(text).claims
    assert claim.as_of.format() == as_of


def test_news_n_of_its_soldiers_are_the_sides_own(found: Callable[..., Any], news: News) -> None:
    text = "Ukraine said on Monday that 500 of its soldiers had been killed in the battle."
    assert found(news(text)) == {("UKR", "killed", Count.exact(500))}


@pytest.mark.parametrize("name", ["Zelenksy", "Zelenskiy", "Zelensy"])
def test_news_a_speakers_name_misspelt_by_one_slip_is_still_the_speaker(
    news: News, name: str
) -> None:
    text = f"President {name} said in February that more than 40,000 soldiers had been killed."
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.claimant.name) == ("UKR", "Volodymyr Zelensky")


def test_news_the_enemy_is_the_other_side_of_the_speaker(
    found: Callable[..., Any], news: News
) -> None:
    text = "The enemy lost up to 340 servicemen, the Russian Defence Ministry said."
    assert found(news(text)) == {("UKR", "total_losses", Count.at_most(340))}


def test_news_a_day_window_before_the_figure_makes_one_days_losses(news: News) -> None:
    text = "The ministry said that over the past day Ukrainian forces lost up to 1,200 servicemen."
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.scope.value) == ("UKR", "period")


@pytest.mark.parametrize(
    "text",
    [
        "Analysts reckon that more than 200,000 soldiers on both sides have been killed.",
        "Western officials put the dead of both armies at roughly 150,000.",
        "The number of Russian and Ukrainian troops killed or wounded is close to 500,000.",
        "Losses on either side are thought to run to tens of thousands of dead.",
    ],
)
def test_news_a_total_of_both_sides_is_no_claim(news: News, text: str) -> None:
    # A figure for both armies together says nothing about either; no joint subject either.
    assert news(text).claims == []


def test_news_a_one_side_figure_beside_a_two_sided_list_is_kept(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Kyiv says 40,000 Russian soldiers were killed in the spring, and Kyiv and "
        "Moscow trade blame for the shelling."
    )
    assert found(news(text)) == {("RUS", "killed", Count.exact(40_000))}
    # the two sides named as speakers do not make the figure a joint one
    spoken = news("Ukrainian and Russian officials said 2,500 Russian soldiers died there.")
    assert found(spoken) == {("RUS", "killed", Count.exact(2_500))}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # no year named: the year of the statement
        (
            "The minister said that over the year more than 2,000 Ukrainian soldiers"
            " had surrendered.",
            2025,
        ),
        # the year the sentence names, even one read first as a number
        (
            "2023 was a grim year: Kyiv estimated Russian dead during the year at some 90,000.",
            2023,
        ),
    ],
)
def test_news_a_figure_over_the_year_is_as_of_that_year(news: News, text: str, year: int) -> None:
    (claim,) = news(text).claims
    assert claim.as_of == Period.year(year)


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "London judged at the end of April that Russian dead were nearing 170,000.",
            Period.month(2025, 4),
        ),
        ("In late March, Kyiv put Russian losses at more than 900,000.", Period.month(2025, 3)),
        # a count reached by the end of a month is of that month
        (
            "Volunteers had identified 95,000 Russian dead by the end of June.",
            Period.month(2025, 6),
        ),
    ],
)
def test_news_a_claim_dated_by_part_of_a_month_is_as_of_the_month(
    news: News, text: str, as_of: Period
) -> None:
    (claim,) = news(text).claims
    assert claim.as_of == as_of


def test_news_losses_of_troops_sent_by_north_korea_are_its_own(
    found: Callable[..., Any], news: News
) -> None:
    # The figure has no people of its own: it counts the troops the sentence opens with.
    text = (
        "North Korean soldiers, thousands of whom were deployed to the Kursk region, have "
        "suffered serious losses, Seoul's spy agency said, estimating that about 4,000 had "
        "been killed or wounded."
    )
    assert found(news(text)) == {("PRK", "total_losses", Count.approx(4_000))}


def test_news_the_enemy_is_still_the_other_side_with_north_korea_registered(news: News) -> None:
    text = (
        "The enemy lost up to 1,300 servicemen over the past day, "
        "the Russian Defence Ministry said."
    )
    assert {c.subject.code for c in news(text).claims} == {"UKR"}


def test_news_deaths_told_after_a_relative_clause_without_commas(
    found: Callable[..., Any], news: News
) -> None:
    # The verb of the 30 comes after "who ... hospital", which no comma closes;
    # "taken" inside the clause is not a capture.
    text = (
        "The ministry said 30 Ukrainian soldiers who were being taken by bus to a "
        "military hospital near the front had been killed in the strike."
    )
    assert found(news(text)) == {("UKR", "killed", Count.exact(30))}


def test_news_people_held_in_one_sides_captivity_are_the_others(
    found: Callable[..., Any], news: News
) -> None:
    # No nationality on the 12; "Russian captivity" says whose they are. (Men "from
    # their district" would be one district's count, no claim.)
    text = "Families say 12 men are still recorded as being in Russian captivity."
    assert found(news(text)) == {("UKR", "captured", Count.exact(12))}


def test_news_time_spent_in_captivity_by_people_brought_home_is_no_claim(news: News) -> None:
    read = news("Kyiv took back 75 soldiers who had spent two years in Russian captivity.")
    assert read.claims == []


def test_news_children_taken_to_russia_are_not_a_capture_claim(
    found: Callable[..., Any], news: News
) -> None:
    # "taken to Russia" moves people; only "taken prisoner" or "into captivity" captures.
    moved = news(
        "Officials say 2,100 Ukrainian children who had been taken to Russia were later "
        "located by volunteers."
    )
    assert moved.claims == []
    captured = news("Moscow says 400 Ukrainian soldiers were taken prisoner near the town.")
    assert found(captured) == {("UKR", "captured", Count.exact(400))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says its marines took 230 Russian paratroopers prisoner near the bridge, "
            "most of whom were later exchanged.",
            ("RUS", "captured", Count.exact(230)),
        ),
        (
            "The general staff said that, since the spring, its units had taken well over "
            "600 North Korean troops captive in the forest belts.",
            ("PRK", "captured", Count.more_than(600)),
        ),
        (
            "Moscow claims its forces have taken roughly 1,100 Ukrainian defenders prisoner, "
            "a figure Kyiv disputes.",
            ("UKR", "captured", Count.approx(1_100)),
        ),
    ],
)
def test_news_people_taken_prisoner_between_verb_and_complement_are_captured(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    """ "took 230 Russian paratroopers prisoner": the people stand between "take" and its
    complement; a later swap of some of them does not undo the capture."""
    assert expected in found(news(text))


@given(
    teller=st.sampled_from(["Moscow", "Kyiv", "The Red Cross"]),
    captor=st.sampled_from([("Ukraine", "RUS"), ("Russian forces", "UKR")]),
    verb=st.sampled_from(
        [
            "have been taken prisoner by",
            "were captured by",
            "surrendered to",
            "gave themselves up to",
        ]
    ),
    value=st.integers(min_value=20, max_value=5_000),
)
def test_news_people_taken_by_a_named_captor_are_never_the_captors_own(
    found: Callable[..., Any],
    news: News,
    teller: str,
    captor: tuple[str, str],
    verb: str,
    value: int,
) -> None:
    """Whoever tells it, people a named side took or who gave up to it are the other side's."""
    name, side = captor
    text = f"{teller} says {value:,} conscripts {verb} {name} near the border."
    assert {s for s, c, _ in found(news(text)) if c == "captured"} == {side}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of the regiment's marines": the people after a group's possessive are the figure's
        pytest.param(
            "A families' association says 640 of the regiment's marines are still in Russian "
            "captivity, a number the navy has not confirmed.",
            {("UKR", "captured", Count.exact(640))},
            id="group-possessive",
        ),
        # ... and with no side told anywhere, no side is guessed
        pytest.param(
            "Its spokesman said about 210 of the battalion's fighters had been killed near the "
            "river crossing.",
            set(),
            id="group-possessive-no-side",
        ),
        # a rate in the clause of the families of a count is the families' doing
        pytest.param(
            "The mayor said that the wives of 320 Ukrainian marines who are still listed as "
            "missing meet at the town hall every week.",
            {("UKR", "missing", Count.exact(320))},
            id="families-rate",
        ),
        pytest.param(
            "Parents of roughly 75 Ukrainian conscripts listed as missing write to the "
            "ombudsman every month, his office says.",
            {("UKR", "missing", Count.approx(75))},
            id="families-rate-month",
        ),
        # an office of a side's state, named with its adjective, counts its side's people
        # unless they carry a side of their own
        pytest.param(
            "The Ukrainian health ministry reports that at least 1,150 civilians have died in "
            "strikes on the city since the spring.",
            {("UKR", "killed", Count.at_least(1_150))},
            id="office-adjective",
        ),
        pytest.param(
            "The Russian regional authorities said some 90 residents of the border villages "
            "had been wounded and 14 killed since January.",
            {("RUS", "wounded", Count.approx(90)), ("RUS", "killed", Count.exact(14))},
            id="office-adjective-pair",
        ),
        pytest.param(
            "The Ukrainian general prosecutor's office said 410 Russian soldiers had been "
            "killed in the assault.",
            {("RUS", "killed", Count.exact(410))},
            id="office-adjective-other-side",
        ),
    ],
)
def test_news_whose_people_a_count_is_read_past_groups_families_and_offices(
    found: Callable[..., Any], news: News, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    """A count's people and side are read past a group's possessive, a rate of their
    families and an office named with its side's adjective."""
    assert found(news(text)) == expected


def test_news_people_taken_somewhere_after_the_verb_are_not_captured(
    found: Callable[..., Any], news: News
) -> None:
    read = news("Kyiv says its buses took 230 Russian prisoners to the border on Friday.")
    assert all(category != "captured" for _, category, _ in found(read))


def test_news_a_part_told_with_of_whom_takes_the_nationality_before_it(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Roughly 12,000 North Korean soldiers went to the front, of whom about 1,500 "
        "were killed, South Korean lawmakers said."
    )
    assert found(news(text)) == {("PRK", "killed", Count.approx(1_500))}


def test_news_a_count_reached_by_the_end_of_a_year_is_as_of_its_last_month(news: News) -> None:
    # one step finer than the period named, as the end of a month gives its last day
    (claim,) = news("Russian losses had passed 750,000 by the end of 2024, Kyiv said.").claims
    assert claim.as_of == Period.month(2024, 12)


def test_news_the_side_a_sentence_opens_with_owns_a_figure_without_a_side(
    found: Callable[..., Any], news: News
) -> None:
    # "killed" is the figure's noun; the side is the one said to have suffered losses.
    read = news(
        "Russian units have suffered severe losses: Kyiv put the number at 9,000 killed "
        "in the battle for the city."
    )
    assert found(read) == {("RUS", "killed", Count.exact(9_000))}
    civilians = news(
        "Russian units have suffered severe losses near the city, where 40 civilians "
        "have also been killed, officials say."
    )
    assert {c.subject.code for c in civilians.claims} <= {"UKR"}


def test_news_a_bare_figure_after_lost_is_that_sides_losses(
    found: Callable[..., Any], news: News
) -> None:
    text = "Kyiv says 50,000 of its soldiers have died, while Russia has lost over 190,000."
    assert found(news(text)) == {
        ("UKR", "killed", Count.exact(50_000)),
        ("RUS", "total_losses", Count.more_than(190_000)),
    }
    assert news("Russia has lost 3,400 tanks and 7,000 armoured vehicles.").claims == []


def test_news_names_on_a_register_of_the_dead_or_missing_are_a_claim(
    found: Callable[..., Any], news: News
) -> None:
    dead = news(
        "An online memorial that collects Russian soldiers whose deaths were announced "
        "by relatives has gathered about 90,000 names."
    )
    assert found(dead) == {("RUS", "killed", Count.approx(90_000))}
    # a list of names handed over for a swap counts nobody's losses
    swap = news("Kyiv passed Moscow a list of 1,100 names before the exchange of the dead.")
    assert swap.claims == []


@given(
    st.integers(min_value=1_000, max_value=200_000),
    st.sampled_from([("Ukrainian", "UKR"), ("Russian", "RUS")]),
    st.sampled_from(["collects", "counts", "compiles"]),
    st.sampled_from(["has verified", "had confirmed", "has recorded", "lists"]),
)
def test_news_names_from_obituaries_are_the_dead(
    news: News, n: int, side: tuple[str, str], gathers: str, listed: str
) -> None:
    """An obituary tells of a death: "a project that collects Ukrainian obituaries has
    verified more than 60,000 names" counts that side's dead."""
    adjective, code = side
    text = (
        f"A volunteer project that {gathers} {adjective} obituaries {listed} more than {n:,} names."
    )
    claims = news(text).claims
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        (code, "killed", Count.more_than(n))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a list for a swap, whatever else the sentence tells
        "Kyiv passed Moscow a list of 1,100 names before the exchange, obituaries aside.",
        # obituaries without a count of names
        "The newspaper printed 40 obituaries last week.",
    ],
)
def test_news_obituaries_without_a_register_of_names_make_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


def test_news_one_days_losses_told_with_their_kinds_are_a_claim(news: News) -> None:
    # "killed and wounded" between the noun and "over the past 24 hours"
    text = (
        "Moscow's defence ministry said Ukrainian forces had lost up to 1,330 servicemen "
        "killed and wounded over the past 24 hours."
    )
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value) == ("UKR", "total_losses")
    assert claim.count == Count.at_most(1_330)


def test_news_each_side_told_of_another_figure_leaves_a_loss_claim_alone(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "The ministry confirmed the swap, putting it at 120 for each side, and said that "
        "Ukraine had lost up to 1,100 servicemen over the past 24 hours."
    )
    assert ("UKR", "total_losses", Count.at_most(1_100)) in found(news(text))


def test_news_losses_of_a_side_named_well_before_its_verb(
    found: Callable[..., Any], news: News
) -> None:
    # the side, then a participle phrase, then "had suffered", then the figure
    text = (
        "Seoul said North Korean battalions moved to the Kursk front had suffered around "
        "3,800 casualties, of whom about 500 were killed."
    )
    assert found(news(text)) == {
        ("PRK", "total_losses", Count.approx(3_800)),
        ("PRK", "killed", Count.approx(500)),
    }


def test_news_killed_or_wounded_late_in_the_clause_is_total_losses(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Kyiv said that about 3,000 of the North Korean soldiers sent to the Kursk region "
        "had been killed or wounded."
    )
    assert found(news(text)) == {("PRK", "total_losses", Count.approx(3_000))}


def test_news_people_held_by_one_side_are_the_others(news: News) -> None:
    # "held by Russia" and "Russian captivity" name the captor, not whose people they are
    text = (
        "The ombudsman said 120 Ukrainian civilians had come home from Russian captivity "
        "this year, though at least 15,000 more are still held by Russia."
    )
    claims = [c for c in news(text).claims if c.category.value == "captured"]
    assert [(c.subject.code, c.count) for c in claims] == [("UKR", Count.at_least(15_000))]


def test_news_a_towns_population_and_wounded_handed_back_are_no_claims(news: News) -> None:
    town = news(
        "Records from Bakhmut, a town of some 70,000 before the war, are missing, the UN "
        "said of the civilians killed there."
    )
    assert [c.count for c in town.claims if c.count == Count.approx(70_000)] == []
    wounded = news("Ukraine received 40 soldiers, while Russia took back 12 of its own wounded.")
    assert wounded.claims == []


def test_news_a_date_across_while_belongs_to_the_other_clause(news: News) -> None:
    text = (
        "Officials estimate that some 200,000 Russian soldiers have died, while London "
        "said Russian casualties in 2023 alone had passed 300,000."
    )
    dates = {c.count: c.as_of for c in news(text).claims}
    assert dates[Count.approx(200_000)] == Period.day(date(2025, 10, 23))
    assert dates[Count.more_than(300_000)] == Period.year(2023)


def test_news_a_loss_word_past_a_long_apposition_still_counts(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Kyiv's ombudsman says more than 50,000 people, servicemen and civilians, "
        "are listed as missing."
    )
    assert found(news(text)) == {("UKR", "missing", Count.more_than(50_000))}


@given(
    st.sampled_from(
        [
            ("The Azovstal defenders", "UKR"),
            ("Ukrainian troops", "UKR"),
            ("The Mariupol defenders", "UKR"),
            ("Russian soldiers", "RUS"),
        ]
    ),
    st.integers(min_value=20, max_value=5000),
    st.sampled_from(["had laid down their arms", "laid down their arms", "had surrendered"]),
    st.sampled_from(["Moscow", "Kyiv", "The ministry"]),
)
def test_news_of_them_after_a_sentence_opening_with_sided_people_counts_those_people(
    news: News, people: tuple[str, str], n: int, verb: str, teller: str
) -> None:
    # "The Azovstal defenders surrendered in May. Moscow said that 2,439 of them had laid
    # down their arms": "them" are the people the sentence before opened with
    read = news(
        f"{people[0]} surrendered in May after an 82-day siege. {teller} said at the time"
        f" that {n:,} of them {verb}."
    )
    assert ("captured", Count.exact(n)) in {
        (c.category.value, c.count) for c in read.claims if c.subject.code == people[1]
    }


def test_news_of_them_after_people_moved_is_no_claim_of_giving_up(news: News) -> None:
    # "them" are the people the exchange moved: a part of them, not a count of captives
    read = news(
        "Ukraine got back 108 women on Monday. Yermak said 37 of them had been taken prisoner"
        " after leaving the steel plant, and 20 of them laid down their arms in May."
    )
    assert not read.claims
