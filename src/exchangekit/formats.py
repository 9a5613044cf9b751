"""The parser and exporter interfaces a format plugin implements, built-in ones included."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, TextIO, TypeAlias

import attrs

from exchangekit.errors import ParseError
from exchangekit.models import CasualtyClaim, Exchange

__all__ = ["Exporter", "Item", "Parser", "Provenance", "Record"]

Record: TypeAlias = Exchange | CasualtyClaim
"""A record a parser reads or an exporter writes."""


@attrs.frozen
class Provenance:
    """One entry of a dataset's provenance, as stored in a file (where its records came from)."""

    entry: str


Item: TypeAlias = Exchange | CasualtyClaim | Provenance | ParseError
"""What a parser yields: a record, a provenance entry, or a recoverable error.

A parser yields a :class:`~exchangekit.errors.ParseError` for a bad record it
can skip (one bad line of JSON Lines) and *raises* one when it cannot go on.
"""


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
        Malformed data must surface as :class:`~exchangekit.errors.ParseError`
        naming ``source`` and the line and field, never as another exception.
        Unknown ``options`` are a ``TypeError``.
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
        """Write ``records`` (exchanges first, then claims) and ``provenance`` to ``stream``.

        The output must be deterministic: the same records give the same text.
        Unknown ``options`` are a ``TypeError``.
        """
