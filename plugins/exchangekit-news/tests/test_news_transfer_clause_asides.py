"""A second verb's clause after an aside or a semicolon: who moves its figure, and which way.

"Ukraine got back 600 bodies and, officials said, handed over 25": a speech tag set off
between "and" and the verb leaves the verb sharing the first verb's subject. "...
handed over 25 in May; in June, 800 came back": a semicolon and a fronted date open a
clause of its own, whose figure is no further item of the list before it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "sentence",
    [
        "In May, Ukraine got back 600 bodies and, officials said, handed over 25.",
        "In May, Ukraine got back 600 bodies, and, Kyiv said, handed over 25.",
        "In May, Ukraine got back 600 bodies and, according to Kyiv, handed over 25.",
        # the subject a party of the other side, with the speech tag from the first side
        "In May, Russia passed 600 bodies to Ukraine and, the Ukrainian ministry said,"
        " received 25.",
    ],
)
def test_news_a_speech_tag_after_and_keeps_the_first_subject(
    legs_of: Callable[..., Any], sentence: str
) -> None:
    read = {(s, r, str(c[0])) for (s, r, _), c in legs_of(sentence).items()}
    assert read == {("RUS", "UKR", "600"), ("UKR", "RUS", "25")}


def test_news_a_long_clause_between_and_and_the_verb_is_no_speech_tag(
    legs_of: Callable[..., Any],
) -> None:
    # a reported clause of its own, not a short tag: its verb is not the subject's
    legs = legs_of(
        "Ukraine got back 600 bodies and, as the ministry later said in its long statement"
        " to the press, refused 25."
    )
    assert all(str(c) != "25" for counts in legs.values() for c in counts)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ukraine handed over 25 bodies in May; in June, 800 came back.",
            {("UKR", "RUS", "25"), ("RUS", "UKR", "800")},
        ),
        (
            "In May, Ukraine got back 600 bodies and handed over 25; in June, 800 bodies"
            " came back.",
            {("RUS", "UKR", "600"), ("UKR", "RUS", "25"), ("RUS", "UKR", "800")},
        ),
    ],
)
def test_news_a_semicolon_and_a_fronted_date_open_a_clause_of_its_own(
    legs_of: Callable[..., Any], sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    read = {(s, r, str(c)) for (s, r, _), counts in legs_of(sentence).items() for c in counts}
    assert read == expected


def test_news_figures_listed_under_one_verb_still_share_it(legs_of: Callable[..., Any]) -> None:
    # no semicolon: the second figure is a further item of the first verb's list
    read = {
        (s, r, str(c))
        for (s, r, _), counts in legs_of(
            "Ukraine handed over 25 soldiers, as well as 12 civilians."
        ).items()
        for c in counts
    }
    assert read == {("UKR", "RUS", "25"), ("UKR", "RUS", "12")}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=300, max_value=1500),
    st.integers(min_value=5, max_value=90),
    st.sampled_from(["officials said", "Kyiv said", "the ministry said", "it said"]),
)
def test_news_a_speech_tag_never_turns_the_second_figure_around(
    legs_of: Callable[..., Any], got: int, gave: int, tag: str
) -> None:
    legs = legs_of(f"In May, Ukraine got back {got:,} bodies and, {tag}, handed over {gave}.")
    for (sender, receiver, _), counts in legs.items():
        if any(str(c) == str(gave) for c in counts):
            assert (sender, receiver) == ("UKR", "RUS")
