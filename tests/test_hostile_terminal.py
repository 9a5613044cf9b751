"""Hostile text in everything the command line prints for people: shown, never obeyed.

A terminal obeys escape sequences (set the title, clear the screen, move the
cursor, rewrite what is on it) and bidi controls reorder what it shows. Text
from records reaches the terminal in reports, listings, findings, warnings
and error messages; every control character in it must arrive escaped
(``\\x1b``, ``\\u202e``) while ordinary text, accents and scripts stay as
they are.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from exchangekit.cli import main

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
