"""Two forms of a side's losses told with the side in the subject.

"Russian losses — dead and wounded — probably stood at 900,000": an aside between
dashes, then a hedge and "stood at", still links the loss noun to its figure.
"Ukrainian soldiers had lost up to 1,300 servicemen": a nationality on a noun of
fighters, then the verb of losing, names whose losses the figure counts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 6, 12)


def _read(news: News, text: str) -> list[tuple[str, str, str]]:
    claims = news(text, published=_DAY).claims
    return [(c.subject.code, c.category.value, str(c.count)) for c in claims]


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(100, 990).map(lambda n: n * 1000),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    aside=st.sampled_from(["killed and wounded", "dead, wounded and captured", "all kinds"]),
    hedge=st.sampled_from(["", "probably ", "now "]),
    verb=st.sampled_from(["stood at", "stand at"]),
)
def test_news_dash_aside_before_stood_at_keeps_the_head(
    news: News, count: int, side: tuple[str, str], aside: str, hedge: str, verb: str
) -> None:
    text = f"Officials said {side[0]} casualties — {aside} — {hedge}{verb} {count:,}."
    assert [(s, k) for s, k, _ in _read(news, text)] == [(side[1], "total_losses")]


def test_news_dash_aside_in_a_harder_form(news: News) -> None:
    """The harder form: en dashes, a dated update set off by commas and "more than"."""
    text = (
        "In its update, released on Friday, the agency estimated that Ukrainian losses "
        "– dead, wounded and captured – likely stood at more than 400,000."
    )
    assert _read(news, text) == [("UKR", "total_losses", "more than 400,000")]


def test_news_dash_aside_before_stood_at_with_a_measure_is_no_claim(news: News) -> None:
    """Near miss: "stood at" a figure of tonnes after a loss noun is no count of people."""
    text = "Officials said Russian losses — in fuel alone — stood at 950,000 tonnes."
    assert news(text, published=_DAY).claims == []


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(200, 1900),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    head=st.sampled_from(["troops", "soldiers"]),
    verb=st.sampled_from(["lost", "had lost", "have lost", "have already lost"]),
)
def test_news_fighters_of_a_side_lost_the_figure(
    news: News, count: int, side: tuple[str, str], head: str, verb: str
) -> None:
    text = f"The ministry said that {side[0]} {head} {verb} {count:,} servicemen in a day."
    assert [(s, k) for s, k, _ in _read(news, text)] == [(side[1], "total_losses")]


def test_news_fighters_lost_in_a_harder_form(news: News) -> None:
    """The harder form: a quoted hedged figure and an adverb between verb and auxiliary."""
    text = (
        'Moscow claimed on Tuesday that Ukrainian troops had reportedly lost "up to 1,210 '
        'servicemen" over the previous 24 hours.'
    )
    assert _read(news, text) == [("UKR", "total_losses", "at most 1,210")]


def test_news_fighters_who_will_lose_tell_no_claim(news: News) -> None:
    """Near miss: a future or conditional loss is no loss told."""
    text = "An analyst warned that Ukrainian troops will lose 1,000 servicemen if the town falls."
    assert news(text, published=_DAY).claims == []
