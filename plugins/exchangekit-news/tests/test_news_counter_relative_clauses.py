"""A counterpart told in a relative clause, and a possessive speaker kept across an aside.

"Moscow said 90 of its soldiers, in exchange for whom the same number of Ukrainians were
freed, had come home": the figure after "in exchange for whom" went the other way from
the people "whom" stands for, as the figure after a bare "in exchange for" does. And
"Kyiv's ombudsman, in a statement that for once gave a figure, said 88 came home": the
possessed body, not the country owning it, is the speaker the long aside keeps apart.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

Moves = set[tuple[str, str, int, str]]


def moves(text: str) -> Moves:
    """(sender, receiver, count, speaker) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 5), publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.count.best or 0, str(t.attributed_to or ""))
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


def directions(text: str) -> set[tuple[str, str, int]]:
    return {(s, r, n) for s, r, n, _ in moves(text)}


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=900),
    opening=st.sampled_from(["in exchange for whom", "in return for whom"]),
    verb=st.sampled_from(["were transferred", "were released", "went home"]),
)
def test_the_relative_counterpart_goes_the_other_way(n: int, opening: str, verb: str) -> None:
    """Whatever the figure and the words, both ways of the swap are read."""
    text = (
        "MOSCOW, July 5 - The two sides swapped prisoners on Friday. The Russian defence "
        f"ministry said that {n} Russian servicemen, {opening} the same number of "
        f"Ukrainian prisoners of war {verb}, had been returned and were flown to Moscow."
    )
    assert directions(text) == {("UKR", "RUS", n), ("RUS", "UKR", n)}


def test_the_relative_counterpart_with_its_own_figure() -> None:
    """The harder form: the aside after the verb, each way with a figure of its own."""
    text = (
        "KYIV, July 5 - On Friday Ukraine returned 60 Russian soldiers, in return for "
        "whom 62 Ukrainian prisoners of war came home, officials said."
    )
    assert directions(text) == {("UKR", "RUS", 60), ("RUS", "UKR", 62)}


def test_for_whom_without_a_counter_is_no_counterpart() -> None:
    """Near miss: "for whom" after no word of trading gives the figure no other way."""
    text = (
        "KYIV, July 5 - Kyiv said on Friday that 50 Ukrainian soldiers, for whom their "
        "families had campaigned for two years, had come home from Russian captivity."
    )
    assert ("UKR", "RUS", 50) not in directions(text)


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=900),
    aside=st.sampled_from(
        [
            "in a statement later on Friday that for once gave a number of people",
            "in a statement that, unlike earlier ones this month, included a figure",
            "in a post late on Friday that for the first time in this round gave a number",
        ]
    ),
)
def test_a_possessed_body_speaks_across_a_long_aside(n: int, aside: str) -> None:
    """The headquarters, not the bare country nor no one, is the source of the figure."""
    text = (
        "KYIV, July 5 - Russia and Ukraine swapped prisoners on Friday. Ukraine's "
        f"Coordination Headquarters, {aside}, said that {n} Ukrainian defenders had returned."
    )
    speakers = {speaker for _, _, count, speaker in moves(text) if count == n}
    assert len(speakers) == 1
    assert "Coordination Headquarters" in speakers.pop()


def test_a_possessor_with_a_figure_in_the_aside_is_not_kept() -> None:
    """Near miss: a figure inside the aside breaks the tie, as for any distant subject."""
    text = (
        "KYIV, July 5 - Russia and Ukraine swapped prisoners on Friday. Ukraine's "
        "Coordination Headquarters, in a statement about the 40 still missing from the "
        "lists of earlier rounds, said that 77 Ukrainian defenders had returned."
    )
    speakers = {speaker for _, _, count, speaker in moves(text) if count == 77}
    assert all("Coordination Headquarters" not in s for s in speakers)
