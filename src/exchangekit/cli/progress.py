"""A minimal progress bar on stderr for long inputs, shown only when stderr is a terminal."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable
from typing import BinaryIO, TextIO

from exchangekit.cli.terminal import for_terminal

__all__ = ["LONG_INPUT_BYTES", "CountingReader", "Progress", "progress_for"]

LONG_INPUT_BYTES = 1 << 20
"""Inputs smaller than this (1 MiB) are read without a progress bar."""

_WIDTH = 24


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.0f} kB"


class Progress:
    """Redraws one line ``reading NAME [#####.......]  42%  1.3 of 3.1 MB`` in place.

    Redraws are at least ``interval`` seconds apart, so drawing never slows
    reading down; :meth:`close` erases the line so later messages start clean.
    """

    def __init__(
        self,
        stream: TextIO,
        label: str,
        total: int,
        *,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._label = for_terminal(label)
        self._total = max(total, 1)
        self._interval = interval
        self._clock = clock
        self._last: float | None = None
        self._drawn = 0
        self.done = 0
        """Bytes read so far."""

    def advance(self, nbytes: int) -> None:
        """Count ``nbytes`` more bytes read, redrawing the line if it is time to."""
        self.done += nbytes
        now = self._clock()
        if self._last is None or now - self._last >= self._interval:
            self._last = now
            self._draw(self.line())

    def line(self) -> str:
        """The text of the progress line as it stands."""
        fraction = min(self.done / self._total, 1.0)
        filled = round(fraction * _WIDTH)
        bar = "#" * filled + "." * (_WIDTH - filled)
        return (
            f"reading {self._label} [{bar}] {fraction:4.0%}  "
            f"{_size(self.done)} of {_size(self._total)}"
        )

    def close(self) -> None:
        """Erase the line, if one was drawn."""
        if self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
            self._drawn = 0

    def _draw(self, line: str) -> None:
        padding = " " * max(self._drawn - len(line), 0)
        self._stream.write("\r" + line + padding)
        self._stream.flush()
        self._drawn = len(line)


class CountingReader(io.RawIOBase):
    """A binary file that tells a :class:`Progress` how many bytes each read took.

    It keeps the wrapped file's ``name``, so format detection by suffix and
    error messages see the same file name as when reading the path directly.
    """

    def __init__(self, raw: BinaryIO, progress: Progress) -> None:
        super().__init__()
        self._raw = raw
        self._progress = progress
        self.name = raw.name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self._progress.advance(len(data))
        return len(data)


def progress_for(
    stream: TextIO, label: str, size: int, *, threshold: int | None = None
) -> Progress | None:
    """A :class:`Progress` for an input of ``size`` bytes, or ``None`` when none should show.

    None when ``stream`` is not a terminal (a pipe, a file, a test's capture),
    when the input is below ``threshold`` (default :data:`LONG_INPUT_BYTES`),
    or when ``TERM`` is ``dumb``.
    """
    if threshold is None:
        threshold = LONG_INPUT_BYTES
    if size < threshold or os.environ.get("TERM") == "dumb":
        return None
    isatty = getattr(stream, "isatty", None)
    if isatty is None or not isatty():
        return None
    return Progress(stream, label, size)
