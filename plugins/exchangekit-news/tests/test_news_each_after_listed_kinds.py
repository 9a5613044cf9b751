"""A per-side figure set off after a list of kinds counts people of no one kind.

"The sides swapped prisoners and the bodies of the fallen - 30 each -": the one figure
follows two kinds of people joined by "and", so it is not the first kind's (nor the
last's) count; it is read as people of no one kind ("other"), never as 30 prisoners.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 6, 10)
_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# one word of each kind: two of one kind ("soldiers and officers") are no list of kinds
_KINDS = ["prisoners of war", "civilians", "the bodies of the dead", "children"]


@_SETTINGS
@given(
    n=st.integers(min_value=2, max_value=999),
    kinds=st.sampled_from([(a, b) for a in _KINDS for b in _KINDS if a != b]),
    marks=st.sampled_from([(" -", " -"), (",", ","), (" \u2013", " \u2013")]),
)
def test_news_each_after_two_kinds_is_of_no_one_kind(
    news: News,
    transfer_tuples: TransferTuples,
    n: int,
    kinds: tuple[str, str],
    marks: tuple[str, str],
) -> None:
    first, second = kinds
    opening, closing = marks
    text = f"Kyiv and Moscow exchanged {first} and {second}{opening} {n} each{closing} on Monday."
    found = transfer_tuples(news(text, published=_DAY))
    assert {kind for _, _, kind, _ in found} <= {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and Russia swapped captured servicemen and the remains of the fallen - 41 "
        "apiece - over the weekend, the two sides said.",
        # the harder form: a speaker first, a dash of another kind, the kinds in reverse order
        "Officials said the sides had traded the bodies of soldiers and civilian detainees "
        "\u2014 41 each \u2014 at the border on Saturday.",
    ],
)
def test_news_each_after_listed_kinds_gives_no_kind(
    news: News, transfer_tuples: TransferTuples, text: str
) -> None:
    found = transfer_tuples(news(text, published=_DAY))
    assert all(kind == "other" for _, _, kind, _ in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # near miss: one kind before the figure keeps its kind
        ("Ukraine and Russia swapped prisoners - 30 each - on Monday.", "prisoners_of_war"),
        # near miss: two words of one kind are no list of kinds
        (
            "Ukraine and Russia swapped soldiers and officers - 30 each - on Monday.",
            "prisoners_of_war",
        ),
    ],
)
def test_news_each_after_one_kind_keeps_it(
    news: News, transfer_tuples: TransferTuples, text: str, kind: str
) -> None:
    found = transfer_tuples(news(text, published=_DAY))
    assert found == {
        ("UKR", "RUS", kind, Count.exact(30)),
        ("RUS", "UKR", kind, Count.exact(30)),
    }
