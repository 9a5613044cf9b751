"""The parser and exporter interfaces a format plugin implements, built-in ones included."""

from __future__ import annotations

import abc
import re
from collections.abc import Generator, Iterable, Iterator
from typing import Any, ClassVar, TextIO, TypeAlias

import attrs

from exchangekit.errors import ParseError
from exchangekit.models import CasualtyClaim, Exchange, ExchangeTally

__all__ = [
    "Exporter",
    "Item",
    "NumberedItems",
    "Parser",
    "Provenance",
    "Record",
    "metadata_problems",
]

Record: TypeAlias = Exchange | CasualtyClaim | ExchangeTally
"""A record a parser reads or an exporter writes."""


@attrs.frozen
class Provenance:
    """One entry of a dataset's provenance, as stored in a file (where its records came from)."""

    entry: str


Item: TypeAlias = Exchange | CasualtyClaim | ExchangeTally | Provenance | ParseError
"""What a parser yields: a record, a provenance entry, or a recoverable error.

A parser yields a :class:`~exchangekit.errors.ParseError` for a bad record it
can skip (one bad line of JSON Lines) and *raises* one when it cannot go on.
"""


class NumberedItems(Iterator[Item]):
    """A parser's items that also tell the line each one starts on, in :attr:`line`.

    Return one from :meth:`Parser.parse`, made from ``(line, item)`` pairs, and
    :func:`exchangekit.api.parse` can name the line of a problem that only shows
    across records, such as a later record reusing an earlier one's id. A
    parser that returns a plain iterator still works; such errors then have no
    line.
    """

    def __init__(self, numbered: Iterable[tuple[int | None, Item]]) -> None:
        self._numbered = iter(numbered)
        self.line: int | None = None
        """The first line of the item given last (``None`` before the first, or if unknown)."""

    def __iter__(self) -> NumberedItems:
        return self

    def __next__(self) -> Item:
        self.line, item = next(self._numbered)
        return item

    def close(self) -> None:
        """Stop the parser's generator, if it is one, so it lets go of its input."""
        if isinstance(self._numbered, Generator):
            self._numbered.close()


class _Format(abc.ABC):
    """Metadata common to parsers and exporters."""

    name: ClassVar[str]
    """The format name users pass as ``format=`` (lower case, e.g. ``"jsonl"``)."""
    description: ClassVar[str]
    """One line saying what the format is."""
    suffixes: ClassVar[tuple[str, ...]] = ()
    """File suffixes, with the dot (``(".jsonl", ".ndjson")``), used to pick a format."""
    media_types: ClassVar[tuple[str, ...]] = ()
    """IANA media types of the format, if it has any."""
    binary: ClassVar[bool] = False
    """Whether the format is bytes rather than text (a zip archive, say).

    A binary format still receives a text stream, but reads or writes the bytes
    under it, ``stream.buffer`` (flushing the text layer first when writing).
    exchangekit then hands it a stream that has such a buffer, with nothing read
    from it yet, and refuses a text-only input or target (an ``io.StringIO``)
    up front with an error asking for a path or a binary file object. A binary
    parser is chosen by its name or suffix: its ``sniff`` sees text.
    """

    def __repr__(self) -> str:
        name = getattr(self, "name", "?")
        return f"<{type(self).__module__}.{type(self).__qualname__} {name!r}>"


class Parser(_Format):
    """Reads one format into records, streaming: records are yielded as they are read.

    Subclass it, set the class attributes, implement :meth:`parse`, and return
    the class (or an instance) from the ``exchangekit_parsers`` hook.
    """

    def sniff(self, head: str) -> bool:
        """Whether text starting with ``head`` (up to 4 KiB) looks like this format.

        Used only when neither a format name nor a known suffix is given; keep it
        cheap and conservative. The default never claims anything.
        """
        return False

    @abc.abstractmethod
    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        """Yield the records read from ``stream``.

        ``source`` names the input in error messages (a path, or ``"<stdin>"``).
        :func:`exchangekit.parse` decodes files and byte streams with
        ``newline=""``, so line endings arrive as written (what the :mod:`csv`
        module needs), and with a leading UTF-8 byte-order mark removed.
        Malformed data must surface as :class:`~exchangekit.errors.ParseError`
        naming ``source`` and the line and field, never as another exception.
        Unknown ``options`` are a ``TypeError``. Return a :class:`NumberedItems`
        to say on which line each record starts.
        """


class Exporter(_Format):
    """Writes records to one format as they come, without holding them all.

    Subclass it, set the class attributes, implement :meth:`write`, and return
    the class (or an instance) from the ``exchangekit_exporters`` hook.
    """

    @abc.abstractmethod
    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        """Write ``records`` (exchanges, then claims, then tallies) and ``provenance`` out.

        ``records`` may be a one-shot iterator: go through it once, writing to ``stream`` as
        you go. Leave ``stream`` open; the caller closes it. The output must be
        deterministic: the same records give the same text. Unknown
        ``options`` are a ``TypeError``.
        """


_NAME = re.compile(r"[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*")
_SUFFIX = re.compile(r"\.[a-z0-9][a-z0-9_.+-]*")
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")


def metadata_problems(fmt: Parser | Exporter) -> list[str]:
    """What is wrong with a parser's or exporter's declared metadata; empty when it is valid.

    The plugin manager refuses a format with problems, and
    :func:`exchangekit.testing.check_parser` fails on them, so both apply the
    same rules: ``name`` is lower case, letters and digits joined by single
    ``_`` or ``-`` (``"jsonl"``, ``"handover_log"``); ``description`` is one
    non-empty line; each suffix is lower case and starts with a dot; each
    media type looks like ``type/subtype``; ``binary`` is a bool. An attribute
    that raises when read (a property with a bug) is a problem too.
    """
    problems: list[str] = []
    name, failure = _read(fmt, "name")
    if failure:
        problems.append(failure)
    elif not isinstance(name, str) or not _NAME.fullmatch(name):
        problems.append(f"name {name!r} is not a lower-case name such as 'jsonl' or 'handover_log'")
    description, failure = _read(fmt, "description")
    if failure:
        problems.append(failure)
    elif not isinstance(description, str) or not description.strip():
        problems.append(f"description {description!r} is not a non-empty string")
    elif len(description.splitlines()) != 1 or description != description.strip():
        problems.append(f"description {description!r} is not one line without surrounding spaces")
    problems.extend(_tuple_problems(fmt, "suffixes", _SUFFIX, "'.csv'"))
    problems.extend(_tuple_problems(fmt, "media_types", _MEDIA_TYPE, "'text/csv'"))
    binary, failure = _read(fmt, "binary")
    if failure:
        problems.append(failure)
    elif binary is not None and not isinstance(binary, bool):
        problems.append(f"binary {binary!r} is not True or False")
    return problems


def _read(fmt: object, attribute: str) -> tuple[object, str | None]:
    """The attribute's value (``None`` when missing), or why reading it failed.

    Metadata may be a property, and a property may raise anything; that is a
    problem to report, not a reason to stop (only ``KeyboardInterrupt`` goes through).
    """
    try:
        return getattr(fmt, attribute, None), None
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        return None, f"reading its {attribute} raised {type(exc).__name__}: {exc}"


def _tuple_problems(
    fmt: object, attribute: str, pattern: re.Pattern[str], example: str
) -> list[str]:
    value, failure = _read(fmt, attribute)
    if failure:
        return [failure]
    if not isinstance(value, tuple):
        return [f"{attribute} {value!r} is not a tuple of strings"]
    problems = [
        f"{attribute} entry {item!r} is not lower case text like {example}"
        for item in value
        if not isinstance(item, str) or not pattern.fullmatch(item)
    ]
    if len(set(value)) != len(value):
        problems.append(f"{attribute} {value!r} repeats an entry")
    return problems
