"""A side's adjective with its loss noun left out: "..., Ukrainian at up to 131,000".

After "put Russian casualties near 200,000", the second pair drops the noun, and
the adjective right before "at" says whose the figure is, never the side named first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


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
    # the harder form: the sides the other way round, a hedge on the second figure
    result = news("A leaked table puts Ukrainian losses near 45,000, Russian at about 80,000.")
    subjects = {subject for subject, _, count in found(result) if "80,000" in str(count)}
    assert "UKR" not in subjects


def test_news_a_noun_after_the_adjective_is_read_as_before(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # near miss: with the noun written out nothing is elided
    result = news("The report put Russian losses at 200,000 and Ukrainian losses at 131,000.")
    assert {(s, str(c)) for s, _, c in found(result)} == {("RUS", "200,000"), ("UKR", "131,000")}
