"""Transfer legs told by reference to the other leg, or in lists, however worded."""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, PersonCategory

POW = PersonCategory.PRISONERS_OF_WAR
REMAINS = PersonCategory.REMAINS

Legs = dict[tuple[str, str, PersonCategory], list[Count]]


def legs_of(text: str) -> Legs:
    """Every transfer the parser reads in ``text`` (published 23 October 2025) by direction."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    found: Legs = {}
    for item in items:
        if isinstance(item, Exchange):
            for t in item.transfers:
                found.setdefault((t.sender.code, t.receiver.code, t.category), []).append(t.count)
    return found


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["the same number of", "as many", "an equal number of"]),
    st.sampled_from(["soldiers", "servicemen", "prisoners of war"]),
)
def test_news_a_bare_nationality_mirrors_the_kind_of_the_leg_it_repeats(
    n: int, same: str, noun: str
) -> None:
    # "Russians" says whose people, not what kind: the mirrored leg is of the same kind
    text = f"On Monday, {n} Ukrainian {noun} came home in return for {same} Russians."
    assert legs_of(text) == {
        ("RUS", "UKR", POW): [Count.exact(n)],
        ("UKR", "RUS", POW): [Count.exact(n)],
    }


def test_news_mirrored_legs_in_other_wordings() -> None:
    assert legs_of(
        "Kyiv got back the bodies of 212 fallen defenders on Friday and returned the same"
        " number of Russians."
    ) == {("RUS", "UKR", REMAINS): [Count.exact(212)], ("UKR", "RUS", REMAINS): [Count.exact(212)]}
    assert legs_of(
        "On Sunday, 48 Russian servicemen were freed in exchange for as many Ukrainians."
    ) == {
        ("UKR", "RUS", POW): [Count.exact(48)],
        ("RUS", "UKR", POW): [Count.exact(48)],
    }


def test_news_as_many_as_is_a_hedge_and_twice_as_many_a_ratio() -> None:
    assert legs_of("On Monday Kyiv received 64 soldiers, and as many as 300 more are awaited.") == {
        ("RUS", "UKR", POW): [Count.exact(64)]
    }
    assert legs_of(
        "On Monday, 300 soldiers came home to Ukraine, twice as many Russians as in May."
    ) == {("RUS", "UKR", POW): [Count.exact(300)]}
