"""Sizes in a fronted aside set off by spaced hyphens: "In May and June - about 300 each
time - Russia got back its soldiers".

Plain text types the aside's dashes as hyphens with a space on each side; the side
named right after the closing one is the subject of the verb, as after real dashes.
The aside must open and close with the same mark.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=900),
    st.sampled_from([" - ", " — ", " – "]),
    st.sampled_from([("Russia", "UKR", "RUS"), ("Ukraine", "RUS", "UKR")]),
)
def test_news_fronted_aside_sizes_go_to_the_side_after_it(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
    count: int,
    dash: str,
    side: tuple[str, str, str],
) -> None:
    name, sender, receiver = side
    found = legs(
        f"In April and May{dash}each time {count} prisoners{dash}{name} got back its soldiers."
    )
    assert str(found.get((sender, receiver, "prisoners_of_war"))) == str(count)
    assert (receiver, sender, "prisoners_of_war") not in found


def test_news_hyphen_fronted_sizes_in_a_harder_form(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # the harder form: three months, a participle and a hedge inside the aside
    found = legs(
        "In March, April and May - each time involving roughly 500 bodies - Kyiv took"
        " back its fallen."
    )
    assert str(found.get(("RUS", "UKR", "remains"))).startswith("around 500")


def test_news_aside_opened_and_closed_by_different_marks_names_no_subject(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: a dash and a hyphen do not pair up, so no aside closes before the side
    assert not legs("In April and May — about 300 each time - Russia got back its soldiers.")
