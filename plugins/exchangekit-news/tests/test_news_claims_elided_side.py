"""A side's adjective with its loss noun left out: "..., Ukrainian at up to 131,000".

After "put Russian casualties near 200,000", the second pair drops the noun, and
the adjective right before "at" says whose the figure is, never the side named first.
Only a figure that is a claim by its own words (a hedge or a kind after it) is read;
the bare "and Ukrainian at 131,000" is not yet (xfail below).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def test_news_elided_side_after_a_comma_takes_its_own_figure(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    result = news(
        "Estimates in the files put Russian casualties near 90,000, Ukrainian at up to 60,000."
    )
    subjects = {subject for subject, _, count in found(result) if "60,000" in str(count)}
    assert subjects == {"UKR"}


def test_news_elided_side_is_never_the_side_named_first(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # the harder form: the sides the other way round, a kind after the second figure
    result = news("A leaked table put Ukrainian losses at 45,000 and Russian at 80,000 dead.")
    subjects = {subject for subject, _, count in found(result) if "80,000" in str(count)}
    assert subjects == {"RUS"}


@pytest.mark.xfail(reason="a bare elided figure is no claim yet: a miss, not a wrong side")
def test_news_bare_elided_side_after_and(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    result = news("Diplomats put Russian losses at 150,000 and Ukrainian at 95,000.")
    assert {(s, str(c)) for s, _, c in found(result)} == {("RUS", "150,000"), ("UKR", "95,000")}


def test_news_a_noun_after_the_adjective_is_read_as_before(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # near miss: with the noun written out nothing is elided
    result = news("The report put Russian losses at 200,000 and Ukrainian losses at 131,000.")
    assert {(s, str(c)) for s, _, c in found(result)} == {("RUS", "200,000"), ("UKR", "131,000")}
