"""Two counts of people joined by "and" before one verb both take that verb's kind.

"Kyiv estimates that about 6,000 Ukrainian soldiers and 1,500 civilians are held by
Russia": both counts are the subject of "are held", so the soldiers are a captured
claim too, where only the count next to the verb used to be read. Counts that carry
their own kind ("61,000 killed and 49,000 wounded") keep it, and the parts of a whole
set off by a dash ("390 people - 270 soldiers and 120 civilians - ...") are not read
as claims of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

SIDES = {"Ukrainian": "UKR", "Russian": "RUS"}
VERBS = {
    "are held by the other side": "captured",
    "had been killed": "killed",
    "remain missing": "missing",
}


@settings(max_examples=20, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    verb=st.sampled_from(sorted(VERBS)),
    soldiers=st.integers(min_value=2_100, max_value=90_000),
    civilians=st.integers(min_value=200, max_value=1_799),
)
def test_news_the_first_of_two_counts_takes_the_verb_after_the_second(
    news: News, found: Found, side: str, verb: str, soldiers: int, civilians: int
) -> None:
    """Whatever the side, the verb and the numbers, the first count is read too."""
    read = found(
        news(
            f"Officials said on Monday that {soldiers:,} {side} soldiers and {civilians:,}"
            f" civilians {verb}."
        )
    )
    assert (SIDES[side], VERBS[verb], Count.exact(soldiers)) in read


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Ukrainian officials continue to estimate that around 6,000 Ukrainian servicemen"
            " and several thousand civilians are held by the Russian Federation.",
            ("UKR", "captured", Count.parse("around 6,000")),
        ),
        (
            "The governor said that 3,400 Russian conscripts and 250 civilians were still"
            " missing after the offensive.",
            ("RUS", "missing", Count.exact(3_400)),
        ),
    ],
)
def test_news_other_forms_of_two_counts_with_one_verb(
    news: News, found: Found, text: str, wanted: tuple[str, str, Count]
) -> None:
    """A hedged first count, a vague second one, an adverb inside the verb group."""
    assert wanted in found(news(text))


def test_news_counts_with_kinds_of_their_own_keep_them(news: News, found: Found) -> None:
    """The near miss: "killed" and "wounded" are each figure's own kind."""
    read = found(news("Moscow claimed that Ukraine had lost 61,000 killed and 49,000 wounded."))
    assert ("UKR", "killed", Count.exact(61_000)) in read
    assert ("UKR", "wounded", Count.exact(61_000)) not in read


def test_news_parts_of_a_whole_after_a_dash_are_not_joined(news: News, found: Found) -> None:
    """The near miss: the first part of a whole set off by a dash is no claim of its own."""
    read = found(
        news("Kyiv said 390 Ukrainians - 270 soldiers and 120 civilians - had been killed there.")
    )
    assert all(count != Count.exact(270) for _side, _kind, count in read)
