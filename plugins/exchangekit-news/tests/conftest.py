"""Shared helpers for the news parser's tests: read an article, split the items; the profiles."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from exchangekit_news import NewsParser

from exchangekit import CasualtyClaim, Exchange, ExchangeTally, ParseError
from exchangekit.profiles import register_profiles

register_profiles()

CORPUS = Path(__file__).parent / "corpus"


class Read:
    """What the parser gave for one text: exchanges, claims, stated tallies and errors."""

    def __init__(self, items: list[object]) -> None:
        self.exchanges = [i for i in items if isinstance(i, Exchange)]
        self.claims = [i for i in items if isinstance(i, CasualtyClaim)]
        self.tallies = [i for i in items if isinstance(i, ExchangeTally)]
        self.errors = [i for i in items if isinstance(i, ParseError)]


def read(text: str, *, source: str = "article.txt", **options: Any) -> Read:
    """Parse ``text`` with the news parser (published defaults to Thursday 23 October 2025)."""
    options.setdefault("published", date(2025, 10, 23))
    options.setdefault("publisher", "Test Desk")
    return Read(list(NewsParser().parse(io.StringIO(text), source=source, **options)))


@pytest.fixture
def news() -> Callable[..., Read]:
    """The :func:`read` helper."""
    return read


@pytest.fixture
def corpus() -> Path:
    """The directory of hand-written articles and their answer files."""
    return CORPUS


def recap_legs(text: str) -> set[tuple[str, str, str, str, str]]:
    """Every transfer in ``text`` as (period, sender, receiver, category, count), for recaps."""
    items = read(text, published=date(2025, 11, 20)).exchanges
    return {
        (str(e.period), t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in items
        for t in e.transfers
    }


@pytest.fixture
def recap() -> Callable[[str], set[tuple[str, str, str, str, str]]]:
    """The :func:`recap_legs` helper."""
    return recap_legs
