"""Casualty claims written in constructions strangers use (issue 8, session 6 round 3).

A figure set off by commas after its loss noun ("a death toll, of 5,937, in
2022") still belongs to the noun's clause: its side, its speaker and its date.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def found(read: Any) -> set[tuple[str, str, Count, str]]:
    """(subject, category, count, as-of date) of every claim read."""
    return {(c.subject.code, c.category.value, c.count, str(c.as_of)) for c in read.claims}


def test_news_a_toll_set_off_by_commas_keeps_its_side_and_date(news: News) -> None:
    text = "The Kremlin's defence ministry once gave a death toll, of 4,812, in March 2023."
    assert found(news(text)) == {("RUS", "killed", Count.exact(4_812), "2023-03")}


def test_news_a_set_off_toll_is_said_by_the_giver(news: News) -> None:
    text = "Moscow's defence ministry gave an official toll, of 2,104, in May 2024."
    (claim,) = news(text).claims
    assert claim.claimant.party is not None
    assert claim.claimant.party.code == "RUS"


def test_news_other_set_off_losses_read_right(news: News) -> None:
    text = "Kyiv's general staff reported Russian losses, of some 1,500, for the past day."
    assert {(s, c, n) for s, c, n, _ in found(news(text))} == {
        ("RUS", "total_losses", Count.approx(1_500))
    }


def test_news_a_set_off_figure_without_a_loss_noun_is_no_claim(news: News) -> None:
    text = "The navy named the tanker, of 12,000 tonnes, after the strike on Monday."
    assert news(text).claims == []


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30)
@given(
    value=st.integers(min_value=1_000, max_value=90_000),
    side=st.sampled_from([("Russia's", "RUS"), ("Ukraine's", "UKR")]),
)
def test_news_set_off_toll_counts_any_value_for_the_giving_side(
    news: News, value: int, side: tuple[str, str]
) -> None:
    text = f"{side[0]} defence ministry last gave a death toll, of {value:,}, in June 2024."
    assert found(news(text)) == {(side[1], "killed", Count.exact(value), "2024-06")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow last gave an official toll of its own dead, 4,210, in March 2023.",
            {("RUS", "killed", Count.exact(4_210), "2023-03")},
        ),
        (
            "The Kremlin's last count of its own dead, 4,210, dates from March 2023.",
            {("RUS", "killed", Count.exact(4_210), "2023-03")},
        ),
        (
            "Kyiv gave a toll of Russian dead, 640,000, on Monday.",
            {("RUS", "killed", Count.exact(640_000), "2025-10-20")},
        ),
        # a bare count conceded after the side's own loss noun: "when it admitted 5,937"
        (
            "Moscow has said nothing of its own dead since March 2023, when it admitted 4,210.",
            {("RUS", "killed", Count.exact(4_210), "2023-03")},
        ),
        (
            "Kyiv has not updated its own death toll since June 2024, when the president "
            "acknowledged 31,000.",
            {("UKR", "killed", Count.exact(31_000), "2024-06")},
        ),
        # conceding a figure of no loss noun is no claim
        ("The ministry acknowledged 12 in a statement about the new airfield.", set()),
        ("Moscow admitted 40 journalists to the briefing in March 2023.", set()),
        # the enemy's dead are not the teller's own: the side that gives them names its enemy
        (
            "Kyiv gave its toll of the enemy's dead, 640,000, on Monday.",
            {("RUS", "killed", Count.exact(640_000), "2025-10-20")},
        ),
        # the figure opens a clause of its own: no value of the noun
        ("Among the dead, 12 were children, the governor said.", set()),
    ],
)
def test_news_a_figure_between_commas_after_a_loss_noun_is_its_value(
    news: News, text: str, expected: set[tuple[str, str, Count, str]]
) -> None:
    assert found(news(text)) == expected


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30)
@given(
    value=st.integers(min_value=1_000, max_value=90_000),
    side=st.sampled_from([("Moscow", "RUS"), ("Kyiv", "UKR")]),
    noun=st.sampled_from(["its own dead", "its dead", "its own losses"]),
)
def test_news_a_set_off_value_of_a_sides_own_loss_counts_that_side(
    news: News, value: int, side: tuple[str, str], noun: str
) -> None:
    text = f"{side[0]} last gave an official count of {noun}, {value:,}, in June 2024."
    category = "total_losses" if noun.endswith("losses") else "killed"
    assert found(news(text)) == {(side[1], category, Count.exact(value), "2024-06")}


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30)
@given(
    value=st.integers(min_value=1_000, max_value=90_000),
    side=st.sampled_from([("Moscow", "RUS"), ("Kyiv", "UKR")]),
    verb=st.sampled_from(["admitted", "acknowledged", "conceded"]),
)
def test_news_a_bare_count_conceded_of_a_sides_own_dead_counts_that_side(
    news: News, value: int, side: tuple[str, str], verb: str
) -> None:
    text = (
        f"{side[0]} has given no figure for its own dead since June 2024, when it {verb} {value:,}."
    )
    assert found(news(text)) == {(side[1], "killed", Count.exact(value), "2024-06")}


def test_news_a_follow_on_figure_from_the_same_speaker_counts_his_side(news: News) -> None:
    text = (
        "Russia's defence ministry said 2,300 Russian soldiers had died in the offensive. "
        "It also said that some 8,000 were wounded."
    )
    got = {(s, c, n) for s, c, n, _ in found(news(text))}
    assert ("RUS", "wounded", Count.approx(8_000)) in got


def test_news_a_follow_on_figure_said_to_be_the_other_side_is_not_carried(news: News) -> None:
    text = (
        "Zelensky said 52,000 Ukrainian soldiers had been killed. "
        "He said that 410,000 had died on the Russian side."
    )
    assert ("UKR", "killed", Count.exact(410_000)) not in {
        (s, c, n) for s, c, n, _ in found(news(text))
    }


def test_news_a_follow_on_figure_from_another_speaker_is_not_carried(news: News) -> None:
    text = (
        "Zelensky said 52,000 Ukrainian soldiers had been killed. "
        "The Kremlin said that 1,700 were killed in a week."
    )
    assert ("UKR", "killed", Count.exact(1_700)) not in {
        (s, c, n) for s, c, n, _ in found(news(text))
    }


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30)
@given(
    value=st.integers(min_value=100, max_value=90_000),
    side=st.sampled_from([("Putin", "Russian", "RUS"), ("Zelensky", "Ukrainian", "UKR")]),
    verb=st.sampled_from(["said", "added"]),
)
def test_news_a_follow_on_figure_keeps_the_side_for_any_value(
    news: News, value: int, side: tuple[str, str, str], verb: str
) -> None:
    text = (
        f"{side[0]} said 3,000 {side[1]} soldiers had been killed. "
        f"He {verb} that {value:,} were missing."
    )
    got = {(s, c, n) for s, c, n, _ in found(news(text))}
    assert (side[2], "missing", Count.exact(value)) in got


@pytest.mark.parametrize("pair", ["wounded or sick", "sick and wounded", "injured or ill"])
def test_news_coordinated_wounded_adjectives_keep_the_captive_noun(news: News, pair: str) -> None:
    text = f"Roughly 640 {pair} prisoners remain in Russian custody, the ombudsman said."
    got = {(s, c, n) for s, c, n, _ in found(news(text))}
    assert got == {("UKR", "captured", Count.approx(640))}


def test_news_coordinated_wounded_adjectives_of_held_russians(news: News) -> None:
    text = "Moscow said 230 injured or sick Russian soldiers were still held by Ukraine."
    got = {(s, c, n) for s, c, n, _ in found(news(text))}
    assert got == {("RUS", "captured", Count.exact(230))}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Kyiv says some 2,700 soldiers are listed as captured.", "UKR"),
        ("Russia's defence ministry said 410 soldiers were registered as captured.", "RUS"),
    ],
)
def test_news_people_listed_as_captured_are_the_listers_own(
    news: News, text: str, side: str
) -> None:
    assert {s for s, c, _, _ in found(news(text)) if c == "captured"} == {side}


def test_news_people_a_government_says_were_captured_are_still_the_enemys(news: News) -> None:
    text = "Kyiv says 300 soldiers were captured near the border."
    assert {s for s, c, _, _ in found(news(text)) if c == "captured"} == {"RUS"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Analysts put Russian dead at 140,000 and wounded at 410,000.", "RUS"),
        ("Officials put Ukrainian deaths at about 55,000 and injured at some 300,000.", "UKR"),
    ],
)
def test_news_two_loss_groups_each_put_at_a_figure_stay_apart(
    news: News, text: str, side: str
) -> None:
    got = {(s, c) for s, c, _, _ in found(news(text))}
    assert got == {(side, "killed"), (side, "wounded")}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    total=st.integers(min_value=20, max_value=900).map(lambda n: n * 1_000),
    aside=st.sampled_from(["including wounded", "counting wounded", "including the wounded"]),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    verb=st.sampled_from(["stood at", "had reached", "were"]),
)
def test_news_a_bare_kind_added_by_an_aside_leaves_the_heads_total(
    news: News, total: int, aside: str, side: tuple[str, str], verb: str
) -> None:
    """ "casualties overall, including wounded, stood at N": the casualties' total, not the
    wounded alone."""
    adjective, code = side
    text = f"He said {adjective} casualties overall, {aside}, {verb} {total:,}."
    assert {(s, c, n) for s, c, n, _ in found(news(text))} == {
        (code, "total_losses", Count.exact(total))
    }


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    total=st.integers(min_value=20, max_value=900).map(lambda n: n * 1_000),
    aside=st.sampled_from(["excluding wounded", "excluding the wounded", "without the wounded"]),
    head=st.sampled_from(["losses", "casualties"]),
    verb=st.sampled_from(["stood at", "had reached", "were"]),
)
def test_news_a_total_less_a_kind_is_no_claim(
    news: News, total: int, aside: str, head: str, verb: str
) -> None:
    """ "losses, excluding wounded, stood at N": neither the losses nor the wounded, so
    nothing a reader could compare is told."""
    text = f"He said Russian {head}, {aside}, {verb} {total:,}."
    assert found(news(text)) == set()


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    st.integers(min_value=10_001, max_value=1_500_000),
    st.sampled_from(
        [
            "more than 16,000 civilians remain in detention",
            "the civilians of the region were evacuated",
        ]
    ),
)
def test_news_losses_in_a_part_set_off_by_a_semicolon_are_no_civilian_toll(
    news: News, side: tuple[str, str], n: int, first: str
) -> None:
    """ "... 16,000 civilians remain in detention; and the General Staff put Russian
    losses at more than 760,000": civilians told in another part of the sentence do
    not make the losses a civilian toll."""
    adjective, code = side
    text = f"Officials say {first}; and the General Staff put {adjective} losses at {n:,}."
    losses = [c for c in news(text).claims if c.category.value == "total_losses"]
    assert [(c.subject.code, c.count, c.population.value) for c in losses] == [
        (code, Count.exact(n), "combatants")
    ]


def test_news_civilians_in_the_losses_own_part_still_make_a_civilian_toll(news: News) -> None:
    """A part that tells of civilians itself keeps the civilian reading."""
    text = (
        "The ministry met on Monday; it said 12,000 Ukrainian civilians had been killed in the "
        "occupied areas."
    )
    assert [(c.category.value, c.population.value) for c in news(text).claims] == [
        ("killed", "civilians")
    ]


@settings(max_examples=40, deadline=None)
@given(
    sides=st.sampled_from(
        [("Russia's defence ministry", "Ukraine's", "UKR"), ("Kyiv", "Russia's", "RUS")]
    ),
    place=st.sampled_from(["in the region", "in the offensive", "in the Kursk operation"]),
    relative=st.sampled_from(
        [
            "where fighting began last August",
            "which began in the spring",
            "when the front moved north",
        ]
    ),
    verb=st.sampled_from(["had exceeded", "had passed", "have exceeded"]),
    value=st.integers(min_value=1_000, max_value=900_000),
)
def test_news_losses_past_a_relative_clause_set_off_keep_their_side(
    news: News, sides: tuple[str, str, str], place: str, relative: str, verb: str, value: int
) -> None:
    """ "Ukraine's losses in Kursk, where the incursion began, had exceeded 67,000": the verb
    after the set-off relative clause is the losses', so the figure is that side's toll."""
    teller, owner, side = sides
    text = f"{teller} said that {owner} losses {place}, {relative}, {verb} {value:,} servicemen."
    assert {(s, c, n) for s, c, n, _ in found(news(text))} == {
        (side, "total_losses", Count.more_than(value))
    }


@pytest.mark.parametrize(
    "text",
    [
        # the subject before the relative clause is no loss: no toll
        "Officials said the talks in Istanbul, where the delegations met, had covered 1,200 "
        "prisoners.",
        "Officials said the village, which Russian troops shelled, had lost 300 homes.",
    ],
)
def test_news_a_relative_clause_after_no_loss_subject_gives_no_toll(news: News, text: str) -> None:
    """A relative clause set off after a subject that is no loss carries no toll across."""
    assert not {c for _, c, _, _ in found(news(text)) if c == "total_losses"}
