"""Text a record can hold: every string field must be writable as UTF-8.

A lone surrogate (``"\\ud800"``) is a valid Python ``str`` but no character:
no file, terminal or hash can take it. Records refuse it when they are built,
naming the record and the field, instead of failing later wherever the text
is first encoded (an id's digest, an export, a print).
"""

from __future__ import annotations

from typing import Any

import attrs

from exchangekit.errors import RecordValidationError

__all__ = ["check_encodable", "encodable_text_fields"]

# How a text field's type is spelt under ``from __future__ import annotations``.
_TEXT = frozenset({"str", "str | None", "None | str", "Optional[str]"})
_TEXTS = frozenset({"tuple[str, ...]", "Tuple[str, ...]"})


def _problem(value: str) -> str | None:
    """Why ``value`` cannot be written as UTF-8, or ``None`` when it can."""
    if value.isascii():  # the common case, and much cheaper than encoding
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return (
            f"holds an unpaired surrogate {value[exc.start]!r} at character {exc.start}, "
            "which is not text and cannot be written as UTF-8"
        )
    return None


def check_encodable(record: str, field: str, value: object) -> None:
    """Raise :class:`RecordValidationError` if ``value`` (text, or a tuple of text) is not text.

    Anything that is not a string is left to the field's other checks.
    """
    if isinstance(value, str):
        problem = _problem(value)
        if problem is not None:
            raise RecordValidationError(record, field, f"the text {problem}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            if isinstance(item, str):
                problem = _problem(item)
                if problem is not None:
                    raise RecordValidationError(record, field, f"item {index} {problem}")


def _validate(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    check_encodable(type(instance).__name__, attribute.name, value)


def encodable_text_fields(
    cls: type, fields: list[attrs.Attribute[Any]]
) -> list[attrs.Attribute[Any]]:
    """An attrs ``field_transformer``: every text field of ``cls`` refuses unencodable text.

    The check runs before the field's own validators, so a lone surrogate is
    reported as such rather than as whatever else it breaks.
    """
    changed = []
    for field in fields:
        kind = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", "")
        if field.init and (kind in _TEXT or kind in _TEXTS):
            own = field.validator
            check = _validate if own is None else attrs.validators.and_(_validate, own)
            field = field.evolve(validator=check)
        changed.append(field)
    return changed
