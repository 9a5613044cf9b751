"""Figures spelt in words: "hundred and three" with no number before the scale word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def legs(result: Any) -> set[tuple[str, str, Count]]:
    """(sender, receiver, count) of every transfer read."""
    return {
        (t.sender.code, t.receiver.code, t.count) for e in result.exchanges for t in e.transfers
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            # a transcript's answer: "another" before a bare scale word
            "ZELENSKY: We have brought back another hundred and three of our defenders. "
            "They are on Ukrainian soil.",
            "103",
        ),
        (
            # a live blog entry, the scale word opening the figure after "the"
            "11:45\nKyiv says the hundred and twelve Ukrainian prisoners freed this morning "
            "have crossed the border.",
            "112",
        ),
        (
            # "thousand" the same way, past a hedge
            "Ukraine received nearly thousand and forty bodies of fallen soldiers from "
            "Russia on Thursday, the headquarters said.",
            "nearly 1,040",
        ),
    ],
)
def test_bare_scale_word_opens_the_whole_figure(news: News, text: str, count: str) -> None:
    counts = {c for _, receiver, c in legs(news(text)) if receiver == "UKR"}
    assert counts == {Count.parse(count)}


def test_tail_of_an_unread_number_is_no_figure(news: News) -> None:
    # near-miss: "3 hundred" is read; its tail "and five" must not become a second figure
    result = news("Zelensky said 3 hundred and five Ukrainian soldiers had come home.")
    assert Count.parse("5") not in {c for _, _, c in legs(result)}


def test_a_hundred_keeps_its_reading(news: News) -> None:
    # near-miss: the article form was read before and still is
    result = news("Zelensky said a hundred and three Ukrainians had returned home.")
    assert {c for _, _, c in legs(result)} == {Count.parse("103")}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["another", "some", "the"]), st.sampled_from(_UNITS))
def test_bare_hundred_never_reads_as_its_tail(news: News, lead: str, unit: str) -> None:
    text = f"Zelensky said {lead} hundred and {unit} Ukrainian prisoners had come home."
    counts = {c.low for _, _, c in legs(news(text))}
    assert counts
    assert all(low is not None and low >= 90 for low in counts)
