"""Tests that exchangekit's own entry-point reader finds what importlib.metadata finds."""

from __future__ import annotations

import contextlib
import importlib.machinery
import importlib.metadata
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import _discovery, plugins

Row = tuple[str, str, str, str | None, str | None]


@contextlib.contextmanager
def _standard_finders() -> Iterator[None]:
    """``sys.meta_path`` as a plain interpreter has it, for the length of the block.

    Some packages (the ``importlib_metadata`` backport) add a finder of their own
    when imported and take the standard one's ``find_distributions`` away; the
    generated installations compare the two readers on the standard finder alone.
    """
    kept = [
        finder
        for finder in sys.meta_path
        if getattr(finder, "find_distributions", None) is None
        or finder is importlib.machinery.PathFinder
    ]
    standard = importlib.machinery.PathFinder
    with contextlib.ExitStack() as stack:
        stack.enter_context(mock.patch.object(sys, "meta_path", kept))
        if getattr(standard, "find_distributions", None) is None:
            stack.enter_context(
                mock.patch.object(
                    standard,
                    "find_distributions",
                    staticmethod(importlib.metadata.MetadataPathFinder.find_distributions),
                    create=True,
                )
            )
        yield


def _rows(found: object) -> list[Row]:
    """Each entry point as plain values, in order, so two readers can be compared."""
    rows: list[Row] = []
    for ep in found:  # type: ignore[attr-defined]
        dist = ep.dist
        rows.append(
            (
                ep.name,
                ep.value,
                ep.group,
                None if dist is None else dist.name,
                None if dist is None else dist.version,
            )
        )
    return rows


def _scan_or_skip(group: str) -> list[_discovery.EntryPoint]:
    """The shortcut's answer, or a skip where this installation sends it to importlib.

    It reads on the standard finder alone, as a plain interpreter would, so that a
    backport imported earlier in the test session (dask imports one) does not hide it.
    """
    try:
        with _standard_finders():
            return _discovery.scan(group)
    except _discovery._Unusual as why:  # covered by the generated installations below
        pytest.skip(f"this installation is read through importlib.metadata: {why}")


@pytest.mark.parametrize("group", ["exchangekit", "console_scripts", "pytest11", "hypothesis"])
def test_the_installed_entry_points_are_read_as_importlib_metadata_reads_them(group: str) -> None:
    expected = _rows(importlib.metadata.entry_points(group=group))
    assert _rows(_discovery.entry_points(group)) == expected
    assert _rows(_scan_or_skip(group)) == expected


def test_plugin_discovery_uses_the_reader_and_loads_the_same_objects() -> None:
    found = _scan_or_skip("exchangekit")
    assert [ep.name for ep in found] == [ep.name for ep in plugins._entry_points()]
    reference = {ep.name: ep for ep in importlib.metadata.entry_points(group="exchangekit")}
    assert found
    for ep in found:
        assert ep.load() is reference[ep.name].load()


# -- generated installations --------------------------------------------------------------

_names = st.sampled_from(["Foo", "foo", "foo_bar", "Foo-Bar", "foo.bar", "QUX-thing"])
_versions = st.sampled_from(["1.0", "2.0.1", "0.1.dev3", "10"])
_suffixes = st.sampled_from([".dist-info", ".egg-info"])
_space = st.sampled_from(["", " ", "  ", "\t"])
_groups = st.sampled_from(["exchangekit", "other", "exchangekit.extra"])
_targets = st.sampled_from(["pkg.hooks", "pkg.hooks:plugin", "pkg:a.b", "pkg.mod [extra]", "x"])


@st.composite
def _entry_points_text(draw: st.DrawFn) -> str:
    lines: list[str] = []
    groups = draw(st.lists(_groups, max_size=2))
    for group in draw(st.permutations(["exchangekit", *groups])):
        lines.append(f"{draw(_space)}[{group}]{draw(_space)}")
        for _ in range(draw(st.integers(0, 3))):
            if draw(st.booleans()):
                lines.append(draw(st.sampled_from(["", "# a comment", "   "])))
            name = draw(st.sampled_from(["json", "csv", "a-b", "x.y"]))
            target = draw(_targets)
            lines.append(f"{draw(_space)}{name}{draw(_space)}={draw(_space)}{target}{draw(_space)}")
    return draw(st.sampled_from(["\n", "\r\n"])).join(lines)


@st.composite
def _metadata_text(draw: st.DrawFn, name: str, version: str) -> str:
    headers = [
        ("Metadata-Version", "2.1"),
        (draw(st.sampled_from(["Name", "name", "NAME"])), name),
        (draw(st.sampled_from(["Version", "version"])), version),
        ("Summary", "something"),
    ]
    headers = draw(st.permutations(headers))
    if draw(st.booleans()):  # a second header of a name: the first one counts
        headers.append((draw(st.sampled_from(["Name", "Version"])), "second"))
    text = "".join(f"{key}:{draw(_space)}{value}{draw(_space)}\n" for key, value in headers)
    if draw(st.booleans()):
        text += "\nA description, which is the body, with Name: not-this\n"
    return text


@st.composite
def _installation(draw: st.DrawFn) -> list[list[tuple[str, str | None, str]]]:
    """Folders of (folder name, entry_points.txt or None, METADATA)."""
    roots = []
    for _ in range(draw(st.integers(1, 3))):
        folder: list[tuple[str, str | None, str]] = []
        used: set[str] = set()
        for _ in range(draw(st.integers(0, 4))):
            name, version = draw(_names), draw(_versions)
            suffix = draw(_suffixes)
            if draw(st.booleans()):
                suffix = suffix.upper()
            stem = f"{name}-{version}" if draw(st.booleans()) else name
            entry = f"{stem}{suffix}"
            if entry.lower() in used:  # one file system entry per name, whatever the case
                continue
            used.add(entry.lower())
            text = draw(st.none() | _entry_points_text() | _entry_points_text())
            folder.append((entry, text, draw(_metadata_text(name, version))))
        roots.append(folder)
    return roots


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_installation(), st.sampled_from(["exchangekit", "exchangekit", "other"]))
def test_generated_installations_are_read_as_importlib_metadata_reads_them(
    installation: list[list[tuple[str, str | None, str]]], group: str
) -> None:
    with tempfile.TemporaryDirectory() as top:
        roots = []
        for index, folder in enumerate(installation):
            root = Path(top, f"site{index}")
            root.mkdir()
            for entry, entry_points, metadata in folder:
                info = root / entry
                info.mkdir()
                (info / "METADATA").write_text(metadata, encoding="utf-8", newline="")
                if entry_points is not None:
                    (info / "entry_points.txt").write_text(
                        entry_points, encoding="utf-8", newline=""
                    )
            roots.append(str(root))
        roots.append(os.path.join(top, "missing"))
        with mock.patch.object(sys, "path", roots), _standard_finders():
            expected = _rows(importlib.metadata.entry_points(group=group))
            try:
                fast = _rows(_discovery.scan(group))
            except _discovery._Unusual:
                # Only a suffix in capitals makes importlib.metadata read a name to place a folder.
                assert any(
                    entry != entry.lower()
                    and entry.lower().endswith((".dist-info", ".egg-info"))
                    and not entry.endswith((".dist-info", ".egg-info"))
                    for folder in installation
                    for entry, _, _ in folder
                )
            else:
                assert fast == expected
            assert _rows(_discovery.entry_points(group)) == expected


def _one_distribution(top: str, metadata: str, entry_points: str) -> None:
    info = Path(top, "thing-1.0.dist-info")
    info.mkdir()
    (info / "METADATA").write_text(metadata, encoding="utf-8")
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


@pytest.mark.parametrize(
    ("metadata", "entry_points"),
    [
        ("Name: thing\nVersion: 1.0\n", "[exchangekit]\nbroken line without equals\n"),
        ("Name: thing\nVersion:\n 1.0 folded\n", "[exchangekit]\nx = thing.hooks\n"),
        ("Name: thing\n", "[exchangekit]\nx = thing.hooks\n"),
        ("Name: thing\nVersion: 1.0\n", "[exchangekit]\nx = not a reference!\n"),
    ],
)
def test_what_the_reader_does_not_read_exactly_goes_to_importlib_metadata(
    metadata: str, entry_points: str, tmp_path: Path
) -> None:
    _one_distribution(str(tmp_path), metadata, entry_points)
    with mock.patch.object(sys, "path", [str(tmp_path)]), _standard_finders():
        try:
            expected: object = _rows(importlib.metadata.entry_points(group="exchangekit"))
        except Exception as exc:  # importlib.metadata's own failure must be the same
            expected = type(exc)
        try:
            got: object = _rows(_discovery.entry_points("exchangekit"))
        except Exception as exc:
            got = type(exc)
        assert got == expected


def test_a_zip_file_on_the_path_is_left_to_importlib_metadata(tmp_path: Path) -> None:
    archive = tmp_path / "bundle.zip"
    archive.write_bytes(b"not really a zip")
    with (
        mock.patch.object(sys, "path", [str(archive)]),
        _standard_finders(),
        pytest.raises(_discovery._Unusual, match=r"bundle\.zip"),
    ):
        _discovery.scan("exchangekit")


def test_a_finder_that_provides_distributions_is_left_to_importlib_metadata() -> None:
    class Finder:
        def find_spec(self, *args: object) -> None:
            return None

        def find_distributions(self, *args: object) -> list[object]:
            return []

    with mock.patch.object(sys, "meta_path", [Finder(), *sys.meta_path]):
        with pytest.raises(_discovery._Unusual):
            _discovery.scan("exchangekit")
        assert _rows(_discovery.entry_points("exchangekit")) == _rows(
            importlib.metadata.entry_points(group="exchangekit")
        )


def test_a_standard_finder_without_distributions_is_left_to_importlib_metadata() -> None:
    # What importing the importlib_metadata backport does to the standard finder.
    finder = importlib.machinery.PathFinder
    with (
        mock.patch.object(finder, "find_distributions", None, create=True),
        pytest.raises(_discovery._Unusual),
    ):
        _discovery.scan("exchangekit")
