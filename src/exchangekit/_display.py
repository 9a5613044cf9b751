"""Short text for people: cutting long text at a word, and the compact ``repr()`` of records.

Kept apart from the models so every record class (and the command line)
shortens text the same way.
"""

from __future__ import annotations

from collections.abc import Sized

__all__ = ["ELLIPSIS", "counted", "quoted", "record_repr", "shorten"]

ELLIPSIS = "…"


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut at the last whole word that fits in ``width`` characters.

    Runs of whitespace become one space. A cut text ends with "…", counted in
    ``width``; a single word longer than ``width`` is the only thing cut mid-word.
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    room = max(width - len(ELLIPSIS), 1)
    cut = flat[: room + 1]
    space = cut.rfind(" ")
    kept = cut[:space] if space > 0 else flat[:room]
    return kept.rstrip(" ,;:") + ELLIPSIS


def quoted(text: str, width: int = 60) -> str:
    """``text`` shortened to ``width`` characters and quoted as a Python string literal."""
    return repr(shorten(text, width))


def counted(items: Sized, noun: str, plural: str | None = None) -> str:
    """``"1 note"``, ``"3 notes"``: how many of something, in words."""
    n = len(items)
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def record_repr(name: str, *parts: str) -> str:
    """``Name(part, part, ...)``, leaving out empty parts."""
    return f"{name}({', '.join(p for p in parts if p)})"
