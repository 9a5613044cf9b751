"""A "to" after a second verb joined by "and" is its own: "got 17 and returned to Russia 11".

When a side's verb of getting has its figure as object and "and" opens a second verb of
moving, the second verb's "to X" (written before its own figure) says where the second
figure went. Read as the first figure's goal it would turn the first leg round.
"""

from __future__ import annotations

from .conftest import read


def _legs(text: str) -> set[tuple[str, str, str, int | None]]:
    return {(s, r, k, c.best) for s, r, k, c in read(text).legs()}


def test_news_to_after_the_second_verb_does_not_turn_the_first_leg() -> None:
    # the second verb puts its "to" before its figure; an aside on the source sits between
    legs = _legs(
        "Ukraine, according to the ombudsman's office, had got back 23 civilians on "
        "Tuesday and handed back to Moscow nine people it described as collaborators."
    )
    assert ("RUS", "UKR", "civilians", 23) in legs
    assert ("UKR", "RUS", "other", 9) in legs
    assert all(not (s == "UKR" and n == 23) for s, _r, _k, n in legs)


def test_news_a_shared_subject_keeps_its_goal_after_and() -> None:
    # near miss: the figure is the subject of both verbs, so "to Ukraine" is still its own
    legs = _legs(
        "On Tuesday 23 civilians, the ombudsman said, crossed the border at Sumy and "
        "returned to Ukraine."
    )
    assert {(s, r) for s, r, _k, n in legs if n == 23} == {("RUS", "UKR")}


def test_news_the_same_people_moved_on_after_and_keep_their_way() -> None:
    # near miss: "them" after the second verb are the first figure's people again
    legs = _legs("Moscow freed 23 civilians on Tuesday and returned them to Ukraine, an aide said.")
    assert {(s, r) for s, r, _k, n in legs if n == 23} == {("RUS", "UKR")}
