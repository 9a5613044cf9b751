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


def _plugin_line(info: plugins.PluginInfo) -> str:
    where = " ".join(part for part in (info.distribution, info.version) if part)
    head = f"{info.name}: {where or 'registered in code'}"
    if info.status is plugins.PluginStatus.LOADED:
        provided = [
            f"{kind}: {', '.join(names)}"
            for kind, names in (("parsers", info.parsers), ("exporters", info.exporters))
            if names
        ]
        return f"{head}, loaded; " + ("; ".join(provided) or "provides no formats")
    if info.status is plugins.PluginStatus.DISABLED:
        return f"{head}, disabled: {plugins.ENV_VAR} does not name it"
    return f"{head}, failed: {info.error}"


def render_plugins() -> str:
    """One line per plugin: name, distribution and version, status, formats or why it failed.

    Problems of the plugin manager that concern no single plugin (two plugins
    claiming one format, an ``EXCHANGEKIT_PLUGINS`` name matching nothing)
    follow under "Problems:". The manager's warnings are not printed as well,
    since this listing already says everything they would.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", plugins.PluginWarning)
        infos = plugins.list_plugins()
        problems = plugins.problems()
    lines = [_plugin_line(info) for info in infos] or ["no plugins installed"]
    explained = [info.error for info in infos if info.error]
    others = [p for p in problems if not any(error in p for error in explained)]
    if others:
        lines += ["", "Problems:"]
        lines += [f"  {problem}" for problem in dict.fromkeys(others)]
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
