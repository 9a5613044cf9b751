"""Rules written from the misses of the holdout-3 set, each tested on sentences of our own."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Count

News = Callable[..., Any]


def claimed(result: Any) -> list[tuple[str, str, Count]]:
    """The claims read, as (subject, category, count)."""
    return [(c.subject.code, c.category.value, c.count) for c in result.claims]


def claims_in(text: str) -> list[tuple[str, str, Count]]:
    """The claims in ``text`` (for Hypothesis, which cannot take the ``news`` fixture)."""
    records = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2023, 5, 20), publisher="Desk"
    )
    return [
        (r.subject.code, r.category.value, r.count) for r in records if isinstance(r, CasualtyClaim)
    ]


# -- a side counting the men it took or holds counts the enemy's -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's defence ministry said on Tuesday that 640 fighters had surrendered "
            "at the port since the weekend.",
            [("UKR", "captured", Count.exact(640))],
        ),
        (
            "The Ukrainian general staff reported that about 300 soldiers had laid down "
            "their arms outside the town.",
            [("RUS", "captured", Count.parse("about 300"))],
        ),
        (
            "Moscow's defence ministry says 1,200 marines gave themselves up in the tunnels.",
            [("UKR", "captured", Count.exact(1200))],
        ),
        (
            "Russia's defence ministry, which blamed artillery fire, said that 31 prisoners "
            "were killed and 46 wounded when the barracks burned.",
            [("UKR", "killed", Count.exact(31)), ("UKR", "wounded", Count.exact(46))],
        ),
    ],
)
def test_news_a_sides_count_of_men_who_gave_up_is_of_the_enemy(
    news: News, text: str, expected: list[tuple[str, str, Count]]
) -> None:
    assert claimed(news(text)) == expected


def test_news_the_ministry_named_before_is_the_captor_of_a_later_count(news: News) -> None:
    text = (
        "Russia's defence ministry said on Friday that it had received 50 bodies. "
        "Later the defence ministry said 900 fighters had surrendered in total."
    )
    assert claimed(news(text)) == [("UKR", "captured", Count.exact(900))]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says more than 2,000 of the Odesa defenders were taken prisoner in May.",
        "Ukraine said 8,000 servicemen were held in Russian captivity.",
    ],
)
def test_news_a_side_counting_its_own_men_taken_keeps_them(news: News, text: str) -> None:
    assert [c[0] for c in claimed(news(text))] == ["UKR"]


def test_news_a_captors_word_does_not_make_people_moved_a_claim(news: News) -> None:
    text = "Russia's defence ministry said 95 prisoners had been handed over to Kyiv."
    assert news(text).claims == []


@settings(max_examples=30, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=20_000),
    teller=st.sampled_from([("Russia's defence ministry", "UKR"), ("Ukraine's army", "RUS")]),
    verb=st.sampled_from(["had surrendered", "laid down their arms", "were taken prisoner"]),
    noun=st.sampled_from(["fighters", "soldiers", "troops"]),
)
def test_news_any_count_of_men_who_gave_up_goes_to_the_tellers_enemy(
    n: int, teller: tuple[str, str], verb: str, noun: str
) -> None:
    who, enemy = teller
    text = f"{who} said on Monday that {n:,} {noun} {verb} near the river."
    assert claims_in(text) == [(enemy, "captured", Count.exact(n))]


# -- "a handover of the same size" repeats the figure just told ---------------------------


def transfers(result: Any) -> list[tuple[str, str, str, str]]:
    """Every transfer read, as (sender, receiver, category, count)."""
    return [
        (t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 March the remains of 212 of our soldiers were brought back to Ukraine. "
            "As agreed, the Russian side received a handover of the same size.",
            [("RUS", "UKR", "remains", "212"), ("UKR", "RUS", "remains", "212")],
        ),
        (
            "Ukraine brought home 90 prisoners of war on Sunday. In return, Moscow got back "
            "the same figure.",
            [("RUS", "UKR", "prisoners_of_war", "90"), ("UKR", "RUS", "prisoners_of_war", "90")],
        ),
        (
            "Kyiv said it had received 37 bodies on Friday. The Russian side received an "
            "exchange of the same size, the ministry added.",
            [("RUS", "UKR", "remains", "37"), ("UKR", "RUS", "remains", "37")],
        ),
    ],
)
def test_news_a_handover_of_the_same_size_repeats_the_figure_told(
    news: News, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert transfers(news(text)) == expected


def test_news_a_same_sized_exchange_with_no_verb_of_moving_adds_no_transfer(news: News) -> None:
    text = (
        "Ukraine brought home 90 prisoners of war on Sunday. The talks that led to a swap of "
        "the same size took months."
    )
    assert transfers(news(text)) == [("RUS", "UKR", "prisoners_of_war", "90")]


# -- people swapped "in return for" others go the other way -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May, 35 servicemen were released in return for the same number of "
            "Ukrainian prisoners.",
            [("UKR", "RUS", "prisoners_of_war", "35"), ("RUS", "UKR", "prisoners_of_war", "35")],
        ),
        (
            "On 4 May, 12 soldiers came home in exchange for 17 Russian prisoners of war.",
            [("RUS", "UKR", "prisoners_of_war", "12"), ("UKR", "RUS", "prisoners_of_war", "17")],
        ),
        (
            "Late on Sunday 64 fighters were handed back in exchange for 70 Ukrainian soldiers.",
            [("UKR", "RUS", "prisoners_of_war", "64"), ("RUS", "UKR", "prisoners_of_war", "70")],
        ),
    ],
)
def test_news_people_given_for_a_side_of_known_nationality_go_the_other_way(
    news: News, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert transfers(news(text)) == expected


def test_news_a_counter_of_bodies_gives_no_direction_to_living_people(news: News) -> None:
    text = "On Friday 30 soldiers were freed in exchange for the bodies of 40 Russian troops."
    assert [t for t in transfers(news(text)) if t[3] == "30"] == []


# -- "each" over exchanges is a series, not a figure per side -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 and 17 March, in swaps that each involved about 40 Ukrainian soldiers "
            "coming home, no Russian figure was given.",
            [
                ("2023-03-03", "RUS", "UKR", "around 40 [36, 44]"),
                ("2023-03-17", "RUS", "UKR", "around 40 [36, 44]"),
            ],
        ),
        (
            "On 3 and 17 March, two handovers each brought home about 40 Ukrainian soldiers.",
            [
                ("2023-03-03", "RUS", "UKR", "around 40 [36, 44]"),
                ("2023-03-17", "RUS", "UKR", "around 40 [36, 44]"),
            ],
        ),
        (
            "In June and July, two handovers returned 75 bodies apiece to Ukraine.",
            [("2023-06", "RUS", "UKR", "75"), ("2023-07", "RUS", "UKR", "75")],
        ),
        (
            "In June and July two handovers brought 60 bodies each to Russia.",
            [("2023-06", "UKR", "RUS", "60"), ("2023-07", "UKR", "RUS", "60")],
        ),
    ],
)
def test_news_each_over_exchanges_gives_every_exchange_its_figure_one_way(
    news: News, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    result = news(text, published=date(2023, 9, 1))
    assert result.tallies == []
    assert [
        (str(e.period), t.sender.code, t.receiver.code, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the two sides each released 90 prisoners.",
        "Ukraine and Russia exchanged 90 prisoners each on Sunday.",
    ],
)
def test_news_each_over_sides_still_gives_both_directions(news: News, text: str) -> None:
    assert sorted(transfers(news(text))) == [
        ("RUS", "UKR", "prisoners_of_war", "90"),
        ("UKR", "RUS", "prisoners_of_war", "90"),
    ]


# -- people "to go home" / "to be released" after an exchange noun are a plan -------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said another swap had been set for Friday, with 192 Russians to go home, "
        "but it was called off.",
        "An exchange was on the agenda for Friday, with 150 prisoners to be released by each side.",
        "A second handover, with 40 bodies to be returned to Kyiv, was postponed.",
    ],
)
def test_news_people_with_an_infinitive_after_an_exchange_noun_are_planned(
    news: News, text: str
) -> None:
    assert transfers(news(text)) == []


def test_news_a_purpose_infinitive_after_a_done_verb_keeps_the_transfer(news: News) -> None:
    text = "Ukraine brought home 90 soldiers on Monday to be reunited with their families."
    assert transfers(news(text)) == [("RUS", "UKR", "prisoners_of_war", "90")]


# -- a toll of one night is a claim, a rate per day is not --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow claims that more than 400 Ukrainian soldiers were killed when its "
            "rockets hit two barracks in Sloviansk overnight.",
            [("UKR", "killed", Count.more_than(400))],
        ),
        (
            "Kyiv said 250 Russian troops had died in the shelling of the depot overnight.",
            [("RUS", "killed", Count.exact(250))],
        ),
        (
            "Ukraine's general staff said Russia lost about 1,100 troops overnight.",
            [("RUS", "total_losses", Count.parse("about 1,100"))],
        ),
    ],
)
def test_news_a_toll_of_one_night_is_a_claim(
    news: News, text: str, expected: list[tuple[str, str, Count]]
) -> None:
    assert claimed(news(text)) == expected


def test_news_a_rate_per_day_is_still_no_claim(news: News) -> None:
    assert news("Kyiv said Russia was losing about 1,000 soldiers a day.").claims == []


# -- a name before the people belongs to their noun group ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia handed 38 Mariupol defenders back to Ukraine on Friday.",
            [("RUS", "UKR", "prisoners_of_war", "38")],
        ),
        (
            "Kyiv said it had brought home 14 Kherson residents on Tuesday.",
            [("RUS", "UKR", "civilians", "14")],
        ),
        (
            "On Sunday Ukraine returned 25 Wagner fighters to Russia.",
            [("UKR", "RUS", "prisoners_of_war", "25")],
        ),
    ],
)
def test_news_a_place_or_unit_named_before_people_keeps_their_kind(
    news: News, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert transfers(news(text)) == expected


# -- people still held after an exchange are captives, not people moved --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The swap leaves about 2,000 Ukrainian marines still in Russian captivity.",
            [("UKR", "captured", Count.parse("about 2,000"))],
        ),
        (
            "After the exchange, 700 Ukrainian soldiers remain in Russian hands, Kyiv said.",
            [("UKR", "captured", Count.exact(700))],
        ),
        (
            "Even after the handover, 3,000 Ukrainian servicemen are still held by Russia.",
            [("UKR", "captured", Count.exact(3000))],
        ),
    ],
)
def test_news_people_still_held_after_an_exchange_are_a_count_of_captives(
    news: News, text: str, expected: list[tuple[str, str, Count]]
) -> None:
    result = news(text)
    assert transfers(result) == []
    assert claimed(result) == expected


# -- "The 207 were 180 soldiers and 27 civilians": a restated whole split by kind ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine brought home 140 of its citizens on Monday. The 140, the office said, "
            "were 121 soldiers, sailors and border guards, and 19 civilians.",
            [
                ("RUS", "UKR", "other", "140"),
                ("RUS", "UKR", "prisoners_of_war", "121"),
                ("RUS", "UKR", "civilians", "19"),
            ],
        ),
        (
            "Russia said it had received 90 of its people on Sunday. The 90 were 60 "
            "servicemen and 30 civilians.",
            [
                ("UKR", "RUS", "other", "90"),
                ("UKR", "RUS", "prisoners_of_war", "60"),
                ("UKR", "RUS", "civilians", "30"),
            ],
        ),
    ],
)
def test_news_a_restated_whole_split_by_kind_codes_the_parts(
    news: News, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert transfers(news(text, breakdowns="both")) == expected


def test_news_a_restated_whole_with_one_part_is_a_subset_and_not_coded(news: News) -> None:
    text = "Ukraine brought home 75 people on Friday. The 75 included 20 civilians."
    assert transfers(news(text)) == [("RUS", "UKR", "other", "75")]


# -- "enemy" people are the teller's enemy's ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's reintegration ministry said the bodies of 27 enemy soldiers had been "
            "handed over on Monday.",
            [("UKR", "RUS", "remains", "27")],
        ),
        (
            "Kyiv said it had handed over 50 enemy prisoners on Friday.",
            [("UKR", "RUS", "prisoners_of_war", "50")],
        ),
        (
            "Russia's defence ministry said that 33 enemy servicemen had been returned.",
            [("RUS", "UKR", "prisoners_of_war", "33")],
        ),
    ],
)
def test_news_enemy_people_moved_belong_to_the_tellers_enemy(
    news: News, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert transfers(news(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's defence ministry said 300 enemy soldiers were killed near the village.",
            [("UKR", "killed", Count.exact(300))],
        ),
        (
            "Ukraine's general staff said about 150 enemy troops had been wounded on Tuesday.",
            [("RUS", "wounded", Count.parse("about 150"))],
        ),
    ],
)
def test_news_enemy_losses_belong_to_the_tellers_enemy(
    news: News, text: str, expected: list[tuple[str, str, Count]]
) -> None:
    assert claimed(news(text)) == expected


# -- "with Wednesday's exchange, N have been returned" is a running total -----------------


@pytest.mark.parametrize(
    "text",
    [
        "With Friday's swap, the Ukrainian side said, 2,410 Ukrainians had been returned.",
        "With Monday's exchange, 3,120 Ukrainians have now been brought home, Kyiv said.",
        "Counting Tuesday's handover, 1,700 Ukrainians — soldiers and civilians — have been "
        "freed since 2022, the headquarters said.",
    ],
)
def test_news_a_sum_brought_up_to_date_by_a_days_exchange_is_a_running_total(
    news: News, text: str
) -> None:
    result = news(text)
    assert transfers(result) == []
    assert [(t.receiver.code if t.receiver else None) for t in result.tallies] == ["UKR"]


def test_news_a_days_exchange_that_moved_people_itself_stays_an_exchange(news: News) -> None:
    result = news("With Wednesday's exchange, Russia returned 200 Ukrainians.")
    assert result.tallies == []
    assert transfers(result) == [("RUS", "UKR", "other", "200")]


def test_news_a_weekday_of_this_week_is_that_day(news: News) -> None:
    result = news(
        "On Tuesday of this week, 130 Ukrainian soldiers returned home.",
        published=date(2023, 3, 10),
    )
    assert [str(e.period) for e in result.exchanges] == ["2023-03-07"]


# -- two sides' tolls in one clause, and a sentence opening on one side --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts said Russian deaths were near 90,000 and Ukrainian deaths near 50,000.",
            # the second toll, verbless, keeps its own side too
            [("RUS", "killed", Count.nearly(90_000)), ("UKR", "killed", Count.nearly(50_000))],
        ),
        (
            "Russian military deaths, the officials said, were close to 120,000. On the "
            "Ukrainian side, they put the number of dead at close to 70,000 and the wounded "
            "at 100,000 to 120,000.",
            [
                ("RUS", "killed", Count.nearly(120_000)),
                ("UKR", "killed", Count.nearly(70_000)),
                ("UKR", "wounded", Count.parse("100,000 to 120,000")),
            ],
        ),
        (
            "Russian losses were put at 300,000. For Ukraine, the officials put the dead at "
            "about 70,000.",
            [
                ("RUS", "total_losses", Count.exact(300_000)),
                ("UKR", "killed", Count.parse("about 70,000")),
            ],
        ),
    ],
)
def test_news_each_sides_toll_keeps_its_own_side(
    news: News, text: str, expected: list[tuple[str, str, Count]]
) -> None:
    assert claimed(news(text)) == expected


# -- "respectively" pairs the listed dates, not a season that sets the scene --------------


@pytest.mark.parametrize(
    "text",
    [
        "Over the summer, Kyiv took back 95, 45 and 22 people in June, July and August "
        "respectively, officials said.",
        "In the spring, Ukraine brought home 95, 45 and 22 people in June, July and August "
        "respectively.",
    ],
)
def test_news_respectively_pairs_the_listed_months_past_a_scene_setting_season(
    news: News, text: str
) -> None:
    result = news(text, published=date(2022, 9, 30))
    assert [(str(e.period), str(e.transfers[0].count)) for e in result.exchanges] == [
        ("2022-06", "95"),
        ("2022-07", "45"),
        ("2022-08", "22"),
    ]


# -- "the defence ministry" with none named before is the state last heard from ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "What has Moscow said about its dead? Little. In April 2022 the defence ministry "
            "said 2,000 servicemen had been killed and 5,000 wounded.",
            [("RUS", "killed", Count.exact(2000)), ("RUS", "wounded", Count.exact(5000))],
        ),
        (
            "Kyiv confirmed the exchange on Monday. The defence ministry said 40 soldiers had "
            "been killed in the strike.",
            [("UKR", "killed", Count.exact(40))],
        ),
    ],
)
def test_news_an_unnamed_ministry_belongs_to_the_state_last_heard_from(
    news: News, text: str, expected: list[tuple[str, str, Count]]
) -> None:
    assert claimed(news(text)) == expected


def test_news_a_ministry_named_before_still_wins_over_a_later_state(news: News) -> None:
    text = (
        "Russia's defence ministry spoke first. Kyiv stayed silent. The defence ministry "
        "said 700 soldiers had surrendered."
    )
    assert claimed(news(text)) == [("UKR", "captured", Count.exact(700))]


# -- one part of a mixed figure is a subset, not a partition ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The exchange on May 6 brought back 41 Ukrainians, 11 of them civilians.",
        "On Sunday Russia freed 66 Ukrainians, 14 of them women who had served as medics.",
    ],
)
def test_news_one_part_of_a_mixed_figure_is_not_coded(news: News, text: str) -> None:
    assert [t[2] for t in transfers(news(text))] == ["other"]


def test_news_two_parts_of_a_mixed_figure_are_both_coded(news: News) -> None:
    text = "The exchange on May 6 brought back 41 Ukrainians, 11 of them civilians and 30 soldiers."
    assert sorted(t[2] for t in transfers(news(text, breakdowns="both"))) == [
        "civilians",
        "other",
        "prisoners_of_war",
    ]
