"""A phrase that sets the scene before a figure: "with Wednesday's exchange, 212 came home".

An exchange noun inside a phrase opened by "with" or "after" and set off by a comma
is no verb of the figure after it, also when the phrase opens a reported clause
("said that with ..."): the figure's own verb and the speaker's side say where
the people went.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_SIDES = {"Ukraine's ombudsman": "UKR", "Russia's ombudsman": "RUS"}


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(sorted(_SIDES)),
    st.integers(min_value=20, max_value=9000),
    st.sampled_from(["with Wednesday's exchange", "after the latest swap", "with the exchange"]),
    st.sampled_from(["said that", "said that,", "told reporters that"]),
    st.sampled_from(
        [("servicemen had come home", "prisoners_of_war"), ("people had returned", "other")]
    ),
)
def test_news_a_scene_phrase_after_said_that_keeps_the_speakers_side(
    receipts: Callable[..., Any],
    speaker: str,
    amount: int,
    phrase: str,
    said: str,
    moved: tuple[str, str],
) -> None:
    words, kind = moved
    text = f"{speaker} {said} {phrase}, {amount:,} {words} since 2022."
    transfers, tallies = receipts(text)
    side = _SIDES[speaker]
    wrong = "RUS" if side == "UKR" else "UKR"
    # never the other side's: the exchange noun is not the figure's verb
    assert not any(receiver == wrong for receiver, _, _ in transfers | tallies)
    assert (side, kind, f"{amount:,}") in tallies


def test_news_a_figure_going_each_way_after_a_scene_phrase_still_goes_both_ways(
    receipts: Callable[..., Any],
) -> None:
    transfers, _ = receipts("Kyiv said that with Friday's swap, 90 went each way.")
    assert {receiver for receiver, _, count in transfers if count == "90"} == {"UKR", "RUS"}
