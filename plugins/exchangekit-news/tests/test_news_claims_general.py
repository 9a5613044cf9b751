"""Casualty claims and stated tallies written as strangers write them (issue 8, frozen-2 lessons).

Each test is one broad construction of English news copy: losses named in
either order ("dead or wounded"), a loss reported at second hand ("are
believed to have been killed"), a side named before an aside of saying, the
owner of losses named through its army ("the losses of the armed forces of
Ukraine").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "pair",
    ["dead or wounded", "wounded or dead", "dead and injured", "injured or killed"],
)
def test_news_the_dead_and_the_wounded_in_either_order_are_total_losses(
    found: Callable[..., Any], news: News, pair: str
) -> None:
    text = f"A senator wrote that about 20,000 Russian troops lay {pair} near the river."
    assert found(news(text)) == {("RUS", "total_losses", Count.approx(20_000))}


def test_news_a_loss_owned_through_its_armed_forces(found: Callable[..., Any], news: News) -> None:
    text = (
        "In the past day the losses of the armed forces of Russia on this axis came "
        "to 410 servicemen, the General Staff in Kyiv reported."
    )
    assert found(news(text)) == {("RUS", "total_losses", Count.exact(410))}


def test_news_a_side_named_with_a_skipped_adjective_owns_its_losses(
    found: Callable[..., Any], news: News
) -> None:
    # the side's mention takes in "military"; the owner is still the side before the noun
    text = (
        "ODESA, May 3 (Test Desk) – Ukrainian military losses near the city, killed and "
        "wounded together, have exceeded 7,000, a Russian general claimed on Saturday."
    )
    assert found(news(text)) == {("UKR", "total_losses", Count.more_than(7_000))}


@pytest.mark.parametrize(
    "hearsay", ["are believed to have been killed", "are thought to have died"]
)
def test_news_a_death_reported_at_second_hand_is_still_a_death(
    found: Callable[..., Any], news: News, hearsay: str
) -> None:
    text = f"Officials in London say some 3,000 Russian conscripts {hearsay} this spring."
    assert found(news(text)) == {("RUS", "killed", Count.approx(3_000))}


def test_news_a_side_before_an_aside_of_saying_owns_the_figure(
    found: Callable[..., Any], news: News
) -> None:
    # the claim before it is about the other side: the named side must win over it
    text = (
        "The minister said 12,000 Ukrainian soldiers had been wounded, and then turned to "
        "the enemy: Russian units, she told reporters, had lost 31,000 men."
    )
    assert found(news(text)) == {
        ("UKR", "wounded", Count.exact(12_000)),
        ("RUS", "total_losses", Count.exact(31_000)),
    }


def test_news_their_losses_points_past_a_speaker_to_the_side_told(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "During the offensive that Russian troops began in May, Syrskyi said, their "
        "losses had passed 60,000 men."
    )
    assert found(news(text)) == {("RUS", "total_losses", Count.more_than(60_000))}


def tallied(read: Any) -> set[tuple[str, str, Count]]:
    """(receiver, category, count) of every stated tally read."""
    return {(t.receiver.code, t.category.value, t.count) for t in read.tallies}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said on Monday that 2,140 prisoners of war had been brought home in 2024.",
        "So far this year, the ombudsman said, 640 bodies have been returned to Ukraine.",
        "Last year Russia took back 1,150 of its soldiers, the Russian ministry said.",
    ],
)
def test_news_a_years_returns_are_a_running_total_not_one_exchange(news: News, text: str) -> None:
    read = news(text)
    assert read.exchanges == []
    assert len(read.tallies) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the year dates a detention in a participle phrase, not the return
        "On Friday 19 Ukrainian civilians came home, one of them detained in 2022 near Izium.",
        # the year qualifies a noun
        "On Friday 19 Ukrainian civilians held since last year's offensive came home.",
        # one exchange named in the clause
        "In the swap in 2024 Ukraine brought home 90 soldiers, the ministry said.",
        # a month of last year, not the whole year
        "Russia handed back 4,000 bodies in July last year, the headquarters said.",
    ],
)
def test_news_a_year_that_does_not_date_the_return_makes_no_total(news: News, text: str) -> None:
    assert news(text).tallies == []


def test_news_a_handover_that_brings_a_number_to_a_figure_is_a_total(news: News) -> None:
    text = (
        "Friday's repatriation brings to 5,300 the number of bodies returned to Ukraine "
        "since the spring, the headquarters said."
    )
    read = news(text)
    assert tallied(read) == {("UKR", "remains", Count.exact(5_300))}
    assert [t.count for e in read.exchanges for t in e.transfers] == []


@pytest.mark.parametrize("head", ["number", "count"])
def test_news_a_number_of_two_kinds_of_people_is_of_kind_other(news: News, head: str) -> None:
    text = (
        f"The ombudsman said the {head} of Ukrainian servicemen and civilians freed from "
        "captivity since 2022 had now reached 3,105."
    )
    assert tallied(news(text)) == {("UKR", "other", Count.exact(3_105))}


def test_news_a_total_told_with_people_of_its_own_is_a_tally(news: News) -> None:
    text = (
        "According to Ukraine's ombudsman, the swap was the 70th of the war, and it took "
        "the total returned to 5,020 people, troops and civilians together."
    )
    read = news(text)
    assert tallied(read) == {("UKR", "other", Count.exact(5_020))}
    assert [t.count for e in read.exchanges for t in e.transfers] == []


def test_news_a_side_own_count_names_the_receiver_of_a_running_total(news: News) -> None:
    text = "By Russia's count, about 2,300 bodies have been repatriated since March 2023."
    assert tallied(news(text)) == {("RUS", "remains", Count.approx(2_300))}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 6,500 Ukrainian troops, by its own reckoning, are still held in captivity.",
        "The ombudsman said 4,200 Ukrainians, troops and civilians together, were still "
        "being held in Russia.",
    ],
)
def test_news_an_aside_between_people_and_their_verb_is_skipped(news: News, text: str) -> None:
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value) == ("UKR", "captured")


def test_news_people_after_of_are_the_figures_own(found: Callable[..., Any], news: News) -> None:
    text = (
        "Moscow says 1,300 of the Kursk conscripts were taken prisoner when the town "
        "fell in August."
    )
    read = news(text)
    assert found(read) == {("RUS", "captured", Count.exact(1_300))}
    # the date of the "when" clause dates the capture, not the statement
    assert [str(c.as_of) for c in read.claims] == ["2025-10-23"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "London judged that Russian casualties, dead and wounded alike, were probably "
            "close to 700,000 by the summer.",
            ("RUS", "total_losses", Count.nearly(700_000)),
        ),
        (
            "Kyiv said its tally of Russian losses had gone past 800,000.",
            ("RUS", "total_losses", Count.more_than(800_000)),
        ),
        (
            "Seoul said North Korean losses had exceeded 3,000 within the first weeks alone.",
            ("PRK", "total_losses", Count.more_than(3_000)),
        ),
        (
            "Moscow said Ukraine had lost 7,800 soldiers over the past week on all fronts.",
            ("UKR", "total_losses", Count.exact(7_800)),
        ),
    ],
)
def test_news_loss_figures_with_hedges_links_and_windows_of_reporting(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


def test_news_a_civilian_toll_takes_its_side_from_the_place_and_the_toll_before(
    found: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "The number of civilians killed in Ukraine that the monitors could check one by "
        "one has passed 11,000, the UN Human Rights Monitoring Mission said. For "
        "civilians alone, the mission has also verified 24,500 injured."
    )
    read = news(text)
    assert found(read) == {
        ("UKR", "killed", Count.more_than(11_000)),
        ("UKR", "wounded", Count.exact(24_500)),
    }
    assert {c.population.value for c in read.claims} == {"civilians"}


def test_news_n_of_them_counts_the_people_named_with_their_side(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Questioned about the North Korean soldiers fighting beside Russian units, the "
        "minister said about 1,500 of them had been killed."
    )
    assert found(news(text)) == {("PRK", "killed", Count.approx(1_500))}


def test_news_n_of_them_after_people_moved_is_no_claim(news: News) -> None:
    read = news("Russia handed over 250 Ukrainian soldiers on Friday, 40 of them wounded.")
    assert read.claims == []


@pytest.mark.parametrize(
    "heading",
    [
        "STATEMENT OF THE MINISTRY OF DEFENCE OF UKRAINE",
        "Ukrainian Defence Ministry briefing, 3 May (our own translation)",
        "Briefing of the Ministry of Defence of Ukraine — morning edition",
    ],
)
def test_news_a_statement_heading_gives_the_enemy_its_side(news: News, heading: str) -> None:
    text = (
        f"{heading}\n\n"
        "Over the past day the enemy's losses on the southern axis came to up to 420 "
        "servicemen and 9 tanks."
    )
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value, claim.count) == (
        "RUS",
        "total_losses",
        Count.at_most(420),
    )
    assert claim.claimant.party is not None
    assert claim.claimant.party.code == "UKR"


@settings(max_examples=15, deadline=None)
@given(
    office=st.sampled_from(
        [
            ("Ministry of Defence of the Russian Federation", "UKR"),
            ("Russian Defence Ministry", "UKR"),
            ("General Staff of the Armed Forces of Ukraine", "RUS"),
        ]
    ),
    second=st.sampled_from(["Press release, 24 August 2024", "Morning update, 07:00", ""]),
    lost=st.integers(20, 2_000),
)
def test_news_a_letterhead_names_who_says_the_enemy_lost(
    news: News, office: tuple[str, str], second: str, lost: int
) -> None:
    """A text opening with an office's name alone is that office's statement."""
    name, enemy = office
    text = f"{name}\n{second}\n\nOver the past day, the enemy lost up to {lost:,} servicemen.\n"
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.count) == (enemy, Count.at_most(lost))


@pytest.mark.parametrize(
    "text",
    [
        # an office named in a later line, or in a first line with more words, is no letterhead
        "Casualty report\n\nMinistry of Defence of Ukraine\n\nOver the past day, the enemy "
        "lost up to 420 servicemen.\n",
        "Reporters waited for the Ministry of Defence of Ukraine\n\nOver the past day, the "
        "enemy lost up to 420 servicemen.\n",
    ],
)
def test_news_an_office_named_elsewhere_is_no_letterhead(news: News, text: str) -> None:
    assert news(text).claims == []


def test_news_a_briefing_told_in_a_story_sentence_is_no_heading(news: News) -> None:
    text = (
        "Reporters sat through a long briefing at the Ukrainian defence ministry.\n\n"
        "Over the past day the enemy's losses came to up to 420 servicemen."
    )
    assert news(text).claims == []


def test_news_the_enemy_before_an_according_aside_is_the_sources_other_side(
    found: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "Since the start of the offensive near Pokrovsk on 3 March, the enemy, according "
        "to the Ukrainian General Staff, has lost more than 9,000 servicemen."
    )
    read = news(text, published=date(2025, 4, 30))
    assert found(read) == {("RUS", "total_losses", Count.more_than(9_000))}
    # the date of the start is the start, not the day the figure stood
    assert [str(c.as_of) for c in read.claims] == ["2025-04-30"]


def test_news_a_mediators_total_on_both_sides_is_no_one_sides_tally(news: News) -> None:
    text = (
        "Qatar said its mediation had freed 2,100 captives on both sides in 12 "
        "exchanges since 2023."
    )
    assert [(t.receiver.code, t.sender) for t in news(text).tallies] == [("RUS+UKR", None)]


def test_news_a_figure_given_each_time_across_handovers_is_no_running_total(
    news: News,
) -> None:
    text = (
        "In four handovers, on May 2, 9, 16 and 23, Russia returned the remains of about "
        "900 soldiers each time."
    )
    assert news(text).tallies == []


def test_news_a_total_cue_right_after_a_figure_is_that_figures(news: News) -> None:
    text = (
        "The swap, which freed 400 people in all, followed another on Monday, when 90 "
        "Ukrainians returned home."
    )
    assert Count.exact(90) not in {t.count for t in news(text).tallies}


@pytest.mark.parametrize(
    "second",
    [
        "The General Staff put the total at 1,210,400 since the invasion began.",
        "Its morning bulletin says the total has grown to about 1,210,000.",
        # a running total's adjective, and an aside of when it was published
        "Its cumulative total since 2022, issued on 1 March, stood at 1,210,400.",
        "Its overall tally, published on Tuesday, stood at 1,211,480.",
        # the total given in the teller's own relative clause
        "On Tuesday it added them to the tally, which it put at 1,211,480.",
    ],
)
def test_news_the_total_after_a_loss_claim_is_the_same_sides_losses(
    found: Callable[..., Any], news: News, second: str
) -> None:
    read = news(f"Russian losses have passed 1.2 million, Kyiv said on Monday. {second}")
    assert {(s, c) for s, c, _ in found(read)} == {("RUS", "total_losses")}
    assert len(read.claims) == 2
    assert read.tallies == []


def test_news_a_published_total_of_something_else_is_no_loss(news: News) -> None:
    """ "The fund's overall total, published on Tuesday, stood at ..." counts money."""
    read = news(
        "Russian losses have passed 1.2 million, Kyiv said on Monday. The aid fund's overall"
        " total, published on Tuesday, stood at 45 million dollars."
    )
    assert [c.count for c in read.claims] == [Count.more_than(1_200_000)]


def test_news_a_combined_figure_after_killed_and_wounded_is_total_losses(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Ukrainian forces, the minister said, had lost 90,000 soldiers killed and 260,000 "
        "wounded, a combined figure of some 350,000."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.exact(90_000)),
        ("UKR", "wounded", Count.exact(260_000)),
        ("UKR", "total_losses", Count.approx(350_000)),
    }


def test_news_in_a_sides_captivity_is_no_place_of_a_civilian_toll(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Kyiv's ombudsman said 52,000 people, soldiers and civilians, were listed as "
        "missing, including some thought to be in Russian captivity."
    )
    assert found(news(text)) == {("UKR", "missing", Count.exact(52_000))}


def test_news_a_year_in_a_since_clause_is_no_date_of_the_claim(news: News) -> None:
    text = (
        "About 1,800 North Korean soldiers have been killed since Pyongyang sent its troops "
        "to fight alongside Russian units in the Kursk region last year, Seoul said on Monday."
    )
    (claim,) = news(text, published=date(2025, 9, 8)).claims
    assert str(claim.as_of) == "2025-09-08"


def test_news_a_months_toll_said_this_year_is_as_of_the_month(news: News) -> None:
    text = (
        "The UN mission said 12,900 civilians had been killed in Ukraine since the invasion. "
        "August was the worst month for civilians this year, with 190 killed, it said."
    )
    dates = {c.count: str(c.as_of) for c in news(text, published=date(2025, 9, 10)).claims}
    assert dates[Count.exact(190)] == "2025-08"


def test_news_each_side_as_the_subject_of_a_running_total_gives_both_sides(
    news: News,
) -> None:
    text = "So far, each side has released 840 prisoners over four stages, officials said."
    assert tallied(news(text)) == {
        ("UKR", "prisoners_of_war", Count.exact(840)),
        ("RUS", "prisoners_of_war", Count.exact(840)),
    }


def test_news_the_remains_of_a_figure_after_a_word_for_the_dead_is_no_toll(news: News) -> None:
    text = (
        "In March, April and May Kyiv took back its dead, handing Moscow the remains of "
        "12, 15 and 20 Russian servicemen respectively."
    )
    assert news(text).claims == []


def test_news_people_held_in_a_country_since_a_date_are_no_running_total(news: News) -> None:
    text = (
        "On Tuesday, eleven residents of the Belgorod region who had been held in Ukraine "
        "since last year's raid were returned to Russia."
    )
    read = news(text)
    assert read.tallies == []
    assert [t.count for e in read.exchanges for t in e.transfers] == [Count.exact(11)]


def test_news_people_a_side_captured_are_a_capture_claim_about_their_side(
    found: Callable[..., Any], news: News
) -> None:
    text = "Ukraine captured three North Korean soldiers near Sudzha in February, Kyiv said."
    assert found(news(text)) == {("PRK", "captured", Count.exact(3))}


def test_news_a_loss_word_after_a_relative_pronoun_gives_the_kind(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Volunteers have named 61,000 Ukrainian soldiers killed and, on another list, "
        "over 50,000 whom relatives report as missing."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.exact(61_000)),
        ("UKR", "missing", Count.more_than(50_000)),
    }


def test_news_a_figure_in_apposition_to_a_sides_number_is_that_sides(news: News) -> None:
    text = (
        "Kyiv rarely updates its count; the last official Ukrainian figure, 31,000 killed, "
        "dates from February 2024."
    )
    (claim,) = news(text).claims
    assert (claim.subject.code, claim.category.value, claim.count) == (
        "UKR",
        "killed",
        Count.exact(31_000),
    )
    assert str(claim.as_of) == "2024-02"


def test_news_a_sides_overall_count_at_a_figure_is_its_running_total(news: News) -> None:
    text = (
        "The latest swap leaves Ukraine's overall count since the full-scale invasion at "
        "5,210 people, the ombudsman said."
    )
    assert tallied(news(text)) == {("UKR", "other", Count.exact(5_210))}


def test_news_a_sides_office_opening_the_sentence_counts_its_own_people(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "Ukraine's commissioner for persons gone missing in the war, whose register "
        "holds troops and civilians alike, reported on Monday that 66,000 people were "
        "listed as missing."
    )
    assert found(news(text)) == {("UKR", "missing", Count.exact(66_000))}


def test_news_a_register_of_the_dead_counted_by_its_entries_is_a_claim(
    found: Callable[..., Any], news: News
) -> None:
    text = (
        "An online memorial of named Ukrainian dead, kept by volunteers, now lists more "
        "than 70,000 people."
    )
    assert found(news(text)) == {("UKR", "killed", Count.more_than(70_000))}


def test_news_a_list_handed_over_is_no_register_of_the_dead(news: News) -> None:
    text = (
        "Kyiv handed over a list of the dead it wants back and on Friday received 900 "
        "bodies; the list names 2,000 people."
    )
    assert news(text).claims == []


def test_news_a_months_returns_told_with_alone_are_a_running_total(news: News) -> None:
    read = news("Officials said 2,400 bodies had been returned to Ukraine in August alone.")
    assert tallied(read) == {("UKR", "remains", Count.exact(2_400))}
    assert read.exchanges == []


def test_news_people_recruited_are_no_losses_even_inside_a_loss_sentence(news: News) -> None:
    text = (
        "Russian losses include tens of thousands of prisoners recruited from jails in "
        "2023, many of whom were never counted."
    )
    assert news(text).claims == []


def test_news_people_recruited_and_then_killed_are_still_losses(
    found: Callable[..., Any], news: News
) -> None:
    text = "Kyiv said some 9,000 of the prisoners recruited by Wagner had been killed."
    assert {(c, k) for _, c, k in found(news(text))} == {("killed", Count.approx(9_000))}


def test_news_an_exchange_freeing_captives_from_both_sides_gives_no_one_way_figure(
    news: News,
) -> None:
    text = (
        "The UAE said the 14th swap it had helped arrange meant that together they had "
        "freed 4,300 captives on both sides."
    )
    read = news(text)
    assert [t.count for e in read.exchanges for t in e.transfers] == []
    # a two-way running total: both sides together, in 14 swaps
    assert [(t.receiver.code, t.sender, t.exchange_count) for t in read.tallies] == [
        ("RUS+UKR", None, Count.exact(14))
    ]


def test_news_the_start_of_a_running_total_is_not_its_date(news: News) -> None:
    text = (
        "Kyiv says that since the counteroffensive began on June 4, more than 900 "
        "Ukrainians have been freed in about 12 exchanges."
    )
    (tally,) = news(text, published=date(2025, 10, 1)).tallies
    assert str(tally.as_of) == "2025-10-01"
    assert str(tally.covers.start) == "2025-06-04"


def test_news_a_date_in_an_earlier_coordinated_clause_does_not_date_a_total(news: News) -> None:
    text = (
        "The swap followed one on March 3, when 90 soldiers were exchanged for 90, and it "
        "raised the number of Ukrainians freed since 2022 to 5,120, the headquarters said."
    )
    (tally,) = news(text, published=date(2025, 4, 10)).tallies
    assert (tally.count, str(tally.as_of)) == (Count.exact(5_120), "2025-04-10")


def test_news_a_monitoring_missions_civilian_toll_is_of_the_country_it_works_in(
    found: Callable[..., Any],
    news: News,
) -> None:
    text = (
        "The UN human rights monitoring mission reported that at least 180 civilians were "
        "killed and 990 injured in August."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.at_least(180)),
        ("UKR", "wounded", Count.exact(990)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says Russian losses — a figure that counts the wounded — have exceeded 1,170,000.",
        "The General Staff said Russia's casualties – dead, hurt and captured alike – had now "
        "exceeded 1,170,000.",
    ],
)
def test_news_a_loss_head_before_an_aside_between_dashes(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # the aside between dashes explains the loss noun; the verb after it still reaches it
    assert found(news(text)) == {("RUS", "total_losses", Count.parse("more than 1,170,000"))}


def test_news_a_dash_aside_does_not_make_a_figure_of_other_things_a_loss(news: News) -> None:
    assert (
        news("Kyiv says Russia's losses are heavy — 1,170,000 rounds of ammunition.").claims == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said Russian casualties had passed 950,000 and the monthly rate had topped 40,000.",
        "London said Russian losses had exceeded 950,000, while the weekly average had reached "
        "9,000.",
    ],
)
def test_news_a_rate_or_average_reached_is_no_toll(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # the figure after the rate is how fast losses grow, not a count of people lost
    assert found(news(text)) == {("RUS", "total_losses", Count.parse("more than 950,000"))}


def test_news_a_pace_in_an_aside_keeps_the_toll(found: Callable[..., Any], news: News) -> None:
    text = "Kyiv says Russian losses, at a pace unseen since 2023, have exceeded 900,000."
    assert found(news(text)) == {("RUS", "total_losses", Count.parse("more than 900,000"))}


@pytest.mark.parametrize(
    "text",
    [
        "British intelligence has put Russian casualties at between 40,000 and 60,000 killed, "
        "though those figures date from February.",
        "London put Russian deaths at 50,000; the numbers date from February.",
    ],
)
def test_news_figures_that_date_from_a_month_are_as_of_it(news: News, text: str) -> None:
    # a plural subject takes "date from", as a singular one takes "dates from"
    (claim,) = news(text).claims
    assert claim.as_of.start == date(2025, 2, 1)


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        ("killed, wounded and captured", Count.approx(640_000)),
        ("dead, wounded or taken prisoner", Count.approx(640_000)),
        ("wounded, missing or killed", Count.approx(640_000)),
    ],
)
def test_news_a_list_of_kinds_of_loss_after_the_people_is_total_losses(
    found: Callable[..., Any], news: News, listed: str, expected: Count
) -> None:
    # the list names the kinds the figure sums; its last kind is not the figure's
    text = f"Kyiv's army says the invaders have lost roughly 640,000 Russian soldiers, {listed}."
    assert found(news(text)) == {("RUS", "total_losses", expected)}


def test_news_a_figure_with_one_kind_then_another_figure_is_not_a_list(
    found: Callable[..., Any], news: News
) -> None:
    text = "The battalion lost 240 Ukrainian men killed in the spring, and 90 were wounded."
    assert found(news(text)) == {
        ("UKR", "killed", Count.exact(240)),
        ("UKR", "wounded", Count.exact(90)),
    }


@pytest.mark.parametrize(
    "hedge",
    ["were likely to be", "was likely to be", "are likely to have reached"],
)
def test_news_likely_on_a_count_made_so_far_is_a_hedge_not_a_projection(
    found: Callable[..., Any], news: News, hedge: str
) -> None:
    text = f"A think tank in Paris judged that Russian casualties {hedge} about 520,000."
    assert found(news(text)) == {("RUS", "total_losses", Count.approx(520_000))}


@pytest.mark.parametrize("projection", ["are likely to reach", "are likely to be"])
def test_news_likely_on_a_count_to_come_is_still_a_projection(
    found: Callable[..., Any], news: News, projection: str
) -> None:
    text = f"A think tank in Paris judged that Russian casualties {projection} 1,000,000 by winter."
    assert found(news(text)) == set()


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    head=st.sampled_from(
        [
            ("the true number of {adj} dead", "killed"),
            ("the real figure for {adj} deaths", "killed"),
            ("{adj} losses", "total_losses"),
        ]
    ),
    modal=st.sampled_from(["could be", "may be", "might be", "may well be"]),
    thousands=st.integers(min_value=20, max_value=900),
)
def test_news_a_modal_before_be_on_a_count_of_losses_is_a_hedge(
    found: Callable[..., Any],
    news: News,
    side: tuple[str, str],
    head: tuple[str, str],
    modal: str,
    thousands: int,
) -> None:
    # "the true number of dead could be around 200,000": a guess at the value now
    subject = head[0].format(adj=side[0])
    text = f"Researchers estimated that {subject} {modal} around {thousands},000."
    value = thousands * 1_000
    assert found(news(text)) == {(side[1], head[1], Count.approx(value))}


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Russian losses could reach 1,000,000 by winter.",
        "Analysts said Ukraine could be ready to exchange 1,000 prisoners.",
        "Analysts said Russian losses could be 1,000,000 by winter.",
        "Analysts said that by the end of 2026 Russian losses may be 1,000,000.",
    ],
)
def test_news_a_modal_of_what_is_to_come_is_not_a_hedge_on_a_count(
    found: Callable[..., Any], news: News, text: str
) -> None:
    assert found(news(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said that some 65 people of the town are still thought to be held in Russia.",
        "An aide said roughly 65 civilians from the region were known to be held in Russia.",
    ],
)
def test_news_people_from_a_place_held_in_a_country_are_a_local_count(
    found: Callable[..., Any], news: News, text: str
) -> None:
    # the people of one town or region held in Russia: that place's count, no side's claim
    assert found(news(f"KHARKIV, May 3 (Test Desk) – {text}")) == set()


@pytest.mark.parametrize(
    "covers",
    [
        "whose count of Russian losses takes in the injured as well as the dead,",
        "whose tally of Russian casualties counts wounded as well as killed,",
    ],
)
def test_news_the_dead_as_well_as_the_wounded_before_a_total_is_total_losses(
    found: Callable[..., Any], news: News, covers: str
) -> None:
    # the kind named last before the figure ("dead") is one of two the total covers
    text = (
        f"The defence ministry, {covers} said in its update of 4 April that the total "
        "had risen to 610,000."
    )
    assert found(news(text)) == {("RUS", "total_losses", Count.exact(610_000))}


@pytest.mark.parametrize(
    "ratio",
    [
        "which seems to be close to one to three",
        "put by the analysts at about 1 to 4",
        "now roughly two to five",
    ],
)
def test_news_the_terms_of_a_ratio_are_no_claims(news: News, ratio: str) -> None:
    text = f"The proportion of Russian dead to Russian wounded, {ratio}, is the note's main worry."
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("of which 1,150 were eliminated in the past day", Count.exact(1_150)),
        ("of whom about 1,150 were added over the past 24 hours", Count.approx(1_150)),
    ],
)
def test_news_a_daily_part_after_of_which_is_the_totals_kind(
    found: Callable[..., Any], news: News, part: str, expected: Count
) -> None:
    # the verb between the part and its window ("eliminated") names no kind of its own
    text = f"Russian losses have now reached 702,000 personnel, {part}, the staff in Kyiv said."
    assert found(news(text)) == {
        ("RUS", "total_losses", Count.exact(702_000)),
        ("RUS", "total_losses", expected),
    }


def test_news_a_part_of_people_moved_in_a_day_is_no_claim(news: News) -> None:
    text = (
        "Moscow handed over 410 prisoners, of whom 85 were freed in the past day, officials said."
    )
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says Moscow has by now acknowledged the captivity of some 4,700 Ukrainians, "
            "a figure it calls too low.",
            Count.approx(4_700),
        ),
        (
            "The ombudsman said Russia had confirmed the detention of 1,940 Ukrainian marines.",
            Count.exact(1_940),
        ),
    ],
)
def test_news_the_captivity_of_people_is_a_claim_of_captured(
    found: Callable[..., Any], news: News, text: str, expected: Count
) -> None:
    assert found(news(text)) == {("UKR", "captured", expected)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's commissioner for the missing told deputies that 48,500 people were on the "
            "national register, most of them soldiers.",
            ("UKR", "missing", Count.exact(48_500)),
        ),
        (
            "Ukraine's office for missing persons said on Friday that some 12,000 people — "
            "servicemen and civilians — are on its register.",
            ("UKR", "missing", Count.approx(12_000)),
        ),
        (
            "Kyiv's search commission said 51,000 Ukrainians, civilian and military, were now "
            "listed as missing.",
            ("UKR", "missing", Count.exact(51_000)),
        ),
        (
            "Kyiv said about 38,000 Ukrainians were registered as missing, a number that covers "
            "both civilians and troops.",
            ("UKR", "missing", Count.approx(38_000)),
        ),
        (
            "Volunteers tracking Ukrainian troops by name say their database has passed 70,000.",
            ("UKR", "killed", Count.more_than(70_000)),
        ),
        (
            "An exiled newsroom said on Monday that its register had grown to 97,500 named "
            "Russian servicemen.",
            ("RUS", "killed", Count.exact(97_500)),
        ),
        (
            "Analysts who count Russian soldiers by name said their tally had reached 101,000 "
            "by the spring.",
            ("RUS", "killed", Count.exact(101_000)),
        ),
        (
            "Volunteers tracking Ukrainian troops by name say their list of those in captivity "
            "has passed 7,000.",
            ("UKR", "captured", Count.more_than(7_000)),
        ),
    ],
)
def test_news_a_register_counts_the_people_it_is_said_to_hold(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    """People "on the national register" in a sentence about the missing are missing, also
    past a military-and-civilian aside; a list of soldiers kept by name that "has grown
    to" a figure is the named dead, unless it says it lists captives."""
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Kyiv's commissioner for the missing said 900 bodies had come home and 300 "
            "families were on the waiting list.",
            "missing",
        ),
        ("Kyiv said its list of prisoners had grown to 1,200 named soldiers.", "killed"),
        (
            "Kyiv says its register of Russian soldiers taken prisoner, kept by name, has grown "
            "to 1,500.",
            "killed",
        ),
    ],
)
def test_news_a_register_of_others_gives_no_such_claim(
    news: News, text: str, category: str
) -> None:
    """Beside returned bodies, a register counts no missing; a named list of prisoners, no dead."""
    assert not any(c.category.value == category for c in news(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's search office reported in June that 41,000 Ukrainians were listed as "
            "missing, up from roughly 30,000 a year before.",
            {("UKR", "missing", Count.exact(41_000)), ("UKR", "missing", Count.approx(30_000))},
        ),
        (
            "Kyiv said 9,000 Russian soldiers had been killed in the month, down from 11,500 "
            "in May.",
            {("RUS", "killed", Count.exact(9_000)), ("RUS", "killed", Count.exact(11_500))},
        ),
        (
            "Kyiv said 9,000 Russian soldiers had been killed in the month, up from 7,500 tanks "
            "in May.",
            {("RUS", "killed", Count.exact(9_000))},
        ),
        (
            "Kyiv said 9,000 Russian soldiers had been killed in the month, up from 12% in May.",
            {("RUS", "killed", Count.exact(9_000))},
        ),
    ],
)
def test_news_a_count_told_up_from_its_earlier_value_gives_both(
    found: Callable[..., Any], news: News, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    """ "N, up (down) from M at <time>": M is the same count as it stood before, not things."""
    assert found(news(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 2022 the monitors have recorded the deaths of at least 90 Ukrainian "
            "prisoners of war in Russian custody, and of 14 Russian prisoners in Ukrainian hands.",
            {("UKR", "killed", "at least 90"), ("RUS", "killed", "14")},
        ),
        (
            "The report documents the executions of 30 Ukrainian POWs and of 5 Russian POWs "
            "held by Ukraine.",
            {("UKR", "killed", "30"), ("RUS", "killed", "5")},
        ),
        # where they died between the deaths and their people: "deaths in captivity of"
        (
            "Monitors have logged the deaths in captivity of at least 140 Ukrainian soldiers "
            "since 2022.",
            {("UKR", "killed", "at least 140")},
        ),
        (
            "Moscow says it has confirmed the deaths in Ukrainian captivity of 23 Russian "
            "servicemen, a figure Kyiv disputes.",
            {("RUS", "killed", "23")},
        ),
    ],
)
def test_news_a_gapped_and_of_after_deaths_counts_the_dead(
    news: News, text: str, expected: set[tuple[str, str, str]]
) -> None:
    # "the deaths of 90 ..., and of 14 ... in Ukrainian hands": died in captivity, not held
    claims = {(c.subject.code, c.category.value, str(c.count)) for c in news(text).claims}
    assert claims == expected


def test_news_a_gapped_and_of_after_bodies_keeps_its_own_kind(news: News) -> None:
    # only a head of deaths is carried over: "the bodies of 500 ... and of 12 civilians"
    legs = {
        (t.category.value, str(t.count))
        for e in news(
            "Kyiv received the bodies of 500 soldiers and of 12 civilians on Friday."
        ).exchanges
        for t in e.transfers
    }
    assert legs == {("remains", "500"), ("civilians", "12")}


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers have now named 98,300 Russian soldiers killed, according to their update "
        "of 12 March.",
        "Volunteers have named 98,300 Russian soldiers killed, according to their 12 March update.",
        "Russian losses stood at 98,300 in the General Staff's bulletin of 12 March.",
    ],
)
def test_news_a_counts_dated_update_dates_the_claim(news: News, text: str) -> None:
    """ "according to its update of 12 March": the count as of that update, not of today."""
    (claim,) = news(text).claims
    assert str(claim.as_of) == "2025-03-12"


def test_news_an_update_told_in_a_later_clause_dates_only_its_own_figure(news: News) -> None:
    """ "..., given in May, was 480,000, and the ministry, in its August update, said ..."."""
    text = (
        "The official estimate of Russian casualties, given in May, was about 480,000 killed "
        "and wounded, and the ministry, in its August update, said the figure had passed "
        "520,000."
    )
    dates = {str(c.count): str(c.as_of) for c in news(text).claims}
    assert dates.get("around 480,000 [432,000, 528,000]") == "2025-05"


_NAMING_SIDES = {"Russian": "RUS", "Ukrainian": "UKR"}


@settings(max_examples=25, deadline=None)
@given(
    adjective=st.sampled_from(sorted(_NAMING_SIDES)),
    number=st.integers(min_value=2, max_value=400).map(lambda n: n * 250),
    counter=st.sampled_from(["Mediazona and the BBC have", "An exiled outlet has", "The project"]),
    verb=st.sampled_from(["named", "names"]),
    fighters=st.sampled_from(["soldiers", "servicemen", "troops"]),
    floor=st.sampled_from(
        [
            ("more than ", ", and they say that is a minimum"),
            ("more than ", ""),
            ("", "; it calls that the floor"),
        ]
    ),
)
def test_news_fighters_named_as_a_floor_are_the_named_dead(
    found: Callable[..., Any],
    news: News,
    adjective: str,
    number: int,
    counter: str,
    verb: str,
    fighters: str,
    floor: tuple[str, str],
) -> None:
    """Fighters a counter "has named", given as a floor, are a count of the dead by name:
    "Mediazona and the BBC have named more than 78,000 Russian soldiers"."""
    if counter == "The project" and verb == "named":
        counter = "The project has"
    hedge, tail = floor
    text = f"{counter} {verb} {hedge}{number:,} {adjective} {fighters}{tail}."
    count = Count.more_than(number) if hedge else Count.exact(number)
    assert found(news(text)) == {(_NAMING_SIDES[adjective], "killed", count)}


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors named 15 Russian soldiers as suspects in the killings.",
        "Russia has named 20 Ukrainian soldiers it accuses of war crimes.",
        "Investigators have named 8 Russian soldiers.",
        "Kyiv has named 120 Russian soldiers it wants to swap.",
        "The commander named more than 12 soldiers for bravery.",
    ],
)
def test_news_fighters_named_without_a_floor_are_no_toll(news: News, text: str) -> None:
    """Soldiers named as suspects, for a swap or with no floor said are no count of the dead."""
    assert not any(c.category.value == "killed" for c in news(text).claims)
