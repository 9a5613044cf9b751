"""A figure that puts a number to a vague object: "it holds many more, over 6,000".

The speaker first says "many more" or "far more" and then, after a comma, colon or
dash, gives the figure; the figure is the same object of the same verb, so a verb
of holding makes it a count of captives. A verb of freeing never does.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit.counts import Count

from .conftest import Read

Found = Callable[[Read], set[tuple[str, str, Count]]]


@settings(max_examples=15, deadline=None)
@given(
    hundreds=st.integers(min_value=10, max_value=90),
    vague=st.sampled_from(["many more", "far more", "even more"]),
    mark=st.sampled_from([",", ":", " \u2014"]),
)
def test_a_held_figure_after_a_vague_object_is_a_captive_count(
    news: Callable[..., Read], found: Found, hundreds: int, vague: str, mark: str
) -> None:
    n = hundreds * 100
    text = f"Kyiv believes Moscow is holding {vague}{mark} at least {n:,} Ukrainian soldiers.\n"
    assert ("UKR", "captured", Count.at_least(n)) in found(news(text))


def test_the_restated_figure_in_words_keeps_its_hedge(
    news: Callable[..., Read], found: Found
) -> None:
    text = "The Russian side claims to hold many more, well over five thousand Ukrainians.\n"
    assert ("UKR", "captured", Count.more_than(5_000)) in found(news(text))


def test_a_freed_figure_after_a_vague_object_is_no_captive_count(
    news: Callable[..., Read], found: Found
) -> None:
    """Near-miss: the verb frees people, so the figure is no count of captives."""
    text = "Moscow has released many more, over 2,000 Ukrainian soldiers, the ministry said.\n"
    assert not any(kind == "captured" for _, kind, _ in found(news(text)))
