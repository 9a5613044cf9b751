"""The stable id of a merged exchange, derived without the general machinery's per-field checks.

:func:`exchangekit.models._stable_id` walks a record with
``attrs.fields`` and four ``isinstance`` tests per value; a merge builds
thousands of exchanges and names each by its id at once. Here the way each
type is rendered is decided once per type and kept, and the merged
exchange's id is passed to its constructor so it is not derived twice. The
plain form, and so the digest, is the one ``_stable_id`` makes (a test
compares them on every merged exchange it builds).
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Final

import attrs

from exchangekit.models import Exchange, _canonical
from exchangekit.parties import Party
from exchangekit.periods import Period

_Spec = tuple[tuple[str, Any, bool], ...]
_Render = Callable[[Any], Any]

# How each type is rendered, decided the first time it is met: the branch of
# ``_canonical`` its instances take, as one function.
_RENDER: dict[type, _Render] = {}


def _render(cls: type) -> _Render:
    """The function that renders instances of ``cls``, tested in the order ``_canonical`` tests."""
    found = _RENDER.get(cls)
    if found is not None:
        return found
    if issubclass(cls, Party):
        found = _party
    elif issubclass(cls, Period):
        found = _period
    elif issubclass(cls, enum.Enum):
        found = _enum
    elif issubclass(cls, date):
        found = _date
    elif issubclass(cls, tuple | list):
        found = _sequence
    elif attrs.has(cls):
        spec = _spec(cls)
        found = lambda value: _fields(spec, value.__getattribute__)  # noqa: E731
    else:
        found = _canonical
    _RENDER[cls] = found
    return found


def _party(value: Party) -> str:
    return value.code


def _period(value: Period) -> str:
    return value.format()


def _date(value: date) -> str:
    return value.isoformat()


def _enum(value: enum.Enum) -> Any:
    return value.value


def _sequence(value: tuple[Any, ...] | list[Any]) -> list[Any]:
    return [_plain(item) for item in value]


def _spec(cls: type) -> _Spec:
    """Each field but ``id``: its name, its default, and whether a value equal to it is left out."""
    return tuple(
        (
            field.name,
            field.default,
            field.default is not attrs.NOTHING and not isinstance(field.default, attrs.Factory),  # type: ignore[arg-type]
        )
        for field in attrs.fields(cls)
        if field.name != "id"
    )


def _plain(value: Any) -> Any:
    """What ``_canonical(value)`` returns, each type handled as decided once."""
    cls = type(value)
    if cls is str or cls is int or value is None:
        return value
    render = _RENDER.get(cls) or _render(cls)
    return render(value)


def _fields(spec: _Spec, get: Callable[[str], Any]) -> dict[str, Any]:
    plain: dict[str, Any] = {}
    for name, default, omit_default in spec:
        field_value = get(name)
        if omit_default and field_value == default:
            continue
        plain[name] = _plain(field_value)
    return plain


_EXCHANGE: Final = _spec(Exchange)


def exchange_id(fields: Mapping[str, Any]) -> str:
    """The id :class:`~exchangekit.Exchange` would derive from ``fields`` (every field but ``id``).

    Sequences must be given as the tuples the constructor would make of them,
    since a field equal to its default ``()`` is left out of the digest.
    """
    plain = _fields(_EXCHANGE, fields.__getitem__)
    text = json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"ex-{digest[:16]}"
