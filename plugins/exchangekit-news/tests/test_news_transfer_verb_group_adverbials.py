"""An adverbial phrase inside the verb group does not part it: "had at the same time been returned".

"two Russian children had at the same time been returned to relatives in Russia": like
"had so far been returned", the phrase is an adverb, and "returned" is still the verb of
the people counted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

CHILDREN = PersonCategory.CHILDREN


@settings(max_examples=40, deadline=None)
@given(
    figure=st.integers(min_value=2, max_value=400),
    phrase=st.sampled_from(["at the same time", "in turn", "in the meantime", "by then"]),
    side=st.sampled_from(
        [("Russian", "Russia", ("UKR", "RUS")), ("Ukrainian", "Ukraine", ("RUS", "UKR"))]
    ),
    verb=st.sampled_from(["returned to relatives in", "returned to", "brought back to"]),
)
def test_news_an_adverbial_phrase_inside_the_verb_group_keeps_the_verb(
    legs_of: Callable[..., Any],
    figure: int,
    phrase: str,
    side: tuple[str, str, tuple[str, str]],
    verb: str,
) -> None:
    adjective, country, way = side
    text = f"Qatar said {figure} {adjective} children had {phrase} been {verb} {country}."
    assert legs_of(text) == {(*way, CHILDREN): [Count.exact(figure)]}


@pytest.mark.parametrize(
    "text",
    [
        # a verb of its own before the handover still parts the group
        "Qatar said 20 Russian children had at the same time been deported and families "
        "hoped a return to Russia would follow.",
        # the phrase outside a verb group changes nothing: a running total stays one
        "Kyiv said 20,000 Ukrainian children had been deported, and that at the same time "
        "400 had been returned to Ukraine.",
    ],
)
def test_news_an_adverbial_phrase_does_not_join_other_clauses(
    legs_of: Callable[..., Any], text: str
) -> None:
    assert legs_of(text) == {}
