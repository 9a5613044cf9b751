"""A release made a condition of something else, and a figure the newsroom sets right.

"Moscow had tied the release of some 700 captives to ...": the release is what one side
asked for in return for something, not a handover. "In our 18:30 post we wrote that 317
came home. The correct number is 371.": the figure the newsroom says it wrote is the
error the next sentence sets right, so only the right one is read.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import read

_SWAP = (
    "Odesa, 9 January (Wire) - Ukraine and Russia exchanged 140 prisoners of war each on"
    " Thursday, the Ukrainian coordination headquarters said.\n\n"
)


@pytest.mark.parametrize("verb", ["tied", "linked", "conditioned"])
@pytest.mark.parametrize(
    "rest",
    [
        "the release of a wider group of roughly {n} prisoners to Kyiv handing over"
        " several convicted collaborators",
        "the return of {n} captives on Kyiv's side to a wider ceasefire in the Black Sea",
    ],
)
def test_news_a_release_tied_to_a_condition_is_no_handover(verb: str, rest: str) -> None:
    text = (
        _SWAP + "The swap came after meetings in Doha last month where, a negotiator"
        f" recalled, Moscow had {verb} " + rest.format(n=700) + ". Kyiv declined.\n"
    )
    legs = read(text, published=date(2026, 1, 9)).legs_as_text()
    assert all("700" not in count for _, _, _, count in legs)
    assert ("RUS", "UKR", "prisoners_of_war", "140") in legs


def test_news_a_release_told_as_done_after_talks_still_reads() -> None:
    text = (
        _SWAP + "In December, after meetings in Doha, Russia released 70 prisoners of war"
        " to Ukraine.\n"
    )
    legs = read(text, published=date(2026, 1, 9)).legs_as_text()
    assert ("RUS", "UKR", "prisoners_of_war", "70") in legs


_BLOG = (
    "Live: prisoner exchange\n\n"
    "21:10 - A note on our figures\n"
    "{opening} that Ukraine had received {wrong} soldiers. The {adj}"
    " number in the headquarters' statement is {right}. We are sorry for the mistake.\n\n"
    "18:30 - Swap under way\n"
    "Ukraine's coordination headquarters says {right} Ukrainian soldiers have come home"
    " after months in Russian prisons.\n"
)


@settings(max_examples=15, deadline=None)
@given(
    wrong=st.integers(min_value=101, max_value=499),
    right=st.integers(min_value=101, max_value=499),
    adj=st.sampled_from(["correct", "right", "accurate"]),
    opening=st.sampled_from(["In our 18:30 entry we wrote", "At 18:30 we reported"]),
)
def test_news_what_we_wrote_set_right_next_is_withdrawn(
    wrong: int, right: int, adj: str, opening: str
) -> None:
    if wrong == right:
        return
    text = _BLOG.format(wrong=wrong, right=right, adj=adj, opening=opening)
    legs = read(text, published=date(2026, 4, 12)).legs_as_text()
    assert all(count != str(wrong) for _, _, _, count in legs)
    assert ("RUS", "UKR", "prisoners_of_war", str(right)) in legs


@pytest.mark.parametrize("opening", ["In our 18:30 entry we wrote", "At 18:30 we reported"])
def test_news_what_we_wrote_without_a_right_figure_still_reads(opening: str) -> None:
    text = (
        "Live: prisoner exchange\n\n"
        "21:10 - More on the swap\n"
        f"{opening} that Ukraine had received 317 soldiers. The soldiers"
        " are now in Chernihiv hospitals.\n"
    )
    legs = read(text, published=date(2026, 4, 12)).legs_as_text()
    assert ("RUS", "UKR", "prisoners_of_war", "317") in legs
