"""A running total of people moved "by" a side: "the number of bodies returned by Russia".

In "the number of <people> returned (handed over, released) by <side> ... at N" the
side after "by" is the agent of the passive participle: it sent the people, so the
other side got them back, whoever the speaker is. With a verb of getting ("received
by Ukraine") the side after "by" got them. People of a named nationality keep the
way their nationality gives.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, ExchangeTally


def tallies(text: str) -> set[tuple[str, str, str, Count]]:
    """(sender, receiver, category, count) of every running total read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 9, 12), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.category.value, t.count)
        for t in items
        if isinstance(t, ExchangeTally)
    }


@pytest.mark.parametrize(
    ("text", "way"),
    [
        (
            "A Russian deputy put the number of bodies returned by Russia this year at "
            "more than 9,000.",
            ("RUS", "UKR"),
        ),
        (
            "A Russian deputy said the number of bodies handed over by Russia since January "
            "had passed 9,000.",
            ("RUS", "UKR"),
        ),
        (
            "Kyiv's ombudsman put the number of bodies returned by Ukraine this year at "
            "more than 9,000.",
            ("UKR", "RUS"),
        ),
    ],
)
def test_the_side_after_by_sent_the_people_counted(text: str, way: tuple[str, str]) -> None:
    """The agent of the participle, not the speaker's side, sent the people."""
    assert tallies(text) == {(*way, "remains", Count.more_than(9_000))}


def test_a_bare_cumulative_number_after_a_handover_of_bodies() -> None:
    """No people named: the bodies just told are what the running number counts."""
    text = (
        "Ukraine received the bodies of 40 soldiers on Friday. A Russian deputy put the "
        "cumulative number returned by Russia this year at 9,000."
    )
    assert ("RUS", "UKR", "remains", Count.exact(9_000)) in tallies(text)


def test_a_nationality_keeps_its_way_home() -> None:
    """Ukrainian prisoners released by Russia went home to Ukraine, as before."""
    text = (
        "The ombudsman put the number of Ukrainian prisoners released by Russia since "
        "2022 at 4,200."
    )
    assert tallies(text) == {("RUS", "UKR", "prisoners_of_war", Count.exact(4_200))}


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2_200, max_value=60_000),
    agent=st.sampled_from([("Russia", "RUS", "UKR"), ("Ukraine", "UKR", "RUS")]),
    speaker=st.sampled_from(["A Russian deputy", "Kyiv's ombudsman"]),
)
def test_any_speaker_any_count(n: int, agent: tuple[str, str, str], speaker: str) -> None:
    """Whoever speaks, the side after "by" is the sender of the running total."""
    name, sender, receiver = agent
    text = f"{speaker} put the number of bodies returned by {name} this year at {n:,}."
    assert tallies(text) == {(sender, receiver, "remains", Count.exact(n))}


def test_a_go_between_after_by_gives_no_way() -> None:
    """A mediator after "by" sent no one of its own: the speaker's side stays the reading."""
    text = "A Russian deputy put the number of bodies returned by the Red Cross this year at 9,000."
    assert all((s, r) != ("RUS", "UKR") for s, r, _, _ in tallies(text))
