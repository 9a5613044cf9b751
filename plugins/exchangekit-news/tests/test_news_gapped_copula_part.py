"""A part that leaves out the copula of the part before it is a part too.

"Of the 150 freed, 110 were soldiers and 40 civilians": "and 40 civilians" means
"and 40 were civilians", so the 40 split the people already counted with the 110.
They are never the object of a participle told before the list ("the 150 returned"),
which would send them wherever that verb and the speaker point, even the other way.
A figure after "and" with a verb of its own ("40 civilians were handed over") keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said that of the 150 returned, 110 were soldiers and 40 civilians.",
        "The ombudsman's office wrote: of the 150 returned, 110 are marines and 40 civilians.",
        "Moscow said that of the 150 it got back, 110 were soldiers and 40 civilians.",
        "Kyiv said that of the 150 freed, 110 were soldiers and 40 civilians.",
    ],
)
def test_news_gapped_part_of_an_uncounted_whole_is_not_read(news: News, text: str) -> None:
    """The whole has no side of its own: neither part is read as a handover."""
    assert not any(count.best in (110, 40) for *_, count in news(text).legs())


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 150 Ukrainians had returned. Of the 150 returned, 110 were soldiers "
        "and 40 civilians.",
        "Kyiv said 150 Ukrainians had returned. Of those returned, 110 were soldiers "
        "and 40 civilians.",
        "The Ukrainian ombudsman said 150 people came home from Russia on Monday. Of those "
        "freed that day, 110 were servicemen and 40 civilians, he added.",
    ],
)
def test_news_gapped_part_splits_the_whole_told_before(news: News, text: str) -> None:
    """Both parts go the whole's way, beside it."""
    legs = news(text, breakdowns="both").legs()
    assert ("RUS", "UKR", "prisoners_of_war", Count.parse("110")) in legs
    assert ("RUS", "UKR", "civilians", Count.parse("40")) in legs
    assert not any(receiver == "RUS" for _, receiver, *_ in legs)


def test_news_figure_after_and_with_a_verb_of_its_own_keeps_it(news: News) -> None:
    """ "... and 40 civilians were handed over to Russia" is a handover of its own."""
    text = (
        "Kyiv said 110 were soldiers, and 40 Russian civilians were handed over to Russia "
        "in return."
    )
    assert ("UKR", "RUS", "civilians", Count.parse("40")) in news(text).legs()


@settings(max_examples=25, deadline=None)
@given(
    whole=st.integers(min_value=30, max_value=1700),
    share=st.integers(min_value=10, max_value=20),
)
def test_news_gapped_part_never_goes_the_other_way(news: News, whole: int, share: int) -> None:
    """Whatever the figures, a gapped part of Ukrainians told home is never sent to Russia."""
    soldiers = whole * share // 30
    civilians = whole - soldiers
    text = (
        f"Kyiv said {whole:,} Ukrainians had returned. Of the {whole:,} returned, "
        f"{soldiers:,} were soldiers and {civilians:,} civilians."
    )
    legs = news(text, breakdowns="both").legs()
    assert not any(receiver == "RUS" for _, receiver, *_ in legs)
    assert ("RUS", "UKR", "civilians", Count.parse(f"{civilians:,}")) in legs
