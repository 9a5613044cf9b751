"""A bare "N wounded" listed after a counted group: "for 240 Russians and 12 wounded".

"Wounded" standing as the noun names wounded people as "wounded men" does: after a
group of prisoners, or of nationals in a report of a prisoner swap, they are wounded
prisoners, a group of their own, not a second figure for the group before them.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

LEAD = "Ukraine and Russia exchanged prisoners of war on 2 November, Kyiv said. "


def test_news_bare_wounded_after_soldiers_are_wounded_prisoners(recap: Recap) -> None:
    legs = recap(
        LEAD + "Ukraine got back 240 prisoners of war in return for 240 Russian soldiers and"
        " 12 wounded."
    )
    assert ("2025-11-02", "UKR", "RUS", "wounded_prisoners", "12") in legs
    assert ("2025-11-02", "UKR", "RUS", "prisoners_of_war", "240") in legs


def test_news_bare_wounded_after_nationals_are_wounded_prisoners(recap: Recap) -> None:
    legs = recap(
        LEAD + "Ukraine got back 240 prisoners of war in return for 240 Russians and 12 wounded."
    )
    assert ("2025-11-02", "UKR", "RUS", "wounded_prisoners", "12") in legs


def test_news_the_kind_of_a_counted_noun_stays(recap: Recap) -> None:
    # near miss: a noun of its own kind after the nationals is read as that kind
    legs = recap(
        LEAD + "Ukraine got back 240 prisoners of war in return for 240 Russians and 12 civilians."
    )
    assert ("2025-11-02", "UKR", "RUS", "civilians", "12") in legs
    assert not any(leg[3] == "wounded_prisoners" for leg in legs)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    wounded=st.integers(min_value=2, max_value=60),
    head=st.sampled_from(["Russian soldiers", "Russian prisoners of war", "Russians"]),
)
def test_news_bare_wounded_is_never_a_second_figure_for_the_group(
    recap: Recap, wounded: int, head: str
) -> None:
    legs = recap(
        LEAD + f"Ukraine got back 240 prisoners of war in return for 240 {head} and"
        f" {wounded} wounded."
    )
    assert ("2025-11-02", "UKR", "RUS", "wounded_prisoners", str(wounded)) in legs
