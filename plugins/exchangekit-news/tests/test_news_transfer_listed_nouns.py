"""A list of people nouns after the figure: "277 soldiers, sergeants and officers - ... -".

The nouns listed with commas and a last "and" all name the counted people; an aside
or relative clause after the list is skipped on the way to the figure's verb.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["soldiers, sergeants and officers", "marines, border guards and soldiers"]),
    st.sampled_from(
        [
            " - men from the army, the national guard and the navy -",
            ", who had been held since 2022,",
            "",
        ]
    ),
    st.sampled_from(["came home", "were back on Ukrainian soil", "returned home"]),
)
def test_news_a_listed_noun_group_keeps_its_verb_past_an_aside(
    receipts: Callable[..., Any], amount: int, listed: str, aside: str, verb: str
) -> None:
    text = f"Zelensky wrote on Telegram that {amount} {listed}{aside} {verb}."
    transfers, _ = receipts(text)
    assert transfers == {("UKR", "prisoners_of_war", str(amount))}


def test_news_a_listed_noun_group_still_held_is_no_transfer(
    receipts: Callable[..., Any],
) -> None:
    text = (
        "Zelensky wrote that 277 soldiers, sergeants and officers - men from the army "
        "and the navy - were still held in Russia."
    )
    transfers, _ = receipts(text)
    assert transfers == set()


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=2, max_value=19),
    st.sampled_from(["soldiers and sergeants", "sailors and marines", "soldiers and officers"]),
    st.sampled_from(["President Volodymyr Zelenskiy said ", "Officials said ", ""]),
)
def test_news_a_part_listed_after_a_joined_noun_group_goes_the_wholes_way(
    legs_of: Callable[..., Any], soldiers: int, civilians: int, joined: str, said: str
) -> None:
    # "230 Ukrainians, including 224 soldiers and sergeants and six civilians": the
    # civilians are listed with the first part, so they are a part of the 230 too,
    # never a handover of their own (let alone one going the other way)
    whole = soldiers + civilians + 5
    text = (
        f"{said}{whole} Ukrainians, including {soldiers} {joined} and {civilians} civilians, "
        "had been returned."
    )
    assert all(
        receiver == "UKR" and counts != [] for (_, receiver, _), counts in legs_of(text).items()
    )
    assert all(
        count.low not in (soldiers, civilians)
        for counts in legs_of(text).values()
        for count in counts
    )
