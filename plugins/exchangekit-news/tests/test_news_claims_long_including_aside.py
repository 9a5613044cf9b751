"""A long ", including ...," aside between a figure and its verb of loss.

"An estimated 90,000 Russian soldiers, including volunteers of private armies and the
jail-recruited assault units, had been killed": the aside names some of the people and
may run long, with hyphened words of its own; the verb after its closing comma still
tells what befell them all. An aside with a figure of its own is a part told, and a
figure whose verb tells no loss stays no claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@given(
    aside=st.sampled_from(
        [
            "volunteers of private armies and the jail-recruited assault units",
            "men of the so-called volunteer corps and the newly formed reserve-trained brigades",
            "reservists called up in the autumn of the first year",
        ]
    ),
    count=st.integers(min_value=20, max_value=400).map(lambda n: n * 1000),
)
@_SETTINGS
def test_verb_after_a_long_including_aside_tells_the_loss(
    news: News, found: Found, aside: str, count: int
) -> None:
    """The verb after the aside's closing comma gives the figure's kind of loss."""
    text = (
        f"Analysts estimate that {count:,} Russian soldiers, including {aside}, had been "
        "killed by the end of the summer."
    )
    assert ("RUS", "killed", Count.exact(count)) in found(news(text))


@pytest.mark.parametrize(
    "verb",
    ["had been trained abroad", "had been sent to the front"],
)
def test_verb_of_no_loss_after_the_aside_is_no_claim(news: News, found: Found, verb: str) -> None:
    """Near miss: the aside skipped, a verb that tells no loss still gives no claim."""
    text = (
        "Analysts estimate that 90,000 Russian soldiers, including volunteers of private "
        f"armies and the jail-recruited assault units, {verb}."
    )
    assert all(c != Count.exact(90000) for _, _, c in found(news(text)))


def test_date_after_a_long_including_aside_is_the_claims(news: News) -> None:
    """The date past the aside, in the figure's own clause, is the date the count stood."""
    text = (
        "Analysts estimate that 90,000 Russian soldiers, including volunteers of private "
        "armies and the jail-recruited assault units, had been killed by the end of May 2025."
    )
    assert news(text).claim_days_by_count_text() == {"90,000": "2025-05"}
