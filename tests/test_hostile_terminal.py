"""Hostile text in everything the command line prints for people: shown, never obeyed.

A terminal obeys escape sequences (set the title, clear the screen, move the
cursor, rewrite what is on it) and bidi controls reorder what it shows. Text
from records reaches the terminal in reports, listings, findings, warnings
and error messages; every control character in it must arrive escaped
(``\\x1b``, ``\\u202e``) while ordinary text, accents and scripts stay as
they are.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import hypothesis.strategies as st
import pyte
import pytest
from hypothesis import given, settings

from exchangekit import plugins
from exchangekit.api import export
from exchangekit.cli import main
from exchangekit.cli.terminal import UNSAFE, for_terminal
from exchangekit.formats import Item, Parser
from exchangekit.hookspecs import hookimpl
from exchangekit.profiles import scaled_examples
from exchangekit.strategies import HOSTILE_ALPHABETS, hostile_text

from .conftest import dataset_named

INJECTED = "News\x1b]0;pwned\x07\x1b[2J"
"""Sets the terminal's title and clears the screen when printed raw (issue 13, break 9)."""

SHOWN = "News\\x1b]0;pwned\\x07\\x1b[2J"
"""How :data:`INJECTED` must appear instead."""


def assert_no_controls(text: str) -> None:
    """No control character in ``text`` but the line feeds that end its lines."""
    bad = sorted({c for c in text if c != "\n" and (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0)})
    assert not bad, f"raw control characters reached the terminal: {bad!r}"


@pytest.mark.parametrize("command", ["report", "compare", "tallies"])
def test_an_escape_sequence_in_a_name_is_shown_escaped(
    command: str, named_dataset: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = named_dataset(INJECTED)
    assert main([command, str(path), "--width", "1000"]) == 0
    out, err = capsys.readouterr()
    assert_no_controls(out + err)
    assert SHOWN in out


def test_an_escape_sequence_in_a_name_is_shown_escaped_as_a_program(
    named_dataset: Callable[[str], Path],
) -> None:
    path = named_dataset(INJECTED)
    done = subprocess.run(
        [sys.executable, "-m", "exchangekit", "report", str(path)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert_no_controls(out + done.stderr.decode("utf-8"))
    assert SHOWN in out


# -- what a terminal makes of it ---------------------------------------------------------------


def terminal_view(text: str) -> pyte.Screen:
    """``text`` as a terminal shows it (line feeds sent as CR LF, as a tty does), never wrapped."""
    columns = 2 * max(map(len, text.split("\n"))) + 10
    screen = pyte.Screen(columns, text.count("\n") + 2)
    pyte.Stream(screen).feed(text.replace("\n", "\r\n"))
    return screen


def test_the_injected_name_would_have_taken_the_terminal_over() -> None:
    """The emulator is a real consumer: raw, the name sets the title and wipes the line."""
    screen = terminal_view("before " + INJECTED)
    assert screen.title == "pwned"
    assert "before" not in screen.display[0]


@given(hostile_text(alphabets=[*HOSTILE_ALPHABETS]))
def test_escaped_text_is_shown_exactly_as_written_and_obeyed_in_nothing(text: str) -> None:
    shown = for_terminal(text, line_feeds=False)
    assert not UNSAFE.search(shown)
    assert "\n" not in shown
    screen = terminal_view(shown)
    assert screen.title == ""
    assert screen.display[0].rstrip(" ") == shown.rstrip(" ")
    assert screen.cursor.y == 0


@given(st.text(st.characters(exclude_categories=["Cc", "Cs", "Zl", "Zp", "Cf"])))
def test_ordinary_text_is_left_exactly_as_it_is(text: str) -> None:
    assert for_terminal(text) == text


@given(hostile_text(alphabets=[*HOSTILE_ALPHABETS]))
def test_escaping_twice_changes_nothing_more(text: str) -> None:
    once = for_terminal(text)
    assert for_terminal(once) == once


# -- every command, on hostile names -----------------------------------------------------------

NAMES = hostile_text(min_size=1).filter(str.strip)


def run_quietly(*argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; return its status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=scaled_examples(25))
@given(name=NAMES, command=st.sampled_from(["report", "compare", "tallies", "totals", "merge"]))
def test_no_command_lets_a_record_drive_the_terminal(name: str, command: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "named.json")
        export(dataset_named(name), path, "json")
        extra = ["-o", str(Path(folder, "merged.json"))] if command == "merge" else []
        extra += ["--width", "100000"] if command != "merge" else []
        code, out, err = run_quietly(command, str(path), *extra)
    assert code == 0, err
    assert_no_controls(out + err)
    assert not UNSAFE.search(out + err)
    assert terminal_view(out + err).title == ""
    if command == "report":
        assert f"source: {for_terminal(name, line_feeds=False)}" in out


def test_ordinary_names_are_printed_untouched(named_dataset: Callable[[str], Path]) -> None:
    name = "Українська правда — «Новини» “quoted” é 新闻"
    code, out, _ = run_quietly("report", str(named_dataset(name)))
    assert code == 0
    assert f"source: {name}" in out


def test_the_json_output_is_the_same_data_and_inert(named_dataset: Callable[[str], Path]) -> None:
    name = INJECTED + "\x9b2J\u202eevil\x7f"
    code, out, _ = run_quietly("report", str(named_dataset(name)), "--format", "json")
    assert code == 0
    assert not UNSAFE.search(out.replace("\n", ""))
    names = {s["name"] for e in json.loads(out)["exchanges"] for s in e["sources"]}
    assert names == {name}


def test_collected_errors_quoting_record_text_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    lines = ['{"type": "exch\\u001b]0;pwned\\u0007ange"}', '{"type": "claim", "id": "\\u202e"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run_quietly("report", str(path), "--errors", "collect")
    assert code == 2
    assert err.count("exchangekit: error:") == 2
    assert_no_controls(err)
    assert not UNSAFE.search(err.replace("\n", ""))


def test_an_error_naming_a_hostile_file_name_is_escaped(tmp_path: Path) -> None:
    code, _, err = run_quietly("report", str(tmp_path / f"{INJECTED}.json"))
    assert code == 2
    assert err.startswith("exchangekit: error:")
    assert f"{SHOWN}.json" in err
    assert_no_controls(err)


class Exploding:
    """A plugin whose hook fails with a message that is an escape sequence."""

    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        """Fails."""
        raise RuntimeError(INJECTED)


def test_a_plugin_warning_quoting_its_error_is_escaped(
    named_dataset: Callable[[str], Path],
) -> None:
    path = named_dataset("News")
    plugin = Exploding()
    plugins.reset()
    plugins.pm.register(plugin, name="exploding")
    try:
        code, _, err = run_quietly("report", str(path))
    finally:
        plugins.pm.unregister(plugin)
        plugins.reset()
    assert code == 0
    assert "exchangekit: warning:" in err
    assert SHOWN in err
    assert_no_controls(err)


class Hostile(Parser):
    """A parser whose description carries a terminal escape sequence."""

    name = "hostile-description"
    description = "reads nothing \x1b]0;pwned\x07\x1b[2J\u202e"
    suffixes = (".hostile",)

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        """Nothing."""
        return iter(())


class HostilePlugin:
    """Provides :class:`Hostile`."""

    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        """The hostile parser."""
        return [Hostile]


@pytest.mark.parametrize("command", ["formats", "plugins"])
def test_a_plugins_descriptions_are_escaped_in_listings(command: str) -> None:
    plugin = HostilePlugin()
    plugins.pm.register(plugin, name="hostile-description")
    try:
        code, out, err = run_quietly(command)
    finally:
        plugins.pm.unregister(plugin)
    assert code == 0
    assert_no_controls(out + err)
    if command == "formats":
        assert "reads nothing \\x1b]0;pwned\\x07\\x1b[2J\\u202e" in out
