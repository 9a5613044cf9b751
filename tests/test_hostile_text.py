"""The hostile-text strategy: what it draws, and the arguments it refuses."""

from __future__ import annotations

import pytest
from hypothesis import given

from exchangekit.strategies import HOSTILE_ALPHABETS, hostile_text


@given(hostile_text(alphabets=["bidi"], min_size=2, max_size=3))
def test_it_joins_pieces_from_the_chosen_alphabets_only(text: str) -> None:
    others = {p for name, pieces in HOSTILE_ALPHABETS.items() if name != "bidi" for p in pieces}
    assert text
    assert not any(len(piece) > 1 and piece in text for piece in others)
    assert not any("\ud800" <= c <= "\udfff" or c in "\x1b\r\n=" for c in text)


@given(hostile_text())
def test_by_default_it_draws_text_a_record_can_hold(text: str) -> None:
    text.encode("utf-8")  # no lone surrogates


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"alphabets": "bidi"}, TypeError, "alphabets must be a collection"),
        ({"alphabets": ["emoji"]}, ValueError, "must name some of formula"),
        ({"alphabets": []}, ValueError, "must name some of formula"),
        ({"min_size": -1}, ValueError, "min_size must be at least 0"),
        ({"min_size": 5, "max_size": 2}, ValueError, "max_size must be at least 5"),
    ],
)
def test_it_refuses_nonsense_naming_the_argument(
    arguments: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        hostile_text(**arguments)  # type: ignore[arg-type]
