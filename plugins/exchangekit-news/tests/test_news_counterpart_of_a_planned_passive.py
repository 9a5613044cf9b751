"""The "in return for N" side of a swap only planned in the passive is no handover either.

"500 Ukrainian prisoners were to be released in return for 500 Russians": the verb
group makes the release a plan, so the people it was to be given for did not move
either, as with the active "was ready to hand over 192 ... in return for the same
number". A done passive keeps both ways.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

_PLANNED = [
    "The negotiator said {n} Ukrainian prisoners were to be released in return for {n}"
    " Russians, but the swap was blocked.",
    "Under the deal, {n} Ukrainian soldiers would be freed in exchange for {n} Russian"
    " servicemen, the envoy said on Tuesday.",
    "Officials said {n} Ukrainian captives are due to be handed over in return for {n}"
    " Russians next week.",
]


@given(n=st.integers(min_value=2, max_value=1500), form=st.sampled_from(_PLANNED))
@_SETTINGS
def test_news_the_counterpart_of_a_planned_passive_is_no_transfer(
    recap: Recap, n: int, form: str
) -> None:
    assert recap(form.format(n=f"{n:,}")) == set()


def test_news_a_done_passive_keeps_its_counterpart(recap: Recap) -> None:
    legs = recap(
        "On Tuesday 90 Ukrainian prisoners were released in return for 90 Russian servicemen."
    )
    assert ("2025-11-18", "RUS", "UKR", "prisoners_of_war", "90") in legs
    assert ("2025-11-18", "UKR", "RUS", "prisoners_of_war", "90") in legs
