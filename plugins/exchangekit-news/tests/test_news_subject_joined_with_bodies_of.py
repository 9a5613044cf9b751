"""A subject of living people joined by "and the bodies of N" to one passive verb.

"32 servicemen and the bodies of 20 soldiers were returned to Ukraine": "the bodies of"
opens the second group's phrase, so the list word before it still lists the two groups
as subjects of the same verb. The first group keeps its own kind: the "bodies" are the
second group's words, not a sign that the first group were dead.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange


def legs(text: str) -> set[tuple[str, str, str, Count | None]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.category.value, t.count)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@settings(max_examples=20, deadline=None)
@given(
    living=st.integers(min_value=2, max_value=1500),
    dead=st.integers(min_value=2, max_value=1500),
    head=st.sampled_from(["the bodies of", "the remains of", "bodies of"]),
    verb=st.sampled_from(["were returned to", "were handed over to", "came back to"]),
)
def test_both_groups_of_a_joined_subject_are_read(
    living: int, dead: int, head: str, verb: str
) -> None:
    """Whatever the counts and wording, the living and the dead both go home."""
    text = f"On 5 May, {living:,} Ukrainian servicemen and {head} {dead:,} soldiers {verb} Ukraine."
    found = legs(text)
    assert ("RUS", "UKR", "prisoners_of_war", Count.parse(f"{living:,}")) in found
    assert ("RUS", "UKR", "remains", Count.parse(f"{dead:,}")) in found


def test_the_living_are_not_read_as_dead() -> None:
    """The first group of a joined subject is never given the second group's kind."""
    text = (
        "Last Friday 75 Ukrainian defenders and the bodies of 9 soldiers were returned to Ukraine."
    )
    found = legs(text)
    assert ("RUS", "UKR", "remains", Count.parse("75")) not in found
    assert ("RUS", "UKR", "prisoners_of_war", Count.parse("75")) in found


def test_a_joined_subject_going_to_russia() -> None:
    """The other way round, with the receiver named after the verb."""
    text = (
        "On 3 June, 41 Russian servicemen and the bodies of 15 soldiers were handed over to Russia."
    )
    found = legs(text)
    assert ("UKR", "RUS", "prisoners_of_war", Count.parse("41")) in found
    assert ("UKR", "RUS", "remains", Count.parse("15")) in found


def test_relatives_of_people_beside_bodies_move_no_one() -> None:
    """Near miss: with no verb of handing over, neither group is read."""
    text = (
        "On 5 May, the relatives of 32 servicemen and the bodies of 20 soldiers were "
        "waiting at the border."
    )
    assert legs(text) == set()
