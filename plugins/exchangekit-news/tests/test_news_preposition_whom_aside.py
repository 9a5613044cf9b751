"""A relative clause opened by a preposition and "whom" between the people and their verb.

"12 gravely ill defenders, for whom each month in the camps meant further harm, were
freed": the aside ", for whom ... ," is a relative clause on the people like ", who ...",
so the verb after its closing comma is the figure's, however long the aside runs. An
aside of "among whom" names a part and is still read as one.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

LEAD = "On 3 November Ukraine brought back 120 soldiers. "


def test_news_verb_read_past_a_long_for_whom_aside(recap: Recap) -> None:
    legs = recap(
        LEAD + "In addition, 12 gravely ill defenders, for whom each month in the camps meant"
        " further harm to their health, were freed in the same exchange."
    )
    assert ("2025-11-03", "RUS", "UKR", "wounded_prisoners", "12") in legs
    assert ("2025-11-03", "RUS", "UKR", "prisoners_of_war", "120") in legs


def test_news_verb_read_past_a_with_whom_aside(recap: Recap) -> None:
    legs = recap(
        LEAD + "In addition, 12 gravely ill defenders, with whom the families had lost all"
        " contact for two long years, were freed in the same exchange."
    )
    assert ("2025-11-03", "RUS", "UKR", "wounded_prisoners", "12") in legs


def test_news_a_figure_inside_the_aside_is_not_moved(recap: Recap) -> None:
    # near miss: the months counted inside the aside are no people handed over
    legs = recap(
        LEAD + "Their relatives, for whom 14 months of waiting had been a torment, were freed"
        " of worry."
    )
    assert all(leg[4] != "14" for leg in legs)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    size=st.integers(min_value=2, max_value=99),
    preposition=st.sampled_from(["for", "with", "to"]),
)
def test_news_the_aside_never_hides_the_verb(recap: Recap, size: int, preposition: str) -> None:
    legs = recap(
        LEAD + f"In addition, {size} gravely ill defenders, {preposition} whom the long"
        " months in the camps had brought great harm to their health, were freed in the"
        " same exchange."
    )
    assert ("2025-11-03", "RUS", "UKR", "wounded_prisoners", str(size)) in legs
