"""Finding the ``exchangekit`` entry points without importing :mod:`importlib.metadata`.

Importing :mod:`importlib.metadata` pulls in ``email``, ``zipfile``, ``csv``
and more, and reading a distribution's name through it parses the whole
``METADATA`` file as an e-mail, twice; together that took about as long as
importing every installed plugin. In the usual layout (plain directories on
``sys.path`` holding ``*.dist-info`` and ``*.egg-info`` folders, the standard
path finder providing the distributions, and no other finder that does) this
module reads
``entry_points.txt`` and the ``Name`` and ``Version`` headers itself, in the
order and with the precedence :func:`importlib.metadata.entry_points` uses.
Anything else (a zip file or an egg on ``sys.path``, a file name or a line it
does not read the same way for certain) makes it hand the whole question to
:mod:`importlib.metadata`, so the answer is the same either way; a test holds
the two to each other.
"""

from __future__ import annotations

import functools
import importlib
import importlib.machinery
import os
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

__all__ = [
    "Distribution",
    "DistributionLike",
    "EntryPoint",
    "EntryPointLike",
    "entry_points",
    "scan",
]

_INFO_SUFFIXES = (".dist-info", ".egg-info")
_NAME_RUN = re.compile(r"[-_.]+")
# The same pattern as importlib.metadata.EntryPoint.pattern.
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])?\s*)?$")
# A header line as the e-mail parser reads one: a non-empty name of printable ASCII
# characters other than the colon, then a colon.
_HEADER = re.compile(r"([\041-\071\073-\176]+):")
# _read leaves no "\r"; these are the other line breaks str.splitlines knows, which some
# versions of the e-mail parser also split at: a header holding one is left to importlib.
_ODD_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_QUIET_ERRORS = (
    FileNotFoundError,
    IsADirectoryError,
    KeyError,
    NotADirectoryError,
    PermissionError,
)


class _Unusual(Exception):
    """Something this module does not read exactly as importlib.metadata would."""


class DistributionLike(Protocol):
    """What plugin discovery reads of a distribution: its name and version."""

    @property
    def name(self) -> str:
        """The ``Name`` header of the distribution's metadata."""

    @property
    def version(self) -> str:
        """The ``Version`` header of the distribution's metadata."""


class EntryPointLike(Protocol):
    """What plugin discovery reads of an entry point (importlib.metadata's fit as well)."""

    @property
    def name(self) -> str:
        """The entry point's name (left of ``=``)."""

    @property
    def value(self) -> str:
        """What it points at: ``module`` or ``module:attribute``."""

    @property
    def dist(self) -> DistributionLike | None:
        """The distribution that declares it."""

    def load(self) -> Any:
        """Import the module and return the object the value names."""


def _read(path: str) -> str | None:
    """A metadata file's text, or ``None`` where importlib.metadata reads none.

    Read as bytes through :func:`os.open` (most distributions have no
    ``entry_points.txt``, and a text file object costs more to fail); the
    line ends are then translated as a text file read would.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            data = b"".join(iter(functools.partial(os.read, descriptor, 1 << 16), b""))
        finally:
            os.close(descriptor)
        text = data.decode("utf-8")
    except _QUIET_ERRORS:
        return None
    except (OSError, ValueError) as exc:  # importlib.metadata would raise it: let it
        raise _Unusual from exc
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _normalize(name: str) -> str:
    """``importlib.metadata.Prepared.normalize``: PEP 503 with underscores."""
    return _NAME_RUN.sub("-", name).lower().replace("-", "_")


class Distribution:
    """One installed distribution found on ``sys.path``: its name and version, read once."""

    __slots__ = ("_headers", "_path")

    def __init__(self, path: str) -> None:
        self._path = path
        self._headers: tuple[str, str] | None = None

    @property
    def name(self) -> str:
        """The ``Name`` header of its metadata, as ``importlib.metadata`` gives it."""
        return self._read_headers()[0]

    @property
    def version(self) -> str:
        """The ``Version`` header of its metadata, as ``importlib.metadata`` gives it."""
        return self._read_headers()[1]

    def _read_headers(self) -> tuple[str, str]:
        if self._headers is None:
            try:
                self._headers = _name_and_version(self._path)
            except _Unusual:
                self._headers = _name_and_version_by_importlib(self._path)
        return self._headers

    def __repr__(self) -> str:
        return f"Distribution({self._path!r})"


def _name_and_version(path: str) -> tuple[str, str]:
    """The first ``Name`` and ``Version`` headers of METADATA (or PKG-INFO).

    Only plain ``Key: value`` lines are read; a folded line, a ``From`` line or
    a line that is not a header before the blank line raises ``_Unusual``.
    """
    text = _read(os.path.join(path, "METADATA"))
    if not text:
        text = _read(os.path.join(path, "PKG-INFO"))
    if not text:
        raise _Unusual(path)
    found: dict[str, str] = {}
    for line in text.split("\n"):
        if not line:
            break
        if line[0] in " \t" or line.startswith("From ") or _ODD_BREAKS.search(line):
            raise _Unusual(path)
        header = _HEADER.match(line)
        if header is None:
            raise _Unusual(path)
        key = header.group(1).lower()
        if key in ("name", "version") and key not in found:
            found[key] = line[header.end() :].lstrip(" \t")
    if "name" not in found or "version" not in found:
        raise _Unusual(path)
    return found["name"], found["version"]


def _name_and_version_by_importlib(path: str) -> tuple[str, str]:
    import importlib.metadata
    import pathlib

    dist = importlib.metadata.PathDistribution(pathlib.Path(path))
    return dist.name, dist.version


class EntryPoint:
    """One entry point read from an ``entry_points.txt``; loads like importlib.metadata's."""

    __slots__ = ("dist", "group", "name", "value")

    def __init__(self, name: str, value: str, group: str, dist: Distribution) -> None:
        self.name = name
        self.value = value
        self.group = group
        self.dist = dist

    def load(self) -> Any:
        """Import the module the value names and return the attribute it names, if any."""
        match = _VALUE.match(self.value)
        if match is None:  # refused while scanning; kept for a hand-made EntryPoint
            raise ValueError(f"{self.value!r} is not an entry-point reference")
        module = importlib.import_module(match.group("module"))
        names = filter(None, (match.group("attr") or "").split("."))
        return functools.reduce(getattr, names, module)

    def __repr__(self) -> str:
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"


def entry_points(group: str) -> list[EntryPointLike]:
    """Every installed entry point of ``group``, as ``importlib.metadata.entry_points`` lists them.

    Read straight from the distributions' folders when the layout allows it,
    else through :mod:`importlib.metadata`.
    """
    try:
        return list(scan(group))
    except _Unusual:
        import importlib.metadata

        return list(importlib.metadata.entry_points(group=group))


def scan(group: str, path: Sequence[object] | None = None) -> list[EntryPoint]:
    """The entry points of ``group`` found on ``path`` (``sys.path`` by default).

    Raises ``_Unusual`` when the answer might differ from importlib.metadata's,
    for :func:`entry_points` to ask it instead.
    """
    standard = importlib.machinery.PathFinder
    if standard not in sys.meta_path or getattr(standard, "find_distributions", None) is None:
        # The importlib_metadata backport, for one, takes this over when imported.
        raise _Unusual("the standard path finder does not provide the distributions")
    for finder in sys.meta_path:
        if getattr(finder, "find_distributions", None) is not None and finder is not standard:
            raise _Unusual(f"{finder!r} provides distributions")
    found: list[EntryPoint] = []
    seen: set[str] = set()
    for folder in _distribution_folders(sys.path if path is None else path):
        stem, ext = os.path.splitext(os.path.basename(folder))
        if ext not in _INFO_SUFFIXES:
            raise _Unusual(folder)  # importlib.metadata would read its Name to place it
        key = _normalize(stem.partition("-")[0])
        if not key:
            raise _Unusual(folder)
        if key in seen:  # an earlier distribution of that name shadows this one
            continue
        seen.add(key)
        text = _read(os.path.join(folder, "entry_points.txt"))
        if text:
            found.extend(_entry_points_of(text, group, Distribution(folder)))
    return found


def _distribution_folders(path: Iterable[object]) -> Iterable[str]:
    """Every ``*.dist-info`` and ``*.egg-info`` entry, in importlib.metadata's order."""
    for root in path:
        if not isinstance(root, str):
            raise _Unusual(repr(root))
        where = root or "."
        try:
            children = os.listdir(where)
        except OSError as exc:
            if os.path.exists(where):  # a zip file, say: importlib.metadata reads those
                raise _Unusual(root) from exc
            continue
        base_is_egg = os.path.basename(root).lower().endswith(".egg")
        by_name: dict[str, list[str]] = {}
        for child in children:
            low = child.lower()
            if low.endswith(_INFO_SUFFIXES):
                name = _normalize(low.rpartition(".")[0].partition("-")[0])
                by_name.setdefault(name, []).append(os.path.join(root, child))
            elif base_is_egg and low == "egg-info":
                raise _Unusual(root)
        for folders in by_name.values():
            yield from folders


def _entry_points_of(text: str, group: str, dist: Distribution) -> Iterable[EntryPoint]:
    """The entry points of ``group`` in one ``entry_points.txt``, read as importlib does."""
    section: str | None = None
    found: list[EntryPoint] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if section is None:
            continue
        parts = line.split("=", 1)
        if len(parts) != 2:
            raise _Unusual(line)  # importlib.metadata fails on it, in whichever group
        if section != group:
            continue
        name, value = parts[0].strip(), parts[1].strip()
        if _VALUE.match(value) is None:
            raise _Unusual(value)  # let importlib.metadata's EntryPoint fail as it does
        found.append(EntryPoint(name, value, section, dist))
    return found
