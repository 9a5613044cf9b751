"""Writing text to a path: atomically for a regular file or a new one, in place for anything else.

A regular file, or a path that does not exist yet, is written under a hidden
temporary name in the same directory and renamed over the target at the end,
so the target holds all of the old text or all of the new, never half. Renaming
over a device (``/dev/null``), a FIFO, a terminal or a descriptor path such as
``/dev/stdout`` would replace it with a regular file, so those are opened and
written in place. Every failure is an :class:`OSError` whose ``filename`` is the
target as the caller spelt it, never the temporary file, and SIGTERM or SIGHUP
during an atomic write removes the temporary file before the process ends.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO, TypeAlias

__all__ = ["write_path"]

_SEPARATORS = tuple(sep for sep in (os.sep, os.altsep) if sep)
_DESCRIPTOR_DIRECTORY = re.compile(r"/dev/fd|/proc/[^/]+(?:/task/[^/]+)?/fd")
"""Directories whose entries stand for a process's open descriptors rather than files."""
_MAX_LINKS = 40
"""How many symbolic links are followed when looking for a descriptor path, as Linux does."""
_TERMINATING = ("SIGTERM", "SIGHUP")
"""Signals whose default action ends the process without running ``finally`` blocks
(those the platform has); :mod:`signal` is imported only when a file is written."""


def write_path(
    target: str | os.PathLike[str], encoding: str, write: Callable[[TextIO], None]
) -> None:
    """Call ``write`` with a text stream onto the file ``target``, choosing how to write it.

    :raises OSError: With ``filename`` set to ``target``, when it cannot be written;
        the message says what stood in the way (a directory, a missing parent,
        a directory where no file can be created).
    """
    name = os.fspath(target)
    if not name:
        raise OSError(errno.ENOENT, "an empty path names no file", name)
    if name.endswith(_SEPARATORS):
        raise OSError(
            errno.EISDIR,
            "ends with a slash, so it names a directory; give the path of a file to write",
            name,
        )
    try:
        info: os.stat_result | None = os.stat(name)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _naming(exc, name, _why_not_writable(exc, name)) from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OSError(errno.EISDIR, "is a directory; give the path of a file to write", name)
    if info is None or (stat.S_ISREG(info.st_mode) and not _through_descriptor(name)):
        _write_atomically(name, encoding, write)
    else:
        _write_in_place(name, encoding, write)


def _through_descriptor(name: str) -> bool:
    """Whether ``name`` reaches its file through a process's open descriptor.

    ``/dev/stdout``, ``/dev/fd/1`` and ``/proc/self/fd/1`` name whatever the
    descriptor is open on; when that is a regular file (``> out.csv`` in a shell),
    renaming a new file over its path would leave the descriptor's holder
    writing to the old one, so such a path is written in place.
    """
    path = os.path.abspath(name)
    for _ in range(_MAX_LINKS):
        if _DESCRIPTOR_DIRECTORY.fullmatch(os.path.realpath(os.path.dirname(path))):
            return True
        if not os.path.islink(path):
            return False
        path = os.path.normpath(os.path.join(os.path.dirname(path), os.readlink(path)))
    return False


def _write_in_place(name: str, encoding: str, write: Callable[[TextIO], None]) -> None:
    """Open ``name`` as it is (never creating or truncating it) and write to it."""
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(name, flags)
        with open(descriptor, "w", encoding=encoding, newline="") as stream:
            write(stream)
    except OSError as exc:
        raise _naming(exc, name) from exc


def _write_atomically(name: str, encoding: str, write: Callable[[TextIO], None]) -> None:
    """Write beside ``name`` and rename over it at the end: all of the new file, or none."""
    real = os.path.realpath(name)
    directory, base = os.path.split(real)
    import secrets  # only when a file is written

    temporary = os.path.join(directory, f".{base}.{secrets.token_hex(6)}.tmp")
    with _cleanup_before_termination():
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as exc:
            raise _naming(exc, name, _why_not_writable(exc, name)) from exc
        except BaseException:  # a signal, the moment after the file was made
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        try:
            with open(descriptor, "w", encoding=encoding, newline="") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            with contextlib.suppress(FileNotFoundError):
                os.chmod(temporary, stat.S_IMODE(os.stat(real).st_mode))
            os.replace(temporary, real)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            if isinstance(exc, OSError) and exc.filename in (None, temporary, real):
                raise _naming(exc, name) from exc
            raise


def _why_not_writable(exc: OSError, name: str) -> str:
    """Why ``name`` or a file beside it cannot be made, in words that name its directory."""
    directory = os.path.dirname(name) or os.curdir
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOENT and not os.path.isdir(directory):
        return f"{reason} (the directory {directory} does not exist)"
    if exc.errno == errno.ENOTDIR:
        return f"{reason} (a part of {directory} is a file, not a directory)"
    if exc.errno in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"cannot create a file in the directory {directory} ({reason}); "
            "exchangekit writes a new file there and renames it over the target"
        )
    return reason


def _naming(exc: OSError, name: str, reason: str | None = None) -> OSError:
    """``exc`` again (same errno, so the same subclass) with ``name`` as its file."""
    if exc.errno is None:
        return exc
    return OSError(exc.errno, reason or exc.strerror or str(exc), name)


if TYPE_CHECKING:
    import signal

    _Handler: TypeAlias = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None
    """What :func:`signal.signal` returns: the handler it replaced."""


class _Terminated(BaseException):
    """Raised by the signal handler so that cleanup runs before the process ends."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise _Terminated(signum)


@contextlib.contextmanager
def _cleanup_before_termination() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP unwind it first, then end the process as usual.

    Only signals left at their default action are caught (and only in the main
    thread, where Python runs handlers), so a program's own handlers are kept.
    """
    import signal

    previous: dict[int, _Handler] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (getattr(signal, name) for name in _TERMINATING if hasattr(signal, name)):
            if signal.getsignal(signum) is signal.SIG_DFL:
                previous[signum] = signal.signal(signum, _raise_terminated)
    try:
        yield
    except _Terminated as exc:
        _restore(previous)
        signal.raise_signal(exc.signum)
        raise SystemExit(128 + exc.signum) from None  # only if something now handles it
    finally:
        _restore(previous)


def _restore(previous: dict[int, _Handler]) -> None:
    import signal

    while previous:
        signum, handler = previous.popitem()
        signal.signal(signum, handler)
