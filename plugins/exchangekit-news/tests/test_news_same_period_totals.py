"""A total "in the same period" takes the one dated total its sentence told before it.

"Kyiv has taken back 3,100 bodies in April alone, and Moscow 64 over the same
period": the second total spans April. The words are looked for only when the
sentence holds exactly one dated total to take the span from, so a sentence with
none (most sentences) is not scanned for them.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news import _extract
from exchangekit_news._tokens import tokenize
from exchangekit_news.parser import NewsParser

from exchangekit import ExchangeTally


def _tallies(text: str) -> set[tuple[str, int, str]]:
    """(receiver, count, span covered) of every running total ``text`` states."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 6, 20), publisher="Desk"
    )
    return {
        (t.receiver.code, t.count.best or 0, str(t.covers))
        for t in items
        if isinstance(t, ExchangeTally)
    }


def test_no_dated_total_skips_the_search_for_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> int | None:
        raise AssertionError("looked for 'the same period' with no dated total told")

    monkeypatch.setattr(_extract, "_same_period_at", refuse)
    text = "Both sides said the swaps went on over the same period."
    tokens = tokenize(text)
    assert _extract._over_the_span_told([], tokens, 0, len(tokens), []) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Ukraine has received 2,350 bodies in March alone, and Russia 47 in the same period.",
            "2025-03-01/2025-03-31",
        ),
        (
            "Kyiv has taken back 1,180 bodies in April alone, and Moscow 31 over the same period.",
            "2025-04-01/2025-04-30",
        ),
        (
            "Ukraine received 905 bodies in 2024, and Russia 22 during the same period.",
            "2024-01-01/2024-12-31",
        ),
    ],
)
def test_the_second_total_spans_the_period_of_the_first(text: str, span: str) -> None:
    assert {covered for receiver, _, covered in _tallies(text) if receiver == "RUS"} == {span}
