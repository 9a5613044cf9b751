"""The hook contract between exchangekit and its plugins: the one file a plugin author reads.

A plugin is a module that defines one or more of the functions below, each
decorated with :data:`hookimpl`, and names itself in an entry point of the
``exchangekit`` group::

    import exchangekit
    from exchangekit.formats import Parser

    class HandoverLogParser(Parser):
        ...

    @exchangekit.hookimpl
    def exchangekit_parsers():
        return [HandoverLogParser]

Hooks are called with keyword arguments only, and every implementation's
results are collected (no hook stops at the first result). A hook may be given
new keyword arguments in later versions; an implementation that does not name
them keeps working, so declare only the ones you use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from exchangekit.formats import Exporter, Parser

__all__ = ["PROJECT", "exchangekit_exporters", "exchangekit_parsers", "hookimpl", "hookspec"]

PROJECT = "exchangekit"
"""The pluggy project name, which is also the entry-point group plugins declare."""

hookspec = pluggy.HookspecMarker(PROJECT)
"""Marks the functions of this module as hook specifications (for exchangekit itself)."""

hookimpl = pluggy.HookimplMarker(PROJECT)
"""Decorate a plugin's hook implementations with this (also ``exchangekit.hookimpl``)."""


@hookspec
def exchangekit_parsers() -> Sequence[type[Parser] | Parser]:  # type: ignore[empty-body]
    """Return the parsers this plugin provides, as ``Parser`` subclasses or instances.

    Each item is a :class:`~exchangekit.formats.Parser` subclass (instantiated
    once, without arguments, when formats are first needed) or an instance.
    Its ``name`` must be unique among installed parsers. Return an empty list
    to provide none.
    """


@hookspec
def exchangekit_exporters() -> Sequence[type[Exporter] | Exporter]:  # type: ignore[empty-body]
    """Return the exporters this plugin provides, as ``Exporter`` subclasses or instances.

    Each item is an :class:`~exchangekit.formats.Exporter` subclass (instantiated
    once, without arguments, when formats are first needed) or an instance.
    Its ``name`` must be unique among installed exporters. Return an empty list
    to provide none.
    """
