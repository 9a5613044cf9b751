"""Text for a person at a terminal: every character a terminal would obey arrives escaped.

Records carry text from outside (source names, notes, quotes, ids, plugin
descriptions), and a terminal does not just show what it is sent: an escape
character starts a command (set the window title, clear the screen, rewrite
earlier lines), a carriage return moves back over a line, and bidi controls
reorder what is shown. Everything the command line prints for people passes
through :func:`for_terminal` at the point where it is written, so no renderer
has to remember to (a renderer only escapes the line feeds inside a record's
text, which the writer cannot tell from its own). Machine-readable output
(JSON, CSV, a dataset written to ``-``) is left to its own format's rules.
"""

from __future__ import annotations

import re
from typing import TextIO

__all__ = ["UNSAFE", "escape_character", "for_terminal", "show"]

UNSAFE = re.compile(
    "["
    "\x00-\x09\x0b-\x1f"  # C0 controls, all but the line feed that ends each line
    "\x7f-\x9f"  # DEL and the C1 controls (0x9b alone starts an escape sequence)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides
    "\u2028\u2029"  # line and paragraph separators
    "\ud800-\udfff"  # lone surrogates, which no encoding can write
    "]"
)
"""The characters :func:`for_terminal` escapes; accents, dashes, quotes and scripts are kept."""

_NAMED = {"\t": "\\t", "\r": "\\r", "\n": "\\n"}


def escape_character(char: str) -> str:
    """One character as Python would write it in a string literal: ``\\x1b``, ``\\u202e``."""
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def for_terminal(text: str, *, line_feeds: bool = True) -> str:
    """``text`` with every :data:`UNSAFE` character escaped.

    Line feeds are kept, since output is made of lines, unless ``line_feeds``
    is false: a renderer passes one record's text that way, so that a line
    feed inside it shows as ``\\n`` rather than starting a line of its own.
    """
    shown = UNSAFE.sub(lambda match: escape_character(match.group()), text)
    return shown if line_feeds else shown.replace("\n", "\\n")


def show(stream: TextIO, text: str) -> None:
    """Write ``text`` to ``stream`` as :func:`for_terminal` makes it safe."""
    stream.write(for_terminal(text))
