"""Record text written straight from the records, for the built-in writers.

The JSON and JSON Lines writers once turned each record into dicts with
:func:`~exchangekit.builtin._converter.to_data` and then encoded the dicts;
the CSV writer filled a dict per row. Here one function per record class and
layout is generated from the class's attrs fields that writes the final text
directly, with the text of the values records share (parties, sources,
periods, counts) remembered by object identity while a file is written. The
text is byte for byte what ``json.dumps(to_data(record), ...)`` writes (the
tests compare the two on generated records with hostile text), so every
string still goes through the standard library's own escaping.

A record class with a field these functions cannot write is left to the
dict path (:class:`Unwritable`), as is any subclass of a record class.
"""

from __future__ import annotations

import enum
import json
import typing
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs

from exchangekit.builtin._converter import _is_enum, _is_homogeneous_tuple, _optional_inner
from exchangekit.counts import Count
from exchangekit.models import CasualtyClaim, Exchange, ExchangeTally, Source
from exchangekit.parties import DEFAULT_REGISTRY, Party
from exchangekit.periods import Period

__all__ = [
    "CELL",
    "COMPACT",
    "PRETTY",
    "Layout",
    "TextFunctions",
    "Unwritable",
    "clear_caches",
    "record_functions",
    "remembered",
]

Text = Callable[[Any], str]

RECORD_TYPES: tuple[type[Any], ...] = (Exchange, CasualtyClaim, ExchangeTally)
"""The record classes; their text starts with ``id`` as cattrs' data does."""
SHARED_TYPES: tuple[type[Any], ...] = (Party, Source, Period, Count)
"""Values that records share after parsing, whose text is worth remembering."""

CACHE_LIMIT = 4096
"""How many objects one remembering function holds before it starts afresh."""

_CACHES: list[dict[int, tuple[object, str]]] = []
"""Every remembering function's memory, so :func:`clear_caches` can empty them all."""


@attrs.frozen
class Layout:
    """How JSON text is laid out, matching one way of calling :func:`json.dumps`.

    ``indented`` is ``indent=2`` (one member a line, two spaces a level);
    otherwise everything is on one line, members separated by ``item``. ``key``
    goes between a key and its value.
    """

    indented: bool
    item: str
    key: str

    def open(self, depth: int) -> str:
        """What follows ``{`` or ``[`` of a non-empty container at ``depth``."""
        return "\n" + "  " * (depth + 1) if self.indented else ""

    def between(self, depth: int) -> str:
        """What separates two members of a container at ``depth``."""
        return ",\n" + "  " * (depth + 1) if self.indented else self.item

    def close(self, depth: int) -> str:
        """What precedes ``}`` or ``]`` of a non-empty container at ``depth``."""
        return "\n" + "  " * depth if self.indented else ""


PRETTY = Layout(indented=True, item=",", key=": ")
"""``json.dumps(value, indent=2, ensure_ascii=False)``: the canonical document."""
COMPACT = Layout(indented=False, item=",", key=":")
"""``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``: JSON Lines."""
CELL = Layout(indented=False, item=", ", key=": ")
"""``json.dumps(value, ensure_ascii=False)``: the JSON in a CSV cell."""


class Unwritable(Exception):
    """A field type the generated functions do not write; the caller uses the dict path."""


def _registered() -> dict[str, Party]:
    return {party.code: party for party in DEFAULT_REGISTRY}


def clear_caches() -> None:
    """Forget every remembered text, releasing the objects it was remembered for.

    The writers call this when a file is done, so no record outlives its export.
    """
    for cache in _CACHES:
        cache.clear()


def remembered(text: Text) -> Text:
    """``text``, remembering its result per object for the objects records share.

    The memory is keyed by ``id()`` and holds the object beside its text, so
    an id cannot be reused by another object while it is remembered.
    """
    cache: dict[int, tuple[object, str]] = {}
    _CACHES.append(cache)
    get = cache.get

    def remember(value: object) -> str:
        hit = get(id(value))
        if hit is not None and hit[0] is value:
            return hit[1]
        written = text(value)
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        cache[id(value)] = (value, written)
        return written

    return remember


_encode_string: Callable[[str], str] = json.encoder.encode_basestring
"""How the standard library writes a string when ``ensure_ascii`` is false."""

_SCALARS: dict[str, object] = {
    "s": _encode_string,
    "i": int.__repr__,
    "d": date.isoformat,
    "Q": '"',
    "NULL": "null",
    "TRUE": "true",
    "FALSE": "false",
}
"""The names every generated function may use: string and number writers, constants."""


class TextFunctions:
    """Generates and keeps the text function of each class for one :class:`Layout`.

    ``record(cls, depth, lead)`` is the function writing a whole record whose
    ``{`` sits at ``depth`` (2 in the canonical document, 0 on a JSON Lines
    line), with ``lead`` written right after the ``{``; :meth:`value` is the
    function writing any field type.
    """

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self._made: dict[tuple[object, ...], Text] = {}
        self._party_codes = _registered()

    def _depth(self, depth: int) -> int:
        return depth if self.layout.indented else 0

    def record(self, cls: type[Any], depth: int = 0, lead: str = "") -> Text:
        """The text of one record of ``cls`` (or :class:`Unwritable`)."""
        return self._object(cls, self._depth(depth), lead)

    def value(self, tp: object, depth: int = 0) -> Text:
        """The text of one value of type ``tp`` at ``depth`` (or :class:`Unwritable`)."""
        depth = self._depth(depth)
        namespace: dict[str, object] = {}
        code = self._expression(tp, "value", depth, namespace)
        return _compile(f"return {code}", namespace, f"value {tp!r}")

    def _expression(self, tp: object, expr: str, depth: int, namespace: dict[str, object]) -> str:
        """Python code for the text of ``expr``, a value of type ``tp`` at ``depth``."""
        if tp is str:
            return f"s({expr})"
        if tp is bool:
            return f"(TRUE if {expr} else FALSE)"
        if tp is int:
            return f"i({expr})"
        if tp is date:
            return f"(Q + d({expr}) + Q)"
        if _is_enum(tp):
            members = list(typing.cast(type[enum.Enum], tp))
            if not all(type(member.value) is str for member in members):
                raise Unwritable(tp)
            return f"s({expr}._value_)"
        if tp is Party:
            return self._call(self._party(depth), expr, namespace)
        if isinstance(tp, type) and attrs.has(tp):
            return self._call(self._object(tp, depth), expr, namespace)
        inner = _optional_inner(tp)
        if inner is not None:
            return (
                f"(NULL if {expr} is None else {self._expression(inner, expr, depth, namespace)})"
            )
        if _is_homogeneous_tuple(tp):
            return self._call(self._array(typing.get_args(tp)[0], depth), expr, namespace)
        raise Unwritable(tp)

    @staticmethod
    def _call(function: Text, expr: str, namespace: dict[str, object]) -> str:
        name = f"f{len(namespace)}"
        namespace[name] = function
        return f"{name}({expr})"

    def _array(self, item: object, depth: int) -> Text:
        key = ("array", item, depth)
        if key not in self._made:
            namespace: dict[str, object] = {
                "OPEN": "[" + self.layout.open(depth),
                "SEP": self.layout.between(depth),
                "CLOSE": self.layout.close(depth) + "]",
            }
            each = self._expression(item, "item", depth + 1, namespace)
            body = (
                'if not value:\n        return "[]"\n'
                f"    return OPEN + SEP.join([{each} for item in value]) + CLOSE"
            )
            self._made[key] = _compile(body, namespace, f"array of {item!r}")
        return self._made[key]

    def _party(self, depth: int) -> Text:
        """A party exactly as the default registry has it is its code; another, an object."""
        key = ("party", Party, depth)
        if key not in self._made:
            as_object = self._object(Party, depth, "", remember=False)
            codes = self._party_codes

            def party(value: Party) -> str:
                if codes.get(value.code) == value:
                    return _encode_string(value.code)
                return as_object(value)

            self._made[key] = remembered(party)
        return self._made[key]

    def _object(self, cls: type[Any], depth: int, lead: str = "", *, remember: bool = True) -> Text:
        key = (cls, depth, lead if remember else "\0plain")
        if key in self._made:
            return self._made[key]
        fields = attrs.fields(attrs.resolve_types(cls))
        names = [field.name for field in fields]
        if cls in RECORD_TYPES and "id" in names:
            names.remove("id")
            names.insert(0, "id")
        types = {field.name: field.type for field in fields}
        namespace: dict[str, object] = {}
        pieces: list[str] = []
        layout = self.layout
        for index, name in enumerate(names):
            before = ("{" + lead + layout.open(depth)) if index == 0 else layout.between(depth)
            namespace[f"k{index}"] = before + json.dumps(name) + layout.key
            pieces.append(f"{{k{index}}}")
            pieces.append(
                "{" + self._expression(types[name], f"value.{name}", depth + 1, namespace) + "}"
            )
        namespace["END"] = (layout.close(depth) + "}") if names else "{" + lead + "}"
        pieces.append("{END}")
        text = f'f"{"".join(pieces)}"'
        if remember and cls in SHARED_TYPES:
            function = _compile(
                _REMEMBERING.format(text=text), {**namespace, **_memory()}, cls.__name__
            )
        else:
            function = _compile(f"return {text}", namespace, cls.__name__)
        self._made[key] = function
        return function


_REMEMBERING = """hit = get(id(value))
    if hit is not None and hit[0] is value:
        return hit[1]
    written = {text}
    if len(cache) >= LIMIT:
        cache.clear()
    cache[id(value)] = (value, written)
    return written"""
"""The body of a generated function that remembers its text as :func:`remembered` does."""


def _memory() -> dict[str, object]:
    """A new, registered memory for one generated function, and the names its body uses."""
    cache: dict[int, tuple[object, str]] = {}
    _CACHES.append(cache)
    return {"cache": cache, "get": cache.get, "LIMIT": CACHE_LIMIT}


def _compile(body: str, namespace: dict[str, object], what: str) -> Text:
    source = f"def text(value):\n    {body}\n"
    scope: dict[str, object] = {**_SCALARS, **namespace}
    exec(compile(source, f"<exchangekit text {what}>", "exec"), scope)
    function = scope["text"]
    assert callable(function)
    return typing.cast(Text, function)


def record_functions(
    functions: TextFunctions, depth: int, lead: Callable[[type[Any]], str] = lambda cls: ""
) -> dict[type[Any], Text]:
    """The text function of each record class that can be written directly, by exact class."""
    made: dict[type[Any], Text] = {}
    for cls in RECORD_TYPES:
        try:
            made[cls] = functions.record(cls, depth, lead(cls))
        except Unwritable:
            continue
    return made
