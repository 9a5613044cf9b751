"""Soldiers of the Korean People's Army, North Korea's army by its own name, are North Korea's.

"the soldiers of the Korean People's Army captured in Kursk remain in Ukrainian
custody" counts North Korean captives: the army's formal name says whose they are,
as "Armed Forces of Ukraine" does, so the captor's enemy (Russia) is not guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2026, 2, 5)


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(2, 900),
    noun=st.sampled_from(["soldiers", "servicemen", "troops"]),
    held=st.sampled_from(
        ["remain in Ukrainian custody", "are still held by Ukraine", "are in Ukrainian captivity"]
    ),
)
def test_news_korean_peoples_army_captives_are_north_koreas(
    news: News, found: Found, n: int, noun: str, held: str
) -> None:
    read = news(
        f"Ukraine's military intelligence said {n:,} {noun} of the Korean People's Army {held}.",
        published=_PUBLISHED,
    )
    got = found(read)
    assert ("PRK", "captured", Count.exact(n)) in got
    assert not any(side == "RUS" for side, _, _ in got)


def test_news_korean_peoples_army_before_its_noun(news: News, found: Found) -> None:
    read = news(
        "Kyiv said three Korean People's Army soldiers were in its custody.",
        published=_PUBLISHED,
    )
    assert ("PRK", "captured", Count.exact(3)) in found(read)


def test_news_korean_peoples_army_with_a_capture_told(news: News, found: Found) -> None:
    read = news(
        "Separately, the intelligence agency says the two men of the Korean People's Army "
        "taken prisoner near Sudzha last month remain in Ukrainian custody.",
        published=_PUBLISHED,
    )
    got = found(read)
    assert not any(side == "RUS" for side, _, _ in got)


def test_news_russian_captives_stay_russias(news: News, found: Found) -> None:
    read = news(
        "Ukraine's military intelligence said 40 soldiers of the Russian army remain in "
        "Ukrainian custody.",
        published=_PUBLISHED,
    )
    assert ("RUS", "captured", Count.exact(40)) in found(read)
