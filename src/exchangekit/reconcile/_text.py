"""Small helpers that put numbers and lists of names into plain English for findings."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["and_list", "plural"]


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """``n`` with its noun, singular or plural: "1 exchange", "2 exchanges"."""
    word = noun if n == 1 else (nouns or f"{noun}s")
    return f"{n:,} {word}"


def and_list(items: Sequence[str]) -> str:
    """Items joined as people write them: "A", "A and B", "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"
