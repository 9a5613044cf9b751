"""A "with" phrase giving the other way as nationals counts people of no one kind.

"brought home 80 soldiers, with as many Russians sent back" tells the other way as "in
return for as many Russians" does: the echo repeats the figure, and its noun says only
whose people they were, not of what kind, so the Russians are "other" while the 80
soldiers stay prisoners of war. An echo naming a kind ("with as many Russian
servicemen released") keeps that kind, and a bare echo ("with as many going back")
keeps the kind of the figure it repeats.
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
_DAY = date(2025, 12, 30)
_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@given(
    count=st.integers(min_value=12, max_value=400),
    noun=st.sampled_from(["soldiers", "servicemen", "prisoners of war"]),
    echo=st.sampled_from(["as many", "the same number of"]),
    verb=st.sampled_from(["released", "sent back", "handed over"]),
)
@_SETTINGS
def test_with_echo_of_nationals_is_other(
    news: News, transfer_tuples: TransferTuples, count: int, noun: str, echo: str, verb: str
) -> None:
    text = f"A swap on Tuesday returned {count} Ukrainian {noun}, with {echo} Russians {verb}."
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(count)),
        ("UKR", "RUS", "other", Count.exact(count)),
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the echo names a kind of its own
        (
            "A swap on Tuesday returned 80 Ukrainian soldiers, with as many Russian "
            "servicemen released.",
            "prisoners_of_war",
        ),
        # a bare "as many" repeats the figure, not the other side's kind
        (
            "A swap on Tuesday returned 80 Ukrainian soldiers to Ukraine, with as many "
            "going back to Russia.",
            "other",
        ),
    ],
)
def test_with_echo_of_a_kind_keeps_it(
    news: News, transfer_tuples: TransferTuples, text: str, kind: str
) -> None:
    got = transfer_tuples(news(text, published=_DAY))
    assert ("UKR", "RUS", kind, Count.exact(80)) in got
