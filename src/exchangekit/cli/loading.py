"""Reading the command line's inputs into one dataset, and writing a dataset out.

All reading goes through :func:`exchangekit.parse` and all writing through
:func:`exchangekit.export`; this module only adds what a command line needs
around them: several inputs merged into one, ``--errors collect`` reported on
stderr, a progress bar for long files, and the bundled example data.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import inspect
import os
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

import attrs

from exchangekit.api import ErrorMode, export, parse
from exchangekit.cli.arguments import UsageError, command_line_words
from exchangekit.cli.progress import CountingReader, progress_for
from exchangekit.cli.terminal import show
from exchangekit.errors import ExchangekitError, ParseError, RecordSkipped, RecordValidationError
from exchangekit.models import Dataset

__all__ = [
    "BUNDLED_LABEL",
    "BUNDLED_RESOURCE",
    "InputError",
    "Loaded",
    "bundled_example",
    "in_command_line_words",
    "load_inputs",
    "write_dataset",
]

BUNDLED_RESOURCE = "data/running-example.json"
"""Where the example data lives inside the installed package."""

BUNDLED_LABEL = "example data bundled with exchangekit (running-example.json)"


class InputError(ExchangekitError):
    """Inputs that are each fine but cannot be used together (exit status 2)."""


@attrs.frozen
class Loaded:
    """The merged dataset of every input, and the errors ``--errors collect`` skipped over."""

    dataset: Dataset
    errors: tuple[ParseError, ...] = ()


def _parser_option_names() -> frozenset[str]:
    """The keyword options the installed parsers' ``parse`` methods declare.

    Asked afresh each time (only when there is something to say), since the
    set of loaded plugins may change within one process.
    """
    from exchangekit.plugins import parsers

    names: set[str] = set()
    for parser in parsers().values():
        try:
            parameters = inspect.signature(parser.parse).parameters.values()
        except (TypeError, ValueError):
            continue
        names.update(p.name for p in parameters if p.kind is p.KEYWORD_ONLY and p.name != "source")
    return frozenset(names)


def in_command_line_words(text: str) -> str:
    """A parser's message with its options spelt as flags: ``--published DATE``, ``-O k=v``."""
    return command_line_words(text, _parser_option_names())


def _reworded(error: ParseError) -> ParseError:
    """``error`` as the command line says it, keeping its class, place and field."""
    message = in_command_line_words(error.message)
    if message == error.message:
        return error
    copy = type(error)(message, source=error.source, line=error.line, field=error.field)
    copy.__cause__ = error
    return copy


@contextlib.contextmanager
def _source(path: str, stderr: TextIO) -> Iterator[Any]:
    """``path`` itself, or a byte counter over it when a progress bar should show."""
    if path == "-":
        yield path
        return
    size = os.stat(path).st_size  # also reports a missing file before any format lookup
    progress = progress_for(stderr, os.path.basename(path), size)
    if progress is None:
        yield path
        return
    try:
        with open(path, "rb") as raw:
            yield CountingReader(raw, progress)
    finally:
        progress.close()


def _parse_one(
    path: str, *, format: str | None, errors: ErrorMode, options: dict[str, Any], stderr: TextIO
) -> tuple[Dataset, tuple[ParseError, ...]]:
    try:
        with _source(path, stderr) as source:
            if errors == "collect":
                dataset, problems = parse(source, format, errors="collect", **options)
                return dataset, tuple(_reworded(p) for p in problems)
            return parse(source, format, **options), ()
    except ParseError as error:
        raise _reworded(error) from error
    except TypeError as exc:
        # Parsers reject options they do not know with a TypeError (see Parser.parse).
        if not options:
            raise
        raise UsageError(f"{path}: {exc}") from exc


def load_inputs(
    paths: Sequence[str],
    *,
    format: str | None,
    errors: ErrorMode,
    options: dict[str, Any],
    stderr: TextIO,
) -> Loaded:
    """Parse every input and merge them into one dataset.

    With ``errors="collect"`` each error is printed to ``stderr`` as soon as
    its input has been read, and reading goes on; the caller decides the exit
    status from :attr:`Loaded.errors`. Two inputs giving one id to different
    records is an :class:`InputError`.
    """
    if list(paths).count("-") > 1:
        raise UsageError("standard input ('-') can be read only once")
    datasets: list[Dataset] = []
    problems: list[ParseError] = []
    for path in paths:
        dataset, found = _parse_one(
            path, format=format, errors=errors, options=options, stderr=stderr
        )
        for error in found:
            kind = "warning" if isinstance(error, RecordSkipped) else "error"
            show(stderr, f"exchangekit: {kind}: {error}\n")
        # A record left out on request is reported, but is not a bad record.
        problems.extend(e for e in found if not isinstance(e, RecordSkipped))
        datasets.append(dataset)
    if not datasets:
        return Loaded(Dataset(), tuple(problems))
    try:
        merged = datasets[0].merge(*datasets[1:])
    except RecordValidationError as exc:
        raise InputError(
            f"{', '.join(paths)}: cannot be read together: {exc.message} (each id must "
            "name one record; identical copies of a record are fine)"
        ) from exc
    return Loaded(merged, tuple(problems))


def bundled_example() -> Dataset:
    """The running example shipped inside the package (see ``examples/make_bundled_example.py``)."""
    resource = importlib.resources.files("exchangekit").joinpath(BUNDLED_RESOURCE)
    with resource.open("rb") as stream:
        return parse(stream, "json")


def write_dataset(
    dataset: Dataset,
    target: str,
    *,
    format: str | None,
    options: dict[str, Any],
    stdout: TextIO,
) -> None:
    """Write ``dataset`` to ``target`` as :func:`exchangekit.export` does; ``-`` is ``stdout``.

    A regular file is replaced atomically; a device, a FIFO or ``/dev/stdout``
    is written in place, after whatever ``stdout`` has buffered.
    """
    if target == "-" and format is None:
        raise UsageError("writing to standard output ('-') needs --to FORMAT")
    stdout.flush()  # so text printed before goes first when target reaches stdout's file
    try:
        export(dataset, stdout if target == "-" else target, format, **options)
    except TypeError as exc:
        if not options:
            raise
        raise UsageError(f"the exporter does not accept these options: {exc}") from exc
