"""A part that names its kind belongs to the toll of that kind told beside another.

"15,000 civilians have been killed and 39,000 injured, of whom 700 children were
killed": the part names its kind, so it is a part of the dead told first, not a rival
toll beside them. A part of another kind after a toll that holds all kinds ("400,000
casualties, including 60,000 killed") is still its own claim.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Count


def claims(text: str) -> set[tuple[str, str, Count]]:
    """The casualty claims the parser reads in ``text``, as side, kind and count."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 3, 3), publisher="Desk"
    )
    return {
        (c.subject.code, c.category.value, c.count) for c in items if isinstance(c, CasualtyClaim)
    }


@settings(max_examples=30, deadline=None)
@given(
    dead=st.integers(min_value=5_000, max_value=20_000),
    hurt=st.integers(min_value=21_000, max_value=50_000),
    part=st.integers(min_value=100, max_value=900),
    people=st.sampled_from(("children", "women")),
)
def test_news_a_part_of_the_dead_told_after_the_hurt_is_no_rival_toll(
    dead: int, hurt: int, part: int, people: str
) -> None:
    text = (
        f"The monitors say {dead:,} civilians have been killed and {hurt:,} injured in "
        f"Ukraine since 2022, of whom {part:,} {people} were killed."
    )
    assert claims(text) == {
        ("UKR", "killed", Count.exact(dead)),
        ("UKR", "wounded", Count.exact(hurt)),
    }, text


def test_news_a_part_of_another_kind_after_all_losses_is_its_own_claim() -> None:
    """Near miss: the dead counted out of all casualties are a claim of their own."""
    text = (
        "Kyiv said 41,000 soldiers had been killed and 300,000 wounded, and a study put "
        "Ukrainian casualties at about 350,000, including 50,000 to 90,000 killed."
    )
    assert ("UKR", "killed", Count.between(50_000, 90_000)) in claims(text)
