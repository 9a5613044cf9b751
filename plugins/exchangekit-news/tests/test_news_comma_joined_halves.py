"""Two halves of a handover joined by a comma: "N went to A, M to B".

The second half keeps only its number and its receiver, as after "and": its verb and
its noun are those of the first half, its receiver its own. A second half that names
the first half's side again, or whose "to" does not end its clause, is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

PeriodLegs = Callable[[Any], set[tuple[str, str, str, str, str]]]
PUBLISHED = date(2025, 10, 23)
HEAD = "Bodies handed over\n\nThe Kyiv Ledger | Published 23 October 2025\n\n"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("On 9 May, 850 bodies went to Ukraine, 37 to Russia.", "remains"),
        ("On 9 May, 850 bodies were returned to Kyiv, 37 to Moscow, officials said.", "remains"),
        ("On 9 May, 850 prisoners were sent home to Ukraine, 37 to Russia.", "prisoners_of_war"),
        (
            "The remains of 850 soldiers were repatriated to Ukraine, 37 to Russia, on 9 May.",
            "remains",
        ),
    ],
)
def test_news_comma_joined_half_goes_to_its_own_side(
    news: Callable[..., Any], period_legs: PeriodLegs, sentence: str, kind: str
) -> None:
    legs = period_legs(news(HEAD + sentence, published=PUBLISHED))
    assert ("2025-05-09", "RUS", "UKR", kind, "850") in legs
    assert ("2025-05-09", "UKR", "RUS", kind, "37") in legs


@pytest.mark.parametrize(
    "sentence",
    [
        # the same side again: no way back can be told
        "On 9 May, 850 bodies went to Ukraine, 37 to Kyiv.",
        # the "to" does not end the half: no receiver
        "On 9 May, 850 bodies went to Ukraine, 37 to Russia's surprise.",
    ],
)
def test_news_comma_joined_half_without_a_side_of_its_own_is_refused(
    news: Callable[..., Any], period_legs: PeriodLegs, sentence: str
) -> None:
    legs = period_legs(news(HEAD + sentence, published=PUBLISHED))
    assert ("2025-05-09", "RUS", "UKR", "remains", "850") in legs
    assert not any(leg[4] == "37" for leg in legs)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.integers(min_value=200, max_value=1_500).filter(lambda n: not 1_800 <= n <= 2_100),
    second=st.integers(min_value=2, max_value=150),
)
def test_news_comma_joined_halves_read_like_and_joined_ones(
    news: Callable[..., Any], first: int, second: int
) -> None:
    comma = news(HEAD + f"On 9 May, {first:,} bodies went to Ukraine, {second:,} to Russia.")
    joined = news(HEAD + f"On 9 May, {first:,} bodies went to Ukraine and {second:,} to Russia.")
    counts = {(t.receiver.code, t.count) for e in comma.exchanges for t in e.transfers}
    assert counts == {("UKR", Count.exact(first)), ("RUS", Count.exact(second))}
    assert counts == {(t.receiver.code, t.count) for e in joined.exchanges for t in e.transfers}
