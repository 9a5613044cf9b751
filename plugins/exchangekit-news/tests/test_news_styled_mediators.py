"""A go-between called by its style once named, and foreigners it took in.

"Saudi Arabia said ... freed through the Kingdom's mediation has reached 860": "the
Kingdom" (or "the Gulf state") after the state was named is that state, so its count is
a mediator's two-way tally, not one side's. With no such state named, the style is no
one. Foreigners freed by a side "who arrived today in" (or "were flown today to") that
state went to it.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import read

_TALLY = (
    "{place}, 3 March (Desk) - {state} said on Tuesday that its good offices had helped"
    " reunite families separated by the war.\n\n"
    "\"With this round, the number of captives freed through the {style}'s mediation"
    ' since 2023 has reached {n}," the foreign ministry said.\n'
)


def _tallies(text: str) -> list[tuple[object, object, str, str]]:
    result = read(text, published=date(2026, 3, 3))
    return [
        (
            getattr(t.receiver, "code", t.receiver),
            getattr(t.sender, "code", t.sender),
            t.category.value,
            str(t.count),
        )
        for t in result.tallies
    ]


@settings(max_examples=10, deadline=None)
@given(
    n=st.integers(min_value=200, max_value=1900),
    named=st.sampled_from(
        [
            ("Riyadh", "Saudi Arabia", "Kingdom"),
            ("Riyadh", "Saudi Arabia", "Gulf state"),
            ("Doha", "Qatar", "Gulf state"),
            ("Abu Dhabi", "The UAE", "Gulf state"),
        ]
    ),
)
def test_news_a_named_state_s_style_is_that_mediator(n: int, named: tuple[str, str, str]) -> None:
    place, state, style = named
    text = _TALLY.format(place=place, state=state, style=style, n=f"{n:,}")
    tallies = _tallies(text)
    assert tallies, text
    assert all(receiver not in ("UKR", "RUS") for receiver, *_ in tallies)


@pytest.mark.parametrize("style", ["Kingdom", "Gulf state"])
def test_news_a_style_with_no_state_named_is_no_one(style: str) -> None:
    text = _TALLY.format(place="London", state="The ministry", style=style, n="860")
    assert _tallies(text) == []


_FOREIGNERS = (
    "Riyadh, 14 May (Desk) - Saudi Arabia said its efforts had freed 95 soldiers on each"
    " side on Wednesday.\n\n"
    "The Kingdom's work also led to the release of {n} foreign citizens who had been"
    " captured by Russian forces, who {verb} on a Saudi military jet.\n"
)


@pytest.mark.parametrize(
    "verb", ["arrived today in the Kingdom", "were flown today to Saudi Arabia", "landed in Riyadh"]
)
def test_news_foreigners_who_came_to_the_go_between_went_to_it(verb: str) -> None:
    legs = read(_FOREIGNERS.format(n="seven", verb=verb), published=date(2026, 5, 14))
    assert ("RUS", "SAU", "other", "7") in legs.legs_as_text()


def test_news_foreigners_arriving_with_no_captor_told_are_not_read() -> None:
    text = (
        "Riyadh, 14 May (Desk) - Saudi Arabia said its efforts had freed 95 soldiers on"
        " each side on Wednesday.\n\nSeven foreign reporters arrived today in the Kingdom"
        " to cover the talks.\n"
    )
    legs = read(text, published=date(2026, 5, 14)).legs_as_text()
    assert all(receiver != "SAU" for _, receiver, _, _ in legs)


@pytest.mark.parametrize("text", ["the", "Qatar said so. the", "Talks in the"])
def test_news_a_text_ending_on_the_reads_without_error(text: str) -> None:
    result = read(text, published=date(2026, 5, 14))
    assert result.legs_as_text() == set()


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(["Qatar", "i", "Doha", " ", "_", "é", "—", "x", "Abu Dhabi"])).map(
        "".join
    )
)
def test_news_last_named_finds_the_last_whole_word_as_a_pattern_does(text: str) -> None:
    from exchangekit_news._mentions import _last_named

    names = ("Qatar", "Qatari", "Doha", "Abu Dhabi")
    for end in {0, len(text) // 2, len(text)}:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
        starts = [m.start() for m in pattern.finditer(text[:end])]
        expected = max(starts) if starts else -1
        assert _last_named(text, end, names) == expected
