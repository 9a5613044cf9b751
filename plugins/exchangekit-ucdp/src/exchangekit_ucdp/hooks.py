"""The plugin's hook implementations: the module the ``exchangekit`` entry point names."""

from __future__ import annotations

from exchangekit.formats import Parser
from exchangekit.hookspecs import hookimpl
from exchangekit_ucdp.ged import GedParser


@hookimpl
def exchangekit_parsers() -> list[type[Parser]]:
    """The ``ucdp-ged`` parser."""
    return [GedParser]
