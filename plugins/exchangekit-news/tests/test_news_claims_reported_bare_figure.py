"""A speaker's follow-on figure may come after an aside between dashes.

"The minister said 31,000 soldiers had died. She added — and this was new — that
90,000 had been wounded": the aside set off by dashes between the verb of saying and
"that" does not stop the bare figure from counting the people of her claim just made.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 2, 17)


def _read(news: News, text: str) -> list[tuple[str, str]]:
    claims = news(text, published=_DAY).claims
    return [(c.subject.code, c.category.value) for c in claims]


@settings(max_examples=25, deadline=None)
@given(
    killed=st.integers(10, 90).map(lambda n: n * 1000),
    wounded=st.integers(100, 900).map(lambda n: n * 1000),
    side=st.sampled_from([("Ukrainian", "UKR"), ("Russian", "RUS")]),
    aside=st.sampled_from(["and this is new", "for the first time", "pressed by reporters"]),
    dash=st.sampled_from(["—", "–"]),
)
def test_news_follow_on_figure_after_a_dashed_aside_keeps_the_side(
    news: News, killed: int, wounded: int, side: tuple[str, str], aside: str, dash: str
) -> None:
    text = (
        f"Defence Minister Halyna Moroz said {killed:,} {side[0]} troops had died. "
        f"She added {dash} {aside} {dash} that about {wounded:,} had been wounded."
    )
    assert _read(news, text) == [(side[1], "killed"), (side[1], "wounded")]


def test_news_follow_on_after_a_dashed_aside_in_a_harder_form(news: News) -> None:
    """The harder form: an adverb before the verb, a longer aside and a quoted figure."""
    text = (
        "General Ostap Hrytsenko said 12,400 Ukrainian soldiers had been killed since "
        "spring. He then said — speaking slowly, and looking at his notes — that "
        '"tens of thousands" were missing.'
    )
    assert _read(news, text) == [("UKR", "killed"), ("UKR", "missing")]


def test_news_follow_on_after_a_dashed_aside_naming_another_side_is_not_carried(
    news: News,
) -> None:
    """Near miss: a side named after the verb of saying keeps the figure from the claim's."""
    text = (
        "Defence Minister Halyna Moroz said 31,500 Ukrainian troops had died. "
        "She added — and this was new — that 15,000 had died on the Russian side."
    )
    claims = news(text, published=_DAY).claims
    assert "UKR" not in [c.subject.code for c in claims if c.count.low == 15_000]
