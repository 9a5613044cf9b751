"""A figure in a clause after "after" or "before" with a subject of its own is not the noun's.

"The handover came after Moscow published video of lorries holding 900 bodies": the
bodies are what Moscow's clause tells of, a claim before the handover, not the handover's
size. A side (or a pronoun) with a past verb of its own after "after", "before", "until"
or "because" opens a clause whose figures an exchange noun before it does not govern.
The noun still governs a figure of its own ("the handover of 900 bodies came after ...")
and a verb of handing over in the later clause still moves its object.
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

_LATER_CLAUSE = [
    "The handover on Tuesday came after Moscow published footage of trucks with the remains"
    " of {n} Ukrainian soldiers.",
    "The exchange on Tuesday followed a week in which Kyiv complained of {n} Ukrainian"
    " prisoners held in Rostov.",
    "Tuesday's swap came days after Russia mentioned {n} Ukrainian servicemen in a letter to"
    " the Red Cross.",
    "The repatriation on Tuesday came only after it had accused Kyiv of ignoring {n} bodies"
    " left at the border.",
]


@given(n=st.integers(min_value=3, max_value=5000), form=st.sampled_from(_LATER_CLAUSE))
@_SETTINGS
def test_news_a_figure_of_a_later_clause_is_no_size_of_the_noun(
    recap: Recap, n: int, form: str
) -> None:
    assert recap(form.format(n=f"{n:,}")) == set()


def test_news_the_noun_keeps_its_own_figure_before_the_later_clause(recap: Recap) -> None:
    legs = recap(
        "The handover of 900 bodies to Ukraine on Tuesday came after Moscow complained"
        " about delays."
    )
    assert ("2025-11-18", "RUS", "UKR", "remains", "900") in legs


def test_news_a_verb_of_handing_over_in_the_later_clause_still_moves(recap: Recap) -> None:
    legs = recap("The talks resumed after Russia released 40 Ukrainian soldiers on Tuesday.")
    assert ("2025-11-18", "RUS", "UKR", "prisoners_of_war", "40") in legs
