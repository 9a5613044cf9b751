"""Reading and writing datasets: find the format plugin for a file and stream records through it.

:func:`parse` reads a whole :class:`~exchangekit.models.Dataset`,
:func:`iter_parse` streams records one at a time, and :func:`export` writes a
dataset or a stream of records. Each accepts a path (``str`` or
``os.PathLike``), a text or binary file object, or ``"-"`` for standard
input or output. The format is the ``format`` argument if given, else the one
whose suffix the file name has, else (when reading) the one whose ``sniff``
recognises the first 4 KiB.
"""

from __future__ import annotations

import array
import codecs
import contextlib
import gc
import io
import itertools
import os
import re
import sys
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal, NamedTuple, TextIO, TypeAlias, cast, overload

from exchangekit import plugins
from exchangekit._collector import collector_paused
from exchangekit._writing import write_path
from exchangekit.errors import ParseError, RecordSkipped, SkippedRecordWarning
from exchangekit.formats import Exporter, NumberedItems, Parser, Provenance, Record
from exchangekit.models import CasualtyClaim, Dataset, Exchange, ExchangeTally, _DistinctIds

__all__ = [
    "SNIFF_SIZE",
    "ErrorMode",
    "ParseResult",
    "PathOrStream",
    "RecordStream",
    "export",
    "iter_parse",
    "parse",
]

PathOrStream: TypeAlias = str | os.PathLike[str] | IO[str] | IO[bytes]
"""Where to read from or write to: a path, a text or binary file object, or ``"-"``."""

ErrorMode: TypeAlias = Literal["raise", "collect"]
"""``"raise"`` stops at the first bad record; ``"collect"`` keeps going and lists the errors."""

SNIFF_SIZE = 4096
"""How many characters of the input a parser's ``sniff`` is shown."""

STDIO = "-"
"""The source or target name that means standard input or output."""


class ParseResult(NamedTuple):
    """What ``parse(..., errors="collect")`` returns: every valid record, and every error.

    Unpacks as ``dataset, errors = exchangekit.parse(path, errors="collect")``.
    """

    dataset: Dataset
    errors: tuple[ParseError, ...]

    @property
    def ok(self) -> bool:
        """True when nothing was wrong with the input."""
        return not self.errors


# -- opening inputs ---------------------------------------------------------------------------


class _Opened:
    """A decoded input stream, its name for messages, and how to let go of it."""

    def __init__(
        self, stream: TextIO, name: str, file_name: str | None, release: Callable[[], None]
    ) -> None:
        self.stream = stream
        self.name = name
        self.file_name = file_name
        self._release: Callable[[], None] | None = release

    def release(self) -> None:
        """Close or detach the input, once; later calls do nothing."""
        release, self._release = self._release, None
        if release is not None:
            release()


def _reading_encoding(encoding: str) -> str:
    """UTF-8 input is read as ``utf-8-sig`` so a spreadsheet's byte-order mark is dropped."""
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


def _stream_name(stream: object) -> str | None:
    name = getattr(stream, "name", None)
    return name if isinstance(name, str) else None


def _is_text(stream: object, probe: Callable[[], object]) -> bool:
    if isinstance(stream, io.TextIOBase):
        return True
    if isinstance(stream, io.BufferedIOBase | io.RawIOBase):
        return False
    mode = getattr(stream, "mode", None)
    if isinstance(mode, str):
        return "b" not in mode
    try:
        return isinstance(probe(), str)
    except TypeError:
        return False


def _wrap_binary(binary: Any, encoding: str, *, write: bool) -> tuple[TextIO, Callable[[], None]]:
    """A text layer over a caller's binary stream, and a release that leaves the stream open."""
    raw_only = isinstance(binary, io.RawIOBase)
    if raw_only:
        binary = io.BufferedWriter(binary) if write else io.BufferedReader(binary)
    text = io.TextIOWrapper(binary, encoding=encoding, newline="")

    def release() -> None:
        if write:
            text.flush()
        buffered = text.detach()
        if raw_only:
            if write:
                buffered.flush()
            buffered.detach()

    return text, release


def _open_input(source: PathOrStream, encoding: str) -> _Opened:
    encoding = _reading_encoding(encoding)
    if isinstance(source, str | os.PathLike) and not (isinstance(source, str) and source == STDIO):
        path = Path(source)
        stream = open(path, encoding=encoding, newline="")  # noqa: SIM115 (closed by release)
        return _Opened(stream, str(source), path.name, stream.close)
    if isinstance(source, str):  # "-"
        if hasattr(sys.stdin, "buffer"):
            text, release = _wrap_binary(sys.stdin.buffer, encoding, write=False)
            return _Opened(text, "<stdin>", None, release)
        return _Opened(sys.stdin, "<stdin>", None, lambda: None)
    file_name = _stream_name(source)
    name = file_name or f"<{type(source).__name__}>"
    if _is_text(source, lambda: source.read(0)):
        text_stream: TextIO = source  # type: ignore[assignment]
        return _Opened(text_stream, name, file_name, lambda: None)
    text, release = _wrap_binary(source, encoding, write=False)
    return _Opened(text, name, file_name, release)


_LINE = re.compile(r"[^\r\n]*(\r\n|\r|\n)?")


class _Prefixed(io.TextIOBase):
    """A text stream that replays an already-read head before the rest, for sniffing pipes."""

    def __init__(self, head: str, rest: TextIO) -> None:
        super().__init__()
        if head.endswith("\r"):  # keep a \r\n line ending in one piece
            head += rest.read(1)
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1, /) -> str:
        if size is None or size < 0:
            text, self._head = self._head + self._rest.read(), ""
            return text
        text, self._head = self._head[:size], self._head[size:]
        if len(text) < size:
            text += self._rest.read(size - len(text))
        return text

    def readline(self, size: int = -1, /) -> str:  # type: ignore[override]
        if not self._head:
            return self._rest.readline(size)
        match = _LINE.match(self._head)
        line = match.group() if match else ""
        if match is None or match.group(1) is None:
            line = self._head + self._rest.readline()
            self._head = ""
        else:
            self._head = self._head[len(line) :]
        if 0 <= size < len(line):
            line, self._head = line[:size], line[size:] + self._head
        return line


class _Watched(io.TextIOBase):
    """The input as a parser reads it, remembering an ``OSError`` the input itself raised.

    An ``OSError`` that escapes a parser is either the input failing (a disk or
    pipe error while reading) or the parser's own doing (a bug, or a file it
    opens itself). Only the stream knows which: it keeps the error its read
    methods raised, naming the input, so that one is reported as an I/O error
    and any other as the parser's failure.
    """

    def __init__(self, stream: TextIO, name: str) -> None:
        super().__init__()
        self._stream = stream
        self.source = name
        """The input's name in messages (a path, or ``"<stdin>"``)."""
        self._lines: Iterator[str] | None = None
        self.failure: OSError | None = None
        """The error reading the input raised, if it did."""

    def _failed(self, exc: OSError) -> None:
        self.failure = _naming(exc, self.source)

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1, /) -> str:
        try:
            return self._stream.read(-1 if size is None else size)
        except OSError as exc:
            self._failed(exc)
            raise

    def readline(self, size: int = -1, /) -> str:  # type: ignore[override]
        try:
            return self._stream.readline(size)
        except OSError as exc:
            self._failed(exc)
            raise

    def __next__(self) -> str:  # type: ignore[override]
        try:
            if self._lines is None:
                self._lines = iter(self._stream)
            return next(self._lines)
        except OSError as exc:
            self._failed(exc)
            raise

    def __iter__(self) -> Iterator[str]:  # type: ignore[override]
        return self

    def seekable(self) -> bool:
        return bool(self._stream.seekable())

    def seek(self, offset: int, whence: int = 0, /) -> int:
        return self._stream.seek(offset, whence)

    def tell(self) -> int:
        return self._stream.tell()

    def __getattr__(self, attribute: str) -> Any:
        # Whatever else a parser asks of its stream (``name``, ``buffer``, ...).
        if attribute == "_stream":  # not set yet: no recursion
            raise AttributeError(attribute)
        return getattr(self._stream, attribute)

    @property
    def encoding(self) -> str:  # type: ignore[override]
        """The underlying stream's encoding."""
        return str(getattr(self._stream, "encoding", None) or "utf-8")

    @property
    def newlines(self) -> Any:  # type: ignore[override]
        """The underlying stream's ``newlines``."""
        return getattr(self._stream, "newlines", None)

    def behind(self, exc: BaseException) -> OSError | None:
        """The input's own failure, when ``exc`` is it or was raised while handling it."""
        seen: set[int] = set()
        current: BaseException | None = exc
        while current is not None and self.failure is not None and id(current) not in seen:
            if current is self.failure:
                return self.failure
            seen.add(id(current))
            current = current.__cause__ or current.__context__
        return None


def _naming(exc: OSError, name: str) -> OSError:
    """``exc`` with the input's name as its ``filename`` if it names none."""
    if exc.filename is None:
        exc.filename = name
    return exc


# -- choosing a format -------------------------------------------------------------------------


def _suffix_tails(file_name: str | None) -> list[str]:
    """``"a.exchange.json"`` gives ``[".exchange.json", ".json"]``: longest match wins."""
    if not file_name:
        return []
    suffixes = [s.lower() for s in Path(file_name).suffixes]
    return ["".join(suffixes[i:]) for i in range(len(suffixes))]


def _by_suffix(formats: Iterable[Parser | Exporter], file_name: str | None) -> list[Any]:
    for tail in _suffix_tails(file_name):
        matches = [fmt for fmt in formats if tail in fmt.suffixes]
        if matches:
            return matches
    return []


def _sniff(parser: Parser, head: str) -> bool:
    try:
        return bool(parser.sniff(head))
    except (KeyboardInterrupt, MemoryError):
        raise
    except BaseException as exc:  # SystemExit too: it is the plugin's failure, not ours
        warnings.warn(
            f"{_describe(parser)} failed to sniff the input "
            f"({type(exc).__name__}: {exc}); treating it as not recognised",
            plugins.PluginWarning,
            stacklevel=2,
        )
        return False


def _names(formats: Iterable[Parser | Exporter]) -> str:
    return ", ".join(sorted(fmt.name for fmt in formats))


def _choose_parser(format: str | None, opened: _Opened) -> Parser:
    if format is not None:
        return plugins.get_parser(format)
    installed = list(plugins.parsers().values())
    by_suffix: list[Parser] = _by_suffix(installed, opened.file_name)
    if len(by_suffix) == 1:
        return by_suffix[0]
    try:
        head = opened.stream.read(SNIFF_SIZE)
    except UnicodeDecodeError as exc:
        raise _decode_error(exc, opened.name) from exc
    except OSError as exc:
        raise _naming(exc, opened.name) from None
    opened.stream = cast(TextIO, _Prefixed(head, opened.stream))
    head = head.removeprefix("\ufeff")
    recognised = [p for p in (by_suffix or installed) if _sniff(p, head)]
    if len(recognised) == 1:
        return recognised[0]
    if recognised:
        raise plugins.AmbiguousFormatError(
            f"cannot tell which format {opened.name} is in: the parsers "
            f"{_names(recognised)} all recognise it; pass format= to choose one"
        )
    if by_suffix:
        raise plugins.AmbiguousFormatError(
            f"cannot tell which format {opened.name} is in: its suffix is claimed by "
            f"{_names(by_suffix)} and none of them recognises its content; "
            "pass format= to choose one"
        )
    tails = _suffix_tails(opened.file_name)
    why = (
        f"no installed parser claims the suffix {tails[-1]!r}" if tails else "it has no file suffix"
    )
    raise plugins.UnknownFormatError(
        f"cannot tell which format {opened.name} is in: {why}, and no parser recognises "
        f"its first {SNIFF_SIZE} characters; pass format=; {plugins.describe_installed('parser')}"
    )


def _choose_exporter(format: str | None, target_name: str, file_name: str | None) -> Exporter:
    if format is not None:
        return plugins.get_exporter(format)
    by_suffix: list[Exporter] = _by_suffix(plugins.exporters().values(), file_name)
    if len(by_suffix) == 1:
        return by_suffix[0]
    if by_suffix:
        raise plugins.AmbiguousFormatError(
            f"cannot tell which format to write {target_name} in: its suffix is claimed by "
            f"{_names(by_suffix)}; pass format= to choose one"
        )
    tails = _suffix_tails(file_name)
    why = f"no installed exporter claims the suffix {tails[-1]!r}" if tails else "no file suffix"
    raise plugins.UnknownFormatError(
        f"cannot tell which format to write {target_name} in ({why}); pass format=; "
        f"{plugins.describe_installed('exporter')}"
    )


# -- reading ------------------------------------------------------------------------------------


def _decode_error(exc: UnicodeDecodeError, source: str) -> ParseError:
    return ParseError(
        f"the input is not valid {exc.encoding} text ({exc.reason} at byte {exc.start} of "
        "a block); pass encoding= with the encoding it was saved in",
        source=source,
    )


def _named(error: ParseError, source: str) -> ParseError:
    """``error`` naming ``source`` if the parser left the source out."""
    if error.source is None:
        error.source = source
        error.args = (error._render(),)
    return error


def _describe(parser: Parser) -> str:
    origin = plugins.plugin_of(parser)
    where = f" from {origin.origin}" if origin else ""
    # The name the registry read, not parser.name again: a plugin's property may raise.
    name = next((n for n, p in plugins.parsers().items() if p is parser), None)
    return f"parser {name or type(parser).__qualname__!r}{where}"


def _failed(parser: Parser, exc: BaseException, stream: _Watched) -> BaseException:
    """What to raise for ``exc`` escaping the parser: the input's I/O error, or a ParseError."""
    if isinstance(exc, UnicodeDecodeError):
        return _decode_error(exc, stream.source)
    failure = stream.behind(exc)
    if failure is not None:
        return failure
    return _crashed(parser, exc, stream.source)


def _start(parser: Parser, stream: _Watched, options: dict[str, Any]) -> Iterator[object]:
    """Call the parser; a ``TypeError`` here (an unknown option) is the caller's to see.

    Items are typed ``object``: a third-party parser may yield anything.
    """
    try:
        return iter(parser.parse(cast(TextIO, stream), source=stream.source, **options))
    except (ParseError, TypeError, MemoryError, KeyboardInterrupt):
        raise
    except BaseException as exc:  # SystemExit too: the parser's failure, not the program's end
        failure = _failed(parser, exc, stream)
        if failure is exc:
            raise
        raise failure from None if isinstance(failure, OSError) else exc


def _guarded(
    parser: Parser, items: Iterator[object], stream: _Watched
) -> Generator[object, None, None]:
    """The parser's items; decoding failures and the parser's own crashes become ParseError.

    An ``OSError`` the input raised while the parser read it goes through as it
    is (naming the input): it is not the parser's fault.
    """
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except ParseError as error:
            _named(error, stream.source)
            raise
        except (MemoryError, KeyboardInterrupt):
            raise
        except BaseException as exc:  # SystemExit too
            failure = _failed(parser, exc, stream)
            if failure is exc:
                raise
            raise failure from None if isinstance(failure, OSError) else exc
        yield item


def _crashed(parser: Parser, exc: BaseException, source: str) -> ParseError:
    return ParseError(
        f"{_describe(parser)} failed unexpectedly ({type(exc).__name__}: {exc}); "
        "this is a bug in that parser, please report it with this input",
        source=source,
    )


class RecordStream(Iterator[Record]):
    """The records of one input, read as they are iterated; what :func:`iter_parse` returns.

    Provenance entries and (with ``errors="collect"``) the errors met so far
    are gathered in :attr:`provenance` and :attr:`errors` as reading goes on.
    The input is closed when the records run out, on an error, or on
    :meth:`close`; use it as a context manager to be sure.
    """

    def __init__(
        self,
        opened: _Opened,
        parser: Parser,
        errors: ErrorMode,
        options: dict[str, Any],
    ) -> None:
        self.source: str = opened.name
        """The input's name, as used in error messages."""
        self.parser: Parser = parser
        """The parser reading it."""
        self.errors: list[ParseError] = []
        """Errors met so far (only with ``errors="collect"``)."""
        self.provenance: list[str] = []
        """Provenance entries met so far."""
        self.line: int | None = None
        """The line the record returned last starts on, if the parser says (see NumberedItems)."""
        self._numbered: NumberedItems | None = None
        self._collect = errors == "collect"
        self._opened: _Opened | None = opened
        self._items: Generator[object, None, None] | None = None
        stream = _Watched(opened.stream, opened.name)
        try:
            items = _start(parser, stream, options)
        except ParseError as error:
            self._stop(_named(error, self.source))
        except BaseException:
            self.close()
            raise
        else:
            self._items = _guarded(parser, items, stream)
            self._numbered = items if isinstance(items, NumberedItems) else None

    def __iter__(self) -> RecordStream:
        return self

    def __next__(self) -> Record:
        while self._opened is not None and self._items is not None:
            try:
                item = next(self._items)
            except StopIteration:
                break
            except ParseError as error:
                self._stop(error)
                break
            except BaseException:  # an I/O error reading the input, or an interrupt
                self.close()
                raise
            if isinstance(item, Exchange | CasualtyClaim | ExchangeTally):
                self.line = self._numbered.line if self._numbered is not None else None
                return item
            if isinstance(item, Provenance):
                self.provenance.append(item.entry)
            elif isinstance(item, RecordSkipped) and not self._collect:
                # Left out on request: say so, and read on.
                warnings.warn(str(_named(item, self.source)), SkippedRecordWarning, stacklevel=2)
            elif isinstance(item, ParseError):
                if not self._collect:
                    self._stop(_named(item, self.source))
                self.errors.append(_named(item, self.source))
            else:
                self._stop(
                    ParseError(
                        f"{_describe(self.parser)} yielded {item!r}, which is not a record, "
                        "a Provenance entry or a ParseError; this is a bug in that parser",
                        source=self.source,
                    )
                )
                break
        self.close()
        raise StopIteration

    def _stop(self, error: ParseError) -> None:
        """End reading at a fatal error: raise it, or with ``collect`` record it."""
        self.close()
        if not self._collect:
            raise error
        self.errors.append(error)

    def close(self) -> None:
        """Stop reading and release the input (closing it if exchangekit opened it)."""
        opened, self._opened = self._opened, None
        if opened is None:
            return
        items = getattr(self, "_items", None)
        try:
            if items is not None:
                items.close()
        finally:
            opened.release()

    def __enter__(self) -> RecordStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


class _Kind:
    """What :func:`parse` keeps of one kind of record while it checks their ids."""

    def __init__(self) -> None:
        self.records: list[Any] = _DistinctIds()  # each id is kept once: see seen
        self.seen: dict[str, Record] = {}
        self.lines = array.array("q")
        self._positions: dict[int, int] = {}

    def line_of(self, record: Record) -> int | None:
        """The line ``record`` (one of :attr:`records`) starts on, if its parser said."""
        records, positions = self.records, self._positions
        for index in range(len(positions), len(records)):  # each record is indexed once
            positions[id(records[index])] = index
        return self.lines[positions[id(record)]] or None


_YOUNG_EVERY = 10_000
"""How many records :func:`parse` reads between collections of the young garbage."""


def _check_errors(errors: str) -> ErrorMode:
    if errors == "raise":
        return "raise"
    if errors == "collect":
        return "collect"
    raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")


def iter_parse(
    source: PathOrStream,
    format: str | None = None,
    *,
    errors: ErrorMode = "raise",
    encoding: str = "utf-8",
    **options: Any,
) -> RecordStream:
    """Stream the records of ``source`` one at a time, without holding them all.

    The format is chosen as for :func:`parse`, straight away, so an unknown
    format or a missing file raises here rather than on the first record.
    With ``errors="raise"`` the first bad record raises
    :class:`~exchangekit.errors.ParseError`; with ``"collect"`` bad records are
    skipped and listed in the stream's ``errors``. ``options`` go to the parser.

    :param source: A path, a text or binary file object, or ``"-"`` for standard input.
    :param format: The parser's name (``"json"``, ``"news"``); by default chosen
        from the file suffix, else by sniffing the first 4 KiB.
    :param errors: ``"raise"`` to stop at the first bad record, ``"collect"`` to
        skip bad records and list them.
    :param encoding: How bytes are decoded; a UTF-8 byte-order mark is dropped.
    :param options: Keyword options for the parser, such as ``published``,
        ``publisher`` and ``url``; one it does not take is a ``TypeError``.
    """
    mode = _check_errors(errors)
    opened = _open_input(source, encoding)
    try:
        parser = _choose_parser(format, opened)
        if getattr(parser, "binary", False) is True and not _has_buffer(opened.stream):
            raise ParseError(
                f"the {parser.name} format is read as bytes, and this input is a text stream "
                "with no binary buffer under it; pass a path or a binary file object",
                source=opened.name,
            )
        return RecordStream(opened, parser, mode, options)
    except BaseException:
        opened.release()
        raise


@overload
def parse(
    source: PathOrStream,
    format: str | None = None,
    *,
    errors: Literal["raise"] = "raise",
    encoding: str = "utf-8",
    **options: Any,
) -> Dataset: ...


@overload
def parse(
    source: PathOrStream,
    format: str | None = None,
    *,
    errors: Literal["collect"],
    encoding: str = "utf-8",
    **options: Any,
) -> ParseResult: ...


def parse(
    source: PathOrStream,
    format: str | None = None,
    *,
    errors: ErrorMode = "raise",
    encoding: str = "utf-8",
    **options: Any,
) -> Dataset | ParseResult:
    """Read ``source`` into a :class:`~exchangekit.models.Dataset`.

    ``source`` is a path, a text or binary file object, or ``"-"`` for standard
    input; bytes are decoded with ``encoding`` (a UTF-8 byte-order mark is
    dropped). The format is ``format`` if given, else the one whose suffix the
    file name ends with, else the one parser whose ``sniff`` recognises the
    first 4 KiB; otherwise :class:`~exchangekit.plugins.UnknownFormatError` or
    :class:`~exchangekit.plugins.AmbiguousFormatError` lists what is installed.

    With ``errors="raise"`` (the default) malformed input raises
    :class:`~exchangekit.errors.ParseError` naming the source, line and field.
    With ``errors="collect"`` the result is a :class:`ParseResult`: a dataset
    of every valid record, read before and after the bad ones, and the errors.
    Two different records with one id are an error; the later one is dropped.
    While loading, the garbage collector's full passes are paused (it is
    restored as it was, even on error): every record read stays alive, so
    they would only walk them again and again.
    An input that fails while being read (a disk error) raises its ``OSError``
    in either mode, with ``filename`` set to the input's name: it is not a
    parse error, and a parser's own ``OSError`` is not taken for one.

    :param source: A path, a text or binary file object, or ``"-"`` for standard input.
    :param format: The parser's name (``"json"``, ``"news"``); by default chosen
        from the file suffix, else by sniffing the first 4 KiB.
    :param errors: ``"raise"`` to stop at the first bad record, ``"collect"`` to
        keep going and return a :class:`ParseResult`.
    :param encoding: How bytes are decoded; a UTF-8 byte-order mark is dropped.
    :param options: Keyword options for the parser, such as ``published``,
        ``publisher`` and ``url``; one it does not take is a ``TypeError``.
    """
    mode = _check_errors(errors)
    # Ids are unique within each kind of record, as in a Dataset. Each kind has
    # its records, the first record with each id, the line each record starts on
    # (0 for none; an array, so that no object is kept per record), and where
    # each record stands in the list (filled in only when an id is reused).
    kinds: dict[str, _Kind] = {name: _Kind() for _, name in _ORDER}
    by_type = {cls: kinds[name] for cls, name in _ORDER}
    with (
        collector_paused(),
        iter_parse(source, format, errors=mode, encoding=encoding, **options) as stream,
    ):
        for count, record in enumerate(stream, 1):
            if not count % _YOUNG_EVERY:
                gc.collect(1)  # the young garbage only; never the whole heap
            kind = by_type.get(type(record))
            if kind is None:  # a subclass of a record type
                kind = kinds[next(name for cls, name in _ORDER if isinstance(record, cls))]
            seen = kind.seen
            known = len(seen)
            other = seen.setdefault(record.id, record)
            if len(seen) > known:
                kind.records.append(record)
                kind.lines.append(stream.line or 0)
            elif other is not record and other != record:
                other_line = kind.line_of(other)
                first = f" (the first at line {other_line})" if other_line is not None else ""
                error = ParseError(
                    f"id {record.id!r} is used by two different records{first}; "
                    "the later one is left out",
                    source=stream.source,
                    line=stream.line,
                    field="id",
                )
                if mode == "raise":
                    raise error
                stream.errors.append(error)
            # else the same record again, which a Dataset keeps once anyway
        dataset = Dataset(
            exchanges=kinds["exchange"].records,
            claims=kinds["claim"].records,
            provenance=stream.provenance,
            tallies=kinds["tally"].records,
        )
    if mode == "collect":
        return ParseResult(dataset, tuple(stream.errors))
    return dataset


# -- writing ------------------------------------------------------------------------------------


_ORDER: tuple[tuple[type[Record], str], ...] = (
    (Exchange, "exchange"),
    (CasualtyClaim, "claim"),
    (ExchangeTally, "tally"),
)
"""The kinds of record in the order export() writes them, with what one is called."""


def _rank(record: object) -> int | None:
    """Where ``record``'s kind comes in :data:`_ORDER`, or ``None`` if it is not a record."""
    return next((i for i, (cls, _) in enumerate(_ORDER) if isinstance(record, cls)), None)


def _in_order(records: Iterable[object]) -> Iterator[Record]:
    """Pass records through, checking they are records: exchanges, then claims, then tallies."""
    latest: tuple[int, Record] | None = None  # the first record of the latest kind so far
    for record in records:
        rank = _rank(record)
        if rank is None:
            raise TypeError(
                "export() writes a Dataset or an iterable of Exchange, CasualtyClaim and "
                f"ExchangeTally records, and was given a {type(record).__name__} among the records"
            )
        checked = cast(Record, record)
        if latest is None or rank > latest[0]:
            latest = (rank, checked)
        elif rank < latest[0]:
            later_rank, later = latest
            raise ValueError(
                f"{_ORDER[rank][1]} {checked.id!r} comes after {_ORDER[later_rank][1]} "
                f"{later.id!r}; export() needs every exchange before the first claim, and every "
                "claim before the first tally (pass a Dataset to have them ordered for you)"
            )
        yield checked


def _has_buffer(stream: object) -> bool:
    """Whether text stream ``stream`` has the binary stream under it that binary formats need."""
    return getattr(stream, "buffer", None) is not None


def _write_to(
    target: PathOrStream, encoding: str, write: Callable[[TextIO], None], binary: str | None = None
) -> None:
    """Call ``write`` with a text stream onto ``target``; ``binary`` names a bytes format."""
    if isinstance(target, str | os.PathLike) and not (isinstance(target, str) and target == STDIO):
        write_path(target, encoding, write)
        return
    if isinstance(target, str):  # "-"
        if hasattr(sys.stdout, "buffer"):
            sys.stdout.flush()
            text, release = _wrap_binary(sys.stdout.buffer, encoding, write=True)
            try:
                write(text)
            finally:
                release()
        else:
            if binary is not None:
                raise TypeError(
                    f"the {binary} format writes bytes, and standard output is a text stream "
                    "with no binary buffer under it; give a path or a binary file object"
                )
            write(sys.stdout)
            sys.stdout.flush()
        return
    probe: Any = target
    if _is_text(target, lambda: probe.write("")):
        if binary is not None and not _has_buffer(target):
            raise TypeError(
                f"the {binary} format writes bytes, and {_stream_name(target) or 'the target'} "
                "is a text stream with no binary buffer under it; give a path, '-' or a "
                "binary file object"
            )
        text_target: TextIO = target  # type: ignore[assignment]
        write(text_target)
        text_target.flush()
        return
    text, release = _wrap_binary(target, encoding, write=True)
    try:
        write(text)
    finally:
        release()


def export(
    data: Dataset | Iterable[Record],
    target: PathOrStream,
    format: str | None = None,
    *,
    provenance: Iterable[str] | None = None,
    encoding: str = "utf-8",
    **options: Any,
) -> None:
    """Write ``data`` to ``target`` in ``format`` (else the format its suffix names).

    ``data`` is a :class:`~exchangekit.models.Dataset`, or any iterable of
    records with every exchange before the first claim and every claim
    before the first tally (such as an
    :func:`iter_parse` stream, which is then converted without being held in
    memory); ``provenance`` gives an iterable's provenance entries. Writing to
    a regular file or a new path is atomic: the file is written beside the
    target and renamed over it at the end, so a failure (or SIGTERM) leaves any
    old file intact and no partial or temporary file. Any other path that can
    be opened for writing (a device such as ``/dev/null``, a FIFO, a
    descriptor path such as ``/dev/stdout``) is written in place, appending,
    and never replaced. File objects are written to as they are and left open.
    A binary format (one whose ``binary`` is true, such as a zip archive) needs
    a path, ``"-"`` or a binary file object: a text-only stream is a
    ``TypeError``. ``options`` go to the exporter.

    :param data: A dataset, or records with every exchange before the first claim.
    :param target: A path, a text or binary file object, or ``"-"`` for standard output.
    :param format: The exporter's name (``"csv"``); by default chosen from the
        target's file suffix.
    :param provenance: The provenance entries to write with an iterable of
        records (a dataset brings its own).
    :param encoding: How text is encoded when writing bytes.
    :param options: Keyword options for the exporter; one it does not take is a
        ``TypeError``.
    :raises ~exchangekit.errors.ExportError: From the exporter, for a record its
        format cannot hold.
    :raises OSError: When the path cannot be written (a directory, a path ending in
        a slash, a missing or read-only directory), with ``filename`` set to
        ``target`` as given, never to the temporary file.
    """
    if isinstance(target, str | os.PathLike) and not (isinstance(target, str) and target == STDIO):
        target_name, file_name = str(target), Path(target).name
    elif isinstance(target, str):
        target_name, file_name = "<stdout>", None
    else:
        file_name = _stream_name(target)
        target_name = file_name or f"<{type(target).__name__}>"
    codecs.lookup(encoding)
    exporter = _choose_exporter(format, target_name, file_name)
    if isinstance(data, Dataset):
        if provenance is not None:
            raise TypeError("provenance= is for an iterable of records; a Dataset has its own")
        records: Iterable[Record] = itertools.chain(data.exchanges, data.claims, data.tallies)
        entries = data.provenance
    else:
        records = _in_order(data)
        entries = tuple(provenance or ())

    def write(stream: TextIO) -> None:
        exporter.write(records, stream, provenance=entries, **options)

    _write_to(target, encoding, write, exporter.name if exporter.binary is True else None)
