"""Whose losses a claim counts when another side is named inside the subject (issue 8).

A side named after "for", "in" or "alongside" modifies the people before it ("troops
fighting for Russia"); the losses are those people's own side's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def subjects(read: Any) -> set[str]:
    """The subject codes of every claim read."""
    return {c.subject.code for c in read.claims}


@pytest.mark.parametrize(
    "text",
    [
        "North Korean soldiers fighting for Russia have lost about 900 men, Seoul said.",
        "Pyongyang's soldiers deployed alongside Russia's army have lost some 1,200 men, "
        "Kyiv's intelligence said.",
        "North Korean units sent to fight in Russia's Kursk region have suffered about "
        "2,300 casualties, lawmakers in Seoul were told.",
        "SEOUL, May 2 (Desk) – North Korean soldiers deployed to fight alongside Russia's "
        "troops in the Kursk region have lost about 1,200 men, officials said.",
    ],
)
def test_news_a_side_inside_a_modifier_does_not_own_the_losses(news: News, text: str) -> None:
    """The troops' own side owns the figure, not the side their phrase names."""
    assert subjects(news(text)) == {"PRK"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["fighting for", "deployed in", "serving alongside", "sent into"]),
    st.sampled_from(["Russia", "Russia's army", "Russia's Kursk region"]),
    st.integers(min_value=101, max_value=9_000),
)
def test_news_the_side_a_modifier_names_never_owns_the_losses(
    news: News, phrase: str, place: str, number: int
) -> None:
    """However the modifier is worded, the claim is North Korea's and keeps its number."""
    read = news(
        f"North Korean troops {phrase} {place} have suffered {number:,} casualties, Seoul said."
    )
    assert subjects(read) == {"PRK"}
    assert [c.count for c in read.claims] == [Count.exact(number)]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says Russian and North Korean forces in the area suffered more than 38,000 "
        "casualties.",
        "Russian and North Korean units have lost about 12,000 men near Sudzha, Ukraine's "
        "army said.",
        "North Korean and Russian troops have suffered some 9,500 casualties there, the "
        "General Staff said.",
    ],
)
def test_news_an_ally_joined_to_its_ally_counts_as_one_camp(news: News, text: str) -> None:
    """Losses of Russian and North Korean troops together are coded to Russia."""
    assert subjects(news(text)) == {"RUS"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["Russia", "Moscow", "the Kremlin"]),
    st.sampled_from(["its", "their"]),
    st.sampled_from(["North Korean allies", "North Korean troops", "Pyongyang's soldiers"]),
    st.sampled_from(["had lost almost", "have lost about", "lost some"]),
    st.integers(min_value=101, max_value=90_000),
)
def test_news_a_side_and_its_allies_count_as_one_camp(
    news: News, side: str, owner: str, allies: str, verb: str, number: int
) -> None:
    """ "Russia and its North Korean allies had lost 52,000 men" is Russia's camp's, never
    the allies' alone, and keeps its number."""
    read = news(f"Syrskyi said in March that {side} and {owner} {allies} {verb} {number:,} men.")
    assert subjects(read) == {"RUS"}
    assert len(read.claims) == 1


def test_news_an_ally_named_alone_keeps_its_own_losses(news: News) -> None:
    """Without the side joined by "and", the allied troops' losses stay their own."""
    read = news("Kyiv said in March that North Korean troops had lost some 600 men.")
    assert subjects(read) == {"PRK"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("President Zelensky said the death toll had reached 31,000.", "UKR"),
        ("The death toll has passed 46,000, Zelensky told reporters.", "UKR"),
        ("Russia's defence ministry said the death toll stood at 5,937.", "RUS"),
    ],
)
def test_news_a_government_s_toll_of_no_named_side_is_its_own(
    news: News, text: str, side: str
) -> None:
    """A government telling a death toll without naming a side counts its own dead."""
    read = news(text)
    assert subjects(read) == {side}
    assert {c.category.value for c in read.claims} == {"killed"}


def test_news_a_toll_named_for_the_other_side_keeps_that_side(news: News) -> None:
    """A side named with the toll still wins over the speaker's own."""
    assert subjects(news("Zelensky said the Russian death toll had reached 300,000.")) == {"RUS"}


@pytest.mark.parametrize(
    "text",
    [
        "Seoul's spy agency said North Korean troops sent to help Russia drive Ukrainian units "
        "back had suffered some 2,000 casualties.",
        "Officials said North Korean soldiers deployed to support Moscow against Ukrainian "
        "forces have lost about 700 men.",
        "A lawmaker said North Korean units posted to back Russia against Ukrainian "
        "brigades had suffered 1,500 casualties.",
    ],
)
def test_news_every_side_inside_a_posting_participle_is_passed_over(news: News, text: str) -> None:
    """After "sent to help X ...", neither X nor a side X fights owns the troops' losses."""
    assert subjects(news(text)) == {"PRK"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["sent", "deployed", "dispatched"]),
    st.sampled_from(["help Russia push Ukrainian forces back", "assist Moscow against Kyiv"]),
    st.integers(min_value=101, max_value=9_000),
)
def test_news_a_posting_participle_keeps_the_troops_side_for_any_number(
    news: News, participle: str, errand: str, number: int
) -> None:
    """However the errand is worded, the claim is North Korea's and keeps its number."""
    read = news(
        f"North Korean troops {participle} to {errand} have suffered {number:,} casualties, "
        "officials said."
    )
    assert subjects(read) == {"PRK"}
    assert [c.count for c in read.claims] == [Count.exact(number)]


_SIDES = {"Russian": ("RUS", "Ukraine"), "Ukrainian": ("UKR", "Russia's Kursk region")}


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30)
@given(
    st.sampled_from(sorted(_SIDES)),
    st.sampled_from(["troops", "soldiers", "forces", "units"]),
    st.sampled_from(["fighting in", "deployed in", "sent into", "in", "stationed in"]),
    st.integers(min_value=1_000, max_value=900_000),
)
def test_news_a_nationality_on_the_troops_owns_their_losses_not_the_place(
    news: News, adjective: str, people: str, phrase: str, count: int
) -> None:
    """ "Russian troops fighting in Ukraine have suffered N casualties" counts Russia's losses.

    The side after "in" is where the troops are; the nationality on the troops names whose
    losses the figure counts, even though it is not the subject of the verb.
    """
    side, place = _SIDES[adjective]
    text = (
        f"{adjective} {people} {phrase} {place} have suffered {count:,} casualties, officials said."
    )
    assert subjects(news(text)) == {side}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    st.sampled_from(["newsrooms", "outlet", "project", "volunteers"]),
    st.sampled_from(
        [
            "confirmed the deaths of {n} servicemen by name",
            "has named {n} soldiers killed in the war",
        ]
    ),
    st.integers(min_value=1_001, max_value=200_000),
)
def test_news_a_sides_own_newsroom_counting_dead_by_name_counts_its_sides_dead(
    news: News, side: tuple[str, str], head: str, verb: str, n: int
) -> None:
    """ "a count kept by independent Russian newsrooms confirmed the deaths of 92,083
    servicemen by name": the one side named is the counters', and they count its dead."""
    adjective, code = side
    text = f"An independent {adjective} {head} {verb.format(n=f'{n:,}')}."
    read = news(text)
    assert [(c.subject.code, c.category.value, c.count) for c in read.claims] == [
        (code, "killed", Count.exact(n))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no names: a count of the dead of no known side
        ("An independent Russian outlet said 5,000 servicemen had been killed in the war.", []),
        # the list holds the missing too: whose fate does the figure count?
        ("An independent Russian project has named 5,000 soldiers killed or missing.", []),
        # a Russian newsroom counting Ukrainian dead: the dead's own side owns them
        ("An independent Russian outlet has named 5,000 Ukrainian soldiers killed.", ["UKR"]),
    ],
)
def test_news_a_newsroom_side_does_not_own_a_count_it_cannot_say_is_its_dead(
    news: News, text: str, expected: list[str]
) -> None:
    assert [c.subject.code for c in news(text).claims] == expected


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([("Kyiv's", "UKR"), ("Ukraine's", "UKR"), ("Moscow's", "RUS")]),
    st.sampled_from(["given", "published", "issued"]),
    st.sampled_from(["by the president in February", "in February", "by officials"]),
    st.sampled_from(["dead", "killed"]),
    st.integers(min_value=1_001, max_value=90_000),
)
def test_news_a_stating_aside_leaves_the_figure_its_owner(
    news: News, owner: tuple[str, str], verb: str, rest: str, dead: str, number: int
) -> None:
    """ "Kyiv's own figure, given by Zelensky in February, was more than 46,000 dead": the
    aside of stating between the owner and the figure hides neither."""
    read = news(f"{owner[0]} own figure, {verb} {rest}, was {number:,} {dead}.")
    assert subjects(read) == {owner[1]}
    assert [c.count for c in read.claims] == [Count.exact(number)]
