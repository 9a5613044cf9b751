"""Transcripts and Q&A: an answer's bare figure counts what the question just asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("text", "subject", "category", "count"),
    [
        (
            # the people the question counts, held by the other side
            "HOST: And today, how many Ukrainians remain in Russian detention?\n\n"
            "ZELENSKIY: I believe over 6,500 soldiers and civilians.",
            "UKR",
            "captured",
            "more than 6,500",
        ),
        (
            # the question names the other side's dead; the answer is only a hedge and a number
            "INTERVIEWER: How many Russian troops have died in the offensive so far?\n\n"
            "SYRSKYI: By our count, around 90,000.",
            "RUS",
            "killed",
            "around 90,000",
        ),
        (
            # "your": the answering speaker's own side
            "PRESENTER: General, how many of your men are still listed as missing?\n\n"
            "SYRSKYI: Well, about 28,000.",
            "UKR",
            "missing",
            "around 28,000",
        ),
        (
            # an explainer's heading question, answered by the sentence after it
            "How many are still in captivity? Kyiv says about 7,000 Ukrainians, soldiers "
            "and civilians alike.",
            "UKR",
            "captured",
            "around 7,000",
        ),
        (
            # an explainer's "Q:"/"A:" labels, a side named by its possessive
            "Q: What is Russia's number of wounded, by Kyiv's estimate?\n\n"
            "A: Roughly 410,000, according to the general staff.",
            "RUS",
            "wounded",
            "around 410,000",
        ),
    ],
)
def test_news_an_answers_bare_figure_counts_what_the_question_asked(
    news: News, found: Found, text: str, subject: str, category: str, count: str
) -> None:
    assert (subject, category, Count.parse(count)) in found(news(text))


@pytest.mark.parametrize(
    ("text", "receiver", "sender", "count"),
    [
        (
            "Q: How many Ukrainians have come home since 2022?\n\nA: Over 4,300 so far.",
            "UKR",
            "RUS",
            "more than 4,300",
        ),
        (
            # "your people": the answering speaker's side brought them home
            "HOST: How many of your people have you brought back so far?\n\n"
            "ZELENSKIY: I think about 4,100, soldiers and civilians.",
            "UKR",
            "RUS",
            "around 4,100",
        ),
    ],
)
def test_news_an_answer_to_how_many_came_home_is_a_running_total(
    news: News, text: str, receiver: str, sender: str, count: str
) -> None:
    tallies = {(t.receiver.code, t.sender.code, t.count) for t in news(text).tallies}
    assert tallies == {(receiver, sender, Count.parse(count))}


@pytest.mark.parametrize(
    "text",
    [
        # one day's homecoming asked of: one exchange, not a total, and not read bare
        "Q: How many came home on Tuesday?\n\nA: 95.",
        # a question of both ways together: no one side's total
        "Q: How many prisoners have been swapped since 2022?\n\nA: About 5,000 on each side.",
    ],
)
def test_news_an_answer_to_a_homecoming_question_of_no_total_is_no_tally(
    news: News, text: str
) -> None:
    assert news(text).tallies == []


@pytest.mark.parametrize(
    "text",
    [
        # an answer about something else: an age, a year, vehicles
        "PRESENTER: How many Ukrainians are still held?\n\nLUBINETS: The youngest is 19.",
        "Q: How many Ukrainian soldiers are held in Russia?\n\nA: Since 2014, in fact.",
        "HOST: How many of your soldiers have been killed?\n\nZELENSKIY: About 300 tanks.",
        # a question of homecomings, not of a casualty count
        "Q: How many prisoners have come home this year?\n\nA: More than 1,200.",
        # another line between the question and the labelled answer
        "HOST: How many of your soldiers are missing?\n\n[Break]\n\nZELENSKIY: About 3,000.",
        # only the next turn answers: the one after it is a new topic
        "HOST: How many of your soldiers are missing?\n\nZELENSKIY: I cannot say.\n\n"
        "HOST: And the drones?\n\nZELENSKIY: Perhaps 4,000.",
        # a question that asks no count
        "HOST: Are many of your soldiers held in Russia?\n\nZELENSKIY: Yes, 5,000.",
    ],
)
def test_news_an_answer_about_something_else_claims_nothing(news: News, text: str) -> None:
    assert news(text).claims == []


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=90_000),
    side=st.sampled_from(["Ukrainian", "Russian"]),
    fate=st.sampled_from(["killed", "wounded", "captured", "missing"]),
    label=st.sampled_from(["Q", "HOST", "PRESENTER"]),
)
def test_news_a_figure_a_question_puts_is_never_a_claim(
    news: News, count: int, side: str, fate: str, label: str
) -> None:
    # "Is it true that N ...?": the figure is put to the speaker, not told by anyone
    text = (
        f"{label}: Is it true that {count:,} {side} soldiers have been {fate} since May?"
        "\n\nZELENSKIY: I will not comment on that."
    )
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        (
            # the guest's turns told both ways before the host's unsided homecoming
            "HOST: Joining us is Ukraine's ombudsman, Dmytro Lubinets.\n\nLUBINETS: Good "
            "morning. On Monday we returned nine civilians, and we handed over five Russian "
            "citizens.\n\nHOST: And the bodies of 320 fallen soldiers came home on Thursday."
            "\n\nLUBINETS: Yes, and Russia received 41 of its dead.",
            ("RUS", "UKR", 320),
        ),
        (
            "PRESENTER: Our guest is Vladimir Medinsky.\n\nMEDINSKY: Good evening. This week "
            "we handed over 900 bodies to Ukraine and got back 25.\n\nPRESENTER: And the "
            "remains of 60 servicemen came home on Friday.",
            ("UKR", "RUS", 60),
        ),
        (
            "HOST: In the studio is Ukraine's human rights commissioner, Dmytro Lubinets."
            "\n\nLUBINETS: Hello. Russia got back 14 of its citizens on Monday.\n\n"
            "HOST: Then on Wednesday the bodies of 410 defenders came home.",
            ("RUS", "UKR", 410),
        ),
    ],
)
def test_news_a_hosts_homecoming_of_no_side_is_the_guests_side(
    legs_of: Callable[..., Any], text: str, moved: tuple[str, str, int]
) -> None:
    sender, receiver, count = moved
    ways = {
        (s, r) for (s, r, _), counts in legs_of(text).items() if Count.parse(str(count)) in counts
    }
    assert ways == {(sender, receiver)}


def test_news_a_hosts_homecoming_with_no_guest_of_a_side_stays_unread(news: News) -> None:
    text = "HOST: Forty soldiers came home from captivity on Friday."
    assert news(text).exchanges == []


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(min_value=200, max_value=9_000),
    heard=st.sampled_from(
        ["The defence ministry in Moscow confirmed the swap.", "Kyiv's ombudsman confirmed it."]
    ),
    guest=st.sampled_from(["LARYSA PETRYK", "DR MARK OWEN", "ANNA KOVAL"]),
    verb=st.sampled_from(["have come home", "have been brought back", "have returned home"]),
)
def test_news_a_guest_of_no_known_side_does_not_take_the_side_last_heard(
    news: News, count: int, heard: str, guest: str, verb: str
) -> None:
    # a guest the label names but the text gives no side speaks for herself: her running
    # total goes to no side heard before her turn ("cannot say")
    text = (
        f"CORRESPONDENT: {heard}\n\nPRESENTER: Do we know how many have returned?\n\n"
        f"{guest}: Not a reliable number. If you add up what was announced, well over {count:,} "
        f"people {verb} since January."
    )
    assert news(text).tallies == []


def test_news_a_guest_of_a_known_side_still_sums_her_sides_homecomings(news: News) -> None:
    text = (
        "HOST: Joining us is Ukraine's ombudsman, Dmytro Lubinets.\n\nLUBINETS: Good "
        "morning. Since January, more than 2,000 people have come home."
    )
    assert {(t.receiver.code, t.count) for t in news(text).tallies} == {
        ("UKR", Count.parse("more than 2,000"))
    }
