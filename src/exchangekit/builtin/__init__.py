"""The built-in formats, each a plugin module registered through the ``exchangekit`` entry points.

:mod:`~exchangekit.builtin.canonical_json` (``json``),
:mod:`~exchangekit.builtin.json_lines` (``jsonl``) and
:mod:`~exchangekit.builtin.csv_tables` (``csv``) are loaded exactly like
third-party plugins, and only when a format is first needed.
"""

from __future__ import annotations

from typing import Any

__all__: list[str] = []


def _reject_options(format_name: str, options: dict[str, Any]) -> None:
    """Raise the ``TypeError`` the format interfaces promise for options a format lacks."""
    if options:
        names = ", ".join(sorted(options))
        raise TypeError(f"the {format_name} format takes no options, got: {names}")
