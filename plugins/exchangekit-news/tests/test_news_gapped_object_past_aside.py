"""A gapped second clause after the first object's aside: "..., and Moscow 150 soldiers".

"On Friday Kyiv took back 212 people, among them three women held since 2015, and
Moscow 150 soldiers": the verb of the second clause is left out, and the first object's
aside set off by commas lies between; the party after ", and" is the subject of the
first clause's verb again, so its figure goes the other way. An aside with a verb of
handing over of its own, or a second clause with a verb of its own, is no such gap.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def moves(text: str) -> set[tuple[str, str, int, str]]:
    """(sender, receiver, count, category) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 3, 14), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.count.best or 0, t.category.value)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    mine=st.integers(min_value=20, max_value=900),
    theirs=st.integers(min_value=20, max_value=900),
    aside=st.sampled_from(
        [
            "among them three women",
            "including three women",
            "three of whom had been held since 2015",
            "among them three who had been held since 2015",
        ]
    ),
)
def test_the_gapped_figure_goes_the_other_way(mine: int, theirs: int, aside: str) -> None:
    """Whatever the figures and the aside, the second figure is the other side's intake."""
    text = f"On Thursday Kyiv took back {mine} people, {aside}, and Moscow {theirs} soldiers."
    found = moves(text)
    assert ("RUS", "UKR", mine, "other") in found
    assert ("UKR", "RUS", theirs, "prisoners_of_war") in found


def test_the_gap_with_the_sides_the_other_way_round() -> None:
    """The harder form: Russia's intake first, the aside a relative clause."""
    text = (
        "In the exchange on Thursday, Russia received 84 servicemen, some of whom had been "
        "captured in the Kursk region, and Ukraine 90 soldiers and border guards."
    )
    found = moves(text)
    assert ("UKR", "RUS", 84, "prisoners_of_war") in found
    assert any(s == "RUS" and r == "UKR" and n == 90 for s, r, n, _ in found)


def test_a_second_clause_with_its_own_verb_is_no_gap() -> None:
    """Near miss: the second clause says the figure was killed, which moves no one."""
    text = (
        "On Thursday Kyiv took back 120 people, among them three women, and Moscow said 150 "
        "of its soldiers had been killed."
    )
    assert all(n != 150 for _, _, n, _ in moves(text))
