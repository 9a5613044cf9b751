"""Records hold only text that can be written out: a lone surrogate is refused, by field."""

from __future__ import annotations

import typing
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    Period,
    PersonCategory,
    RecordValidationError,
    Source,
    Transfer,
)
from exchangekit.models import Quote

RECORDS: tuple[type[Any], ...] = (
    Party,
    Source,
    Quote,
    Transfer,
    Exchange,
    CasualtyClaim,
    ExchangeTally,
    Dataset,
)

# Characters that are no text on their own: both halves of a surrogate pair.
LONE_SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
# Any code point at all, surrogates included, weighted towards them.
ANY_CHARACTER = st.characters(codec=None, exclude_categories=()) | LONE_SURROGATES


def _text_fields() -> list[tuple[type[Any], str, bool]]:
    """Every ``(record class, field, holds a tuple)`` whose field holds text, found by type."""
    found = []
    for cls in RECORDS:
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            hint = hints[field.name]
            if not field.init:
                continue
            if hint in (str, str | None):
                found.append((cls, field.name, False))
            elif hint == tuple[str, ...]:
                found.append((cls, field.name, True))
    return found


TEXT_FIELDS = _text_fields()


def handover(**changes: Any) -> Exchange:
    """A valid exchange, with ``changes`` applied."""
    fields: dict[str, Any] = {
        "kind": ExchangeKind.REPATRIATION_OF_REMAINS,
        "period": Period.month(2025, 10),
        "transfers": [
            Transfer(
                Party.lookup("RUS"), Party.lookup("UKR"), PersonCategory.REMAINS, Count.exact(1000)
            )
        ],
    }
    return Exchange(**{**fields, **changes})


def test_a_note_with_a_lone_surrogate_is_a_validation_error_not_an_encoding_crash() -> None:
    # Regression: the id's digest raised UnicodeEncodeError before any check ran.
    with pytest.raises(RecordValidationError) as info:
        handover(notes=["\ud800"])
    assert (info.value.record, info.value.field) == ("Exchange", "notes")
    assert "unpaired surrogate '\\ud800' at character 0" in str(info.value)


def test_the_error_says_which_item_of_a_list_and_where_in_it() -> None:
    with pytest.raises(RecordValidationError, match=r"^Exchange\.notes: item 1 .* character 3"):
        handover(notes=["fine", "abc\udfffdef"])


def test_every_text_field_of_every_record_is_found() -> None:
    # A guard on the guard: if a record gains a text field, it is checked below too.
    names = {(cls.__name__, name) for cls, name, _ in TEXT_FIELDS}
    assert {
        ("Party", "code"),
        ("Party", "name"),
        ("Party", "aliases"),
        ("Source", "name"),
        ("Source", "url"),
        ("Quote", "text"),
        ("Quote", "document"),
        ("Exchange", "notes"),
        ("Exchange", "id"),
        ("CasualtyClaim", "caveats"),
        ("CasualtyClaim", "id"),
        ("ExchangeTally", "notes"),
        ("ExchangeTally", "id"),
        ("Dataset", "provenance"),
    } <= names


@pytest.mark.parametrize(
    ("cls", "name", "many"),
    TEXT_FIELDS,
    ids=[f"{cls.__name__}.{name}" for cls, name, _ in TEXT_FIELDS],
)
@given(data=st.data())
def test_every_text_field_refuses_text_that_is_not_text(
    cls: type[Any], name: str, many: bool, data: st.DataObject
) -> None:
    record = data.draw(st.from_type(cls), label="record")
    good = data.draw(st.text(min_size=1, max_size=5), label="good")
    bad = data.draw(LONE_SURROGATES, label="surrogate")
    text = good[:2] + bad + good[2:]
    with pytest.raises(RecordValidationError) as info:
        attrs.evolve(record, **{name: (text,) if many else text})
    assert (info.value.record, info.value.field) == (cls.__name__, name)
    assert "unpaired surrogate" in info.value.message


@given(text=st.text(ANY_CHARACTER, max_size=20))
def test_any_text_builds_a_record_or_is_refused_by_field(text: str) -> None:
    encodable = not any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    attempts = {
        ("Exchange", "notes"): lambda: handover(notes=[text]),
        ("Exchange", "id"): lambda: handover(id="ex-" + text),
        ("Source", "name"): lambda: Source("BBC " + text),
        ("Source", "url"): lambda: Source("BBC", url=text),
        ("Quote", "text"): lambda: Quote(text),
        ("Party", "name"): lambda: Party("XX", "Name " + text),
        ("Dataset", "provenance"): lambda: Dataset(provenance=[text]),
    }
    for (record, field), build in attempts.items():
        if encodable:
            build()
            continue
        with pytest.raises(RecordValidationError) as info:
            build()
        assert (info.value.record, info.value.field) == (record, field)
