"""The private cattrs converter the built-in formats share: records to JSON data and back.

Structuring is strict, because a data file is the edge where mistakes enter:
a string is never coerced to a number, a string is never split into a tuple of
characters, unknown keys are refused, and every failure becomes a
:class:`Problem` naming the JSON path of the field at fault, such as
``$.transfers[0].count.low``. The converter is this module's own; the global
cattrs converter is never touched.
"""

from __future__ import annotations

import enum
import functools
import operator
import re
import types
import typing
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from exchangekit.counts import Count
from exchangekit.errors import ParseError, RecordValidationError
from exchangekit.models import CasualtyClaim, Exchange, ExchangeTally, Source
from exchangekit.parties import DEFAULT_REGISTRY, Party
from exchangekit.periods import Period

if TYPE_CHECKING:
    # cattrs is imported when the converter is first built, not with the formats.
    from cattrs.converters import BaseConverter
    from cattrs.preconf.json import JsonConverter

__all__ = [
    "DATE_PATTERN",
    "SURROGATE_PATTERN",
    "DataError",
    "Problem",
    "describe",
    "detailed",
    "from_data",
    "parse_error",
    "to_data",
]

T = TypeVar("T")
_RECORD_TYPES: tuple[type[Any], ...] = (Exchange, CasualtyClaim, ExchangeTally)
Hook = Callable[[Any, Any], Any]

DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""How a date is written in exchangekit's JSON: ``YYYY-MM-DD`` and nothing else."""
SURROGATE_PATTERN = re.compile("[\ud800-\udfff]")
"""Half of a surrogate pair, which JSON can escape but which is no character."""


@attrs.frozen
class Problem:
    """One thing wrong with some input data: the JSON path of the field and what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class DataError(ValueError):
    """Data that does not describe a valid record; ``problems`` says where and why."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__("; ".join(map(str, problems)))


class _Reject(ValueError):
    """Raised by the strict hooks with a message meant for the person who wrote the file."""


def describe(value: object) -> str:
    """Name a JSON value for an error message: ``the string 'abc'``, ``an array``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return f"the number {text if len(text) <= 24 else text[:21] + '...'}"
    if isinstance(value, str):
        text = repr(value)
        return f"the string {text if len(text) <= 42 else text[:39] + '...'}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# -- strict structure hooks ---------------------------------------------------------


def _structure_str(value: object, _: object) -> str:
    if isinstance(value, str):
        # JSON can escape half of a surrogate pair ("\ud800"), which is no character
        # and could never be written out again as UTF-8.
        if SURROGATE_PATTERN.search(value):
            raise _Reject(f"{value!r} holds an unpaired surrogate escape, which is not text")
        return value
    raise _Reject(f"expected a string, got {describe(value)}")


def _structure_int(value: object, _: object) -> int:
    if type(value) is int:
        return value
    raise _Reject(f"expected a whole number, got {describe(value)}")


def _structure_date(value: object, _: object) -> date:
    if isinstance(value, str) and DATE_PATTERN.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _Reject(f"{value!r} is not a calendar date") from None
    raise _Reject(f"expected a date written YYYY-MM-DD, got {describe(value)}")


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Hook:
    by_value = {member.value: member for member in cls}
    accepted = ", ".join(map(str, by_value))

    def structure(value: object, _: object) -> enum.Enum:
        if isinstance(value, str) and value in by_value:
            return by_value[value]
        raise _Reject(f"expected one of {accepted}; got {describe(value)}")

    return structure


def _optional_inner(cls: Any) -> Any:
    """``X`` for ``X | None``, else ``None``."""
    if typing.get_origin(cls) not in (typing.Union, types.UnionType):
        return None
    args = typing.get_args(cls)
    others = [a for a in args if a is not type(None)]
    return others[0] if len(args) == 2 and len(others) == 1 else None


def _optional_hook(cls: Any, converter: BaseConverter) -> Hook:
    inner = _optional_inner(cls)
    hook = converter.get_structure_hook(inner)

    def structure(value: object, _: object) -> object:
        return None if value is None else hook(value, inner)

    return structure


def _is_homogeneous_tuple(cls: Any) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(cls: Any, converter: BaseConverter) -> Hook:
    from cattrs.errors import IterableValidationError, IterableValidationNote

    inner = typing.get_args(cls)[0]
    hook = converter.get_structure_hook(inner)

    def structure(value: object, _: object) -> tuple[object, ...]:
        if not isinstance(value, list):
            raise _Reject(f"expected an array, got {describe(value)}")
        items: list[object] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(hook(item, inner))
            except Exception as exc:  # cattrs gathers every error; so do we
                exc.add_note(IterableValidationNote(f"index {index}", index, inner))
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {cls!r}", errors, tuple)
        return tuple(items)

    return structure


def _attrs_hook(cls: type[Any], converter: BaseConverter) -> Hook:
    from cattrs.gen import make_dict_structure_fn

    generated = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)

    def structure(value: object, _: object) -> object:
        if not isinstance(value, dict):
            raise _Reject(f"expected an object, got {describe(value)}")
        return generated(value, cls)

    return structure


def _registered() -> dict[str, Party]:
    return {party.code: party for party in DEFAULT_REGISTRY}


def _party_hook(converter: JsonConverter) -> Hook:
    """Parties are objects; a registered party may also be written as its bare code."""
    as_object = _attrs_hook(Party, converter)
    registered = _registered()
    codes = ", ".join(registered)

    def structure(value: object, _: object) -> Party:
        if isinstance(value, str):
            party = registered.get(value)
            if party is not None:
                return party
            raise _Reject(
                f"{value!r} is not the code of a registered party ({codes}); "
                "write the party as an object with code and name"
            )
        if isinstance(value, dict):
            result: Party = as_object(value, Party)
            return result
        raise _Reject(f"expected a party object or a registered party code, got {describe(value)}")

    return structure


class _Unkeyable(Exception):
    """A JSON value holding something :func:`_key` does not key (a float, a boolean)."""


_LIST = object()
"""Marks a key made from a JSON array, so it never equals one made from an object."""

_CACHE_LIMIT = 4096
"""How many distinct values each interning hook remembers before it starts afresh.

The bound keeps a stream of records with ever-new values (a url per source)
from growing the cache without end; common values are learnt again at once.
"""


def _key(value: object) -> object:
    """A hashable key equal for two JSON values exactly when they are the same JSON.

    Only strings, whole numbers, null, arrays and objects are keyed: ``1``,
    ``1.0`` and ``true`` compare equal in Python but are different JSON.
    """
    kind = type(value)
    if kind is str or kind is int or value is None:
        return value
    if kind is dict:
        return tuple([(name, _key(item)) for name, item in value.items()])  # type: ignore[attr-defined]
    if kind is list:
        return (_LIST, tuple([_key(item) for item in value]))  # type: ignore[attr-defined]
    raise _Unkeyable


def _interning_hook(hook: Hook) -> Hook:
    """``hook``, remembering what it built for each distinct JSON value.

    Parties, sources, periods and counts repeat across the lines of a file;
    each distinct one is structured (and validated) once by the detailed hook,
    and every later equal value gets the same immutable object. A value the
    hook refuses is never remembered, so its error is raised as before.
    """
    cache: dict[object, object] = {}

    def structure(value: object, cls: object) -> object:
        try:
            key = _key(value)
            return cache[key]
        except (_Unkeyable, RecursionError):
            return hook(value, cls)
        except KeyError:
            pass
        built = hook(value, cls)
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cache[key] = built
        return built

    return structure


# -- unstructuring --------------------------------------------------------------------


def _party_unstructure(converter: JsonConverter) -> Callable[[Party], object]:
    """A party exactly as the default registry has it becomes its code; others stay objects."""
    from cattrs.gen import make_dict_unstructure_fn

    as_object = make_dict_unstructure_fn(Party, converter)
    registered = _registered()

    def unstructure(party: Party) -> object:
        return party.code if registered.get(party.code) == party else as_object(party)

    return unstructure


def _id_first(cls: type[Any], converter: JsonConverter) -> Callable[[Any], dict[str, Any]]:
    """Unstructure a record with its ``id`` as the first key, so files read naturally."""
    from cattrs.gen import make_dict_unstructure_fn

    generated = make_dict_unstructure_fn(cls, converter)

    def unstructure(record: Any) -> dict[str, Any]:
        data = generated(record)
        return {"id": data.pop("id"), **data}

    return unstructure


@functools.cache
def _converter() -> JsonConverter:
    from cattrs.preconf.json import make_converter

    converter = make_converter(
        forbid_extra_keys=True,
        unstruct_collection_overrides={tuple: list},
    )
    converter.register_structure_hook_factory(attrs.has, _attrs_hook)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook)
    converter.register_structure_hook_factory(
        lambda cls: _optional_inner(cls) is not None, _optional_hook
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook(Party, _interning_hook(_party_hook(converter)))
    for shared in (Source, Period, Count):
        detailed = _attrs_hook(shared, converter)
        converter.register_structure_hook(shared, _interning_hook(detailed))
    converter.register_unstructure_hook(Party, _party_unstructure(converter))
    for record_type in _RECORD_TYPES:
        converter.register_unstructure_hook(record_type, _id_first(record_type, converter))
    return converter


class _Unplain(Exception):
    """A field type the direct unstructure functions leave to cattrs."""


def _direct_field(cls: Any, made: dict[type, Callable[[Any], Any]]) -> str | Callable[[Any], Any]:
    """How one field of type ``cls`` becomes JSON data: ``""`` when it already is."""
    if cls in (str, int, bool):
        return ""
    if _is_enum(cls):
        return operator.attrgetter("value")
    if cls is date:
        return date.isoformat
    if cls is Party:
        return _party_unstructure(_converter())
    if attrs.has(cls):
        return _direct(cls, made)
    inner = _optional_inner(cls)
    if inner is not None:
        maybe = _direct_field(inner, made)
        if isinstance(maybe, str):
            return ""
        present: Callable[[Any], Any] = maybe
        return lambda value: None if value is None else present(value)
    if _is_homogeneous_tuple(cls):
        each = _direct_field(typing.get_args(cls)[0], made)
        if isinstance(each, str):
            return list
        item_data: Callable[[Any], Any] = each
        return lambda value: [item_data(item) for item in value]
    raise _Unplain(cls)


def _direct(cls: type[Any], made: dict[type, Callable[[Any], Any]]) -> Callable[[Any], Any]:
    """A plain function unstructuring ``cls`` exactly as the converter does, only faster.

    cattrs dispatches every field through its hook registry at run time; here
    each field's conversion is chosen once, from the class's resolved types,
    and written into one function (records keep ``id`` as the first key).
    """
    if cls in made:
        return made[cls]
    fields = attrs.fields(attrs.resolve_types(cls))
    names = [field.name for field in fields]
    if "id" in names and cls in _RECORD_TYPES:
        names.remove("id")
        names.insert(0, "id")
    by_name = {field.name: field for field in fields}
    namespace: dict[str, Any] = {}
    entries = []
    for index, name in enumerate(names):
        convert = _direct_field(by_name[name].type, made)
        if convert:
            namespace[f"convert_{index}"] = convert
            entries.append(f"{name!r}: convert_{index}(value.{name})")
        else:
            entries.append(f"{name!r}: value.{name}")
    source = f"def unstructure(value):\n    return {{{', '.join(entries)}}}\n"
    exec(compile(source, f"<exchangekit unstructure {cls.__name__}>", "exec"), namespace)
    function: Callable[[Any], Any] = namespace["unstructure"]
    made[cls] = function
    return function


@functools.cache
def _direct_functions() -> dict[type, Callable[[Any], Any]]:
    """The direct unstructure function of each record type whose fields all allow one."""
    made: dict[type, Callable[[Any], Any]] = {}
    functions: dict[type, Callable[[Any], Any]] = {}
    for cls in _RECORD_TYPES:
        try:
            functions[cls] = _direct(cls, made)
        except _Unplain:
            continue
    return functions


def to_data(value: object) -> Any:
    """``value`` (a record or any part of one) as JSON-ready dicts, lists, strings and numbers."""
    direct = _direct_functions().get(type(value))
    if direct is not None:
        return direct(value)
    return _converter().unstructure(value)


def detailed(data: object, cls: type[T]) -> T:
    """Build a ``cls`` through the detailed, fully checked hooks; their exceptions pass through."""
    return _converter().structure(data, cls)


@functools.cache
def _fast_functions() -> dict[type[Any], Callable[[dict[str, Any]], Any]]:
    from exchangekit.builtin._fast import FAST  # it builds on this module

    return FAST


def from_data(data: object, cls: type[T], *, path: str = "$") -> T:
    """Build a ``cls`` from JSON data, or raise :class:`DataError` listing every problem.

    ``path`` is the JSON path of ``data`` in its document, the prefix of every
    reported path. A record in the plain shape exporters write is built by its
    fast function (:mod:`exchangekit.builtin._fast`); anything else, and
    anything that function declines or fails on, goes through the detailed
    hooks, which build the same record or say what is wrong and where.
    """
    if type(data) is dict:
        fast = _fast_functions().get(cls)
        if fast is not None:
            try:
                record: T = fast(data)
            except Exception:  # declined or invalid: the detailed hooks decide, and say where
                return checked(data, cls, path=path)
            return record
    return checked(data, cls, path=path)


def checked(data: object, cls: type[T], *, path: str = "$") -> T:
    """Build a ``cls`` through the detailed hooks alone, or raise :class:`DataError`.

    For a caller that has already tried the fast function (the JSON Lines
    reader), so that a record it declined is not tried twice.
    """
    try:
        return _converter().structure(data, cls)
    except Exception as exc:  # every failure inside cattrs is bad input; report it all
        raise DataError(tuple(_problems(exc, path))) from None


def _problems(exc: BaseException, path: str) -> Iterator[Problem]:
    from cattrs.errors import (
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(exc, ClassValidationError):
        with_field, without = exc.group_exceptions()
        for sub, field_note in with_field:
            yield from _problems(sub, f"{path}.{field_note.name}")
        for sub in without:
            yield from _problems(sub, path)
    elif isinstance(exc, IterableValidationError):
        with_index, without = exc.group_exceptions()
        for sub, index_note in with_index:
            yield from _problems(sub, f"{path}[{index_note.index}]")
        for sub in without:
            yield from _problems(sub, path)
    elif isinstance(exc, RecordValidationError):
        yield Problem(f"{path}.{exc.field}", exc.message)
    elif isinstance(exc, ForbiddenExtraKeysError):
        names = sorted(exc.extra_fields)
        shown = ", ".join(repr(n if len(n) <= 30 else n[:27] + "...") for n in names[:5])
        more = f" and {len(names) - 5} more" if len(names) > 5 else ""
        known = ", ".join(a.name for a in attrs.fields(exc.cl))
        plural = "s" if len(names) > 1 else ""
        yield Problem(path, f"unknown field{plural} {shown}{more}; expected {known}")
    elif isinstance(exc, KeyError):
        yield Problem(path, "required field missing")
    elif isinstance(exc, _Reject):
        yield Problem(path, str(exc))
    else:
        yield Problem(path, f"invalid value ({type(exc).__name__}: {exc})")


def parse_error(
    error: DataError,
    *,
    source: str,
    line: int | None,
    field: Callable[[str], str] = str,
) -> ParseError:
    """The :class:`ParseError` reporting ``error``: its first problem, and how many more.

    ``field`` turns a JSON path into the name the file's reader knows it by
    (a CSV column, say).
    """
    first, *rest = error.problems or (Problem("$", "invalid record"),)
    message = first.message
    if rest:
        others = "; ".join(f"{field(p.path)}: {p.message}" for p in rest[:3])
        extra = f" and {len(rest) - 3} more" if len(rest) > 3 else ""
        message = f"{message} (also {others}{extra})"
    return ParseError(message, source=source, line=line, field=field(first.path))
