"""Text tables of the installed plugins and of every parser and exporter they provide."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

from exchangekit import plugins
from exchangekit.formats import Exporter, Parser

__all__ = ["render_formats", "render_plugins"]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "") -> list[str]:
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return (indent + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))).rstrip()

    return [line(header), *(line(row) for row in rows)]


def render_plugins() -> str:
    """Each plugin: name, distribution, version, status, formats; then why any is unusable.

    Problems the plugin manager warns about while loading (a plugin that fails
    to import, two plugins claiming one format) are listed here rather than
    printed as Python warnings.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", plugins.PluginWarning)
        infos = plugins.list_plugins()
    rows = [
        (
            info.name,
            info.distribution or "(in code)",
            info.version or "-",
            info.status.value,
            ", ".join(info.parsers) or "-",
            ", ".join(info.exporters) or "-",
        )
        for info in infos
    ]
    header = ("plugin", "distribution", "version", "status", "parsers", "exporters")
    lines = _table(header, rows) if rows else ["no plugins installed"]
    unusable = [info for info in infos if info.error is not None]
    if unusable:
        lines += ["", "Unusable plugins:"]
        lines += [f"  {info.origin}: {info.error}" for info in unusable]
    explained = [info.error for info in unusable if info.error]
    others = [
        str(w.message)
        for w in caught
        if issubclass(w.category, plugins.PluginWarning)
        and not any(error in str(w.message) for error in explained)
    ]
    if others:
        lines += ["", "Problems:"]
        lines += [f"  {message}" for message in dict.fromkeys(others)]
    return "\n".join(lines) + "\n"


def _format_rows(formats: Sequence[Parser | Exporter]) -> list[tuple[str, str, str, str]]:
    rows = []
    for fmt in sorted(formats, key=lambda f: f.name):
        owner = plugins.plugin_of(fmt)
        rows.append(
            (
                fmt.name,
                " ".join(fmt.suffixes) or "-",
                owner.distribution or owner.name if owner is not None else "-",
                fmt.description,
            )
        )
    return rows


def render_formats() -> str:
    """Two tables, parsers then exporters: name, suffixes, providing distribution, description."""
    header = ("name", "suffixes", "from", "description")
    lines: list[str] = []
    for title, formats in (
        ("Parsers", list(plugins.parsers().values())),
        ("Exporters", list(plugins.exporters().values())),
    ):
        if lines:
            lines.append("")
        lines.append(f"{title}:")
        rows = _format_rows(formats)
        lines += _table(header, rows, indent="  ") if rows else ["  none installed"]
    return "\n".join(lines) + "\n"
