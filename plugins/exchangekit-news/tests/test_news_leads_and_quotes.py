"""Handovers told in wire leads and in a speaker's own words.

A side named in a lead only as the one that held someone is no speaker when bare
"officials" say the sentence; "N of ours" and "N of theirs" count the speaker's
own people and the other side's. Sentences of our own, each form worded in more
than one way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def _speakers(result: Any) -> set[str | None]:
    return {
        t.attributed_to.name if t.attributed_to is not None else None
        for e in result.exchanges
        for t in e.transfers
    }


# -- a holder in a lead is no speaker -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow and Kyiv each freed 90 soldiers on Monday, along with a priest who had been "
        "kept by Russia for two years, officials said.",
        "Kyiv and Moscow swapped 60 captives apiece on Tuesday, among them a medic seized by "
        "Ukraine in 2023, sources said.",
        "Russia and Ukraine traded 120 prisoners each on Friday and two civilians, one of them a "
        "mayor detained by Moscow since the first month of the war, authorities said.",
    ],
)
def test_news_a_side_that_held_someone_does_not_speak_for_the_lead(news: News, text: str) -> None:
    # Regression: the side after "by" was taken for the speaker of "officials said".
    result = news(text)
    assert result.legs_as_text()
    assert _speakers(result) == {None}


@settings(max_examples=20, deadline=None)
@given(
    holder=st.sampled_from(["Russia", "Ukraine", "Moscow", "Kyiv"]),
    speaker=st.sampled_from(["officials", "sources", "authorities"]),
    held=st.sampled_from(["held", "kept", "captured", "detained"]),
)
def test_news_a_passives_agent_never_becomes_the_leads_speaker(
    news: News, holder: str, speaker: str, held: str
) -> None:
    text = (
        "Ukraine and Russia exchanged 70 prisoners of war each on Sunday, among them a "
        f"reporter who had been {held} by {holder} since 2023, {speaker} said."
    )
    assert _speakers(news(text)) == {None}


def test_news_a_sided_speaker_after_a_holder_still_speaks(news: News) -> None:
    text = (
        "Ukraine and Russia exchanged 70 prisoners of war each on Sunday, among them a "
        "reporter held by Russia since 2023, Ukrainian officials said."
    )
    assert _speakers(news(text)) == {"Ukrainian government"}


# -- "of ours", "of theirs" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Thirty of ours are back with their families," the Ukrainian ombudsman said.',
            {("RUS", "UKR", "other", "30")},
        ),
        (
            "Sixty-two of ours came home on Friday, Kyiv said.",
            {("RUS", "UKR", "other", "62")},
        ),
        (
            "We gave back 44 of theirs on Friday and got back 44 of ours, Moscow said.",
            {("RUS", "UKR", "other", "44"), ("UKR", "RUS", "other", "44")},
        ),
        (
            "Ninety of ours were freed, and Ukraine released 90 Russian soldiers in return.",
            {("RUS", "UKR", "other", "90"), ("UKR", "RUS", "prisoners_of_war", "90")},
        ),
    ],
)
def test_news_ours_and_theirs_are_the_speakers_people_and_the_other_sides(
    news: News, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert news(text).legs_as_text() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia handed over 40 of theirs on Friday.",  # no first person: whose is unsaid
        "Thirty of ours came home on Friday.",  # no teller, no foreigners: whose is unsaid
    ],
)
def test_news_ours_and_theirs_with_no_side_to_own_them_give_nothing(news: News, text: str) -> None:
    assert news(text).legs_as_text() == set()


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        (
            "On prisoners: in the stages agreed in Geneva, we handed over more than 300 of "
            "theirs and got back 300 of ours, the Kremlin said.",
            "RUS",
        ),
        (
            "On prisoners: in the stages agreed at the talks, we released more than 300 of "
            "theirs and received 300 of ours, Kyiv said.",
            "UKR",
        ),
    ],
)
def test_news_the_stages_a_deal_set_add_up_and_the_topic_names_the_kind(
    news: News, text: str, ours: str
) -> None:
    result = news(text)
    theirs = "UKR" if ours == "RUS" else "RUS"
    assert result.legs_as_text() == set()
    assert result.tallies_as_text() == {
        (ours, theirs, "prisoners_of_war", "more than 300"),
        (theirs, ours, "prisoners_of_war", "300"),
    }


# -- "the same number of <kind>" after a list of kinds ------------------------------------


@pytest.mark.parametrize(
    ("text", "mirrored"),
    [
        (
            "Ukraine took back 160 soldiers and 14 civilians on Monday, according to the "
            "headquarters, which said Russia received the same number of servicemen.",
            "160",
        ),
        (
            "Kyiv got back 140 servicemen and 12 civilians on Monday, and Moscow received the "
            "same number of soldiers, the ministry said.",
            "140",
        ),
    ],
)
def test_news_the_same_number_of_a_kind_repeats_the_figure_of_that_kind(
    news: News, text: str, mirrored: str
) -> None:
    # Regression: the last figure of the list (the civilians) was repeated as soldiers.
    back = {m for m in news(text).legs_as_text() if m[:2] == ("UKR", "RUS")}
    assert back == {("UKR", "RUS", "prisoners_of_war", mirrored)}


# -- "were brought back", told by a side ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May, the Ukrainian ombudsman said, 15 children were also brought back from "
            "occupied areas of Zaporizhzhia region with the help of a charity.",
            ("RUS", "UKR", "children", "15"),
        ),
        (
            "Eleven soldiers were brought back on Monday, the Russian defence ministry said.",
            ("UKR", "RUS", "prisoners_of_war", "11"),
        ),
        (
            "Twenty-two teenagers were brought back from occupied territory, Kyiv said.",
            ("RUS", "UKR", "children", "22"),
        ),
    ],
)
def test_news_people_brought_back_go_home_to_the_side_that_tells_it(
    news: News, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert news(text).legs_as_text() == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "14 children were returned from occupied territory, the Ukrainian ombudsman said.",
        "Nine teenagers were returned from occupied areas, the Ukrainian ombudsman said.",
    ],
)
def test_news_a_speaker_past_a_comma_is_not_the_place_after_from(news: News, text: str) -> None:
    # Regression: "from occupied territory, the Ukrainian ombudsman" made Ukraine the sender.
    assert not any(m[0] == "UKR" and m[1] == "RUS" for m in news(text).legs_as_text())


def test_news_the_same_number_after_a_kindless_figure_repeats_that_figure(news: News) -> None:
    # Guard: an earlier figure of the named kind, in another clause, is not the one repeated.
    text = (
        "The office listed the swaps of 2 March, when 60 soldiers came home for 60 Russians, "
        "and of 9 August, when 88 Ukrainians were freed in exchange for the same number of "
        "Russian servicemen."
    )
    back = {m[3] for m in news(text).legs_as_text() if m[:2] == ("UKR", "RUS")}
    assert "88" in back


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(2, 900),
    people=st.sampled_from(["women", "men", "people", "of our defenders"]),
    speaker=st.sampled_from([("Andriy Yermak", "UKR"), ("Tatyana Moskalkova", "RUS")]),
)
def test_news_people_a_speaker_says_are_free_came_home_to_the_speakers_side(
    news: News, count: int, people: str, speaker: tuple[str, str]
) -> None:
    name, side = speaker
    text = (
        f'"Another exchange of prisoners," {name} wrote on Telegram. "{count} {people} are free."'
    )
    receivers = {t.receiver.code for e in news(text).exchanges for t in e.transfers}
    assert receivers == {side}


@pytest.mark.parametrize(
    "text",
    [
        '"After the exchange of prisoners, 40 women are free to leave," Yermak said.',
        '"After the exchange of prisoners, 40 women are free of charges," Yermak said.',
    ],
)
def test_news_free_to_or_of_something_is_no_homecoming(news: News, text: str) -> None:
    assert not news(text).exchanges


@settings(max_examples=30, deadline=None)
@given(
    ours=st.integers(min_value=2, max_value=60),
    theirs=st.integers(min_value=61, max_value=120),
    side=st.sampled_from([("Ukrainian", "Russia"), ("Russian", "Ukraine")]),
    speaker=st.sampled_from(["Moskalkova", "Lubinets", "the commissioner"]),
    noun=st.sampled_from(["citizens", "people", "compatriots"]),
)
def test_news_ours_before_a_quotations_speaker_is_named_goes_to_no_side_named_before(
    legs_of: Callable[..., Any],
    ours: int,
    theirs: int,
    side: tuple[str, str],
    speaker: str,
    noun: str,
) -> None:
    # the first sentence of a quotation is read before "..., she wrote" names its
    # speaker: the partner named in it is not whose "our" people came home
    partner, land = side
    text = (
        f'"Today, thanks to the joint work with the {partner} ombudsman, {ours} of our '
        f'{noun} are home. In turn, {theirs} citizens of {land} were returned," '
        f"{speaker} wrote."
    )
    partner_code = "UKR" if partner == "Ukrainian" else "RUS"
    assert all(
        Count.exact(ours) not in counts
        for (_, receiver, _), counts in legs_of(text).items()
        if receiver == partner_code
    )


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        # a colon after a known speaker's name opens the speaker's words
        ('09:40 Zelensky: "205 of our people are home."', "UKR"),
        # a one-sentence quotation whose speaker follows it
        ('"Today 40 of our citizens are home," Moskalkova wrote.', "RUS"),
    ],
)
def test_news_ours_with_a_sided_speaker_goes_to_the_speakers_side(
    legs_of: Callable[..., Any], text: str, receiver: str
) -> None:
    assert {r for (_, r, _) in legs_of(text)} == {receiver}
